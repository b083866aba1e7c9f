//! Provenance: which news agency an article credits, and where the same
//! words appear in other articles without that credit.
//!
//! [`credits`] finds an article's credit lines and agency attributions, each
//! with the stretch of text it vouches for (its *scope*):
//! - a dateline or a credit in parentheses before a dash — `KABUL (AP) —`,
//!   `(Reuters) -` — and a byline or tag line alone on its line (`— AFP`,
//!   `By Jane Roe, Associated Press`), or "Reuters contributed to this
//!   report": the whole article;
//! - a reporting phrase inside a sentence — "reported AFP", "the Associated
//!   Press reported", "according to Reuters", "told AFP", "quoted by
//!   Xinhua", "(AFP)" — the sentence it is in.
//!
//! Agencies are the wire services of `AGENCIES`. Names that are also
//! ordinary words or people ("AP", "Bloomberg", "PA") count only in one of
//! the forms above, never on their own. [`carry`] then follows the shared
//! passages of an analysis (copied reporting and the same quote; never
//! boilerplate): where one article's passage lies in the scope of a credit
//! and the other article carries the same words with no credit to that
//! agency, the words are "likely from" it. Nothing is ever said about an
//! agency that no article names.
//!
//! Offsets are UTF-8 byte offsets into each article's text, like the rest of
//! the analysis.

use crate::quotes::lexicon::Lexicon;
use crate::text::{tokens, Token};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

use crate::order::sort_by_numbers;
use crate::{DocSpan, Passage, PassageKind, Span};

/// A wire service: its name as shown, the spellings it is written with (as
/// word sequences), and whether a bare mention is ambiguous (an ordinary
/// word or a person's name: then only parentheses, bylines and "the AP"
/// forms count).
struct Agency {
    name: &'static str,
    spellings: &'static [&'static [&'static str]],
    ambiguous: bool,
}

const AGENCIES: &[Agency] = &[
    Agency {
        name: "AFP",
        spellings: &[
            &["AFP"],
            &["Agence", "France", "Presse"],
            &["Agence", "France-Presse"],
        ],
        ambiguous: false,
    },
    Agency {
        name: "Associated Press",
        spellings: &[&["Associated", "Press"], &["AP"]],
        ambiguous: false,
    },
    Agency {
        name: "Reuters",
        spellings: &[&["Reuters"], &["Thomson", "Reuters"]],
        ambiguous: false,
    },
    Agency {
        name: "Bloomberg",
        spellings: &[&["Bloomberg", "News"], &["Bloomberg"]],
        ambiguous: true,
    },
    Agency {
        name: "dpa",
        spellings: &[&["dpa"], &["Deutsche", "Presse-Agentur"]],
        ambiguous: false,
    },
    Agency {
        name: "Xinhua",
        spellings: &[&["Xinhua", "News", "Agency"], &["Xinhua"]],
        ambiguous: false,
    },
    Agency {
        name: "EFE",
        spellings: &[&["EFE"]],
        ambiguous: false,
    },
    Agency {
        name: "ANSA",
        spellings: &[&["ANSA"]],
        ambiguous: false,
    },
    Agency {
        name: "Kyodo",
        spellings: &[&["Kyodo", "News"], &["Kyodo"]],
        ambiguous: false,
    },
    Agency {
        name: "Yonhap",
        spellings: &[&["Yonhap"]],
        ambiguous: false,
    },
    Agency {
        name: "TASS",
        spellings: &[&["TASS"], &["Tass"]],
        ambiguous: false,
    },
    Agency {
        name: "Interfax",
        spellings: &[&["Interfax"]],
        ambiguous: false,
    },
    Agency {
        name: "Press Trust of India",
        spellings: &[&["Press", "Trust", "of", "India"], &["PTI"]],
        ambiguous: false,
    },
    Agency {
        name: "ANI",
        spellings: &[&["ANI"]],
        ambiguous: true,
    },
    Agency {
        name: "UPI",
        spellings: &[&["United", "Press", "International"], &["UPI"]],
        ambiguous: false,
    },
    Agency {
        name: "Anadolu Agency",
        spellings: &[&["Anadolu", "Agency"], &["Anadolu"]],
        ambiguous: false,
    },
    Agency {
        name: "Press Association",
        spellings: &[&["Press", "Association"], &["PA", "Media"], &["PA"]],
        ambiguous: true,
    },
    Agency {
        name: "Canadian Press",
        spellings: &[&["Canadian", "Press"]],
        ambiguous: false,
    },
    Agency {
        name: "Australian Associated Press",
        spellings: &[&["Australian", "Associated", "Press"], &["AAP"]],
        ambiguous: true,
    },
];

/// Words that, right before an agency's name, make it the source of what is
/// reported ("reported AFP", "told Reuters", "according to AP").
const CUES_BEFORE: &[&[&str]] = &[
    &["reported"],
    &["reports"],
    &["reporting"],
    &["told"],
    &["telling"],
    &["according", "to"],
    &["quoted", "by"],
    &["cited", "by"],
    &["interview", "with"],
    &["speaking", "to"],
    &["spoke", "to"],
    &["said", "to"],
    &["per"],
    &["via"],
    &["wrote"],
];

/// Words that, right after an agency's name, do the same ("AFP reported").
const CUES_AFTER: &[&str] = &[
    "reported", "reports", "said", "says", "quoted", "cited", "wrote", "learned", "found",
];

/// Words that may sit between a cue and the agency's name ("told the
/// French news agency AFP", "the Associated Press reported").
const FILLERS: &[&str] = &[
    "the", "news", "agency", "wire", "service", "French", "British",
];

/// What a credit vouches for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CreditScope {
    /// A dateline, byline or "contributed to this report": the whole article.
    Article,
    /// A reporting phrase: the sentence it is in.
    Sentence,
}

