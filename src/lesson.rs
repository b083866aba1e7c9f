//! The guided lesson (`#/lesson`, `#/lesson/<step>`): up to six steps made
//! from the analysis of whatever corpus is loaded, never written for one
//! corpus. Each step is a finding with its passage or quote marked in the
//! article text, a question for the class, and an answer for the teacher.
//! A step whose finding the corpus does not have is left out:
//!
//! 1. how much is shared: the article that is least its own, its copied passages marked;
//! 2. one copied passage side by side with its edits (the most edited of the longest);
//! 3. one statement in two wordings (two quotes of one utterance that differ most);
//! 4. which article credits its source: words one article credits to a news
//!    agency and others carry with no credit (`Analysis::carried`; never an
//!    agency that no article names);
//! 5. one quote given to different speakers (an utterance with a speaker or
//!    same-source conflict);
//! 6. what each outlet added on its own (its longest paragraph shared with no article).
//!
//! The view shows one step with Back and Next (real buttons; the step heading
//! takes focus, an `aria-live` counter says "Step 2 of 5"). The handout, all
//! steps and a teacher page with the answers, is in the page too, shown only
//! when printing (`@media print` in style.css).

use std::ops::Range;

use leptos::prelude::*;
use wirelens::reuse::{word_diff, DiffKind, DiffOp};
use wirelens::{ConflictKind, PassageKind, Quote};

use crate::app::{navigate, use_state};
use crate::diff::{is_spelling_variant, side_pieces, PieceKind, Side};
use crate::html::Html;
use crate::model::{clip, percent, valid_span, Model};
use crate::route::Route;
use crate::segments::paragraphs;
use crate::summary::plural;

/// One step of the lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// What the step is about, for tests and styling: "shared", "edits",
    /// "wordings", "speakers", "own".
    pub key: &'static str,
    pub title: String,
    pub finding: String,
    /// Articles with the words of the finding marked in place.
    pub excerpts: Vec<Excerpt>,
    /// A passage shown side by side, word by word: (article, span) twice.
    pub diff: Option<[(usize, Range<usize>); 2]>,
    pub question: String,
    pub answer: String,
}

/// An article with some of its text marked: each mark a byte range and its CSS class.
#[derive(Debug, Clone, PartialEq)]
pub struct Excerpt {
    pub doc: usize,
    pub marks: Vec<(Range<usize>, String)>,
}

