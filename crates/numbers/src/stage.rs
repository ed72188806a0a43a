//! The pipeline stage that fills `Document::quantities`.

use super::extract::extract_sentences;
use factsift_core::document::Document;
use factsift_core::Stage;

/// Finds the quantities of every sentence of a document.
#[derive(Debug, Default, Clone)]
pub struct NumbersStage;

impl Stage for NumbersStage {
    fn name(&self) -> &'static str {
        "numbers"
    }

    fn process(&self, doc: &mut Document) -> anyhow::Result<()> {
        // An unidentified language is read with the English conventions.
        let spans: Vec<_> = doc.sentences.iter().map(|s| s.span).collect();
        doc.quantities = extract_sentences(&doc.text, spans, doc.language);
        super::subjects::key_subjects(doc);
        Ok(())
    }
}
