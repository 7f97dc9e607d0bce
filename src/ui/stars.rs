//! Stars: what the reader keeps, in this browser's storage, without an account.

use leptos::prelude::*;

use crate::core::messages::Messages;
use crate::core::stars::{Stars, Stored, STORAGE_KEY};

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
    /// Stars were read, beside this many saved items that were not.
    PartlyUnreadable(usize),
    Unavailable,
    Full,
    Merged(usize),
}

impl StarNotice {
    pub fn text(&self, m: &Messages) -> String {
        match self {
            StarNotice::Unreadable(why) => (m.storage_unreadable)(why),
            StarNotice::PartlyUnreadable(n) => (m.storage_partly)(*n),
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
/// What storage holds now: the stars it can read (with what there is to tell about the rest),
/// or why there are none to use.
fn read_stored() -> Result<(Stars, Option<StarNotice>), StarNotice> {
    let storage = storage().map_err(|()| StarNotice::Unavailable)?;
    let text = storage.get_item(STORAGE_KEY).ok().flatten();
    match Stars::from_storage(text.as_deref()) {
        Stored::Nothing => Ok((Stars::default(), None)),
        Stored::Stars(stars) => Ok((stars, None)),
        Stored::Partly { stars, ignored } => {
            Ok((stars, Some(StarNotice::PartlyUnreadable(ignored))))
        }
        Stored::Unreadable(why) => Err(StarNotice::Unreadable(why)),
    }
}

impl StarStore {
    pub fn load() -> Self {
        let (stars, notice, synced) = match read_stored() {
            Ok((stars, notice)) => (stars, notice, true),
            Err(notice) => (Stars::default(), Some(notice), false),
        };
        let store = StarStore {
            stars: RwSignal::new(stars),
            synced: StoredValue::new(synced),
            notice: RwSignal::new(notice),
        };
        // Another tab of this site changed the stars: show them here too.
        let stars = store.stars;
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(STORAGE_KEY) {
                if let Ok((latest, _)) = read_stored() {
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
            if let Ok((latest, _)) = read_stored() {
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
