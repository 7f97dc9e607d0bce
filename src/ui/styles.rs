//! The app's stylesheet, built into the module so that the standalone page and every embedded
//! instance (inside its shadow root) get the same rules without another request.

use wasm_bindgen::{JsCast, JsValue};

/// The files of `style/`, in cascade order. `host.css` only matters inside a shadow root.
pub const STYLESHEET: &str = concat!(
    include_str!("../../style/tokens.css"),
    include_str!("../../style/app.css"),
    include_str!("../../style/summary.css"),
    include_str!("../../style/load_error.css"),
    include_str!("../../style/explorer.css"),
    include_str!("../../style/filters.css"),
    include_str!("../../style/entries.css"),
    include_str!("../../style/matrix.css"),
    include_str!("../../style/agenda.css"),
    include_str!("../../style/stars.css"),
    include_str!("../../style/export.css"),
    include_str!("../../style/print.css"),
    include_str!("../../style/host.css"),
);

/// Adds the stylesheet to a document or a shadow root: as a constructed stylesheet where the
/// browser has them (no `<style>` element, nothing a strict Content-Security-Policy refuses),
/// else as a `<style>` element.
pub fn attach(root: &web_sys::Node) {
    if attach_constructed(root).is_ok() {
        return;
    }
    let Some(document) = root
        .owner_document()
        .or_else(|| root.clone().dyn_into::<web_sys::Document>().ok())
    else {
        return;
    };
    let Ok(style) = document.create_element("style") else {
        return;
    };
    style.set_text_content(Some(STYLESHEET));
    let parent: Option<web_sys::Node> = match root.dyn_ref::<web_sys::Document>() {
        Some(document) => document.head().map(Into::into),
        None => Some(root.clone()),
    };
    if let Some(parent) = parent {
        let _ = parent.append_child(&style);
    }
}

fn attach_constructed(root: &web_sys::Node) -> Result<(), JsValue> {
    let sheet = web_sys::CssStyleSheet::new()?;
    sheet.replace_sync(STYLESHEET)?;
    let key = JsValue::from_str("adoptedStyleSheets");
    let current: js_sys::Array = js_sys::Reflect::get(root, &key)?.dyn_into()?;
    // A copy with ours added: the page's own adopted sheets stay.
    let sheets = current.concat(&js_sys::Array::of1(&sheet));
    js_sys::Reflect::set(root, &key, &sheets)?;
    Ok(())
}
