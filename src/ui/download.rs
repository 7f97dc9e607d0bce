//! Files made in the browser: a Blob, an object URL, a click on a temporary link inside the
//! app's own tree. No server is involved.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::common::{use_ids, use_selection};
use super::i18n::{use_lang, use_messages};
use crate::core::dataset::{Dataset, Dialogue};
use crate::core::date::PartialDate;
use crate::core::export::{self, csv, ics, json};
use crate::core::query::{Filters, Hit};
use crate::core::url_state::{UrlState, View};

/// Where links in exported files point: the standalone page of the app.
#[derive(Clone)]
pub struct AppLinks {
    pub base: Arc<str>,
}

impl AppLinks {
    pub fn dialogue(&self, dialogue: &Dialogue) -> String {
        let state = UrlState {
            view: View::Dialogue(dialogue.id.clone()),
            ..UrlState::default()
        };
        export::app_link(&self.base, &state.to_query(""))
    }
}

/// The configured links, or the current page when the app was mounted without them.
pub fn use_links() -> AppLinks {
    use_context::<AppLinks>().unwrap_or_else(|| AppLinks {
        base: web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default()
            .into(),
    })
}

/// Now, in UTC, for the calendar's DTSTAMP.
pub fn now_utc() -> ics::UtcTime {
    let now = js_sys::Date::new_0();
    ics::UtcTime {
        date: PartialDate::day(
            now.get_utc_full_year() as u16,
            now.get_utc_month() as u8 + 1,
            now.get_utc_date() as u8,
        ),
        hour: now.get_utc_hours() as u8,
        minute: now.get_utc_minutes() as u8,
        second: now.get_utc_seconds() as u8,
    }
}

/// Offers `text` as a file named `name`. `near` is an element of the app: the temporary link
/// goes beside it, so nothing is added to a host page.
pub fn save(near: &web_sys::Element, name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = near.owner_document().ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let parent = near.parent_node().ok_or("no parent")?;
    parent.append_child(&link)?;
    link.click();
    link.remove();
    // Revoked on the next turn: the download has started by then.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 0)?;
    }
    Ok(())
}

/// Writes the calendar of `dialogues` and says which were left out for want of a day.
pub fn save_calendar(
    near: &web_sys::Element,
    dataset: &Dataset,
    dialogues: &[&Dialogue],
    name: &str,
) -> String {
    let m = use_messages();
    let links = use_links();
    let calendar = ics::calendar(dataset, dialogues, now_utc(), m, |d| links.dialogue(d));
    let mut said = Vec::new();
    if calendar.included.is_empty() && calendar.left_out.is_empty() {
        said.push(m.nothing_to_download.to_string());
    } else if !calendar.included.is_empty()
        && save(near, name, "text/calendar;charset=utf-8", &calendar.text).is_ok()
    {
        said.push((m.downloaded)(name));
    }
    if !calendar.left_out.is_empty() {
        let names: Vec<String> = calendar
            .left_out
            .iter()
            .filter_map(|id| dataset.dialogue(id))
            .map(|d| super::common::dialogue_name(dataset, d))
            .collect();
        said.push((m.calendar_left_out)(&super::format::list(
            &names,
            use_lang(),
        )));
    }
    said.join(" ")
}

/// "Add to calendar" for one dialogue.
#[component]
pub fn CalendarButton(dataset: Arc<Dataset>, dialogue: Dialogue) -> impl IntoView {
    let m = use_messages();
    let said = RwSignal::new(String::new());
    let name = super::common::dialogue_name(&dataset, &dialogue);
    let label = (m.add_to_calendar_label)(&name);
    let file = format!("dialogue-{}.ics", dialogue.id);
    view! {
        <span class="dx-calendar-one">
            <button
                type="button"
                class="dx-small-button"
                aria-label=label
                on:click=move |ev| {
                    let Some(button) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
                        return;
                    };
                    said.set(save_calendar(&button, &dataset, &[&dialogue], &file));
                }
            >
                {m.add_to_calendar}
            </button>
            <span class="dx-said" role="status">{move || said.get()}</span>
        </span>
    }
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
