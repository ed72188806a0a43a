//! `factsift compare`: reads runs, writes the comparison, prints the report.

use std::path::PathBuf;
use std::process::ExitCode;

use factsift_compare::{compare, model::Verdict, report, write, Options};
use factsift_core::SentenceEncoder;
use factsift_onnx::{load_choice, EmbedderChoice};

use super::args::CompareArgs;

/// Runs `factsift compare`.
pub fn command(args: CompareArgs) -> anyhow::Result<ExitCode> {
    let embedder = match args.embedder.as_str() {
        "auto" => EmbedderChoice::Auto,
        "none" => EmbedderChoice::None,
        dir => EmbedderChoice::Dir(PathBuf::from(dir)),
    };
    let threads = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let encoder = load_choice(&embedder, threads)?;
    let options = Options {
        runs: args.runs,
        encoder: encoder.as_ref().map(|e| e as &dyn SentenceEncoder),
    };
    let comparison = compare(&options)?;
    let written = write(&comparison, &args.out, args.format)?;
    if !args.quiet {
        print!("{}", report::markdown(&comparison));
        eprintln!(
            "factsift: compared {} documents from {} sources in {} stories: {} statistics ({} disputed), {} aligned claim pairs; wrote {}",
            comparison.documents,
            comparison.sources.len(),
            comparison.stories,
            comparison.statistics.len(),
            comparison
                .statistics
                .iter()
                .filter(|g| g.verdict == Verdict::Differ)
                .count(),
            comparison.alignments.len(),
            written
                .first()
                .and_then(|p| p.parent())
                .map_or_else(String::new, |p| p.display().to_string())
        );
    }
    // The process ends here: skip freeing a comparison that may hold millions of rows.
    std::mem::forget(comparison);
    Ok(ExitCode::SUCCESS)
}
