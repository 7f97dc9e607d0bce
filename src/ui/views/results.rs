//! The list of entries matching the filters, grouped by dialogue.

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::context::{use_explorer, use_selection};
use crate::ui::widgets::empty::EmptyResult;
use crate::ui::widgets::entry::{DialogueName, EntryView, Listed};
use crate::ui::widgets::paging::{Paging, ShowMore};

/// Entries drawn at first, and added by each "Show more".
const ENTRIES_PER_STEP: usize = 30;
use crate::core::dataset::Dataset;
use crate::core::query::{hit_at, EntryRef, Filters};
use crate::core::search::Query;
use crate::core::url_state::View;
use crate::ui::widgets::link::Link;

/// One dialogue's part of the list: its index and its entries shown. The list is keyed twice,
/// by dialogue and, within it, by entry (with the search they are marked with), so that a
/// change of the filters draws only the entries that came into view.
type Group = (u32, Vec<EntryRef>);

#[component]
pub fn ResultsList(dataset: Arc<Dataset>, filters: Memo<Filters>) -> impl IntoView {
    let selection = use_selection();
    let paging = Paging::new(ENTRIES_PER_STEP);
    let explorer = use_explorer();
    let text = Memo::new(move |_| filters.with(|f| f.text.clone()));
    let groups = Memo::new(move |_| {
        let shown = paging.shown.get();
        selection.with(|s| {
            let mut groups: Vec<Group> = Vec::new();
            for entry in s.hits.iter().take(shown) {
                match groups.last_mut() {
                    Some((d, list)) if *d == entry.dialogue => list.push(*entry),
                    _ => groups.push((entry.dialogue, vec![*entry])),
                }
            }
            groups
        })
    });
    let dialogues =
        Memo::new(move |_| groups.with(|g| g.iter().map(|(d, _)| *d).collect::<Vec<_>>()));
    let section = move |dialogue: u32| {
        let d = &dataset.dialogues[dialogue as usize];
        // This dialogue's entries shown (a page of the list holds a few dozen groups at most).
        let entries = Memo::new(move |_| {
            let marked = text.get();
            groups.with(|g| {
                g.iter()
                    .find(|(d, _)| *d == dialogue)
                    .map(|(_, e)| e.iter().map(|r| (*r, marked.clone())).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        });
        let to = explorer.link_to(View::Dialogue(d.id.clone()));
        let (for_name, owned) = (dataset.clone(), d.clone());
        let for_entries = dataset.clone();
        let entry = move |(at, marked): (EntryRef, String)| {
            let item = Listed::of_hit(&hit_at(&for_entries, at));
            view! {
                <li>
                    <EntryView dataset=for_entries.clone() entry=item.entry kind=item.kind query=Query::new(&marked) />
                </li>
            }
        };
        view! {
            <section class="dx-result-group">
                <h3 class="dx-subtitle">
                    <Link to>
                        <DialogueName dataset=for_name dialogue=owned />
                    </Link>
                </h3>
                <ul class="dx-entries">
                    <For each=move || entries.get() key=|e| e.clone() children=entry />
                </ul>
            </section>
        }
    };
    // An empty result says so, and offers the way out in place.
    let empty = Signal::derive(move || groups.with(Vec::is_empty));
    let more = move || {
        paging.shown.track();
        let total = selection.with(|s| s.hits.len());
        view! { <ShowMore paging total /> }
    };
    view! {
        <EmptyResult when=empty />
        <div class="dx-results">
            <For each=move || dialogues.get() key=|d| *d children=section />
        </div>
        {more}
    }
}
