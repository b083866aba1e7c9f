//! The overview: key figures, the articles with their length and original
//! share, and the heat map of what each pair of articles shares (each cell
//! opens that pair side by side).

use leptos::prelude::*;

use crate::app::use_state;
use crate::model::{clip, Model};
use crate::route::Route;

#[component]
pub fn OverviewView() -> impl IntoView {
    let state = use_state();
    move || {
        let model = state.model.get().0;
        view! {
            <section class="wl-view wl-overview" aria-labelledby="wl-view-title" data-testid="overview">
                <h2 id="wl-view-title" tabindex="-1">"Overview"</h2>
                {key_figures(&model)}
                <div class="wl-overview-grid">
                    {article_table(&model)}
                    {share_matrix(&model)}
                </div>
            </section>
        }
    }
}

fn key_figures(model: &Model) -> impl IntoView {
    let figures = [
        ("Articles", model.docs.len(), "figure-articles"),
        ("Shared passages", model.cross_passage_count(), "figure-passages"),
        ("Repeats within an article", model.repeat_passage_count(), "figure-repeats"),
        ("Quotes", model.analysis.quotes.len(), "figure-quotes"),
        ("Speakers", model.analysis.speakers.len(), "figure-speakers"),
        ("Conflicting attributions", model.conflict_count(), "figure-conflicts"),
    ];
    view! {
        <dl class="wl-figures" data-testid="key-figures">
            {figures.into_iter().map(|(label, value, testid)| view! {
                <div class="wl-figure" data-testid=testid>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}

fn article_table(model: &Model) -> impl IntoView {
    let rows = model
        .analysis
        .documents
        .iter()
        .enumerate()
        .map(|(i, summary)| {
            let original = summary.original_share.clamp(0.0, 1.0);
            let words = model.docs[i].text.split_whitespace().count();
            let href = Route::article(&model.short_ids[i]).to_hash();
            let percent = (original * 100.0).round();
            view! {
                <tr data-testid="article-row" data-doc=summary.id.clone()>
                    <th scope="row">
                        <span class=format!("wl-swatch wl-c{}", i % 8) aria-hidden="true"></span>
                        <span class="wl-id">{model.short_ids[i].clone()}</span>
                        " "
                        <a href=href data-testid="article-link">{clip(&summary.title, 110)}</a>
                    </th>
                    <td class="wl-num">{format!("{words} words")}<br/><span class="wl-muted">{format!("{} bytes", summary.bytes)}</span></td>
                    <td class="wl-share-cell">
                        <svg class="wl-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                            <rect class="wl-bar-found" x="0" y="0" width="100" height="10"></rect>
                            <rect class="wl-bar-original" x="0" y="0" width=format!("{:.1}", original * 100.0) height="10"></rect>
                        </svg>
                        <span data-testid="original-share">{format!("{percent}% original")}</span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="wl-card">
            <table class="wl-articles" data-testid="article-table">
                <caption>"The articles, and how much of each is found in no other article"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Article (title = first line)"</th>
                        <th scope="col">"Length"</th>
                        <th scope="col">"Original share"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn share_matrix(model: &Model) -> impl IntoView {
    let n = model.docs.len();
    let header = (0..n)
        .map(|j| {
            view! {
                <th scope="col" title=model.docs[j].title().to_string()>
                    <span class=format!("wl-swatch wl-c{}", j % 8) aria-hidden="true"></span>
                    {model.short_ids[j].clone()}
                </th>
            }
        })
        .collect_view();
    let rows = (0..n)
        .map(|i| {
            let cells = (0..n)
                .map(|j| {
                    let share = model.pair_share[i][j].clamp(0.0, 1.0);
                    let percent = (share * 100.0).round();
                    let (row_id, col_id) = (&model.short_ids[i], &model.short_ids[j]);
                    let href = Route::compare(row_id, col_id, None).to_hash();
                    let label = if i == j {
                        format!("{percent}% of {row_id} is repeated within it: see the repeats")
                    } else {
                        format!("{percent}% of {row_id} is also in {col_id}: compare side by side")
                    };
                    let text = if share > 0.0 && percent == 0.0 {
                        "<1%".to_string()
                    } else {
                        format!("{percent}%")
                    };
                    let class = if i == j { "wl-heat wl-heat-self" } else { "wl-heat" };
                    view! {
                        <td class=class style=format!("--share: {share:.3}")>
                            <a href=href title=label.clone() aria-label=label data-testid="matrix-cell"
                                data-row=model.docs[i].id.clone() data-col=model.docs[j].id.clone()>
                                {text}
                            </a>
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row" title=model.docs[i].title().to_string()>
                        <span class=format!("wl-swatch wl-c{}", i % 8) aria-hidden="true"></span>
                        {model.short_ids[i].clone()}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="wl-card wl-matrix-card">
            <table class="wl-matrix" data-testid="share-matrix">
                <caption>
                    "What each pair shares: the share of the row's article also found in the column's article. "
                    "The diagonal counts passages repeated within one article. Select a cell to compare."
                </caption>
                <thead>
                    <tr><td></td>{header}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
