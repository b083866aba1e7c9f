//! Reading JSON with the browser's own parser (`JSON.parse`) instead of serde's
//! deserialiser: the widget only reads back what it wrote itself (stored
//! articles, the worker's request and answer), and leaving serde's
//! deserialisation out keeps the wasm well inside its size budget.
//! Missing or mistyped fields read as empty, never panic.

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::JsValue;
use wirelens::{
    Analysis, DocSpan, DocumentSummary, Passage, PassageKind, Quote, Span, Speaker, Utterance,
};

use crate::storage::StoredArticle;

fn parse(text: &str) -> Option<JsValue> {
    JSON::parse(text).ok()
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn text(object: &JsValue, key: &str) -> String {
    get(object, key).as_string().unwrap_or_default()
}

fn optional_text(object: &JsValue, key: &str) -> Option<String> {
    get(object, key).as_string()
}

fn number(object: &JsValue, key: &str) -> f64 {
    get(object, key).as_f64().unwrap_or(0.0)
}

fn count(object: &JsValue, key: &str) -> usize {
    number(object, key).max(0.0) as usize
}

fn items(value: &JsValue) -> Vec<JsValue> {
    if Array::is_array(value) {
        Array::from(value).to_vec()
    } else {
        Vec::new()
    }
}

fn list(object: &JsValue, key: &str) -> Vec<JsValue> {
    items(&get(object, key))
}

fn counts(object: &JsValue, key: &str) -> Vec<usize> {
    list(object, key)
        .iter()
        .filter_map(JsValue::as_f64)
        .map(|n| n.max(0.0) as usize)
        .collect()
}

fn texts(object: &JsValue, key: &str) -> Vec<String> {
    list(object, key)
        .iter()
        .filter_map(JsValue::as_string)
        .collect()
}

fn span(value: &JsValue) -> Option<Span> {
    value.is_object().then(|| Span {
        start: count(value, "start"),
        end: count(value, "end"),
    })
}

fn doc_span(value: &JsValue) -> DocSpan {
    DocSpan {
        doc: text(value, "doc"),
        start: count(value, "start"),
        end: count(value, "end"),
    }
}

/// `[{id, title, text}, …]`.
pub fn articles_from_json(json: &str) -> Vec<StoredArticle> {
    parse(json)
        .map(|value| items(&value))
        .unwrap_or_default()
        .iter()
        .map(|a| StoredArticle {
            id: text(a, "id"),
            title: text(a, "title"),
            text: text(a, "text"),
        })
        .filter(|a| !a.id.is_empty())
        .collect()
}

/// `["…", …]`.
pub fn strings_from_json(json: &str) -> Vec<String> {
    parse(json)
        .map(|value| items(&value))
        .unwrap_or_default()
        .iter()
        .filter_map(JsValue::as_string)
        .collect()
}

/// `[[id, text], …]`.
pub fn pairs_from_json(json: &str) -> Vec<(String, String)> {
    parse(json)
        .map(|value| items(&value))
        .unwrap_or_default()
        .iter()
        .map(|pair| {
            let pair = items(pair);
            let at = |i: usize| pair.get(i).and_then(JsValue::as_string).unwrap_or_default();
            (at(0), at(1))
        })
        .collect()
}

/// The JSON contract (`Analysis::to_json`) read back.
pub fn analysis_from_json(json: &str) -> Option<Analysis> {
    let root = parse(json).filter(JsValue::is_object)?;
    Some(Analysis {
        documents: list(&root, "documents")
            .iter()
            .map(|d| DocumentSummary {
                id: text(d, "id"),
                title: text(d, "title"),
                bytes: count(d, "bytes"),
                original_share: number(d, "original_share"),
            })
            .collect(),
        passages: list(&root, "passages")
            .iter()
            .map(|p| Passage {
                a: doc_span(&get(p, "a")),
                b: doc_span(&get(p, "b")),
                similarity: number(p, "similarity"),
                kind: passage_kind(&text(p, "kind")),
            })
            .collect(),
        quotes: list(&root, "quotes")
            .iter()
            .map(|q| Quote {
                id: count(q, "id"),
                doc: text(q, "doc"),
                start: count(q, "start"),
                end: count(q, "end"),
                text: text(q, "text"),
                speaker: optional_text(q, "speaker"),
                mention: span(&get(q, "mention")),
                cue: optional_text(q, "cue"),
                channel: optional_text(q, "channel"),
                utterance: count(q, "utterance"),
                cue_span: None,
            })
            .collect(),
        speakers: list(&root, "speakers")
            .iter()
            .map(|s| Speaker {
                name: text(s, "name"),
                aliases: texts(s, "aliases"),
                role: optional_text(s, "role"),
                quotes: counts(s, "quotes"),
            })
            .collect(),
        utterances: list(&root, "utterances")
            .iter()
            .map(|u| Utterance {
                id: count(u, "id"),
                quotes: counts(u, "quotes"),
                speakers: texts(u, "speakers"),
                conflict: get(u, "conflict").as_bool().unwrap_or(false),
            })
            .collect(),
    })
}

/// The passage kind named in the contract; an unknown or missing kind reads as `copy`.
fn passage_kind(name: &str) -> PassageKind {
    match name {
        "quote" => PassageKind::Quote,
        "boilerplate" => PassageKind::Boilerplate,
        _ => PassageKind::Copy,
    }
}
