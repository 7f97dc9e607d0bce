//! The bundled dataset: its model, and reading it with precise problems.

mod decode;
mod model;

pub use decode::{load, Problem, ID_MAX, NAME_MAX, TEXT_MAX};
pub use model::*;
