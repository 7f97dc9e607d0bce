use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::common::Ids;
use super::explorer::{Appearance, Explorer};
use super::LoadErrorView;
use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::load::{self, LoadError};
use crate::core::messages::EN;

/// What the page that hosts the app asks of it (read from its mount element).
#[derive(Clone, Debug, PartialEq)]
pub struct AppConfig {
    /// Where the dataset is, relative to the page.
    pub data_url: String,
    /// Whether the screen's state lives in the page's URL (shareable links, Back and Forward).
    pub url_sync: bool,
    /// A fixed "today" for the agenda (tests, previews); the reader's clock otherwise.
    pub today: Option<PartialDate>,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            data_url: "data/dialogues.json".to_string(),
            url_sync: true,
            today: None,
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
    provide_context(Ids::new());
    let appearance = Appearance(RwSignal::new("auto"));
    provide_context(appearance);
    let (url_sync, today) = (config.url_sync, config.today);

    view! {
        <div class="dx-app" data-theme=move || appearance.0.get()>
            <header class="dx-header">
                <h1 class="dx-title">{EN.app_title}</h1>
                <p class="dx-tagline">{EN.app_tagline}</p>
            </header>
            {move || match state.get() {
                LoadState::Loading => {
                    view! { <p class="dx-loading" role="status">{EN.loading}</p> }.into_any()
                }
                LoadState::Ready(dataset) => {
                    view! { <Explorer dataset url_sync today /> }.into_any()
                }
                LoadState::Failed(error) => view! { <LoadErrorView error retry /> }.into_any(),
            }}
        </div>
    }
}
