//! "Your articles": paste text, drop or pick `.txt`/`.md`/`.html` files, remove
//! articles, reset to the example corpus. Every change is analysed at once and
//! saved in browser storage. Bad input gets a message naming the file and the
//! problem; nothing already entered is lost (a rejected paste stays in the box).

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};
use wirelens::import::{decode_limited, ImportError};
use wirelens::title_of;

use crate::app::{use_state, AppState};
use crate::html::Html;
use crate::model::{clip, Model};
use crate::route::Route;
use crate::seeds::SEEDS;
use crate::storage::{save_articles, save_removed_seeds, StoredArticle};

/// The largest article the widget accepts (1 MiB, a hundred long news
/// articles): analysis of anything larger would stall the page.
pub const MAX_ARTICLE_BYTES: usize = 1024 * 1024;

/// The most text the widget takes in all (2 MiB, about five hundred news
/// articles): what browser storage reliably keeps across reloads.
pub const MAX_CORPUS_BYTES: usize = 2 * 1024 * 1024;

/// A message shown under the inputs.
#[derive(Debug, Clone, PartialEq)]
enum Notice {
    Added { id: String, title: String },
    Problem(String),
}

#[component]
pub fn ArticlesView() -> impl IntoView {
    let state = use_state();
    // The box keeps its own text (no signal per keystroke: a 1 MB paste stays cheap).
    let paste_box = NodeRef::<leptos::html::Textarea>::new();
    let notices = RwSignal::new(Vec::<Notice>::new());
    let confirming_reset = RwSignal::new(false);
    let dragging = RwSignal::new(false);

    let add_paste = move |_| {
        let text = paste_box
            .get_untracked()
            .map(|t| t.value())
            .unwrap_or_default();
        let name = if text.trim_start().starts_with('<') {
            "pasted.html"
        } else {
            "pasted.txt"
        };
        let id = next_user_id(&state);
        match import(name, text.as_bytes(), &id, &state) {
            Ok(notice) => {
                if let Some(t) = paste_box.get_untracked() {
                    t.set_value("");
                }
                notices.set(vec![notice]);
            }
            Err(problem) => notices.set(vec![Notice::Problem(format!(
                "Your pasted text was not added: {problem}. It is still in the box."
            ))]),
        }
    };

    let on_files = move |files: web_sys::FileList| {
        notices.set(Vec::new());
        for index in 0..files.length() {
            if let Some(file) = files.get(index) {
                read_file(file, state, notices);
            }
        }
    };

    view! {
        <section class="wl-view wl-articles-view" aria-labelledby="wl-view-title" data-testid="articles">
            <h2 id="wl-view-title" tabindex="-1">"Your articles"</h2>
            <p>"Add articles to the analysis: they stay in this browser only (nothing is uploaded) and are kept across reloads until you remove them."</p>
            <div class="wl-add-grid">
                <div class="wl-card">
                    <label for="wl-paste" class="wl-label">"Paste an article (first line = title)"</label>
                    <textarea id="wl-paste" rows="9" data-testid="paste-input"
                        node_ref=paste_box></textarea>
                    <button type="button" class="wl-primary" data-testid="paste-add" on:click=add_paste>
                        "Add and analyse"
                    </button>
                </div>
                <div
                    class=move || if dragging.get() { "wl-card wl-drop wl-dragging" } else { "wl-card wl-drop" }
                    data-testid="drop-zone"
                    on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); dragging.set(true); }
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=move |ev: web_sys::DragEvent| {
                        ev.prevent_default();
                        dragging.set(false);
                        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
                            on_files(files);
                        }
                    }
                >
                    <label for="wl-file" class="wl-label">"Drop .txt, .md or .html files here, or choose them"</label>
                    <input id="wl-file" type="file" multiple data-testid="file-input"
                        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            if let Some(files) = input.files() {
                                on_files(files);
                            }
                            input.set_value("");
                        }/>
                    <p class="wl-muted">{format!("HTML and Markdown are reduced to their text. Up to {} MB per article.", MAX_ARTICLE_BYTES / (1024 * 1024))}</p>
                </div>
            </div>
            <div class="wl-notices" aria-live="polite" data-testid="notices">
                {move || notices.get().into_iter().map(|notice| match notice {
                    Notice::Added { id, title } => {
                        let href = Route::article(&id).to_hash();
                        view! {
                            <p class="wl-ok" data-testid="import-ok">
                                {format!("Added “{}” as {id} and analysed it. ", clip(&title, 80))}
                                <a href=href data-testid="added-link">"Read it"</a>
                            </p>
                        }.into_any()
                    }
                    Notice::Problem(text) => view! {
                        <p class="wl-error" role="alert" data-testid="import-error">{text}</p>
                    }.into_any(),
                }).collect_view()}
                {move || state.storage_problem.get().map(|p| view! {
                    <p class="wl-error" role="alert" data-testid="storage-error">{format!("Note: {p}.")}</p>
                })}
            </div>
            <h3>"Articles in the analysis"</h3>
            {move || corpus_list(&state.model.get().0, state)}
            <div class="wl-reset">
                {move || if confirming_reset.get() {
                    view! {
                        <p role="alert">"Remove every article you added and bring back all example articles?"</p>
                        <button type="button" class="wl-danger" data-testid="reset-confirm" on:click=move |_| {
                            reset(&state);
                            confirming_reset.set(false);
                            notices.set(Vec::new());
                        }>"Yes, reset"</button>
                        <button type="button" data-testid="reset-cancel" on:click=move |_| confirming_reset.set(false)>"Cancel"</button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" data-testid="reset-corpus" on:click=move |_| confirming_reset.set(true)>
                            "Reset to the example corpus"
                        </button>
                    }.into_any()
                }}
            </div>
        </section>
    }
}

