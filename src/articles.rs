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
    let notices = RwSignal::new(Vec::<Notice>::new());
    let confirming_reset = RwSignal::new(false);
    // The form is written once; only these three parts are rewritten on change,
    // so the paste box keeps whatever is typed in it.
    Effect::new(move |_| {
        set_inner(
            "wl-corpus",
            &corpus_html(&state.model.get().0, state.examples),
        )
    });
    Effect::new(move |_| {
        let html = notices.with(|n| notices_html(n, state.storage_problem.get().as_deref()));
        set_inner("wl-notices", &html);
    });
    Effect::new(move |_| set_inner("wl-reset", reset_html(confirming_reset.get())));

    let on_files = move |files: web_sys::FileList| {
        notices.set(Vec::new());
        for index in 0..files.length() {
            if let Some(file) = files.get(index) {
                read_file(file, state, notices);
            }
        }
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(target) = closest(ev.target(), "[data-action]") else {
            return;
        };
        match target.get_attribute("data-action").as_deref() {
            Some("paste") => add_paste(state, notices),
            Some("remove") => {
                if let Some(id) = target.get_attribute("data-remove") {
                    remove(&state, &id);
                }
            }
            Some("reset") => confirming_reset.set(true),
            Some("reset-confirm") => {
                reset(&state);
                confirming_reset.set(false);
                notices.set(Vec::new());
            }
            Some("reset-cancel") => confirming_reset.set(false),
            _ => {}
        }
    };
    view! {
        <section class="wl-view wl-articles-view" aria-labelledby="wl-view-title" data-testid="articles"
            inner_html=form_html()
            on:click=on_click
            on:change=move |ev| {
                let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
                if let Some(input) = input.filter(|i| i.type_() == "file") {
                    if let Some(files) = input.files() {
                        on_files(files);
                    }
                    input.set_value("");
                }
            }
            on:dragover=move |ev: web_sys::DragEvent| {
                if let Some(zone) = closest(ev.target(), ".wl-drop") {
                    ev.prevent_default();
                    zone.set_class_name("wl-card wl-drop wl-dragging");
                }
            }
            on:dragleave=move |ev: web_sys::DragEvent| {
                if let Some(zone) = closest(ev.target(), ".wl-drop") {
                    zone.set_class_name("wl-card wl-drop");
                }
            }
            on:drop=move |ev: web_sys::DragEvent| {
                if let Some(zone) = closest(ev.target(), ".wl-drop") {
                    ev.prevent_default();
                    zone.set_class_name("wl-card wl-drop");
                    if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
                        on_files(files);
                    }
                }
            }>
        </section>
    }
}

fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<web_sys::Element> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

fn set_inner(id: &str, html: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element {
        element.set_inner_html(html);
    }
}

