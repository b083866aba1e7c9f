//! Canonical speakers across the corpus, and which speaker each mention of an
//! article refers to.
//!
//! Persons: full names (two words or more) are one person when they share
//! first and last word and one is contained in the other ("Ali Nazary" =
//! "Ali Maisam Nazary"), or differ only by one letter of a long surname
//! ("Fahim Dashti" = "Fahim Dashty") — unless both forms occur in the same
//! article, which then names two people ("Ahmad Massoud" ≠ "Ahmad Shah
//! Massoud"). A bare surname is the full name it shortens in the same article,
//! preferring names not introduced as someone's relative ("the son of X");
//! failing that, the corpus's most frequent such name.
//!
//! A bare surname in an article that names nobody with it joins a person
//! named elsewhere in the corpus only when the corpus names one person with
//! that surname, or the mention's role points to one of several ("Former
//! President Clinton" with "Hillary Clinton" and "Former President Bill
//! Clinton" named elsewhere); otherwise it stays a speaker of its own
//! ("Clinton"), unless the same words are quoted from one of them elsewhere
//! (settled once utterances are grouped). Two full names with different
//! first words are one person when the shorter is contained in the longer,
//! they never meet in one article, their roles share a word ("Ahmad Rashid
//! Nazari, head of the rescue agency" = "Rashid Nazari, the agency's
//! director") and no other longer name contains the shorter one.
//!
//! Sources that are not people: a description headed by a word of
//! `data/sources.txt` ("the report", "a campaign ad", "the newspaper") that
//! refers to no organisation named in the article is a speaker of its own,
//! a document or an organisation, named by the description ("the report"),
//! one speaker per description across the corpus.
//!
//! Organisations: "X of Place" is X when X is named too; an acronym is the
//! organisation it follows in parentheses, or whose initials it spells, even
//! with letters swapped ("NFR" for "NRF").
//!
//! The registry reads the corpus through [`NameEvidence`]: per distinct
//! name, what its mentions say (counts, first spelling, roles in order of
//! first sight, which names one article uses together), gathered article by
//! article; evidence gathered apart merges in any order into the same, so a
//! distributed run (`crate::shard`) builds the same registry.
//!
//! Pronouns and descriptions resolve to the nearest earlier compatible
//! speaker: "he" to a person (inside a sentence, to the person opening it:
//! "Rubio said that Trump, whom he called …" is Rubio's), "it"/"they" to an organisation, "the
//! spokesperson" to a person with that role, "the group" to an organisation,
//! "the resistance front" to an organisation sharing a word with it (looking
//! ahead in the article when none came before).

use super::lexicon::{Lexicon, TitleClass};
use super::mentions::{Mention, MentionKind, Referent};
use crate::case::Lower;
use crate::SpeakerKind;
// Ordered maps sharing their B-tree code across value types (crate::keyed).
use crate::keyed::{Map as BTreeMap, Set as BTreeSet};
use crate::words::{WordIndex, WordMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    Person,
    Org,
    /// A document or publication described, not named ("the report").
    Document,
}

impl EntityKind {
    /// The kind of speaker in the JSON contract.
    pub fn speaker_kind(self) -> SpeakerKind {
        match self {
            EntityKind::Person => SpeakerKind::Person,
            EntityKind::Org => SpeakerKind::Organisation,
            EntityKind::Document => SpeakerKind::Document,
        }
    }
}

/// Heads of descriptions that name a source which is not a person
/// (`data/sources.txt`), with the kind of entity they make: read once into a
/// word table (the first line of a word wins) and its kinds by number.
fn source_kind(head: &str) -> Option<EntityKind> {
    static TABLE: std::sync::OnceLock<(WordIndex, Vec<EntityKind>)> = std::sync::OnceLock::new();
    let (words, kinds) = TABLE.get_or_init(|| {
        let mut words = WordIndex::default();
        let mut kinds = Vec::new();
        for (word, kind) in data_file!("sources.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
        {
            if words.insert(word.trim()) == kinds.len() {
                kinds.push(match kind.trim() {
                    "document" => EntityKind::Document,
                    _ => EntityKind::Org,
                });
            }
        }
        (words, kinds)
    });
    words.find(head).map(|n| kinds[n])
}

/// A canonical speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
}

/// All speakers of a corpus and the names that lead to them.
#[derive(Debug, Default)]
pub struct Registry {
    pub entities: Vec<Entity>,
    /// Each entity's name, lower-case, split into words.
    name_words: Vec<Vec<String>>,
    /// Lower-case full person name → entity.
    persons: WordMap<usize>,
    /// Lower-case full name → (occurrences, occurrences as a relative).
    person_counts: BTreeMap<String, (usize, usize)>,
    /// Last word → lower-case full names ending with it.
    by_surname: WordMap<Vec<String>>,
    /// Lower-case organisation name or acronym → entity.
    orgs: WordMap<usize>,
    /// Roles written next to each person's full name, by entity (index).
    person_roles: Vec<Vec<String>>,
    /// The content words of those roles ([`role_words`]), by entity.
    person_role_words: Vec<Vec<String>>,
    /// Surname → the distinct persons its principal full names (not someone's
    /// relative) are, for surnames used alone somewhere.
    principals: WordMap<Vec<usize>>,
    /// Surname used alone with several principal persons behind it → the
    /// speaker it stays when nothing says which one it is ("Clinton").
    bare: WordMap<usize>,
    /// The other way: such a speaker → its surname.
    bare_surname: BTreeMap<usize, String>,
    /// Lower-case description of a source that is not a person → entity.
    sources: BTreeMap<String, usize>,
}

