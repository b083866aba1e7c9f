"""wirelens: text reuse and quote attribution over news articles (Rust engine).

`analyze()` gives the JSON contract of `wirelens analyze --json` as Python
objects. The other functions are the shardable steps the PySpark job
(`wirelens_spark`) runs on its workers; documents are named there by their
index in the corpus order, and 64-bit hashes are signed integers.
"""

from typing import Any, Dict, Iterable, List, Mapping, Tuple, Union

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
    """Quote attribution over the whole corpus: `quotes`, `speakers`, `utterances`."""

def credits(text: str) -> List[CreditRow]:
    """The news agencies an article credits, in text order (`documents[].credits`)."""

def carry(rows: List[CarryRow]) -> List[Tuple[str, str, List[SpanRow], List[SpanRow]]]:
    """`carried` of the contract: `(agency, kind, credited, uncredited)`.

    `rows` are passages in the analysis's order, each with its documents'
    numbers in the corpus order and their credits. Entries never join across agencies: the passages may be
    given one agency at a time, with only that agency's credits. Raises
    ValueError for an unknown kind or scope.
    """
