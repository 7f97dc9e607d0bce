//! Pieces that several views use. A widget may use another widget, never a view.

pub mod copy;
pub mod dialogue;
pub mod empty;
pub mod entry;
pub mod files;
pub mod link;
pub mod paging;
pub mod star;
pub mod text;
