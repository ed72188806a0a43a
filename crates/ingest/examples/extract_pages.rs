//! Reads every page of a folder through ingest alone (no other stage) and
//! writes one JSON line per page, `{"id", "text", "ms", "error"}`, the format
//! `bench/html_extraction/score.py` reads; prints the time spent reading.
//!
//! `cargo run --release -p factsift-ingest --example extract_pages -- PAGES OUT.jsonl`

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use factsift_ingest::{discover, Reader};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(pages), Some(out)) = (args.next(), args.next()) else {
        anyhow::bail!("usage: extract_pages PAGES_DIR OUT.jsonl");
    };
    let found = discover(&[PathBuf::from(pages)]);
    let mut out = std::io::BufWriter::new(std::fs::File::create(out)?);
    let start = Instant::now();
    let mut reader = Reader::new(found.items);
    let mut pages = 0usize;
    while let Some(chunk) = reader.next_chunk(64) {
        for result in chunk {
            pages += 1;
            let (path, text, error) = match result {
                Ok(doc) => (doc.meta.external_id.clone(), doc.text.clone(), None),
                Err(e) => (e.path.clone(), String::new(), Some(e.message.clone())),
            };
            let id = std::path::Path::new(&path)
                .file_stem()
                .map_or(path.clone(), |s| s.to_string_lossy().into_owned());
            let line = serde_json::json!({"id": id, "text": text, "ms": 0, "error": error});
            writeln!(out, "{line}")?;
        }
    }
    eprintln!(
        "{pages} pages read in {:.2} s",
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
