//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use factsift_dataset::OutputFormat;
use factsift_pipeline::Shard;

/// Turn news and analysis articles into a dataset of comparable facts.
#[derive(Debug, Parser)]
#[command(name = "factsift", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run every stage over articles and write the dataset.
    #[command(after_help = RUN_EXAMPLES)]
    Run(RunArgs),
    /// Line up what different sources say: statistics, entity coverage, aligned claims.
    #[command(after_help = COMPARE_EXAMPLES)]
    Compare(CompareArgs),
    /// List or check the NER models factsift can load.
    #[command(subcommand)]
    Models(ModelsCommand),
}

/// `factsift models …`.
#[derive(Debug, Subcommand)]
pub enum ModelsCommand {
    /// Show the models found in the model folders, with their labels.
    List,
    /// Load a model with ONNX Runtime, check its file hashes and run one sentence.
    Verify {
        /// Model name (see `models list`) or folder; default: the model `run` would use.
        #[arg(value_name = "NAME|DIR")]
        model: Option<String>,
    },
}

const RUN_EXAMPLES: &str = "\
Examples:
  factsift run corpora/ --out outputs/run1
  factsift run feed.jsonl page.html notes.md --out out --format csv
  cat article.txt | factsift run - --out out --quiet
  factsift run crawl/ --out s3mount/facts --shard 3/8 --jobs 2   # one of 8 parallel jobs

Inputs: .txt, .md, .html/.htm, .jsonl (one document a line: \"text\" required;
\"id\", \"source\", \"url\", \"title\", \"published\" optional). Folders are read
recursively. Each table is written under OUT/<table>/shard=<i>/part-*.<ext>;
read one with polars.scan_parquet(\"OUT/sentences/**/*.parquet\").

One run writes an output folder at a time (shards i/N of one job may run
together, each shard once): a second run into it exits with status 1 and says
which run holds the folder's lock.

Exit status: 0 when the run completed (bad inputs become rows of the errors
table), 1 when nothing could be processed or the folder is in use, 2 on a
usage error.";

const COMPARE_EXAMPLES: &str = "\
Examples:
  factsift compare outputs/corpora --out outputs/compare
  factsift compare runs/monday runs/tuesday --out cmp --embedder none
  factsift compare runs/ --out cmp        # every run folder inside runs/

Writes OUT/statistics, OUT/entity_coverage and OUT/claims_alignment (Parquet by
default), OUT/REPORT.md (also printed unless --quiet) and OUT/report.html, a
self-contained page. Runs must be written as Parquet; a folder given may be a
run folder or hold run folders one level down. Sources are documents.source,
else the url's host, else the input's file name.

Exit status: 0 when the comparison was written, 1 on an error (unreadable run,
unwritable output), 2 on a usage error.";

/// Options of `factsift compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Run folders written by `factsift run` (or folders holding run folders).
    #[arg(required = true, value_name = "RUN_DIR")]
    pub runs: Vec<PathBuf>,

    /// Output folder for the comparison tables and reports.
    #[arg(long, short, value_name = "DIR")]
    pub out: PathBuf,

    /// File format of the tables: parquet, csv, jsonl or ipc.
    #[arg(long, default_value = "parquet", value_name = "FORMAT")]
    pub format: OutputFormat,

    /// Sentence embedder for claim alignment: a folder with model.onnx and tokenizer.json,
    /// `auto` (the one `make deps` installs, else word overlap) or `none` (word overlap).
    #[arg(long, default_value = "auto", value_name = "DIR|auto|none")]
    pub embedder: String,

    /// Worker threads for the embedder (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,

    /// Do not print the Markdown report.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Options of `factsift run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Files or folders to read (folders recursively); `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Output folder for the tables and manifest.json.
    #[arg(short, long, value_name = "DIR")]
    pub out: PathBuf,

    /// File format of the tables: parquet, csv, jsonl or ipc.
    #[arg(long, default_value = "parquet", value_name = "FORMAT")]
    pub format: OutputFormat,

    /// Worker threads (default: all cores).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Documents per batch; memory use grows with it, not with the corpus.
    #[arg(long, default_value_t = 256, value_name = "N")]
    pub batch_size: usize,

    /// Process only share i of N (0-based), chosen by document hash; run N jobs for 0..N.
    #[arg(long, value_name = "i/N")]
    pub shard: Option<Shard>,

    /// Rebuild the output from scratch instead of skipping documents already done.
    #[arg(long)]
    pub force: bool,

    /// Language of the documents: auto (detect per document), en or es.
    #[arg(long, default_value = "auto", value_name = "LANG")]
    pub lang: String,

    /// NER model for the entities stage: a name from `factsift models list`, a model folder
    /// (model.onnx, tokenizer.json, config.json), `auto` (the first model found; entities are
    /// skipped with a warning when there is none) or `none`.
    #[arg(long, default_value = "auto", value_name = "NAME|DIR")]
    pub model: String,

    /// The largest document read, in bytes (K, M, G suffixes: KiB, MiB, GiB): a file,
    /// standard input or JSONL line over it becomes an `errors` row without being read whole.
    /// Feeds of any length are read line by line.
    #[arg(long, default_value = "64M", value_name = "BYTES", value_parser = parse_size)]
    pub max_doc_bytes: u64,

    /// Print nothing but errors (for cron).
    #[arg(short, long)]
    pub quiet: bool,
}

/// Parses a size in bytes: a positive number, optionally followed by `K`, `M` or `G`
/// (KiB, MiB, GiB; `KiB`, `MiB`, `GiB` and `B` are accepted too).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("'{text}' is not a size (examples: 1000, 512K, 64M, 2G)"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kib" => 10,
        "m" | "mib" => 20,
        "g" | "gib" => 30,
        other => return Err(format!("unknown size unit '{other}' (use K, M or G)")),
    };
    let bytes = number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("'{text}' is too large"))?;
    if bytes == 0 {
        return Err("the size must be at least 1 byte".to_string());
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_with_binary_suffixes() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("512KiB"), Ok(512 << 10));
        assert_eq!(parse_size("2g"), Ok(2 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12 furlongs").is_err());
        assert!(parse_size("M").is_err());
    }
}
