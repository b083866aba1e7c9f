//! Harder reuse cases than the seeds (edited copies, reordered paragraphs, a
//! quote put in another mouth, a passage shared by three articles, no reuse,
//! boilerplate, typography), recall on a generated corpus, and property tests
//! (spans on char boundaries inside the text, determinism, symmetry, no panic
//! on arbitrary Unicode, word diffs that account for every word).

mod support;

use proptest::prelude::*;
use std::ops::Range;
use wirelens::reuse::{
    find_passages, original_shares, shared_bytes, word_diff, DiffKind, FoundPassage,
};
use wirelens::{synth, text};

/// Byte range of `phrase` in `text` (the first occurrence).
fn at(text: &str, phrase: &str) -> Range<usize> {
    let start = text
        .find(phrase)
        .unwrap_or_else(|| panic!("{phrase:?} not in text"));
    start..start + phrase.len()
}

fn covers(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// Passages between docs `x` and `y` (in that order: `x` on side a).
fn between(found: &[FoundPassage], x: usize, y: usize) -> Vec<&FoundPassage> {
    found
        .iter()
        .filter(|p| p.a_doc == x && p.b_doc == y)
        .collect()
}

const FILLER_A: &str = "Officials in the northern district counted the damage after the storm passed overnight, and farmers began clearing fallen trees from the roads.";
const FILLER_B: &str = "Shopkeepers on the main street reopened by noon, though several said their deliveries would not arrive until the bridge was repaired.";
const FILLER_C: &str = "Schools will stay closed until Thursday while engineers inspect the buildings, the education office announced on its website.";

const PARA_1: &str = "The regional governor said emergency crews had restored power to most homes in the valley by Tuesday evening, but thousands of families were still without clean water.";
const PARA_2: &str = "Aid groups warned that the flooded fields would cut this year's harvest by at least a third, pushing food prices higher before the winter months.";
const PARA_3: &str = "A spokesman for the national weather service said another band of heavy rain was expected to reach the coast early on Friday morning.";

#[test]
fn edited_copy_is_one_passage_with_its_edits_inside() {
    let a = format!("{FILLER_A}\n\nThe opposition spokesman, Karim Rashidi, and a senior commander were among those killed on Sunday as fighting escalated in the holdout region, the group said in a statement.\n\n{FILLER_B}");
    let b = format!("{FILLER_C}\n\nThe opposition spokesman, Karim Rashidy, and a senior field commander, a veteran of earlier wars, were among those killed on Sunday as fighting intensified in the holdout region, the group said.\n\n{FILLER_A}");
    let found = find_passages(&[&a, &b]);
    let edited: Vec<_> = between(&found, 0, 1)
        .into_iter()
        .filter(|p| covers(&p.a, &at(&a, "spokesman, Karim Rashidi, and a senior")))
        .collect();
    assert_eq!(
        edited.len(),
        1,
        "one passage for the edited copy: {found:?}"
    );
    let p = edited[0];
    assert!(covers(
        &p.a,
        &at(
            &a,
            "among those killed on Sunday as fighting escalated in the holdout region"
        )
    ));
    assert!(
        covers(&p.b, &at(&b, "a veteran of earlier wars")),
        "inserted clause bridged"
    );
    assert!(covers(&p.b, &at(&b, "Rashidy")));
    assert!(p.similarity > 0.6 && p.similarity < 1.0, "{}", p.similarity);
    // The shared filler paragraph is found too, with its own spans.
    assert!(between(&found, 0, 1)
        .iter()
        .any(|p| covers(&p.a, &at(&a, "counted the damage"))
            && covers(&p.b, &at(&b, "counted the damage"))));
}

#[test]
fn reordered_paragraphs_are_each_found_in_their_new_place() {
    let a = format!("{PARA_1}\n\n{FILLER_A}\n\n{PARA_2}\n\n{PARA_3}");
    let b = format!("{PARA_3}\n\n{FILLER_B}\n\n{PARA_1}\n\n{FILLER_C}\n\n{PARA_2}");
    let found = find_passages(&[&a, &b]);
    for para in [PARA_1, PARA_2, PARA_3] {
        let key = &para[4..60];
        assert!(
            between(&found, 0, 1)
                .iter()
                .any(|p| covers(&p.a, &at(&a, key)) && covers(&p.b, &at(&b, key))),
            "paragraph {key:?} not paired: {found:?}"
        );
    }
    for p in &found {
        assert!(p.similarity > 0.99, "verbatim paragraphs: {p:?}");
    }
}

#[test]
fn a_quote_reused_with_another_attribution_is_found_but_not_the_attribution() {
    let quote = "We will not allow anyone to divide this country, and those who take up arms against the state will be brought to justice";
    let a = format!("{FILLER_A}\n\n\u{201c}{quote},\u{201d} the interior minister, Hamid Qasemi, said on Monday.");
    let b = format!("\"{quote},\" the ruling party wrote on its Twitter account, hours after the attack.\n\n{FILLER_C}");
    let found = find_passages(&[&a, &b]);
    let p = between(&found, 0, 1);
    assert_eq!(p.len(), 1, "{found:?}");
    assert!(covers(&p[0].a, &at(&a, quote)) && covers(&p[0].b, &at(&b, quote)));
    assert!(!covers(&p[0].a, &at(&a, "Hamid Qasemi")));
    assert!(!covers(&p[0].b, &at(&b, "ruling party")));
    // Spans snap to words: no quote mark or trailing comma inside.
    let (span_a, span_b) = (&a[p[0].a.clone()], &b[p[0].b.clone()]);
    assert!(
        span_a.starts_with("We") && span_a.ends_with("justice"),
        "{span_a:?}"
    );
    assert!(
        span_b.starts_with("We") && span_b.ends_with("justice"),
        "{span_b:?}"
    );
}

#[test]
fn a_passage_in_three_articles_gives_three_pairwise_passages() {
    let a = format!("{FILLER_A}\n\n{PARA_2}");
    let b = format!("{PARA_2}\n\n{FILLER_B}");
    let c = format!("{FILLER_C}\n\n{PARA_2}\n\nThe end.");
    let found = find_passages(&[&a, &b, &c]);
    let key = "pushing food prices higher";
    for (x, y, tx, ty) in [(0, 1, &a, &b), (0, 2, &a, &c), (1, 2, &b, &c)] {
        let pair = between(&found, x, y);
        assert_eq!(pair.len(), 1, "pair {x}-{y}: {found:?}");
        assert!(covers(&pair[0].a, &at(tx, key)) && covers(&pair[0].b, &at(ty, key)));
    }
    assert_eq!(found.len(), 3);
}

#[test]
fn same_topic_in_different_words_is_not_reuse() {
    let a = "Heavy rain flooded the valley on Tuesday, cutting power to thousands of homes, and the governor said crews were working through the night to reconnect them.";
    let b = "Thousands of households in the valley lost electricity after Tuesday's floods; repair teams worked overnight, according to the regional governor's office.";
    let c = "The storm that hit the valley this week left many families in the dark, and officials promised that the power would be back within days.";
    assert!(find_passages(&[a, b, c]).is_empty());
    assert_eq!(original_shares(&[a, b, c], &[]), vec![1.0, 1.0, 1.0]);
}

#[test]
fn a_sentence_repeated_inside_one_article() {
    let sentence = "Three weeks after the floods, the government promised to rebuild every bridge in the province before the spring.";
    let a = format!("{sentence}\n{FILLER_A}\n{FILLER_B}\n{sentence}\n{FILLER_C}");
    let found = find_passages(&[&a]);
    assert_eq!(found.len(), 1, "{found:?}");
    let p = &found[0];
    assert_eq!((p.a_doc, p.b_doc), (0, 0));
    assert!(p.a.end <= p.b.start, "a is the earlier occurrence");
    assert_eq!(&a[p.a.clone()], &sentence[..sentence.len() - 1]);
    assert_eq!(&a[p.b.clone()], &sentence[..sentence.len() - 1]);
    // A repeat inside one article is not "found elsewhere".
    assert_eq!(original_shares(&[&a], &found), vec![1.0]);
    let matrix = shared_bytes(1, &found);
    assert_eq!(matrix[0][0], 2 * (sentence.len() - 1));
}

#[test]
fn quote_style_dashes_spaces_and_line_breaks_do_not_matter() {
    let a = "The commander\u{2019}s \u{201c}final offer\u{201d} \u{2014} a truce until the harvest \u{2014} was rejected by the council late on Monday night.";
    let b = "The commander's \"final  offer\" -- a truce\nuntil the\u{a0}harvest--was REJECTED by the council late on Monday night.";
    let found = find_passages(&[a, b]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].similarity, 1.0);
    assert_eq!(&a[found[0].a.clone()], &a[..a.len() - 1]);
    assert_eq!(&b[found[0].b.clone()], &b[..b.len() - 1]);
}

