//! Utterances: quotes of the same statement, within and across articles.
//!
//! Two quotes are linked (and groups are the connected sets) when:
//! - they are pieces of one quotation (split by an attribution or running over
//!   paragraphs);
//! - one's content words are (almost) all in the other: at least 80% of the
//!   shorter one's, two words or more — with at least four shared words, or
//!   speakers that agree (the same, unknown, or one speaking for the other);
//! - a one- or two-word partial quote ("rise up", "captured") lies wholly in
//!   the other and both are attributed to agreeing speakers;
//! - translation variants: the same known speaker and at least three shared
//!   content words making 40% of the shorter quote, two of them written in
//!   lower case (proper nouns are shared by every article on the topic) ("With this victory … the
//!   quagmire of war" / "With this victory … the whirlpool of the war").
//!
//! A group whose quotes are attributed differently is a conflict, graded by
//! what differs (see [`conflict_kind`]): different speakers with no tie the
//! text shows, a speaker against the organisation their role names, or the
//! same speaker through different channels.
//!
//! Content words are compared by a crude stem (lower-case, plural `s` and
//! possessive dropped, first six letters), so "act"/"acts" and
//! "discriminatory"/"discrimination" match. Candidate pairs come from an
//! inverted index; words in more than [`COMMON_WORD_LIMIT`] quotes do not
//! propose pairs (linear work on pathological input). Stems are numbered
//! once (an interner) so that each quote keeps two sorted lists of numbers,
//! not sets of strings.

use super::lexicon::Lexicon;
use crate::case::Lower;
use crate::ConflictKind;
use std::collections::BTreeSet;

/// Words in more quotes than this propose no candidate pairs.
pub const COMMON_WORD_LIMIT: usize = 64;

/// What grouping needs to know about one quote.
#[derive(Debug, Clone)]
pub struct QuoteFacts {
    pub text: String,
    pub speaker: Option<usize>,
    /// This quote is the next piece of the previous quote's quotation.
    pub continues_previous: bool,
}

/// Stems of the content words of a text (with `common_only`, of the words
/// written in lower case: what translations share, unlike the proper nouns
/// every article on the topic repeats).
pub fn content_stems(text: &str, lexicon: &Lexicon, common_only: bool) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !common_only || !w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’').lower())
        .map(|w| {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .map(str::to_string)
                .unwrap_or(w)
        })
        .filter(|w| !w.is_empty() && !lexicon.stopwords.contains(w))
        .map(|w| {
            let w = if w.chars().count() > 3 {
                w.strip_suffix('s').map(str::to_string).unwrap_or(w)
            } else {
                w
            };
            w.chars().take(6).collect::<String>()
        })
        // Inserted one by one: `collect` into a set would compile one more
        // copy of the standard library's stable sort into the wasm.
        .fold(BTreeSet::new(), |mut stems, stem| {
            stems.insert(stem);
            stems
        })
}

/// The stem of one word as split by [`content_stems`] (`None` for a stop
/// word or nothing), written into `out`; the same steps, without allocating
/// for ASCII words.
fn stem_into(word: &str, lexicon: &Lexicon, out: &mut String) -> bool {
    out.clear();
    let trimmed = word.trim_matches(|c| c == '\'' || c == '’');
    if trimmed.is_ascii() {
        out.push_str(trimmed);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&trimmed.lower());
    }
    if out.ends_with("'s") {
        out.truncate(out.len() - 2);
    } else if out.ends_with("’s") {
        out.truncate(out.len() - "’s".len());
    }
    if out.is_empty() || lexicon.stopwords.contains(out.as_str()) {
        return false;
    }
    if out.ends_with('s') && out.chars().count() > 3 {
        out.pop();
    }
    if let Some((cut, _)) = out.char_indices().nth(6) {
        out.truncate(cut);
    }
    true
}

/// Stems numbered in order of first use.
#[derive(Default)]
struct StemIds {
    ids: crate::words::WordIndex,
}

impl StemIds {
    fn id(&mut self, stem: &str) -> u32 {
        u32::try_from(self.ids.insert(stem)).expect("fewer than 2^32 stems")
    }
}

/// Each quote's stem numbers: its content words' and its lower-case
/// words' (sorted, distinct).
type StemLists = (Vec<Vec<u32>>, Vec<Vec<u32>>);

