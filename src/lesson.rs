//! The guided lesson (`#/lesson`, `#/lesson/<step>`): up to six steps made
//! from the analysis of whatever corpus is loaded, never written for one
//! corpus. Each step is a finding with its passage or quote marked in the
//! article text, a question for the class, and an answer for the teacher.
//! A step whose finding the corpus does not have is left out:
//!
//! 1. how much is shared: the copied share of all the text, and the article
//!    that is least its own with its copied passages marked;
//! 2. one copied passage side by side with its edits (the most edited of the
//!    lightly edited ones), in the side by side view's word-by-word columns;
//! 3. one statement in two wordings (two quotes of one utterance that differ most);
//! 4. which article credits its source: words one article credits to a news
//!    agency and others carry with no credit (`Analysis::carried`; never an
//!    agency that no article names);
//! 5. one quote given to different speakers (an utterance with a speaker or
//!    same-source conflict);
//! 6. what each outlet added on its own (the longest paragraphs shared with no article).
//!
//! Every step has one shape (fixed title and question, a finding, marked
//! excerpts, an answer), rendered by one function for the screen and the
//! handout. The view shows one step with Back and Next (real buttons; the
//! step heading takes focus on each step, as every view's heading does). The
//! handout, all steps and a teacher page with the answers, is in the page
//! too, shown only when printing (`@media print` in style.css).

use std::ops::Range;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wirelens::reuse::{word_diff, DiffKind};
use wirelens::{Carried, ConflictKind, DocSpan, PassageKind, Quote};

use crate::app::{navigate, use_state};
use crate::compare::diff_columns;
use crate::diff::is_spelling_variant;
use crate::html::{Html, Markup};
use crate::model::{overlaps, percent, valid_span, Model};
use crate::route::Route;
use crate::segments::paragraphs;
use crate::summary::plural;

/// The steps' fixed words, in teaching order: key (for tests and styling),
/// title, question for the class.
const STEPS: [[&str; 3]; 6] = [
    [
        "shared",
        "How much of these articles is shared?",
        "Where could text several outlets print come from? Should readers be told?",
    ],
    [
        "edits",
        "One passage, two outlets",
        "What changed, and does it change what the reader learns?",
    ],
    [
        "wordings",
        "One statement, two wordings",
        "Why can one statement have different words? Which would you quote?",
    ],
    [
        "credits",
        "Which article credits its source?",
        "Why might an article not name its source? How could a reader find it?",
    ],
    [
        "speakers",
        "One quote, different speakers",
        "Who said these words, and does it matter?",
    ],
    [
        "own",
        "What each outlet added on its own",
        "What does each article tell that the others do not? Would one alone tell the same story?",
    ],
];

/// One step of the lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Which of the six steps (an index into the fixed words).
    pub kind: usize,
    pub finding: String,
    /// Articles with the words of the finding marked in place.
    pub excerpts: Vec<Excerpt>,
    /// A passage shown side by side, word by word: (article, span) twice.
    pub diff: Option<Sides>,
    pub answer: String,
}

impl Step {
    pub fn key(&self) -> &'static str {
        STEPS[self.kind][0]
    }
    pub fn title(&self) -> &'static str {
        STEPS[self.kind][1]
    }
    pub fn question(&self) -> &'static str {
        STEPS[self.kind][2]
    }
}

/// A passage's two sides: (article, span) twice.
pub type Sides = [(usize, Range<usize>); 2];

/// An article with some of its text marked.
#[derive(Debug, Clone, PartialEq)]
pub struct Excerpt {
    pub doc: usize,
    pub marks: Vec<Mark>,
}

/// Marked words: a byte range, its CSS class and, for a class coloured by
/// article, that article (`wl-c<n>`).
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub range: Range<usize>,
    pub class: &'static str,
    pub colour: Option<usize>,
}

fn mark(range: Range<usize>, class: &'static str, colour: Option<usize>) -> Mark {
    Mark {
        range,
        class,
        colour,
    }
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

fn step(kind: usize, finding: String, excerpts: Vec<Excerpt>, answer: String) -> Option<Step> {
    Some(Step {
        kind,
        finding,
        excerpts,
        diff: None,
        answer,
    })
}

/// "001", "001 and 002", "001, 002 and 003".
fn names(model: &Model, docs: &[usize]) -> String {
    let mut out = String::new();
    for (i, &d) in docs.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == docs.len() { " and " } else { ", " });
        }
        out.push_str(&model.short_ids[d]);
    }
    out
}

