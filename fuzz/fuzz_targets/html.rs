//! Fuzz target for HTML ingest: any bytes, decoded as a page (BOM, `<meta>`
//! charset, detection) and parsed, give text whose layout blocks lie in it,
//! in order, on character boundaries. Run from the repository root:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run html fuzz/corpus/html`.

#![no_main]

use factsift_core::DocumentMeta;
use factsift_ingest::{decode, html, Hint};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = decode(data, Hint::html()) else {
        return;
    };
    let Ok(parsed) = html::parse(&decoded.text, DocumentMeta::default()) else {
        return;
    };
    let text = &parsed.text;
    let mut last = 0;
    for block in &parsed.blocks {
        let span = block.span;
        assert!(last <= span.start && span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        last = span.end;
    }
});