impl CreditScope {
    /// The name in the JSON contract: "article" or "sentence".
    pub fn name(self) -> &'static str {
        match self {
            CreditScope::Article => "article",
            CreditScope::Sentence => "sentence",
        }
    }
}

/// An agency credited by an article (`documents[i].credits` in the JSON
/// contract). Offsets are UTF-8 byte offsets into the article's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credit {
    /// The agency as shown ("AFP", "Associated Press", "Reuters", …).
    pub agency: String,
    /// Where the credit's words are ("reported AFP", "(Reuters)").
    pub start: usize,
    pub end: usize,
    /// What the credit vouches for: the whole article or its sentence.
    pub scope: CreditScope,
    /// The text it vouches for (the whole article, or the sentence).
    pub scope_start: usize,
    pub scope_end: usize,
}

/// Every agency credit in `text`, in text order.
pub fn credits(text: &str) -> Vec<Credit> {
    credits_in_words(text, &tokens(text))
}

/// [`credits`] from the text's words ([`tokens`]), for a caller that has them.
pub fn credits_in_words(text: &str, words: &[Token]) -> Vec<Credit> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((agency, len)) = agency_at(text, words, i) else {
            i += 1;
            continue;
        };
        if let Some(credit) = credit_at(text, words, i, len, agency) {
            found.push(credit);
        }
        i += len;
    }
    found
}

