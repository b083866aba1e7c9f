//! Robustness of quote attribution: never panics on arbitrary Unicode, spans
//! inside the text on char boundaries, deterministic output, and linear time
//! on an article made of thousands of quote marks.

mod support;
use proptest::prelude::*;
use std::time::{Duration, Instant};
use wirelens::quotes::{attribute, QuoteAnalysis};

fn check_invariants(ids: &[&str], texts: &[&str], analysis: &QuoteAnalysis) {
    for (i, q) in analysis.quotes.iter().enumerate() {
        assert_eq!(q.id, i);
        let doc = ids.iter().position(|id| *id == q.doc).expect("known id");
        let text = texts[doc];
        assert!(q.start < q.end && q.end <= text.len());
        assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        assert_eq!(&text[q.start..q.end], q.text);
        if let Some(m) = q.mention {
            assert!(m.start < m.end && m.end <= text.len());
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        }
        if let Some(c) = q.cue_span {
            assert!(
                text.is_char_boundary(c.start)
                    && text.is_char_boundary(c.end)
                    && c.end <= text.len()
            );
        }
        assert!(analysis.utterances[q.utterance].quotes.contains(&i));
        if let Some(name) = &q.speaker {
            let speaker = analysis
                .speakers
                .iter()
                .find(|s| &s.name == name)
                .expect("speaker listed");
            assert!(speaker.quotes.contains(&i));
        }
    }
    let order = |q: &wirelens::Quote| (ids.iter().position(|id| *id == q.doc), q.start);
    for pair in analysis.quotes.windows(2) {
        assert!(order(&pair[0]) < order(&pair[1]));
    }
    let in_utterances: usize = analysis.utterances.iter().map(|u| u.quotes.len()).sum();
    assert_eq!(
        in_utterances,
        analysis.quotes.len(),
        "every quote in exactly one utterance"
    );
}

fn analyse(texts: &[String]) -> QuoteAnalysis {
    let ids: Vec<String> = (0..texts.len()).map(|i| format!("{i:03}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let analysis = attribute(&ids, &texts);
    check_invariants(&ids, &texts, &analysis);
    analysis
}

/// Text made of words, names, cue verbs, pronouns, punctuation and every
/// kind of quote mark, so that the attribution paths are exercised.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just(" said ".to_string()),
        Just(" he ".to_string()),
        Just(" the group ".to_string()),
        Just(" Anna Berg ".to_string()),
        Just(" Berg ".to_string()),
        Just(" the NRF ".to_string()),
        Just(" according to ".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("--".to_string()),
        Just("'s ".to_string()),
        "[a-zA-Z]{1,8}".prop_map(|w| format!(" {w}")),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn never_panics_on_arbitrary_unicode(texts in proptest::collection::vec(any::<String>(), 0..4)) {
        analyse(&texts);
    }

    #[test]
    fn newsy_text_keeps_invariants_and_is_deterministic(texts in proptest::collection::vec(newsy_text(), 1..4)) {
        let first = analyse(&texts);
        let second = analyse(&texts);
        prop_assert_eq!(first, second);
    }
}

#[test]
fn ten_thousand_quote_marks_in_linear_time() {
    // Two marks per quote: 10,000 marks in the large article.
    let article = |n: usize| -> String {
        (0..n)
            .map(|i| format!("\"We won game {i} today,\" said Anna Berg. "))
            .collect()
    };
    let (small, large) = (article(500), article(5_000));
    let time = |text: &str| {
        let start = Instant::now();
        let analysis = attribute(&["000"], &[text]);
        (start.elapsed(), analysis.quotes.len())
    };
    let (small_time, small_quotes) = time(&small);
    let (large_time, large_quotes) = time(&large);
    assert_eq!((small_quotes, large_quotes), (500, 5_000));
    println!("1,000 marks: {small_time:?}; 10,000 marks: {large_time:?}");
    // Ten times the input may take ~10x; quadratic behaviour would be ~100x.
    assert!(
        large_time < small_time * 40 + Duration::from_millis(200),
        "not linear: {small_time:?} for 1,000 marks, {large_time:?} for 10,000"
    );
}

#[test]
fn unbalanced_marks_degrade_gracefully() {
    let text = "The mayor said: \"We will win.\n\nAnother paragraph \u{201c} with a stray mark.\n\n\"We are ready,\" said Anna Berg.";
    let analysis = analyse(&[text.to_string()]);
    let quote = analysis
        .quotes
        .iter()
        .find(|q| q.text == "We are ready,")
        .expect("later quote still found");
    assert_eq!(quote.speaker.as_deref(), Some("Anna Berg"));
    assert!(analysis
        .quotes
        .iter()
        .all(|q| !q.text.contains("Another paragraph")));
}

#[test]
fn one_long_quote_and_empty_input() {
    assert_eq!(analyse(&[String::new()]).quotes.len(), 0);
    assert_eq!(analyse(&["   \n\n \u{a0}".to_string()]).quotes.len(), 0);
    let long = format!(
        "\u{201c}{}\u{201d} she said.",
        "word ".repeat(50_000).trim_end()
    );
    let analysis = analyse(&[long]);
    assert_eq!(analysis.quotes.len(), 1);
}

/// 1,000 generated articles (~4 MB): run with
/// `cargo test --release -p wirelens --test quotes_robustness -- --ignored --nocapture`.
#[test]
#[ignore = "timing at scale; run in release"]
fn thousand_articles_at_scale() {
    let seeds = support::SEED_TEXTS;
    let corpus = wirelens::synth::corpus(&seeds, 1_000, 7);
    let ids: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
    let texts: Vec<&str> = corpus.documents.iter().map(|d| d.text.as_str()).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let start = Instant::now();
    let analysis = attribute(&ids, &texts);
    let elapsed = start.elapsed();
    println!(
        "1,000 articles ({bytes} bytes): {elapsed:?}, {} quotes, {} speakers, {} utterances",
        analysis.quotes.len(),
        analysis.speakers.len(),
        analysis.utterances.len()
    );
    check_invariants(&ids, &texts, &analysis);
    assert!(
        elapsed < Duration::from_secs(2),
        "quotes on 1,000 articles took {elapsed:?}"
    );
}

#[test]
fn long_chains_of_appositions_do_not_recurse() {
    let chain =
        "Anna Berg, head of Carl Dahl, head of Eva Lund, head of Nils Holm, ".repeat(20_000);
    let text = format!("{chain}said: \"We are ready.\"");
    let analysis = analyse(&[text]);
    assert_eq!(analysis.quotes.len(), 1);
}

#[test]
fn windows_line_endings_give_the_same_quotes() {
    let seeds = support::SEED_TEXTS;
    let unix: Vec<String> = seeds.iter().map(|s| s.to_string()).collect();
    let windows: Vec<String> = seeds.iter().map(|s| s.replace('\n', "\r\n")).collect();
    let summary = |a: &QuoteAnalysis| -> Vec<(String, Option<String>, usize)> {
        a.quotes
            .iter()
            .map(|q| (q.text.clone(), q.speaker.clone(), q.utterance))
            .collect()
    };
    assert_eq!(summary(&analyse(&unix)), summary(&analyse(&windows)));
}
