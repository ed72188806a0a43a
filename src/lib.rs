//! factsift: turn news and analysis articles into a dataset of comparable facts.
//!
//! The pipeline is a chain of stages over a shared [`document::Document`]:
//! [`ingest`] reads inputs, [`segment`] splits sentences, [`entities`] finds
//! named entities with an ONNX model, [`numbers`] reads figures, [`claims`]
//! finds what is asserted and by whom, and [`output`] writes the tables of the
//! dataset contract. [`pipeline`] owns batching, parallelism,
//! de-duplication, sharding and resumption; [`cli`] is the command line and
//! [`eval`] the accuracy figures of `make eval`; [`compare`] lines up
//! what different sources say about the same facts.

pub mod claims;
pub mod cli;
pub mod compare;
pub mod document;
pub mod entities;
pub mod eval;
pub mod ingest;
pub mod language;
pub mod numbers;
pub mod output;
pub mod pipeline;
pub mod segment;
