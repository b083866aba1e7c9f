//! The app shell: owns the state (the reader's articles, the route, the
//! analysed corpus), and lays out the header with the summary, the view tabs,
//! the export controls and the current view.
//!
//! The corpus is analysed in one `Memo`: once per change of the article list,
//! never per render.

use std::sync::Arc;

use leptos::prelude::*;
use wirelens::Document;

use crate::articles::ArticlesView;
use crate::compare::{install_scroll_sync, CompareView};
use crate::export::{download, passages_csv, quotes_csv};
use crate::host::read_host_page;
use crate::html::{Html, Markup};
use crate::json::analysis_to_json;
use crate::lesson::{install_lesson_buttons, LessonView};
use crate::model::Model;
use crate::overview::OverviewView;
use crate::reader::ReaderView;
use crate::route::{Route, Tab};
use crate::speakers::SpeakersView;
use crate::storage::{self, StoredArticle};
use crate::summary::summary_sentences;
use crate::worker::{analyze_in_worker, WORKER_THRESHOLD_BYTES};

/// The analysed corpus, shared by every view. Equality is identity: a new
/// analysis is a new value, so views re-render once per corpus change.
#[derive(Clone, Debug)]
pub struct SharedModel(pub Arc<Model>);

impl PartialEq for SharedModel {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The state every view reads, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub route: RwSignal<Route>,
    pub model: RwSignal<SharedModel>,
    /// Articles the reader added (kept in browser storage).
    pub user_articles: RwSignal<Vec<StoredArticle>>,
    /// Example articles the reader removed (kept in browser storage).
    pub removed_seeds: RwSignal<Vec<String>>,
    /// Why the reader's changes could not be saved, if they could not.
    pub storage_problem: RwSignal<Option<String>>,
    /// An analysis about to run that takes a moment ("Analysing 900 KB of text…").
    pub busy: RwSignal<Option<String>>,
    /// Milliseconds the last analysis took (shown, and read by the tests).
    pub analysis_ms: RwSignal<f64>,
    /// The articles before the reader changes anything: the host page's own
    /// (see `host`), else the built-in seeds.
    pub examples: &'static [(&'static str, &'static str)],
    /// What the host page asked for and could not be done, as HTML ("" if nothing).
    pub host_problems: &'static str,
}

/// The app state from context (provided by [`App`]).
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// Go to `route` by changing the URL fragment (so back/forward work).
pub fn navigate(route: &Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.to_hash());
    }
}

/// The route in the URL; when it names none, the host page's start view.
fn current_route(start: Option<&Route>) -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    match start {
        Some(start) if hash.trim_start_matches(['#', '/']).is_empty() => start.clone(),
        _ => Route::parse(&hash),
    }
}

