//! The explorer: views, filters and pages over a loaded dataset, with its state in the URL.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::use_nav;
use super::context::{use_app, use_explorer, use_ids, use_links, Appearance, ExplorerContext};
use super::format;
use super::i18n::{use_lang, use_messages};
use super::nav::Nav;
use super::stars::StarStore;
use super::views::agenda::AgendaView;
use super::views::dialogue_page::DialoguePage;
use super::views::export_bar::ExportBar;
use super::views::filters::FiltersPanel;
use super::views::matrix::MatrixView;
use super::views::my_agenda::{MyAgenda, SharedOffer};
use super::views::print_header::PrintHeader;
use super::views::results::ResultsList;
use super::views::summary::SummaryView;
use super::views::theme_page::ThemePage;
use super::widgets::link::Link;
use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::index::Index;
use crate::core::messages::{supported, Lang};
use crate::core::query::Selection;
use crate::core::url_state::View;

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
) -> impl IntoView {
    let app = use_app();
    let standalone = Some(use_links().base.to_string());
    let nav = Nav::new(url_namespace, standalone);
    let mut initial = nav.state.get_untracked();
    if let Some(view) = initial_view.filter(|_| initial.view == View::default()) {
        initial.view = view;
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
    let lang = Memo::new(move |_| {
        nav.state
            .with(|s| s.lang.as_deref().and_then(supported))
            .unwrap_or(base_lang)
    });
    // Set when the reader picks a language, so that the redrawn switcher gets the focus back.
    let refocus_language = StoredValue::new(false);
    move || {
        // The app root (lang, dir) and every view below follow.
        app.lang.set(lang.get());
        view! {
            <ExplorerBody dataset=dataset.clone() dropped=dropped.clone() refocus_language />
        }
    }
}

#[component]
fn ExplorerBody(
    dataset: Arc<Dataset>,
    /// What a shared link named that the dataset lacks.
    dropped: Vec<String>,
    refocus_language: StoredValue<bool>,
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

    let view_key = Memo::new(move |_| nav.state.with(|s| s.view.clone()));
    let counts = Memo::new(move |_| selection.with(|s| s.facets.clone()));
    // Pages and My agenda stand apart from the filters.
    let is_page = move || {
        matches!(
            view_key.get(),
            View::Dialogue(_) | View::Theme(_) | View::Mine
        )
    };
    let is_page = Memo::new(move |_| is_page());
    // The live region stays in place (a region added later is not announced); on a page it is
    // silent, the count being of the filtered views.
    let status = move || {
        (!is_page.get())
            .then(|| selection.with(|s| (m.result_count)(s.hits.len(), s.dialogues.len())))
    };

    // After moving to another page, put the reader (and the screen reader) at its title.
    let root = NodeRef::<Div>::new();
    Effect::new(move |previous: Option<()>| {
        view_key.track();
        if previous.is_some() {
            if let Some(root) = root.get_untracked() {
                if let Ok(Some(title)) = root.query_selector(".dx-page-title") {
                    if let Ok(title) = title.dyn_into::<web_sys::HtmlElement>() {
                        let _ = title.focus();
                    }
                }
            }
        }
    });

    let tab = move |view: View, label: &'static str| {
        let target = view.clone();
        let to = explorer.link_to(target);
        let current = Signal::derive(move || {
            let now = view_key.get();
            match (&now, &view) {
                (View::Dialogue(_), View::Agenda) | (View::Theme(_), View::Matrix) => true,
                _ => now == view,
            }
        });
        view! { <li><Link to class="dx-tab" current>{label}</Link></li> }
    };
    let mine_link = explorer.link_to(View::Mine);
    // The tabs' links carry the current filters, so a tab opened in a new tab shows the same.
    let tabs = view! {
        <ul class="dx-tabs">
            {tab(View::Matrix, m.view_matrix)}
            {tab(View::List, m.view_list)}
            {tab(View::Agenda, m.view_agenda)}
            <li>
                <Link to=mine_link class="dx-tab" current=Signal::derive(move || view_key.get() == View::Mine)>
                    {move || (m.view_mine)(stars.stars.with(|s| s.len()))}
                </Link>
            </li>
        </ul>
    };

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

    let settings_open = RwSignal::new(false);
    let settings_id = ids.id("settings");
    let language_id = ids.id("language");
    let current_lang = use_lang().code();
    let language_select = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| {
        if refocus_language.get_value() {
            refocus_language.set_value(false);
            if let Some(select) = language_select.get() {
                let _ = select.focus();
            }
        }
    });
    let language_switch = view! {
        <div class="dx-setting dx-language">
            <label for=language_id.clone()>{m.language_label}</label>
            <select
                id=language_id
                class="dx-select"
                node_ref=language_select
                on:change=move |ev| {
                    let chosen = supported(&event_target_value(&ev)).map(|l| l.code().to_string());
                    refocus_language.set_value(true);
                    nav.update(|s| s.lang = chosen);
                }
            >
                {Lang::ALL
                    .iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.code() lang=lang.code() selected=lang.code() == current_lang>
                                {lang.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    };

    let appearance = app.appearance;
    let appearance_id = ids.id("appearance");
    let appearance_switch = view! {
        <div class="dx-setting dx-appearance">
            <label for=appearance_id.clone()>{m.theme_switch_label}</label>
            <select
                id=appearance_id
                class="dx-select"
                on:change=move |ev| appearance.set(Appearance::from_key(&event_target_value(&ev)))
            >
                {Appearance::ALL
                    .into_iter()
                    .map(|a| {
                        let label = match a {
                            Appearance::Auto => m.appearance_auto,
                            Appearance::Light => m.appearance_light,
                            Appearance::Dark => m.appearance_dark,
                        };
                        view! { <option value=a.key() selected=move || appearance.get() == a>{label}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    };

    let main = {
        let dataset = dataset.clone();
        move || match view_key.get() {
            View::Matrix => view! { <MatrixView dataset=dataset.clone() /> }.into_any(),
            View::List => view! { <ResultsList dataset=dataset.clone() filters /> }.into_any(),
            View::Agenda => view! { <AgendaView dataset=dataset.clone() today /> }.into_any(),
            View::Dialogue(id) => {
                view! { <DialoguePage dataset=dataset.clone() id today /> }.into_any()
            }
            View::Theme(id) => view! { <ThemePage dataset=dataset.clone() id /> }.into_any(),
            View::Mine => view! { <MyAgenda dataset=dataset.clone() today /> }.into_any(),
        }
    };
    let exports = {
        let dataset = dataset.clone();
        move || (!is_page.get()).then(|| view! { <ExportBar dataset=dataset.clone() filters /> })
    };
    let filters_panel = {
        let dataset = dataset.clone();
        move || (!is_page.get()).then(|| view! { <FiltersPanel dataset=dataset.clone() counts /> })
    };

    view! {
        <div class="dx-explorer" node_ref=root lang=use_lang().code()>
            <PrintHeader dataset=dataset.clone() filtered=Signal::derive(move || !is_page.get()) />
            <SummaryView dataset=dataset.clone() />
            {notice}
            {star_notice}
            <SharedOffer dataset=dataset.clone() />
            <div class="dx-toolbar">
                <nav class="dx-views" aria-label=m.views_label>{tabs}</nav>
                // On a narrow screen the settings fold behind a button, so that the results
                // start on the first screen.
                <button
                    type="button"
                    class="dx-button dx-settings-toggle"
                    aria-expanded=move || if settings_open.get() { "true" } else { "false" }
                    aria-controls=settings_id.clone()
                    on:click=move |_| settings_open.update(|o| *o = !*o)
                >
                    {m.settings_button}
                </button>
                <div id=settings_id class="dx-settings" class:dx-open=move || settings_open.get()>
                    {language_switch}
                    {appearance_switch}
                </div>
            </div>
            <div class="dx-layout" class:dx-layout-page=is_page>
                {filters_panel}
                <div class="dx-main">
                    <p class="dx-result-count" role="status" aria-live="polite">{status}</p>
                    {exports}
                    {main}
                </div>
            </div>
        </div>
    }
}