/// Where a mention is in the corpus: (article, index in its mention list).
/// Evidence that keeps the first (or last) of something keeps where it was
/// seen, so that evidence gathered apart merges, in any order, into what
/// one pass over the articles in order gathers.
pub type Pos = (usize, usize);

/// How the corpus uses one full person name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonUse {
    /// Where the name is first used, and its words there.
    pub first: Pos,
    pub words: Vec<String>,
    /// Mentions, and mentions as someone's relative.
    pub count: usize,
    pub relative: usize,
    /// The roles written next to it, each where first seen, in that order.
    pub roles: Vec<(Pos, String)>,
}

/// What the registry reads from the corpus's mentions: gathered per
/// article ([`NameEvidence::add_article`]), merged in any order
/// ([`NameEvidence::merge`]). Keys are lower-case names.
#[derive(Debug, Default)]
pub struct NameEvidence {
    /// Full person names (two words or more).
    pub persons: BTreeMap<String, PersonUse>,
    /// Single person names: first use and spelling.
    pub singles: BTreeMap<String, (Pos, String)>,
    /// Two full names with the same first or last word that one article
    /// uses both of ([`meet_key`]): such names are two people.
    pub meets: BTreeSet<String>,
    /// Organisation names: first use and words as written.
    pub orgs: BTreeMap<String, (Pos, Vec<String>)>,
    /// Acronyms as written: the last organisation (key) spelled out before
    /// one in parentheses, if any.
    pub acronyms: BTreeMap<String, Option<(Pos, String)>>,
    /// Descriptions of sources that are not people (words joined by
    /// spaces): first use, name and kind.
    pub sources: BTreeMap<String, (Pos, String, EntityKind)>,
}

/// The key of two full names in [`NameEvidence::meets`], either order.
pub fn meet_key(a: &str, b: &str) -> String {
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    let mut key = String::with_capacity(a.len() + b.len() + 1);
    key.push_str(a);
    key.push('\n');
    key.push_str(b);
    key
}

/// Keep the earlier of two uses.
fn keep_first<T>(slot: &mut (Pos, T), other: (Pos, T)) {
    if other.0 < slot.0 {
        *slot = other;
    }
}

/// Add a role seen at `pos` to roles kept in order of first sight.
fn add_role(roles: &mut Vec<(Pos, String)>, pos: Pos, role: &str) {
    if let Some(i) = roles.iter().position(|r| r.1 == role) {
        if roles[i].0 <= pos {
            return;
        }
        roles.remove(i);
    }
    let at = roles.partition_point(|r| r.0 < pos);
    roles.insert(at, (pos, role.to_string()));
}

impl NameEvidence {
    /// Add the mentions of article `doc` (whose text is `text`).
    pub fn add_article(&mut self, doc: usize, mentions: &[Mention], text: &str) {
        // The article's distinct full person names.
        let mut full_names: Vec<String> = Vec::new();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        for (i, m) in mentions.iter().enumerate() {
            let pos = (doc, i);
            match m.kind {
                MentionKind::Person if m.words.len() == 1 => {
                    let k = key(&m.words);
                    let written = (pos, m.words[0].clone());
                    match self.singles.get_mut(&k) {
                        Some(slot) => keep_first(slot, written),
                        None => {
                            self.singles.insert(k, written);
                        }
                    }
                }
                MentionKind::Person => {
                    let k = key(&m.words);
                    if !seen.contains(&k) {
                        seen.insert(k.clone());
                        full_names.push(k.clone());
                    }
                    let name = self.persons.entry(k).or_insert_with(|| PersonUse {
                        first: pos,
                        words: m.words.clone(),
                        ..PersonUse::default()
                    });
                    name.count += 1;
                    name.relative += usize::from(m.relative);
                    if let Some(role) = &m.role {
                        add_role(&mut name.roles, pos, role);
                    }
                }
                MentionKind::Org => {
                    let is_acronym =
                        m.words.len() == 1 && m.words[0].chars().all(|c| !c.is_lowercase());
                    if is_acronym {
                        self.acronyms.entry(m.words[0].clone()).or_insert(None);
                    } else {
                        let k = key(&m.words);
                        if !self.orgs.contains_key(&k) {
                            self.orgs.insert(k, (pos, m.words.clone()));
                        }
                    }
                    if let Some(acronym) = &m.acronym {
                        self.acronyms
                            .insert(acronym.clone(), Some((pos, key(&m.words))));
                    }
                }
                MentionKind::Descriptor(Referent::Org) => {
                    let Some(kind) = m.words.last().and_then(|h| source_kind(h)) else {
                        continue;
                    };
                    let k = m.words.join(" ");
                    if !self.sources.contains_key(&k) {
                        let written = text.get(m.span.start..m.span.end).unwrap_or("");
                        self.sources
                            .insert(k, (pos, source_name(written, &m.words), kind));
                    }
                }
                _ => {}
            }
        }
        // Names sharing a first or a last word, both in this article.
        let ends: Vec<(&str, &str)> = full_names
            .iter()
            .map(|k| {
                let first = k.split(' ').next().unwrap_or("");
                (first, k.rsplit(' ').next().unwrap_or(""))
            })
            .collect();
        for (x, a) in full_names.iter().enumerate() {
            for (y, b) in full_names.iter().enumerate().skip(x + 1) {
                let same_first = ends[x].0 == ends[y].0;
                let same_last = ends[x].1 == ends[y].1;
                if same_first || same_last {
                    self.meets.insert(meet_key(a, b));
                }
            }
        }
    }

