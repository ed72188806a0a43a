//! The tables of the dataset contract, one module each.
//!
//! Each table is a function from a processed [`Batch`] to a polars
//! `DataFrame`; [`TABLES`] lists them in the order they are written. The
//! `documents` table comes last: a document counts as done once its row in
//! `documents` exists, so an interrupted batch is redone as a whole.

pub mod aliases;
mod claims;
mod columns;
mod documents;
mod entities;
mod errors;
mod quantities;
mod sentences;

pub use columns::{Columns, SpanColumns};

use polars::prelude::*;

use crate::document::Document;
use crate::pipeline::InputError;

/// What one batch of the pipeline produced.
#[derive(Debug, Default)]
pub struct Batch {
    /// Documents that went through every stage.
    pub docs: Vec<Document>,
    /// Inputs or documents that failed, one row each.
    pub errors: Vec<InputError>,
}

/// Builds one table's rows for a batch.
pub type TableFn = fn(&Batch) -> PolarsResult<DataFrame>;

/// Every table with its builder, in writing order (`documents` last).
pub const TABLES: &[(&str, TableFn)] = &[
    ("sentences", sentences::frame),
    ("errors", errors::frame),
    ("entities", entities::frame),
    ("quantities", quantities::frame),
    ("claims", claims::frame),
    ("documents", documents::frame),
];

/// The name of the table whose rows mark documents as done.
pub const DOCUMENTS: &str = "documents";

/// The name of the table of entity mentions.
pub const ENTITIES: &str = "entities";

/// The name of the run-level table rebuilt from every `entities` part at
/// the end of each run (see [`aliases`]).
pub const ALIASES: &str = "aliases";