#[test]
fn identical_articles_share_everything() {
    let a = format!("{PARA_1}\n\n{PARA_2}\n\n{PARA_3}");
    let found = find_passages(&[&a, &a]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].a, 0..a.len() - 1);
    assert_eq!(found[0].b, 0..a.len() - 1);
    assert_eq!(original_shares(&[&a, &a], &found), vec![0.0, 0.0]);
}

#[test]
fn boilerplate_in_many_articles_is_not_reuse() {
    // The same sign-off in 80 otherwise unrelated articles: a stock phrase, not copy.
    let sign_off = "Reporting by the regional desk; editing by the night news team in the capital.";
    let texts: Vec<String> = (0..80)
        .map(|i| {
            format!(
                "Article number {i} about topic {} and nothing else. {sign_off}",
                i * 7919 % 1000
            )
        })
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    assert!(find_passages(&refs).is_empty());
}

#[test]
fn short_common_phrases_are_not_passages() {
    let a = "Officials said the last pocket of resistance in the north fell after heavy shelling on Sunday.";
    let b = "Analysts doubt that the last pocket of resistance can hold for long without supplies.";
    assert!(find_passages(&[a, b]).is_empty());
}

#[test]
fn word_diff_marks_changes_insertions_and_deletions() {
    let a = "spokesman Fahim Dashti, the front's spokesperson, was killed on Sunday";
    let b = "spokesman Fahim Dashty -- a journalist -- the front's spokesperson was killed Sunday";
    let ops = word_diff(a, b);
    let kind_of_a = |w: &str| {
        ops.iter()
            .find(|op| op.a.as_ref().is_some_and(|r| &a[r.clone()] == w))
            .map(|op| op.kind)
    };
    let kind_of_b = |w: &str| {
        ops.iter()
            .find(|op| op.b.as_ref().is_some_and(|r| &b[r.clone()] == w))
            .map(|op| op.kind)
    };
    assert_eq!(kind_of_a("Dashti"), Some(DiffKind::Changed));
    let changed = ops.iter().find(|op| op.kind == DiffKind::Changed).unwrap();
    assert_eq!(&b[changed.b.clone().unwrap()], "Dashty");
    assert_eq!(kind_of_b("journalist"), Some(DiffKind::Inserted));
    assert_eq!(kind_of_a("on"), Some(DiffKind::Deleted));
    assert_eq!(kind_of_a("killed"), Some(DiffKind::Same));
    assert_eq!(kind_of_a("front's"), Some(DiffKind::Same));
}

