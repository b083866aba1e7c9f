//! The word n-gram index and the candidate seeds it yields.
//!
//! Every position of every document gets the hash of the words that
//! start there (a *shingle*, `ReuseParams::ngram` words). The index is a flat vector of
//! `(shingle hash, document, position)` sorted by hash: no hash map, so no
//! iteration order can leak into the output, and any subset of documents (a
//! shard) can be indexed on its own; [`NgramIndex::build_shard`] splits the
//! index by hash so that shards can be built and paired on separate workers. Equal hashes are candidate matches; a
//! hash at more than `ReuseParams::max_ngram_occurrences` positions is too
//! common to pair every occurrence: when those positions lie in at most that
//! many documents (a phrase repeated inside an article, identical copies of
//! such an article) only the first occurrence in each document is paired;
//! in more documents it is boilerplate (a dateline, a stock phrase, a
//! sign-off) and yields no candidates. The number of pairs per n-gram is thus
//! bounded, which keeps the work close to linear in the corpus size. (Known
//! limit: a passage syndicated to more documents than the cap is not found.)

use super::ReuseParams;
use crate::text::{mix64, Token};

/// One occurrence of a shingle: its hash, then `doc << 32 | pos`, so that
/// sorting compares two integers: the order is (hash, doc, pos). Beside it,
/// fingerprints of the words just before and just after the shingle, so that
/// pairing can tell, without going back to the documents, whether two
/// occurrences match on exactly `ngram` words. 24 bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Posting {
    hash: u64,
    at: u64,
    /// `before << 32 | after`: the low 32 bits of the keys of the word
    /// before and the word after (0 at the start or end of the document).
    context: u64,
}

impl Posting {
    fn new(hash: u64, doc: u32, pos: u32, context: u64) -> Self {
        Self {
            hash,
            at: u64::from(doc) << 32 | u64::from(pos),
            context,
        }
    }

    /// The posting of the shingle of `ngram` words at `pos` in document
    /// `doc`, whose words' keys are `key(i)` (none past either end), of
    /// hash `hash`.
    fn at(
        key: impl Fn(usize) -> Option<u64>,
        doc: usize,
        pos: usize,
        ngram: usize,
        hash: u64,
    ) -> Self {
        let fingerprint = |i: Option<usize>| i.and_then(&key).map_or(0, |k| k & 0xffff_ffff);
        let context = fingerprint(pos.checked_sub(1)) << 32 | fingerprint(Some(pos + ngram));
        Self::new(hash, doc as u32, pos as u32, context)
    }

    fn hash(self) -> u64 {
        self.hash
    }

    fn doc(self) -> u32 {
        (self.at >> 32) as u32
    }

    fn pos(self) -> u32 {
        self.at as u32
    }
}

/// Two positions whose shingles are equal: the seed of a possible passage.
/// `(a_doc, a_pos)` is always before `(b_doc, b_pos)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seed {
    pub a_doc: u32,
    pub b_doc: u32,
    pub a_pos: u32,
    pub b_pos: u32,
    /// The words before the two shingles differ, and so do the words after
    /// them: the exact match is `ngram` words long, no more. (When in doubt,
    /// false.) A document pair whose only seed is isolated shares too little
    /// to hold a passage, and alignment skips it without reading the texts.
    pub isolated: bool,
}

impl Seed {
    /// The seed of two postings of one n-gram, `first` sorting before `second`.
    fn between(first: Posting, second: Posting) -> Self {
        let before = |p: Posting| p.context >> 32;
        let after = |p: Posting| p.context & 0xffff_ffff;
        Self {
            a_doc: first.doc(),
            b_doc: second.doc(),
            a_pos: first.pos(),
            b_pos: second.pos(),
            isolated: before(first) != before(second) && after(first) != after(second),
        }
    }

    /// The seed as the three numbers a [`Posting`] compares, in the order
    /// alignment needs: document pair, then diagonal `b_pos - a_pos`
    /// (negative ones first: the sign bit flipped), then position, the
    /// `isolated` flag in the lowest bit (one seed per position and pair, so
    /// it never decides the order). [`Seed::from_alignment_key`] reverses it.
    fn alignment_key(&self) -> Posting {
        let diagonal = i64::from(self.b_pos) - i64::from(self.a_pos);
        Posting {
            hash: u64::from(self.a_doc) << 32 | u64::from(self.b_doc),
            at: diagonal as u64 ^ 1 << 63,
            context: u64::from(self.a_pos) << 1 | u64::from(self.isolated),
        }
    }

