//! How much a stretch of text says that is not ordinary news English.
//!
//! A shared passage is evidence of reuse only when its words are unusual
//! enough that two writers would not produce them independently. Length alone
//! does not tell: "did not respond to a request for comment" is eight words
//! any reporter writes, while "the area that has resisted occupation by
//! invaders in the past" is eleven words of one story. The engine needs this
//! knowledge without a corpus to learn from (the browser may hold five
//! articles), so it brings two pieces of its own:
//!
//! - **word frequencies** ([`crate::wordfreq::zipf`], English news and web text
//!   from the wordfreq project): a word's weight falls from 1 for a rare word
//!   (Zipf ≤ [`RARE_ZIPF`], or not in the table: names, numbers, rare words)
//!   to 0 for a very common one (Zipf ≥ [`COMMON_ZIPF`]: "the", "said", "year");
//! - **stock phrases** (`data/stock_phrases.txt`): formulas of news English
//!   ("declined to comment", "margin of error", "presidential candidate",
//!   "on the condition of anonymity"), whose words weigh nothing.
//!
//! The *informative mass* of a span is the sum of its words' weights.

use std::sync::OnceLock;

use crate::text::{tokens, Token};

/// Zipf frequency at and above which a word weighs nothing ("the" is 7.7,
/// "said" 6.0).
pub const COMMON_ZIPF: f32 = 6.0;
/// Zipf frequency at and below which a word weighs 1 ("occupation" is 4.2, below the table at 4.4,
/// "invaders" is not among the common words at all).
pub const RARE_ZIPF: f32 = 4.0;

/// How much one word (as written) tells: 0 (very common) ..= 1 (rare).
pub fn word_weight(word: &str) -> f64 {
    key_weight(crate::text::word_key(word))
}

/// [`word_weight`] of the word whose normalised key is `key` ([`Token::key`]:
/// any case, any apostrophe, a final `'s` dropped).
pub fn key_weight(key: u64) -> f64 {
    let zipf = crate::wordfreq::zipf_of_key(key);
    if zipf <= 0.0 {
        return 1.0;
    }
    f64::from(((COMMON_ZIPF - zipf) / (COMMON_ZIPF - RARE_ZIPF)).clamp(0.0, 1.0))
}

/// Zipf frequency at and above which a word is *common* for seeding: a
/// shingle made only of such words ("one of the most", "at the end of") is
/// not indexed. About the 150 most frequent English words ("the", "of", "said").
pub const SEED_COMMON_ZIPF: f32 = 6.0;

/// Is the word whose matching key ([`Token::key`]) is `key` common for
/// seeding (Zipf ≥ [`SEED_COMMON_ZIPF`])? A probe of a small fixed table:
/// this runs for every token of the index.
pub fn is_seed_common_key(key: u64) -> bool {
    SeedCommon::get().contains(key)
}

/// The ~150 keys of [`SEED_COMMON_ZIPF`] words, in an open-addressing table
/// (keys are well-mixed hashes: their low bits index it directly).
struct SeedCommon {
    slots: Vec<u64>,
    /// Whether key 0 (the empty slot marker) is itself common.
    zero: bool,
}

