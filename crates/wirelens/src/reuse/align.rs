//! Local alignment: from n-gram seeds to verified, maximal passages.
//!
//! For each pair of documents (or one document with itself):
//! 1. every seed grows into a maximal *run* of identical words on its diagonal;
//! 2. runs that follow each other in both documents with at most `max_gap`
//!    unmatched words between them are joined (union-find, so the grouping does
//!    not depend on the order of the documents): this bridges a changed word,
//!    a spelling variant, an inserted clause;
//! 3. both ends of the joined passage extend through small edits with an
//!    anchored alignment over a short window (match +2, spelling variant +1,
//!    mismatch −2, gap −1, keeping the best-scoring end; an end never
//!    extends across a sentence break, so a passage never grows by a stray word
//!    of the next sentence);
//! 4. the passage is kept when both sides have `min_words`, enough words
//!    match (at least `ngram + 1` in runs: a lone n-gram is chance) and the
//!    similarity (common words, by longest common subsequence) is high
//!    enough; close or overlapping passages of the same pair are merged.
//!
//! Work is linear in the number of seeds and run lengths; the only quadratic
//! pieces are bounded: fixed-size extension windows, and the similarity of
//! passages up to 500 × 500 words (longer ones use the runs' estimate).

use super::index::Seed;
use super::{FoundPassage, ReuseParams};
use crate::text::{is_spelling_variant, Token};
use std::ops::Range;

/// A maximal run of identical words: `len` words from `a` in one document and `b` in the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    a: usize,
    b: usize,
    len: usize,
}

/// A passage in word indices, before conversion to bytes.
#[derive(Debug, Clone, PartialEq)]
struct WordPassage {
    a: Range<usize>,
    b: Range<usize>,
    similarity: f64,
}

/// One side of a document pair: its text and words.
#[derive(Clone, Copy)]
struct Side<'t> {
    text: &'t str,
    tokens: &'t [Token],
}

/// Words of another sentence trimmed from a passage end.
const STRAY_WORDS: usize = 3;
/// Words a run keeps after trimming stray words.
const MIN_KEPT_RUN: usize = 4;

/// Shortest word (bytes) that may end an extension on its own.
const LONE_MATCH_MIN_BYTES: usize = 5;

const SCORE_MATCH: i32 = 2;
const SCORE_VARIANT: i32 = 1;
const SCORE_MISMATCH: i32 = -2;
const SCORE_GAP: i32 = -1;

/// Every verified passage for the (sorted) `seeds` of `docs`.
///
/// Document pairs are independent: natively, blocks of pairs are aligned on
/// the machine's cores and their passages put back in pair order.
pub(crate) fn passages_from_seeds(
    texts: &[&str],
    docs: &[Vec<Token>],
    seeds: &[Seed],
    params: &ReuseParams,
) -> Vec<FoundPassage> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let blocks = pair_blocks(seeds, crate::par::threads() * PAIR_BLOCKS_PER_THREAD);
        if blocks.len() > 1 {
            return crate::par::map(&blocks, |_, block| {
                passages_of_pairs(texts, docs, block, params)
            })
            .concat();
        }
    }
    passages_of_pairs(texts, docs, seeds, params)
}

/// Blocks of pairs handed to each core: enough to balance pairs of very
/// different sizes.
#[cfg(not(target_arch = "wasm32"))]
const PAIR_BLOCKS_PER_THREAD: usize = 16;

/// `seeds` cut into about `count` blocks of equal length, each cut moved
/// forward to the start of a document pair (a pair is never split).
#[cfg(not(target_arch = "wasm32"))]
fn pair_blocks(seeds: &[Seed], count: usize) -> Vec<&[Seed]> {
    let target = seeds.len().div_ceil(count.max(1)).max(1);
    let mut blocks = Vec::new();
    let mut rest = seeds;
    while !rest.is_empty() {
        let mut cut = target.min(rest.len());
        while cut < rest.len()
            && (rest[cut].a_doc, rest[cut].b_doc) == (rest[cut - 1].a_doc, rest[cut - 1].b_doc)
        {
            cut += 1;
        }
        let (block, after) = rest.split_at(cut);
        blocks.push(block);
        rest = after;
    }
    blocks
}

