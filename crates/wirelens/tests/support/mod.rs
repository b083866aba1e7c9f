//! Shared helpers of the engine's integration tests: the seeds, and a check of
//! every invariant an `Analysis` must keep whatever the input.

#![allow(dead_code)]

use std::collections::BTreeSet;

use wirelens::{Analysis, Document};

/// The ids of the five seed articles (their file stems), in order.
pub const SEED_IDS: [&str; 5] = [
    "000_3f04ed3890fa3ca4",
    "001_3a15821f95648dd1",
    "002_fad698e21613d5de",
    "003_81a701cb0d8ed4aa",
    "004_22fdcdff3e63ad71",
];

/// The texts of the five seed articles, embedded as the widget embeds them.
pub const SEED_TEXTS: [&str; 5] = [
    include_str!("../../../../seeds/000_3f04ed3890fa3ca4.txt"),
    include_str!("../../../../seeds/001_3a15821f95648dd1.txt"),
    include_str!("../../../../seeds/002_fad698e21613d5de.txt"),
    include_str!("../../../../seeds/003_81a701cb0d8ed4aa.txt"),
    include_str!("../../../../seeds/004_22fdcdff3e63ad71.txt"),
];

/// The five seed articles as engine documents.
pub fn seeds() -> Vec<Document> {
    SEED_IDS
        .iter()
        .zip(SEED_TEXTS)
        .map(|(id, text)| Document::new(*id, text))
        .collect()
}

/// Panic with a precise message if `analysis` breaks an invariant of the contract.
pub fn assert_invariants(docs: &[Document], analysis: &Analysis) {
    let text_of = |id: &str| -> &str {
        &docs
            .iter()
            .find(|d| d.id == id)
            .unwrap_or_else(|| panic!("unknown doc id {id}"))
            .text
    };
    let span_ok = |id: &str, start: usize, end: usize| {
        let text = text_of(id);
        assert!(
            start <= end && end <= text.len(),
            "span {start}..{end} outside {id} ({} bytes)",
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "span {start}..{end} of {id} not on char boundaries"
        );
    };
    assert_eq!(analysis.documents.len(), docs.len());
    for (summary, doc) in analysis.documents.iter().zip(docs) {
        assert_eq!(summary.id, doc.id);
        assert_eq!(summary.bytes, doc.text.len());
        assert!(
            (0.0..=1.0).contains(&summary.original_share),
            "original_share {} of {}",
            summary.original_share,
            doc.id
        );
    }
    let order = |id: &str| docs.iter().position(|d| d.id == id).unwrap();
    for p in &analysis.passages {
        span_ok(&p.a.doc, p.a.start, p.a.end);
        span_ok(&p.b.doc, p.b.start, p.b.end);
        assert!(
            p.a.start < p.a.end && p.b.start < p.b.end,
            "empty passage {p:?}"
        );
        assert!((0.0..=1.0).contains(&p.similarity), "similarity {p:?}");
        if p.a.doc == p.b.doc {
            assert!(
                p.a.start < p.b.start,
                "within-doc passage: a must be earlier {p:?}"
            );
        } else {
            assert!(
                order(&p.a.doc) < order(&p.b.doc),
                "passage sides out of order {p:?}"
            );
        }
    }
    for (i, q) in analysis.quotes.iter().enumerate() {
        assert_eq!(q.id, i, "quote ids are their index");
        span_ok(&q.doc, q.start, q.end);
        assert_eq!(
            &text_of(&q.doc)[q.start..q.end],
            q.text,
            "quote text = slice"
        );
        if let Some(m) = q.mention {
            span_ok(&q.doc, m.start, m.end);
        }
        assert!(
            analysis
                .utterances
                .iter()
                .any(|u| u.id == q.utterance && u.quotes.contains(&i)),
            "quote {i} not in its utterance {}",
            q.utterance
        );
        if let Some(name) = &q.speaker {
            let speaker = analysis
                .speakers
                .iter()
                .find(|s| &s.name == name)
                .unwrap_or_else(|| panic!("quote {i} speaker {name} not listed"));
            assert!(speaker.quotes.contains(&i));
        }
    }
    let mut seen = BTreeSet::new();
    for u in &analysis.utterances {
        for &q in &u.quotes {
            assert!(q < analysis.quotes.len());
            assert!(seen.insert(q), "quote {q} in two utterances");
        }
        assert_eq!(
            u.conflict,
            u.conflict_kind.is_some(),
            "utterance {}: a conflict has a kind, and only a conflict",
            u.id
        );
    }
    assert_eq!(
        seen.len(),
        analysis.quotes.len(),
        "every quote in one utterance"
    );
    // Provenance: credits inside their article and their scope; carried
    // words are real spans, each with at least one article without credit.
    for (doc, summary) in docs.iter().zip(&analysis.documents) {
        assert_eq!(summary.credits, wirelens::provenance::credits(&doc.text));
        for credit in &summary.credits {
            span_ok(&doc.id, credit.start, credit.end);
            span_ok(&doc.id, credit.scope_start, credit.scope_end);
            assert!(credit.scope_start <= credit.start && credit.end <= credit.scope_end);
        }
    }
    for carried in &analysis.carried {
        assert!(!carried.credited.is_empty() && !carried.uncredited.is_empty());
        for s in carried.credited.iter().chain(&carried.uncredited) {
            span_ok(&s.doc, s.start, s.end);
        }
    }
}
