//! wirelens widget entry point: mounts the app into the host page's
//! `[data-wirelens]` element when there is one (embedding), else into `<body>`,
//! and records when the first render finished (`window.__wirelensFirstRenderMs`).
//! In a worker it mounts nothing and only exports `analyze_json`.
use wasm_bindgen::JsCast;

/// Talc instead of std's dlmalloc in the wasm: 0.7 KB smaller gzip, and faster.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    console_error_panic_hook_lite();
    // In the analysis worker (same bundle, see `worker`) there is nothing to mount.
    if web_sys::window().is_none() {
        return;
    }
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[data-wirelens]").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match host {
        Some(host) => leptos::mount::mount_to(host, wirelens_widget::app::App).forget(),
        None => leptos::mount::mount_to_body(wirelens_widget::app::App),
    }
    record_first_render();
}

/// The analysis worker's entry point: `[[id, text], …]` JSON in, analysis JSON out.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn analyze_json(request: &str) -> String {
    wirelens_widget::worker::analyze_request(request)
}

/// Store `performance.now()` after the first render, for the budget check.
fn record_first_render() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let now = window.performance().map(|p| p.now()).unwrap_or(0.0);
    let _ = js_sys::Reflect::set(
        &window,
        &"__wirelensFirstRenderMs".into(),
        &wasm_bindgen::JsValue::from_f64(now),
    );
}

/// Report panics to the console (no extra crate: the message goes to `console.error`).
fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}
