//! The entry points: the standalone page (`index.html`), the iframe page (`embed.html`), and
//! the `<dialogue-explorer>` custom element (`embed.js` calls `mount_explorer`, in embed.rs).
//! Each reads its configuration from where it is mounted, then mounts the app.

#[cfg(target_arch = "wasm32")]
mod embed;

#[cfg(target_arch = "wasm32")]
fn main() {
    use dialogue_explorer::core::date::PartialDate;
    use dialogue_explorer::core::url_state::{parse_pairs, valid_namespace};
    use dialogue_explorer::ui::{styles, App, AppConfig};
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    // Loaded by embed.js for custom elements: they mount themselves, one by one.
    if embed::loaded_by_embed_script() {
        return;
    }
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let mount: web_sys::HtmlElement = document
        .get_element_by_id("dialogue-explorer")
        .and_then(|el| el.dyn_into().ok())
        .or_else(|| document.body())
        .expect("a mount element or a body");

    let mut config = AppConfig::default();
    let attribute = |name: &str| mount.get_attribute(name).filter(|s| !s.trim().is_empty());
    if let Some(src) = attribute("data-src") {
        config.data_url = src;
    }
    if let Some(today) = attribute("data-today") {
        config.today = PartialDate::parse(&today).ok();
    }
    if let Some(seconds) = attribute("data-timeout") {
        config.timeout_seconds = AppConfig::timeout_from(&seconds);
    }
    // The iframe page takes its options from its own address, as the custom element takes
    // them from its attributes: embed.html?view=agenda&theme=dark&header=show&url-state=dx,
    // and filters=wg%3Dtip&views=agenda&controls=none&accent=%237a1f5c
    let iframe = attribute("data-mode").as_deref() == Some("iframe");
    // The standalone page is the app's own: its title and language follow the app's.
    config.owns_document = !iframe;
    if iframe {
        config.transparent = true;
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        config.url_namespace = None;
        config.show_header = false;
        // Links opened in a new tab go to the standalone page beside this one.
        config.app_url = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|href| {
                dialogue_explorer::core::export::app_link(&href, "").replace("embed.html", "")
            });
        for (key, value) in parse_pairs(&search) {
            match key.as_str() {
                "src" if !value.is_empty() => config.data_url = value,
                "view" => config.initial_view = embed::view_from(&value),
                "theme" => config.appearance = AppConfig::appearance_from(&value),
                "font" => config.inherit_font = value == "inherit",
                "header" => config.show_header = value == "show",
                "lang" => config.lang = Some(value),
                "today" => config.today = PartialDate::parse(&value).ok(),
                "timeout" => config.timeout_seconds = AppConfig::timeout_from(&value),
                "url-state" if valid_namespace(&value) => config.url_namespace = Some(value),
                other => {
                    config.embedding.take(other, &value);
                }
            }
        }
    }
    embed::install_panic_message(Some((mount.clone(), config.start_language())));
    styles::attach(&document);
    leptos::mount::mount_to(mount, move || view! { <App config=config.clone() /> }).forget();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Dialogue Explorer runs in the browser: use `make serve`.");
}