/// The lesson's steps for this corpus, in teaching order.
pub fn lesson_steps(model: &Model) -> Vec<Step> {
    [
        shared(model),
        edits(model),
        wordings(model),
        credits(model),
        speakers(model),
        own(model),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn names(model: &Model, docs: &[usize]) -> String {
    let ids: Vec<&str> = docs.iter().map(|&d| model.short_ids[d].as_str()).collect();
    match ids.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => ids.join(""),
    }
}

/// Step 1: how much of the articles is copied reporting, shown on the article least its own.
fn shared(model: &Model) -> Option<Step> {
    let copies = |d: usize| {
        model.occurrences[d]
            .iter()
            .filter(move |o| o.kind == PassageKind::Copy && o.other_doc != d)
    };
    let docs = &model.analysis.documents;
    let doc = (0..docs.len())
        .filter(|&d| copies(d).next().is_some())
        .min_by_key(|&d| (per_10k(docs[d].original_share), d))?;
    let total: usize = docs.iter().map(|d| d.bytes).sum();
    let copied: f64 = docs
        .iter()
        .map(|d| (1.0 - d.original_share) * d.bytes as f64)
        .sum();
    let mut others: Vec<usize> = copies(doc).map(|o| o.other_doc).collect();
    others.sort_unstable();
    others.dedup();
    let marks = copies(doc)
        .map(|o| (o.span.clone(), format!("wl-reuse wl-c{}", o.other_doc % 8)))
        .collect();
    let id = &model.short_ids[doc];
    let with: Vec<String> = others
        .iter()
        .map(|&o| {
            format!(
                "{}% of {id} is also in {}",
                percent(model.pair_share[doc][o]),
                model.short_ids[o]
            )
        })
        .collect();
    Some(Step {
        key: "shared",
        title: "How much of these articles is shared?".into(),
        finding: format!(
            "Of all the text in these {}, {}% is copied reporting that another of them also prints. \
             {id} is the least its own: only {}% of it is found in no other article. \
             Its copied passages are marked, in the colour of the article that shares them.",
            plural(docs.len(), "article", "articles"),
            percent(copied / total.max(1) as f64),
            percent(docs[doc].original_share),
        ),
        excerpts: vec![Excerpt { doc, marks }],
        diff: None,
        question: format!(
            "The marked passages of {id} appear, word for word or lightly edited, in other articles. \
             Where could text that several outlets print come from, and should their readers be told?"
        ),
        answer: format!(
            "{}. Text that many outlets print usually comes from a news agency's wire or from one \
             outlet's earlier story; an article should say so, and a reader can check whether it does.",
            with.join("; ")
        ),
    })
}

fn per_10k(share: f64) -> u32 {
    (share.clamp(0.0, 1.0) * 10_000.0) as u32
}

/// Step 2: one copied passage and its edits: of the twenty longest, the
/// most edited one where at most a sixth of the words differ (similarity at
/// least 0.83: a lightly edited copy reads best), else the most similar.
fn edits(model: &Model) -> Option<Step> {
    let mut copies: Vec<usize> = (0..model.analysis.passages.len())
        .filter(|&p| {
            let p = &model.analysis.passages[p];
            p.kind == PassageKind::Copy && p.a.doc != p.b.doc
        })
        .collect();
    crate::order::sort_by_numbers(&mut copies, |&p| {
        let p = &model.analysis.passages[p];
        [usize::MAX - (p.a.end - p.a.start), p.a.start, 0]
    });
    let score = |s: f64| {
        let s = per_10k(s);
        if s >= 8_300 {
            20_000 - s
        } else {
            s
        }
    };
    let p = copies
        .into_iter()
        .take(20)
        .map(|p| &model.analysis.passages[p])
        .filter(|p| {
            [&p.a, &p.b].iter().all(|s| {
                model
                    .doc_index(&s.doc)
                    .is_some_and(|d| valid_span(&model.docs[d].text, &(s.start..s.end)))
            })
        })
        .min_by_key(|p| u32::MAX - score(p.similarity))?;
    let (a, b) = (model.doc_index(&p.a.doc)?, model.doc_index(&p.b.doc)?);
    let sides = [(a, p.a.start..p.a.end), (b, p.b.start..p.b.end)];
    let changes = changes(
        &model.docs[a].text[sides[0].1.clone()],
        &model.docs[b].text[sides[1].1.clone()],
    );
    let count = changes.len();
    let b = sides[1].0;
    let (ia, ib) = (&model.short_ids[a], &model.short_ids[b]);
    let answer = if changes.is_empty() {
        format!("{ib} prints the passage of {ia} word for word.")
    } else {
        let mut listed: Vec<String> = changes.into_iter().take(6).collect();
        if count > listed.len() {
            listed.push(format!("{} more", count - listed.len()));
        }
        format!(
            "{} between {ia} and {ib}: {}. Small edits (a word, a spelling, a shorter sentence) \
             are what copy looks like when an outlet adapts a wire story.",
            plural(count, "difference", "differences"),
            listed.join("; ")
        )
    };
    Some(Step {
        key: "edits",
        title: "One passage, two outlets".into(),
        finding: format!(
            "This passage of {ia} is also in {ib}, edited in {}. Words that differ are marked: \
             changed, a spelling variant, or only on one side.",
            plural(count, "place", "places")
        ),
        excerpts: Vec::new(),
        diff: Some(sides),
        question: format!(
            "Read the two versions word by word. What did {ib} change, and does any change alter what the reader learns?"
        ),
        answer,
    })
}

/// The differences of `b` from `a`, runs of words of one kind together,
/// written for the teacher ("“x” became “y”", "“z w” added").
fn changes(a: &str, b: &str) -> Vec<String> {
    let ops = word_diff(a, b);
    let mut runs: Vec<DiffOp> = Vec::new();
    for op in ops {
        match runs.last_mut() {
            Some(run) if run.kind == op.kind && op.kind != DiffKind::Same => {
                run.a = join(run.a.take(), op.a);
                run.b = join(run.b.take(), op.b);
            }
            _ => runs.push(op),
        }
    }
    runs.into_iter()
        .filter_map(|DiffOp { kind, a: ra, b: rb }| {
            let clipped = |r: Range<usize>, t: &str| t.get(r).map(|w| clip(w, 50));
            let (wa, wb) = (
                ra.and_then(|r| clipped(r, a)),
                rb.and_then(|r| clipped(r, b)),
            );
            match (kind, wa, wb) {
                (DiffKind::Changed, Some(x), Some(y)) => Some(format!("“{x}” became “{y}”")),
                (DiffKind::Inserted, _, Some(y)) => Some(format!("“{y}” added")),
                (DiffKind::Deleted, Some(x), _) => Some(format!("“{x}” dropped")),
                _ => None,
            }
        })
        .collect()
}

fn join(a: Option<Range<usize>>, b: Option<Range<usize>>) -> Option<Range<usize>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.start.min(b.start)..a.end.max(b.end)),
        (a, b) => a.or(b),
    }
}