/// The stems of each quote's content words (sorted, distinct numbers) and
/// those of its words written in lower case (see [`content_stems`]),
/// numbered by `ids`.
fn stem_lists_with(facts: &[QuoteFacts], lexicon: &Lexicon, ids: &mut StemIds) -> StemLists {
    let mut buf = String::new();
    let mut all = Vec::with_capacity(facts.len());
    let mut common = Vec::with_capacity(facts.len());
    for f in facts {
        let mut words: Vec<u32> = Vec::new();
        let mut lower: Vec<u32> = Vec::new();
        for w in f
            .text
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        {
            if !stem_into(w, lexicon, &mut buf) {
                continue;
            }
            let id = ids.id(&buf);
            words.push(id);
            if !w.chars().next().is_some_and(char::is_uppercase) {
                lower.push(id);
            }
        }
        crate::order::sort_numbers(&mut words, u64::from);
        words.dedup();
        crate::order::sort_numbers(&mut lower, u64::from);
        lower.dedup();
        all.push(words);
        common.push(lower);
    }
    (all, common)
}

/// Stem lists of every quote, stems numbered in order of first use.
#[cfg(target_arch = "wasm32")]
fn stem_lists(facts: &[QuoteFacts], lexicon: &Lexicon) -> StemLists {
    stem_lists_with(facts, lexicon, &mut StemIds::default())
}

/// Stem lists of every quote, stems numbered in order of first use: runs
/// of quotes are stemmed on the cores, each numbering its own stems; the
/// runs' numbers are then mapped, run by run, to the corpus's (a stem new
/// to the corpus in a run takes the next number, as in one pass, so the
/// numbers are the same whatever the runs).
#[cfg(not(target_arch = "wasm32"))]
fn stem_lists(facts: &[QuoteFacts], lexicon: &Lexicon) -> StemLists {
    let run = facts.len().div_ceil(2 * crate::par::threads()).max(1);
    let runs: Vec<&[QuoteFacts]> = facts.chunks(run).collect();
    let stemmed = crate::par::map(&runs, |_, run| {
        let mut ids = StemIds::default();
        let lists = stem_lists_with(run, lexicon, &mut ids);
        (ids, lists)
    });
    let mut ids = StemIds::default();
    let (mut all, mut common) = (
        Vec::with_capacity(facts.len()),
        Vec::with_capacity(facts.len()),
    );
    for (run_ids, (run_all, run_common)) in stemmed {
        let to_corpus: Vec<u32> = run_ids.ids.words().iter().map(|w| ids.id(w)).collect();
        // The first run's numbers are already the corpus's.
        let same = to_corpus.iter().enumerate().all(|(i, &n)| i as u32 == n);
        for (lists, out) in [(run_all, &mut all), (run_common, &mut common)] {
            for mut list in lists {
                if !same {
                    for n in &mut list {
                        *n = to_corpus[*n as usize];
                    }
                    crate::order::sort_numbers(&mut list, u64::from);
                }
                out.push(list);
            }
        }
    }
    (all, common)
}

