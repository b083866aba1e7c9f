//! The article reader: one article's text with its shared passages
//! highlighted by kind (copied reporting filled in the other article's
//! colour, the same quote outlined in it, boilerplate hatched grey, each with
//! a written label), repeats
//! within the article marked, quotes underlined with a speaker badge, and a
//! side panel with the legend and the details of what is selected: where else
//! a passage appears (with links there) and why a quote is attributed as it is.
//!
//! The text is written as HTML (see `html`); hover, focus, tap and Enter are
//! handled once on the article element, reading the `data-occ` (passage
//! occurrences) and `data-quote` attributes of the segment under the event.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::use_state;
use crate::html::{Html, Markup};
use crate::model::{clip, kind_label, overlaps, percent, valid_span, Model};
use crate::route::Route;
use crate::segments::{paragraphs, Segment};
use wirelens::{ConflictKind, PassageKind, SpeakerKind};

/// Every passage kind, strongest first: copied reporting over the same quote
/// over boilerplate (a segment under several shows the strongest).
const KINDS: [PassageKind; 3] = [
    PassageKind::Copy,
    PassageKind::Quote,
    PassageKind::Boilerplate,
];

/// How a kind is shown: the highlight's class and the lead words of its
/// written label ("[same quote in 002]").
pub fn kind_look(kind: PassageKind) -> (&'static str, &'static str) {
    match kind {
        PassageKind::Copy => ("wl-reuse", "also in"),
        PassageKind::Quote => ("wl-shared-quote", "same quote in"),
        PassageKind::Boilerplate => ("wl-boilerplate", "boilerplate, also in"),
    }
}

/// What a mark in the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// Index into the model's occurrences of this article.
    Reuse(usize),
    /// Quote id.
    Quote(usize),
    /// The mention the quote with this id is attributed through.
    Mention(usize),
}

/// What the reader has selected (by hover, focus, tap, or a link's span).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Selection {
    /// Indices into the article's occurrences.
    pub occurrences: Vec<usize>,
    /// Quote id.
    pub quote: Option<usize>,
}

#[component]
pub fn ReaderView(doc: Option<String>, focus: Option<Range<usize>>) -> impl IntoView {
    let state = use_state();
    move || {
        let model = state.model.get().0;
        let index = match doc.as_deref() {
            Some(key) => model.resolve_doc(key),
            None => (!model.docs.is_empty()).then_some(0),
        };
        match index {
            Some(index) => reader(model, index, focus.clone()).into_any(),
            None => missing_article(&model, doc.clone()).into_any(),
        }
    }
}

fn missing_article(model: &Model, key: Option<String>) -> impl IntoView {
    let message = match key {
        Some(key) => format!("There is no article “{key}” in the corpus. Choose one below."),
        None => "There are no articles. Add one under “Your articles”.".into(),
    };
    view! {
        <section class="wl-view" aria-labelledby="wl-view-title" data-testid="reader">
            <h2 id="wl-view-title" tabindex="-1">"Reader"</h2>
            <p class="wl-notice">{message}</p>
            <nav class="wl-picker" aria-label="Choose an article" inner_html=picker_html(model, None)></nav>
        </section>
    }
}

fn picker_html(model: &Model, current: Option<usize>) -> String {
    let mut html = Html::new();
    html.open("ul", &[]);
    for i in 0..model.docs.len() {
        let href = Route::article(&model.short_ids[i]).to_hash();
        html.open("li", &[])
            .open(
                "a",
                &[
                    ("href", Some(&href)),
                    ("aria-current", (current == Some(i)).then_some("page")),
                    ("title", Some(model.docs[i].title())),
                    ("data-testid", Some("reader-article-link")),
                ],
            )
            .swatch(i)
            .text(&model.short_ids[i])
            .close("a")
            .close("li");
    }
    html.close("ul");
    html.finish()
}

