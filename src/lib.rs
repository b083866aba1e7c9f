//! The wirelens widget: a Leptos CSR app over the engine. The embedded corpus
//! lives in `seeds`; the views are one module each.
pub mod app;
pub mod seeds;
