//! Turning the engine's word-level diff of two passages into the pieces each
//! side of the side-by-side view shows: words marked same / changed /
//! inserted / deleted (spelling variants called out), with the text between
//! words kept as it is.

use std::ops::Range;

use wirelens::reuse::{DiffKind, DiffOp};

/// Which side of a passage pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

/// How a piece of one side relates to the other side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    /// Text between words (spaces, punctuation the diff did not cover).
    Between,
    Same,
    Changed,
    /// A changed word that is a spelling variant of its counterpart.
    Variant,
    /// Only on this side (deleted from A, or inserted in B).
    Only,
}

/// A run of one side's text and what the diff says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub range: Range<usize>,
    pub kind: PieceKind,
    /// For a changed word, the word it corresponds to on the other side.
    pub counterpart: Option<String>,
}

/// The pieces of `side`'s text (`a` or `b`, the texts given to `word_diff`), tiling it.
pub fn side_pieces(a: &str, b: &str, ops: &[DiffOp], side: Side) -> Vec<Piece> {
    let (text, other) = match side {
        Side::A => (a, b),
        Side::B => (b, a),
    };
    let mut pieces = Vec::new();
    let mut at = 0;
    for op in ops {
        let (mine, theirs) = match side {
            Side::A => (&op.a, &op.b),
            Side::B => (&op.b, &op.a),
        };
        let Some(range) = mine.clone() else { continue };
        if range.start < at || !valid(text, &range) {
            continue;
        }
        if range.start > at {
            pieces.push(between(at..range.start));
        }
        let counterpart = theirs
            .clone()
            .filter(|r| valid(other, r))
            .map(|r| other[r].to_string());
        let kind = match op.kind {
            DiffKind::Same => PieceKind::Same,
            DiffKind::Changed => match &counterpart {
                Some(word) if is_spelling_variant(&text[range.clone()], word) => PieceKind::Variant,
                _ => PieceKind::Changed,
            },
            DiffKind::Inserted | DiffKind::Deleted => PieceKind::Only,
        };
        pieces.push(Piece {
            range: range.clone(),
            kind,
            counterpart: counterpart.filter(|_| kind != PieceKind::Same),
        });
        at = range.end;
    }
    if at < text.len() {
        pieces.push(between(at..text.len()));
    }
    pieces
}

fn between(range: Range<usize>) -> Piece {
    Piece {
        range,
        kind: PieceKind::Between,
        counterpart: None,
    }
}

fn valid(text: &str, range: &Range<usize>) -> bool {
    range.start <= range.end
        && range.end <= text.len()
        && text.is_char_boundary(range.start)
        && text.is_char_boundary(range.end)
}

/// Whether two differing words are spellings of one word: "Dashti"/"Dashty",
/// "neighboring"/"neighbouring", a swapped acronym "NFR"/"NRF".
pub fn is_spelling_variant(a: &str, b: &str) -> bool {
    let (a, b) = (wirelens::case::lower(a), wirelens::case::lower(b));
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if !a.iter().chain(&b).all(|c| c.is_alphabetic()) {
        return false;
    }
    let shorter = a.len().min(b.len());
    if shorter < 3 {
        return false;
    }
    // As numbers: one instantiation of the sort fewer than sorting chars.
    let mut sorted_a: Vec<u32> = a.iter().map(|&c| u32::from(c)).collect();
    let mut sorted_b: Vec<u32> = b.iter().map(|&c| u32::from(c)).collect();
    wirelens::order::sort_numbers(&mut sorted_a, u64::from);
    wirelens::order::sort_numbers(&mut sorted_b, u64::from);
    if sorted_a == sorted_b {
        return true;
    }
    edit_distance(&a, &b) <= (shorter / 4).max(1)
}

fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(kind: DiffKind, a: Option<Range<usize>>, b: Option<Range<usize>>) -> DiffOp {
        DiffOp { kind, a, b }
    }

    #[test]
    fn spelling_variants_are_recognised_and_other_words_are_not() {
        assert!(is_spelling_variant("Dashti", "Dashty"));
        assert!(is_spelling_variant("neighboring", "neighbouring"));
        assert!(is_spelling_variant("NFR", "NRF"));
        assert!(!is_spelling_variant("quagmire", "whirlpool"));
        assert!(!is_spelling_variant("on", "in"));
        assert!(!is_spelling_variant("1996-2001", "1996"));
    }

    #[test]
    fn pieces_tile_each_side_with_gaps_kept() {
        let a = "said Fahim Dashti, the";
        let b = "said Fahim Dashty -- a";
        let ops = vec![
            op(DiffKind::Same, Some(0..4), Some(0..4)),
            op(DiffKind::Same, Some(5..10), Some(5..10)),
            op(DiffKind::Changed, Some(11..17), Some(11..17)),
            op(DiffKind::Changed, Some(19..22), Some(21..22)),
        ];
        let left = side_pieces(a, b, &ops, Side::A);
        let kinds: Vec<PieceKind> = left.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                PieceKind::Same,
                PieceKind::Between,
                PieceKind::Same,
                PieceKind::Between,
                PieceKind::Variant,
                PieceKind::Between,
                PieceKind::Changed
            ]
        );
        assert_eq!(left[4].counterpart.as_deref(), Some("Dashty"));
        let right = side_pieces(a, b, &ops, Side::B);
        let joined: String = right.iter().map(|p| &b[p.range.clone()]).collect();
        assert_eq!(joined, b);
    }

    #[test]
    fn inserted_and_deleted_words_show_on_one_side_only() {
        let a = "a big dog";
        let b = "a dog barks";
        let ops = vec![
            op(DiffKind::Same, Some(0..1), Some(0..1)),
            op(DiffKind::Deleted, Some(2..5), None),
            op(DiffKind::Same, Some(6..9), Some(2..5)),
            op(DiffKind::Inserted, None, Some(6..11)),
        ];
        let left = side_pieces(a, b, &ops, Side::A);
        assert!(left
            .iter()
            .any(|p| p.kind == PieceKind::Only && &a[p.range.clone()] == "big"));
        let right = side_pieces(a, b, &ops, Side::B);
        assert!(right
            .iter()
            .any(|p| p.kind == PieceKind::Only && &b[p.range.clone()] == "barks"));
    }

    #[test]
    fn an_empty_diff_leaves_the_text_whole() {
        let pieces = side_pieces("some text", "other", &[], Side::A);
        assert_eq!(pieces, [between(0..9)]);
    }
}
