//! Score quote attribution against PolNeAR (brat annotations of attribution in
//! US political news; `data/train` and `data/dev` only — never `data/test`).
//!
//! ```sh
//! cargo run --release -p wirelens --example eval_quotes -- PATH [--errors]
//! ```
//!
//! PATH is the PolNeAR checkout (holding `data/{train,dev}/{text,attributions}`)
//! or its `data` folder. No text of the corpus is kept anywhere by this program;
//! `--errors` prints one line per error to stdout for the developer's eyes only
//! (never commit that output: the corpus has no licence).
//!
//! # Gold
//! - A brat `.ann` file is named `<text-stem>_<annotator>.ann`; for a text with
//!   several annotators' files the first by sorted file name is used.
//! - Brat offsets in PolNeAR are **Unicode scalar (char) offsets**, not UTF-8
//!   bytes (checked: every T line's text equals the text sliced by chars, and
//!   not by bytes once a non-ASCII char precedes it); they are converted to
//!   bytes here, since the engine reports UTF-8 byte offsets.
//! - An attribution is an `E` line with a `Content` and a `Source` (the
//!   `Attribution-no-source` ones are not gold; see "neutral" below). A
//!   `Content` may be discontinuous (`a b;c d`): each fragment counts.
//! - Quoted spans are found in the whole text by pairing double quote marks
//!   within a paragraph (`“` and ` `` ` open, `”` closes, `"` and `''` (two
//!   apostrophes, as one newspaper's archive writes them) toggle; an opening mark
//!   with no close runs to the paragraph's end, as multi-paragraph quotes do).
//!   Single quote marks are not used (apostrophes, nested quotes).
//! - A **gold quote** is a quoted span of which at least half lies inside a
//!   Content fragment of a sourced attribution; its gold source is that
//!   attribution's Source span(s).
//! - A quoted span at least half inside the Content of an attribution without
//!   a Source is **neutral**: a found quote matching it is neither right nor
//!   wrong.
//!
//! # Matching and scores
//! - A found quote matches a gold quote when they overlap by at least half of
//!   the shorter of the two (one to one, in text order, best overlap first).
//! - Span precision = matched / (found − neutral), recall = matched / gold.
//! - **Speaker right** for a matched quote when either
//!   1. the found mention's span overlaps a gold Source span (the engine hangs
//!      the quote on the very words the annotator marked, name or pronoun), or
//!   2. the found canonical speaker's head — its last word, or for a name
//!      with "of" the capitalised word before "of" — equals, case-insensitively,
//!      a capitalised word of the gold Source text (possessive `'s` dropped).
//!
//!   PolNeAR has no coreference, so when the gold Source is only a pronoun or
//!   a description ("he", "the official") rule 1 decides, and whom the engine
//!   resolved that pronoun to is not checked.
//! - Speaker right, of found = speaker right / matched; **end to end** =
//!   speaker right / gold.
//! - The set is analysed as one corpus (as the widget and the CLI do), so
//!   cross-article merging of names is part of what is measured.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A span in UTF-8 bytes, `end` exclusive.
#[derive(Clone, Copy, Debug)]
struct Range {
    start: usize,
    end: usize,
}

impl Range {
    fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }
    fn overlap(self, other: Range) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }
}

struct GoldQuote {
    span: Range,
    sources: Vec<Range>,
}

struct Article {
    name: String,
    text: String,
    gold: Vec<GoldQuote>,
    neutral: Vec<Range>,
}

fn main() {
    let mut path: Option<PathBuf> = None;
    let mut errors = false;
    for arg in std::env::args().skip(1) {
        if arg == "--errors" {
            errors = true;
        } else {
            path = Some(PathBuf::from(arg));
        }
    }
    let Some(path) = path else {
        eprintln!("usage: eval_quotes POLNEAR_PATH [--errors]");
        std::process::exit(2);
    };
    let data = if path.join("data/train").is_dir() {
        path.join("data")
    } else {
        path.clone()
    };
    if !data.join("train").is_dir() {
        eprintln!("PolNeAR not found at {}, skipped", path.display());
        return;
    }
    println!(
        "{:<6} {:>5} {:>5} {:>5} {:>7} {:>6} {:>6} {:>6} {:>8} {:>8}",
        "set", "texts", "gold", "found", "matched", "P", "R", "F1", "spk/fnd", "end2end"
    );
    for set in ["train", "dev"] {
        let dir = data.join(set);
        if !dir.is_dir() {
            println!("{set}: not found, skipped");
            continue;
        }
        let articles = load_set(&dir);
        score_set(set, &articles, errors);
    }
}

