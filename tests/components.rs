//! Component tests: each view mounted into a detached element in headless Chromium.
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use dialogue_explorer::core::dataset;
use dialogue_explorer::core::load::LoadError;
use dialogue_explorer::core::messages::Lang;
use dialogue_explorer::ui::{AppContext, Appearance, LoadErrorView, SummaryView};
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
        provide_context(AppContext::new(String::new(), Lang::En, Appearance::Auto));
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
        provide_context(AppContext::new(String::new(), Lang::En, Appearance::Auto));
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
        provide_context(AppContext::new(String::new(), Lang::En, Appearance::Auto));
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

/// Puts an element in the document: focus and `change` events need it there.
fn attach(root: &web_sys::HtmlElement) {
    let body = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap();
    body.append_child(root).unwrap();
}

/// Lets the reactive system and the browser run what a change scheduled.
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn mount_explorer() -> (web_sys::HtmlElement, impl Drop) {
    use dialogue_explorer::core::date::PartialDate;
    use dialogue_explorer::ui::Explorer;
    let data = Arc::new(dataset::load(BUNDLED).unwrap());
    let root = detached();
    let mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(AppContext::new(String::new(), Lang::En, Appearance::Auto));
        view! {
            <Explorer
                dataset=data.clone()
                url_namespace=None
                today=PartialDate::parse("2026-11-28").ok()
            />
        }
    });
    (root, DropGuard(Some(mounted)))
}

struct DropGuard<T>(Option<T>);
impl<T> Drop for DropGuard<T> {
    fn drop(&mut self) {
        self.0.take();
    }
}