/// [`passages_from_seeds`] on one thread.
fn passages_of_pairs(
    texts: &[&str],
    docs: &[Vec<Token>],
    seeds: &[Seed],
    params: &ReuseParams,
) -> Vec<FoundPassage> {
    let mut found = Vec::new();
    let mut scratch = Scratch::default();
    for pair in seeds.chunk_by(|x, y| (x.a_doc, x.b_doc) == (y.a_doc, y.b_doc)) {
        if pair.len() == 1 && pair[0].isolated {
            continue; // one chance match of `ngram` words: no passage
        }
        let (a_doc, b_doc) = (pair[0].a_doc as usize, pair[0].b_doc as usize);
        let a = Side {
            text: texts[a_doc],
            tokens: &docs[a_doc],
        };
        let b = Side {
            text: texts[b_doc],
            tokens: &docs[b_doc],
        };
        let same_doc = a_doc == b_doc;
        runs_from_seeds(a.tokens, b.tokens, same_doc, pair, &mut scratch.runs);
        // A passage needs more than `ngram` words in runs: most pairs of
        // documents share only a chance n-gram or two, and stop here.
        if scratch.runs.iter().map(|r| r.len).sum::<usize>() < params.ngram + 1 {
            continue;
        }
        let passages = join_runs(a, b, same_doc, params, &mut scratch);
        for p in merge_close(passages, same_doc, params.max_gap) {
            found.push(FoundPassage {
                a_doc,
                a: a.tokens[p.a.start].start()..a.tokens[p.a.end - 1].end(),
                b_doc,
                b: b.tokens[p.b.start].start()..b.tokens[p.b.end - 1].end(),
                similarity: (p.similarity * 1000.0).round() / 1000.0,
                kind: crate::PassageKind::Copy,
            });
        }
    }
    found
}

/// Buffers reused from one document pair to the next, so that the many pairs
/// that share only chance n-grams cost no allocation.
#[derive(Default)]
struct Scratch {
    runs: Vec<Run>,
    groups: UnionFind,
    /// `([group, 0, 0, 0], run)`: the element type of `order::sort_by_numbers`,
    /// so that sorting it reuses that compiled sort (see [`SortKey`]).
    members: Vec<SortKey>,
    component: Vec<Run>,
    ranges: Vec<SortKey>,
    words_a: Vec<usize>,
    words_b: Vec<usize>,
    table: Table,
}

/// Grow seeds (sorted by diagonal, then position) into maximal exact runs.
/// Inside one document a run longer than its diagonal overlaps itself (a
/// paragraph repeated three times): it is cut into pieces one diagonal long,
/// so each pair of copies becomes its own passage.
fn runs_from_seeds(a: &[Token], b: &[Token], same_doc: bool, seeds: &[Seed], runs: &mut Vec<Run>) {
    runs.clear();
    let mut last_on_diagonal: Option<(i64, usize)> = None; // (diagonal, a end)
    for seed in seeds {
        let (mut start_a, mut start_b) = (seed.a_pos as usize, seed.b_pos as usize);
        let diagonal = start_b as i64 - start_a as i64;
        if let Some((d, end)) = last_on_diagonal {
            if d == diagonal && start_a < end {
                continue; // already inside the previous run on this diagonal
            }
        }
        while start_a > 0 && start_b > 0 && a[start_a - 1].key == b[start_b - 1].key {
            start_a -= 1;
            start_b -= 1;
        }
        let mut len = 0;
        while start_a + len < a.len()
            && start_b + len < b.len()
            && a[start_a + len].key == b[start_b + len].key
        {
            len += 1;
        }
        last_on_diagonal = Some((diagonal, start_a + len));
        let piece = if same_doc { start_b - start_a } else { len };
        let mut offset = 0;
        while offset < len {
            runs.push(Run {
                a: start_a + offset,
                b: start_b + offset,
                len: piece.min(len - offset),
            });
            offset += piece;
        }
    }
    // The shared sort of `order` (not a copy of the standard library's sort
    // for `Run`: 0.7 KB of the wasm); runs per pair are few.
    crate::order::sort_by_numbers(runs, |r| [r.a as u64, r.b as u64, r.len as u64, 0]);
    runs.dedup();
}

