//! A link to a screen of the app: a plain `<a href>` whose ordinary clicks move in place.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::core::url_state::UrlState;
use crate::ui::context::use_nav;
use crate::ui::nav::is_plain_click;

/// A link to a screen of the app.
#[component]
pub fn Link(
    /// Where the link leads; a signal for links that follow the current state (the tabs).
    #[prop(into)]
    to: Signal<UrlState>,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] aria_label: Option<String>,
    /// Marks the link as the current page (`aria-current="page"`) while true.
    #[prop(optional, into)]
    current: Option<Signal<bool>>,
    children: Children,
) -> impl IntoView {
    let nav = use_nav();
    let href = move || nav.href(&to.get());
    let current = move || current.and_then(|c| c.get().then_some("page"));
    view! {
        <a
            href=href
            class=class
            aria-label=aria_label
            aria-current=current
            on:click=move |ev: MouseEvent| {
                if is_plain_click(&ev) {
                    ev.prevent_default();
                    nav.go(to.get_untracked());
                }
            }
        >
            {children()}
        </a>
    }
}

/// A link to a screen fixed when it is drawn (a theme's or a dialogue's page from an entry): its
/// address is written once, with no effect to follow a state, as lists draw many of them.
#[component]
pub fn PageLink(
    to: UrlState,
    #[prop(optional, into)] class: String,
    /// The language of the link's text, when it is not the page's (a dataset text).
    #[prop(default = None)]
    lang: Option<String>,
    children: Children,
) -> impl IntoView {
    let nav = use_nav();
    let href = nav.href(&to);
    view! {
        <a
            href=href
            class=class
            lang=lang
            on:click=move |ev: MouseEvent| {
                if is_plain_click(&ev) {
                    ev.prevent_default();
                    nav.go(to.clone());
                }
            }
        >
            {children()}
        </a>
    }
}

/// A page's way back: to the screen the reader came from, named (the app's own trail, with the
/// state in the address or not), else to the view the page belongs to.
#[component]
pub fn BackLink(dataset: std::sync::Arc<crate::core::dataset::Dataset>) -> impl IntoView {
    let m = crate::ui::i18n::use_messages();
    let nav = use_nav();
    let target = nav.way_back();
    let href = nav.href(&target);
    let label = (m.back_to)(&crate::ui::labels::screen_name(&dataset, &target.view));
    view! {
        <a
            href=href
            class="dx-back"
            data-back-to=target.view.key()
            on:click=move |ev: MouseEvent| {
                if is_plain_click(&ev) {
                    ev.prevent_default();
                    nav.back();
                }
            }
        >
            {label}
        </a>
    }
}