    fn from_alignment_key(key: &Posting) -> Self {
        let diagonal = (key.at ^ 1 << 63) as i64;
        let a_pos = (key.context >> 1) as u32;
        Self {
            a_doc: (key.hash >> 32) as u32,
            b_doc: key.hash as u32,
            a_pos,
            b_pos: (i64::from(a_pos) + diagonal) as u32,
            isolated: key.context & 1 == 1,
        }
    }
}

/// The shard (below `shards`) of a shingle's hash: the low 32 bits scaled
/// by a multiply and a shift (a `%` by a number known only at run time is
/// a division for every shingle). The top bits, which [`sort_by_hash`]
/// buckets by, stay spread evenly within each shard.
fn shard_of(hash: u64, shards: u64) -> u64 {
    (u64::from(hash as u32) * shards) >> 32
}

/// The start of every shingle of `ngram` words in `tokens` that is indexed:
/// all but those made only of `common` words.
fn indexed_starts<'t>(
    tokens: &'t [Token],
    ngram: usize,
    common: &'t impl Fn(u64) -> bool,
) -> impl Iterator<Item = usize> + 't {
    // Common words in a row ending at the last word of the shingle: the
    // shingle is all common when they are `ngram` or more.
    let mut common_in_a_row = 0;
    tokens.iter().enumerate().filter_map(move |(last, token)| {
        common_in_a_row = if common(token.key) {
            common_in_a_row + 1
        } else {
            0
        };
        (last + 1 >= ngram && common_in_a_row < ngram).then(|| last + 1 - ngram)
    })
}

/// The hash of the shingle of `tokens` (fixed seed, order-sensitive).
fn shingle_hash(tokens: &[Token]) -> u64 {
    shingle_hash_of_keys(tokens.iter().map(|t| t.key))
}

/// [`shingle_hash`] of the words' keys.
fn shingle_hash_of_keys(keys: impl Iterator<Item = u64>) -> u64 {
    let mut h: u64 = 0x243f_6a88_85a3_08d3;
    for k in keys {
        h = (h.rotate_left(5) ^ k).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    mix64(h)
}

/// The sorted shingle index of a set of documents (any subset: a shard).
pub struct NgramIndex {
    postings: Vec<Posting>,
    max_occurrences: usize,
}

impl NgramIndex {
    /// Index the documents `docs[d]` (tokens of document `d`) with n-grams of
    /// `params.ngram` words.
    pub fn build(docs: &[Vec<Token>], params: &ReuseParams) -> Self {
        Self::build_shard(docs, params, 0, 1)
    }

    /// The part of the index whose hashes fall in shard `shard` of `shards`
    /// (see [`shard_of`]). Shards are independent: each can be built and
    /// paired on another worker, and the union of their seeds, sorted, is
    /// exactly the seeds of the whole index (no n-gram spans two shards).
    pub fn build_shard(docs: &[Vec<Token>], params: &ReuseParams, shard: u64, shards: u64) -> Self {
        Self::build_shard_skipping(docs, params, shard, shards, &|_| false)
    }

    /// [`NgramIndex::build_shard`] without the shingles whose words are all
    /// `common` (stop-word soup such as "at the end of": shared by most
    /// article pairs by chance, it would only add candidates that alignment
    /// then rejects; runs still grow through such words from other seeds).
    pub fn build_shard_skipping(
        docs: &[Vec<Token>],
        params: &ReuseParams,
        shard: u64,
        shards: u64,
        common: &dyn Fn(u64) -> bool,
    ) -> Self {
        Self::build_shard_with(docs, params, shard, shards, common)
    }

    /// [`NgramIndex::build_shard_skipping`], generic over the test of common
    /// words so that it inlines into the loop over every token.
    fn build_shard_with(
        docs: &[Vec<Token>],
        params: &ReuseParams,
        shard: u64,
        shards: u64,
        common: impl Fn(u64) -> bool,
    ) -> Self {
        let ngram = params.ngram.max(1);
        let shards = shards.max(1);
        let total: usize = docs.iter().map(|d| d.len().saturating_sub(ngram - 1)).sum();
        let mut postings = Vec::with_capacity(total / shards as usize + 1);
        for (doc, tokens) in docs.iter().enumerate() {
            for pos in indexed_starts(tokens, ngram, &common) {
                let hash = shingle_hash(&tokens[pos..pos + ngram]);
                if shard_of(hash, shards) == shard {
                    let key = |i: usize| tokens.get(i).map(|t| t.key);
                    postings.push(Posting::at(key, doc, pos, ngram, hash));
                }
            }
        }
        sort_by_hash(&mut postings, &mut Vec::new());
        Self {
            postings,
            max_occurrences: params.max_ngram_occurrences,
        }
    }

    /// The postings as plain numbers `(hash, doc, pos, context)`, in index
    /// order: what a distributed job shuffles by hash (see [`crate::shard`]).
    pub fn entries(&self) -> impl Iterator<Item = (u64, u32, u32, u64)> + '_ {
        self.postings
            .iter()
            .map(|p| (p.hash, p.doc(), p.pos(), p.context))
    }

    /// An index of postings given as [`NgramIndex::entries`] (of any
    /// documents, in any order): e.g. the postings of one hash, gathered
    /// from many workers. Its [`NgramIndex::seeds`] are exactly the seeds
    /// the whole corpus's index yields for those hashes.
    pub fn from_entries(
        entries: impl IntoIterator<Item = (u64, u32, u32, u64)>,
        params: &ReuseParams,
    ) -> Self {
        let mut postings: Vec<Posting> = entries
            .into_iter()
            .map(|(hash, doc, pos, context)| Posting::new(hash, doc, pos, context))
            .collect();
        sort_by_hash(&mut postings, &mut Vec::new());
        Self {
            postings,
            max_occurrences: params.max_ngram_occurrences,
        }
    }

    /// Every pair of positions sharing an n-gram that is not too common,
    /// sorted by (document pair, diagonal, position): the order alignment needs.
    pub fn seeds(&self) -> Vec<Seed> {
        let mut seeds = Vec::new();
        self.push_seeds(&mut seeds);
        sort_for_alignment(&mut seeds);
        seeds
    }

    /// Append the seeds of this index to `seeds`, unsorted.
    fn push_seeds(&self, seeds: &mut Vec<Seed>) {
        push_seeds(&self.postings, self.max_occurrences, seeds);
    }
}

