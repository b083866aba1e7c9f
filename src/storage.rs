//! What the reader added or removed, kept in the browser's `localStorage` so it
//! survives reloads until they remove it. Nothing leaves the machine.
//!
//! Keys: `wirelens.articles.v1` (JSON list of `{id, title, text}`) and
//! `wirelens.removed-seeds.v1` (JSON list of example-article ids taken out).

use crate::json::{articles_from_json, articles_to_json, strings_from_json, strings_to_json};

const ARTICLES_KEY: &str = "wirelens.articles.v1";
const REMOVED_SEEDS_KEY: &str = "wirelens.removed-seeds.v1";

/// An article the reader pasted or loaded from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredArticle {
    pub id: String,
    pub title: String,
    pub text: String,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load(key: &str) -> String {
    local_storage()
        .and_then(|storage| storage.get_item(key).ok().flatten())
        .unwrap_or_default()
}

fn save(key: &str, json: &str) -> Result<(), String> {
    let storage = local_storage().ok_or_else(|| {
        "this page cannot use browser storage, so your articles will not survive a reload"
            .to_string()
    })?;
    storage.set_item(key, json).map_err(|_| {
        "browser storage is full, so your latest change will not survive a reload".to_string()
    })
}

/// The articles the reader added, as last saved.
pub fn load_articles() -> Vec<StoredArticle> {
    articles_from_json(&load(ARTICLES_KEY))
}

/// Save the reader's articles.
pub fn save_articles(articles: &[StoredArticle]) -> Result<(), String> {
    save(ARTICLES_KEY, &articles_to_json(articles))
}

/// Ids of the example articles the reader removed.
pub fn load_removed_seeds() -> Vec<String> {
    strings_from_json(&load(REMOVED_SEEDS_KEY))
}

/// Save which example articles the reader removed.
pub fn save_removed_seeds(ids: &[String]) -> Result<(), String> {
    save(REMOVED_SEEDS_KEY, &strings_to_json(ids))
}