/// Join runs (`scratch.runs`) that follow each other closely in both
/// documents, extend, verify.
fn join_runs(
    a: Side,
    b: Side,
    same_doc: bool,
    params: &ReuseParams,
    scratch: &mut Scratch,
) -> Vec<WordPassage> {
    let runs = &scratch.runs;
    let groups = &mut scratch.groups;
    groups.reset(runs.len());
    for (i, first) in runs.iter().enumerate() {
        for (offset, next) in runs[i + 1..].iter().enumerate() {
            if next.a > first.a + first.len + params.max_gap {
                break;
            }
            // Inside one document the joined `a` side must end before the `b` side starts.
            let disjoint = !same_doc || next.a + next.len <= first.b;
            if next.a > first.a
                && next.b > first.b
                && next.b <= first.b + first.len + params.max_gap
                && disjoint
            {
                groups.union(i, i + 1 + offset);
            }
        }
    }
    let members = &mut scratch.members;
    members.clear();
    members.extend((0..runs.len()).map(|i| ([groups.find(i) as u64, 0, 0, 0], i)));
    members.sort_unstable();

    let mut passages = Vec::new();
    for component in members.chunk_by(|x, y| x.0[0] == y.0[0]) {
        scratch.component.clear();
        scratch
            .component
            .extend(component.iter().map(|&(_, i)| runs[i]));
        let buffers = Buffers {
            ranges: &mut scratch.ranges,
            words_a: &mut scratch.words_a,
            words_b: &mut scratch.words_b,
            table: &mut scratch.table,
        };
        if let Some(p) = verified_passage(a, b, same_doc, &scratch.component, params, buffers) {
            passages.push(p);
        }
    }
    passages
}

/// The reused buffers [`verified_passage`] works in.
struct Buffers<'s> {
    ranges: &'s mut Vec<SortKey>,
    words_a: &'s mut Vec<usize>,
    words_b: &'s mut Vec<usize>,
    table: &'s mut Table,
}

/// The passage spanned by one group of runs, extended at both ends, if it passes verification.
fn verified_passage(
    a: Side,
    b: Side,
    same_doc: bool,
    component: &[Run],
    params: &ReuseParams,
    buffers: Buffers,
) -> Option<WordPassage> {
    let Buffers {
        ranges,
        words_a,
        words_b,
        table,
    } = buffers;
    let mut a_range =
        component.iter().map(|r| r.a).min()?..component.iter().map(|r| r.a + r.len).max()?;
    let mut b_range =
        component.iter().map(|r| r.b).min()?..component.iter().map(|r| r.b + r.len).max()?;
    if same_doc && a_range.end > b_range.start {
        return None; // overlapping repeat (periodic text): not a passage pair
    }
    let mut same = covered(ranges, component.iter().map(|r| r.a..r.a + r.len))
        .min(covered(ranges, component.iter().map(|r| r.b..r.b + r.len)));
    let mut variants = 0;
    if same < params.ngram + 1 {
        return None; // a lone n-gram is chance, not reuse
    }
    // A run may cross a sentence break; never start or end with a stray
    // word or two of the neighbouring sentence.
    if let Some(run) = component
        .iter()
        .find(|r| r.a == a_range.start && r.b == b_range.start)
    {
        let t =
            stray_words_at_start(a, run.a, run.len).max(stray_words_at_start(b, run.b, run.len));
        a_range.start += t;
        b_range.start += t;
        same -= t;
    }
    if let Some(run) = component
        .iter()
        .find(|r| r.a + r.len == a_range.end && r.b + r.len == b_range.end)
    {
        let t = stray_words_at_end(a, run.a, run.len).max(stray_words_at_end(b, run.b, run.len));
        a_range.end -= t;
        b_range.end -= t;
        same -= t;
    }

    let window = params.extension_window;
    // Left ends: walk backwards; in one document `b` must stay after `a`.
    words_before(a, a_range.start, 0, window, words_a);
    let b_floor = if same_doc { a_range.end } else { 0 };
    words_before(b, b_range.start, b_floor, window, words_b);
    let left = extend(a, words_a, b, words_b, table);
    a_range.start -= left.len_a;
    b_range.start -= left.len_b;
    // Right ends: in one document `a` must stay before `b`.
    let a_ceiling = if same_doc {
        b_range.start
    } else {
        a.tokens.len()
    };
    words_after(a, a_range.end, a_ceiling, window, words_a);
    words_after(b, b_range.end, b.tokens.len(), window, words_b);
    let right = extend(a, words_a, b, words_b, table);
    a_range.end += right.len_a;
    b_range.end += right.len_b;
    same += left.same + right.same;
    variants += left.variants + right.variants;

    let (len_a, len_b) = (a_range.len(), b_range.len());
    // Words matching inside the gaps between runs count too: the exact
    // alignment when the passage is small enough, else the runs' estimate.
    if let Some(common) = common_words(&a.tokens[a_range.clone()], &b.tokens[b_range.clone()]) {
        same = same.max(common);
    }
    let similarity = (2 * same + variants) as f64 / (len_a + len_b) as f64;
    let verified = len_a >= params.min_words
        && len_b >= params.min_words
        && same + variants >= params.min_matched
        && similarity >= params.min_similarity;
    verified.then_some(WordPassage {
        a: a_range,
        b: b_range,
        similarity: similarity.min(1.0),
    })
}

