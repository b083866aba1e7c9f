//! Quotes: spans, attribution, canonical speakers, utterances.
//! (Placeholder interface; lands with issue #5.)

use crate::{Quote, Speaker, Utterance};

/// What quote attribution finds in a corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteAnalysis {
    pub quotes: Vec<Quote>,
    pub speakers: Vec<Speaker>,
    pub utterances: Vec<Utterance>,
}

/// Find and attribute every quote of every document (`ids[i]` names `texts[i]`).
pub fn attribute(ids: &[&str], texts: &[&str]) -> QuoteAnalysis {
    let _ = (ids, texts);
    QuoteAnalysis::default()
}
