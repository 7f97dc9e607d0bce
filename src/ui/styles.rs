//! The app's stylesheet, built into the module so that the standalone page and every embedded
//! instance (inside its shadow root) get the same rules without another request.

use wasm_bindgen::{JsCast, JsValue};

/// The files of `style/`, in cascade order, without their comments (build.rs, src/core/css.rs).
/// `host.css` only matters inside a shadow root.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/stylesheet.css"));

thread_local! {
    /// One constructed sheet, shared by every root that adopts it.
    static SHEET: Option<web_sys::CssStyleSheet> = web_sys::CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(STYLESHEET).is_ok());
}

/// Adds the stylesheet to a document or a shadow root, once: as a constructed stylesheet where
/// the browser has them (no `<style>` element, nothing a strict Content-Security-Policy
/// refuses), else as a `<style>` element.
pub fn attach(root: &web_sys::Node) {
    if attach_constructed(root).is_ok() {
        return;
    }
    let fallback_parent: Option<web_sys::Node> = match root.dyn_ref::<web_sys::Document>() {
        Some(document) => document.head().map(Into::into),
        None => Some(root.clone()),
    };
    let already = fallback_parent
        .as_ref()
        .and_then(|p| {
            p.dyn_ref::<web_sys::Element>()
                .map(|e| e.query_selector("style[data-dx]"))
        })
        .or_else(|| {
            root.dyn_ref::<web_sys::ShadowRoot>()
                .map(|s| s.query_selector("style[data-dx]"))
        })
        .and_then(Result::ok)
        .flatten()
        .is_some();
    if already {
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
    let _ = style.set_attribute("data-dx", "");
    if let Some(parent) = fallback_parent {
        let _ = parent.append_child(&style);
    }
}

fn attach_constructed(root: &web_sys::Node) -> Result<(), JsValue> {
    let sheet = SHEET
        .with(|s| s.clone())
        .ok_or_else(|| JsValue::from_str("no constructed stylesheets"))?;
    let key = JsValue::from_str("adoptedStyleSheets");
    let current: js_sys::Array = js_sys::Reflect::get(root, &key)?.dyn_into()?;
    if current.includes(&sheet, 0) {
        return Ok(());
    }
    // A copy with ours added: the page's own adopted sheets stay.
    let sheets = current.concat(&js_sys::Array::of1(&sheet));
    js_sys::Reflect::set(root, &key, &sheets)?;
    Ok(())
}
