//! The reuse search cut into the steps a distributed job runs on separate
//! workers (the Python bindings and the PySpark job use these), each giving
//! exactly what [`crate::reuse::find_passages`] computes for its part:
//!
//! 1. [`shingles`] — map: the n-gram postings of one article;
//! 2. [`seeds_of_shingle`] — after a shuffle by hash: the seeds of each
//!    n-gram from all its postings, with the same common-n-gram cap;
//! 3. [`verify_pair`] — after a shuffle by document pair: alignment, kinds
//!    and the stock-phrase filter of one pair (that filter only looks at
//!    the pair's own passages, so a pair is a complete unit);
//! 4. [`original_share`] — after a shuffle by document: one article's
//!    original share from the `copy` passages it shares with others.
//!
//! Documents are named by their index in the corpus order (the order the
//! CLI analyses them in): which side of a passage is `a` depends on it.
//! Nothing here is used by the widget, so none of it enters the wasm.

use std::ops::Range;

use crate::reuse::index::{sort_for_alignment, NgramIndex, Seed};
use crate::reuse::{FoundPassage, ReuseParams};
use crate::PassageKind;

/// One n-gram occurrence: `(hash, doc, pos, context)` (see
/// [`NgramIndex::entries`]). Shuffle by `hash`.
pub type Posting = (u64, u32, u32, u64);

/// The n-gram postings of article `doc` (its index in the corpus), with the
/// product's parameters and common-word skipping: the article's part of the
/// corpus index.
pub fn shingles(doc: u32, text: &str) -> Vec<Posting> {
    let params = ReuseParams::default();
    let tokens = vec![crate::text::tokens(text)];
    let index = NgramIndex::build_shard_skipping(
        &tokens,
        &params,
        0,
        1,
        &crate::informativeness::is_seed_common_key,
    );
    index
        .entries()
        .map(|(hash, _, pos, context)| (hash, doc, pos, context))
        .collect()
}

/// The seeds of whole hash groups (every posting of each hash given, from
/// every article, in any order; one hash or many): the pairs of positions
/// the corpus index pairs for them, none for an n-gram too common. Shuffle
/// the seeds by document pair.
pub fn seeds_of_shingle(postings: Vec<Posting>) -> Vec<Seed> {
    NgramIndex::from_entries(postings, &ReuseParams::default()).seeds()
}

/// The passages of one document pair (`a_doc <= b_doc`; equal for repeats
/// inside one article) from all its seeds, in any order: verified, with
/// their kinds, stock phrases dropped, sorted as
/// [`crate::reuse::find_passages`] sorts them.
pub fn verify_pair(
    (a_doc, a_text): (u32, &str),
    (b_doc, b_text): (u32, &str),
    mut seeds: Vec<Seed>,
) -> Vec<FoundPassage> {
    let params = ReuseParams::default();
    let same = a_doc == b_doc;
    let texts: Vec<&str> = if same {
        vec![a_text]
    } else {
        vec![a_text, b_text]
    };
    let docs: Vec<Vec<crate::text::Token>> = texts.iter().map(|t| crate::text::tokens(t)).collect();
    // Local indices: 0 for `a`, 1 for `b` (0 again inside one article).
    let local_b = u32::from(!same);
    seeds.retain(|s| s.a_doc == a_doc && s.b_doc == b_doc);
    for s in &mut seeds {
        s.a_doc = 0;
        s.b_doc = local_b;
    }
    sort_for_alignment(&mut seeds);
    let mut found = crate::reuse::align::passages_from_seeds(&texts, &docs, &seeds, &params);
    let pack = |high: usize, low: usize| ((high as u64) << 32) | low as u64;
    crate::order::sort_by_numbers(&mut found, |p| {
        [pack(p.a.start, p.b.start), pack(p.a.end, p.b.end), 0, 0]
    });
    let mut kept = crate::reuse::kind::classify(&texts, &docs, found, &params);
    for p in &mut kept {
        p.a_doc = a_doc as usize;
        p.b_doc = b_doc as usize;
    }
    kept
}

/// The original share of one article from the byte ranges of the `copy`
/// passages it shares with OTHER articles (in any order), as
/// [`crate::reuse::original_shares`] computes it.
pub fn original_share(text: &str, copies: Vec<Range<usize>>) -> f64 {
    let passages: Vec<FoundPassage> = copies
        .into_iter()
        .map(|a| FoundPassage {
            a_doc: 0,
            a,
            // Document 1 does not exist: only side `a` counts.
            b_doc: 1,
            b: 0..0,
            similarity: 1.0,
            kind: PassageKind::Copy,
        })
        .collect();
    crate::reuse::original_shares(&[text], &passages)
        .first()
        .copied()
        .unwrap_or(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The four steps, run one after the other in this process, give
    /// exactly the passages and original shares of the whole analysis.
    #[test]
    fn the_steps_together_give_the_whole_analysis() {
        let seeds_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
        let mut paths: Vec<_> = std::fs::read_dir(seeds_dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        let seeds: Vec<String> = paths
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        let seed_refs: Vec<&str> = seeds.iter().map(String::as_str).collect();
        let corpus = crate::synth::corpus(&seed_refs, 60, 7);
        let texts: Vec<&str> = corpus.documents.iter().map(|d| d.text.as_str()).collect();
        let whole = crate::reuse::find_passages(&texts);
        assert!(whole.len() > 20);

        let mut by_hash: BTreeMap<u64, Vec<Posting>> = BTreeMap::new();
        for (doc, text) in texts.iter().enumerate() {
            for p in shingles(doc as u32, text) {
                by_hash.entry(p.0).or_default().push(p);
            }
        }
        let mut by_pair: BTreeMap<(u32, u32), Vec<Seed>> = BTreeMap::new();
        for postings in by_hash.into_values() {
            for s in seeds_of_shingle(postings) {
                by_pair.entry((s.a_doc, s.b_doc)).or_default().push(s);
            }
        }
        let mut sharded = Vec::new();
        for ((a, b), mut seeds) in by_pair {
            seeds.reverse(); // any order
            sharded.extend(verify_pair(
                (a, texts[a as usize]),
                (b, texts[b as usize]),
                seeds,
            ));
        }
        assert_eq!(sharded, whole);

        let shares = crate::reuse::original_shares(&texts, &whole);
        for (doc, text) in texts.iter().enumerate() {
            let mut copies = Vec::new();
            for p in whole
                .iter()
                .filter(|p| p.a_doc != p.b_doc && p.kind == PassageKind::Copy)
            {
                if p.a_doc == doc {
                    copies.push(p.a.clone());
                }
                if p.b_doc == doc {
                    copies.push(p.b.clone());
                }
            }
            copies.reverse();
            assert_eq!(original_share(text, copies), shares[doc]);
        }
    }
}
