//! Entries (agenda items and topics raised) and the names and tags shown with them.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::{Dataset, Dialogue, Entry};
use crate::core::query::{hit_at, EntryKind, EntryRef, Hit};
use crate::core::search::Query;
use crate::core::url_state::View;
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::labels::{
    dialogue_date, group_names, groups_lang, page_state, theme_label, theme_lang,
};
use crate::ui::widgets::link::PageLink;
use crate::ui::widgets::star::{StarButton, Starred};
use crate::ui::widgets::text::{Highlighted, SourceLink};

#[cfg(feature = "split")]
use crate::ui::chunk::{ready_now, when_here, Unavailable};

/// A dialogue's name on screen: its working groups marked with their language, then the date.
#[component]
pub fn DialogueName(dataset: Arc<Dataset>, dialogue: Dialogue) -> impl IntoView {
    let m = use_messages();
    view! {
        <span lang=groups_lang(&dataset, &dialogue)>{group_names(&dataset, &dialogue)}</span>
        {m.comma}
        {dialogue_date(&dialogue)}
    }
}

/// Links to the theme pages of an entry's themes.
#[component]
pub fn ThemeTags(dataset: Arc<Dataset>, themes: Vec<String>) -> impl IntoView {
    let m = use_messages();
    view! {
        <ul class="dx-tags" aria-label=m.themes_label>
            {themes
                .into_iter()
                .map(|id| {
                    let label = theme_label(&dataset, &id);
                    let lang = theme_lang(&dataset, &id);
                    view! {
                        <li>
                            <PageLink to=page_state(View::Theme(id)) class="dx-tag" lang>
                                {label}
                            </PageLink>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// One agenda item or topic raised, with its kind, themes and source.
#[component]
pub fn EntryView(
    dataset: Arc<Dataset>,
    entry: Entry,
    kind: EntryKind,
    #[prop(optional)] query: Query,
    /// Also name the dialogue (in lists that mix dialogues).
    #[prop(into, default = None)]
    dialogue: Option<Dialogue>,
) -> impl IntoView {
    let m = use_messages();
    let reader = use_lang().code();
    let source = dataset.source(&entry.source).cloned();
    let (text, lang) = entry.text.get(reader);
    let star_label = (m.star_entry)(text);
    let star_name = crate::core::messages::shortened(text, 60);
    let text_lang = (lang != reader).then(|| lang.to_string());
    let dataset_for_name = dataset.clone();
    let dialogue_link = dialogue.map(|d| {
        let to = page_state(View::Dialogue(d.id.clone()));
        view! {
            <PageLink to class="dx-entry-dialogue">
                <DialogueName dataset=dataset_for_name dialogue=d />
            </PageLink>
        }
    });
    view! {
        <article class="dx-entry" data-entry=entry.id.clone()>
            <p class="dx-entry-meta">
                <span class=match kind {
                    EntryKind::AgendaItem => "dx-kind dx-kind-agenda",
                    EntryKind::TopicRaised => "dx-kind dx-kind-topic",
                }>
                    {(m.entry_kind)(kind)}
                </span>
                {dialogue_link}
                <StarButton kind=Starred::Entry id=entry.id.clone() label=star_label name=star_name />
            </p>
            <p class="dx-entry-text" lang=text_lang>
                <Highlighted text=text.to_string() query=query />
            </p>
            <ThemeTags dataset=dataset.clone() themes=entry.themes.clone() />
            {source.map(|s| view! { <p class="dx-entry-source">{m.source_label} <SourceLink source=s /></p> })}
        </article>
    }
}

/// An entry to list, with its dialogue's id (the dialogue itself is looked up only by lists that
/// name it: a whole dialogue is too much to copy for every entry drawn).
#[derive(Clone)]
pub struct Listed {
    pub dialogue_id: String,
    pub entry: Entry,
    pub kind: EntryKind,
}

impl Listed {
    pub fn of_hit(hit: &Hit) -> Self {
        Listed {
            dialogue_id: hit.dialogue.id.clone(),
            entry: hit.entry.clone(),
            kind: hit.kind,
        }
    }

    /// The entries with these ids, in the order given (unknown ids are skipped).
    pub fn by_ids<'a>(dataset: &Dataset, ids: impl IntoIterator<Item = &'a String>) -> Vec<Self> {
        ids.into_iter()
            .filter_map(|id| dataset.entry(id))
            .map(|(dialogue, entry, kind)| Listed {
                dialogue_id: dialogue.id.clone(),
                entry: entry.clone(),
                kind,
            })
            .collect()
    }

    pub fn by_refs(dataset: &Dataset, refs: &[EntryRef]) -> Vec<Self> {
        refs.iter()
            .map(|r| Listed::of_hit(&hit_at(dataset, *r)))
            .collect()
    }
}

/// A list of entries; `with_dialogue` names each one's dialogue (for lists that mix them).
#[component]
pub fn EntryList(
    dataset: Arc<Dataset>,
    items: Vec<Listed>,
    #[prop(optional)] query: Query,
    #[prop(optional)] with_dialogue: bool,
) -> impl IntoView {
    let items = items
        .into_iter()
        .map(|item| {
            let dialogue = with_dialogue
                .then(|| dataset.dialogue(&item.dialogue_id).cloned())
                .flatten();
            view! {
                <li>
                    <EntryView
                        dataset=dataset.clone()
                        entry=item.entry
                        kind=item.kind
                        query=query.clone()
                        dialogue
                    />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="dx-entries">{items}</ul> }
}
// A chosen matrix cell's entries: the matrix is the first screen, but its entries show only after
// a choice, and the entry cards weigh as much as a view. With `--features split` they are a split
// point of their own (`split_cell_entries.wasm`), fetched at the first choice.

/// The entries of a chosen matrix cell, each naming its dialogue. The entries are copied out of
/// the dataset here, in the chunk, rather than by the matrix.
fn cell_entries_view(dataset: Arc<Dataset>, entries: Vec<EntryRef>) -> AnyView {
    let items = Listed::by_refs(&dataset, &entries);
    view! { <EntryList dataset items with_dialogue=true /> }.into_any()
}

/// A chosen matrix cell's entries, built in place.
#[cfg(not(feature = "split"))]
pub fn cell_entries_of(dataset: Arc<Dataset>, entries: Vec<EntryRef>) -> AnyView {
    cell_entries_view(dataset, entries)
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(cell_entries, wasm_split_path = ::leptos::wasm_split, fallible, preload(fetch_cell_entries))]
fn cell_entries(dataset: Arc<Dataset>, entries: Vec<EntryRef>) -> Result<AnyView, Unavailable> {
    Ok(cell_entries_view(dataset, entries))
}

/// A chosen matrix cell's entries once their chunk is here ("Loading…" meanwhile).
#[cfg(feature = "split")]
pub fn cell_entries_of(dataset: Arc<Dataset>, entries: Vec<EntryRef>) -> AnyView {
    when_here(
        |m| m.part_loading,
        move || ready_now(cell_entries(dataset.clone(), entries.clone())),
        fetch_cell_entries,
    )
}
