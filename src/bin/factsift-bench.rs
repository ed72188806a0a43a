//! `factsift-bench STAGE FILE [REPEAT]`: single-threaded throughput of one
//! stage over a text file (repeated REPEAT times), printed as JSON for
//! `scripts/bench.sh`, which sets it beside peers measured in the same run.

use std::process::ExitCode;
use std::time::Instant;

use factsift::document::{Document, DocumentMeta};
use factsift::language::detect;
use factsift::pipeline::Stage;
use factsift::segment::SegmentStage;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(stage), Some(file)) = (args.first(), args.get(1)) else {
        eprintln!("usage: factsift-bench segment FILE [REPEAT]");
        return ExitCode::from(2);
    };
    let repeat: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(1);
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("factsift-bench: {file}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let paragraphs: Vec<&str> = text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .collect();
    let mut doc = Document::new(text.clone(), DocumentMeta::default());
    doc.language = detect(&doc.text);
    let stage: Box<dyn Stage> = match stage.as_str() {
        "segment" => Box::new(SegmentStage),
        other => {
            eprintln!("factsift-bench: unknown stage {other}");
            return ExitCode::from(2);
        }
    };
    // Warm-up, then timed passes.
    if let Err(e) = stage.process(&mut doc) {
        eprintln!("factsift-bench: {e:#}");
        return ExitCode::FAILURE;
    }
    let started = Instant::now();
    let mut units = 0usize;
    for _ in 0..repeat {
        if let Err(e) = stage.process(&mut doc) {
            eprintln!("factsift-bench: {e:#}");
            return ExitCode::FAILURE;
        }
        units += doc.sentences.len();
    }
    let secs = started.elapsed().as_secs_f64();
    let bytes = text.len() * repeat;
    println!(
        "{{\"stage\": \"{}\", \"bytes\": {bytes}, \"seconds\": {secs:.6}, \"mb_per_s\": {:.3}, \"units\": {units}, \"paragraphs\": {}}}",
        stage.name(),
        bytes as f64 / 1e6 / secs.max(1e-12),
        paragraphs.len() * repeat
    );
    ExitCode::SUCCESS
}
