//! Smoke test of the wasm test tier: proves that `cargo test --target wasm32-unknown-unknown`
//! runs in headless Chromium (see .cargo/config.toml and webdriver.json).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn document_exists() {
    assert!(web_sys::window().unwrap().document().is_some());
}
