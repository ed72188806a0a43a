//! Writes a comparison: its three tables and its two reports, each file
//! atomically, so an interrupted compare never leaves a half-written file.

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::model::Comparison;
use super::report;
use super::tables::TABLES;
use factsift_dataset::{write_atomic, OutputFormat};

/// File name of the Markdown report.
pub const MARKDOWN_REPORT: &str = "REPORT.md";

/// File name of the HTML report.
pub const HTML_REPORT: &str = "report.html";

/// Writes `OUT/<table>.<ext>` for each table, `OUT/REPORT.md` and
/// `OUT/report.html`; returns the paths written.
pub fn write(c: &Comparison, out: &Path, format: OutputFormat) -> anyhow::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let mut written = Vec::new();
    for (name, build) in TABLES {
        let mut df = build(c).with_context(|| format!("building the {name} table"))?;
        let path = out.join(format!("{name}.{}", format.extension()));
        write_atomic(&path, |w| {
            format
                .write(&mut df, w)
                .with_context(|| format!("writing {}", path.display()))
        })?;
        written.push(path);
    }
    for (name, text) in [
        (MARKDOWN_REPORT, report::markdown(c)),
        (HTML_REPORT, report::html(c)),
    ] {
        let path = out.join(name);
        write_atomic(&path, |w| {
            use std::io::Write;
            w.write_all(text.as_bytes())
                .with_context(|| format!("writing {}", path.display()))
        })?;
        written.push(path);
    }
    Ok(written)
}
