//! Small pieces shared by several views.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use super::format::short_date;
use super::i18n::{use_lang, use_messages};
use super::nav::{use_nav, Link};
use super::stars::{StarButton, Starred};
use crate::core::dataset::{Dataset, Dialogue, Entry, Text};
use crate::core::query::{EntryKind, Hit, Selection};
use crate::core::search::Query;
use crate::core::url_state::{UrlState, View};

/// Element ids unique to one instance of the app, so that several can share a page.
#[derive(Clone)]
pub struct Ids(Arc<str>);

impl Ids {
    pub fn new() -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(1);
        Ids(format!("dx{}", NEXT.fetch_add(1, Ordering::Relaxed)).into())
    }

    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.0)
    }
}

impl Default for Ids {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_ids() -> Ids {
    expect_context::<Ids>()
}

/// Text from the dataset, marked with its language when it is not the page's.
#[component]
pub fn DataText(text: Text) -> impl IntoView {
    let (value, lang) = text.get(use_lang());
    let lang = (lang != use_lang()).then(|| lang.to_string());
    view! { <span lang=lang>{value.to_string()}</span> }
}

/// Text with the words of a search marked; built as text nodes, never as HTML.
#[component]
pub fn Highlighted(text: String, query: Query) -> impl IntoView {
    query
        .highlight(&text)
        .into_iter()
        .map(|(run, marked)| {
            if marked {
                view! { <mark class="dx-mark">{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
}

/// "Trafficking in Persons & Smuggling of Migrants".
pub fn group_names(dataset: &Dataset, dialogue: &Dialogue) -> String {
    dialogue
        .working_groups
        .iter()
        .filter_map(|id| dataset.working_group(id))
        .map(|w| w.short_name.get(use_lang()).0.to_string())
        .collect::<Vec<_>>()
        .join(" & ")
}

/// The language the working-group names of a dialogue are shown in, when not the reader's.
pub fn groups_lang(dataset: &Dataset, dialogue: &Dialogue) -> Option<String> {
    dialogue
        .working_groups
        .iter()
        .filter_map(|id| dataset.working_group(id))
        .find_map(|w| data_lang(&w.short_name))
}

fn dialogue_date(dialogue: &Dialogue) -> String {
    dialogue
        .date
        .map(|d| short_date(d, use_lang()))
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

/// A message with a dataset text inside it, the text marked with its own language.
/// `message` is called with a marker where the text goes.
pub fn with_data(message: impl FnOnce(&str) -> String, text: &Text) -> impl IntoView {
    const MARK: &str = "\u{e000}";
    let whole = message(MARK);
    let (before, after) = whole.split_once(MARK).unwrap_or((whole.as_str(), ""));
    let value = text.get(use_lang()).0.to_string();
    view! {
        {before.to_string()}
        <span lang=data_lang(text)>{value}</span>
        {after.to_string()}
    }
}

/// The language of a dataset text as shown: `Some("en")` when the reader's language has no
/// translation of it, so that screen readers pronounce the English as English.
pub fn data_lang(text: &Text) -> Option<String> {
    let ui = use_lang();
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
        .map(|t| t.label.get(use_lang()).0.to_string())
        .unwrap_or_else(|| id.to_string())
}

/// What the filters select, computed once per change by the explorer and read by every view.
#[derive(Clone, Copy)]
pub struct SelectionMemo(pub Memo<Selection>);

pub fn use_selection() -> Memo<Selection> {
    expect_context::<SelectionMemo>().0
}

/// How much of a long list is drawn at first: a few screens' worth, so that the page stays small
/// at any size of the dataset. `ShowMore` adds as much again.
#[derive(Clone, Copy)]
pub struct Paging {
    pub shown: RwSignal<usize>,
    pub step: usize,
}

impl Paging {
    /// Starts at `step` items, and again whenever the selection changes.
    pub fn new(step: usize) -> Paging {
        let shown = RwSignal::new(step);
        let selection = use_selection();
        Effect::new(move |previous: Option<()>| {
            selection.track();
            if previous.is_some() {
                shown.set(step);
            }
        });
        Paging { shown, step }
    }
}

/// The button under a list cut short, with how many it adds and how many are not shown yet.
#[component]
pub fn ShowMore(paging: Paging, total: usize) -> impl IntoView {
    let m = use_messages();
    let shown = paging.shown.get_untracked();
    (total > shown).then(|| {
        let rest = total - shown;
        view! {
            <p class="dx-show-more">
                <button
                    type="button"
                    class="dx-button"
                    on:click=move |_| paging.shown.update(|n| *n += paging.step)
                >
                    {(m.show_more)(rest.min(paging.step), rest)}
                </button>
            </p>
        }
    })
}

/// A state showing one page, keeping the filters so that Back and the tabs return to them.
pub fn page_state(view: View) -> UrlState {
    use_nav().state.with_untracked(|state| state.at(view))
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
                            <Link to=page_state(View::Theme(id)) class="dx-tag">
                                <span lang=lang>{label}</span>
                            </Link>
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
    agenda: bool,
    #[prop(optional)] query: Query,
    /// Also name the dialogue (in lists that mix dialogues).
    #[prop(into, default = None)]
    dialogue: Option<Dialogue>,
) -> impl IntoView {
    let m = use_messages();
    let source = dataset.source(&entry.source).cloned();
    let (text, lang) = entry.text.get(use_lang());
    let star_label = (m.star_entry)(text);
    let text_lang = (lang != use_lang()).then(|| lang.to_string());
    let dataset_for_name = dataset.clone();
    let dialogue_link = dialogue.map(|d| {
        let to = page_state(View::Dialogue(d.id.clone()));
        view! {
            <Link to class="dx-entry-dialogue">
                <DialogueName dataset=dataset_for_name dialogue=d />
            </Link>
        }
    });
    view! {
        <article class="dx-entry" data-entry=entry.id.clone()>
            <p class="dx-entry-meta">
                <span class=if agenda { "dx-kind dx-kind-agenda" } else { "dx-kind dx-kind-topic" }>
                    {(m.entry_kind)(agenda)}
                </span>
                {dialogue_link}
                <StarButton kind=Starred::Entry id=entry.id.clone() label=star_label />
            </p>
            <p class="dx-entry-text" lang=text_lang>
                <Highlighted text=text.to_string() query=query />
            </p>
            <ThemeTags dataset=dataset.clone() themes=entry.themes.clone() />
            {source.map(|s| view! { <p class="dx-entry-source">{m.source_label} <SourceLink source=s /></p> })}
        </article>
    }
}

/// An entry to list, with its dialogue.
#[derive(Clone)]
pub struct Listed {
    pub dialogue: Dialogue,
    pub entry: Entry,
    pub agenda: bool,
}

impl Listed {
    pub fn of_hit(hit: &Hit) -> Self {
        Listed {
            dialogue: hit.dialogue.clone(),
            entry: hit.entry.clone(),
            agenda: hit.kind == EntryKind::AgendaItem,
        }
    }

    /// The entries with these ids, in the order given (unknown ids are skipped).
    pub fn by_ids<'a>(dataset: &Dataset, ids: impl IntoIterator<Item = &'a String>) -> Vec<Self> {
        ids.into_iter()
            .filter_map(|id| dataset.entry(id))
            .map(|(dialogue, entry, agenda)| Listed {
                dialogue: dialogue.clone(),
                entry: entry.clone(),
                agenda,
            })
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
            let dialogue = with_dialogue.then_some(item.dialogue);
            view! {
                <li>
                    <EntryView
                        dataset=dataset.clone()
                        entry=item.entry
                        agenda=item.agenda
                        query=query.clone()
                        dialogue
                    />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="dx-entries">{items}</ul> }
}

/// A source by its publisher and title, linked when it has an address.
#[component]
pub fn SourceLink(source: crate::core::dataset::Source) -> impl IntoView {
    let label = format!(
        "{}: {}",
        source.publisher.get(use_lang()).0,
        source.title.get(use_lang()).0
    );
    let lang = data_lang(&source.title);
    match source.url {
        Some(url) => view! {
            <a class="dx-source" href=url rel="noopener noreferrer" target="_blank" lang=lang>{label}</a>
        }
        .into_any(),
        None => view! { <span class="dx-source" lang=lang>{label}</span> }.into_any(),
    }
}