fn reader(model: Arc<Model>, doc: usize, focus: Option<Range<usize>>) -> impl IntoView {
    let text = model.docs[doc].text.as_str();
    let focus = focus.filter(|f| valid_span(text, f));
    let occurrences = &model.occurrences[doc];
    let initial = focus
        .as_ref()
        .map(|f| Selection {
            occurrences: (0..occurrences.len())
                .filter(|&k| overlaps(&occurrences[k].span, f))
                .collect(),
            quote: model.quotes_by_doc[doc].iter().copied().find(|&id| {
                model
                    .quote(id)
                    .is_some_and(|q| overlaps(&(q.start..q.end), f))
            }),
        })
        .unwrap_or_default();
    let selection = RwSignal::new(initial.clone());
    if focus.is_some() {
        request_animation_frame(move || {
            if let Some(article) = element("#wl-main [data-testid=reader-text]") {
                show_selection(&article, &initial);
            }
            focus_first_target();
        });
    }

    // Opened on a span (a link to a quote or passage), the page scrolls the
    // text under a pointer that has not moved: that must not replace the
    // selection, so hovering selects only once the pointer moves over the text.
    let pointer_moved = StoredValue::new(focus.is_none());
    let select_from = move |target: Option<web_sys::EventTarget>| {
        let segment = target
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-occ],[data-quote]").ok().flatten())?;
        let chosen = selection_of(&segment);
        if selection.get_untracked() != chosen {
            if let Some(article) = segment.closest("[data-testid=reader-text]").ok().flatten() {
                show_selection(&article, &chosen);
            }
            selection.set(chosen);
        }
        Some(segment)
    };

    let summary = &model.analysis.documents[doc];
    let words = text.split_whitespace().count();
    let meta = format!(
        "{} · {words} words · {}% original",
        model.short_ids[doc],
        percent(summary.original_share)
    );
    let mut head = Html::new();
    head.element(
        "h2",
        &[("id", Some("wl-view-title")), ("tabindex", Some("-1"))],
        &clip(model.docs[doc].title(), 110),
    )
    .element("p", &[("class", Some("wl-muted"))], &meta)
    .raw(&body_html(&model, doc, focus.as_ref()));
    let details_model = model.clone();
    view! {
        <section class="wl-view wl-reader" aria-labelledby="wl-view-title" data-testid="reader"
            data-doc=model.docs[doc].id.clone()>
            <nav class="wl-picker" aria-label="Choose an article" inner_html=picker_html(&model, Some(doc))></nav>
            <div class="wl-reader-layout">
                <article class="wl-text" aria-labelledby="wl-view-title" data-testid="reader-text"
                    inner_html=head.finish()
                    on:mousemove=move |ev| {
                        if !pointer_moved.get_value() {
                            pointer_moved.set_value(true);
                            select_from(ev.target());
                        }
                    }
                    on:mouseover=move |ev| {
                        if pointer_moved.get_value() {
                            select_from(ev.target());
                        }
                    }
                    on:focusin=move |ev| { select_from(ev.target()); }
                    on:click=move |ev| { select_from(ev.target()); }
                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                        let key = ev.key();
                        if key != "Enter" && key != " " {
                            return;
                        }
                        let Some(segment) = select_from(ev.target()) else { return };
                        ev.prevent_default();
                        if key == "Enter" {
                            if let Some(jump) = segment.get_attribute("data-jump") {
                                if let Some(window) = web_sys::window() {
                                    let _ = window.location().set_hash(&jump);
                                }
                            }
                        }
                    }>
                </article>
                <aside class="wl-side" aria-label="Legend and details">
                    <section class="wl-details" aria-labelledby="wl-details-title" aria-live="polite"
                        data-testid="reader-details"
                        inner_html={
                            let details: Markup = Box::new(move || details_html(&details_model, doc, &selection.get()));
                            details
                        }>
                    </section>
                    <section class="wl-legend" aria-labelledby="wl-legend-title" data-testid="legend"
                        inner_html=legend_html(&model, doc)>
                    </section>
                </aside>
            </div>
        </section>
    }
}

fn element(selector: &str) -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .query_selector(selector)
        .ok()
        .flatten()
}

fn focus_first_target() {
    let target =
        element("#wl-main .wl-target").and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        target.scroll_into_view_with_scroll_into_view_options(&options);
        let _ = target.focus();
    }
}

/// The selection a segment element stands for.
fn selection_of(segment: &web_sys::Element) -> Selection {
    Selection {
        occurrences: segment
            .get_attribute("data-occ")
            .map(|list| {
                list.split_whitespace()
                    .filter_map(|k| k.parse().ok())
                    .collect()
            })
            .unwrap_or_default(),
        quote: segment
            .get_attribute("data-quote")
            .and_then(|q| q.parse().ok()),
    }
}

