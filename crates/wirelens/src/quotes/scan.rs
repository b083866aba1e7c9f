//! The quote engine's own scanner: words, possessives and punctuation with
//! byte offsets, grouped into paragraphs (lines) and sentences.
//!
//! A word is a run of alphanumerics; an apostrophe or a single hyphen between
//! two alphanumerics stays inside it (`don't`, `anti-Taliban`), except a final
//! `'s`/`’s`, which becomes its own [`TokenKind::Possessive`] token so that
//! "Taliban’s" is the name "Taliban". Every other non-space character is a
//! one-character punctuation token (a run of hyphens is one token: `--`).

use super::lexicon::Lexicon;
use crate::case::Lower;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Possessive,
    Punct,
}

/// One token: its byte range and where it sits. Offsets and indices are
/// kept as `u32` (20 bytes a token with its flags, not 40): an article is far below 4 GiB
/// (the import limit is 64 MB; [`tokenize`] checks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    paragraph: u32,
    sentence: u32,
    pub kind: TokenKind,
    /// Inside the words of a quote (not its marks).
    pub in_quote: bool,
    /// A word that can be part of a name (see `mentions::mark_name_words`).
    pub name_word: bool,
}

impl Token {
    /// Byte offset of the token's start.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset just past the token.
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Index of the line the token is on.
    #[inline]
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }

    /// Index of the sentence (sentences never span paragraphs).
    #[inline]
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start()..self.end()]
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// A word starting with an upper-case letter.
    #[inline]
    pub fn is_capitalised(&self, text: &str) -> bool {
        if !self.is_word() {
            return false;
        }
        match text.as_bytes().get(self.start()) {
            Some(byte) if byte.is_ascii() => byte.is_ascii_uppercase(),
            _ => self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
        }
    }

    pub fn is_punct(&self, text: &str, c: char) -> bool {
        self.kind == TokenKind::Punct && self.text(text).starts_with(c)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The character at byte offset `p` (a char boundary), `None` at the end.
#[inline]
fn char_at(text: &str, p: usize) -> Option<char> {
    let byte = *text.as_bytes().get(p)?;
    if byte.is_ascii() {
        Some(char::from(byte))
    } else {
        text[p..].chars().next()
    }
}

/// Split `text` into tokens (paragraph indices filled; sentences later).
/// One pass over the bytes, decoding characters only where they are not ASCII.
/// Panics on a text of 4 GiB or more (offsets are `u32`).
pub fn tokenize(text: &str) -> Vec<Token> {
    assert!(u32::try_from(text.len()).is_ok(), "article under 4 GiB");
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut paragraph = 0u32;
    let at = |p: usize| char_at(text, p);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Spaces and line breaks, without decoding.
        match bytes[i] {
            b'\n' => {
                paragraph += 1;
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' | 0x0b | 0x0c => {
                i += 1;
                continue;
            }
            _ => {}
        }
        let Some(c) = at(i) else { break };
        let after_c = i + c.len_utf8();
        if c == '\n' {
            paragraph += 1;
            i = after_c;
            continue;
        }
        if c.is_whitespace() {
            i = after_c;
            continue;
        }
        let start = i;
        let push = |tokens: &mut Vec<Token>, end: usize, kind: TokenKind| {
            tokens.push(Token {
                start: start as u32,
                end: end as u32,
                kind,
                paragraph,
                sentence: 0,
                in_quote: false,
                name_word: false,
            })
        };
        if c.is_alphanumeric() {
            let mut j = after_c;
            loop {
                // ASCII letters and digits first, without decoding.
                while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
                    j += 1;
                }
                match at(j) {
                    Some(d) if d.is_alphanumeric() => j += d.len_utf8(),
                    Some(d) if is_apostrophe(d) || d == '-' => {
                        let j1 = j + d.len_utf8();
                        let Some(e) = at(j1).filter(|e| e.is_alphanumeric()) else {
                            break;
                        };
                        let j2 = j1 + e.len_utf8();
                        // A possessive 's ends the word.
                        let possessive = is_apostrophe(d)
                            && matches!(e, 's' | 'S')
                            && !at(j2).is_some_and(char::is_alphanumeric);
                        if possessive {
                            break;
                        }
                        j = j2;
                    }
                    _ => break,
                }
            }
            push(&mut tokens, j, TokenKind::Word);
            if let Some(d) = at(j).filter(|&d| is_apostrophe(d)) {
                let j1 = j + d.len_utf8();
                if let Some(e) = at(j1).filter(|e| matches!(e, 's' | 'S')) {
                    let j2 = j1 + e.len_utf8();
                    if !at(j2).is_some_and(char::is_alphanumeric) {
                        tokens.push(Token {
                            start: j as u32,
                            end: j2 as u32,
                            kind: TokenKind::Possessive,
                            paragraph,
                            sentence: 0,
                            in_quote: false,
                            name_word: false,
                        });
                        j = j2;
                    }
                }
            }
            i = j;
        } else if c == '-' {
            let mut j = after_c;
            while at(j) == Some('-') {
                j += 1;
            }
            push(&mut tokens, j, TokenKind::Punct);
            i = j;
        } else {
            push(&mut tokens, after_c, TokenKind::Punct);
            i = after_c;
        }
    }
    // Kept for the whole corpus when scans are kept: no spare capacity.
    tokens.shrink_to_fit();
    tokens
}