#[test]
fn planted_reuse_in_a_generated_corpus_is_found() {
    let corpus = synth::corpus(&support::SEED_TEXTS, 120, 2026);
    let texts: Vec<&str> = corpus.documents.iter().map(|d| d.text.as_str()).collect();
    let found = find_passages(&texts);
    assert!(
        corpus.planted.len() >= 30,
        "{} planted",
        corpus.planted.len()
    );

    // Recall: a planted pair is found when passages between its two articles
    // cover most of the copy in each.
    let covered_share = |doc: usize, other: usize, range: &Range<usize>, a_side: bool| {
        let mut bytes = vec![false; range.len()];
        for p in between(&found, doc.min(other), doc.max(other)) {
            let r = if a_side { &p.a } else { &p.b };
            for i in r.start.max(range.start)..r.end.min(range.end) {
                bytes[i - range.start] = true;
            }
        }
        bytes.iter().filter(|&&b| b).count() as f64 / range.len() as f64
    };
    let recalled = corpus
        .planted
        .iter()
        .filter(|p| {
            covered_share(p.a_doc, p.b_doc, &p.a, true) >= 0.8
                && covered_share(p.b_doc, p.a_doc, &p.b, false) >= 0.8
        })
        .count();
    let recall = recalled as f64 / corpus.planted.len() as f64;

    // Precision: a passage between two articles is right when it lies in a
    // planted copy pair (repeats inside one article come from the seeds).
    let found: Vec<&FoundPassage> = found.iter().filter(|f| f.a_doc != f.b_doc).collect();
    let correct = found
        .iter()
        .filter(|f| {
            corpus.planted.iter().any(|p| {
                p.a_doc == f.a_doc
                    && p.b_doc == f.b_doc
                    && f.a.start < p.a.end
                    && p.a.start < f.a.end
                    && f.b.start < p.b.end
                    && p.b.start < f.b.end
            })
        })
        .count();
    let precision = correct as f64 / found.len().max(1) as f64;
    println!(
        "synthetic corpus: {} planted, {} found, recall {recall:.3}, precision {precision:.3}",
        corpus.planted.len(),
        found.len()
    );
    assert!(recall >= 0.9, "recall {recall}");
    assert!(precision >= 0.95, "precision {precision}");
}

