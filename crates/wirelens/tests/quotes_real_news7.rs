//! Attribution rules of the seventh round (issue 11, held-out set 7's error
//! kinds, checked against PolNeAR train and dev), each on invented text:
//! religious, honorific and sport titles before a name are not part of it
//! ("the Rev.", "Madam", "Alhaji", "Sister", "Starter"); the particle "du";
//! a word used alone that no full name ends with is the article's three- or
//! four-word name holding it (a surname written first, the first of two
//! Spanish surnames); a name after "known as" and a title before a title
//! noun are not speech.

mod common;

use common::{run, speaker_of};

#[test]
fn titles_before_a_name_are_not_part_of_it() {
    let a = run(&[
        "Vigil held\n\n\"We will not look away,\" said the Rev. Amos Kettering, pastor of Grace Chapel. Madam Lim Mei Ling, 80, agreed. \"Nobody should sleep outside,\" said Madam Lim Mei Ling.\n\nAlhaji Sani Bello said the market was \"finished\". Sister Agnes Dowd said the food bank had run \"completely dry\".\n\nStarter Kenji Mori gave up one run. \"My curveball was sharp,\" Mori said.",
    ]);
    assert_eq!(speaker_of(&a, "We will not look"), Some("Amos Kettering"));
    assert_eq!(speaker_of(&a, "Nobody should sleep"), Some("Lim Mei Ling"));
    assert_eq!(speaker_of(&a, "finished"), Some("Sani Bello"));
    assert_eq!(speaker_of(&a, "completely dry"), Some("Agnes Dowd"));
    assert_eq!(speaker_of(&a, "My curveball"), Some("Kenji Mori"));
    // A sister without a name stays a relative: not the man named before.
    let b = run(&["Tom Reed moved away in May. \"Nobody told me,\" his sister said."]);
    assert!(b
        .quotes
        .iter()
        .all(|q| q.speaker.as_deref() != Some("Tom Reed")));
}

#[test]
fn a_name_part_used_alone_is_the_full_name() {
    let a = run(&[
        "Rail line late\n\nHealth Minister Tan Boon Huat opened the ward. \"It is a good day,\" Mr Tan said.\n\nThe growers' leader, Andrés Pardo Quintero, said prices were low. \"We need a floor,\" Pardo said.\n\nFarmer Ana Lucía Rojas Beltrán said she had sold at a loss. \"It hurts,\" Rojas said.\n\n\"Not now,\" said Pieter du Plessis.",
    ]);
    assert_eq!(speaker_of(&a, "It is a good day"), Some("Tan Boon Huat"));
    assert_eq!(
        speaker_of(&a, "We need a floor"),
        Some("Andrés Pardo Quintero")
    );
    assert_eq!(speaker_of(&a, "It hurts"), Some("Ana Lucía Rojas Beltrán"));
    assert_eq!(speaker_of(&a, "Not now"), Some("Pieter du Plessis"));
    // A word some full name ends with keeps that person.
    let b = run(&[
        "Dana Kell spoke first. \"We won,\" Kell said.",
        "Kell Morgan Avery arrived late. \"We lost,\" Kell said.",
    ]);
    assert_eq!(speaker_of(&b, "We lost"), Some("Dana Kell"));
}

#[test]
fn names_after_known_as_and_titles_before_a_title_noun_are_not_speech() {
    let a = run(&[
        "A group of growers known as \"Fair Harvest,\" which wants a minimum price, met on Monday. Lina Dorr said on her \"Morning Fields\" radio program that the price was \"far too low\".",
    ]);
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert!(
        !texts.iter().any(|t| t.contains("Fair Harvest")),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("Morning Fields")),
        "{texts:?}"
    );
    assert_eq!(speaker_of(&a, "far too low"), Some("Lina Dorr"));
}