/// The lower-case form of every token of an article, without a string per
/// word: the text with its ASCII letters lower-cased (same byte offsets), then
/// the lower-case forms of the few tokens that are not ASCII; `lower[i]` is
/// token `i` lower-cased.
#[derive(Debug, Default)]
pub struct LowerWords {
    buf: String,
    /// Range of each token's form in `buf` (`u32`: see [`Token`]).
    ranges: Vec<(u32, u32)>,
}

impl LowerWords {
    pub fn new(text: &str, tokens: &[Token]) -> Self {
        let mut buf = text.to_ascii_lowercase();
        let ranges = tokens
            .iter()
            .map(|t| {
                let word = &text.as_bytes()[t.start()..t.end()];
                if word.is_ascii() || unchanged_by_lowercase(t.text(text)) {
                    (t.start, t.end)
                } else {
                    let start = buf.len();
                    buf.push_str(&t.text(text).lower());
                    let offset = |n: usize| u32::try_from(n).expect("article under 4 GiB");
                    (offset(start), offset(buf.len()))
                }
            })
            .collect();
        LowerWords { buf, ranges }
    }

    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// Token `i` lower-cased, `None` past the end.
    pub fn get(&self, i: usize) -> Option<&str> {
        let &(start, end) = self.ranges.get(i)?;
        Some(&self.buf[start as usize..end as usize])
    }
}

/// A token that lower-casing leaves as it is (a curly quote mark, a dash,
/// "don’t"): every character is its own lower case, so no need to write its
/// lower-case form.
fn unchanged_by_lowercase(word: &str) -> bool {
    word.chars().all(|c| crate::case::lower_char(c) == c)
}

impl std::ops::Index<usize> for LowerWords {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.get(i).expect("token index in range")
    }
}

/// Number sentences: a sentence ends at `.`, `!`, `?` or `…` outside quotes
/// (not after an abbreviation, nor before a comma) and at every paragraph
/// end; a closing mark after a full stop ends it when a new sentence visibly
/// starts (two apostrophes are one mark).
pub fn mark_sentences(text: &str, tokens: &mut [Token], lower: &LowerWords, lexicon: &Lexicon) {
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
        // Two apostrophes are one closing mark (`…Show.'' ''She`): judged
        // at the second.
        let apostrophe = |k: usize| tokens.get(k).is_some_and(|t| t.text(text) == "'");
        let pair_second = i > 0
            && apostrophe(i)
            && apostrophe(i - 1)
            && tokens[i - 1].end == token.start
            && !tokens[i - 1].in_quote;
        if apostrophe(i) && !pair_second && apostrophe(i + 1) && tokens[i + 1].start == token.end {
            continue;
        }
        let mark_start = if pair_second { i - 1 } else { i };
        let closes_full_stop = mark_start > 0
            && tokens[mark_start - 1].in_quote
            && tokens[mark_start - 1].text(text) == ".";
        if closes_full_stop {
            // "(She claimed to ''retire.'') Then …": past a closing bracket.
            let next = if tokens.get(i + 1).is_some_and(|n| n.text(text) == ")") {
                i + 2
            } else {
                i + 1
            };
            let next_starts = tokens.get(next).is_some_and(|n| {
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
            // A party and state tag ("R-Fla.", "D-N.Y."): the part after the hyphen.
            let previous = lower[i - 1].rsplit('-').next().unwrap_or("");
            let single_letter = previous.chars().count() == 1;
            if single_letter || lexicon.abbreviations.contains(previous) {
                continue;
            }
            // A full stop with a comma right after it is an abbreviation
            // ("retired in Salem, Mass., said"); so is the state of a party
            // tag closed by a bracket ("(D-Wash.) said"), even a state that
            // is also a word.
            let next = tokens.get(i + 1).map(|n| n.text(text));
            let party_tag = lower[i - 1]
                .split_once('-')
                .is_some_and(|(party, _)| party.chars().count() == 1);
            if next == Some(",") || party_tag && next == Some(")") {
                continue;
            }
        }
        sentence += 1;
    }
}
