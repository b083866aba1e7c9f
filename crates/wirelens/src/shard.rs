//! The reuse search cut into the steps a distributed job runs on separate
//! workers (the Python bindings and the PySpark job use these), each giving
//! exactly what [`crate::reuse::find_passages`] computes for its part:
//!
//! 1. [`shingles`] — map: the n-gram postings of one article;
//! 2. [`seeds_of_shingle`] — after a shuffle by hash: the seeds of each
//!    n-gram from all its postings, with the same common-n-gram cap;
//! 3. [`verify_pair`] — after a shuffle by document pair: alignment, kinds
//!    and the stock-phrase filter of one pair (that filter only looks at
//!    the pair's own passages, so a pair is a complete unit);
//! 4. [`original_share`] — after a shuffle by document: one article's
//!    original share from the `copy` passages it shares with others.
//!
//! Quote attribution is cut the same way ([`QuoteContext`]): the name
//! table per part of the corpus, merged ([`names_of_articles`],
//! [`NamesTable::merge`]); name evidence per part, merged
//! ([`QuoteContext::evidence_of_articles`], [`NameEvidence::merge`]), from
//! which every worker builds the same speaker registry; each article's kept
//! quotes and entity evidence ([`QuoteContext::quotes_of_article`],
//! [`EntityEvidence::merge`]); then utterances from quote pairs that share
//! stems ([`quote_stems`], [`QuoteContext::linked`]), settled speakers per
//! utterance ([`QuoteContext::settle`], [`QuoteContext::utterance`]) and
//! speaker rows ([`QuoteContext::speaker`]). Merges go in any order: what
//! the engine's one pass keeps "first" or "last" is kept with where it was
//! seen.
//!
//! Documents are named by their index in the corpus order (the order the
//! CLI analyses them in): which side of a passage is `a` depends on it.
//! Nothing here is used by the widget, so none of it enters the wasm (the
//! quote steps are compiled only off wasm32).

use std::ops::Range;

#[cfg(not(target_arch = "wasm32"))]
use crate::quotes::lexicon::Lexicon;
#[cfg(not(target_arch = "wasm32"))]
use crate::quotes::mentions::CorpusNames;
#[cfg(not(target_arch = "wasm32"))]
use crate::quotes::speakers::{EntityKind, NameEvidence, PersonUse, Pos, Registry};
#[cfg(not(target_arch = "wasm32"))]
use crate::quotes::utterances;
#[cfg(not(target_arch = "wasm32"))]
use crate::quotes::{
    article_facts, keep_quotes, settle_group, speaker_of, utterance_of, ArticleFacts,
    EntityEvidence, EntityFacts, SpeaksFor,
};
#[cfg(not(target_arch = "wasm32"))]
use crate::{Span, Speaker, Utterance};
#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Serialize};
#[cfg(not(target_arch = "wasm32"))]
use std::collections::{BTreeMap, BTreeSet};

use crate::reuse::index::{sort_for_alignment, NgramIndex, Seed};
use crate::reuse::{FoundPassage, ReuseParams};
use crate::PassageKind;

/// One n-gram occurrence: `(hash, doc, pos, context)` (see
/// [`NgramIndex::entries`]). Shuffle by `hash`.
pub type Posting = (u64, u32, u32, u64);

/// The n-gram postings of article `doc` (its index in the corpus), with the
/// product's parameters and common-word skipping: the article's part of the
/// corpus index.
pub fn shingles(doc: u32, text: &str) -> Vec<Posting> {
    let params = ReuseParams::default();
    let tokens = vec![crate::text::tokens(text)];
    let index = NgramIndex::build_shard_skipping(
        &tokens,
        &params,
        0,
        1,
        &crate::informativeness::is_seed_common_key,
    );
    index
        .entries()
        .map(|(hash, _, pos, context)| (hash, doc, pos, context))
        .collect()
}

/// The seeds of whole hash groups (every posting of each hash given, from
/// every article, in any order; one hash or many): the pairs of positions
/// the corpus index pairs for them, none for an n-gram too common. Shuffle
/// the seeds by document pair.
pub fn seeds_of_shingle(postings: Vec<Posting>) -> Vec<Seed> {
    NgramIndex::from_entries(postings, &ReuseParams::default()).seeds()
}

