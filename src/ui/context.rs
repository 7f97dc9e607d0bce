//! What the app shares with everything below it, as two `Copy` handles: the app's (before the
//! dataset is there) and the explorer's (over a loaded dataset). The `use_` functions read parts
//! of them. No components.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::Dialogue;
use crate::core::date::PartialDate;
use crate::core::export;
use crate::core::index::Index;
use crate::core::messages::Lang;
use crate::core::query::{Filters, Selection};
use crate::core::url_state::{UrlState, View};
use crate::ui::nav::Nav;
use crate::ui::stars::StarStore;

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

/// Where links in exported files point: the standalone page of the app.
#[derive(Clone)]
pub struct AppLinks {
    pub base: Arc<str>,
}

impl AppLinks {
    pub fn dialogue(&self, dialogue: &Dialogue) -> String {
        export::dialogue_link(&self.base, &dialogue.id)
    }
}

/// Light, dark, or following the reader's system: the app root's `data-theme`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Appearance {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Appearance {
    pub const ALL: [Appearance; 3] = [Appearance::Auto, Appearance::Light, Appearance::Dark];

    /// As in the `theme` attribute and `data-theme`.
    pub fn key(self) -> &'static str {
        match self {
            Appearance::Auto => "auto",
            Appearance::Light => "light",
            Appearance::Dark => "dark",
        }
    }

    /// `light` and `dark` as given, anything else `auto`.
    pub fn from_key(key: &str) -> Appearance {
        Appearance::ALL
            .into_iter()
            .find(|a| a.key() == key.trim())
            .unwrap_or_default()
    }
}

/// One instance of the app: its ids, where its links point, its language and appearance.
#[derive(Clone, Copy)]
pub struct AppContext {
    ids: StoredValue<Ids>,
    links: StoredValue<AppLinks>,
    /// The language the app root shows (`lang`, `dir`, the catalogue).
    pub lang: RwSignal<Lang>,
    /// Light, dark, or following the system (`auto`): the root's `data-theme`.
    pub appearance: RwSignal<Appearance>,
}

impl AppContext {
    pub fn new(links_base: String, lang: Lang, appearance: Appearance) -> Self {
        AppContext {
            ids: StoredValue::new(Ids::new()),
            links: StoredValue::new(AppLinks {
                base: links_base.into(),
            }),
            lang: RwSignal::new(lang),
            appearance: RwSignal::new(appearance),
        }
    }
}

pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}

/// The explorer over one dataset: the app's handle, the dataset's index, the day taken as today,
/// the screen state, the stars, and the selection every view reads. (The views get the dataset
/// itself as a property, which their component tests give them directly.)
#[derive(Clone, Copy)]
pub struct ExplorerContext {
    pub app: AppContext,
    pub index: StoredValue<Arc<Index>>,
    pub today: PartialDate,
    pub nav: Nav,
    pub stars: StarStore,
    /// The filters of the screen state, changing only when they do.
    pub filters: Memo<Filters>,
    /// The screen state with no view and no chosen cell: what links to other screens build on
    /// (they keep the filters), so that they follow the filters and nothing else.
    pub link_base: Memo<UrlState>,
    /// What the filters select, computed once per change and read by every view.
    pub selection: Memo<Selection>,
}

impl ExplorerContext {
    /// The address state of another screen, following the current filters.
    pub fn link_to(self, view: View) -> Signal<UrlState> {
        let base = self.link_base;
        Signal::derive(move || base.with(|b| b.at(view.clone())))
    }
}

pub fn use_explorer() -> ExplorerContext {
    expect_context::<ExplorerContext>()
}

pub fn use_ids() -> Ids {
    use_app().ids.get_value()
}

pub fn use_links() -> AppLinks {
    use_app().links.get_value()
}

pub fn use_nav() -> Nav {
    use_explorer().nav
}

pub fn use_stars() -> StarStore {
    use_explorer().stars
}

/// The app's one live region for confirmations that have no place of their own on screen (a
/// star given or taken away): a region that is there from the start, so that what it says is
/// read out.
#[derive(Clone, Copy)]
pub struct Announcer(pub RwSignal<String>);

impl Announcer {
    pub fn say(self, text: String) {
        self.0.try_set(text);
    }
}

/// The explorer's announcer, when there is one (a component mounted alone has none).
pub fn use_announcer() -> Option<Announcer> {
    use_context::<Announcer>()
}

pub fn use_selection() -> Memo<Selection> {
    use_explorer().selection
}