/// The agency whose spelling starts at word `i`, and its length in words
/// (the longest spelling wins; between equal lengths, the first listed).
fn agency_at(text: &str, words: &[Token], i: usize) -> Option<(&'static Agency, usize)> {
    // Every spelling starts with a capital or "dpa": most words are out at once.
    let first = words[i].word(text);
    let initial = first.as_bytes()[0];
    if !initial.is_ascii_uppercase() && initial != b'd' {
        return None;
    }
    // Then the word's key among the first words' keys (case aside, equal
    // words have equal keys): credits were 4% of the seeds' work without it.
    static FIRST_WORD_KEYS: OnceLock<Vec<u64>> = OnceLock::new();
    let first_word_keys = FIRST_WORD_KEYS.get_or_init(|| {
        AGENCIES
            .iter()
            .flat_map(|agency| agency.spellings)
            .map(|spelling| crate::text::word_key(spelling[0]))
            .collect()
    });
    if !first_word_keys.contains(&words[i].key) {
        return None;
    }
    let mut best: Option<(&'static Agency, usize)> = None;
    for agency in AGENCIES {
        for spelling in agency.spellings {
            // First word by length and letter before any string comparison:
            // credits were 7% of a PolNeAR analysis's work without this.
            let head = spelling[0].as_bytes();
            if head.len() != first.len() || head[0] != initial {
                continue;
            }
            let fits = spelling.len() <= words.len() - i
                && spelling
                    .iter()
                    .zip(&words[i..])
                    .all(|(s, w)| w.word(text) == *s);
            if fits && best.is_none_or(|(_, len)| spelling.len() > len) {
                best = Some((agency, spelling.len()));
            }
        }
    }
    best
}

fn credit_at(
    text: &str,
    words: &[Token],
    i: usize,
    len: usize,
    agency: &'static Agency,
) -> Option<Credit> {
    let first = words[i];
    let last = words[i + len - 1];
    // A name that is also a word or a person is ambiguous when bare
    // ("Bloomberg"), not in full ("Bloomberg News").
    let ambiguous = agency.ambiguous && len == 1;
    let before = &text[..first.start()];
    let after = &text[last.end()..];
    let line = line_around(text, first.start());
    let whole = |span: Span| Credit {
        agency: agency.name.to_string(),
        start: span.start,
        end: span.end,
        scope: CreditScope::Article,
        scope_start: 0,
        scope_end: text.len(),
    };
    // "(Reuters) —", "KABUL, Afghanistan (AP) -": a dateline.
    let in_parens = before.ends_with('(') && after.starts_with(')');
    if in_parens {
        let rest = after[1..].trim_start_matches([' ', '\u{a0}']);
        let span = Span {
            start: first.start() - 1,
            end: last.end() + 1,
        };
        if rest.starts_with(['—', '–', '-', ':']) {
            return Some(whole(span));
        }
        return Some(sentence_credit(text, agency, span));
    }
    // "— AFP", "By Jane Roe, Associated Press", "Reporting by Reuters" alone on a line.
    if is_byline(&text[line.start..line.end], first.start() - line.start) {
        return Some(whole(Span {
            start: line.start,
            end: line.end,
        }));
    }
    // "Reuters contributed to this report", "… of the Associated Press contributed".
    let next: Vec<&str> = words[i + len..]
        .iter()
        .take(5)
        .map(|w| w.word(text))
        .collect();
    if next.first() == Some(&"contributed")
        || (next.starts_with(&["staff"]) && next.get(1) == Some(&"contributed"))
    {
        return Some(whole(Span {
            start: first.start(),
            end: words[i + len].end(),
        }));
    }
    // Skip fillers backwards ("told the French news agency AFP").
    let mut j = i;
    while j > 0 && FILLERS.contains(&words[j - 1].word(text)) {
        j -= 1;
    }
    let the_before = j < i && words[j].word(text) == "the";
    for cue in CUES_BEFORE {
        if j >= cue.len()
            && cue
                .iter()
                .zip(&words[j - cue.len()..j])
                .all(|(c, w)| crate::case::lower(w.word(text)) == *c)
            && no_break_between(text, words[j - cue.len()].start(), first.start())
        {
            let span = Span {
                start: words[j - cue.len()].start(),
                end: last.end(),
            };
            return (!ambiguous || the_before).then(|| sentence_credit(text, agency, span));
        }
    }
    // "AFP reported", "the Associated Press reported", "Reuters news agency said".
    let mut k = i + len;
    while k < words.len() && FILLERS.contains(&words[k].word(text)) && k < i + len + 3 {
        k += 1;
    }
    if k < words.len()
        && CUES_AFTER.contains(&words[k].word(text))
        && no_break_between(text, last.end(), words[k].start())
        && (!ambiguous || the_before)
    {
        let span = Span {
            start: if the_before {
                words[j].start()
            } else {
                first.start()
            },
            end: words[k].end(),
        };
        return Some(sentence_credit(text, agency, span));
    }
    None
}

fn sentence_credit(text: &str, agency: &'static Agency, span: Span) -> Credit {
    let sentence = sentence_around(text, span);
    Credit {
        agency: agency.name.to_string(),
        start: span.start,
        end: span.end,
        scope: CreditScope::Sentence,
        scope_start: sentence.start,
        scope_end: sentence.end,
    }
}

/// No sentence or line break between `from` and `to` (words, spaces,
/// commas and quote marks only).
fn no_break_between(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to)
        .is_some_and(|gap| !gap.contains(['.', '!', '?', ';', ':', '\n', '\r', '(', ')']))
}

