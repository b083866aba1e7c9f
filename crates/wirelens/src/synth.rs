//! A deterministic generator of news-like corpora with planted, edited reuse,
//! for benchmarks and recall tests at any scale.
//!
//! Built from seed texts (the embedded articles) without copying their
//! sentences: "new" text draws words from the seeds' word frequencies mixed
//! with invented words (so chance matches of whole n-grams stay as rare as in
//! real text), with sentence lengths taken from the seeds. Articles come in
//! *stories* of one to five articles, like the seeds themselves: each story has
//! a wire text of a few paragraphs (the first stories' wire includes real seed
//! paragraphs), and each article of the story carries edited copies of some
//! wire paragraphs (changed, deleted and inserted words, an inserted clause,
//! another quote style) among its own new paragraphs. Every pair of copies of
//! the same wire paragraph is recorded as a [`PlantedPassage`], so tests can
//! measure recall on generated corpora too.
//!
//! Reuse is bounded per story, as in a real news stream, so the total amount
//! of reuse grows linearly with the number of articles.

use crate::text::tokens;
use crate::Document;
use std::collections::BTreeSet;
use std::ops::Range;

/// Roughly how many bytes each generated article has.
pub const ARTICLE_BYTES: usize = 4000;

/// A generated corpus and the reuse planted in it.
#[derive(Debug, Clone, PartialEq)]
pub struct SynthCorpus {
    pub documents: Vec<Document>,
    pub planted: Vec<PlantedPassage>,
}

/// Two edited copies of one wire paragraph, in two different articles
/// (`a_doc < b_doc`); ranges are byte offsets into the documents' texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlantedPassage {
    pub a_doc: usize,
    pub a: Range<usize>,
    pub b_doc: usize,
    pub b: Range<usize>,
}

/// SplitMix64: a tiny, fixed, seedable generator (no dependency, no global state).
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        crate::text::mix64(self.0)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn range(&mut self, lo: usize, hi_inclusive: usize) -> usize {
        lo + self.below(hi_inclusive - lo + 1)
    }
}

/// Where generated words come from.
struct Vocabulary {
    /// Every word of the seeds in order, as written: sampling an index gives
    /// the seeds' word frequencies.
    seed_words: Vec<String>,
    /// Invented words, sampled with a heavy-tailed (Zipf-like) distribution.
    invented: Vec<String>,
    /// Word counts of the seeds' sentences.
    sentence_lengths: Vec<usize>,
}

const SYLLABLES: &[&str] = &[
    "ka", "ran", "dor", "mi", "sha", "tel", "vo", "lin", "que", "bar", "zu", "ne", "ost", "ri",
    "pal", "gem", "tu", "fa", "hor", "ele", "wan", "cid", "mu", "sto",
];

impl Vocabulary {
    fn from_seeds(seed_texts: &[&str], rng: &mut Rng) -> Self {
        let mut seed_words = Vec::new();
        let mut sentence_lengths = Vec::new();
        for text in seed_texts {
            let mut in_sentence = 0;
            for token in tokens(text) {
                let word = token.word(text);
                seed_words.push(word.to_string());
                in_sentence += 1;
                let after = &text[token.end()..];
                if after.starts_with(['.', '!', '?']) {
                    sentence_lengths.push(in_sentence);
                    in_sentence = 0;
                }
            }
        }
        if seed_words.is_empty() {
            seed_words.push("news".to_string());
        }
        sentence_lengths.retain(|&n| (6..=45).contains(&n));
        if sentence_lengths.is_empty() {
            sentence_lengths.push(18);
        }
        let invented = (0..6000)
            .map(|_| {
                let syllables = rng.range(2, 4);
                (0..syllables)
                    .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                    .collect::<String>()
            })
            .collect();
        Self {
            seed_words,
            invented,
            sentence_lengths,
        }
    }

    fn word(&self, rng: &mut Rng) -> &str {
        if rng.chance(0.5) {
            &self.seed_words[rng.below(self.seed_words.len())]
        } else {
            // u^3 concentrates on low indices: a few invented words are frequent, most rare.
            let u = rng.unit();
            &self.invented[((u * u * u) * self.invented.len() as f64) as usize]
        }
    }

