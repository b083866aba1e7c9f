//! The overview: key figures, the articles with their length and original
//! share, and the heat map of what each pair of articles shares (each cell
//! opens that pair side by side). Read-only, so written as HTML text.

use leptos::prelude::*;

use crate::app::use_state;
use crate::html::{Html, Markup};
use crate::model::{clip, per_mille, percent, KindCounts, Model};
use crate::route::Route;
use wirelens::PassageKind;

#[component]
pub fn OverviewView() -> impl IntoView {
    let state = use_state();
    let overview: Markup = Box::new(move || overview_html(&state.model.get().0));
    view! {
        <section class="wl-view wl-overview" aria-labelledby="wl-view-title" data-testid="overview"
            inner_html=overview>
        </section>
    }
}

/// The whole overview as HTML.
pub fn overview_html(model: &Model) -> String {
    let mut html = Html::new();
    html.element(
        "h2",
        &[("id", Some("wl-view-title")), ("tabindex", Some("-1"))],
        "Overview",
    );
    key_figures(&mut html, model);
    html.open("div", &[("class", Some("wl-overview-grid"))]);
    article_table(&mut html, model);
    share_matrix(&mut html, model);
    html.close("div");
    html.finish()
}

fn key_figures(html: &mut Html, model: &Model) {
    let figures = [
        ("Articles", model.docs.len(), "figure-articles"),
        (
            "Copied passages",
            model.cross_passage_count(PassageKind::Copy),
            "figure-passages",
        ),
        (
            "Same quote in two articles",
            model.cross_passage_count(PassageKind::Quote),
            "figure-shared-quotes",
        ),
        (
            "Boilerplate passages",
            model.cross_passage_count(PassageKind::Boilerplate),
            "figure-boilerplate",
        ),
        (
            "Repeats within an article",
            model.repeat_passage_count(),
            "figure-repeats",
        ),
        ("Quotes", model.analysis.quotes.len(), "figure-quotes"),
        ("Speakers", model.analysis.speakers.len(), "figure-speakers"),
        (
            "Conflicting attributions",
            model.conflict_count(),
            "figure-conflicts",
        ),
        (
            "…of them between different people",
            model.real_conflict_count(),
            "figure-real-conflicts",
        ),
    ];
    html.open(
        "dl",
        &[
            ("class", Some("wl-figures")),
            ("data-testid", Some("key-figures")),
        ],
    );
    for (label, value, testid) in figures {
        html.open(
            "div",
            &[("class", Some("wl-figure")), ("data-testid", Some(testid))],
        )
        .element("dt", &[], label)
        .element("dd", &[], &value.to_string())
        .close("div");
    }
    html.close("dl");
}

fn article_table(html: &mut Html, model: &Model) {
    html.open("div", &[("class", Some("wl-card"))])
        .open("table", &[("class", Some("wl-articles")), ("data-testid", Some("article-table"))])
        .element("caption", &[], "The articles, and how much of each is found in no other article")
        .raw("<thead><tr><th scope=\"col\">Article (title = first line)</th><th scope=\"col\">Length</th><th scope=\"col\">Original share</th></tr></thead>")
        .open("tbody", &[]);
    for (i, summary) in model.analysis.documents.iter().enumerate() {
        let original = summary.original_share.clamp(0.0, 1.0);
        let words = model.docs[i].text.split_whitespace().count();
        let href = Route::article(&model.short_ids[i]).to_hash();
        html.open("tr", &[("data-testid", Some("article-row")), ("data-doc", Some(&summary.id))])
            .open("th", &[("scope", Some("row"))])
            .swatch(i)
            .element("span", &[("class", Some("wl-id"))], &model.short_ids[i])
            .text(" ")
            .element("a", &[("href", Some(&href)), ("data-testid", Some("article-link"))], &clip(&summary.title, 110))
            .close("th")
            .open("td", &[("class", Some("wl-num"))])
            .text(&format!("{words} words"))
            .raw("<br>")
            .element("span", &[("class", Some("wl-muted"))], &format!("{} bytes", summary.bytes))
            .close("td")
            .open("td", &[("class", Some("wl-share-cell"))])
            .raw(&format!(
                "<svg class=\"wl-bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
                 <rect class=\"wl-bar-found\" x=\"0\" y=\"0\" width=\"100\" height=\"10\"></rect>\
                 <rect class=\"wl-bar-original\" x=\"0\" y=\"0\" width=\"{}\" height=\"10\"></rect></svg>",
                percent(original)
            ))
            .element(
                "span",
                &[("data-testid", Some("original-share"))],
                &format!("{}% original", percent(original)),
            )
            .close("td")
            .close("tr");
    }
    html.close("tbody").close("table").close("div");
}