/// Outline every segment of the selected passages and quote, and the quote's mention.
fn show_selection(article: &web_sys::Element, chosen: &Selection) {
    set_class(article, ".wl-selected", "wl-selected", false);
    set_class(article, ".wl-mention-active", "wl-mention-active", false);
    for k in &chosen.occurrences {
        set_class(
            article,
            &format!("[data-occ~=\"{k}\"]"),
            "wl-selected",
            true,
        );
    }
    if let Some(q) = chosen.quote {
        set_class(
            article,
            &format!("[data-quote=\"{q}\"]"),
            "wl-selected",
            true,
        );
        set_class(
            article,
            &format!("[data-mention=\"{q}\"]"),
            "wl-mention-active",
            true,
        );
    }
}

fn set_class(root: &web_sys::Element, selector: &str, class: &str, on: bool) {
    let Ok(nodes) = root.query_selector_all(selector) else {
        return;
    };
    for i in 0..nodes.length() {
        let Some(node) = nodes
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let mut classes: Vec<String> = node
            .class_name()
            .split_whitespace()
            .filter(|c| *c != class)
            .map(str::to_string)
            .collect();
        if on {
            classes.push(class.to_string());
        }
        node.set_class_name(&classes.join(" "));
    }
}

/// The article's paragraphs with every passage, quote and mention marked.
pub fn body_html(model: &Model, doc: usize, focus: Option<&Range<usize>>) -> String {
    let text = model.docs[doc].text.as_str();
    let mut marks: Vec<(Range<usize>, Mark)> = model.occurrences[doc]
        .iter()
        .enumerate()
        .map(|(k, o)| (o.span.clone(), Mark::Reuse(k)))
        .collect();
    for &id in &model.quotes_by_doc[doc] {
        let Some(quote) = model.quote(id) else {
            continue;
        };
        marks.push((quote.start..quote.end, Mark::Quote(id)));
        if let Some(mention) = quote.mention {
            marks.push((mention.start..mention.end, Mark::Mention(id)));
        }
    }
    let ranges: Vec<Range<usize>> = marks.iter().map(|(r, _)| r.clone()).collect();
    let mut html = Html::new();
    for paragraph in paragraphs(text, &ranges) {
        html.open("p", &[]);
        for segment in &paragraph.segments {
            segment_html(&mut html, model, doc, segment, &marks, focus);
        }
        html.close("p");
    }
    html.finish()
}