/// Milliseconds with one decimal, e.g. "12.5" (integer formatting keeps the wasm small).
fn tenths(ms: f64) -> String {
    let tenths = (ms.max(0.0) * 10.0).round() as u64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

fn corpus_bytes(docs: &[Document]) -> usize {
    docs.iter().map(|d| d.text.len()).sum()
}

/// Analyse on this thread, recording how long it took.
fn analyse_here(docs: Vec<Document>, analysis_ms: RwSignal<f64>) -> SharedModel {
    let started = now_ms();
    let model = Model::build(docs);
    analysis_ms.set(now_ms() - started);
    SharedModel(Arc::new(model))
}

/// The corpus: the example articles not removed, then the reader's own.
pub fn corpus_documents(
    examples: &[(&str, &str)],
    removed_seeds: &[String],
    user: &[StoredArticle],
) -> Vec<Document> {
    examples
        .iter()
        .filter(|(id, _)| !removed_seeds.iter().any(|r| r == id))
        .map(|(id, text)| Document::new(*id, *text))
        .chain(
            user.iter()
                .map(|a| Document::new(a.id.clone(), a.text.clone())),
        )
        .collect()
}

#[component]
pub fn App() -> impl IntoView {
    let host = read_host_page();
    let host_problems = host.problems_html();
    let (examples, start) = (host.examples, host.start);
    let route = RwSignal::new(current_route(start.as_ref()));
    let user_articles = RwSignal::new(storage::load_articles());
    let removed_seeds = RwSignal::new(storage::load_removed_seeds());
    let storage_problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<String>);
    let analysis_ms = RwSignal::new(0.0);
    let corpus = Memo::new(move |_| {
        user_articles
            .with(|user| removed_seeds.with(|removed| corpus_documents(examples, removed, user)))
    });
    // Small corpora (the seeds: a few ms) are analysed in place, so the first
    // render already shows the analysis; large ones go to the worker.
    let initial = corpus.get_untracked();
    let model = RwSignal::new(if corpus_bytes(&initial) <= WORKER_THRESHOLD_BYTES {
        analyse_here(initial, analysis_ms)
    } else {
        SharedModel(Arc::new(Model::pending(initial)))
    });
    let generation = StoredValue::new(0u64);
    Effect::new(move |previous: Option<()>| {
        let docs = corpus.get();
        let bytes = corpus_bytes(&docs);
        if bytes <= WORKER_THRESHOLD_BYTES {
            if previous.is_some() {
                generation.update_value(|g| *g += 1);
                busy.set(None);
                model.set(analyse_here(docs, analysis_ms));
            }
            return;
        }
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        busy.set(Some(format!(
            "Analysing {} KB of text in the background…",
            bytes / 1024
        )));
        let started = now_ms();
        let kept = docs.clone();
        let started_worker = analyze_in_worker(&docs, move |result| {
            if generation.get_value() != mine {
                return;
            }
            busy.set(None);
            model.set(match result {
                Ok(analysis) => {
                    analysis_ms.set(now_ms() - started);
                    SharedModel(Arc::new(Model::from_analysis(kept, analysis)))
                }
                Err(problem) => {
                    web_sys::console::error_1(
                        &format!("wirelens: {problem}; analysing here").into(),
                    );
                    analyse_here(kept, analysis_ms)
                }
            });
        });
        if started_worker.is_err() {
            busy.set(None);
            model.set(analyse_here(docs, analysis_ms));
        }
    });
    provide_context(AppState {
        route,
        model,
        user_articles,
        removed_seeds,
        storage_problem,
        busy,
        analysis_ms,
        examples,
        host_problems,
    });

    // The tab's title names the view, for screen readers and browser history.
    Effect::new(move |_| {
        let title = match route.get() {
            Route::Overview => "Overview".to_string(),
            Route::Article { doc, .. } => format!("Reader {}", doc.unwrap_or_default()),
            Route::Compare { a, b, .. } => format!(
                "Side by side {} {}",
                a.unwrap_or_default(),
                b.unwrap_or_default()
            ),
            Route::Speakers => "Speakers".to_string(),
            Route::Speaker(slug) => format!("Speaker {slug}"),
            Route::Articles => "Your articles".to_string(),
            Route::Lesson(step) => format!("Lesson, step {}", step.unwrap_or(1)),
        };
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&format!("{} — wirelens", title.trim()));
        }
    });

    install_scroll_sync();
    install_lesson_buttons();
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(current_route(start.as_ref()));
        focus_view_heading();
    });
    on_cleanup(move || listener.remove());

    view! {
        <div class="wl-app" data-testid="app">
            <a class="wl-skip" href="#wl-main" on:click=|ev| {
                ev.prevent_default();
                focus_view_heading();
            }>"Skip to the view"</a>
            <Header/>
            <main id="wl-main" class="wl-main" data-testid="main">
                {move || match route.get() {
                    Route::Overview => view! { <OverviewView/> }.into_any(),
                    Route::Article { doc, focus } => view! { <ReaderView doc focus/> }.into_any(),
                    Route::Compare { a, b, passage } => view! { <CompareView a b passage/> }.into_any(),
                    Route::Speakers => view! { <SpeakersView slug=None/> }.into_any(),
                    Route::Speaker(slug) => view! { <SpeakersView slug=Some(slug)/> }.into_any(),
                    Route::Articles => view! { <ArticlesView/> }.into_any(),
                    Route::Lesson(step) => view! { <LessonView step/> }.into_any(),
                }}
            </main>
            <footer class="wl-footer">
                <p>
                    "wirelens runs entirely in your browser: the articles you add are never uploaded. "
                    <span data-testid="analysis-ms" data-ms=move || tenths(analysis_ms.get())
                        inner_html={
                            let took: Markup = Box::new(move || format!("Analysis took {} ms.", tenths(analysis_ms.get())));
                            took
                        }>
                    </span>
                </p>
            </footer>
        </div>
    }
}

/// Move keyboard focus to the current view's heading after a navigation, so
/// keyboard and screen-reader users land on the new content.
fn focus_view_heading() {
    request_animation_frame(|| {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("#wl-main h2").ok().flatten());
        let Some(heading) = heading else { return };
        // The reader focuses its own target when the link names a span.
        let has_target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("#wl-main .wl-target").ok().flatten())
            .is_some();
        if has_target {
            return;
        }
        if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let _ = heading.focus();
        }
    });
}

