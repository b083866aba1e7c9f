//! Quote spans: where the quoted words are, without their marks.
//!
//! One linear pass over each paragraph (line) with a single open quote at a
//! time. Double marks (`"` `“` `”` `„` `«` `»`) and single marks (`'` `‘` `’`
//! `‚` `‹` `›`) are two families; while one family is open the other is
//! nested text and ignored. Single marks count only where they cannot be an
//! apostrophe: an opener after a space or the paragraph start and before a
//! word, a closer after a word and before no letter. Two apostrophes are a
//! straight double mark (''as some archives write them''); curly marks
//! inside a straight-quoted span are nested (`"It's “over”," he said`). A quote still open at the
//! end of a paragraph continues when the next paragraph starts with an opening
//! mark of the same family (multi-paragraph quotes); otherwise its opening mark
//! was unbalanced and is dropped, and the rest of the text is still analysed.

use crate::Span;

/// A quoted span found by the scanner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawQuote {
    /// The quoted words, trimmed of spaces, without the marks.
    pub content: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark, `None` for a paragraph of a multi-paragraph quote
    /// that continues in the next paragraph.
    pub close: Option<Span>,
    /// This span continues the previous one across a paragraph break.
    pub continues_previous: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Open,
    Close,
    Either,
}

fn classify(c: char) -> Option<(Family, Direction)> {
    Some(match c {
        '"' => (Family::Double, Direction::Either),
        '“' | '„' | '«' | '‟' => (Family::Double, Direction::Open),
        '”' | '»' => (Family::Double, Direction::Close),
        '\'' => (Family::Single, Direction::Either),
        '‘' | '‚' | '‹' => (Family::Single, Direction::Open),
        '’' | '›' => (Family::Single, Direction::Close),
        _ => return None,
    })
}

fn can_open_here(before: Option<char>, after: Option<char>) -> bool {
    let before_ok = before.is_none_or(|b| b.is_whitespace() || "([{—–-/".contains(b));
    let after_ok = after.is_some_and(|a| !a.is_whitespace());
    before_ok && after_ok
}

fn can_close_here(before: Option<char>, after: Option<char>) -> bool {
    let before_ok = before.is_some_and(|b| !b.is_whitespace());
    let after_ok = after.is_none_or(|a| !a.is_alphanumeric());
    before_ok && after_ok
}

struct Open {
    family: Family,
    mark: char,
    mark_span: Span,
    continues_previous: bool,
    /// A curly quote is open inside this straight-quoted span.
    nested: bool,
}

fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let inner = slice.trim();
    Span {
        start: start + lead,
        end: start + lead + inner.len(),
    }
}

/// The first non-space character of the next non-empty line after `from`.
fn next_paragraph_start(text: &str, from: usize) -> Option<char> {
    text[from..].chars().find(|c| !c.is_whitespace())
}

/// Index of the first byte that may start a quote mark: `"`, `'` or any
/// non-ASCII byte. Eight bytes at a time (quote marks are rare in a line).
fn possible_mark(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // High bit set in each byte of `x` that is zero (exact for bytes < 0x80).
    let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let is_mark = |b: u8| b == b'"' || b == b'\'' || !b.is_ascii();
    let mut chunks = bytes.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let ascii = !word & HIGHS;
        let candidates = (word & HIGHS)
            | ((zero_bytes(word ^ (ONES * u64::from(b'"')))
                | zero_bytes(word ^ (ONES * u64::from(b'\''))))
                & ascii);
        if candidates != 0 {
            // Confirm byte by byte (the bit trick may flag a byte next to a match).
            if let Some(i) = chunk.iter().position(|&b| is_mark(b)) {
                return Some(base + i);
            }
        }
        base += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| is_mark(b))
        .map(|i| base + i)
}

