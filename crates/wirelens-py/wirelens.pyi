"""wirelens: text reuse and quote attribution over news articles (Rust engine).

`analyze()` gives the JSON contract of `wirelens analyze --json` as Python
objects. The other functions are the shardable steps the PySpark job
(`wirelens_spark`) runs on its workers; documents are named there by their
index in the corpus order, and 64-bit hashes are signed integers.
"""

from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

__version__: str

class WirelensError(ValueError):
    """Input wirelens cannot analyse; the message is the CLI's."""

Article = Union[Tuple[str, str], Mapping[str, str]]
Posting = Tuple[int, int, int, int]
"""(hash, doc, pos, context)"""
Seed = Tuple[int, int, int, int, bool]
"""(a_doc, b_doc, a_pos, b_pos, isolated)"""
PassageRow = Tuple[int, int, int, int, int, int, float, str]
"""(a_doc, a_start, a_end, b_doc, b_start, b_end, similarity, kind)"""
CreditRow = Tuple[str, int, int, str, int, int]
"""(agency, start, end, scope, scope_start, scope_end); scope is "article" or "sentence"."""
SpanRow = Tuple[str, int, int]
"""(doc id, start, end)"""
CarryRow = Tuple[Tuple[int, str, int, int, int, str, int, int, str], List[CreditRow], List[CreditRow]]
"""((a_index, a_doc, a_start, a_end, b_index, b_doc, b_start, b_end, kind), a_credits, b_credits)"""

def analyze(docs: Iterable[Article]) -> Dict[str, List[Dict[str, Any]]]:
    """Analyse articles, each an (id, text) pair or a dict with `id` and `text`.

    Returns the JSON contract: `documents`, `passages`, `quotes`, `speakers`,
    `utterances`, `carried`, equal to `json.loads` of the CLI's output for the same
    articles in the same order. Raises WirelensError("no article could be
    analysed") for an empty list, TypeError for a malformed article.
    """

def analyze_json(docs: Iterable[Article]) -> str:
    """As `analyze`, as JSON text byte-identical to `wirelens analyze --json`."""

def decode(name: str, data: bytes) -> str:
    """File bytes to article text, as the CLI reads a file named `name`.

    Detects UTF-8/UTF-16/Windows-1252, reduces HTML and Markdown to text.
    Raises WirelensError("NAME: it is empty (no text to analyse)"), or the
    CLI's message for binary or oversized input.
    """

def title(text: str) -> str:
    """The first non-empty line of `text`, trimmed."""

def shingles(doc: int, text: str) -> List[Posting]:
    """The n-gram postings of article number `doc`: shuffle them by hash."""

def seeds(postings: List[Posting]) -> List[Seed]:
    """The seeds of whole hash groups: all the postings of each hash given
    (any order, any number of hashes), common n-grams capped per hash."""

def verify(a_doc: int, a_text: str, b_doc: int, b_text: str, seeds: List[Seed]) -> List[PassageRow]:
    """The passages of one document pair (a_doc <= b_doc) from all its seeds."""

def original_share(text: str, copies: List[Tuple[int, int]]) -> float:
    """One article's original share from the byte ranges of its `copy` passages shared with others."""

def attribute_quotes(ids: List[str], texts: List[str]) -> Dict[str, List[Dict[str, Any]]]:
    """Quote attribution over the whole corpus in one call: `quotes`, `speakers`, `utterances`."""

def credits(text: str) -> List[CreditRow]:
    """The news agencies an article credits, in text order (`documents[].credits`)."""

def carry(rows: List[CarryRow]) -> List[Tuple[str, str, List[SpanRow], List[SpanRow]]]:
    """`carried` of the contract: `(agency, kind, credited, uncredited)`.

    `rows` are passages in the analysis's order, each with its documents'
    numbers in the corpus order and their credits. Entries never join across
    agencies: the passages may be given one agency at a time, with only that
    agency's credits. Raises ValueError for an unknown kind or scope.
    """

# Quote attribution in steps. The tables that cross between workers (name
# table, name evidence, entity evidence) are JSON strings; each merge takes
# two and gives one, in any order and grouping (Spark's treeReduce).

COMMON_WORD_LIMIT: int
"""A stem in more quotes than this proposes no pairs of quotes."""

ArticleRef = Tuple[int, str]
"""(doc, text): an article by its index in the corpus order."""
QuoteRow = Tuple[int, int, int, str, Optional[int], Optional[Tuple[int, int]],
                 Optional[str], Optional[str], bool]
"""(doc, start, end, text, speaker entity, mention (start, end), cue, channel, continues_previous)"""
QuoteSide = Tuple[int, List[str], Optional[int]]
"""(stem count, lower-case stems, speaker entity) of one quote of a pair"""

def names(articles: List[ArticleRef]) -> str:
    """The name table (JSON) of some articles; merge all parts with `merge_names`."""

def merge_names(a: str, b: str) -> str:
    """Two name tables merged into one (any order)."""

def merge_evidence(a: str, b: str) -> str:
    """Two name evidence tables (`QuoteContext.evidence`) merged into one (any order)."""

def merge_entity_evidence(a: str, b: str) -> str:
    """Two entity evidence tables (`QuoteContext.quotes`) merged into one (any order)."""

def quote_stems(text: str) -> Tuple[List[str], List[str]]:
    """A quote's content-word stems (sorted, distinct), and those of its words
    in lower case: shuffle quotes by stem, drop stems of more than
    COMMON_WORD_LIMIT quotes, count the stems each pair shares."""

class QuoteContext:
    """The corpus-wide quote steps' state on a worker: the merged name table,
    then the speaker registry (built from the merged name evidence), then the
    speakers' aliases and roles (from the merged entity evidence)."""

    def __init__(self, names: str) -> None:
        """From the merged name table (JSON). Raises WirelensError for a bad table."""

    def set_registry(self, evidence: str) -> None:
        """Build the speaker registry from the merged name evidence (JSON)."""

    def set_entity_facts(self, evidence: str) -> None:
        """Take the speakers' aliases and roles from the merged entity evidence (JSON)."""

    def evidence(self, articles: List[ArticleRef]) -> str:
        """The name evidence (JSON) of some articles; merge with `merge_evidence`."""

    def quotes(self, articles: List[ArticleRef]) -> Tuple[List[QuoteRow], str]:
        """The kept quotes of some articles (each article's in text order) and
        their entity evidence (JSON; merge with `merge_entity_evidence`).
        Needs the registry. Number quotes by (doc, start)."""

    def linked(self, shared: int, a: QuoteSide, b: QuoteSide) -> bool:
        """Whether two quotes sharing `shared` stems (none in more than
        COMMON_WORD_LIMIT quotes) are one utterance. Needs the entity facts."""

    def settle(self, speakers: List[Optional[int]]) -> List[Optional[int]]:
        """The speakers of one utterance's quotes (in id order), namesakes settled."""

    def utterance(self, attributions: List[Tuple[Optional[int], Optional[str]]]
                  ) -> Tuple[List[str], bool, Optional[str]]:
        """(speakers, conflict, conflict_kind) of an utterance from its quotes'
        settled (speaker, channel) in id order."""

    def speaker(self, entity: int) -> Tuple[str, List[str], Optional[str], str]:
        """(name, aliases, role, kind) of a speaker; order speakers by
        (name, first quote)."""

    def name(self, entity: int) -> str:
        """The canonical name of a speaker entity."""
