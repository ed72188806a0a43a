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

    /// Tables the stage accumulates over the whole run (e.g. `aliases`),
    /// written once when the run ends. Most stages have none.
    fn run_tables(&self) -> anyhow::Result<Vec<RunTable>> {
        Ok(Vec::new())
    }

    /// What the manifest should record about this stage (model name,
    /// version, file hashes, settings); `null` when there is nothing to say.
    fn manifest(&self) -> serde_json::Value {
        serde_json::Value::Null
    }
}

/// A table a stage accumulates over a whole run, as rows; the dataset crate
/// turns it into a frame of the contract's schema.
#[derive(Debug, Clone, PartialEq)]
pub enum RunTable {
    /// The `aliases` table: each entity key's surface forms.
    Aliases(Vec<AliasRow>),
}

impl RunTable {
    /// The table's name in the dataset.
    pub fn name(&self) -> &'static str {
        match self {
            RunTable::Aliases(_) => "aliases",
        }
    }
}

/// One row of the `aliases` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasRow {
    /// The entity key.
    pub entity_key: String,
    /// The canonical name most often given to the key.
    pub canonical_name: String,
    /// The label most often given to the key's mentions.
    pub label: &'static str,
    /// A surface form, white space collapsed.
    pub surface: String,
    /// How many mentions had this surface form.
    pub mentions: u64,
}
