//! Quote attribution on the five seed articles against a hand annotation of
//! every quote (span, speaker, mention) and every utterance group.

mod quotes_common;
mod support;
use quotes_common::{g, run, score, Floors, Gold};

use support::SEED_TEXTS as SEEDS;

const MUJAHID: Option<&str> = Some("Zabihullah Mujahid");
const NRF: Option<&str> = Some("National Resistance Front");
const TALIBAN: Option<&str> = Some("Taliban");
const MASSOUD: Option<&str> = Some("Ahmad Massoud");
const NAZARY: Option<&str> = Some("Ali Maisam Nazary");

/// Every quote of the seeds. Groups: the same statement, in any wording.
fn gold() -> Vec<Gold> {
    vec![
        // 000
        g(
            0,
            "Panjshir, which was",
            "is captured,",
            MUJAHID,
            "Zabihullah Mujahid",
            "captured",
        ),
        g(
            0,
            "With this victory and latest",
            "liberty and freedom,",
            MUJAHID,
            "he",
            "victory",
        ),
        g(
            0,
            "We tried our best",
            "forces to fight,",
            MUJAHID,
            "Mujahid",
            "tried",
        ),
        // 001
        g(
            1,
            "completely captured",
            "completely captured",
            TALIBAN,
            "Taliban",
            "captured",
        ),
        g(
            1,
            "With this victory, our country",
            "quagmire of war,",
            MUJAHID,
            "Zabihullah Mujahid",
            "victory",
        ),
        g(
            1,
            "We give full confidence",
            "a common goal,",
            MUJAHID,
            "Mujahid",
            "assurance",
        ),
        g(
            1,
            "strategic positions",
            "strategic positions",
            NRF,
            "National Resistance Front",
            "nrf-positions",
        ),
        g(
            1,
            "the struggle against the Taliban",
            "will continue",
            NRF,
            "National Resistance Front",
            "nrf-positions",
        ),
        g(
            1,
            "Taliban’s claim of occupying",
            "freedom prevails,",
            NRF,
            "it",
            "nrf-positions",
        ),
        g(
            1,
            "Regretfully, The National",
            "memory be eternal,",
            NRF,
            "the Afghan resistance front",
            "martyred",
        ),
        // 002
        g(
            2,
            "captured",
            "captured",
            MUJAHID,
            "Zabihullah Mujahid",
            "captured",
        ),
        g(
            2,
            "With this victory, our country",
            "quagmire of war,",
            MUJAHID,
            "Mujahid",
            "victory",
        ),
        g(
            2,
            "We tried our best",
            "forces to fight.",
            MUJAHID,
            "Mujahid",
            "tried",
        ),
        g(
            2,
            "We are in Panjshir",
            "Resistance will continue,",
            MASSOUD,
            "he",
            "we-are-in-panjshir",
        ),
        g(2, "rise up", "rise up", MASSOUD, "he", "rise-up"),
        g(
            2,
            "For those who want",
            "stand next to you,",
            MASSOUD,
            "Massoud",
            "arms",
        ),
        g(
            2,
            "tries to start an insurgency",
            "insurgency",
            TALIBAN,
            "The group",
            "insurgency",
        ),
        g(
            2,
            "will be hit hard",
            "will be hit hard",
            TALIBAN,
            "The group",
            "insurgency",
        ),
        g(
            2,
            "The NRF forces are present",
            "continue the fight,",
            NAZARY,
            "he",
            "nrf-positions",
        ),
        g(
            2,
            "discriminatory act",
            "against them",
            TALIBAN,
            "they",
            "assurance",
        ),
        g(
            2,
            "They are our brothers",
            "of the country,",
            MUJAHID,
            "Mujahid",
            "assurance",
        ),
        g(
            2,
            "Final decisions have been taken",
            "technical issues,",
            MUJAHID,
            "he",
            "final-decisions",
        ),
        g(
            2,
            "within days",
            "within days",
            MUJAHID,
            "The spokesperson",
            "within-days",
        ),
        // 003
        g(
            3,
            "With this victory, our country",
            "quagmire of war,",
            MUJAHID,
            "Zabihullah Mujahid",
            "victory",
        ),
        g(
            3,
            "strategic positions",
            "strategic positions",
            NRF,
            "they",
            "nrf-positions",
        ),
        g(3, "rise up", "rise up", MASSOUD, "Massoud", "rise-up"),
        g(
            3,
            "tries to start an insurgency",
            "insurgency",
            TALIBAN,
            "Taliban",
            "insurgency",
        ),
        g(
            3,
            "will be hit hard.",
            "will be hit hard.",
            TALIBAN,
            "Taliban",
            "insurgency",
        ),
        g(
            3,
            "For those who want",
            "we are with you,",
            MASSOUD,
            "he",
            "arms",
        ),
        g(
            3,
            "For those who will resort",
            "next to you.",
            MASSOUD,
            "he",
            "arms",
        ),
        // 004
        g(
            4,
            "Anyone who tries",
            "not allow another.",
            MUJAHID,
            "Zabihullah Mujahid",
            "insurgency",
        ),
        g(
            4,
            "We assure the people",
            "against them,",
            MUJAHID,
            "he",
            "assurance",
        ),
        g(
            4,
            "With this victory and latest",
            "in the entire country,",
            MUJAHID,
            "he",
            "victory",
        ),
        g(4, "soon.", "soon.", MUJAHID, "Mujahid", "final-decisions"),
        g(
            4,
            "some technical things left",
            "things left",
            MUJAHID,
            "he",
            "final-decisions",
        ),
        g(
            4,
            "Final decisions have been taken",
            "are resolved,",
            MUJAHID,
            "Mujahid",
            "final-decisions",
        ),
        g(
            4,
            "strategic positions",
            "strategic positions",
            NRF,
            "resistance forces",
            "nrf-positions",
        ),
        g(
            4,
            "The struggle against the Taliban",
            "will continue,",
            NRF,
            "National Resistance Front of Afghanistan",
            "nrf-positions",
        ),
        g(
            4,
            "that the Taliban stop",
            "withdraw its forces.",
            NRF,
            "NFR",
            "nrf-proposal",
        ),
        g(
            4,
            "My leader and brother",
            "very soon!",
            NAZARY,
            "Nazary",
            "nazary-tweet",
        ),
        g(
            4,
            "The news coming from Panjshir",
            "strongly condemned,",
            Some("Saeed Khatibzadeh"),
            "Saeed Khatibzadeh",
            "iran",
        ),
    ]
}

