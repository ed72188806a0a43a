//! The `sentences` table: one row per sentence, heading or list item.

use polars::prelude::*;

use super::{Batch, SpanColumns};
use factsift_core::document::CharOffsets;

/// Builds the `sentences` rows of a batch.
pub fn frame(batch: &Batch) -> PolarsResult<DataFrame> {
    let n: usize = batch.docs.iter().map(|d| d.sentences.len()).sum();
    let mut spans = SpanColumns::with_capacity(n);
    let mut kind = Vec::with_capacity(n);
    for doc in &batch.docs {
        let offsets = CharOffsets::new(&doc.text);
        for (i, s) in doc.sentences.iter().enumerate() {
            spans.push(doc, &offsets, Some(i), s.span);
            kind.push(s.kind.as_str());
        }
    }
    spans.into_columns().str("kind", kind).finish()
}
