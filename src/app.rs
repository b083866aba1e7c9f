//! The app shell: article list and reader over the analysed corpus.
use leptos::prelude::*;
use wirelens::{analyze, Document};

use crate::seeds::seed_documents;

#[component]
pub fn App() -> impl IntoView {
    let docs: Vec<Document> = seed_documents();
    let analysis = analyze(&docs);
    let (selected, set_selected) = signal(0usize);
    let docs_for_reader = docs.clone();
    view! {
        <header class="wl-header"><h1>"wirelens"</h1></header>
        <main class="wl-main">
            <nav aria-label="Articles">
                <ul class="wl-doclist" data-testid="doclist">
                    {analysis.documents.iter().enumerate().map(|(i, d)| {
                        let title = d.title.clone();
                        let id = d.id.clone();
                        let bytes = d.bytes;
                        view! {
                            <li>
                                <button data-testid="doc-item" on:click=move |_| set_selected.set(i)>
                                    <span class="wl-doc-title">{title}</span>
                                    <span class="wl-doc-meta">{id}" · "{bytes}" bytes"</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
            <article data-testid="reader">
                {move || {
                    let text = docs_for_reader[selected.get()].text.clone();
                    text.split("\n").filter(|p| !p.trim().is_empty()).map(|p| view! { <p>{p.to_string()}</p> }).collect_view()
                }}
            </article>
        </main>
    }
}
