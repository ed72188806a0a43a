//! WARC input end to end: `wget --warc-file` crawls a local
//! `python3 -m http.server`, and the archive it writes (compressed, plain,
//! with a corrupted record, truncated) is read back.
//!
//! Skips (with a message) when wget or python3 is not installed.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use factsift_ingest::{discover, Reader};

/// The server, stopped when the test ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn have(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Writes the site: three pages, a text file, a stylesheet, a link to a
/// missing page; `latin.l1` is served as windows-1252 by its HTTP header
/// while its `<meta>` wrongly says ISO-8859-7.
fn write_site(dir: &Path) {
    let para = "The city council approved the new transit budget after a debate that ran late into the night. ";
    let page = |title: &str, extra: &str| {
        format!(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\
             <nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1><p>{}</p><p>{extra} {}</p></article></body></html>",
            para.repeat(3),
            para.repeat(2)
        )
    };
    let index = format!(
        "<!doctype html><html><head><title>Index</title></head><body><article><p>{}</p>\
         <p><a href=\"a.html\">A</a> <a href=\"latin.l1\">Latin</a> <a href=\"notes.txt\">Notes</a> \
         <a href=\"style.css\">CSS</a> <a href=\"missing.html\">Missing</a></p></article></body></html>",
        para.repeat(4)
    );
    std::fs::write(dir.join("index.html"), index).expect("write");
    std::fs::write(dir.join("a.html"), page("Budget passes", "Riders cheered.")).expect("write");
    let latin = page(
        "Caf\u{e9} reopens",
        "The caf\u{e9} on Main Street reopened.",
    )
    .replace("utf-8", "iso-8859-7");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&latin);
    std::fs::write(dir.join("latin.l1"), bytes).expect("write");
    std::fs::write(
        dir.join("notes.txt"),
        "Plain notes about the transit budget vote.\n",
    )
    .expect("write");
    std::fs::write(dir.join("style.css"), "p { color: black }\n").expect("write");
}

/// Starts Python's `http.server` on `site` (with `.l1` served as
/// windows-1252 HTML) on a port the server picks itself, and returns it with
/// that port once the server has printed it: the socket is then listening.
/// Picking the port in the server avoids both a race for a port chosen here
/// and a connect loop, which on Linux can connect to itself.
fn serve(site: &Path) -> (Server, u16) {
    let script = "import http.server, sys\n\
        H = http.server.SimpleHTTPRequestHandler\n\
        H.extensions_map['.l1'] = 'text/html; charset=windows-1252'\n\
        H.log_message = lambda *a: None\n\
        s = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)\n\
        print(s.server_address[1], flush=True)\n\
        s.serve_forever()\n";
    let mut child = Command::new("python3")
        .args(["-c", script])
        .current_dir(site)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start python3");
    let stdout = child.stdout.take().expect("server stdout");
    let server = Server(child);
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read the server's port");
    let port = line.trim().parse().unwrap_or_else(|_| {
        panic!("http.server did not start (printed {line:?})");
    });
    (server, port)
}

/// Crawls the site with wget, writing `out/crawl.warc.gz`.
fn crawl(port: u16, out: &Path) -> PathBuf {
    // three tries: a loaded machine's server may drop a connection ("No
    // data received", wget's exit 4), which wget retries; a 404 it never
    // retries
    let wget = Command::new("wget")
        .args(["--recursive", "--level=2", "--no-verbose", "--tries=3"])
        .arg(format!("--warc-file={}", out.join("crawl").display()))
        .arg("--directory-prefix")
        .arg(out.join("mirror"))
        .arg(format!("http://127.0.0.1:{port}/index.html"))
        .stdin(Stdio::null())
        .output()
        .expect("run wget");
    // wget exits 8 when a page is missing (the 404 link): expected. Its log
    // (--no-verbose: one line a URL) says which fetch failed otherwise.
    assert!(
        matches!(wget.status.code(), Some(0 | 8)),
        "wget: {}\n{}",
        wget.status,
        String::from_utf8_lossy(&wget.stderr)
    );
    out.join("crawl.warc.gz")
}

/// Every document (url, text) and error (path, message) read from `path`,
/// with the number of records skipped.
fn read_all(path: &Path) -> (Vec<factsift_core::Document>, Vec<(String, String)>, u64) {
    let found = discover(&[path.to_path_buf()]);
    assert!(found.errors.is_empty(), "{:?}", found.errors);
    let mut reader = Reader::new(found.items);
    let (mut docs, mut errors) = (Vec::new(), Vec::new());
    while let Some(chunk) = reader.next_chunk(2) {
        for result in chunk {
            match result {
                Ok(doc) => docs.push(doc),
                Err(e) => errors.push((e.path.clone(), e.message.clone())),
            }
        }
    }
    (docs, errors, reader.skipped_records())
}

fn url_of(doc: &factsift_core::Document) -> &str {
    doc.meta.url.as_deref().unwrap_or("")
}

