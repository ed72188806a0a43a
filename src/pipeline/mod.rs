//! The orchestrator: batching, parallelism, de-duplication, sharding, resumption.

mod error;
mod stage;

pub use error::InputError;
pub use stage::Stage;
