//! The dataset's text in a `<textarea>` with a gutter of line numbers. The browser edits it
//! (so undo, paste and the keyboard work as everywhere); the page reads it after a pause in
//! typing, so that a 1 MB text is not copied on every key.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::maintain::{maintain_page_text, replacement};
use crate::ui::context::use_app;

/// Puts the cursor at `utf16` (line `line`, 1-based) and scrolls the text to show that line a
/// third of the way down.
pub fn put_cursor(area: &web_sys::HtmlTextAreaElement, utf16: u32, line: u32) {
    let _ = area.focus();
    let _ = area.set_selection_range(utf16, utf16);
    let line_height = web_sys::window()
        .and_then(|w| w.get_computed_style(area).ok().flatten())
        .and_then(|style| style.get_property_value("line-height").ok())
        .and_then(|value| value.trim_end_matches("px").parse::<f64>().ok())
        .unwrap_or(20.0);
    let top = (f64::from(line.saturating_sub(1)) * line_height
        - f64::from(area.client_height()) / 3.0)
        .max(0.0);
    area.set_scroll_top(top as i32);
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    area.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Puts `new` in the editor by replacing only the part that differs, as typing would, so that
/// the browser's undo takes the change back; where the browser cannot, the whole value is set.
pub fn replace_text(area: &web_sys::HtmlTextAreaElement, new: &str) {
    let old = area.value();
    let change = replacement(&old, new);
    let _ = area.focus();
    let _ = area.set_selection_range(change.start as u32, change.end as u32);
    let inserted = area
        .owner_document()
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| {
            d.exec_command_with_show_ui_and_value("insertText", false, &change.insert)
                .ok()
        })
        .unwrap_or(false);
    if !inserted || area.value() != new {
        area.set_value(new);
    }
}

/// The line numbers of a text of `lines` lines, one per line.
fn gutter_text(lines: usize) -> String {
    let mut out = String::with_capacity(lines * 5);
    for n in 1..=lines.max(1) {
        if n > 1 {
            out.push('\n');
        }
        out.push_str(&n.to_string());
    }
    out
}

#[component]
pub fn Editor(
    textarea: NodeRef<leptos::html::Textarea>,
    /// The text as last checked.
    text: Signal<std::sync::Arc<str>>,
    /// Typing started: the problems shown are of the text before it.
    on_typed: Callback<()>,
    /// The text after a pause.
    on_checked: Callback<String>,
    check_after: Duration,
) -> impl IntoView {
    let app = use_app();
    let t = move || maintain_page_text(app.lang.get());
    // Counted from the text as last checked: a pause behind the typing, never a copy per key.
    let lines = Memo::new(move |_| text.with(|s| s.matches('\n').count() + 1));
    let gutter = NodeRef::<leptos::html::Pre>::new();
    let timer = StoredValue::new(None::<TimeoutHandle>);

    let check = move || {
        if let Some(area) = textarea.get_untracked() {
            on_checked.run(area.value());
        }
    };
    let on_input = move |_| {
        on_typed.run(());
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(set_timeout_with_handle(check, check_after).ok());
    };
    // The gutter follows the text's scrolling.
    let on_scroll = move || {
        if let (Some(area), Some(gutter)) = (textarea.get_untracked(), gutter.get_untracked()) {
            gutter.set_scroll_top(area.scroll_top());
        }
    };
    Effect::new(move |_| {
        lines.track();
        on_scroll();
    });

    view! {
        <label for="dx-maintain-text" class="dx-maintain-label">{move || t().editor_label}</label>
        <div class="dx-maintain-editor" dir="ltr">
            <pre class="dx-maintain-gutter" aria-hidden="true" node_ref=gutter>{move || gutter_text(lines.get())}</pre>
            <textarea
                id="dx-maintain-text"
                class="dx-maintain-text"
                node_ref=textarea
                wrap="off"
                spellcheck="false"
                autocomplete="off"
                autocapitalize="off"
                placeholder=move || t().editor_empty
                on:input=on_input
                on:scroll=move |_| on_scroll()
            ></textarea>
        </div>
        <p class="dx-hint">{move || (t().editor_lines)(lines.get())}</p>
    }
}
