//! The standalone page: reads its configuration from the mount element, then mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    use dialogue_explorer::core::messages::EN;
    use dialogue_explorer::ui::{App, AppConfig};
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let mount: web_sys::HtmlElement = document
        .get_element_by_id("dialogue-explorer")
        .and_then(|el| el.dyn_into().ok())
        .or_else(|| document.body())
        .expect("a mount element or a body");

    install_panic_message(mount.clone(), EN.crashed);

    let mut config = AppConfig::default();
    if let Some(src) = mount
        .get_attribute("data-src")
        .filter(|s| !s.trim().is_empty())
    {
        config.data_url = src;
    }
    leptos::mount::mount_to(mount, move || view! { <App config=config.clone() /> }).forget();
}

/// A panic must not leave a blank or frozen page: log it, and say so where the app was.
#[cfg(target_arch = "wasm32")]
fn install_panic_message(mount: web_sys::HtmlElement, message: &'static str) {
    std::panic::set_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        if let Some(document) = mount.owner_document() {
            if let Ok(notice) = document.create_element("p") {
                notice.set_class_name("dx-crash");
                let _ = notice.set_attribute("role", "alert");
                notice.set_text_content(Some(message));
                mount.set_inner_html("");
                let _ = mount.append_child(&notice);
            }
        }
    }));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Dialogue Explorer runs in the browser: use `make serve`.");
}
