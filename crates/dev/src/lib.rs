//! factsift's development tools: `make eval` (accuracy on the shared sets),
//! `make bench` (throughput), `make train-claims` (refitting the
//! check-worthiness model) and the sample comparison the report tests render.
//! The library crates never link this crate.

pub mod clef;
pub mod eval;
pub mod throughput;
pub mod training;
