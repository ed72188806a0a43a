//! WARC files (`.warc`, `.warc.gz`), as wget, Heritrix, Browsertrix and
//! Common Crawl write them: one document per HTML or plain-text `response`
//! record with HTTP status 200.
//!
//! Records are read one at a time (a gzip-compressed file is decompressed as
//! a stream), so memory follows the largest record kept, never the file. A
//! record's framing (its WARC headers, the `Content-Length` bytes of its
//! block, then a blank line) is checked, so a record whose length is wrong becomes an
//! error and reading goes on at the next line that starts a record
//! (`WARC/1.x`). A file that ends inside a record ends with an error for that
//! record. Every other record (request, metadata, warcinfo, a response that
//! is not 200 or not a page) is skipped and counted.
//!
//! (The `warc` crate was tried and not used: its `WarcReader::from_path`
//! opens with `create(true)`, so a mistyped path becomes an empty file; its
//! buffered iterator reads a record's block line by line without a bound;
//! its streaming iterator skips the same block again after an error; and it
//! turns on chrono's default features, which rebuilds polars here.)
//!
//! A kept record's `WARC-Target-URI` is the document's `url` (wget writes it
//! in angle brackets); its `WARC-Date` is the publication date when the page
//! gives none; its HTTP `Content-Type` charset is the decoding hint (before
//! the page's `<meta>` charset and detection).

use std::io::{self, BufRead, Read};

use chrono::NaiveDate;
use flate2::bufread::{GzDecoder, MultiGzDecoder, ZlibDecoder};
use rayon::prelude::*;

use super::{decode, parse_content, Format, Hint, ReadResult};
use factsift_core::InputError;

/// The longest WARC header block read, in bytes.
const MAX_HEADER_BYTES: u64 = 64 * 1024;

/// The longest line looked at while searching for the next record.
const MAX_LINE_BYTES: u64 = 64 * 1024;

/// Opens a WARC stream: gzip-compressed when it starts with gzip's magic
/// bytes (each record its own member, or the whole file one member).
pub(crate) fn open(mut input: Box<dyn BufRead + Send>) -> io::Result<Box<dyn BufRead + Send>> {
    let head = input.fill_buf()?;
    if head.starts_with(&[0x1f, 0x8b]) {
        let inflated = MultiGzDecoder::new(input);
        return Ok(Box::new(io::BufReader::with_capacity(64 * 1024, inflated)));
    }
    Ok(input)
}

/// A WARC file being read: its records come a chunk at a time.
pub(crate) struct WarcCursor {
    path: String,
    records: Records<Box<dyn BufRead + Send>>,
}

impl WarcCursor {
    /// Starts reading the WARC stream `input` (see [`open`]) of `path`.
    pub(crate) fn new(path: &str, input: Box<dyn BufRead + Send>, max_doc_bytes: u64) -> Self {
        WarcCursor {
            path: path.to_string(),
            records: Records::new(input, max_doc_bytes),
        }
    }

    /// The next at most `max` documents and errors, in file order; records
    /// that are not pages are counted in `skipped`.
    pub(crate) fn read(&mut self, max: usize, skipped: &mut u64) -> Vec<ReadResult> {
        let mut items = Vec::new();
        while items.len() < max {
            match self.records.next() {
                None => break,
                Some(Item::Skipped) => *skipped += 1,
                Some(Item::Page(page)) => items.push(Ok(page)),
                Some(Item::Corrupt(offset, message)) => items.push(Err((offset, message))),
            }
        }
        let path = &self.path;
        items
            .into_par_iter()
            .map(|item| match item {
                Ok(page) => page_document(path, page),
                Err((offset, message)) => Err(InputError::ingest(location(path, offset), message)),
            })
            .collect()
    }
}

/// Where a record is, for `external_id` and `errors.path`: the file and
/// the record's byte offset (in the decompressed stream).
fn location(path: &str, offset: u64) -> String {
    format!("{path}@{offset}")
}

