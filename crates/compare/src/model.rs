//! The typed results of `factsift compare`, shared by the table writers and the report.
//!
//! Each struct is one row (or one group of rows) of an output table; the tables and the
//! Markdown/HTML report are both built from these, so they always say the same thing.

/// How the sources of one statistic relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Two or more sources give figures that no reading of rounding or qualifiers reconciles.
    Differ,
    /// Two or more sources give figures that are compatible once rounding and qualifiers
    /// ("about", "more than", …) are taken into account.
    Agree,
    /// Only one source reports this figure.
    SingleSource,
}

impl Verdict {
    /// The value written to the `verdict` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Differ => "differ",
            Verdict::Agree => "agree",
            Verdict::SingleSource => "single_source",
        }
    }
}

/// One source's reading of a statistic (one mention, the most precise one of that source).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFigure {
    /// Outlet (documents.source, else the url's host, else the input's name).
    pub source: String,
    /// Document the figure comes from.
    pub doc_id: String,
    /// The figure as written ("about 250", "$6m").
    pub text: String,
    /// Normalized value (lower bound of a range).
    pub value: f64,
    /// Upper bound of a range, if the figure is one.
    pub value_max: Option<f64>,
    /// Qualifier from the quantities table (`exact`, `about`, `more_than`, …).
    pub qualifier: String,
    /// Lowest value the wording allows (rounding and qualifier applied); may be -inf.
    pub low: f64,
    /// Highest value the wording allows; may be +inf.
    pub high: f64,
    /// Index of that sentence in its document.
    pub sentence_id: i64,
    /// The sentence the figure appears in, for the report.
    pub sentence: String,
    /// How many mentions of this group the source has.
    pub mentions: usize,
}

/// One statistic as reported across sources: a group of quantities that measure the
/// same thing about the same subject in the same period and unit.
#[derive(Debug, Clone, PartialEq)]
pub struct StatGroup {
    /// Stable id of the group within this comparison (`s0001` …).
    pub group_id: String,
    /// The story (cluster of documents on the same events) the group belongs to.
    pub story_id: String,
    /// Quantity kind (`count`, `money`, `percent`, …).
    pub kind: String,
    /// Unit (`USD`, `percent`, `per_100k`…), if any.
    pub unit: Option<String>,
    /// What is measured, normalized ("migrant", "homicide", "(money)" when unnamed).
    pub measured: String,
    /// The measured phrases the sources used ("migrants", "deportees").
    pub measured_as: Vec<String>,
    /// Entity the figures are about (the most common subject_key of the group).
    pub subject_key: Option<String>,
    /// Period the figures refer to, if one was found.
    pub period: Option<String>,
    /// One figure per source, sorted by source.
    pub figures: Vec<SourceFigure>,
    /// Relative spread of the sources' values: (max - min) / max(|max|, |min|); 0 for one source.
    pub spread: f64,
    /// Agreement verdict.
    pub verdict: Verdict,
    /// How sure the verdict is, in 0..1 (see [`crate::statistics::confidence`]).
    pub confidence: f64,
    /// Sources that are not near-verbatim copies of one another (a wire
    /// story and its copies count once).
    pub independent_sources: usize,
}

/// How often and how early one source mentions one entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// Canonical entity key (joins `entities.entity_key`).
    pub entity_key: String,
    /// Display name of the entity.
    pub canonical_name: String,
    /// Entity label (PERSON, ORG, GPE…).
    pub label: String,
    /// Outlet.
    pub source: String,
    /// Documents of this source that mention the entity.
    pub docs: usize,
    /// Mentions in those documents.
    pub mentions: usize,
    /// Earliest first mention, as a share of the document's length (0 = first word).
    pub first_position: f64,
    /// Earliest sentence index of a first mention.
    pub first_sentence: i64,
    /// How many sources mention the entity at all.
    pub sources_mentioning: usize,
    /// How many sources take part in the comparison.
    pub sources_total: usize,
}

/// How two aligned claims from different sources relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    /// They share a figure of the same kind and unit whose values do not reconcile.
    DifferFigures,
    /// One is hedged ("reportedly", "may") or negated and the other is not.
    DifferHedging,
    /// They attribute the statement to different speakers (a claim that names
    /// no speaker attributes it to no other).
    DifferAttribution,
    /// Same statement, compatible figures, same hedging and attribution.
    Agree,
}

impl Relation {
    /// The value written to the `relation` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::DifferFigures => "differ_figures",
            Relation::DifferHedging => "differ_hedging",
            Relation::DifferAttribution => "differ_attribution",
            Relation::Agree => "agree",
        }
    }
}

/// One side of an aligned pair.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimSide {
    /// `claims.claim_id`.
    pub claim_id: String,
    /// Document of the claim.
    pub doc_id: String,
    /// Outlet.
    pub source: String,
    /// Claim text.
    pub text: String,
    /// Attributed speaker, if any.
    pub speaker: Option<String>,
    /// Whether the claim is hedged.
    pub hedged: bool,
    /// The hedge cue, if hedged.
    pub hedge_cue: Option<String>,
}

/// Two claims from different sources that state the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// Stable id of the pair (`a0001` …).
    pub pair_id: String,
    /// Story both claims belong to.
    pub story_id: String,
    /// First claim (the one whose source sorts first).
    pub a: ClaimSide,
    /// Second claim.
    pub b: ClaimSide,
    /// Combined similarity in 0..1 that made the pair.
    pub similarity: f64,
    /// Text similarity alone (embedding cosine, or word overlap without the embedder).
    pub text_similarity: f64,
    /// Entity keys both claims mention.
    pub shared_entities: Vec<String>,
    /// How the two relate.
    pub relation: Relation,
    /// A short human explanation ("250 vs 238", "hedged in A: reportedly").
    pub detail: String,
}

/// The story a document was put in.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryDoc {
    /// Story id (`t001` …).
    pub story_id: String,
    /// Document.
    pub doc_id: String,
    /// Outlet.
    pub source: String,
    /// Title, if known.
    pub title: Option<String>,
}

/// Everything one comparison produced.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Comparison {
    /// The run folders compared.
    pub runs: Vec<String>,
    /// The sources found, sorted.
    pub sources: Vec<String>,
    /// Number of documents read.
    pub documents: usize,
    /// Number of stories (document clusters) found.
    pub stories: usize,
    /// Each document's story, by story then source.
    pub story_docs: Vec<StoryDoc>,
    /// Statistic groups, disputed first.
    pub statistics: Vec<StatGroup>,
    /// Entity coverage rows, most widely covered entities first.
    pub coverage: Vec<Coverage>,
    /// Aligned claim pairs, most similar first.
    pub alignments: Vec<Alignment>,
    /// Whether sentence embeddings were used for claim alignment.
    pub embeddings: bool,
}