/// Append to `seeds` those of `postings` (sorted by hash) whose n-grams
/// occur at most `max_occurrences` times, or in at most that many
/// documents (see [`NgramIndex`]), unsorted.
fn push_seeds(postings: &[Posting], max_occurrences: usize, seeds: &mut Vec<Seed>) {
    let mut first_per_doc: Vec<Posting> = Vec::new();
    for group in postings.chunk_by(|x, y| x.hash() == y.hash()) {
        if group.len() < 2 {
            continue;
        }
        if group.len() <= max_occurrences {
            // Postings sort by (doc, pos): `first` is the earlier one.
            for (i, first) in group.iter().enumerate() {
                for second in &group[i + 1..] {
                    seeds.push(Seed::between(*first, *second));
                }
            }
            continue;
        }
        // Too many occurrences. If they sit in few documents (a text that
        // repeats a phrase, or identical copies of such a text), pair the
        // first occurrence in each document: alignment grows the match from
        // there. In more documents than the cap it is boilerplate: no seeds.
        first_per_doc.clear();
        first_per_doc.extend(
            group
                .chunk_by(|x, y| x.doc() == y.doc())
                .map(|in_one_doc| in_one_doc[0])
                .take(max_occurrences + 1),
        );
        if first_per_doc.len() > max_occurrences {
            continue;
        }
        for (i, first) in first_per_doc.iter().enumerate() {
            for second in &first_per_doc[i + 1..] {
                seeds.push(Seed::between(*first, *second));
            }
        }
    }
}

/// `sort_unstable` of `postings` on the wasm: the widget's few postings
/// need no buckets, and it saves their code.
#[cfg(target_arch = "wasm32")]
fn sort_by_hash(postings: &mut [Posting], _scratch: &mut Vec<Posting>) {
    postings.sort_unstable();
}

