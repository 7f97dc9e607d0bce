//! The filter panel: search, facets with counts, active filters as chips.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::Dataset;
use crate::core::print;
use crate::core::query::{facet_keys, Facet};
use crate::ui::context::use_nav;
use crate::ui::context::{use_explorer, use_ids, use_selection};
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::labels::{data_lang, theme_lang};

pub fn facet_name(facet: Facet) -> &'static str {
    print::facet_name(facet, use_lang())
}

/// How a facet value is shown: names for ids, words for keys (as a printout names them too).
pub fn value_label(dataset: &Dataset, facet: Facet, key: &str) -> String {
    print::value_label(dataset, facet, key, use_lang())
}

#[component]
pub fn FiltersPanel(dataset: Arc<Dataset>) -> impl IntoView {
    let m = use_messages();
    let nav = use_nav();
    let ids = use_ids();
    let heading_id = ids.id("filters-heading");
    let heading_ref = heading_id.clone();
    let filters = use_explorer().filters;
    // On narrow screens the facets fold away behind a button; wide screens always show them.
    let open = RwSignal::new(false);
    let body_id = ids.id("facets");
    let active_count = move || filters.with(|f| f.active().len());

    let chips = {
        let dataset = dataset.clone();
        move || {
            let filters = filters.get();
            if filters.is_empty() {
                return None;
            }
            let mut chips: Vec<AnyView> = filters
                .active()
                .into_iter()
                .map(|(facet, key)| {
                    let label = format!(
                        "{}: {}",
                        facet_name(facet),
                        value_label(&dataset, facet, &key)
                    );
                    let remove = (m.remove_filter)(&label);
                    view! {
                        <li>
                            <button
                                type="button"
                                class="dx-chip"
                                aria-label=remove
                                on:click=move |_| nav.update(|s| s.edit_filters(|f| f.toggle(facet, &key)))
                            >
                                {label}
                                <span aria-hidden="true">" ×"</span>
                            </button>
                        </li>
                    }
                    .into_any()
                })
                .collect();
            if !filters.text.trim().is_empty() {
                let label = (m.search_text_chip)(filters.text.trim());
                chips.push(
                    view! {
                        <li>
                            <button
                                type="button"
                                class="dx-chip"
                                aria-label=(m.remove_filter)(&label)
                                on:click=move |_| nav.update(|s| s.edit_filters(|f| f.text.clear()))
                            >
                                {label.clone()}
                                <span aria-hidden="true">" ×"</span>
                            </button>
                        </li>
                    }
                    .into_any(),
                );
            }
            Some(view! {
                <div class="dx-active">
                    <ul class="dx-chips" aria-label=m.active_filters>
                        {chips}
                    </ul>
                    <button
                        type="button"
                        class="dx-link-button dx-reset"
                        on:click=move |_| nav.update(|s| s.reset_filters())
                    >
                        {m.reset_all}
                    </button>
                </div>
            })
        }
    };

    let facets = Facet::ALL
        .into_iter()
        .map(|facet| {
            view! { <FacetGroup dataset=dataset.clone() facet /> }
        })
        .collect_view();

    view! {
        <section class="dx-filters" aria-labelledby=heading_ref>
            <h2 id=heading_id class="dx-section-title">{m.filters_heading}</h2>
            <SearchBox />
            {chips}
            <button
                type="button"
                class="dx-button dx-filters-toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=body_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || (m.show_filters)(open.get(), active_count())}
            </button>
            <div id=body_id class="dx-facets" class:dx-open=move || open.get()>
                <p class="dx-filter-rule">{m.filter_rule}</p>
                {facets}
            </div>
        </section>
    }
}

/// The search box: of the filter panel, or alone (an embedding's `controls="search"`).
#[component]
pub fn SearchBox() -> impl IntoView {
    let m = use_messages();
    let nav = use_nav();
    let search_id = use_ids().id("search");
    let filters = use_explorer().filters;
    let text = move || filters.with(|f| f.text.clone());
    view! {
        <div class="dx-search">
            <label for=search_id.clone()>{m.search_label}</label>
            <input
                id=search_id
                type="search"
                class="dx-input"
                autocomplete="off"
                placeholder=m.search_placeholder
                prop:value=text
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    let mut next = nav.state.get_untracked();
                    next.edit_filters(|f| f.text = value);
                    nav.replace(next);
                }
            />
        </div>
    }
}

#[component]
fn FacetGroup(dataset: Arc<Dataset>, facet: Facet) -> impl IntoView {
    let m = use_messages();
    let nav = use_nav();
    let ids = use_ids();
    let name = facet_name(facet);
    // Values come in the order of `facet_keys`, so the value is found at its position.
    let selection = use_selection();
    let count_of = move |position: usize, key: &str| {
        selection.with(|s| {
            s.facets
                .iter()
                .find(|f| f.facet == facet)
                .and_then(|f| {
                    f.values
                        .get(position)
                        .filter(|v| v.key == key)
                        .or_else(|| f.values.iter().find(|v| v.key == key))
                })
                .map_or((0, false), |v| (v.count, v.selected))
        })
    };
    let filters = use_explorer().filters;
    let any_selected = move || filters.with(|f| f.values(facet).is_some());
    let values = facet_keys(&dataset, facet)
        .into_iter()
        .enumerate()
        .map(|(position, key)| {
            let id = ids.id(&format!("facet-{}-{key}", facet.key()));
            let label = value_label(&dataset, facet, &key);
            let label_lang = match facet {
                Facet::WorkingGroup => dataset
                    .working_group(&key)
                    .and_then(|w| data_lang(&w.short_name)),
                Facet::Theme => theme_lang(&dataset, &key),
                _ => None,
            };
            // The value's count and whether it is ticked, from the selection: its checkbox and
            // count update only when these two change.
            let shown = {
                let key = key.clone();
                Memo::new(move |_| count_of(position, &key))
            };
            let selected = move || shown.with(|(_, selected)| *selected);
            let count = move || shown.with(|(count, _)| *count);
            let disabled = move || count() == 0 && !selected();
            let toggle = {
                let key = key.clone();
                move |_| nav.update(|s| s.edit_filters(|f| f.toggle(facet, &key)))
            };
            let only = {
                let key = key.clone();
                move |_| nav.update(|s| s.edit_filters(|f| f.only(facet, &key)))
            };
            let (empty, only_disabled) = (disabled, disabled);
            view! {
                <li class="dx-facet-value" class:dx-empty=empty>
                    <input
                        type="checkbox"
                        id=id.clone()
                        data-facet=facet.key()
                        data-value=key.clone()
                        prop:checked=selected
                        disabled=disabled
                        on:change=toggle
                    />
                    <label for=id>
                        <span class="dx-facet-label" lang=label_lang>{label.clone()}</span>
                        " "
                        <span class="dx-count">{count}</span>
                    </label>
                    <button
                        type="button"
                        class="dx-link-button dx-only"
                        aria-label=(m.only_this_label)(&label)
                        disabled=only_disabled
                        on:click=only
                    >
                        {m.only_this}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="dx-facet">
            <legend>{name}</legend>
            <button
                type="button"
                class="dx-link-button dx-clear"
                aria-label=(m.clear_facet_label)(name)
                hidden=move || !any_selected()
                on:click=move |_| nav.update(|s| s.edit_filters(|f| f.clear(facet)))
            >
                {m.clear_facet}
            </button>
            <ul class="dx-facet-values">{values}</ul>
        </fieldset>
    }
}