/// The passages of one document pair (`a_doc <= b_doc`; equal for repeats
/// inside one article) from all its seeds, in any order: verified, with
/// their kinds, stock phrases dropped, sorted as
/// [`crate::reuse::find_passages`] sorts them.
pub fn verify_pair(
    (a_doc, a_text): (u32, &str),
    (b_doc, b_text): (u32, &str),
    mut seeds: Vec<Seed>,
) -> Vec<FoundPassage> {
    let params = ReuseParams::default();
    let same = a_doc == b_doc;
    let texts: Vec<&str> = if same {
        vec![a_text]
    } else {
        vec![a_text, b_text]
    };
    let docs: Vec<Vec<crate::text::Token>> = texts.iter().map(|t| crate::text::tokens(t)).collect();
    // Local indices: 0 for `a`, 1 for `b` (0 again inside one article).
    let local_b = u32::from(!same);
    seeds.retain(|s| s.a_doc == a_doc && s.b_doc == b_doc);
    for s in &mut seeds {
        s.a_doc = 0;
        s.b_doc = local_b;
    }
    sort_for_alignment(&mut seeds);
    let mut found = crate::reuse::align::passages_from_seeds(&texts, &docs, &seeds, &params);
    let pack = |high: usize, low: usize| ((high as u64) << 32) | low as u64;
    crate::order::sort_by_numbers(&mut found, |p| {
        [pack(p.a.start, p.b.start), pack(p.a.end, p.b.end), 0, 0]
    });
    let mut kept = crate::reuse::kind::classify(&texts, &docs, found, &params);
    for p in &mut kept {
        p.a_doc = a_doc as usize;
        p.b_doc = b_doc as usize;
    }
    kept
}

/// The original share of one article from the byte ranges of the `copy`
/// passages it shares with OTHER articles (in any order), as
/// [`crate::reuse::original_shares`] computes it.
pub fn original_share(text: &str, copies: Vec<Range<usize>>) -> f64 {
    let passages: Vec<FoundPassage> = copies
        .into_iter()
        .map(|a| FoundPassage {
            a_doc: 0,
            a,
            // Document 1 does not exist: only side `a` counts.
            b_doc: 1,
            b: 0..0,
            similarity: 1.0,
            kind: PassageKind::Copy,
        })
        .collect();
    crate::reuse::original_shares(&[text], &passages)
        .first()
        .copied()
        .unwrap_or(1.0)
}

// ---------------------------------------------------------------------------
// Quote attribution, cut the same way (not in the wasm: only the Python
// bindings call it).

/// The corpus's name table (what [`crate::quotes::mentions::gather_names`]
/// finds), without the per-article part: broadcast to every worker. Sets
/// merge by union; an organisation name keeps its spelling in the first
/// article that writes it, so tables merge in any order.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NamesTable {
    pub org_words: BTreeSet<String>,
    pub surnames: BTreeSet<String>,
    pub org_words_after_the: BTreeSet<String>,
    /// Lower-case words → (first article writing it, words as written there).
    pub org_names: BTreeMap<Vec<String>, (u32, Vec<String>)>,
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Serialize, Deserialize)]
struct NamesWire {
    org_words: Vec<String>,
    surnames: Vec<String>,
    org_words_after_the: Vec<String>,
    org_names: Vec<(Vec<String>, u32, Vec<String>)>,
}

#[cfg(not(target_arch = "wasm32"))]
impl NamesTable {
    /// The names of one article, gathered from it alone.
    fn of_article(names: &CorpusNames, doc: u32) -> NamesTable {
        let mut table = NamesTable::default();
        table.org_words.extend(names.org_words.iter().cloned());
        table.surnames.extend(names.surnames.iter().cloned());
        table
            .org_words_after_the
            .extend(names.org_words_after_the.iter().cloned());
        for (lower, written) in names.org_names.iter() {
            table
                .org_names
                .insert(lower.clone(), (doc, written.clone()));
        }
        table
    }

    /// Add a table gathered apart (from other articles, earlier or later).
    pub fn merge(&mut self, other: NamesTable) {
        self.org_words.extend(other.org_words);
        self.surnames.extend(other.surnames);
        self.org_words_after_the.extend(other.org_words_after_the);
        for (lower, first) in other.org_names {
            match self.org_names.get_mut(&lower) {
                Some(mine) if mine.0 <= first.0 => {}
                Some(mine) => *mine = first,
                None => {
                    self.org_names.insert(lower, first);
                }
            }
        }
    }

