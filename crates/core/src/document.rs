//! The in-memory document shared by every stage.
//!
//! A [`Document`] holds the original text exactly as it will be stored in the
//! `documents` table plus standoff annotation layers (blocks, sentences, …)
//! that point into that text by **byte** offsets. Byte offsets make slicing
//! cheap inside the pipeline; the writer converts them to the character
//! offsets (Unicode scalar values) promised by the dataset contract with
//! [`CharOffsets`].

mod offsets;

pub use offsets::CharOffsets;

use crate::language::Language;

/// A half-open byte range `[start, end)` into [`Document::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte of the span (inclusive).
    pub start: usize,
    /// One past the last byte of the span (exclusive).
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not be greater than `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// What kind of layout block ingest found in the source (HTML element,
/// Markdown node, plain-text paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// Running text.
    Paragraph,
    /// A title or section heading (`<h1>`…`<h6>`, `#` in Markdown).
    Heading,
    /// A block quotation (`<blockquote>`, `>` in Markdown).
    Quote,
    /// One item of a bulleted or numbered list.
    ListItem,
}

/// A layout block of the text, as given by the input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Where the block lies in the text.
    pub span: Span,
    /// What the block is.
    pub kind: BlockKind,
}

/// The role of a sentence in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SentenceKind {
    /// Ordinary running text.
    Body,
    /// A heading or title line.
    Heading,
    /// Reported speech: a sentence inside a quoted paragraph or block quote.
    Quote,
    /// An item of a list.
    ListItem,
}

impl SentenceKind {
    /// The name written to the `sentences.kind` column.
    pub fn as_str(&self) -> &'static str {
        match self {
            SentenceKind::Body => "body",
            SentenceKind::Heading => "heading",
            SentenceKind::Quote => "quote",
            SentenceKind::ListItem => "list_item",
        }
    }
}

/// One sentence (or heading, or list item) of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span, trimmed of surrounding white space.
    pub span: Span,
    /// Role of the sentence.
    pub kind: SentenceKind,
}

/// Metadata that ingest found for a document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentMeta {
    /// The input's own `id`, else its path (`-` for stdin).
    pub external_id: String,
    /// Outlet or domain, when known.
    pub source: Option<String>,
    /// Canonical URL, when known.
    pub url: Option<String>,
    /// Title, when known.
    pub title: Option<String>,
    /// Publication date, when known.
    pub published: Option<chrono::NaiveDate>,
    /// Input format the document came from (`txt`, `md`, `html`, `jsonl`).
    pub format: &'static str,
    /// Remarks made while reading the input (e.g. invalid UTF-8 replaced).
    pub notes: Vec<String>,
}

/// A document moving through the pipeline: original text plus annotation layers.
#[derive(Debug, Clone)]
pub struct Document {
    /// Stable content hash of `text` (see [`Document::content_id`]).
    pub doc_id: String,
    /// Where the document came from.
    pub meta: DocumentMeta,
    /// The stored text; every span of every layer points into it.
    pub text: String,
    /// Language of the text.
    pub language: Language,
    /// Layout blocks from ingest; empty for plain text, where the segmenter
    /// finds paragraphs itself.
    pub blocks: Vec<Block>,
    /// Sentences in text order, filled by the segment stage.
    pub sentences: Vec<Sentence>,
    /// Named-entity mentions in text order, filled by the entities stage.
    pub entities: Vec<crate::entity::Mention>,
    /// Figures in text order, filled by the numbers stage.
    pub quantities: Vec<crate::quantity::Quantity>,
    /// Claims in text order, filled by the claims stage.
    pub claims: Vec<crate::claim::Claim>,
}

impl Document {
    /// Builds a document from its text and metadata; the id is the content hash
    /// and the language is detected later (it starts as [`Language::Unknown`]).
    pub fn new(text: String, meta: DocumentMeta) -> Self {
        Document {
            doc_id: Self::content_id(&text),
            meta,
            text,
            language: Language::Unknown,
            blocks: Vec::new(),
            sentences: Vec::new(),
            entities: Vec::new(),
            quantities: Vec::new(),
            claims: Vec::new(),
        }
    }

    /// The stable content hash used as `doc_id`: the first 16 hex digits of
    /// the SHA-256 of the stored text.
    pub fn content_id(text: &str) -> String {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(text.as_bytes());
        digest[..8].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The text covered by `span`.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }
}
