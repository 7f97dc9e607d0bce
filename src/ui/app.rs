use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{LoadErrorView, SummaryView};
use crate::core::dataset::Dataset;
use crate::core::load::{self, LoadError};
use crate::core::messages::EN;

/// What the page that hosts the app asks of it (read from its mount element).
#[derive(Clone, Debug, PartialEq)]
pub struct AppConfig {
    /// Where the dataset is, relative to the page.
    pub data_url: String,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            data_url: "data/dialogues.json".to_string(),
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

    view! {
        <div class="dx-app">
            <header class="dx-header">
                <h1 class="dx-title">{EN.app_title}</h1>
                <p class="dx-tagline">{EN.app_tagline}</p>
            </header>
            {move || match state.get() {
                LoadState::Loading => {
                    view! { <p class="dx-loading" role="status">{EN.loading}</p> }.into_any()
                }
                LoadState::Ready(dataset) => view! { <SummaryView dataset /> }.into_any(),
                LoadState::Failed(error) => view! { <LoadErrorView error retry /> }.into_any(),
            }}
        </div>
    }
}
