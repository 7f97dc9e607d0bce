//! Moving between screens: the state lives in a signal and, when URL sync is on, in the query
//! string. No router: links are plain `<a href>` (they open in a new tab as they should) whose
//! ordinary clicks are handled here, and only those.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::core::embedding::OfferedViews;
use crate::core::url_state::{Trail, UrlState, View, DEFAULT_NAMESPACE};

#[derive(Clone, Copy)]
pub struct Nav {
    pub state: RwSignal<UrlState>,
    /// The namespace of the state's parameters in the page's URL (`dx` → `dx-view`), or None
    /// when the state is not kept in the URL (an embedded explorer, unless asked).
    namespace: StoredValue<Option<String>>,
    /// The standalone page, where links point when the state is not in this page's URL (an
    /// embedded explorer): opened in a new tab, they show the same screen there.
    standalone: StoredValue<Option<String>>,
    /// The screens the reader came through, for the pages' Back (kept here, not read from the
    /// browser's history: an embedded explorer has none of its own).
    trail: StoredValue<Trail>,
    /// The views the embedding offers (all of them on the standalone page).
    offered: StoredValue<OfferedViews>,
}

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

fn current_search() -> String {
    location().and_then(|l| l.search().ok()).unwrap_or_default()
}

thread_local! {
    static SEARCH_THIS_TURN: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The query string, read once per turn of the event loop: a change of the filters draws
/// hundreds of links, each of which keeps the page's own parameters, and every read of
/// `location.search` is a call into the browser. Forgotten after the turn, and when this
/// explorer writes the address itself.
fn search_this_turn() -> String {
    SEARCH_THIS_TURN.with(|cached| {
        if let Some(search) = cached.borrow().as_ref() {
            return search.clone();
        }
        let search = current_search();
        *cached.borrow_mut() = Some(search.clone());
        queue_microtask(forget_search);
        search
    })
}

fn forget_search() {
    SEARCH_THIS_TURN.with(|cached| cached.borrow_mut().take());
}

impl Nav {
    /// The state from the page's URL when it is kept there, else the default one.
    pub fn new(
        namespace: Option<String>,
        standalone: Option<String>,
        offered: OfferedViews,
    ) -> Self {
        let initial = match &namespace {
            Some(ns) => UrlState::parse_in(&current_search(), ns),
            None => UrlState::default(),
        };
        let nav = Nav {
            state: RwSignal::new(initial),
            namespace: StoredValue::new(namespace.clone()),
            standalone: StoredValue::new(standalone),
            trail: StoredValue::new(Trail::default()),
            offered: StoredValue::new(offered),
        };
        if let Some(ns) = namespace {
            // Back and Forward: the URL changed under us, read it again.
            let (state, trail) = (nav.state, nav.trail);
            let handle = window_event_listener(leptos::ev::popstate, move |_| {
                forget_search();
                let next = UrlState::parse_in(&current_search(), &ns);
                trail.update_value(|t| t.moved(state.get_untracked(), &next));
                state.set(next);
            });
            on_cleanup(move || handle.remove());
        }
        nav
    }

    /// The address of a state: relative to the current page when the state lives in its URL
    /// (so it works under any path); otherwise on the standalone page, in the default namespace,
    /// so that a link opened in a new tab shows the same screen.
    pub fn href(&self, next: &UrlState) -> String {
        let Some(namespace) = self.namespace.with_value(|n| n.clone()) else {
            let query = next.to_query_in("", DEFAULT_NAMESPACE);
            return match self.standalone.with_value(|s| s.clone()) {
                Some(page) => crate::core::export::app_link(&page, &query),
                None if query.is_empty() => "./".to_string(),
                None => query,
            };
        };
        let query = next.to_query_in(&search_this_turn(), &namespace);
        if query.is_empty() {
            location()
                .and_then(|l| l.pathname().ok())
                .unwrap_or_else(|| "./".to_string())
        } else {
            query
        }
    }

    fn write(&self, next: &UrlState, push: bool) {
        if self.namespace.with_value(Option::is_none) {
            return;
        }
        let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
            return;
        };
        let href = self.href(next);
        let hash = location().and_then(|l| l.hash().ok()).unwrap_or_default();
        let url = format!("{href}{hash}");
        let _ = if push {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
        forget_search();
    }

    /// Goes to another screen: a new history entry, so Back returns here.
    pub fn go(&self, next: UrlState) {
        let current = self.state.get_untracked();
        if next == current {
            return;
        }
        self.trail.update_value(|t| t.record(current));
        self.write(&next, true);
        self.state.set(next);
    }

    /// Where a page opened with no earlier screen leads back to.
    fn home(&self, current: &UrlState) -> View {
        self.offered.with_value(|o| o.home_of(&current.view))
    }

    /// Where the current page's Back leads: the screen the reader came from, else its home.
    pub fn way_back(&self) -> UrlState {
        let current = self.state.get_untracked();
        let home = self.home(&current);
        self.trail.with_value(|t| t.way_back(&current, home))
    }

    /// Follows the current page's Back (a new history entry when the state is in the address,
    /// as any link; the app's own trail goes back).
    pub fn back(&self) {
        let current = self.state.get_untracked();
        let home = self.home(&current);
        let next = self.trail.try_update_value(|t| t.back(&current, home));
        if let Some(next) = next.filter(|n| *n != current) {
            self.write(&next, true);
            self.state.set(next);
        }
    }

    /// The tab the current screen belongs to (a page: the view the reader came from). Reads the
    /// state, so that it follows it.
    pub fn tab_of_current(&self) -> View {
        let current = self.state.get();
        let home = self.home(&current);
        self.trail.with_value(|t| t.tab_of(&current, home))
    }

    /// The views the embedding offers.
    pub fn offered(&self) -> OfferedViews {
        self.offered.get_value()
    }

    /// Changes the current screen in place (typing in the search box): no history entry.
    pub fn replace(&self, next: UrlState) {
        self.write(&next, false);
        self.state.set(next);
    }

    /// `go` to the current state changed by `change`.
    pub fn update(&self, change: impl FnOnce(&mut UrlState)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        self.go(next);
    }
}

/// Whether a click is a plain left click, which we handle; any other (new tab, new window,
/// download) is left to the browser.
pub fn is_plain_click(ev: &MouseEvent) -> bool {
    ev.button() == 0 && !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() && !ev.alt_key()
}