/// The articles of one set with their gold quotes.
fn load_set(dir: &Path) -> Vec<Article> {
    let mut ann_files: Vec<String> = std::fs::read_dir(dir.join("attributions"))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".ann"))
                .collect()
        })
        .unwrap_or_default();
    ann_files.sort();
    let mut first_per_text: BTreeMap<String, String> = BTreeMap::new();
    for file in ann_files {
        let Some((stem, _annotator)) = file.trim_end_matches(".ann").rsplit_once('_') else {
            continue;
        };
        first_per_text.entry(stem.to_string()).or_insert(file);
    }
    let mut articles = Vec::new();
    for (stem, file) in first_per_text {
        let Ok(text) = std::fs::read_to_string(dir.join("text").join(format!("{stem}.txt"))) else {
            continue;
        };
        let Ok(ann) = std::fs::read_to_string(dir.join("attributions").join(&file)) else {
            continue;
        };
        let (gold, neutral) = gold_quotes(&text, &ann);
        articles.push(Article {
            name: stem,
            text,
            gold,
            neutral,
        });
    }
    articles
}

/// Byte offset of every char index (and of the end).
fn char_to_byte(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// Parse "a b;c d" (char offsets) into byte ranges.
fn parse_spans(spec: &str, bytes_of: &[usize]) -> Vec<Range> {
    spec.split(';')
        .filter_map(|part| {
            let mut it = part.split_whitespace();
            let start: usize = it.next()?.parse().ok()?;
            let end: usize = it.next()?.parse().ok()?;
            Some(Range {
                start: *bytes_of.get(start)?,
                end: *bytes_of.get(end)?,
            })
        })
        .collect()
}

fn gold_quotes(text: &str, ann: &str) -> (Vec<GoldQuote>, Vec<Range>) {
    let bytes_of = char_to_byte(text);
    let mut spans: BTreeMap<&str, Vec<Range>> = BTreeMap::new();
    let mut relations: Vec<Vec<(&str, &str)>> = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T') {
            if let Some((_kind, offsets)) = body.split_once(' ') {
                spans.insert(id, parse_spans(offsets, &bytes_of));
            }
        } else if id.starts_with('E') {
            relations.push(
                body.split_whitespace()
                    .filter_map(|arg| arg.split_once(':'))
                    .collect(),
            );
        }
    }
    let quoted = quoted_spans(text);
    let mut gold = Vec::new();
    let mut neutral = Vec::new();
    let mut taken = vec![false; quoted.len()];
    // Sourced attributions first, so a span under both kinds is gold.
    let mut ordered: Vec<(bool, Vec<Range>, Vec<Range>)> = relations
        .iter()
        .map(|args| {
            let of_role = |prefix: &str| -> Vec<Range> {
                args.iter()
                    .filter(|(role, _)| role.starts_with(prefix))
                    .flat_map(|(_, t)| spans.get(t).cloned().unwrap_or_default())
                    .collect()
            };
            let sources = of_role("Source");
            (sources.is_empty(), of_role("Content"), sources)
        })
        .collect();
    ordered.sort_by_key(|(no_source, _, _)| *no_source);
    for (no_source, contents, sources) in ordered {
        for (q, span) in quoted.iter().enumerate() {
            if taken[q] || span.len() == 0 {
                continue;
            }
            let inside: usize = contents.iter().map(|c| c.overlap(*span)).sum();
            if inside * 2 >= span.len() {
                taken[q] = true;
                if no_source {
                    neutral.push(*span);
                } else {
                    gold.push(GoldQuote {
                        span: *span,
                        sources: sources.clone(),
                    });
                }
            }
        }
    }
    gold.sort_by_key(|g| g.span.start);
    (gold, neutral)
}

/// The insides of double-quoted spans, paired within each paragraph.
fn quoted_spans(text: &str) -> Vec<Range> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut previous = '\0';
    let mut skip_next = false;
    for (i, c) in text.char_indices() {
        let mut after = i + c.len_utf8();
        if skip_next {
            skip_next = false;
            previous = c;
            continue;
        }
        // Two apostrophes (or backticks) are one double mark, as in some
        // newspapers' archives.
        let doubled = (c == '\'' || c == '`') && text[after..].starts_with(c);
        let c = if doubled {
            skip_next = true;
            after += 1;
            if c == '`' {
                '\u{201c}'
            } else {
                '"'
            }
        } else {
            c
        };
        match c {
            '\u{201c}' | '\u{201e}' | '\u{ab}' if open.is_none() => open = Some(after),
            '\u{201c}' | '\u{201e}' | '\u{ab}' => {}
            '\u{201d}' | '\u{bb}' => {
                if let Some(start) = open.take() {
                    out.push(Range { start, end: i });
                }
            }
            '"' => match open.take() {
                Some(start) => out.push(Range { start, end: i }),
                None => open = Some(after),
            },
            '\n' if previous == '\n' || text[after..].starts_with('\n') => {
                if let Some(start) = open.take() {
                    out.push(Range { start, end: i });
                }
            }
            _ => {}
        }
        previous = c;
    }
    if let Some(start) = open {
        out.push(Range {
            start,
            end: text.len(),
        });
    }
    out.retain(|r| !text[r.start..r.end].trim().is_empty());
    out
}

/// The capitalised words of a source text, lowercased, possessives dropped.
fn capitalised_words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("\u{2019}s")
                .trim_matches(|c| c == '\'' || c == '\u{2019}')
        })
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(str::to_lowercase)
        .collect()
}

