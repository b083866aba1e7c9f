//! Side by side: two articles (or one article against itself, for its
//! repeats), first both whole in two columns with their shared passages
//! marked by kind and the columns' scrolling kept in step (scrolling one
//! brings the other to the same passage), then every passage they share
//! aligned in two columns and marked word by word: same, changed, spelling
//! variant, only on one side.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wirelens::reuse::word_diff;
use wirelens::PassageKind;

use crate::app::{navigate, use_state};
use crate::diff::{side_pieces, PieceKind, Side};
use crate::html::Html;
use crate::model::{kind_label, percent, Model};
use crate::reader::kind_look;
use crate::route::Route;
use crate::segments::paragraphs;
use crate::summary::plural;

#[component]
pub fn CompareView(a: Option<String>, b: Option<String>, passage: Option<usize>) -> impl IntoView {
    let state = use_state();
    move || {
        let model = state.model.get().0;
        let chosen_a = a.as_deref().and_then(|k| model.resolve_doc(k));
        let chosen_b = b.as_deref().and_then(|k| model.resolve_doc(k));
        let (left, right) = match (chosen_a, chosen_b) {
            (Some(l), Some(r)) => (Some(l), Some(r)),
            _ => match most_shared_pair(&model) {
                Some((l, r)) => (Some(l), Some(r)),
                None => (None, None),
            },
        };
        let unknown = [&a, &b]
            .into_iter()
            .zip([chosen_a, chosen_b])
            .filter_map(|(key, found)| key.as_ref().filter(|_| found.is_none()).cloned())
            .collect::<Vec<_>>();
        view! {
            <section class="wl-view wl-compare" aria-labelledby="wl-view-title" data-testid="compare">
                <h2 id="wl-view-title" tabindex="-1">"Side by side"</h2>
                {(!unknown.is_empty()).then(|| view! {
                    <p class="wl-notice">{format!("No article “{}” in the corpus; showing the pair that shares most.", unknown.join("”, “"))}</p>
                })}
                {pickers(&model, left, right)}
                {match (left, right) {
                    (Some(l), Some(r)) => pair_view(model.clone(), l, r, passage).into_any(),
                    _ => view! { <p class="wl-notice">"Add at least one article to compare."</p> }.into_any(),
                }}
            </section>
        }
    }
}

/// The pair of different articles sharing the largest share of one of them.
fn most_shared_pair(model: &Model) -> Option<(usize, usize)> {
    let n = model.docs.len();
    if n == 0 {
        return None;
    }
    if n == 1 {
        return Some((0, 0));
    }
    // Copied reporting first; then, where nothing is copied, most passages of any kind.
    let mut best = (0, 1, (-1.0, 0));
    for i in 0..n {
        for j in 0..n {
            let key = (model.pair_share[i][j], model.pair_kinds[i][j].total());
            if i != j && (key.0 > best.2 .0 || (key.0 == best.2 .0 && key.1 > best.2 .1)) {
                best = (i, j, key);
            }
        }
    }
    Some((best.0.min(best.1), best.0.max(best.1)))
}

fn pickers(model: &Model, left: Option<usize>, right: Option<usize>) -> impl IntoView {
    let mut html = Html::new();
    for (label, testid, selected) in [
        ("Left article ", "compare-left", left),
        ("Right article ", "compare-right", right),
    ] {
        html.open("label", &[])
            .text(label)
            .open("select", &[("data-testid", Some(testid))]);
        for i in 0..model.docs.len() {
            html.element(
                "option",
                &[
                    ("value", Some(&model.short_ids[i])),
                    ("selected", (selected == Some(i)).then_some("")),
                ],
                &model.label(i),
            );
        }
        html.close("select").close("label");
    }
    view! {
        <form class="wl-pickers" inner_html=html.finish()
            on:submit=|ev| ev.prevent_default()
            on:change=|_| {
                let (a, b) = current_pair();
                navigate(&Route::compare(&a, &b, None));
            }>
        </form>
    }
}

/// The pair shown now, read from the page's selects (so one can change alone).
fn current_pair() -> (String, String) {
    let value = |selector: &str| {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|s| s.value())
            .unwrap_or_default()
    };
    (
        value("[data-testid=compare-left]"),
        value("[data-testid=compare-right]"),
    )
}

