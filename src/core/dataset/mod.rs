//! The bundled dataset: its model, and reading it with precise problems.

mod decode;
pub mod languages;
mod model;

pub use decode::{load, load_located, Problem, ID_MAX, NAME_MAX, TEXT_MAX};
pub use model::*;