/// Sort `postings` as `sort_unstable` would, faster: hashes are well
/// mixed, so one counting pass on their top bits puts them in buckets of a
/// few postings each (in bucket order), and only the buckets are sorted.
/// `scratch` holds a copy meanwhile (a buffer kept from call to call).
#[cfg(not(target_arch = "wasm32"))]
fn sort_by_hash(postings: &mut [Posting], scratch: &mut Vec<Posting>) {
    let bits = postings.len().max(1).ilog2().saturating_sub(2).clamp(1, 20);
    let shift = 64 - bits;
    let bucket = |p: &Posting| (p.hash >> shift) as usize;
    // `ends[b]` counts postings in buckets before `b`, then, once they are
    // placed, in buckets up to `b`.
    let mut ends = vec![0u32; 1 << bits];
    for p in postings.iter() {
        if let Some(next) = ends.get_mut(bucket(p) + 1) {
            *next += 1;
        }
    }
    for b in 1..ends.len() {
        ends[b] += ends[b - 1];
    }
    scratch.clear();
    scratch.extend_from_slice(postings);
    for p in scratch.iter() {
        let end = &mut ends[bucket(p)];
        postings[*end as usize] = *p;
        *end += 1;
    }
    let mut start = 0;
    for end in ends {
        postings[start..end as usize].sort_unstable();
        start = end as usize;
    }
}

/// Sort seeds in the order alignment needs (document pair, diagonal, position),
/// e.g. after concatenating the seeds of several shards.
pub fn sort_for_alignment(seeds: &mut Vec<Seed>) {
    *seeds = sorted_seeds(vec![std::mem::take(seeds)], ChancePairs::Keep);
}

/// Fewest seeds that [`sorted_seeds`] sorts in blocks on several threads.
#[cfg(not(target_arch = "wasm32"))]
const PARALLEL_SORT_MIN_SEEDS: usize = 1 << 15;

/// What [`sorted_seeds`] does with the seeds of a document pair that
/// cannot hold a passage (see [`may_hold_passage`]).
#[derive(Clone, Copy, PartialEq)]
enum ChancePairs {
    Keep,
    /// Alignment could only reject them (runs of `ngram` words, none
    /// joined), and on a corpus full of common phrases nearly every pair of
    /// articles shares a chance n-gram or two, and the number of such pairs
    /// grows with the square of the corpus: most seeds are such.
    Drop {
        /// `ngram + max_gap` of the [`ReuseParams`].
        reach: u64,
    },
}

/// Can the seeds of one document pair (in alignment order) hold a passage?
///
/// Not when the two documents differ, every seed is isolated (an exact
/// match of `ngram` words, no more: the words before differ, and so do
/// the words after), and no seed starts within `reach` (`ngram + max_gap`)
/// words after another in both documents. Alignment grows each such seed
/// into a run of exactly `ngram` words, joins only runs that close (see
/// `align::join_runs`), and rejects a group of runs covering no more than
/// `ngram` words (a lone n-gram is chance): so it could only reject them
/// all. (Inside one document runs are cut by their diagonal: not judged
/// here.) When in doubt (many seeds), yes.
fn may_hold_passage(pair: &[Seed], reach: u64) -> bool {
    /// Most seeds compared two by two; a pair with more is kept.
    const MOST_COMPARED: usize = 64;
    let Some(first) = pair.first() else {
        return false;
    };
    if first.a_doc == first.b_doc || pair.len() > MOST_COMPARED || pair.iter().any(|s| !s.isolated)
    {
        return true;
    }
    let within = |from: u32, to: u32| to > from && u64::from(to - from) <= reach;
    pair.iter().any(|x| {
        pair.iter()
            .any(|y| within(x.a_pos, y.a_pos) && within(x.b_pos, y.b_pos))
    })
}