fn segment_html(
    html: &mut Html,
    model: &Model,
    doc: usize,
    segment: &Segment,
    marks: &[(Range<usize>, Mark)],
    focus: Option<&Range<usize>>,
) {
    let text = &model.docs[doc].text[segment.range.clone()];
    let occurrences = &model.occurrences[doc];
    let mut reuse = Vec::new();
    let mut quote = None;
    let mut mention_of = None;
    for &m in &segment.marks {
        match marks[m].1 {
            Mark::Reuse(k) => reuse.push(k),
            Mark::Quote(id) => quote = quote.or(Some(id)),
            Mark::Mention(id) => mention_of = mention_of.or(Some(id)),
        }
    }
    if reuse.is_empty() && quote.is_none() && mention_of.is_none() {
        html.text(text);
        return;
    }

    let others: Vec<usize> = reuse
        .iter()
        .map(|&k| occurrences[k].other_doc)
        .filter(|&other| other != doc)
        .collect();
    let is_repeat = reuse.iter().any(|&k| occurrences[k].is_repeat(doc));

    // The strongest kind here: copied reporting over the same quote over boilerplate.
    let kind = reuse.iter().map(|&k| occurrences[k].kind).min();

    // The written cue at the start of each passage: which articles and what
    // kind of sharing, or "repeated".
    let starting: Vec<usize> = reuse
        .iter()
        .copied()
        .filter(|&k| occurrences[k].span.start == segment.range.start)
        .collect();
    if !starting.is_empty() {
        let mut words = Vec::new();
        for kind in KINDS {
            let (_, lead) = kind_look(kind);
            // In the overview's order of articles (sorting indices shares
            // the widget's one sort of numbers; sorting names would add one).
            let mut kind_docs: Vec<usize> = starting
                .iter()
                .filter(|&&k| !occurrences[k].is_repeat(doc) && occurrences[k].kind == kind)
                .map(|&k| occurrences[k].other_doc)
                .collect();
            wirelens::order::sort_numbers(&mut kind_docs, |d| d as u64);
            kind_docs.dedup();
            let names: Vec<&str> = kind_docs
                .iter()
                .map(|&o| model.short_ids[o].as_str())
                .collect();
            if !names.is_empty() {
                words.push(format!("{lead} {}", names.join(", ")));
            }
        }
        if starting.iter().any(|&k| occurrences[k].is_repeat(doc)) {
            words.push("repeated here".to_string());
        }
        html.element(
            "span",
            &[
                ("class", Some("wl-src")),
                ("data-testid", Some("reuse-label")),
            ],
            &format!("[{}]", words.join("; ")),
        );
    }

    let mut class = String::from("wl-seg");
    if let (Some(first), Some(kind)) = (others.iter().min(), kind) {
        let (look, _) = kind_look(kind);
        class.push_str(&format!(" {look} wl-c{}", first % 8));
    }
    if is_repeat {
        class.push_str(" wl-repeat");
    }
    if quote.is_some() {
        class.push_str(" wl-quote");
    }
    if mention_of.is_some() {
        class.push_str(" wl-mention");
    }
    if focus.is_some_and(|f| overlaps(f, &segment.range)) {
        class.push_str(" wl-target");
    }
    let interactive = !reuse.is_empty() || quote.is_some();
    let testid = if !reuse.is_empty() {
        "reuse"
    } else if quote.is_some() {
        "quote"
    } else {
        "mention"
    };
    let mut also_docs = others.to_vec();
    wirelens::order::sort_numbers(&mut also_docs, |d| d as u64);
    also_docs.dedup();
    let also: Vec<&str> = also_docs
        .iter()
        .map(|&o| model.docs[o].id.as_str())
        .collect();
    let occ = reuse
        .iter()
        .map(|k| k.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    let jump = reuse
        .iter()
        .find(|&&k| !occurrences[k].is_repeat(doc))
        .or(reuse.first())
        .map(|&k| {
            let o = &occurrences[k];
            Route::article_at(&model.short_ids[o.other_doc], o.other_span.clone()).to_hash()
        });
    let description = if quote.is_some() && reuse.is_empty() {
        "Quote: select to see who said it and why"
    } else if is_repeat && others.is_empty() {
        "Repeated within this article: select to see where; Enter jumps there"
    } else {
        match kind {
            Some(PassageKind::Quote) => {
                "The same quote in another article: select to see where; Enter jumps there"
            }
            Some(PassageKind::Boilerplate) => {
                "Boilerplate also in another article: select to see where; Enter jumps there"
            }
            _ => "Copied reporting: select to see where else it appears; Enter jumps there",
        }
    };
    let quote_id = quote.map(|q| q.to_string());
    let mention_id = mention_of.map(|q| q.to_string());
    html.element(
        "span",
        &[
            ("class", Some(&class)),
            ("tabindex", interactive.then_some("0")),
            ("role", interactive.then_some("button")),
            ("aria-description", interactive.then_some(description)),
            ("data-testid", Some(testid)),
            ("data-kind", kind.map(|k| k.name())),
            (
                "data-also",
                (!also.is_empty()).then(|| also.join(" ")).as_deref(),
            ),
            (
                "data-repeat",
                Some(if is_repeat { "true" } else { "false" }),
            ),
            ("data-occ", (!reuse.is_empty()).then_some(occ.as_str())),
            ("data-quote", quote_id.as_deref()),
            ("data-mention", mention_id.as_deref()),
            ("data-jump", jump.as_deref()),
        ],
        text,
    );
    if let Some(id) = quote {
        if model.quote(id).is_some_and(|q| q.end == segment.range.end) {
            speaker_badge(html, model, id);
        }
    }
}

fn speaker_badge(html: &mut Html, model: &Model, quote_id: usize) {
    let speaker = model.quote(quote_id).and_then(|q| q.speaker.as_deref());
    let href = speaker
        .and_then(|name| model.slug_of(name))
        .map(|slug| Route::Speaker(slug.to_string()).to_hash());
    let (text, title) = match speaker {
        Some(name) => (short_name(name), format!("Quote attributed to {name}")),
        None => ("?".to_string(), "Quote with no named speaker".to_string()),
    };
    let (tag, class) = if href.is_some() {
        ("a", "wl-badge")
    } else {
        ("span", "wl-badge wl-badge-unknown")
    };
    html.element(
        tag,
        &[
            ("class", Some(class)),
            ("href", href.as_deref()),
            ("title", Some(&title)),
            ("aria-label", Some(&title)),
            ("data-testid", Some("speaker-badge")),
        ],
        &text,
    );
}

/// The last word of a two-word name ("Mujahid"); an organisation's acronym; else the name.
fn short_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if let Some(acronym) = name.split(['(', ')']).nth(1).filter(|a| !a.is_empty()) {
        return acronym.to_string();
    }
    if words.len() == 2 {
        return words[1].to_string();
    }
    name.to_string()
}

