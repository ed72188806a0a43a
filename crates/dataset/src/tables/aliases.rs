//! The `aliases` table: each entity key's surface forms and their counts
//! over every document of the output folder. It is rebuilt at the end of
//! each run from the `entities` parts on disk (all runs, all shards), so it
//! equals what one clean run over the same documents writes.

use polars::prelude::*;

use super::Columns;
use crate::aliases::{AliasBook, AliasRow};
use factsift_core::Label;

/// The columns of `entities` the aliases are counted from.
pub const ENTITY_COLUMNS: [&str; 4] = ["entity_key", "canonical_name", "label", "text"];

/// Builds the `aliases` table from alias rows.
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

/// Counts the mentions of an `entities` frame (at least the
/// [`ENTITY_COLUMNS`]) into `book`.
pub fn count_entities(book: &mut AliasBook, entities: &DataFrame) -> anyhow::Result<()> {
    let [key, canonical, label, text] = ENTITY_COLUMNS.map(|name| text_column(entities, name));
    let (key, canonical, label, text) = (key?, canonical?, label?, text?);
    let rows = key.str()?.iter().zip(canonical.str()?.iter());
    let rows = rows.zip(label.str()?.iter().zip(text.str()?.iter()));
    for (i, ((key, canonical), (label, text))) in rows.enumerate() {
        let name = label.unwrap_or_default();
        let label = Label::ALL
            .into_iter()
            .find(|l| l.as_str() == name)
            .ok_or_else(|| anyhow::anyhow!("row {i}: unknown entity label '{name}'"))?;
        book.add_mention(
            key.unwrap_or_default(),
            canonical.unwrap_or_default(),
            label,
            text.unwrap_or_default(),
        );
    }
    Ok(())
}

/// A column as text (CSV parts may come back with another inferred type).
fn text_column(df: &DataFrame, name: &str) -> anyhow::Result<Column> {
    Ok(df.column(name)?.cast(&DataType::String)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::{Batch, ENTITIES, TABLES};
    use factsift_core::document::{Document, DocumentMeta, Span};
    use factsift_core::Mention;

    fn doc(text: &str, mentions: &[(usize, usize, &str, &str, Label)]) -> Document {
        let mut doc = Document::new(text.to_string(), DocumentMeta::default());
        doc.entities = mentions
            .iter()
            .map(|&(start, end, key, canonical, label)| Mention {
                span: Span::new(start, end),
                sentence: None,
                label,
                score: 0.9,
                key: key.to_string(),
                canonical: canonical.to_string(),
                linked_key: None,
            })
            .collect();
        doc
    }

    /// The aliases counted back from the `entities` table of a batch are
    /// the rows the book gives when it sees the documents themselves.
    #[test]
    fn entities_rows_give_the_same_aliases_as_the_documents() {
        let docs = vec![
            doc(
                "US and U.S. met the United\n States.",
                &[
                    (0, 2, "gpe:united-states", "United States", Label::Gpe),
                    (7, 11, "gpe:united-states", "United States", Label::Gpe),
                    (20, 34, "gpe:united-states", "United States", Label::Gpe),
                ],
            ),
            doc(
                "Ana Martínez spoke. Martínez left.",
                &[
                    (0, 13, "person:ana-martinez", "Ana Martínez", Label::Person),
                    (21, 30, "person:ana-martinez", "Ana Martínez", Label::Org),
                    (21, 30, "person:ana-martinez", "Martínez", Label::Person),
                ],
            ),
        ];
        let mut direct = AliasBook::default();
        for d in &docs {
            direct.add(&d.text, &d.entities);
        }
        let batch = Batch {
            docs,
            errors: Vec::new(),
        };
        let build = TABLES
            .iter()
            .find(|(t, _)| *t == ENTITIES)
            .expect("entities");
        let entities = (build.1)(&batch).expect("entities table");
        let mut counted = AliasBook::default();
        count_entities(&mut counted, &entities).expect("counted");
        assert_eq!(counted.rows(), direct.rows());
        let (a, b) = (frame(&counted.rows()), frame(&direct.rows()));
        assert!(a.expect("frame").equals(&b.expect("frame")));
        assert!(counted.rows().iter().any(|r| r.surface == "United States"));
    }

    #[test]
    fn an_unknown_label_is_an_error() {
        let df = df!(
            "entity_key" => ["x"],
            "canonical_name" => ["X"],
            "label" => ["WIDGET"],
            "text" => ["X"],
        )
        .expect("frame");
        let err = count_entities(&mut AliasBook::default(), &df).expect_err("unknown label");
        assert!(format!("{err:#}").contains("WIDGET"), "{err:#}");
    }
}
