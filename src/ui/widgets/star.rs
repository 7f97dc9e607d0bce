//! The ☆ button that stars a dialogue or an entry.

use leptos::prelude::*;

use crate::ui::context::{use_announcer, use_stars};
use crate::ui::i18n::use_messages;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Starred {
    Dialogue,
    Entry,
}

/// ☆ Star / ★ Star: a toggle button with a visible word and a tooltip, its state in
/// `aria-pressed`. The button is drawn for every entry on screen, so it keeps to one reactive
/// binding (`aria-pressed`): the glyph and the colour follow that attribute in the stylesheet.
/// `name` is what the live region says was starred or removed.
#[component]
pub fn StarButton(kind: Starred, id: String, label: String, name: String) -> impl IntoView {
    let store = use_stars();
    let m = use_messages();
    let announcer = use_announcer();
    let on = {
        let id = id.clone();
        move || {
            store.stars.with(|s| match kind {
                Starred::Dialogue => s.dialogues.contains(&id),
                Starred::Entry => s.entries.contains(&id),
            })
        }
    };
    let title = label.clone();
    view! {
        <button
            type="button"
            class="dx-star"
            aria-pressed=move || if on() { "true" } else { "false" }
            aria-label=label
            title=title
            data-star=id.clone()
            on:click=move |_| {
                let mut now_on = false;
                store.change(|s| {
                    match kind {
                        Starred::Dialogue => s.toggle_dialogue(&id),
                        Starred::Entry => s.toggle_entry(&id),
                    }
                    now_on = s.holds(&id);
                });
                if let Some(announcer) = announcer {
                    let said = if now_on { m.starred_said } else { m.unstarred_said };
                    announcer.say(said(&name));
                }
            }
        >
            <span class="dx-star-glyph" aria-hidden="true"></span>
            <span class="dx-star-word" aria-hidden="true">{m.star_button}</span>
        </button>
    }
}