    fn sentence(&self, rng: &mut Rng) -> String {
        let n = self.sentence_lengths[rng.below(self.sentence_lengths.len())];
        let quoted = rng.chance(0.12);
        let mut out = String::new();
        if quoted {
            out.push('\u{201c}');
        }
        for i in 0..n {
            let word = self.word(rng);
            if i == 0 {
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(chars.as_str());
                }
            } else {
                out.push(' ');
                out.push_str(word);
                if i + 1 < n && rng.chance(0.07) {
                    out.push(',');
                }
            }
        }
        if quoted {
            out.push_str(",\u{201d} ");
            out.push_str(self.word(rng));
            out.push_str(" said.");
        } else {
            out.push('.');
        }
        out
    }

    fn paragraph(&self, rng: &mut Rng, min_sentences: usize) -> String {
        let sentences = rng.range(min_sentences, 3);
        (0..sentences)
            .map(|_| self.sentence(rng))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// An edited copy of `paragraph`: words changed, deleted or inserted at
/// small rates, sometimes a clause inserted, sometimes quote marks restyled.
fn edited_copy(paragraph: &str, vocabulary: &Vocabulary, rng: &mut Rng) -> String {
    let words = tokens(paragraph);
    let clause_at = if rng.chance(0.25) && words.len() > 4 {
        Some(rng.range(1, words.len() - 1))
    } else {
        None
    };
    let mut out = String::with_capacity(paragraph.len() + 64);
    let mut copied_to = 0;
    for (i, word) in words.iter().enumerate() {
        let separator = &paragraph[copied_to..word.start()];
        copied_to = word.end();
        if i > 0 && rng.chance(0.015) {
            continue; // deleted, with the separator before it
        }
        out.push_str(separator);
        if Some(i) == clause_at {
            let clause: Vec<&str> = (0..rng.range(3, 6)).map(|_| vocabulary.word(rng)).collect();
            out.push_str(&clause.join(" "));
            out.push_str(", ");
        }
        if rng.chance(0.025) {
            out.push_str(vocabulary.word(rng)); // changed
        } else {
            out.push_str(word.word(paragraph));
        }
        if rng.chance(0.015) {
            out.push(' ');
            out.push_str(vocabulary.word(rng)); // inserted
        }
    }
    out.push_str(&paragraph[copied_to..]);
    if rng.chance(0.5) {
        out = out
            .chars()
            .map(|c| match c {
                '\u{201c}' | '\u{201d}' => '"',
                '"' => '\u{201d}',
                '\u{2019}' => '\'',
                other => other,
            })
            .collect();
    }
    out
}

/// Paragraphs of the seeds long enough to be worth planting (12+ words),
/// keeping only paragraphs that share no 4-word sequence with one kept
/// before: the seeds reuse each other, and planted copies must be the only
/// reuse between stories for the record of planted passages to be complete.
fn seed_paragraphs<'t>(seed_texts: &[&'t str]) -> Vec<&'t str> {
    let mut seen: BTreeSet<Vec<u64>> = BTreeSet::new();
    let mut kept = Vec::new();
    for paragraph in seed_texts.iter().flat_map(|t| t.split('\n')).map(str::trim) {
        let keys: Vec<u64> = tokens(paragraph).iter().map(|t| t.key).collect();
        if keys.len() < 12 || keys.windows(4).any(|w| seen.contains(w)) {
            continue;
        }
        seen.extend(keys.windows(4).map(<[u64]>::to_vec));
        kept.push(paragraph);
    }
    kept
}

/// A corpus of `n_articles` articles (ids `synth_00000`, …) generated from
/// `seed_texts`, the same for the same arguments.
pub fn corpus(seed_texts: &[&str], n_articles: usize, seed: u64) -> SynthCorpus {
    let mut rng = Rng(seed ^ 0x05ee_d0fa_11ce);
    let vocabulary = Vocabulary::from_seeds(seed_texts, &mut rng);
    let seed_paragraphs = seed_paragraphs(seed_texts);
    let mut documents = Vec::with_capacity(n_articles);
    let mut planted = Vec::new();
    let mut story = 0;
    while documents.len() < n_articles {
        let story_size = rng.range(1, 5).min(n_articles - documents.len());
        let mut wire: Vec<String> = (0..5).map(|_| vocabulary.paragraph(&mut rng, 2)).collect();
        if let Some(real) = seed_paragraphs.get(story) {
            wire[0] = real.to_string();
        }
        // (wire paragraph, document, byte range) of every copy in this story.
        let mut copies: Vec<(usize, usize, Range<usize>)> = Vec::new();
        for _ in 0..story_size {
            let doc = documents.len();
            let mut text = String::with_capacity(ARTICLE_BYTES + 600);
            let title: Vec<&str> = (0..rng.range(6, 10))
                .map(|_| vocabulary.word(&mut rng))
                .collect();
            text.push_str(&title.join(" "));
            let mut to_copy: Vec<usize> = (0..wire.len()).collect();
            for i in (1..to_copy.len()).rev() {
                to_copy.swap(i, rng.below(i + 1));
            }
            to_copy.truncate(if story_size > 1 { rng.range(1, 3) } else { 0 });
            while text.len() < ARTICLE_BYTES {
                text.push_str("\n\n");
                if !to_copy.is_empty() && rng.chance(0.3) {
                    let w = to_copy.pop().expect("not empty");
                    let copy = edited_copy(&wire[w], &vocabulary, &mut rng);
                    copies.push((w, doc, text.len()..text.len() + copy.len()));
                    text.push_str(&copy);
                } else {
                    text.push_str(&vocabulary.paragraph(&mut rng, 1));
                }
            }
            documents.push(Document::new(format!("synth_{doc:05}"), text));
        }
        for (i, (wire_a, doc_a, range_a)) in copies.iter().enumerate() {
            for (wire_b, doc_b, range_b) in &copies[i + 1..] {
                if wire_a == wire_b && doc_a != doc_b {
                    planted.push(PlantedPassage {
                        a_doc: *doc_a,
                        a: range_a.clone(),
                        b_doc: *doc_b,
                        b: range_b.clone(),
                    });
                }
            }
        }
        story += 1;
    }
    SynthCorpus { documents, planted }
}

