//! The analysis as pretty-printed JSON, its lists formatted on the cores:
//! the same bytes as `serde_json::to_writer_pretty`, each list cut into
//! pieces of a few hundred items, the pieces formatted apart (two levels
//! in) and written in order.

use std::io::{self, Write};

use serde_json::ser::{Formatter, Serializer};
use wirelens::Analysis;

/// `serde_json`'s pretty layout (two spaces a level), starting `depth`
/// levels in: a value formatted with it fits in place inside its parents.
struct Nested {
    depth: usize,
    has_value: bool,
}

impl Nested {
    fn indent<W: ?Sized + Write>(&self, w: &mut W) -> io::Result<()> {
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(mark)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        w.write_all(mark)
    }

    fn item<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(w)
    }
}

impl Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Up to `count` items of `list` from `first`, formatted two levels in
/// (inside the list inside the analysis), each after its separator.
fn items(list: &[impl serde::Serialize], first: usize, count: usize) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    for (i, item) in list[first..].iter().take(count).enumerate() {
        out.extend_from_slice(if first + i == 0 {
            b"\n    "
        } else {
            b",\n    "
        });
        let formatter = Nested {
            depth: 2,
            has_value: false,
        };
        item.serialize(&mut Serializer::with_formatter(&mut out, formatter))?;
    }
    Ok(out)
}

/// The analysis's lists, in field order (names as in [`Analysis`]).
const FIELDS: [&str; 6] = [
    "documents",
    "passages",
    "quotes",
    "speakers",
    "utterances",
    "carried",
];

/// Items formatted as one piece of work: small enough that the longest
/// list (quotes) splits over the cores, large enough that a piece costs
/// more than handing it out.
const ITEMS_PER_PIECE: usize = 256;

/// Write `analysis` as `serde_json::to_writer_pretty` does (field order of
/// [`Analysis`]), its lists formatted on the cores in pieces.
pub fn write_pretty(out: &mut impl Write, analysis: &Analysis) -> io::Result<()> {
    write_pretty_in_pieces(out, analysis, ITEMS_PER_PIECE)
}

fn write_pretty_in_pieces(
    out: &mut impl Write,
    analysis: &Analysis,
    items_per_piece: usize,
) -> io::Result<()> {
    let lengths = [
        analysis.documents.len(),
        analysis.passages.len(),
        analysis.quotes.len(),
        analysis.speakers.len(),
        analysis.utterances.len(),
        analysis.carried.len(),
    ];
    // (list, first item) of each piece, lists in order.
    let pieces: Vec<(usize, usize)> = lengths
        .iter()
        .enumerate()
        .flat_map(|(list, &len)| (0..len).step_by(items_per_piece).map(move |at| (list, at)))
        .collect();
    let formatted = wirelens::par::map(&pieces, |_, &(list, at)| match list {
        0 => items(&analysis.documents, at, items_per_piece),
        1 => items(&analysis.passages, at, items_per_piece),
        2 => items(&analysis.quotes, at, items_per_piece),
        3 => items(&analysis.speakers, at, items_per_piece),
        4 => items(&analysis.utterances, at, items_per_piece),
        _ => items(&analysis.carried, at, items_per_piece),
    });
    let mut formatted = pieces.iter().zip(formatted).peekable();
    out.write_all(b"{")?;
    for (list, name) in FIELDS.iter().enumerate() {
        out.write_all(if list == 0 { b"\n  \"" } else { b",\n  \"" })?;
        out.write_all(name.as_bytes())?;
        out.write_all(b"\": [")?;
        while let Some((_, piece)) = formatted.next_if(|((of, _), _)| *of == list) {
            out.write_all(&piece?)?;
        }
        out.write_all(if lengths[list] == 0 { b"]" } else { b"\n  ]" })?;
    }
    out.write_all(b"\n}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use wirelens::{analyze, Document};

    #[test]
    fn same_bytes_as_serde_json_pretty() {
        let docs = vec![
            Document::new(
                "one",
                "Harbour Board\n\nThe harbour will close for repairs, the board said on Monday. \
                 \u{201c}We have no choice left,\u{201d} said Mara Telling, the board's chair. \
                 Fishing boats will moor upriver until spring."
                    .to_string(),
            ),
            Document::new(
                "two",
                "Repairs\n\nThe harbour will close for repairs, the board said on Monday. \
                 \u{201c}We have no choice left,\u{201d} Telling told reporters."
                    .to_string(),
            ),
        ];
        for analysis in [analyze(&docs), Analysis::default()] {
            let theirs = serde_json::to_vec_pretty(&analysis).unwrap();
            // Lists cut into pieces of every size, down to one item.
            for items_per_piece in [1, 2, 3, ITEMS_PER_PIECE] {
                let mut ours = Vec::new();
                write_pretty_in_pieces(&mut ours, &analysis, items_per_piece).unwrap();
                assert_eq!(
                    String::from_utf8(ours).unwrap(),
                    String::from_utf8(theirs.clone()).unwrap()
                );
            }
        }
    }
}
