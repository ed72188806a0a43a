//! Fuzz target for the sentence segmenter: any text, English or Spanish,
//! gives in-order, non-overlapping, trimmed sentences on character
//! boundaries. Run from the repository root:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run segment fuzz/corpus/segment`.

#![no_main]

use factsift_core::{Block, BlockKind, Language, Span};
use factsift_segment::segment;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // One layout block per line, as ingest gives for HTML and Markdown.
    let mut blocks = Vec::new();
    let mut start = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let kind = if i % 3 == 0 { BlockKind::Heading } else { BlockKind::Paragraph };
        blocks.push(Block { span: Span::new(start, start + line.len()), kind });
        start += line.len();
    }
    for lang in [Language::En, Language::Es, Language::Unknown] {
        for layout in [&[][..], &blocks[..]] {
            let mut last = 0;
            for s in segment(text, lang, layout) {
                let span = s.span;
                assert!(last <= span.start && span.start < span.end && span.end <= text.len());
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                let t = &text[span.start..span.end];
                assert_eq!(t.trim(), t, "untrimmed sentence {t:?}");
                last = span.end;
            }
        }
    }
});
