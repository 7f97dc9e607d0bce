use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::{AppContext, Appearance};
use super::explorer::Explorer;
use super::format;
use super::i18n::initial_language;
use super::on_demand::{fetch_language, language_here};
use super::views::load_error::LoadErrorView;
use crate::core::dataset::{self, Dataset};
use crate::core::date::PartialDate;
use crate::core::embedding::Embedding;
use crate::core::load::{self, LoadError};
use crate::core::messages::{catalogue, is_rtl, supported, Lang};
use crate::core::url_state::{UrlState, View, DEFAULT_NAMESPACE};

/// What the page that hosts the app asks of it (read from its mount element).
#[derive(Clone, Debug, PartialEq)]
pub struct AppConfig {
    /// Where the dataset is, relative to the page.
    pub data_url: String,
    /// The namespace of the screen's state in the page's URL (shareable links, Back and
    /// Forward): `dx` gives `dx-view`, `dx-theme`…; None keeps the state out of the URL.
    pub url_namespace: Option<String>,
    /// A fixed "today" for the agenda (tests, previews); the reader's clock otherwise.
    pub today: Option<PartialDate>,
    /// The view shown first when the URL does not name one.
    pub initial_view: Option<View>,
    /// `auto` (follow the system), `light` or `dark`.
    pub appearance: Appearance,
    /// Take the host page's font instead of the system font stack.
    pub inherit_font: bool,
    /// Show the title and tagline (a host page usually has its own).
    pub show_header: bool,
    /// The standalone page's address, for links in exported files and shared agendas; the
    /// current page's when None.
    pub app_url: Option<String>,
    /// The interface language asked for (the `lang` attribute or parameter).
    pub lang: Option<String>,
    /// The host page's language (`<html lang>`), when embedded.
    pub host_lang: Option<String>,
    /// Seconds without a byte from the dataset's server before loading gives up.
    pub timeout_seconds: u32,
    /// What an embedding asks: preset filters, the views offered, the controls shown, brand
    /// colours (the element's attributes, the iframe page's parameters).
    pub embedding: Embedding,
    /// The page is the app's own (the standalone page): its title and its `<html lang>` follow
    /// the screen and the language. Never a host's page, whose title and language are not ours.
    pub owns_document: bool,
    /// No background of its own, so that the host's shows through (the iframe page).
    pub transparent: bool,
}

impl AppConfig {
    /// A `timeout` attribute: whole seconds from 1 to 600; anything else keeps the default.
    pub fn timeout_from(value: &str) -> u32 {
        value
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|s| (1..=600).contains(s))
            .unwrap_or(DEFAULT_TIMEOUT_SECONDS)
    }

    /// The language the app starts in: the address's choice (when the state lives there), else
    /// the one asked for, else the host page's, else the browser's preferences, else English.
    pub fn start_language(&self) -> Lang {
        let from_url = self.url_namespace.as_ref().and_then(|ns| {
            let search = web_sys::window()?.location().search().ok()?;
            UrlState::parse_in(&search, ns).lang
        });
        from_url
            .as_deref()
            .and_then(supported)
            .unwrap_or_else(|| initial_language(self.lang.as_deref(), self.host_lang.as_deref()))
    }

    /// The `theme` option: `light` and `dark` as given, anything else `auto`.
    pub fn appearance_from(value: &str) -> Appearance {
        Appearance::from_key(value)
    }
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            data_url: "data/dialogues.json".to_string(),
            url_namespace: Some(DEFAULT_NAMESPACE.to_string()),
            today: None,
            initial_view: None,
            appearance: Appearance::Auto,
            inherit_font: false,
            show_header: true,
            app_url: None,
            lang: None,
            host_lang: None,
            timeout_seconds: DEFAULT_TIMEOUT_SECONDS,
            embedding: Embedding::default(),
            owns_document: false,
            transparent: false,
        }
    }
}

/// The seconds without a byte from the dataset's server after which loading gives up (the
/// `timeout` attribute changes it, for slow hosts).
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 20;

/// Aborts a request when `arm` is not called again within the limit: a server that never
/// answers, or a body that stops half-way, ends in an error instead of "Loading…" forever.
struct Watchdog {
    controller: web_sys::AbortController,
    fired: Rc<Cell<bool>>,
    timer: Cell<Option<i32>>,
    on_timeout: wasm_bindgen::closure::Closure<dyn FnMut()>,
    millis: i32,
}