/// Peak memory and time at scale: run with
/// `WIRELENS_SYNTH_N=1000 /usr/bin/time -v cargo test --release -p wirelens --test reuse_cases -- --ignored --nocapture`.
#[test]
#[ignore]
fn analyze_a_large_generated_corpus() {
    let n: usize = std::env::var("WIRELENS_SYNTH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let corpus = synth::corpus(&support::SEED_TEXTS, n, 42);
    let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    let texts: Vec<&str> = corpus.documents.iter().map(|d| d.text.as_str()).collect();
    // Phases timed separately, their memory released before the whole run.
    let started = std::time::Instant::now();
    let tokens: Vec<Vec<text::Token>> = texts.iter().map(|t| text::tokens(t)).collect();
    let tokenized = started.elapsed();
    let seeds = wirelens::reuse::index::candidate_seeds(&tokens, &Default::default());
    let indexed = started.elapsed() - tokenized;
    let (n_tokens, n_seeds) = (tokens.iter().map(Vec::len).sum::<usize>(), seeds.len());
    drop((tokens, seeds));
    let started = std::time::Instant::now();
    let passages = find_passages(&texts);
    println!(
        "{n} articles, {bytes} bytes, {n_tokens} tokens, {n_seeds} seeds: tokens {tokenized:?}, \
         index+seeds {indexed:?}; find_passages {:?} ({} passages)",
        started.elapsed(),
        passages.len(),
    );
    // WIRELENS_REUSE_ONLY=1 leaves out the rest of the analysis (to measure
    // the reuse engine's own peak memory).
    if std::env::var("WIRELENS_REUSE_ONLY").is_err() {
        let started = std::time::Instant::now();
        let analysis = wirelens::analyze(&corpus.documents);
        println!("analyze {:?}", started.elapsed());
        assert_eq!(analysis.passages.len(), passages.len());
    }
}

// ---------------------------------------------------------------- properties

/// Text mixing a small vocabulary (so that n-grams repeat and passages form)
/// with arbitrary Unicode characters, quote marks, dashes and odd spaces.
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "the", "valley", "fighters", "said", "on", "Monday", "Dashti", "Dashty",
            "Taliban\u{2019}s", "résistance", "re\u{301}sistance", "Panj\u{ad}shir", "北京", "&",
        ])
        .prop_map(str::to_string),
        2 => prop::sample::select(vec![" ", "\u{a0}", "\n", " \u{2014} ", "--", "\u{201c}", "\u{201d}", "'", ", ", ". "])
            .prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..160).prop_map(|pieces| pieces.concat())
}

