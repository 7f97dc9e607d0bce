//! How things of the dataset are named on screen: plain functions, no components.

use leptos::prelude::*;

use super::context::use_nav;
use super::format::short_date;
use super::i18n::{use_lang, use_messages};
use crate::core::dataset::{Dataset, Dialogue, Text};
use crate::core::url_state::{UrlState, View};

/// "Trafficking in Persons & Smuggling of Migrants".
pub fn group_names(dataset: &Dataset, dialogue: &Dialogue) -> String {
    dataset.group_names(dialogue, use_lang().code())
}

/// The language the working-group names of a dialogue are shown in, when not the reader's.
pub fn groups_lang(dataset: &Dataset, dialogue: &Dialogue) -> Option<String> {
    dialogue
        .working_groups
        .iter()
        .filter_map(|id| dataset.working_group(id))
        .find_map(|w| data_lang(&w.short_name))
}

/// The date of a dialogue, short, or "date not known".
pub fn dialogue_date(dialogue: &Dialogue) -> String {
    dialogue
        .date
        .map(|d| short_date(d, use_lang().code()))
        .unwrap_or_else(|| use_messages().date_not_known.to_string())
}

/// "Trafficking in Persons, 4 Oct 2023": how a dialogue is named in labels.
pub fn dialogue_name(dataset: &Dataset, dialogue: &Dialogue) -> String {
    let m = use_messages();
    format!(
        "{}{}{}",
        group_names(dataset, dialogue),
        m.comma,
        dialogue_date(dialogue)
    )
}

/// The language of a dataset text as shown: `Some("en")` when the reader's language has no
/// translation of it, so that screen readers pronounce the English as English.
pub fn data_lang(text: &Text) -> Option<String> {
    let ui = use_lang().code();
    let (_, shown) = text.get(ui);
    (shown != ui).then(|| shown.to_string())
}

/// The language of a theme's label as shown (see `data_lang`).
pub fn theme_lang(dataset: &Dataset, id: &str) -> Option<String> {
    dataset.theme(id).and_then(|t| data_lang(&t.label))
}

pub fn theme_label(dataset: &Dataset, id: &str) -> String {
    dataset
        .theme(id)
        .map(|t| t.label.get(use_lang().code()).0.to_string())
        .unwrap_or_else(|| id.to_string())
}

/// A state showing one page, keeping the filters so that Back and the tabs return to them.
pub fn page_state(view: View) -> UrlState {
    use_nav().state.with_untracked(|state| state.at(view))
}

/// The name of a screen, as Back and the page's title say it: a view's tab label, a dialogue's
/// or a theme's name.
pub fn screen_name(dataset: &Dataset, view: &View) -> String {
    let m = use_messages();
    match view {
        View::Matrix => m.view_matrix.to_string(),
        View::List => m.view_list.to_string(),
        View::Agenda => m.view_agenda.to_string(),
        View::Mine => (m.view_mine)(0),
        View::Dialogue(id) => dataset
            .dialogue(id)
            .map(|d| dialogue_name(dataset, d))
            .unwrap_or_default(),
        View::Theme(id) => theme_label(dataset, id),
        View::Brief(id) => dataset
            .working_group(id)
            .map(|w| {
                let b = crate::core::brief::brief_messages(use_lang());
                (b.title)(w.short_name.get(use_lang().code()).0)
            })
            .unwrap_or_default(),
    }
}
