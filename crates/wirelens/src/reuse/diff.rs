//! Word-level diff of a passage pair, for the side-by-side view.
//!
//! Words are compared by their normalised key (case, apostrophe style and
//! punctuation never make a difference). The alignment is a longest common
//! subsequence of words; between two identical words, deleted and inserted
//! words pair up in order as `Changed` (a replaced word, a spelling variant
//! such as Dashti/Dashty — variants pair with each other first), and what is
//! left over is `Deleted` or `Inserted`. On each side the ops' ranges come in
//! reading order.

use crate::text::{is_spelling_variant, tokens, Token};
use std::ops::Range;

/// What happened to a token between side `a` and side `b` of a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffKind {
    /// Same word (after normalisation).
    Same,
    /// A word replaced by another (a spelling variant is a `Changed` pair).
    Changed,
    /// Present only in `b`.
    Inserted,
    /// Present only in `a`.
    Deleted,
}

/// One step of a word-level diff; ranges are byte offsets into the texts given to [`word_diff`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffOp {
    pub kind: DiffKind,
    pub a: Option<Range<usize>>,
    pub b: Option<Range<usize>>,
}

/// Largest LCS table (cells) computed; beyond it the unmatched middle of the
/// two texts (after their common prefix and suffix) is paired word by word.
const MAX_TABLE_CELLS: usize = 4_000_000;

/// Word-level diff of two passages, in reading order.
pub fn word_diff(a: &str, b: &str) -> Vec<DiffOp> {
    let (ta, tb) = (tokens(a), tokens(b));
    let prefix = ta
        .iter()
        .zip(&tb)
        .take_while(|(x, y)| x.key == y.key)
        .count();
    let suffix = ta[prefix..]
        .iter()
        .rev()
        .zip(tb[prefix..].iter().rev())
        .take_while(|(x, y)| x.key == y.key)
        .count();
    let (mid_a, mid_b) = (
        &ta[prefix..ta.len() - suffix],
        &tb[prefix..tb.len() - suffix],
    );

    let mut steps: Vec<Step> = Vec::with_capacity(ta.len().max(tb.len()));
    steps.extend((0..prefix).map(|i| Step::Same(i, i)));
    let middle = if (mid_a.len() + 1).saturating_mul(mid_b.len() + 1) <= MAX_TABLE_CELLS {
        lcs_steps(mid_a, mid_b)
    } else {
        (0..mid_a.len())
            .map(Step::Deleted)
            .chain((0..mid_b.len()).map(Step::Inserted))
            .collect()
    };
    steps.extend(middle.into_iter().map(|s| s.shifted(prefix)));
    steps.extend((0..suffix).map(|k| Step::Same(ta.len() - suffix + k, tb.len() - suffix + k)));
    to_ops(&steps, a, &ta, b, &tb)
}

/// One aligned word (indices into the two token lists).
#[derive(Debug, Clone, Copy)]
enum Step {
    Same(usize, usize),
    Deleted(usize),
    Inserted(usize),
}

impl Step {
    fn shifted(self, by: usize) -> Self {
        match self {
            Step::Same(i, j) => Step::Same(i + by, j + by),
            Step::Deleted(i) => Step::Deleted(i + by),
            Step::Inserted(j) => Step::Inserted(j + by),
        }
    }
}

/// Longest-common-subsequence alignment of two word lists.
fn lcs_steps(a: &[Token], b: &[Token]) -> Vec<Step> {
    let (n, m) = (a.len(), b.len());
    let width = m + 1;
    // suffix_lcs[i][j] = LCS length of a[i..] and b[j..]
    let mut suffix_lcs = vec![0u32; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            suffix_lcs[i * width + j] = if a[i].key == b[j].key {
                suffix_lcs[(i + 1) * width + j + 1] + 1
            } else {
                suffix_lcs[(i + 1) * width + j].max(suffix_lcs[i * width + j + 1])
            };
        }
    }
    let mut steps = Vec::with_capacity(n + m);
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i].key == b[j].key {
            steps.push(Step::Same(i, j));
            i += 1;
            j += 1;
        } else if j == m
            || (i < n && suffix_lcs[(i + 1) * width + j] >= suffix_lcs[i * width + j + 1])
        {
            steps.push(Step::Deleted(i));
            i += 1;
        } else {
            steps.push(Step::Inserted(j));
            j += 1;
        }
    }
    steps
}

/// Byte-range ops; deletions and insertions between two identical words pair up as `Changed`.
fn to_ops(steps: &[Step], a: &str, ta: &[Token], b: &str, tb: &[Token]) -> Vec<DiffOp> {
    let range = |t: &Token| Some(t.range());
    let mut ops = Vec::with_capacity(steps.len());
    for block in steps.chunk_by(|x, y| !matches!(x, Step::Same(..)) && !matches!(y, Step::Same(..)))
    {
        if let [Step::Same(i, j)] = block {
            ops.push(DiffOp {
                kind: DiffKind::Same,
                a: range(&ta[*i]),
                b: range(&tb[*j]),
            });
            continue;
        }
        let deleted: Vec<usize> = block
            .iter()
            .filter_map(|s| {
                if let Step::Deleted(i) = s {
                    Some(*i)
                } else {
                    None
                }
            })
            .collect();
        let inserted: Vec<usize> = block
            .iter()
            .filter_map(|s| {
                if let Step::Inserted(j) = s {
                    Some(*j)
                } else {
                    None
                }
            })
            .collect();
        for pairing in pair_changed_words(a, &deleted, b, &inserted, ta, tb) {
            ops.push(match pairing {
                Pairing::Changed(i, j) => DiffOp {
                    kind: DiffKind::Changed,
                    a: range(&ta[i]),
                    b: range(&tb[j]),
                },
                Pairing::Deleted(i) => DiffOp {
                    kind: DiffKind::Deleted,
                    a: range(&ta[i]),
                    b: None,
                },
                Pairing::Inserted(j) => DiffOp {
                    kind: DiffKind::Inserted,
                    a: None,
                    b: range(&tb[j]),
                },
            });
        }
    }
    ops
}

