//! The browser side: Leptos components, one file per view. They render what `core` computes.

mod agenda;
mod app;
mod common;
mod dialogue_page;
mod download;
mod explorer;
mod filters;
mod format;
pub mod i18n;
mod load_error;
mod matrix;
mod nav;
mod results;
mod stars;
pub mod styles;
mod summary;
mod theme_page;

pub use app::{App, AppConfig};
pub use common::Ids;
pub use explorer::{Appearance, Explorer};
pub use load_error::LoadErrorView;
pub use summary::SummaryView;