/// The line (without its line break) holding byte `at`.
fn line_around(text: &str, at: usize) -> Span {
    let start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let end = text[at..].find(['\n', '\r']).map_or(text.len(), |p| at + p);
    Span { start, end }
}

/// A line that is only a credit: "— AFP", "-- Reuters", "By Jane Roe,
/// Associated Press", "Reporting by AFP". `at` is where the agency's name
/// starts in `line`.
fn is_byline(line: &str, at: usize) -> bool {
    let head = line[..at].trim_start_matches([' ', '\u{a0}', '\t']);
    let words = line.split_whitespace().count();
    if words > 9 {
        return false;
    }
    let dashed = head.starts_with(['—', '–', '-'])
        && head.trim_start_matches(['—', '–', '-', ' ']).is_empty();
    let by = head.starts_with("By ") || head.starts_with("Reporting by ");
    let alone = head.is_empty() && words <= 4;
    let tail_clean = !line.trim_end().ends_with(['.', '?', '!', ',', ':', ';'])
        || line.trim_end().ends_with("Press.")
        || line.trim_end().ends_with("Reuters.");
    (dashed || by || alone) && tail_clean
}

/// The sentence holding `span`: back to the end of the previous sentence (or
/// a line break), on to the end of this one.
fn sentence_around(text: &str, span: Span) -> Span {
    let bytes = text.as_bytes();
    let mut start = span.start;
    while start > 0 {
        let b = bytes[start - 1];
        if b == b'\n' {
            break;
        }
        if matches!(b, b'.' | b'!' | b'?')
            && bytes.get(start).is_some_and(|c| c.is_ascii_whitespace())
            && !is_abbreviation(text, start - 1)
        {
            break;
        }
        start -= 1;
    }
    while start < span.start && text.as_bytes()[start].is_ascii_whitespace() {
        start += 1;
    }
    let mut end = span.end;
    while end < bytes.len() {
        let b = bytes[end];
        if b == b'\n' || b == b'\r' {
            break;
        }
        if matches!(b, b'.' | b'!' | b'?') && !is_abbreviation(text, end) {
            end += 1;
            break;
        }
        end += 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Span { start, end }
}

/// A full stop at `dot` that ends an abbreviation or initial ("U.S.", "Mr.",
/// "J."), not a sentence: the quote scanner's list (`data/abbreviations.txt`).
fn is_abbreviation(text: &str, dot: usize) -> bool {
    if text.as_bytes()[dot] != b'.' {
        return false;
    }
    let word_start = text[..dot]
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric() && c != '.')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &text[word_start..dot];
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    word.contains('.')
        || (letters == 1 && word.chars().all(char::is_uppercase))
        || Lexicon::get()
            .abbreviations
            .contains(&crate::case::lower(word))
}

/// Words that an agency credits in one article and another article carries
/// (`carried` in the JSON contract).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Carried {
    /// The agency as shown ("AFP").
    pub agency: String,
    /// The kind of the shared passages (copied reporting or the same quote).
    pub kind: PassageKind,
    /// Where the words are, in the articles that credit the agency for them.
    pub credited: Vec<DocSpan>,
    /// Where the same words are in articles that give no credit to that agency.
    pub uncredited: Vec<DocSpan>,
}

/// Carry the documents' credits across `passages`, given in the analysis's
/// order with the numbers of their two documents: `credits[i]` and `ids[i]`
/// are document i's. One entry per agency and stretch of words, credited
/// somewhere and carried without that credit elsewhere.
pub fn carry<'p>(
    credits: &[Vec<Credit>],
    ids: &[&str],
    passages: impl IntoIterator<Item = (usize, usize, &'p Passage)>,
) -> Vec<Carried> {
    let mut carried: Vec<Carried> = Vec::new();
    for (a, b, passage) in passages {
        carry_passage(&mut carried, passage, &credits[a], &credits[b]);
    }
    finish(carried, |id| {
        ids.iter().position(|d| *d == id).unwrap_or(ids.len())
    })
}

