//! The `aliases` table: each entity key's surface forms and their counts
//! over the whole run. The entities stage accumulates the rows and returns
//! this table from `Stage::run_tables`.

use polars::prelude::*;

use super::Columns;
use factsift_core::AliasRow;

/// Builds the `aliases` table from the run's alias rows.
pub fn frame(rows: &[AliasRow]) -> PolarsResult<DataFrame> {
    let n = rows.len();
    Columns::new(n)
        .str(
            "entity_key",
            rows.iter().map(|r| r.entity_key.as_str()).collect(),
        )
        .str(
            "canonical_name",
            rows.iter().map(|r| r.canonical_name.as_str()).collect(),
        )
        .str("label", rows.iter().map(|r| r.label).collect())
        .str("surface", rows.iter().map(|r| r.surface.as_str()).collect())
        .i64("mentions", rows.iter().map(|r| r.mentions as i64).collect())
        .finish()
}