impl Watchdog {
    fn new(seconds: u32) -> Option<Self> {
        let controller = web_sys::AbortController::new().ok()?;
        let fired = Rc::new(Cell::new(false));
        let on_timeout = {
            let (controller, fired) = (controller.clone(), fired.clone());
            wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
                fired.set(true);
                controller.abort();
            })
        };
        let watchdog = Watchdog {
            controller,
            fired,
            timer: Cell::new(None),
            on_timeout,
            millis: (seconds.max(1) as i32).saturating_mul(1000),
        };
        watchdog.arm();
        Some(watchdog)
    }

    /// Something arrived: the limit starts again.
    fn arm(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(timer) = self.timer.take() {
            window.clear_timeout_with_handle(timer);
        }
        self.timer.set(
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    self.on_timeout.as_ref().unchecked_ref(),
                    self.millis,
                )
                .ok(),
        );
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        if let (Some(window), Some(timer)) = (web_sys::window(), self.timer.take()) {
            window.clear_timeout_with_handle(timer);
        }
    }
}

async fn fetch_dataset(
    url: String,
    timeout_seconds: u32,
    progress: impl Fn(u64),
) -> Result<Dataset, LoadError> {
    let watchdog = Watchdog::new(timeout_seconds);
    let timed_out = || LoadError::TimedOut {
        url: url.clone(),
        seconds: timeout_seconds,
    };
    let failed = |watchdog: &Option<Watchdog>, reason: String| {
        if watchdog.as_ref().is_some_and(|w| w.fired.get()) {
            timed_out()
        } else {
            LoadError::Fetch {
                url: url.clone(),
                reason,
            }
        }
    };
    let init = web_sys::RequestInit::new();
    if let Some(w) = &watchdog {
        init.set_signal(Some(&w.controller.signal()));
    }
    let window = web_sys::window().ok_or_else(|| failed(&watchdog, "no window".into()))?;
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str_and_init(&url, &init))
            .await
            .map_err(|e| failed(&watchdog, js_reason(&e)))?
            .unchecked_into();
    // The body a chunk at a time, counted as it comes, and refused once it is over the size
    // the reader accepts.
    let mut bytes: Vec<u8> = Vec::new();
    if let Some(body) = response.body() {
        let reader: web_sys::ReadableStreamDefaultReader = body
            .get_reader()
            .dyn_into()
            .map_err(|_| failed(&watchdog, "the body cannot be read".into()))?;
        loop {
            let chunk = wasm_bindgen_futures::JsFuture::from(reader.read())
                .await
                .map_err(|e| failed(&watchdog, js_reason(&e)))?;
            if let Some(w) = &watchdog {
                w.arm();
            }
            let done = js_sys::Reflect::get(&chunk, &"done".into())
                .map(|d| d.is_truthy())
                .unwrap_or(true);
            if done {
                break;
            }
            if let Ok(value) = js_sys::Reflect::get(&chunk, &"value".into()) {
                bytes.extend(js_sys::Uint8Array::new(&value).to_vec());
            }
            progress(bytes.len() as u64);
            if bytes.len() > dataset::MAX_BYTES {
                let _ = reader.cancel();
                return Err(LoadError::Invalid {
                    url: url.clone(),
                    problems: dataset::Problems::one(dataset::too_large(bytes.len())),
                });
            }
        }
    }
    drop(watchdog);
    load::from_response_bytes(&url, response.status(), &response.status_text(), &bytes)
}

/// What a rejected promise says, for the error view.
fn js_reason(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the connection failed".to_string())
}

