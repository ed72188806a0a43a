//! Reading inputs into [`Document`]s: plain text, Markdown, HTML and JSONL.
//!
//! [`discover`] expands the command line into [`InputItem`]s; a [`Reader`]
//! then yields documents in chunks, reading files in parallel and JSONL feeds
//! line by line, so memory follows the chunk size, not the corpus size. Every
//! failure becomes an [`InputError`] for the `errors` table.

mod blocks;
mod decode;
mod discover;
mod html;
mod jsonl;
mod markdown;
mod published;
mod text;

pub use decode::{decode, Decoded};
pub use discover::{discover, Discovery, InputItem};
pub use html::domain_of;
pub use published::parse_published;

use std::collections::VecDeque;
use std::io::{BufRead, Read};

use rayon::prelude::*;

use factsift_core::document::{Block, Document, DocumentMeta};
use factsift_core::InputError;

/// The largest file read whole (512 MiB); larger files get an `errors` row.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// An input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// An HTML page.
    Html,
    /// JSON Lines, one document a line.
    Jsonl,
}

impl Format {
    /// The extensions recognised, for messages.
    pub const EXTENSIONS: &'static str =
        ".txt .text .md .markdown .html .htm .xhtml .jsonl .ndjson";

    /// The format of a (lower-case) file extension.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }

    /// Guesses the format of content without a telling extension.
    pub fn sniff(text: &str) -> Format {
        let head = text.trim_start();
        let lower: String = head
            .chars()
            .take(64)
            .collect::<String>()
            .to_ascii_lowercase();
        if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
            Format::Html
        } else if head.starts_with('{')
            && head
                .lines()
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| serde_json::from_str::<serde_json::Value>(l).is_ok())
        {
            Format::Jsonl
        } else {
            Format::Text
        }
    }
}

/// A document's text, layout blocks and metadata as a format parser made them.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The text to store.
    pub text: String,
    /// Layout blocks (empty for plain text).
    pub blocks: Vec<Block>,
    /// Metadata found in the input.
    pub meta: DocumentMeta,
}

impl Parsed {
    /// Turns parsed content into a [`Document`], refusing empty text.
    pub fn into_document(self, path: &str) -> Result<Document, InputError> {
        if self.text.trim().is_empty() {
            return Err(InputError::ingest(
                path,
                "empty document: no text to process",
            ));
        }
        let mut doc = Document::new(self.text, self.meta);
        doc.blocks = self.blocks;
        Ok(doc)
    }
}

/// Parses decoded content of a known format; JSONL is handled by the reader.
fn parse_content(format: Format, decoded: Decoded, path: &str) -> Result<Document, InputError> {
    let meta = DocumentMeta {
        external_id: path.to_string(),
        notes: decoded.notes,
        ..DocumentMeta::default()
    };
    let parsed = match format {
        Format::Text | Format::Jsonl => text::parse(decoded.text, meta),
        Format::Markdown => markdown::parse(&decoded.text, meta),
        Format::Html => {
            html::parse(&decoded.text, meta).map_err(|m| InputError::ingest(path, m))?
        }
    };
    parsed.into_document(path)
}

/// One result of reading: a document, or why an input could not become one.
pub type ReadResult = Result<Document, InputError>;

struct JsonlCursor {
    path: String,
    lines: Box<dyn BufRead + Send>,
    line_no: usize,
}

/// What a file turned out to hold once read.
enum Loaded {
    Doc(Box<ReadResult>),
    Feed(JsonlCursor),
}

impl Loaded {
    fn doc(result: ReadResult) -> Self {
        Loaded::Doc(Box::new(result))
    }
}

/// Reads inputs in chunks of documents.
pub struct Reader {
    items: VecDeque<InputItem>,
    loaded: VecDeque<Loaded>,
    feed: Option<JsonlCursor>,
}

impl Reader {
    /// A reader over discovered inputs.
    pub fn new(items: Vec<InputItem>) -> Self {
        Reader {
            items: items.into(),
            loaded: VecDeque::new(),
            feed: None,
        }
    }

    /// The next chunk of at most `max` results, in input order, or `None`
    /// when all inputs are read.
    pub fn next_chunk(&mut self, max: usize) -> Option<Vec<ReadResult>> {
        let max = max.max(1);
        loop {
            if let Some(feed) = self.feed.as_mut() {
                let chunk = read_feed_lines(feed, max);
                if !chunk.is_empty() {
                    return Some(chunk);
                }
                self.feed = None;
            }
            let mut out = Vec::new();
            while out.len() < max {
                match self.loaded.pop_front() {
                    Some(Loaded::Doc(r)) => out.push(*r),
                    Some(Loaded::Feed(cursor)) => {
                        // The feed's lines come next, after what is already out.
                        self.feed = Some(cursor);
                        break;
                    }
                    None => break,
                }
            }
            if !out.is_empty() {
                return Some(out);
            }
            if self.feed.is_some() {
                continue;
            }
            if self.items.is_empty() {
                return None;
            }
            let take = self.items.len().min(max);
            let batch: Vec<InputItem> = self.items.drain(..take).collect();
            self.loaded
                .extend(batch.par_iter().map(load).collect::<Vec<_>>());
        }
    }
}