/// The seeds of all `parts`, in the order alignment needs (document pair,
/// diagonal, position), without those of pairs that cannot hold a passage
/// if `chance` says so.
///
/// The seeds are sorted as postings ([`Seed::alignment_key`]), so the wasm
/// carries one compiled copy of the standard library's sort for both (1.4 KB
/// gzip less than a `sort_unstable_by_key` of its own; +0.3% instructions).
/// Natively, keys start with the first document: they are put in one
/// bucket per first document, and blocks of whole buckets are sorted on the
/// cores (a document pair never spans two buckets, so a pair's seeds are judged
/// in their bucket). The wasm sorts all the keys at once: the widget's few
/// seeds need no buckets, and it saves their code.
fn sorted_seeds(parts: Vec<Vec<Seed>>, chance: ChancePairs) -> Vec<Seed> {
    #[cfg(target_arch = "wasm32")]
    {
        let mut keys: Vec<Posting> = parts.iter().flatten().map(Seed::alignment_key).collect();
        let mut seeds = Vec::with_capacity(keys.len());
        push_sorted(&mut keys, chance, &mut seeds);
        seeds
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let len: usize = parts.iter().map(Vec::len).sum();
        // `starts[d]`: where the keys of first document `d` start (counts
        // first, one past each document, then summed).
        let mut starts = vec![0usize];
        for seed in parts.iter().flatten() {
            let after = seed.a_doc as usize + 1;
            if after >= starts.len() {
                starts.resize(after + 1, 0);
            }
            starts[after] += 1;
        }
        for d in 1..starts.len() {
            starts[d] += starts[d - 1];
        }
        // Blocks of whole buckets, about the same number of seeds each:
        // each gathers its own seeds' keys by bucket, then sorts each bucket.
        let blocks_wanted = if len < PARALLEL_SORT_MIN_SEEDS {
            1 // handing a few seeds to other threads costs more than sorting them
        } else {
            crate::par::threads() * 2
        };
        let target = len.div_ceil(blocks_wanted).max(1);
        let mut blocks: Vec<std::ops::Range<usize>> = Vec::new();
        let mut first = 0;
        for d in 1..starts.len() {
            if starts[d] - starts[first] >= target || d + 1 == starts.len() {
                blocks.push(first..d);
                first = d;
            }
        }
        crate::par::map(&blocks, |_, docs| {
            let offset = starts[docs.start];
            let mut keys = vec![Posting::default(); starts[docs.end] - offset];
            let mut next: Vec<usize> = starts[docs.clone()].iter().map(|s| s - offset).collect();
            for seed in parts.iter().flatten() {
                if let Some(at) = (seed.a_doc as usize)
                    .checked_sub(docs.start)
                    .and_then(|d| next.get_mut(d))
                {
                    keys[*at] = seed.alignment_key();
                    *at += 1;
                }
            }
            let mut seeds = Vec::with_capacity(keys.len());
            for d in docs.clone() {
                push_sorted(
                    &mut keys[starts[d] - offset..starts[d + 1] - offset],
                    chance,
                    &mut seeds,
                );
            }
            seeds
        })
        .concat()
    }
}

/// Sort `keys` ([`Seed::alignment_key`]s) and append their seeds to `seeds`,
/// without those of pairs that cannot hold a passage if `chance` says so.
fn push_sorted(keys: &mut [Posting], chance: ChancePairs, seeds: &mut Vec<Seed>) {
    keys.sort_unstable();
    for pair in keys.chunk_by(|x, y| x.hash == y.hash) {
        let start = seeds.len();
        seeds.extend(pair.iter().map(Seed::from_alignment_key));
        if let ChancePairs::Drop { reach } = chance {
            if !may_hold_passage(&seeds[start..], reach) {
                seeds.truncate(start);
            }
        }
    }
}

/// Most n-gram occurrences indexed at once; a larger corpus is indexed in
/// hash shards, one per thread at a time, each of at most this many divided
/// by the threads, so the index never holds more than this (24 bytes each:
/// 48 MB, twice that while it is sorted) whatever the corpus size, beside
/// 9 bytes per word of the corpus (its key and its shingle's shard).
pub const MAX_POSTINGS_AT_ONCE: usize = 2_000_000;

/// The candidate seeds of a corpus: index it, then pair equal n-grams. The
/// seeds of a document pair that cannot hold a passage (chance n-grams,
/// each alone: see [`may_hold_passage`]) are left out.
pub fn candidate_seeds(docs: &[Vec<Token>], params: &ReuseParams) -> Vec<Seed> {
    candidate_seeds_with(docs, params, |_| false)
}

/// [`candidate_seeds`] without the shingles made only of the common words
/// of [`crate::informativeness::is_seed_common_key`] (what the product uses).
pub fn candidate_seeds_skipping_common(docs: &[Vec<Token>], params: &ReuseParams) -> Vec<Seed> {
    candidate_seeds_with(docs, params, crate::informativeness::is_seed_common_key)
}

fn candidate_seeds_with(
    docs: &[Vec<Token>],
    params: &ReuseParams,
    common: impl Fn(u64) -> bool + Copy + Sync,
) -> Vec<Seed> {
    let ngram = params.ngram.max(1);
    let total: usize = docs.iter().map(|d| d.len().saturating_sub(ngram - 1)).sum();
    let parts: Vec<Vec<Seed>> = if total <= MAX_POSTINGS_AT_ONCE {
        let mut seeds = Vec::new();
        NgramIndex::build_shard_with(docs, params, 0, 1, common).push_seeds(&mut seeds);
        vec![seeds]
    } else {
        // Shards small enough that every thread can hold one at once.
        let per_shard = MAX_POSTINGS_AT_ONCE / crate::par::threads().max(1);
        sharded_seeds(docs, params, total.div_ceil(per_shard), common)
    };
    let reach = (ngram + params.max_gap) as u64;
    sorted_seeds(parts, ChancePairs::Drop { reach })
}

