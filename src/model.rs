//! The analysis as the views read it: the engine's [`Analysis`] of a corpus plus
//! the indexes every view needs (short ids, what each pair of articles shares,
//! speaker slugs, where passages and quotes sit in each article).
//!
//! Built once per corpus change (the app keeps it in a `Memo`), never per render.
//! Pure Rust with no DOM, so it is tested natively.

use std::ops::Range;

use crate::order::{sort_by_numbers, string_number, usize_number, Index};
use wirelens::{
    analyze, Analysis, Document, DocumentSummary, PassageKind, Quote, Speaker, Utterance,
};

/// One place in an article where a shared passage sits, seen from that article.
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
    /// Index into `Analysis::passages`.
    pub passage: usize,
    /// Byte range in this article.
    pub span: Range<usize>,
    /// The article the other side of the passage is in (may be this one: a repeat).
    pub other_doc: usize,
    /// Byte range of the other side.
    pub other_span: Range<usize>,
    pub similarity: f64,
    /// Copied reporting, the same quote, or boilerplate.
    pub kind: PassageKind,
}

impl Occurrence {
    /// Whether both sides are in the same article.
    pub fn is_repeat(&self, this_doc: usize) -> bool {
        self.other_doc == this_doc
    }
}

/// A corpus and everything the views derive from its analysis.
#[derive(Debug, Clone)]
pub struct Model {
    pub docs: Vec<Document>,
    pub analysis: Analysis,
    /// Display ids: the part before `_` when that is unique ("002"), else the full id.
    pub short_ids: Vec<String>,
    /// `pair_share[i][j]`: share of article `i`'s bytes inside *copied* passages
    /// it shares with article `j`; on the diagonal, inside copied passages
    /// repeated within `i`. Same quotes and boilerplate do not count, as in the
    /// engine's `original_share`.
    pub pair_share: Vec<Vec<f64>>,
    /// `pair_kinds[i][j]`: how many passages of each kind articles `i` and `j`
    /// share (on the diagonal, repeated within `i`).
    pub pair_kinds: Vec<Vec<KindCounts>>,
    /// Per article, the passages that touch it, ordered by position.
    pub occurrences: Vec<Vec<Occurrence>>,
    /// Per article, the ids of its quotes, ordered by position.
    pub quotes_by_doc: Vec<Vec<usize>>,
    /// Per speaker (same order as `analysis.speakers`), a URL slug.
    pub speaker_slugs: Vec<String>,
    doc_by_id: Index,
    speaker_by_name: Index,
    quote_position: Index,
    utterance_position: Index,
}

impl Model {
    /// Analyse `docs` and index the result.
    pub fn build(docs: Vec<Document>) -> Self {
        let analysis = analyze(&docs);
        Self::from_analysis(docs, analysis)
    }

    /// The corpus before its analysis arrives: every article, nothing found yet.
    pub fn pending(docs: Vec<Document>) -> Self {
        let documents = docs
            .iter()
            .map(|d| DocumentSummary {
                id: d.id.clone(),
                title: d.title().to_string(),
                bytes: d.text.len(),
                original_share: 1.0,
                credits: Vec::new(),
            })
            .collect();
        let analysis = Analysis {
            documents,
            ..Analysis::default()
        };
        Self::from_analysis(docs, analysis)
    }

