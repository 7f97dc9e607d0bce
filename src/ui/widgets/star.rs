//! The ☆ button that stars a dialogue or an entry.

use leptos::prelude::*;

use crate::ui::context::use_stars;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Starred {
    Dialogue,
    Entry,
}

/// ☆ / ★: a toggle button.
#[component]
pub fn StarButton(kind: Starred, id: String, label: String) -> impl IntoView {
    let store = use_stars();
    let on = {
        let id = id.clone();
        move || {
            store.stars.with(|s| match kind {
                Starred::Dialogue => s.dialogues.contains(&id),
                Starred::Entry => s.entries.contains(&id),
            })
        }
    };
    let pressed = on.clone();
    let starred = on.clone();
    view! {
        <button
            type="button"
            class="dx-star"
            class:dx-starred=starred
            aria-pressed=move || if pressed() { "true" } else { "false" }
            aria-label=label
            data-star=id.clone()
            on:click=move |_| {
                store.change(|s| match kind {
                    Starred::Dialogue => s.toggle_dialogue(&id),
                    Starred::Entry => s.toggle_entry(&id),
                })
            }
        >
            <span aria-hidden="true">{move || if on() { "★" } else { "☆" }}</span>
        </button>
    }
}