/// Decodes and parses a kept page; the record's URL and date fill what the
/// page does not say.
fn page_document(path: &str, page: Page) -> ReadResult {
    let at = location(path, page.offset);
    let hint = Hint {
        charset: page.charset.as_deref(),
        html: page.html,
    };
    let decoded = decode(&page.body, hint).map_err(|m| InputError::ingest(&at, m))?;
    let format = if page.html {
        Format::Html
    } else {
        Format::Text
    };
    let mut doc = parse_content(format, decoded, &at, page.url)?;
    doc.meta.published = doc.meta.published.or(page.date);
    Ok(doc)
}

/// A response record kept as a page, before decoding.
#[derive(Debug)]
pub(crate) struct Page {
    /// Where the record starts, in bytes of the (decompressed) stream.
    pub offset: u64,
    /// `WARC-Target-URI`, angle brackets removed.
    pub url: Option<String>,
    /// The date of `WARC-Date`.
    pub date: Option<NaiveDate>,
    /// The `charset` of the HTTP `Content-Type`.
    pub charset: Option<String>,
    /// The payload is HTML (else plain text).
    pub html: bool,
    /// The HTTP payload, transfer and content encodings undone.
    pub body: Vec<u8>,
}

/// One step through a WARC file.
#[derive(Debug)]
pub(crate) enum Item {
    /// A page to read.
    Page(Page),
    /// A record that is not a page (counted, not read).
    Skipped,
    /// A record that cannot be read: where it starts and why.
    Corrupt(u64, String),
}

/// The records of a WARC stream, in order.
pub(crate) struct Records<R> {
    reader: R,
    /// Bytes consumed so far.
    offset: u64,
    /// Bytes given back after a corrupt record, read again before `reader`.
    front: Vec<u8>,
    /// Records larger than this are refused (`--max-doc-bytes`).
    max_record_bytes: u64,
    /// Nothing more can be read (end of file, or a read error).
    done: bool,
}

impl<R: BufRead> Records<R> {
    /// Records of `reader`, refusing pages over `max_doc_bytes`.
    pub(crate) fn new(reader: R, max_doc_bytes: u64) -> Self {
        Records {
            reader,
            offset: 0,
            front: Vec::new(),
            max_record_bytes: max_doc_bytes,
            done: false,
        }
    }

    /// Reads one line of at most [`MAX_LINE_BYTES`] (longer lines come in
    /// pieces), counting its bytes.
    fn line(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        let start = buf.len();
        if !self.front.is_empty() {
            let end = self
                .front
                .iter()
                .position(|&b| b == b'\n')
                .map_or(self.front.len(), |i| i + 1);
            buf.extend(self.front.drain(..end));
        }
        if buf.len() == start || !buf.ends_with(b"\n") {
            (&mut self.reader)
                .take(MAX_LINE_BYTES)
                .read_until(b'\n', buf)?;
        }
        let n = buf.len() - start;
        self.offset += n as u64;
        Ok(n)
    }

    /// Appends up to `n` bytes to `out` (fewer at the end of the file).
    fn bytes(&mut self, n: u64, out: &mut Vec<u8>) -> io::Result<u64> {
        let start = out.len();
        let from_front = self.front.len().min(n as usize);
        out.extend(self.front.drain(..from_front));
        (&mut self.reader)
            .take(n - from_front as u64)
            .read_to_end(out)?;
        let got = (out.len() - start) as u64;
        self.offset += got;
        Ok(got)
    }

    /// Passes over `n` bytes without keeping them.
    fn skip(&mut self, n: u64) -> io::Result<u64> {
        let from_front = self.front.len().min(n as usize);
        self.front.drain(..from_front);
        let rest = io::copy(
            &mut (&mut self.reader).take(n - from_front as u64),
            &mut io::sink(),
        )?;
        let got = from_front as u64 + rest;
        self.offset += got;
        Ok(got)
    }

