//! The `<dialogue-explorer>` custom element's side in Rust. `embed/embed.js` defines the element
//! and calls `mount_explorer` with the element's shadow root and attributes; the handle it gets
//! back unmounts the app when the element leaves the page or its attributes change.

use std::any::Any;
use std::cell::RefCell;

use dialogue_explorer::core::embedding::BRAND_COLOURS;
use dialogue_explorer::core::messages::Lang;
use dialogue_explorer::core::url_state::{valid_namespace, View};
use dialogue_explorer::ui::crash::show_crash_notice;
use dialogue_explorer::ui::{styles, App, AppConfig};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Set by embed.js before it loads the module, so that `main` leaves the page alone.
const EMBED_FLAG: &str = "__dialogueExplorerEmbed";

pub fn loaded_by_embed_script() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(EMBED_FLAG))
        .map(|v| v.is_truthy())
        .unwrap_or(false)
}

/// The view an embedding asks to start on (`view="agenda"`).
pub fn view_from(value: &str) -> Option<View> {
    View::starting(value)
}

/// One mounted explorer. Dropping it (or calling `unmount`) removes the app and its listeners.
#[wasm_bindgen]
pub struct EmbeddedExplorer {
    mounted: Option<Box<dyn Any>>,
}

#[wasm_bindgen]
impl EmbeddedExplorer {
    pub fn unmount(&mut self) {
        self.mounted.take();
    }
}

/// Mounts an explorer into `shadow` (the custom element's shadow root).
///
/// `options` holds the element's attributes as strings: `src` (the dataset's address, already
/// resolved by embed.js), `app` (the standalone page next to embed.js, for links in exported
/// files), `view` (`matrix`, `agenda`, `list`), `theme` (`light`, `dark`,
/// `auto`), `url-state` (`off`, or a namespace such as `dx`), `font` (`inherit`), `header`
/// (`show`), `today` (YYYY-MM-DD), `lang` (an interface language), `host-lang` (the host
/// page's `<html lang>`, used when `lang` is absent) and `timeout` (seconds without a byte from
/// the dataset's server before giving up); and `filters` (preset filters, `wg=tip&year=2024`),
/// `views` (`agenda`, `agenda,list`), `controls` (`none`, `search`, `full`) and the brand
/// colours (`accent`, … as hex), read by `Embedding::take`.
#[wasm_bindgen]
pub fn mount_explorer(
    shadow: web_sys::ShadowRoot,
    options: JsValue,
) -> Result<EmbeddedExplorer, JsValue> {
    let option = |name: &str| -> Option<String> {
        js_sys::Reflect::get(&options, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let mut config = AppConfig {
        url_namespace: None,
        show_header: false,
        ..AppConfig::default()
    };
    if let Some(src) = option("src") {
        config.data_url = src;
    }
    config.app_url = option("app");
    config.lang = option("lang");
    config.host_lang = option("host-lang");
    config.initial_view = option("view").and_then(|v| view_from(&v));
    config.appearance = AppConfig::appearance_from(&option("theme").unwrap_or_default());
    config.inherit_font = option("font").as_deref() == Some("inherit");
    config.show_header = option("header").as_deref() == Some("show");
    config.url_namespace = option("url-state").filter(|ns| valid_namespace(ns));
    config.today =
        option("today").and_then(|d| dialogue_explorer::core::date::PartialDate::parse(&d).ok());
    if let Some(seconds) = option("timeout") {
        config.timeout_seconds = AppConfig::timeout_from(&seconds);
    }
    for name in ["filters", "views", "controls"]
        .into_iter()
        .chain(BRAND_COLOURS)
    {
        if let Some(value) = option(name) {
            config.embedding.take(name, &value);
        }
    }

    PANIC_HOOK.call_once(|| install_panic_message(None));
    let started = config.start_language();
    styles::attach(&shadow);
    let document = shadow
        .owner_document()
        .ok_or("the shadow root has no document")?;
    let container: web_sys::HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_class_name("dx-host");
    shadow.append_child(&container)?;
    MOUNTED.with(|m| m.borrow_mut().push((container.clone(), started)));
    let handle = leptos::mount::mount_to(container.clone(), move || {
        view! { <App config=config.clone() /> }
    });
    Ok(EmbeddedExplorer {
        mounted: Some(Box::new(Mounted {
            _handle: handle,
            container,
        })),
    })
}

/// The app and the element it lives in, removed together.
struct Mounted<H> {
    _handle: H,
    container: web_sys::HtmlElement,
}

impl<H> Drop for Mounted<H> {
    fn drop(&mut self) {
        MOUNTED.with(|m| m.borrow_mut().retain(|(c, _)| c != &self.container));
        self.container.remove();
    }
}

static PANIC_HOOK: std::sync::Once = std::sync::Once::new();

thread_local! {
    /// Where the apps of this page are mounted, each with the language it started in, to say
    /// so in each if the module panics.
    static MOUNTED: RefCell<Vec<(web_sys::HtmlElement, Lang)>> =
        const { RefCell::new(Vec::new()) };
}

/// A panic must not leave a blank or frozen page: log it, and say so where the apps were
/// (`mount` for the standalone page, with the language it starts in; every mounted element
/// otherwise): after a panic the module is stopped, so every instance on the page is. Each
/// says it in its language at that moment, else the one it started in (`show_crash_notice`).
pub fn install_panic_message(mount: Option<(web_sys::HtmlElement, Lang)>) {
    if let Some(mount) = mount {
        MOUNTED.with(|m| m.borrow_mut().push(mount));
    }
    std::panic::set_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        show_stopped();
    }));
}

/// Writes the crash notice where the apps are. The panic hook calls it; so do start.js and
/// embed.js when the module has stopped without running the hook, as the release build's does
/// (`-Cpanic=immediate-abort`, scripts/build-explorer.sh): the stopped module then throws a
/// `WebAssembly.RuntimeError` to the page, which calls this once.
#[wasm_bindgen]
pub fn show_stopped() {
    // A stop while the list is being changed finds it borrowed: nowhere to write then.
    let places = MOUNTED.with(|m| m.try_borrow().map(|m| m.clone()).unwrap_or_default());
    for (place, started) in places {
        show_crash_notice(&place, started);
    }
}

/// Panics, for the end-to-end test of the crash notice: the release build has no other way to
/// stop the module from outside.
#[wasm_bindgen]
pub fn panic_for_crash_test() {
    panic!("the crash notice's test");
}
