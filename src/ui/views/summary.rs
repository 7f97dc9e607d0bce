use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::Dataset;
use crate::core::messages::tidy;
use crate::core::summary::Summary;
use crate::ui::context::use_ids;
use crate::ui::format::{month_year, plain_date};
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::widgets::text::DataText;

/// The figures of what was loaded.
#[component]
pub fn SummaryView(dataset: Arc<Dataset>) -> impl IntoView {
    let m = use_messages();
    let s = Summary::of(&dataset);
    let heading_id = use_ids().id("summary-heading");
    let heading_ref = heading_id.clone();
    let figure = |key: &'static str, n: usize, noun: fn(usize) -> &'static str| {
        view! {
            <div class="dx-figure">
                <dt class="dx-figure-label">{noun(n)}</dt>
                <dd class="dx-figure-number" data-count=key>{n}</dd>
            </div>
        }
    };
    let period = match (s.first, s.last) {
        (Some(first), Some(last)) => Some(tidy(&(m.covering)(
            &month_year(first, use_lang().code()),
            &month_year(last, use_lang().code()),
        ))),
        _ => None,
    };
    // Said once, where a reader looks first: text in any other language than the summaries' own
    // is a translation of them, never a source's words.
    let translated = dataset.translations.as_ref().and_then(|t| {
        (t.source_language != use_lang().code()).then(|| {
            let note = t.note.clone();
            view! { <p class="dx-translation-note"><DataText text=note /></p> }
        })
    });
    view! {
        <section class="dx-summary" aria-labelledby=heading_ref>
            <h2 id=heading_id class="dx-section-title">{m.summary_heading}</h2>
            <dl class="dx-figures">
                {figure("dialogues", s.dialogues, m.dialogues)}
                {figure("working-groups", s.working_groups, m.working_groups)}
                {figure("themes", s.themes, m.themes)}
                {figure("entries", s.entries, m.entries)}
                {figure("sources", s.sources, m.sources)}
            </dl>
            {period.map(|text| view! { <p class="dx-period">{text}</p> })}
            {s.as_of.map(|date| view! {
                <p class="dx-as-of">
                    {tidy(&(m.data_as_of)(&plain_date(date, use_lang().code())))}
                </p>
            })}
            {translated}
        </section>
    }
}
