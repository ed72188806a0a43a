//! Timing the stage for `make bench`: the same measure the Python baseline
//! (`bench/ner_python.py`) prints, so the two can be set side by side.

use std::time::Instant;

use factsift_core::document::Document;
use factsift_core::Stage;
use factsift_entities::EntitiesStage;

/// How fast the stage labelled a set of documents.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Throughput {
    /// Documents labelled.
    pub documents: usize,
    /// Document tokens labelled (context and special tokens excluded).
    pub tokens: u64,
    /// Windows run through the model.
    pub windows: u64,
    /// Wall-clock seconds.
    pub seconds: f64,
}

impl Throughput {
    /// Tokens per second.
    pub fn tokens_per_s(&self) -> f64 {
        self.tokens as f64 / self.seconds.max(1e-9)
    }

    /// Documents per second.
    pub fn docs_per_s(&self) -> f64 {
        self.documents as f64 / self.seconds.max(1e-9)
    }

    /// One JSON line with the same fields as `bench/ner_python.py`.
    pub fn to_json(&self, engine: &str) -> serde_json::Value {
        serde_json::json!({
            "engine": engine,
            "documents": self.documents,
            "tokens": self.tokens,
            "windows": self.windows,
            "seconds": (self.seconds * 1000.0).round() / 1000.0,
            "tokens_per_s": (self.tokens_per_s() * 10.0).round() / 10.0,
            "docs_per_s": (self.docs_per_s() * 100.0).round() / 100.0,
        })
    }
}

/// Labels `docs` as one batch (after an untimed warm-up on the first
/// document) and reports the throughput; a document that fails is an error.
pub fn measure(stage: &EntitiesStage, docs: &mut [Document]) -> anyhow::Result<Throughput> {
    if let Some(first) = docs.first() {
        let mut warm = first.clone();
        stage.process(&mut warm)?;
    }
    let (tokens0, windows0) = (stage.tokens_run(), stage.windows_run());
    let started = Instant::now();
    for r in stage.process_batch(docs) {
        r?;
    }
    Ok(Throughput {
        documents: docs.len(),
        tokens: stage.tokens_run() - tokens0,
        windows: stage.windows_run() - windows0,
        seconds: started.elapsed().as_secs_f64(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_and_json() {
        let t = Throughput {
            documents: 4,
            tokens: 1000,
            windows: 10,
            seconds: 2.0,
        };
        assert_eq!(t.tokens_per_s(), 500.0);
        assert_eq!(t.docs_per_s(), 2.0);
        let j = t.to_json("factsift");
        assert_eq!(j["tokens_per_s"], 500.0);
        assert_eq!(j["documents"], 4);
    }
}
