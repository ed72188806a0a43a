//! Sentence segmentation (placeholder, being written).

use crate::document::{Document, Sentence};
use crate::language::Language;
use crate::pipeline::Stage;

/// Splits `text` into sentences.
pub fn segment(text: &str, _lang: Language, _blocks: &[crate::document::Block]) -> Vec<Sentence> {
    let _ = text;
    Vec::new()
}

/// The segment stage.
#[derive(Debug, Default, Clone)]
pub struct SegmentStage;

impl Stage for SegmentStage {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn process(&self, doc: &mut Document) -> anyhow::Result<()> {
        doc.sentences = segment(&doc.text, doc.language, &doc.blocks);
        Ok(())
    }
}
