//! Component tests: each view mounted into a detached element in headless Chromium.
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use dialogue_explorer::core::dataset;
use dialogue_explorer::core::load::LoadError;
use dialogue_explorer::ui::{LoadErrorView, SummaryView};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const BUNDLED: &str = include_str!("../public/data/dialogues.json");

fn detached() -> web_sys::HtmlElement {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("div")
        .unwrap()
        .unchecked_into()
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn summary_counts_the_bundled_dataset() {
    let data = Arc::new(dataset::load(BUNDLED).expect("the bundled dataset is valid"));
    let expected = (
        data.dialogues.len(),
        data.working_groups.len(),
        data.themes.len(),
    );
    let root = detached();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! { <SummaryView dataset=data.clone() /> }
    });
    assert_eq!(
        text_of(&root, "[data-count=dialogues]"),
        expected.0.to_string()
    );
    assert_eq!(
        text_of(&root, "[data-count=working-groups]"),
        expected.1.to_string()
    );
    assert_eq!(
        text_of(&root, "[data-count=themes]"),
        expected.2.to_string()
    );
}

#[wasm_bindgen_test]
fn an_invalid_dataset_lists_each_problem_and_retry_calls_back() {
    let problems = dataset::load(r#"{"schema_version": 1, "sources": [], "working_groups": 3}"#)
        .expect_err("invalid");
    let count = problems.len();
    assert!(count >= 3, "{problems:?}");
    let retries = Arc::new(AtomicUsize::new(0));
    let seen = retries.clone();
    let root = detached();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let error = LoadError::Invalid {
            url: "data/dialogues.json".into(),
            problems: problems.clone(),
        };
        let seen = seen.clone();
        let retry = Callback::new(move |()| {
            seen.fetch_add(1, Ordering::SeqCst);
        });
        view! { <LoadErrorView error retry /> }
    });
    let items = root.query_selector_all(".dx-problems li").unwrap();
    assert_eq!(items.length() as usize, count);
    let first = items.item(0).unwrap().text_content().unwrap();
    assert!(first.starts_with("line 1, column 1"), "{first}");
    assert_eq!(
        root.query_selector(".dx-error")
            .unwrap()
            .unwrap()
            .get_attribute("role")
            .as_deref(),
        Some("alert")
    );
    let button: web_sys::HtmlElement = root
        .query_selector("button.dx-retry")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    button.click();
    assert_eq!(retries.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
fn a_fetch_failure_says_why() {
    let root = detached();
    let _mounted = leptos::mount::mount_to(root.clone(), || {
        let error = LoadError::Fetch {
            url: "data/dialogues.json".into(),
            reason: "the server answered 404 Not Found".into(),
        };
        view! { <LoadErrorView error retry=Callback::new(|()| {}) /> }
    });
    assert_eq!(
        text_of(&root, ".dx-error-reason"),
        "Could not fetch data/dialogues.json: the server answered 404 Not Found."
    );
    assert!(root.query_selector(".dx-problems").unwrap().is_none());
}
