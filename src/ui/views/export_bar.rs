//! The download buttons: what the filters select, as files made in the browser.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::export::csv::Form;
use crate::core::export::{self, csv, json, Available};
use crate::core::markup::{self, DownloadButton};
use crate::core::messages::Messages;
use crate::core::query::{Filters, Hit, Outcome, Selection};
use crate::ui::context::{use_explorer, use_ids, use_links, use_selection, AppLinks};
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::widgets::files::{save, save_calendar};

/// A download being made: the selection, where the button is, and the file's name.
struct Download<'a> {
    near: &'a web_sys::Element,
    dataset: &'a Dataset,
    outcome: &'a Outcome<'a>,
    filters: &'a Filters,
    links: &'a AppLinks,
    name: &'a str,
    today: PartialDate,
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

fn entries_csv(file: &Download, form: Form) -> Option<String> {
    if file.outcome.hits.is_empty() {
        return None;
    }
    let text = csv::entries_in(file.dataset, &file.outcome.hits, form, |h: &Hit| {
        file.links.dialogue(h.dialogue)
    });
    saved(file, "text/csv;charset=utf-8", &text)
}

/// The entries in the form the reader's spreadsheet opens in columns.
fn write_csv(file: &Download) -> Option<String> {
    entries_csv(file, Form::for_reader(use_lang()))
}

fn write_machine_csv(file: &Download) -> Option<String> {
    entries_csv(file, Form::MACHINE)
}

