//! The one definition of every table of the dataset contract: table names,
//! column names and types, and the schema version.
//!
//! The writer's table builders (in [`crate::tables`]) are checked against it
//! by tests, and `compare` reads runs through these names, so a renamed
//! column fails to compile instead of failing at run time.

/// Version of the dataset contract the tables follow (`manifest.json`'s
/// `schema_version`); readers refuse other versions.
pub const SCHEMA_VERSION: u32 = 2;

/// The type of a column, as written to Parquet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// UTF-8 text.
    Str,
    /// 32-bit integer.
    I32,
    /// 64-bit integer (character offsets, counts).
    I64,
    /// 64-bit float.
    F64,
    /// Boolean.
    Bool,
    /// A calendar date.
    Date,
    /// A list of UTF-8 strings.
    StrList,
}

/// One column: its name, type and whether it may hold nulls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Column name.
    pub name: &'static str,
    /// Column type.
    pub dtype: ColumnType,
    /// True when the column may hold nulls.
    pub nullable: bool,
}

/// One table: its folder name and its columns in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableSchema {
    /// The table's folder name in a run.
    pub name: &'static str,
    /// The columns, in order.
    pub columns: &'static [Column],
}

impl TableSchema {
    /// The column names, in order.
    pub fn column_names(&self) -> Vec<&'static str> {
        self.columns.iter().map(|c| c.name).collect()
    }
}

const fn req(name: &'static str, dtype: ColumnType) -> Column {
    Column {
        name,
        dtype,
        nullable: false,
    }
}

const fn opt(name: &'static str, dtype: ColumnType) -> Column {
    Column {
        name,
        dtype,
        nullable: true,
    }
}

use ColumnType::{Bool, Date, Str, StrList, F64, I32, I64};

/// Column names shared by several tables.
pub mod col {
    /// The document's stable content hash.
    pub const DOC_ID: &str = "doc_id";
    /// Index of the sentence in its document.
    pub const SENTENCE_ID: &str = "sentence_id";
    /// First character of a span (inclusive).
    pub const START: &str = "start";
    /// One past the last character of a span.
    pub const END: &str = "end";
    /// The text of the row's span (or the document's whole text).
    pub const TEXT: &str = "text";
    /// What sort of row it is.
    pub const KIND: &str = "kind";
    /// An entity label.
    pub const LABEL: &str = "label";
    /// A canonical entity key.
    pub const ENTITY_KEY: &str = "entity_key";
    /// A canonical entity name.
    pub const CANONICAL_NAME: &str = "canonical_name";
}

/// The `documents` table.
pub mod documents {
    use super::*;
    /// Table name.
    pub const TABLE: &str = "documents";
    /// The input's own id, else its path.
    pub const EXTERNAL_ID: &str = "external_id";
    /// Outlet or domain.
    pub const SOURCE: &str = "source";
    /// Canonical URL.
    pub const URL: &str = "url";
    /// Title.
    pub const TITLE: &str = "title";
    /// Publication date.
    pub const PUBLISHED: &str = "published";
    /// ISO 639-1 language code.
    pub const LANGUAGE: &str = "language";
    /// Number of sentences.
    pub const N_SENTENCES: &str = "n_sentences";
    /// Number of characters of the text.
    pub const N_CHARS: &str = "n_chars";
    /// Input format.
    pub const FORMAT: &str = "format";
    /// Remarks made while reading the input.
    pub const NOTES: &str = "notes";
    /// The schema.
    pub const SCHEMA: TableSchema = TableSchema {
        name: TABLE,
        columns: &[
            req(col::DOC_ID, Str),
            req(EXTERNAL_ID, Str),
            opt(SOURCE, Str),
            opt(URL, Str),
            opt(TITLE, Str),
            opt(PUBLISHED, Date),
            req(LANGUAGE, Str),
            req(col::TEXT, Str),
            req(N_SENTENCES, I32),
            req(N_CHARS, I64),
            req(FORMAT, Str),
            opt(NOTES, Str),
        ],
    };
}

/// The columns of a standoff table: `doc_id`, `sentence_id`, `start`,
/// `end` and `text` (the span's characters), then the table's own.
macro_rules! standoff {
    [$($own:expr),* $(,)?] => {
        &[
            req(col::DOC_ID, Str),
            opt(col::SENTENCE_ID, I32),
            req(col::START, I64),
            req(col::END, I64),
            req(col::TEXT, Str),
            $($own),*
        ]
    };
}

/// The `sentences` table.
pub mod sentences {
    use super::*;
    /// Table name.
    pub const TABLE: &str = "sentences";
    /// The schema.
    pub const SCHEMA: TableSchema = TableSchema {
        name: TABLE,
        columns: standoff![req(col::KIND, Str),],
    };
}

/// The `entities` table.
pub mod entities {
    use super::*;
    /// Table name.
    pub const TABLE: &str = "entities";
    /// Mean probability of the mention's tags.
    pub const SCORE: &str = "score";
    /// For a nationality, its country's key.
    pub const LINKED_KEY: &str = "linked_key";
    /// The schema.
    pub const SCHEMA: TableSchema = TableSchema {
        name: TABLE,
        columns: standoff![
            req(col::LABEL, Str),
            opt(SCORE, F64),
            req(col::ENTITY_KEY, Str),
            req(col::CANONICAL_NAME, Str),
            opt(LINKED_KEY, Str),
        ],
    };
}

