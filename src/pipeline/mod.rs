//! The orchestrator: batching, parallelism, de-duplication, sharding, resumption.

mod error;
mod stage;
mod stages;

pub use error::InputError;
pub use stage::Stage;
pub use stages::default_stages;
