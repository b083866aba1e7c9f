//! What kind of sharing each verified passage is, and which shared spans are
//! only stock phrases (then they are not passages at all).
//!
//! - **boilerplate**: the passage contains outlet furniture from
//!   `data/boilerplate.txt` (editor's notes, "like our page", newsletter and
//!   podcast prompts, video-player errors, correction and credit lines) and
//!   is no longer than [`MAX_BOILERPLATE_WORDS`] (furniture is short; a long
//!   copied article that ends with a credit line is still a copy);
//! - **quote**: in both articles at least half of the passage's words lie
//!   inside quotation marks: both report the same statement;
//! - **copy**: everything else, the same reporting copied or lightly edited.
//!
//! Stock phrases are dropped by informativeness
//! ([`crate::informativeness`]): a `copy` passage stays when its informative
//! mass (the smaller of its two sides) reaches
//! `ReuseParams::min_informative_alone`, or `min_informative_sentences` when
//! it runs from the start of a sentence to the end of one in both articles
//! (whole sentences are the unit of copying; stock phrases are pieces of
//! sentences that differ around them), or when it reaches
//! `ReuseParams::min_informative_supported` and the same two articles share,
//! in copies and quotes together, at least `min_informative_alone` (two wire
//! copies share short edited sentences between longer ones; two unrelated
//! articles share only a formula). Quotes and boilerplate need no such
//! evidence: quotation marks in both articles, or a furniture pattern, already
//! say what the passage is.

use std::sync::OnceLock;

use super::{FoundPassage, ReuseParams};
use crate::informativeness::{informative_mass, PhraseList};
use crate::text::Token;
use crate::PassageKind;

/// Longest passage (words) that may be classified as boilerplate.
pub const MAX_BOILERPLATE_WORDS: usize = 80;

/// Share of a side's words inside quotation marks for a quote.
const MIN_QUOTED_SHARE: f64 = 0.5;

/// Bytes scanned back for the start of the paragraph holding a passage.
const MAX_PARAGRAPH_LOOKBACK: usize = 4096;

fn boilerplate_patterns() -> &'static PhraseList {
    static LIST: OnceLock<PhraseList> = OnceLock::new();
    LIST.get_or_init(|| PhraseList::parse(data_file!("boilerplate.txt")))
}

/// Word indices `first..last+1` of `words` that a byte range covers.
fn word_range(words: &[Token], bytes: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let first = words.partition_point(|t| t.start() < bytes.start);
    let end = words.partition_point(|t| t.end() <= bytes.end);
    first..end.max(first)
}

/// How many of `words[range]` lie inside quotation marks in `text`.
///
/// Quote state is read from the start of the paragraph (a line break closes
/// every quote, and a continued quote re-opens in the next paragraph).
/// Curly and straight double quotes, guillemets, doubled apostrophes (`''`)
/// and single quotes count; an apostrophe between two letters or digits is
/// part of a word, and a closing single quote after a letter without an open
/// single quote is a plural possessive ("voters’"), not a mark.
pub fn quoted_words(text: &str, words: &[Token], range: std::ops::Range<usize>) -> usize {
    let Some(first) = words.get(range.start) else {
        return 0;
    };
    let mut from = first.start().saturating_sub(MAX_PARAGRAPH_LOOKBACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let from = text[from..first.start()]
        .rfind('\n')
        .map_or(from, |i| from + i + 1);
    let (mut double, mut single) = (false, false);
    let mut inside = 0;
    let mut cursor = from;
    for word in &words[range] {
        let gap = &text[cursor.min(word.start())..word.start()];
        let mut chars = gap.char_indices().peekable();
        let before_gap = text[..cursor.min(word.start())].chars().next_back();
        let mut previous = before_gap;
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n).or_else(|| {
                text[cursor.min(word.start()) + i + c.len_utf8()..]
                    .chars()
                    .next()
            });
            let alnum = |o: Option<char>| o.is_some_and(char::is_alphanumeric);
            match c {
                '\n' => (double, single) = (false, false),
                '“' | '«' | '„' => double = true,
                '”' | '»' => double = false,
                '"' => double = !double,
                '\'' | '’' if next == Some('\'') || next == Some('’') => {
                    double = !double;
                    chars.next();
                }
                '\'' | '’' | '‘' if alnum(previous) && alnum(next) => {}
                '‘' => single = true,
                '\'' | '’' if !alnum(previous) && alnum(next) => single = true,
                '\'' | '’' => single = false,
                _ => {}
            }
            previous = Some(c);
        }
        // Words themselves hold no quote marks, except apostrophes.
        if double || single {
            inside += 1;
        }
        cursor = word.end();
    }
    inside
}

/// Marks and brackets that may sit between a sentence break and a word.
fn is_enclosing_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '(' | ')' | '[' | ']'
    )
}

/// Words a passage may stop short of a sentence edge and still count as
/// whole sentences (an edit at the very start or end of a copied sentence).
const SENTENCE_EDGE_SLACK: usize = 2;

/// Does a sentence begin at word `i`? (A line break, `.`, `!`, `?`, `:` or
/// `;` before it, quote marks and brackets aside, or the start of the text.)
fn begins_sentence(text: &str, words: &[Token], i: usize) -> bool {
    text[..words[i].start()]
        .chars()
        .rev()
        .find(|&c| c == '\n' || !(c.is_whitespace() || is_enclosing_mark(c)))
        .is_none_or(|c| matches!(c, '\n' | '.' | '!' | '?' | ':' | ';'))
}

