//! What replaces an app after a panic (the hook is in src/embed.rs): after a panic the module is
//! stopped, so the page must say so rather than stay blank or frozen.

use crate::core::messages::{catalogue, crash_language, is_rtl, Lang};

/// Replaces what `place` holds (an app's mount element) with the crash notice, in the app's
/// language at that moment (the `lang` of its `.dx-app` root, which follows the reader's
/// choices), else in `started`, the language it started in.
pub fn show_crash_notice(place: &web_sys::HtmlElement, started: Lang) {
    let Some(document) = place.owner_document() else {
        return;
    };
    let app_lang = place
        .query_selector(":scope > .dx-app")
        .ok()
        .flatten()
        .and_then(|root| root.get_attribute("lang"));
    let lang = crash_language(app_lang.as_deref(), started);
    let Ok(notice) = document.create_element("p") else {
        return;
    };
    notice.set_class_name("dx-crash");
    let _ = notice.set_attribute("role", "alert");
    let _ = notice.set_attribute("lang", lang.code());
    let _ = notice.set_attribute("dir", if is_rtl(lang) { "rtl" } else { "ltr" });
    notice.set_text_content(Some(catalogue(lang).crashed));
    place.set_inner_html("");
    let _ = place.append_child(&notice);
}
