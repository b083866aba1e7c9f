//! Quotes: who is quoted, saying what, where — and the same words elsewhere.
//!
//! Pipeline, per article then over the corpus (rules and lexicons only, every
//! attribution explainable by its cue and mention):
//! 1. [`spans`] finds the quoted spans (every quote-mark style, nested,
//!    multi-paragraph, split by an attribution; unbalanced marks dropped);
//! 2. [`scan`] tokenises the article into words and sentences, knowing which
//!    words are inside quotes;
//! 3. [`mentions`] finds names, roles, acronyms, pronouns and descriptions;
//! 4. [`speakers`] merges names across the corpus into canonical speakers and
//!    resolves every mention of an article to one;
//! 5. [`cues`] attributes each quote to a mention through a cue and notes the
//!    channel; headings and scare quotes without a speaker are dropped;
//! 6. [`utterances`] groups quotes of the same statement and flags conflicts.

pub mod cues;
pub mod lexicon;
pub mod mentions;
pub mod scan;
pub mod spans;
pub mod speakers;
pub mod utterances;

use crate::case::Lower;
use crate::{Quote, Span, Speaker, Utterance};
use cues::{Attribution, Attributor, QuotePosition};
use lexicon::Lexicon;
use mentions::{Article, CorpusNames, Mention, MentionKind};
use scan::{LowerWords, Token};
use spans::RawQuote;
use speakers::{EntityKind, Registry};
// Ordered maps sharing their B-tree code across value types (crate::keyed).
use crate::keyed::{Map as BTreeMap, Set as BTreeSet};

/// What quote attribution finds in a corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteAnalysis {
    pub quotes: Vec<Quote>,
    pub speakers: Vec<Speaker>,
    pub utterances: Vec<Utterance>,
}

/// One article, scanned.
struct Scanned<'t> {
    text: &'t str,
    raw: Vec<RawQuote>,
    tokens: Vec<Token>,
    lower: LowerWords,
    heading: Vec<bool>,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
}

impl<'t> Scanned<'t> {
    fn new(text: &'t str, lexicon: &Lexicon) -> Self {
        Self::scan(text, lexicon, true)
    }

    /// What gathering names needs: no sentences (all 0), no line index.
    fn for_names(text: &'t str, lexicon: &Lexicon) -> Self {
        Self::scan(text, lexicon, false)
    }

    fn scan(text: &'t str, lexicon: &Lexicon, full: bool) -> Self {
        let raw = spans::find_quotes(text);
        let mut tokens = scan::tokenize(text);
        // Mark words inside quotes (both lists are in text order).
        let mut q = 0;
        for token in &mut tokens {
            while q < raw.len() && raw[q].content.end <= token.start() {
                q += 1;
            }
            if let Some(quote) = raw.get(q) {
                token.in_quote =
                    token.start() >= quote.content.start && token.end() <= quote.content.end;
            }
        }
        let lower = LowerWords::new(text, &tokens);
        let heading = mentions::heading_paragraphs(text);
        mentions::mark_name_words(&mut tokens, text, &lower, &heading, lexicon);
        let mut line_starts = Vec::new();
        if full {
            scan::mark_sentences(text, &mut tokens, &lower, lexicon);
            line_starts = std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
        }
        Scanned {
            line_starts,
            text,
            raw,
            tokens,
            lower,
            heading,
        }
    }

    fn article(&self, doc: usize) -> Article<'_> {
        Article {
            doc,
            text: self.text,
            tokens: &self.tokens,
            lower: &self.lower,
            heading: &self.heading,
        }
    }

    fn token_at(&self, offset: usize) -> usize {
        self.tokens
            .partition_point(|t| t.start() < offset)
            .min(self.tokens.len().saturating_sub(1))
    }

    fn positions(&self) -> Vec<QuotePosition> {
        self.raw
            .iter()
            .map(|r| {
                let open = self.token_at(r.open.start);
                let embedded = !self.text[r.content.start..r.content.end]
                    .ends_with(|c: char| c.is_ascii_punctuation() || "…—–".contains(c));
                match r.close {
                    Some(close) => QuotePosition {
                        open,
                        close: self.token_at(close.start),
                        has_close: true,
                        embedded,
                    },
                    None => QuotePosition {
                        open,
                        close: self
                            .tokens
                            .partition_point(|t| t.start() < r.content.end)
                            .saturating_sub(1),
                        has_close: false,
                        embedded,
                    },
                }
            })
            .collect()
    }

    /// The quote is a whole line of a few words with no sentence punctuation:
    /// a heading or title in quote marks ("‘OUR BROTHERS’", "'Hit hard'").
    fn is_heading(&self, raw: &RawQuote) -> bool {
        let Some(close) = raw.close else {
            return false;
        };
        let line = self.line_starts.partition_point(|&s| s <= raw.open.start) - 1;
        let line_start = self.line_starts[line];
        let line_end = self
            .line_starts
            .get(line + 1)
            .map_or(self.text.len(), |&next| next - 1);
        if close.end > line_end {
            return false;
        }
        let whole_line = self.text[line_start..raw.open.start].trim().is_empty()
            && self.text[close.end..line_end].trim().is_empty();
        let content = &self.text[raw.content.start..raw.content.end];
        whole_line && word_count(content) <= 8 && !ends_sentence(content)
    }
}