impl SeedCommon {
    fn get() -> &'static SeedCommon {
        static TABLE: OnceLock<SeedCommon> = OnceLock::new();
        TABLE.get_or_init(|| {
            let keys = crate::wordfreq::keys_at_least(SEED_COMMON_ZIPF);
            let size = (keys.len() * 4).next_power_of_two().max(16);
            let mut table = SeedCommon {
                slots: vec![0; size],
                zero: false,
            };
            for key in keys {
                if key == 0 {
                    table.zero = true;
                    continue;
                }
                let mut i = key as usize & (size - 1);
                while table.slots[i] != 0 && table.slots[i] != key {
                    i = (i + 1) & (size - 1);
                }
                table.slots[i] = key;
            }
            table
        })
    }

    fn contains(&self, key: u64) -> bool {
        if key == 0 {
            return self.zero;
        }
        let mask = self.slots.len() - 1;
        let mut i = key as usize & mask;
        loop {
            match self.slots[i] {
                0 => return false,
                k if k == key => return true,
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// A list of phrases matched on normalised word keys; `*` matches any word.
#[derive(Debug, Default)]
pub struct PhraseList {
    /// (key of the first word, phrase), sorted by that key (phrases never
    /// start with `*`). A sorted list rather than a hash map: as fast for a
    /// few hundred phrases, and no hash table code in the wasm.
    by_first_word: Vec<(u64, Vec<Option<u64>>)>,
}

impl PhraseList {
    /// Parse one phrase a line; `#` starts a comment line.
    pub fn parse(list: &str) -> Self {
        let mut by_first_word: Vec<(u64, Vec<Option<u64>>)> = Vec::new();
        for line in list.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let phrase: Vec<Option<u64>> = line
                .split_whitespace()
                .flat_map(|part| {
                    if part == "*" {
                        vec![None]
                    } else {
                        tokens(part).into_iter().map(|t| Some(t.key)).collect()
                    }
                })
                .collect();
            if let Some(&Some(first)) = phrase.first() {
                by_first_word.push((first, phrase));
            }
        }
        crate::order::sort_by_numbers(&mut by_first_word, |&(first, _)| [first, 0, 0, 0]);
        Self { by_first_word }
    }

    /// Marks in `covered` (one flag per token) the tokens inside any match.
    pub fn mark(&self, words: &[Token], covered: &mut [bool]) {
        for start in 0..words.len() {
            let key = words[start].key;
            let first = self.by_first_word.partition_point(|&(k, _)| k < key);
            let candidates = self.by_first_word[first..]
                .iter()
                .take_while(|&&(k, _)| k == key)
                .map(|(_, phrase)| phrase);
            for phrase in candidates {
                let end = start + phrase.len();
                let matches = end <= words.len()
                    && phrase
                        .iter()
                        .zip(&words[start..end])
                        .all(|(want, got)| want.is_none_or(|k| k == got.key));
                if matches {
                    covered[start..end].iter_mut().for_each(|c| *c = true);
                }
            }
        }
    }

    /// Does any phrase occur in `words`?
    pub fn occurs_in(&self, words: &[Token]) -> bool {
        let mut covered = vec![false; words.len()];
        self.mark(words, &mut covered);
        covered.contains(&true)
    }
}

/// The stock phrases of `data/stock_phrases.txt`, parsed once.
pub fn stock_phrases() -> &'static PhraseList {
    static LIST: OnceLock<PhraseList> = OnceLock::new();
    LIST.get_or_init(|| PhraseList::parse(data_file!("stock_phrases.txt")))
}

/// Words of context on each side a stock phrase may straddle into.
const PHRASE_CONTEXT: usize = 6;

/// Weight of a name (a capitalised word inside a sentence) relative to a
/// lower-case word of the same frequency. Names are what a story is about, so
/// every article on it repeats them ("Ahmad Shah Massoud", "Hillary Clinton");
/// the wording around them is what shows copying.
pub const NAME_WEIGHT: f64 = 0.3;

/// Is word `i` capitalised inside a sentence (not its first word)?
fn is_name(text: &str, words: &[Token], i: usize) -> bool {
    let word = words[i].word(text);
    if !word.chars().next().is_some_and(char::is_uppercase) || i == 0 {
        return false;
    }
    let gap = &text[words[i - 1].end()..words[i].start()];
    !gap.contains(['.', '!', '?', ':', '\n', '"', '“', '‘', '\'', '(', '—', '-'])
}

/// Informative mass of the words `words[range]` of `text`: the sum of the
/// weights of the words that are not part of a stock phrase (a phrase may
/// begin or end just outside the range), names counting [`NAME_WEIGHT`].
pub fn informative_mass(text: &str, words: &[Token], range: std::ops::Range<usize>) -> f64 {
    let range = range.start.min(words.len())..range.end.min(words.len());
    let from = range.start.saturating_sub(PHRASE_CONTEXT);
    let to = (range.end + PHRASE_CONTEXT).min(words.len());
    let mut covered = vec![false; to - from];
    stock_phrases().mark(&words[from..to], &mut covered);
    range
        .filter(|&i| !covered[i - from])
        .map(|i| {
            let weight = key_weight(words[i].key);
            if is_name(text, words, i) {
                weight * NAME_WEIGHT
            } else {
                weight
            }
        })
        .sum()
}

/// Informative mass of a whole text (see [`informative_mass`]).
pub fn text_mass(text: &str) -> f64 {
    let words = tokens(text);
    informative_mass(text, &words, 0..words.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_weigh_little_and_rare_words_weigh_one() {
        assert_eq!(word_weight("the"), 0.0);
        assert_eq!(word_weight("said"), 0.0);
        assert_eq!(word_weight("crabgrass"), 1.0);
        assert_eq!(word_weight("Panjshir’s"), 1.0);
        let middle = word_weight("comment");
        assert!(middle > 0.0 && middle < 1.0, "{middle}");
        assert_eq!(word_weight("Comment"), middle);
    }

    #[test]
    fn stock_phrases_carry_no_weight() {
        // Invented sentences: a formula, and one of a story.
        let formula = text_mass("The ministry did not respond to a request for comment.");
        let story = text_mass("The area has resisted occupation by invaders in the past.");
        assert!(formula < 1.5, "{formula}");
        assert!(story > formula + 1.0, "{story} vs {formula}");
        assert!(text_mass("with a margin of error of plus or minus 3 percentage points") < 1.5);
    }

    #[test]
    fn wildcards_and_phrases_at_the_edges_match() {
        let list = PhraseList::parse("# comment\naccording to a * poll\n");
        let words = tokens("support fell, according to a Gallup poll released");
        let mut covered = vec![false; words.len()];
        list.mark(&words, &mut covered);
        assert_eq!(covered, [false, false, true, true, true, true, true, false]);
        // "declined to comment" straddles the start of the range.
        let text = "The mayor declined to comment on the plan";
        let words = tokens(text);
        let inside = informative_mass(text, &words, 3..words.len());
        let outside = informative_mass(text, &words, 5..words.len());
        assert!((inside - outside).abs() < 1e-9);
    }
}
