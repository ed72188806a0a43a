//! The documents taking part in a comparison, and the source each belongs to.

use factsift_dataset::schema::{col, documents};
use std::collections::HashMap;

use polars::prelude::DataFrame;

use super::load::{ints, strings, RunSet};

/// One document of the compared runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// Content hash (`documents.doc_id`).
    pub doc_id: String,
    /// The outlet the document is attributed to (see [`source_name`]).
    pub source: String,
    /// Title, if known.
    pub title: Option<String>,
    /// Publication date as days since 1970-01-01, if known.
    pub published: Option<i64>,
    /// Length of the text in characters (for how early a mention comes).
    pub chars: i64,
}

/// The documents of a comparison, indexed by `doc_id`.
#[derive(Debug, Clone, Default)]
pub struct Docs {
    /// Documents in input order, each `doc_id` once.
    pub list: Vec<Doc>,
    index: HashMap<String, usize>,
}

impl Docs {
    /// Reads the `documents` tables of every run (a document present in
    /// several runs is kept once).
    pub fn read(runs: &RunSet) -> anyhow::Result<Docs> {
        let df = runs.read(
            documents::TABLE,
            &[
                col::DOC_ID,
                documents::SOURCE,
                documents::URL,
                documents::EXTERNAL_ID,
                documents::TITLE,
                documents::PUBLISHED,
                documents::N_CHARS,
            ],
        )?;
        Ok(Docs::from_frame(&df))
    }

    /// Builds the index from a `documents` frame.
    pub fn from_frame(df: &DataFrame) -> Docs {
        let ids = strings(df, col::DOC_ID);
        let sources = strings(df, documents::SOURCE);
        let urls = strings(df, documents::URL);
        let external = strings(df, documents::EXTERNAL_ID);
        let titles = strings(df, documents::TITLE);
        let published = ints(df, documents::PUBLISHED);
        let chars = ints(df, documents::N_CHARS);
        let mut docs = Docs::default();
        for i in 0..df.height() {
            let Some(doc_id) = ids[i].clone() else {
                continue;
            };
            if docs.index.contains_key(&doc_id) {
                continue;
            }
            let source = source_name(
                sources[i].as_deref(),
                urls[i].as_deref(),
                external[i].as_deref(),
            );
            docs.index.insert(doc_id.clone(), docs.list.len());
            docs.list.push(Doc {
                doc_id,
                source,
                title: titles[i].clone(),
                published: published[i],
                chars: chars[i].unwrap_or(0).max(1),
            });
        }
        docs
    }

    /// Position of `doc_id` in [`Docs::list`].
    pub fn position(&self, doc_id: &str) -> Option<usize> {
        self.index.get(doc_id).copied()
    }

    /// The document with `doc_id`.
    pub fn get(&self, doc_id: &str) -> Option<&Doc> {
        self.position(doc_id).map(|i| &self.list[i])
    }

    /// Distinct sources, sorted.
    pub fn sources(&self) -> Vec<String> {
        let mut s: Vec<String> = self.list.iter().map(|d| d.source.clone()).collect();
        s.sort();
        s.dedup();
        s
    }
}

/// The outlet of a document: its `source` field, else the host of its URL
/// (without `www.`), else the file name of its input without extension.
pub fn source_name(source: Option<&str>, url: Option<&str>, external_id: Option<&str>) -> String {
    if let Some(s) = source.map(str::trim).filter(|s| !s.is_empty()) {
        return s.to_string();
    }
    if let Some(host) = url.and_then(host_of) {
        return host;
    }
    let id = external_id.unwrap_or("unknown");
    let name = id.rsplit(['/', '\\']).next().unwrap_or(id);
    let stem = name.split('#').next().unwrap_or(name);
    match stem.rsplit_once('.') {
        Some((base, _)) if !base.is_empty() => base.to_string(),
        _ => stem.to_string(),
    }
}

/// The host of an http(s) URL, lower-cased, without `www.`.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty() && host.contains('.')).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_falls_back_to_host_then_file_name() {
        assert_eq!(source_name(Some("Valley Post"), None, None), "Valley Post");
        assert_eq!(
            source_name(None, Some("https://www.Example.com:443/a/b?c"), None),
            "example.com"
        );
        assert_eq!(
            source_name(Some("  "), None, Some("corpora/sample/northern-ledger.txt")),
            "northern-ledger"
        );
        assert_eq!(source_name(None, None, Some("feed.jsonl#3")), "feed");
        assert_eq!(source_name(None, None, None), "unknown");
    }
}
