//! Reading inputs into [`Document`]s: plain text, Markdown, HTML, JSONL and
//! WARC web archives.
//!
//! [`discover`] expands the command line into [`InputItem`]s; a [`Reader`]
//! then yields documents in chunks, reading files in parallel and JSONL feeds
//! line by line, so memory follows the chunk size, not the corpus size. Every
//! failure becomes an [`InputError`] for the `errors` table.
//!
//! Only regular files and standard input are read. A document (a file, the
//! standard input, one JSONL line) is read through a bounded reader and
//! refused when it is over the `--max-doc-bytes` limit; a feed may be of any
//! length. Text is decoded by [`decode`] (byte-order mark, declared charset,
//! UTF-8, detected legacy encoding); a UTF-16 feed is split at its UTF-16 line
//! ends, and a feed that is one JSON array is read as its elements. A WARC
//! file is read record by record ([`Reader::skipped_records`] counts the
//! records that are not pages). A dateline at the top of any document's text
//! is cut from it and dates it when nothing else does.

mod blocks;
mod dateline;
mod decode;
mod discover;
pub mod html;
pub mod jsonl;
mod markdown;
mod published;
mod source;
mod text;
mod warc;

pub use decode::{decode, Decoded, Hint};
pub use discover::{discover, Discovery, InputItem};
pub use html::domain_of;
pub use published::parse_published;
pub use source::DEFAULT_MAX_DOC_BYTES;

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Cursor, Read};

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};
use rayon::prelude::*;

use source::LineEnd;

use factsift_core::document::{Block, Document, DocumentMeta};
use factsift_core::InputError;

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
    /// A web archive (`.warc`, `.warc.gz`): one document per page record.
    Warc,
}

impl Format {
    /// The extensions recognised, for messages.
    pub const EXTENSIONS: &'static str =
        ".txt .text .md .markdown .html .htm .xhtml .jsonl .ndjson .warc .warc.gz";

