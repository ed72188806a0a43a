//! The small trait every pipeline stage implements.

use rayon::prelude::*;

use crate::document::Document;

/// One step of the pipeline (segment, entities, numbers, claims, …).
///
/// A stage reads and adds annotation layers of a [`Document`]; it never
/// rewrites `Document::text`. Stages that gain from batching (model
/// inference) override [`Stage::process_batch`]; the others implement
/// [`Stage::process`] and get parallelism over documents for free.
pub trait Stage: Send + Sync {
    /// Short name used in logs, the manifest and `errors.stage`.
    fn name(&self) -> &'static str;

    /// Annotates one document.
    fn process(&self, doc: &mut Document) -> anyhow::Result<()>;

    /// Annotates a batch of documents; one result per document, in order.
    fn process_batch(&self, docs: &mut [Document]) -> Vec<anyhow::Result<()>> {
        docs.par_iter_mut().map(|doc| self.process(doc)).collect()
    }

    /// What the manifest should record about this stage (model name,
    /// version, file hashes, settings); `null` when there is nothing to say.
    fn manifest(&self) -> serde_json::Value {
        serde_json::Value::Null
    }
}
