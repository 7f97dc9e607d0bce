//! Stars and My agenda: what the reader keeps, in this browser's storage, without an account.

use std::sync::Arc;

use leptos::prelude::*;

use super::agenda::card;
use super::common::{use_ids, EntryList, Listed};
use super::download::{save_calendar, use_links};
use super::i18n::use_messages;
use super::nav::use_nav;
use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::messages::Messages;
use crate::core::query::in_date_order;
use crate::core::stars::{Stars, Stored, STORAGE_KEY};
use crate::core::url_state::View;

fn storage() -> Result<web_sys::Storage, ()> {
    // Refused storage (a sandboxed frame, blocked site data) throws: treat it as absent.
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(())
}

/// What there is to tell about keeping the stars; said in the language of the moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StarNotice {
    Unreadable(String),
    Unavailable,
    Full,
    Merged(usize),
}

impl StarNotice {
    pub fn text(&self, m: &Messages) -> String {
        match self {
            StarNotice::Unreadable(why) => (m.storage_unreadable)(why),
            StarNotice::Unavailable => m.storage_unavailable.to_string(),
            StarNotice::Full => m.storage_full.to_string(),
            StarNotice::Merged(n) => (m.merged)(*n),
        }
    }
}

/// The reader's stars, and what there is to tell about keeping them.
#[derive(Clone, Copy)]
pub struct StarStore {
    pub stars: RwSignal<Stars>,
    pub notice: RwSignal<Option<StarNotice>>,
    /// Whether storage holds what `stars` holds (false after a refused save: then the stars
    /// on screen are the ones to keep, not what storage still has).
    synced: StoredValue<bool>,
}

/// What storage holds now: the stars, or why there are none to use.
fn read_stored() -> Result<Stars, StarNotice> {
    let storage = storage().map_err(|()| StarNotice::Unavailable)?;
    let text = storage.get_item(STORAGE_KEY).ok().flatten();
    match Stars::from_storage(text.as_deref()) {
        Stored::Nothing => Ok(Stars::default()),
        Stored::Stars(stars) => Ok(stars),
        Stored::Unreadable(why) => Err(StarNotice::Unreadable(why)),
    }
}

impl StarStore {
    pub fn load() -> Self {
        let (stars, notice) = match read_stored() {
            Ok(stars) => (stars, None),
            Err(notice) => (Stars::default(), Some(notice)),
        };
        let store = StarStore {
            stars: RwSignal::new(stars),
            synced: StoredValue::new(notice.is_none()),
            notice: RwSignal::new(notice),
        };
        // Another tab of this site changed the stars: show them here too.
        let stars = store.stars;
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(STORAGE_KEY) {
                if let Ok(latest) = read_stored() {
                    stars.set(latest);
                }
            }
        });
        on_cleanup(move || handle.remove());
        store
    }

    /// Changes the stars and saves them. The change applies to what storage holds now (another
    /// tab may have starred something since), and a refused save is said while the stars stay.
    pub fn change(&self, change: impl FnOnce(&mut Stars)) {
        if self.synced.get_value() {
            if let Ok(latest) = read_stored() {
                self.stars.set(latest);
            }
        }
        self.stars.update(change);
        let text = self.stars.with_untracked(Stars::to_storage);
        let saved = storage().and_then(|s| s.set_item(STORAGE_KEY, &text).map_err(|_| ()));
        self.synced.set_value(saved.is_ok());
        if saved.is_err() {
            let notice = match storage() {
                Ok(_) => StarNotice::Full,
                Err(()) => StarNotice::Unavailable,
            };
            self.notice.set(Some(notice));
        }
    }
}

pub fn use_stars() -> StarStore {
    expect_context::<StarStore>()
}

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

/// The offer made by a shared link: view it, add it, or leave it.
#[component]
pub fn SharedOffer(dataset: Arc<Dataset>) -> impl IntoView {
    let m = use_messages();
    let nav = use_nav();
    let store = use_stars();
    move || {
        let shared = nav.state.with(|s| s.shared.clone())?;
        let (shared, _) = Stars::from_share(&shared).known_in(&dataset);
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
    let links = use_links();

    move || {
        let shared = nav.state.with(|s| s.shared.clone());
        let viewing_shared = shared.is_some();
        let stars = match &shared {
            Some(value) => Stars::from_share(value),
            None => store.stars.get(),
        };
        let (stars, unknown) = stars.known_in(&dataset);
        if stars.is_empty() {
            return view! { <p class="dx-empty-note dx-mine-empty">{m.mine_empty}</p> }.into_any();
        }
        let dialogues: Vec<_> = in_date_order(&dataset)
            .into_iter()
            .filter(|d| stars.dialogues.contains(&d.id))
            .collect();
        let cards = dialogues
            .iter()
            .map(|d| card(&dataset, d, today))
            .collect_view();
        let entries = Listed::by_ids(&dataset, &stars.entries);
        let calendar = {
            let dataset = dataset.clone();
            let dialogues: Vec<_> = dialogues.iter().map(|d| (*d).clone()).collect();
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
            move |_| {
                let Some(window) = web_sys::window() else {
                    return;
                };
                let written = window.navigator().clipboard().write_text(&link);
                // Said only once the browser has done it: it may refuse (no permission).
                leptos::task::spawn_local(async move {
                    let done = wasm_bindgen_futures::JsFuture::from(written).await;
                    said.set(
                        if done.is_ok() {
                            m.copied
                        } else {
                            m.copy_failed
                        }
                        .to_string(),
                    );
                });
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
                            on:click=move |_| share_open.update(|o| *o = !*o)>
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
                            <button type="button" class="dx-small-button" on:click=copy>{m.copy_link}</button>
                        </div>
                    }
                })}
                {(unknown > 0).then(|| view! { <p class="dx-muted">{(m.stars_unknown)(unknown)}</p> })}
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