/// The article and range of a span of the analysis, when both are valid.
fn place(model: &Model, doc: &str, start: usize, end: usize) -> Option<(usize, Range<usize>)> {
    let d = model.doc_index(doc)?;
    valid_span(&model.docs[d].text, &(start..end)).then_some((d, start..end))
}

/// Step 1: how much of the articles' text is copied reporting, shown on the
/// article least its own (left out when that article copies nothing from another).
fn shared(model: &Model) -> Option<Step> {
    let docs = &model.analysis.documents;
    let (mut doc, mut total, mut copied) = (0, 0, 0.0);
    for (d, document) in docs.iter().enumerate() {
        total += document.bytes;
        copied += (1.0 - document.original_share) * document.bytes as f64;
        if document.original_share < docs[doc].original_share {
            doc = d;
        }
    }
    let marks: Vec<Mark> = model
        .occurrences
        .get(doc)?
        .iter()
        .filter(|o| o.kind == PassageKind::Copy && o.other_doc != doc)
        .map(|o| mark(o.span.clone(), "wl-reuse", Some(o.other_doc)))
        .collect();
    if marks.is_empty() {
        return None;
    }
    step(
        0,
        format!(
            "Of these {}, {}% of the text is printed by another of them too. {} is the least \
             its own ({}% is in no other): its copied passages are marked in the colour of the \
             other article.",
            plural(docs.len(), "article", "articles"),
            percent(copied / total.max(1) as f64),
            model.short_ids[doc],
            percent(docs[doc].original_share)
        ),
        vec![Excerpt { doc, marks }],
        "Usually a news agency's wire or one outlet's earlier story; an article should say so."
            .into(),
    )
}

/// Step 2: one copied passage and its edits: of the copies between two
/// articles that are lightly edited (similarity from 0.83, below 1: a few
/// changed words read best), the one with the most edited text (the share
/// that differs times the length); else the most edited copy.
fn edits(model: &Model) -> Option<Step> {
    let mut best: Option<((bool, usize), Sides, f64)> = None;
    for p in &model.analysis.passages {
        if p.kind != PassageKind::Copy || p.a.doc == p.b.doc {
            continue;
        }
        // Lightly edited first, then the most edited words (the share not the same times the length).
        let len = p.a.end - p.a.start;
        let key = (
            (0.83..1.0).contains(&p.similarity),
            ((1.0 - p.similarity) * len as f64) as usize,
        );
        if best.as_ref().is_some_and(|(k, ..)| *k >= key) {
            continue;
        }
        if let (Some(a), Some(b)) = (
            place(model, &p.a.doc, p.a.start, p.a.end),
            place(model, &p.b.doc, p.b.start, p.b.end),
        ) {
            best = Some((key, [a, b], p.similarity));
        }
    }
    let (_, sides, similarity) = best?;
    let mut step = step(
        1,
        format!(
            "This passage of {} is also in {}, {}% the same; the words that differ are marked.",
            model.short_ids[sides[0].0],
            model.short_ids[sides[1].0],
            percent(similarity)
        ),
        Vec::new(),
        "Outlets edit wire stories; a changed number, name or speaker changes the news.".into(),
    )?;
    step.diff = Some(sides);
    Some(step)
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

/// The quotes of an utterance with valid spans (at most twelve, in order).
fn utterance_quotes<'m>(model: &'m Model, ids: &[usize]) -> Vec<&'m Quote> {
    ids.iter()
        .filter_map(|&id| model.quote(id))
        .filter(|q| place(model, &q.doc, q.start, q.end).is_some())
        .take(12)
        .collect()
}

fn doc_of(model: &Model, quote: &Quote) -> usize {
    model.doc_index(&quote.doc).unwrap_or(0)
}

/// A quote marked in its article, with the words it is attributed through
/// (its mention) when `with_mention`.
fn quote_excerpt(model: &Model, quote: &Quote, with_mention: bool) -> Excerpt {
    let doc = doc_of(model, quote);
    let mut marks = vec![mark(quote.start..quote.end, "wl-shared-quote", Some(doc))];
    if let Some(m) = quote.mention.filter(|_| with_mention) {
        marks.push(mark(m.start..m.end, "wl-lesson-who", None));
    }
    Excerpt { doc, marks }
}

