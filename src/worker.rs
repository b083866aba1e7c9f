//! Analysis off the page's thread, for corpora large enough that analysing
//! them in place would freeze the page (the seeds take a few milliseconds; a
//! megabyte takes most of a second).
//!
//! The worker runs the very same wasm bundle the page loaded (no second
//! download): a tiny module script, made in the page as a `blob:` URL,
//! imports the bundle's JS (found through the `modulepreload` link trunk
//! writes), initialises it without mounting anything (`main` returns early
//! when there is no `window`), and calls the exported `analyze_json`. The
//! request is `[[id, text], …]` as JSON; the answer is the analysis JSON (compact).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wirelens::{analyze, Analysis, Document};

use crate::json::{analysis_from_json, analysis_to_compact_json, pairs_from_json, pairs_to_json};

/// Corpora with more text than this are analysed in the worker (about 50 ms of work).
pub const WORKER_THRESHOLD_BYTES: usize = 64 * 1024;

/// The worker's side: analyse a `[[id, text], …]` JSON request, answer with the analysis JSON.
pub fn analyze_request(request: &str) -> String {
    let docs: Vec<Document> = pairs_from_json(request)
        .into_iter()
        .map(|(id, text)| Document::new(id, text))
        .collect();
    analysis_to_compact_json(&analyze(&docs))
}

/// The page's side: the request for `docs`.
pub fn request_for(docs: &[Document]) -> String {
    let pairs: Vec<(&str, &str)> = docs
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    pairs_to_json(&pairs)
}

thread_local! {
    /// The worker analysing the latest corpus; a newer request terminates it.
    static CURRENT: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
}

/// Analyse `docs` in a worker and call `done` with the result. `Err` (before
/// anything starts) when workers are unavailable here: analyse in place then.
pub fn analyze_in_worker(
    docs: &[Document],
    done: impl FnOnce(Result<Analysis, String>) + 'static,
) -> Result<(), String> {
    let (script, wasm) = bundle_urls().ok_or("the page's wasm bundle was not found")?;
    // Quoted by JSON.stringify rather than `{:?}`: Debug formatting would
    // bring Rust's Unicode printability tables into the wasm.
    let quoted = |s: &str| {
        js_sys::JSON::stringify(&JsValue::from_str(s))
            .ok()
            .and_then(|q| q.as_string())
            .unwrap_or_default()
    };
    let (script, wasm) = (quoted(&script), quoted(&wasm));
    let source = format!(
        "import init, {{ analyze_json }} from {script};\n\
         const ready = init({{ module_or_path: {wasm} }});\n\
         self.onmessage = async (event) => {{ await ready; self.postMessage(analyze_json(event.data)); }};\n"
    );
    let fail = |what: &str| format!("could not start the analysis worker ({what})");
    let parts = js_sys::Array::of1(&JsValue::from_str(&source));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let worker_options = web_sys::WorkerOptions::new();
    worker_options.set_type(web_sys::WorkerType::Module);
    let worker =
        web_sys::Worker::new_with_options(&url, &worker_options).map_err(|_| fail("worker"))?;
    let _ = web_sys::Url::revoke_object_url(&url);

    let done = Rc::new(RefCell::new(Some(done)));
    let on_message = {
        let done = done.clone();
        let worker = worker.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            worker.terminate();
            let result = event
                .data()
                .as_string()
                .ok_or_else(|| "the analysis worker sent no text".to_string())
                .and_then(|json| {
                    analysis_from_json(&json)
                        .ok_or_else(|| "the analysis worker sent no analysis".to_string())
                });
            if let Some(done) = done.borrow_mut().take() {
                done(result);
            }
        })
    };
    let on_error = {
        let worker = worker.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_| {
            worker.terminate();
            if let Some(done) = done.borrow_mut().take() {
                done(Err("the analysis worker stopped".to_string()));
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The closures live as long as the worker may call them (one answer each).
    on_message.forget();
    on_error.forget();
    worker
        .post_message(&JsValue::from_str(&request_for(docs)))
        .map_err(|_| fail("message"))?;
    CURRENT.with(|current| {
        if let Some(previous) = current.replace(Some(worker)) {
            previous.terminate();
        }
    });
    Ok(())
}

/// Absolute URLs of the bundle's JS module and wasm, from trunk's preload links.
fn bundle_urls() -> Option<(String, String)> {
    let document = web_sys::window()?.document()?;
    let href = |selector: &str| {
        document
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlLinkElement>().ok())
            .map(|link| link.href())
    };
    Some((
        href("link[rel=modulepreload]")?,
        href("link[rel=preload][as=fetch]")?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_lists_id_and_text_pairs() {
        let docs = vec![Document::new("a", "x \"y\""), Document::new("user-1", "z")];
        assert_eq!(request_for(&docs), r#"[["a","x \"y\""],["user-1","z"]]"#);
    }
}
