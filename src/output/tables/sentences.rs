//! The `sentences` table: one row per sentence, heading or list item.

use polars::prelude::*;

use super::{Batch, Columns};
use crate::document::CharOffsets;

/// Builds the `sentences` rows of a batch.
pub fn frame(batch: &Batch) -> PolarsResult<DataFrame> {
    let n: usize = batch.docs.iter().map(|d| d.sentences.len()).sum();
    let (mut doc_id, mut sentence_id, mut start, mut end, mut text, mut kind) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for doc in &batch.docs {
        let offsets = CharOffsets::new(&doc.text);
        for (i, s) in doc.sentences.iter().enumerate() {
            doc_id.push(doc.doc_id.as_str());
            sentence_id.push(i as i32);
            start.push(offsets.char_of(s.span.start) as i64);
            end.push(offsets.char_of(s.span.end) as i64);
            text.push(doc.slice(s.span));
            kind.push(s.kind.as_str());
        }
    }
    Columns::new(n)
        .str("doc_id", doc_id)
        .i32("sentence_id", sentence_id)
        .i64("start", start)
        .i64("end", end)
        .str("text", text)
        .str("kind", kind)
        .finish()
}