    /// Add evidence gathered apart (from other articles, any of them
    /// earlier or later): the result is the evidence of all of them.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn merge(&mut self, other: NameEvidence) {
        for (k, name) in other.persons {
            match self.persons.get_mut(&k) {
                Some(mine) => {
                    if name.first < mine.first {
                        mine.first = name.first;
                        mine.words = name.words;
                    }
                    mine.count += name.count;
                    mine.relative += name.relative;
                    for (pos, role) in &name.roles {
                        add_role(&mut mine.roles, *pos, role);
                    }
                }
                None => {
                    self.persons.insert(k, name);
                }
            }
        }
        for (k, written) in other.singles {
            match self.singles.get_mut(&k) {
                Some(slot) => keep_first(slot, written),
                None => {
                    self.singles.insert(k, written);
                }
            }
        }
        for k in other.meets.iter() {
            if !self.meets.contains(k) {
                self.meets.insert(k.clone());
            }
        }
        for (k, words) in other.orgs {
            match self.orgs.get_mut(&k) {
                Some(slot) => keep_first(slot, words),
                None => {
                    self.orgs.insert(k, words);
                }
            }
        }
        for (k, expansion) in other.acronyms {
            let slot = self.acronyms.entry(k).or_insert(None);
            // The last expansion in corpus order wins.
            if expansion.as_ref().map(|e| e.0) > slot.as_ref().map(|e| e.0) {
                *slot = expansion;
            }
        }
        for (k, source) in other.sources {
            match self.sources.get_mut(&k) {
                Some(mine) => {
                    if source.0 < mine.0 {
                        *mine = source;
                    }
                }
                None => {
                    self.sources.insert(k, source);
                }
            }
        }
    }
}

/// The words lower-cased and joined by spaces, in one string.
fn key(words: &[String]) -> String {
    let mut key = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        if w.is_ascii() {
            let start = key.len();
            key.push_str(w);
            key[start..].make_ascii_lowercase();
        } else {
            key.push_str(&w.lower());
        }
    }
    key
}

fn is_subsequence(short: &[&str], long: &[&str]) -> bool {
    let mut it = long.iter();
    short.iter().all(|w| it.any(|l| l == w))
}

