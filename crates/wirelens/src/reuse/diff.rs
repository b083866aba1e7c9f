//! Word-level diff of a passage pair, for the side-by-side view.
//!
//! Words are compared by their normalised key (case, apostrophe style and
//! punctuation never make a difference). The alignment is a longest common
//! subsequence of words; between two identical words, deleted and inserted
//! words pair up in order as `Changed` (a replaced word, a spelling variant
//! such as Dashti/Dashty), and what is left over is `Deleted` or `Inserted`.

use crate::text::{tokens, Token};
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
    to_ops(&steps, &ta, &tb)
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
fn to_ops(steps: &[Step], ta: &[Token], tb: &[Token]) -> Vec<DiffOp> {
    let range = |t: &Token| Some(t.start..t.end);
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
        let paired = deleted.len().min(inserted.len());
        for k in 0..paired {
            ops.push(DiffOp {
                kind: DiffKind::Changed,
                a: range(&ta[deleted[k]]),
                b: range(&tb[inserted[k]]),
            });
        }
        ops.extend(deleted[paired..].iter().map(|&i| DiffOp {
            kind: DiffKind::Deleted,
            a: range(&ta[i]),
            b: None,
        }));
        ops.extend(inserted[paired..].iter().map(|&j| DiffOp {
            kind: DiffKind::Inserted,
            a: None,
            b: range(&tb[j]),
        }));
    }
    ops
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
    fn empty_sides() {
        assert!(word_diff("", "").is_empty());
        assert_eq!(render("", "x y"), ["Inserted:/x", "Inserted:/y"]);
    }
}
