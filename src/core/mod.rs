//! The domain, in plain Rust: no browser, no framework. Everything here is tested natively.

pub mod agenda;
pub mod brief;
pub mod css;
pub mod dataset;
pub mod date;
pub mod embedding;
pub mod export;
pub mod index;
pub mod json;
pub mod load;
pub mod maintain;
pub mod markup;
pub mod matrix;
pub mod messages;
pub mod print;
pub mod query;
pub mod search;
pub mod stars;
pub mod summary;
pub mod url_state;
