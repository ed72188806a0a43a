//! The comparison's output tables, built from its typed results.

use polars::prelude::*;

use super::model::Comparison;
use factsift_dataset::tables::Columns;

/// A finite value, or null for an open end.
fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// `statistics`: one row per statistic and source.
pub fn statistics(c: &Comparison) -> PolarsResult<DataFrame> {
    let rows: Vec<_> = c
        .statistics
        .iter()
        .flat_map(|g| g.figures.iter().map(move |f| (g, f)))
        .collect();
    Columns::new(rows.len())
        .str(
            "group_id",
            rows.iter().map(|(g, _)| g.group_id.as_str()).collect(),
        )
        .str(
            "story_id",
            rows.iter().map(|(g, _)| g.story_id.as_str()).collect(),
        )
        .str(
            "verdict",
            rows.iter().map(|(g, _)| g.verdict.as_str()).collect(),
        )
        .str("kind", rows.iter().map(|(g, _)| g.kind.as_str()).collect())
        .opt_str("unit", rows.iter().map(|(g, _)| g.unit.clone()).collect())
        .str(
            "measured",
            rows.iter().map(|(g, _)| g.measured.as_str()).collect(),
        )
        .str_list(
            "measured_as",
            rows.iter().map(|(g, _)| g.measured_as.clone()).collect(),
        )
        .opt_str(
            "subject_key",
            rows.iter().map(|(g, _)| g.subject_key.clone()).collect(),
        )
        .opt_str(
            "period",
            rows.iter().map(|(g, _)| g.period.clone()).collect(),
        )
        .i64(
            "n_sources",
            rows.iter().map(|(g, _)| g.figures.len() as i64).collect(),
        )
        .opt_f64("spread", rows.iter().map(|(g, _)| Some(g.spread)).collect())
        .opt_f64(
            "confidence",
            rows.iter().map(|(g, _)| Some(g.confidence)).collect(),
        )
        .i64(
            "independent_sources",
            rows.iter()
                .map(|(g, _)| g.independent_sources as i64)
                .collect(),
        )
        .str(
            "source",
            rows.iter().map(|(_, f)| f.source.as_str()).collect(),
        )
        .str(
            "doc_id",
            rows.iter().map(|(_, f)| f.doc_id.as_str()).collect(),
        )
        .str("text", rows.iter().map(|(_, f)| f.text.as_str()).collect())
        .opt_f64("value", rows.iter().map(|(_, f)| Some(f.value)).collect())
        .opt_f64("value_max", rows.iter().map(|(_, f)| f.value_max).collect())
        .str(
            "qualifier",
            rows.iter().map(|(_, f)| f.qualifier.as_str()).collect(),
        )
        .opt_f64("low", rows.iter().map(|(_, f)| finite(f.low)).collect())
        .opt_f64("high", rows.iter().map(|(_, f)| finite(f.high)).collect())
        .i64(
            "mentions",
            rows.iter().map(|(_, f)| f.mentions as i64).collect(),
        )
        .str(
            "sentence",
            rows.iter().map(|(_, f)| f.sentence.as_str()).collect(),
        )
        .finish()
}

/// `entity_coverage`: one row per entity and source that mentions it.
pub fn entity_coverage(c: &Comparison) -> PolarsResult<DataFrame> {
    let r = &c.coverage;
    Columns::new(r.len())
        .str(
            "entity_key",
            r.iter().map(|x| x.entity_key.as_str()).collect(),
        )
        .str(
            "canonical_name",
            r.iter().map(|x| x.canonical_name.as_str()).collect(),
        )
        .str("label", r.iter().map(|x| x.label.as_str()).collect())
        .str("source", r.iter().map(|x| x.source.as_str()).collect())
        .i64("docs", r.iter().map(|x| x.docs as i64).collect())
        .i64("mentions", r.iter().map(|x| x.mentions as i64).collect())
        .opt_f64(
            "first_position",
            r.iter().map(|x| finite(x.first_position)).collect(),
        )
        .i64(
            "first_sentence",
            r.iter().map(|x| x.first_sentence).collect(),
        )
        .i64(
            "sources_mentioning",
            r.iter().map(|x| x.sources_mentioning as i64).collect(),
        )
        .i64(
            "sources_total",
            r.iter().map(|x| x.sources_total as i64).collect(),
        )
        .finish()
}

/// `claims_alignment`: one row per aligned pair of claims.
pub fn claims_alignment(c: &Comparison) -> PolarsResult<DataFrame> {
    let r = &c.alignments;
    let mut cols = Columns::new(r.len())
        .str("pair_id", r.iter().map(|x| x.pair_id.as_str()).collect())
        .str("story_id", r.iter().map(|x| x.story_id.as_str()).collect())
        .str("relation", r.iter().map(|x| x.relation.as_str()).collect())
        .str("detail", r.iter().map(|x| x.detail.as_str()).collect())
        .opt_f64("similarity", r.iter().map(|x| Some(x.similarity)).collect())
        .opt_f64(
            "text_similarity",
            r.iter().map(|x| Some(x.text_similarity)).collect(),
        )
        .str_list(
            "shared_entities",
            r.iter().map(|x| x.shared_entities.clone()).collect(),
        );
    for (suffix, side) in [("a", 0usize), ("b", 1)] {
        let sides: Vec<&super::model::ClaimSide> = r
            .iter()
            .map(|x| if side == 0 { &x.a } else { &x.b })
            .collect();
        cols = cols
            .str(
                &format!("claim_id_{suffix}"),
                sides.iter().map(|s| s.claim_id.as_str()).collect(),
            )
            .str(
                &format!("source_{suffix}"),
                sides.iter().map(|s| s.source.as_str()).collect(),
            )
            .str(
                &format!("doc_id_{suffix}"),
                sides.iter().map(|s| s.doc_id.as_str()).collect(),
            )
            .str(
                &format!("text_{suffix}"),
                sides.iter().map(|s| s.text.as_str()).collect(),
            )
            .opt_str(
                &format!("speaker_{suffix}"),
                sides.iter().map(|s| s.speaker.clone()).collect(),
            )
            .bool(
                &format!("hedged_{suffix}"),
                sides.iter().map(|s| s.hedged).collect(),
            );
    }
    cols.finish()
}

/// `stories`: one row per document with the story it was put in.
pub fn stories(c: &Comparison) -> PolarsResult<DataFrame> {
    let r = &c.story_docs;
    Columns::new(r.len())
        .str("story_id", r.iter().map(|x| x.story_id.as_str()).collect())
        .str("doc_id", r.iter().map(|x| x.doc_id.as_str()).collect())
        .str("source", r.iter().map(|x| x.source.as_str()).collect())
        .opt_str("title", r.iter().map(|x| x.title.clone()).collect())
        .finish()
}

/// Builds one table from a comparison.
pub type TableFn = fn(&Comparison) -> PolarsResult<DataFrame>;

/// The tables, by name, in the order they are written.
pub const TABLES: [(&str, TableFn); 4] = [
    ("statistics", statistics),
    ("entity_coverage", entity_coverage),
    ("claims_alignment", claims_alignment),
    ("stories", stories),
];
