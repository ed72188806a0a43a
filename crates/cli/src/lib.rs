//! The `factsift` command line: argument parsing, progress and exit codes
//! for the `run`, `compare` and `models` commands, over the library crates.

mod args;
mod compare;
mod models;
mod progress;

pub use args::{Cli, Command, CompareArgs, ModelsCommand, RunArgs};
pub use models::choose as choose_model;
pub use progress::{describe, reporter};

use std::process::ExitCode;

use anyhow::Context;

use factsift_core::language::Language;
use factsift_pipeline::{build_stages, run, RunOptions, StageConfig};

/// Exit status when nothing could be processed.
pub const EXIT_NOTHING_PROCESSED: u8 = 1;
/// Exit status on a usage error (clap uses it too).
pub const EXIT_USAGE: u8 = 2;

/// Runs a parsed command line and returns the process exit status.
pub fn main(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Run(args) => run_command(args),
        Command::Compare(args) => compare::command(args),
        Command::Models(ModelsCommand::List) => Ok(models::list()),
        Command::Models(ModelsCommand::Verify { model }) => models::verify(model.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("factsift: error: {e:#}");
            ExitCode::from(EXIT_NOTHING_PROCESSED)
        }
    }
}

fn run_command(args: RunArgs) -> anyhow::Result<ExitCode> {
    let language = match Language::from_code(&args.lang) {
        Ok(l) => l,
        Err(msg) => {
            eprintln!("factsift: error: --lang: {msg}");
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    };
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build_global()
        .context("starting worker threads")?;
    let options = RunOptions {
        inputs: args.inputs,
        out: args.out,
        format: args.format,
        batch_size: args.batch_size,
        shard: args.shard.unwrap_or_default(),
        force: args.force,
        language,
        jobs,
        max_doc_bytes: args.max_doc_bytes,
    };
    let ner_model = match models::choose(&args.model, args.quiet) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("factsift: error: --model: {e:#}");
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    };
    let stages = build_stages(&StageConfig {
        ner_model,
        threads: jobs,
    })?;
    let progress = reporter(args.quiet);
    let summary = run(&options, &stages, progress.as_ref())?;
    if summary.nothing_processed() {
        eprintln!(
            "factsift: nothing could be processed ({} inputs, {} errors; see {}/errors)",
            summary.inputs,
            summary.errors,
            options.out.display()
        );
        return Ok(ExitCode::from(EXIT_NOTHING_PROCESSED));
    }
    Ok(ExitCode::SUCCESS)
}