fn pair_view(model: Arc<Model>, left: usize, right: usize, focus: Option<usize>) -> impl IntoView {
    if focus.is_some() {
        request_animation_frame(|| {
            let target = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| {
                    d.query_selector("#wl-main .wl-passage.wl-target")
                        .ok()
                        .flatten()
                })
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(target) = target {
                target.scroll_into_view();
                let _ = target.focus();
            }
        });
    }
    view! { <div inner_html=pair_html(&model, left, right, focus)></div> }
}

/// Keep the whole-article columns' scrolling in step: one listener on the
/// document, installed once (scroll events do not bubble: caught on the way
/// down, in capture), so no view owns a listener of its own.
pub fn install_scroll_sync() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let on_scroll = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(sync_scroll);
    let _ = document.add_event_listener_with_callback_and_bool(
        "scroll",
        on_scroll.as_ref().unchecked_ref(),
        true,
    );
    on_scroll.forget();
}

/// Scrolling one whole-article column brings the other to the same passage:
/// the first passage (`data-n`) at the top of the scrolled column is put at
/// the same height in the other. The other column's own scroll event, within
/// 150 ms, is not synced back (`data-synced` holds when it was moved).
fn sync_scroll(event: web_sys::Event) {
    let Some(column) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|c| c.class_name() == "wl-whole-col")
    else {
        return;
    };
    let now = web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now());
    let moved_at = column
        .get_attribute("data-synced")
        .and_then(|t| t.parse::<u32>().ok());
    if moved_at.is_some_and(|t| now - f64::from(t) < 150.0) {
        return;
    }
    let other = [
        column.previous_element_sibling(),
        column.next_element_sibling(),
    ]
    .into_iter()
    .flatten()
    .find_map(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(other), Ok(marks)) = (other, column.query_selector_all("mark[data-n]")) else {
        return;
    };
    let top = column.scroll_top();
    for i in 0..marks.length() {
        let Some(mark) = marks
            .item(i)
            .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        if mark.offset_top() + mark.offset_height() <= top {
            continue;
        }
        let n = mark.get_attribute("data-n").unwrap_or_default();
        let selector = format!("mark[data-n=\"{n}\"]");
        if let Some(same) = other
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = other.set_attribute("data-synced", &(now as u32).to_string());
            other.set_scroll_top(same.offset_top() - (mark.offset_top() - top));
        }
        return;
    }
}

/// The passages two articles share, each aligned word by word, as HTML.
pub fn pair_html(model: &Model, left: usize, right: usize, focus: Option<usize>) -> String {
    let pairs = model.passages_between(left, right);
    let share_left = percent(model.pair_share[left][right]);
    let share_right = percent(model.pair_share[right][left]);
    let (l, r) = (&model.short_ids[left], &model.short_ids[right]);
    let kinds = model.pair_kinds[left][right];
    let count = plural(pairs.len(), "passage", "passages");
    let mut intro = if left == right {
        format!("{l} repeats {count} within itself; copied reporting is {share_left}% of its text.")
    } else {
        format!(
            "{l} and {r} share {count}. Copied reporting: {share_left}% of {l} and {share_right}% of {r}."
        )
    };
    let apart: Vec<String> = [
        (
            kinds.quote,
            "is the same quote in both",
            "are the same quote in both",
        ),
        (kinds.boilerplate, "is boilerplate", "are boilerplate"),
    ]
    .iter()
    .filter(|(count, ..)| *count > 0)
    .map(|&(count, one, many)| format!("{count} {}", if count == 1 { one } else { many }))
    .collect();
    if !apart.is_empty() {
        intro.push_str(&format!(
            " Of these, {}, which is not copying.",
            apart.join(" and ")
        ));
    }
    let mut html = Html::new();
    html.element("p", &[("data-testid", Some("compare-intro"))], &intro);
    if pairs.is_empty() {
        html.element(
            "p",
            &[("class", Some("wl-notice")), ("data-testid", Some("compare-empty"))],
            "These two articles share no passage. Pick another pair above, or a cell of the overview's table.",
        );
    } else {
        // The word key belongs to the passages below it, not to the whole articles.
        whole_html(&mut html, model, left, right, &pairs);
        html.element("h3", &[], "Passage by passage").raw(
            "<p class=\"wl-diff-legend\" data-testid=\"diff-legend\">Key: \
         <span class=\"wl-w-same\">same words</span> · \
         <span class=\"wl-w-changed\">changed</span> · \
         <span class=\"wl-w-variant\">spelling variant</span> · \
         <span class=\"wl-w-only wl-w-del\">only on the left</span> · \
         <span class=\"wl-w-only wl-w-ins\">only on the right</span></p>",
        );
    }
    html.open("ol", &[("class", Some("wl-passages"))]);
    for (n, (_, span_left, span_right)) in pairs.iter().enumerate() {
        passage_row(
            &mut html,
            model,
            n,
            (left, span_left.clone()),
            (right, span_right.clone()),
            focus == Some(n),
        );
    }
    html.close("ol");
    html.finish()
}

