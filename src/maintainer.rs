//! The maintainer's page (`maintain.html`): a module of its own, built from the same crate as
//! the explorer's (`scripts/build-maintainer.sh`), so that the explorer's readers do not download
//! the editor, the form and the checks (docs/decisions.md). It mounts into
//! `<main id="dialogue-explorer" data-mode="maintain">` and reads `?src=` (the published
//! dataset) and `?lang=` from the page's address.

#[cfg(target_arch = "wasm32")]
fn main() {
    use dialogue_explorer::core::url_state::parse_pairs;
    use dialogue_explorer::ui::crash::show_crash_notice;
    use dialogue_explorer::ui::maintain::{mount_maintainer, MaintainConfig};
    use dialogue_explorer::ui::styles;
    use wasm_bindgen::JsCast;

    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let mount: web_sys::HtmlElement = document
        .get_element_by_id("dialogue-explorer")
        .and_then(|el| el.dyn_into().ok())
        .or_else(|| document.body())
        .expect("a mount element or a body");
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let mut config = MaintainConfig {
        data_url: mount
            .get_attribute("data-src")
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| "data/dialogues.json".to_string()),
        lang: None,
    };
    for (key, value) in parse_pairs(&search) {
        match key.as_str() {
            "src" if !value.is_empty() => config.data_url = value,
            "lang" => config.lang = Some(value),
            _ => {}
        }
    }
    // A panic must not leave a frozen page: it is said where the page was, in its language.
    let (place, started) = (mount.clone(), config.start_language());
    std::panic::set_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        show_crash_notice(&place, started);
    }));
    styles::attach(&document);
    mount_maintainer(mount, config);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The maintainer's page runs in the browser: open maintain.html after `make build`.");
}
