//! Fuzz target for JSONL ingest: any bytes, decoded and split into lines as a
//! feed is, give for every line either a clear error or a record whose text
//! and layout blocks are consistent; a file that is one JSON array is read as
//! its records or refused. Run from the repository root:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run jsonl fuzz/corpus/jsonl`.

#![no_main]

use factsift_ingest::{decode, jsonl, Hint, Parsed};
use libfuzzer_sys::fuzz_target;

fn check(parsed: &Parsed) {
    let text = &parsed.text;
    for block in &parsed.blocks {
        let span = block.span;
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = decode(data, Hint::default()) else {
        return;
    };
    for (n, line) in decoded.text.lines().enumerate() {
        if let Ok(parsed) = jsonl::parse_line(line.trim(), &format!("fuzz:{}", n + 1)) {
            check(&parsed);
        }
    }
    if let Ok(records) = jsonl::array_records(&decoded.text) {
        for (i, record) in records.into_iter().enumerate() {
            if let Ok(parsed) = jsonl::parse_record(record, &format!("fuzz[{i}]")) {
                check(&parsed);
            }
        }
    }
});
