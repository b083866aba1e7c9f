//! Text reuse: passages shared between articles or repeated inside one.
//! (Placeholder interface; the n-gram index and alignment land with issue #4.)

use std::ops::Range;

/// A verified passage between two documents, by document index.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundPassage {
    pub a_doc: usize,
    pub a: Range<usize>,
    pub b_doc: usize,
    pub b: Range<usize>,
    pub similarity: f64,
}

/// Every shared passage in `texts`, sorted, deterministic.
pub fn find_passages(texts: &[&str]) -> Vec<FoundPassage> {
    let _ = texts;
    Vec::new()
}

/// Per document, the share of its text not found in any other document.
pub fn original_shares(texts: &[&str], passages: &[FoundPassage]) -> Vec<f64> {
    let _ = passages;
    texts.iter().map(|_| 1.0).collect()
}

/// What happened to a token between side `a` and side `b` of a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffKind {
    /// Same word (after normalisation).
    Same,
    /// A word replaced by another (a spelling variant is a `Changed` pair).
    Changed,
    /// Present only in `b`.
    Inserted,
    /// Present only in `a`.
    Deleted,
}

/// One step of a word-level diff; ranges are byte offsets into the texts given to [`word_diff`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffOp {
    pub kind: DiffKind,
    pub a: Option<Range<usize>>,
    pub b: Option<Range<usize>>,
}

/// Word-level diff of two passages (for the side-by-side view).
pub fn word_diff(a: &str, b: &str) -> Vec<DiffOp> {
    let _ = (a, b);
    Vec::new()
}