/// Same words, and words replaced by others, of two quotes (spelling
/// variants count as the same): words only one side has count as replaced
/// only as far as the other side has words of its own too, so a quote and a
/// longer one that contains it are not two wordings.
fn wording_difference(a: &str, b: &str) -> (usize, usize) {
    let (mut same, mut only_a, mut only_b) = (0, 0, 0);
    for op in word_diff(a, b) {
        match (
            op.kind,
            op.a.and_then(|r| a.get(r)),
            op.b.and_then(|r| b.get(r)),
        ) {
            (DiffKind::Same, ..) => same += 1,
            (DiffKind::Changed, Some(x), Some(y)) if is_spelling_variant(x, y) => same += 1,
            (DiffKind::Deleted, ..) => only_a += 1,
            (DiffKind::Inserted, ..) => only_b += 1,
            _ => {
                only_a += 1;
                only_b += 1;
            }
        }
    }
    (same, only_a.min(only_b))
}

/// The quotes of an utterance in the corpus (at most twelve, in order).
fn utterance_quotes<'m>(model: &'m Model, ids: &[usize]) -> Vec<&'m Quote> {
    ids.iter()
        .filter_map(|&id| model.quote(id))
        .filter(|q| {
            model
                .doc_index(&q.doc)
                .is_some_and(|d| valid_span(&model.docs[d].text, &(q.start..q.end)))
        })
        .take(12)
        .collect()
}

fn quote_excerpt(model: &Model, quote: &Quote, with_mention: bool) -> Excerpt {
    let doc = model.doc_index(&quote.doc).unwrap_or(0);
    let mut marks = vec![(
        quote.start..quote.end,
        format!("wl-shared-quote wl-c{}", doc % 8),
    )];
    if let Some(m) = quote.mention.filter(|_| with_mention) {
        marks.push((m.start..m.end, "wl-lesson-who".to_string()));
    }
    Excerpt { doc, marks }
}

/// Step 3: the same statement in two wordings: of the statements quoted in
/// the most articles, the two quotes in different articles whose words differ most.
fn wordings(model: &Model) -> Option<Step> {
    // ((articles quoting it, words that differ), the two quotes, the utterance's quotes)
    #[allow(clippy::type_complexity)]
    let mut best: Option<((usize, usize), &Quote, &Quote, Vec<&Quote>)> = None;
    for utterance in &model.analysis.utterances {
        let quotes = utterance_quotes(model, &utterance.quotes);
        let mut docs: Vec<&str> = quotes.iter().map(|q| q.doc.as_str()).collect();
        docs.dedup();
        for (i, x) in quotes.iter().enumerate() {
            for y in &quotes[i + 1..] {
                let words = |q: &&Quote| q.text.split_whitespace().count();
                if x.doc == y.doc || words(x).min(words(y)) < 6 {
                    continue;
                }
                let (same, differ) = wording_difference(&x.text, &y.text);
                let score = (docs.len(), differ);
                if same >= 3 && differ >= 2 && best.as_ref().is_none_or(|b| score > b.0) {
                    best = Some((score, x, y, quotes.clone()));
                }
            }
        }
    }
    let ((_, differ), x, y, quotes) = best?;
    // Which articles use which wording: each quote goes with the closer one.
    let (mut first, mut second): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    for q in &quotes {
        let Some(d) = model.doc_index(&q.doc) else {
            continue;
        };
        let side =
            if wording_difference(&q.text, &x.text).1 <= wording_difference(&q.text, &y.text).1 {
                &mut first
            } else {
                &mut second
            };
        if !side.contains(&d) {
            side.push(d);
        }
    }
    first.sort_unstable();
    second.sort_unstable();
    let (dx, dy) = (excerpt_doc(model, x), excerpt_doc(model, y));
    let speaker = x.speaker.clone().or(y.speaker.clone());
    let who = speaker.as_deref().unwrap_or("the same speaker");
    Some(Step {
        key: "wordings",
        title: "One statement, two wordings".into(),
        finding: format!(
            "{} and {} quote {who} saying the same thing in different words: {} of the quoted words are replaced by others.",
            model.short_ids[dx], model.short_ids[dy], differ
        ),
        excerpts: vec![quote_excerpt(model, x, false), quote_excerpt(model, y, false)],
        diff: None,
        question: "Both articles quote the same statement, yet the words are not the same. \
                   How can that happen, and which version would you quote?"
            .into(),
        answer: format!(
            "One wording is in {}, the other in {}. A statement made in another language reaches \
             each outlet through a translation; different wordings usually mean different \
             translations, so different sources, not that the speaker said both.",
            names(model, &first),
            names(model, &second)
        ),
    })
}

fn excerpt_doc(model: &Model, quote: &Quote) -> usize {
    model.doc_index(&quote.doc).unwrap_or(0)
}

