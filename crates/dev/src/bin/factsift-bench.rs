//! Throughput of one stage, printed as JSON for `scripts/bench.sh`, which sets
//! it beside peers measured in the same run.
//!
//! - `factsift-bench segment|numbers|claims FILE [REPEAT]`: one rule-based
//!   stage on one thread over a text file; the stages before it run once,
//!   untimed, and the stage then runs REPEAT times over the whole text.
//! - `factsift-bench entities JSONL MODEL_DIR [THREADS]`: the NER stage over
//!   the documents of a JSONL file (`text` field), as one batch.

use std::process::ExitCode;
use std::time::Instant;

use factsift_core::language::detect;
use factsift_core::Stage;
use factsift_core::{Document, DocumentMeta};
use factsift_dev::throughput;
use factsift_entities::EntitiesStage;
use factsift_pipeline::{build_stages, StageConfig};
use factsift_segment::SegmentStage;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("factsift-bench: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(name), Some(file)) = (args.first(), args.get(1)) else {
        anyhow::bail!("usage: factsift-bench segment|numbers|claims FILE [REPEAT]");
    };
    if name == "entities" {
        let model = args.get(2).ok_or_else(|| {
            anyhow::anyhow!("usage: factsift-bench entities JSONL MODEL_DIR [THREADS]")
        })?;
        let threads: usize = args.get(3).and_then(|t| t.parse().ok()).unwrap_or(2);
        return bench_entities(file, model, threads);
    }
    let repeat: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(1);
    let text = std::fs::read_to_string(file)?;
    let stages = build_stages(&StageConfig::default())?;
    let at = stages
        .iter()
        .position(|s| s.name() == name.as_str())
        .ok_or_else(|| anyhow::anyhow!("unknown stage {name}"))?;
    let mut doc = Document::new(text, DocumentMeta::default());
    doc.language = detect(&doc.text);
    for stage in &stages[..=at] {
        stage.process(&mut doc)?; // earlier stages once; the timed one warms up
    }
    let stage = &stages[at];
    let started = Instant::now();
    for _ in 0..repeat {
        stage.process(&mut doc)?;
    }
    let secs = started.elapsed().as_secs_f64();
    let bytes = doc.text.len() * repeat;
    println!(
        "{{\"stage\": \"{}\", \"bytes\": {bytes}, \"seconds\": {secs:.6}, \"mb_per_s\": {:.3}, \"sentences\": {}, \"quantities\": {}, \"claims\": {}}}",
        stage.name(),
        bytes as f64 / 1e6 / secs.max(1e-12),
        doc.sentences.len(),
        doc.quantities.len(),
        doc.claims.len()
    );
    Ok(())
}

fn bench_entities(file: &str, model: &str, threads: usize) -> anyhow::Result<()> {
    let stage = EntitiesStage::from_model_dir(std::path::Path::new(model), threads)?;
    let mut docs = Vec::new();
    for line in std::fs::read_to_string(file)?.lines() {
        if line.trim().is_empty() {
            continue;
        }
        let record: serde_json::Value = serde_json::from_str(line)?;
        let text = record["text"].as_str().unwrap_or_default().to_string();
        let mut doc = Document::new(text, DocumentMeta::default());
        doc.language = detect(&doc.text);
        SegmentStage.process(&mut doc)?;
        docs.push(doc);
    }
    let measured = throughput::measure(&stage, &mut docs)?;
    println!("{}", measured.to_json("factsift"));
    Ok(())
}