/// Step 3: the same statement in two wordings: of the statements quoted in
/// the most articles, the two quotes in different articles whose words differ most.
fn wordings(model: &Model) -> Option<Step> {
    // ((articles quoting it, words that differ), the two quotes, the utterance)
    let mut best: Option<((usize, usize), &Quote, &Quote, usize)> = None;
    for (u, utterance) in model.analysis.utterances.iter().enumerate() {
        let quotes = utterance_quotes(model, &utterance.quotes);
        let mut docs: Vec<&str> = quotes.iter().map(|q| q.doc.as_str()).collect();
        docs.dedup();
        for (i, x) in quotes.iter().enumerate() {
            for y in &quotes[i + 1..] {
                if x.doc == y.doc || x.text.len().min(y.text.len()) < 30 {
                    continue;
                }
                let (same, differ) = wording_difference(&x.text, &y.text);
                let score = (docs.len(), differ);
                if same >= 3 && differ >= 2 && best.as_ref().is_none_or(|b| score > b.0) {
                    best = Some((score, x, y, u));
                }
            }
        }
    }
    let ((_, differ), x, y, u) = best?;
    // Which articles use which wording: each quote goes with the closer one.
    let mut sides: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    for q in utterance_quotes(model, &model.analysis.utterances[u].quotes) {
        let side = usize::from(
            wording_difference(&q.text, &x.text).1 > wording_difference(&q.text, &y.text).1,
        );
        let d = doc_of(model, q);
        if !sides[side].contains(&d) {
            sides[side].push(d);
        }
    }
    for side in &mut sides {
        wirelens::order::sort_numbers(side, |d| d as u64);
    }
    let who = x
        .speaker
        .as_deref()
        .or(y.speaker.as_deref())
        .unwrap_or("the same speaker");
    step(
        2,
        format!(
            "{} and {} quote {who} saying the same thing in different words ({differ} words differ).",
            model.short_ids[doc_of(model, x)],
            model.short_ids[doc_of(model, y)],
        ),
        vec![
            quote_excerpt(model, x, false),
            quote_excerpt(model, y, false),
        ],
        format!(
            "One wording is in {}, the other in {}: likely two translations of one statement, \
             so two sources.",
            names(model, &sides[0]),
            names(model, &sides[1])
        ),
    )
}

/// Step 4: which article credits its source: of the words that articles
/// credit to a news agency and others carry with no credit, those carried
/// by the most articles. The credited words and the credit are marked in the
/// articles that give it, the same words in those that do not. Left out when
/// no article credits words another carries: no agency is ever guessed.
fn credits(model: &Model) -> Option<Step> {
    let carried = model
        .analysis
        .carried
        .iter()
        .max_by_key(|c| c.uncredited.len())?;
    let agency = carried.agency.as_str();
    let mut excerpts: Vec<Excerpt> = Vec::new();
    let docs = carried_docs(model, carried);
    for (side, span) in carried_spans(carried) {
        let Some((doc, range)) = place(model, &span.doc, span.start, span.end) else {
            continue;
        };
        // The credited words, with their credit boxed; then the same words uncredited.
        let mut marks = vec![mark(
            range.clone(),
            ["wl-lesson-own", "wl-reuse"][side],
            Some(doc),
        )];
        for c in &model.analysis.documents[doc].credits {
            if side == 0 && c.agency == agency && overlaps(&(c.scope_start..c.scope_end), &range) {
                marks.push(mark(c.start..c.end, "wl-lesson-credit", None));
            }
        }
        match excerpts.iter_mut().find(|e| e.doc == doc) {
            Some(e) => e.marks.extend(marks),
            None => excerpts.push(Excerpt { doc, marks }),
        }
    }
    if docs[0].is_empty() || docs[1].is_empty() {
        return None;
    }
    let (credited, uncredited) = (names(model, &docs[0]), names(model, &docs[1]));
    step(
        3,
        format!(
            "The marked words are credited to {agency} in {credited} (the credit is boxed). \
             {uncredited} {} the same words with no credit to {agency}.",
            if docs[1].len() == 1 {
                "prints"
            } else {
                "print"
            }
        ),
        excerpts,
        format!(
            "{} Copying a wire story is normal; not naming the agency hides where the words \
             came from.",
            likely_from(model, carried)
        ),
    )
}

