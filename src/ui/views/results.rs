//! The list of entries matching the filters, grouped by dialogue.

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::context::{use_explorer, use_selection};
use crate::ui::widgets::entry::{DialogueName, EntryList, Listed};
use crate::ui::widgets::paging::{Paging, ShowMore};

/// Entries drawn at first, and added by each "Show more".
const ENTRIES_PER_STEP: usize = 30;
use crate::core::dataset::Dataset;
use crate::core::query::{hit_at, EntryRef, Filters};
use crate::core::search::Query;
use crate::core::url_state::View;
use crate::ui::i18n::use_messages;
use crate::ui::widgets::link::Link;

/// One dialogue's part of the list: its index, its entries shown, and the search they are
/// marked with. The key of the keyed list: a part that did not change is left in place.
type Group = (u32, Vec<EntryRef>, String);

#[component]
pub fn ResultsList(dataset: Arc<Dataset>, filters: Memo<Filters>) -> impl IntoView {
    let m = use_messages();
    let selection = use_selection();
    let paging = Paging::new(ENTRIES_PER_STEP);
    let explorer = use_explorer();
    let groups = Memo::new(move |_| {
        let text = filters.with(|f| f.text.clone());
        let shown = paging.shown.get();
        selection.with(|s| {
            let mut groups: Vec<Group> = Vec::new();
            for entry in s.hits.iter().take(shown) {
                match groups.last_mut() {
                    Some((d, list, _)) if *d == entry.dialogue => list.push(*entry),
                    _ => groups.push((entry.dialogue, vec![*entry], text.clone())),
                }
            }
            groups
        })
    });
    let section = move |(dialogue, entries, text): Group| {
        let d = &dataset.dialogues[dialogue as usize];
        let items: Vec<Listed> = entries
            .iter()
            .map(|e| Listed::of_hit(&hit_at(&dataset, *e)))
            .collect();
        let to = explorer.link_to(View::Dialogue(d.id.clone()));
        let (for_name, for_list, owned) = (dataset.clone(), dataset.clone(), d.clone());
        view! {
            <section class="dx-result-group">
                <h3 class="dx-subtitle">
                    <Link to>
                        <DialogueName dataset=for_name dialogue=owned />
                    </Link>
                </h3>
                <EntryList dataset=for_list items query=Query::new(&text) />
            </section>
        }
    };
    let nav = explorer.nav;
    // An empty result says so, and offers the way out as a button (the same transition as the
    // filters' "Reset all").
    let empty = move || {
        groups.with(Vec::is_empty).then(|| {
            view! {
                <div class="dx-empty-result">
                    <p class="dx-empty-note">{m.no_results}</p>
                    <button type="button" class="dx-small-button dx-empty-reset"
                        on:click=move |_| nav.update(|s| s.reset_filters())>
                        {m.reset_filters}
                    </button>
                </div>
            }
        })
    };
    let more = move || {
        paging.shown.track();
        let total = selection.with(|s| s.hits.len());
        view! { <ShowMore paging total /> }
    };
    view! {
        {empty}
        <div class="dx-results">
            <For each=move || groups.get() key=|group| group.clone() children=section />
        </div>
        {more}
    }
}