fn corpus_list(model: &Model, state: AppState) -> impl IntoView {
    let empty = model.docs.is_empty().then(|| {
        view! { <p class="wl-notice">"No articles left. Add one above, or reset to the example corpus."</p> }
    });
    view! {
        {empty}
        <ul class="wl-corpus" data-testid="corpus-list" inner_html=corpus_html(model)
            on:click=move |ev| {
                let id = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|e| e.closest("[data-remove]").ok().flatten())
                    .and_then(|e| e.get_attribute("data-remove"));
                if let Some(id) = id {
                    remove(&state, &id);
                }
            }>
        </ul>
    }
}

/// The corpus as list items, each with its remove button.
fn corpus_html(model: &Model) -> String {
    let mut html = Html::new();
    for (i, doc) in model.docs.iter().enumerate() {
        let is_example = SEEDS.iter().any(|(seed, _)| *seed == doc.id);
        let title = doc.title();
        let href = Route::article(&model.short_ids[i]).to_hash();
        let remove_label = format!("Remove “{}”", clip(title, 60));
        html.open(
            "li",
            &[
                ("data-testid", Some("corpus-item")),
                ("data-doc", Some(&doc.id)),
            ],
        )
        .swatch(i)
        .element("span", &[("class", Some("wl-id"))], &model.short_ids[i])
        .text(" ")
        .element("a", &[("href", Some(&href))], &clip(title, 90))
        .element(
            "span",
            &[("class", Some("wl-muted"))],
            &format!(
                " · {} · {} bytes",
                if is_example { "example" } else { "yours" },
                doc.text.len()
            ),
        )
        .element(
            "button",
            &[
                ("type", Some("button")),
                ("class", Some("wl-remove")),
                ("aria-label", Some(&remove_label)),
                ("data-testid", Some("remove-article")),
                ("data-remove", Some(&doc.id)),
            ],
            "Remove",
        )
        .close("li");
    }
    html.finish()
}