    /// The format of a (lower-case) file extension.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "warc" => Some(Format::Warc),
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
    /// Turns parsed content into a [`Document`], refusing empty text. A
    /// dateline at the top of the text is cut from it (and gives the date
    /// when the metadata has none).
    pub fn into_document(mut self, path: &str) -> Result<Document, InputError> {
        dateline::apply(&mut self);
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

/// Parses decoded content of a known format (with the `url` it was fetched
/// from, when known); JSONL and WARC are handled by the reader.
fn parse_content(
    format: Format,
    decoded: Decoded,
    path: &str,
    url: Option<String>,
) -> Result<Document, InputError> {
    let meta = DocumentMeta {
        external_id: path.to_string(),
        url,
        notes: decoded.notes,
        ..DocumentMeta::default()
    };
    let parsed = match format {
        Format::Text | Format::Jsonl | Format::Warc => text::parse(decoded.text, meta),
        Format::Markdown => markdown::parse(&decoded.text, meta),
        Format::Html => {
            html::parse(&decoded.text, meta).map_err(|m| InputError::ingest(path, m))?
        }
    };
    parsed.into_document(path)
}

/// One result of reading: a document, or why an input could not become one.
pub type ReadResult = Result<Document, InputError>;

/// How the lines of a feed are decoded.
#[derive(Debug, Clone, Copy)]
enum LineEncoding {
    /// Each line on its own, as [`decode`] chooses.
    Detect,
    /// UTF-16, found at the start of the feed, and how it was found.
    Utf16(&'static Encoding, &'static str),
}

impl LineEncoding {
    fn decode(self, bytes: &[u8]) -> Result<Decoded, String> {
        match self {
            LineEncoding::Detect => decode(bytes, Hint::default()),
            LineEncoding::Utf16(encoding, why) => {
                decode::decode_as(encoding, bytes, why, Vec::new())
            }
        }
    }
}

/// Where a feed's records come from.
enum FeedSource {
    /// JSON Lines, read line by line.
    Lines {
        reader: Box<dyn BufRead + Send>,
        end: LineEnd,
        encoding: LineEncoding,
    },
    /// The elements of a JSON array, read whole.
    Records(std::vec::IntoIter<serde_json::Value>),
}

struct JsonlCursor {
    path: String,
    source: FeedSource,
    /// Lines (or array elements) read so far.
    line_no: usize,
    /// Notes for every record (how the whole input was decoded).
    notes: Vec<String>,
    /// The longest line kept, in bytes.
    max_doc_bytes: u64,
}

/// What a file turned out to hold once read.
enum Loaded {
    Doc(Box<ReadResult>),
    Feed(JsonlCursor),
    Warc(Box<warc::WarcCursor>),
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
    warc: Option<Box<warc::WarcCursor>>,
    max_doc_bytes: u64,
    skipped_records: u64,
}

impl Reader {
    /// A reader over discovered inputs, with the default document size
    /// limit ([`DEFAULT_MAX_DOC_BYTES`]).
    pub fn new(items: Vec<InputItem>) -> Self {
        Reader {
            items: items.into(),
            loaded: VecDeque::new(),
            feed: None,
            warc: None,
            max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
            skipped_records: 0,
        }
    }

    /// Sets the largest document read, in bytes (`--max-doc-bytes`): a file,
    /// standard input or JSONL line over it becomes an error row, without
    /// being read into memory. Feeds may be any size: they are read line by
    /// line.
    pub fn with_max_doc_bytes(mut self, max: u64) -> Self {
        self.max_doc_bytes = max;
        self
    }

    /// How many WARC records were skipped so far because they are not pages
    /// (requests, metadata, responses that are not 200 or not HTML/text).
    pub fn skipped_records(&self) -> u64 {
        self.skipped_records
    }

    /// The next chunk of at most `max` results, in input order, or `None`
    /// when all inputs are read.
    pub fn next_chunk(&mut self, max: usize) -> Option<Vec<ReadResult>> {
        let max = max.max(1);
        loop {
            if let Some(warc) = self.warc.as_mut() {
                let chunk = warc.read(max, &mut self.skipped_records);
                if !chunk.is_empty() {
                    return Some(chunk);
                }
                self.warc = None;
            }
            if let Some(feed) = self.feed.as_mut() {
                let chunk = read_feed(feed, max);
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
                    Some(Loaded::Warc(cursor)) => {
                        self.warc = Some(cursor);
                        break;
                    }
                    None => break,
                }
            }
            if !out.is_empty() {
                return Some(out);
            }
            if self.feed.is_some() || self.warc.is_some() {
                continue;
            }
            if self.items.is_empty() {
                return None;
            }
            let take = self.items.len().min(max);
            let batch: Vec<InputItem> = self.items.drain(..take).collect();
            let cap = self.max_doc_bytes;
            self.loaded
                .extend(batch.par_iter().map(|i| load(i, cap)).collect::<Vec<_>>());
        }
    }
}

fn load(item: &InputItem, max_doc_bytes: u64) -> Loaded {
    let path = item.display();
    let guarded = std::panic::catch_unwind(|| load_input(item, &path, max_doc_bytes));
    match guarded {
        Ok(Ok(loaded)) => loaded,
        Ok(Err(message)) => Loaded::doc(Err(InputError::ingest(&path, message))),
        Err(_) => Loaded::doc(Err(InputError::ingest(
            &path,
            "internal error while reading this input (please report it)",
        ))),
    }
}

/// Opens an input and reads it: a feed is started, anything else is read
/// whole (within the size limit), decoded and parsed.
fn load_input(item: &InputItem, path: &str, max_doc_bytes: u64) -> Result<Loaded, String> {
    let opened = source::open_input(item)?;
    let mut input: Box<dyn BufRead + Send> =
        Box::new(BufReader::with_capacity(64 * 1024, opened.reader));
    if item.format == Some(Format::Jsonl) {
        // Feeds are streamed line by line, never read whole.
        return open_feed(path, input, Vec::new(), max_doc_bytes);
    }
    if item.format == Some(Format::Warc) {
        // Archives are streamed record by record.
        let records = warc::open(input).map_err(|e| cannot_read(item, e))?;
        let cursor = warc::WarcCursor::new(path, records, max_doc_bytes);
        return Ok(Loaded::Warc(Box::new(cursor)));
    }
    if item.format.is_some() && opened.size.is_some_and(|n| n > max_doc_bytes) {
        return Err(source::too_large(opened.size, max_doc_bytes));
    }
    let (bytes, whole) =
        source::read_capped(&mut input, max_doc_bytes).map_err(|e| cannot_read(item, e))?;
    if !whole {
        // Too big for one document; without a telling extension it may be a feed.
        if item.format.is_none() && looks_like_feed(&bytes) {
            let rest = Box::new(BufReader::new(Cursor::new(bytes).chain(input)));
            return open_feed(path, rest, Vec::new(), max_doc_bytes);
        }
        return Err(source::too_large(opened.size, max_doc_bytes));
    }
    if bytes.is_empty() {
        return Err("empty file".to_string());
    }
    let hint = Hint {
        html: item.format.map_or_else(
            || sniff_bytes(&bytes) == Format::Html,
            |f| f == Format::Html,
        ),
        ..Hint::default()
    };
    let decoded = decode(&bytes, hint)?;
    drop(bytes);
    let format = item.format.unwrap_or_else(|| Format::sniff(&decoded.text));
    if format == Format::Jsonl {
        let text = Box::new(Cursor::new(decoded.text.into_bytes()));
        return open_feed(path, text, decoded.notes, max_doc_bytes);
    }
    Ok(Loaded::doc(parse_content(format, decoded, path, None)))
}

fn cannot_read(item: &InputItem, e: std::io::Error) -> String {
    if item.is_stdin() {
        format!("cannot read standard input: {e}")
    } else {
        format!("cannot read: {e}")
    }
}

/// How many leading bytes are decoded to sniff an input's format.
const SNIFF_HEAD: usize = 64 * 1024;

/// The format the first bytes suggest (before the whole input is decoded).
fn sniff_bytes(bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(SNIFF_HEAD)];
    Format::sniff(&String::from_utf8_lossy(head))
}

