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
//! Organisations: "X of Place" is X when X is named too; an acronym is the
//! organisation it follows in parentheses, or whose initials it spells, even
//! with letters swapped ("NFR" for "NRF").
//!
//! Pronouns and descriptions resolve to the nearest earlier compatible
//! speaker: "he" to a person, "it"/"they" to an organisation, "the
//! spokesperson" to a person with that role, "the group" to an organisation,
//! "the resistance front" to an organisation sharing a word with it (looking
//! ahead in the article when none came before).

use super::lexicon::Lexicon;
use super::mentions::{Mention, MentionKind, Referent};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    Person,
    Org,
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
    persons: BTreeMap<String, usize>,
    /// Lower-case full name → (occurrences, occurrences as a relative).
    person_counts: BTreeMap<String, (usize, usize)>,
    /// Last word → lower-case full names ending with it.
    by_surname: BTreeMap<String, Vec<String>>,
    /// Last word → the person its most frequent principal full name (not
    /// someone's relative) is, for surnames that have one.
    corpus_best: BTreeMap<String, Option<usize>>,
    /// Lower-case organisation name or acronym → entity.
    orgs: BTreeMap<String, usize>,
}

/// A full name as first written, and the articles that use it.
type NameUse = (Vec<String>, BTreeSet<usize>);

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
            key.push_str(&w.to_lowercase());
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

fn sorted_letters(s: &str) -> Vec<char> {
    let mut v: Vec<char> = s.chars().collect();
    v.sort_unstable();
    v
}

/// Organisation name without a trailing "of Place".
fn base_name(words: &[String]) -> Vec<String> {
    match words.iter().position(|w| w == "of") {
        Some(p) if p > 0 => words[..p].to_vec(),
        _ => words.to_vec(),
    }
}

