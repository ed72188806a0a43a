//! Runs one Rust main-content extractor over a folder of HTML pages and writes
//! one JSON line per page: {"id": file stem, "text": extracted text, "ms": time, "error": msg}.
//! Usage: html-extraction-peers NAME PAGES_DIR OUT.jsonl   (NAME: dom_smoothie | rs_trafilatura |
//! readability | trafilatura_rs | dom_smoothie_html: the cleaned article HTML, for factsift's own
//! text walk to read)

use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::Instant;

fn charset_of(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

/// UTF-8 when the bytes are valid UTF-8, else the declared charset, else windows-1252.
fn decode(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    let enc = charset_of(bytes).unwrap_or(encoding_rs::WINDOWS_1252);
    enc.decode(bytes).0.into_owned()
}

fn run(name: &str, bytes: &[u8]) -> Result<String, String> {
    let html = decode(bytes);
    match name {
        "dom_smoothie" => {
            let cfg = dom_smoothie::Config {
                text_mode: dom_smoothie::TextMode::Formatted,
                ..Default::default()
            };
            let mut r = dom_smoothie::Readability::new(html.as_str(), None, Some(cfg))
                .map_err(|e| e.to_string())?;
            r.parse().map(|a| a.text_content.to_string()).map_err(|e| e.to_string())
        }
        "dom_smoothie_html" => {
            let mut r = dom_smoothie::Readability::new(html.as_str(), None, None)
                .map_err(|e| e.to_string())?;
            r.parse().map(|a| a.content.to_string()).map_err(|e| e.to_string())
        }
        "rs_trafilatura" => rs_trafilatura::extract(&html)
            .map(|r| r.content_text)
            .map_err(|e| e.to_string()),
        "readability" => {
            let url = url::Url::parse("http://localhost/").map_err(|e| e.to_string())?;
            readability::extractor::extract(&mut html.as_bytes(), &url)
                .map(|p| p.text)
                .map_err(|e| format!("{e:?}"))
        }
        "trafilatura_rs" => trafilatura::extract(&html, &trafilatura::Options::default())
            .map(|r| r.content_text)
            .map_err(|e| e.to_string()),
        other => Err(format!("unknown extractor {other}")),
    }
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (name, dir, out) = (&args[1], Path::new(&args[2]), &args[3]);
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    paths.sort();
    let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
    for p in paths {
        let bytes = std::fs::read(&p)?;
        let id = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let t0 = Instant::now();
        let res = catch_unwind(AssertUnwindSafe(|| run(name, &bytes)))
            .unwrap_or_else(|_| Err("panic".to_string()));
        let ms = t0.elapsed().as_secs_f64() * 1000.0;
        let (text, error) = match res {
            Ok(t) => (t, None),
            Err(e) => (String::new(), Some(e)),
        };
        let line = serde_json::json!({"id": id, "text": text, "ms": ms, "error": error});
        writeln!(w, "{line}")?;
    }
    Ok(())
}
