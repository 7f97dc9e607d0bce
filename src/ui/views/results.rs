//! The list of entries matching the filters, grouped by dialogue.

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::context::use_selection;
use crate::ui::labels::page_state;
use crate::ui::widgets::entry::{DialogueName, EntryList, Listed};
use crate::ui::widgets::paging::{Paging, ShowMore};

/// Entries drawn at first, and added by each "Show more".
const ENTRIES_PER_STEP: usize = 100;
use crate::core::dataset::Dataset;
use crate::core::query::Filters;
use crate::core::search::Query;
use crate::core::url_state::View;
use crate::ui::i18n::use_messages;
use crate::ui::nav::Link;

#[component]
pub fn ResultsList(dataset: Arc<Dataset>, filters: Memo<Filters>) -> impl IntoView {
    let m = use_messages();
    let selection = use_selection();
    let paging = Paging::new(ENTRIES_PER_STEP);
    move || {
        let query = filters.with(|f| Query::new(&f.text));
        let mut outcome = selection.with(|s| s.outcome(&dataset));
        let total = outcome.hits.len();
        outcome.hits.truncate(paging.shown.get());
        if outcome.hits.is_empty() {
            return view! { <p class="dx-empty-note">{m.no_results}</p> }.into_any();
        }
        let mut groups: Vec<(&crate::core::dataset::Dialogue, Vec<_>)> = Vec::new();
        for hit in &outcome.hits {
            match groups.last_mut() {
                Some((d, list)) if std::ptr::eq(*d, hit.dialogue) => list.push(*hit),
                _ => groups.push((hit.dialogue, vec![*hit])),
            }
        }
        let sections = groups
            .into_iter()
            .map(|(dialogue, hits)| {
                let for_name = dataset.clone();
                let owned = dialogue.clone();
                let items: Vec<Listed> = hits.iter().map(Listed::of_hit).collect();
                view! {
                    <section class="dx-result-group">
                        <h3 class="dx-subtitle">
                            <Link to=page_state(View::Dialogue(dialogue.id.clone()))>
                                <DialogueName dataset=for_name dialogue=owned />
                            </Link>
                        </h3>
                        <EntryList dataset=dataset.clone() items query=query.clone() />
                    </section>
                }
            })
            .collect_view();
        view! {
            <div class="dx-results">{sections}</div>
            <ShowMore paging total />
        }
        .into_any()
    }
}
