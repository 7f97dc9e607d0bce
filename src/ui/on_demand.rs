//! The views that a first visit does not need, loaded when first shown.
//!
//! With the `split` feature (the release build, `scripts/build-explorer.sh`), each view but the
//! matrix is a split point: `wasm-split-cli` moves its code out of the main module into a chunk
//! of its own, which `__wasm_split.js` fetches the first time the view is shown. Meanwhile the
//! view says it is loading; a chunk that cannot be fetched (the connection dropped) is said in
//! place with a Retry button, never as a stopped module. Without the feature (`make serve`, the
//! wasm tests) every view is built in place, as one module.
//!
//! One function per view, each naming only its own component: a split function that matched on
//! the view would pull every view into one chunk.
//!
//! The languages come the same way: each language's pack but English's (`core::messages::packs`)
//! is a split point of its own, fetched before the explorer is drawn in it (`fetch_language`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::Dataset;
use crate::core::date::PartialDate;
use crate::core::messages::{packs, Lang};
use crate::core::query::Filters;
use crate::core::url_state::View;
use crate::ui::views::agenda::AgendaView;
use crate::ui::views::brief::BriefPage;
use crate::ui::views::dialogue_page::DialoguePage;
use crate::ui::views::matrix::MatrixView;
use crate::ui::views::my_agenda::{MyAgenda, SharedOffer};
use crate::ui::views::print_header::PrintHeader;
use crate::ui::views::results::ResultsList;
use crate::ui::views::theme_page::ThemePage;

#[cfg(feature = "split")]
use crate::ui::chunk::{ready_now, when_here, when_here_quietly, Unavailable};
#[cfg(feature = "split")]
use leptos::wasm_split::SplitLoaderError;

/// What a view is built from.
#[derive(Clone)]
pub struct ViewInputs {
    pub dataset: Arc<Dataset>,
    pub filters: Memo<Filters>,
    pub today: PartialDate,
}

/// The first screen: in the main module, with or without the feature.
fn matrix_view(inputs: ViewInputs) -> AnyView {
    view! { <MatrixView dataset=inputs.dataset /> }.into_any()
}

fn list_view(inputs: ViewInputs) -> AnyView {
    let ViewInputs {
        dataset, filters, ..
    } = inputs;
    view! { <ResultsList dataset filters /> }.into_any()
}

fn agenda_view(inputs: ViewInputs) -> AnyView {
    let ViewInputs { dataset, today, .. } = inputs;
    view! { <AgendaView dataset today /> }.into_any()
}

fn dialogue_view(inputs: ViewInputs, id: String) -> AnyView {
    let ViewInputs { dataset, today, .. } = inputs;
    view! { <DialoguePage dataset id today /> }.into_any()
}

fn theme_view(inputs: ViewInputs, id: String) -> AnyView {
    view! { <ThemePage dataset=inputs.dataset id /> }.into_any()
}

fn brief_view(inputs: ViewInputs, id: String) -> AnyView {
    let ViewInputs { dataset, today, .. } = inputs;
    view! { <BriefPage dataset id today /> }.into_any()
}

fn mine_view(inputs: ViewInputs) -> AnyView {
    let ViewInputs { dataset, today, .. } = inputs;
    view! { <MyAgenda dataset today /> }.into_any()
}

/// The offer of a shared agenda (a link's `shared` stars): drawn only when the address holds one.
fn shared_offer_view(dataset: Arc<Dataset>) -> AnyView {
    view! { <SharedOffer dataset /> }.into_any()
}

/// The lines that head a printout (on paper only).
fn print_header_view(dataset: Arc<Dataset>, filtered: Signal<bool>) -> AnyView {
    view! { <PrintHeader dataset filtered /> }.into_any()
}

/// The print header, built in place.
#[cfg(not(feature = "split"))]
pub fn print_header_of(dataset: Arc<Dataset>, filtered: Signal<bool>) -> AnyView {
    print_header_view(dataset, filtered)
}

/// The offer of a shared agenda, built in place.
#[cfg(not(feature = "split"))]
pub fn shared_offer_of(dataset: Arc<Dataset>) -> AnyView {
    shared_offer_view(dataset)
}

/// A view, built in place.
#[cfg(not(feature = "split"))]
pub fn view_of(view: View, inputs: ViewInputs) -> AnyView {
    match view {
        View::Matrix => matrix_view(inputs),
        View::List => list_view(inputs),
        View::Agenda => agenda_view(inputs),
        View::Dialogue(id) => dialogue_view(inputs, id),
        View::Theme(id) => theme_view(inputs, id),
        View::Brief(id) => brief_view(inputs, id),
        View::Mine => mine_view(inputs),
    }
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(list, wasm_split_path = ::leptos::wasm_split, fallible, preload(fetch_list))]
fn list(inputs: ViewInputs) -> Result<AnyView, Unavailable> {
    Ok(list_view(inputs))
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(agenda, wasm_split_path = ::leptos::wasm_split, fallible, preload(fetch_agenda))]
fn agenda(inputs: ViewInputs) -> Result<AnyView, Unavailable> {
    Ok(agenda_view(inputs))
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(dialogue, wasm_split_path = ::leptos::wasm_split, fallible, preload(fetch_dialogue))]
fn dialogue(inputs: ViewInputs, id: String) -> Result<AnyView, Unavailable> {
    Ok(dialogue_view(inputs, id))
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(theme, wasm_split_path = ::leptos::wasm_split, fallible, preload(fetch_theme))]
fn theme(inputs: ViewInputs, id: String) -> Result<AnyView, Unavailable> {
    Ok(theme_view(inputs, id))
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(brief, wasm_split_path = ::leptos::wasm_split, fallible, preload(fetch_brief))]
fn brief(inputs: ViewInputs, id: String) -> Result<AnyView, Unavailable> {
    Ok(brief_view(inputs, id))
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(mine, wasm_split_path = ::leptos::wasm_split, fallible, preload(fetch_mine))]
fn mine(inputs: ViewInputs) -> Result<AnyView, Unavailable> {
    Ok(mine_view(inputs))
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(shared_offer, wasm_split_path = ::leptos::wasm_split, fallible, preload(fetch_shared_offer))]
fn shared_offer(dataset: Arc<Dataset>) -> Result<AnyView, Unavailable> {
    Ok(shared_offer_view(dataset))
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(print_header, wasm_split_path = ::leptos::wasm_split, fallible, preload(fetch_print_header))]
fn print_header(dataset: Arc<Dataset>, filtered: Signal<bool>) -> Result<AnyView, Unavailable> {
    Ok(print_header_view(dataset, filtered))
}