/// How many numbers two sorted lists share.
fn shared_count(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Group quotes into utterances. `agree(a, b)` says whether two known
/// speakers may be the source of one statement. Returns the group of each
/// quote, groups numbered in order of their first quote.
pub fn group(
    facts: &[QuoteFacts],
    lexicon: &Lexicon,
    agree: impl Fn(usize, usize) -> bool,
) -> Vec<usize> {
    let n = facts.len();
    let (stems, common) = stem_lists(facts, lexicon);
    let mut parent: Vec<usize> = (0..n).collect();
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    for (i, fact) in facts.iter().enumerate().skip(1) {
        if fact.continues_previous {
            union(&mut parent, i - 1, i);
        }
    }
    // Inverted index: stem → quotes.
    let stem_count = stems.iter().flatten().max().map_or(0, |&m| m as usize + 1);
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); stem_count];
    for (q, words) in stems.iter().enumerate() {
        for &w in words {
            postings[w as usize].push(q);
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        let mut shared = vec![0usize; n];
        let mut touched: Vec<usize> = Vec::new();
        for a in 0..n {
            sharing(a, &stems, &postings, &mut shared, &mut touched);
            for &b in &touched {
                let k = std::mem::take(&mut shared[b]);
                let common = || shared_count(&common[a], &common[b]);
                let a_side = (stems[a].len(), facts[a].speaker);
                let b_side = (stems[b].len(), facts[b].speaker);
                if linked(k, a_side, b_side, common, &agree) {
                    union(&mut parent, a, b);
                }
            }
        }
    }
    // Natively the pairs are weighed on the cores, blocks of quotes apart;
    // a pair is decided there unless its answer hangs on whether the two
    // speakers agree (`agree` is asked here, in order). Links are joined
    // after: the groups (connected sets) do not depend on the order.
    #[cfg(not(target_arch = "wasm32"))]
    {
        const BLOCK: usize = 256;
        let blocks: Vec<usize> = (0..n).step_by(BLOCK).collect();
        let links = crate::par::map(&blocks, |_, &first| {
            let mut shared = vec![0usize; n];
            let mut touched: Vec<usize> = Vec::new();
            // (a, b, k) with k = 0 when linked whatever the speakers.
            let mut links: Vec<(usize, usize, usize)> = Vec::new();
            for a in first..(first + BLOCK).min(n) {
                sharing(a, &stems, &postings, &mut shared, &mut touched);
                for &b in &touched {
                    let k = std::mem::take(&mut shared[b]);
                    let common = || shared_count(&common[a], &common[b]);
                    let a_side = (stems[a].len(), facts[a].speaker);
                    let b_side = (stems[b].len(), facts[b].speaker);
                    let if_agree = linked(k, a_side, b_side, common, |_, _| true);
                    // Only two known, different speakers ask `agree`.
                    let asks = matches!((a_side.1, b_side.1), (Some(x), Some(y)) if x != y);
                    let if_not = if asks {
                        linked(k, a_side, b_side, common, |_, _| false)
                    } else {
                        if_agree
                    };
                    if if_agree && if_not {
                        links.push((a, b, 0));
                    } else if if_agree != if_not {
                        links.push((a, b, k));
                    }
                }
            }
            links
        });
        for (a, b, k) in links.into_iter().flatten() {
            let decided = k == 0 || {
                let common = || shared_count(&common[a], &common[b]);
                let a_side = (stems[a].len(), facts[a].speaker);
                let b_side = (stems[b].len(), facts[b].speaker);
                linked(k, a_side, b_side, common, &agree)
            };
            if decided {
                union(&mut parent, a, b);
            }
        }
    }
    let mut numbering = std::collections::BTreeMap::new();
    (0..n)
        .map(|q| {
            let root = find(&mut parent, q);
            let next = numbering.len();
            *numbering.entry(root).or_insert(next)
        })
        .collect()
}

/// The quotes after `a` that share stems with it that are not too common,
/// into `touched` (in no particular order: the groups, connected sets, do
/// not depend on the order links are found), and how many each shares into
/// `shared` (left for the caller to read and zero).
fn sharing(
    a: usize,
    stems: &[Vec<u32>],
    postings: &[Vec<usize>],
    shared: &mut [usize],
    touched: &mut Vec<usize>,
) {
    touched.clear();
    for &w in &stems[a] {
        let list = &postings[w as usize];
        if list.len() > COMMON_WORD_LIMIT {
            continue;
        }
        for &b in list {
            if b > a {
                if shared[b] == 0 {
                    touched.push(b);
                }
                shared[b] += 1;
            }
        }
    }
}

/// Whether two quotes are one utterance by their words: they share `k`
/// stems that are not too common; each side is (its number of stems, its
/// speaker); `common` counts the stems of lower-case words they share.
pub fn linked(
    k: usize,
    (a_stems, a_speaker): (usize, Option<usize>),
    (b_stems, b_speaker): (usize, Option<usize>),
    common: impl FnOnce() -> usize,
    agree: impl Fn(usize, usize) -> bool,
) -> bool {
    let smaller = a_stems.min(b_stems);
    if smaller == 0 {
        return false;
    }
    let speakers_agree = || match (a_speaker, b_speaker) {
        (Some(x), Some(y)) => x == y || agree(x, y) || agree(y, x),
        _ => true,
    };
    let both_known = a_speaker.is_some() && b_speaker.is_some();
    // Most pairs share one stem: only a partial quote of that one stem
    // (below, with k == smaller) can link them.
    if k < 2 {
        return k == smaller && both_known && speakers_agree();
    }
    let containment = k as f64 / smaller as f64;
    let same_speaker = both_known && a_speaker == b_speaker;
    let contained = containment >= 0.8 && k >= 2 && (k >= 4 || speakers_agree());
    let partial = || smaller <= 2 && k == smaller && both_known && speakers_agree();
    let variant = || same_speaker && k >= 3 && containment >= 0.4 && common() >= 2;
    contained || partial() || variant()
}

