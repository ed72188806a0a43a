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

use factsift_core::document::Document;
use factsift_core::InputError;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aliases::AliasRow;
    use crate::schema::{self, ColumnType, TableSchema};
    use factsift_core::{DocumentMeta, Label, Language, Mention, Span, Stage};

    fn polars_type(t: ColumnType) -> DataType {
        match t {
            ColumnType::Str => DataType::String,
            ColumnType::I32 => DataType::Int32,
            ColumnType::I64 => DataType::Int64,
            ColumnType::F64 => DataType::Float64,
            ColumnType::Bool => DataType::Boolean,
            ColumnType::Date => DataType::Date,
            ColumnType::StrList => DataType::List(Box::new(DataType::String)),
        }
    }

    fn assert_matches(schema: &TableSchema, df: &DataFrame) {
        let got: Vec<(String, DataType)> = df
            .schema()
            .iter()
            .map(|(n, t)| (n.to_string(), t.clone()))
            .collect();
        let want: Vec<(String, DataType)> = schema
            .columns
            .iter()
            .map(|c| (c.name.to_string(), polars_type(c.dtype)))
            .collect();
        assert_eq!(got, want, "table {} differs from its schema", schema.name);
        for c in schema.columns.iter().filter(|c| !c.nullable) {
            let nulls = df.column(c.name).expect("column").null_count();
            assert_eq!(nulls, 0, "{}.{} is not nullable", schema.name, c.name);
        }
    }

    /// A batch with one document through segment, numbers and claims, one
    /// entity mention and one error row.
    fn batch() -> Batch {
        let text = "Nayib Bukele said 238 people were sent, up 5% from May 2024.";
        let mut doc = Document::new(text.to_string(), DocumentMeta::default());
        doc.language = Language::En;
        factsift_segment::SegmentStage
            .process(&mut doc)
            .expect("segment");
        doc.entities = vec![Mention {
            span: Span::new(0, 12),
            sentence: Some(0),
            label: Label::Person,
            score: 0.9,
            key: "person:nayib-bukele".into(),
            canonical: "Nayib Bukele".into(),
            linked_key: None,
        }];
        factsift_numbers::NumbersStage
            .process(&mut doc)
            .expect("numbers");
        factsift_claims::ClaimsStage::new()
            .process(&mut doc)
            .expect("claims");
        Batch {
            docs: vec![doc],
            errors: vec![InputError::ingest("bad.txt", "binary file")],
        }
    }

    #[test]
    fn every_table_builder_writes_its_schema() {
        let batch = batch();
        let empty = Batch::default();
        for (name, build) in TABLES {
            let table = schema::TABLES
                .iter()
                .find(|t| t.name == *name)
                .unwrap_or_else(|| panic!("table {name} has no schema"));
            let df = build(&batch).expect("frame");
            assert!(df.height() > 0, "{name} has no rows");
            assert_matches(table, &df);
            assert_matches(table, &build(&empty).expect("empty frame"));
        }
        let aliases = aliases::frame(&[AliasRow {
            entity_key: "person:nayib-bukele".into(),
            canonical_name: "Nayib Bukele".into(),
            label: "PERSON",
            surface: "Bukele".into(),
            mentions: 2,
        }])
        .expect("aliases");
        assert_matches(&schema::aliases::SCHEMA, &aliases);
    }
}
