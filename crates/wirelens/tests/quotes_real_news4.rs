//! Attribution rules of the fourth round on real news (issue 11), each on
//! invented text: whoever issues a statement speaks through it ("X issued a
//! statement saying …"); an age describes the person it follows ("said the
//! 52-year-old"); a quote signed on the next line by a dash and a name; a
//! name right after ", said" is the speaker even when another name stands
//! between the quote and the cue; more reporting verbs ("fumed", "scoffed",
//! "mused", "wondered").

mod common;

use common::{run, speaker_of};

#[test]
fn whoever_issues_a_statement_is_its_speaker() {
    let a = run(&[
        "The harbour plan was approved on Monday.\n\nMayor Lina Dorr and Councillor Hal Berg issued a statement describing the vote as a \"turning point for the port\" that would bring \"hundreds of jobs.\"\n\nLater, Berg put out a statement saying the quay would \"stay open for the fishing fleet.\"",
    ]);
    assert_eq!(speaker_of(&a, "turning point"), Some("Lina Dorr"));
    assert_eq!(speaker_of(&a, "hundreds of jobs"), Some("Lina Dorr"));
    assert_eq!(speaker_of(&a, "stay open for"), Some("Hal Berg"));
    // A statement nobody is said to have issued still speaks for itself.
    let b = run(&[
        "The board met for six hours.\n\nA statement released on Friday said the port was \"in good hands.\"",
    ]);
    assert_eq!(speaker_of(&b, "in good hands"), Some("the statement"));
}

#[test]
fn an_age_describes_the_person_named_before() {
    let text = "Lina Dorr, the mayor of Kerrow, spoke for ten minutes on Monday.\n\nThe crowd cheered when she finished.\n\n\"The port will stay open as long as I am mayor,\" said the 52-year-old. \"Nobody will close it.\"";
    let a = run(&[text]);
    assert_eq!(speaker_of(&a, "The port will stay"), Some("Lina Dorr"));
    assert_eq!(speaker_of(&a, "Nobody will close"), Some("Lina Dorr"));
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("The port"))
        .unwrap();
    let m = q.mention.expect("a mention");
    assert_eq!(&text[m.start..m.end], "the 52-year-old");
    // An age before a name is part of that name's description.
    let b = run(&[
        "\"We will rebuild,\" said the 61-year-old Hal Berg, who ran the yard for thirty years.",
    ]);
    assert_eq!(speaker_of(&b, "We will rebuild"), Some("Hal Berg"));
}

#[test]
fn a_quote_signed_by_a_dash_on_the_next_line() {
    let a = run(&[
        "Our fact checks of the week.\n\n\"The river has never been cleaner than it is today.\"\n\n- Lina Dorr.\n\nThe figures say otherwise.\n\n\"We doubled the number of ferries.\"\n\n-Mayor Hal Berg, speaking at a rally in Kerrow.\n\nBoth claims were checked.",
    ]);
    assert_eq!(speaker_of(&a, "The river has never"), Some("Lina Dorr"));
    assert_eq!(speaker_of(&a, "We doubled"), Some("Hal Berg"));
    // A dash line that names nobody signs nothing.
    let b = run(&["The vote was close.\n\n\"Nobody asked us.\"\n\n- and that was the problem."]);
    assert_eq!(speaker_of(&b, "Nobody asked us"), None);
}

#[test]
fn the_name_next_to_the_cue_is_its_subject() {
    let a = run(&[
        "The treaty vote was held on Thursday.\n\nThe result marks \"the end of an era\" for the alliance, said Jana Roe, a member of the assembly.\n\nThe two leaders were \"never friends\" in comparison to Tomas Vell, Ana Kerr said.\n\n\"We will vote again,\" Hal Berg, a senator from Ohio, said on Friday.\n\n\"It was close,\" Berg, 54, told Reuters.",
    ]);
    assert_eq!(speaker_of(&a, "the end of an era"), Some("Jana Roe"));
    assert_eq!(speaker_of(&a, "never friends"), Some("Ana Kerr"));
    assert_eq!(speaker_of(&a, "We will vote again"), Some("Hal Berg"));
    assert_eq!(speaker_of(&a, "It was close"), Some("Hal Berg"));
}

