use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::Dataset;
use crate::core::messages::EN;
use crate::core::summary::Summary;

/// The figures of what was loaded.
#[component]
pub fn SummaryView(dataset: Arc<Dataset>) -> impl IntoView {
    let s = Summary::of(&dataset);
    let figure = |key: &'static str, n: usize, noun: fn(usize) -> &'static str| {
        view! {
            <div class="dx-figure">
                <dt class="dx-figure-label">{noun(n)}</dt>
                <dd class="dx-figure-number" data-count=key>{n}</dd>
            </div>
        }
    };
    let period = match (s.first, s.last) {
        (Some(first), Some(last)) => Some((EN.covering)(
            &(EN.month_year)(first),
            &(EN.month_year)(last),
        )),
        _ => None,
    };
    view! {
        <section class="dx-summary" aria-labelledby="dx-summary-heading">
            <h2 id="dx-summary-heading" class="dx-section-title">{EN.summary_heading}</h2>
            <dl class="dx-figures">
                {figure("dialogues", s.dialogues, EN.dialogues)}
                {figure("working-groups", s.working_groups, EN.working_groups)}
                {figure("themes", s.themes, EN.themes)}
                {figure("entries", s.entries, EN.entries)}
                {figure("sources", s.sources, EN.sources)}
            </dl>
            {period.map(|text| view! { <p class="dx-period">{text}</p> })}
        </section>
    }
}