fn check_invariants(texts: &[&str], found: &[FoundPassage]) {
    for p in found {
        assert!(p.a_doc <= p.b_doc && p.b_doc < texts.len());
        for (doc, r) in [(p.a_doc, &p.a), (p.b_doc, &p.b)] {
            let t = texts[doc];
            assert!(
                r.start < r.end && r.end <= t.len(),
                "{r:?} in {} bytes",
                t.len()
            );
            assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
        }
        if p.a_doc == p.b_doc {
            assert!(p.a.end <= p.b.start, "repeat: a before b, disjoint: {p:?}");
        }
        assert!((0.0..=1.0).contains(&p.similarity));
    }
    let mut sorted = found.to_vec();
    sorted.sort_by_key(|p| (p.a_doc, p.b_doc, p.a.start, p.b.start, p.a.end, p.b.end));
    assert_eq!(sorted, found, "output is sorted");
    for s in original_shares(texts, found) {
        assert!((0.0..=1.0).contains(&s));
    }
}

/// The tokenizer's definition of a word, written the slow, obvious way:
/// runs of alphanumerics and combining marks, joined by single apostrophes
/// or invisible format characters, and a lone `&`.
fn reference_words(text: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut words = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c == '&' {
            words.push(start..start + 1);
            i += 1;
        } else if c.is_alphanumeric() {
            let mut j = i + 1;
            loop {
                if j < chars.len()
                    && (chars[j].1.is_alphanumeric() || text::is_combining_mark(chars[j].1))
                {
                    j += 1;
                } else if j + 1 < chars.len()
                    && (text::is_apostrophe(chars[j].1) || text::is_invisible_format(chars[j].1))
                    && chars[j + 1].1.is_alphanumeric()
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(text.len(), |&(at, _)| at);
            words.push(start..end);
            i = j;
        } else {
            i += 1;
        }
    }
    words
}