#[component]
fn Header() -> impl IntoView {
    let state = use_state();
    let summary: Markup = Box::new(move || {
        let mut html = Html::new();
        html.element(
            "p",
            &[
                ("class", Some("wl-summary")),
                ("data-testid", Some("summary")),
            ],
            &summary_sentences(&state.model.get().0).join(" "),
        );
        html.raw(state.host_problems);
        if let Some(message) = state.busy.get() {
            html.open(
                "p",
                &[
                    ("class", Some("wl-busy")),
                    ("role", Some("status")),
                    ("data-testid", Some("busy")),
                ],
            )
            .raw("<span class=\"wl-spinner\" aria-hidden=\"true\"></span>")
            .text(&message)
            .close("p");
        }
        html.finish()
    });
    let tabs: Markup = Box::new(move || tabs_html(&state.route.get()));
    let export_problem = RwSignal::new(None::<String>);
    let on_export = move |ev: web_sys::MouseEvent| {
        let kind = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|e| e.get_attribute("data-export"));
        let Some(kind) = kind else { return };
        let model = state.model.get_untracked().0;
        let result = match kind.as_str() {
            "json" => download(
                "wirelens-analysis.json",
                "application/json",
                &analysis_to_json(&model.analysis),
            ),
            "passages" => download("wirelens-passages.csv", "text/csv", &passages_csv(&model)),
            _ => download("wirelens-quotes.csv", "text/csv", &quotes_csv(&model)),
        };
        export_problem.set(result.err());
    };
    let export_html = move || {
        let mut html = Html::new();
        html.raw(
            "<span class=\"wl-export-label\">Export:</span>\
             <button type=\"button\" data-export=\"json\" data-testid=\"export-json\">JSON</button>\
             <button type=\"button\" data-export=\"passages\" data-testid=\"export-passages\">Passages CSV</button>\
             <button type=\"button\" data-export=\"quotes\" data-testid=\"export-quotes\">Quotes CSV</button>",
        );
        if let Some(problem) = export_problem.get() {
            html.element(
                "p",
                &[("class", Some("wl-error")), ("role", Some("alert"))],
                &problem,
            );
        }
        html.finish()
    };
    view! {
        <header class="wl-header">
            <div class="wl-brand">
                <h1>"wirelens"</h1>
                <p class="wl-tagline">"What these articles share, and who they quote"</p>
            </div>
            <div class="wl-status" aria-live="polite" inner_html=summary></div>
            <nav class="wl-tabs" aria-label="Views" inner_html=tabs></nav>
            <div class="wl-export" role="group" aria-label="Export the analysis"
                inner_html=export_html on:click=on_export></div>
        </header>
    }
}

/// The view tabs, the current one marked.
fn tabs_html(current: &Route) -> String {
    let tabs = [
        (Tab::Overview, "Overview", "tab-overview"),
        (Tab::Lesson, "Lesson", "tab-lesson"),
        (Tab::Reader, "Reader", "tab-reader"),
        (Tab::Compare, "Side by side", "tab-compare"),
        (Tab::Speakers, "Speakers", "tab-speakers"),
        (Tab::Articles, "Your articles", "tab-articles"),
    ];
    let mut html = Html::new();
    html.open("ul", &[]);
    for (tab, label, testid) in tabs {
        let href = tab_href(tab, current);
        html.open("li", &[])
            .element(
                "a",
                &[
                    ("href", Some(&href)),
                    ("aria-current", (current.tab() == tab).then_some("page")),
                    ("data-testid", Some(testid)),
                ],
                label,
            )
            .close("li");
    }
    html.close("ul");
    html.finish()
}

/// Where a tab leads: the view, keeping the article selection when it can.
fn tab_href(tab: Tab, current: &Route) -> String {
    let route = match tab {
        Tab::Overview => Route::Overview,
        Tab::Reader => match current {
            Route::Article { doc, .. } => Route::Article {
                doc: doc.clone(),
                focus: None,
            },
            Route::Compare { a: Some(a), .. } => Route::article(a),
            _ => Route::Article {
                doc: None,
                focus: None,
            },
        },
        Tab::Compare => match current {
            Route::Compare { a, b, .. } => Route::Compare {
                a: a.clone(),
                b: b.clone(),
                passage: None,
            },
            _ => Route::Compare {
                a: None,
                b: None,
                passage: None,
            },
        },
        Tab::Speakers => Route::Speakers,
        Tab::Articles => Route::Articles,
        Tab::Lesson => Route::Lesson(None),
    };
    route.to_hash()
}
