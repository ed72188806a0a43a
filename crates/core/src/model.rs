//! The model traits: what the model-backed steps need from an inference
//! backend. `factsift-onnx` implements them with ONNX Runtime; a test or
//! another backend (candle, say) can implement them too.

/// Per-token scores of a batch of sequences.
#[derive(Debug, Clone, PartialEq)]
pub struct Logits {
    /// Row-major `[rows, seq, classes]` values.
    pub values: Vec<f32>,
    /// Padded sequence length.
    pub seq: usize,
    /// Number of classes (or hidden size, for an encoder's token states).
    pub classes: usize,
}

/// A token-classification model (the NER model): token ids in, one score
/// per class and token out. Calls may come from several threads at once.
pub trait TokenClassifier: Send + Sync {
    /// Runs `rows` sequences of length `seq`: `ids`, `mask` and `type_ids`
    /// are row-major `rows * seq` values; `type_ids` is used when the model
    /// takes token types (zeros when `None`).
    fn classify(
        &self,
        ids: Vec<i64>,
        mask: Vec<i64>,
        type_ids: Option<Vec<i64>>,
        rows: usize,
        seq: usize,
    ) -> anyhow::Result<Logits>;

    /// What the manifest records about the backend (library, version).
    fn describe(&self) -> serde_json::Value {
        serde_json::Value::Null
    }
}

/// A sentence encoder: texts in, unit-length embeddings out (claim
/// alignment in `compare`).
pub trait SentenceEncoder: Send + Sync {
    /// Unit-length embeddings of `texts`, in order.
    fn encode(&self, texts: &[&str]) -> anyhow::Result<Vec<Vec<f32>>>;

    /// Where the encoder came from, for reports (a folder, a model name).
    fn source(&self) -> String;
}

/// Cosine of two unit-length vectors.
pub fn cosine(a: &[f32], b: &[f32]) -> f64 {
    a.iter().zip(b).map(|(x, y)| f64::from(x * y)).sum()
}