/// Small words a title keeps in lower case ("On the Waterfront").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "with", "in", "on", "to", "for", "at", "by", "from", "as",
    "vs", "but", "nor", "de", "la", "le", "is",
];

/// The quoted words inside a sentence are a title, a name or a slogan, not
/// speech: every word capitalised but small ones ("On the Waterfront",
/// "Fox and Friends,", "Make America Great Again"), no `!` or `?` at the end.
/// Quotes that open their sentence are not judged ("“Disaster,” he said").
fn is_title(text: &str, raw: &RawQuote) -> bool {
    let content = &text[raw.content.start..raw.content.end];
    if content.trim_end().ends_with(['!', '?']) {
        return false;
    }
    // The last 200 bytes before the mark, on its line (bounded: one
    // paragraph may hold thousands of quotes).
    let mut window_start = raw.open.start.saturating_sub(200);
    while !text.is_char_boundary(window_start) {
        window_start += 1;
    }
    let before = text[window_start..raw.open.start].trim_end();
    let line_before = before.rsplit('\n').next().unwrap_or("");
    let inside_sentence = line_before.chars().any(char::is_alphabetic)
        && !line_before.ends_with(['.', '!', '?', ':', '…', '"', '”', '\'']);
    if !inside_sentence {
        return false;
    }
    let mut long_words = 0;
    for word in content
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
    {
        let first = word.chars().next().unwrap_or(' ');
        if first.is_numeric() {
            continue;
        }
        if !first.is_uppercase() {
            if TITLE_SMALL_WORDS.contains(&word) {
                continue;
            }
            return false;
        }
        if word.chars().count() >= 4 {
            long_words += 1;
        }
    }
    if word_count(content) > 8 {
        return false;
    }
    // Capitalised words are a title when a title noun or a possessive
    // stands right before them ("the 1997 film “Contact”", "her novel “The
    // Long Road”", "ABC's “This Week”"); nicknames and slogans without one
    // are left to the attribution ("called him “Lyin' Ted”").
    let possessive = line_before.ends_with("'s")
        || line_before.ends_with("’s")
        || line_before.ends_with("s'")
        || line_before.ends_with("s’");
    long_words >= 1
        && (possessive || after_title_noun(line_before) || title_noun_follows(text, raw))
}

/// A title noun in the two words right after the closing mark: "his “Keep
/// It Real” radio show", "the “Fair Share” campaign".
fn title_noun_follows(text: &str, raw: &RawQuote) -> bool {
    let Some(close) = raw.close else { return false };
    let mut end = (close.end + 40).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let after = &text[close.end..end];
    let line = after.split('\n').next().unwrap_or("");
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2)
        .any(|w| TITLE_NOUNS.contains(&w.lower().as_str()))
}

/// Nouns that announce a title in quote marks.
const TITLE_NOUNS: &[&str] = &[
    "film",
    "movie",
    "book",
    "novel",
    "memoir",
    "show",
    "program",
    "programme",
    "series",
    "song",
    "album",
    "documentary",
    "play",
    "musical",
    "titled",
    "entitled",
    "known",
    "podcast",
    "column",
    "slogan",
    "hashtag",
    "feature",
    "classic",
    "episode",
    "sketch",
    "headline",
    "poem",
    "opera",
];

fn after_title_noun(before: &str) -> bool {
    before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .any(|w| TITLE_NOUNS.contains(&w.lower().as_str()))
}

fn word_count(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', '…'])
}

/// A quote kept after filtering, before numbering.
pub(crate) struct Found {
    pub(crate) doc: usize,
    pub(crate) raw: RawQuote,
    pub(crate) attribution: Attribution,
    pub(crate) mention_span: Option<Span>,
    pub(crate) entity: Option<usize>,
    pub(crate) continues_previous: bool,
}

