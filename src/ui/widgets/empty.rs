//! What a view says in place of an empty result: nothing matches, with the way out in place.

use leptos::prelude::*;

use crate::ui::context::use_explorer;
use crate::ui::i18n::use_messages;

/// "Nothing matches these filters", with a Reset button (the same transition as the filters'
/// "Reset all"), shown while `when` holds. The entries, the agenda and the matrix each say it
/// where their result would be, so that an empty screen never leaves the reader to find the
/// filter panel.
#[component]
pub fn EmptyResult(#[prop(into)] when: Signal<bool>) -> impl IntoView {
    let m = use_messages();
    let nav = use_explorer().nav;
    move || {
        when.get().then(|| {
            view! {
                <div class="dx-empty-result">
                    <p class="dx-empty-note">{m.no_results}</p>
                    <button type="button" class="dx-small-button dx-empty-reset"
                        on:click=move |_| nav.update(|s| s.reset_filters())>
                        {m.reset_filters}
                    </button>
                </div>
            }
        })
    }
}