/// The spans of carried words: the credited ones (side 0), then the
/// uncredited ones (side 1).
pub fn carried_spans(carried: &Carried) -> impl Iterator<Item = (usize, &DocSpan)> {
    let credited = carried.credited.len();
    (carried.credited.iter().chain(&carried.uncredited))
        .enumerate()
        .map(move |(i, span)| (usize::from(i >= credited), span))
}

/// The articles that credit the carried words, and those that carry them
/// with no credit (where the span is valid in the article): each article
/// once, in the order of the spans.
fn carried_docs(model: &Model, carried: &Carried) -> [Vec<usize>; 2] {
    let mut docs: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    for (side, span) in carried_spans(carried) {
        if let Some((doc, _)) = place(model, &span.doc, span.start, span.end) {
            if !docs[side].contains(&doc) {
                docs[side].push(doc);
            }
        }
    }
    docs
}

/// "Likely from AFP: credited in 001, uncredited in 002 and 003." (the
/// lesson's answer and the reader's passage details say it alike).
pub fn likely_from(model: &Model, carried: &Carried) -> String {
    let docs = carried_docs(model, carried);
    format!(
        "Likely from {}: credited in {}, uncredited in {}.",
        carried.agency,
        names(model, &docs[0]),
        names(model, &docs[1])
    )
}

/// Step 5: one quote given to different speakers (the strongest conflict:
/// different people first, then a spokesperson against their organisation).
fn speakers(model: &Model) -> Option<Step> {
    // (rank, quotes, utterance)
    let mut best: Option<(u8, usize, &wirelens::Utterance)> = None;
    for u in &model.analysis.utterances {
        let rank = match u.conflict_kind {
            Some(ConflictKind::Speaker) => 2,
            Some(ConflictKind::SameSource) => 1,
            _ => continue,
        };
        if best.is_none_or(|(r, n, _)| (rank, u.quotes.len()) > (r, n)) {
            best = Some((rank, u.quotes.len(), u));
        }
    }
    let (rank, _, utterance) = best?;
    // The longest named quote, and one giving the words to someone else (in another article if one does).
    let quotes = utterance_quotes(model, &utterance.quotes);
    let mut x: Option<&Quote> = None;
    for q in &quotes {
        if q.speaker.is_some() && x.is_none_or(|x| q.end - q.start > x.end - x.start) {
            x = Some(q);
        }
    }
    let x = x?;
    let mut y: Option<&Quote> = None;
    for q in &quotes {
        if q.speaker.is_some() && q.speaker != x.speaker && y.is_none_or(|y| y.doc == x.doc) {
            y = Some(q);
        }
    }
    let y = y?;
    let (sx, sy) = (x.speaker.as_deref()?, y.speaker.as_deref()?);
    step(
        4,
        format!(
            "The same words, two speakers: {sx} in {}, {sy} in {} (each through the underlined \
             words).",
            model.short_ids[doc_of(model, x)],
            model.short_ids[doc_of(model, y)]
        ),
        vec![quote_excerpt(model, x, true), quote_excerpt(model, y, true)],
        if rank == 1 {
            "One source reported two ways: a person and the organisation they speak for.".into()
        } else {
            format!("Nothing ties {sx} to {sy}: at most one article is right.")
        },
    )
}

