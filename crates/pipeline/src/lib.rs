//! The orchestrator: batching, parallelism, de-duplication, sharding, resumption.
//!
//! [`run`] reads inputs in batches, gives each batch to every [`Stage`] in
//! turn (stages parallelise over the documents of a batch), and hands the
//! result to the writer. Memory is bounded by the batch size. [`extract`]
//! runs the same stages over records held in memory and returns the tables.

mod records;
mod run;
mod shard;
mod stages;

pub use factsift_core::{InputError, Stage};
pub use records::{extract, ExtractOptions, Frames};
pub use run::{run, Progress, RunOptions, RunSummary, Silent};
pub use shard::Shard;
pub use stages::{build_stages, StageConfig};
