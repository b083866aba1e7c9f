//! Quote-span scanning in isolation: every mark style, nesting, apostrophes,
//! multi-paragraph quotes and unbalanced marks.

use wirelens::quotes::spans::find_quotes;

fn quoted(text: &str) -> Vec<&str> {
    find_quotes(text)
        .iter()
        .map(|q| &text[q.content.start..q.content.end])
        .collect()
}

#[test]
fn every_double_mark_style() {
    assert_eq!(
        quoted("He said \"straight\" and “curly” here."),
        ["straight", "curly"]
    );
    assert_eq!(
        quoted("Elle a dit « Bonjour » et « Au revoir »."),
        ["Bonjour", "Au revoir"]
    );
    assert_eq!(quoted("Er sagte „Guten Tag“ und ging."), ["Guten Tag"]);
    assert_eq!(
        quoted("Mixed “open straight close,\" he said."),
        ["open straight close,"]
    );
}

#[test]
fn nested_singles_stay_inside_doubles() {
    assert_eq!(
        quoted("\"I told them, 'Believe,' and they did,\" she said."),
        ["I told them, 'Believe,' and they did,"]
    );
    assert_eq!(
        quoted("'He called it \"a disaster\" yesterday,' she said."),
        ["He called it \"a disaster\" yesterday,"]
    );
}

#[test]
fn apostrophes_are_not_quote_marks() {
    assert!(
        quoted("The Taliban’s claim and Massoud's men; the fighters' homes. Don't.").is_empty()
    );
    assert_eq!(
        quoted("UK style: 'We won,' said the captain's wife."),
        ["We won,"]
    );
}

#[test]
fn multi_paragraph_quote_is_one_span_per_paragraph() {
    let text = "She said:\n\n“First paragraph.\n\n“Second paragraph.\n\n“Last one.”\n\nAfter.";
    let quotes = find_quotes(text);
    assert_eq!(
        quoted(text),
        ["First paragraph.", "Second paragraph.", "Last one."]
    );
    assert_eq!(
        quotes
            .iter()
            .map(|q| q.continues_previous)
            .collect::<Vec<_>>(),
        [false, true, true]
    );
    assert!(quotes[0].close.is_none() && quotes[1].close.is_none() && quotes[2].close.is_some());
}

#[test]
fn split_quote_gives_two_spans() {
    assert_eq!(
        quoted("“We are ready,” he said, “and we will win.”"),
        ["We are ready,", "and we will win."]
    );
}

#[test]
fn unbalanced_marks_are_dropped_and_the_rest_is_kept() {
    let text =
        "An “opening mark never closed.\n\nA stray ” closing mark.\n\n“A real quote,” she said.";
    assert_eq!(quoted(text), ["A real quote,"]);
}

#[test]
fn offsets_are_char_boundaries_with_nbsp() {
    let text = "“\u{a0}Espace insécable\u{a0}” — «\u{a0}oui\u{a0}»";
    for q in find_quotes(text) {
        assert!(text.is_char_boundary(q.content.start) && text.is_char_boundary(q.content.end));
    }
    assert_eq!(quoted(text), ["Espace insécable", "oui"]);
}

#[test]
fn two_apostrophes_are_a_double_mark() {
    assert_eq!(
        quoted("''We will win,'' Mr. Stone said. It isn't ''over.''"),
        ["We will win,", "over."]
    );
}

#[test]
fn curly_marks_inside_straight_ones_are_nested() {
    assert_eq!(quoted("\"It's “over”,\" he said."), ["It's “over”,"]);
}
