//! Files made in the browser: a Blob, an object URL, a click on a temporary link inside the
//! app's own tree. No server is involved.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::dataset::{Dataset, Dialogue};
use crate::core::date::PartialDate;
use crate::core::export::ics;
use crate::ui::context::use_links;
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::labels::dialogue_name;

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
            .map(|d| dialogue_name(dataset, d))
            .collect();
        said.push((m.calendar_left_out)(&crate::ui::format::list(
            &names,
            use_lang().code(),
        )));
    }
    said.join(" ")
}

/// "Add to calendar" for one dialogue; for one whose day is not known, which no calendar can
/// hold, the reason in its place instead of a button that would download nothing.
///
/// Keeps the dialogue's id, not a copy of the dialogue: a card is drawn for every dialogue in
/// view, and the dialogue is only looked up again when the button is pressed.
pub fn calendar_button(dataset: &Arc<Dataset>, dialogue: &Dialogue) -> AnyView {
    let m = use_messages();
    if ics::event_day(dialogue).is_none() {
        return view! {
            <span class="dx-calendar-one dx-calendar-none">{m.calendar_no_day}</span>
        }
        .into_any();
    }
    let said = RwSignal::new(String::new());
    let name = dialogue_name(dataset, dialogue);
    let label = (m.add_to_calendar_label)(&name);
    let file = format!("dialogue-{}.ics", dialogue.id);
    let (dataset, dialogue_id) = (dataset.clone(), dialogue.id.clone());
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
                    if let Some(dialogue) = dataset.dialogue(&dialogue_id) {
                        said.set(save_calendar(&button, &dataset, &[dialogue], &file));
                    }
                }
            >
                {m.add_to_calendar}
            </button>
            <span class="dx-said" role="status">{move || said.get()}</span>
        </span>
    }
    .into_any()
}
