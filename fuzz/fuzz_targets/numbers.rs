//! Fuzz target for the number parser and the quantity extractor.
//!
//! The numbers modules are compiled here from their sources (they depend on
//! nothing but `crate::document::Span`), so the fuzzer does not build the
//! whole factsift crate. Run from the repository root:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run numbers fuzz/corpus/numbers`.

#![no_main]
#![allow(dead_code)]

use libfuzzer_sys::fuzz_target;

/// The one item of factsift's `document` module the extractor uses.
mod document {
    /// A half-open byte range.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct Span {
        pub start: usize,
        pub end: usize,
    }

    impl Span {
        pub fn new(start: usize, end: usize) -> Self {
            Span { start, end }
        }
    }
}

// The numbers modules sit at the crate root here, so their `super::`
// paths resolve to each other as they do under `factsift::numbers`.
#[path = "../../src/numbers/attach.rs"]
mod attach;
#[path = "../../src/numbers/dates.rs"]
mod dates;
#[path = "../../src/numbers/extract.rs"]
mod extract;
#[path = "../../src/numbers/lexer.rs"]
mod lexer;
#[path = "../../src/numbers/linking.rs"]
mod linking;
#[path = "../../src/numbers/money.rs"]
mod money;
#[path = "../../src/numbers/number.rs"]
mod number;
#[path = "../../src/numbers/parse.rs"]
mod parse;
#[path = "../../src/numbers/qualifiers.rs"]
mod qualifiers;
#[path = "../../src/numbers/quantity.rs"]
mod quantity;
#[path = "../../src/numbers/relative.rs"]
mod relative;
#[path = "../../src/numbers/scan.rs"]
mod scan;
#[path = "../../src/numbers/tokens.rs"]
mod tokens;
#[path = "../../src/numbers/units.rs"]
mod units;
#[path = "../../src/numbers/words.rs"]
mod words;

use extract::extract;
use parse::Lang;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for lang in [Lang::En, Lang::Es] {
        if let Some(v) = parse::parse_numeral(text, lang) {
            assert!(v.is_finite());
        }
        if let Some(v) = parse::parse_mantissa(text, lang) {
            assert!(v.is_finite());
        }
        for q in extract(text, lang) {
            for v in [q.value, q.value_max, q.raw_value].into_iter().flatten() {
                assert!(v.is_finite(), "{v} from {text:?}");
            }
            for s in [q.span, q.amount, q.number] {
                assert!(s.start <= s.end && s.end <= text.len());
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }
});
