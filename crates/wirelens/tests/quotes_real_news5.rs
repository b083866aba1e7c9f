//! Attribution rules of the fifth round on real news (issue 11), each on
//! invented text: a full stop followed by a comma, or closing a party tag in
//! brackets, ends no sentence ("Salem, Mass., said", "(D-Wash.) said").

mod common;

use common::{run, speaker_of};

#[test]
fn an_abbreviation_before_a_comma_or_in_a_party_tag_ends_no_sentence() {
    // The state of a party tag that is also a word ("Wash.", "Mass.").
    let a = run(&[
        "\u{201c}She knows the difference,\u{201d} Rep. Hal Berg (D-Wash.) said.\n\n\u{201c}He knows it,\u{201d} Sen. Lina Dorr, R-Mass., said.",
    ]);
    assert_eq!(speaker_of(&a, "She knows the difference"), Some("Hal Berg"));
    assert_eq!(speaker_of(&a, "He knows it"), Some("Lina Dorr"));
    // A town and its state, the state abbreviated.
    let b = run(&[
        "Anna Kell, now 81 and retired in Salem, Mass., said: \"I was there and I saw the ships go.\"",
    ]);
    assert_eq!(speaker_of(&b, "I was there"), Some("Anna Kell"));
    // A full stop before a capitalised word still ends the sentence.
    let c = run(&[
        "Tom Reed moved to Salem, Mass. \"Nobody told me the winters were long,\" his sister said.",
    ]);
    assert_ne!(speaker_of(&c, "Nobody told me"), Some("Tom Reed"));
}
