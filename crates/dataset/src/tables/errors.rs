//! The `errors` table: one row per input or document that could not be processed.

use polars::prelude::*;

use super::{Batch, Columns};

/// Builds the `errors` rows of a batch.
pub fn frame(batch: &Batch) -> PolarsResult<DataFrame> {
    let e = &batch.errors;
    Columns::new(e.len())
        .str("path", e.iter().map(|x| x.path.as_str()).collect())
        .opt_str("doc_id", e.iter().map(|x| x.doc_id.clone()).collect())
        .str("stage", e.iter().map(|x| x.stage).collect())
        .str("message", e.iter().map(|x| x.message.as_str()).collect())
        .finish()
}