#[test]
fn wget_crawl_is_read_record_by_record() {
    if !have("wget") || !have("python3") {
        eprintln!("skipped: wget or python3 is not installed");
        return;
    }
    let dir = std::env::temp_dir().join(format!("factsift-warc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let site = dir.join("site");
    std::fs::create_dir_all(&site).expect("mkdir");
    write_site(&site);
    let (server, port) = serve(&site);
    let gz = crawl(port, &dir);
    drop(server);

    let (docs, errors, skipped) = read_all(&gz);
    assert!(errors.is_empty(), "{errors:?}");
    let base = format!("http://127.0.0.1:{port}/");
    let mut urls: Vec<&str> = docs.iter().map(url_of).collect();
    urls.sort();
    // "" is the pages' Home link: the same page as index.html, twice in the
    // crawl (the pipeline keeps one: their text and doc_id are the same).
    let expected: Vec<String> = ["", "a.html", "index.html", "latin.l1", "notes.txt"]
        .iter()
        .map(|p| format!("{base}{p}"))
        .collect();
    assert_eq!(urls, expected);
    // warcinfo, requests, the 404, the stylesheet, robots.txt, wget's log.
    assert!(skipped >= 6, "skipped {skipped}");
    let today = chrono::Utc::now().date_naive();
    for doc in &docs {
        // No date in the pages: the crawl's WARC-Date.
        let published = doc.meta.published.expect("WARC-Date as published");
        assert!((today - published).num_days().abs() <= 1, "{published}");
        assert!(doc.meta.external_id.contains(".warc.gz@"));
    }
    let latin = docs
        .iter()
        .find(|d| url_of(d).ends_with("latin.l1"))
        .expect("latin");
    // The HTTP charset wins over the page's (wrong) <meta>.
    assert!(
        latin
            .text
            .contains("The caf\u{e9} on Main Street reopened."),
        "{}",
        latin.text
    );
    let notes = docs
        .iter()
        .find(|d| url_of(d).ends_with("notes.txt"))
        .expect("notes");
    assert_eq!(notes.meta.format, "txt");
    assert_eq!(
        notes.text.trim(),
        "Plain notes about the transit budget vote."
    );

    // The same archive uncompressed, then with one record's length wrong.
    let mut plain = Vec::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(&gz).expect("open"))
        .read_to_end(&mut plain)
        .expect("gunzip");
    let warc = dir.join("crawl.warc");
    std::fs::write(&warc, &plain).expect("write");
    let (plain_docs, plain_errors, plain_skipped) = read_all(&warc);
    assert!(plain_errors.is_empty(), "{plain_errors:?}");
    assert_eq!(plain_docs.len(), docs.len());
    assert_eq!(plain_skipped, skipped);

    let corrupt = corrupt_record(&plain, &format!("{base}a.html"));
    let bad = dir.join("corrupt.warc");
    std::fs::write(&bad, &corrupt).expect("write");
    let (bad_docs, bad_errors, _) = read_all(&bad);
    assert_eq!(bad_errors.len(), 1, "{bad_errors:?}");
    assert!(bad_errors[0].0.contains("corrupt.warc@"), "{bad_errors:?}");
    assert!(bad_errors[0].1.contains("corrupt record"), "{bad_errors:?}");
    let mut bad_urls: Vec<&str> = bad_docs.iter().map(url_of).collect();
    bad_urls.sort();
    let without_a: Vec<&str> = expected
        .iter()
        .map(String::as_str)
        .filter(|u| !u.ends_with("/a.html"))
        .collect();
    assert_eq!(
        bad_urls, without_a,
        "the records after the bad one are read"
    );

    // Cut inside the last response record: an error for it, the rest read.
    let last = find_last(&plain, b"WARC-Type: response").expect("a response");
    let truncated = dir.join("truncated.warc");
    std::fs::write(&truncated, &plain[..last + 400]).expect("write");
    let (cut_docs, cut_errors, _) = read_all(&truncated);
    assert_eq!(cut_errors.len(), 1, "{cut_errors:?}");
    assert!(cut_errors[0].1.contains("truncated") || cut_errors[0].1.contains("ends inside"));
    assert!(cut_docs.len() >= 2);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The archive with the Content-Length of `url`'s response record made 7
/// bytes short.
fn corrupt_record(warc: &[u8], url: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(warc).into_owned();
    let target = format!("WARC-Target-URI: <{url}>");
    let at = text
        .match_indices(&target)
        .map(|(i, _)| i)
        .find(|&i| {
            text[..i]
                .rfind("WARC-Type: ")
                .is_some_and(|t| text[t..i].starts_with("WARC-Type: response"))
        })
        .expect("a.html's response record");
    let length_at = at + text[at..].find("Content-Length: ").expect("length") + 16;
    let end = length_at + text[length_at..].find("\r\n").expect("eol");
    let length: usize = text[length_at..end].trim().parse().expect("number");
    let mut out = warc[..length_at].to_vec();
    out.extend_from_slice((length - 7).to_string().as_bytes());
    out.extend_from_slice(&warc[end..]);
    out
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}