#[test]
fn more_reporting_verbs() {
    let a = run(&[
        "The ferry strike entered its third week.\n\n\"If they were serious, they would have called us,\" Lina Dorr fumed on Tuesday.\n\n\"Nobody believes that,\" scoffed Hal Berg, the union's lawyer.\n\n\"What happens to the night shift?\" Ana Kerr wondered aloud.\n\n\"Perhaps the sea will decide,\" mused Tomas Vell, a ferry captain.",
    ]);
    assert_eq!(speaker_of(&a, "If they were serious"), Some("Lina Dorr"));
    assert_eq!(speaker_of(&a, "Nobody believes"), Some("Hal Berg"));
    assert_eq!(speaker_of(&a, "What happens"), Some("Ana Kerr"));
    assert_eq!(speaker_of(&a, "Perhaps the sea"), Some("Tomas Vell"));
}

#[test]
fn initials_and_suffixes_stay_in_the_name() {
    let a = run(&[
        "The vote was held on Monday.\n\n\"We did not expect the closure so soon,\" said Jock A. Finn, head of policy at the council.\n\n\"The port is a public good,\" Marten Olle Jr., the director of the harbour board, said at a hearing.",
    ]);
    assert_eq!(speaker_of(&a, "We did not expect"), Some("Jock A. Finn"));
    assert_eq!(
        speaker_of(&a, "The port is a public good"),
        Some("Marten Olle Jr")
    );
}

#[test]
fn unnamed_sources_after_a_quote() {
    let text = "The trial ended on Friday.\n\n\"The harm caused by the defendant is beyond measure,\" federal prosecutors wrote in their filing.\n\n\"Nobody should go to prison for this,\" the designer said.\n\n\"Mark, you are a total loser!\" the note says.";
    let a = run(&[text]);
    let mention = |starts: &str| {
        let q = a.quotes.iter().find(|q| q.text.starts_with(starts));
        let m = q.and_then(|q| q.mention).expect("a quote with a mention");
        &text[m.start..m.end]
    };
    assert_eq!(mention("The harm caused"), "federal prosecutors");
    assert_eq!(mention("Nobody should go"), "the designer");
    assert_eq!(speaker_of(&a, "Mark, you are"), Some("the note"));
}

#[test]
fn a_party_adjective_is_not_the_party() {
    let a = run(&[
        "The Republican Caucus met on Monday.\n\nSome Republican voters were \"deeply worried\" about the bill, said Ana Kerr, a pollster.",
        "Jana Roe said the Republican plan was \"a gift to the rich.\"",
    ]);
    assert_eq!(speaker_of(&a, "deeply worried"), Some("Ana Kerr"));
    assert_eq!(speaker_of(&a, "a gift to the rich"), Some("Jana Roe"));
}

#[test]
fn the_subject_after_an_opening_phrase() {
    let a = run(&[
        "The campaign moved north on Friday.\n\nSpeaking at a town hall in Kerrow, Westland, Lina Dorr went after her rival, calling him \"a total stiff.\"\n\nAt a rally in Brannock, Westland, on Saturday, Hal Berg told supporters the plan was \"dead on arrival.\"",
    ]);
    assert_eq!(speaker_of(&a, "a total stiff"), Some("Lina Dorr"));
    assert_eq!(speaker_of(&a, "dead on arrival"), Some("Hal Berg"));
}

#[test]
fn he_inside_a_sentence_is_its_subject() {
    let a = run(&[
        "Senator Ivo Marsh spoke in Kerrow on Tuesday.\n\nMarsh said that over the last week he had exposed Governor Tomas Vell, whom he called a \"con artist.\"",
    ]);
    assert_eq!(speaker_of(&a, "con artist"), Some("Ivo Marsh"));
}

#[test]
fn long_titles_and_possessive_roles_before_a_name() {
    let a = run(&[
        "The war went on.\n\n\"That plan will not hold,\" said retired Army Lt. Gen. Mick Tarrow, who served in the south.\n\n\"It is called unity,\" Kerrow's senior communications adviser Jason Mill said in a statement.",
    ]);
    assert_eq!(speaker_of(&a, "That plan will"), Some("Mick Tarrow"));
    assert_eq!(speaker_of(&a, "It is called unity"), Some("Jason Mill"));
}

#[test]
fn a_tycoon_or_a_pastor_is_the_person_named_before() {
    let text = "Saul Varr met the candidates in Lisbon on Monday.\n\n\"The talks went well,\" the casino tycoon told Reuters in a brief interview.";
    let a = run(&[text]);
    assert_eq!(speaker_of(&a, "The talks went"), Some("Saul Varr"));
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("The talks"))
        .unwrap();
    let m = q.mention.expect("a mention");
    assert_eq!(&text[m.start..m.end], "the casino tycoon");
}