fn load(item: &InputItem) -> Loaded {
    let path = item.display();
    let guarded = std::panic::catch_unwind(|| load_unguarded(item, &path));
    guarded.unwrap_or_else(|_| {
        Loaded::doc(Err(InputError::ingest(
            &path,
            "internal error while reading this input (please report it)",
        )))
    })
}

fn load_unguarded(item: &InputItem, path: &str) -> Loaded {
    if item.format == Some(Format::Jsonl) && !item.is_stdin() {
        // Feeds are streamed line by line, never read whole.
        return match std::fs::File::open(&item.path) {
            Ok(file) => Loaded::Feed(JsonlCursor {
                path: path.to_string(),
                lines: Box::new(std::io::BufReader::new(file)),
                line_no: 0,
            }),
            Err(e) => Loaded::doc(Err(InputError::ingest(path, format!("cannot read: {e}")))),
        };
    }
    let bytes = match read_bytes(item) {
        Ok(b) => b,
        Err(m) => return Loaded::doc(Err(InputError::ingest(path, m))),
    };
    if bytes.is_empty() {
        return Loaded::doc(Err(InputError::ingest(path, "empty file")));
    }
    let decoded = match decode(&bytes) {
        Ok(d) => d,
        Err(m) => return Loaded::doc(Err(InputError::ingest(path, m))),
    };
    let format = item.format.unwrap_or_else(|| Format::sniff(&decoded.text));
    if format == Format::Jsonl {
        return Loaded::Feed(JsonlCursor {
            path: path.to_string(),
            lines: Box::new(std::io::Cursor::new(decoded.text.into_bytes())),
            line_no: 0,
        });
    }
    Loaded::doc(parse_content(format, decoded, path))
}

fn read_bytes(item: &InputItem) -> Result<Vec<u8>, String> {
    if item.is_stdin() {
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        if buf.len() as u64 > MAX_FILE_BYTES {
            return Err(format!("input larger than {MAX_FILE_BYTES} bytes"));
        }
        return Ok(buf);
    }
    let meta = std::fs::metadata(&item.path).map_err(|e| format!("cannot read: {e}"))?;
    if meta.is_dir() {
        return Err("is a folder".to_string());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "file of {} bytes is larger than the {MAX_FILE_BYTES}-byte limit",
            meta.len()
        ));
    }
    std::fs::read(&item.path).map_err(|e| format!("cannot read: {e}"))
}

fn read_feed_lines(feed: &mut JsonlCursor, max: usize) -> Vec<ReadResult> {
    let mut raw: Vec<(String, Result<Vec<u8>, String>)> = Vec::new();
    let mut buf = Vec::new();
    while raw.len() < max {
        buf.clear();
        match feed.lines.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {
                feed.line_no += 1;
                if buf.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                raw.push((format!("{}:{}", feed.path, feed.line_no), Ok(buf.clone())));
            }
            Err(e) => {
                feed.line_no += 1;
                raw.push((
                    format!("{}:{}", feed.path, feed.line_no),
                    Err(format!("cannot read line: {e}")),
                ));
                break;
            }
        }
    }
    raw.into_par_iter()
        .map(|(location, line)| {
            let bytes = line.map_err(|m| InputError::ingest(&location, m))?;
            let decoded = decode(&bytes).map_err(|m| InputError::ingest(&location, m))?;
            let mut parsed = jsonl::parse_line(decoded.text.trim(), &location)
                .map_err(|m| InputError::ingest(&location, m))?;
            parsed.meta.notes.extend(decoded.notes);
            parsed.into_document(&location)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_formats() {
        assert_eq!(Format::sniff("  <!DOCTYPE html><html>"), Format::Html);
        assert_eq!(
            Format::sniff("{\"text\": \"a\"}\n{\"text\": \"b\"}"),
            Format::Jsonl
        );
        assert_eq!(Format::sniff("{not json at all"), Format::Text);
        assert_eq!(Format::sniff("Plain words."), Format::Text);
    }

    #[test]
    fn reader_reads_files_and_feeds_in_order() {
        let dir = std::env::temp_dir().join(format!("factsift-reader-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("a.txt"), "First file.").expect("write");
        std::fs::write(
            dir.join("b.jsonl"),
            "{\"id\":\"x\",\"text\":\"One.\"}\n\n{broken\n{\"text\":\"Three.\"}\n",
        )
        .expect("write");
        std::fs::write(dir.join("c.txt"), "").expect("write");
        std::fs::write(dir.join("d.txt"), b"\x00\x01binary").expect("write");
        let found = discover(std::slice::from_ref(&dir));
        let mut reader = Reader::new(found.items);
        let mut results = Vec::new();
        while let Some(chunk) = reader.next_chunk(2) {
            results.extend(chunk);
        }
        let summary: Vec<String> = results
            .iter()
            .map(|r| match r {
                Ok(d) => format!("ok:{}", d.text),
                Err(e) => format!("err:{}", e.path.rsplit('/').next().unwrap_or_default()),
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                "ok:First file.",
                "ok:One.",
                "err:b.jsonl:3",
                "ok:Three.",
                "err:c.txt",
                "err:d.txt"
            ]
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
