//! The browser side: Leptos components, one file per view. They render what `core` computes.

mod app;
mod load_error;
mod summary;

pub use app::{App, AppConfig};
pub use load_error::LoadErrorView;
pub use summary::SummaryView;