/// Words of the seeds' most frequent words a [`common_words_corpus`] draws from.
pub const COMMON_WORDS: usize = 200;

/// A harsher corpus than [`corpus`]: `n_articles` articles (about 4 KB each)
/// whose sentences are drawn, with the seeds' frequencies, from their
/// [`COMMON_WORDS`] most frequent words ("the", "of", "Taliban", "said", …).
/// Nothing is planted: every shared n-gram is chance, and common n-grams are
/// shared by a large share of all article pairs. This is the corpus that
/// shows whether candidate work grows with the square of the corpus.
pub fn common_words_corpus(seed_texts: &[&str], n_articles: usize, seed: u64) -> Vec<Document> {
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for text in seed_texts {
        for token in tokens(text) {
            *counts.entry(token.word(text).to_lowercase()).or_default() += 1;
        }
    }
    let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
    ranked.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
    ranked.truncate(COMMON_WORDS);
    if ranked.is_empty() {
        ranked.push(("news".to_string(), 1));
    }
    // Cumulative counts: a uniform draw below the total picks a word with the seeds' frequency.
    let mut cumulative = Vec::with_capacity(ranked.len());
    let mut total = 0;
    for (_, count) in &ranked {
        total += count;
        cumulative.push(total);
    }
    let mut rng = Rng(seed ^ 0x5eed_c0de);
    (0..n_articles)
        .map(|i| {
            let mut text = String::with_capacity(4200);
            while text.len() < 4000 {
                let words = rng.range(8, 30);
                for w in 0..words {
                    let pick = rng.below(total);
                    let word = &ranked[cumulative.partition_point(|&c| c <= pick)].0;
                    if w == 0 {
                        let mut chars = word.chars();
                        if let Some(first) = chars.next() {
                            text.extend(first.to_uppercase());
                            text.push_str(chars.as_str());
                        }
                    } else {
                        text.push(' ');
                        text.push_str(word);
                    }
                }
                text.push_str(if rng.chance(0.2) { ".\n" } else { ". " });
            }
            Document::new(format!("common{i:05}"), text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = "The Taliban claimed victory on Monday over the last pocket of resistance in the valley, a spokesman said in a statement.\n\nResistance leaders vowed to continue the fight across the valley and called on people to rise up against the group.";

    #[test]
    fn same_arguments_same_corpus() {
        assert_eq!(corpus(&[SEED], 12, 7), corpus(&[SEED], 12, 7));
        assert_ne!(corpus(&[SEED], 12, 7), corpus(&[SEED], 12, 8));
    }

    #[test]
    fn articles_have_the_planned_size_and_planted_ranges_are_valid() {
        let synth = corpus(&[SEED], 30, 1);
        assert_eq!(synth.documents.len(), 30);
        for d in &synth.documents {
            assert!(d.text.len() >= ARTICLE_BYTES && d.text.len() < ARTICLE_BYTES * 2);
        }
        assert!(!synth.planted.is_empty());
        for p in &synth.planted {
            assert!(p.a_doc < p.b_doc);
            let a = &synth.documents[p.a_doc].text;
            let b = &synth.documents[p.b_doc].text;
            assert!(a.get(p.a.clone()).is_some() && b.get(p.b.clone()).is_some());
        }
    }
}
