//! The download buttons: what the filters select, as files made in the browser.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::dataset::Dataset;
use crate::core::export::{self, csv, json};
use crate::core::query::{Filters, Hit, Outcome};
use crate::ui::context::{use_ids, use_links, use_selection, AppLinks};
use crate::ui::i18n::use_messages;
use crate::ui::widgets::files::{save, save_calendar};

/// A download being made: the selection, where the button is, and the file's name.
struct Download<'a> {
    near: &'a web_sys::Element,
    dataset: &'a Dataset,
    outcome: &'a Outcome<'a>,
    filters: &'a Filters,
    links: &'a AppLinks,
    name: &'a str,
}

/// Writes and saves one kind of file; what to say after, or None when there is nothing to save.
type Writer = fn(&Download) -> Option<String>;

fn saved(file: &Download, mime: &str, text: &str) -> Option<String> {
    let m = use_messages();
    Some(if save(file.near, file.name, mime, text).is_ok() {
        (m.downloaded)(file.name)
    } else {
        String::new()
    })
}

fn write_csv(file: &Download) -> Option<String> {
    if file.outcome.hits.is_empty() {
        return None;
    }
    let text = csv::entries(file.dataset, &file.outcome.hits, |h: &Hit| {
        file.links.dialogue(h.dialogue)
    });
    saved(file, "text/csv;charset=utf-8", &text)
}

fn write_json(file: &Download) -> Option<String> {
    let selection = json::selection(file.dataset, file.outcome, !file.filters.is_empty())?;
    saved(file, "application/json", &json::write(&selection))
}

fn write_calendar(file: &Download) -> Option<String> {
    Some(save_calendar(
        file.near,
        file.dataset,
        &file.outcome.dialogues,
        file.name,
    ))
}

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
    // One handler for every button: the selection as it is now, written by `write` and saved
    // under a name that says the filters; `write` says itself when there is nothing to save.
    let button = move |kind: &'static str, label: &'static str, write: Writer| {
        let dataset = dataset.clone();
        let links = links.clone();
        let on_click = move |ev: leptos::ev::MouseEvent| {
            let Some(near) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let filters = filters.get_untracked();
            let outcome = selection.with_untracked(|s| s.outcome(&dataset));
            let name = export::file_name(&filters, "dialogues", kind);
            let file = Download {
                near: &near,
                dataset: &dataset,
                outcome: &outcome,
                filters: &filters,
                links: &links,
                name: &name,
            };
            said.set(write(&file).unwrap_or_else(|| m.nothing_to_download.to_string()));
        };
        view! {
            <button type="button" class="dx-small-button" data-export=kind on:click=on_click>
                {label}
            </button>
        }
    };
    view! {
        <div class="dx-export" role="group" aria-labelledby=label_ref>
            <span id=label_id class="dx-export-label">{m.download_label}</span>
            {button("csv", m.download_csv, write_csv)}
            {button("json", m.download_json, write_json)}
            {button("ics", m.download_ics, write_calendar)}
            <p class="dx-said" role="status">{move || said.get()}</p>
        </div>
    }
}
