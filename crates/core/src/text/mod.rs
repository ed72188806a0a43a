//! The text layer shared by every stage: one word iterator, case and accent
//! folding, and the stop-word lists.

mod fold;
pub mod stopwords;
mod words;

pub use fold::{fold_accents, fold_spanish_accents, lower};
pub use stopwords::is_stopword;
pub use words::{words, Word};