/// A quote attributed within its article (not a heading), before the
/// corpus-wide speakers decide whether it is kept.
pub(crate) struct Candidate {
    raw: RawQuote,
    attribution: Attribution,
    /// Sentences of the opening mark and of the closing mark.
    open_sentence: usize,
    close_sentence: usize,
}

/// One article's mentions and attributed quotes: everything the corpus-wide
/// steps need from it once its scan is dropped.
pub(crate) struct ArticleFacts {
    pub(crate) mentions: Vec<Mention>,
    pub(crate) candidates: Vec<Candidate>,
}

pub(crate) fn article_facts(
    doc: usize,
    text: &str,
    lexicon: &Lexicon,
    names: &CorpusNames,
) -> ArticleFacts {
    article_facts_of(doc, &Scanned::new(text, lexicon), lexicon, names)
}

/// [`article_facts`] from the article's full scan.
fn article_facts_of(
    doc: usize,
    s: &Scanned<'_>,
    lexicon: &Lexicon,
    names: &CorpusNames,
) -> ArticleFacts {
    let text = s.text;
    let article = s.article(doc);
    let mentions = mentions::find_mentions(&article, lexicon, names);
    let attributor = Attributor {
        article: &article,
        mentions: &mentions,
        lexicon,
    };
    let positions = s.positions();
    let continues: Vec<bool> = s.raw.iter().map(|r| r.continues_previous).collect();
    let attributions = attributor.attribute_all(&positions, &continues);
    let candidates = s
        .raw
        .iter()
        .zip(attributions)
        .zip(&positions)
        .filter(|((raw, _), _)| !s.is_heading(raw) && !is_title(text, raw))
        .map(|((raw, attribution), position)| Candidate {
            raw: *raw,
            attribution,
            open_sentence: s.tokens[position.open].sentence(),
            close_sentence: s.tokens[position.close].sentence(),
        })
        .collect();
    ArticleFacts {
        mentions,
        candidates,
    }
}

/// Corpora of up to this many bytes of text keep each article's scan between
/// the two passes of [`attribute`] (about six times the text in memory), so
/// each article is scanned once; larger ones scan each article twice and
/// drop each scan at once.
const KEEP_SCANS_BYTES: usize = 8 << 20;

/// Find and attribute every quote of every document (`ids[i]` names `texts[i]`).
///
/// A first pass gathers the corpus's names, a second finds each article's
/// mentions and attributes its quotes. Beyond [`KEEP_SCANS_BYTES`] articles
/// are scanned one at a time and each scan is dropped at once: only the
/// mentions and quotes (and the corpus names) live for the whole corpus, so
/// memory grows with them, not with the words. Which quotes are kept is
/// decided once the speakers of the whole corpus are known.
pub fn attribute(ids: &[&str], texts: &[&str]) -> QuoteAnalysis {
    let (gathered, spent) = gather(texts);
    drop(spent);
    settle(ids, texts, gathered)
}

/// What the first passes of [`attribute`] leave: each article's mentions
/// and candidate quotes.
pub(crate) struct Gathered {
    mentions: Vec<Vec<Mention>>,
    candidates: Vec<Vec<Candidate>>,
}

/// The scans and names [`gather`] found the mentions with: no longer
/// needed (returned to be freed where it costs least).
#[allow(dead_code)] // held only to be dropped
pub(crate) struct Spent<'t>(CorpusNames, Vec<Scanned<'t>>);

/// The corpus's names, then each article's mentions and candidate quotes:
/// the part of [`attribute`] that needs nothing corpus-wide but the names.
pub(crate) fn gather<'t>(texts: &[&'t str]) -> (Gathered, Spent<'t>) {
    let lexicon = Lexicon::get();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let kept_scans: Vec<Scanned<'t>> = if bytes <= KEEP_SCANS_BYTES {
        crate::par::map(texts, |_, &text| Scanned::new(text, lexicon))
    } else {
        Vec::new()
    };
    let scans = (!kept_scans.is_empty()).then_some(&kept_scans[..]);
    let names = gather_corpus_names(texts, scans, lexicon);
    let facts_of = |doc: usize, text: &&str| match scans {
        Some(scans) => article_facts_of(doc, &scans[doc], lexicon, &names),
        None => article_facts(doc, text, lexicon, &names),
    };
    // Each article on its own: spread over the cores where there are
    // threads; on wasm32 one at a time, with no list of them in between.
    #[cfg(not(target_arch = "wasm32"))]
    let facts = crate::par::map(texts, facts_of).into_iter();
    #[cfg(target_arch = "wasm32")]
    let facts = texts
        .iter()
        .enumerate()
        .map(|(doc, text)| facts_of(doc, text));
    let (mentions, candidates): (Vec<Vec<Mention>>, Vec<Vec<Candidate>>) =
        facts.map(|f| (f.mentions, f.candidates)).unzip();
    (
        Gathered {
            mentions,
            candidates,
        },
        Spent(names, kept_scans),
    )
}