/// Find every quoted span of `text`, in text order.
pub fn find_quotes(text: &str) -> Vec<RawQuote> {
    let mut quotes = Vec::new();
    let mut continuing_family: Option<Family> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        if line.trim().is_empty() {
            // Blank lines keep a pending continuation alive.
            line_start = line_end;
            continue;
        }
        let mut open: Option<Open> = None;
        // Only quote marks matter: jump from one possible mark (`"`, `'` or
        // a non-ASCII character) to the next; the characters around a mark
        // are read from the line.
        let bytes = line.as_bytes();
        let mut offset = 0;
        while let Some(skip) = possible_mark(&bytes[offset..]) {
            offset += skip;
            let c = line[offset..].chars().next().expect("a char boundary");
            let mut c_end = offset + c.len_utf8();
            let Some((mut family, mut direction)) = classify(c) else {
                offset = c_end;
                continue;
            };
            // Two apostrophes are one straight double mark (''like this'').
            let doubled = c == '\'' && line[c_end..].starts_with('\'');
            if doubled {
                family = Family::Double;
                direction = Direction::Either;
                c_end += 1;
            }
            let c = if doubled { '"' } else { c };
            let previous = line[..offset].chars().next_back();
            let after = line[c_end..].chars().next();
            let at = line_start + offset;
            offset = c_end;
            {
                let mark_span = Span {
                    start: at,
                    end: line_start + c_end,
                };
                let opens = can_open_here(previous, after);
                let closes = can_close_here(previous, after);
                match &open {
                    None => {
                        let may_open = match family {
                            Family::Double => {
                                direction != Direction::Close
                                    && (opens || direction == Direction::Open || !closes)
                            }
                            Family::Single => direction != Direction::Close && opens,
                        };
                        if may_open {
                            let continues_previous = continuing_family == Some(family)
                                && line[..at - line_start].trim().is_empty();
                            open = Some(Open {
                                family,
                                mark: c,
                                mark_span,
                                continues_previous,
                                nested: false,
                            });
                        }
                    }
                    // `"It's “over”," he said`: curly marks inside a
                    // straight-quoted span are a quote within the quote.
                    Some(current)
                        if current.family == family
                            && current.mark == '"'
                            && (c == '“' && opens && !current.nested
                                || c == '”' && current.nested) =>
                    {
                        if let Some(current) = open.as_mut() {
                            current.nested = c == '“';
                        }
                    }
                    Some(current) if current.family == family => {
                        let low_opened = matches!(current.mark, '„' | '‚');
                        let reopen = direction == Direction::Open
                            && !(low_opened && matches!(c, '“' | '‘'))
                            && opens
                            && !closes;
                        let close = match family {
                            Family::Double => {
                                !reopen && direction != Direction::Open || low_opened || closes
                            }
                            Family::Single => {
                                closes && (direction != Direction::Open || low_opened)
                            }
                        };
                        if reopen {
                            open = Some(Open {
                                family,
                                mark: c,
                                mark_span,
                                continues_previous: false,
                                nested: false,
                            });
                        } else if close {
                            let content = trimmed(text, current.mark_span.end, at);
                            if content.start < content.end {
                                quotes.push(RawQuote {
                                    content,
                                    open: current.mark_span,
                                    close: Some(mark_span),
                                    continues_previous: current.continues_previous,
                                });
                            }
                            open = None;
                        }
                    }
                    Some(_) => {}
                }
            }
        }
        continuing_family = None;
        if let Some(current) = open {
            let next = next_paragraph_start(text, line_end);
            let next_opens = next
                .and_then(classify)
                .is_some_and(|(f, d)| f == current.family && d != Direction::Close);
            let content = trimmed(text, current.mark_span.end, line_end);
            if next_opens && content.start < content.end {
                quotes.push(RawQuote {
                    content,
                    open: current.mark_span,
                    close: None,
                    continues_previous: current.continues_previous,
                });
                continuing_family = Some(current.family);
            }
        }
        line_start = line_end;
    }
    quotes
}

#[cfg(test)]
mod tests {
    use super::possible_mark;

    #[test]
    fn possible_mark_agrees_with_a_byte_by_byte_search() {
        let naive = |b: &[u8]| {
            b.iter()
                .position(|&c| c == b'"' || c == b'\'' || !c.is_ascii())
        };
        // Every placement of every kind of byte around a chunk boundary.
        for len in 0..20 {
            for at in 0..=len {
                for mark in [b'"', b'\'', 0x80, 0xe2, 0xff, 0x00, 0x01, b'!', b'&', b'#'] {
                    let mut bytes = vec![b'a'; len];
                    if at < len {
                        bytes[at] = mark;
                    }
                    assert_eq!(possible_mark(&bytes), naive(&bytes), "{bytes:?}");
                }
            }
        }
        let text = "plain text, then “curly” and \"straight\" and 'single' marks";
        assert_eq!(possible_mark(text.as_bytes()), naive(text.as_bytes()));
    }
}
