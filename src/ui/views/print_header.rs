//! The lines that head every printout (hidden on screen): the filters applied, the day printed
//! and the date of the data. The words come from `core::print`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::print::header_lines;
use crate::ui::context::use_explorer;
use crate::ui::format::{long_date, plain_date, today};
use crate::ui::i18n::use_lang;

/// The day the dataset was last brought up to date with its sources, for the "Data as of" line
/// (left out when the dataset does not say).
pub fn data_as_of(dataset: &Dataset) -> Option<PartialDate> {
    dataset.updated
}

#[component]
pub fn PrintHeader(
    dataset: Arc<Dataset>,
    /// Whether the view in print is one the filters narrow (not a dialogue or theme page).
    filtered: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let filters = use_explorer().filters;
    // The reader's clock, read again just before printing: a page left open overnight still
    // prints the right day.
    let printed = RwSignal::new(today());
    let before_print = window_event_listener_untyped("beforeprint", move |_| printed.set(today()));
    on_cleanup(move || before_print.remove());
    let as_of = data_as_of(&dataset).map(|d| plain_date(d, lang.code()));
    let lines = move || {
        let printed = long_date(printed.get(), lang.code());
        let lines = filters.with(|f| {
            header_lines(
                &dataset,
                filtered.get().then_some(f),
                lang,
                &printed,
                as_of.as_deref(),
            )
        });
        lines
            .into_iter()
            .map(|line| view! { <p>{line}</p> })
            .collect_view()
    };
    view! { <div class="dx-print-header">{lines}</div> }
}