/// Does a sentence end at word `i`? (`.`, `!`, `?` or a line break after it,
/// quote marks and brackets aside, or the end of the text.)
fn ends_sentence(text: &str, words: &[Token], i: usize) -> bool {
    text[words[i].end()..]
        .chars()
        .find(|&c| c == '\n' || !(c.is_whitespace() || is_enclosing_mark(c)))
        .is_none_or(|c| matches!(c, '\n' | '.' | '!' | '?'))
}

/// Does `words[range]` begin a sentence, and does it end one, up to
/// [`SENTENCE_EDGE_SLACK`] words?
fn sentence_edges(text: &str, words: &[Token], range: std::ops::Range<usize>) -> (bool, bool) {
    if range.is_empty() || range.end > words.len() {
        return (false, false);
    }
    let starts = (range.start.saturating_sub(SENTENCE_EDGE_SLACK)..=range.start)
        .any(|i| begins_sentence(text, words, i));
    let ends = (range.end - 1..(range.end + SENTENCE_EDGE_SLACK).min(words.len()))
        .any(|i| ends_sentence(text, words, i));
    (starts, ends)
}

/// Is `words[range]` mostly inside quotation marks?
fn mostly_quoted(text: &str, words: &[Token], range: std::ops::Range<usize>) -> bool {
    let total = range.len();
    total > 0 && quoted_words(text, words, range) as f64 >= MIN_QUOTED_SHARE * total as f64
}

/// The kind of one passage, from both sides' text and words.
fn kind_of(
    (a_text, a_words, a): (&str, &[Token], std::ops::Range<usize>),
    (b_text, b_words, b): (&str, &[Token], std::ops::Range<usize>),
) -> PassageKind {
    let short = a.len().max(b.len()) <= MAX_BOILERPLATE_WORDS;
    let furniture = boilerplate_patterns();
    if short
        && (furniture.occurs_in(&a_words[a.clone()]) || furniture.occurs_in(&b_words[b.clone()]))
    {
        return PassageKind::Boilerplate;
    }
    if mostly_quoted(a_text, a_words, a) && mostly_quoted(b_text, b_words, b) {
        return PassageKind::Quote;
    }
    PassageKind::Copy
}

/// Give every passage its kind and drop the stock phrases (see the module
/// doc). `found` must be grouped by document pair (as `find_passages` sorts it).
pub fn classify(
    texts: &[&str],
    docs: &[Vec<Token>],
    found: Vec<FoundPassage>,
    params: &ReuseParams,
) -> Vec<FoundPassage> {
    let mut kept = Vec::with_capacity(found.len());
    let mut found = found.into_iter().peekable();
    let mut pair: Vec<(FoundPassage, f64, bool)> = Vec::new();
    while let Some(first) = found.next() {
        pair.clear();
        let key = (first.a_doc, first.b_doc);
        pair.push((first, 0.0, false));
        while let Some(p) = found.next_if(|p| (p.a_doc, p.b_doc) == key) {
            pair.push((p, 0.0, false));
        }
        let (a_text, b_text) = (texts[key.0], texts[key.1]);
        let (a_words, b_words) = (&docs[key.0][..], &docs[key.1][..]);
        for (p, mass, sentences) in pair.iter_mut() {
            let a = word_range(a_words, &p.a);
            let b = word_range(b_words, &p.b);
            *mass = informative_mass(a_text, a_words, a.clone()).min(informative_mass(
                b_text,
                b_words,
                b.clone(),
            ));
            let (a_edges, b_edges) = (
                sentence_edges(a_text, a_words, a.clone()),
                sentence_edges(b_text, b_words, b.clone()),
            );
            *sentences = a_edges.0 && b_edges.0 && a_edges.1 && b_edges.1;
            p.kind = kind_of((a_text, a_words, a), (b_text, b_words, b));
        }
        let support: f64 = pair
            .iter()
            .filter(|(p, mass, _)| {
                p.kind != PassageKind::Boilerplate && *mass >= params.min_informative_supported
            })
            .map(|(_, mass, _)| mass)
            .sum();
        for (p, mass, sentences) in pair.drain(..) {
            let keep = match p.kind {
                PassageKind::Copy => {
                    mass >= params.min_informative_alone
                        || (sentences && mass >= params.min_informative_sentences)
                        || (mass >= params.min_informative_supported
                            && support >= params.min_informative_alone)
                }
                PassageKind::Quote | PassageKind::Boilerplate => true,
            };
            if keep {
                kept.push(p);
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn quoted(text: &str) -> usize {
        let words = tokens(text);
        quoted_words(text, &words, 0..words.len())
    }

    #[test]
    fn words_inside_every_style_of_quotation_marks_count() {
        assert_eq!(quoted("He said “we will stay” and left"), 3);
        assert_eq!(quoted("He said \"we will stay\" and left"), 3);
        assert_eq!(quoted("He said ''we will stay'' and left"), 3);
        assert_eq!(quoted("He said ‘we will stay’ and left"), 3);
        assert_eq!(quoted("He said «we will stay» and left"), 3);
        // Apostrophes and plural possessives are not quote marks.
        assert_eq!(quoted("The voters’ choice isn't the party's choice"), 0);
        // A line break closes an unbalanced quote.
        assert_eq!(quoted("“An open quote\nthen plain text"), 3);
    }

    #[test]
    fn quote_state_is_read_from_the_start_of_the_paragraph() {
        let text =
            "Intro line.\nShe said: “the talks will go on until the end of the week,” and left.";
        let words = tokens(text);
        let talks = words.iter().position(|t| t.word(text) == "talks").unwrap();
        assert_eq!(quoted_words(text, &words, talks..talks + 3), 3);
        let and = words.iter().position(|t| t.word(text) == "and").unwrap();
        assert_eq!(quoted_words(text, &words, and..and + 2), 0);
    }
}