    /// Gives back the bytes of `consumed` (which starts a line) from where
    /// the next record may start (a `WARC/1.` line, else the last partial
    /// line), so that the search for it sees them; true when a record start
    /// was found.
    fn give_back(&mut self, consumed: &[u8]) -> bool {
        let start = (0..consumed.len()).find(|&i| {
            (i == 0 || consumed[i - 1] == b'\n') && consumed[i..].starts_with(b"WARC/1.")
        });
        let from = start.unwrap_or_else(|| {
            consumed
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1)
        });
        let back = &consumed[from..];
        self.offset -= back.len() as u64;
        self.front.splice(0..0, back.iter().copied());
        start.is_some()
    }

    /// The header block of the next record (from its `WARC/` line to the
    /// blank line), with where it starts; `None` at the end of the file.
    fn header_block(&mut self) -> Result<Option<(u64, Vec<u8>)>, Located> {
        let mut block = Vec::new();
        let mut start = self.offset;
        loop {
            let before = block.len();
            let read_from = self.offset;
            let n = self.line(&mut block).map_err(|e| (start, read_error(&e)))?;
            if n == 0 {
                return if block.iter().all(u8::is_ascii_whitespace) {
                    Ok(None)
                } else {
                    Err((start, "the file ends inside a record's headers".to_string()))
                };
            }
            let line = &block[before..];
            if before == 0 && line.iter().all(u8::is_ascii_whitespace) {
                // Blank lines between records.
                block.clear();
                continue;
            }
            if before == 0 {
                start = read_from;
                if !line.starts_with(b"WARC/") {
                    return Err((start, "no WARC record starts here".to_string()));
                }
            }
            if line == b"\r\n" || line == b"\n" {
                return Ok(Some((start, block)));
            }
            if block.len() as u64 > MAX_HEADER_BYTES {
                return Err((start, "a record's headers are over 64 KiB".to_string()));
            }
        }
    }

    /// Skips to the next line that starts a record, after a corrupt one.
    fn resync(&mut self) {
        loop {
            let mut line = Vec::new();
            match self.line(&mut line) {
                Ok(0) | Err(_) => {
                    self.done = true;
                    return;
                }
                Ok(_) if line.starts_with(b"WARC/1.") => {
                    self.give_back(&line);
                    return;
                }
                Ok(_) => {}
            }
        }
    }

    /// Reads exactly `len` bytes of a record's block, then its closing
    /// blank line; the block is returned when `keep` (else passed over, for
    /// a record too large to hold).
    fn block(&mut self, len: u64, keep: bool) -> Result<Vec<u8>, BlockError> {
        let fatal = |e: io::Error| BlockError::Fatal(read_error(&e));
        if !keep && len > self.max_record_bytes {
            let read = self.skip(len).map_err(fatal)?;
            return match read < len {
                true => Err(BlockError::Fatal(truncated(len, read))),
                false => self.end_of_block(len, Vec::new()),
            };
        }
        let mut body = Vec::new();
        let read = self.bytes(len, &mut body).map_err(fatal)?;
        if read < len {
            // The length may be wrong rather than the file short.
            if self.give_back(&body) {
                return Err(BlockError::Framing(wrong_length(len)));
            }
            return Err(BlockError::Fatal(truncated(len, read)));
        }
        self.end_of_block(len, body)
    }

    /// Checks the blank line after a block of `len` bytes.
    fn end_of_block(&mut self, len: u64, mut body: Vec<u8>) -> Result<Vec<u8>, BlockError> {
        let block_len = body.len();
        self.bytes(4, &mut body)
            .map_err(|e| BlockError::Fatal(read_error(&e)))?;
        if body[block_len..] != *b"\r\n\r\n" {
            self.give_back(&body);
            return Err(BlockError::Framing(wrong_length(len)));
        }
        body.truncate(block_len);
        Ok(body)
    }

    /// The next record.
    fn next_item(&mut self) -> Option<Item> {
        if self.done {
            return None;
        }
        let (start, header) = match self.header_block() {
            Ok(Some(found)) => found,
            Ok(None) => {
                self.done = true;
                return None;
            }
            Err((at, message)) => {
                self.resync();
                return Some(Item::Corrupt(at, message));
            }
        };
        let record = match RecordHead::parse(&header) {
            Ok(record) => record,
            Err(message) => {
                self.resync();
                return Some(Item::Corrupt(start, message));
            }
        };
        let keep = record.length <= self.max_record_bytes;
        let block = match self.block(record.length, keep) {
            Ok(block) => block,
            Err(BlockError::Framing(message)) => {
                self.resync();
                return Some(Item::Corrupt(start, message));
            }
            Err(BlockError::Fatal(message)) => {
                self.done = true;
                return Some(Item::Corrupt(start, message));
            }
        };
        if !record.is_response() {
            return Some(Item::Skipped);
        }
        if !keep {
            return Some(Item::Corrupt(
                start,
                format!(
                    "response record of {} bytes is over the --max-doc-bytes limit ({} bytes)",
                    record.length, self.max_record_bytes
                ),
            ));
        }
        Some(match http_page(&block) {
            Ok(Some(page)) => Item::Page(Page {
                offset: start,
                url: record.url,
                date: record.date,
                ..page
            }),
            Ok(None) => Item::Skipped,
            Err(message) => Item::Corrupt(start, message),
        })
    }
}