#[component]
pub fn App(config: AppConfig) -> impl IntoView {
    // The bytes received while the dataset loads (None once it has loaded or failed): Retry
    // shows "Loading…" again rather than the old error.
    let received = RwSignal::new(Some(0u64));
    let start_lang = config.start_language();
    let data_url = StoredValue::new(config.data_url.clone());
    let timeout = config.timeout_seconds;
    // The outcome of the latest load (None while one runs): a signal set by a task, started
    // here and again by Retry. A resource would do the same with far more code in the first
    // load (docs/size.md).
    let loaded = RwSignal::new_local(None::<Result<Arc<Dataset>, LoadError>>);
    let loads = StoredValue::new(0u32);
    let load = move || {
        received.set(Some(0));
        loaded.set(None);
        loads.update_value(|n| *n += 1);
        let this_load = loads.get_value();
        let url = data_url.get_value();
        leptos::task::spawn_local(async move {
            // The app may be gone by the time bytes arrive (an embedding's attributes changed
            // while it loaded, the element removed): try_set then does nothing.
            let outcome = fetch_dataset(url, timeout, move |n| {
                received.try_set(Some(n));
            })
            .await;
            // Only the latest load says how loading ended.
            if loads.try_get_value() == Some(this_load) {
                received.try_set(None);
                loaded.try_set(Some(outcome.map(Arc::new)));
            }
        });
    };
    load();
    let retry = Callback::new(move |()| load());
    let base = config.app_url.clone().unwrap_or_else(|| {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default()
    });
    // The explorer follows the reader's later choices of language.
    let base_lang = initial_language(config.lang.as_deref(), config.host_lang.as_deref());
    // The start language's pack, when it has to be fetched, comes with the dataset: until then
    // the app says "Loading…" in English, and the explorer waits for both.
    let app = AppContext::new(
        base,
        if language_here(start_lang) {
            start_lang
        } else {
            Lang::En
        },
        config.appearance,
    );
    provide_context(app);
    let language_settled = RwSignal::new(language_here(start_lang));
    if !language_settled.get_untracked() {
        leptos::task::spawn_local(async move {
            if fetch_language(start_lang).await {
                app.lang.try_set(start_lang);
            }
            language_settled.try_set(true);
        });
    }
    let (url_namespace, today, initial_view) =
        (config.url_namespace, config.today, config.initial_view);
    let show_header = config.show_header;
    let (embedding, owns_document) = (config.embedding.clone(), config.owns_document);
    let root = NodeRef::<leptos::html::Div>::new();
    // Brand colours, through the CSSOM (no style attribute, which a strict policy refuses).
    let brand = embedding.brand.clone();
    Effect::new(move |_| {
        if let Some(root) = root.get() {
            let style = web_sys::HtmlElement::style(&root);
            for (property, colour) in &brand {
                let _ = style.set_property(property, colour);
            }
        }
    });
    // The standalone page's own <html lang dir> follows the interface language.
    Effect::new(move |_| {
        let lang = app.lang.get();
        if !owns_document {
            return;
        }
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", lang.code());
            let _ = html.set_attribute("dir", if is_rtl(lang) { "rtl" } else { "ltr" });
        }
    });
    let header = move || {
        let m = catalogue(app.lang.get());
        show_header.then(|| {
            view! {
                <header class="dx-header">
                    <h1 class="dx-title">{m.app_title}</h1>
                    <p class="dx-tagline">{m.app_tagline}</p>
                </header>
            }
        })
    };

    view! {
        <div
            class="dx-app"
            node_ref=root
            class:dx-inherit-font=config.inherit_font
            class:dx-transparent=config.transparent
            data-theme=move || app.appearance.get().key()
            lang=move || app.lang.get().code()
            dir=move || if is_rtl(app.lang.get()) { "rtl" } else { "ltr" }
        >
            {header}
            {move || match (language_settled.get(), received.get(), loaded.get()) {
                (true, None, Some(Ok(dataset))) => {
                    let url_namespace = url_namespace.clone();
                    let initial_view = initial_view.clone();
                    let embedding = embedding.clone();
                    view! {
                        <Explorer dataset url_namespace today initial_view base_lang embedding owns_document />
                    }
                    .into_any()
                }
                (true, None, Some(Err(error))) => view! { <LoadErrorView error retry /> }.into_any(),
                // Loading (until the start language's pack is here too), with the bytes received
                // once there are some.
                (settled, received, _) => {
                    let m = catalogue(app.lang.get());
                    let said = match received.filter(|&n| n > 0 && settled) {
                        Some(n) => {
                            (m.loading_progress)(&format::bytes(n, app.lang.get_untracked().code()))
                        }
                        None => m.loading.to_string(),
                    };
                    view! { <p class="dx-loading" role="status">{said}</p> }.into_any()
                }
            }}
        </div>
    }
}