/// The view at once when its chunk is here.
#[cfg(feature = "split")]
fn built_now(view: View, inputs: ViewInputs) -> Option<AnyView> {
    ready_now(async move {
        match view {
            View::Matrix => Ok(matrix_view(inputs)),
            View::List => list(inputs).await,
            View::Agenda => agenda(inputs).await,
            View::Dialogue(id) => dialogue(inputs, id).await,
            View::Theme(id) => theme(inputs, id).await,
            View::Brief(id) => brief(inputs, id).await,
            View::Mine => mine(inputs).await,
        }
    })
}

/// Waits for the view's chunk.
#[cfg(feature = "split")]
async fn fetch(view: View) -> Result<(), SplitLoaderError> {
    match view {
        View::Matrix => Ok(()),
        View::List => fetch_list().await,
        View::Agenda => fetch_agenda().await,
        View::Dialogue(_) => fetch_dialogue().await,
        View::Theme(_) => fetch_theme().await,
        View::Brief(_) => fetch_brief().await,
        View::Mine => fetch_mine().await,
    }
}

/// The view once its chunk is here ("Loading this view…" until then; a chunk already
/// fetched shows at once), or why it is not, with a way to try again.
#[cfg(feature = "split")]
pub fn view_of(view: View, inputs: ViewInputs) -> AnyView {
    if view == View::Matrix {
        return matrix_view(inputs);
    }
    let wanted = view.clone();
    when_here(
        |m| m.view_loading,
        move || built_now(view.clone(), inputs.clone()),
        move || fetch(wanted.clone()),
    )
}

/// The offer of a shared agenda once its chunk is here: only a reader who opens a shared link
/// fetches it.
#[cfg(feature = "split")]
pub fn shared_offer_of(dataset: Arc<Dataset>) -> AnyView {
    when_here(
        |m| m.part_loading,
        move || ready_now(shared_offer(dataset.clone())),
        fetch_shared_offer,
    )
}

/// The print header once its chunk is here: the screen never shows it, so its code comes after
/// the first results, in every language, and nothing stands in its place meanwhile.
#[cfg(feature = "split")]
pub fn print_header_of(dataset: Arc<Dataset>, filtered: Signal<bool>) -> AnyView {
    when_here_quietly(
        move || ready_now(print_header(dataset.clone(), filtered)),
        fetch_print_header,
    )
}

/// Whether the language's pack (`core::messages::packs`) is here, so that it can be shown now.
pub fn language_here(lang: Lang) -> bool {
    packs::is_here(lang)
}

/// Every pack is built in.
#[cfg(not(feature = "split"))]
pub async fn fetch_language(_: Lang) -> bool {
    true
}

/// Fetches the language's pack unless it is here, and adds it: true once it is here, false when
/// it could not be fetched (the language is then said in English).
#[cfg(feature = "split")]
pub async fn fetch_language(lang: Lang) -> bool {
    if packs::is_here(lang) {
        return true;
    }
    let came = match lang {
        Lang::En => return true,
        Lang::Fr => lang_fr().await,
        Lang::Es => lang_es().await,
        Lang::Ru => lang_ru().await,
        Lang::Ar => lang_ar().await,
        Lang::Zh => lang_zh().await,
    };
    match came {
        Ok(pack) => {
            packs::add(pack);
            true
        }
        Err(Unavailable) => false,
    }
}

// One split point per language but English: its catalogue, the brief's and the validator's
// sentences leave the main module for a chunk of their own.
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(lang_fr, wasm_split_path = ::leptos::wasm_split, fallible)]
fn lang_fr() -> Result<&'static packs::Pack, Unavailable> {
    Ok(&packs::FR)
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(lang_es, wasm_split_path = ::leptos::wasm_split, fallible)]
fn lang_es() -> Result<&'static packs::Pack, Unavailable> {
    Ok(&packs::ES)
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(lang_ru, wasm_split_path = ::leptos::wasm_split, fallible)]
fn lang_ru() -> Result<&'static packs::Pack, Unavailable> {
    Ok(&packs::RU)
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(lang_ar, wasm_split_path = ::leptos::wasm_split, fallible)]
fn lang_ar() -> Result<&'static packs::Pack, Unavailable> {
    Ok(&packs::AR)
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(lang_zh, wasm_split_path = ::leptos::wasm_split, fallible)]
fn lang_zh() -> Result<&'static packs::Pack, Unavailable> {
    Ok(&packs::ZH)
}