/// True when an input too big to be one document starts like JSON Lines: a
/// `{`, and a first line that is JSON if it ends within the first 64 KiB.
fn looks_like_feed(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_HEAD) & !1];
    let Ok(decoded) = decode(head, Hint::default()) else {
        return false;
    };
    let text = decoded.text.trim_start();
    text.starts_with('{') && (!text.contains('\n') || Format::sniff(text) == Format::Jsonl)
}

/// Starts reading a feed: its encoding is found from its first bytes (a
/// UTF-16 feed is split at UTF-16 line ends), and a feed that is one JSON
/// array is read whole as its elements.
fn open_feed(
    path: &str,
    mut reader: Box<dyn BufRead + Send>,
    notes: Vec<String>,
    max_doc_bytes: u64,
) -> Result<Loaded, String> {
    let head = reader.fill_buf().map_err(|e| format!("cannot read: {e}"))?;
    let (end, encoding, bom_len) = feed_encoding(head);
    reader.consume(bom_len);
    let head = reader.fill_buf().map_err(|e| format!("cannot read: {e}"))?;
    let source = if end.first_ascii(head) == Some(b'[') {
        array_feed(&mut reader, encoding, max_doc_bytes)?
    } else {
        FeedSource::Lines {
            reader,
            end,
            encoding,
        }
    };
    Ok(Loaded::Feed(JsonlCursor {
        path: path.to_string(),
        source,
        line_no: 0,
        notes,
        max_doc_bytes,
    }))
}

/// A feed's line ends and encoding from its first bytes, and the length of
/// its byte-order mark.
fn feed_encoding(head: &[u8]) -> (LineEnd, LineEncoding, usize) {
    let (encoding, why, bom_len) = match Encoding::for_bom(head) {
        Some((encoding, len)) => (encoding, "byte-order mark", len),
        None => match decode::sniff_utf16(head) {
            Some(encoding) => (encoding, "detected: no byte-order mark", 0),
            None => return (LineEnd::Byte, LineEncoding::Detect, 0),
        },
    };
    let end = match encoding {
        e if e == UTF_16LE => LineEnd::Utf16Le,
        e if e == UTF_16BE => LineEnd::Utf16Be,
        _ => return (LineEnd::Byte, LineEncoding::Detect, bom_len),
    };
    (end, LineEncoding::Utf16(encoding, why), bom_len)
}

