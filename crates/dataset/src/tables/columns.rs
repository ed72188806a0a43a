//! Column builders shared by the table modules.

use polars::prelude::*;

use factsift_core::document::{CharOffsets, Document, Span};

/// Collects named columns of equal length and turns them into a `DataFrame`.
#[derive(Default)]
pub struct Columns {
    columns: Vec<Column>,
    height: usize,
}

impl Columns {
    /// Starts an empty set of columns for `height` rows.
    pub fn new(height: usize) -> Self {
        Columns {
            columns: Vec::new(),
            height,
        }
    }

    /// Adds a non-null text column.
    pub fn str<S: AsRef<str>>(mut self, name: &str, values: Vec<S>) -> Self {
        let values: Vec<&str> = values.iter().map(|s| s.as_ref()).collect();
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a nullable text column.
    pub fn opt_str(mut self, name: &str, values: Vec<Option<String>>) -> Self {
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a 32-bit integer column.
    pub fn i32(mut self, name: &str, values: Vec<i32>) -> Self {
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a 64-bit integer column (used for character offsets).
    pub fn i64(mut self, name: &str, values: Vec<i64>) -> Self {
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a nullable 64-bit float column.
    pub fn opt_f64(mut self, name: &str, values: Vec<Option<f64>>) -> Self {
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a nullable 32-bit integer column.
    pub fn opt_i32(mut self, name: &str, values: Vec<Option<i32>>) -> Self {
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a boolean column.
    pub fn bool(mut self, name: &str, values: Vec<bool>) -> Self {
        self.columns
            .push(Series::new(name.into(), values).into_column());
        self
    }

    /// Adds a nullable date column from days since 1970-01-01.
    pub fn opt_date(mut self, name: &str, days: Vec<Option<i32>>) -> PolarsResult<Self> {
        let s = Series::new(name.into(), days).cast(&DataType::Date)?;
        self.columns.push(s.into_column());
        Ok(self)
    }

    /// Adds a column of string lists (e.g. `entity_keys`).
    pub fn str_list(mut self, name: &str, values: Vec<Vec<String>>) -> Self {
        let total = values.iter().map(Vec::len).sum();
        let mut builder = ListStringChunkedBuilder::new(name.into(), values.len(), total);
        for row in &values {
            builder.append_values_iter(row.iter().map(String::as_str));
        }
        self.columns
            .push(builder.finish().into_series().into_column());
        self
    }

    /// Finishes the frame.
    pub fn finish(self) -> PolarsResult<DataFrame> {
        DataFrame::new(self.height, self.columns)
    }
}

/// The columns every standoff table starts with — `doc_id`, `sentence_id`,
/// `start`, `end` (character offsets) and `text` — filled one annotation at a time.
pub struct SpanColumns<'a> {
    doc_id: Vec<&'a str>,
    sentence_id: Vec<Option<i32>>,
    start: Vec<i64>,
    end: Vec<i64>,
    text: Vec<&'a str>,
}

impl<'a> SpanColumns<'a> {
    /// Room for `n` rows.
    pub fn with_capacity(n: usize) -> Self {
        SpanColumns {
            doc_id: Vec::with_capacity(n),
            sentence_id: Vec::with_capacity(n),
            start: Vec::with_capacity(n),
            end: Vec::with_capacity(n),
            text: Vec::with_capacity(n),
        }
    }

    /// Adds the row of an annotation over `span` (byte offsets) of `doc`,
    /// in sentence `sentence`; `offsets` indexes `doc.text`.
    pub fn push(
        &mut self,
        doc: &'a Document,
        offsets: &CharOffsets,
        sentence: Option<usize>,
        span: Span,
    ) {
        self.doc_id.push(doc.doc_id.as_str());
        self.sentence_id.push(sentence.map(|s| s as i32));
        self.start.push(offsets.char_of(span.start) as i64);
        self.end.push(offsets.char_of(span.end) as i64);
        self.text
            .push(doc.text.get(span.start..span.end).unwrap_or(""));
    }

    /// The five columns, ready for the table's own columns to follow.
    pub fn into_columns(self) -> Columns {
        Columns::new(self.doc_id.len())
            .str("doc_id", self.doc_id)
            .opt_i32("sentence_id", self.sentence_id)
            .i64("start", self.start)
            .i64("end", self.end)
            .str("text", self.text)
    }
}
