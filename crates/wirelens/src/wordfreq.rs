//! How common an English word is, from the engine's own compact table.
//!
//! Five articles carry no statistics of their own, so decisions such as "is
//! this shared phrase just ordinary news English?" or "is this capitalised
//! word an ordinary word rather than a name?" need outside knowledge. The
//! table `data/wordfreq_en.txt` holds the ~7,000 most frequent English words
//! (Zipf ≥ 4.0) with their frequency on the Zipf scale (log10 of uses per
//! billion words: "the" ≈ 7.7, "comment" ≈ 5.0, "quagmire" is not listed).
//! It is derived from the wordfreq project (data CC BY-SA 4.0) by
//! `scripts/wordfreq_table.py`.
//!
//! Look-ups go by the reuse engine's normalised word key ([`text::word_key`]),
//! so a token's key can be asked directly in hot loops, and case, apostrophe
//! style and a possessive `'s` do not matter.

use std::sync::OnceLock;

use crate::text;

/// Zipf frequency of words not in the table (rarer than Zipf 4.0, or not English).
pub const UNLISTED: f32 = 0.0;

/// The lowest Zipf value a listed word has.
pub const MIN_LISTED_ZIPF: f32 = 4.0;

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
    TABLE.get_or_init(|| parse(include_str!("../data/wordfreq_en.txt")))
}

fn parse(data: &str) -> Vec<(u64, u8)> {
    let mut band = 0u8;
    let mut entries = Vec::with_capacity(8192);
    for line in data.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some(zipf) = line.strip_prefix('@') {
            band = zipf
                .trim()
                .parse::<f32>()
                .map_or(0, |z| (z * 10.0).round().clamp(0.0, 255.0) as u8);
            continue;
        }
        for word in line.split_ascii_whitespace() {
            entries.push((text::word_key(word), band));
        }
    }
    // A word listed twice (e.g. "it's" and "it" share a key) keeps its
    // highest frequency: sort by key, then by band descending, and dedup.
    entries.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    entries.dedup_by_key(|e| e.0);
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_most_frequent() {
        assert!(zipf("the") > 7.0);
        assert!(zipf("The") > 7.0, "case does not matter");
        assert!(zipf("said") > 5.5);
    }

    #[test]
    fn news_words_sit_between() {
        for word in ["comment", "declined", "reporters", "president"] {
            let z = zipf(word);
            assert!((4.0..6.5).contains(&z), "{word}: {z}");
        }
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
