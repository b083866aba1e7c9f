//! Helpers shared by the quote tests: run attribution on invented articles
//! (ids 000, 001, …) and look up a quote's speaker by the quote's opening.
#![allow(dead_code)] // each test file uses the helpers it needs

use wirelens::quotes::{attribute, QuoteAnalysis};

/// Quote attribution over `texts`, with ids "000", "001", …
pub fn run(texts: &[&str]) -> QuoteAnalysis {
    let ids: Vec<String> = (0..texts.len()).map(|i| format!("{i:03}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    attribute(&ids, texts)
}

/// The speaker of the quote whose text starts with `starts` (panics, naming
/// the quotes found, when there is no such quote).
pub fn speaker_of<'a>(analysis: &'a QuoteAnalysis, starts: &str) -> Option<&'a str> {
    analysis
        .quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?}: {analysis:?}"))
        .speaker
        .as_deref()
}