    /// Index an analysis already made of `docs`.
    pub fn from_analysis(docs: Vec<Document>, analysis: Analysis) -> Self {
        let doc_by_id = Index::new(docs.iter(), |d| string_number(&d.id));
        let short_ids = short_ids(&docs);
        let mut occurrences: Vec<Vec<Occurrence>> = vec![Vec::new(); docs.len()];
        for (index, passage) in analysis.passages.iter().enumerate() {
            let (Some(a_doc), Some(b_doc)) = (
                doc_position(&doc_by_id, &docs, &passage.a.doc),
                doc_position(&doc_by_id, &docs, &passage.b.doc),
            ) else {
                continue;
            };
            let a_span = passage.a.start..passage.a.end;
            let b_span = passage.b.start..passage.b.end;
            if !valid_span(&docs[a_doc].text, &a_span) || !valid_span(&docs[b_doc].text, &b_span) {
                continue;
            }
            occurrences[a_doc].push(Occurrence {
                passage: index,
                span: a_span.clone(),
                other_doc: b_doc,
                other_span: b_span.clone(),
                similarity: passage.similarity,
                kind: passage.kind,
            });
            occurrences[b_doc].push(Occurrence {
                passage: index,
                span: b_span,
                other_doc: a_doc,
                other_span: a_span,
                similarity: passage.similarity,
                kind: passage.kind,
            });
        }
        for list in &mut occurrences {
            sort_by_numbers(list, |o| [o.span.start, o.span.end, o.other_doc]);
        }
        let pair_share = pair_shares(&docs, &occurrences);
        let pair_kinds = pair_kind_counts(&analysis, &doc_by_id, &docs);

        let mut quotes_by_doc: Vec<Vec<usize>> = vec![Vec::new(); docs.len()];
        let quote_position = Index::new(analysis.quotes.iter(), |q| usize_number(q.id));
        for quote in &analysis.quotes {
            if let Some(doc) = doc_position(&doc_by_id, &docs, &quote.doc) {
                if valid_span(&docs[doc].text, &(quote.start..quote.end)) {
                    quotes_by_doc[doc].push(quote.id);
                }
            }
        }
        for list in &mut quotes_by_doc {
            sort_by_numbers(list, |id| {
                let position = quote_position.positions(usize_number(*id)).next();
                let q = &analysis.quotes[position.unwrap_or_default()];
                [q.start, q.end, 0]
            });
        }
        let speaker_by_name = Index::new(analysis.speakers.iter(), |s| string_number(&s.name));
        let speaker_slugs = unique_slugs(analysis.speakers.iter().map(|s| s.name.as_str()));
        let utterance_position = Index::new(analysis.utterances.iter(), |u| usize_number(u.id));
        Self {
            docs,
            analysis,
            short_ids,
            pair_share,
            pair_kinds,
            occurrences,
            quotes_by_doc,
            speaker_slugs,
            doc_by_id,
            speaker_by_name,
            quote_position,
            utterance_position,
        }
    }