fn one_edit_apart(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a.len().max(b.len()) - prefix - suffix <= 1
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Initials of the capitalised words of a name ("National Resistance Front" → "NRF").
fn initials(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// The letters of `s` as sorted code points (numbers, not chars: the sort is
/// then the one already compiled for `u32`).
fn sorted_letters(s: &str) -> Vec<u32> {
    let mut v: Vec<u32> = s.chars().map(u32::from).collect();
    crate::order::sort_numbers(&mut v, u64::from);
    v
}

/// Organisation name without a trailing "of Place".
fn base_name(words: &[String]) -> Vec<String> {
    match words.iter().position(|w| w == "of") {
        Some(p) if p > 0 => words[..p].to_vec(),
        _ => words.to_vec(),
    }
}

/// The name evidence of every article, in one pass (wasm32: no threads,
/// and no merging code in the widget).
#[cfg(target_arch = "wasm32")]
fn gather_evidence(articles: &[Vec<Mention>], texts: &[&str]) -> NameEvidence {
    let mut evidence = NameEvidence::default();
    for (doc, (mentions, text)) in articles.iter().zip(texts).enumerate() {
        evidence.add_article(doc, mentions, text);
    }
    evidence
}

/// The name evidence of every article: runs of articles gathered apart on
/// the cores, then merged (merging gives the evidence of one pass, in any
/// order, so the registry is the same whatever the number of runs).
#[cfg(not(target_arch = "wasm32"))]
fn gather_evidence(articles: &[Vec<Mention>], texts: &[&str]) -> NameEvidence {
    // Two runs a thread: few merges (each costs about one run's distinct
    // names), and a slow thread does not hold the others up long.
    let run = articles.len().div_ceil(2 * crate::par::threads()).max(1);
    let starts: Vec<usize> = (0..articles.len()).step_by(run).collect();
    let mut parts = crate::par::map(&starts, |_, &start| {
        let mut evidence = NameEvidence::default();
        let end = (start + run).min(articles.len());
        for doc in start..end {
            evidence.add_article(doc, &articles[doc], texts[doc]);
        }
        evidence
    })
    .into_iter();
    let mut evidence = parts.next().unwrap_or_default();
    for part in parts {
        evidence.merge(part);
    }
    evidence
}

impl Registry {
    /// Build the registry from every article's mentions (`texts[i]` is the
    /// text of `articles[i]`, for the names of described sources).
    pub fn build(articles: &[Vec<Mention>], texts: &[&str]) -> Registry {
        let evidence = gather_evidence(articles, texts);
        Registry::from_evidence(&evidence)
    }

    /// Build the registry from what the corpus's mentions say about names
    /// (gathered in one pass, or per article and merged: the same registry).
    pub fn from_evidence(evidence: &NameEvidence) -> Registry {
        let mut registry = Registry::default();
        registry.build_persons(evidence);
        registry.build_orgs(evidence);
        registry.build_sources(evidence);
        registry.name_words = registry
            .entities
            .iter()
            .map(|e| {
                e.name
                    .lower()
                    .split_whitespace()
                    .map(str::to_string)
                    .collect()
            })
            .collect();
        registry
    }

    fn add(&mut self, name: String, kind: EntityKind) -> usize {
        self.entities.push(Entity { name, kind });
        self.entities.len() - 1
    }

    fn build_persons(&mut self, evidence: &NameEvidence) {
        // Lower-case full name → the roles written next to it, in order.
        let mut name_roles: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (k, name) in &evidence.persons {
            self.person_counts
                .insert(k.clone(), (name.count, name.relative));
            if !name.roles.is_empty() {
                name_roles.insert(k.clone(), name.roles.iter().map(|r| r.1.clone()).collect());
            }
        }
        // Two full names some article uses both of.
        let met = |a: &str, b: &str| evidence.meets.contains(&meet_key(a, b));
        let list: Vec<(&String, &PersonUse)> = evidence.persons.iter().collect();
        // Each name's words, split once (names are compared pair by pair).
        let words: Vec<Vec<&str>> = list.iter().map(|(k, _)| k.split(' ').collect()).collect();
        let mut parent: Vec<usize> = (0..list.len()).collect();
        // The names sharing a first word are a run of `list` (sorted by
        // name: each begins with its first word and a space). Which pairs
        // are joined does not depend on the order they are asked in.
        let mut start = 0;
        while start < list.len() {
            let end = start
                + words[start..]
                    .iter()
                    .take_while(|w| w[0] == words[start][0])
                    .count();
            let bucket = start..end;
            start = end;
            for a in bucket.clone() {
                for b in a + 1..bucket.end {
                    let (wa, wb) = (&words[a], &words[b]);
                    let same_last = wa.last() == wb.last();
                    let contained = same_last && (is_subsequence(wa, wb) || is_subsequence(wb, wa));
                    let variant = wa.len() == wb.len()
                        && wa[..wa.len() - 1] == wb[..wb.len() - 1]
                        && wa.last().is_some_and(|l| l.chars().count() >= 5)
                        && one_edit_apart(wa[wa.len() - 1], wb[wb.len() - 1]);
                    // Asked last: the key of the pair is a new string.
                    if (contained || variant) && !met(list[a].0, list[b].0) {
                        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                        parent[ra.max(rb)] = ra.min(rb);
                    }
                }
            }
        }
        // One person, two spellings across outlets: a shorter name with
        // another first word inside one longer name, with a role in common
        // ("Rashid Nazari, the agency's director" = "Ahmad Rashid Nazari,
        // head of the rescue agency").
        let lexicon = Lexicon::get();
        let no_roles: Vec<String> = Vec::new();
        let roles_of = |k: &str| name_roles.get(k).unwrap_or(&no_roles);
        // The names by last word (buckets in order of first use: as above,
        // the order does not matter).
        let mut bucket_of: WordMap<usize> = WordMap::default();
        let mut by_last: Vec<Vec<usize>> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let last = w.last().copied().unwrap_or("");
            let next = by_last.len();
            let bucket = *bucket_of.get_or_insert_with(last, || next);
            if bucket == next {
                by_last.push(Vec::new());
            }
            by_last[bucket].push(i);
        }
        // A surname carried by very many full names says too little to
        // merge any (and would make this quadratic in them).
        for bucket in by_last.iter().filter(|b| (2..=64).contains(&b.len())) {
            for &short in bucket {
                let ks = list[short].0;
                let ws = &words[short];
                let containing: Vec<usize> = bucket
                    .iter()
                    .copied()
                    .filter(|&long| {
                        let kl = list[long].0;
                        let wl = &words[long];
                        wl.len() > ws.len()
                            && wl[0] != ws[0]
                            && is_subsequence(ws, wl)
                            && !met(ks, kl)
                    })
                    .collect();
                if let [long] = containing[..] {
                    if roles_agree(roles_of(ks), roles_of(list[long].0), lexicon) {
                        let (ra, rb) = (find(&mut parent, short), find(&mut parent, long));
                        parent[ra.max(rb)] = ra.min(rb);
                    }
                }
            }
        }
        // Canonical name of a group: most words, then most frequent, then first.
        let mut groups: Vec<Vec<usize>> = vec![Vec::new(); list.len()];
        for i in 0..list.len() {
            let root = find(&mut parent, i);
            groups[root].push(i);
        }
        for members in groups.iter().filter(|g| !g.is_empty()) {
            let best = members
                .iter()
                .copied()
                .max_by(|&a, &b| {
                    let (ka, wa) = (list[a].0, &list[a].1.words);
                    let (kb, wb) = (list[b].0, &list[b].1.words);
                    let (ca, cb) = (list[a].1.count, list[b].1.count);
                    wa.len().cmp(&wb.len()).then(ca.cmp(&cb)).then(kb.cmp(ka))
                })
                .expect("non-empty group");
            let entity = self.add(list[best].1.words.join(" "), EntityKind::Person);
            for &m in members {
                self.persons.insert(list[m].0, entity);
                self.person_roles.resize(self.entities.len(), Vec::new());
                let roles = &mut self.person_roles[entity];
                for role in roles_of(list[m].0) {
                    if !roles.contains(role) {
                        roles.push(role.clone());
                    }
                }
            }
        }
        self.person_role_words = self
            .person_roles
            .iter()
            .map(|roles| role_words(roles, lexicon).collect())
            .collect();
        for k in self.person_counts.keys() {
            let surname = k.rsplit(' ').next().unwrap_or("");
            self.by_surname
                .get_or_insert_with(surname, Vec::new)
                .push(k.clone());
        }
        // The persons behind each surname used alone, once (not per mention),
        // in the order of their names.
        let mut principals = WordMap::default();
        for single in evidence.singles.keys() {
            let Some(names) = self.by_surname.get(single) else {
                continue;
            };
            let mut persons: Vec<usize> = Vec::new();
            for e in names
                .iter()
                .filter(|k| self.relative_share(k) < 0.5)
                .filter_map(|k| self.persons.get(k).copied())
            {
                if !persons.contains(&e) {
                    persons.push(e);
                }
            }
            if !persons.is_empty() {
                principals.insert(single, persons);
            }
        }
        self.principals = principals;
        // Single names that shorten no full name are speakers of their own;
        // so are surnames of several people, where nothing says which.
        for (single, (_, written)) in &evidence.singles {
            if self.by_surname.get(single).is_none() {
                let entity = self.add(written.clone(), EntityKind::Person);
                self.persons.insert(single, entity);
            } else if self.principals.get(single).is_some_and(|p| p.len() > 1) {
                let entity = self.add(written.clone(), EntityKind::Person);
                self.bare_surname.insert(entity, single.clone());
                self.bare.insert(single, entity);
            }
        }
    }

    /// Descriptions of sources that are not people ("the report", "a
    /// campaign ad", "the newspaper"): one entity per description, named
    /// as first written, with "the" for its determiner.
    fn build_sources(&mut self, evidence: &NameEvidence) {
        // In the order of their first use in the corpus.
        let mut first_use: Vec<(&String, &(Pos, String, EntityKind))> =
            evidence.sources.iter().collect();
        crate::order::sort_by_numbers(&mut first_use, |(_, (pos, _, _))| {
            [pos.0 as u64, pos.1 as u64, 0, 0]
        });
        for (key, (_, name, kind)) in first_use {
            let entity = self.add(name.clone(), *kind);
            self.sources.insert(key.clone(), entity);
        }
    }

    /// The persons a bare surname entity ("Clinton") may be, when it is one.
    pub fn namesakes(&self, entity: usize) -> Option<&[usize]> {
        let surname = self.bare_surname.get(&entity)?;
        self.principals.get(surname).map(Vec::as_slice)
    }

    /// The source entity a description in `text` names, when it names no
    /// organisation. "its report", "his statement": someone's document is
    /// how they spoke (a channel), not a source of its own.
    fn source(&self, mention: &Mention, text: &str) -> Option<usize> {
        if mention.words.is_empty() {
            return None;
        }
        let written = text.get(mention.span.start..mention.span.end).unwrap_or("");
        let first = written.split_whitespace().next().unwrap_or("");
        if matches!(
            first.lower().as_str(),
            "its" | "their" | "his" | "her" | "our" | "my" | "your"
        ) {
            return None;
        }
        self.sources.get(&mention.words.join(" ")).copied()
    }

    fn build_orgs(&mut self, evidence: &NameEvidence) {
        let mut full: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (k, (_, words)) in &evidence.orgs {
            full.insert(k.clone(), words.clone());
        }
        let mut acronyms: BTreeMap<String, Option<String>> = BTreeMap::new();
        for (acronym, expansion) in &evidence.acronyms {
            acronyms.insert(acronym.clone(), expansion.as_ref().map(|e| e.1.clone()));
        }
        // Names with their "of Place" removed when the shorter name is used too.
        let mut canonical_of: BTreeMap<String, String> = BTreeMap::new();
        for (k, words) in &full {
            let base = base_name(words);
            let base_key = key(&base);
            let target = if base.len() < words.len() && full.contains_key(&base_key) {
                base_key
            } else {
                k.clone()
            };
            canonical_of.insert(k.clone(), target);
        }
        let mut entity_of: BTreeMap<String, usize> = BTreeMap::new();
        for (k, target) in &canonical_of {
            let entity = match entity_of.get(target) {
                Some(&e) => e,
                None => {
                    let e = self.add(full[target].join(" "), EntityKind::Org);
                    entity_of.insert(target.clone(), e);
                    e
                }
            };
            self.orgs.insert(k, entity);
        }
        // Acronyms: explicit first, then initials, then initials with letters swapped.
        let mut spelled: BTreeMap<String, usize> = BTreeMap::new();
        for (k, words) in &full {
            let entity = *self.orgs.get(k).expect("every full name has its entity");
            spelled.entry(initials(words)).or_insert(entity);
            spelled.entry(initials(&base_name(words))).or_insert(entity);
        }
        for (acronym, expansion) in &acronyms {
            if let Some(entity) = expansion.as_ref().and_then(|e| self.orgs.get(e)).copied() {
                spelled.insert(acronym.clone(), entity);
            }
        }
        // Spellings of three letters or more by their sorted letters, the
        // first in order kept: an index instead of a search per acronym.
        let mut by_letters: BTreeMap<Vec<u32>, usize> = BTreeMap::new();
        for (s, &e) in &spelled {
            if s.chars().count() >= 3 {
                by_letters.entry(sorted_letters(s)).or_insert(e);
            }
        }
        for acronym in acronyms.keys() {
            let entity = spelled.get(acronym).copied().or_else(|| {
                (acronym.chars().count() >= 3)
                    .then(|| by_letters.get(&sorted_letters(acronym)).copied())
                    .flatten()
            });
            let entity = entity.unwrap_or_else(|| self.add(acronym.clone(), EntityKind::Org));
            self.orgs.insert(&acronym.lower(), entity);
        }
    }

    pub fn entity(&self, id: usize) -> &Entity {
        &self.entities[id]
    }

    fn relative_share(&self, key: &str) -> f64 {
        self.person_counts
            .get(key)
            .map_or(0.0, |&(n, r)| r as f64 / n.max(1) as f64)
    }

    /// The entity a bare surname refers to in an article whose full person
    /// names are `in_article` (lower-case keys, in text order); `role` is
    /// the role written next to the surname ("Former President Clinton").
    fn surname(
        &self,
        surname: &str,
        by_surname_in_article: &BTreeMap<String, Vec<String>>,
        role: Option<&String>,
    ) -> Option<usize> {
        let in_article = by_surname_in_article
            .get(surname)
            .map_or(&[][..], Vec::as_slice);
        let principal = |k: &&String| self.relative_share(k) < 0.5;
        // Two principals share the surname (a senator and her husband, a
        // former president): the one the corpus names most, then the first.
        let mentioned = |k: &&String| self.person_counts.get(*k).map_or(0, |&(n, _)| n);
        let mut best: Option<&String> = None;
        for k in in_article.iter().filter(principal) {
            if best.is_none_or(|b| mentioned(&k) > mentioned(&b)) {
                best = Some(k);
            }
        }
        if let Some(k) = best {
            return self.persons.get(k).copied();
        }
        match self.principals.get(surname).map(Vec::as_slice) {
            Some([only]) => return Some(*only),
            Some(several @ [_, _, ..]) => {
                // Several people carry this surname elsewhere: only a role
                // in common with one of them says which.
                // As `roles_agree`, with each person's role words found once.
                let lexicon = Lexicon::get();
                let mine: Vec<String> = role.map_or_else(Vec::new, |r| {
                    role_words(std::slice::from_ref(r), lexicon).collect()
                });
                let fitting: Vec<usize> = several
                    .iter()
                    .copied()
                    .filter(|&e| {
                        let theirs = self.person_role_words.get(e).map_or(&[][..], Vec::as_slice);
                        !mine.is_empty() && theirs.iter().any(|w| mine.contains(w))
                    })
                    .collect();
                return match fitting[..] {
                    [one] => Some(one),
                    _ => self.bare.get(surname).copied(),
                };
            }
            _ => {}
        }
        let same_surname = self.by_surname.get(surname).map_or(&[][..], Vec::as_slice);
        if let Some(k) = in_article.first() {
            return self.persons.get(k).copied();
        }
        self.persons.get(surname).copied().or_else(|| {
            same_surname
                .first()
                .and_then(|k| self.persons.get(k).copied())
        })
    }

    /// Which entity each mention of one article (whose text is `text`) refers to.
    pub fn resolve(
        &self,
        mentions: &[Mention],
        text: &str,
        lexicon: &Lexicon,
    ) -> Vec<Option<usize>> {
        // Distinct full names of the article by surname, in order of first use.
        let mut full_names: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        for m in mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Person && m.words.len() > 1)
        {
            let k = key(&m.words);
            if seen.insert(k.clone()) {
                let surname = k.rsplit(' ').next().unwrap_or("").to_string();
                full_names.entry(surname).or_default().push(k);
            }
        }
        // Words other than the last of the article's names of three or four
        // words ("Ong Kah Wee", "Germán Restrepo Villegas", "María Fernanda
        // López Ortega"): a surname written first or the first of two
        // surnames, which the article may use alone. `None` when two names
        // share the word.
        let mut inner_words: BTreeMap<String, Option<String>> = BTreeMap::new();
        for k in seen.iter() {
            let words: Vec<&str> = k.split(' ').collect();
            // Longer runs are headlines, not names.
            if !(3..=4).contains(&words.len()) {
                continue;
            }
            for w in &words[..words.len() - 1] {
                if w.chars().count() > 2 && !full_names.contains_key(*w) {
                    let owner = (!inner_words.contains_key(*w)).then(|| k.clone());
                    inner_words.insert((*w).to_string(), owner);
                }
            }
        }
        // The organisation each organisation mention names (asked again by
        // the descriptions around it).
        let org_of: Vec<Option<usize>> = mentions
            .iter()
            .map(|m| match m.kind {
                MentionKind::Org => self.orgs.get(&key(&m.words)).copied(),
                _ => None,
            })
            .collect();
        let mut resolved: Vec<Option<usize>> = Vec::with_capacity(mentions.len());
        let mut last_person: Option<usize> = None;
        let mut last_org: Option<usize> = None;
        // The last organisation that was the subject of its sentence: what
        // "it", "they" and "the group" most often refer to.
        let mut last_subject_org: Option<usize> = None;
        // The person opening the current sentence: "Rubio said that Trump,
        // whom he called …" — "he" inside the sentence is its subject.
        let mut sentence_person: Option<usize> = None;
        // Roles seen so far in this article, by entity.
        let mut roles: BTreeMap<usize, String> = BTreeMap::new();
        for (i, m) in mentions.iter().enumerate() {
            // A described source ("the report") is never what a later
            // pronoun or "the group" refers to.
            let mut described_source = false;
            let entity = match m.kind {
                MentionKind::Person if m.words.len() > 1 => {
                    self.persons.get(&key(&m.words)).copied()
                }
                MentionKind::Person => {
                    let word = m.words[0].lower();
                    // Only a word no full name in the corpus ends with:
                    // "Trump" alone is Trump, not "Trump Stands Tall".
                    match inner_words.get(&word) {
                        Some(Some(k)) if self.by_surname.get(&word).is_none() => {
                            self.persons.get(k).copied()
                        }
                        _ => self.surname(&word, &full_names, m.role.as_ref()),
                    }
                }
                MentionKind::Org => org_of[i],
                MentionKind::Pronoun(Referent::Person) if !m.first_in_sentence => {
                    sentence_person.or(last_person)
                }
                MentionKind::Pronoun(Referent::Person) => last_person,
                MentionKind::Pronoun(Referent::Org) => last_subject_org.or(last_org),
                MentionKind::Descriptor(Referent::Person) => {
                    self.descriptor_person(mentions, i, &resolved, &org_of, &roles, last_person)
                }
                MentionKind::Descriptor(Referent::Org) => self
                    .descriptor_org(
                        mentions,
                        i,
                        &resolved,
                        &org_of,
                        last_subject_org.or(last_org),
                        lexicon,
                    )
                    .or_else(|| {
                        described_source = true;
                        self.source(m, text)
                    }),
            };
            if let (Some(e), Some(role)) = (entity, &m.role) {
                roles.insert(e, role.clone());
            }
            if m.first_in_sentence {
                sentence_person = entity
                    .filter(|&e| !described_source && self.entities[e].kind == EntityKind::Person);
            }
            if let Some(e) = entity.filter(|_| !described_source) {
                match self.entities[e].kind {
                    EntityKind::Person => last_person = Some(e),
                    EntityKind::Org => {
                        last_org = Some(e);
                        if m.first_in_sentence {
                            last_subject_org = Some(e);
                        }
                    }
                    EntityKind::Document => {}
                }
            }
            resolved.push(entity);
        }
        resolved
    }

    /// "the spokesperson" → the nearest person with that role, else the last
    /// person; "a Labour spokesperson" → someone new speaking for Labour;
    /// "a spokesman" → nobody named.
    fn descriptor_person(
        &self,
        mentions: &[Mention],
        i: usize,
        resolved: &[Option<usize>],
        org_of: &[Option<usize>],
        roles: &BTreeMap<usize, String>,
        last_person: Option<usize>,
    ) -> Option<usize> {
        let m = &mentions[i];
        let head = m.words.last().map(|w| stem(w)).unwrap_or_default();
        if !m.indefinite {
            let with_role = (0..i).rev().take(40).filter_map(|j| resolved[j]).find(|e| {
                self.entities[*e].kind == EntityKind::Person
                    && roles
                        .get(e)
                        .is_some_and(|role| role.split_whitespace().any(|w| has_stem(w, &head)))
            });
            if with_role.is_some() {
                return with_role;
            }
        }
        if m.unnamed {
            return None;
        }
        let inner_org = mentions[i + 1..]
            .iter()
            .zip(&org_of[i + 1..])
            .take_while(|(n, _)| n.first_token <= m.last_token)
            .find_map(|(_, &org)| org);
        if inner_org.is_some() {
            return inner_org;
        }
        if m.indefinite {
            None
        } else {
            last_person
        }
    }

    /// "the group" → the last organisation; "the resistance front" → the
    /// nearest organisation sharing a word with it, earlier or else later.
    fn descriptor_org(
        &self,
        mentions: &[Mention],
        i: usize,
        resolved: &[Option<usize>],
        org_of: &[Option<usize>],
        last_org: Option<usize>,
        lexicon: &Lexicon,
    ) -> Option<usize> {
        let words: Vec<&String> = mentions[i]
            .words
            .iter()
            .filter(|w| !lexicon.stopwords.contains(w.as_str()))
            .collect();
        let shares_word = |e: usize| {
            let name_words = &self.name_words[e];
            words.iter().any(|w| name_words.contains(w))
        };
        let earlier = (0..i)
            .rev()
            .take(40)
            .filter_map(|j| resolved[j])
            .find(|&e| self.entities[e].kind == EntityKind::Org && shares_word(e));
        if earlier.is_some() {
            return earlier;
        }
        let generic = matches!(
            mentions[i].words.last().map(String::as_str),
            Some(
                "group"
                    | "organisation"
                    | "organization"
                    | "movement"
                    | "party"
                    | "company"
                    | "firm"
            )
        );
        if generic {
            return last_org;
        }
        org_of[i + 1..]
            .iter()
            .take(40)
            .filter_map(|&org| org)
            .find(|&e| shares_word(e))
    }
}