impl<R: BufRead> Iterator for Records<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        self.next_item()
    }
}

/// A message about the record that starts at a byte offset.
type Located = (u64, String);

/// Why a record's block could not be read.
enum BlockError {
    /// The block is there but its framing is wrong: the next record can be
    /// looked for.
    Framing(String),
    /// Reading cannot go on (end of file, read error).
    Fatal(String),
}

fn truncated(len: u64, read: u64) -> String {
    format!("truncated record: its Content-Length is {len} bytes, the file ends after {read}")
}

fn wrong_length(len: u64) -> String {
    format!(
        "corrupt record: its {len}-byte block is not followed by the blank line that ends a \
         record (wrong Content-Length?)"
    )
}

fn read_error(e: &io::Error) -> String {
    format!("cannot read the WARC file: {e}")
}

/// What a record's WARC headers say.
struct RecordHead {
    kind: String,
    content_type: String,
    url: Option<String>,
    date: Option<NaiveDate>,
    length: u64,
}

impl RecordHead {
    /// Parses a header block: the `WARC/1.x` line, then `Name: value`
    /// fields (a line starting with a space or tab continues the one
    /// before); `Content-Length` is required.
    fn parse(block: &[u8]) -> Result<RecordHead, String> {
        let text = String::from_utf8_lossy(block);
        let mut lines = text.lines();
        if !lines.next().is_some_and(|l| l.starts_with("WARC/")) {
            return Err("corrupt record: no WARC version line".to_string());
        }
        let mut fields: Vec<(String, String)> = Vec::new();
        for line in lines.take_while(|l| !l.trim().is_empty()) {
            if line.starts_with([' ', '\t']) {
                if let Some((_, value)) = fields.last_mut() {
                    value.push(' ');
                    value.push_str(line.trim());
                }
                continue;
            }
            let (name, value) = line
                .split_once(':')
                .ok_or("corrupt record: a WARC header line has no ':'")?;
            fields.push((name.trim().to_string(), value.trim().to_string()));
        }
        let field = |name: &str| {
            fields
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(name))
                .map(|(_, value)| value.clone())
        };
        let length = field("Content-Length")
            .and_then(|l| l.parse::<u64>().ok())
            .ok_or("corrupt record: no valid Content-Length")?;
        let url = field("WARC-Target-URI").map(|u| {
            u.trim_start_matches('<')
                .trim_end_matches('>')
                .trim()
                .to_string()
        });
        Ok(RecordHead {
            kind: field("WARC-Type").unwrap_or_default().to_ascii_lowercase(),
            content_type: field("Content-Type")
                .unwrap_or_default()
                .to_ascii_lowercase(),
            url: url.filter(|u| !u.is_empty()),
            date: field("WARC-Date").and_then(|d| crate::parse_published(&d)),
            length,
        })
    }

    /// A `response` record holding an HTTP response.
    fn is_response(&self) -> bool {
        self.kind == "response" && self.content_type.starts_with("application/http")
    }
}

