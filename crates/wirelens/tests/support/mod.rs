//! Shared helpers of the engine's integration tests: the seeds, and a check of
//! every invariant an `Analysis` must keep whatever the input.

#![allow(dead_code)]

use std::collections::BTreeSet;

use wirelens::{Analysis, Document};

/// The five seed articles, as embedded by the widget.
pub fn seeds() -> Vec<Document> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds folder")
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            Document::new(
                p.file_stem().unwrap().to_string_lossy(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
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
    }
    assert_eq!(
        seen.len(),
        analysis.quotes.len(),
        "every quote in one utterance"
    );
}
