//! JSON Lines feeds (`.jsonl`): one document per line.
//!
//! Each line is an object with a required `text` (or, for scrapers that keep
//! the page, an `html` field parsed like an HTML file) and optional `id`,
//! `source`, `url`, `title` and `published`.

use serde_json::Value;

use super::published::parse_published;
use super::{html, text, Parsed};
use factsift_core::document::DocumentMeta;

/// Parses one JSONL line; `location` is `path:line`, used as the external id
/// when the record has no `id`.
pub fn parse_line(line: &str, location: &str) -> Result<Parsed, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    parse_record(value, location)
}

/// Parses one record (a JSONL line or an element of a JSON array);
/// `location` is the external id used when the record has no `id`.
pub fn parse_record(value: Value, location: &str) -> Result<Parsed, String> {
    let Value::Object(record) = value else {
        return Err("expected a JSON object with a \"text\" field".to_string());
    };
    let field = |name: &str| -> Option<String> {
        match record.get(name)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let meta = DocumentMeta {
        external_id: field("id").unwrap_or_else(|| location.to_string()),
        source: field("source"),
        url: field("url"),
        title: field("title"),
        published: field("published").as_deref().and_then(parse_published),
        format: "jsonl",
        notes: Vec::new(),
    };
    let mut parsed = match (record.get("text"), record.get("html")) {
        (Some(Value::String(t)), _) => {
            text::parse(super::decode::normalize_newlines(t.clone()), meta)
        }
        (_, Some(Value::String(h))) => html::parse(h, meta)?,
        (Some(other), _) => {
            return Err(format!(
                "\"text\" must be a string, found {}",
                kind_of(other)
            ))
        }
        _ => return Err("missing required field \"text\"".to_string()),
    };
    parsed.meta.format = "jsonl";
    Ok(parsed)
}

/// The records of a feed that is one JSON array (`[ {...}, {...} ]`, often
/// pretty-printed over many lines) instead of JSON Lines.
pub fn array_records(text: &str) -> Result<Vec<Value>, String> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(records)) => Ok(records),
        Ok(other) => Err(format!(
            "not JSON Lines: the file holds {} instead of one JSON object per line",
            kind_of(&other)
        )),
        Err(e) => Err(format!(
            "not JSON Lines: the file starts like a JSON array but is not valid JSON ({e}); \
             give one JSON object per line"
        )),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields() {
        let p = parse_line(
            r#"{"id": 7, "text": "Hello there.", "source": "Wire", "published": "2025-01-02", "extra": true}"#,
            "f.jsonl:1",
        )
        .expect("record");
        assert_eq!(p.text, "Hello there.");
        assert_eq!(p.meta.external_id, "7");
        assert_eq!(p.meta.source.as_deref(), Some("Wire"));
        assert_eq!(
            p.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2025-01-02")
        );
        assert_eq!(p.meta.format, "jsonl");
    }

    #[test]
    fn uses_location_without_id_and_reads_html() {
        let p = parse_line(r#"{"html": "<p>From a page.</p>"}"#, "f.jsonl:3").expect("record");
        assert_eq!(p.text, "From a page.");
        assert_eq!(p.meta.external_id, "f.jsonl:3");
    }

    #[test]
    fn reads_a_json_array_or_explains_it() {
        let records = array_records("[\n  {\"text\": \"One.\"},\n  {\"text\": \"Two.\"}\n]\n")
            .expect("array");
        assert_eq!(records.len(), 2);
        let p = parse_record(records[1].clone(), "f.jsonl[1]").expect("record");
        assert_eq!(p.text, "Two.");
        assert_eq!(p.meta.external_id, "f.jsonl[1]");
        let err = array_records("[\n  {\"text\": \"One.\"},\n").unwrap_err();
        assert!(err.starts_with("not JSON Lines"), "{err}");
    }

    #[test]
    fn explains_bad_lines() {
        assert!(parse_line("{not json", "x")
            .unwrap_err()
            .contains("malformed JSON"));
        assert!(parse_line("[1,2]", "x")
            .unwrap_err()
            .contains("JSON object"));
        assert!(parse_line(r#"{"title": "t"}"#, "x")
            .unwrap_err()
            .contains("\"text\""));
        assert!(parse_line(r#"{"text": 5}"#, "x")
            .unwrap_err()
            .contains("a number"));
    }
}
