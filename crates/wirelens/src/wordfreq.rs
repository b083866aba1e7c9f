//! How common an English word is, from the engine's own compact table.
//!
//! Five articles carry no statistics of their own, so decisions such as "is
//! this shared phrase just ordinary news English?" or "is this capitalised
//! word an ordinary word rather than a name?" need outside knowledge. The
//! table `data/wordfreq_en.txt` holds the ~3,600 most frequent English words
//! (Zipf ≥ 4.4) with their frequency on the Zipf scale (log10 of uses per
//! billion words: "the" ≈ 7.7, "comment" ≈ 5.0, "quagmire" is not listed).
//! It is derived from the wordfreq project (data CC BY-SA 4.0) by
//! `scripts/wordfreq_table.py`.
//!
//! Look-ups go by the reuse engine's normalised word key ([`text::word_key`]),
//! so a token's key can be asked directly in hot loops, and case, apostrophe
//! style and a possessive `'s` do not matter.

use std::sync::OnceLock;

use crate::text;

/// Zipf frequency of words not in the table (rarer than Zipf 4.4, or not English).
pub const UNLISTED: f32 = 0.0;

/// The lowest Zipf value a listed word has.
pub const MIN_LISTED_ZIPF: f32 = 4.4;

/// The Zipf value, in tenths, of the band letter 'A' in the table's format.
const BAND_A_TENTHS: u8 = 40;

/// Zipf frequency of `word` (any case, any apostrophe style), or [`UNLISTED`].
pub fn zipf(word: &str) -> f32 {
    zipf_of_key(text::word_key(word))
}

/// Zipf frequency of the word whose normalised key is `key`
/// ([`text::Token::key`]), or [`UNLISTED`].
pub fn zipf_of_key(key: u64) -> f32 {
    let table = table();
    match table.binary_search_by_key(&key, |&(k, _)| k) {
        Ok(i) => f32::from(table[i].1) / 10.0,
        Err(_) => UNLISTED,
    }
}

/// The keys of the listed words whose Zipf frequency is at least `zipf`, sorted.
pub fn keys_at_least(zipf: f32) -> Vec<u64> {
    let band = (zipf * 10.0).round().clamp(0.0, 255.0) as u8;
    table()
        .iter()
        .filter(|&&(_, z)| z >= band)
        .map(|&(key, _)| key)
        .collect()
}

/// (word key, Zipf × 10), sorted by key. Parsed once, at first use.
fn table() -> &'static [(u64, u8)] {
    static TABLE: OnceLock<Vec<(u64, u8)>> = OnceLock::new();
    TABLE.get_or_init(|| parse(data_file!("wordfreq_en.txt")))
}

/// Read the table's compact format (see `scripts/wordfreq_table.py`): after
/// `@bands`, one letter per word ('A' = Zipf 4.0, 'B' = 4.1, ...); after
/// `@words`, the words in alphabetical order, each a digit (letters shared
/// with the previous word) and the rest of the word. Line breaks carry no
/// meaning in either part.
fn parse(data: &str) -> Vec<(u64, u8)> {
    let lowest = BAND_A_TENTHS;
    let mut bands: Vec<u8> = Vec::with_capacity(8192);
    let mut entries = Vec::with_capacity(8192);
    let mut part = "";
    let mut word = String::new();
    for line in data.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('@') {
            part = if name.trim() == "words" {
                "words"
            } else {
                "bands"
            };
            continue;
        }
        if part == "bands" {
            bands.extend(line.bytes().map(|b| b.saturating_sub(b'A') + lowest));
            continue;
        }
        for byte in line.bytes() {
            if byte.is_ascii_digit() {
                if !word.is_empty() {
                    push_word(&mut entries, &word, &bands);
                }
                word.truncate(usize::from(byte - b'0').min(word.len()));
            } else {
                word.push(char::from(byte));
            }
        }
    }
    if !word.is_empty() {
        push_word(&mut entries, &word, &bands);
    }
    // A word listed twice (e.g. "it's" and "it" share a key) keeps its
    // highest frequency: sort by key, then by band descending, and dedup.
    crate::order::sort_by_numbers(&mut entries, |&(key, band)| {
        [key, u64::from(u8::MAX - band), 0, 0]
    });
    entries.dedup_by_key(|e| e.0);
    entries
}

/// The n-th word read gets the n-th band (unlisted when the bands run short).
fn push_word(entries: &mut Vec<(u64, u8)>, word: &str, bands: &[u8]) {
    let band = bands.get(entries.len()).copied().unwrap_or(0);
    entries.push((text::word_key(word), band));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compact_format_reads_front_coded_words_and_their_bands() {
        let table = parse("# comment\n@bands\nAB\nK\n@words\n0cat2r\n1ow\n");
        let key = |w: &str| text::word_key(w);
        let mut expected = vec![(key("cat"), 40), (key("car"), 41), (key("cow"), 50)];
        expected.sort_unstable();
        assert_eq!(table, expected);
    }

    #[test]
    fn the_whole_table_is_read() {
        assert!((3_500..=3_643).contains(&table().len()));
        assert_eq!(zipf("abandon"), UNLISTED, "Zipf 4.1: below the table");
        assert_eq!(zipf("zone"), 4.8);
    }

    #[test]
    fn rare_and_foreign_words_are_unlisted() {
        for word in ["quagmire", "Panjshir", "Mujahid", "", "xqzv"] {
            assert_eq!(zipf(word), UNLISTED, "{word}");
        }
    }

    #[test]
    fn possessive_and_apostrophe_style_are_ignored() {
        assert_eq!(zipf("government's"), zipf("government"));
        assert_eq!(zipf("don’t"), zipf("don't"));
        assert!(zipf("don't") >= MIN_LISTED_ZIPF);
    }

    #[test]
    fn token_keys_look_up_the_same_value() {
        let tokens = text::tokens("The spokesman declined to comment.");
        let by_key: Vec<f32> = tokens.iter().map(|t| zipf_of_key(t.key)).collect();
        let by_word: Vec<f32> = ["the", "spokesman", "declined", "to", "comment"]
            .iter()
            .map(|w| zipf(w))
            .collect();
        assert_eq!(by_key, by_word);
    }
}
