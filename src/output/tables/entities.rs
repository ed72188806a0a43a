//! The `entities` table: one row per named-entity mention.

use polars::prelude::*;

use super::{Batch, Columns};
use crate::document::CharOffsets;

/// Builds the `entities` rows of a batch.
pub fn frame(batch: &Batch) -> PolarsResult<DataFrame> {
    let n: usize = batch.docs.iter().map(|d| d.entities.len()).sum();
    let mut doc_id = Vec::with_capacity(n);
    let mut sentence_id = Vec::with_capacity(n);
    let mut start = Vec::with_capacity(n);
    let mut end = Vec::with_capacity(n);
    let mut text = Vec::with_capacity(n);
    let mut label = Vec::with_capacity(n);
    let mut score = Vec::with_capacity(n);
    let mut entity_key = Vec::with_capacity(n);
    let mut canonical_name = Vec::with_capacity(n);
    let mut linked_key = Vec::with_capacity(n);
    for doc in &batch.docs {
        let offsets = CharOffsets::new(&doc.text);
        for m in &doc.entities {
            doc_id.push(doc.doc_id.as_str());
            sentence_id.push(m.sentence.map(|s| s as i32));
            start.push(offsets.char_of(m.span.start) as i64);
            end.push(offsets.char_of(m.span.end) as i64);
            text.push(doc.text.get(m.span.start..m.span.end).unwrap_or(""));
            label.push(m.label.as_str());
            score.push(Some(f64::from(m.score)));
            entity_key.push(m.key.as_str());
            canonical_name.push(m.canonical.as_str());
            linked_key.push(m.linked_key.clone());
        }
    }
    Columns::new(n)
        .str("doc_id", doc_id)
        .opt_i32("sentence_id", sentence_id)
        .i64("start", start)
        .i64("end", end)
        .str("text", text)
        .str("label", label)
        .opt_f64("score", score)
        .str("entity_key", entity_key)
        .str("canonical_name", canonical_name)
        .opt_str("linked_key", linked_key)
        .finish()
}