/// Largest passage (words × words) whose similarity is computed exactly.
const MAX_EXACT_CELLS: usize = 250_000;

/// Longest common subsequence of the two word lists (by key), or `None` when
/// they are too long to align exactly. Two rows of memory.
fn common_words(a: &[Token], b: &[Token]) -> Option<usize> {
    if a.len().saturating_mul(b.len()) > MAX_EXACT_CELLS {
        return None;
    }
    let mut previous = vec![0u32; b.len() + 1];
    let mut current = vec![0u32; b.len() + 1];
    for ta in a {
        for (j, tb) in b.iter().enumerate() {
            current[j + 1] = if ta.key == tb.key {
                previous[j] + 1
            } else {
                previous[j + 1].max(current[j])
            };
        }
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()] as usize)
}

/// Most words that a run of `len` words from `start` is trimmed by at its
/// start: the words before a sentence break among its first three words, or
/// before an opening quote mark when they are all short (chance matches such
/// as "the"), unless the run itself starts at such a boundary.
fn stray_words_at_start(side: Side, start: usize, len: usize) -> usize {
    if start == 0 || boundary_before_start(side, start - 1) {
        return 0; // the run starts where a sentence or quote starts: nothing stray
    }
    (1..=STRAY_WORDS.min(len.saturating_sub(MIN_KEPT_RUN)))
        .rev()
        .find(|&k| {
            sentence_break(side, start + k - 1)
                || (quote_mark_between(side, start + k - 1, QuoteSide::Opening)
                    && all_short(side, start..start + k))
        })
        .unwrap_or(0)
}

/// Like [`stray_words_at_start`], at the end of the run.
fn stray_words_at_end(side: Side, start: usize, len: usize) -> usize {
    let end = start + len;
    if end == side.tokens.len() || boundary_after_end(side, end - 1) {
        return 0;
    }
    (1..=STRAY_WORDS.min(len.saturating_sub(MIN_KEPT_RUN)))
        .rev()
        .find(|&k| {
            sentence_break(side, end - k - 1)
                || (quote_mark_between(side, end - k - 1, QuoteSide::Closing)
                    && all_short(side, end - k..end))
        })
        .unwrap_or(0)
}

/// Are all these words short enough to be chance matches ("the", "of")?
fn all_short(side: Side, words: Range<usize>) -> bool {
    side.tokens[words]
        .iter()
        .all(|t| t.end() - t.start() < LONE_MATCH_MIN_BYTES)
}

/// Up to `window` word indices before `start` (nearest first, not below
/// `floor`), stopping at a sentence break.
fn words_before(side: Side, start: usize, floor: usize, window: usize, out: &mut Vec<usize>) {
    out.clear();
    let mut i = start;
    while i > floor && out.len() < window && !sentence_break(side, i - 1) {
        i -= 1;
        out.push(i);
    }
}

