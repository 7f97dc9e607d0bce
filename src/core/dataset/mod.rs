//! The bundled dataset: its model, and reading it with precise problems.

mod decode;
pub mod detail;
pub mod languages;
mod model;
mod problems;

pub use decode::{
    load, load_bytes, load_located, load_located_bytes, text_of, too_large, ID_MAX, MAX_BYTES,
    NAME_MAX, TEXT_MAX,
};
pub use detail::Detail;
pub use model::*;
pub use problems::{excerpt, Problem, ProblemKind, Problems, EXCERPT_MAX, MAX_PROBLEMS};
