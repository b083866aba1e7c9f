//! The plain-language summary a teacher can read out, e.g. "4 of 5 articles
//! share most of their text with 002.", built from the model's figures.

use crate::model::Model;
use wirelens::PassageKind;

/// Share of an article's text above which it shares "most of" its text.
const MOST: f64 = 0.5;
/// Share above which it shares "a large part of" its text.
const LARGE_PART: f64 = 0.2;

/// Share of an article found elsewhere above which it counts as reusing text.
const REUSES: f64 = 0.05;

/// Up to four sentences summing up the corpus: how widely reporting is
/// copied, which article others take most from, what is shared without being
/// copying (the same quote, boilerplate), then quotes. Only copied reporting
/// counts as reuse, as in the engine's `original_share`.
pub fn summary_sentences(model: &Model) -> Vec<String> {
    let mut sentences: Vec<String> = spread_sentence(model).into_iter().collect();
    sentences.push(reuse_sentence(model));
    if let Some(apart) = apart_sentence(model) {
        sentences.push(apart);
    }
    if let Some(quotes) = quote_sentence(model) {
        sentences.push(quotes);
    }
    sentences
}

/// "All 5 articles reuse text found in another one: 19–38% of each." when
/// every article has a real share of its text elsewhere.
fn spread_sentence(model: &Model) -> Option<String> {
    let n = model.docs.len();
    let shared: Vec<f64> = model
        .analysis
        .documents
        .iter()
        .map(|d| 1.0 - d.original_share)
        .collect();
    if n < 2 || shared.len() != n || shared.iter().any(|&s| s < REUSES) {
        return None;
    }
    let percent = |x: f64| (x * 100.0).round() as u32;
    let low = percent(shared.iter().copied().fold(1.0, f64::min));
    let high = percent(shared.iter().copied().fold(0.0, f64::max));
    let range = if low == high {
        format!("{low}%")
    } else {
        format!("{low}–{high}%")
    };
    Some(format!(
        "All {n} articles reuse text found in another one: {range} of each."
    ))
}

fn reuse_sentence(model: &Model) -> String {
    let n = model.docs.len();
    match n {
        0 => return "There are no articles yet: paste one or reset to the example corpus.".into(),
        1 => return "There is one article; add another to see what they share.".into(),
        _ => {}
    }
    // The hub: the article that the most others take a large share of their text from.
    let count_with = |hub: usize, threshold: f64| {
        (0..n)
            .filter(|&i| i != hub && model.pair_share[i][hub] >= threshold)
            .count()
    };
    for (threshold, phrase) in [(MOST, "most of"), (LARGE_PART, "a large part of")] {
        let best = (0..n)
            .map(|hub| (count_with(hub, threshold), hub))
            .max_by_key(|&(count, hub)| (count, std::cmp::Reverse(hub)));
        if let Some((count, hub)) = best.filter(|&(count, _)| count > 0) {
            let (verb, pronoun) = if count == 1 {
                ("shares", "its")
            } else {
                ("share", "their")
            };
            return format!(
                "{count} of {n} articles {verb} {phrase} {pronoun} text with {}.",
                model.short_ids[hub]
            );
        }
    }
    match model.cross_passage_count(PassageKind::Copy) {
        0 => format!("None of the {n} articles copies a passage from another."),
        1 => format!(
            "The {n} articles share 1 copied passage, but none takes much of its text from another."
        ),
        p => format!(
            "The {n} articles share {p} copied passages, but none takes much of its text from another."
        ),
    }
}

/// "12 other shared passages are the same quote reported by two articles, and
/// 2 are outlet boilerplate: neither is copying." when there are such passages.
fn apart_sentence(model: &Model) -> Option<String> {
    let quotes = model.cross_passage_count(PassageKind::Quote);
    let boilerplate = model.cross_passage_count(PassageKind::Boilerplate);
    let quote_part = match quotes {
        0 => None,
        1 => Some("1 shared passage is the same quote reported by two articles".to_string()),
        q => Some(format!(
            "{q} shared passages are the same quote reported by two articles"
        )),
    };
    let boilerplate_part = match (boilerplate, quote_part.is_some()) {
        (0, _) => None,
        (1, true) => Some("1 is outlet boilerplate".to_string()),
        (b, true) => Some(format!("{b} are outlet boilerplate")),
        (1, false) => Some("1 shared passage is outlet boilerplate".to_string()),
        (b, false) => Some(format!("{b} shared passages are outlet boilerplate")),
    };
    let sentence = match (quote_part, boilerplate_part) {
        (None, None) => return None,
        (Some(q), None) => format!("{q}, which is not copying."),
        (None, Some(b)) => format!("{b}, which is not copying."),
        (Some(q), Some(b)) => format!("{q}, and {b}: neither is copying."),
    };
    // Every sentence above starts with a digit or an ASCII letter.
    let mut sentence = sentence;
    if let Some(first) = sentence.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    Some(sentence)
}

