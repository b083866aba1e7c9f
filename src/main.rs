//! wirelens widget entry point: mounts the app. Everything else is in `app`.
fn main() {
    console_error_panic_hook_lite();
    leptos::mount::mount_to_body(wirelens_widget::app::App);
}

/// Report panics to the console (no extra crate: the message goes to `console.error`).
fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}