/// The corpus's speakers, then which quotes are kept, their speakers and
/// utterances: the rest of [`attribute`], from what [`gather`] found.
pub(crate) fn settle(ids: &[&str], texts: &[&str], gathered: Gathered) -> QuoteAnalysis {
    let lexicon = Lexicon::get();
    let Gathered {
        mentions: all_mentions,
        candidates: all_candidates,
    } = gathered;
    let registry = Registry::build(&all_mentions, texts);
    let (found, evidence) =
        keep_all_quotes(texts, all_candidates, &all_mentions, &registry, lexicon);
    let facts = evidence.facts();
    let quote_texts: Vec<&str> = found
        .iter()
        .map(|f| &texts[f.doc][f.raw.content.start..f.raw.content.end])
        .collect();
    // The mentions are done with: freed beside the last steps.
    let (analysis, ()) = crate::par::join(
        || build_analysis(ids, &found, &quote_texts, &registry, &facts, lexicon),
        move || drop(all_mentions),
    );
    analysis
}

/// Resolve one article's mentions to the corpus's speakers, add the quotes
/// it keeps to `found` and what its mentions say about each speaker to
/// `evidence`.
fn keep_article(
    doc: usize,
    text: &str,
    candidates: Vec<Candidate>,
    mentions: &[Mention],
    (registry, lexicon): (&Registry, &Lexicon),
    (found, evidence): (&mut Vec<Found>, &mut EntityEvidence),
) {
    let resolved = registry.resolve(mentions, text, lexicon);
    found.extend(keep_quotes(doc, text, candidates, mentions, &resolved));
    evidence.add_article(registry, doc, mentions, &resolved);
}

/// Every article's kept quotes, in article order, and the evidence of its
/// mentions, article by article (wasm32: no threads).
#[cfg(target_arch = "wasm32")]
fn keep_all_quotes(
    texts: &[&str],
    candidates: Vec<Vec<Candidate>>,
    mentions: &[Vec<Mention>],
    registry: &Registry,
    lexicon: &Lexicon,
) -> (Vec<Found>, EntityEvidence) {
    let mut found = Vec::new();
    let mut evidence = EntityEvidence::default();
    for (doc, candidates) in candidates.into_iter().enumerate() {
        let out = (&mut found, &mut evidence);
        keep_article(
            doc,
            texts[doc],
            candidates,
            &mentions[doc],
            (registry, lexicon),
            out,
        );
    }
    (found, evidence)
}

/// Every article's kept quotes, in article order, and the evidence of its
/// mentions: runs of articles on the cores, their quotes put back in order
/// and their evidence merged (the same evidence as one pass).
#[cfg(not(target_arch = "wasm32"))]
fn keep_all_quotes(
    texts: &[&str],
    candidates: Vec<Vec<Candidate>>,
    mentions: &[Vec<Mention>],
    registry: &Registry,
    lexicon: &Lexicon,
) -> (Vec<Found>, EntityEvidence) {
    use std::sync::{Mutex, PoisonError};
    // Each article's candidates are taken (moved) by the one run it is in.
    let candidates: Vec<Mutex<Vec<Candidate>>> = candidates.into_iter().map(Mutex::new).collect();
    let run = texts.len().div_ceil(4 * crate::par::threads()).max(1);
    let starts: Vec<usize> = (0..texts.len()).step_by(run).collect();
    let parts = crate::par::map(&starts, |_, &start| {
        let mut found = Vec::new();
        let mut evidence = EntityEvidence::default();
        for doc in start..(start + run).min(texts.len()) {
            let mine = std::mem::take(
                &mut *candidates[doc]
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner),
            );
            let out = (&mut found, &mut evidence);
            keep_article(
                doc,
                texts[doc],
                mine,
                &mentions[doc],
                (registry, lexicon),
                out,
            );
        }
        (found, evidence)
    });
    let mut found = Vec::new();
    let mut evidence = EntityEvidence::default();
    for (part_found, part_evidence) in parts {
        found.extend(part_found);
        evidence.merge(part_evidence);
    }
    (found, evidence)
}