/// Both articles whole in two columns, each passage they share marked by
/// kind in the other article's colour and numbered (`data-n`) as in the list
/// of passages, so the columns can be scrolled in step.
fn whole_html(
    html: &mut Html,
    model: &Model,
    left: usize,
    right: usize,
    pairs: &[(usize, Range<usize>, Range<usize>)],
) {
    let kind_of = |n: usize| {
        model
            .analysis
            .passages
            .get(pairs[n].0)
            .map_or(PassageKind::Copy, |p| p.kind)
    };
    html.element("h3", &[], "Both articles whole").open(
        "p",
        &[
            ("class", Some("wl-muted")),
            ("data-testid", Some("whole-legend")),
        ],
    );
    html.text("Shared passages are marked in both; scrolling one article brings the other to the same passage. Key:");
    for kind in [
        PassageKind::Copy,
        PassageKind::Quote,
        PassageKind::Boilerplate,
    ] {
        if (0..pairs.len()).any(|n| kind_of(n) == kind) {
            let class = format!("wl-sample {} wl-c{}", kind_look(kind).0, right % 8);
            html.text(" ")
                .element("span", &[("class", Some(&class))], kind_label(kind));
        }
    }
    html.close("p").open(
        "div",
        &[
            ("class", Some("wl-whole")),
            ("data-testid", Some("compare-whole")),
        ],
    );
    for (side, doc, other) in [(0, left, right), (1, right, left)] {
        let text = model.docs[doc].text.as_str();
        let marks: Vec<Range<usize>> = pairs
            .iter()
            .map(|(_, a, b)| if side == 0 { a.clone() } else { b.clone() })
            .collect();
        let label = model.label(doc);
        html.open(
            "div",
            &[
                ("class", Some("wl-whole-col")),
                ("tabindex", Some("0")),
                ("role", Some("region")),
                ("aria-label", Some(&label)),
                ("data-testid", Some("compare-whole-col")),
            ],
        )
        .open("p", &[("class", Some("wl-column-head"))])
        .swatch(doc)
        .text(&label)
        .close("p");
        for paragraph in paragraphs(text, &marks) {
            html.open("p", &[]);
            for segment in &paragraph.segments {
                let words = &text[segment.range.clone()];
                let Some(&n) = segment.marks.first() else {
                    html.text(words);
                    continue;
                };
                let kind = kind_of(n);
                let class = format!("wl-seg {} wl-c{}", kind_look(kind).0, other % 8);
                let number = n.to_string();
                let title = format!("passage {}: {}", n + 1, kind_label(kind));
                html.element(
                    "mark",
                    &[
                        ("class", Some(&class)),
                        ("data-n", Some(&number)),
                        ("data-kind", Some(kind.name())),
                        ("title", Some(&title)),
                    ],
                    words,
                );
            }
            html.close("p");
        }
        html.close("div");
    }
    html.close("div");
}

fn passage_row(
    html: &mut Html,
    model: &Model,
    n: usize,
    (left, span_left): (usize, Range<usize>),
    (right, span_right): (usize, Range<usize>),
    focused: bool,
) {
    let occurrence = model.occurrences[left]
        .iter()
        .find(|o| o.span == span_left && o.other_doc == right);
    let similarity = occurrence.map(|o| percent(o.similarity)).unwrap_or(0);
    let kind = occurrence.map_or(PassageKind::Copy, |o| o.kind);
    let class = format!(
        "wl-passage wl-kind-{}{}",
        kind.name(),
        if focused { " wl-target" } else { "" }
    );
    html.open(
        "li",
        &[
            ("class", Some(&class)),
            ("tabindex", Some("-1")),
            ("data-testid", Some("compare-passage")),
            ("data-kind", Some(kind.name())),
        ],
    )
    .open("p", &[("class", Some("wl-passage-head"))])
    .element("span", &[("class", Some("wl-kind-tag"))], kind_label(kind))
    .text(&format!(" · passage {} · {similarity}% similar", n + 1))
    .close("p");
    diff_columns(html, model, [(left, span_left), (right, span_right)]);
    html.close("li");
}

