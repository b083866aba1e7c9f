//! wirelens engine: text-reuse detection and quote attribution over a corpus of
//! news articles. Pure Rust: no I/O, no global state, no browser dependency.
//!
//! Data flow: [`Document`]s (id + text exactly as read) → [`analyze`] →
//! [`Analysis`], whose JSON form is the contract of `wirelens analyze --json`
//! (every field is documented in `docs/CONTRACT.md`).
//!
//! Invariants every module keeps:
//! - every `start`/`end` is a UTF-8 byte offset into the document's original
//!   text, on a char boundary, `end` exclusive; normalisation never moves them;
//! - the analysis is deterministic (fixed hash seeds, sorted output): the same
//!   input gives byte-identical JSON;
//! - no input panics: empty, huge, or malformed text degrades to a smaller result.

/// A file of `data/` as compiled in: its comment lines removed by `build.rs`.
macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $name))
    };
}

pub mod case;
pub mod import;
pub mod informativeness;
pub mod keyed;
pub mod order;
pub mod par;
pub mod provenance;
pub mod quotes;
pub mod reuse;
pub mod shard;
pub mod synth;
pub mod text;
pub mod wordfreq;
pub mod words;

pub use provenance::{Carried, Credit, CreditScope};

use serde::{Deserialize, Serialize};

/// One article given to the engine: an id (file stem) and its text as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub text: String,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            text: text.into(),
        }
    }

    /// The title: the first non-empty line, trimmed (empty string if none).
    pub fn title(&self) -> &str {
        title_of(&self.text)
    }
}

/// The first non-empty line of `text`, trimmed of whitespace (including NBSP).
pub fn title_of(text: &str) -> &str {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

/// Everything wirelens finds in a corpus. Serialises to the JSON contract.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub documents: Vec<DocumentSummary>,
    pub passages: Vec<Passage>,
    pub quotes: Vec<Quote>,
    pub speakers: Vec<Speaker>,
    pub utterances: Vec<Utterance>,
    /// Words an article credits to a news agency and others carry without
    /// that credit (see [`provenance`]).
    pub carried: Vec<Carried>,
}

/// Per-article figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentSummary {
    pub id: String,
    pub title: String,
    pub bytes: usize,
    /// Share (0..=1) of the article's text NOT found in any other article
    /// (repeats inside the article do not count as found elsewhere).
    pub original_share: f64,
    /// The news agencies the article credits, in text order (see [`provenance`]).
    pub credits: Vec<Credit>,
}

/// A span of one document: byte offsets into its original text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocSpan {
    pub doc: String,
    pub start: usize,
    pub end: usize,
}

/// A passage found in two places (two articles, or twice in one article; then
/// `a` is the earlier occurrence).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    pub a: DocSpan,
    pub b: DocSpan,
    /// Token-level similarity of the two spans, 0..=1 (1 = identical after normalisation).
    pub similarity: f64,
    /// What kind of sharing this is (see [`PassageKind`]).
    pub kind: PassageKind,
}

impl DocSpan {
    /// `start..end` (UTF-8 byte offsets) of the article with id `doc`.
    pub fn new(doc: &str, start: usize, end: usize) -> Self {
        DocSpan {
            doc: doc.to_string(),
            start,
            end,
        }
    }
}

/// What kind of sharing a passage is. Stock phrases of news English are not
/// passages at all
/// (see [`informativeness`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PassageKind {
    /// The same reporting, copied or lightly edited (wire copy, an outlet
    /// recycling its own paragraphs). Only this kind lowers `original_share`.
    Copy,
    /// The shared words lie inside quotation marks in both places: both
    /// report the same statement (normal journalism, not copying).
    Quote,
    /// Outlet furniture repeated across articles: editor's notes, follow and
    /// subscribe prompts, video-player errors, credit and correction lines.
    Boilerplate,
}

impl PassageKind {
    /// The name in the JSON contract and the TSV: "copy", "quote", "boilerplate".
    pub fn name(self) -> &'static str {
        match self {
            PassageKind::Copy => "copy",
            PassageKind::Quote => "quote",
            PassageKind::Boilerplate => "boilerplate",
        }
    }
}

/// A byte span inside the quote's own document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One contiguous quoted span (without its quote marks) and its attribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: usize,
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Canonical speaker name, or `None` when the text does not say.
    pub speaker: Option<String>,
    /// The name, title or pronoun the attribution hangs on.
    pub mention: Option<Span>,
    /// The cue word or phrase ("said", "according to", "tweeted", …).
    pub cue: Option<String>,
    /// "Twitter", "Facebook", "audio message", "statement", "video", "news conference".
    pub channel: Option<String>,
    /// Id of the utterance group this quote belongs to.
    pub utterance: usize,
    /// Where the cue sits (for the widget's "why"); not part of the JSON contract.
    #[serde(skip)]
    pub cue_span: Option<Span>,
}

/// A person, organisation or document quoted somewhere in the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub name: String,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    /// Quote ids.
    pub quotes: Vec<usize>,
    /// What sort of source this is (JSON: "person", "organisation", "document").
    #[serde(default)]
    pub kind: SpeakerKind,
}

/// What sort of source a speaker is.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person ("Zabihullah Mujahid", "Clinton").
    #[default]
    Person,
    /// An organisation, outlet or website, named ("the Taliban", "NRF",
    /// "The Guardian") or described ("the newspaper", "the website").
    Organisation,
    /// A document or publication that "says" something: "the report", "the
    /// statement", "the survey", "the campaign ad". Named by its description.
    Document,
}

impl SpeakerKind {
    /// The name in the JSON contract: "person", "organisation", "document".
    pub fn name(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Document => "document",
        }
    }
}

