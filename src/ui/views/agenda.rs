//! The agenda: upcoming dialogues, then past ones, each with everything known about it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::context::{use_ids, use_selection};
use crate::ui::labels::{dialogue_name, page_state};
use crate::ui::widgets::dialogue::card;
use crate::ui::widgets::entry::DialogueName;
use crate::ui::widgets::paging::{Paging, ShowMore};

/// Dialogues drawn at first in each part of the agenda, and added by each "Show more".
const DIALOGUES_PER_STEP: usize = 20;
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
    move || {
        let outcome = selection.with(|s| s.outcome(&dataset));
        let mut agenda = Agenda::split(&outcome.dialogues, today);
        let (upcoming_total, past_total) = (agenda.upcoming.len(), agenda.past.len());
        agenda.upcoming.truncate(upcoming_paging.shown.get());
        agenda.past.truncate(past_paging.shown.get());
        let upcoming = if agenda.upcoming.is_empty() {
            let latest = agenda.latest_past().map(|d| {
                // A date that ends with an abbreviation ("2025 г.") ends the sentence itself.
                let stop = if dialogue_name(&dataset, d).ends_with('.') {
                    ""
                } else {
                    m.full_stop
                };
                let for_name = dataset.clone();
                let owned = d.clone();
                view! {
                    {m.word_space} {m.latest_was} {m.word_space}
                    <Link to=page_state(View::Dialogue(d.id.clone()))>
                        <DialogueName dataset=for_name dialogue=owned />
                    </Link>
                    {stop}
                }
            });
            view! { <p class="dx-empty-note dx-nothing-upcoming">{m.nothing_upcoming} {latest}</p> }
                .into_any()
        } else {
            let cards = agenda
                .upcoming
                .iter()
                .map(|d| card(&dataset, d, today))
                .collect_view();
            view! {
                <ol class="dx-cards">{cards}</ol>
                <ShowMore paging=upcoming_paging total=upcoming_total />
            }
            .into_any()
        };
        let past = if agenda.past.is_empty() {
            view! { <p class="dx-empty-note">{m.nothing_past}</p> }.into_any()
        } else {
            let cards = agenda
                .past
                .iter()
                .map(|d| card(&dataset, d, today))
                .collect_view();
            view! {
                <ol class="dx-cards">{cards}</ol>
                <ShowMore paging=past_paging total=past_total />
            }
            .into_any()
        };
        view! {
            <div class="dx-agenda">
                <section class="dx-agenda-upcoming" aria-labelledby=upcoming_id.clone()>
                    <h2 id=upcoming_id.clone() class="dx-section-title">{m.agenda_upcoming}</h2>
                    {upcoming}
                </section>
                <section class="dx-agenda-past" aria-labelledby=past_id.clone()>
                    <h2 id=past_id.clone() class="dx-section-title">{m.agenda_past}</h2>
                    {past}
                </section>
            </div>
        }
    }
}
