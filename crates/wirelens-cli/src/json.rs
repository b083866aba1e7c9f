//! The analysis as pretty-printed JSON, its lists formatted on the cores:
//! the same bytes as `serde_json::to_writer_pretty`, each of the six lists
//! formatted apart (one level in) and the pieces written in order.

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

/// One list of the analysis formatted one level in.
fn nested(list: &impl serde::Serialize) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let formatter = Nested {
        depth: 1,
        has_value: false,
    };
    list.serialize(&mut Serializer::with_formatter(&mut out, formatter))?;
    Ok(out)
}

/// Write `analysis` as `serde_json::to_writer_pretty` does (field order of
/// [`Analysis`]), its lists formatted side by side.
pub fn write_pretty(out: &mut impl Write, analysis: &Analysis) -> io::Result<()> {
    let fields = [
        "documents",
        "passages",
        "quotes",
        "speakers",
        "utterances",
        "carried",
    ];
    let pieces = wirelens::par::map(&fields, |i, _| match i {
        0 => nested(&analysis.documents),
        1 => nested(&analysis.passages),
        2 => nested(&analysis.quotes),
        3 => nested(&analysis.speakers),
        4 => nested(&analysis.utterances),
        _ => nested(&analysis.carried),
    });
    out.write_all(b"{")?;
    for (i, (name, piece)) in fields.iter().zip(pieces).enumerate() {
        out.write_all(if i == 0 { b"\n  \"" } else { b",\n  \"" })?;
        out.write_all(name.as_bytes())?;
        out.write_all(b"\": ")?;
        out.write_all(&piece?)?;
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
            let mut ours = Vec::new();
            write_pretty(&mut ours, &analysis).unwrap();
            let theirs = serde_json::to_vec_pretty(&analysis).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs).unwrap()
            );
        }
    }
}
