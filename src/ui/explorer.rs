//! The explorer: views, filters and pages over a loaded dataset, with its state in the URL.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::core::maintain::page_text::footer_link;
use crate::core::markup::{self, SettingsShown, TabLink};
use wasm_bindgen::JsCast;

use super::context::use_nav;
use super::context::{
    use_app, use_explorer, use_ids, use_links, Announcer, Appearance, ExplorerContext,
};
use super::format;
use super::i18n::{use_lang, use_messages};
use super::labels::screen_name;
use super::nav::{is_plain_click, Nav};
use super::on_demand::{
    fetch_language, language_here, print_header_of, shared_offer_of, view_of, ViewInputs,
};
use super::stars::StarStore;
use super::views::export_bar::ExportBar;
use super::views::filters::{FiltersPanel, SearchBox};
use super::views::summary::SummaryView;
use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::embedding::{Controls, Embedding};
use crate::core::index::Index;
use crate::core::messages::{catalogue, supported, Lang};
use crate::core::query::Selection;
use crate::core::url_state::{screen_title, tab_is_current, View};

#[component]
pub fn Explorer(
    dataset: Arc<Dataset>,
    /// The namespace of the state's parameters in the page's URL; None keeps it out of the URL.
    url_namespace: Option<String>,
    /// A fixed "today" (from the configuration), else the URL's, else the reader's clock.
    today: Option<PartialDate>,
    /// The view to start with when the URL names none.
    #[prop(default = None)]
    initial_view: Option<View>,
    /// The language when the URL names none.
    #[prop(default = Lang::En)]
    base_lang: Lang,
    /// What an embedding asks (preset filters, views, controls); nothing on the standalone page.
    #[prop(default = Embedding::default())]
    embedding: Embedding,
    /// The page is the app's own: its title follows the screen.
    #[prop(default = false)]
    owns_document: bool,
) -> impl IntoView {
    let app = use_app();
    let standalone = Some(use_links().base.to_string());
    let nav = Nav::new(url_namespace, standalone, embedding.views.clone());
    let mut initial = nav.state.get_untracked();
    if let Some(view) = initial_view.filter(|_| initial.view == View::default()) {
        initial.view = view;
    }
    initial.view = embedding.views.shown(&initial.view);
    // Preset filters, unless the address names some; checked against the dataset below as a
    // link's are.
    if let Some(preset) = embedding
        .filters
        .clone()
        .filter(|_| initial.filters.is_empty())
    {
        initial.filters = preset;
    }
    let (initial, dropped) = initial.sanitize(&dataset);
    let today = initial.today.or(today).unwrap_or_else(format::today);
    nav.state.set(initial);
    let stars = StarStore::load();

    // Built once per dataset; every change of the filters is then answered from it.
    let index = Arc::new(Index::new(&dataset, today));
    let filters = Memo::new(move |_| nav.state.with(|s| s.filters.clone()));
    // The one query of the explorer: every view reads this selection.
    let selection = {
        let index = index.clone();
        Memo::new(move |_| filters.with(|f| Selection::from_index(&index, f)))
    };
    provide_context(ExplorerContext {
        app,
        index: StoredValue::new(index),
        today,
        nav,
        stars,
        filters,
        link_base: Memo::new(move |_| nav.state.with(|s| s.at(View::default()))),
        selection,
    });

    // The language: the URL's choice, else the one the page started with. Everything below is
    // drawn again when it changes; the state (filters, view, stars) is kept.
    let wanted = Memo::new(move |_| {
        nav.state
            .with(|s| s.lang.as_deref().and_then(supported))
            .unwrap_or(base_lang)
    });
    // The language shown: the one wanted once its pack is here (fetched on first use,
    // `on_demand::fetch_language`); until then the one shown before stays.
    let lang = RwSignal::new(if language_here(wanted.get_untracked()) {
        wanted.get_untracked()
    } else {
        app.lang.get_untracked()
    });
    // A language whose pack could not be fetched: said above the explorer, with Retry.
    let unavailable = RwSignal::new(None::<Lang>);
    let attempt = RwSignal::new(0u32);
    Effect::new(move |_| {
        let want = wanted.get();
        attempt.track();
        unavailable.set(None);
        let show = move || {
            if lang.try_get_untracked().is_some_and(|shown| shown != want) {
                lang.set(want);
            }
        };
        if language_here(want) {
            show();
            return;
        }
        leptos::task::spawn_local(async move {
            let came = fetch_language(want).await;
            // A later choice wins over a pack that came late.
            if wanted.try_get_untracked() != Some(want) {
                return;
            }
            if came {
                show();
            } else {
                unavailable.try_set(Some(want));
            }
        });
    });
    let language_notice = move || {
        let missing = unavailable.get()?;
        let m = catalogue(lang.get());
        // The language's name in its own script, marked with its language inside the sentence.
        const MARK: &str = "\u{e000}";
        let whole = (m.language_unavailable)(MARK);
        let (before, after) = whole.split_once(MARK).unwrap_or((whole.as_str(), ""));
        let (before, after) = (before.to_string(), after.to_string());
        Some(view! {
            <div class="dx-error dx-language-unavailable" role="alert">
                <p class="dx-error-reason">
                    {before}<span lang=missing.code()>{missing.native_name()}</span>{after}
                </p>
                <button type="button" class="dx-button dx-retry"
                    on:click=move |_| attempt.update(|n| *n += 1)>
                    {m.retry}
                </button>
            </div>
        })
    };
    // Set when the reader picks a language, so that the redrawn switcher gets the focus back.
    let refocus_language = StoredValue::new(false);
    let controls = embedding.controls;
    let body = move || {
        // The app root (lang, dir) and every view below follow.
        app.lang.set(lang.get());
        view! {
            <ExplorerBody dataset=dataset.clone() dropped=dropped.clone() refocus_language controls owns_document />
        }
    };
    view! { {language_notice} {body} }
}