/// The quotes of one article that are kept once the corpus's speakers are
/// known (`resolved`: the entity of each of its mentions), in text order:
/// a short quote with no known speaker and no subject at its cue is a
/// scare quote; a quote in the sentence of the previous one, on its cue,
/// is that one's next piece.
pub(crate) fn keep_quotes(
    doc: usize,
    text: &str,
    candidates: Vec<Candidate>,
    mentions: &[Mention],
    resolved: &[Option<usize>],
) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut previous_kept: Option<(usize, Option<Span>)> = None;
    for candidate in candidates {
        let Candidate {
            raw,
            attribution,
            open_sentence,
            close_sentence,
        } = candidate;
        let content = &text[raw.content.start..raw.content.end];
        let speaker_known = attribution.mention.and_then(|m| resolved[m]).is_some();
        // "The agriculture ministry said it would act “in the coming
        // weeks”": a subject right before its cue is an attribution even
        // when it names nobody known.
        let subject_at_cue = attribution
            .mention
            .map(|m| mentions[m].span)
            .zip(attribution.cue_span)
            .is_some_and(|(m, cue)| m.end <= cue.start && word_count(&text[m.end..cue.start]) <= 2);
        let scare = !speaker_known
            && !subject_at_cue
            && word_count(content) <= 4
            && !ends_sentence(content);
        if scare {
            continue;
        }
        let split = previous_kept.is_some_and(|(previous_sentence, cue_span)| {
            previous_sentence == open_sentence
                && cue_span.is_some()
                && cue_span == attribution.cue_span
        });
        previous_kept = Some((close_sentence, attribution.cue_span));
        let mention = attribution.mention.map(|m| &mentions[m]);
        found.push(Found {
            doc,
            raw,
            mention_span: attribution.relative.or(mention.map(|m| m.span)),
            entity: attribution.mention.and_then(|m| resolved[m]),
            attribution,
            continues_previous: raw.continues_previous || split,
        });
    }
    crate::order::sort_by_numbers(&mut found, |f| [f.raw.content.start as u64, 0, 0, 0]);
    found
}

/// Gather the names of article `doc` (`text`) into `names`: from its kept
/// full scan, or from a scan made for it and dropped at once.
fn gather_article_names(
    doc: usize,
    text: &str,
    scan: Option<&Scanned<'_>>,
    lexicon: &Lexicon,
    names: &mut CorpusNames,
) {
    match scan {
        Some(scan) => mentions::gather_names(&scan.article(doc), lexicon, names),
        None => {
            let s = Scanned::for_names(text, lexicon);
            mentions::gather_names(&s.article(doc), lexicon, names);
        }
    }
}

/// The corpus's name facts, article by article, in one pass (wasm32: no
/// threads, and no merging code in the widget).
#[cfg(target_arch = "wasm32")]
fn gather_corpus_names(
    texts: &[&str],
    scans: Option<&[Scanned<'_>]>,
    lexicon: &Lexicon,
) -> CorpusNames {
    let mut names = CorpusNames::default();
    for (doc, text) in texts.iter().enumerate() {
        let scan = scans.map(|scans| &scans[doc]);
        gather_article_names(doc, text, scan, lexicon, &mut names);
    }
    names
}

/// The names of one article gathered from it alone (a distributed run's map step).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn article_names(doc: usize, text: &str) -> CorpusNames {
    let mut names = CorpusNames::default();
    gather_article_names(doc, text, None, Lexicon::get(), &mut names);
    names
}

/// Articles whose names are gathered apart before the parts are merged.
#[cfg(not(target_arch = "wasm32"))]
const NAMES_PER_PART: usize = 32;

