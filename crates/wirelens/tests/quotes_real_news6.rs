//! Attribution rules of the sixth round (issue 11, diverse-domain news), each
//! on invented text: a person named in apposition after a role ("the
//! institute's chief economist, Dr. Rana Patel") is the speaker, not the
//! possessor or the description.

mod common;

use common::{run, speaker_of};

#[test]
fn a_name_in_apposition_after_a_role_speaks() {
    // After the cue: a possessor's role, then the name (a title before it).
    let a = run(&[
        "Harvest up again\n\n\"Yields are up a third,\" said the institute's chief economist, Dr. Rana Patel. \"We did not expect it.\"\n\n\"We will appeal,\" said the firm's general counsel, Ama Owusu.",
    ]);
    assert_eq!(speaker_of(&a, "Yields are up"), Some("Rana Patel"));
    assert_eq!(speaker_of(&a, "We did not expect"), Some("Rana Patel"));
    assert_eq!(speaker_of(&a, "We will appeal"), Some("Ama Owusu"));
    // Before the cue: a description with a place and an organisation, or a
    // club's coach, then the name between commas.
    let b = run(&[
        "A Leeds-based spokeswoman for the charity, Mary O'Hare, said volunteers were \"exhausted\".\n\nKerrow's Dutch coach, Pieter Blom, said the team was \"tired but happy\".",
    ]);
    assert_eq!(speaker_of(&b, "exhausted"), Some("Mary O'Hare"));
    assert_eq!(speaker_of(&b, "tired but happy"), Some("Pieter Blom"));
    // No role between: the first name stays the speaker ("Hal Berg, Lina
    // Dorr's deputy" is not "Lina Dorr").
    let c = run(&["\"The vote was fair,\" said Hal Berg, the mayor's deputy, Lina Dorr's rival."]);
    assert_eq!(speaker_of(&c, "The vote was fair"), Some("Hal Berg"));
    // A verb in the phrase ends it: the subject speaks, not the person told.
    let d = run(&["\"It is over,\" Hal Berg told the paper's editor, Lina Dorr."]);
    assert_eq!(speaker_of(&d, "It is over"), Some("Hal Berg"));
}

#[test]
fn a_role_with_its_organisation_and_a_name_with_two_particles() {
    // "A Lyon-based spokesman for the Red Crescent, Ana de la Vega": the
    // role's organisation ends it, the name has two particles.
    let a = run(&[
        "Floods\n\nA Lyon-based spokesman for the Red Crescent, Ana de la Vega, said teams were \"on their way\".\n\n\"The water is still rising,\" said Joost van der Kamp.",
    ]);
    assert_eq!(speaker_of(&a, "on their way"), Some("Ana de la Vega"));
    assert_eq!(
        speaker_of(&a, "The water is still"),
        Some("Joost van der Kamp")
    );
    // A capitalised word before the comma with no organisation phrase is
    // no role: "Kerrow's Hal Berg, Lina Dorr" keeps the first name.
    let b = run(&["Kerrow's Hal Berg, Lina Dorr's partner, said it was \"a fine day\"."]);
    assert_ne!(speaker_of(&b, "a fine day"), Some("Lina Dorr"));
}

#[test]
fn an_organisation_after_of_the_is_not_the_subject_of_the_cue() {
    // "Prof. Ann Roe of the University of Kerrow said": the person speaks,
    // not the university after "of the".
    let a = run(&[
        "Ice shelf\n\nProf. Ann Roe of the University of Kerrow said the melt was \"faster than any model\".\n\nDr. Tom Brack of the Harlow Institute said it was \"too early to tell\".",
    ]);
    assert_eq!(speaker_of(&a, "faster than any"), Some("Ann Roe"));
    assert_eq!(speaker_of(&a, "too early"), Some("Tom Brack"));
    // The organisation that is the subject still speaks.
    let b = run(&["The University of Kerrow said the results were \"preliminary\"."]);
    assert_eq!(speaker_of(&b, "preliminary"), Some("University of Kerrow"));
}

#[test]
fn a_nationality_before_a_full_name_after_the_is_a_description() {
    // "the Slovenian Matej Kranjc": the surname later joins the full name.
    let a = run(&[
        "Stage report\n\nVos won the stage, while the Peruvian Rosa Quispe kept the lead.\n\nQuispe said the descent had been \"frightening\" in the rain.",
    ]);
    assert_eq!(speaker_of(&a, "frightening"), Some("Rosa Quispe"));
    // An organisation after "the" stays one ("the Italian Cycling Federation").
    let b = run(&["The Italian Cycling Federation said the race was \"safe\"."]);
    assert_eq!(speaker_of(&b, "safe"), Some("Italian Cycling Federation"));
}