/// Step 4: which article credits its source: of the words that articles
/// credit to a news agency and others carry with no credit, those carried
/// by the most articles. The credited words and the credit are marked in the
/// articles that give it, the same words in those that do not. Left out when
/// no article credits words another carries: no agency is ever guessed.
fn credits(model: &Model) -> Option<Step> {
    let docs_of = |spans: &[wirelens::DocSpan]| {
        let mut docs: Vec<usize> = spans
            .iter()
            .filter_map(|s| model.doc_index(&s.doc))
            .collect();
        docs.dedup();
        docs
    };
    let carried = model
        .analysis
        .carried
        .iter()
        .min_by_key(|c| usize::MAX - docs_of(&c.uncredited).len())?;
    let agency = carried.agency.as_str();
    let mut excerpts: Vec<Excerpt> = Vec::new();
    for (spans, credited) in [(&carried.credited, true), (&carried.uncredited, false)] {
        for span in spans.iter() {
            let Some(doc) = model.doc_index(&span.doc) else {
                continue;
            };
            let range = span.start..span.end;
            if !valid_span(&model.docs[doc].text, &range) {
                continue;
            }
            let class = if credited {
                "wl-lesson-own"
            } else {
                "wl-reuse"
            };
            let mut marks = vec![(range.clone(), format!("{class} wl-c{}", doc % 8))];
            if credited {
                for c in &model.analysis.documents[doc].credits {
                    if c.agency == agency && c.scope_start < range.end && range.start < c.scope_end
                    {
                        marks.push((c.start..c.end, "wl-lesson-credit".to_string()));
                    }
                }
            }
            match excerpts.iter_mut().find(|e| e.doc == doc) {
                Some(e) => e.marks.extend(marks),
                None => excerpts.push(Excerpt { doc, marks }),
            }
        }
    }
    let (credited, uncredited) = (docs_of(&carried.credited), docs_of(&carried.uncredited));
    let verb = |docs: &[usize], one: &'static str, many: &'static str| {
        if docs.len() == 1 {
            one
        } else {
            many
        }
    };
    let (credit, carry, say) = (
        verb(&credited, "credits", "credit"),
        verb(&uncredited, "carries", "carry"),
        verb(&credited, "says", "say"),
    );
    let (credited, uncredited) = (names(model, &credited), names(model, &uncredited));
    if excerpts.is_empty() {
        return None;
    }
    Some(Step {
        key: "credits",
        title: "Which article credits its source?".into(),
        finding: format!(
            "{credited} {credit} {agency} for the marked words; the credit itself is boxed. \
             {uncredited} {carry} the same words with no credit to {agency}."
        ),
        excerpts,
        diff: None,
        question: format!(
            "Only {credited} {say} where these words came from. Why might the others leave \
             the source out, and how could a reader find it?"
        ),
        answer: format!(
            "Likely from {agency}: credited in {credited}, uncredited in {uncredited}. \
             Copying a wire story is normal; not naming the agency hides where the words came \
             from. Words that no article credits are given no source here: an agency is named \
             only where an article names it."
        ),
    })
}

/// Step 5: one quote given to different speakers (the strongest conflict:
/// different people first, then a spokesperson against their organisation).
fn speakers(model: &Model) -> Option<Step> {
    let utterance = model
        .analysis
        .utterances
        .iter()
        .filter(|u| {
            matches!(
                u.conflict_kind,
                Some(ConflictKind::Speaker | ConflictKind::SameSource)
            )
        })
        .min_by_key(|u| (u.conflict_kind, usize::MAX - u.quotes.len()))?;
    let quotes = utterance_quotes(model, &utterance.quotes);
    let x = quotes
        .iter()
        .filter(|q| q.speaker.is_some())
        .max_by_key(|q| q.end - q.start)?;
    let y = quotes
        .iter()
        .filter(|q| q.speaker.is_some() && q.speaker != x.speaker)
        .max_by_key(|q| (q.doc != x.doc, q.end - q.start))?;
    let (sx, sy) = (x.speaker.as_deref()?, y.speaker.as_deref()?);
    let (dx, dy) = (excerpt_doc(model, x), excerpt_doc(model, y));
    let same_source = utterance.conflict_kind == Some(ConflictKind::SameSource);
    let role = [sx, sy]
        .iter()
        .filter_map(|name| model.speaker_index(name))
        .find_map(|i| {
            let s = &model.analysis.speakers[i];
            s.role.as_ref().map(|r| format!("{} is “{r}”", s.name))
        });
    Some(Step {
        key: "speakers",
        title: "One quote, different speakers".into(),
        finding: format!(
            "The same words are given to {sx} in {} and to {sy} in {}. The words the quote is \
             attributed through are underlined.",
            model.short_ids[dx], model.short_ids[dy]
        ),
        excerpts: vec![quote_excerpt(model, x, true), quote_excerpt(model, y, true)],
        diff: None,
        question: "Who said these words? Does it matter whether an article names a person or the \
                   organisation they speak for?"
            .into(),
        answer: if same_source {
            format!(
                "The same source, reported two ways{}: one article names the person, the other \
                 the organisation they speak for. Naming only the organisation hides who spoke.",
                role.map(|r| format!(" ({r})")).unwrap_or_default()
            )
        } else {
            format!(
                "The articles disagree: nothing in them ties {sx} to {sy}. At most one can be \
                 right; trust the article that says how it knows."
            )
        },
    })
}

