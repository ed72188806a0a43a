//! The `documents` table: one row per processed document, with its text.

use chrono::NaiveDate;
use polars::prelude::*;

use super::{Batch, Columns};

/// Builds the `documents` rows of a batch.
pub fn frame(batch: &Batch) -> PolarsResult<DataFrame> {
    let d = &batch.docs;
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid epoch");
    let published: Vec<Option<i32>> = d
        .iter()
        .map(|x| {
            x.meta
                .published
                .map(|p| p.signed_duration_since(epoch).num_days() as i32)
        })
        .collect();
    let notes: Vec<Option<String>> = d
        .iter()
        .map(|x| (!x.meta.notes.is_empty()).then(|| x.meta.notes.join("; ")))
        .collect();
    Columns::new(d.len())
        .str("doc_id", d.iter().map(|x| x.doc_id.as_str()).collect())
        .str(
            "external_id",
            d.iter().map(|x| x.meta.external_id.as_str()).collect(),
        )
        .opt_str("source", d.iter().map(|x| x.meta.source.clone()).collect())
        .opt_str("url", d.iter().map(|x| x.meta.url.clone()).collect())
        .opt_str("title", d.iter().map(|x| x.meta.title.clone()).collect())
        .opt_date("published", published)?
        .str("language", d.iter().map(|x| x.language.code()).collect())
        .str("text", d.iter().map(|x| x.text.as_str()).collect())
        .i32(
            "n_sentences",
            d.iter().map(|x| x.sentences.len() as i32).collect(),
        )
        .i64(
            "n_chars",
            d.iter().map(|x| x.text.chars().count() as i64).collect(),
        )
        .str("format", d.iter().map(|x| x.meta.format).collect())
        .opt_str("notes", notes)
        .finish()
}
