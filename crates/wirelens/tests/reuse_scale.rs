//! The reuse engine on generated corpora ([`wirelens::synth`]): recall of the
//! planted edited copies, and (ignored by default) runs at 1,000 and 10,000
//! articles used to measure time and peak memory:
//!
//! ```text
//! cargo test --release -p wirelens --test reuse_scale -- --ignored --nocapture scale_1000
//! /usr/bin/time -v target/release/deps/reuse_scale-HASH --ignored --exact scale_10000
//! ```
//!
//! `reuse_only_*` run only the generator and `find_passages` (the reuse
//! engine's own peak memory); `scale_*` run the whole `analyze` too.

mod support;
use std::ops::Range;
use std::time::Instant;
use wirelens::reuse::{find_passages, FoundPassage};
use wirelens::synth::{corpus, PlantedPassage, SynthCorpus};

fn seed_texts() -> Vec<String> {
    support::SEED_TEXTS.iter().map(|t| t.to_string()).collect()
}

fn generated(n: usize, seed: u64) -> SynthCorpus {
    let texts = seed_texts();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    corpus(&refs, n, seed)
}

fn overlap(x: &Range<usize>, y: &Range<usize>) -> usize {
    x.end.min(y.end).saturating_sub(x.start.max(y.start))
}

/// A planted pair is found when one passage of the same two documents covers
/// at least half of each planted copy.
fn found_planted(planted: &PlantedPassage, found: &[FoundPassage]) -> bool {
    found.iter().any(|p| {
        p.a_doc == planted.a_doc
            && p.b_doc == planted.b_doc
            && 2 * overlap(&p.a, &planted.a) >= planted.a.len()
            && 2 * overlap(&p.b, &planted.b) >= planted.b.len()
    })
}

/// Does a found passage overlap some planted pair (same documents, both sides)?
fn explained(p: &FoundPassage, planted: &[PlantedPassage]) -> bool {
    planted.iter().any(|q| {
        q.a_doc == p.a_doc
            && q.b_doc == p.b_doc
            && overlap(&p.a, &q.a) > 0
            && overlap(&p.b, &q.b) > 0
    })
}

fn recall_and_precision(c: &SynthCorpus) -> (f64, f64, usize) {
    let texts: Vec<&str> = c.documents.iter().map(|d| d.text.as_str()).collect();
    let found = find_passages(&texts);
    scores(c, &found)
}

/// Recall of the planted pairs, precision of the cross-document passages, passages found.
fn scores(c: &SynthCorpus, found: &[FoundPassage]) -> (f64, f64, usize) {
    let hits = c.planted.iter().filter(|q| found_planted(q, found)).count();
    let cross: Vec<&FoundPassage> = found.iter().filter(|p| p.a_doc != p.b_doc).collect();
    let explained_count = cross.iter().filter(|p| explained(p, &c.planted)).count();
    (
        hits as f64 / c.planted.len().max(1) as f64,
        explained_count as f64 / cross.len().max(1) as f64,
        found.len(),
    )
}

#[test]
fn synth_planted_copies_are_found() {
    for seed in [1, 2] {
        let c = generated(120, seed);
        assert!(c.planted.len() >= 20, "generator plants reuse");
        let (recall, precision, found) = recall_and_precision(&c);
        println!(
            "synth 120 articles seed {seed}: {} planted, {found} found, recall {recall:.3}, precision {precision:.3}",
            c.planted.len()
        );
        assert!(recall >= 0.9, "recall {recall:.3}");
        // Generated articles of one story also share real seed paragraphs that the
        // generator does not record as planted: those count against precision here.
        assert!(precision >= 0.85, "precision {precision:.3}");
    }
}

#[test]
fn generated_articles_without_planted_reuse_share_nothing() {
    let c = generated(60, 3);
    let planted_docs: std::collections::BTreeSet<usize> =
        c.planted.iter().flat_map(|p| [p.a_doc, p.b_doc]).collect();
    let texts: Vec<&str> = c.documents.iter().map(|d| d.text.as_str()).collect();
    let found = find_passages(&texts);
    for p in found.iter().filter(|p| p.a_doc != p.b_doc) {
        assert!(
            planted_docs.contains(&p.a_doc) && planted_docs.contains(&p.b_doc),
            "passage between articles with no planted reuse: {p:?}"
        );
    }
}

