//! `factsift-bench STAGE FILE [REPEAT]`: single-threaded throughput of one
//! rule-based stage (`segment`, `numbers`, `claims`) over a text file, printed
//! as JSON for `scripts/bench.sh`, which sets it beside peers measured in the
//! same run. The stages before STAGE run once, untimed; STAGE then runs
//! REPEAT times over the whole text.

use std::process::ExitCode;
use std::time::Instant;

use factsift::document::{Document, DocumentMeta};
use factsift::language::detect;
use factsift::pipeline::{build_stages, StageConfig};

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