    /// The article a link names: its full id, its short id, or a unique prefix of its id.
    pub fn resolve_doc(&self, key: &str) -> Option<usize> {
        if key.is_empty() {
            return None;
        }
        if let Some(i) = self.doc_index(key) {
            return Some(i);
        }
        if let Some(i) = self.short_ids.iter().position(|s| s == key) {
            return Some(i);
        }
        let mut matching = self
            .docs
            .iter()
            .enumerate()
            .filter(|(_, d)| d.id.starts_with(key));
        match (matching.next(), matching.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// Index of the article with exactly this id.
    pub fn doc_index(&self, id: &str) -> Option<usize> {
        doc_position(&self.doc_by_id, &self.docs, id)
    }

    /// The quote with this id.
    pub fn quote(&self, id: usize) -> Option<&Quote> {
        self.quote_position
            .positions(usize_number(id))
            .next()
            .map(|position| &self.analysis.quotes[position])
    }

    /// The utterance group with this id.
    pub fn utterance(&self, id: usize) -> Option<&Utterance> {
        self.utterance_position
            .positions(usize_number(id))
            .next()
            .map(|position| &self.analysis.utterances[position])
    }

    /// Index (into `analysis.speakers`) of the speaker with this canonical name.
    pub fn speaker_index(&self, name: &str) -> Option<usize> {
        let speakers = &self.analysis.speakers;
        self.speaker_by_name
            .positions(string_number(name))
            .find(|&i| speakers[i].name == name)
    }

    /// The speaker a `#/speaker/<slug>` link names.
    pub fn speaker_by_slug(&self, slug: &str) -> Option<(usize, &Speaker)> {
        let index = self.speaker_slugs.iter().position(|s| s == slug)?;
        Some((index, &self.analysis.speakers[index]))
    }

    /// The slug of the speaker with this canonical name.
    pub fn slug_of(&self, name: &str) -> Option<&str> {
        self.speaker_index(name)
            .map(|i| self.speaker_slugs[i].as_str())
    }

    /// The passages shared by articles `a` and `b` (or repeated in `a` when equal),
    /// ordered by position in `a`: (passage index, span in `a`, span in `b`).
    pub fn passages_between(&self, a: usize, b: usize) -> Vec<(usize, Range<usize>, Range<usize>)> {
        let Some(list) = self.occurrences.get(a) else {
            return Vec::new();
        };
        let mut seen = Vec::new();
        let mut pairs = Vec::new();
        for occurrence in list.iter().filter(|o| o.other_doc == b) {
            // A repeat appears twice in its own article's list; show it once.
            if a == b && seen.contains(&occurrence.passage) {
                continue;
            }
            seen.push(occurrence.passage);
            pairs.push((
                occurrence.passage,
                occurrence.span.clone(),
                occurrence.other_span.clone(),
            ));
        }
        pairs
    }

    /// Passages of this kind between two different articles.
    pub fn cross_passage_count(&self, kind: PassageKind) -> usize {
        self.analysis
            .passages
            .iter()
            .filter(|p| p.a.doc != p.b.doc && p.kind == kind)
            .count()
    }

    /// Passages repeated inside one article (every kind).
    pub fn repeat_passage_count(&self) -> usize {
        self.analysis
            .passages
            .iter()
            .filter(|p| p.a.doc == p.b.doc)
            .count()
    }

    /// What sort of source the speaker called `name` is.
    pub fn speaker_kind(&self, name: &str) -> Option<wirelens::SpeakerKind> {
        self.speaker_index(name)
            .map(|i| self.analysis.speakers[i].kind)
    }

    /// Conflicts between different people (not a spokesperson against
    /// their own organisation, not one speaker on two channels).
    pub fn real_conflict_count(&self) -> usize {
        self.analysis
            .utterances
            .iter()
            .filter(|u| u.conflict && u.conflict_kind == Some(wirelens::ConflictKind::Speaker))
            .count()
    }

    /// Utterances whose quotes name different speakers or channels.
    pub fn conflict_count(&self) -> usize {
        self.analysis
            .utterances
            .iter()
            .filter(|u| u.conflict)
            .count()
    }

    /// "002 — Taliban fighters broke out…": how a view names an article briefly.
    pub fn label(&self, doc: usize) -> String {
        format!(
            "{} — {}",
            self.short_ids[doc],
            clip(self.docs[doc].title(), 60)
        )
    }
}

/// A share (0..=1) as a whole percentage, for display (integer formatting keeps the wasm small).
pub fn percent(share: f64) -> u32 {
    (share.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// A share (0..=1) in thousandths.
pub fn per_mille(share: f64) -> u32 {
    (share.clamp(0.0, 1.0) * 1000.0).round() as u32
}

/// Whether two byte ranges share at least one byte.
pub fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Whether `span` is a non-empty range of `text` on char boundaries.
pub fn valid_span(text: &str, span: &Range<usize>) -> bool {
    span.start < span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// `text` cut to at most `max_chars` characters, with an ellipsis when cut.
pub fn clip(text: &str, max_chars: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max_chars).collect();
    if chars.next().is_some() {
        format!("{}…", head.trim_end())
    } else {
        head
    }
}

/// Short display ids: the stem before the first `_` when no other article has it.
fn short_ids(docs: &[Document]) -> Vec<String> {
    let stems: Vec<&str> = docs
        .iter()
        .map(|d| d.id.split('_').next().unwrap_or(&d.id))
        .collect();
    docs.iter()
        .zip(&stems)
        .map(|(doc, stem)| {
            let unique = stems.iter().filter(|s| *s == stem).count() == 1;
            let clashes_with_full_id = docs.iter().any(|d| d.id == *stem && d.id != doc.id);
            if unique && !stem.is_empty() && !clashes_with_full_id {
                stem.to_string()
            } else {
                doc.id.clone()
            }
        })
        .collect()
}

/// How many passages of each kind two articles share.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindCounts {
    pub copy: usize,
    pub quote: usize,
    pub boilerplate: usize,
}

impl KindCounts {
    pub fn add(&mut self, kind: PassageKind) {
        match kind {
            PassageKind::Copy => self.copy += 1,
            PassageKind::Quote => self.quote += 1,
            PassageKind::Boilerplate => self.boilerplate += 1,
        }
    }

    /// How many passages of this kind.
    pub fn of(&self, kind: PassageKind) -> usize {
        match kind {
            PassageKind::Copy => self.copy,
            PassageKind::Quote => self.quote,
            PassageKind::Boilerplate => self.boilerplate,
        }
    }

    pub fn total(&self) -> usize {
        self.copy + self.quote + self.boilerplate
    }
}

/// What a passage kind is called in the widget: the noun phrase a legend or a
/// sentence uses ("copied reporting", "the same quote", "boilerplate").
pub fn kind_label(kind: PassageKind) -> &'static str {
    match kind {
        PassageKind::Copy => "copied reporting",
        PassageKind::Quote => "the same quote",
        PassageKind::Boilerplate => "boilerplate",
    }
}

/// The position of the article whose id is exactly `id`.
fn doc_position(doc_by_id: &Index, docs: &[Document], id: &str) -> Option<usize> {
    doc_by_id
        .positions(string_number(id))
        .find(|&i| docs[i].id == id)
}

/// Per pair of articles (both orders), the passages of each kind between them.
fn pair_kind_counts(
    analysis: &Analysis,
    doc_by_id: &Index,
    docs: &[Document],
) -> Vec<Vec<KindCounts>> {
    let n = docs.len();
    let mut counts = vec![vec![KindCounts::default(); n]; n];
    for passage in &analysis.passages {
        let (Some(a), Some(b)) = (
            doc_position(doc_by_id, docs, &passage.a.doc),
            doc_position(doc_by_id, docs, &passage.b.doc),
        ) else {
            continue;
        };
        counts[a][b].add(passage.kind);
        if a != b {
            counts[b][a].add(passage.kind);
        }
    }
    counts
}

/// Per pair of articles, the share of the first's bytes inside copied passages
/// shared with the second.
fn pair_shares(docs: &[Document], occurrences: &[Vec<Occurrence>]) -> Vec<Vec<f64>> {
    let n = docs.len();
    let mut shares = vec![vec![0.0; n]; n];
    for (i, list) in occurrences.iter().enumerate() {
        let bytes = docs[i].text.len();
        if bytes == 0 {
            continue;
        }
        for (j, share) in shares[i].iter_mut().enumerate() {
            let spans: Vec<Range<usize>> = list
                .iter()
                .filter(|o| o.other_doc == j && o.kind == PassageKind::Copy)
                .map(|o| o.span.clone())
                .collect();
            *share = covered_bytes(spans) as f64 / bytes as f64;
        }
    }
    shares
}

/// Total length of the union of `spans`.
pub fn covered_bytes(mut spans: Vec<Range<usize>>) -> usize {
    sort_by_numbers(&mut spans, |s| [s.start, s.end, 0]);
    let mut total = 0;
    let mut current: Option<Range<usize>> = None;
    for span in spans {
        match current.as_mut() {
            Some(run) if span.start <= run.end => run.end = run.end.max(span.end),
            _ => {
                if let Some(run) = current.take() {
                    total += run.end - run.start;
                }
                current = Some(span);
            }
        }
    }
    if let Some(run) = current {
        total += run.end - run.start;
    }
    total
}

/// A URL slug for a name: lowercase ASCII letters and digits joined by `-`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().map(wirelens::case::lower_char) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("speaker");
    }
    out
}

