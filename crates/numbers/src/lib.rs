//! The numbers stage: every figure of a document with its value, unit,
//! qualifier, what it measures, whom it is about and when.
//!
//! The extractor reads one sentence at a time: [`tokens`] splits it,
//! [`number`] reads numerals (digits, words, both), [`attach`] adds units,
//! currencies, percentages and rates, [`scan`] adds qualifiers and ranges,
//! [`dates`] reads dates, [`relative`] reads relative ordinals ("the
//! penultimate", "next"), and [`linking`] fills `measured`, `subject` and
//! `period`. [`NumbersStage`] runs it over a document's sentences.

mod attach;
mod base;
mod dates;
#[cfg(test)]
mod error_classes;
mod extract;
mod identifiers;
mod krona;
mod lexer;
mod linking;
mod money;
mod number;
pub mod parse;
mod qualifiers;
mod relative;
mod scan;
mod stage;
mod subjects;
#[cfg(test)]
mod tests;
mod tokens;
mod units;
mod words;

pub use extract::{currency_by_name, extract, extract_sentences, unit_by_name, UnitName};
#[cfg(test)]
use factsift_core::document::Span;
pub use factsift_core::quantity::{Direction, Flags, Kind, Qualifier, Quantity, Role};
pub use factsift_core::Language;
pub use stage::NumbersStage;
