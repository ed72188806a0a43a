//! Fuzz target for the number parser and the quantity extractor.
//!
//! It builds only the numbers crate and the core. Run from the repository root:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run numbers fuzz/corpus/numbers`.

#![no_main]

use libfuzzer_sys::fuzz_target;

use factsift_numbers::{extract, parse, Language};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for lang in [Language::En, Language::Es] {
        if let Some(v) = parse::parse_numeral(text, lang) {
            assert!(v.is_finite());
        }
        if let Some(v) = parse::parse_mantissa(text, lang) {
            assert!(v.is_finite());
        }
        for q in extract(text, lang) {
            for v in [q.value, q.value_max, q.base_value, q.base_value_max]
                .into_iter()
                .flatten()
            {
                assert!(v.is_finite(), "{v} from {text:?}");
            }
            for s in [q.span, q.amount, q.number] {
                assert!(s.start <= s.end && s.end <= text.len());
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }
});
