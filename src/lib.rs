//! factsift: turn news and analysis articles into a dataset of comparable facts.
//!
//! The pipeline is a chain of stages over a shared [`document::Document`]:
//! [`ingest`] reads inputs, [`segment`] splits sentences, and [`output`]
//! writes the tables of the dataset contract. [`pipeline`] owns batching,
//! parallelism, de-duplication, sharding and resumption.

pub mod claims;
pub mod document;
pub mod entities;
pub mod eval;
pub mod ingest;
pub mod language;
pub mod numbers;
pub mod output;
pub mod pipeline;
pub mod segment;
