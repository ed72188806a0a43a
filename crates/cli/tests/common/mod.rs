//! Helpers shared by the integration tests: running the binary, reading tables back.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use polars::prelude::*;

/// The built `factsift` binary.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_factsift"))
}

/// A fresh, empty temporary folder for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factsift-it-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// Runs `factsift` with `args`, returning its output.
pub fn factsift(args: &[&str]) -> Output {
    Command::new(bin())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run factsift")
}

/// Runs `factsift` feeding `input` on standard input.
pub fn factsift_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn factsift");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

/// Part files of a table, all partitions, sorted.
pub fn parts(out: &Path, table: &str, ext: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(partitions) = std::fs::read_dir(out.join(table)) else {
        return found;
    };
    for p in partitions.flatten() {
        for f in std::fs::read_dir(p.path()).expect("partition").flatten() {
            let path = f.path();
            if path.extension().is_some_and(|e| e == ext) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Reads one Parquet part.
pub fn read_part(path: &Path) -> PolarsResult<DataFrame> {
    ParquetReader::new(std::fs::File::open(path)?).finish()
}

/// Reads a Parquet table back with polars (all parts stacked).
pub fn read_table(out: &Path, table: &str) -> DataFrame {
    let mut frames = parts(out, table, "parquet").into_iter().map(|p| {
        ParquetReader::new(std::fs::File::open(&p).expect("open part"))
            .finish()
            .expect("read parquet part")
    });
    let mut df = frames
        .next()
        .unwrap_or_else(|| panic!("table {table} has no parts"));
    for f in frames {
        df.vstack_mut(&f).expect("same schema across parts");
    }
    df
}

/// A string column as plain strings (nulls become empty strings).
pub fn strings(df: &DataFrame, column: &str) -> Vec<String> {
    df.column(column)
        .expect("column")
        .str()
        .expect("string column")
        .iter()
        .map(|s| s.unwrap_or_default().to_string())
        .collect()
}

/// An integer column as i64.
pub fn ints(df: &DataFrame, column: &str) -> Vec<i64> {
    let s = df
        .column(column)
        .expect("column")
        .cast(&DataType::Int64)
        .expect("cast");
    s.i64()
        .expect("i64")
        .iter()
        .map(|v| v.expect("no nulls"))
        .collect()
}

/// `text[start:end]` in characters, as Python slices it.
pub fn char_slice(text: &str, start: i64, end: i64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

/// The project's bundled corpus.
pub fn corpus() -> PathBuf {
    factsift_testdata::corpus_dir()
}

/// A table's rows in one canonical order (sorted by every column that is
/// not a list), so that two output folders can be compared row for row.
pub fn sorted_rows(out: &Path, table: &str) -> DataFrame {
    let df = read_table(out, table);
    let keys: Vec<String> = df
        .columns()
        .iter()
        .filter(|c| !matches!(c.dtype(), DataType::List(_)))
        .map(|c| c.name().to_string())
        .collect();
    df.sort(
        keys,
        SortMultipleOptions::default().with_maintain_order(true),
    )
    .expect("sort rows")
}

/// The tables every run writes.
pub const RUN_TABLES: [&str; 7] = [
    "documents",
    "sentences",
    "entities",
    "quantities",
    "claims",
    "errors",
    "aliases",
];

/// Asserts that two output folders hold the same rows in every table.
pub fn assert_same_tables(a: &Path, b: &Path) {
    for table in RUN_TABLES {
        let (x, y) = (sorted_rows(a, table), sorted_rows(b, table));
        assert!(
            x.equals_missing(&y),
            "table {table} differs between {} ({} rows) and {} ({} rows)",
            a.display(),
            x.height(),
            b.display(),
            y.height()
        );
    }
}

/// Every file under `dir` (relative path, contents), sorted by path.
pub fn files_under(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).expect("under dir").to_path_buf();
                found.push((rel, std::fs::read(&path).expect("read file")));
            }
        }
    }
    found.sort();
    found
}