fn write_attendance(file: &Download) -> Option<String> {
    if !csv::has_attendance(&file.outcome.dialogues) {
        return None;
    }
    let form = Form::for_reader(use_lang());
    let text = csv::attendance(
        file.dataset,
        &file.outcome.dialogues,
        form,
        file.today,
        |d| file.links.dialogue(d),
    );
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

/// The writer of a button's file, by the button's `data-export` key.
fn writer(key: &str) -> Option<Writer> {
    Some(match key {
        "csv" => write_csv,
        "csv-machine" => write_machine_csv,
        "attendance" => write_attendance,
        "json" => write_json,
        "ics" => write_calendar,
        _ => return None,
    })
}

/// What a download is made from, owned: with the `split` feature its writers come in a part
/// of the module of their own, fetched at the first download, after the click.
pub struct DownloadInputs {
    key: &'static str,
    near: web_sys::Element,
    dataset: Arc<Dataset>,
    selection: Selection,
    filters: Filters,
    links: AppLinks,
    name: String,
    today: PartialDate,
    /// The explorer's owner, under which the writers read the language and the links.
    owner: Option<Owner>,
}

/// Writes and saves the file; what to say after, or None when there is nothing to save.
fn write_download(inputs: DownloadInputs) -> Option<String> {
    let write = writer(inputs.key)?;
    let run = || {
        let outcome = inputs.selection.outcome(&inputs.dataset);
        write(&Download {
            near: &inputs.near,
            dataset: &inputs.dataset,
            outcome: &outcome,
            filters: &inputs.filters,
            links: &inputs.links,
            name: &inputs.name,
            today: inputs.today,
        })
    };
    match &inputs.owner {
        Some(owner) => owner.with(run),
        None => run(),
    }
}

/// The writers, in a part of the module of their own (CSV, JSON, iCalendar: a first visit that
/// downloads nothing does not load them).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(downloads, wasm_split_path = ::leptos::wasm_split, fallible)]
fn write_in_part(
    inputs: DownloadInputs,
) -> Result<Option<String>, leptos::wasm_split::SplitLoaderError> {
    Ok(write_download(inputs))
}

/// One button: its `data-export` key (which names its writer), the stem and extension of its
/// file, its label, and whether the selection gives it something to write.
struct Button {
    key: &'static str,
    stem: &'static str,
    extension: &'static str,
    label: fn(&Messages) -> &'static str,
    enabled: fn(Available) -> bool,
}

/// The buttons, in their order in the bar.
const BUTTONS: [Button; 5] = [
    Button {
        key: "csv",
        stem: "dialogues",
        extension: "csv",
        label: |m| m.download_csv,
        enabled: |a| a.entries,
    },
    Button {
        key: "csv-machine",
        stem: "dialogues-machine",
        extension: "csv",
        label: |m| m.download_csv_machine,
        enabled: |a| a.entries,
    },
    Button {
        key: "attendance",
        stem: "attendance",
        extension: "csv",
        label: |m| m.download_attendance,
        enabled: |a| a.attendance,
    },
    Button {
        key: "json",
        stem: "dialogues",
        extension: "json",
        label: |m| m.download_json,
        enabled: |a| a.json,
    },
    Button {
        key: "ics",
        stem: "dialogues",
        extension: "ics",
        label: |m| m.download_ics,
        enabled: |a| a.calendar,
    },
];

/// The download buttons of a view: what the filters select, as CSV (the reader's form and the
/// machine form), the attendance figures, JSON and a calendar. A button with nothing to write
/// is disabled, and the bar says why. Markup from `core::markup`, drawn once; the buttons'
/// states and the bar's two lines are written in place, and one listener handles the clicks.
#[component]
pub fn ExportBar(dataset: Arc<Dataset>, filters: Memo<Filters>) -> impl IntoView {
    let m = use_messages();
    let selection = use_selection();
    let today = use_explorer().today;
    let ids = use_ids();
    let label_id = ids.id("downloads");
    let machine_note_id = ids.id("machine-csv-note");
    let said = RwSignal::new(String::new());
    let links = use_links();
    let available = {
        let dataset = dataset.clone();
        Memo::new(move |_| selection.with(|s| Available::of(&s.outcome(&dataset))))
    };
    let buttons: Vec<DownloadButton> = BUTTONS
        .iter()
        .map(|b| DownloadButton {
            key: b.key,
            label: (b.label)(m),
            described_by: (b.key == "csv-machine").then_some(machine_note_id.as_str()),
        })
        .collect();
    let inner = markup::export_bar(&buttons, &label_id, &machine_note_id, use_lang());
    let bar = NodeRef::<Div>::new();
    // Each button enabled when the selection gives it something to write; why not, said where
    // the buttons are (a disabled button takes no focus).
    Effect::new(move |_| {
        let now = available.get();
        let Some(bar) = bar.get() else {
            return;
        };
        for b in &BUTTONS {
            if let Ok(Some(button)) =
                bar.query_selector(&format!("button[data-export=\"{}\"]", b.key))
            {
                let _ = button.toggle_attribute_with_force("disabled", !(b.enabled)(now));
            }
        }
        let why = if now.nothing() {
            m.nothing_to_download
        } else if !now.attendance {
            m.no_attendance
        } else {
            ""
        };
        if let Ok(Some(line)) = bar.query_selector(".dx-export-why") {
            line.set_text_content(Some(why));
        }
    });
    Effect::new(move |_| {
        let text = said.get();
        if let Some(Ok(Some(line))) = bar.get().map(|b| b.query_selector(".dx-said")) {
            line.set_text_content(Some(&text));
        }
    });
    // One handler for every button: the selection as it is now, written by its writer and saved
    // under a name that says the filters; the writer says itself when there is nothing to save.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let near = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("button[data-export]").ok().flatten());
        let Some(near) = near else {
            return;
        };
        let key = near.get_attribute("data-export").unwrap_or_default();
        let Some(b) = BUTTONS.iter().find(|b| b.key == key) else {
            return;
        };
        let filters = filters.get_untracked();
        let name = export::file_name(&filters, b.stem, b.extension);
        let inputs = DownloadInputs {
            key: b.key,
            near,
            dataset: dataset.clone(),
            selection: selection.get_untracked(),
            filters,
            links: links.clone(),
            name,
            today,
            owner: Owner::current(),
        };
        #[cfg(not(feature = "split"))]
        said.set(write_download(inputs).unwrap_or_else(|| m.nothing_to_download.to_string()));
        #[cfg(feature = "split")]
        leptos::task::spawn_local(async move {
            let outcome = match write_in_part(inputs).await {
                Ok(written) => written.unwrap_or_else(|| m.nothing_to_download.to_string()),
                Err(_) => m.view_unavailable.to_string(),
            };
            said.try_set(outcome);
        });
    };
    view! {
        // One row of buttons that scrolls sideways on a phone, so that the first results stay
        // on the first screen.
        <div class="dx-export" role="group" aria-labelledby=label_id.clone() node_ref=bar
            inner_html=inner on:click=on_click></div>
    }
}
