//! Fits the claims stage's check-worthiness model on the training part of
//! the CLEF-2019 CheckThat! set and writes it as JSON.
//!
//! Usage: `factsift-train-claims SHARED_DIR [OUT_JSON]` (default output
//! `models/claims/checkworthiness.json`). The validation part is never read
//! for fitting; `make eval` reports the model on it.

use std::path::PathBuf;

use anyhow::Context;
use factsift_dev::eval::SharedData;
use factsift_dev::{clef, training};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let shared = SharedData::new(args.next().unwrap_or_else(|| "../shared".to_string()));
    let out = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "models/claims/checkworthiness.json".to_string()),
    );
    let path = shared
        .eval_set(clef::SET)
        .with_context(|| format!("{} not found under the shared folder", clef::SET))?;
    let model = training::train_on_clef(&path)?;
    let json = serde_json::to_string_pretty(&model)?;
    std::fs::write(&out, json + "\n").with_context(|| format!("writing {}", out.display()))?;
    println!("wrote {} ({})", out.display(), model.trained_on);
    for (name, w) in model.features.iter().zip(&model.weights) {
        println!("  {name:<24} {w:>8.4}");
    }
    println!("  threshold                {:>8.4}", model.threshold);
    Ok(())
}
