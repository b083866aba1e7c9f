//! Attribution rules found on real news (issue 11), each on invented text:
//! names across a title's or an initial's period, a line break ends a name,
//! a bare surname is not an organisation named after someone, a partial quote
//! belongs to its sentence's subject, a title in quote marks is not speech,
//! and a subject right before its cue beats a place earlier in the clause.

use wirelens::quotes::{attribute, QuoteAnalysis};

fn run(texts: &[&str]) -> QuoteAnalysis {
    let ids: Vec<String> = (0..texts.len()).map(|i| format!("{i:03}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    attribute(&ids, texts)
}

fn speaker_of<'a>(analysis: &'a QuoteAnalysis, starts: &str) -> Option<&'a str> {
    analysis
        .quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?}: {analysis:?}"))
        .speaker
        .as_deref()
}

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
