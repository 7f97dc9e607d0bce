//! The download buttons: what the filters select, as files made in the browser.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::dataset::Dataset;
use crate::core::export::{self, csv, json};
use crate::core::query::{Filters, Hit};
use crate::ui::context::{use_ids, use_links, use_selection};
use crate::ui::i18n::use_messages;
use crate::ui::widgets::files::{save, save_calendar};

/// The download buttons of a view: what the filters select, as CSV, JSON and a calendar.
#[component]
pub fn ExportBar(dataset: Arc<Dataset>, filters: Memo<Filters>) -> impl IntoView {
    let m = use_messages();
    let selection = use_selection();
    let ids = use_ids();
    let label_id = ids.id("downloads");
    let label_ref = label_id.clone();
    let said = RwSignal::new(String::new());
    let links = use_links();
    let element_of = |ev: &leptos::ev::MouseEvent| {
        ev.current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    };

    let csv_click = {
        let dataset = dataset.clone();
        let links = links.clone();
        move |ev: leptos::ev::MouseEvent| {
            let Some(near) = element_of(&ev) else { return };
            let filters = filters.get_untracked();
            let outcome = selection.with_untracked(|s| s.outcome(&dataset));
            if outcome.hits.is_empty() {
                said.set(m.nothing_to_download.to_string());
                return;
            }
            let text = csv::entries(&dataset, &outcome.hits, |h: &Hit| {
                links.dialogue(h.dialogue)
            });
            let name = export::file_name(&filters, "dialogues", "csv");
            if save(&near, &name, "text/csv;charset=utf-8", &text).is_ok() {
                said.set((m.downloaded)(&name));
            }
        }
    };
    let json_click = {
        let dataset = dataset.clone();
        move |ev: leptos::ev::MouseEvent| {
            let Some(near) = element_of(&ev) else { return };
            let filters = filters.get_untracked();
            let outcome = selection.with_untracked(|s| s.outcome(&dataset));
            let Some(selection) = json::selection(&dataset, &outcome, !filters.is_empty()) else {
                said.set(m.nothing_to_download.to_string());
                return;
            };
            let text = json::write(&selection);
            let name = export::file_name(&filters, "dialogues", "json");
            if save(&near, &name, "application/json", &text).is_ok() {
                said.set((m.downloaded)(&name));
            }
        }
    };
    let ics_click = {
        let dataset = dataset.clone();
        move |ev: leptos::ev::MouseEvent| {
            let Some(near) = element_of(&ev) else { return };
            let filters = filters.get_untracked();
            let outcome = selection.with_untracked(|s| s.outcome(&dataset));
            let name = export::file_name(&filters, "dialogues", "ics");
            said.set(save_calendar(&near, &dataset, &outcome.dialogues, &name));
        }
    };
    view! {
        <div class="dx-export" role="group" aria-labelledby=label_ref>
            <span id=label_id class="dx-export-label">{m.download_label}</span>
            <button type="button" class="dx-small-button" data-export="csv" on:click=csv_click>{m.download_csv}</button>
            <button type="button" class="dx-small-button" data-export="json" on:click=json_click>{m.download_json}</button>
            <button type="button" class="dx-small-button" data-export="ics" on:click=ics_click>{m.download_ics}</button>
            <p class="dx-said" role="status">{move || said.get()}</p>
        </div>
    }
}
