//! Provenance on the seeds: article 001 credits AFP for Mujahid's "quagmire"
//! statement, 002 and 003 carry the same words with no credit, and 000 and
//! 004 carry another translation ("whirlpool") that no article credits; 001
//! also credits the Associated Press for the witnesses' account that 002
//! carries.

mod support;
use wirelens::provenance::{credits, CreditScope};
use wirelens::{analyze, Document};

fn seeds() -> Vec<Document> {
    support::SEED_IDS
        .iter()
        .zip(support::SEED_TEXTS)
        .map(|(id, text)| Document::new(*id, text))
        .collect()
}

#[test]
fn the_seeds_credit_afp_and_the_associated_press_in_001_only() {
    let docs = seeds();
    for (i, doc) in docs.iter().enumerate() {
        let found = credits(&doc.text);
        let names: Vec<&str> = found.iter().map(|c| c.agency.as_str()).collect();
        if i == 1 {
            assert_eq!(names, ["Associated Press", "AFP"], "{}", doc.id);
            assert!(found.iter().all(|c| c.scope == CreditScope::Sentence));
            let afp = &found[1];
            let scope = &doc.text[afp.scope_start..afp.scope_end];
            assert!(scope.contains("quagmire of war"), "{scope}");
            assert!(!scope.contains("Rokha"), "{scope}");
        } else {
            assert!(names.is_empty(), "{}: {names:?}", doc.id);
        }
    }
}

#[test]
fn the_quagmire_statement_is_likely_from_afp_and_whirlpool_from_nobody() {
    let docs = seeds();
    let analysis = analyze(&docs);
    // The contract carries each article's credits, found as `credits` finds them.
    for (summary, doc) in analysis.documents.iter().zip(&docs) {
        assert_eq!(summary.credits, credits(&doc.text), "{}", doc.id);
    }
    let carried = &analysis.carried;
    let afp: Vec<_> = carried.iter().filter(|c| c.agency == "AFP").collect();
    assert_eq!(afp.len(), 1, "{carried:#?}");
    let afp = afp[0];
    let text_of = |s: &wirelens::DocSpan| {
        let d = docs.iter().find(|d| d.id == s.doc).unwrap();
        &d.text[s.start..s.end]
    };
    let credited: Vec<&str> = afp.credited.iter().map(|s| &s.doc[..3]).collect();
    let uncredited: Vec<&str> = afp.uncredited.iter().map(|s| &s.doc[..3]).collect();
    assert_eq!(credited, ["001"]);
    assert_eq!(uncredited, ["002", "003"]);
    for span in afp.credited.iter().chain(&afp.uncredited) {
        assert!(
            text_of(span).contains("quagmire of war"),
            "{}",
            text_of(span)
        );
    }
    // 001 also credits the Associated Press for the witnesses' account,
    // which 002 carries reworded ("charged into" for "overran").
    let ap: Vec<_> = carried
        .iter()
        .filter(|c| c.agency == "Associated Press")
        .collect();
    assert_eq!(ap.len(), 1, "{carried:#?}");
    assert_eq!(ap[0].kind, wirelens::PassageKind::Copy);
    assert_eq!(&ap[0].credited[0].doc[..3], "001");
    assert_eq!(ap[0].uncredited.len(), 1);
    assert_eq!(&ap[0].uncredited[0].doc[..3], "002");
    assert!(text_of(&ap[0].uncredited[0]).contains("eight districts of Panjshir"));
    assert_eq!(carried.len(), 2, "{carried:#?}");
    // Nothing is said about the other translation, in any article.
    for c in carried {
        for span in c.credited.iter().chain(&c.uncredited) {
            assert!(!text_of(span).contains("whirlpool"), "{c:?}");
        }
    }
}
