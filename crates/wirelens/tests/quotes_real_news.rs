//! Attribution rules found on real news (issue 11), each on invented text:
//! names across a title's or an initial's period, a line break ends a name,
//! a bare surname is not an organisation named after someone, a partial quote
//! belongs to its sentence's subject, a title in quote marks is not speech,
//! a subject right before its cue beats a place earlier in the clause, a
//! capitalised cue word inside a name is no cue, a relative clause hangs on
//! "who", a long role before a name, unnamed sources, outlets after "the".

mod common;

use common::{run, speaker_of};
use wirelens::quotes::QuoteAnalysis;

#[test]
fn names_run_across_titles_and_initials_not_sentence_openers() {
    let a = run(&["Although Mr. Okoro said he was \"very pleased\", the board disagreed. \"We need a vote,\" said Dr. Lena K. Fisher."]);
    assert_eq!(speaker_of(&a, "very pleased"), Some("Okoro"));
    assert_eq!(speaker_of(&a, "We need a vote"), Some("Lena K. Fisher"));
}

#[test]
fn a_line_break_ends_a_name() {
    let a = run(&["Two\nMaria Lopez campaigned in Ohio. \"The economy is strong,\" Lopez said."]);
    assert_eq!(speaker_of(&a, "The economy"), Some("Maria Lopez"));
}

#[test]
fn a_surname_is_not_the_organisation_named_after_the_person() {
    let a = run(&[
        "Former President Paul Hadley spoke in Ohio. The Hadley Foundation paid for the trip.",
        "\"Nobody expected this,\" Hadley said on Monday.",
    ]);
    assert_eq!(speaker_of(&a, "Nobody expected"), Some("Paul Hadley"));
}

#[test]
fn a_partial_quote_belongs_to_the_subject_of_its_sentence() {
    let a = run(&[
        "Senator Ruth Adeyemi defended her vote as \"the only responsible choice\" on Tuesday.",
    ]);
    assert_eq!(speaker_of(&a, "the only responsible"), Some("Ruth Adeyemi"));
}

#[test]
fn titles_after_a_title_noun_are_not_quotes() {
    let a = run(&["The director Ana Vidal, whose film \"The Salt Road\" won the prize, said: \"It belongs to the fishermen.\""]);
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("Salt Road")),
        "{a:?}"
    );
    assert_eq!(speaker_of(&a, "It belongs"), Some("Ana Vidal"));
}

#[test]
fn the_subject_next_to_the_cue_beats_a_place_earlier() {
    let a = run(&[
        "At a rally in Denver on Friday, Governor Tom Reyes said the plan was \"dead on arrival\".",
    ]);
    assert_eq!(speaker_of(&a, "dead on arrival"), Some("Tom Reyes"));
}

fn mention_of<'a>(analysis: &QuoteAnalysis, text: &'a str, starts: &str) -> Option<&'a str> {
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?}: {analysis:?}"));
    q.mention.map(|m| &text[m.start..m.end])
}

#[test]
fn a_capitalised_cue_word_inside_a_name_is_no_cue() {
    let text = "Senator Jane Holt said on Saturday that \"this cannot be our fight\" and that the United States must not carry \"the bulk of the cost.\"";
    let a = run(&[text]);
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("the bulk"))
        .expect("quote");
    assert_eq!(q.speaker.as_deref(), Some("Jane Holt"));
    assert_eq!(q.cue.as_deref(), Some("said"));
}

#[test]
fn a_cue_in_a_relative_clause_hangs_on_who() {
    let text = "Mr. Okafor, who has called the plan \"deeply flawed,\" spoke on Monday. Governor Tom Reyes - who said he would \"burn the plan\" - spoke too. Ann Lee, who was in Ohio, said \"we must act now.\"";
    let a = run(&[text]);
    assert_eq!(speaker_of(&a, "deeply flawed"), Some("Okafor"));
    assert_eq!(mention_of(&a, text, "deeply flawed"), Some("who"));
    assert_eq!(speaker_of(&a, "burn the plan"), Some("Tom Reyes"));
    assert_eq!(mention_of(&a, text, "burn the plan"), Some("who"));
    assert_eq!(mention_of(&a, text, "we must act"), Some("Ann Lee"));
}

#[test]
fn a_name_after_a_long_role_is_the_speaker() {
    let a = run(&["Stocks fell on Monday. \u{201c}There is a high chance of a crash,\u{201d} Harbor Capital portfolio manager Lena Ruiz said at a conference.\n\n\u{201c}It was fine,\u{201d} said Lakeland Farm Party Chairman Joe Harlan. \u{201c}The others have talent too.\u{201d}"]);
    assert_eq!(speaker_of(&a, "There is a high"), Some("Lena Ruiz"));
    assert_eq!(speaker_of(&a, "It was fine"), Some("Joe Harlan"));
    assert_eq!(speaker_of(&a, "The others"), Some("Joe Harlan"));
}

#[test]
fn an_unnamed_source_is_not_the_last_person_named() {
    let text = "Mayor Ruth Olsen spoke first. \u{201c}We were not ready,\u{201d} the source said. \u{201c}It was a mess.\u{201d}";
    let a = run(&[text]);
    assert_eq!(speaker_of(&a, "We were not"), None);
    assert_eq!(mention_of(&a, text, "We were not"), Some("the source"));
    assert_eq!(mention_of(&a, text, "It was a mess"), Some("the source"));
}

#[test]
fn an_outlet_after_the_that_reports_is_a_speaker() {
    let a = run(&["Mayor Ruth Olsen met leaders and pledged to \u{201c}fix the roads for every family in town,\u{201d} the Daily Courier reported."]);
    assert_eq!(speaker_of(&a, "fix the roads"), Some("Daily Courier"));
}

#[test]
fn a_crowd_or_a_narrator_is_an_unnamed_speaker() {
    let text = "Governor Ana Vega asked who would pay for the bridge. \"The rich!\" the crowd shouted. In the new advert, the narrator says the town has \"waited long enough.\"";
    let a = run(&[text]);
    assert_eq!(speaker_of(&a, "The rich"), None);
    assert_eq!(mention_of(&a, text, "The rich"), Some("the crowd"));
    assert_eq!(mention_of(&a, text, "waited long"), Some("the narrator"));
}