/// The page in an HTTP response (a record's block): `None` when the status
/// is not 200 or the payload is neither HTML nor plain text.
fn http_page(block: &[u8]) -> Result<Option<Page>, String> {
    let split = find(block, b"\r\n\r\n")
        .map(|i| (i, 4))
        .or_else(|| find(block, b"\n\n").map(|i| (i, 2)))
        .ok_or("corrupt record: the HTTP response has no end of headers")?;
    let head = String::from_utf8_lossy(&block[..split.0]);
    let payload = &block[split.0 + split.1..];
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or("corrupt record: the HTTP response has no status line")?;
    let header = |name: &str| {
        head.lines().skip(1).find_map(|l| {
            let (key, value) = l.split_once(':')?;
            key.trim()
                .eq_ignore_ascii_case(name)
                .then(|| value.trim().to_ascii_lowercase())
        })
    };
    if status != 200 {
        return Ok(None);
    }
    let content_type = header("content-type").unwrap_or_default();
    let media = content_type.split(';').next().unwrap_or("").trim();
    let html = match media {
        "text/html" | "application/xhtml+xml" => true,
        "text/plain" => false,
        _ => return Ok(None),
    };
    let mut body = payload.to_vec();
    if header("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
        body = dechunk(&body)?;
    }
    if let Some(coding) = header("content-encoding") {
        body = uncompress(&coding, body)?;
    }
    Ok(Some(Page {
        offset: 0,
        url: None,
        date: None,
        charset: charset_of(&content_type),
        html,
        body,
    }))
}

/// The `charset` parameter of a `Content-Type` value.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        (key.trim() == "charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_string())
            .filter(|v| !v.is_empty())
    })
}

/// Undoes HTTP chunked transfer coding.
fn dechunk(mut data: &[u8]) -> Result<Vec<u8>, String> {
    let bad = || "corrupt record: bad chunked transfer coding".to_string();
    let mut out = Vec::with_capacity(data.len());
    loop {
        let line_end = find(data, b"\r\n").ok_or_else(bad)?;
        let size_text = String::from_utf8_lossy(&data[..line_end]);
        let size_hex = size_text.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_hex, 16).map_err(|_| bad())?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        let chunk = data.get(..size).ok_or_else(bad)?;
        out.extend_from_slice(chunk);
        data = data.get(size..).ok_or_else(bad)?;
        data = data.strip_prefix(b"\r\n").unwrap_or(data);
    }
}