    /// The corpus names the engine reads (no article's own part yet).
    fn corpus_names(&self) -> CorpusNames {
        let mut names = CorpusNames::default();
        for w in &self.org_words {
            names.org_words.insert(w.clone());
        }
        for w in &self.surnames {
            names.surnames.insert(w.clone());
        }
        for w in &self.org_words_after_the {
            names.org_words_after_the.insert(w.clone());
        }
        for (lower, (_, written)) in &self.org_names {
            names.org_names.insert(lower.clone(), written.clone());
        }
        names
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&NamesWire {
            org_words: self.org_words.iter().cloned().collect(),
            surnames: self.surnames.iter().cloned().collect(),
            org_words_after_the: self.org_words_after_the.iter().cloned().collect(),
            org_names: self
                .org_names
                .iter()
                .map(|(l, (d, w))| (l.clone(), *d, w.clone()))
                .collect(),
        })
        .expect("plain data")
    }

    pub fn from_json(json: &str) -> Result<NamesTable, String> {
        let wire: NamesWire = serde_json::from_str(json).map_err(|e| e.to_string())?;
        Ok(NamesTable {
            org_words: wire.org_words.into_iter().collect(),
            surnames: wire.surnames.into_iter().collect(),
            org_words_after_the: wire.org_words_after_the.into_iter().collect(),
            org_names: wire
                .org_names
                .into_iter()
                .map(|(l, d, w)| (l, (d, w)))
                .collect(),
        })
    }
}

/// The name table of some articles (`(doc, text)`, any order): the map
/// step; merge the tables of all parts with [`NamesTable::merge`].
#[cfg(not(target_arch = "wasm32"))]
pub fn names_of_articles(articles: &[(u32, &str)]) -> NamesTable {
    let mut table = NamesTable::default();
    for &(doc, text) in articles {
        let names = crate::quotes::article_names(doc as usize, text);
        table.merge(NamesTable::of_article(&names, doc));
    }
    table
}

/// A full person name's use: key, first position, words there, count,
/// count as a relative, roles with where first seen.
#[cfg(not(target_arch = "wasm32"))]
type PersonWire = (String, Pos, Vec<String>, usize, usize, Vec<(Pos, String)>);

#[cfg(not(target_arch = "wasm32"))]
#[derive(Serialize, Deserialize)]
struct EvidenceWire {
    persons: Vec<PersonWire>,
    singles: Vec<(String, Pos, String)>,
    meets: Vec<String>,
    orgs: Vec<(String, Pos, Vec<String>)>,
    acronyms: Vec<(String, Option<(Pos, String)>)>,
    sources: Vec<(String, Pos, String, u8)>,
}

#[cfg(not(target_arch = "wasm32"))]
fn kind_number(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Org => 1,
        EntityKind::Document => 2,
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn kind_of_number(n: u8) -> EntityKind {
    match n {
        0 => EntityKind::Person,
        1 => EntityKind::Org,
        _ => EntityKind::Document,
    }
}

/// [`NameEvidence`] as JSON (what crosses between workers).
#[cfg(not(target_arch = "wasm32"))]
pub fn evidence_to_json(evidence: &NameEvidence) -> String {
    let wire = EvidenceWire {
        persons: evidence
            .persons
            .iter()
            .map(|(k, p)| {
                (
                    k.clone(),
                    p.first,
                    p.words.clone(),
                    p.count,
                    p.relative,
                    p.roles.clone(),
                )
            })
            .collect(),
        singles: evidence
            .singles
            .iter()
            .map(|(k, (pos, w))| (k.clone(), *pos, w.clone()))
            .collect(),
        meets: evidence.meets.iter().cloned().collect(),
        orgs: evidence
            .orgs
            .iter()
            .map(|(k, (pos, w))| (k.clone(), *pos, w.clone()))
            .collect(),
        acronyms: evidence
            .acronyms
            .iter()
            .map(|(k, e)| (k.clone(), e.clone()))
            .collect(),
        sources: evidence
            .sources
            .iter()
            .map(|(k, (pos, name, kind))| (k.clone(), *pos, name.clone(), kind_number(*kind)))
            .collect(),
    };
    serde_json::to_string(&wire).expect("plain data")
}

/// [`NameEvidence`] from [`evidence_to_json`]'s JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn evidence_from_json(json: &str) -> Result<NameEvidence, String> {
    let wire: EvidenceWire = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut evidence = NameEvidence::default();
    for (k, first, words, count, relative, roles) in wire.persons {
        let name = PersonUse {
            first,
            words,
            count,
            relative,
            roles,
        };
        evidence.persons.insert(k, name);
    }
    for (k, pos, w) in wire.singles {
        evidence.singles.insert(k, (pos, w));
    }
    for k in wire.meets {
        evidence.meets.insert(k);
    }
    for (k, pos, w) in wire.orgs {
        evidence.orgs.insert(k, (pos, w));
    }
    for (k, e) in wire.acronyms {
        evidence.acronyms.insert(k, e);
    }
    for (k, pos, name, kind) in wire.sources {
        evidence
            .sources
            .insert(k, (pos, name, kind_of_number(kind)));
    }
    Ok(evidence)
}