fn quote_sentence(model: &Model) -> Option<String> {
    let quotes = model.analysis.quotes.len();
    if quotes == 0 {
        return None;
    }
    let speakers = model.analysis.speakers.len();
    let conflicts = model.conflict_count();
    let real = model.real_conflict_count();
    let mut sentence = format!(
        "They quote {} {}.",
        plural(speakers, "speaker", "speakers"),
        match quotes {
            1 => "once".to_string(),
            q => format!("{q} times"),
        }
    );
    if conflicts > 0 {
        sentence.pop();
        sentence.push_str(&format!(
            "; {} {} put in different mouths or channels by different articles ({} between different people).",
            plural(conflicts, "statement", "statements"),
            if conflicts == 1 { "is" } else { "are" },
            if real == 0 { "none".to_string() } else { real.to_string() }
        ));
    }
    Some(sentence)
}

/// "1 passage", "3 passages".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wirelens::{Analysis, DocSpan, Document, Passage, Quote, Speaker, Utterance};

    fn span(doc: &str, start: usize, end: usize) -> DocSpan {
        DocSpan {
            doc: doc.into(),
            start,
            end,
        }
    }

    fn corpus() -> Vec<Document> {
        (0..5)
            .map(|i| Document::new(format!("00{i}_x"), "w ".repeat(50)))
            .collect()
    }

    #[test]
    fn names_the_hub_most_articles_share_with() {
        let passages = [0, 1, 3]
            .iter()
            .map(|i| Passage {
                a: span("002_x", 0, 80),
                b: span(&format!("00{i}_x"), 0, 80),
                similarity: 0.9,
                kind: wirelens::PassageKind::Copy,
            })
            .collect();
        let analysis = Analysis {
            passages,
            ..Analysis::default()
        };
        let model = Model::from_analysis(corpus(), analysis);
        assert_eq!(
            summary_sentences(&model),
            ["3 of 5 articles share most of their text with 002."]
        );
    }

    #[test]
    fn same_quotes_and_boilerplate_are_said_apart_and_not_counted_as_copying() {
        let passage = |b: usize, kind| Passage {
            a: span("002_x", 0, 80),
            b: span(&format!("00{b}_x"), 0, 80),
            similarity: 0.9,
            kind,
        };
        let analysis = Analysis {
            passages: vec![
                passage(0, wirelens::PassageKind::Quote),
                passage(1, wirelens::PassageKind::Quote),
                passage(3, wirelens::PassageKind::Boilerplate),
            ],
            ..Analysis::default()
        };
        let model = Model::from_analysis(corpus(), analysis);
        assert_eq!(
            summary_sentences(&model),
            [
                "None of the 5 articles copies a passage from another.",
                "2 shared passages are the same quote reported by two articles, \
                 and 1 is outlet boilerplate: neither is copying."
            ]
        );
    }

    #[test]
    fn says_how_widely_text_is_reused_when_every_article_reuses() {
        let documents = [0.62, 0.81, 0.7]
            .iter()
            .enumerate()
            .map(|(i, original_share)| wirelens::DocumentSummary {
                id: format!("00{i}_x"),
                title: String::new(),
                bytes: 100,
                original_share: *original_share,
                credits: Vec::new(),
            })
            .collect();
        let docs: Vec<Document> = corpus().into_iter().take(3).collect();
        let analysis = Analysis {
            documents,
            ..Analysis::default()
        };
        let model = Model::from_analysis(docs.clone(), analysis.clone());
        assert_eq!(
            summary_sentences(&model)[0],
            "All 3 articles reuse text found in another one: 19–38% of each."
        );
        let mut one_original = analysis;
        one_original.documents[1].original_share = 0.99;
        let model = Model::from_analysis(docs, one_original);
        assert!(!summary_sentences(&model)[0].starts_with("All"));
    }

    #[test]
    fn says_so_when_nothing_is_shared_or_nothing_is_there() {
        let model = Model::from_analysis(corpus(), Analysis::default());
        assert_eq!(
            summary_sentences(&model),
            ["None of the 5 articles copies a passage from another."]
        );
        let empty = Model::from_analysis(Vec::new(), Analysis::default());
        assert!(summary_sentences(&empty)[0].contains("no articles"));
    }

    #[test]
    fn counts_quotes_speakers_and_conflicts() {
        let quote = |id: usize| Quote {
            id,
            doc: "000_x".into(),
            start: 0,
            end: 4,
            text: "w w".into(),
            speaker: Some("A".into()),
            mention: None,
            cue: None,
            channel: None,
            utterance: 0,
            cue_span: None,
        };
        let analysis = Analysis {
            quotes: vec![quote(0), quote(1)],
            speakers: vec![Speaker {
                name: "A".into(),
                aliases: vec![],
                role: None,
                quotes: vec![0, 1],
                kind: wirelens::SpeakerKind::Person,
            }],
            utterances: vec![Utterance {
                id: 0,
                quotes: vec![0, 1],
                speakers: vec!["A".into()],
                conflict: true,
                conflict_kind: Some(wirelens::ConflictKind::Speaker),
            }],
            ..Analysis::default()
        };
        let model = Model::from_analysis(corpus(), analysis);
        assert_eq!(
            summary_sentences(&model)[1],
            "They quote 1 speaker 2 times; 1 statement is put in different mouths or channels by different articles (1 between different people)."
        );
    }
}
