//! The `claims` table: one row per claim found by the claims stage.
//!
//! `quantity_ids` refers to rows of the `quantities` table as
//! `doc_id:index`, where `index` is the 0-based position of the quantity
//! among its document's rows of that table.

use polars::prelude::*;

use super::{Batch, SpanColumns};
use factsift_core::document::CharOffsets;

/// Builds the `claims` rows of a batch.
pub fn frame(batch: &Batch) -> PolarsResult<DataFrame> {
    let n: usize = batch.docs.iter().map(|d| d.claims.len()).sum();
    let mut claim_id = Vec::with_capacity(n);
    let mut kind = Vec::with_capacity(n);
    let mut speaker = Vec::with_capacity(n);
    let mut speaker_key = Vec::with_capacity(n);
    let mut hedged = Vec::with_capacity(n);
    let mut hedge_cue = Vec::with_capacity(n);
    let mut negated = Vec::with_capacity(n);
    let mut checkworthiness = Vec::with_capacity(n);
    let mut entity_keys = Vec::with_capacity(n);
    let mut quantity_ids = Vec::with_capacity(n);
    let mut cues = Vec::with_capacity(n);
    let mut spans = SpanColumns::with_capacity(n);
    for doc in &batch.docs {
        let offsets = CharOffsets::new(&doc.text);
        for (i, c) in doc.claims.iter().enumerate() {
            claim_id.push(format!("{}:{i}", doc.doc_id));
            spans.push(doc, &offsets, Some(c.sentence), c.span);
            kind.push(c.kind.as_str());
            speaker.push(c.speaker.as_ref().map(|s| s.name.clone()));
            speaker_key.push(c.speaker.as_ref().and_then(|s| s.key.clone()));
            hedged.push(c.hedged());
            hedge_cue.push(c.hedge_cue.clone());
            negated.push(c.negated);
            checkworthiness.push(Some(f64::from(c.checkworthiness)).filter(|v| v.is_finite()));
            entity_keys.push(c.entity_keys.clone());
            quantity_ids.push(
                c.quantities
                    .iter()
                    .map(|q| format!("{}:{q}", doc.doc_id))
                    .collect(),
            );
            cues.push(c.cues.clone());
        }
    }
    spans
        .into_columns()
        .str("claim_id", claim_id)
        .str("kind", kind)
        .opt_str("speaker", speaker)
        .opt_str("speaker_key", speaker_key)
        .bool("hedged", hedged)
        .opt_str("hedge_cue", hedge_cue)
        .bool("negated", negated)
        .opt_f64("checkworthiness", checkworthiness)
        .str_list("entity_keys", entity_keys)
        .str_list("quantity_ids", quantity_ids)
        .str_list("cues", cues)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use factsift_claims::ClaimsStage;
    use factsift_core::document::{Document, DocumentMeta};
    use factsift_core::language::Language;
    use factsift_core::Stage;
    use factsift_numbers::NumbersStage;
    use factsift_segment::SegmentStage;

    #[test]
    fn rows_carry_char_offsets_speakers_and_lists() {
        let text = "Günther Maihold said the jails hold 40,000 inmates. Ñandú prisons are full, but the government builds more of them.";
        let mut doc = Document::new(text.to_string(), DocumentMeta::default());
        doc.language = Language::En;
        SegmentStage.process(&mut doc).expect("segment");
        NumbersStage.process(&mut doc).expect("numbers");
        ClaimsStage::new().process(&mut doc).expect("claims");
        let batch = Batch {
            docs: vec![doc],
            errors: Vec::new(),
        };
        let df = frame(&batch).expect("frame");
        assert_eq!(df.height(), 3);
        for name in [
            "doc_id",
            "sentence_id",
            "claim_id",
            "start",
            "end",
            "text",
            "kind",
            "speaker",
            "speaker_key",
            "hedged",
            "hedge_cue",
            "negated",
            "checkworthiness",
            "entity_keys",
            "quantity_ids",
            "cues",
        ] {
            assert!(df.column(name).is_ok(), "missing column {name}");
        }
        let doc = &batch.docs[0];
        let chars: Vec<char> = doc.text.chars().collect();
        let starts = df
            .column("start")
            .expect("start")
            .i64()
            .expect("i64")
            .clone();
        let ends = df.column("end").expect("end").i64().expect("i64").clone();
        let texts = df.column("text").expect("text").str().expect("str").clone();
        for i in 0..df.height() {
            let (s, e) = (
                starts.get(i).expect("start") as usize,
                ends.get(i).expect("end") as usize,
            );
            let by_chars: String = chars[s..e].iter().collect();
            assert_eq!(Some(by_chars.as_str()), texts.get(i));
        }
        let speaker = df
            .column("speaker")
            .expect("speaker")
            .str()
            .expect("str")
            .clone();
        assert_eq!(speaker.get(0), Some("Günther Maihold"));
        assert_eq!(speaker.get(1), None);
        let ids = df
            .column("claim_id")
            .expect("id")
            .str()
            .expect("str")
            .clone();
        assert_eq!(ids.get(2), Some(format!("{}:2", doc.doc_id).as_str()));
        let qids = df
            .column("quantity_ids")
            .expect("qids")
            .list()
            .expect("list")
            .clone();
        let first = qids.get_as_series(0).expect("row 0");
        assert_eq!(first.len(), 1);
        assert_eq!(
            first.str().expect("str").get(0),
            Some(format!("{}:0", doc.doc_id).as_str())
        );
        assert_eq!(
            df.column("cues").expect("cues").dtype(),
            &DataType::List(Box::new(DataType::String))
        );
    }

    #[test]
    fn an_empty_batch_gives_an_empty_frame() {
        let df = frame(&Batch::default()).expect("frame");
        assert_eq!(df.height(), 0);
        assert_eq!(
            df.column("entity_keys").expect("entity_keys").dtype(),
            &DataType::List(Box::new(DataType::String))
        );
    }
}