/// The document pairs that seeding leaves out as chance (isolated n-grams
/// too far apart to join) hold no passage: alignment finds the same passages
/// from every seed of the index as from the seeds kept, on articles of
/// common words (chance n-grams in most pairs) mixed with planted copies.
#[test]
fn pairs_left_out_as_chance_hold_no_passage() {
    let texts = seed_texts();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let mut documents = wirelens::synth::common_words_corpus(&refs, 300, 5);
    documents.extend(generated(60, 9).documents);
    // A copy with every fifth word changed: it shares only isolated
    // n-grams, each a few words after the last.
    let original: Vec<&str> = refs[0].split_whitespace().take(80).collect();
    let edited: Vec<String> = original
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i % 5 == 4 {
                format!("x{i}")
            } else {
                w.to_string()
            }
        })
        .collect();
    documents.push(wirelens::Document::new("original", original.join(" ")));
    documents.push(wirelens::Document::new("edited", edited.join(" ")));
    let texts: Vec<&str> = documents.iter().map(|d| d.text.as_str()).collect();
    let words: Vec<Vec<wirelens::text::Token>> =
        texts.iter().map(|t| wirelens::text::tokens(t)).collect();
    let params = wirelens::reuse::ReuseParams::default();
    let every_seed = wirelens::reuse::index::NgramIndex::build(&words, &params).seeds();
    let kept = wirelens::reuse::index::candidate_seeds(&words, &params);
    assert!(kept.iter().all(|s| every_seed.contains(s)));
    assert!(
        kept.len() * 2 < every_seed.len(),
        "{} of {} seeds kept",
        kept.len(),
        every_seed.len()
    );
    let from_every_seed =
        wirelens::reuse::passages_from_seeds(&texts, &words, &every_seed, &params);
    let from_kept = wirelens::reuse::passages_from_seeds(&texts, &words, &kept, &params);
    assert!(from_kept.len() > 20, "{} passages", from_kept.len());
    let last = documents.len() - 1;
    assert!(
        from_kept
            .iter()
            .any(|p| (p.a_doc, p.b_doc) == (last - 1, last)),
        "the copy with every fifth word changed is found"
    );
    assert_eq!(from_kept, from_every_seed);
}

fn run_scale(n: usize) {
    let c = generated(n, 42);
    let bytes: usize = c.documents.iter().map(|d| d.text.len()).sum();
    let texts: Vec<&str> = c.documents.iter().map(|d| d.text.as_str()).collect();
    let started = Instant::now();
    let found = find_passages(&texts);
    let reuse_time = started.elapsed();
    let started = Instant::now();
    let analysis = wirelens::analyze(&c.documents);
    let analyze_time = started.elapsed();
    let (recall, precision, _) = scores(&c, &found);
    println!(
        "{n} articles, {bytes} bytes: find_passages {reuse_time:?} ({} passages), analyze {analyze_time:?} ({} quotes); planted recall {recall:.3}, precision {precision:.3}",
        found.len(),
        analysis.quotes.len()
    );
    assert!(
        recall >= 0.9 && precision >= 0.85,
        "recall {recall:.3}, precision {precision:.3}"
    );
}

/// Generate, then only find passages: the reuse engine's own time and peak memory.
fn run_reuse_only(n: usize) {
    let c = generated(n, 42);
    let texts: Vec<&str> = c.documents.iter().map(|d| d.text.as_str()).collect();
    let started = Instant::now();
    let found = find_passages(&texts);
    let elapsed = started.elapsed();
    let (recall, precision, _) = scores(&c, &found);
    println!(
        "{n} articles: find_passages {elapsed:?} ({} passages), recall {recall:.3}, precision {precision:.3}",
        found.len()
    );
    assert!(
        recall >= 0.9 && precision >= 0.85,
        "recall {recall:.3}, precision {precision:.3}"
    );
}

#[test]
#[ignore = "scale measurement: run with --release"]
fn reuse_only_1000() {
    run_reuse_only(1000);
}

#[test]
#[ignore = "scale measurement: run with --release"]
fn reuse_only_10000() {
    run_reuse_only(10_000);
}

#[test]
#[ignore = "scale measurement: run with --release"]
fn scale_1000() {
    run_scale(1000);
}

#[test]
#[ignore = "scale measurement: run with --release"]
fn scale_10000() {
    run_scale(10_000);
}
