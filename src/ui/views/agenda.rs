//! The agenda: upcoming dialogues, then past ones, each with everything known about it.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::agenda::{matching_entries, nothing_upcoming, Agenda, NothingUpcoming};
use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::query::{hit_at, Status};
use crate::core::summary::{announcements, data_as_of};
use crate::core::url_state::View;
use crate::ui::context::{use_explorer, use_ids, use_selection};
use crate::ui::format::{list_joints, plain_date};
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::labels::{dialogue_name, page_state};
use crate::ui::widgets::dialogue::card;
use crate::ui::widgets::empty::EmptyResult;
use crate::ui::widgets::entry::DialogueName;
use crate::ui::widgets::link::Link;
use crate::ui::widgets::paging::{Paging, ShowMore};
use crate::ui::widgets::text::SourceLink;

/// Dialogues drawn at first in each part of the agenda, and added by each "Show more".
const DIALOGUES_PER_STEP: usize = 10;

#[component]
pub fn AgendaView(dataset: Arc<Dataset>, today: PartialDate) -> impl IntoView {
    let m = use_messages();
    let ids = use_ids();
    let upcoming_id = ids.id("agenda-upcoming");
    let past_id = ids.id("agenda-past");
    let selection = use_selection();
    let filters = use_explorer().filters;
    let upcoming_paging = Paging::new(DIALOGUES_PER_STEP);
    let past_paging = Paging::new(DIALOGUES_PER_STEP);
    // Each part's dialogues by index: the cards are a keyed list, so that a change of the
    // filters only builds the cards that come into view.
    let parts = {
        let dataset = dataset.clone();
        Memo::new(move |_| selection.with(|s| Agenda::split_indexes(&dataset, &s.dialogues, today)))
    };
    // Under a theme, a kind or a search, the entries of each dialogue that match: its card
    // lists those (a card kept between changes follows them).
    let matching = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            let filters = filters.get();
            selection.with(|s| {
                matching_entries(s, &filters).map(|by_dialogue| {
                    by_dialogue
                        .into_iter()
                        .map(|(d, refs)| {
                            let ids: Vec<String> = refs
                                .iter()
                                .map(|r| hit_at(&dataset, *r).entry.id.clone())
                                .collect();
                            (d, ids)
                        })
                        .collect::<HashMap<u32, Vec<String>>>()
                })
            })
        })
    };
    // Said of the whole record, whatever the filters: there is nothing upcoming at all (then
    // with the date of the data, the record's latest dialogue and where the next are
    // announced), or the filters hide what is upcoming.
    let when_empty = nothing_upcoming(&dataset, today);
    let part = move |upcoming: bool, paging: Paging| {
        let dataset = dataset.clone();
        let shown = Memo::new(move |_| {
            parts.with(|(u, p)| {
                let list = if upcoming { u } else { p };
                list.iter()
                    .take(paging.shown.get())
                    .copied()
                    .collect::<Vec<u32>>()
            })
        });
        let total = move || parts.with(|(u, p)| if upcoming { u.len() } else { p.len() });
        let empty = move || shown.with(Vec::is_empty);
        let note = {
            let dataset = dataset.clone();
            let when_empty = when_empty.clone();
            move || {
                empty().then(|| {
                    if !upcoming {
                        return view! { <p class="dx-empty-note">{m.nothing_past}</p> }.into_any();
                    }
                    match &when_empty {
                        NothingUpcoming::NoneMatch { .. } => view! {
                            <p class="dx-empty-note dx-nothing-upcoming dx-none-match">{m.none_upcoming_match}</p>
                        }
                        .into_any(),
                        NothingUpcoming::InRecord { latest } => {
                            nothing_in_record(&dataset, latest).into_any()
                        }
                    }
                })
            }
        };
        let card_of = {
            let dataset = dataset.clone();
            move |i: u32| {
                // A memo: a card whose matching entries stay the same is not touched.
                let mine = Memo::new(move |_| {
                    matching.with(|m| m.as_ref().map(|m| m.get(&i).cloned().unwrap_or_default()))
                });
                card(
                    &dataset,
                    &dataset.dialogues[i as usize],
                    today,
                    Some(mine.into()),
                )
            }
        };
        view! {
            {note}
            <ol class="dx-cards" hidden=empty>
                <For each=move || shown.get() key=|i| *i children=card_of />
            </ol>
            {move || {
                paging.shown.track();
                let total = total();
                view! { <ShowMore paging total /> }
            }}
        }
    };
    // A part the status filter excludes is left out, heading and all: under "upcoming only"
    // there is no "Past" to say that nothing past matches.
    let admits = move |status: Status| filters.with(|f| f.admits(status));
    let nothing = Signal::derive(move || selection.with(|s| s.has_no_dialogue()));
    view! {
        <div class="dx-agenda">
            <EmptyResult when=nothing />
            <section class="dx-agenda-upcoming" aria-labelledby=upcoming_id.clone()
                hidden=move || !admits(Status::Upcoming)>
                <h2 id=upcoming_id.clone() class="dx-section-title">{m.agenda_upcoming}</h2>
                {part(true, upcoming_paging)}
            </section>
            <section class="dx-agenda-past" aria-labelledby=past_id.clone()
                hidden=move || !admits(Status::Past)>
                <h2 id=past_id.clone() class="dx-section-title">{m.agenda_past}</h2>
                {part(false, past_paging)}
            </section>
        </div>
    }
}

/// No dialogue of the record is upcoming: said with the date of the data, then the record's
/// latest dialogue (or dialogues, when their dates cannot order them), then where the next ones
/// are announced, so that the reader is not left at a dead end.
fn nothing_in_record(dataset: &Arc<Dataset>, latest: &[u32]) -> impl IntoView {
    let m = use_messages();
    let lang = use_lang().code();
    let said = match data_as_of(dataset) {
        Some(date) => (m.nothing_upcoming_as_of)(&plain_date(date, lang)),
        None => m.nothing_upcoming.to_string(),
    };
    let latest = (!latest.is_empty()).then(|| {
        let lead = if latest.len() == 1 {
            m.latest_was
        } else {
            m.latest_were
        };
        // The words between the links, as the language joins a list ("A and B").
        let joints = list_joints(latest.len(), lang);
        let last = &dataset.dialogues[*latest.last().unwrap_or(&0) as usize];
        // A date that ends with an abbreviation ("2025 г.") ends the sentence itself.
        let ends_itself = dialogue_name(dataset, last).ends_with('.');
        let stop = if ends_itself && joints.last().is_none_or(String::is_empty) {
            ""
        } else {
            m.full_stop
        };
        let links = latest
            .iter()
            .zip(&joints)
            .map(|(i, before)| {
                let d = &dataset.dialogues[*i as usize];
                let (for_name, owned) = (dataset.clone(), d.clone());
                view! {
                    {before.clone()}
                    <Link to=page_state(View::Dialogue(d.id.clone()))>
                        <DialogueName dataset=for_name dialogue=owned />
                    </Link>
                }
            })
            .collect_view();
        let after = joints.last().cloned().unwrap_or_default();
        view! {
            {m.word_space} {lead} {m.word_space}
            {links}
            {after}
            {stop}
        }
    });
    let announced = announcements(dataset).map(|(source, _)| {
        let source = source.clone();
        view! {
            <p class="dx-empty-note dx-announced">
                {m.announced_at} {m.word_space} <SourceLink source />
            </p>
        }
    });
    view! {
        <p class="dx-empty-note dx-nothing-upcoming">{said} {latest}</p>
        {announced}
    }
}