/// Undoes an HTTP content coding (`gzip`, `deflate`; `identity` as is).
fn uncompress(coding: &str, body: Vec<u8>) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let done = match coding.trim() {
        "" | "identity" => return Ok(body),
        "gzip" | "x-gzip" => GzDecoder::new(&body[..]).read_to_end(&mut out),
        "deflate" => ZlibDecoder::new(&body[..]).read_to_end(&mut out),
        other => return Err(format!("unsupported HTTP content coding '{other}'")),
    };
    done.map_err(|e| format!("corrupt record: cannot undo the {coding} content coding: {e}"))?;
    Ok(out)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One WARC record with `fields` and a `block`, framed as the standard
    /// says (`content_length` overrides the true length).
    fn record(kind: &str, fields: &str, block: &[u8], content_length: Option<usize>) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2013-05-03T10:00:00Z\r\n{fields}Content-Length: {}\r\n\r\n",
            content_length.unwrap_or(block.len())
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    fn response(url: &str, content_type: &str, body: &str) -> Vec<u8> {
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n{body}");
        record(
            "response",
            &format!(
                "WARC-Target-URI: <{url}>\r\nContent-Type: application/http;msgtype=response\r\n"
            ),
            http.as_bytes(),
            None,
        )
    }

    fn items(bytes: &[u8]) -> Vec<Item> {
        Records::new(bytes, 1 << 20).collect()
    }

    #[test]
    fn reads_responses_and_skips_other_records() {
        let mut warc = record(
            "warcinfo",
            "Content-Type: application/warc-fields\r\n",
            b"software: test\r\n",
            None,
        );
        warc.extend(response(
            "http://a.example/one",
            "text/html; charset=ISO-8859-1",
            "<p>caf\u{e9}</p>",
        ));
        warc.extend(record(
            "request",
            "Content-Type: application/http;msgtype=request\r\n",
            b"GET / HTTP/1.1\r\n\r\n",
            None,
        ));
        warc.extend(response("http://a.example/style.css", "text/css", "p{}"));
        let got = items(&warc);
        assert_eq!(got.len(), 4);
        assert!(matches!(got[0], Item::Skipped));
        let Item::Page(page) = &got[1] else {
            panic!("{:?}", got[1])
        };
        assert_eq!(page.url.as_deref(), Some("http://a.example/one"));
        assert_eq!(page.charset.as_deref(), Some("iso-8859-1"));
        assert_eq!(page.date, NaiveDate::from_ymd_opt(2013, 5, 3));
        assert!(page.html);
        assert_eq!(page.body, "<p>caf\u{e9}</p>".as_bytes());
        assert!(matches!(got[2], Item::Skipped));
        assert!(matches!(got[3], Item::Skipped));
    }

    #[test]
    fn a_wrong_length_is_one_error_and_the_next_record_is_read() {
        let block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>zero</p>";
        let fields = "Content-Type: application/http;msgtype=response\r\n";
        // Too short, too long (into the next record's headers), and longer
        // than the rest of the file.
        for length in [9, block.len() + 40, block.len() + 5000] {
            let mut warc = record("response", fields, block, Some(length));
            warc.extend(response("http://a.example/1", "text/html", "<p>one</p>"));
            warc.extend(response("http://a.example/2", "text/html", "<p>two</p>"));
            let got = items(&warc);
            assert!(matches!(got[0], Item::Corrupt(0, _)), "{length}: {got:?}");
            let urls: Vec<_> = got
                .iter()
                .filter_map(|i| match i {
                    Item::Page(p) => p.url.as_deref(),
                    _ => None,
                })
                .collect();
            assert_eq!(
                urls,
                ["http://a.example/1", "http://a.example/2"],
                "{length}: {got:?}"
            );
            assert_eq!(got.len(), 3, "{length}: {got:?}");
        }
    }

    #[test]
    fn a_truncated_file_ends_with_an_error() {
        let mut warc = response("http://a.example/1", "text/html", "<p>one</p>");
        let second = response("http://a.example/2", "text/html", "<p>two</p>");
        warc.extend(&second[..second.len() - 10]);
        let got = items(&warc);
        assert_eq!(got.len(), 2);
        assert!(matches!(got[0], Item::Page(_)));
        let Item::Corrupt(at, message) = &got[1] else {
            panic!("{:?}", got[1])
        };
        assert_eq!(*at as usize, warc.len() - (second.len() - 10));
        assert!(message.contains("truncated"), "{message}");
    }

    #[test]
    fn chunked_and_gzip_payloads_are_undone() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5;x=1\r\npedia\r\n0\r\n\r\n").unwrap(),
            b"Wikipedia"
        );
        assert!(dechunk(b"zz\r\n").is_err());
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        io::Write::write_all(&mut gz, b"<p>hi</p>").unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(uncompress("gzip", gz).unwrap(), b"<p>hi</p>");
        assert!(uncompress("br", Vec::new()).is_err());
    }

    #[test]
    fn charset_is_read_from_content_type() {
        assert_eq!(
            charset_of("text/html; charset=\"windows-1252\"").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(charset_of("text/html"), None);
    }
}
