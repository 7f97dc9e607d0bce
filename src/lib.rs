//! Dialogue Explorer: the constructive dialogues of the UNTOC review mechanism, in the browser.
//!
//! `core` is the domain in plain Rust (tested natively); `ui` renders it with Leptos in the browser.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