#[test]
fn seeds_quotes_meet_targets() {
    let analysis = run(&SEEDS);
    let scores = score("seeds", &SEEDS, &analysis, &gold());
    scores.assert_at_least(&Floors {
        precision: 0.95,
        recall: 0.95,
        f1: 0.95,
        speaker: 0.95,
        mention: 0.9,
        utterance_precision: 0.9,
        utterance_recall: 0.7,
    });
}

#[test]
fn headings_in_quote_marks_are_not_quotes() {
    let analysis = run(&SEEDS);
    for heading in ["OUR BROTHERS", "Hit hard"] {
        assert!(
            analysis.quotes.iter().all(|q| q.text != heading),
            "heading {heading:?} taken for a quote"
        );
    }
}

#[test]
fn nrf_statement_put_in_two_mouths_is_a_conflict() {
    let analysis = run(&SEEDS);
    let twitter = analysis
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Taliban’s claim of occupying"))
        .expect("NRF Twitter quote");
    let facebook = analysis
        .quotes
        .iter()
        .find(|q| q.text.starts_with("The NRF forces are present"))
        .expect("Nazary Facebook quote");
    assert_eq!(twitter.channel.as_deref(), Some("Twitter"));
    assert_eq!(facebook.channel.as_deref(), Some("Facebook"));
    assert_eq!(twitter.utterance, facebook.utterance);
    let utterance = &analysis.utterances[twitter.utterance];
    assert!(utterance.conflict);
    assert_eq!(
        utterance.speakers,
        vec!["Ali Maisam Nazary", "National Resistance Front"]
    );
}

#[test]
fn translation_variants_are_one_utterance() {
    let analysis = run(&SEEDS);
    let whirlpool: Vec<_> = analysis
        .quotes
        .iter()
        .filter(|q| q.text.contains("whirlpool of the war"))
        .collect();
    let quagmire: Vec<_> = analysis
        .quotes
        .iter()
        .filter(|q| q.text.contains("quagmire of war"))
        .collect();
    assert_eq!((whirlpool.len(), quagmire.len()), (2, 3));
    let group = whirlpool[0].utterance;
    assert!(whirlpool
        .iter()
        .chain(&quagmire)
        .all(|q| q.utterance == group));
}

#[test]
fn canonical_speakers_merge_aliases_but_not_father_and_son() {
    let analysis = run(&SEEDS);
    let names: Vec<&str> = analysis.speakers.iter().map(|s| s.name.as_str()).collect();
    assert!(
        !names.contains(&"Ahmad Shah Massoud"),
        "the father is quoted nowhere: {names:?}"
    );
    assert!(!names.contains(&"Mujahid") && !names.contains(&"NFR") && !names.contains(&"NRF"));
    let mujahid = analysis
        .speakers
        .iter()
        .find(|s| s.name == "Zabihullah Mujahid")
        .expect("Mujahid");
    assert_eq!(mujahid.role.as_deref(), Some("Taliban spokesman"));
    assert!(mujahid.aliases.contains(&"Mujahid".to_string()));
    let nrf = analysis
        .speakers
        .iter()
        .find(|s| s.name == "National Resistance Front")
        .expect("NRF");
    for alias in ["NRF", "NFR", "NRFA"] {
        assert!(
            nrf.aliases.contains(&alias.to_string()),
            "{alias} not an alias of the NRF"
        );
    }
}

#[test]
fn relaying_outlets_are_not_speakers() {
    let analysis = run(&SEEDS);
    let names: Vec<&str> = analysis.speakers.iter().map(|s| s.name.as_str()).collect();
    for outlet in ["AFP", "Samaa News"] {
        assert!(!names.contains(&outlet), "{outlet} taken for a speaker");
    }
}

#[test]
fn quote_text_is_the_document_slice_without_marks() {
    let analysis = run(&SEEDS);
    for q in &analysis.quotes {
        let doc: usize = q.doc.parse().unwrap();
        assert_eq!(&SEEDS[doc][q.start..q.end], q.text);
        assert!(!q.text.starts_with(['"', '“', '”', '‘', '’', '\'']));
        assert!(!q.text.ends_with(['"', '“', '”', '‘', '’', '\'']));
    }
    for (i, q) in analysis.quotes.iter().enumerate() {
        assert_eq!(q.id, i);
        assert!(analysis.utterances[q.utterance].quotes.contains(&i));
    }
}