fn legend_html(model: &Model, doc: usize) -> String {
    let mut others: Vec<usize> = model.occurrences[doc]
        .iter()
        .map(|o| o.other_doc)
        .filter(|&o| o != doc)
        .collect();
    wirelens::order::sort_numbers(&mut others, |d| d as u64);
    others.dedup();
    let has_repeat = model.occurrences[doc].iter().any(|o| o.is_repeat(doc));
    let has_quotes = !model.quotes_by_doc[doc].is_empty();
    let this = &model.short_ids[doc];
    let mut html = Html::new();
    html.element("h3", &[("id", Some("wl-legend-title"))], "Legend")
        .open("ul", &[]);
    for o in others {
        let share = percent(model.pair_share[doc][o]);
        let href = Route::compare(this, &model.short_ids[o], None).to_hash();
        let kinds = model.pair_kinds[doc][o];
        html.open("li", &[("data-testid", Some("legend-article"))]);
        for kind in KINDS.into_iter().filter(|&k| kinds.of(k) > 0) {
            let (look, lead) = kind_look(kind);
            let class = format!("wl-sample {look} wl-c{}", o % 8);
            html.element(
                "span",
                &[("class", Some(&class))],
                &format!("[{lead} {}]", model.short_ids[o]),
            )
            .text(" ");
        }
        html.text(&format!(
            "{share}% of this article is copied reporting also in "
        ))
        .element("a", &[("href", Some(&href))], &model.label(o))
        .close("li");
    }
    let kinds_here: Vec<PassageKind> = KINDS
        .into_iter()
        .filter(|&kind| model.occurrences[doc].iter().any(|o| o.kind == kind))
        .collect();
    if !kinds_here.is_empty() {
        html.open(
            "li",
            &[
                ("class", Some("wl-kinds")),
                ("data-testid", Some("legend-kinds")),
            ],
        )
        .text("Kinds of sharing: ");
        for (i, kind) in kinds_here.iter().enumerate() {
            if i > 0 {
                html.text(" · ");
            }
            let (look, _) = kind_look(*kind);
            let what = match kind {
                PassageKind::Copy => "the same reporting, copied or lightly edited",
                PassageKind::Quote => {
                    "words both articles put in quotation marks: the same statement reported, not copying"
                }
                PassageKind::Boilerplate => {
                    "outlet furniture (notes, prompts, credit lines), not reporting"
                }
            };
            html.element(
                "span",
                &[("class", Some(&format!("wl-sample {look} wl-c7")))],
                kind_label(*kind),
            )
            .text(&format!(" {what}"));
        }
        html.close("li");
    }
    if has_repeat {
        html.raw("<li><span class=\"wl-sample wl-repeat\">[repeated here]</span> a passage this article repeats</li>");
    }
    if has_quotes {
        html.raw("<li><span class=\"wl-sample wl-quote\">quoted words</span><span class=\"wl-badge\">Speaker</span> a quote and who says it; a dotted line marks the name it is attributed through</li>");
    }
    html.close("ul");
    if model.occurrences[doc].is_empty() && !has_quotes {
        html.element(
            "p",
            &[("class", Some("wl-muted"))],
            "Nothing in this article is shared with another, repeated, or quoted.",
        );
    }
    html.finish()
}

/// The details panel for a selection.
pub fn details_html(model: &Model, doc: usize, chosen: &Selection) -> String {
    let mut html = Html::new();
    html.element("h3", &[("id", Some("wl-details-title"))], "Details");
    if chosen.occurrences.is_empty() && chosen.quote.is_none() {
        html.element(
            "p",
            &[("class", Some("wl-muted"))],
            "Hover, tap or focus (Tab) a highlighted passage or a quote to see where else it appears and who is speaking.",
        );
        return html.finish();
    }
    if !chosen.occurrences.is_empty() {
        reuse_details(&mut html, model, doc, &chosen.occurrences);
    }
    if let Some(id) = chosen.quote {
        quote_details(&mut html, model, doc, id);
    }
    html.finish()
}