/// Slugs for names, made unique by a numeric suffix where two names slug alike.
fn unique_slugs<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut taken: Vec<String> = Vec::new();
    for name in names {
        let base = slug(name);
        let mut candidate = base.clone();
        let mut n = 2;
        while taken.contains(&candidate) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        taken.push(candidate);
    }
    taken
}

#[cfg(test)]
mod tests {
    use super::*;
    use wirelens::{DocSpan, Passage};

    fn passage(a: (&str, usize, usize), b: (&str, usize, usize)) -> Passage {
        Passage {
            a: DocSpan::new(a.0, a.1, a.2),
            b: DocSpan::new(b.0, b.1, b.2),
            similarity: 1.0,
            kind: wirelens::PassageKind::Copy,
        }
    }

    fn three_docs() -> Vec<Document> {
        vec![
            Document::new("000_aa", "x".repeat(100)),
            Document::new("001_bb", "y".repeat(200)),
            Document::new("user-1", "z".repeat(50)),
        ]
    }

    #[test]
    fn short_ids_take_the_stem_when_unique() {
        let docs = vec![
            Document::new("000_aa", "a"),
            Document::new("001_bb", "b"),
            Document::new("001_cc", "c"),
            Document::new("user-1", "d"),
        ];
        assert_eq!(short_ids(&docs), ["000", "001_bb", "001_cc", "user-1"]);
    }

