//! Assembling stored text from layout blocks (used by Markdown and HTML ingest).

use factsift_core::document::{Block, BlockKind, Span};

/// Appends blocks of text separated by blank lines and records their spans.
///
/// White space inside a block is collapsed to single spaces, so the stored
/// text reads like a clean plain-text rendering of the page.
#[derive(Debug, Default)]
pub struct TextBuilder {
    text: String,
    blocks: Vec<Block>,
    pending: String,
    pending_kind: Option<BlockKind>,
    /// Blocks this says are not text are dropped when they close.
    drop_block: Option<fn(&str) -> bool>,
}

impl TextBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty builder that drops every block `drop_block` picks out.
    pub fn dropping(drop_block: fn(&str) -> bool) -> Self {
        TextBuilder {
            drop_block: Some(drop_block),
            ..Self::default()
        }
    }

    /// Starts collecting a block of `kind`, closing any open one first.
    pub fn open(&mut self, kind: BlockKind) {
        self.close();
        self.pending_kind = Some(kind);
    }

    /// Adds inline text to the open block (opening a paragraph if none is).
    pub fn push_inline(&mut self, text: &str, default_kind: BlockKind) {
        if self.pending_kind.is_none() {
            self.pending_kind = Some(default_kind);
        }
        for (i, word) in text.split_whitespace().enumerate() {
            let glue = i > 0 || text.starts_with(char::is_whitespace);
            if glue && !self.pending.is_empty() && !self.pending.ends_with(' ') {
                self.pending.push(' ');
            }
            self.pending.push_str(word);
        }
        if text.ends_with(char::is_whitespace) && !self.pending.is_empty() {
            self.pending.push(' ');
        }
    }

    /// Closes the open block; an empty block leaves no trace.
    pub fn close(&mut self) {
        let Some(kind) = self.pending_kind.take() else {
            return;
        };
        let content = self.pending.trim();
        let dropped = self.drop_block.is_some_and(|drop| drop(content));
        if !content.is_empty() && !dropped {
            if !self.text.is_empty() {
                self.text.push_str("\n\n");
            }
            let start = self.text.len();
            self.text.push_str(content);
            self.blocks.push(Block {
                span: Span::new(start, self.text.len()),
                kind,
            });
        }
        self.pending.clear();
    }

    /// Finishes: the text and its blocks.
    pub fn finish(mut self) -> (String, Vec<Block>) {
        self.close();
        (self.text, self.blocks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_blocks_with_blank_lines_and_records_spans() {
        let mut b = TextBuilder::new();
        b.open(BlockKind::Heading);
        b.push_inline("  A   title ", BlockKind::Paragraph);
        b.open(BlockKind::Paragraph);
        b.push_inline("First", BlockKind::Paragraph);
        b.push_inline(" part,", BlockKind::Paragraph);
        b.push_inline("bold", BlockKind::Paragraph);
        b.open(BlockKind::Paragraph);
        b.close();
        let (text, blocks) = b.finish();
        assert_eq!(text, "A title\n\nFirst part,bold");
        assert_eq!(blocks.len(), 2);
        assert_eq!(&text[blocks[0].span.start..blocks[0].span.end], "A title");
        assert_eq!(blocks[0].kind, BlockKind::Heading);
        assert_eq!(
            &text[blocks[1].span.start..blocks[1].span.end],
            "First part,bold"
        );
    }
}