fn add_paste(state: AppState, notices: RwSignal<Vec<Notice>>) {
    let paste_box = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("wl-paste"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    let Some(paste_box) = paste_box else { return };
    let text = paste_box.value();
    let name = if text.trim_start().starts_with('<') {
        "pasted.html"
    } else {
        "pasted.txt"
    };
    let id = next_user_id(&state);
    match import(name, text.as_bytes(), &id, &state) {
        Ok(notice) => {
            paste_box.set_value("");
            notices.set(vec![notice]);
        }
        Err(problem) => notices.set(vec![Notice::Problem(format!(
            "Your pasted text was not added: {problem}. It is still in the box."
        ))]),
    }
}

/// The inputs, and the empty places the effects fill.
fn form_html() -> String {
    let mut html = Html::new();
    html.element("h2", &[("id", Some("wl-view-title")), ("tabindex", Some("-1"))], "Your articles")
        .element(
            "p",
            &[],
            "Add articles to the analysis: they stay in this browser only (nothing is uploaded) \
             and are kept across reloads until you remove them.",
        )
        .raw(
            "<div class=\"wl-add-grid\"><div class=\"wl-card\">\
             <label for=\"wl-paste\" class=\"wl-label\">Paste an article (first line = title)</label>\
             <textarea id=\"wl-paste\" rows=\"9\" data-testid=\"paste-input\"></textarea>\
             <button type=\"button\" class=\"wl-primary\" data-action=\"paste\" data-testid=\"paste-add\">Add and analyse</button>\
             </div><div class=\"wl-card wl-drop\" data-testid=\"drop-zone\">\
             <label for=\"wl-file\" class=\"wl-label\">Drop .txt, .md or .html files here, or choose them</label>\
             <input id=\"wl-file\" type=\"file\" multiple data-testid=\"file-input\" \
             accept=\".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html\">",
        )
        .element(
            "p",
            &[("class", Some("wl-muted"))],
            &format!(
                "HTML and Markdown are reduced to their text. Up to {} MB per article, {} MB in all.",
                MAX_ARTICLE_BYTES / (1024 * 1024),
                MAX_CORPUS_BYTES / (1024 * 1024)
            ),
        )
        .raw(
            "</div></div>\
             <div id=\"wl-notices\" class=\"wl-notices\" aria-live=\"polite\" data-testid=\"notices\"></div>\
             <h3>Articles in the analysis</h3>\
             <ul id=\"wl-corpus\" class=\"wl-corpus\" data-testid=\"corpus-list\"></ul>\
             <div id=\"wl-reset\" class=\"wl-reset\"></div>",
        );
    html.finish()
}

fn notices_html(notices: &[Notice], storage_problem: Option<&str>) -> String {
    let mut html = Html::new();
    for notice in notices {
        match notice {
            Notice::Added { id, title } => {
                let href = Route::article(id).to_hash();
                html.open(
                    "p",
                    &[("class", Some("wl-ok")), ("data-testid", Some("import-ok"))],
                )
                .text(&format!(
                    "Added “{}” as {id} and analysed it. ",
                    clip(title, 80)
                ))
                .element(
                    "a",
                    &[("href", Some(&href)), ("data-testid", Some("added-link"))],
                    "Read it",
                )
                .close("p");
            }
            Notice::Problem(text) => {
                html.element(
                    "p",
                    &[
                        ("class", Some("wl-error")),
                        ("role", Some("alert")),
                        ("data-testid", Some("import-error")),
                    ],
                    text,
                );
            }
        }
    }
    if let Some(problem) = storage_problem {
        html.element(
            "p",
            &[
                ("class", Some("wl-error")),
                ("role", Some("alert")),
                ("data-testid", Some("storage-error")),
            ],
            &format!("Note: {problem}."),
        );
    }
    html.finish()
}

fn reset_html(confirming: bool) -> &'static str {
    if confirming {
        "<p role=\"alert\">Remove every article you added and bring back all example articles?</p>\
         <button type=\"button\" class=\"wl-danger\" data-action=\"reset-confirm\" data-testid=\"reset-confirm\">Yes, reset</button>\
         <button type=\"button\" data-action=\"reset-cancel\" data-testid=\"reset-cancel\">Cancel</button>"
    } else {
        "<button type=\"button\" data-action=\"reset\" data-testid=\"reset-corpus\">Reset to the example corpus</button>"
    }
}

/// The corpus as list items, each with its remove button.
fn corpus_html(model: &Model, examples: &[(&str, &str)]) -> String {
    let mut html = Html::new();
    if model.docs.is_empty() {
        html.element(
            "li",
            &[("class", Some("wl-notice"))],
            "No articles left. Add one above, or reset to the example corpus.",
        );
    }
    for (i, doc) in model.docs.iter().enumerate() {
        let is_example = examples.iter().any(|(example, _)| *example == doc.id);
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
                ("data-action", Some("remove")),
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
    let mut ids: Vec<String> = state
        .examples
        .iter()
        .map(|(id, _)| id.to_string())
        .collect();
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
    if state.examples.iter().any(|(example, _)| *example == id) {
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
