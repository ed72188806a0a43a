//! Output file formats.

use std::io::Write;

use polars::prelude::*;

/// The file format of the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OutputFormat {
    /// Apache Parquet (zstd), the default.
    #[default]
    Parquet,
    /// Comma-separated values with a header; list columns become JSON arrays.
    Csv,
    /// JSON Lines, one row per line.
    Jsonl,
    /// Arrow IPC (Feather v2).
    Ipc,
}

impl OutputFormat {
    /// File extension of a part in this format.
    pub fn extension(&self) -> &'static str {
        match self {
            OutputFormat::Parquet => "parquet",
            OutputFormat::Csv => "csv",
            OutputFormat::Jsonl => "jsonl",
            OutputFormat::Ipc => "arrow",
        }
    }

    /// The name used on the command line and in the manifest.
    pub fn name(&self) -> &'static str {
        match self {
            OutputFormat::Parquet => "parquet",
            OutputFormat::Csv => "csv",
            OutputFormat::Jsonl => "jsonl",
            OutputFormat::Ipc => "ipc",
        }
    }

    /// Serializes `df` to `out`.
    pub fn write<W: Write>(&self, df: &mut DataFrame, out: W) -> PolarsResult<()> {
        match self {
            OutputFormat::Parquet => {
                // min, max and null counts (for readers' predicate pushdown);
                // distinct counts cost a hash of every string column
                ParquetWriter::new(out)
                    .with_statistics(StatisticsOptions::default())
                    .finish(df)?;
            }
            OutputFormat::Csv => {
                let mut flat = lists_as_json(df)?;
                CsvWriter::new(out).include_header(true).finish(&mut flat)?;
            }
            OutputFormat::Jsonl => {
                JsonWriter::new(out)
                    .with_json_format(JsonFormat::JsonLines)
                    .finish(df)?;
            }
            OutputFormat::Ipc => {
                IpcWriter::new(out)
                    .with_compression(Some(IpcCompression::ZSTD(Default::default())))
                    .finish(df)?;
            }
        }
        Ok(())
    }

    /// Reads the named columns of a part written in this format.
    pub fn read_columns(
        &self,
        path: &std::path::Path,
        columns: &[&str],
    ) -> PolarsResult<DataFrame> {
        let file = std::fs::File::open(path)?;
        let names: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
        match self {
            OutputFormat::Parquet => ParquetReader::new(file).with_columns(Some(names)).finish(),
            OutputFormat::Ipc => IpcReader::new(file).with_columns(Some(names)).finish(),
            OutputFormat::Csv => {
                let df = CsvReadOptions::default()
                    .with_has_header(true)
                    .into_reader_with_file_handle(file)
                    .finish()?;
                df.select(names)
            }
            OutputFormat::Jsonl => {
                // Read line by line: only the named fields are kept.
                use std::io::BufRead;
                let mut values: Vec<Vec<Option<String>>> = vec![Vec::new(); names.len()];
                for line in std::io::BufReader::new(file).lines() {
                    let row: serde_json::Value = serde_json::from_str(&line?)
                        .map_err(|e| polars_err!(ComputeError: "bad JSON line: {e}"))?;
                    for (col, name) in values.iter_mut().zip(&names) {
                        col.push(row.get(name).and_then(|v| v.as_str()).map(str::to_string));
                    }
                }
                let height = values.first().map_or(0, Vec::len);
                let columns = names
                    .iter()
                    .zip(values)
                    .map(|(n, v)| Series::new(n.as_str().into(), v).into_column())
                    .collect();
                DataFrame::new(height, columns)
            }
        }
    }
}

impl std::str::FromStr for OutputFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "parquet" => Ok(OutputFormat::Parquet),
            "csv" => Ok(OutputFormat::Csv),
            "jsonl" | "ndjson" | "json" => Ok(OutputFormat::Jsonl),
            "ipc" | "arrow" | "feather" => Ok(OutputFormat::Ipc),
            other => Err(format!(
                "unknown format '{other}' (parquet, csv, jsonl, ipc)"
            )),
        }
    }
}

/// CSV cannot hold nested values: list columns are written as JSON arrays.
fn lists_as_json(df: &DataFrame) -> PolarsResult<DataFrame> {
    let mut columns = Vec::with_capacity(df.width());
    for col in df.columns() {
        if let DataType::List(_) = col.dtype() {
            let list = col.as_materialized_series().list()?;
            let encoded: Vec<Option<String>> = (0..list.len())
                .map(|i| list.get_as_series(i))
                .map(|item| {
                    item.map(|s| {
                        let values: Vec<serde_json::Value> = s
                            .iter()
                            .map(|v| match v {
                                AnyValue::Null => serde_json::Value::Null,
                                AnyValue::String(s) => serde_json::Value::from(s),
                                other => serde_json::Value::from(other.to_string()),
                            })
                            .collect();
                        serde_json::Value::from(values).to_string()
                    })
                })
                .collect();
            columns.push(Series::new(col.name().clone(), encoded).into_column());
        } else {
            columns.push(col.clone());
        }
    }
    DataFrame::new(df.height(), columns)
}
