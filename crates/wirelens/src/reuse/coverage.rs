//! What share of each document is found elsewhere, and how much each pair shares.
//!
//! Coverage is a union of byte ranges (overlapping passages never count
//! twice). Only `copy` passages lower the original share: a shared `quote`
//! is the speaker's words, reported by each article on its own (normal
//! journalism), and `boilerplate` is outlet furniture, not reporting; both
//! still appear as passages and in the pair matrix ([`shared_bytes`]). The original share counts **word bytes** (the bytes of
//! [`crate::text::tokens`]): spaces, NBSPs, line breaks, punctuation and quote
//! marks between words never decide what is original, so two identical
//! articles share everything (0.0) even though passages stop at the last word.

use super::FoundPassage;
use crate::text::{tokens, Token};
use crate::PassageKind;
use std::ops::Range;

/// Per document, the share (0..=1) of its word bytes NOT covered by `copy`
/// passages shared with OTHER documents (repeats inside the document, quotes
/// and boilerplate do not count). 1.0 for a document that shares nothing or
/// has no words.
pub fn original_shares(texts: &[&str], passages: &[FoundPassage]) -> Vec<f64> {
    // A document that shares nothing is never tokenized.
    shares_with_words(texts.len(), passages, |doc| tokens(texts[doc]))
}

/// [`original_shares`] from each document's words ([`crate::text::tokens`]),
/// for a caller that has them already.
pub fn original_shares_of_words(docs: &[Vec<Token>], passages: &[FoundPassage]) -> Vec<f64> {
    shares_with_words(docs.len(), passages, |doc| &docs[doc][..])
}

/// The original shares of `n_docs` documents; `words_of(doc)` is asked only
/// for the documents that share a `copy` passage with another.
fn shares_with_words<W: AsRef<[Token]>>(
    n_docs: usize,
    passages: &[FoundPassage],
    words_of: impl Fn(usize) -> W,
) -> Vec<f64> {
    let mut ranges: Vec<Vec<Range<usize>>> = vec![Vec::new(); n_docs];
    for p in passages
        .iter()
        .filter(|p| p.a_doc != p.b_doc && p.kind == PassageKind::Copy)
    {
        if let Some(r) = ranges.get_mut(p.a_doc) {
            r.push(p.a.clone());
        }
        if let Some(r) = ranges.get_mut(p.b_doc) {
            r.push(p.b.clone());
        }
    }
    ranges
        .into_iter()
        .enumerate()
        .map(|(doc, ranges)| {
            if ranges.is_empty() {
                return 1.0; // nothing shared: no need to read the words
            }
            let words = words_of(doc);
            let words = words.as_ref();
            let total: usize = words.iter().map(|t| t.end() - t.start()).sum();
            if total == 0 {
                return 1.0;
            }
            let shared: usize = union(ranges)
                .into_iter()
                .map(|r| word_bytes_within(words, r))
                .sum();
            1.0 - shared as f64 / total as f64
        })
        .collect()
}

/// `matrix[i][j]`: bytes of document `i` covered by passages shared with
/// document `j` (union, not sum). The diagonal holds repeats inside a document.
pub fn shared_bytes(n_docs: usize, passages: &[FoundPassage]) -> Vec<Vec<usize>> {
    let mut ranges: Vec<Vec<Vec<Range<usize>>>> = vec![vec![Vec::new(); n_docs]; n_docs];
    for p in passages
        .iter()
        .filter(|p| p.a_doc < n_docs && p.b_doc < n_docs)
    {
        ranges[p.a_doc][p.b_doc].push(p.a.clone());
        ranges[p.b_doc][p.a_doc].push(p.b.clone());
    }
    ranges
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|cell| union(cell).iter().map(|r| r.len()).sum())
                .collect()
        })
        .collect()
}

/// Sorted, disjoint union of byte ranges.
fn union(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    crate::order::sort_by_numbers(&mut ranges, |r| [r.start as u64, r.end as u64, 0, 0]);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges.into_iter().filter(|r| r.start < r.end) {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Bytes of the words (sorted, disjoint) that lie inside `range`.
fn word_bytes_within(words: &[Token], range: Range<usize>) -> usize {
    let first = words.partition_point(|t| t.start() < range.start);
    words[first..]
        .iter()
        .take_while(|t| t.end() <= range.end)
        .map(|t| t.end() - t.start())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passage(a_doc: usize, a: Range<usize>, b_doc: usize, b: Range<usize>) -> FoundPassage {
        FoundPassage {
            a_doc,
            a,
            b_doc,
            b,
            similarity: 1.0,
            kind: PassageKind::Copy,
        }
    }

    #[test]
    fn shares_count_word_bytes_outside_other_documents_passages() {
        let texts = ["abcd, efgh.", "abcd", "xyz xyz"];
        let passages = [passage(0, 0..4, 1, 0..4), passage(2, 0..3, 2, 4..7)];
        let shares = original_shares(&texts, &passages);
        assert_eq!(shares, vec![0.5, 0.0, 1.0]);
    }

    #[test]
    fn quotes_and_boilerplate_do_not_lower_the_original_share() {
        let texts = ["abcd efgh", "abcd efgh"];
        let mut quote = passage(0, 0..4, 1, 0..4);
        quote.kind = PassageKind::Quote;
        let mut furniture = passage(0, 5..9, 1, 5..9);
        furniture.kind = PassageKind::Boilerplate;
        assert_eq!(
            original_shares(&texts, &[quote.clone(), furniture]),
            vec![1.0, 1.0]
        );
        quote.kind = PassageKind::Copy;
        assert_eq!(original_shares(&texts, &[quote]), vec![0.5, 0.5]);
    }

    #[test]
    fn shared_bytes_is_a_union_per_pair() {
        let passages = [passage(0, 0..4, 1, 0..4), passage(0, 2..6, 1, 10..14)];
        let m = shared_bytes(2, &passages);
        assert_eq!(m, vec![vec![0, 6], vec![8, 0]]);
    }
}
