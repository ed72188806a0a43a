//! The orchestrator: batching, parallelism, de-duplication, sharding, resumption.

mod stage;

pub use stage::Stage;