/// Add what one passage carries to `carried`, given the credits of its two
/// documents (`a_credits` of `passage.a.doc`, `b_credits` of `passage.b.doc`).
/// Entries never join across agencies: the passages of each agency may be
/// carried apart (the Spark job does, keyed by agency) and the parts
/// [`finish`]ed together.
pub fn carry_passage(
    carried: &mut Vec<Carried>,
    passage: &Passage,
    a_credits: &[Credit],
    b_credits: &[Credit],
) {
    if passage.kind == PassageKind::Boilerplate || passage.a.doc == passage.b.doc {
        return;
    }
    for (xs, x_credits, ys, y_credits) in [
        (&passage.a, a_credits, &passage.b, b_credits),
        (&passage.b, b_credits, &passage.a, a_credits),
    ] {
        // A dateline vouches for the article's reporting, not for every
        // statement it quotes (a speech is heard by every outlet): the
        // same quote is carried only from a credit in its own sentence.
        let carries = |c: &&Credit| {
            vouches_for(c, xs)
                && (passage.kind == PassageKind::Copy || c.scope == CreditScope::Sentence)
        };
        for credit in x_credits.iter().filter(carries) {
            let y_credited = y_credits
                .iter()
                .any(|c| c.agency == credit.agency && vouches_for(c, ys));
            let entry = entry_for(carried, &credit.agency, xs, passage.kind);
            add_span(&mut entry.credited, xs);
            if y_credited {
                add_span(&mut entry.credited, ys);
            } else {
                add_span(&mut entry.uncredited, ys);
            }
        }
    }
}

/// The entries as reported: a document that both credits and carries
/// without credit (two passages) credits the agency; words every article
/// credits tell the reader nothing new (only words carried without credit
/// somewhere are kept). Spans are sorted by document (`doc_number` of its
/// id: the corpus order), then offsets; entries by their first credited
/// span, then agency name.
pub fn finish(mut carried: Vec<Carried>, doc_number: impl Fn(&str) -> usize) -> Vec<Carried> {
    let span_key = |s: &DocSpan| [doc_number(&s.doc) as u64, s.start as u64, s.end as u64, 0];
    for entry in &mut carried {
        let credited = entry.credited.clone();
        entry
            .uncredited
            .retain(|u| !credited.iter().any(|c| c.doc == u.doc && overlaps(c, u)));
        sort_by_numbers(&mut entry.credited, span_key);
        sort_by_numbers(&mut entry.uncredited, span_key);
    }
    carried.retain(|entry| !entry.uncredited.is_empty());
    // Agency names in byte order: the rank of a name among all of them.
    let agency_rank = |name: &str| AGENCIES.iter().filter(|a| a.name < name).count() as u64;
    sort_by_numbers(&mut carried, |entry| {
        let [doc, start, end, _] = span_key(&entry.credited[0]);
        [doc, start, end, agency_rank(&entry.agency)]
    });
    carried
}

/// The credit vouches for at least half of `span`.
fn vouches_for(credit: &Credit, span: &DocSpan) -> bool {
    let inside = span
        .end
        .min(credit.scope_end)
        .saturating_sub(span.start.max(credit.scope_start));
    inside * 2 >= span.end - span.start && span.end > span.start
}

fn overlaps(a: &DocSpan, b: &DocSpan) -> bool {
    a.doc == b.doc && a.start < b.end && b.start < a.end
}

/// The entry of `agency` whose credited words overlap `span`, or a new one.
fn entry_for<'c>(
    carried: &'c mut Vec<Carried>,
    agency: &str,
    span: &DocSpan,
    kind: PassageKind,
) -> &'c mut Carried {
    let at = carried.iter().position(|c| {
        c.agency == agency
            && c.credited
                .iter()
                .chain(&c.uncredited)
                .any(|s| overlaps(s, span))
    });
    match at {
        Some(at) => &mut carried[at],
        None => {
            carried.push(Carried {
                agency: agency.to_string(),
                credited: Vec::new(),
                uncredited: Vec::new(),
                kind,
            });
            carried.last_mut().expect("just pushed")
        }
    }
}