/// Decode `bytes` into an article with id `id`, add it, and say so.
fn import(name: &str, bytes: &[u8], id: &str, state: &AppState) -> Result<Notice, String> {
    let text = decode_limited(name, bytes, MAX_ARTICLE_BYTES).map_err(|e| e.to_string())?;
    let corpus_bytes: usize = state
        .model
        .with_untracked(|m| m.0.docs.iter().map(|d| d.text.len()).sum());
    if corpus_bytes + text.len() > MAX_CORPUS_BYTES {
        return Err(format!(
            "all articles together would pass {} MB, more than this page analyses without stalling; remove some first",
            MAX_CORPUS_BYTES / (1024 * 1024)
        ));
    }
    let title = title_of(&text).to_string();
    let article = StoredArticle {
        id: id.to_string(),
        title: title.clone(),
        text,
    };
    state.user_articles.update(|list| list.push(article));
    persist_articles(state);
    Ok(Notice::Added {
        id: id.to_string(),
        title,
    })
}

fn read_file(file: web_sys::File, state: AppState, notices: RwSignal<Vec<Notice>>) {
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_ARTICLE_BYTES {
        let problem = ImportError::TooLarge {
            bytes: size,
            limit: MAX_ARTICLE_BYTES,
        };
        notices.update(|n| {
            n.push(Notice::Problem(format!(
                "“{name}” was not added: {problem}."
            )))
        });
        return;
    }
    let Ok(reader) = web_sys::FileReader::new() else {
        notices.update(|n| n.push(Notice::Problem(format!("“{name}” could not be read."))));
        return;
    };
    let on_load = {
        let reader = reader.clone();
        let name = name.clone();
        Closure::once_into_js(move || {
            let bytes = reader
                .result()
                .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
                .unwrap_or_default();
            let id = id_for_file(&name, &state);
            let notice = match import(&name, &bytes, &id, &state) {
                Ok(notice) => notice,
                Err(problem) => Notice::Problem(format!("“{name}” was not added: {problem}.")),
            };
            notices.update(|n| n.push(notice));
        })
    };
    let on_error = Closure::once_into_js(move || {
        notices.update(|n| n.push(Notice::Problem(format!("“{name}” could not be read."))));
    });
    reader.set_onload(Some(on_load.unchecked_ref()));
    reader.set_onerror(Some(on_error.unchecked_ref()));
    let _ = reader.read_as_array_buffer(&file);
}

fn existing_ids(state: &AppState) -> Vec<String> {
    let mut ids: Vec<String> = SEEDS.iter().map(|(id, _)| id.to_string()).collect();
    ids.extend(
        state
            .user_articles
            .get_untracked()
            .into_iter()
            .map(|a| a.id),
    );
    ids
}

/// `user-N` with N one more than any used so far.
fn next_user_id(state: &AppState) -> String {
    let highest = existing_ids(state)
        .iter()
        .filter_map(|id| id.strip_prefix("user-")?.parse::<usize>().ok())
        .max()
        .unwrap_or(0);
    format!("user-{}", highest + 1)
}

/// A file's id: its name without the extension, made unique.
fn id_for_file(name: &str, state: &AppState) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem).trim();
    let stem = if stem.is_empty() { "file" } else { stem };
    let taken = existing_ids(state);
    let mut id = stem.to_string();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{stem}-{n}");
        n += 1;
    }
    id
}

fn remove(state: &AppState, id: &str) {
    if SEEDS.iter().any(|(seed, _)| *seed == id) {
        state.removed_seeds.update(|r| {
            if !r.iter().any(|x| x == id) {
                r.push(id.to_string());
            }
        });
        persist_removed(state);
    } else {
        state
            .user_articles
            .update(|list| list.retain(|a| a.id != id));
        persist_articles(state);
    }
}

fn reset(state: &AppState) {
    state.user_articles.set(Vec::new());
    state.removed_seeds.set(Vec::new());
    persist_articles(state);
    persist_removed(state);
}

fn persist_articles(state: &AppState) {
    let result = state
        .user_articles
        .with_untracked(|list| save_articles(list));
    state.storage_problem.set(result.err());
}

fn persist_removed(state: &AppState) {
    let result = state
        .removed_seeds
        .with_untracked(|list| save_removed_seeds(list));
    state.storage_problem.set(result.err());
}
