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

#[test]
fn a_pronoun_or_a_that_clause_after_a_closing_cue_is_not_the_speaker() {
    // "adding that it …": the clause's subject speaks, not the "it".
    let a = run(&[
        "Speaking to farmers in Kerrow after the vote, Hal Berg said there is \u{201c}only one plan that can save the valley,\u{201d} adding that it was why Lina Dorr opposed him.",
    ]);
    assert_eq!(speaker_of(&a, "only one plan"), Some("Hal Berg"));
    // "and said it was …": a pronoun after the cue is its object.
    let b = run(&[
        "Lina Dorr celebrated in Kerrow with supporters, declaring it \u{201c}another fine night for the harbour\u{201d} and said it was a step closer to the mayor's office.",
    ]);
    assert_eq!(speaker_of(&b, "another fine night"), Some("Lina Dorr"));
    // A name after the cue still speaks ("…,” said Hal Berg).
    let c = run(&["\u{201c}We will see,\u{201d} said Hal Berg, who chairs the board."]);
    assert_eq!(speaker_of(&c, "We will see"), Some("Hal Berg"));
}

#[test]
fn a_progressive_cue_is_not_passive() {
    // "is insisting" reports its subject; "is expected" still reports nobody.
    let a = run(&[
        "The count went on all night.\n\nMayor Hal Berg is insisting that he has \u{201c}grown the party,\u{201d} pointing to the turnout.",
    ]);
    assert_eq!(speaker_of(&a, "grown the party"), Some("Hal Berg"));
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("grown"))
        .unwrap();
    assert_eq!(q.cue.as_deref(), Some("insisting"));
}

#[test]
fn a_title_before_the_name_after_an_opening_phrase() {
    // "…, after winning the vote, Gov. Hal Berg (R-Ohio), said": the subject
    // is the titled name after the opening phrase, not the college in it.
    let a = run(&[
        "Tuesday at Dorset Valley College in Brill, Ohio, after winning the vote, Gov. Hal Berg (R-Ohio), said, \u{201c}We are ready for the fight.\u{201d}",
    ]);
    assert_eq!(speaker_of(&a, "We are ready"), Some("Hal Berg"));
}

#[test]
fn two_apostrophes_close_one_sentence_and_the_next_quote_continues() {
    // A title in two-apostrophe marks ends the attribution sentence; the
    // quote after it continues the same speaker, as with double marks.
    for (open, close) in [("''", "''"), ("\"", "\"")] {
        let text = format!(
            "Hal Berg spoke on Monday.\n\n{open}It is nonsense,{close} Mr. Berg said on the {open}Morning Show.{close} {open}She is wrong about everything.{close}"
        );
        let a = run(&[&text]);
        assert_eq!(speaker_of(&a, "She is wrong"), Some("Hal Berg"), "{open}");
    }
    // A closing bracket after the mark: the next sentence starts after it.
    let b = run(&[
        "Lina Dorr, the port's chief, left in May. (She claimed to ''retire.'') Then Kerrow Shipping, two months later, announced a merger.",
    ]);
    assert_ne!(speaker_of(&b, "retire"), Some("Kerrow Shipping"));
}

#[test]
fn the_state_after_a_town_in_an_opening_phrase_is_not_the_subject() {
    let a = run(&[
        "Speaking at a town hall in Keene, New Hampshire, Hal Berg went after his rival, saying she was \u{201c}a total bore.\u{201d}",
    ]);
    assert_eq!(speaker_of(&a, "a total bore"), Some("Hal Berg"));
}

#[test]
fn a_participle_after_a_comma_shares_the_subject_of_the_cue_before() {
    // "Berg and Dorr will meet next week, Ruiz said, adding, “…”": Ruiz
    // speaks, not the first name of the clause.
    let a = run(&[
        "Hal Berg and Lina Dorr will meet next week, Tom Ruiz said, adding, \u{201c}They need to sit down and talk.\u{201d}",
    ]);
    assert_eq!(speaker_of(&a, "They need to sit"), Some("Tom Ruiz"));
    let b = run(&[
        "Anna Kell cannot judge the case, Tom Ruiz added, saying it should be \u{201c}up to the court to decide.\u{201d}",
    ]);
    assert_eq!(speaker_of(&b, "up to the court"), Some("Tom Ruiz"));
}

#[test]
fn a_cue_in_a_relative_clause_is_spoken_by_the_name_before_who() {
    // The clause opens with another name; the one before "who" speaks, and
    // the attribution hangs on "who".
    let text = "Hal Berg drew a sharp reply from Mayor Lina Dorr, who called the harbour plan \u{201c}a waste of public money.\u{201d}";
    let a = run(&[text]);
    assert_eq!(speaker_of(&a, "a waste of public"), Some("Lina Dorr"));
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("a waste"))
        .unwrap();
    let m = q.mention.expect("a mention");
    assert_eq!(&text[m.start..m.end], "who");
    // "who" as the object of the clause: its subject speaks.
    let b = run(&[
        "Anna Kell spoke first. She also took swipes at Hal Berg, who she dubbed \u{201c}the little mayor.\u{201d}",
    ]);
    assert_ne!(speaker_of(&b, "the little mayor"), Some("Hal Berg"));
}

#[test]
fn a_name_with_its_organisation_after_of_before_the_cue() {
    let a = run(&[
        "\"Building a dry dock takes years,\" Tom Ruiz of the Kerrow Center for Harbour Studies wrote in December.",
    ]);
    assert_eq!(speaker_of(&a, "Building a dry dock"), Some("Tom Ruiz"));
    let b = run(&[
        "\"The mayor should drop the plan, not defend it,\" former Gov. Hal Berg of Ohio said on Twitter.",
    ]);
    assert_eq!(speaker_of(&b, "The mayor should drop"), Some("Hal Berg"));
}

#[test]
fn an_abbreviated_month_before_a_day_is_not_part_of_a_name() {
    let a = run(&[
        "Hal Berg spoke in Kerrow.\n\nIn Berg's Nov. 3 speech, he called the plan \"a gift to the port.\"",
    ]);
    assert!(
        a.speakers.iter().all(|s| !s.name.contains("Nov")),
        "{:?}",
        a.speakers
    );
}

#[test]
fn a_press_release_speaks_for_itself() {
    let a = run(&[
        "The Kerrow party announced on Thursday that the mayor would not come.\n\n\u{201c}The Berg campaign has informed the party,\u{201d} the release said. \u{201c}Lina Dorr was to speak on Saturday.\u{201d}",
    ]);
    assert_eq!(speaker_of(&a, "The Berg campaign"), Some("the release"));
    assert_eq!(speaker_of(&a, "Lina Dorr was to"), Some("the release"));
}