/// A shingle that is not indexed, in [`ShingleShards`].
#[cfg(not(target_arch = "wasm32"))]
const UNINDEXED: u8 = u8::MAX;

/// One document's words as a sharded index reads them: each word's key
/// (half of a [`Token`], so that each shard's pass over the corpus
/// reads half the memory), and the shard of each shingle by its start
/// ([`UNINDEXED`] for one made only of common words), so that a shard's
/// pass hashes only its own shingles.
#[cfg(not(target_arch = "wasm32"))]
struct ShingleShards {
    keys: Vec<u64>,
    shards: Vec<u8>,
}

#[cfg(not(target_arch = "wasm32"))]
impl ShingleShards {
    /// The keys and shingle shards (below `shards`, at most [`UNINDEXED`])
    /// of `tokens`.
    fn new(tokens: &[Token], ngram: usize, shards: u64, common: &impl Fn(u64) -> bool) -> Self {
        let mut marks = vec![UNINDEXED; tokens.len().saturating_sub(ngram - 1)];
        for pos in indexed_starts(tokens, ngram, common) {
            marks[pos] = shard_of(shingle_hash(&tokens[pos..pos + ngram]), shards) as u8;
        }
        Self {
            keys: tokens.iter().map(|t| t.key).collect(),
            shards: marks,
        }
    }

    /// Append the postings of document `doc` in shard `shard`.
    fn push_postings(&self, doc: usize, shard: u8, ngram: usize, postings: &mut Vec<Posting>) {
        let keys = &self.keys;
        for (pos, _) in self.shards.iter().enumerate().filter(|&(_, &s)| s == shard) {
            let hash = shingle_hash_of_keys(keys[pos..pos + ngram].iter().copied());
            postings.push(Posting::at(|i| keys.get(i).copied(), doc, pos, ngram, hash));
        }
    }
}