/// One passage's two sides in two columns, each headed by its article
/// (linked to the span in the reader), its words marked same / changed /
/// spelling variant / only on this side. Also the lesson's edited passage.
pub fn diff_columns(html: &mut Html, model: &Model, sides: [(usize, Range<usize>); 2]) {
    let [(left, span_left), (right, span_right)] = sides;
    let text_left = &model.docs[left].text[span_left.clone()];
    let text_right = &model.docs[right].text[span_right.clone()];
    let ops = word_diff(text_left, text_right);
    html.open("div", &[("class", Some("wl-columns"))]);
    for (side, doc, span, text) in [
        (Side::A, left, &span_left, text_left),
        (Side::B, right, &span_right, text_right),
    ] {
        let href = Route::article_at(&model.short_ids[doc], span.clone()).to_hash();
        html.open("div", &[("class", Some("wl-column"))])
            .open("p", &[("class", Some("wl-column-head"))])
            .swatch(doc)
            .element(
                "a",
                &[("href", Some(&href)), ("data-testid", Some("compare-open"))],
                &format!(
                    "{} · bytes {}–{}",
                    model.short_ids[doc], span.start, span.end
                ),
            )
            .close("p")
            .open("p", &[("class", Some("wl-column-text"))]);
        for piece in side_pieces(text_left, text_right, &ops, side) {
            let words = &text[piece.range.clone()];
            let counterpart = piece.counterpart.as_deref().unwrap_or("");
            let (class, title) = match (piece.kind, side) {
                (PieceKind::Between, _) => {
                    html.text(words);
                    continue;
                }
                (PieceKind::Same, _) => ("wl-w-same", None),
                (PieceKind::Changed, _) => (
                    "wl-w-changed",
                    Some(format!("changed: the other side has “{counterpart}”")),
                ),
                (PieceKind::Variant, _) => (
                    "wl-w-variant",
                    Some(format!("spelling variant of “{counterpart}”")),
                ),
                (PieceKind::Only, Side::A) => {
                    ("wl-w-only wl-w-del", Some("only on the left".to_string()))
                }
                (PieceKind::Only, Side::B) => {
                    ("wl-w-only wl-w-ins", Some("only on the right".to_string()))
                }
            };
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seeds::seed_documents;

    #[test]
    fn the_most_shared_pair_is_two_different_articles() {
        let model = Model::build(seed_documents());
        let (a, b) = most_shared_pair(&model).unwrap();
        assert_ne!(a, b);
        let html = pair_html(&model, a, b, Some(0));
        assert!(html.contains("wl-target"));
        assert!(html.contains("data-kind=\"copy\""));
        assert!(html.matches("data-testid=\"compare-passage\"").count() >= 1);
    }

    #[test]
    fn the_intro_is_plain_english_in_the_singular_and_plural() {
        let model = Model::build(seed_documents());
        let html = pair_html(&model, 0, 4, None);
        assert!(html.contains("000 and 004 share 1 passage."), "{html}");
        assert!(html.contains("Of these, 1 is the same quote in both, which is not copying."));
        let html = pair_html(&model, 2, 3, None);
        assert!(html.contains("002 and 003 share 8 passages."));
        assert!(html.contains("Of these, 3 are the same quote in both, which is not copying."));
        assert!(!html.contains("(s)"));
        // Both articles whole, each passage numbered in both columns.
        assert_eq!(html.matches("data-testid=\"compare-whole-col\"").count(), 2);
        assert!(html.contains("data-n=\"7\""));
        // The word key comes with the passage-by-passage list, after the whole articles.
        let whole = html.find("compare-whole").unwrap();
        let key = html.find("diff-legend").unwrap();
        assert!(whole < key && html.find("Passage by passage").unwrap() < key);
    }
}
