//! The quote engine's own scanner: words, possessives and punctuation with
//! byte offsets, grouped into paragraphs (lines) and sentences.
//!
//! A word is a run of alphanumerics; an apostrophe or a single hyphen between
//! two alphanumerics stays inside it (`don't`, `anti-Taliban`), except a final
//! `'s`/`’s`, which becomes its own [`TokenKind::Possessive`] token so that
//! "Taliban’s" is the name "Taliban". Every other non-space character is a
//! one-character punctuation token (a run of hyphens is one token: `--`).

use super::lexicon::Lexicon;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Possessive,
    Punct,
}

/// One token: its byte range and where it sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Index of the line the token is on.
    pub paragraph: usize,
    /// Index of the sentence (sentences never span paragraphs).
    pub sentence: usize,
    /// Inside the words of a quote (not its marks).
    pub in_quote: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// A word starting with an upper-case letter.
    pub fn is_capitalised(&self, text: &str) -> bool {
        self.is_word()
            && self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    pub fn is_punct(&self, text: &str, c: char) -> bool {
        self.kind == TokenKind::Punct && self.text(text).starts_with(c)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Split `text` into tokens (paragraph indices filled; sentences later).
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::with_capacity(chars.len() / 4);
    let mut paragraph = 0;
    let mut i = 0;
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    while i < chars.len() {
        let c = chars[i].1;
        if c == '\n' {
            paragraph += 1;
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let push = |tokens: &mut Vec<Token>, end: usize, kind: TokenKind| {
            tokens.push(Token {
                start,
                end,
                kind,
                paragraph,
                sentence: 0,
                in_quote: false,
            })
        };
        if c.is_alphanumeric() {
            let mut j = i + 1;
            loop {
                match at(j) {
                    Some(d) if d.is_alphanumeric() => j += 1,
                    Some(d)
                        if (is_apostrophe(d) || d == '-')
                            && at(j + 1).is_some_and(char::is_alphanumeric) =>
                    {
                        // A possessive 's ends the word.
                        let possessive = is_apostrophe(d)
                            && matches!(at(j + 1), Some('s' | 'S'))
                            && !at(j + 2).is_some_and(char::is_alphanumeric);
                        if possessive {
                            break;
                        }
                        j += 2;
                    }
                    _ => break,
                }
            }
            push(&mut tokens, offset(j), TokenKind::Word);
            if at(j).is_some_and(is_apostrophe)
                && matches!(at(j + 1), Some('s' | 'S'))
                && !at(j + 2).is_some_and(char::is_alphanumeric)
            {
                tokens.push(Token {
                    start: offset(j),
                    end: offset(j + 2),
                    kind: TokenKind::Possessive,
                    paragraph,
                    sentence: 0,
                    in_quote: false,
                });
                j += 2;
            }
            i = j;
        } else if c == '-' {
            let mut j = i + 1;
            while at(j) == Some('-') {
                j += 1;
            }
            push(&mut tokens, offset(j), TokenKind::Punct);
            i = j;
        } else {
            push(&mut tokens, offset(i + 1), TokenKind::Punct);
            i += 1;
        }
    }
    tokens
}

/// Number sentences: a sentence ends at `.`, `!`, `?` or `…` outside quotes
/// (not after an abbreviation) and at every paragraph end.
pub fn mark_sentences(text: &str, tokens: &mut [Token], lexicon: &Lexicon) {
    let mut sentence = 0;
    for i in 0..tokens.len() {
        if i > 0 && tokens[i].paragraph != tokens[i - 1].paragraph {
            sentence += 1;
        }
        tokens[i].sentence = sentence;
        let token = tokens[i];
        if token.kind != TokenKind::Punct || token.in_quote {
            continue;
        }
        // A closing mark after a full stop ends the sentence when a new one
        // visibly starts: `…walked out." Metro Rail said` (but `…soon!" Nazary
        // tweeted` keeps its attribution).
        let closes_full_stop = i > 0 && tokens[i - 1].in_quote && tokens[i - 1].text(text) == ".";
        if closes_full_stop {
            let next_starts = tokens.get(i + 1).is_some_and(|n| {
                n.paragraph == token.paragraph
                    && (n.is_capitalised(text)
                        || n.kind == TokenKind::Punct
                            && !n.in_quote
                            && !matches!(n.text(text), "," | "." | ";" | ":" | ")"))
            });
            if next_starts {
                sentence += 1;
            }
            continue;
        }
        let terminal = matches!(token.text(text), "." | "!" | "?" | "…");
        if !terminal {
            continue;
        }
        if token.text(text) == "."
            && i > 0
            && tokens[i - 1].is_word()
            && tokens[i - 1].end == token.start
        {
            let previous = tokens[i - 1].text(text).to_lowercase();
            let single_letter = previous.chars().count() == 1;
            if single_letter || lexicon.abbreviations.contains(&previous) {
                continue;
            }
        }
        sentence += 1;
    }
}