/// Step 6: what each outlet added on its own: of the articles that carry
/// copied reporting from another, per article the longest paragraph (of 80
/// bytes or more, not the title) that shares nothing with any article,
/// marked in the three articles with the longest ones. Left out when no
/// article copies from another (then nothing was "added" to anything).
fn own(model: &Model) -> Option<Step> {
    let docs = &model.analysis.documents;
    let mut found: Vec<Excerpt> = Vec::new();
    let mut most: Option<usize> = None;
    for (d, doc) in model.docs.iter().enumerate() {
        let occurrences = &model.occurrences[d];
        if !occurrences
            .iter()
            .any(|o| o.kind == PassageKind::Copy && o.other_doc != d)
        {
            continue;
        }
        if most.is_none_or(|m| docs[d].original_share > docs[m].original_share) {
            most = Some(d);
        }
        let shared: Vec<Range<usize>> = occurrences.iter().map(|o| o.span.clone()).collect();
        let mut longest = 0..0;
        for p in paragraphs(&doc.text, &shared).into_iter().skip(1) {
            if p.range.len() > longest.len().max(79)
                && p.segments.iter().all(|s| s.marks.is_empty())
            {
                longest = p.range;
            }
        }
        if !longest.is_empty() {
            found.push(Excerpt {
                doc: d,
                marks: vec![mark(longest, "wl-lesson-own", None)],
            });
        }
    }
    // The three longest, in the articles' order (ties: the first articles).
    while found.len() > 3 {
        let mut shortest = 0;
        for (i, e) in found.iter().enumerate() {
            if e.marks[0].range.len() <= found[shortest].marks[0].range.len() {
                shortest = i;
            }
        }
        found.remove(shortest);
    }
    let most = most?;
    if found.is_empty() {
        return None;
    }
    let marked: Vec<usize> = found.iter().map(|e| e.doc).collect();
    step(
        5,
        format!(
            "The marked paragraphs of {} are in no other article.",
            names(model, &marked)
        ),
        found,
        format!(
            "Each outlet's own reporting, background or comment; {} has the most ({}% is its own).",
            model.short_ids[most],
            percent(docs[most].original_share)
        ),
    )
}

/// An article's paragraphs that hold a mark, with the marks in place and
/// "[…]" where paragraphs are left out; captioned with the article's name
/// and a link to its first mark in the reader.
fn excerpt_html(html: &mut Html, model: &Model, excerpt: &Excerpt) {
    let doc = excerpt.doc;
    let text = &model.docs[doc].text;
    let ranges: Vec<Range<usize>> = excerpt.marks.iter().map(|m| m.range.clone()).collect();
    let href = Route::article_at(&model.short_ids[doc], ranges[0].clone()).to_hash();
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
            html.raw(GAP);
            gap = false;
        }
        html.open("p", &[]);
        for segment in &paragraph.segments {
            let words = &text[segment.range.clone()];
            match segment.marks.last() {
                None => html.text(words),
                Some(&m) => {
                    let mark = &excerpt.marks[m];
                    let mut class = String::from(mark.class);
                    if let Some(colour) = mark.colour {
                        class.push_str(" wl-c");
                        class.push(char::from(b'0' + (colour % 8) as u8));
                    }
                    html.element("mark", &[("class", Some(&class))], words)
                }
            };
        }
        html.close("p");
    }
    if gap {
        html.raw(GAP);
    }
    html.close("div").close("figure");
}

const GAP: &str = "<p class=\"wl-gap\">[…]</p>";

/// "2. One passage, two outlets".
fn numbered(n: usize, step: &Step) -> String {
    format!("{n}. {}", step.title())
}

