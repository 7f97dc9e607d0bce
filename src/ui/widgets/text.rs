//! Text from the dataset on screen: marked with its language, or with a search's words.

use leptos::prelude::*;

use crate::core::dataset::Text;
use crate::core::search::Query;
use crate::ui::i18n::use_lang;
use crate::ui::labels::data_lang;

/// Text from the dataset, marked with its language when it is not the page's.
#[component]
pub fn DataText(text: Text) -> impl IntoView {
    let (value, lang) = text.get(use_lang().code());
    let lang = (lang != use_lang().code()).then(|| lang.to_string());
    view! { <span lang=lang>{value.to_string()}</span> }
}

/// Text with the words of a search marked; built as text nodes, never as HTML.
#[component]
pub fn Highlighted(text: String, query: Query) -> impl IntoView {
    // Nothing to mark (no search, or no match): the text itself, without a list around it.
    if query.is_empty() {
        return text.into_any();
    }
    let runs = query.highlight(&text);
    if runs.iter().all(|(_, marked)| !marked) {
        return text.into_any();
    }
    runs.into_iter()
        .map(|(run, marked)| {
            if marked {
                view! { <mark class="dx-mark">{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// A message with a dataset text inside it, the text marked with its own language.
/// `message` is called with a marker where the text goes.
pub fn with_data(message: impl FnOnce(&str) -> String, text: &Text) -> impl IntoView {
    const MARK: &str = "\u{e000}";
    let whole = message(MARK);
    let (before, after) = whole.split_once(MARK).unwrap_or((whole.as_str(), ""));
    let value = text.get(use_lang().code()).0.to_string();
    view! {
        {before.to_string()}
        <span lang=data_lang(text)>{value}</span>
        {after.to_string()}
    }
}

/// A source as the page names it (`Source::name`: its publisher and its title, else its
/// description).
pub fn source_name(source: &crate::core::dataset::Source, lang: &str) -> String {
    source.name(lang)
}

/// A source by its publisher and title, linked when it has an address.
#[component]
pub fn SourceLink(source: crate::core::dataset::Source) -> impl IntoView {
    let label = source_name(&source, use_lang().code());
    let lang = data_lang(source.label().0);
    match source.url {
        Some(url) => view! {
            <a class="dx-source" href=url rel="noopener noreferrer" target="_blank" lang=lang>{label}</a>
        }
        .into_any(),
        None => view! { <span class="dx-source" lang=lang>{label}</span> }.into_any(),
    }
}
