//! The dataset: the one schema of every table ([`schema`]), the table
//! builders that turn processed documents into frames of that schema
//! ([`tables`]), and the writer of partitioned part files plus the manifest.

pub mod aliases;
mod atomic;
mod format;
pub mod lock;
mod manifest;
pub mod schema;
pub mod tables;
mod writer;

pub use atomic::write_atomic;
pub use format::OutputFormat;
pub use manifest::{check_schema_version, manifest_path, write_manifest, SCHEMA_VERSION};
pub use tables::{Batch, TABLES};
pub use writer::{DatasetWriter, Partition};