/// Step 6: what each outlet added on its own: per article, the longest
/// paragraph that shares nothing with any article, marked in the three
/// articles with the longest such paragraphs.
fn own(model: &Model) -> Option<Step> {
    if model.docs.len() < 2 {
        return None;
    }
    let mut found: Vec<(usize, Range<usize>)> = Vec::new();
    for (d, doc) in model.docs.iter().enumerate() {
        let shared: Vec<Range<usize>> = model.occurrences[d]
            .iter()
            .map(|o| o.span.clone())
            .collect();
        let longest = paragraphs(&doc.text, &shared)
            .into_iter()
            .skip(1) // the title
            .filter(|p| p.segments.iter().all(|s| s.marks.is_empty()))
            .map(|p| p.range)
            .filter(|r| doc.text[r.clone()].split_whitespace().count() >= 12)
            .max_by_key(|r| r.end - r.start);
        if let Some(range) = longest {
            found.push((d, range));
        }
    }
    if found.is_empty() {
        return None;
    }
    crate::order::sort_by_numbers(&mut found, |(d, r)| [usize::MAX - (r.end - r.start), *d, 0]);
    found.truncate(3);
    crate::order::sort_by_numbers(&mut found, |(d, _)| [*d, 0, 0]);
    let shares: Vec<String> = model
        .analysis
        .documents
        .iter()
        .enumerate()
        .map(|(d, s)| format!("{} {}%", model.short_ids[d], percent(s.original_share)))
        .collect();
    let marked: Vec<usize> = found.iter().map(|(d, _)| *d).collect();
    Some(Step {
        key: "own",
        title: "What each outlet added on its own".into(),
        finding: format!(
            "How much of each article is found in no other: {}. The marked paragraphs of {} \
             share nothing with any other article.",
            shares.join(", "),
            names(model, &marked)
        ),
        excerpts: found
            .into_iter()
            .map(|(doc, range)| Excerpt {
                doc,
                marks: vec![(range, "wl-lesson-own".to_string())],
            })
            .collect(),
        diff: None,
        question: "What does each article tell you that the others do not? Would you see the \
                   story differently if you had read only one of them?"
            .into(),
        answer: format!(
            "The marked paragraphs are each outlet's own reporting, background or comment. \
             The article with the most of its own is {}; compare what it adds with the copied \
             passages of step 1.",
            {
                let docs = &model.analysis.documents;
                let most = (0..docs.len())
                    .max_by_key(|&d| (per_10k(docs[d].original_share), usize::MAX - d))
                    .unwrap_or(0);
                model.short_ids[most].clone()
            }
        ),
    })
}

/// An article's paragraphs that hold a mark, with the marks in place and
/// "[…]" where paragraphs are left out; captioned with the article's name
/// and a link to it in the reader.
fn excerpt_html(html: &mut Html, model: &Model, excerpt: &Excerpt) {
    let doc = excerpt.doc;
    let text = &model.docs[doc].text;
    let ranges: Vec<Range<usize>> = excerpt.marks.iter().map(|(r, _)| r.clone()).collect();
    let first = ranges.first().cloned().unwrap_or(0..0);
    let href = if valid_span(text, &first) {
        Route::article_at(&model.short_ids[doc], first)
    } else {
        Route::article(&model.short_ids[doc])
    }
    .to_hash();
    html.open(
        "figure",
        &[
            ("class", Some("wl-excerpt")),
            ("data-testid", Some("lesson-excerpt")),
        ],
    )
    .open("figcaption", &[])
    .swatch(doc)
    .element("a", &[("href", Some(&href))], &model.label(doc))
    .close("figcaption")
    .open("div", &[("class", Some("wl-excerpt-text"))]);
    let mut gap = false;
    for paragraph in paragraphs(text, &ranges) {
        if paragraph.segments.iter().all(|s| s.marks.is_empty()) {
            gap = true;
            continue;
        }
        if gap {
            html.raw("<p class=\"wl-gap\">[…]</p>");
            gap = false;
        }
        html.open("p", &[]);
        for segment in &paragraph.segments {
            let words = &text[segment.range.clone()];
            match segment.marks.last() {
                None => {
                    html.text(words);
                }
                Some(&m) => {
                    html.element("mark", &[("class", Some(&excerpt.marks[m].1))], words);
                }
            }
        }
        html.close("p");
    }
    if gap {
        html.raw("<p class=\"wl-gap\">[…]</p>");
    }
    html.close("div").close("figure");
}

