//! The pipeline stage that fills `Document::quantities`.

use super::extract::extract_sentences;
use super::parse::Lang;
use factsift_core::document::Document;
use factsift_core::language::Language;
use factsift_core::Stage;

/// Finds the quantities of every sentence of a document.
#[derive(Debug, Default, Clone)]
pub struct NumbersStage;

/// The number conventions of a document's language (English when unknown).
pub fn lang_of(language: Language) -> Lang {
    match language {
        Language::Es => Lang::Es,
        _ => Lang::En,
    }
}

impl Stage for NumbersStage {
    fn name(&self) -> &'static str {
        "numbers"
    }

    fn process(&self, doc: &mut Document) -> anyhow::Result<()> {
        let lang = lang_of(doc.language);
        let spans: Vec<_> = doc.sentences.iter().map(|s| s.span).collect();
        doc.quantities = extract_sentences(&doc.text, spans, lang);
        super::subjects::key_subjects(doc);
        Ok(())
    }
}