#[cfg(not(target_arch = "wasm32"))]
type RoleWire = (String, usize, Pos);

#[cfg(not(target_arch = "wasm32"))]
#[derive(Serialize, Deserialize)]
struct EntityWire {
    aliases: Vec<(usize, Vec<String>)>,
    /// entity → (role, count, first seen)
    roles: Vec<(usize, Vec<RoleWire>)>,
}

/// [`EntityEvidence`] as JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn entity_evidence_to_json(evidence: &EntityEvidence) -> String {
    let wire = EntityWire {
        aliases: evidence
            .aliases
            .iter()
            .map(|(e, a)| (*e, a.iter().cloned().collect()))
            .collect(),
        roles: evidence
            .roles
            .iter()
            .map(|(e, r)| {
                (
                    *e,
                    r.iter()
                        .map(|(role, (n, pos))| (role.clone(), *n, *pos))
                        .collect(),
                )
            })
            .collect(),
    };
    serde_json::to_string(&wire).expect("plain data")
}

/// [`EntityEvidence`] from [`entity_evidence_to_json`]'s JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn entity_evidence_from_json(json: &str) -> Result<EntityEvidence, String> {
    let wire: EntityWire = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut evidence = EntityEvidence::default();
    for (e, names) in wire.aliases {
        let set = evidence.aliases.entry(e).or_default();
        for name in names {
            set.insert(name);
        }
    }
    for (e, roles) in wire.roles {
        let counts = evidence.roles.entry(e).or_default();
        for (role, n, pos) in roles {
            counts.insert(role, (n, pos));
        }
    }
    Ok(evidence)
}

/// One kept quote of one article, before corpus-wide numbering: what the
/// utterance, speaker and quote tables are made of.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteRecord {
    pub doc: u32,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The speaker entity before namesakes are settled.
    pub entity: Option<usize>,
    pub mention: Option<Span>,
    pub cue: Option<String>,
    pub channel: Option<String>,
    /// The next piece of the article's previous kept quote.
    pub continues_previous: bool,
}

/// What the corpus-wide quote steps share, broadcast to every worker: the
/// name table, then the speaker registry (from the merged
/// [`NameEvidence`]), then the speakers' aliases and roles (from the
/// merged [`EntityEvidence`]). Each worker builds the same from the same
/// compact tables.
#[cfg(not(target_arch = "wasm32"))]
pub struct QuoteContext {
    names: CorpusNames,
    registry: Registry,
    facts: EntityFacts,
}

#[cfg(not(target_arch = "wasm32"))]
impl QuoteContext {
    pub fn new(names: &NamesTable) -> QuoteContext {
        QuoteContext {
            names: names.corpus_names(),
            registry: Registry::default(),
            facts: EntityEvidence::default().facts(),
        }
    }

    /// The registry of the corpus, from all its name evidence merged.
    pub fn set_registry(&mut self, evidence: &NameEvidence) {
        self.registry = Registry::from_evidence(evidence);
    }

    /// The speakers' aliases and roles, from all entity evidence merged.
    pub fn set_entity_facts(&mut self, evidence: EntityEvidence) {
        self.facts = evidence.facts();
    }

