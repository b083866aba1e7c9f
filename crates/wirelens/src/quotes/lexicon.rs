//! The word lists that drive attribution, kept as plain text in `data/` and
//! parsed once (a process-wide `OnceLock` of immutable data).
//!
//! Every file has one entry per line, `#` starts a comment; a TAB separates an
//! entry from its value where the list has one.

use crate::case::Lower;
use crate::words::{WordMap, WordSet};
use std::sync::OnceLock;

/// What a title word means (`data/titles.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleClass {
    /// Names one person: "spokesman", "leader".
    Person,
    /// Names an organisation: "group", "front".
    Org,
    /// May sit inside a role before the title: "chief", "deputy".
    Modifier,
    /// Names one person the article does not name: "the source", "a
    /// voter", "the moderator". Heads a descriptor that only a role
    /// naming it resolves, never the last person mentioned.
    Unnamed,
}

/// A cue phrase and where its speaker stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CuePhrase {
    /// Lower-case words of the phrase.
    pub words: Vec<String>,
    /// The speaker follows the cue ("according to X").
    pub speaker_after: bool,
}

/// All lexicons, parsed.
#[derive(Debug)]
pub struct Lexicon {
    /// Cue phrases, longest first.
    pub cues: Vec<CuePhrase>,
    /// Indices into `cues` by first word (longest first).
    pub cues_by_first_word: WordMap<Vec<usize>>,
    /// Indices into `channels` by first word (longest first).
    pub channels_by_first_word: WordMap<Vec<usize>>,
    /// Channel phrases (lower-case words) and the channel they name, longest first.
    pub channels: Vec<(Vec<String>, String)>,
    // Membership only (never iterated), so hashing cannot affect output order.
    pub titles: WordMap<TitleClass>,
    pub org_heads: WordSet,
    pub place_heads: WordSet,
    pub kinship: WordSet,
    pub intros: WordSet,
    pub conjunctions: WordSet,
    pub auxiliaries: WordSet,
    pub abbreviations: WordSet,
    pub stopwords: WordSet,
}

fn entries(text: &str) -> impl Iterator<Item = (&str, Option<&str>)> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or(""))
        .filter(|line| !line.trim().is_empty())
        .map(|line| match line.split_once('\t') {
            Some((key, value)) => (key.trim(), Some(value.trim())),
            None => (line.trim(), None),
        })
}

fn word_set(text: &str) -> WordSet {
    entries(text).map(|(k, _)| k.lower()).collect()
}

fn phrase_words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(crate::case::lower).collect()
}

impl Lexicon {
    fn parse() -> Self {
        let mut cues: Vec<CuePhrase> = entries(data_file!("cues.txt"))
            .map(|(phrase, value)| CuePhrase {
                words: phrase_words(phrase),
                speaker_after: value == Some("after"),
            })
            .collect();
        crate::order::sort_by_numbers(&mut cues, |c| [u64::MAX - c.words.len() as u64, 0, 0, 0]);
        let mut channels: Vec<(Vec<String>, String)> = entries(data_file!("channels.txt"))
            .filter_map(|(phrase, value)| Some((phrase_words(phrase), value?.to_string())))
            .collect();
        crate::order::sort_by_numbers(&mut channels, |c| [u64::MAX - c.0.len() as u64, 0, 0, 0]);
        let mut titles = WordMap::default();
        for (word, class) in entries(data_file!("titles.txt")) {
            let Some(class) = class else { continue };
            let class = match class {
                "person" => TitleClass::Person,
                "org" => TitleClass::Org,
                "unnamed" => TitleClass::Unnamed,
                _ => TitleClass::Modifier,
            };
            titles.insert(&word.lower(), class);
        }
        let mut cues_by_first_word: WordMap<Vec<usize>> = WordMap::default();
        for (i, cue) in cues.iter().enumerate() {
            cues_by_first_word
                .get_or_insert_with(&cue.words[0], Vec::new)
                .push(i);
        }
        let mut channels_by_first_word: WordMap<Vec<usize>> = WordMap::default();
        for (i, (words, _)) in channels.iter().enumerate() {
            channels_by_first_word
                .get_or_insert_with(&words[0], Vec::new)
                .push(i);
        }
        Lexicon {
            cues,
            cues_by_first_word,
            channels_by_first_word,
            channels,
            titles,
            org_heads: word_set(data_file!("org_heads.txt")),
            place_heads: word_set(data_file!("place_heads.txt")),
            kinship: word_set(data_file!("kinship.txt")),
            intros: word_set(data_file!("intros.txt")),
            conjunctions: word_set(data_file!("conjunctions.txt")),
            auxiliaries: word_set(data_file!("auxiliaries.txt")),
            abbreviations: word_set(data_file!("abbreviations.txt")),
            stopwords: word_set(data_file!("stopwords.txt")),
        }
    }

    /// The lexicon, parsed on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::parse)
    }

    pub fn title(&self, lower: &str) -> Option<TitleClass> {
        self.titles.get(lower).copied()
    }

    /// The first word of a cue verb ("said", "tweeted") is a cue on its own.
    pub fn is_cue_word(&self, lower: &str) -> bool {
        self.cues_by_first_word
            .get(lower)
            .is_some_and(|list| list.iter().any(|&c| self.cues[c].words.len() == 1))
    }
}