/// The head word of a canonical speaker name (lowercased).
fn head_word(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let before_of = words.iter().position(|w| *w == "of").filter(|&p| p > 0);
    let head = match before_of {
        Some(p) => words[p - 1],
        None => *words.last()?,
    };
    let head = head.trim_end_matches('.').trim_end_matches(',');
    if head.eq_ignore_ascii_case("jr") || head.eq_ignore_ascii_case("sr") {
        return words
            .len()
            .checked_sub(2)
            .map(|i| words[i].trim_end_matches(',').to_lowercase());
    }
    Some(head.to_lowercase())
}

fn score_set(set: &str, articles: &[Article], errors: bool) {
    let ids: Vec<String> = (0..articles.len()).map(|i| format!("{i:04}")).collect();
    let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let analysis = wirelens::quotes::attribute(&id_refs, &texts);
    let mut found_by_doc: Vec<Vec<&wirelens::Quote>> = vec![Vec::new(); articles.len()];
    for q in &analysis.quotes {
        if let Ok(d) = q.doc.parse::<usize>() {
            if let Some(list) = found_by_doc.get_mut(d) {
                list.push(q);
            }
        }
    }
    let (mut gold_n, mut found_n, mut matched_n, mut right_n) = (0usize, 0usize, 0usize, 0usize);
    for (d, article) in articles.iter().enumerate() {
        let found = &found_by_doc[d];
        gold_n += article.gold.len();
        // Candidate pairs by overlap, best first.
        let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
        for (gi, g) in article.gold.iter().enumerate() {
            for (fi, f) in found.iter().enumerate() {
                let fr = Range {
                    start: f.start,
                    end: f.end,
                };
                let overlap = g.span.overlap(fr);
                if overlap > 0 && overlap * 2 >= g.span.len().min(fr.len()) {
                    pairs.push((overlap, gi, fi));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut gold_of: Vec<Option<usize>> = vec![None; found.len()];
        let mut found_of: Vec<Option<usize>> = vec![None; article.gold.len()];
        for (_, gi, fi) in pairs {
            if gold_of[fi].is_none() && found_of[gi].is_none() {
                gold_of[fi] = Some(gi);
                found_of[gi] = Some(fi);
            }
        }
        let snippet = |r: Range| -> String {
            let s = &article.text[r.start..r.end];
            let s: String = s.chars().take(50).collect();
            s.replace('\n', " ")
        };
        for (fi, f) in found.iter().enumerate() {
            let fr = Range {
                start: f.start,
                end: f.end,
            };
            match gold_of[fi] {
                Some(_) => {}
                None => {
                    let neutral = article
                        .neutral
                        .iter()
                        .any(|n| n.overlap(fr) * 2 >= n.len().min(fr.len()));
                    if neutral {
                        continue;
                    }
                    if errors {
                        println!(
                            "ERR\t{set}\t{}\t{}-{}\textra\tspeaker={:?}\t{:?}",
                            article.name,
                            f.start,
                            f.end,
                            f.speaker,
                            snippet(fr)
                        );
                    }
                }
            }
            found_n += 1;
        }
        for (gi, g) in article.gold.iter().enumerate() {
            let source_text: Vec<&str> = g
                .sources
                .iter()
                .map(|s| &article.text[s.start..s.end])
                .collect();
            let Some(fi) = found_of[gi] else {
                if errors {
                    println!(
                        "ERR\t{set}\t{}\t{}-{}\tmissed\tgold={:?}\t{:?}\tsources={:?}",
                        article.name,
                        g.span.start,
                        g.span.end,
                        source_text.join(" | "),
                        snippet(g.span),
                        g.sources
                            .iter()
                            .map(|s| (s.start, s.end))
                            .collect::<Vec<_>>()
                    );
                }
                continue;
            };
            matched_n += 1;
            let f = found[fi];
            let by_mention = f
                .mention
                .is_some_and(|m| g.sources.iter().any(|s| s.start < m.end && m.start < s.end));
            let by_name = f.speaker.as_deref().and_then(head_word).is_some_and(|h| {
                source_text
                    .iter()
                    .any(|s| capitalised_words(s).contains(&h))
            });
            if by_mention || by_name {
                right_n += 1;
            } else if errors {
                let mention = f.mention.map(|m| &article.text[m.start..m.end]);
                println!(
                    "ERR\t{set}\t{}\t{}-{}\t{}\tgold={:?}\tfound={:?}\tmention={:?}\t{:?}\tat={:?}\tsources={:?}",
                    article.name,
                    g.span.start,
                    g.span.end,
                    if f.speaker.is_none() {
                        "no-speaker"
                    } else {
                        "wrong-speaker"
                    },
                    source_text.join(" | "),
                    f.speaker,
                    mention,
                    snippet(g.span),
                    f.mention.map(|m| (m.start, m.end)),
                    g.sources.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>()
                );
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(matched_n, found_n), ratio(matched_n, gold_n));
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    println!(
        "{set:<6} {:>5} {gold_n:>5} {found_n:>5} {matched_n:>7} {p:>6.3} {r:>6.3} {f1:>6.3} {:>8.3} {:>8.3}",
        articles.len(),
        ratio(right_n, matched_n),
        ratio(right_n, gold_n)
    );
}
