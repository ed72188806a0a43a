//! The `quantities` table: one row per figure found by the numbers stage.

use polars::prelude::*;

use super::{Batch, SpanColumns};
use factsift_core::document::CharOffsets;

/// Builds the `quantities` rows of a batch.
pub fn frame(batch: &Batch) -> PolarsResult<DataFrame> {
    let n: usize = batch.docs.iter().map(|d| d.quantities.len()).sum();
    let mut quantity_id = Vec::with_capacity(n);
    let mut kind = Vec::with_capacity(n);
    let mut value = Vec::with_capacity(n);
    let mut value_max = Vec::with_capacity(n);
    let mut unit = Vec::with_capacity(n);
    let mut base_value = Vec::with_capacity(n);
    let mut base_value_max = Vec::with_capacity(n);
    let mut base_unit = Vec::with_capacity(n);
    let mut role = Vec::with_capacity(n);
    let mut qualifier = Vec::with_capacity(n);
    let mut measured = Vec::with_capacity(n);
    let mut subject = Vec::with_capacity(n);
    let mut subject_key = Vec::with_capacity(n);
    let mut period = Vec::with_capacity(n);
    let mut direction = Vec::with_capacity(n);
    let mut flags = Vec::with_capacity(n);
    let mut spans = SpanColumns::with_capacity(n);
    for doc in &batch.docs {
        let offsets = CharOffsets::new(&doc.text);
        for (i, q) in doc.quantities.iter().enumerate() {
            spans.push(doc, &offsets, Some(q.sentence), q.span);
            // The id `claims.quantity_ids` refers to.
            quantity_id.push(format!("{}:{i}", doc.doc_id));
            kind.push(q.kind.as_str());
            value.push(q.value.filter(|v| v.is_finite()));
            value_max.push(q.value_max.filter(|v| v.is_finite()));
            unit.push(q.unit.clone());
            base_value.push(q.base_value.filter(|v| v.is_finite()));
            base_value_max.push(q.base_value_max.filter(|v| v.is_finite()));
            base_unit.push(q.base_unit.clone());
            role.push(q.role.as_str());
            qualifier.push(q.qualifier.as_str());
            measured.push(q.measured.clone());
            subject.push(q.subject.clone());
            subject_key.push(q.subject_key.clone());
            period.push(q.period.clone());
            direction.push(q.direction.map(|d| d.as_str().to_string()));
            flags.push((!q.flags.is_empty()).then(|| q.flags.names()));
        }
    }
    spans
        .into_columns()
        .str("quantity_id", quantity_id)
        .str("kind", kind)
        .opt_f64("value", value)
        .opt_f64("value_max", value_max)
        .opt_str("unit", unit)
        .opt_f64("base_value", base_value)
        .opt_f64("base_value_max", base_value_max)
        .opt_str("base_unit", base_unit)
        .str("qualifier", qualifier)
        .str("role", role)
        .opt_str("measured", measured)
        .opt_str("subject", subject)
        .opt_str("subject_key", subject_key)
        .opt_str("period", period)
        .opt_str("direction", direction)
        .opt_str("flags", flags)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use factsift_core::document::{Document, DocumentMeta};
    use factsift_numbers::{extract, Language};

    /// The `quantities` rows of one English document.
    fn frame_of(text: &str) -> DataFrame {
        let mut doc = Document::new(text.to_string(), DocumentMeta::default());
        doc.quantities = extract(text, Language::En);
        let batch = Batch {
            docs: vec![doc],
            errors: Vec::new(),
        };
        frame(&batch).expect("frame")
    }

    #[test]
    fn rows_carry_char_offsets_and_contract_columns() {
        let text = "Günther’s firm paid €3 million, up 5%.".to_string();
        let df = frame_of(&text);
        assert_eq!(df.height(), 2);
        for name in [
            "doc_id",
            "sentence_id",
            "start",
            "end",
            "text",
            "quantity_id",
            "kind",
            "value",
            "value_max",
            "unit",
            "base_value",
            "base_value_max",
            "base_unit",
            "qualifier",
            "role",
            "measured",
            "subject",
            "subject_key",
            "period",
            "direction",
            "flags",
        ] {
            assert!(df.column(name).is_ok(), "missing column {name}");
        }
        let start = df.column("start").unwrap().i64().unwrap().get(0).unwrap() as usize;
        let end = df.column("end").unwrap().i64().unwrap().get(0).unwrap() as usize;
        let chars: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(chars, "€3 million");
        let unit = df
            .column("unit")
            .unwrap()
            .str()
            .unwrap()
            .get(0)
            .map(str::to_string);
        assert_eq!(unit.as_deref(), Some("EUR"));
        let dir = df
            .column("direction")
            .unwrap()
            .str()
            .unwrap()
            .get(1)
            .map(str::to_string);
        assert_eq!(dir.as_deref(), Some("up"));
    }

    #[test]
    fn written_and_base_columns_and_role() {
        let df = frame_of("Oil fell 45 cents to $60 after a 40-yard run.");
        let f64_at = |name: &str, i: usize| df.column(name).unwrap().f64().unwrap().get(i);
        let str_at = |name: &str, i: usize| {
            df.column(name)
                .unwrap()
                .str()
                .unwrap()
                .get(i)
                .map(str::to_string)
        };
        assert_eq!(df.height(), 3);
        assert_eq!(f64_at("value", 0), Some(45.0));
        assert_eq!(str_at("unit", 0).as_deref(), Some("cent"));
        assert_eq!(f64_at("base_value", 0), Some(0.45));
        assert_eq!(str_at("base_unit", 0).as_deref(), Some("USD"));
        assert_eq!(str_at("role", 0).as_deref(), Some("change"));
        assert_eq!(str_at("role", 1).as_deref(), Some("level"));
        assert_eq!(f64_at("value", 2), Some(40.0));
        assert_eq!(str_at("unit", 2).as_deref(), Some("yard"));
        assert!((f64_at("base_value", 2).unwrap() - 36.576).abs() < 1e-9);
        assert_eq!(str_at("base_unit", 2).as_deref(), Some("metre"));
    }

    #[test]
    fn relative_ordinals_keep_offset_anchor_and_flag() {
        let text = "Show me the penultimate page.".to_string();
        let df = frame_of(&text);
        assert_eq!(df.height(), 1);
        let str_at = |name: &str| {
            df.column(name)
                .unwrap()
                .str()
                .unwrap()
                .get(0)
                .map(str::to_string)
        };
        assert_eq!(str_at("kind").as_deref(), Some("ordinal"));
        assert_eq!(str_at("unit").as_deref(), Some("rank_from_end"));
        assert_eq!(str_at("flags").as_deref(), Some("relative"));
        assert_eq!(
            df.column("value").unwrap().f64().unwrap().get(0),
            Some(-1.0)
        );
    }
}
