//! Writing the dataset: tables as partitioned part files, plus the manifest.

mod atomic;
mod format;
pub mod lock;
mod manifest;
pub mod tables;
mod writer;

pub use atomic::write_atomic;
pub use format::OutputFormat;
pub use manifest::{manifest_path, write_manifest, SCHEMA_VERSION};
pub use tables::{Batch, TABLES};
pub use writer::{DatasetWriter, Partition};
