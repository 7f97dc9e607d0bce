//! Everything known about one dialogue: the body of the dialogue page and of each agenda card.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::EntryKind;

use crate::core::dataset::{CertaintyLevel, ChairRole, Dataset, Dialogue, Format};
use crate::core::date::PartialDate;
use crate::core::export::cite;
use crate::core::messages::opens_with;
use crate::core::url_state::View;
use crate::ui::format::{long_date, relative, short_date};
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::labels::{data_lang, dialogue_name, group_names, groups_lang, page_state};
use crate::ui::widgets::copy::CiteButton;
use crate::ui::widgets::entry::EntryView;
use crate::ui::widgets::files::calendar_button;
use crate::ui::widgets::link::PageLink;
use crate::ui::widgets::star::{StarButton, Starred};
use crate::ui::widgets::text::{source_name, with_data, DataText, SourceLink};

/// The date line: "Wednesday 4 October 2023 · 2 years ago". The sources give days, not times,
/// so no time zone is named: it would only be said beside a time.
#[component]
pub fn DialogueDate(date: Option<PartialDate>, today: PartialDate) -> impl IntoView {
    let m = use_messages();
    match date {
        Some(date) => {
            let day_note = (date.day.is_none()).then(|| format!(" ({})", m.day_not_known));
            view! {
                <p class="dx-date">
                    <time datetime=date.to_string()>{long_date(date, use_lang().code())}</time>
                    {day_note}
                    <span class="dx-muted">" · " {relative(date, today, use_lang().code())}</span>
                </p>
            }
            .into_any()
        }
        None => view! { <p class="dx-date">{m.date_not_known}</p> }.into_any(),
    }
}

/// The ids of a dialogue's entries that the filters match, when they pick entries (a theme, a
/// kind, a search); None when every entry is in view.
pub type Matching = Signal<Option<Vec<String>>>;