/// The edited passage's two sides in two columns (the side by side view's
/// classes), each headed by its article, linked to the reader, its words
/// marked same / changed / spelling variant / only on this side.
fn diff_columns(
    html: &mut Html,
    model: &Model,
    (left, span_left): (usize, Range<usize>),
    (right, span_right): (usize, Range<usize>),
) {
    let text_left = &model.docs[left].text[span_left.clone()];
    let text_right = &model.docs[right].text[span_right.clone()];
    let ops = word_diff(text_left, text_right);
    html.open("div", &[("class", Some("wl-columns"))]);
    for (side, doc, span, text) in [
        (Side::A, left, span_left, text_left),
        (Side::B, right, span_right, text_right),
    ] {
        let href = Route::article_at(&model.short_ids[doc], span).to_hash();
        html.open("div", &[("class", Some("wl-column"))])
            .open("p", &[("class", Some("wl-column-head"))])
            .swatch(doc)
            .element("a", &[("href", Some(&href))], &model.short_ids[doc])
            .close("p")
            .open("p", &[("class", Some("wl-column-text"))]);
        for piece in side_pieces(text_left, text_right, &ops, side) {
            let words = &text[piece.range];
            let class = match (piece.kind, side) {
                (PieceKind::Between, _) => {
                    html.text(words);
                    continue;
                }
                (PieceKind::Same, _) => "wl-w-same",
                (PieceKind::Changed, _) => "wl-w-changed",
                (PieceKind::Variant, _) => "wl-w-variant",
                (PieceKind::Only, Side::A) => "wl-w-only wl-w-del",
                (PieceKind::Only, Side::B) => "wl-w-only wl-w-ins",
            };
            let title = piece
                .counterpart
                .map(|c| format!("the other side has “{c}”"));
            html.element(
                "span",
                &[("class", Some(class)), ("title", title.as_deref())],
                words,
            );
        }
        html.close("p").close("div");
    }
    html.close("div");
}

/// A step's finding, marked excerpts and question. `heading` is the tag of
/// its title (`h2` on screen, where it takes focus; `h3` in the handout).
fn step_html(html: &mut Html, model: &Model, step: &Step, n: usize, heading: &str) {
    let title = format!("{n}. {}", step.title);
    let attributes: &[(&str, Option<&str>)] = if heading == "h2" {
        &[
            ("id", Some("wl-view-title")),
            ("tabindex", Some("-1")),
            ("data-testid", Some("lesson-title")),
        ]
    } else {
        &[]
    };
    html.element(heading, attributes, &title).element(
        "p",
        &[("class", Some("wl-finding"))],
        &step.finding,
    );
    if let Some([a, b]) = &step.diff {
        diff_columns(html, model, a.clone(), b.clone());
    }
    for excerpt in &step.excerpts {
        excerpt_html(html, model, excerpt);
    }
    html.open(
        "p",
        &[
            ("class", Some("wl-question")),
            ("data-testid", Some("lesson-question")),
        ],
    )
    .element("strong", &[], "Question for the class: ")
    .text(&step.question)
    .close("p");
}

