//! The filter panel: search, facets with counts, active filters as chips.

use std::sync::Arc;

use leptos::html::{Div, Section};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::dataset::Dataset;
use crate::core::markup::{self, facet_of};
use crate::core::query::{Facet, Selection};
use crate::ui::context::use_nav;
use crate::ui::context::{use_explorer, use_ids, use_selection};
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::nav::Nav;

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

/// What the reader typed into a search box: the state's search text, the address replaced (a
/// search is not a step of Back).
fn search_typed(nav: Nav, ev: &leptos::ev::Event) {
    let is_search = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|t| t.get_attribute("type").as_deref() == Some("search"));
    if is_search {
        let value = event_target_value(ev);
        let mut next = nav.state.get_untracked();
        next.edit_filters(|f| f.text = value);
        nav.replace(next);
    }
}

/// Writes the state's search text into the box, unless it holds it already (as it does while
/// the reader types).
fn show_search_text(inside: &web_sys::Element, text: &str) {
    let input = inside.query_selector("input[type=search]").ok().flatten();
    if let Some(input) = input.and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        if input.value() != text {
            input.set_value(text);
        }
    }
}

/// The panel: markup from `core::markup`, put in place in one go, then patched at each change:
/// the facets' counts and ticks (a value's checkbox keeps the focus), the chips, the search
/// text, the fold button's words. One listener on the panel handles every control
/// (docs/decisions.md).
#[component]
pub fn FiltersPanel(dataset: Arc<Dataset>) -> impl IntoView {
    let m = use_messages();
    let nav = use_nav();
    let ids = use_ids();
    let lang = use_lang();
    let heading_id = ids.id("filters-heading");
    let filters = use_explorer().filters;
    let selection = use_selection();
    let panel = NodeRef::<Section>::new();
    let inner = markup::filters_panel(&dataset, lang, &|name| ids.id(name));
    // On narrow screens the facets fold away behind a button; wide screens always show them.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(panel) = panel.get() {
            if let Ok(Some(facets)) = panel.query_selector(".dx-facets") {
                selection.with(|s| patch_facets(&facets, s));
            }
        }
    });
    Effect::new(move |_| {
        let Some(panel) = panel.get() else {
            return;
        };
        let is_open = open.get();
        filters.with(|f| {
            if let Ok(Some(chips)) = panel.query_selector(".dx-active") {
                chips.set_inner_html(&markup::chips(&dataset, f, lang));
                let _ = chips.toggle_attribute_with_force("hidden", f.is_empty());
            }
            show_search_text(&panel, &f.text);
            if let Ok(Some(toggle)) = panel.query_selector(".dx-filters-toggle") {
                toggle.set_text_content(Some(&(m.show_filters)(is_open, f.active().len())));
                let _ =
                    toggle.set_attribute("aria-expanded", if is_open { "true" } else { "false" });
                if let Some(facets) = toggle.next_element_sibling() {
                    let _ = facets.class_list().toggle_with_force("dx-open", is_open);
                }
            }
        });
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
        let is = |class: &str| button.class_list().contains(class);
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
        } else if is("dx-only") {
            if let Some((Some(facet), key)) = value_of_only() {
                nav.update(|s| s.edit_filters(|f| f.only(facet, &key)));
            }
        } else if is("dx-reset") {
            nav.update(|s| s.reset_filters());
        } else if is("dx-filters-toggle") {
            open.update(|o| *o = !*o);
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
        <section class="dx-filters" aria-labelledby=heading_id node_ref=panel inner_html=inner
            on:click=on_click on:change=on_change on:input=move |ev| search_typed(nav, &ev)></section>
    }
}

/// The search box alone (an embedding's `controls="search"`), as the panel draws it.
#[component]
pub fn SearchBox() -> impl IntoView {
    let nav = use_nav();
    let filters = use_explorer().filters;
    let inner = markup::search_field(&use_ids().id("search"), use_lang());
    let search = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if let Some(search) = search.get() {
            filters.with(|f| show_search_text(&search, &f.text));
        }
    });
    view! {
        <div class="dx-search" node_ref=search inner_html=inner on:input=move |ev| search_typed(nav, &ev)></div>
    }
}