/// The corpus's name facts: parts of the corpus are gathered apart on the
/// cores, then merged in article order (the same facts as one pass).
#[cfg(not(target_arch = "wasm32"))]
fn gather_corpus_names(
    texts: &[&str],
    scans: Option<&[Scanned<'_>]>,
    lexicon: &Lexicon,
) -> CorpusNames {
    let parts: Vec<std::ops::Range<usize>> = (0..texts.len())
        .step_by(NAMES_PER_PART)
        .map(|start| start..(start + NAMES_PER_PART).min(texts.len()))
        .collect();
    let gathered = crate::par::map(&parts, |_, part| {
        let mut names = CorpusNames::default();
        for doc in part.clone() {
            let scan = scans.map(|scans| &scans[doc]);
            gather_article_names(doc, texts[doc], scan, lexicon, &mut names);
        }
        names
    });
    let mut names = CorpusNames::default();
    for part in gathered {
        names.merge(part);
    }
    names
}

/// Roles and aliases of every entity, from all its mentions.
pub(crate) struct EntityFacts {
    pub(crate) aliases: BTreeMap<usize, BTreeSet<String>>,
    pub(crate) role: BTreeMap<usize, String>,
}

/// What the mentions of the corpus say about each entity: the names it is
/// written as, and each role written next to it (how often, and where
/// first), gathered per article and merged in any order.
#[derive(Default)]
pub struct EntityEvidence {
    pub aliases: BTreeMap<usize, BTreeSet<String>>,
    /// entity → role → (count, first seen)
    pub roles: BTreeMap<usize, BTreeMap<String, (usize, speakers::Pos)>>,
}

impl EntityEvidence {
    /// Add the mentions of article `doc` and their entities.
    pub fn add_article(
        &mut self,
        registry: &Registry,
        doc: usize,
        mentions: &[Mention],
        resolved: &[Option<usize>],
    ) {
        // The name as written, joined in one reused buffer (most are seen before).
        let mut surface = String::new();
        for (i, (m, e)) in mentions.iter().zip(resolved).enumerate() {
            let Some(e) = *e else { continue };
            if matches!(m.kind, MentionKind::Person | MentionKind::Org) {
                surface.clear();
                for (i, w) in m.words.iter().enumerate() {
                    if i > 0 {
                        surface.push(' ');
                    }
                    surface.push_str(w);
                }
                let set = self.aliases.entry(e).or_default();
                if surface != registry.entity(e).name && !set.contains(&surface) {
                    set.insert(surface.clone());
                }
                if let Some(acronym) = &m.acronym {
                    if !set.contains(acronym) {
                        set.insert(acronym.clone());
                    }
                }
            }
            if let Some(role) = &m.role {
                let counts = self.roles.entry(e).or_default();
                match counts.get_mut(role) {
                    Some(entry) => entry.0 += 1,
                    None => {
                        counts.insert(role.clone(), (1, (doc, i)));
                    }
                }
            }
        }
    }

    /// Add evidence gathered apart (from other articles, earlier or later).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn merge(&mut self, other: EntityEvidence) {
        for (e, names) in other.aliases {
            let set = self.aliases.entry(e).or_default();
            for name in names.iter() {
                if !set.contains(name) {
                    set.insert(name.clone());
                }
            }
        }
        for (e, roles) in other.roles {
            let counts = self.roles.entry(e).or_default();
            for (role, (n, first)) in roles {
                match counts.get_mut(&role) {
                    Some(entry) => {
                        entry.0 += n;
                        entry.1 = entry.1.min(first);
                    }
                    None => {
                        counts.insert(role, (n, first));
                    }
                }
            }
        }
    }

    /// Each entity's aliases, and its role: the one written most often
    /// next to it, the first seen among equals.
    pub(crate) fn facts(self) -> EntityFacts {
        let role = self
            .roles
            .into_iter()
            .filter_map(|(e, counts)| {
                let best = counts
                    .into_iter()
                    .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))?;
                Some((e, best.0))
            })
            .collect();
        EntityFacts {
            aliases: self.aliases,
            role,
        }
    }
}

/// The speaker of each quote, where a bare surname of several people
/// elsewhere ("Clinton") joins the one of them quoted for the same words in
/// the same utterance (and only one of them is).
fn settle_namesakes(found: &[Found], groups: &[usize], registry: &Registry) -> Vec<Option<usize>> {
    let mut entities: Vec<Option<usize>> = found.iter().map(|f| f.entity).collect();
    if !found
        .iter()
        .any(|f| f.entity.is_some_and(|e| registry.namesakes(e).is_some()))
    {
        return entities;
    }
    let group_count = groups.iter().copied().max().map_or(0, |m| m + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); group_count];
    for (q, &g) in groups.iter().enumerate() {
        members[g].push(q);
    }
    for quotes in &members {
        let speakers: Vec<Option<usize>> = quotes.iter().map(|&q| found[q].entity).collect();
        for (&q, settled) in quotes.iter().zip(settle_group(&speakers, registry)) {
            entities[q] = settled;
        }
    }
    entities
}

/// The speakers of one utterance's quotes once namesakes are settled (see
/// [`settle_namesakes`]): a bare surname of several people becomes the one
/// of them quoted in the same utterance, when only one is.
pub(crate) fn settle_group(speakers: &[Option<usize>], registry: &Registry) -> Vec<Option<usize>> {
    speakers
        .iter()
        .map(|&speaker| {
            let Some(namesakes) = speaker.and_then(|e| registry.namesakes(e)) else {
                return speaker;
            };
            let mut quoted: Vec<usize> = Vec::new();
            for e in speakers.iter().copied().flatten() {
                if namesakes.contains(&e) && !quoted.contains(&e) {
                    quoted.push(e);
                }
            }
            match quoted[..] {
                [one] => Some(one),
                _ => speaker,
            }
        })
        .collect()
}

