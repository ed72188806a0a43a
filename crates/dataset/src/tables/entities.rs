//! The `entities` table: one row per named-entity mention.

use polars::prelude::*;

use super::{Batch, SpanColumns};
use factsift_core::document::CharOffsets;

/// Builds the `entities` rows of a batch.
pub fn frame(batch: &Batch) -> PolarsResult<DataFrame> {
    let n: usize = batch.docs.iter().map(|d| d.entities.len()).sum();
    let mut label = Vec::with_capacity(n);
    let mut score = Vec::with_capacity(n);
    let mut entity_key = Vec::with_capacity(n);
    let mut canonical_name = Vec::with_capacity(n);
    let mut linked_key = Vec::with_capacity(n);
    let mut spans = SpanColumns::with_capacity(n);
    for doc in &batch.docs {
        let offsets = CharOffsets::new(&doc.text);
        for m in &doc.entities {
            spans.push(doc, &offsets, m.sentence, m.span);
            label.push(m.label.as_str());
            score.push(Some(f64::from(m.score)));
            entity_key.push(m.key.as_str());
            canonical_name.push(m.canonical.as_str());
            linked_key.push(m.linked_key.clone());
        }
    }
    spans
        .into_columns()
        .str("label", label)
        .opt_f64("score", score)
        .str("entity_key", entity_key)
        .str("canonical_name", canonical_name)
        .opt_str("linked_key", linked_key)
        .finish()
}