/// The printable handout: every step, then the answers on a teacher page.
pub fn handout_html(model: &Model, steps: &[Step]) -> String {
    let mut html = Html::new();
    html.element("h2", &[], "What these articles share: a lesson")
        .element(
            "p",
            &[("class", Some("wl-muted"))],
            &format!(
                "Made by wirelens from {}: {}.",
                plural(model.docs.len(), "article", "articles"),
                (0..model.docs.len())
                    .map(|d| model.label(d))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        );
    for (i, step) in steps.iter().enumerate() {
        html.open("section", &[("class", Some("wl-handout-step"))]);
        step_html(&mut html, model, step, i + 1, "h3");
        html.close("section");
    }
    html.open(
        "section",
        &[
            ("class", Some("wl-teacher")),
            ("data-testid", Some("teacher-page")),
        ],
    )
    .element("h2", &[], "For the teacher: answers");
    for (i, step) in steps.iter().enumerate() {
        html.element("h3", &[], &format!("{}. {}", i + 1, step.title))
            .element("p", &[], &step.answer);
    }
    html.close("section");
    html.finish()
}

/// Markup that follows the state, for `inner_html`.
type Markup = Box<dyn Fn() -> String + Send + Sync>;

#[component]
pub fn LessonView() -> impl IntoView {
    let state = use_state();
    // The step shown, from 1, within the steps there are.
    let current = move || {
        let total = state.model.get().0.lesson().len();
        let asked = match state.route.get() {
            Route::Lesson(Some(n)) => n,
            _ => 1,
        };
        (asked.clamp(1, total.max(1)), total)
    };
    let step = move || {
        let (n, total) = current();
        let model = state.model.get().0;
        let mut html = Html::new();
        match model.lesson().get(n - 1) {
            Some(step) => step_html(&mut html, &model, step, n, "h2"),
            None => {
                html.element("h2", &[("id", Some("wl-view-title")), ("tabindex", Some("-1"))], "Lesson")
                    .element(
                        "p",
                        &[("class", Some("wl-notice"))],
                        "These articles share nothing and quote no one in common, so there is no lesson to draw from them. Add articles on the same story under “Your articles”.",
                    );
            }
        }
        let button = |go: &str, label: &str, enabled: bool| {
            format!(
                "<button type=\"button\" data-go=\"{go}\" data-testid=\"lesson-{go}\"{}>{label}</button>",
                if enabled { "" } else { " disabled" }
            )
        };
        html.open(
            "div",
            &[
                ("class", Some("wl-lesson-nav")),
                ("role", Some("group")),
                ("aria-label", Some("Lesson steps")),
            ],
        )
        .raw(&button("back", "← Back", n > 1))
        .raw(&button("next", "Next →", n < total))
        .raw(&button("print", "Print handout", total > 0))
        .close("div");
        html.finish()
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        let go = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|e| e.closest("[data-go]").ok().flatten())
            .and_then(|e| e.get_attribute("data-go"));
        let (n, _) = current();
        match go.as_deref() {
            Some("back") => navigate(&Route::Lesson(Some(n - 1))),
            Some("next") => navigate(&Route::Lesson(Some(n + 1))),
            Some("print") => {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }
            _ => {}
        }
    };
    // The three parts share one boxed closure type: each distinct closure
    // type given to `inner_html` compiles its own copy of the update code.
    let counter: Markup = Box::new(move || {
        let (n, total) = current();
        if total == 0 {
            String::new()
        } else {
            format!("Step {n} of {total}")
        }
    });
    let step: Markup = Box::new(step);
    let handout: Markup = Box::new(move || {
        let model = state.model.get().0;
        handout_html(&model, model.lesson())
    });
    view! {
        <section class="wl-view wl-lesson" aria-labelledby="wl-view-title" data-testid="lesson">
            <div class="wl-lesson-screen">
                <p class="wl-muted">"A lesson for the class, drawn from these articles. "
                    <span aria-live="polite" data-testid="lesson-counter" inner_html=counter></span>
                </p>
                <div class="wl-lesson-step" data-testid="lesson-step" inner_html=step on:click=on_click></div>
            </div>
            <div class="wl-handout" data-testid="handout" inner_html=handout></div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seeds::seed_documents;
    use wirelens::Document;

    fn marked<'a>(model: &'a Model, excerpt: &Excerpt) -> Vec<&'a str> {
        excerpt
            .marks
            .iter()
            .map(|(r, _)| &model.docs[excerpt.doc].text[r.clone()])
            .collect()
    }

    #[test]
    fn the_seeds_give_six_steps_each_with_marked_text() {
        let model = Model::build(seed_documents());
        let steps = lesson_steps(&model);
        let keys: Vec<&str> = steps.iter().map(|s| s.key).collect();
        assert_eq!(
            keys,
            ["shared", "edits", "wordings", "credits", "speakers", "own"]
        );
        for step in &steps {
            assert!(
                !step.excerpts.is_empty() || step.diff.is_some(),
                "{}",
                step.key
            );
            for excerpt in &step.excerpts {
                assert!(!excerpt.marks.is_empty());
                for (range, _) in &excerpt.marks {
                    assert!(valid_span(&model.docs[excerpt.doc].text, range));
                }
            }
            assert!(step.question.ends_with('?'), "{}", step.question);
            assert!(!step.answer.is_empty());
        }
        // The two wordings are the two translations of one statement.
        let wordings = &steps[2];
        let quoted: Vec<String> = wordings
            .excerpts
            .iter()
            .flat_map(|e| marked(&model, e))
            .map(|t| t.to_string())
            .collect();
        assert!(quoted.iter().any(|q| q.contains("quagmire")), "{quoted:?}");
        assert!(quoted.iter().any(|q| q.contains("whirlpool")), "{quoted:?}");
        assert!(
            wordings.answer.contains("001, 002 and 003"),
            "{}",
            wordings.answer
        );
        assert!(
            wordings.answer.contains("000 and 004"),
            "{}",
            wordings.answer
        );
        // Different speakers: two different names.
        assert!(
            steps[4].finding.contains(" and to "),
            "{}",
            steps[4].finding
        );
        // Which article credits its source: AFP, credited in 001 for the
        // "quagmire" statement, carried with no credit by 002 and 003; the
        // other translation is claimed for no agency.
        let credits = &steps[3];
        assert!(
            credits
                .answer
                .starts_with("Likely from AFP: credited in 001, uncredited in 002 and 003."),
            "{}",
            credits.answer
        );
        let docs: Vec<usize> = credits.excerpts.iter().map(|e| e.doc).collect();
        assert_eq!(docs, [1, 2, 3]);
        let credited = marked(&model, &credits.excerpts[0]);
        assert!(
            credited.iter().any(|t| t.contains("quagmire")),
            "{credited:?}"
        );
        assert!(credited.iter().any(|t| t.contains("AFP")), "{credited:?}");
        for excerpt in &credits.excerpts {
            for text in marked(&model, excerpt) {
                assert!(!text.contains("whirlpool"), "{text}");
            }
        }
        // The edited passage differs somewhere and the answer lists how.
        assert!(
            steps[1].answer.contains("became")
                || steps[1].answer.contains("added")
                || steps[1].answer.contains("dropped")
        );
    }

    #[test]
    fn a_step_is_left_out_when_the_corpus_has_no_such_finding() {
        let model = Model::build(vec![
            Document::new("a", "Harbour fees rise\nThe harbour board raised mooring fees for the winter season by a tenth, citing repairs to the north breakwater and the fuel dock."),
            Document::new("b", "Orchard thrives\nA community orchard planted a decade ago gave its first large apple harvest this autumn, volunteers counted over two thousand kilograms."),
        ]);
        let steps = lesson_steps(&model);
        let keys: Vec<&str> = steps.iter().map(|s| s.key).collect();
        assert_eq!(keys, ["own"], "nothing shared, quoted, credited or edited");
        assert!(lesson_steps(&Model::build(Vec::new())).is_empty());
    }

    #[test]
    fn the_credits_step_names_only_an_agency_an_article_credits() {
        let wire = "The city council voted on Tuesday to close the old ferry terminal by spring, \
                    ending ninety years of crossings to the island, and to spend the savings on a new bridge.";
        let credited = format!(
            "Ferry to close\nHARBORTON (Reuters) - Officials confirmed the plan. {wire}\nMore follows."
        );
        let copied = format!("Island loses its ferry\nResidents were unhappy. {wire}\nA vote on the bridge comes next.");
        let model = Model::build(vec![
            Document::new("a", credited),
            Document::new("b", copied),
        ]);
        let steps = lesson_steps(&model);
        let step = steps
            .iter()
            .find(|s| s.key == "credits")
            .expect("a credits step");
        assert!(
            step.answer
                .starts_with("Likely from Reuters: credited in a, uncredited in b."),
            "{}",
            step.answer
        );
        assert!(
            step.finding.starts_with("a credits Reuters"),
            "{}",
            step.finding
        );
        assert!(
            step.finding.contains("b carries the same words"),
            "{}",
            step.finding
        );
        // The same two articles with no credit line: no source is guessed.
        let model = Model::build(vec![
            Document::new("a", format!("Ferry to close\nOfficials confirmed the plan. {wire}\nMore follows.")),
            Document::new("b", format!("Island loses its ferry\nResidents were unhappy. {wire}\nA vote on the bridge comes next.")),
        ]);
        assert!(lesson_steps(&model).iter().all(|s| s.key != "credits"));
    }

    #[test]
    fn the_handout_has_every_step_and_a_teacher_page_after_them() {
        let model = Model::build(seed_documents());
        let steps = lesson_steps(&model);
        let html = handout_html(&model, &steps);
        let teacher = html.find("data-testid=\"teacher-page\"").unwrap();
        for step in &steps {
            let title = crate::html::escape(&step.title);
            let first = html.find(&title).unwrap();
            assert!(first < teacher, "{title}");
            assert!(html[teacher..].contains(&crate::html::escape(&step.answer)));
            assert!(!html[..teacher].contains(&crate::html::escape(&step.answer)));
        }
        assert_eq!(html.matches("Question for the class").count(), steps.len());
        assert!(html.contains("<mark class=\"wl-reuse wl-c"));
    }

    #[test]
    fn excerpts_keep_marked_paragraphs_and_mark_gaps() {
        let model = Model::build(vec![Document::new(
            "a",
            "Title\nFirst paragraph here.\nSecond one, marked.\nThird.",
        )]);
        let text = &model.docs[0].text;
        let start = text.find("marked").unwrap();
        let excerpt = Excerpt {
            doc: 0,
            marks: vec![(start..start + 6, "wl-lesson-own".into())],
        };
        let mut html = Html::new();
        excerpt_html(&mut html, &model, &excerpt);
        let html = html.finish();
        assert!(
            html.contains("<p>Second one, <mark class=\"wl-lesson-own\">marked</mark>.</p>"),
            "{html}"
        );
        assert_eq!(html.matches("[…]").count(), 2, "{html}");
        assert!(!html.contains("First paragraph"));
    }
}
