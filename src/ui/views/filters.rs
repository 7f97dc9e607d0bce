//! The filter panel: search, facets with counts, active filters as chips.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::dataset::Dataset;
use crate::core::markup::{self, facet_of};
use crate::core::query::{Facet, Selection};
use crate::ui::context::use_nav;
use crate::ui::context::{use_explorer, use_ids, use_selection};
use crate::ui::i18n::{use_lang, use_messages};

/// The value a control of the facets or the chips names (`data-facet`/`data-chip`, `data-value`).
fn named(element: &web_sys::Element, facet_attribute: &str) -> Option<(Option<Facet>, String)> {
    let facet = element.get_attribute(facet_attribute)?;
    Some((facet_of(&facet), element.get_attribute("data-value")?))
}

/// Brings the facets' values in the page to the selection: counts, ticks, what cannot be picked
/// (no entry, not ticked), and each group's "clear" button; writes only what differs.
fn patch_facets(facets: &web_sys::Element, selection: &Selection) {
    for group in &selection.facets {
        let key = group.facet.key();
        let Ok(inputs) = facets.query_selector_all(&format!("input[data-facet=\"{key}\"]")) else {
            continue;
        };
        let mut any = false;
        for i in 0..inputs.length() {
            let Some(input) = inputs
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                continue;
            };
            let value = input.get_attribute("data-value").unwrap_or_default();
            // Values come in the order of `facet_keys`, so the value is found at its position.
            let (count, selected) = group
                .values
                .get(i as usize)
                .filter(|v| v.key == value)
                .or_else(|| group.values.iter().find(|v| v.key == value))
                .map_or((0, false), |v| (v.count, v.selected));
            any |= selected;
            let empty = count == 0 && !selected;
            if input.checked() != selected {
                input.set_checked(selected);
            }
            if input.disabled() != empty {
                input.set_disabled(empty);
            }
            let Some(item) = input.parent_element() else {
                continue;
            };
            let _ = item.class_list().toggle_with_force("dx-empty", empty);
            if let Ok(Some(shown)) = item.query_selector(".dx-count") {
                let count = count.to_string();
                if shown.text_content().as_deref() != Some(count.as_str()) {
                    shown.set_text_content(Some(&count));
                }
            }
            if let Ok(Some(only)) = item.query_selector(".dx-only") {
                let _ = only.toggle_attribute_with_force("disabled", empty);
            }
        }
        if let Ok(Some(clear)) = facets.query_selector(&format!("button[data-clear=\"{key}\"]")) {
            let _ = clear.toggle_attribute_with_force("hidden", !any);
        }
    }
}

/// The panel. Its facets and chips are markup from `core::markup`, put in place in one go; the
/// facets are then patched in place at each change of the selection (a value's checkbox keeps
/// the focus), and one listener on the panel handles every control (docs/decisions.md).
#[component]
pub fn FiltersPanel(dataset: Arc<Dataset>) -> impl IntoView {
    let m = use_messages();
    let nav = use_nav();
    let ids = use_ids();
    let lang = use_lang();
    let heading_id = ids.id("filters-heading");
    let heading_ref = heading_id.clone();
    let filters = use_explorer().filters;
    let selection = use_selection();
    // On narrow screens the facets fold away behind a button; wide screens always show them.
    let open = RwSignal::new(false);
    let body_id = ids.id("facets");
    let active_count = move || filters.with(|f| f.active().len());

    let facets_ref = NodeRef::<Div>::new();
    let chips_ref = NodeRef::<Div>::new();
    let facets = markup::facets(&dataset, lang, &|name| ids.id(name));
    // Drawn once, then patched at each change of the selection.
    Effect::new(move |_| {
        if let Some(div) = facets_ref.get() {
            if div.first_element_child().is_none() {
                div.set_inner_html(&facets);
            }
            selection.with(|s| patch_facets(&div, s));
        }
    });
    Effect::new(move |_| {
        if let Some(div) = chips_ref.get() {
            div.set_inner_html(&filters.with(|f| markup::chips(&dataset, f, lang)));
        }
    });

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("button").ok().flatten());
        let Some(button) = button else {
            return;
        };
        let value_of_only = || {
            let input = button.parent_element()?.query_selector("input").ok()??;
            named(&input, "data-facet")
        };
        if let Some(facet) = button
            .get_attribute("data-clear")
            .as_deref()
            .and_then(facet_of)
        {
            nav.update(|s| s.edit_filters(|f| f.clear(facet)));
        } else if let Some((facet, key)) = named(&button, "data-chip") {
            match facet {
                Some(facet) => nav.update(|s| s.edit_filters(|f| f.toggle(facet, &key))),
                None => nav.update(|s| s.edit_filters(|f| f.text.clear())),
            }
        } else if button.class_list().contains("dx-only") {
            if let Some((Some(facet), key)) = value_of_only() {
                nav.update(|s| s.edit_filters(|f| f.only(facet, &key)));
            }
        } else if button.class_list().contains("dx-reset") {
            nav.update(|s| s.reset_filters());
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let Some((Some(facet), key)) = input.and_then(|i| named(&i, "data-facet")) {
            nav.update(|s| s.edit_filters(|f| f.toggle(facet, &key)));
        }
    };

    view! {
        <section class="dx-filters" aria-labelledby=heading_ref on:click=on_click on:change=on_change>
            <h2 id=heading_id class="dx-section-title">{m.filters_heading}</h2>
            <SearchBox />
            <div class="dx-active" node_ref=chips_ref hidden=move || filters.with(|f| f.is_empty())></div>
            <button
                type="button"
                class="dx-button dx-filters-toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=body_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || (m.show_filters)(open.get(), active_count())}
            </button>
            <div id=body_id class="dx-facets" class:dx-open=move || open.get() node_ref=facets_ref></div>
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
