//! Attribution rules of the sixth round (issue 11, diverse-domain news), each
//! on invented text: a name with two particles ("van der Berg", "de la
//! Cruz") is one name; an organisation after "of the" is the object of a
//! preposition, not the subject next to the cue ("Prof. Ann Roe of the
//! University of Kerrow said").

mod common;

use common::{run, speaker_of};

#[test]
fn a_name_with_two_particles_is_one_name() {
    let a = run(&[
        "Floods\n\n\"The water is still rising,\" said Joost van der Kamp.\n\nAna de la Vega said teams were \"on their way\" to the coast.",
    ]);
    assert_eq!(
        speaker_of(&a, "The water is still"),
        Some("Joost van der Kamp")
    );
    assert_eq!(speaker_of(&a, "on their way"), Some("Ana de la Vega"));
    // One particle still joins ("van Gogh"), and a particle before a
    // lower-case word joins nothing.
    let b = run(&["\"I paint light,\" said Vincent van Gogh, who was \"de facto\" broke."]);
    assert_eq!(speaker_of(&b, "I paint light"), Some("Vincent van Gogh"));
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