/// Who speaks for whom: x speaks for y when x's role names the
/// organisation y ("Taliban spokesman" speaks for the Taliban). Many quote
/// pairs ask about the same two speakers: each answer is kept.
pub(crate) struct SpeaksFor<'r> {
    registry: &'r Registry,
    facts: &'r EntityFacts,
    cache: std::cell::RefCell<BTreeMap<(usize, usize), bool>>,
}

impl<'r> SpeaksFor<'r> {
    pub(crate) fn new(registry: &'r Registry, facts: &'r EntityFacts) -> Self {
        SpeaksFor {
            registry,
            facts,
            cache: Default::default(),
        }
    }

    fn names_of(&self, e: usize) -> Vec<String> {
        let mut names = vec![self.registry.entity(e).name.lower()];
        if let Some(a) = self.facts.aliases.get(&e) {
            names.extend(a.iter().map(|s| s.lower()));
        }
        names
    }

    fn uncached(&self, x: usize, y: usize) -> bool {
        let Some(role) = self.facts.role.get(&x) else {
            return false;
        };
        let role_words: Vec<String> = role
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(crate::case::lower)
            .collect();
        self.registry.entity(y).kind == EntityKind::Org
            && self.names_of(y).iter().any(|name| {
                let words: Vec<&str> = name.split_whitespace().collect();
                !words.is_empty()
                    && role_words
                        .windows(words.len())
                        .any(|w| w.iter().map(String::as_str).eq(words.iter().copied()))
            })
    }

    pub(crate) fn ask(&self, x: usize, y: usize) -> bool {
        // Most speakers have no role and most are not organisations: no
        // need to keep those answers.
        if !self.facts.role.contains_key(&x) || self.registry.entity(y).kind != EntityKind::Org {
            return false;
        }
        if let Some(&known) = self.cache.borrow().get(&(x, y)) {
            return known;
        }
        let answer = self.uncached(x, y);
        self.cache.borrow_mut().insert((x, y), answer);
        answer
    }
}

/// One utterance from its quotes (ids in order) and their settled speakers.
pub(crate) fn utterance_of(
    id: usize,
    quotes: Vec<usize>,
    attributions: &[(Option<usize>, Option<&str>)],
    registry: &Registry,
    speaks_for: &SpeaksFor,
) -> Utterance {
    // A set filled by `insert`, not `collect` (which would compile one
    // more copy of the stable sort into the wasm).
    let mut names: BTreeSet<String> = BTreeSet::new();
    for e in attributions.iter().filter_map(|a| a.0) {
        let name = &registry.entity(e).name;
        if !names.contains(name) {
            names.insert(name.clone());
        }
    }
    let conflict_kind =
        utterances::conflict_kind(attributions.iter().copied(), |x, y| speaks_for.ask(x, y));
    Utterance {
        id,
        quotes,
        speakers: names.into_iter().collect(),
        conflict: conflict_kind.is_some(),
        conflict_kind,
    }
}

/// The speaker entity `e` is, quoted in `quotes` (ids in order).
pub(crate) fn speaker_of(
    e: usize,
    quotes: Vec<usize>,
    registry: &Registry,
    facts: &EntityFacts,
) -> Speaker {
    Speaker {
        name: registry.entity(e).name.clone(),
        aliases: facts
            .aliases
            .get(&e)
            .map(|a| a.iter().cloned().collect())
            .unwrap_or_default(),
        role: facts.role.get(&e).cloned(),
        quotes,
        kind: registry.entity(e).kind.speaker_kind(),
    }
}

/// The quote facts utterance grouping reads, in quote order.
fn grouping_facts(found: &[Found], quote_texts: &[&str]) -> Vec<utterances::QuoteFacts> {
    found
        .iter()
        .zip(quote_texts)
        .enumerate()
        .map(|(i, (f, text))| utterances::QuoteFacts {
            text: text.to_string(),
            speaker: f.entity,
            // Continuation only links quotes of the same article, adjacent after sorting.
            continues_previous: f.continues_previous && i > 0 && found[i - 1].doc == f.doc,
        })
        .collect()
}

