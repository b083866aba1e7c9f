//! Shared scoring for the hand-annotated quote sets: span precision/recall/F1,
//! speaker and mention accuracy, and utterance pair precision/recall.

use wirelens::quotes::{attribute, QuoteAnalysis};

/// One hand-annotated quote.
pub struct Gold {
    /// Index of the article in the set.
    pub doc: usize,
    /// The quote's text starts with this…
    pub starts: &'static str,
    /// …and ends with this.
    pub ends: &'static str,
    pub speaker: Option<&'static str>,
    /// The mention's text as written.
    pub mention: Option<&'static str>,
    /// Quotes with the same label are one utterance.
    pub group: &'static str,
}

/// One gold quote; `speaker` and `mention` take a `&str` or an `Option`.
pub fn g(
    doc: usize,
    starts: &'static str,
    ends: &'static str,
    speaker: impl Into<Option<&'static str>>,
    mention: impl Into<Option<&'static str>>,
    group: &'static str,
) -> Gold {
    Gold {
        doc,
        starts,
        ends,
        speaker: speaker.into(),
        mention: mention.into(),
        group,
    }
}

#[derive(Debug)]
pub struct Scores {
    pub predicted: usize,
    pub gold: usize,
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub speaker_accuracy: f64,
    pub mention_accuracy: f64,
    pub utterance_precision: f64,
    pub utterance_recall: f64,
}

pub fn run(texts: &[&str]) -> QuoteAnalysis {
    let ids: Vec<String> = (0..texts.len()).map(|i| format!("{i:03}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    attribute(&ids, texts)
}

/// Score `analysis` of `texts` against `gold`, printing every disagreement.
pub fn score(name: &str, texts: &[&str], analysis: &QuoteAnalysis, gold: &[Gold]) -> Scores {
    let mut gold_of_quote: Vec<Option<usize>> = vec![None; analysis.quotes.len()];
    let mut taken = vec![false; gold.len()];
    for (qi, q) in analysis.quotes.iter().enumerate() {
        let doc: usize = q.doc.parse().expect("numeric doc id");
        let hit = gold.iter().enumerate().find(|(g, e)| {
            !taken[*g] && e.doc == doc && q.text.starts_with(e.starts) && q.text.ends_with(e.ends)
        });
        match hit {
            Some((g, _)) => {
                taken[g] = true;
                gold_of_quote[qi] = Some(g);
            }
            None => println!(
                "[{name}] unexpected quote in {doc}: {:?} (speaker {:?}, cue {:?})",
                q.text, q.speaker, q.cue
            ),
        }
    }
    for (g, e) in gold.iter().enumerate() {
        if !taken[g] {
            println!(
                "[{name}] missed quote in {}: {:?} … {:?}",
                e.doc, e.starts, e.ends
            );
        }
    }
    let matched = taken.iter().filter(|t| **t).count();
    let mut speaker_ok = 0;
    let mut mention_ok = 0;
    for (qi, q) in analysis.quotes.iter().enumerate() {
        let Some(g) = gold_of_quote[qi] else { continue };
        let e = &gold[g];
        if q.speaker.as_deref() == e.speaker {
            speaker_ok += 1;
        } else {
            println!(
                "[{name}] speaker of {:?}: got {:?}, want {:?}",
                e.starts, q.speaker, e.speaker
            );
        }
        let doc: usize = q.doc.parse().expect("numeric doc id");
        let mention = q.mention.map(|m| &texts[doc][m.start..m.end]);
        if mention == e.mention {
            mention_ok += 1;
        } else {
            println!(
                "[{name}] mention of {:?}: got {:?}, want {:?}",
                e.starts, mention, e.mention
            );
        }
    }
    // Utterance pairs among matched quotes.
    let pairs: Vec<(usize, usize)> = (0..analysis.quotes.len())
        .filter_map(|q| gold_of_quote[q].map(|g| (q, g)))
        .collect();
    let (mut both, mut predicted_pairs, mut gold_pairs) = (0, 0, 0);
    for (x, &(qa, ga)) in pairs.iter().enumerate() {
        for &(qb, gb) in &pairs[x + 1..] {
            let predicted = analysis.quotes[qa].utterance == analysis.quotes[qb].utterance;
            let expected = gold[ga].group == gold[gb].group;
            predicted_pairs += usize::from(predicted);
            gold_pairs += usize::from(expected);
            both += usize::from(predicted && expected);
            if predicted != expected {
                println!(
                    "[{name}] utterance pair {:?} / {:?}: grouped {predicted}, want {expected}",
                    gold[ga].starts, gold[gb].starts
                );
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let precision = ratio(matched, analysis.quotes.len());
    let recall = ratio(matched, gold.len());
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    let scores = Scores {
        predicted: analysis.quotes.len(),
        gold: gold.len(),
        matched,
        precision,
        recall,
        f1,
        speaker_accuracy: ratio(speaker_ok, matched),
        mention_accuracy: ratio(mention_ok, matched),
        utterance_precision: ratio(both, predicted_pairs),
        utterance_recall: ratio(both, gold_pairs),
    };
    println!("[{name}] {scores:?}");
    scores
}

/// The least a set must score. Every floor is checked and each miss named.
pub struct Floors {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub speaker: f64,
    pub mention: f64,
    pub utterance_precision: f64,
    pub utterance_recall: f64,
}

impl Scores {
    /// Panic naming every score under its floor.
    pub fn assert_at_least(&self, floors: &Floors) {
        assert!(self.matched <= self.predicted.min(self.gold));
        let checks = [
            ("span precision", self.precision, floors.precision),
            ("span recall", self.recall, floors.recall),
            ("span F1", self.f1, floors.f1),
            ("speaker accuracy", self.speaker_accuracy, floors.speaker),
            ("mention accuracy", self.mention_accuracy, floors.mention),
            (
                "utterance precision",
                self.utterance_precision,
                floors.utterance_precision,
            ),
            (
                "utterance recall",
                self.utterance_recall,
                floors.utterance_recall,
            ),
        ];
        let misses: Vec<String> = checks
            .iter()
            .filter(|(_, got, floor)| got < floor)
            .map(|(name, got, floor)| format!("{name} {got:.3} < {floor}"))
            .collect();
        assert!(misses.is_empty(), "{}", misses.join("; "));
    }
}