/// The `quantities` table.
pub mod quantities {
    use super::*;
    /// Table name.
    pub const TABLE: &str = "quantities";
    /// `doc_id:index`, the id `claims.quantity_ids` refers to.
    pub const QUANTITY_ID: &str = "quantity_id";
    /// The value as the text says it (the low end of a range).
    pub const VALUE: &str = "value";
    /// The high end of a range, as the text says it.
    pub const VALUE_MAX: &str = "value_max";
    /// The unit as the text says it (`yard`, `cent`, `USD`).
    pub const UNIT: &str = "unit";
    /// The value in the base unit of its dimension.
    pub const BASE_VALUE: &str = "base_value";
    /// The high end of a range in the base unit.
    pub const BASE_VALUE_MAX: &str = "base_value_max";
    /// The base unit (`metre`, `kilogram`, `second`, `kelvin`, the currency).
    pub const BASE_UNIT: &str = "base_unit";
    /// `level` or `change`.
    pub const ROLE: &str = "role";
    /// `exact`, `about`, `at_least`…
    pub const QUALIFIER: &str = "qualifier";
    /// What the figure measures.
    pub const MEASURED: &str = "measured";
    /// Whom or what it is about.
    pub const SUBJECT: &str = "subject";
    /// The subject's entity key.
    pub const SUBJECT_KEY: &str = "subject_key";
    /// When.
    pub const PERIOD: &str = "period";
    /// `up`, `down`…
    pub const DIRECTION: &str = "direction";
    /// Comma-separated flags.
    pub const FLAGS: &str = "flags";
    /// The schema.
    pub const SCHEMA: TableSchema = TableSchema {
        name: TABLE,
        columns: standoff![
            req(QUANTITY_ID, Str),
            req(col::KIND, Str),
            opt(VALUE, F64),
            opt(VALUE_MAX, F64),
            opt(UNIT, Str),
            opt(BASE_VALUE, F64),
            opt(BASE_VALUE_MAX, F64),
            opt(BASE_UNIT, Str),
            req(QUALIFIER, Str),
            req(ROLE, Str),
            opt(MEASURED, Str),
            opt(SUBJECT, Str),
            opt(SUBJECT_KEY, Str),
            opt(PERIOD, Str),
            opt(DIRECTION, Str),
            opt(FLAGS, Str),
        ],
    };
}

/// The `claims` table.
pub mod claims {
    use super::*;
    /// Table name.
    pub const TABLE: &str = "claims";
    /// `doc_id:index`.
    pub const CLAIM_ID: &str = "claim_id";
    /// The speaker as named.
    pub const SPEAKER: &str = "speaker";
    /// The speaker's entity key.
    pub const SPEAKER_KEY: &str = "speaker_key";
    /// True when a hedge softens the claim.
    pub const HEDGED: &str = "hedged";
    /// The hedge cue.
    pub const HEDGE_CUE: &str = "hedge_cue";
    /// True when the claim is negated.
    pub const NEGATED: &str = "negated";
    /// Check-worthiness score 0..1.
    pub const CHECKWORTHINESS: &str = "checkworthiness";
    /// Entity keys inside the claim.
    pub const ENTITY_KEYS: &str = "entity_keys";
    /// Quantity ids inside the claim.
    pub const QUANTITY_IDS: &str = "quantity_ids";
    /// Why the claim got its kind, speaker, hedge and score.
    pub const CUES: &str = "cues";
    /// The schema.
    pub const SCHEMA: TableSchema = TableSchema {
        name: TABLE,
        columns: standoff![
            req(CLAIM_ID, Str),
            req(col::KIND, Str),
            opt(SPEAKER, Str),
            opt(SPEAKER_KEY, Str),
            req(HEDGED, Bool),
            opt(HEDGE_CUE, Str),
            req(NEGATED, Bool),
            opt(CHECKWORTHINESS, F64),
            req(ENTITY_KEYS, StrList),
            req(QUANTITY_IDS, StrList),
            req(CUES, StrList),
        ],
    };
}

/// Every table of a run, in the order the writer writes a batch's parts
/// (`documents` last: a document is done once its row is there), then the
/// run-level `aliases`.
pub const TABLES: [TableSchema; 7] = [
    sentences::SCHEMA,
    errors::SCHEMA,
    entities::SCHEMA,
    quantities::SCHEMA,
    claims::SCHEMA,
    documents::SCHEMA,
    aliases::SCHEMA,
];

/// The `aliases` table.
pub mod aliases {
    use super::*;
    /// Table name.
    pub const TABLE: &str = "aliases";
    /// A surface form.
    pub const SURFACE: &str = "surface";
    /// Mentions with that surface form.
    pub const MENTIONS: &str = "mentions";
    /// The schema.
    pub const SCHEMA: TableSchema = TableSchema {
        name: TABLE,
        columns: &[
            req(col::ENTITY_KEY, Str),
            req(col::CANONICAL_NAME, Str),
            req(col::LABEL, Str),
            req(SURFACE, Str),
            req(MENTIONS, I64),
        ],
    };
}

/// The `errors` table.
pub mod errors {
    use super::*;
    /// Table name.
    pub const TABLE: &str = "errors";
    /// The input path.
    pub const PATH: &str = "path";
    /// The stage that failed.
    pub const STAGE: &str = "stage";
    /// What went wrong.
    pub const MESSAGE: &str = "message";
    /// The schema.
    pub const SCHEMA: TableSchema = TableSchema {
        name: TABLE,
        columns: &[
            req(PATH, Str),
            opt(col::DOC_ID, Str),
            req(STAGE, Str),
            req(MESSAGE, Str),
        ],
    };
}