    /// One article's mentions and attributed quotes, with the corpus names
    /// and the article's own organisation names (the part of the corpus
    /// table that is per article, gathered again here).
    fn facts(&mut self, doc: u32, text: &str) -> ArticleFacts {
        let own = crate::quotes::article_names(doc as usize, text);
        self.names.set_article(doc as usize, &own);
        let facts = article_facts(doc as usize, text, Lexicon::get(), &self.names);
        self.names
            .set_article(doc as usize, &CorpusNames::default());
        facts
    }

    /// The name evidence of some articles (`(doc, text)`): the map step
    /// before the registry; merge all parts with [`NameEvidence::merge`].
    pub fn evidence_of_articles(&mut self, articles: &[(u32, &str)]) -> NameEvidence {
        let mut evidence = NameEvidence::default();
        for &(doc, text) in articles {
            let facts = self.facts(doc, text);
            evidence.add_article(doc as usize, &facts.mentions, text);
        }
        evidence
    }

    /// The kept quotes of one article (in text order) and what its mentions
    /// say about their speakers (needs the registry).
    pub fn quotes_of_article(
        &mut self,
        doc: u32,
        text: &str,
    ) -> (Vec<QuoteRecord>, EntityEvidence) {
        let facts = self.facts(doc, text);
        let lexicon = Lexicon::get();
        let resolved = self.registry.resolve(&facts.mentions, text, lexicon);
        let mut evidence = EntityEvidence::default();
        evidence.add_article(&self.registry, doc as usize, &facts.mentions, &resolved);
        let found = keep_quotes(
            doc as usize,
            text,
            facts.candidates,
            &facts.mentions,
            &resolved,
        );
        let records = found
            .iter()
            .enumerate()
            .map(|(i, f)| QuoteRecord {
                doc,
                start: f.raw.content.start,
                end: f.raw.content.end,
                text: text[f.raw.content.start..f.raw.content.end].to_string(),
                entity: f.entity,
                mention: f.mention_span,
                cue: f.attribution.cue.clone(),
                channel: f.attribution.channel.clone(),
                continues_previous: f.continues_previous && i > 0,
            })
            .collect();
        (records, evidence)
    }

    /// Whether two quotes sharing `shared` stems that are not too common
    /// are one utterance: `(stem count, lower-case stems, speaker)` each
    /// (see [`quote_stems`]; needs the entity facts).
    pub fn linked(
        &self,
        shared: usize,
        a: (usize, &[String], Option<usize>),
        b: (usize, &[String], Option<usize>),
    ) -> bool {
        let speaks_for = SpeaksFor::new(&self.registry, &self.facts);
        let common = || a.1.iter().filter(|s| b.1.binary_search(s).is_ok()).count();
        utterances::linked(shared, (a.0, a.2), (b.0, b.2), common, |x, y| {
            speaks_for.ask(x, y)
        })
    }

    /// The speakers of one utterance's quotes (in id order) once namesakes
    /// are settled.
    pub fn settle(&self, speakers: &[Option<usize>]) -> Vec<Option<usize>> {
        settle_group(speakers, &self.registry)
    }

    /// Utterance `id` from its quotes (ids in order) and their settled
    /// `(speaker, channel)`.
    pub fn utterance(
        &self,
        id: usize,
        quotes: Vec<usize>,
        attributions: &[(Option<usize>, Option<&str>)],
    ) -> Utterance {
        let speaks_for = SpeaksFor::new(&self.registry, &self.facts);
        utterance_of(id, quotes, attributions, &self.registry, &speaks_for)
    }

    /// The speaker entity `e` is, quoted in `quotes` (ids in order). Order
    /// the speakers by name, then first quote.
    pub fn speaker(&self, e: usize, quotes: Vec<usize>) -> Speaker {
        speaker_of(e, quotes, &self.registry, &self.facts)
    }

    /// The canonical name of entity `e`.
    pub fn name(&self, e: usize) -> &str {
        &self.registry.entity(e).name
    }
}

