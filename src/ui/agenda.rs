//! The agenda: upcoming dialogues, then past ones, each with everything known about it.

use std::sync::Arc;

use leptos::prelude::*;

use super::common::{
    dialogue_name, group_names, groups_lang, page_state, use_ids, use_selection, DialogueName,
    Paging, ShowMore,
};

/// Dialogues drawn at first in each part of the agenda, and added by each "Show more".
const DIALOGUES_PER_STEP: usize = 20;
use super::dialogue_page::DialogueDetails;
use super::download::CalendarButton;
use super::i18n::use_messages;
use super::nav::Link;
use super::stars::{StarButton, Starred};
use crate::core::agenda::Agenda;
use crate::core::dataset::{Dataset, Dialogue};
use crate::core::date::PartialDate;
use crate::core::url_state::View;

/// One dialogue in a list of cards (the agenda, My agenda).
pub(super) fn card(
    dataset: &Arc<Dataset>,
    dialogue: &Dialogue,
    today: PartialDate,
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
                        <Link to=page_state(View::Dialogue(dialogue.id.clone()))>
                            <span lang=title_lang>{title}</span>
                        </Link>
                    </h3>
                    <StarButton kind=Starred::Dialogue id=dialogue.id.clone() label=(m.star_dialogue)(&name) />
                    <CalendarButton dataset=dataset.clone() dialogue=dialogue.clone() />
                </div>
                <DialogueDetails dataset=dataset.clone() dialogue=dialogue.clone() today />
            </article>
        </li>
    }
}

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