/// A step's finding, marked excerpts and question. `heading` is the tag of
/// its title (`h2` on screen, where it takes focus; `h3` in the handout).
fn step_html(html: &mut Html, model: &Model, step: &Step, n: usize, heading: &str) {
    let title = numbered(n, step);
    let screen = heading == "h2";
    html.element(
        heading,
        &[
            ("id", screen.then_some("wl-view-title")),
            ("tabindex", screen.then_some("-1")),
            ("data-testid", screen.then_some("lesson-title")),
        ],
        &title,
    )
    .element("p", &[("class", Some("wl-finding"))], &step.finding);
    if let Some(sides) = &step.diff {
        diff_columns(html, model, sides.clone());
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
    .text(step.question())
    .close("p");
}

/// The printable handout: every step, then the answers on a teacher page.
pub fn handout_html(html: &mut Html, model: &Model, steps: &[Step]) {
    let mut made = format!(
        "Made by wirelens from {}:",
        plural(model.docs.len(), "article", "articles")
    );
    for d in 0..model.docs.len() {
        made.push_str(if d == 0 { " " } else { "; " });
        made.push_str(&model.label(d));
    }
    made.push('.');
    html.open(
        "div",
        &[
            ("class", Some("wl-handout")),
            ("data-testid", Some("handout")),
        ],
    )
    .element("h2", &[], "What these articles share: a lesson")
    .element("p", &[("class", Some("wl-muted"))], &made);
    for (i, step) in steps.iter().enumerate() {
        html.open("section", &[("class", Some("wl-handout-step"))]);
        step_html(html, model, step, i + 1, "h3");
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
        html.element("h3", &[], &numbered(i + 1, step))
            .element("p", &[], &step.answer);
    }
    html.close("section").close("div");
}

/// The lesson at step `asked` (from 1; past the end, the last step): the
/// step with its counter and Back / Next / Print buttons, then the handout.
/// The steps are made again for each step shown (no cache in the model:
/// 0.3 KB of wasm; about 12 ms natively for 1,000 articles).
pub fn lesson_html(model: &Model, asked: usize) -> String {
    let steps = &lesson_steps(model);
    let total = steps.len();
    let n = asked.clamp(1, total.max(1));
    let mut html = Html::new();
    html.open("div", &[("class", Some("wl-lesson-screen"))])
        .open("p", &[("class", Some("wl-muted"))])
        .text("A lesson for the class, drawn from these articles. ")
        .element(
            "span",
            &[("data-testid", Some("lesson-counter"))],
            &if total == 0 {
                String::new()
            } else {
                format!("Step {n} of {total}")
            },
        )
        .close("p");
    html.open(
        "div",
        &[
            ("class", Some("wl-lesson-step")),
            ("data-testid", Some("lesson-step")),
        ],
    );
    match steps.get(n - 1) {
        Some(step) => step_html(&mut html, model, step, n, "h2"),
        None => {
            html.element(
                "h2",
                &[("id", Some("wl-view-title")), ("tabindex", Some("-1"))],
                "Lesson",
            )
            .element(
                "p",
                &[("class", Some("wl-notice"))],
                "These articles share nothing and quote no one in common. Add articles on one \
                 story under “Your articles”.",
            );
        }
    }
    html.open(
        "div",
        &[
            ("class", Some("wl-lesson-nav")),
            ("role", Some("group")),
            ("aria-label", Some("Lesson steps")),
        ],
    );
    // `data-go`: the step to go to, or 0 to print.
    for (go, testid, label, enabled) in [
        (n - 1, "lesson-back", "← Back", n > 1),
        (n + 1, "lesson-next", "Next →", n < total),
        (0, "lesson-print", "Print handout", total > 0),
    ] {
        html.element(
            "button",
            &[
                ("type", Some("button")),
                ("data-go", Some(&go.to_string())),
                ("data-testid", Some(testid)),
                ("disabled", (!enabled).then_some("")),
            ],
            label,
        );
    }
    html.close("div").close("div").close("div");
    handout_html(&mut html, model, steps);
    html.finish()
}

#[component]
pub fn LessonView(step: Option<usize>) -> impl IntoView {
    let state = use_state();
    let lesson: Markup = Box::new(move || lesson_html(&state.model.get().0, step.unwrap_or(1)));
    // The same element type as the overview's and the speakers' (one copy
    // of tachys' code for all three); the buttons are served by `lesson_click`.
    view! {
        <section class="wl-view wl-lesson" aria-labelledby="wl-view-title" data-testid="lesson"
            inner_html=lesson>
        </section>
    }
}

/// Back and Next go to their step, Print prints the handout: one click
/// listener on the document, installed once (see `install_lesson_buttons`).
fn lesson_click(event: web_sys::Event) {
    let go = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("[data-go]").ok().flatten())
        .and_then(|e| e.get_attribute("data-go")?.parse::<usize>().ok());
    match go {
        Some(0) => {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        }
        Some(step) => navigate(&Route::Lesson(Some(step))),
        None => {}
    }
}

