//! One dialogue on a page of its own.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::ui::format::short_date;
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::labels::{dialogue_name, group_names, groups_lang};
use crate::ui::widgets::dialogue::{brief_links, DialogueDetails};
use crate::ui::widgets::files::calendar_button;
use crate::ui::widgets::link::BackLink;
use crate::ui::widgets::star::{StarButton, Starred};

#[component]
pub fn DialoguePage(dataset: Arc<Dataset>, id: String, today: PartialDate) -> impl IntoView {
    let m = use_messages();
    let Some(dialogue) = dataset.dialogue(&id).cloned() else {
        return ().into_any();
    };
    let title = group_names(&dataset, &dialogue);
    let name = dialogue_name(&dataset, &dialogue);
    let date = dialogue.date.map(|d| short_date(d, use_lang().code()));
    let dialogue_id = dialogue.id.clone();
    view! {
        <article class="dx-page dx-dialogue-page" data-dialogue=dialogue_id>
            <BackLink dataset=dataset.clone() />
            <div class="dx-card-head">
                <h2 class="dx-page-title" tabindex="-1">
                    <span lang=groups_lang(&dataset, &dialogue)>{title}</span>
                    {date.map(|d| view! { <span class="dx-muted">{m.comma} {d}</span> })}
                </h2>
                <StarButton kind=Starred::Dialogue id=dialogue.id.clone() label=(m.star_dialogue)(&name) name=name.clone() />
                {calendar_button(&dataset, &dialogue)}
            </div>
            {brief_links(&dataset, &dialogue)}
            <DialogueDetails dataset=dataset.clone() dialogue today />
        </article>
    }
    .into_any()
}