/// Quotes of the same statement, across and within articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Utterance {
    pub id: usize,
    pub quotes: Vec<usize>,
    pub speakers: Vec<String>,
    /// True when the grouped quotes are attributed to different speakers or
    /// channels (any [`ConflictKind`]).
    pub conflict: bool,
    /// What differs, when `conflict` is true (JSON: "speaker", "same_source",
    /// "channel" or null).
    #[serde(default)]
    pub conflict_kind: Option<ConflictKind>,
}

/// What differs between the attributions of one utterance, strongest first:
/// an utterance gets the strongest kind any two of its quotes show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// Different speakers with no tie the text shows: a real conflict.
    Speaker,
    /// A spokesperson or official against the organisation they speak for
    /// (their role names it: "Taliban spokesman" and "the Taliban"): the
    /// same source, reported two ways.
    SameSource,
    /// The same speaker; only the channel differs (a statement against a
    /// news conference).
    Channel,
}

impl ConflictKind {
    /// The name in the JSON contract: "speaker", "same_source", "channel".
    pub fn name(self) -> &'static str {
        match self {
            ConflictKind::Speaker => "speaker",
            ConflictKind::SameSource => "same_source",
            ConflictKind::Channel => "channel",
        }
    }
}

/// Text up to which [`analyze`] runs in two rounds (natively; see there).
#[cfg(not(target_arch = "wasm32"))]
const TWO_ROUNDS_BYTES: usize = 8 << 20;

/// Analyse a corpus: shared passages, quotes, speakers and utterances.
pub fn analyze(docs: &[Document]) -> Analysis {
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    // Reuse and quotes read nothing of each other: side by side where there
    // are threads (each spreads its own per-article work over the cores);
    // on wasm32 one after the other.
    // Reuse, shares and credits read the same words: tokenized once.
    let params = reuse::ReuseParams::default();
    let words_and_seeds = || {
        let words: Vec<Vec<text::Token>> = par::map(&texts, |_, t| text::tokens(t));
        let seeds = reuse::index::candidate_seeds_skipping_common(&words, &params);
        (words, seeds)
    };
    let rest_of_reuse = |words: Vec<Vec<text::Token>>, seeds: Vec<reuse::index::Seed>| {
        let found = reuse::passages_from_seeds(&texts, &words, &seeds, &params);
        drop(seeds);
        let shares = reuse::original_shares_of_words(&words, &found);
        let credits: Vec<Vec<Credit>> = par::map(&texts, |doc, text| {
            provenance::credits_in_words(text, &words[doc])
        });
        (found, shares, credits)
    };
    // Natively, up to `TWO_ROUNDS_BYTES` of text, in two rounds, each
    // pairing work spread evenly over the cores with work that has long
    // runs of one thread: quotes' first passes (names, each article's
    // mentions and quotes) beside reuse's words and seeds, then quotes'
    // corpus-wide steps beside the rest of reuse. On larger corpora (where
    // quotes no longer keep their scans) reuse weighs more, and the whole of
    // it runs beside the whole of quotes.
    #[cfg(not(target_arch = "wasm32"))]
    let ((found, shares, credits), quoted) =
        if texts.iter().map(|t| t.len()).sum::<usize>() <= TWO_ROUNDS_BYTES {
            let ((gathered, spent), (words, seeds)) =
                par::join(|| quotes::gather(&texts), words_and_seeds);
            par::join(
                move || {
                    drop(spent);
                    rest_of_reuse(words, seeds)
                },
                || quotes::settle(&ids, &texts, gathered),
            )
        } else {
            par::join(
                || {
                    let (words, seeds) = words_and_seeds();
                    rest_of_reuse(words, seeds)
                },
                || quotes::attribute(&ids, &texts),
            )
        };
    #[cfg(target_arch = "wasm32")]
    let ((found, shares, credits), quoted) = {
        let (words, seeds) = words_and_seeds();
        (rest_of_reuse(words, seeds), quotes::attribute(&ids, &texts))
    };
    let passages: Vec<Passage> = found
        .iter()
        .map(|p| Passage {
            a: DocSpan {
                doc: docs[p.a_doc].id.clone(),
                start: p.a.start,
                end: p.a.end,
            },
            b: DocSpan {
                doc: docs[p.b_doc].id.clone(),
                start: p.b.start,
                end: p.b.end,
            },
            similarity: p.similarity,
            kind: p.kind,
        })
        .collect();
    let carried = provenance::carry(
        &credits,
        &ids,
        found
            .iter()
            .zip(&passages)
            .map(|(f, p)| (f.a_doc, f.b_doc, p)),
    );
    // Carried first: then each document takes its credits without a copy.
    let documents: Vec<DocumentSummary> = docs
        .iter()
        .zip(shares)
        .zip(credits)
        .map(|((d, original_share), credits)| DocumentSummary {
            id: d.id.clone(),
            title: d.title().to_string(),
            bytes: d.text.len(),
            original_share,
            credits,
        })
        .collect();
    Analysis {
        documents,
        passages,
        quotes: quoted.quotes,
        speakers: quoted.speakers,
        utterances: quoted.utterances,
        carried,
    }
}

impl Analysis {
    /// The JSON contract, pretty-printed, deterministic.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("Analysis serialises")
    }

    /// Passages as TSV lines: `id begin end id2 begin2 end2 kind`.
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        for p in &self.passages {
            out.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                p.a.doc,
                p.a.start,
                p.a.end,
                p.b.doc,
                p.b.start,
                p.b.end,
                p.kind.name()
            ));
        }
        out
    }
}
