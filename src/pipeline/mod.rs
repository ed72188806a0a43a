//! The orchestrator: batching, parallelism, de-duplication, sharding, resumption.
//!
//! [`run`] reads inputs in batches, gives each batch to every [`Stage`] in
//! turn (stages parallelise over the documents of a batch), and hands the
//! result to the writer. Memory is bounded by the batch size.

mod error;
mod run;
mod shard;
mod stage;
mod stages;

pub use error::InputError;
pub use run::{run, Progress, RunOptions, RunSummary, Silent};
pub use shard::Shard;
pub use stage::Stage;
pub use stages::{build_stages, StageConfig};
