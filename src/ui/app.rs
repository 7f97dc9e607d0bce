use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::context::AppContext;
use super::explorer::Explorer;
use super::i18n::initial_language;
use super::i18n::use_messages;
use super::views::load_error::LoadErrorView;
use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::load::{self, LoadError};
use crate::core::messages::{catalogue, is_rtl, supported};
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
    pub appearance: &'static str,
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
}

impl AppConfig {
    /// `light` and `dark` as given, anything else `auto`.
    pub fn appearance_from(value: &str) -> &'static str {
        match value.trim() {
            "light" => "light",
            "dark" => "dark",
            _ => "auto",
        }
    }
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            data_url: "data/dialogues.json".to_string(),
            url_namespace: Some(DEFAULT_NAMESPACE.to_string()),
            today: None,
            initial_view: None,
            appearance: "auto",
            inherit_font: false,
            show_header: true,
            app_url: None,
            lang: None,
            host_lang: None,
        }
    }
}

#[derive(Clone, Debug)]
enum LoadState {
    Loading,
    Ready(Arc<Dataset>),
    Failed(LoadError),
}

async fn fetch_dataset(url: String) -> Result<Dataset, LoadError> {
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| LoadError::Fetch {
            url: url.clone(),
            reason: e.to_string(),
        })?;
    let body = response.text().await.map_err(|e| LoadError::Fetch {
        url: url.clone(),
        reason: e.to_string(),
    })?;
    load::from_response(&url, response.status(), &response.status_text(), &body)
}

#[component]
pub fn App(config: AppConfig) -> impl IntoView {
    let state = RwSignal::new(LoadState::Loading);
    let data_url = config.data_url;
    let start_loading = move || {
        state.set(LoadState::Loading);
        let url = data_url.clone();
        spawn_local(async move {
            state.set(match fetch_dataset(url).await {
                Ok(dataset) => LoadState::Ready(Arc::new(dataset)),
                Err(error) => LoadState::Failed(error),
            });
        });
    };
    start_loading();
    let retry = Callback::new(move |()| start_loading());
    let base = config.app_url.clone().unwrap_or_else(|| {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default()
    });
    // The language: the address's choice (when the state lives there), else the configuration's,
    // else the host page's, else the browser's preferences. The explorer follows later choices.
    let from_url = config.url_namespace.as_ref().and_then(|ns| {
        let search = web_sys::window()?.location().search().ok()?;
        UrlState::parse_in(&search, ns).lang
    });
    let base_lang = initial_language(config.lang.as_deref(), config.host_lang.as_deref());
    let start_lang = from_url.as_deref().and_then(supported).unwrap_or(base_lang);
    let app = AppContext::new(base, start_lang, config.appearance);
    provide_context(app);
    let m = use_messages();
    let (url_namespace, today, initial_view) =
        (config.url_namespace, config.today, config.initial_view);
    let show_header = config.show_header;
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
            class:dx-inherit-font=config.inherit_font
            data-theme=move || app.appearance.get()
            lang=move || app.lang.get()
            dir=move || if is_rtl(app.lang.get()) { "rtl" } else { "ltr" }
        >
            {header}
            {move || match state.get() {
                LoadState::Loading => {
                    view! { <p class="dx-loading" role="status">{m.loading}</p> }.into_any()
                }
                LoadState::Ready(dataset) => {
                    let url_namespace = url_namespace.clone();
                    let initial_view = initial_view.clone();
                    view! { <Explorer dataset url_namespace today initial_view base_lang /> }.into_any()
                }
                LoadState::Failed(error) => view! { <LoadErrorView error retry /> }.into_any(),
            }}
        </div>
    }
}