/// A sentence of `n` words from a vocabulary of invented words, so that
/// chance matches between generated texts are as rare as in real prose.
fn invented_words(n: std::ops::Range<usize>) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        (0usize..400).prop_map(|i| {
            let syllables = ["ka", "ro", "mi", "tel", "vos", "an", "dru", "pe"];
            format!(
                "{}{}{}",
                syllables[i % 8],
                syllables[i / 8 % 8],
                syllables[i / 64 % 8]
            )
        }),
        n,
    )
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn spans_are_valid_and_output_deterministic(x in messy_text(), y in messy_text(), z in messy_text()) {
        // Documents that certainly share text, and one that may not.
        let xy = format!("{x}{y}");
        let yx = format!("{y} inserted words here {x}");
        let texts = [xy.as_str(), yx.as_str(), z.as_str()];
        let found = find_passages(&texts);
        check_invariants(&texts, &found);
        prop_assert_eq!(&found, &find_passages(&texts));
    }

    #[test]
    fn swapping_two_documents_swaps_their_passages(x in messy_text(), y in messy_text()) {
        let a = format!("{x} and then {y}");
        let b = format!("{y} while {x}");
        let forward = find_passages(&[&a, &b]);
        let backward = find_passages(&[&b, &a]);
        let spans = |found: &[FoundPassage], swap: bool| {
            let mut spans: Vec<(usize, Range<usize>, usize, Range<usize>)> = found
                .iter()
                .map(|p| {
                    let (da, db) = if swap { (1 - p.a_doc, 1 - p.b_doc) } else { (p.a_doc, p.b_doc) };
                    // Cross-document passages are keyed by (doc 0 side, doc 1 side).
                    if da > db {
                        (db, p.b.clone(), da, p.a.clone())
                    } else {
                        (da, p.a.clone(), db, p.b.clone())
                    }
                })
                .collect();
            spans.sort_by_key(|(da, ra, db, rb)| (*da, *db, ra.start, rb.start, ra.end, rb.end));
            spans
        };
        prop_assert_eq!(spans(&forward, false), spans(&backward, true));
        // Shares do not depend on the order either.
        let shares_forward = original_shares(&[&a, &b], &forward);
        let shares_backward = original_shares(&[&b, &a], &backward);
        prop_assert!((shares_forward[0] - shares_backward[1]).abs() < 1e-9);
        prop_assert!((shares_forward[1] - shares_backward[0]).abs() < 1e-9);
    }

    #[test]
    fn a_planted_sentence_is_found_wherever_it_sits(
        planted in invented_words(10..30),
        before_a in invented_words(0..40),
        after_a in invented_words(0..40),
        before_b in invented_words(0..40),
        after_b in invented_words(0..40),
    ) {
        let sentence = planted.join(" ");
        let a = format!("{}. {sentence}. {}", before_a.join(" "), after_a.join(" "));
        let b = format!("{} \u{201c}{sentence}\u{201d} {}", before_b.join(" "), after_b.join(" "));
        let found = find_passages(&[&a, &b]);
        let (in_a, in_b) = (at(&a, &sentence), at(&b, &sentence));
        prop_assert!(
            found.iter().any(|p| p.a_doc == 0 && p.b_doc == 1 && covers(&p.a, &in_a) && covers(&p.b, &in_b)),
            "planted sentence not found: {:?}", found
        );
    }

    #[test]
    fn tokens_agree_with_the_reference_definition(t in messy_text(), u in any::<String>()) {
        for t in [t.as_str(), u.as_str()] {
            let toks = text::tokens(t);
            let ranges: Vec<Range<usize>> = toks.iter().map(|k| k.range()).collect();
            prop_assert_eq!(ranges, reference_words(t));
            for k in &toks {
                prop_assert_eq!(k.key, text::word_key(k.word(t)));
            }
        }
    }

    #[test]
    fn never_panics_on_arbitrary_unicode(texts in prop::collection::vec(any::<String>(), 0..4)) {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let found = find_passages(&refs);
        check_invariants(&refs, &found);
        for t in &refs {
            for tok in text::tokens(t) {
                prop_assert!(t.is_char_boundary(tok.start()) && t.is_char_boundary(tok.end()));
                prop_assert!(tok.start() < tok.end());
            }
        }
    }

    #[test]
    fn word_diff_accounts_for_every_word_in_order(x in messy_text(), y in messy_text()) {
        let ops = word_diff(&x, &y);
        let a_words: Vec<Range<usize>> = text::tokens(&x).iter().map(|t| t.range()).collect();
        let b_words: Vec<Range<usize>> = text::tokens(&y).iter().map(|t| t.range()).collect();
        let a_seen: Vec<Range<usize>> = ops.iter().filter_map(|op| op.a.clone()).collect();
        let b_seen: Vec<Range<usize>> = ops.iter().filter_map(|op| op.b.clone()).collect();
        prop_assert_eq!(a_seen, a_words);
        prop_assert_eq!(b_seen, b_words);
        for op in &ops {
            match op.kind {
                DiffKind::Same | DiffKind::Changed => prop_assert!(op.a.is_some() && op.b.is_some()),
                DiffKind::Deleted => prop_assert!(op.a.is_some() && op.b.is_none()),
                DiffKind::Inserted => prop_assert!(op.a.is_none() && op.b.is_some()),
            }
            if op.kind == DiffKind::Same {
                let (ra, rb) = (op.a.clone().unwrap(), op.b.clone().unwrap());
                prop_assert_eq!(text::word_key(&x[ra]), text::word_key(&y[rb]));
            }
        }
    }

    #[test]
    fn shared_bytes_is_symmetric_in_presence(x in messy_text(), y in messy_text()) {
        let a = format!("{x}{y}");
        let b = format!("{y}{x}");
        let found = find_passages(&[&a, &b]);
        let m = shared_bytes(2, &found);
        prop_assert_eq!(m[0][1] > 0, m[1][0] > 0);
        prop_assert!(m[0][1] <= a.len() && m[1][0] <= b.len());
    }
}