impl Registry {
    /// Build the registry from every article's mentions.
    pub fn build(articles: &[Vec<Mention>]) -> Registry {
        let mut registry = Registry::default();
        registry.build_persons(articles);
        registry.build_orgs(articles);
        registry.name_words = registry
            .entities
            .iter()
            .map(|e| {
                e.name
                    .to_lowercase()
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

    fn build_persons(&mut self, articles: &[Vec<Mention>]) {
        // name key → (words as first written, set of articles)
        let mut names: BTreeMap<String, NameUse> = BTreeMap::new();
        // Lower-case single name → as first written.
        let mut singles: BTreeMap<String, String> = BTreeMap::new();
        for (doc, mentions) in articles.iter().enumerate() {
            for m in mentions.iter().filter(|m| m.kind == MentionKind::Person) {
                let k = key(&m.words);
                if m.words.len() == 1 {
                    singles.entry(k).or_insert_with(|| m.words[0].clone());
                    continue;
                }
                let counts = self.person_counts.entry(k.clone()).or_default();
                counts.0 += 1;
                counts.1 += usize::from(m.relative);
                names
                    .entry(k)
                    .or_insert_with(|| (m.words.clone(), BTreeSet::new()))
                    .1
                    .insert(doc);
            }
        }
        let list: Vec<(&String, &NameUse)> = names.iter().collect();
        let mut parent: Vec<usize> = (0..list.len()).collect();
        let mut by_first: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, (k, _)) in list.iter().enumerate() {
            let first = k.split(' ').next().unwrap_or("").to_string();
            by_first.entry(first).or_default().push(i);
        }
        for bucket in by_first.values() {
            for (x, &a) in bucket.iter().enumerate() {
                for &b in &bucket[x + 1..] {
                    let (ka, (_, docs_a)) = list[a];
                    let (kb, (_, docs_b)) = list[b];
                    if !docs_a.is_disjoint(docs_b) {
                        continue;
                    }
                    let wa: Vec<&str> = ka.split(' ').collect();
                    let wb: Vec<&str> = kb.split(' ').collect();
                    let same_last = wa.last() == wb.last();
                    let contained =
                        same_last && (is_subsequence(&wa, &wb) || is_subsequence(&wb, &wa));
                    let variant = wa.len() == wb.len()
                        && wa[..wa.len() - 1] == wb[..wb.len() - 1]
                        && wa.last().is_some_and(|l| l.chars().count() >= 5)
                        && one_edit_apart(wa[wa.len() - 1], wb[wb.len() - 1]);
                    if contained || variant {
                        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                        parent[ra.max(rb)] = ra.min(rb);
                    }
                }
            }
        }
        // Canonical name of a group: most words, then most frequent, then first.
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..list.len() {
            let root = find(&mut parent, i);
            groups.entry(root).or_default().push(i);
        }
        for members in groups.values() {
            let best = members
                .iter()
                .copied()
                .max_by(|&a, &b| {
                    let (ka, (wa, _)) = list[a];
                    let (kb, (wb, _)) = list[b];
                    let ca = self.person_counts[ka].0;
                    let cb = self.person_counts[kb].0;
                    wa.len().cmp(&wb.len()).then(ca.cmp(&cb)).then(kb.cmp(ka))
                })
                .expect("non-empty group");
            let entity = self.add(list[best].1 .0.join(" "), EntityKind::Person);
            for &m in members {
                self.persons.insert(list[m].0.clone(), entity);
            }
        }
        for k in self.person_counts.keys() {
            let surname = k.rsplit(' ').next().unwrap_or("").to_string();
            self.by_surname.entry(surname).or_default().push(k.clone());
        }
        // The corpus's choice for each surname, once (not per mention).
        let mut corpus_best = BTreeMap::new();
        for (surname, names) in &self.by_surname {
            let best = names
                .iter()
                .filter(|k| self.relative_share(k) < 0.5)
                .max_by(|a, b| {
                    self.person_counts[*a]
                        .0
                        .cmp(&self.person_counts[*b].0)
                        .then(b.cmp(a))
                });
            if let Some(k) = best {
                corpus_best.insert(surname.clone(), self.persons.get(k).copied());
            }
        }
        self.corpus_best = corpus_best;
        // Single names that shorten no full name are speakers of their own.
        for (single, written) in singles {
            if !self.by_surname.contains_key(&single) {
                let entity = self.add(written, EntityKind::Person);
                self.persons.insert(single, entity);
            }
        }
    }

    fn build_orgs(&mut self, articles: &[Vec<Mention>]) {
        let mut full: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut acronyms: BTreeMap<String, Option<String>> = BTreeMap::new();
        for m in articles
            .iter()
            .flatten()
            .filter(|m| m.kind == MentionKind::Org)
        {
            let is_acronym = m.words.len() == 1 && m.words[0].chars().all(|c| !c.is_lowercase());
            if is_acronym {
                acronyms.entry(m.words[0].clone()).or_insert(None);
            } else {
                full.entry(key(&m.words)).or_insert_with(|| m.words.clone());
            }
            if let Some(acronym) = &m.acronym {
                acronyms.insert(acronym.clone(), Some(key(&m.words)));
            }
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
            self.orgs.insert(k.clone(), entity);
        }
        // Acronyms: explicit first, then initials, then initials with letters swapped.
        let mut spelled: BTreeMap<String, usize> = BTreeMap::new();
        for (k, words) in &full {
            let entity = self.orgs[k];
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
        let mut by_letters: BTreeMap<Vec<char>, usize> = BTreeMap::new();
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
            self.orgs.insert(acronym.to_lowercase(), entity);
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
    /// names are `in_article` (lower-case keys, in text order).
    fn surname(
        &self,
        surname: &str,
        by_surname_in_article: &BTreeMap<String, Vec<String>>,
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
        if let Some(&best) = self.corpus_best.get(surname) {
            return best;
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

    /// Which entity each mention of one article refers to.
    pub fn resolve(&self, mentions: &[Mention], lexicon: &Lexicon) -> Vec<Option<usize>> {
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
        let mut resolved: Vec<Option<usize>> = Vec::with_capacity(mentions.len());
        let mut last_person: Option<usize> = None;
        let mut last_org: Option<usize> = None;
        // The last organisation that was the subject of its sentence: what
        // "it", "they" and "the group" most often refer to.
        let mut last_subject_org: Option<usize> = None;
        // Roles seen so far in this article, by entity.
        let mut roles: BTreeMap<usize, String> = BTreeMap::new();
        for (i, m) in mentions.iter().enumerate() {
            let entity = match m.kind {
                MentionKind::Person if m.words.len() > 1 => {
                    self.persons.get(&key(&m.words)).copied()
                }
                MentionKind::Person => self.surname(&m.words[0].to_lowercase(), &full_names),
                MentionKind::Org => self.orgs.get(&key(&m.words)).copied(),
                MentionKind::Pronoun(Referent::Person) => last_person,
                MentionKind::Pronoun(Referent::Org) => last_subject_org.or(last_org),
                MentionKind::Descriptor(Referent::Person) => {
                    self.descriptor_person(mentions, i, &resolved, &roles, last_person)
                }
                MentionKind::Descriptor(Referent::Org) => self.descriptor_org(
                    mentions,
                    i,
                    &resolved,
                    last_subject_org.or(last_org),
                    lexicon,
                ),
            };
            if let (Some(e), Some(role)) = (entity, &m.role) {
                roles.insert(e, role.clone());
            }
            if let Some(e) = entity {
                match self.entities[e].kind {
                    EntityKind::Person => last_person = Some(e),
                    EntityKind::Org => {
                        last_org = Some(e);
                        if m.first_in_sentence {
                            last_subject_org = Some(e);
                        }
                    }
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
        roles: &BTreeMap<usize, String>,
        last_person: Option<usize>,
    ) -> Option<usize> {
        let m = &mentions[i];
        let head = m.words.last().map(|w| stem(w)).unwrap_or_default();
        if !m.indefinite {
            let with_role = (0..i).rev().take(40).filter_map(|j| resolved[j]).find(|e| {
                self.entities[*e].kind == EntityKind::Person
                    && roles.get(e).is_some_and(|role| {
                        role.split_whitespace()
                            .any(|w| stem(&w.to_lowercase()) == head)
                    })
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
            .take_while(|n| n.first_token <= m.last_token)
            .filter(|n| n.kind == MentionKind::Org)
            .find_map(|n| self.orgs.get(&key(&n.words)).copied());
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
        mentions[i + 1..]
            .iter()
            .take(40)
            .filter(|m| m.kind == MentionKind::Org)
            .filter_map(|m| self.orgs.get(&key(&m.words)).copied())
            .find(|&e| shares_word(e))
    }
}

/// A crude stem: lower-case, first five letters ("spokesman" = "spokesperson").
pub fn stem(word: &str) -> String {
    word.chars().take(5).collect::<String>().to_lowercase()
}