fn build_analysis(
    ids: &[&str],
    found: &[Found],
    quote_texts: &[&str],
    registry: &Registry,
    facts: &EntityFacts,
    lexicon: &Lexicon,
) -> QuoteAnalysis {
    let speaks_for = SpeaksFor::new(registry, facts);
    let quote_facts = grouping_facts(found, quote_texts);
    let groups = utterances::group(&quote_facts, lexicon, |x, y| speaks_for.ask(x, y));
    drop(quote_facts);
    let entities = settle_namesakes(found, &groups, registry);
    // The list of quotes (most of the copying) is made beside the speakers
    // and the utterances.
    let entities = &entities[..];
    let groups = &groups[..];
    let (quotes, (speakers, utterances)) = crate::par::join(
        || {
            found
                .iter()
                .enumerate()
                .map(|(id, f)| Quote {
                    id,
                    doc: ids[f.doc].to_string(),
                    start: f.raw.content.start,
                    end: f.raw.content.end,
                    text: quote_texts[id].to_string(),
                    speaker: entities[id].map(|e| registry.entity(e).name.clone()),
                    mention: f.mention_span,
                    cue: f.attribution.cue.clone(),
                    channel: f.attribution.channel.clone(),
                    utterance: groups[id],
                    cue_span: f.attribution.cue_span,
                })
                .collect::<Vec<Quote>>()
        },
        move || {
            let speakers = speaker_list(entities, registry, facts);
            let utterances = utterance_list(found, groups, entities, registry, &speaks_for);
            (speakers, utterances)
        },
    );
    QuoteAnalysis {
        quotes,
        speakers,
        utterances,
    }
}

/// Each speaker with their quotes, by name, then by first quote.
fn speaker_list(
    entities: &[Option<usize>],
    registry: &Registry,
    facts: &EntityFacts,
) -> Vec<Speaker> {
    let mut by_entity: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (id, entity) in entities.iter().enumerate() {
        if let Some(e) = *entity {
            by_entity.entry(e).or_default().push(id);
        }
    }
    let mut speakers: Vec<Speaker> = by_entity
        .into_iter()
        .map(|(e, quotes)| speaker_of(e, quotes, registry, facts))
        .collect();
    // By name, then by first quote (each quote has one speaker, so quote
    // lists never tie). Names are ranked through a set and the speakers
    // sorted by number: a `sort_by` on speakers would compile one more copy
    // of the standard library's stable sort into the wasm.
    let mut names: BTreeSet<String> = BTreeSet::new();
    for speaker in &speakers {
        names.insert(speaker.name.clone());
    }
    let names: Vec<String> = names.into_iter().collect();
    crate::order::sort_by_numbers(&mut speakers, |s| {
        let rank = names.binary_search(&s.name).unwrap_or(0);
        [rank as u64, s.quotes.first().map_or(0, |&q| q as u64), 0, 0]
    });
    speakers
}

/// Each utterance (group of quotes) with its settled speakers.
fn utterance_list(
    found: &[Found],
    groups: &[usize],
    entities: &[Option<usize>],
    registry: &Registry,
    speaks_for: &SpeaksFor,
) -> Vec<Utterance> {
    let group_count = groups.iter().copied().max().map_or(0, |m| m + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); group_count];
    for (id, &g) in groups.iter().enumerate() {
        members[g].push(id);
    }
    members
        .into_iter()
        .enumerate()
        .map(|(id, quote_ids)| {
            let attributions: Vec<(Option<usize>, Option<&str>)> = quote_ids
                .iter()
                .map(|&q| (entities[q], found[q].attribution.channel.as_deref()))
                .collect();
            utterance_of(id, quote_ids, &attributions, registry, speaks_for)
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Names gathered in parts on several threads, merged in article
    /// order, from scans made for names or from kept full scans, are the
    /// names one pass gathers.
    #[test]
    fn names_gathered_in_parts_equal_one_pass() {
        let seeds = [
            "Mayor Ana Ruiz of Northwind said the Harbour Authority would act. \"We will not wait,\" Ruiz said.\n",
            "The Harbour Authority (HA) said on Monday it had no comment. Dr. Piet Maes, a professor, disagreed.\n",
            "ACME Corp and Northwind Energy Corp said the plan was late. The Union said it would strike.\n",
        ];
        let docs = crate::synth::corpus(&seeds, 3 * NAMES_PER_PART + 5, 7).documents;
        let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
        let lexicon = Lexicon::get();
        let mut one_pass = CorpusNames::default();
        for (doc, text) in texts.iter().enumerate() {
            let s = Scanned::for_names(text, lexicon);
            mentions::gather_names(&s.article(doc), lexicon, &mut one_pass);
        }
        assert!(!one_pass.org_names.is_empty() && !one_pass.surnames.is_empty());
        assert_eq!(gather_corpus_names(&texts, None, lexicon), one_pass);
        // Kept full scans (sentences marked) give the same names too.
        let scans: Vec<Scanned<'_>> = texts.iter().map(|t| Scanned::new(t, lexicon)).collect();
        assert_eq!(gather_corpus_names(&texts, Some(&scans), lexicon), one_pass);
    }
}