/// `stem(word) == stem`, without writing the word's stem (lower case is
/// one character for each: the first five lowered are the stem).
fn has_stem(word: &str, stem: &str) -> bool {
    word.chars()
        .take(5)
        .map(crate::case::lower_char)
        .eq(stem.chars())
}

/// A crude stem: lower-case, first five letters ("spokesman" = "spokesperson").
pub fn stem(word: &str) -> String {
    word.chars().take(5).collect::<String>().lower()
}

/// The content words of roles: lower-case, without function words, role
/// modifiers ("former", "senior") or possessive endings.
fn role_words<'r>(roles: &'r [String], lexicon: &'r Lexicon) -> impl Iterator<Item = String> + 'r {
    roles
        .iter()
        .flat_map(|r| r.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() > 1)
        .map(crate::case::lower)
        .filter(|w| {
            !lexicon.stopwords.contains(w.as_str())
                && !matches!(lexicon.title(w), Some(TitleClass::Modifier))
        })
}

/// Two sets of roles have a content word in common ("head of the rescue
/// agency" and "the agency's director" share "agency").
fn roles_agree(a: &[String], b: &[String], lexicon: &Lexicon) -> bool {
    // A few words each: a list, not a set (no sort compiled for it).
    let words: Vec<String> = role_words(a, lexicon).collect();
    !words.is_empty() && role_words(b, lexicon).any(|w| words.contains(&w))
}

/// The name of a described source: "the" and the description as written
/// after its determiner ("The report" → "the report", "A campaign ad" →
/// "the campaign ad", "the Pentagon report" → "the Pentagon report").
fn source_name(written: &str, words: &[String]) -> String {
    let mut parts: Vec<&str> = written.split_whitespace().collect();
    let had_determiner = parts.first().is_some_and(|w| {
        matches!(
            w.lower().as_str(),
            "the" | "a" | "an" | "its" | "their" | "this" | "that" | "his" | "her"
        )
    });
    if had_determiner {
        parts.remove(0);
    }
    let mut name = String::from("the");
    for (i, part) in parts.iter().enumerate() {
        name.push(' ');
        let lower = part.lower();
        // A sentence-initial first word, or a source word, in lower case.
        if (i == 0 && !had_determiner) || source_kind(&lower).is_some() {
            name.push_str(&lower);
        } else {
            name.push_str(part);
        }
    }
    if parts.is_empty() {
        name.push(' ');
        name.push_str(&words.join(" "));
    }
    name
}
