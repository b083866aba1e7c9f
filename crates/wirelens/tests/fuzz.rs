//! Property-based fuzzing of the whole pipeline (import → analyze): arbitrary
//! bytes, arbitrary Unicode, and news-like text stitched from the seeds' words
//! and every kind of quote mark, so deep paths (passages, quotes, speakers,
//! utterances) are exercised. `cargo xtask fuzz` runs many more cases
//! (`PROPTEST_CASES`); the default keeps `cargo test` quick.
//! (cargo-fuzz needs a nightly compiler, which these machines do not have.)

mod support;

use proptest::prelude::*;
use support::{assert_invariants, seeds};
use wirelens::{analyze, import, Document};

/// Pieces of news text: words from the seeds plus marks, cues and line breaks.
fn newsy_piece() -> impl Strategy<Value = String> {
    let words: Vec<String> = seeds()
        .iter()
        .flat_map(|d| {
            d.text
                .split_whitespace()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect();
    prop_oneof![
        6 => proptest::sample::select(words),
        1 => proptest::sample::select(vec![
            "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "\n", "\n\n", "\r\n", " -- ", " — ",
            ", he said.", " said Mujahid.", "according to the NRF,", "she told reporters",
            "\u{a0}", "...", "?", "!", ":",
            "KABUL (AFP) —", ", reported AFP.", "told the Associated Press", "\n— Reuters\n", "(AP)",
            "according to the AP,", "Xinhua news agency reported", "U.S.", "Mr.",
        ])
        .prop_map(String::from),
    ]
}

fn newsy_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(newsy_piece(), 0..400).prop_map(|pieces| pieces.join(" "))
}

fn docs_of(texts: Vec<String>) -> Vec<Document> {
    texts
        .into_iter()
        .enumerate()
        .map(|(i, t)| Document::new(format!("d{i}"), t))
        .collect()
}

proptest! {
    #[test]
    fn arbitrary_unicode_never_breaks_an_invariant(texts in proptest::collection::vec(".{0,300}", 0..4)) {
        let docs = docs_of(texts);
        assert_invariants(&docs, &analyze(&docs));
    }

    #[test]
    fn news_like_text_never_breaks_an_invariant(texts in proptest::collection::vec(newsy_text(), 1..4)) {
        let docs = docs_of(texts);
        let analysis = analyze(&docs);
        assert_invariants(&docs, &analysis);
        prop_assert_eq!(analysis.to_json(), analyze(&docs).to_json(), "deterministic");
    }

    #[test]
    fn arbitrary_bytes_import_then_analyse(bytes in proptest::collection::vec(any::<u8>(), 0..2000), html in any::<bool>()) {
        let name = if html { "x.html" } else { "x.txt" };
        if let Ok(text) = import::decode(name, &bytes) {
            prop_assert!(!text.trim().is_empty());
            let docs = vec![Document::new("x", text)];
            assert_invariants(&docs, &analyze(&docs));
        }
    }

    #[test]
    fn seed_fragments_shared_between_two_articles(start in 0usize..2000, len in 0usize..1500, which in 0usize..5) {
        let seed = &seeds()[which].text;
        let mut s = start.min(seed.len());
        while !seed.is_char_boundary(s) { s -= 1; }
        let mut e = (s + len).min(seed.len());
        while !seed.is_char_boundary(e) { e -= 1; }
        let fragment = &seed[s..e];
        let docs = vec![
            Document::new("a", format!("Intro text here. {fragment}")),
            Document::new("b", format!("{fragment} Outro text there.")),
        ];
        assert_invariants(&docs, &analyze(&docs));
    }
}