fn reuse_details(html: &mut Html, model: &Model, doc: usize, chosen: &[usize]) {
    let this = &model.short_ids[doc];
    html.open("div", &[("data-testid", Some("reuse-details"))])
        .element("p", &[], "This passage:")
        .open("ul", &[("class", Some("wl-plain"))]);
    for &k in chosen {
        let Some(o) = model.occurrences[doc].get(k) else {
            continue;
        };
        let other = &model.short_ids[o.other_doc];
        let read = Route::article_at(other, o.other_span.clone()).to_hash();
        let position = model
            .passages_between(doc, o.other_doc)
            .iter()
            .position(|(p, _, _)| *p == o.passage);
        let compare = Route::compare(this, other, position).to_hash();
        let similarity = percent(o.similarity);
        let (where_, read_label) = if o.is_repeat(doc) {
            (
                "Repeated elsewhere in this article".to_string(),
                "Go to the other occurrence",
            )
        } else {
            (
                format!("Also in {}", model.label(o.other_doc)),
                "Read it there",
            )
        };
        let kind = kind_label(o.kind);
        let mut kind_title = kind.to_string();
        kind_title[..1].make_ascii_uppercase();
        html.open("li", &[("data-kind", Some(o.kind.name()))])
            .swatch(o.other_doc)
            .element(
                "strong",
                &[("data-testid", Some("passage-kind"))],
                &kind_title,
            )
            .text(&format!(". {where_} ({similarity}% similar). "))
            .element(
                "a",
                &[
                    ("href", Some(&read)),
                    ("data-testid", Some("follow-source")),
                ],
                read_label,
            )
            .text(" · ")
            .element(
                "a",
                &[
                    ("href", Some(&compare)),
                    ("data-testid", Some("compare-link")),
                ],
                "Compare side by side",
            )
            .close("li");
    }
    html.close("ul");
    // Where the words came from, when an article credits a news agency for
    // them (`Analysis::carried`: never an agency no article names).
    let id = &model.analysis.documents[doc].id;
    for carried in &model.analysis.carried {
        let here = crate::lesson::carried_spans(carried).any(|(_, span)| {
            &span.doc == id
                && chosen.iter().any(|&k| {
                    model.occurrences[doc]
                        .get(k)
                        .is_some_and(|o| overlaps(&o.span, &(span.start..span.end)))
                })
        });
        if here {
            html.element(
                "p",
                &[("data-testid", Some("provenance"))],
                &crate::lesson::likely_from(model, carried),
            );
        }
    }
    html.close("div");
}

fn quote_details(html: &mut Html, model: &Model, doc: usize, id: usize) {
    let Some(quote) = model.quote(id) else { return };
    let text = &model.docs[doc].text;
    let mention = quote
        .mention
        .map(|m| m.start..m.end)
        .filter(|m| valid_span(text, m))
        .map(|m| &text[m]);
    html.open(
        "div",
        &[
            ("class", Some("wl-quote-details")),
            ("data-testid", Some("quote-details")),
        ],
    )
    .open("p", &[])
    .text("Quote attributed to ");
    match quote.speaker.as_deref() {
        Some(name) => {
            let href = model
                .slug_of(name)
                .map(|slug| Route::Speaker(slug.to_string()).to_hash());
            html.element(
                "a",
                &[
                    ("href", href.as_deref()),
                    ("data-testid", Some("quote-speaker")),
                ],
                name,
            );
            if let Some(role) = model
                .speaker_index(name)
                .and_then(|i| model.analysis.speakers[i].role.as_deref())
            {
                html.text(&format!(" ({role})"));
            }
        }
        None => {
            html.element("em", &[], "no named speaker");
        }
    }
    let source = quote
        .speaker
        .as_deref()
        .and_then(|name| model.speaker_kind(name));
    html.text(".").close("p").element(
        "p",
        &[("class", Some("wl-why"))],
        &why_text(
            quote.cue.as_deref(),
            mention,
            quote.channel.as_deref(),
            source,
        ),
    );
    let utterance = model.utterance(quote.utterance);
    if let Some(u) = utterance.filter(|u| u.conflict) {
        let explanation = match u.conflict_kind {
            Some(ConflictKind::SameSource) => {
                "other articles give these words to the organisation or to its spokesperson."
            }
            Some(ConflictKind::Channel) => {
                "other articles give these words to the same speaker, through another channel."
            }
            _ => "other articles give these words to someone else.",
        };
        html.open(
            "p",
            &[
                ("class", Some(conflict_class(u.conflict_kind))),
                ("data-testid", Some("conflict-flag")),
                (
                    "data-conflict-kind",
                    Some(conflict_kind_name(u.conflict_kind)),
                ),
            ],
        )
        .element(
            "strong",
            &[],
            &format!("{}: ", conflict_title(u.conflict_kind)),
        )
        .text(&format!("{explanation} "));
        if let Some(slug) = quote.speaker.as_deref().and_then(|n| model.slug_of(n)) {
            let href = Route::Speaker(slug.to_string()).to_hash();
            html.element("a", &[("href", Some(&href))], "See the evidence");
        }
        html.close("p");
    }
    let elsewhere: Vec<(usize, Range<usize>)> = utterance
        .map(|u| {
            u.quotes
                .iter()
                .filter(|&&q| q != id)
                .filter_map(|&q| model.quote(q))
                .filter_map(|q| Some((model.doc_index(&q.doc)?, q.start..q.end)))
                .collect()
        })
        .unwrap_or_default();
    if !elsewhere.is_empty() {
        html.element("p", &[], "The same statement is also quoted in:")
            .open("ul", &[("class", Some("wl-plain"))]);
        for (other, span) in elsewhere {
            let href = Route::article_at(&model.short_ids[other], span).to_hash();
            html.open("li", &[])
                .element(
                    "a",
                    &[
                        ("href", Some(&href)),
                        ("data-testid", Some("utterance-link")),
                    ],
                    &model.label(other),
                )
                .close("li");
        }
        html.close("ul");
    }
    html.close("div");
}