    #[test]
    fn resolve_doc_accepts_full_short_and_unique_prefix() {
        let model = Model::from_analysis(three_docs(), Analysis::default());
        assert_eq!(model.resolve_doc("001_bb"), Some(1));
        assert_eq!(model.resolve_doc("000"), Some(0));
        assert_eq!(model.resolve_doc("001_b"), Some(1));
        assert_eq!(model.resolve_doc("user"), Some(2));
        assert_eq!(model.resolve_doc("0"), None, "ambiguous prefix");
        assert_eq!(model.resolve_doc("999"), None);
        assert_eq!(model.resolve_doc(""), None);
    }

    #[test]
    fn pair_shares_count_union_of_spans_per_pair() {
        let analysis = Analysis {
            passages: vec![
                passage(("000_aa", 0, 40), ("001_bb", 0, 40)),
                passage(("000_aa", 20, 60), ("001_bb", 100, 140)),
                passage(("000_aa", 80, 90), ("000_aa", 90, 100)),
            ],
            ..Analysis::default()
        };
        let model = Model::from_analysis(three_docs(), analysis);
        assert!((model.pair_share[0][1] - 0.6).abs() < 1e-9);
        assert!((model.pair_share[1][0] - 0.4).abs() < 1e-9);
        assert!((model.pair_share[0][0] - 0.2).abs() < 1e-9);
        assert_eq!(model.pair_share[2], vec![0.0, 0.0, 0.0]);
        assert_eq!(model.passages_between(0, 0).len(), 1);
        assert_eq!(model.passages_between(1, 0).len(), 2);
        assert_eq!(model.cross_passage_count(PassageKind::Copy), 2);
        assert_eq!(model.repeat_passage_count(), 1);
    }

    #[test]
    fn only_copied_reporting_counts_in_pair_shares_other_kinds_are_counted_apart() {
        let mut same_quote = passage(("000_aa", 20, 60), ("001_bb", 100, 140));
        same_quote.kind = PassageKind::Quote;
        let mut furniture = passage(("000_aa", 70, 80), ("001_bb", 0, 10));
        furniture.kind = PassageKind::Boilerplate;
        let analysis = Analysis {
            passages: vec![
                passage(("000_aa", 0, 10), ("001_bb", 10, 20)),
                same_quote,
                furniture,
            ],
            ..Analysis::default()
        };
        let model = Model::from_analysis(three_docs(), analysis);
        assert!((model.pair_share[0][1] - 0.1).abs() < 1e-9);
        let counts = KindCounts {
            copy: 1,
            quote: 1,
            boilerplate: 1,
        };
        assert_eq!(model.pair_kinds[0][1], counts);
        assert_eq!(model.pair_kinds[1][0], counts);
        assert_eq!(model.pair_kinds[0][2], KindCounts::default());
        assert_eq!(model.cross_passage_count(PassageKind::Quote), 1);
        assert_eq!(model.occurrences[1][0].kind, PassageKind::Boilerplate);
    }

    #[test]
    fn out_of_range_passages_are_ignored_not_panicking() {
        let analysis = Analysis {
            passages: vec![passage(("000_aa", 90, 120), ("001_bb", 0, 30))],
            ..Analysis::default()
        };
        let model = Model::from_analysis(three_docs(), analysis);
        assert!(model.occurrences.iter().all(Vec::is_empty));
    }

    #[test]
    fn slugs_are_lowercase_dashed_and_unique() {
        assert_eq!(slug("Zabihullah Mujahid"), "zabihullah-mujahid");
        assert_eq!(
            slug("National Resistance Front (NRF)"),
            "national-resistance-front-nrf"
        );
        assert_eq!(slug("…"), "speaker");
        assert_eq!(
            unique_slugs(["A b", "a-B", "c"].into_iter()),
            ["a-b", "a-b-2", "c"]
        );
    }

    #[test]
    fn covered_bytes_merges_overlaps() {
        assert_eq!(covered_bytes(vec![0..10, 5..15, 20..25]), 20);
        assert_eq!(covered_bytes(Vec::new()), 0);
    }

    #[test]
    fn clip_adds_ellipsis_only_when_cut() {
        assert_eq!(clip("short", 10), "short");
        assert_eq!(clip("a longer title", 8), "a longer…");
    }
}