/// The content-word stems of a quote, sorted and distinct, and those of
/// its words written in lower case: shuffle by stem (a stem in more than
/// [`crate::quotes::utterances::COMMON_WORD_LIMIT`] quotes proposes no
/// pairs), count the stems each pair of quotes shares, ask
/// [`QuoteContext::linked`].
#[cfg(not(target_arch = "wasm32"))]
pub fn quote_stems(text: &str) -> (Vec<String>, Vec<String>) {
    utterances::stems(text, Lexicon::get())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The five seed articles, in file-name order.
    fn seed_texts() -> Vec<String> {
        let seeds_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
        let mut paths: Vec<_> = std::fs::read_dir(seeds_dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    }

    /// The four steps, run one after the other in this process, give
    /// exactly the passages and original shares of the whole analysis.
    #[test]
    fn the_steps_together_give_the_whole_analysis() {
        let seeds = seed_texts();
        let seed_refs: Vec<&str> = seeds.iter().map(String::as_str).collect();
        let corpus = crate::synth::corpus(&seed_refs, 60, 7);
        let texts: Vec<&str> = corpus.documents.iter().map(|d| d.text.as_str()).collect();
        let whole = crate::reuse::find_passages(&texts);
        assert!(whole.len() > 20);

        let mut by_hash: BTreeMap<u64, Vec<Posting>> = BTreeMap::new();
        for (doc, text) in texts.iter().enumerate() {
            for p in shingles(doc as u32, text) {
                by_hash.entry(p.0).or_default().push(p);
            }
        }
        let mut by_pair: BTreeMap<(u32, u32), Vec<Seed>> = BTreeMap::new();
        for postings in by_hash.into_values() {
            for s in seeds_of_shingle(postings) {
                by_pair.entry((s.a_doc, s.b_doc)).or_default().push(s);
            }
        }
        let mut sharded = Vec::new();
        for ((a, b), mut seeds) in by_pair {
            seeds.reverse(); // any order
            sharded.extend(verify_pair(
                (a, texts[a as usize]),
                (b, texts[b as usize]),
                seeds,
            ));
        }
        assert_eq!(sharded, whole);

        let shares = crate::reuse::original_shares(&texts, &whole);
        for (doc, text) in texts.iter().enumerate() {
            let mut copies = Vec::new();
            for p in whole
                .iter()
                .filter(|p| p.a_doc != p.b_doc && p.kind == PassageKind::Copy)
            {
                if p.a_doc == doc {
                    copies.push(p.a.clone());
                }
                if p.b_doc == doc {
                    copies.push(p.b.clone());
                }
            }
            copies.reverse();
            assert_eq!(original_share(text, copies), shares[doc]);
        }
    }

    /// The quote steps as the Spark job runs them, in this process: names
    /// per part merged in reverse order, evidence per part merged in
    /// reverse, quotes per article, then numbering, stems shuffled by stem,
    /// linked pairs, components, and the per-group and per-speaker rows;
    /// every table through its JSON. They give exactly `quotes::attribute`.
    #[test]
    fn the_quote_steps_together_give_the_whole_attribution() {
        let seeds = seed_texts();
        let seed_refs: Vec<&str> = seeds.iter().map(String::as_str).collect();
        let corpus = crate::synth::corpus(&seed_refs, 90, 11);
        let mut texts: Vec<&str> = seed_refs.clone();
        texts.extend(corpus.documents.iter().map(|d| d.text.as_str()));
        let ids: Vec<String> = (0..texts.len()).map(|i| format!("doc{i}")).collect();
        let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let whole = crate::quotes::attribute(&id_refs, &texts);
        assert!(whole.quotes.len() > 50 && whole.utterances.len() < whole.quotes.len());
        assert!(whole.speakers.len() > 10);

        let articles: Vec<(u32, &str)> = texts
            .iter()
            .enumerate()
            .map(|(d, t)| (d as u32, *t))
            .collect();
        let parts: Vec<&[(u32, &str)]> = articles.chunks(7).collect();

        let mut names = NamesTable::default();
        for part in parts.iter().rev() {
            names.merge(names_of_articles(part));
        }
        let names = NamesTable::from_json(&names.to_json()).unwrap();
        let mut context = QuoteContext::new(&names);

        let mut evidence = NameEvidence::default();
        for part in parts.iter().rev() {
            let json = evidence_to_json(&context.evidence_of_articles(part));
            evidence.merge(evidence_from_json(&json).unwrap());
        }
        context.set_registry(&evidence);

        let mut records: Vec<QuoteRecord> = Vec::new();
        let mut entity_parts = Vec::new();
        for &(doc, text) in articles.iter().rev() {
            let (quotes, facts) = context.quotes_of_article(doc, text);
            records.extend(quotes);
            entity_parts.push(entity_evidence_to_json(&facts));
        }
        let mut entities = EntityEvidence::default();
        for json in entity_parts {
            entities.merge(entity_evidence_from_json(&json).unwrap());
        }
        context.set_entity_facts(entities);

        // Numbering: by article, then offset.
        records.sort_by_key(|r| (r.doc, r.start));
        let n = records.len();
        // Shuffle by stem; pairs of quotes with the stems they share.
        let stems: Vec<(Vec<String>, Vec<String>)> =
            records.iter().map(|r| quote_stems(&r.text)).collect();
        let mut by_stem: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (q, (all, _)) in stems.iter().enumerate() {
            for s in all {
                by_stem.entry(s).or_default().push(q);
            }
        }
        let mut shared: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for quotes in by_stem
            .values()
            .filter(|q| q.len() <= utterances::COMMON_WORD_LIMIT)
        {
            for (x, &a) in quotes.iter().enumerate() {
                for &b in &quotes[x + 1..] {
                    *shared.entry((a.min(b), a.max(b))).or_default() += 1;
                }
            }
        }
        let mut edges: Vec<(usize, usize)> = (1..n)
            .filter(|&q| records[q].continues_previous)
            .map(|q| (q - 1, q))
            .collect();
        for (&(a, b), &k) in &shared {
            let side = |q: usize| (stems[q].0.len(), &stems[q].1[..], records[q].entity);
            if context.linked(k, side(a), side(b)) {
                edges.push((a, b));
            }
        }
        // Components by minimum label, numbered by their first quote.
        let mut label: Vec<usize> = (0..n).collect();
        loop {
            let mut changed = false;
            for &(a, b) in &edges {
                let low = label[a].min(label[b]);
                if label[a] != low || label[b] != low {
                    label[a] = low;
                    label[b] = low;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let mut firsts: Vec<usize> = label.clone();
        firsts.sort_unstable();
        firsts.dedup();
        let group: Vec<usize> = label
            .iter()
            .map(|l| firsts.binary_search(l).unwrap())
            .collect();
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); firsts.len()];
        for (q, &g) in group.iter().enumerate() {
            members[g].push(q);
        }
        let mut settled: Vec<Option<usize>> = vec![None; n];
        let mut utterances_rows = Vec::new();
        for (g, quotes) in members.into_iter().enumerate() {
            let speakers: Vec<Option<usize>> = quotes.iter().map(|&q| records[q].entity).collect();
            let mine = context.settle(&speakers);
            let attributions: Vec<(Option<usize>, Option<&str>)> = quotes
                .iter()
                .zip(&mine)
                .map(|(&q, &e)| (e, records[q].channel.as_deref()))
                .collect();
            for (&q, &e) in quotes.iter().zip(&mine) {
                settled[q] = e;
            }
            utterances_rows.push(context.utterance(g, quotes, &attributions));
        }
        let mut by_entity: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (q, e) in settled.iter().enumerate() {
            if let Some(e) = e {
                by_entity.entry(*e).or_default().push(q);
            }
        }
        let mut speakers: Vec<crate::Speaker> = by_entity
            .into_iter()
            .map(|(e, quotes)| context.speaker(e, quotes))
            .collect();
        speakers.sort_by(|a, b| (&a.name, a.quotes[0]).cmp(&(&b.name, b.quotes[0])));
        let quotes: Vec<crate::Quote> = records
            .iter()
            .enumerate()
            .map(|(id, r)| crate::Quote {
                id,
                doc: ids[r.doc as usize].clone(),
                start: r.start,
                end: r.end,
                text: r.text.clone(),
                speaker: settled[id].map(|e| context.name(e).to_string()),
                mention: r.mention,
                cue: r.cue.clone(),
                channel: r.channel.clone(),
                utterance: group[id],
                cue_span: None,
            })
            .collect();
        let mut whole_quotes = whole.quotes.clone();
        for q in &mut whole_quotes {
            q.cue_span = None;
        }
        assert_eq!(quotes, whole_quotes);
        assert_eq!(speakers, whole.speakers);
        assert_eq!(utterances_rows, whole.utterances);
    }
}