#[component]
fn ExplorerBody(
    dataset: Arc<Dataset>,
    /// What a shared link named that the dataset lacks.
    dropped: Vec<String>,
    refocus_language: StoredValue<bool>,
    controls: Controls,
    owns_document: bool,
) -> impl IntoView {
    let explorer = use_explorer();
    let ExplorerContext {
        today,
        stars,
        selection,
        app,
        filters,
        ..
    } = explorer;
    let m = use_messages();
    let nav = use_nav();
    let ids = use_ids();
    // Confirmations said away from their button (a star given), read out by screen readers.
    let announcer = Announcer(RwSignal::new(String::new()));
    provide_context(announcer);

    let offered = nav.offered();
    // A view the embedding does not offer (a shared link's) shows the first it offers.
    let view_key = {
        let offered = offered.clone();
        Memo::new(move |_| nav.state.with(|s| offered.shown(&s.view)))
    };
    // The standalone page's title names the screen (a host page's title is not ours).
    if owns_document {
        let dataset = dataset.clone();
        Effect::new(move |_| {
            let title = screen_title(&screen_name(&dataset, &view_key.get()), m.app_title);
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                document.set_title(&title);
            }
        });
    }
    // Pages and My agenda stand apart from the filters.
    let is_page = move || {
        matches!(
            view_key.get(),
            View::Dialogue(_) | View::Theme(_) | View::Brief(_) | View::Mine
        )
    };
    let is_page = Memo::new(move |_| is_page());
    // The live region stays in place (a region added later is not announced); on a page it is
    // silent, the count being of the filtered views.
    let status = move || {
        (!is_page.get())
            .then(|| selection.with(|s| (m.result_count)(s.hits.len(), s.dialogues.len())))
    };

    // After moving to another page, put the reader (and the screen reader) at its title. A page
    // whose code is still on its way (src/ui/on_demand.rs) has no title yet: it is looked for
    // again at each frame until it shows, unless the reader has moved on meanwhile.
    let root = NodeRef::<Div>::new();
    let moves = StoredValue::new(0u32);
    Effect::new(move |previous: Option<()>| {
        let view = view_key.get();
        moves.update_value(|n| *n += 1);
        let is_page = matches!(view, View::Dialogue(_) | View::Theme(_) | View::Brief(_));
        if previous.is_some() && is_page {
            focus_title(root, moves, moves.get_value(), TITLE_FRAMES);
        }
    });

    let notice = (!dropped.is_empty()).then(|| {
        view! { <p class="dx-notice" role="status">{(m.dropped_from_link)(&format::list(&dropped, use_lang().code()))}</p> }
    });
    let star_notice = move || {
        stars.notice.get().map(|notice| {
            let text = notice.text(m);
            view! {
                <p class="dx-notice dx-star-notice" role="status">
                    {text} " "
                    <button type="button" class="dx-link-button" on:click=move |_| stars.notice.set(None)>
                        {m.close}
                    </button>
                </p>
            }
        })
    };

    // The offer of a shared agenda, when the address holds one (its code comes only then).
    let has_shared = Memo::new(move |_| nav.state.with(|s| s.shared.is_some()));
    let shared_offer = {
        let dataset = dataset.clone();
        move || has_shared.get().then(|| shared_offer_of(dataset.clone()))
    };

    let main = {
        let inputs = ViewInputs {
            dataset: dataset.clone(),
            filters,
            today,
        };
        move || view_of(view_key.get(), inputs.clone())
    };
    let exports = {
        let dataset = dataset.clone();
        move || {
            (controls.shows_downloads() && !is_page.get())
                .then(|| view! { <ExportBar dataset=dataset.clone() filters /> })
        }
    };
    let filters_panel = {
        let dataset = dataset.clone();
        move || {
            (controls.shows_facets() && !is_page.get())
                .then(|| view! { <FiltersPanel dataset=dataset.clone() /> })
        }
    };
    // `controls="search"`: the search box alone, above the view.
    let search_only = move || {
        (controls.shows_search() && !controls.shows_facets() && !is_page.get())
            .then(|| view! { <SearchBox /> })
    };
    let summary = controls
        .shows_summary()
        .then(|| view! { <SummaryView dataset=dataset.clone() /> });
    // The toolbar: the views' tabs and the settings, markup from `core::markup` drawn once (in
    // each language), then patched in place (the tabs' addresses follow the filters, the
    // current tab the screen, My agenda's count the stars); one listener for its controls.
    // Prepare: the brief of the working group that meets next (else the one that met last).
    let tab_views = offered.tabs(
        offered
            .offers_prepare()
            .then(|| crate::core::brief::prepare_group(&dataset, today))
            .flatten(),
    );
    let has_tabs = !tab_views.is_empty();
    let tab_views = StoredValue::new(tab_views);
    let lang = use_lang();
    let tab_links = move || {
        let showing = view_key.get();
        let tab_now = nav.tab_of_current();
        let starred = stars.stars.with(|s| s.len());
        explorer.link_base.with(|base| {
            tab_views.with_value(|views| {
                views
                    .iter()
                    .map(|view| TabLink {
                        href: nav.href(&base.at(view.clone())),
                        label: match view {
                            View::List => m.view_list.to_string(),
                            View::Agenda => m.view_agenda.to_string(),
                            View::Brief(_) => {
                                crate::core::brief::brief_messages(lang).prepare.to_string()
                            }
                            View::Mine => (m.view_mine)(starred),
                            _ => m.view_matrix.to_string(),
                        },
                        current: tab_is_current(view, &showing, &tab_now),
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let appearance = app.appearance;
    let (settings_id, language_id, appearance_id) =
        (ids.id("settings"), ids.id("language"), ids.id("appearance"));
    let shows_settings = controls.shows_settings();
    let toolbar_markup = markup::toolbar(
        &untrack(tab_links),
        shows_settings
            .then(|| SettingsShown {
                panel_id: &settings_id,
                language_id: &language_id,
                appearance_id: &appearance_id,
                appearance: appearance.get_untracked().key(),
            })
            .as_ref(),
        lang,
    );
    let toolbar_ref = NodeRef::<Div>::new();
    // The switcher gets the focus back after the reader picked a language: once, when the
    // toolbar drawn anew in it is in the page (the old one's changes must not take the flag).
    Effect::new(move |_| {
        let Some(bar) = toolbar_ref.get() else {
            return;
        };
        if refocus_language.get_value() {
            refocus_language.set_value(false);
            let select = bar
                .query_selector("select[data-setting=language]")
                .ok()
                .flatten();
            if let Some(select) = select.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = select.focus();
            }
        }
    });
    Effect::new(move |_| {
        let links = tab_links();
        let Some(bar) = toolbar_ref.get() else {
            return;
        };
        for (place, link) in links.iter().enumerate() {
            let Ok(Some(a)) = bar.query_selector(&format!("a[data-tab=\"{place}\"]")) else {
                continue;
            };
            if a.get_attribute("href").as_deref() != Some(link.href.as_str()) {
                let _ = a.set_attribute("href", &link.href);
            }
            let _ = if link.current {
                a.set_attribute("aria-current", "page")
            } else {
                a.remove_attribute("aria-current")
            };
            if a.text_content().as_deref() != Some(link.label.as_str()) {
                a.set_text_content(Some(&link.label));
            }
        }
    });
    let on_toolbar_click = move |ev: leptos::ev::MouseEvent| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if let Ok(Some(a)) = target.closest("a[data-tab]") {
            let place = a
                .get_attribute("data-tab")
                .and_then(|p| p.parse::<usize>().ok());
            let view = place.and_then(|p| tab_views.with_value(|v| v.get(p).cloned()));
            if let Some(view) = view.filter(|_| is_plain_click(&ev)) {
                ev.prevent_default();
                nav.go(explorer.link_base.with_untracked(|b| b.at(view)));
            }
        } else if let Ok(Some(toggle)) = target.closest(".dx-settings-toggle") {
            // On a narrow screen the settings fold behind this button, so that the results
            // start on the first screen.
            let open = toggle.get_attribute("aria-expanded").as_deref() != Some("true");
            let _ = toggle.set_attribute("aria-expanded", if open { "true" } else { "false" });
            if let Some(panel) = toggle.next_element_sibling() {
                let _ = panel.class_list().toggle_with_force("dx-open", open);
            }
        }
    };
    let on_toolbar_change = move |ev: leptos::ev::Event| {
        let setting = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.get_attribute("data-setting"));
        match setting.as_deref() {
            Some("language") => {
                let chosen = supported(&event_target_value(&ev)).map(|l| l.code().to_string());
                refocus_language.set_value(true);
                nav.update(|s| s.lang = chosen);
            }
            Some("appearance") => appearance.set(Appearance::from_key(&event_target_value(&ev))),
            _ => {}
        }
    };
    let toolbar = (has_tabs || shows_settings).then(|| {
        view! {
            <div class="dx-toolbar" node_ref=toolbar_ref inner_html=toolbar_markup
                on:click=on_toolbar_click on:change=on_toolbar_change></div>
        }
    });
    // Without the facets the view takes the whole width.
    let single_column = move || is_page.get() || !controls.shows_facets();

    view! {
        <div class="dx-explorer" node_ref=root lang=use_lang().code()>
            {print_header_of(dataset.clone(), Signal::derive(move || !is_page.get()))}
            {summary}
            {notice}
            {star_notice}
            <p class="dx-announcer" role="status">{move || announcer.0.get()}</p>
            {shared_offer}
            {toolbar}
            <div class="dx-layout" class:dx-layout-page=single_column>
                {filters_panel}
                <div class="dx-main">
                    {search_only}
                    <p class="dx-result-count" role="status" aria-live="polite">{status}</p>
                    {exports}
                    {main}
                </div>
            </div>
            {owns_document.then(|| view! {
                <footer class="dx-footer">
                    <a href="maintain.html">{footer_link(use_lang())}</a>
                </footer>
            })}
        </div>
    }
}

/// How many frames a page's title is waited for (about five seconds).
const TITLE_FRAMES: u32 = 300;

/// Focuses the page title inside `root`, or looks again at the next frame, `frames` times at
/// most, as long as no other move (`moves` past `this_move`) came after, and the explorer is
/// still there (values tried, not read: it may have gone meanwhile).
fn focus_title(root: NodeRef<Div>, moves: StoredValue<u32>, this_move: u32, frames: u32) {
    if moves.try_get_value() != Some(this_move) {
        return;
    }
    let title = root
        .try_get_untracked()
        .flatten()
        .and_then(|root| root.query_selector(".dx-page-title").ok().flatten())
        .and_then(|title| title.dyn_into::<web_sys::HtmlElement>().ok());
    match title {
        Some(title) => {
            let _ = title.focus();
        }
        None if frames > 0 => {
            request_animation_frame(move || focus_title(root, moves, this_move, frames - 1));
        }
        None => {}
    }
}
