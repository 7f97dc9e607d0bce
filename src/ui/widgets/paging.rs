//! Long lists drawn a part at a time.

use leptos::prelude::*;

use crate::ui::context::use_selection;
use crate::ui::i18n::use_messages;

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