/// The seeds of `docs`, by part, unsorted, from an index built in `shards`
/// parts by hash. The same seeds as the whole index's: no n-gram spans two
/// shards. Natively at most [`UNINDEXED`] shards, as many at once as there
/// are threads; the widget builds them one after the other through the
/// plain shard pass (no threads, and no code for the faster passes).
fn sharded_seeds(
    docs: &[Vec<Token>],
    params: &ReuseParams,
    shards: usize,
    common: impl Fn(u64) -> bool + Copy + Sync,
) -> Vec<Vec<Seed>> {
    #[cfg(target_arch = "wasm32")]
    {
        let shards = shards.max(1) as u64;
        (0..shards)
            .map(|shard| {
                let mut seeds = Vec::new();
                NgramIndex::build_shard_with(docs, params, shard, shards, common)
                    .push_seeds(&mut seeds);
                seeds
            })
            .collect()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let shards = shards.clamp(1, usize::from(UNINDEXED));
        let ngram = params.ngram.max(1);
        let words: Vec<ShingleShards> = crate::par::map(docs, |_, tokens| {
            ShingleShards::new(tokens, ngram, shards as u64, &common)
        });
        let total: usize = words.iter().map(|w| w.shards.len()).sum();
        // One lane of shards per thread, each reusing its buffers from shard
        // to shard (fresh ones would be fresh pages of memory for every shard).
        let lanes: Vec<usize> = (0..crate::par::threads().clamp(1, shards)).collect();
        crate::par::map(&lanes, |_, &lane| {
            let mut postings = Vec::with_capacity(total / shards + 1);
            let mut scratch = Vec::new();
            let mut seeds = Vec::new();
            for shard in (lane..shards).step_by(lanes.len()) {
                postings.clear();
                for (doc, words) in words.iter().enumerate() {
                    words.push_postings(doc, shard as u8, ngram, &mut postings);
                }
                sort_by_hash(&mut postings, &mut scratch);
                push_seeds(&postings, params.max_ngram_occurrences, &mut seeds);
            }
            seeds
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    #[test]
    fn postings_sort_by_hash_as_sort_unstable_does() {
        let mut state = 7u64;
        let mut next = || {
            state = mix64(state.wrapping_add(0x9e37_79b9_7f4a_7c15));
            state
        };
        for len in [0, 1, 2, 3, 17, 1000, 5000] {
            // Few distinct hashes (runs of equal ones) as well as many.
            for distinct in [3, u64::MAX] {
                let postings: Vec<Posting> = (0..len)
                    .map(|_| {
                        let hash = mix64(next() % distinct);
                        Posting::new(hash, next() as u32 % 5, next() as u32 % 9, next() % 4)
                    })
                    .collect();
                let mut expected = postings.clone();
                expected.sort_unstable();
                let mut sorted = postings;
                sort_by_hash(&mut sorted, &mut Vec::new());
                assert_eq!(sorted, expected);
            }
        }
    }

    #[test]
    fn seeds_sort_for_alignment_by_pair_diagonal_position() {
        let mut state = 11u64;
        let mut next = |below: u64| {
            state = mix64(state.wrapping_add(0x9e37_79b9_7f4a_7c15));
            (state % below) as u32
        };
        for len in [0, 1, 2, 50, 3000] {
            let mut seeds: Vec<Seed> = (0..len)
                .map(|_| {
                    let (a_doc, a_pos) = (next(40), next(300));
                    Seed {
                        a_doc,
                        b_doc: a_doc + next(3),
                        a_pos,
                        b_pos: next(300),
                        isolated: next(2) == 1,
                    }
                })
                .collect();
            let mut expected = seeds.clone();
            expected.sort_unstable_by_key(|s| {
                let diagonal = i64::from(s.b_pos) - i64::from(s.a_pos);
                (s.a_doc, s.b_doc, diagonal, s.a_pos, s.isolated)
            });
            sort_for_alignment(&mut seeds);
            assert_eq!(seeds, expected);
        }
    }

    #[test]
    fn shared_shingles_become_seeds_in_order() {
        let docs = vec![
            tokens("one two three four five six"),
            tokens("zero one two three four five"),
        ];
        let seeds = candidate_seeds(&docs, &ReuseParams::default());
        assert_eq!(seeds.len(), 2);
        assert!(seeds.iter().all(|s| s.a_doc == 0 && s.b_doc == 1));
        assert_eq!((seeds[0].a_pos, seeds[0].b_pos), (0, 1));
        assert_eq!((seeds[1].a_pos, seeds[1].b_pos), (1, 2));
    }

    #[test]
    fn shards_together_give_the_same_seeds_as_the_whole_index() {
        let params = ReuseParams::default();
        let docs = vec![
            tokens("the valley fell after days of fighting with the resistance forces"),
            tokens("after days of fighting with the resistance forces the valley fell"),
            tokens("days of fighting with the resistance forces in the valley"),
        ];
        let whole = candidate_seeds(&docs, &params);
        assert!(whole.len() > 10);
        let mut sharded: Vec<Seed> = (0..3)
            .flat_map(|shard| NgramIndex::build_shard(&docs, &params, shard, 3).seeds())
            .collect();
        sort_for_alignment(&mut sharded);
        assert_eq!(sharded, whole);
    }

    #[test]
    fn shards_built_from_marks_give_the_seeds_of_the_whole_index() {
        let params = ReuseParams::default();
        let docs: Vec<Vec<Token>> = [
            "the valley fell after days of fighting with the resistance forces",
            "after days of fighting with the resistance forces the valley fell",
            "days of fighting with the resistance forces in the valley",
            "in the valley of the river the fighting went on for days",
        ]
        .iter()
        .map(|text| tokens(text))
        .collect();
        let common = |key: u64| key == tokens("the")[0].key;
        let mut whole = Vec::new();
        NgramIndex::build_shard_with(&docs, &params, 0, 1, common).push_seeds(&mut whole);
        sort_for_alignment(&mut whole);
        assert!(whole.len() > 10, "{} seeds", whole.len());
        for shards in [1, 2, 3, 7, 300] {
            let mut sharded = sharded_seeds(&docs, &params, shards, common).concat();
            sort_for_alignment(&mut sharded);
            assert_eq!(sharded, whole, "{shards} shards");
        }
    }

    #[test]
    fn alignment_keys_give_the_seed_back_and_sort_in_alignment_order() {
        let seed = |a_doc, b_doc, a_pos, b_pos, isolated| Seed {
            a_doc,
            b_doc,
            a_pos,
            b_pos,
            isolated,
        };
        let mut seeds = vec![
            seed(1, 2, 7, 3, false),
            seed(0, u32::MAX, u32::MAX, 0, true),
            seed(0, 1, 0, u32::MAX, true),
            seed(0, 1, 5, 5, false),
            seed(0, 1, 2, 9, true),
            seed(0, 1, 4, 1, false),
            seed(0, 1, 9, 6, true),
        ];
        for s in &seeds {
            assert_eq!(Seed::from_alignment_key(&s.alignment_key()), *s);
        }
        let mut expected = seeds.clone();
        expected.sort_by_key(|s| {
            let pair = (s.a_doc, s.b_doc);
            (pair, i64::from(s.b_pos) - i64::from(s.a_pos), s.a_pos)
        });
        sort_for_alignment(&mut seeds);
        assert_eq!(seeds, expected);
        assert_eq!(seeds[0], seed(0, 1, 4, 1, false));
    }

    #[test]
    fn seeds_sort_by_pair_then_diagonal_then_position() {
        let docs = vec![
            tokens("x y z one two three four five a b c d e f"),
            tokens("a b c d e f one two three four five"),
        ];
        let seeds = candidate_seeds(&docs, &ReuseParams::default());
        let order: Vec<(i64, u32)> = seeds
            .iter()
            .map(|s| (i64::from(s.b_pos) - i64::from(s.a_pos), s.a_pos))
            .collect();
        // "a b c d e f" lies on diagonal -8, "one two three four five" on +3.
        assert_eq!(order, vec![(-8, 8), (-8, 9), (-8, 10), (3, 3), (3, 4)]);
    }

    #[test]
    fn a_phrase_repeated_inside_few_documents_pairs_first_occurrences() {
        let params = ReuseParams::default();
        let text = "one sentence said over and over again ".repeat(200);
        let seeds = candidate_seeds(&[tokens(&text), tokens(&text)], &params);
        assert!(!seeds.is_empty());
        // Only cross-document pairs of first occurrences: on diagonal 0, at the start.
        assert!(seeds
            .iter()
            .all(|s| s.a_doc == 0 && s.b_doc == 1 && s.a_pos == s.b_pos && s.a_pos < 7));
    }

    #[test]
    fn a_pair_of_isolated_seeds_may_hold_a_passage_only_when_two_can_join() {
        let reach = 16;
        let seed = |a_pos, b_pos, isolated| Seed {
            a_doc: 0,
            b_doc: 1,
            a_pos,
            b_pos,
            isolated,
        };
        // One isolated seed, or several too far apart in either document: chance.
        assert!(!may_hold_passage(&[seed(10, 50, true)], reach));
        assert!(!may_hold_passage(
            &[seed(10, 50, true), seed(27, 60, true)],
            reach
        ));
        assert!(!may_hold_passage(
            &[seed(10, 50, true), seed(20, 67, true)],
            reach
        ));
        // Crossing (later in one document, earlier in the other): never joined.
        assert!(!may_hold_passage(
            &[seed(10, 50, true), seed(20, 45, true)],
            reach
        ));
        // Within reach in both, in either order: alignment may join them.
        assert!(may_hold_passage(
            &[seed(10, 50, true), seed(26, 66, true)],
            reach
        ));
        assert!(may_hold_passage(
            &[seed(26, 66, true), seed(10, 50, true)],
            reach
        ));
        // A longer match, or one document with itself: left to alignment.
        assert!(may_hold_passage(&[seed(10, 50, false)], reach));
        let same_doc = Seed {
            b_doc: 0,
            ..seed(10, 50, true)
        };
        assert!(may_hold_passage(&[same_doc], reach));
    }

    #[test]
    fn very_common_shingles_are_capped() {
        let params = ReuseParams::default();
        // Every rotation of the phrase occurs more than the cap allows.
        let text = "in the middle of ".repeat(params.max_ngram_occurrences + 2);
        assert!(candidate_seeds(&[tokens(&text)], &params).is_empty());
        let text = "in the middle of ".repeat(3);
        assert!(!candidate_seeds(&[tokens(&text)], &params).is_empty());
        // A stock phrase in more documents than the cap: boilerplate.
        let docs: Vec<Vec<Token>> = (0..=params.max_ngram_occurrences)
            .map(|i| tokens(&format!("story {i} ends with reporting by our desk")))
            .collect();
        assert!(candidate_seeds(&docs, &params).is_empty());
        assert!(!candidate_seeds(&docs[..params.max_ngram_occurrences], &params).is_empty());
    }
}
