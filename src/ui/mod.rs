//! The browser side: Leptos components. They render what `core` computes.
//!
//! Layers, each using only those below it (`tests/ui_layers.rs` checks it):
//! - top: `explorer` (the frame), `app`, and `maintain/` (the maintainer's page, which shows the
//!   explorer as its preview);
//! - `views/`: one file per view or page;
//! - `widgets/`: pieces that several views use;
//! - base: `context`, `stars`, `labels`, `nav`, `i18n`, `format`, `styles`, `crash`, `chunk` (no
//!   components that use widgets).

mod app;
#[cfg(feature = "split")]
mod chunk;
mod context;
pub mod crash;
mod explorer;
mod format;
pub mod i18n;
mod labels;
pub mod maintain;
mod nav;
mod on_demand;
mod stars;
pub mod styles;
mod views;
mod widgets;

pub use app::{App, AppConfig};
pub use context::{AppContext, Appearance};
pub use explorer::Explorer;
pub use views::load_error::LoadErrorView;
pub use views::summary::SummaryView;
