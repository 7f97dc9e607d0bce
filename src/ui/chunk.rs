//! The loading of a split part (`--features split`, docs/size.md): what a view shows while the
//! code it needs is fetched, and when that code cannot be fetched. Used by the views' split
//! points (`on_demand.rs`) and by the pieces of the first screen that show only after a choice
//! (a matrix cell's entries, `widgets::entry::cell_entries_of`).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::core::messages::Messages;
use crate::ui::i18n::use_messages;

/// A split part could not be fetched.
pub struct Unavailable;

impl From<SplitLoaderError> for Unavailable {
    fn from(_: SplitLoaderError) -> Self {
        Unavailable
    }
}

/// A future's outcome when it is ready at its first poll: a split function's is when its chunk
/// is here. When the chunk is not here, polling starts its fetch (which `__wasm_split.js` keeps
/// to one per chunk) and the future is dropped: `when_here` waits instead.
pub fn ready_now<T>(future: impl Future<Output = Result<T, Unavailable>>) -> Option<T> {
    let mut future = std::pin::pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    match future.as_mut().poll(&mut context) {
        Poll::Ready(Ok(value)) => Some(value),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Chunk {
    Coming,
    Here,
    Missing,
}

/// What `build` makes once its chunk is here: at once when it is already, else what `loading`
/// says ("Loading this view…", "Loading…") while `fetch` brings it, or why it could not, with a way to try again. Built in this
/// closure's own scope, as a view built in place is, and untracked: it is drawn once and
/// follows its state itself.
pub fn when_here<Fetching>(
    loading: fn(&Messages) -> &'static str,
    build: impl Fn() -> Option<AnyView> + Send + Sync + 'static,
    fetch: impl Fn() -> Fetching + Send + Sync + 'static,
) -> AnyView
where
    Fetching: Future<Output = Result<(), SplitLoaderError>> + 'static,
{
    // Boxed, so that the drawing below is compiled once for every split point, not once per
    // point: it is in the first load (docs/size.md).
    let fetch: Fetch = Arc::new(move || Box::pin(fetch()));
    when_here_boxed(loading, Arc::new(build), fetch)
}

type Fetch =
    Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>> + Send + Sync>;

fn when_here_boxed(
    loading: fn(&Messages) -> &'static str,
    build: Arc<dyn Fn() -> Option<AnyView> + Send + Sync>,
    fetch: Fetch,
) -> AnyView {
    let m = use_messages();
    let chunk = RwSignal::new(Chunk::Coming);
    (move || {
        let now = chunk.get();
        if let Some(built) = untrack(|| build()) {
            return built;
        }
        // Missing, or said to have come and still not buildable: never fetch in a loop.
        if now != Chunk::Coming {
            return view! {
                <div class="dx-error dx-view-unavailable" role="alert">
                    <p class="dx-error-reason">{m.view_unavailable}</p>
                    <button type="button" class="dx-button dx-retry"
                        on:click=move |_| chunk.set(Chunk::Coming)>
                        {m.retry}
                    </button>
                </div>
            }
            .into_any();
        }
        let fetching = fetch();
        leptos::task::spawn_local(async move {
            let came = fetching.await;
            // The explorer may have gone meanwhile (try_set does nothing then).
            chunk.try_set(if came.is_ok() {
                Chunk::Here
            } else {
                Chunk::Missing
            });
        });
        view! { <p class="dx-view-loading" role="status">{loading(m)}</p> }.into_any()
    })
    .into_any()
}

/// What `build` makes once its chunk is here, and nothing until then: for a part that the
/// screen does not show (the print header, on paper only). Its fetch starts when this is drawn,
/// after the first results; a chunk that cannot be fetched leaves nothing in its place, as
/// there is nothing on screen to explain.
pub fn when_here_quietly<Fetching>(
    build: impl Fn() -> Option<AnyView> + Send + Sync + 'static,
    fetch: impl Fn() -> Fetching + Send + Sync + 'static,
) -> AnyView
where
    Fetching: Future<Output = Result<(), SplitLoaderError>> + 'static,
{
    let here = RwSignal::new(false);
    (move || {
        here.track();
        if let Some(built) = untrack(&build) {
            return Some(built);
        }
        if !here.get_untracked() {
            let fetching = fetch();
            leptos::task::spawn_local(async move {
                if fetching.await.is_ok() {
                    here.try_set(true);
                }
            });
        }
        None
    })
    .into_any()
}