/// How one unmatched word between two identical words is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pairing {
    Changed(usize, usize),
    Deleted(usize),
    Inserted(usize),
}

/// Largest block (deleted × inserted words) paired by alignment; bigger
/// blocks pair in order.
const MAX_PAIRING_CELLS: usize = 4096;

/// Pair the deleted and inserted words of one block, in order on both sides:
/// as many `Changed` pairs as possible, spelling variants (Dashti/Dashty)
/// paired with each other first.
fn pair_changed_words(
    a: &str,
    deleted: &[usize],
    b: &str,
    inserted: &[usize],
    ta: &[Token],
    tb: &[Token],
) -> Vec<Pairing> {
    let (n, m) = (deleted.len(), inserted.len());
    if n.saturating_mul(m) > MAX_PAIRING_CELLS || n == 0 || m == 0 {
        let paired = n.min(m);
        let mut out: Vec<Pairing> = (0..paired)
            .map(|k| Pairing::Changed(deleted[k], inserted[k]))
            .collect();
        out.extend(deleted[paired..].iter().map(|&i| Pairing::Deleted(i)));
        out.extend(inserted[paired..].iter().map(|&j| Pairing::Inserted(j)));
        return out;
    }
    // best[i][j]: best score pairing deleted[i..] with inserted[j..]; a pair
    // scores 2, a pair of spelling variants 3, a word left alone 0.
    let width = m + 1;
    let pair_score = |i: usize, j: usize| {
        let (wa, wb) = (ta[deleted[i]].word(a), tb[inserted[j]].word(b));
        if is_spelling_variant(wa, wb) {
            3
        } else {
            2
        }
    };
    let mut best = vec![0u32; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            best[i * width + j] = (best[(i + 1) * width + j + 1] + pair_score(i, j))
                .max(best[(i + 1) * width + j])
                .max(best[i * width + j + 1]);
        }
    }
    let mut out = Vec::with_capacity(n + m);
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && best[i * width + j] == best[(i + 1) * width + j + 1] + pair_score(i, j)
        {
            out.push(Pairing::Changed(deleted[i], inserted[j]));
            i += 1;
            j += 1;
        } else if j == m || (i < n && best[i * width + j] == best[(i + 1) * width + j]) {
            out.push(Pairing::Deleted(deleted[i]));
            i += 1;
        } else {
            out.push(Pairing::Inserted(inserted[j]));
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(a: &str, b: &str) -> Vec<String> {
        word_diff(a, b)
            .iter()
            .map(|op| {
                let wa = op.a.clone().map_or("", |r| &a[r]);
                let wb = op.b.clone().map_or("", |r| &b[r]);
                format!("{:?}:{wa}/{wb}", op.kind)
            })
            .collect()
    }

    #[test]
    fn spelling_variant_is_a_changed_pair_and_punctuation_is_ignored() {
        assert_eq!(
            render(
                "spokesperson Fahim Dashti, and",
                "spokesperson “Fahim Dashty” -- and"
            ),
            [
                "Same:spokesperson/spokesperson",
                "Same:Fahim/Fahim",
                "Changed:Dashti/Dashty",
                "Same:and/and"
            ]
        );
    }

    #[test]
    fn insertions_and_deletions_are_reported_on_their_side() {
        assert_eq!(
            render("the son of the fighter", "the son of the iconic fighter"),
            [
                "Same:the/the",
                "Same:son/son",
                "Same:of/of",
                "Same:the/the",
                "Inserted:/iconic",
                "Same:fighter/fighter"
            ]
        );
        assert_eq!(
            render("a b c", "a c"),
            ["Same:a/a", "Deleted:b/", "Same:c/c"]
        );
    }

    #[test]
    fn spelling_variants_pair_with_each_other_in_a_changed_block() {
        assert_eq!(
            render(
                "spokesperson Fahim Dashti and",
                "spokesperson a journalist Fahim Dashty and"
            ),
            [
                "Same:spokesperson/spokesperson",
                "Inserted:/a",
                "Inserted:/journalist",
                "Same:Fahim/Fahim",
                "Changed:Dashti/Dashty",
                "Same:and/and"
            ]
        );
        assert_eq!(
            render("x Dashti y", "x one two Dashty y"),
            [
                "Same:x/x",
                "Inserted:/one",
                "Inserted:/two",
                "Changed:Dashti/Dashty",
                "Same:y/y"
            ]
        );
    }

    #[test]
    fn empty_sides() {
        assert!(word_diff("", "").is_empty());
        assert_eq!(render("", "x y"), ["Inserted:/x", "Inserted:/y"]);
    }
}
