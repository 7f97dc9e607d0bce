use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::Dataset;
use crate::core::markup::{self, SummaryDates};
use crate::core::summary::Summary;
use crate::ui::context::use_ids;
use crate::ui::format::{month_year, plain_date};
use crate::ui::i18n::use_lang;

/// The figures of what was loaded: markup from `core::markup`, drawn once (the explorer draws
/// it again in another language).
#[component]
pub fn SummaryView(dataset: Arc<Dataset>) -> impl IntoView {
    let lang = use_lang();
    let figures = Summary::of(&dataset);
    let heading_id = use_ids().id("summary-heading");
    let dates = SummaryDates {
        period: figures.first.zip(figures.last).map(|(first, last)| {
            (
                month_year(first, lang.code()),
                month_year(last, lang.code()),
            )
        }),
        as_of: figures.as_of.map(|date| plain_date(date, lang.code())),
    };
    let inner = markup::summary(&dataset, &figures, &dates, lang, &heading_id);
    view! { <section class="dx-summary" aria-labelledby=heading_id inner_html=inner></section> }
}
