//! One file per view or page. Views use widgets and the base layer; only the top uses views.

pub mod agenda;
pub mod brief;
pub mod dialogue_page;
pub mod export_bar;
pub mod filters;
pub mod load_error;
pub mod matrix;
pub mod my_agenda;
pub mod print_header;
pub mod results;
pub mod summary;
pub mod theme_page;