/// The stems of a quote's content words and of its words written in lower
/// case (sorted, distinct): what [`group`] numbers, as words.
#[cfg(not(target_arch = "wasm32"))]
pub fn stems(text: &str, lexicon: &Lexicon) -> (Vec<String>, Vec<String>) {
    let mut buf = String::new();
    let mut words: Vec<String> = Vec::new();
    let mut lower: Vec<String> = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        if !stem_into(w, lexicon, &mut buf) {
            continue;
        }
        words.push(buf.clone());
        if !w.chars().next().is_some_and(char::is_uppercase) {
            lower.push(buf.clone());
        }
    }
    words.sort_unstable();
    words.dedup();
    lower.sort_unstable();
    lower.dedup();
    (words, lower)
}

/// What differs between the attributions of one utterance's quotes, each
/// given as (speaker, channel); `None` when nothing does. Quotes with no
/// known speaker or no channel differ from none. Two speakers are the same
/// source when `same_source` says so for them (either way round: a
/// spokesperson and the organisation their role names); any other pair of
/// speakers is a real conflict, which outranks the milder kinds.
pub fn conflict_kind<'c>(
    attributions: impl IntoIterator<Item = (Option<usize>, Option<&'c str>)>,
    same_source: impl Fn(usize, usize) -> bool,
) -> Option<ConflictKind> {
    let mut speakers: Vec<usize> = Vec::new();
    let mut channels: Vec<&str> = Vec::new();
    for (speaker, channel) in attributions {
        if let Some(s) = speaker.filter(|s| !speakers.contains(s)) {
            speakers.push(s);
        }
        if let Some(c) = channel.filter(|c| !channels.contains(c)) {
            channels.push(c);
        }
    }
    let mut kind = (channels.len() > 1).then_some(ConflictKind::Channel);
    for (i, &a) in speakers.iter().enumerate() {
        for &b in &speakers[i + 1..] {
            let pair = if same_source(a, b) || same_source(b, a) {
                ConflictKind::SameSource
            } else {
                ConflictKind::Speaker
            };
            kind = Some(kind.map_or(pair, |k| k.min(pair)));
        }
    }
    kind
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ConflictKind::{Channel, SameSource, Speaker};

    /// Speakers 0 (a spokesman) and 1 (his organisation) are the same source.
    fn spokesman_of(a: usize, b: usize) -> bool {
        (a, b) == (0, 1)
    }

    #[test]
    fn agreeing_attributions_are_no_conflict() {
        let same = [(Some(0), Some("statement")), (Some(0), None), (None, None)];
        assert_eq!(conflict_kind(same, spokesman_of), None);
        assert_eq!(conflict_kind([], spokesman_of), None);
    }

    #[test]
    fn same_speaker_through_two_channels_is_a_channel_conflict() {
        let quotes = [
            (Some(0), Some("statement")),
            (Some(0), Some("news conference")),
            (None, None),
        ];
        assert_eq!(conflict_kind(quotes, spokesman_of), Some(Channel));
    }

    #[test]
    fn spokesman_against_own_organisation_is_the_same_source() {
        assert_eq!(
            conflict_kind([(Some(1), None), (Some(0), None)], spokesman_of),
            Some(SameSource)
        );
        // Channels differing too change nothing: the speakers differ more.
        let quotes = [(Some(1), Some("Twitter")), (Some(0), Some("Facebook"))];
        assert_eq!(conflict_kind(quotes, spokesman_of), Some(SameSource));
    }

    #[test]
    fn different_people_are_a_real_conflict() {
        assert_eq!(
            conflict_kind([(Some(0), None), (Some(2), None)], spokesman_of),
            Some(Speaker)
        );
        // One unrelated speaker among related ones makes the whole a real conflict.
        let quotes = [(Some(0), None), (Some(1), None), (Some(2), Some("video"))];
        assert_eq!(conflict_kind(quotes, spokesman_of), Some(Speaker));
    }
}