/// The facts of a dialogue, in the order a reader preparing for the next one wants them. With
/// `matching`, the entries are those that match the filters, with how many of all they are
/// and a way to show the others (marked apart from the matching ones).
#[component]
pub fn DialogueDetails(
    dataset: Arc<Dataset>,
    dialogue: Dialogue,
    today: PartialDate,
    #[prop(optional)] matching: Option<Matching>,
) -> impl IntoView {
    let m = use_messages();
    // Looked up once: each lookup walks the owner tree, and a card says many things.
    let lang = use_lang().code();
    let d = dialogue;
    let not_known = || view! { <span class="dx-unknown">{m.not_known}</span> };
    let sessions = d
        .follows_sessions
        .iter()
        .map(|s| {
            let group = dataset
                .working_group(&s.working_group)
                .map(|w| w.name.clone())
                .unwrap_or_default();
            let dates = match (s.start, s.end) {
                (Some(a), Some(b)) => {
                    Some(format!("{} – {}", short_date(a, lang), short_date(b, lang)))
                }
                (Some(a), None) => Some(short_date(a, lang)),
                _ => None,
            };
            view! {
                <li>
                    {with_data(|g| (m.follows_session)(s.number, g), &group)}
                    {dates.map(|d| format!("{}{}", m.word_space, (m.session_dates)(&d)))}
                </li>
            }
        })
        .collect_view();

    let venue = d.venue.clone().map_or_else(
        || not_known().into_any(),
        |v| view! { <DataText text=v /> }.into_any(),
    );
    let format = d.format.map_or_else(
        || not_known().into_any(),
        |f: Format| (m.format_name)(f).into_any(),
    );
    // "not known" stands alone, never as a bare item inside a list.
    let chairs = if d.chairs.is_empty() {
        not_known().into_any()
    } else {
        let items = d
            .chairs
            .iter()
            .map(|c| {
                let name = c.name.get(lang).0.to_string();
                let country = c.country.as_ref().map(|country| {
                    let text = country.get(lang).0.to_string();
                    view! { {m.word_space} "(" <span lang=data_lang(country)>{text}</span> ")" }
                });
                let role =
                    (c.role == ChairRole::CoChair).then(|| format!("{}{}", m.comma, m.co_chair));
                view! { <li><span lang=data_lang(&c.name)>{name}</span> {country} {role}</li> }
            })
            .collect_view();
        view! { <ul class="dx-plain-list">{items}</ul> }.into_any()
    };
    let ordinals = (!d.ordinals.is_empty()).then(|| {
        let items = d
            .ordinals
            .iter()
            .map(|o| {
                let source = dataset.source(&o.reported_by).cloned();
                view! {
                    <li>
                        {with_data(|among| (m.ordinal_as)(o.value, among), &o.counted_among)}
                        {source.map(|s| view! { <span class="dx-muted">" — " {m.reported_by} {m.word_space} <SourceLink source=s /></span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="dx-fact dx-fact-wide">
                <dt>{m.ordinals_label}</dt>
                <dd><ul class="dx-plain-list">{items}</ul></dd>
            </div>
        }
    });

    // Every entry is drawn once; a change of the filters only hides, shows and marks them (and
    // the headings and the count), so that a click changes attributes, not elements.
    let entries = {
        let show_all = RwSignal::new(false);
        let total = d.agenda_items.len() + d.topics_raised.len();
        // The ids that match, when they are not every entry (then there is nothing to tell apart).
        let narrowed = Memo::new(move |_| {
            matching
                .and_then(|m| m.get())
                .filter(|ids| ids.len() < total)
        });
        let is_match = move |id: &str| {
            narrowed.with(|n| n.as_ref().is_some_and(|ids| ids.iter().any(|i| i == id)))
        };
        let part = |list: &[crate::core::dataset::Entry], kind: EntryKind, heading| {
            let ids: Vec<String> = list.iter().map(|e| e.id.clone()).collect();
            // Narrowed, a part none of whose entries is shown goes, heading and all.
            let part_hidden = move || {
                narrowed.with(|n| {
                    n.as_ref().is_some_and(|matched| {
                        let every_one_shown = show_all.get() && !ids.is_empty();
                        !every_one_shown && !ids.iter().any(|id| matched.contains(id))
                    })
                })
            };
            let body = if list.is_empty() {
                view! { <p class="dx-unknown">{m.none_recorded}</p> }.into_any()
            } else {
                let items = list
                    .iter()
                    .map(|entry| {
                        let (for_shown, for_marked) = (entry.id.clone(), entry.id.clone());
                        let hidden = move || {
                            narrowed.with(Option::is_some) && !show_all.get() && !is_match(&for_shown)
                        };
                        let marked = Memo::new(move |_| show_all.get() && is_match(&for_marked));
                        view! {
                            <li class:dx-entry-match=move || marked.get() hidden=hidden>
                                <span class="dx-match-badge" hidden=move || !marked.get()>{m.entry_matches}</span>
                                <EntryView dataset=dataset.clone() entry=entry.clone() kind />
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul class="dx-entries">{items}</ul> }.into_any()
            };
            view! {
                <div class="dx-entry-part" hidden=part_hidden>
                    <h4 class="dx-minor">{heading}</h4>
                    {body}
                </div>
            }
        };
        let count =
            move || narrowed.with(|n| n.as_ref().map(|ids| (m.entries_matching)(ids.len(), total)));
        let toggle = move || {
            let matched = narrowed.with(|n| n.as_ref().map_or(0, Vec::len));
            if show_all.get() {
                (m.show_matching_entries)(matched)
            } else {
                (m.show_all_entries)(total)
            }
        };
        view! {
            <p class="dx-matching" hidden=move || narrowed.with(Option::is_none)>
                <span class="dx-matching-count">{count}</span>
                {m.word_space}
                <button type="button" class="dx-small-button dx-show-all-entries"
                    aria-pressed=move || if show_all.get() { "true" } else { "false" }
                    on:click=move |_| show_all.update(|a| *a = !*a)>
                    {toggle}
                </button>
            </p>
            {part(&d.agenda_items, EntryKind::AgendaItem, m.agenda_items_heading)}
            {part(&d.topics_raised, EntryKind::TopicRaised, m.topics_heading)}
        }
    };

    let attendance = if d.attendance.is_empty() {
        view! { <p class="dx-attendance">{not_known()}</p> }.into_any()
    } else {
        let items = d
            .attendance
            .iter()
            .map(|a| {
                let counted = (m.counted_name)(a.counted, a.count);
                let figure = (m.attendance_figure)(a.qualifier, a.count, counted);
                let source = dataset.source(&a.reported_by).cloned();
                let citation = cite::attendance(&dataset, &d, a, m, lang, today);
                let what = figure.clone();
                view! {
                    <li>
                        <strong>{figure}</strong>
                        {source.map(|s| view! { <span class="dx-muted">" — " {m.reported_by} {m.word_space} <SourceLink source=s /></span> })}
                        " " <CiteButton citation what />
                        {a.note.clone().map(|n| view! { <br /> <span class="dx-note"><DataText text=n /></span> })}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="dx-plain-list dx-attendance">{items}</ul> }.into_any()
    };

    let certainty = {
        let level = match d.certainty.level {
            CertaintyLevel::High => "high",
            CertaintyLevel::Medium => "medium",
            CertaintyLevel::Low => "low",
        };
        let label = (m.certainty_level)(d.certainty.level);
        // A note that opens with the level ("Low: only the month is known") says it already.
        let said_in_note = d
            .certainty
            .note
            .as_ref()
            .is_some_and(|n| opens_with(n.get(lang).0, label));
        let note = d.certainty.note.clone().map(|n| {
            if said_in_note {
                view! { <span class=format!("dx-certainty dx-certainty-{level}")><DataText text=n /></span> }.into_any()
            } else {
                view! { " — " <DataText text=n /> }.into_any()
            }
        });
        view! {
            {(!said_in_note).then(|| view! { <span class=format!("dx-certainty dx-certainty-{level}")>{label}</span> })}
            {note}
        }
    };

    let sources = d
        .sources
        .iter()
        .filter_map(|id| dataset.source(id).cloned())
        .map(|s| {
            let citation = cite::source(&s, m, lang, today);
            let what = source_name(&s, lang);
            view! { <li><SourceLink source=s /> " " <CiteButton citation what /></li> }
        })
        .collect_view();

    view! {
        <DialogueDate date=d.date today />
        <ul class="dx-sessions">{sessions}</ul>
        <dl class="dx-facts">
            <div class="dx-fact"><dt>{m.venue_label}</dt><dd>{venue}</dd></div>
            <div class="dx-fact"><dt>{m.format_label}</dt><dd>{format}</dd></div>
            <div class="dx-fact"><dt>{m.chairs_label}</dt><dd>{chairs}</dd></div>
            {ordinals}
            <div class="dx-fact dx-fact-wide"><dt>{m.certainty_heading}</dt><dd>{certainty}</dd></div>
        </dl>
        {entries}
        <h4 class="dx-minor">{m.attendance_heading}</h4>
        {attendance}
        {d.notes.clone().map(|n| view! {
            <h4 class="dx-minor">{m.notes_heading}</h4>
            <p class="dx-notes"><DataText text=n /></p>
        })}
        <h4 class="dx-minor">{m.sources_heading}</h4>
        <ul class="dx-plain-list dx-sources">{sources}</ul>
    }
}

/// Links to the briefs of a dialogue's working groups, for preparing their next dialogue.
pub fn brief_links(dataset: &Dataset, dialogue: &Dialogue) -> impl IntoView {
    let b = crate::core::brief::brief_messages(use_lang());
    let links = dialogue
        .working_groups
        .iter()
        .filter_map(|id| dataset.working_group(id))
        .map(|w| {
            let label = (b.title)(w.short_name.get(use_lang().code()).0);
            let lang = data_lang(&w.short_name);
            view! {
                <PageLink to=page_state(View::Brief(w.id.clone())) class="dx-brief-link">
                    <span lang=lang>{label}</span>
                </PageLink>
            }
        })
        .collect_view();
    view! { <p class="dx-brief-links">{links}</p> }
}

/// One dialogue in a list of cards (the agenda, My agenda); `matching` as in `DialogueDetails`.
pub fn card(
    dataset: &Arc<Dataset>,
    dialogue: &Dialogue,
    today: PartialDate,
    matching: Option<Matching>,
) -> impl IntoView {
    let m = use_messages();
    let title = group_names(dataset, dialogue);
    let title_lang = groups_lang(dataset, dialogue);
    let name = dialogue_name(dataset, dialogue);
    view! {
        <li>
            <article class="dx-card" data-dialogue=dialogue.id.clone()>
                <div class="dx-card-head">
                    <h3 class="dx-subtitle">
                        <PageLink to=page_state(View::Dialogue(dialogue.id.clone()))>
                            <span lang=title_lang>{title}</span>
                        </PageLink>
                    </h3>
                    <StarButton kind=Starred::Dialogue id=dialogue.id.clone() label=(m.star_dialogue)(&name) name=name.clone() />
                    {calendar_button(dataset, dialogue)}
                </div>
                {match matching {
                    Some(matching) => view! { <DialogueDetails dataset=dataset.clone() dialogue=dialogue.clone() today matching /> }.into_any(),
                    None => view! { <DialogueDetails dataset=dataset.clone() dialogue=dialogue.clone() today /> }.into_any(),
                }}
                {brief_links(dataset, dialogue)}
            </article>
        </li>
    }
}