/// Listen for the lesson's buttons on the document, once for the page.
pub fn install_lesson_buttons() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let on_click = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(lesson_click);
    let _ = document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
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
            .map(|m| &model.docs[excerpt.doc].text[m.range.clone()])
            .collect()
    }

    #[test]
    fn the_seeds_give_six_steps_each_with_marked_text() {
        let model = Model::build(seed_documents());
        let steps = lesson_steps(&model);
        let keys: Vec<&str> = steps.iter().map(|s| s.key()).collect();
        assert_eq!(
            keys,
            ["shared", "edits", "wordings", "credits", "speakers", "own"]
        );
        for step in &steps {
            assert!(
                !step.excerpts.is_empty() || step.diff.is_some(),
                "{}",
                step.key()
            );
            for excerpt in &step.excerpts {
                assert!(!excerpt.marks.is_empty());
                for mark in &excerpt.marks {
                    assert!(valid_span(&model.docs[excerpt.doc].text, &mark.range));
                }
            }
            assert!(step.question().ends_with('?'), "{}", step.question());
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
            steps[4]
                .finding
                .starts_with("The same words, two speakers: National Resistance Front in 001, "),
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
        // The edited passage differs somewhere and the answer counts how often.
        assert!(steps[1].diff.is_some());
        assert!(
            steps[1].finding.contains("% the same"),
            "{}",
            steps[1].finding
        );
        assert!(
            !steps[1].finding.contains("100% the same"),
            "{}",
            steps[1].finding
        );
    }

    #[test]
    fn a_step_is_left_out_when_the_corpus_has_no_such_finding() {
        let model = Model::build(vec![
            Document::new("a", "Harbour fees rise\nThe harbour board raised mooring fees for the winter season by a tenth, citing repairs to the north breakwater and the fuel dock."),
            Document::new("b", "Orchard thrives\nA community orchard planted a decade ago gave its first large apple harvest this autumn, volunteers counted over two thousand kilograms."),
        ]);
        assert!(
            lesson_steps(&model).is_empty(),
            "nothing shared, quoted, credited or edited"
        );
        assert!(lesson_steps(&Model::build(Vec::new())).is_empty());
        // A copied passage with no quote and no credit: only the copying
        // steps, and what an outlet added when one adds a paragraph.
        let wire = "The city council voted on Tuesday to close the old ferry terminal by spring, \
                    ending ninety years of crossings to the island, and to spend the savings on a new bridge.";
        let added = "Fishermen on the east quay said the bridge would take a decade to build and \
                     that nobody had asked them where the boats would tie up in the meantime.";
        let keys = |docs: Vec<Document>| -> Vec<String> {
            lesson_steps(&Model::build(docs))
                .iter()
                .map(|s| s.key().to_string())
                .collect()
        };
        let a = Document::new(
            "a",
            format!("Ferry to close\nOfficials confirmed the plan. {wire}\nMore follows."),
        );
        let b = |extra: &str| {
            Document::new("b", format!("Island loses its ferry\nResidents were unhappy. {wire}\n{extra}A vote on the bridge comes next."))
        };
        assert_eq!(keys(vec![a.clone(), b("")]), ["shared", "edits"]);
        let model = Model::build(vec![a, b(&format!("{added}\n"))]);
        let steps = lesson_steps(&model);
        let own = steps
            .iter()
            .find(|s| s.key() == "own")
            .expect("an own step");
        assert_eq!(own.excerpts.len(), 1);
        assert_eq!(marked(&model, &own.excerpts[0]), [added]);
        assert_eq!(
            own.finding,
            "The marked paragraphs of b are in no other article."
        );
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
            .find(|s| s.key() == "credits")
            .expect("a credits step");
        assert!(
            step.answer
                .starts_with("Likely from Reuters: credited in a, uncredited in b."),
            "{}",
            step.answer
        );
        assert!(
            step.finding.starts_with(
                "The marked words are credited to Reuters in a (the credit is boxed)."
            ),
            "{}",
            step.finding
        );
        assert!(
            step.finding
                .contains("b prints the same words with no credit to Reuters"),
            "{}",
            step.finding
        );
        // The same two articles with no credit line: no source is guessed.
        let model = Model::build(vec![
            Document::new("a", format!("Ferry to close\nOfficials confirmed the plan. {wire}\nMore follows.")),
            Document::new("b", format!("Island loses its ferry\nResidents were unhappy. {wire}\nA vote on the bridge comes next.")),
        ]);
        assert!(lesson_steps(&model).iter().all(|s| s.key() != "credits"));
    }

    #[test]
    fn the_handout_has_every_step_and_a_teacher_page_after_them() {
        let model = Model::build(seed_documents());
        let steps = lesson_steps(&model);
        let mut html = Html::new();
        handout_html(&mut html, &model, &steps);
        let html = html.finish();
        let teacher = html.find("data-testid=\"teacher-page\"").unwrap();
        for step in &steps {
            let title = crate::html::escape(step.title());
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
            marks: vec![mark(start..start + 6, "wl-lesson-own", None)],
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