/// Add `span` to `spans`, joined with a span of the same document it overlaps.
fn add_span(spans: &mut Vec<DocSpan>, span: &DocSpan) {
    if let Some(s) = spans.iter_mut().find(|s| overlaps(s, span)) {
        s.start = s.start.min(span.start);
        s.end = s.end.max(span.end);
    } else {
        spans.push(span.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agencies(text: &str) -> Vec<(String, CreditScope, String)> {
        credits(text)
            .into_iter()
            .map(|c| (c.agency, c.scope, text[c.start..c.end].to_string()))
            .collect()
    }

    #[test]
    fn datelines_and_bylines_credit_the_whole_article() {
        let text =
            "Storm hits coast\nMIAMI (AP) — A storm hit the coast on Monday.\nMore rain is due.";
        let found = credits(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].agency, "Associated Press");
        assert_eq!(found[0].scope, CreditScope::Article);
        assert_eq!((found[0].scope_start, found[0].scope_end), (0, text.len()));
        assert_eq!(agencies("LONDON (Reuters) - Prices rose.")[0].0, "Reuters");
        assert_eq!(
            agencies("Prices rose in May.\n— AFP")[0].1,
            CreditScope::Article
        );
        assert_eq!(
            agencies("Prices rose in May.\nBy Jane Roe, Associated Press")[0].1,
            CreditScope::Article
        );
        assert_eq!(
            agencies("Prices rose. Reuters contributed to this report.")[0].1,
            CreditScope::Article
        );
    }

    #[test]
    fn reporting_phrases_credit_their_sentence() {
        let text = "Rain fell. \"We are ready,\" the mayor said in a statement, reported AFP. Then it stopped.";
        let found = credits(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].agency, "AFP");
        assert_eq!(&text[found[0].start..found[0].end], "reported AFP");
        assert_eq!(
            &text[found[0].scope_start..found[0].scope_end],
            "\"We are ready,\" the mayor said in a statement, reported AFP."
        );
        for (text, agency) in [
            (
                "The Associated Press reported that the dam held.",
                "Associated Press",
            ),
            ("The dam held, according to Reuters.", "Reuters"),
            (
                "An official told the French news agency AFP that the dam held.",
                "AFP",
            ),
            ("The dam held, Xinhua news agency reported.", "Xinhua"),
            (
                "The dam held, the official was quoted by Kyodo as saying.",
                "Kyodo",
            ),
            (
                "The dam held, the AP reported on Monday.",
                "Associated Press",
            ),
            (
                "The dam held, an official told Bloomberg News.",
                "Bloomberg",
            ),
        ] {
            let found = credits(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].agency, agency, "{text}");
            assert_eq!(found[0].scope, CreditScope::Sentence, "{text}");
        }
    }

    #[test]
    fn abbreviations_do_not_end_the_credited_sentence() {
        let text = "First. The U.S. Army said the bridge was open, Mr. Roe told Reuters. Next.";
        let found = credits(text);
        assert_eq!(
            &text[found[0].scope_start..found[0].scope_end],
            "The U.S. Army said the bridge was open, Mr. Roe told Reuters."
        );
    }

    #[test]
    fn never_splits_a_character() {
        let text =
            "He said “U.S. forces left.” The dam held, “Mr. Roe” told Reuters. É. Ü told AFP.";
        for c in credits(text) {
            assert!(text.is_char_boundary(c.scope_start) && text.is_char_boundary(c.scope_end));
        }
        assert_eq!(credits(text).len(), 2);
    }

    #[test]
    fn a_name_that_is_also_a_person_or_a_word_needs_a_credit_form() {
        // Michael Bloomberg is not the agency; "PA" and "AP" in running text are not credits.
        assert!(credits("Michael Bloomberg said he would run.").is_empty());
        assert!(credits("Mayor Bloomberg reported a surplus.").is_empty());
        assert!(credits("The PA system failed. He took AP History.").is_empty());
        assert!(credits("A Reuters photographer was there.").is_empty());
        assert!(credits("No agency here at all.").is_empty());
    }

    fn passage(a: (&str, usize, usize), b: (&str, usize, usize), kind: PassageKind) -> Passage {
        Passage {
            a: DocSpan::new(a.0, a.1, a.2),
            b: DocSpan::new(b.0, b.1, b.2),
            similarity: 1.0,
            kind,
        }
    }

    /// Carry the credits of `texts` (named by `ids`) across `passages`.
    fn carried(ids: &[&str], texts: &[&str], passages: &[Passage]) -> Vec<Carried> {
        let all: Vec<Vec<Credit>> = texts.iter().map(|t| credits(t)).collect();
        let number = |id: &str| ids.iter().position(|d| *d == id).unwrap();
        carry(
            &all,
            ids,
            passages
                .iter()
                .map(|p| (number(&p.a.doc), number(&p.b.doc), p)),
        )
    }

    #[test]
    fn credited_words_carried_elsewhere_are_likely_from_the_agency() {
        let x = "Intro. \"The bridge is open again,\" the minister said, reported AFP.";
        let y = "\"The bridge is open again,\" the minister said on Monday.";
        let z = "Other news. Officials said the bridge is open again.";
        let xs = x.find("The bridge").unwrap();
        let ys = y.find("The bridge").unwrap();
        let carried = carried(
            &["x", "y", "z"],
            &[x, y, z],
            &[passage(
                ("x", xs, xs + 25),
                ("y", ys, ys + 25),
                PassageKind::Quote,
            )],
        );
        assert_eq!(carried.len(), 1);
        assert_eq!(carried[0].agency, "AFP");
        assert_eq!(
            carried[0].credited,
            vec![DocSpan {
                doc: "x".into(),
                start: xs,
                end: xs + 25
            }]
        );
        assert_eq!(
            carried[0].uncredited,
            vec![DocSpan {
                doc: "y".into(),
                start: ys,
                end: ys + 25
            }]
        );
    }

    #[test]
    fn a_dateline_carries_copied_reporting_but_not_a_quoted_statement() {
        let x = "PARIS (AFP) - The bridge is open again after the storm, officials said. \"We are proud,\" the mayor said.";
        let y = "The bridge is open again after the storm, officials said. \"We are proud,\" the mayor told reporters.";
        let copy = passage(("x", 14, 71), ("y", 0, 57), PassageKind::Copy);
        let quote = passage(("x", 73, 85), ("y", 59, 71), PassageKind::Quote);
        let carried = carried(&["x", "y"], &[x, y], &[copy, quote]);
        assert_eq!(carried.len(), 1, "{carried:?}");
        assert_eq!(carried[0].kind, PassageKind::Copy);
        assert_eq!(carried[0].uncredited[0].doc, "y");
    }

    #[test]
    fn nothing_is_said_without_a_credit_or_for_boilerplate() {
        let x = "The bridge is open again, the minister said.";
        let y = "The bridge is open again, the minister said on Monday.";
        let copy = passage(("x", 0, 24), ("y", 0, 24), PassageKind::Copy);
        assert!(carried(&["x", "y"], &[x, y], &[copy]).is_empty());
        let x = "LONDON (Reuters) - Follow us on Twitter for more news.";
        let y = "Follow us on Twitter for more news.";
        assert!(carried(
            &["x", "y"],
            &[x, y],
            &[passage(
                ("x", 19, 54),
                ("y", 0, 35),
                PassageKind::Boilerplate,
            )]
        )
        .is_empty());
    }

    #[test]
    fn words_every_article_credits_are_not_reported() {
        let x = "PARIS (AFP) - The bridge is open again after the storm.";
        let y = "ROME (AFP) - The bridge is open again after the storm.";
        assert!(carried(
            &["x", "y"],
            &[x, y],
            &[passage(("x", 14, 55), ("y", 13, 54), PassageKind::Copy)]
        )
        .is_empty());
    }
}