/// The "why" of an attribution in words: the cue, the mention, the channel.
pub fn why_text(
    cue: Option<&str>,
    mention: Option<&str>,
    channel: Option<&str>,
    source: Option<SpeakerKind>,
) -> String {
    let mut parts = Vec::new();
    if let Some(cue) = cue {
        parts.push(format!("the cue “{cue}”"));
    }
    if let Some(mention) = mention {
        parts.push(format!("the mention “{mention}”"));
    }
    let mut text = if parts.is_empty() {
        "Why: no cue or mention was found next to it.".to_string()
    } else {
        format!("Why: {}.", parts.join(" and "))
    };
    if let Some(channel) = channel {
        text.push_str(&format!(" Channel: {channel}."));
    }
    if let Some(kind) = source {
        text.push_str(&format!(" Source: {}.", source_words(kind)));
    }
    text
}

/// What sort of source a speaker is, in plain words.
pub fn source_words(kind: SpeakerKind) -> &'static str {
    match kind {
        SpeakerKind::Person => "a person",
        SpeakerKind::Organisation => "an organisation",
        SpeakerKind::Document => "a document or publication, not a person",
    }
}

/// What differs in a conflict, in plain words a class understands.
pub fn conflict_words(kind: Option<ConflictKind>) -> &'static str {
    match kind {
        Some(ConflictKind::Speaker) | None => "different people",
        Some(ConflictKind::SameSource) => "spokesperson vs own organisation",
        Some(ConflictKind::Channel) => "same speaker, different channel",
    }
}

/// "⚠ Real conflict — different people" or "Mild conflict — …": the
/// words say how serious it is, not only the colour.
pub fn conflict_title(kind: Option<ConflictKind>) -> String {
    match kind {
        Some(ConflictKind::SameSource | ConflictKind::Channel) => {
            format!("Mild conflict — {}", conflict_words(kind))
        }
        _ => format!("⚠ Real conflict — {}", conflict_words(kind)),
    }
}

/// The CSS classes of a conflict's flag: real conflicts stand out more.
pub fn conflict_class(kind: Option<ConflictKind>) -> &'static str {
    match kind {
        Some(ConflictKind::SameSource | ConflictKind::Channel) => "wl-conflict wl-conflict-mild",
        _ => "wl-conflict wl-conflict-real",
    }
}

