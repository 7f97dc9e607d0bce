//! The reader's language: which catalogue and which Intl locale the views use.

use leptos::prelude::*;

use super::context::use_app;
use crate::core::messages::{catalogue, supported, Lang, Messages};

/// The language in force. Views are drawn again when it changes, so they read it once.
pub fn use_lang() -> Lang {
    use_app().lang.get_untracked()
}

pub fn use_messages() -> &'static Messages {
    catalogue(use_lang())
}

/// The language to start with: the one asked for (attribute or address), else the host page's
/// (when embedded), else the reader's browser preferences, else English.
pub fn initial_language(asked: Option<&str>, host: Option<&str>) -> Lang {
    if let Some(lang) = asked
        .and_then(supported)
        .or_else(|| host.and_then(supported))
    {
        return lang;
    }
    let preferred = web_sys::window()
        .map(|w| w.navigator().languages().to_vec())
        .unwrap_or_default();
    preferred
        .iter()
        .filter_map(|v| v.as_string())
        .find_map(|tag| supported(&tag))
        .unwrap_or(Lang::En)
}
