//! Text reuse: passages shared between articles or repeated inside one.
//!
//! Pipeline (each step in its own module):
//! 1. [`crate::text::tokens`]: words with byte offsets and normalised keys;
//! 2. [`index`]: word n-gram hashes (fixed seed) of every document, sorted
//!    into an index; n-grams occurring too often (boilerplate) are skipped;
//!    every other shared n-gram gives a *seed* (doc, position) × (doc, position);
//! 3. [`align`]: seeds grow into maximal exact runs, runs close to each other
//!    in both documents join into one passage (bridging changed, inserted or
//!    deleted words), the ends extend through small edits, and the result is
//!    verified (length, matched words, similarity);
//! 4. [`kind`]: each passage is `copy`, `quote` or `boilerplate`; shared
//!    stock phrases (too little informative mass) are dropped;
//! 5. [`coverage`]: per-document original share and the pairwise shared-bytes matrix;
//! 6. [`diff`]: word-level diff of one passage pair for the side-by-side view.
//!
//! Cost grows with the number of tokens plus the number of shared n-gram
//! occurrences, never with the square of the number of documents. No global
//! state: the index can be built from any subset (shard) of documents.

pub mod align;
pub mod coverage;
pub mod diff;
pub mod index;
pub mod kind;

use std::ops::Range;

use crate::PassageKind;

pub use coverage::{original_shares, original_shares_of_words, shared_bytes};
pub use diff::{word_diff, DiffKind, DiffOp};

/// A verified passage between two documents, by document index.
///
/// For a repeat inside one document `a_doc == b_doc` and `a` is the earlier
/// occurrence; otherwise `a_doc < b_doc`. Ranges are byte offsets into the
/// texts, from the start of the first word to the end of the last word.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundPassage {
    pub a_doc: usize,
    pub a: Range<usize>,
    pub b_doc: usize,
    pub b: Range<usize>,
    /// Word-level similarity, 0..=1 (1 = identical after normalisation).
    pub similarity: f64,
    /// What kind of sharing this is.
    pub kind: PassageKind,
}

/// Tuning of the reuse search. [`ReuseParams::default`] is what the product uses.
#[derive(Debug, Clone, PartialEq)]
pub struct ReuseParams {
    /// Words per n-gram in the index.
    pub ngram: usize,
    /// N-grams occurring more often than this in the corpus are skipped
    /// (boilerplate, datelines, stock phrases): they would only add noise and
    /// quadratic work.
    pub max_ngram_occurrences: usize,
    /// Largest run of unmatched words (on either side) bridged inside a passage.
    pub max_gap: usize,
    /// How far (in words) the ends of a passage may extend through edits.
    pub extension_window: usize,
    /// Fewest words on each side of a passage.
    pub min_words: usize,
    /// Fewest matched words (identical or spelling variants) in a passage.
    pub min_matched: usize,
    /// Lowest similarity of a passage.
    pub min_similarity: f64,
    /// Informative mass (see [`crate::informativeness`]) with which a `copy`
    /// passage stands on its own; below it the shared words are stock
    /// phrases unless the pair shares more (see [`kind`]).
    pub min_informative_alone: f64,
    /// Informative mass with which a `copy` passage of whole sentences (in
    /// both articles) stands on its own.
    pub min_informative_sentences: f64,
    /// Least informative mass of a `copy` passage that the rest of its pair
    /// supports; below it a passage is a stock phrase whatever the pair shares.
    pub min_informative_supported: f64,
}

impl Default for ReuseParams {
    fn default() -> Self {
        Self {
            ngram: 4,
            max_ngram_occurrences: 64,
            max_gap: 12,
            extension_window: 16,
            min_words: 8,
            min_matched: 7,
            min_similarity: 0.6,
            min_informative_alone: 6.0,
            min_informative_sentences: 2.5,
            min_informative_supported: 2.0,
        }
    }
}

/// Every shared passage in `texts`, sorted by (a_doc, b_doc, a, b), deterministic.
pub fn find_passages(texts: &[&str]) -> Vec<FoundPassage> {
    find_passages_with(texts, &ReuseParams::default())
}

/// [`find_passages`] with explicit parameters.
pub fn find_passages_with(texts: &[&str], params: &ReuseParams) -> Vec<FoundPassage> {
    let docs: Vec<Vec<crate::text::Token>> = crate::par::map(texts, |_, t| crate::text::tokens(t));
    find_passages_in_words(texts, &docs, params)
}

/// [`find_passages_with`] from each text's words ([`crate::text::tokens`]
/// of `texts[i]` in `docs[i]`), for a caller that needs the words too.
pub fn find_passages_in_words(
    texts: &[&str],
    docs: &[Vec<crate::text::Token>],
    params: &ReuseParams,
) -> Vec<FoundPassage> {
    let seeds = index::candidate_seeds_skipping_common(docs, params);
    passages_from_seeds(texts, docs, &seeds, params)
}

/// [`find_passages_in_words`] from its seeds
/// ([`index::candidate_seeds_skipping_common`] of `docs`), for a caller
/// that runs other work beside each half.
pub fn passages_from_seeds(
    texts: &[&str],
    docs: &[Vec<crate::text::Token>],
    seeds: &[index::Seed],
    params: &ReuseParams,
) -> Vec<FoundPassage> {
    let mut found = align::passages_from_seeds(texts, docs, seeds, params);
    // Ordered by (a_doc, b_doc, a.start, b.start, a.end, b.end), two 32-bit
    // numbers to a key (offsets and document counts are far below 2^32).
    let pack = |high: usize, low: usize| ((high as u64) << 32) | low as u64;
    crate::order::sort_by_numbers(&mut found, |p| {
        [
            pack(p.a_doc, p.b_doc),
            pack(p.a.start, p.b.start),
            pack(p.a.end, p.b.end),
            0,
        ]
    });
    kind::classify(texts, docs, found, params)
}
