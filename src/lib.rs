//! The wirelens widget: a Leptos CSR app over the engine, run entirely in the
//! browser. `app` owns the state and the shell; each view is one module;
//! `model`, `segments`, `diff`, `route`, `summary` and the lesson's steps are pure
//! and tested natively.
pub mod app;
pub mod articles;
pub mod compare;
pub mod diff;
pub mod export;
pub mod host;
pub mod html;
pub mod json;
pub mod lesson;
pub mod model;
pub mod order;
pub mod overview;
pub mod reader;
pub mod route;
pub mod seeds;
pub mod segments;
pub mod speakers;
pub mod storage;
pub mod summary;
pub mod worker;