/// Up to `window` word indices from `end` on (below `ceiling`), stopping at a sentence break.
fn words_after(side: Side, end: usize, ceiling: usize, window: usize, out: &mut Vec<usize>) {
    out.clear();
    let mut i = end;
    while i < ceiling && out.len() < window && !(i > 0 && sentence_break(side, i - 1)) {
        out.push(i);
        i += 1;
    }
}

/// May a passage start at word `i + 1`, leaving word `i` out? At a sentence
/// break or an opening quote mark ("said that “We …").
fn boundary_before_start(side: Side, i: usize) -> bool {
    sentence_break(side, i) || quote_mark_between(side, i, QuoteSide::Opening)
}

/// May a passage end at word `i`, leaving word `i + 1` out? At a sentence
/// break or a closing quote mark ("… to justice,” the minister").
fn boundary_after_end(side: Side, i: usize) -> bool {
    sentence_break(side, i) || quote_mark_between(side, i, QuoteSide::Closing)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum QuoteSide {
    Opening,
    Closing,
}

/// Is there a quote mark between word `i` and word `i + 1`, attached to the
/// next word (opening) or to the previous one (closing)? Apostrophes inside
/// words belong to the words, so any quote character here is a quote mark.
fn quote_mark_between(side: Side, i: usize, which: QuoteSide) -> bool {
    let (Some(before), Some(after)) = (side.tokens.get(i), side.tokens.get(i + 1)) else {
        return true;
    };
    let between = &side.text[before.end()..after.start()];
    let is_quote = |c: char| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„');
    match which {
        QuoteSide::Closing => between
            .chars()
            .take_while(|c| !c.is_whitespace())
            .any(is_quote),
        QuoteSide::Opening => between
            .chars()
            .rev()
            .take_while(|c| !c.is_whitespace())
            .any(is_quote),
    }
}

/// Is there a sentence break between word `i` and word `i + 1`? A line break,
/// `!`, `?`, or a `.` followed by a capitalised word ("Sept. 11" is no break).
fn sentence_break(side: Side, i: usize) -> bool {
    let (Some(before), Some(after)) = (side.tokens.get(i), side.tokens.get(i + 1)) else {
        return true;
    };
    // Byte tests: these marks are ASCII, never part of another character.
    let between = &side.text.as_bytes()[before.end()..after.start()];
    if between == b" " {
        return false; // most words: one space, no break
    }
    let capitalised = || {
        side.text[after.start()..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    between.iter().any(|c| matches!(c, b'!' | b'?' | b'\n'))
        || (between.contains(&b'.') && capitalised())
}

/// The element type that `order::sort_by_numbers` sorts: alignment's own
/// small sorts (run groups, covered ranges) use it too, so the wasm holds
/// one compiled copy of the standard library's sort for all of them instead
/// of one per tuple type (each about 0.6 KB gzip).
type SortKey = ([u64; 4], usize);

/// Number of word positions covered by the union of `ranges`.
fn covered(sorted: &mut Vec<SortKey>, ranges: impl Iterator<Item = Range<usize>>) -> usize {
    sorted.clear();
    sorted.extend(ranges.map(|r| ([r.start as u64, r.end as u64, 0, 0], 0)));
    sorted.sort_unstable();
    let mut total = 0;
    let mut reach = 0;
    for ([start, end, _, _], _) in sorted.drain(..) {
        let (start, end) = (start as usize, end as usize);
        let start = start.max(reach);
        if end > start {
            total += end - start;
            reach = end;
        }
    }
    total
}

/// How far an end of a passage extends, and what the extension matched.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Extension {
    len_a: usize,
    len_b: usize,
    same: usize,
    variants: usize,
}

/// Anchored alignment of the words `a_words` and `b_words` (word indices, in
/// the direction of extension), keeping the best-scoring prefix pair.
/// Ties go to the shorter extension, so an end never grows without a gain,
/// and an end must be a real match: two matched words in a row, or one
/// matched word of at least [`LONE_MATCH_MIN_BYTES`] (a lone "the" is chance).
///
/// Only the rows and columns from the first to the last word that may match
/// are aligned: an end is a matched pair, and a cell before every possible
/// match scores one gap per word (−i − j, nothing matched), so the table
/// starts there from that border; rows and columns after the last possible
/// match hold no end.
fn extend(a: Side, a_words: &[usize], b: Side, b_words: &[usize], table: &mut Table) -> Extension {
    let Table {
        cells,
        pairs,
        b_info,
    } = table;
    let m = b_words.len();
    if a_words.is_empty() || m == 0 {
        return Extension::default();
    }
    // Each pair of words: same key, maybe variants, or neither.
    b_info.clear();
    b_info.extend(b_words.iter().map(|&w| {
        let t = &b.tokens[w];
        (t.key, variant_class(b.text, t))
    }));
    pairs.clear();
    pairs.resize(a_words.len() * m, PAIR_NONE);
    let (mut first_i, mut last_i, mut first_j, mut last_j) = (usize::MAX, 0, usize::MAX, 0);
    for (i, (&a_word, row)) in a_words.iter().zip(pairs.chunks_exact_mut(m)).enumerate() {
        let ta = &a.tokens[a_word];
        let class_a = variant_class(a.text, ta);
        for (j, (&(key_b, class_b), pair)) in b_info.iter().zip(row).enumerate() {
            *pair = if ta.key == key_b {
                PAIR_SAME
            } else if may_be_variants(class_a, class_b) {
                PAIR_MAYBE_VARIANT
            } else {
                continue;
            };
            first_i = first_i.min(i);
            last_i = i;
            first_j = first_j.min(j);
            last_j = last_j.max(j);
        }
    }
    if first_i == usize::MAX {
        return Extension::default(); // no word can match: nothing to extend by
    }
    // Table rows `first_i ..= last_i + 1` and columns `first_j ..= last_j + 1`
    // of the alignment (row `i` after `i` words of `a`), by offset from the first.
    let (n, m_end) = (last_i + 1, last_j + 1);
    let width = m_end - first_j + 1;
    cells.clear();
    cells.resize((n - first_i + 1) * width, Cell::default());
    let border = |i: usize, j: usize| Cell {
        score: SCORE_GAP * (i + j) as i32,
        ..Cell::default()
    };
    for (c, cell) in cells[..width].iter_mut().enumerate() {
        *cell = border(first_i, first_j + c);
    }
    for r in 1..=n - first_i {
        cells[r * width] = border(first_i + r, first_j);
    }
    let mut best_score = 0;
    let mut best_ext = Extension::default();
    // Highest score a path through row `i` could still reach: its score
    // there plus a match on every remaining diagonal step.
    let reach =
        |score: i32, i: usize, j: usize| score + SCORE_MATCH * (n - i).min(m_end - j) as i32;
    for i in first_i + 1..=n {
        let r = i - first_i;
        let mut row_reach = reach(cells[r * width].score, i, first_j);
        let ta = &a.tokens[a_words[i - 1]];
        let long_a = ta.end() - ta.start() >= LONE_MATCH_MIN_BYTES;
        let row_pairs = &pairs[(i - 1) * m..i * m];
        let (above, row) = cells.split_at_mut(r * width);
        let (above, row) = (&above[(r - 1) * width..], &mut row[..width]);
        for c in 1..width {
            let j = first_j + c;
            let (gain, is_same, is_variant) = match row_pairs[j - 1] {
                PAIR_SAME => (SCORE_MATCH, 1, 0),
                PAIR_MAYBE_VARIANT
                    if is_spelling_variant(
                        ta.word(a.text),
                        b.tokens[b_words[j - 1]].word(b.text),
                    ) =>
                {
                    (SCORE_VARIANT, 0, 1)
                }
                _ => (SCORE_MISMATCH, 0, 0),
            };
            let (diag, up, left) = (above[c - 1], above[c], row[c - 1]);
            let matched = is_same + is_variant > 0;
            let mut cell = Cell {
                score: diag.score + gain,
                same: diag.same + is_same,
                variants: diag.variants + is_variant,
                matches_in_a_row: if matched {
                    diag.matches_in_a_row + 1
                } else {
                    0
                },
            };
            for gap in [up, left] {
                if gap.score + SCORE_GAP > cell.score {
                    cell = Cell {
                        score: gap.score + SCORE_GAP,
                        matches_in_a_row: 0,
                        ..gap
                    };
                }
            }
            row[c] = cell;
            row_reach = row_reach.max(reach(cell.score, i, j));
            if cell.score < best_score.max(1) {
                continue; // not a better end, whatever its length
            }
            let real_end = cell.matches_in_a_row >= 2 || (cell.matches_in_a_row == 1 && long_a);
            let shorter = (i + j, i.max(j))
                < (
                    best_ext.len_a + best_ext.len_b,
                    best_ext.len_a.max(best_ext.len_b),
                );
            if real_end && (cell.score > best_score || shorter) {
                best_score = cell.score;
                best_ext = Extension {
                    len_a: i,
                    len_b: j,
                    same: cell.same as usize,
                    variants: cell.variants as usize,
                };
            }
        }
        // Every later path passes through this row: when none can beat the
        // best end (a positive score), the rest of the table changes nothing.
        if row_reach < best_score.max(1) {
            break;
        }
    }
    best_ext
}

/// The buffers [`extend`] works in, reused from one extension to the next.
#[derive(Default)]
struct Table {
    cells: Vec<Cell>,
    /// `PAIR_*` of each word pair, row by row (`a` word, then `b` word).
    pairs: Vec<u8>,
    /// Key and [`variant_class`] of each `b` word.
    b_info: Vec<(u64, u8)>,
}

const PAIR_NONE: u8 = 0;
const PAIR_SAME: u8 = 1;
const PAIR_MAYBE_VARIANT: u8 = 2;

/// What [`may_be_variants`] needs of a word: 0 when it is too short to be a
/// spelling variant (under four bytes), else its first byte lower-cased when
/// ASCII, or [`ANY_FIRST`].
fn variant_class(text: &str, t: &Token) -> u8 {
    if t.end() - t.start() < 4 {
        return 0;
    }
    let first = text.as_bytes()[t.start()];
    if first.is_ascii() {
        first.to_ascii_lowercase()
    } else {
        ANY_FIRST
    }
}

/// Class of a word starting with a non-ASCII character: compared by
/// [`is_spelling_variant`] itself.
const ANY_FIRST: u8 = 0xFF;

/// A cheap test that rejects most word pairs before
/// [`is_spelling_variant`]: variants have at least four letters each and
/// the same first letter (when it is ASCII, compared here byte-wise).
fn may_be_variants(class_a: u8, class_b: u8) -> bool {
    class_a != 0
        && class_b != 0
        && (class_a == class_b || class_a == ANY_FIRST || class_b == ANY_FIRST)
}

/// One cell of the extension alignment: the best path ending there.
#[derive(Debug, Default, Clone, Copy)]
struct Cell {
    score: i32,
    same: u32,
    variants: u32,
    /// Matched words (identical or variant) ending the path, in a row.
    matches_in_a_row: u32,
}

/// Merge passages of one pair that overlap on both sides, or follow each
/// other on both sides with at most `max_gap` words between them (a stretch
/// of dense edits that split one copied paragraph in two).
fn merge_close(mut passages: Vec<WordPassage>, same_doc: bool, max_gap: usize) -> Vec<WordPassage> {
    crate::order::sort_by_numbers(&mut passages, |p| {
        [p.a.start, p.b.start, p.a.end, p.b.end].map(|n| n as u64)
    });
    let mut merged: Vec<WordPassage> = Vec::with_capacity(passages.len());
    for p in passages {
        let close = merged.iter_mut().rev().find(|q| {
            let overlapping = q.a.start < p.a.end
                && p.a.start < q.a.end
                && q.b.start < p.b.end
                && p.b.start < q.b.end;
            let following = p.a.start >= q.a.end
                && p.a.start - q.a.end <= max_gap
                && p.b.start >= q.b.end
                && p.b.start - q.b.end <= max_gap;
            let disjoint = !same_doc || q.a.end.max(p.a.end) <= q.b.start.min(p.b.start);
            (overlapping || following) && disjoint
        });
        match close {
            Some(q) => {
                let (weight_q, weight_p) = (
                    (q.a.len() + q.b.len()) as f64,
                    (p.a.len() + p.b.len()) as f64,
                );
                let a = q.a.start.min(p.a.start)..q.a.end.max(p.a.end);
                let b = q.b.start.min(p.b.start)..q.b.end.max(p.b.end);
                // Words between the two (if any) count as unmatched.
                let total = (a.len() + b.len()) as f64;
                q.similarity = ((q.similarity * weight_q + p.similarity * weight_p)
                    / total.max(weight_q + weight_p))
                .min(1.0);
                q.a = a;
                q.b = b;
            }
            None => merged.push(p),
        }
    }
    merged
}

/// Minimal union-find over run indices (path halving, union by smaller index
/// as root so the result does not depend on the order of unions).
#[derive(Default)]
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    /// Make `n` singletons, reusing the memory.
    fn reset(&mut self, n: usize) {
        self.parent.clear();
        self.parent.extend(0..n);
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, x: usize, y: usize) {
        let (rx, ry) = (self.find(x), self.find(y));
        let (root, child) = if rx < ry { (rx, ry) } else { (ry, rx) };
        self.parent[child] = root;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    /// Blocks of pairs cover the seeds in order and never split a pair.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn pair_blocks_cover_the_seeds_and_keep_pairs_whole() {
        let seed = |a_doc, b_doc, a_pos| Seed {
            a_doc,
            b_doc,
            a_pos,
            b_pos: a_pos + 1,
            isolated: false,
        };
        let seeds: Vec<Seed> = (0..40u32)
            .flat_map(|pair| (0..pair % 7 + 1).map(move |k| seed(pair / 5, pair % 5 + 9, k)))
            .collect();
        for count in [1, 2, 3, 16, 1000] {
            let blocks = pair_blocks(&seeds, count);
            assert_eq!(blocks.concat(), seeds);
            for w in blocks.windows(2) {
                let (last, first) = (w[0][w[0].len() - 1], w[1][0]);
                assert_ne!((last.a_doc, last.b_doc), (first.a_doc, first.b_doc));
            }
        }
        assert!(pair_blocks(&[], 4).is_empty());
    }

    fn side(text: &str) -> (Vec<Token>, &str) {
        (tokens(text), text)
    }

    #[test]
    fn extension_crosses_a_spelling_variant_but_not_unrelated_words() {
        let (ta, a) = side("neighboring Tajikistan said the");
        let (tb, b) = side("neighbouring Tajikistan told them");
        let a_side = Side {
            text: a,
            tokens: &ta,
        };
        let b_side = Side {
            text: b,
            tokens: &tb,
        };
        let ext = extend(
            a_side,
            &[0, 1, 2, 3],
            b_side,
            &[0, 1, 2, 3],
            &mut Table::default(),
        );
        assert_eq!(
            ext,
            Extension {
                len_a: 2,
                len_b: 2,
                same: 1,
                variants: 1
            }
        );
    }

    #[test]
    fn a_paragraph_three_times_in_one_article_gives_each_pair_of_copies() {
        let paragraph =
            "The council met again on Thursday to discuss the new bridge over the river.";
        let text = format!("{paragraph} {paragraph} {paragraph}");
        let found = crate::reuse::find_passages(&[&text]);
        let spans: Vec<(&str, usize, usize)> = found
            .iter()
            .map(|p| (&text[p.a.clone()], p.a.start, p.b.start))
            .collect();
        let copy = paragraph.len() + 1;
        let body = &paragraph[..paragraph.len() - 1];
        assert_eq!(
            spans,
            vec![(body, 0, copy), (body, 0, 2 * copy), (body, copy, 2 * copy)]
        );
    }

    #[test]
    fn covered_counts_union_of_ranges() {
        assert_eq!(
            covered(&mut Vec::new(), [0..4, 2..6, 10..12].into_iter()),
            8
        );
    }
}
