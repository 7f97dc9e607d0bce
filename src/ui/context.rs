//! What the app provides to everything below it: contexts and their `use_` functions. No components.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::Dialogue;
use crate::core::export;
use crate::core::query::Selection;
use crate::core::url_state::{UrlState, View};

/// Element ids unique to one instance of the app, so that several can share a page.
#[derive(Clone)]
pub struct Ids(Arc<str>);

impl Ids {
    pub fn new() -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(1);
        Ids(format!("dx{}", NEXT.fetch_add(1, Ordering::Relaxed)).into())
    }

    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.0)
    }
}

impl Default for Ids {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_ids() -> Ids {
    expect_context::<Ids>()
}

/// What the filters select, computed once per change by the explorer and read by every view.
#[derive(Clone, Copy)]
pub struct SelectionMemo(pub Memo<Selection>);

pub fn use_selection() -> Memo<Selection> {
    expect_context::<SelectionMemo>().0
}

/// Where links in exported files point: the standalone page of the app.
#[derive(Clone)]
pub struct AppLinks {
    pub base: Arc<str>,
}

impl AppLinks {
    pub fn dialogue(&self, dialogue: &Dialogue) -> String {
        let state = UrlState {
            view: View::Dialogue(dialogue.id.clone()),
            ..UrlState::default()
        };
        export::app_link(&self.base, &state.to_query(""))
    }
}

/// The configured links, or the current page when the app was mounted without them.
pub fn use_links() -> AppLinks {
    use_context::<AppLinks>().unwrap_or_else(|| AppLinks {
        base: web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default()
            .into(),
    })
}

/// Light, dark, or following the system: set on the app root as `data-theme`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Appearance(pub RwSignal<&'static str>);

/// The language the app root shows (its `lang` and `dir`), set by the explorer.
#[derive(Clone, Copy)]
pub struct CurrentLang(pub RwSignal<&'static str>);
