//! Cutting an article's text into paragraphs and, inside each, into segments
//! where the set of marks (reused passages, quotes, speaker mentions) is
//! constant, so the reader can wrap each segment in one element.
//!
//! Marks may overlap and may cross paragraph breaks; offsets are UTF-8 byte
//! offsets into the original text. Marks that are not on char boundaries or
//! out of range are dropped rather than panicking.

use std::ops::Range;

/// A paragraph: a run of text between line breaks, with its segments.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub range: Range<usize>,
    pub segments: Vec<Segment>,
}

/// A piece of a paragraph covered by the same marks throughout.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub range: Range<usize>,
    /// Indices (into the marks given to [`paragraphs`]) of the marks covering this segment.
    pub marks: Vec<usize>,
}

/// Split `text` into paragraphs (line runs with some non-blank content) and
/// segments bounded by the starts and ends of `marks`.
pub fn paragraphs(text: &str, marks: &[Range<usize>]) -> Vec<Paragraph> {
    let usable: Vec<(usize, &Range<usize>)> = marks
        .iter()
        .enumerate()
        .filter(|(_, m)| crate::model::valid_span(text, m))
        .collect();
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let range = line_start..line_start + content.len();
        line_start += line.len();
        if content.trim().is_empty() {
            continue;
        }
        out.push(Paragraph {
            segments: segments_of(&range, &usable),
            range,
        });
    }
    out
}

fn segments_of(paragraph: &Range<usize>, marks: &[(usize, &Range<usize>)]) -> Vec<Segment> {
    let mut cuts = vec![paragraph.start, paragraph.end];
    for (_, mark) in marks {
        for cut in [mark.start, mark.end] {
            if cut > paragraph.start && cut < paragraph.end {
                cuts.push(cut);
            }
        }
    }
    wirelens::order::sort_numbers(&mut cuts, |c| c as u64);
    cuts.dedup();
    cuts.windows(2)
        .map(|w| Segment {
            range: w[0]..w[1],
            marks: marks
                .iter()
                .filter(|(_, m)| m.start <= w[0] && m.end >= w[1])
                .map(|(i, _)| *i)
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, paragraphs: &[Paragraph]) -> Vec<Vec<&'a str>> {
        paragraphs
            .iter()
            .map(|p| p.segments.iter().map(|s| &text[s.range.clone()]).collect())
            .collect()
    }

    #[test]
    fn paragraphs_skip_blank_lines_and_keep_offsets() {
        let text = "Title\n\n  \nFirst para.\r\nSecond.";
        let paras = paragraphs(text, &[]);
        assert_eq!(
            texts(text, &paras),
            [vec!["Title"], vec!["First para."], vec!["Second."]]
        );
        assert_eq!(paras[1].range, 10..21);
    }

    #[test]
    fn overlapping_marks_cut_segments_and_cross_paragraphs() {
        let text = "one two three\nfour five";
        let marks = [4..13, 8..19, 0..3];
        let paras = paragraphs(text, &marks);
        assert_eq!(
            texts(text, &paras),
            [vec!["one", " ", "two ", "three"], vec!["four ", "five"]]
        );
        assert_eq!(paras[0].segments[0].marks, vec![2]);
        assert_eq!(paras[0].segments[1].marks, Vec::<usize>::new());
        assert_eq!(paras[0].segments[3].marks, vec![0, 1]);
        assert_eq!(paras[1].segments[0].marks, vec![1]);
    }

    #[test]
    fn marks_off_char_boundaries_or_out_of_range_are_dropped() {
        let text = "caf\u{e9} \u{a0}bar";
        let marks = [0..4, 2..5, 3..40];
        let paras = paragraphs(text, &marks);
        let all: Vec<usize> = paras[0]
            .segments
            .iter()
            .flat_map(|s| s.marks.clone())
            .collect();
        assert!(!all.contains(&0) && !all.contains(&2));
        assert!(all.contains(&1));
    }

    #[test]
    fn segments_tile_every_paragraph_exactly() {
        let text = "\u{201c}Quoted words,\u{201d} he said \u{2014} and more.\nNext line here.";
        let marks = [3..15, 0..30, 20..40];
        for p in paragraphs(text, &marks) {
            let mut at = p.range.start;
            for s in &p.segments {
                assert_eq!(s.range.start, at);
                assert!(text.is_char_boundary(s.range.end));
                at = s.range.end;
            }
            assert_eq!(at, p.range.end);
        }
    }
}