/// The contract's name of a conflict kind, for `data-` attributes.
pub fn conflict_kind_name(kind: Option<ConflictKind>) -> &'static str {
    kind.map_or("none", ConflictKind::name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seeds::seed_documents;
    use wirelens::Document;

    #[test]
    fn short_names_keep_surnames_and_acronyms() {
        assert_eq!(short_name("Zabihullah Mujahid"), "Mujahid");
        assert_eq!(short_name("National Resistance Front (NRF)"), "NRF");
        assert_eq!(short_name("the Taliban"), "Taliban");
        assert_eq!(short_name("Ali Maisam Nazary"), "Ali Maisam Nazary");
    }

    #[test]
    fn why_names_cue_mention_and_channel() {
        assert_eq!(
            why_text(Some("said"), Some("he"), Some("Twitter"), None),
            "Why: the cue “said” and the mention “he”. Channel: Twitter."
        );
        assert_eq!(
            why_text(None, None, None, None),
            "Why: no cue or mention was found next to it."
        );
        assert_eq!(
            why_text(
                Some("said"),
                Some("The report"),
                None,
                Some(SpeakerKind::Document)
            ),
            "Why: the cue “said” and the mention “The report”. Source: a document or publication, not a person."
        );
    }

    #[test]
    fn conflicts_are_named_in_plain_words() {
        assert_eq!(
            conflict_title(Some(ConflictKind::Speaker)),
            "⚠ Real conflict — different people"
        );
        assert_eq!(
            conflict_title(Some(ConflictKind::SameSource)),
            "Mild conflict — spokesperson vs own organisation"
        );
        assert_eq!(
            conflict_title(Some(ConflictKind::Channel)),
            "Mild conflict — same speaker, different channel"
        );
        assert!(conflict_class(Some(ConflictKind::Speaker)).contains("wl-conflict-real"));
    }

    #[test]
    fn the_why_panel_says_the_source_kind_and_the_conflict_kind() {
        let model = Model::build(seed_documents());
        let quote = model
            .analysis
            .quotes
            .iter()
            .find(|q| q.text.starts_with("The NRF forces are present"))
            .expect("Nazary's quote");
        let doc = model.doc_index(&quote.doc).expect("its article");
        let mut html = Html::new();
        quote_details(&mut html, &model, doc, quote.id);
        let html = html.finish();
        assert!(html.contains("Source: a person."), "{html}");
        assert!(
            html.contains("Mild conflict — spokesperson vs own organisation"),
            "{html}"
        );
    }

    #[test]
    fn a_passage_credited_elsewhere_says_where_its_words_likely_came_from() {
        let model = Model::build(seed_documents());
        let details = |doc: usize, words: &str| {
            let text = &model.docs[doc].text;
            let at = text.find(words).expect("the words are in the article");
            let chosen: Vec<usize> = (model.occurrences[doc].iter().enumerate())
                .filter(|(_, o)| overlaps(&o.span, &(at..at + words.len())))
                .map(|(k, _)| k)
                .collect();
            assert!(!chosen.is_empty(), "{words} is shared");
            let mut html = Html::new();
            reuse_details(&mut html, &model, doc, &chosen);
            html.finish()
        };
        let afp = "Likely from AFP: credited in 001, uncredited in 002 and 003.";
        for doc in [1, 2, 3] {
            let html = details(doc, "quagmire of war");
            assert!(html.contains(afp), "{doc}: {html}");
        }
        // The other translation of the statement is credited to no agency.
        let html = details(0, "whirlpool of the war");
        assert!(!html.contains("Likely from"), "{html}");
    }

    #[test]
    fn body_keeps_every_character_of_the_article() {
        let model = Model::build(seed_documents());
        for doc in 0..model.docs.len() {
            let html = body_html(&model, doc, None);
            // Strip tags and the written labels; unescape; compare with the text minus line breaks.
            let mut visible = String::new();
            let mut in_tag = false;
            let without_labels = html
                .split("<span class=\"wl-src\"")
                .enumerate()
                .map(|(i, part)| {
                    if i == 0 {
                        part
                    } else {
                        part.split_once("</span>").map_or("", |x| x.1)
                    }
                })
                .collect::<String>();
            let without_badges = without_labels
                .split("<a class=\"wl-badge\"")
                .enumerate()
                .map(|(i, part)| {
                    if i == 0 {
                        part
                    } else {
                        part.split_once("</a>").map_or("", |x| x.1)
                    }
                })
                .collect::<String>();
            for c in without_badges.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    _ if !in_tag => visible.push(c),
                    _ => {}
                }
            }
            let visible = visible
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
            let expected: String = model.docs[doc]
                .text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .collect();
            assert_eq!(visible, expected, "article {doc}");
        }
    }

    #[test]
    fn seed_003_marks_its_repeat_and_user_text_is_escaped() {
        let model = Model::build(seed_documents());
        let three = model.resolve_doc("003").unwrap();
        assert!(body_html(&model, three, None).contains("data-repeat=\"true\""));
        let hostile = Model::build(vec![Document::new(
            "x",
            "<script>alert(1)</script> \"quoted words here\" he said.",
        )]);
        let html = body_html(&hostile, 0, None);
        assert!(!html.contains("<script>"));
    }
}
