//! Copying text for the reader and handing a link to the system's share sheet: the Clipboard
//! API (`navigator.clipboard.writeText`), with the older selection-and-copy as the fallback
//! where the browser or the frame refuses it; `navigator.share` where the browser has one.
//! Both are looked up at run time, so that a browser without them still gets the fallback.

use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::ui::context::use_announcer;
use crate::ui::i18n::use_messages;

fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| w.navigator().into())
}

/// `target[name]` when it is a function.
fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
}

/// Awaits what `call` returns, if it is a promise; whether it was kept.
async fn kept(returned: Result<JsValue, JsValue>) -> Result<(), JsValue> {
    let value = returned?;
    match value.dyn_into::<Promise>() {
        Ok(promise) => JsFuture::from(promise).await.map(|_| ()),
        Err(_) => Ok(()),
    }
}

/// Copies `text`: through the Clipboard API, else by selecting it in a field put beside `near`
/// (inside the app, so nothing is added to a host page) and asking the document to copy.
/// Whether the text was copied.
pub async fn copy_text(text: &str, near: &web_sys::Element) -> bool {
    if let Some(navigator) = navigator() {
        let clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok();
        if let Some(clipboard) = clipboard.filter(|c| c.is_object()) {
            if let Some(write) = method(&clipboard, "writeText") {
                let call = write.call1(&clipboard, &JsValue::from_str(text));
                if kept(call).await.is_ok() {
                    return true;
                }
            }
        }
    }
    copy_by_selection(text, near).unwrap_or(false)
}

fn copy_by_selection(text: &str, near: &web_sys::Element) -> Result<bool, JsValue> {
    let document = near.owner_document().ok_or("no document")?;
    let parent = near.parent_node().ok_or("no parent")?;
    let field = document.create_element("textarea")?;
    field.set_class_name("dx-copy-buffer");
    field.set_attribute("readonly", "")?;
    field.set_attribute("aria-hidden", "true")?;
    Reflect::set(
        &field,
        &JsValue::from_str("value"),
        &JsValue::from_str(text),
    )?;
    parent.append_child(&field)?;
    if let Some(select) = method(&field, "select") {
        select.call0(&field)?;
    }
    let copied = method(&document, "execCommand")
        .map(|exec| exec.call1(&document, &JsValue::from_str("copy")))
        .transpose()?
        .is_some_and(|done| done.as_bool() == Some(true));
    field.remove();
    Ok(copied)
}

/// Whether the browser offers the system's share sheet (phones, some desktops).
pub fn can_share() -> bool {
    navigator().is_some_and(|n| method(&n, "share").is_some())
}

/// How a share ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    Done,
    /// The reader closed the sheet: nothing to say.
    Cancelled,
    /// No sheet, or it failed: copy instead.
    Unavailable,
}

/// Opens the system's share sheet with `title` and `url`.
pub async fn share(title: &str, url: &str) -> Shared {
    let Some(navigator) = navigator() else {
        return Shared::Unavailable;
    };
    let Some(share) = method(&navigator, "share") else {
        return Shared::Unavailable;
    };
    let data = Object::new();
    let _ = Reflect::set(
        &data,
        &JsValue::from_str("title"),
        &JsValue::from_str(title),
    );
    let _ = Reflect::set(&data, &JsValue::from_str("url"), &JsValue::from_str(url));
    match kept(share.call1(&navigator, &data)).await {
        Ok(()) => Shared::Done,
        Err(e) => {
            let name = Reflect::get(&e, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Shared::Cancelled
            } else {
                Shared::Unavailable
            }
        }
    }
}

/// "Copy citation" beside a source or a figure: copies `citation` and says so beside the
/// button (a status region) and in the app's live region; where nothing could be copied, shows
/// the citation there to be selected by hand.
#[component]
pub fn CiteButton(citation: String, what: String) -> impl IntoView {
    let m = use_messages();
    let said = RwSignal::new(String::new());
    let announcer = use_announcer();
    let label = (m.cite_button_label)(&what);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(button) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let citation = citation.clone();
        leptos::task::spawn_local(async move {
            if copy_text(&citation, &button).await {
                // The view may be gone by now (try_set does nothing then).
                said.try_set(m.citation_copied.to_string());
                if let Some(announcer) = announcer {
                    announcer.say(m.citation_copied.to_string());
                }
            } else {
                said.try_set(citation);
            }
        });
    };
    view! {
        <span class="dx-cite">
            <button type="button" class="dx-small-button dx-cite-button" aria-label=label on:click=on_click>
                {m.cite_button}
            </button>
            <span class="dx-said-inline" role="status">{move || said.get()}</span>
        </span>
    }
}
