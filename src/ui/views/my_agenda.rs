//! My agenda: the reader's stars, and the offer of a shared link's.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::messages::{shortened, Messages};
use crate::core::query::in_date_order;
use crate::core::stars::Stars;
use crate::core::url_state::View;
use crate::ui::context::use_nav;
use crate::ui::context::use_stars;
use crate::ui::context::{use_ids, use_links};
use crate::ui::i18n::{use_lang, use_messages};
use crate::ui::labels::dialogue_name;
use crate::ui::stars::StarNotice;
use crate::ui::widgets::copy::{can_share, copy_text, share, Shared};
use crate::ui::widgets::dialogue::card;
use crate::ui::widgets::entry::{EntryList, Listed};
use crate::ui::widgets::files::save_calendar;

/// What a shared link holds, by name: its dialogues (in date order), then its entries.
fn shared_names(dataset: &Dataset, stars: &Stars) -> Vec<String> {
    let lang = use_lang().code();
    let dialogues = in_date_order(dataset)
        .into_iter()
        .filter(|d| stars.dialogues.contains(&d.id))
        .map(|d| dialogue_name(dataset, d));
    let entries = stars
        .entries
        .iter()
        .filter_map(|id| dataset.entry(id))
        .map(|(_, e, _)| shortened(e.text.get(lang).0, 80));
    dialogues.chain(entries).collect()
}

/// "2 items of this shared link are no longer in the dataset: tip-2019, e.tip-2019-topic-1."
fn missing_note(m: &'static Messages, missing: &[String]) -> Option<impl IntoView> {
    (!missing.is_empty()).then(|| {
        view! { <p class="dx-shared-missing">{(m.shared_missing)(missing.len(), &missing.join(", "))}</p> }
    })
}