fn share_matrix(html: &mut Html, model: &Model) {
    let n = model.docs.len();
    html.open("div", &[("class", Some("wl-card wl-matrix-card"))])
        .open("table", &[("class", Some("wl-matrix")), ("data-testid", Some("share-matrix"))])
        .element(
            "caption",
            &[],
            "What each pair shares: the share of the row's article copied in the column's article. \
             Passages that are only the same quote (❝) or outlet boilerplate (▤) are counted apart, not as copying. \
             The diagonal counts passages repeated within one article. Select a cell to compare.",
        )
        .raw("<thead><tr><td></td>");
    for j in 0..n {
        html.open(
            "th",
            &[
                ("scope", Some("col")),
                ("title", Some(model.docs[j].title())),
            ],
        )
        .swatch(j)
        .text(&model.short_ids[j])
        .close("th");
    }
    html.raw("</tr></thead><tbody>");
    for i in 0..n {
        html.raw("<tr>")
            .open(
                "th",
                &[
                    ("scope", Some("row")),
                    ("title", Some(model.docs[i].title())),
                ],
            )
            .swatch(i)
            .text(&model.short_ids[i])
            .close("th");
        for j in 0..n {
            let share = model.pair_share[i][j].clamp(0.0, 1.0);
            let percent = percent(share);
            let (row_id, col_id) = (&model.short_ids[i], &model.short_ids[j]);
            let href = Route::compare(row_id, col_id, None).to_hash();
            let kinds = model.pair_kinds[i][j];
            let label = cell_label(percent, row_id, col_id, i == j, kinds);
            let text = if share > 0.0 && percent == 0 {
                "<1%".to_string()
            } else {
                format!("{percent}%")
            };
            let mut apart = Vec::new();
            if kinds.quote > 0 {
                apart.push(format!("❝{}", kinds.quote));
            }
            if kinds.boilerplate > 0 {
                apart.push(format!("▤{}", kinds.boilerplate));
            }
            let class = if i == j {
                "wl-heat wl-heat-self"
            } else {
                "wl-heat"
            };
            let style = format!("--share: {}", per_mille(share));
            html.open("td", &[("class", Some(class)), ("style", Some(&style))])
                .open(
                    "a",
                    &[
                        ("href", Some(&href)),
                        ("title", Some(&label)),
                        ("aria-label", Some(&label)),
                        ("data-testid", Some("matrix-cell")),
                        ("data-row", Some(&model.docs[i].id)),
                        ("data-col", Some(&model.docs[j].id)),
                    ],
                )
                .text(&text);
            if !apart.is_empty() {
                // Drawn by CSS from the attribute: the label says it in words,
                // and a link's visible text must be part of its accessible name.
                html.element(
                    "small",
                    &[
                        ("class", Some("wl-heat-apart")),
                        ("aria-hidden", Some("true")),
                        ("data-apart", Some(&apart.join(" "))),
                    ],
                    "",
                );
            }
            html.close("a").close("td");
        }
        html.raw("</tr>");
    }
    html.raw("</tbody>").close("table").close("div");
}

/// What a matrix cell says to a screen reader and in its tooltip.
fn cell_label(percent: u32, row_id: &str, col_id: &str, repeat: bool, kinds: KindCounts) -> String {
    let mut label = if repeat {
        format!("{percent}% of {row_id} is copied reporting repeated within it")
    } else {
        format!("{percent}% of {row_id} is copied reporting also in {col_id}")
    };
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    if kinds.quote > 0 {
        label.push_str(&format!(
            "; {} the same quote",
            count(kinds.quote, "passage is", "passages are")
        ));
    }
    if kinds.boilerplate > 0 {
        label.push_str(&format!(
            "; {} boilerplate",
            count(kinds.boilerplate, "passage is", "passages are")
        ));
    }
    label.push_str(if repeat {
        ": see the repeats"
    } else {
        ": compare side by side"
    });
    label
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seeds::seed_documents;
    use wirelens::Document;

    #[test]
    fn lists_every_article_and_every_pair() {
        let model = Model::build(seed_documents());
        let html = overview_html(&model);
        assert_eq!(html.matches("data-testid=\"article-row\"").count(), 5);
        assert_eq!(html.matches("data-testid=\"matrix-cell\"").count(), 25);
        assert!(html.contains("href=\"#/compare/000/004\""));
    }

    #[test]
    fn cells_count_copied_reporting_and_name_quotes_and_boilerplate_apart() {
        let kinds = KindCounts {
            copy: 1,
            quote: 2,
            boilerplate: 1,
        };
        assert_eq!(
            cell_label(12, "000", "004", false, kinds),
            "12% of 000 is copied reporting also in 004; 2 passages are the same quote; \
             1 passage is boilerplate: compare side by side"
        );
        let model = Model::build(seed_documents());
        let html = overview_html(&model);
        // The seeds carry the same statements in several articles.
        assert!(html.contains("❝"), "a cell marks shared quotes");
        assert!(html.contains("data-testid=\"figure-shared-quotes\""));
    }

    #[test]
    fn article_text_is_escaped() {
        let docs = vec![Document::new(
            "x",
            "<img src=x onerror=alert(1)> title\nbody",
        )];
        let html = overview_html(&Model::build(docs));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;img"));
    }
}
