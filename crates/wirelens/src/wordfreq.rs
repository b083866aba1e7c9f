//! STAND-IN for the lead's `wordfreq` module (same signature): English word
//! frequencies on the Zipf scale from the wordfreq project (CC BY-SA 4.0),
//! the 5,000 most frequent words, parsed once from `data/wordfreq_en.txt`.

use std::collections::HashMap;
use std::sync::OnceLock;

fn table() -> &'static HashMap<&'static str, f32> {
    static TABLE: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../data/wordfreq_en.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (word, zipf) = l.split_once('\t')?;
                Some((word, zipf.parse::<f32>().ok()? / 100.0))
            })
            .collect()
    })
}

/// Zipf frequency (about 0..8) of a lower-case word; 0.0 when not in the table.
pub fn zipf(lowercase_word: &str) -> f32 {
    table().get(lowercase_word).copied().unwrap_or(0.0)
}