/// Reads a feed that is one JSON array (within the size limit) as its
/// elements; anything else is one clear error for the file.
fn array_feed(
    reader: &mut Box<dyn BufRead + Send>,
    encoding: LineEncoding,
    max_doc_bytes: u64,
) -> Result<FeedSource, String> {
    let (bytes, whole) =
        source::read_capped(reader, max_doc_bytes).map_err(|e| format!("cannot read: {e}"))?;
    if !whole {
        return Err(format!(
            "not JSON Lines: the file is a JSON array larger than the --max-doc-bytes limit \
             ({max_doc_bytes} bytes); write one JSON object per line (e.g. jq -c '.[]')"
        ));
    }
    let decoded = encoding.decode(&bytes)?;
    let records = jsonl::array_records(&decoded.text)?;
    Ok(FeedSource::Records(records.into_iter()))
}

/// The next at most `max` records of a feed.
fn read_feed(feed: &mut JsonlCursor, max: usize) -> Vec<ReadResult> {
    let JsonlCursor {
        path,
        source,
        line_no,
        notes,
        max_doc_bytes,
    } = feed;
    match source {
        FeedSource::Lines {
            reader,
            end,
            encoding,
        } => {
            let encoding = *encoding;
            let raw = next_lines(reader, *end, *max_doc_bytes, (path, line_no), max);
            raw.into_par_iter()
                .map(|(location, line)| {
                    let bytes = line.map_err(|m| InputError::ingest(&location, m))?;
                    let decoded = encoding
                        .decode(&bytes)
                        .map_err(|m| InputError::ingest(&location, m))?;
                    let mut parsed = jsonl::parse_line(decoded.text.trim(), &location)
                        .map_err(|m| InputError::ingest(&location, m))?;
                    parsed.meta.notes = [notes.clone(), decoded.notes].concat();
                    parsed.into_document(&location)
                })
                .collect()
        }
        FeedSource::Records(records) => {
            let first = *line_no;
            let batch: Vec<serde_json::Value> = records.take(max).collect();
            *line_no += batch.len();
            batch
                .into_par_iter()
                .enumerate()
                .map(|(i, record)| {
                    let location = format!("{path}[{}]", first + i);
                    let mut parsed = jsonl::parse_record(record, &location)
                        .map_err(|m| InputError::ingest(&location, m))?;
                    parsed.meta.notes.clone_from(notes);
                    parsed.into_document(&location)
                })
                .collect()
        }
    }
}

/// A feed line's location (`path:line`) and its bytes, or why it was not read.
type RawLine = (String, Result<Vec<u8>, String>);

/// Reads up to `max` non-blank lines of a feed; a line over the size limit
/// is skipped with an error, and a read error ends the feed.
fn next_lines(
    reader: &mut Box<dyn BufRead + Send>,
    end: LineEnd,
    cap: u64,
    (path, line_no): (&str, &mut usize),
    max: usize,
) -> Vec<RawLine> {
    let mut raw = Vec::new();
    let mut buf = Vec::new();
    while raw.len() < max {
        let read = source::read_line_capped(reader.as_mut(), end, cap, &mut buf);
        let location = format!("{path}:{}", *line_no + 1);
        match read {
            Ok(None) => break,
            Ok(Some(line)) => {
                *line_no += 1;
                if line.too_long {
                    raw.push((location, Err(source::too_large(Some(line.len), cap))));
                } else if !end.is_blank(&buf) {
                    raw.push((location, Ok(std::mem::take(&mut buf))));
                }
            }
            Err(e) => {
                *line_no += 1;
                raw.push((location, Err(format!("cannot read line: {e}"))));
                // Nothing after an unreadable line can be trusted to be in step.
                *reader = Box::new(std::io::empty());
                break;
            }
        }
    }
    raw
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
