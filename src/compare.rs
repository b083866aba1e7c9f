//! Side by side: two articles (or one article against itself, for its
//! repeats) with every passage they share aligned in two columns and marked
//! word by word: same, changed, spelling variant, only on one side.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wirelens::reuse::word_diff;

use crate::app::{navigate, use_state};
use crate::diff::{side_pieces, PieceKind, Side};
use crate::html::Html;
use crate::model::{kind_label, percent, Model};
use crate::route::Route;

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

/// The passages two articles share, each aligned word by word, as HTML.
pub fn pair_html(model: &Model, left: usize, right: usize, focus: Option<usize>) -> String {
    let pairs = model.passages_between(left, right);
    let share_left = percent(model.pair_share[left][right]);
    let share_right = percent(model.pair_share[right][left]);
    let (l, r) = (&model.short_ids[left], &model.short_ids[right]);
    let kinds = model.pair_kinds[left][right];
    let mut intro = if left == right {
        format!(
            "{l} repeats {} passage(s) within itself; copied reporting is {share_left}% of its text.",
            pairs.len()
        )
    } else {
        format!(
            "{l} and {r} share {} passage(s). Copied reporting: {share_left}% of {l} and {share_right}% of {r}.",
            pairs.len()
        )
    };
    let apart: Vec<String> = [
        (kinds.quote, "the same quote"),
        (kinds.boilerplate, "boilerplate"),
    ]
    .iter()
    .filter(|(count, _)| *count > 0)
    .map(|(count, what)| format!("{count} {what}"))
    .collect();
    if !apart.is_empty() {
        intro.push_str(&format!(" Not copying: {}.", apart.join(", ")));
    }
    let mut html = Html::new();
    html.element("p", &[("data-testid", Some("compare-intro"))], &intro)
        .raw(
            "<p class=\"wl-diff-legend\" data-testid=\"diff-legend\">Key: \
         <span class=\"wl-w-same\">same words</span> · \
         <span class=\"wl-w-changed\">changed</span> · \
         <span class=\"wl-w-variant\">spelling variant</span> · \
         <span class=\"wl-w-only wl-w-del\">only on the left</span> · \
         <span class=\"wl-w-only wl-w-ins\">only on the right</span></p>",
        );
    if pairs.is_empty() {
        html.element(
            "p",
            &[("class", Some("wl-notice")), ("data-testid", Some("compare-empty"))],
            "These two articles share no passage. Pick another pair above, or a cell of the overview's table.",
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

fn passage_row(
    html: &mut Html,
    model: &Model,
    n: usize,
    (left, span_left): (usize, Range<usize>),
    (right, span_right): (usize, Range<usize>),
    focused: bool,
) {
    let text_left = &model.docs[left].text[span_left.clone()];
    let text_right = &model.docs[right].text[span_right.clone()];
    let ops = word_diff(text_left, text_right);
    let occurrence = model.occurrences[left]
        .iter()
        .find(|o| o.span == span_left && o.other_doc == right);
    let similarity = occurrence.map(|o| percent(o.similarity)).unwrap_or(0);
    let kind = occurrence.map_or(wirelens::PassageKind::Copy, |o| o.kind);
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
    .close("p")
    .open("div", &[("class", Some("wl-columns"))]);
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
    html.close("div").close("li");
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
}
