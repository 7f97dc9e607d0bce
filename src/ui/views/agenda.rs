//! The agenda: upcoming dialogues, then past ones, each with everything known about it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::context::{use_ids, use_selection};
use crate::ui::labels::{dialogue_name, page_state};
use crate::ui::widgets::dialogue::card;
use crate::ui::widgets::entry::DialogueName;
use crate::ui::widgets::paging::{Paging, ShowMore};

/// Dialogues drawn at first in each part of the agenda, and added by each "Show more".
const DIALOGUES_PER_STEP: usize = 10;
use crate::core::agenda::Agenda;
use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::url_state::View;
use crate::ui::i18n::use_messages;
use crate::ui::widgets::link::Link;

#[component]
pub fn AgendaView(dataset: Arc<Dataset>, today: PartialDate) -> impl IntoView {
    let m = use_messages();
    let ids = use_ids();
    let upcoming_id = ids.id("agenda-upcoming");
    let past_id = ids.id("agenda-past");
    let selection = use_selection();
    let upcoming_paging = Paging::new(DIALOGUES_PER_STEP);
    let past_paging = Paging::new(DIALOGUES_PER_STEP);
    // Each part's dialogues by index: the cards are a keyed list, so that a change of the
    // filters only builds the cards that come into view.
    let parts = {
        let dataset = dataset.clone();
        Memo::new(move |_| selection.with(|s| Agenda::split_indexes(&dataset, &s.dialogues, today)))
    };
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
        let latest = {
            let dataset = dataset.clone();
            move || {
                let d = &dataset.dialogues[parts.with(|(_, p)| p.first().copied())? as usize];
                // A date that ends with an abbreviation ("2025 г.") ends the sentence itself.
                let stop = if dialogue_name(&dataset, d).ends_with('.') {
                    ""
                } else {
                    m.full_stop
                };
                let (for_name, owned) = (dataset.clone(), d.clone());
                Some(view! {
                    {m.word_space} {m.latest_was} {m.word_space}
                    <Link to=page_state(View::Dialogue(d.id.clone()))>
                        <DialogueName dataset=for_name dialogue=owned />
                    </Link>
                    {stop}
                })
            }
        };
        let note = move || {
            empty().then(|| {
                if upcoming {
                    view! { <p class="dx-empty-note dx-nothing-upcoming">{m.nothing_upcoming} {latest.clone()}</p> }
                        .into_any()
                } else {
                    view! { <p class="dx-empty-note">{m.nothing_past}</p> }.into_any()
                }
            })
        };
        let card_of = {
            let dataset = dataset.clone();
            move |i: u32| card(&dataset, &dataset.dialogues[i as usize], today)
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
    view! {
        <div class="dx-agenda">
            <section class="dx-agenda-upcoming" aria-labelledby=upcoming_id.clone()>
                <h2 id=upcoming_id.clone() class="dx-section-title">{m.agenda_upcoming}</h2>
                {part(true, upcoming_paging)}
            </section>
            <section class="dx-agenda-past" aria-labelledby=past_id.clone()>
                <h2 id=past_id.clone() class="dx-section-title">{m.agenda_past}</h2>
                {part(false, past_paging)}
            </section>
        </div>
    }
}
