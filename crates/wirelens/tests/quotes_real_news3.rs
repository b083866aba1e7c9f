//! Attribution rules of the third round on real news (issue 11), each on
//! invented text: a party-and-state tag after a name ("(D-Ore.)", "R-Ky.,")
//! neither ends the sentence nor parts the name from its cue; a quote
//! introduced by a colon belongs to the subject of the clause before it, in
//! its sentence or at the end of the paragraph before; "one" and "another"
//! open a description of an unnamed source ("said one former official").

mod common;

use common::{run, speaker_of};

#[test]
fn a_party_tag_stays_between_a_name_and_its_cue() {
    let a = run(&[
        "The ferry bill passed on Monday.\n\n\"If the operators did nothing wrong, they have nothing to fear,\" Sen. Nora Quill (D-Ore.) said Tuesday. \"If they did, they must pay.\"\n\n\"It shows how much is at stake,\" Rep. Abel Strand (R-N.M.) said at a hearing.\n\nGov. Ida Penn, R-Ky., said the vote was \"long overdue\" and would sign it.",
    ]);
    assert_eq!(speaker_of(&a, "If the operators"), Some("Nora Quill"));
    assert_eq!(speaker_of(&a, "If they did"), Some("Nora Quill"));
    assert_eq!(speaker_of(&a, "It shows how much"), Some("Abel Strand"));
    assert_eq!(speaker_of(&a, "long overdue"), Some("Ida Penn"));
}

#[test]
fn a_quote_after_a_colon_belongs_to_the_clause_before_it() {
    let a = run(&[
        "Walking through the flooded streets of the old port, Marta Vell concludes: \"Nobody planned for this. Nobody wanted to.\"\n\nThe council met again on Friday.",
        "After the storm the harbour board met for six hours.\n\nHarbour master Tomas Greel issued the following statement:\n\"The quay will stay closed until the engineers have checked every pier.\"",
    ]);
    assert_eq!(speaker_of(&a, "Nobody planned"), Some("Marta Vell"));
    assert_eq!(speaker_of(&a, "The quay will stay"), Some("Tomas Greel"));
}

/// Unnamed sources introduced by "one" or "another".
const WORKERS: &str = "The plant closed in March.\n\n\"Nobody told us anything until the gates were locked,\" said one former night-shift worker.\n\n\"We heard it on the radio,\" wrote another worker on the union's forum.";

#[test]
fn one_or_another_opens_a_description_after_a_cue() {
    let a = run(&[WORKERS]);
    let mention = |starts: &str| {
        let q = a.quotes.iter().find(|q| q.text.starts_with(starts));
        let m = q.and_then(|q| q.mention).expect("a quote with a mention");
        &WORKERS[m.start..m.end]
    };
    assert_eq!(mention("Nobody told us"), "one former night-shift worker");
    assert_eq!(mention("We heard it"), "another worker");
}