/// The offer made by a shared link: what it holds (and what of it the dataset no longer
/// has), then view it, add it, or leave it.
#[component]
pub fn SharedOffer(dataset: Arc<Dataset>) -> impl IntoView {
    let m = use_messages();
    let nav = use_nav();
    let store = use_stars();
    move || {
        let shared = nav.state.with(|s| s.shared.clone())?;
        let all = Stars::from_share(&shared);
        let missing = all.missing_in(&dataset);
        let (shared, _) = all.known_in(&dataset);
        let names = shared_names(&dataset, &shared);
        let viewing = nav.state.with(|s| s.view == View::Mine);
        let new = store.stars.with(|mine| mine.new_in(&shared));
        let merge = {
            let shared = shared.clone();
            move |_| {
                store.change(|mine| mine.merge(&shared));
                store.notice.set(Some(StarNotice::Merged(new)));
                nav.update(|s| s.shared = None);
            }
        };
        let text = if viewing {
            m.shared_viewing.to_string()
        } else {
            (m.shared_offer)(shared.dialogues.len(), shared.entries.len())
        };
        Some(view! {
            <div class="dx-shared-offer" role="region" aria-label=m.share_mine>
                <p>{text}</p>
                {(!names.is_empty()).then(|| view! {
                    <p class="dx-shared-heading">{m.shared_items}</p>
                    <ul class="dx-shared-list">
                        {names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                })}
                {missing_note(m, &missing)}
                <div class="dx-button-row">
                    {(!viewing).then(|| view! {
                        <button type="button" class="dx-small-button"
                            on:click=move |_| nav.update(|s| s.view = View::Mine)>
                            {m.shared_view}
                        </button>
                    })}
                    <button type="button" class="dx-small-button" on:click=merge disabled=new == 0>
                        {(m.shared_merge)(new)}
                    </button>
                    <button type="button" class="dx-small-button"
                        on:click=move |_| nav.update(|s| s.shared = None)>
                        {if viewing { m.shared_back } else { m.shared_dismiss }}
                    </button>
                </div>
            </div>
        })
    }
}

/// My agenda: the starred dialogues as agenda cards, then the starred entries; or, when a
/// shared link is being viewed, that link's.
#[component]
pub fn MyAgenda(dataset: Arc<Dataset>, today: PartialDate) -> impl IntoView {
    let m = use_messages();
    let nav = use_nav();
    let store = use_stars();
    let ids = use_ids();
    let share_id = ids.id("share-link");
    let share_open = RwSignal::new(false);
    let said = RwSignal::new(String::new());
    // "Copied" beside the copy button.
    let copied = RwSignal::new(String::new());
    let links = use_links();

    move || {
        let shared = nav.state.with(|s| s.shared.clone());
        let viewing_shared = shared.is_some();
        let stars = match &shared {
            Some(value) => Stars::from_share(value),
            None => store.stars.get(),
        };
        let (stars, unknown) = stars.known_in(&dataset);
        // What of the stars the dataset no longer holds: by id for a shared link (the shared
        // offer above says so), counted for the reader's own.
        let unknown_note = (unknown > 0 && !viewing_shared)
            .then(|| view! { <p class="dx-muted">{(m.stars_unknown)(unknown)}</p> });
        if stars.is_empty() {
            return match (viewing_shared, unknown > 0) {
                // A shared link whose items are all gone: the offer names them.
                (true, true) => ().into_any(),
                (false, true) => unknown_note.into_any(),
                _ => view! { <p class="dx-empty-note dx-mine-empty">{m.mine_empty}</p> }.into_any(),
            };
        }
        let dialogues: Vec<_> = in_date_order(&dataset)
            .into_iter()
            .filter(|d| stars.dialogues.contains(&d.id))
            .collect();
        let cards = dialogues
            .iter()
            .map(|d| card(&dataset, d, today, None))
            .collect_view();
        let entries = Listed::by_ids(&dataset, &stars.entries);
        let calendar = {
            let dataset = dataset.clone();
            // The starred dialogues and those of the starred entries.
            let dialogues: Vec<_> = stars
                .calendar_dialogues(&dataset)
                .into_iter()
                .cloned()
                .collect();
            move |ev: leptos::ev::MouseEvent| {
                use wasm_bindgen::JsCast;
                let Some(near) = ev
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                else {
                    return;
                };
                let refs: Vec<_> = dialogues.iter().collect();
                said.set(save_calendar(&near, &dataset, &refs, "my-dialogues.ics"));
            }
        };
        let share_link = {
            let mut state = crate::core::url_state::UrlState {
                view: View::Mine,
                ..Default::default()
            };
            state.shared = Some(stars.to_share());
            crate::core::export::app_link(&links.base, &state.to_query(""))
        };
        let copy = {
            let link = share_link.clone();
            move |ev: leptos::ev::MouseEvent| {
                use wasm_bindgen::JsCast;
                let Some(button) = ev
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                else {
                    return;
                };
                let link = link.clone();
                // Said only once the browser has done it: it may refuse (no permission).
                leptos::task::spawn_local(async move {
                    let done = copy_text(&link, &button).await;
                    // The view may be gone by now (try_set does nothing then).
                    copied.try_set(if done { m.copied } else { m.copy_failed }.to_string());
                });
            }
        };
        // The system's share sheet where there is one (phones); the box with the link and
        // "Copy the link" opens in any case, as the fallback and for those who want the link.
        let open_share = {
            let link = share_link.clone();
            move |_| {
                let opening = !share_open.get_untracked();
                share_open.set(opening);
                copied.set(String::new());
                if opening && can_share() {
                    let link = link.clone();
                    leptos::task::spawn_local(async move {
                        if share(m.share_title, &link).await == Shared::Done {
                            said.try_set(m.shared_done.to_string());
                        }
                    });
                }
            }
        };
        let share_id = share_id.clone();
        view! {
            <div class="dx-mine">
                <div class="dx-button-row">
                    <button type="button" class="dx-small-button" data-export="ics-mine" on:click=calendar>
                        {m.download_ics}
                    </button>
                    {(!viewing_shared).then(|| view! {
                        <button type="button" class="dx-small-button dx-share"
                            aria-expanded=move || if share_open.get() { "true" } else { "false" }
                            on:click=open_share.clone()>
                            {m.share_mine}
                        </button>
                    })}
                </div>
                <p class="dx-said" role="status">{move || said.get()}</p>
                {move || share_open.get().then(|| {
                    let link = share_link.clone();
                    let copy = copy.clone();
                    view! {
                        <div class="dx-share-box">
                            <label for=share_id.clone()>{m.share_link_label}</label>
                            <input id=share_id.clone() class="dx-input dx-share-link" type="text" readonly value=link />
                            <div class="dx-share-row">
                                <button type="button" class="dx-small-button dx-copy-link" on:click=copy>{m.copy_link}</button>
                                <span class="dx-said-inline dx-copied" role="status">{move || copied.get()}</span>
                            </div>
                        </div>
                    }
                })}
                {unknown_note}
                {(!dialogues.is_empty()).then(|| view! {
                    <h2 class="dx-section-title">{m.mine_dialogues}</h2>
                    <ol class="dx-cards">{cards}</ol>
                })}
                {(!stars.entries.is_empty()).then(|| view! {
                    <h2 class="dx-section-title">{m.mine_entries}</h2>
                    <EntryList dataset=dataset.clone() items=entries with_dialogue=true />
                })}
            </div>
        }
        .into_any()
    }
}