#[wasm_bindgen_test]
async fn picking_a_theme_narrows_the_count_and_the_matrix() {
    let data = dataset::load(BUNDLED).unwrap();
    let total = data.entry_count();
    let tagged = data
        .dialogues
        .iter()
        .flat_map(|d| d.agenda_items.iter().chain(&d.topics_raised))
        .filter(|e| e.themes.iter().any(|t| t == "corruption"))
        .count();
    let (root, _mounted) = mount_explorer();
    // A checkbox fires `change` only when it is in the document.
    attach(&root);
    next_tick().await;
    let status = || text_of(&root, ".dx-result-count");
    assert!(
        status().starts_with(&format!("{total} entries")),
        "{}",
        status()
    );

    let checkbox: web_sys::HtmlElement = root
        .query_selector("input[data-facet=theme][data-value=corruption]")
        .unwrap()
        .expect("a corruption checkbox")
        .unchecked_into();
    checkbox.click();
    next_tick().await;
    assert!(status().starts_with(&format!("{tagged} ")), "{}", status());
    // Only cells of entries tagged corruption remain: the corruption row sums to the count.
    let cells = root.query_selector_all("button.dx-cell").unwrap();
    let sum: usize = (0..cells.length())
        .map(|i| {
            let el: web_sys::Element = cells.item(i).unwrap().unchecked_into();
            let label = el.get_attribute("aria-label").unwrap();
            if label.starts_with("Corruption —") {
                el.get_attribute("data-count")
                    .unwrap()
                    .parse::<usize>()
                    .unwrap()
            } else {
                0
            }
        })
        .sum();
    assert_eq!(sum, tagged);
    assert!(root.query_selector(".dx-chip").unwrap().is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_the_focus_between_matrix_cells() {
    let (root, _mounted) = mount_explorer();
    // Focus needs the element in the document.
    attach(&root);
    next_tick().await;
    let focusable = root
        .query_selector_all("button.dx-cell[tabindex='0']")
        .unwrap();
    assert_eq!(focusable.length(), 1, "one cell in the tab order");
    let first: web_sys::HtmlElement = focusable.item(0).unwrap().unchecked_into();
    assert_eq!(first.get_attribute("data-cell").as_deref(), Some("0-0"));
    first.focus().unwrap();
    let key = |name: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(name);
        init.set_bubbles(true);
        let ev =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element()
            .unwrap()
            .dispatch_event(&ev)
            .unwrap();
    };
    let active = || {
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element()
            .and_then(|e| e.get_attribute("data-cell"))
    };
    key("ArrowRight");
    next_tick().await;
    assert_eq!(active().as_deref(), Some("0-1"));
    key("ArrowDown");
    next_tick().await;
    assert_eq!(active().as_deref(), Some("1-1"));
    key("Home");
    next_tick().await;
    assert_eq!(active().as_deref(), Some("1-0"));
    key("ArrowLeft");
    next_tick().await;
    assert_eq!(active().as_deref(), Some("1-0"), "stays at the edge");
    let in_tab_order = root
        .query_selector_all("button.dx-cell[tabindex='0']")
        .unwrap();
    assert_eq!(in_tab_order.length(), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_explorer_speaks_the_language_it_is_given() {
    use dialogue_explorer::core::date::PartialDate;
    use dialogue_explorer::core::messages::{catalogue, Lang};
    use dialogue_explorer::ui::Explorer;
    for lang in Lang::ALL {
        let data = Arc::new(dataset::load(BUNDLED).unwrap());
        let root = detached();
        let _mounted = leptos::mount::mount_to(root.clone(), move || {
            provide_context(AppContext::new(String::new(), lang, Appearance::Auto));
            view! {
                <Explorer
                    dataset=data.clone()
                    url_namespace=None
                    today=PartialDate::parse("2026-11-28").ok()
                    base_lang=lang
                />
            }
        });
        next_tick().await;
        let m = catalogue(lang);
        assert_eq!(text_of(&root, "a.dx-tab"), m.view_matrix, "{lang:?}");
        assert_eq!(
            text_of(&root, ".dx-filters h2"),
            m.filters_heading,
            "{lang:?}"
        );
        assert!(
            text_of(&root, "caption").contains(m.matrix_caption),
            "{lang:?}"
        );
    }
}

#[wasm_bindgen_test]
fn the_crash_notice_speaks_the_language_of_the_app_at_that_moment() {
    use dialogue_explorer::core::messages::{AR, EN, FR};
    use dialogue_explorer::ui::crash::show_crash_notice;
    let document = web_sys::window().unwrap().document().unwrap();
    // A place whose app shows `lang` (the root's attribute, as the app writes it), or no app.
    let place = |lang: Option<&str>| {
        let place = detached();
        if let Some(lang) = lang {
            let app = document.create_element("div").unwrap();
            app.set_class_name("dx-app");
            app.set_attribute("lang", lang).unwrap();
            app.set_text_content(Some("the app"));
            place.append_child(&app).unwrap();
        }
        place
    };
    let notice = |place: &web_sys::HtmlElement| {
        let p = place
            .query_selector("p.dx-crash[role=alert]")
            .unwrap()
            .unwrap();
        (
            p.text_content().unwrap(),
            p.get_attribute("lang").unwrap(),
            p.get_attribute("dir").unwrap(),
        )
    };

    // Started in English, switched to French: French, and the app is gone.
    let switched = place(Some("fr"));
    show_crash_notice(&switched, Lang::En);
    assert_eq!(
        notice(&switched),
        (FR.crashed.to_string(), "fr".to_string(), "ltr".to_string())
    );
    assert_eq!(switched.query_selector(".dx-app").unwrap(), None);

    let arabic = place(Some("ar"));
    show_crash_notice(&arabic, Lang::Fr);
    assert_eq!(
        notice(&arabic),
        (AR.crashed.to_string(), "ar".to_string(), "rtl".to_string())
    );

    // Before the app drew itself: the language it started in; else English.
    let starting = place(None);
    show_crash_notice(&starting, Lang::Fr);
    assert_eq!(notice(&starting).0, FR.crashed);
    let unknown = place(Some("de"));
    show_crash_notice(&unknown, Lang::En);
    assert_eq!(notice(&unknown).0, EN.crashed);
}

/// Waits `millis` in the browser (the maintainer page checks its text after a pause).
async fn wait(millis: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_maintainer_page_checks_a_pasted_text_after_a_pause_and_previews_it_once_valid() {
    use dialogue_explorer::core::maintain::DRAFT_KEY;
    use dialogue_explorer::ui::maintain::{MaintainConfig, MaintainPage};
    let root = detached();
    attach(&root);
    let config = MaintainConfig {
        data_url: "data/dialogues.json".into(),
        lang: Some("en".into()),
    };
    let mounted = leptos::mount::mount_to(root.clone(), move || {
        view! { <MaintainPage config=config.clone() /> }
    });
    let area: web_sys::HtmlTextAreaElement = root
        .query_selector("#dx-maintain-text")
        .unwrap()
        .expect("the editor")
        .unchecked_into();
    let type_in = |text: &str| {
        area.set_value(text);
        area.dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    };
    let broken = BUNDLED.replacen("\"format\": \"hybrid\"", "\"format\": \"hibrid\"", 1);
    type_in(&broken);
    next_tick().await;
    assert_eq!(text_of(&root, ".dx-maintain-count"), "Checking…");
    wait(450).await;
    assert_eq!(text_of(&root, ".dx-maintain-count"), "1 problem found");
    assert!(root
        .query_selector(".dx-maintain-explorer")
        .unwrap()
        .is_none());
    // Choosing the problem puts the cursor on the misspelt value.
    let place: web_sys::HtmlElement = root
        .query_selector(".dx-maintain-place")
        .unwrap()
        .unwrap()
        .unchecked_into();
    place.click();
    let at = area.selection_start().unwrap().unwrap() as usize;
    let units: Vec<u16> = broken.encode_utf16().take(at).collect();
    let before = String::from_utf16_lossy(&units);
    assert!(
        before.ends_with("\"format\": "),
        "the cursor is before the value"
    );
    type_in(BUNDLED);
    wait(450).await;
    assert_eq!(
        text_of(&root, ".dx-maintain-count"),
        "No problems: the dataset is valid."
    );
    next_tick().await;
    assert!(
        root.query_selector(".dx-maintain-explorer .dx-explorer")
            .unwrap()
            .is_some(),
        "the preview shows the explorer"
    );
    drop(mounted);
    root.remove();
    if let Some(store) = web_sys::window().unwrap().local_storage().unwrap() {
        let _ = store.remove_item(DRAFT_KEY);
    }
}
