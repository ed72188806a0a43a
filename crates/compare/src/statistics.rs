//! The `statistics` comparison: the same figure as reported by each source.
//!
//! Quantities are read with one lazy polars plan: dates, ordinals and bare
//! cardinals are dropped, each row gets its document's story and source, and
//! identical readings (same story, kind, unit, measured concept, period,
//! source, value and qualifier) are counted in a group-by, so that only
//! distinct readings reach Rust. There they are grouped by story, kind, unit,
//! concept and period; groups that aligned claims show to be the same figure
//! under different words ("migrants", "deportees") are merged; a group whose
//! source lists several subjects ("Cuba (794) and Rwanda (620)") is split by
//! subject. Each source's figure is its most frequent reading and the range
//! it allows is what all its readings allow together; the verdict compares
//! those ranges.

use factsift_dataset::schema::{col, quantities, sentences};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use polars::prelude::*;

use super::align;
use super::facts::{self, ClaimIndex};
use super::interval::{allowed_in_units, consistent, Interval};
use super::keys::KeyMap;
use super::load::{floats, ints, string_lists, strings, CollectWith, RunSet};
use super::measured::{self, normalize};
use super::model::{SourceFigure, StatGroup, Verdict};
use super::stories::Components;

/// The group key of a figure: what fact it states within its story.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupKey {
    /// Story index.
    pub story: u32,
    /// The kind it is compared as (see [`facts::fact_kind`]).
    pub kind: String,
    /// Base unit.
    pub unit: Option<String>,
    /// What it counts: its event, else its measured concept.
    pub what: String,
    /// Scope ("season", "total", …; see [`facts::Cue::scope`]).
    pub scope: Option<String>,
}

/// One distinct reading of a figure by one source.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// Group key.
    pub key: GroupKey,
    /// The period its sentence dates it to, if any (see [`periods_fit`]:
    /// a figure without one may be of any period).
    pub period: Option<String>,
    /// Source index (into the sorted source list).
    pub source: u32,
    /// Value.
    pub value: f64,
    /// Range end.
    pub value_max: Option<f64>,
    /// Qualifier.
    pub qualifier: String,
    /// How many mentions read this way.
    pub mentions: usize,
    /// One mention's text.
    pub text: String,
    /// That mention's document.
    pub doc_id: String,
    /// That mention's sentence.
    pub sentence_id: i64,
    /// Subject key (reconciled).
    pub subject_key: Option<String>,
    /// The measured phrase as written.
    pub measured: Option<String>,
    /// The day of the week its claim names, if any.
    pub weekday: Option<String>,
    /// Character offset of the earliest such mention in its document.
    pub first_start: i64,
    /// Every mention read this way is in a heading (a headline, a
    /// standfirst): another reading of the source in its body speaks for it.
    pub in_heading: bool,
    /// The values the wording allows (see [`Reading::with_range`]).
    pub range: Interval,
    /// The `quantity_id`s read this way.
    pub quantity_ids: Vec<String>,
    /// The number as written, in its own unit (2 for "two weeks").
    pub written: Option<f64>,
    /// `level` or `change` (a change and the level it reached are two
    /// facts).
    pub role: Option<String>,
    /// How many figures of its kind and unit its sentence holds (1 when
    /// it stands alone; see [`LIST_SIZE`]).
    pub siblings: usize,
}

impl Reading {
    /// Sets [`Reading::range`] from the text, value and qualifier.
    pub fn with_range(mut self) -> Reading {
        self.range = allowed_in_units(
            &self.text,
            self.value,
            self.value_max,
            &self.qualifier,
            self.written,
        );
        self
    }

    fn interval(&self) -> Interval {
        self.range
    }

    /// True when the figure is one of its unit and names nothing it
    /// counts ("a year ago", "within a minute", "one mile"): the roundest
    /// span there is, said of many things in one story, so that two such
    /// figures are one fact only when their claims say so.
    fn lone_unit(&self) -> bool {
        self.key.what.is_empty() && self.key.unit.is_some() && self.written == Some(1.0)
    }

    /// True when the figure names what it counts, or whose age it is ("LaSalle,
    /// 36," rather than "the 36-year-old driver"): of a source's readings of
    /// one fact, the one that speaks for it.
    fn names_its_fact(&self) -> bool {
        !self.key.what.is_empty() && !facts::is_unnamed_age(&self.key.what)
    }

    /// True when the figure seldom repeats for another fact of its story: a
    /// sum of money, or a [`precise`] figure (a small count or span of time
    /// often does repeat).
    fn seldom_repeats(&self) -> bool {
        self.key.kind == "money" || precise(self)
    }

    /// True when the figure is one of a list in its sentence
    /// ([`LIST_SIZE`]) and no verb names what it counts ("killed 2,
    /// injured 15, 3 missing" says which figure is which).
    fn listed(&self) -> bool {
        self.siblings >= LIST_SIZE && !facts::is_event(&self.key.what)
    }

    /// The wording bounds the figure on one side only ("at least 45",
    /// "more than two", "up to 40,000").
    fn is_bound(&self) -> bool {
        matches!(
            self.qualifier.as_str(),
            "more_than" | "at_least" | "less_than" | "up_to" | "at_most"
        )
    }

    /// Whether `self` and `other` can state one fact and agree: their ranges
    /// meet, and when either is a bound, the two figures are within 2× of
    /// each other. A bound meets almost any figure on its open side, so "at
    /// least 45 years" would agree with "more than two years"; figures that
    /// far apart say different things, not the same thing loosely.
    fn compatible(&self, other: &Reading) -> bool {
        consistent(
            (self.value, &self.range, &self.qualifier),
            (other.value, &other.range, &other.qualifier),
        ) && !((self.is_bound() || other.is_bound()) && far_apart(self.value, other.value))
    }
}

/// More than 2× apart (or of opposite signs, or one of them zero and the
/// other not).
fn far_apart(a: f64, b: f64) -> bool {
    let (lo, hi) = (a.abs().min(b.abs()), a.abs().max(b.abs()));
    if a.signum() != b.signum() && a != 0.0 && b != 0.0 {
        return true;
    }
    if lo == 0.0 {
        return hi != 0.0;
    }
    hi / lo > 2.0
}

/// Columns of the `quantities` table the comparison reads.
const COLUMNS: [&str; 17] = [
    quantities::QUANTITY_ID,
    quantities::VALUE,
    col::DOC_ID,
    col::SENTENCE_ID,
    col::TEXT,
    col::KIND,
    quantities::BASE_VALUE,
    quantities::BASE_VALUE_MAX,
    quantities::BASE_UNIT,
    quantities::QUALIFIER,
    quantities::MEASURED,
    quantities::SUBJECT_KEY,
    quantities::PERIOD,
    col::START,
    col::END,
    quantities::ROLE,
    quantities::FLAGS,
];

/// The normalized concept of every distinct `measured` phrase of the runs
/// (columns `measured`, `concept`), computed once for all chunks.
pub fn concepts(runs: &RunSet) -> anyhow::Result<DataFrame> {
    let phrases = match runs.scan(quantities::TABLE, &[quantities::MEASURED])? {
        Some(scan) => scan
            .unique_generic(None, UniqueKeepStrategy::Any)
            .collect_with("reading the measured phrases")?,
        None => DataFrame::empty(),
    };
    let phrase_list = strings(&phrases, quantities::MEASURED);
    let concepts: Vec<Option<String>> = phrase_list
        .iter()
        .map(|p| p.as_deref().map(normalize))
        .collect();
    Ok(DataFrame::new(
        phrase_list.len(),
        vec![
            Series::new(quantities::MEASURED.into(), phrase_list).into_column(),
            Series::new("concept".into(), concepts).into_column(),
        ],
    )?)
}

/// Reads the distinct readings of every comparable figure. `doc_map` has
/// `doc_id`, `story` (u32) and `source` (u32) for the documents of stories
/// with at least two sources; `concepts` comes from [`concepts`]; `claims`
/// gives each figure's [`facts::Cue`].
pub fn read(
    runs: &RunSet,
    doc_map: DataFrame,
    concepts: &DataFrame,
    keys: &KeyMap,
    claims: &ClaimIndex<'_>,
) -> anyhow::Result<Vec<Reading>> {
    let Some(scan) = runs.scan(quantities::TABLE, &COLUMNS)? else {
        return Ok(Vec::new());
    };
    let scan = if runs.runs().len() > 1 {
        scan.unique_generic(
            Some(vec![col(quantities::QUANTITY_ID)]),
            UniqueKeepStrategy::Any,
        )
    } else {
        scan
    };
    let measuring = col(quantities::BASE_VALUE)
        .is_not_null()
        .and(col(col::KIND).neq(lit("date")))
        .and(col(col::KIND).neq(lit("ordinal")));
    let rows = scan
        .filter(measuring)
        .join(
            doc_map.lazy(),
            [col(col::DOC_ID)],
            [col(col::DOC_ID)],
            JoinArgs::new(JoinType::Inner),
        )
        .join(
            concepts.clone().lazy(),
            [col(quantities::MEASURED)],
            [col(quantities::MEASURED)],
            JoinArgs::new(JoinType::Left),
        )
        .collect_with("reading the quantities")?;
    let rows = with_heading_flag(rows, runs)?;
    let readings = with_facts(rows, claims)?
        .lazy()
        .with_column(
            len()
                .over([
                    col(col::DOC_ID),
                    col(col::SENTENCE_ID),
                    col(FACT_KIND),
                    col(quantities::BASE_UNIT),
                ])?
                .alias(SIBLINGS),
        )
        // a figure's body sentence speaks for it before a headline does,
        // then document order (the joins above keep no order), so that the
        // first row of a reading is the same on every run
        .sort(
            [IN_HEADING, col::DOC_ID, col::START],
            SortMultipleOptions::default().with_maintain_order(true),
        )
        .group_by([
            col("story"),
            col(FACT_KIND),
            col(quantities::BASE_UNIT),
            col(WHAT),
            col(quantities::PERIOD),
            col(SCOPE),
            col("source"),
            col(quantities::BASE_VALUE),
            col(quantities::BASE_VALUE_MAX),
            col(quantities::QUALIFIER),
        ])
        .agg([
            len().alias("mentions"),
            // rows are in document order, body sentences before headings, so
            // the first is the earliest mention in the body
            col(col::TEXT).first(),
            col(col::DOC_ID).first(),
            col(col::SENTENCE_ID).first(),
            col(quantities::SUBJECT_KEY).drop_nulls().first(),
            col(quantities::MEASURED).drop_nulls().first(),
            col(WEEKDAY).drop_nulls().first(),
            col(col::START).min().alias("first_start"),
            col(IN_HEADING)
                .cast(DataType::Int32)
                .min()
                .alias(ONLY_IN_HEADINGS),
            col(quantities::QUANTITY_ID).alias(QUANTITY_IDS),
            col(quantities::VALUE).first(),
            col(quantities::ROLE).first(),
            col(SIBLINGS).max(),
        ])
        .collect_with("grouping the quantities")?;
    let mut readings = to_readings(&readings, keys);
    // a group-by yields its groups in no set order: sorted, the statistics
    // and their ids are the same on every run
    readings.sort_by(|a, b| {
        (&a.key, a.source, &a.doc_id, a.first_start, &a.qualifier)
            .cmp(&(&b.key, b.source, &b.doc_id, b.first_start, &b.qualifier))
            .then(a.value.total_cmp(&b.value))
    });
    Ok(readings)
}

/// Column saying a figure's sentence is a heading (a headline, a
/// subhead): a reading shows its earliest mention outside headings, whose
/// words rarely say what the figure counts ("4.6 quake rattles county").
const IN_HEADING: &str = "in_heading";

/// Column saying all of a reading's mentions are in headings (1) or not (0).
const ONLY_IN_HEADINGS: &str = "only_in_headings";

/// Adds [`IN_HEADING`] to the quantity rows from the runs' `sentences`
/// table (false when the table has no kinds).
fn with_heading_flag(rows: DataFrame, runs: &RunSet) -> anyhow::Result<DataFrame> {
    let wide_id = || col(col::SENTENCE_ID).cast(DataType::Int64);
    let rows = rows.lazy().with_column(wide_id());
    let columns = [col::DOC_ID, col::SENTENCE_ID, col::KIND];
    let Some(scan) = runs.scan(sentences::TABLE, &columns)? else {
        return Ok(rows.with_column(lit(false).alias(IN_HEADING)).collect()?);
    };
    let headings = scan
        .filter(col(col::KIND).eq(lit("heading")))
        .select([col(col::DOC_ID), wide_id()])
        .unique(None, UniqueKeepStrategy::Any)
        .with_column(lit(true).alias(IN_HEADING));
    let key = [col(col::DOC_ID), col(col::SENTENCE_ID)];
    // the rows stay in document order, which picks each reading's mention
    let in_order = JoinArgs {
        maintain_order: MaintainOrderJoin::Left,
        ..JoinArgs::new(JoinType::Left)
    };
    rows.join(headings, key.clone(), key, in_order)
        .with_column(col(IN_HEADING).fill_null(lit(false)))
        .collect_with("marking the figures in headings")
}

/// Column of the kind a figure is compared as.
const FACT_KIND: &str = "fact_kind";
/// Column of what a figure counts (its event, else its concept).
const WHAT: &str = "what";
/// Column of a figure's scope.
const SCOPE: &str = "scope";
/// Column of the day of the week a figure's claim names.
const WEEKDAY: &str = "weekday";
/// Column of the quantity ids of a reading.
const QUANTITY_IDS: &str = "quantity_ids";
/// Column of how many figures of a reading's kind and unit its sentence holds.
const SIBLINGS: &str = "siblings";

/// Figures of one kind and unit in one sentence that make it a list
/// ("59% of calls with one country, 44% with another, 55% with a third"):
/// which of them the words around one apply to is unsure, so none of them
/// joins its key's group or is disputed by its key alone (see
/// [`Reading::listed`], [`Links::same_key`]).
pub const LIST_SIZE: usize = 3;

/// Adds each quantity's [`FACT_KIND`], [`WHAT`] and [`SCOPE`] (from its
/// claim's words, see [`facts::Cue`]) and drops the figures that state no
/// comparable fact (years, numbers in names, bare numbers with nothing
/// counted, bounds their clause denies, conversions of the figure before
/// them: outlets convert at their own rates, into their own currency; the
/// sides of a width × height pair).
fn with_facts(rows: DataFrame, claims: &ClaimIndex<'_>) -> anyhow::Result<DataFrame> {
    let id = strings(&rows, quantities::QUANTITY_ID);
    let start = ints(&rows, col::START);
    let end = ints(&rows, col::END);
    let text = strings(&rows, col::TEXT);
    let kind = strings(&rows, col::KIND);
    let value = floats(&rows, quantities::BASE_VALUE);
    let concept = strings(&rows, "concept");
    let qualifier = strings(&rows, quantities::QUALIFIER);
    let flags = strings(&rows, quantities::FLAGS);
    let unit = strings(&rows, quantities::BASE_UNIT);
    let mut fact_kind: Vec<Option<String>> = Vec::with_capacity(rows.height());
    let mut what: Vec<Option<String>> = Vec::with_capacity(rows.height());
    let mut scope: Vec<Option<String>> = Vec::with_capacity(rows.height());
    let mut weekday: Vec<Option<String>> = Vec::with_capacity(rows.height());
    for i in 0..rows.height() {
        let text = text[i].as_deref().unwrap_or_default();
        let cue = claims.cue(
            id[i].as_deref().unwrap_or_default(),
            start[i].unwrap_or(0),
            end[i].unwrap_or(0),
            text,
        );
        let denied = facts::denied_bound(&cue, qualifier[i].as_deref().unwrap_or_default());
        let fact = facts::fact_kind(
            kind[i].as_deref().unwrap_or_default(),
            text,
            value[i].unwrap_or(f64::NAN),
            concept[i].as_deref().unwrap_or_default(),
            &cue,
        )
        .filter(|_| !denied && !restates_or_sizes(flags[i].as_deref()))
        .map(|(k, w)| {
            let w = facts::what_its_unit_measures(&k, w, unit[i].as_deref());
            (k, w)
        });
        let (k, w) = fact.unzip();
        fact_kind.push(k);
        what.push(w);
        scope.push(cue.scope);
        weekday.push(cue.weekday);
    }
    let mut rows = ages_in_years(rows, &fact_kind)?;
    rows.with_column(Series::new(FACT_KIND.into(), fact_kind).into_column())?;
    rows.with_column(Series::new(WHAT.into(), what).into_column())?;
    rows.with_column(Series::new(SCOPE.into(), scope).into_column())?;
    rows.with_column(Series::new(WEEKDAY.into(), weekday).into_column())?;
    rows.lazy()
        .filter(col(FACT_KIND).is_not_null())
        .collect_with("keeping the facts")
}

/// True when a quantity's `flags` (comma-separated names) mark it as no
/// figure of its own: a conversion of the figure before it ("85 million
/// euros ($108 million)"), or one side of a width × height pair ("2880 by
/// 1800 pixels": the width is no rival of the height).
fn restates_or_sizes(flags: Option<&str>) -> bool {
    flags.is_some_and(|f| {
        f.split(',')
            .any(|name| name == "conversion" || name == "dimensions")
    })
}

/// Rewrites the durations that `fact_kind` (one per row) reads as ages, and
/// the numbers stage's ages ("a 59-year-old", already in years), as plain
/// numbers of years, as ages written as numbers are ("Chohan, 59,"): base
/// value and its maximum in years, no base unit.
fn ages_in_years(rows: DataFrame, fact_kind: &[Option<String>]) -> anyhow::Result<DataFrame> {
    let kind = strings(&rows, col::KIND);
    let age = |f: &Option<String>| f.as_deref() == Some("age");
    // durations read as ages are in seconds; the numbers stage's ages are
    // already in years
    let in_seconds: Vec<bool> = kind
        .iter()
        .zip(fact_kind)
        .map(|(k, f)| k.as_deref() == Some("duration") && age(f))
        .collect();
    let aged: Vec<bool> = kind
        .iter()
        .zip(fact_kind)
        .map(|(k, f)| matches!(k.as_deref(), Some("duration" | "age")) && age(f))
        .collect();
    if !aged.contains(&true) {
        return Ok(rows);
    }
    let in_years = |name: &str| {
        floats(&rows, name)
            .into_iter()
            .zip(&in_seconds)
            .map(|(v, &s)| if s { v.map(facts::years_of_age) } else { v })
            .collect::<Vec<_>>()
    };
    let value = in_years(quantities::BASE_VALUE);
    let value_max = in_years(quantities::BASE_VALUE_MAX);
    let unit: Vec<Option<String>> = strings(&rows, quantities::BASE_UNIT)
        .into_iter()
        .zip(&aged)
        .map(|(u, &a)| if a { None } else { u })
        .collect();
    let mut rows = rows;
    rows.with_column(Series::new(quantities::BASE_VALUE.into(), value).into_column())?;
    rows.with_column(Series::new(quantities::BASE_VALUE_MAX.into(), value_max).into_column())?;
    rows.with_column(Series::new(quantities::BASE_UNIT.into(), unit).into_column())?;
    Ok(rows)
}

/// The period a figure of fact kind `kind` counting `what` is grouped
/// under: none for an age or a count of someone's children, whose
/// sentence's date ("shot in Oct. 2011", "a 2013 Camry") is the event's, not
/// a second age or family; else the figure's `period`.
fn key_period(kind: Option<&str>, what: &str, period: Option<String>) -> Option<String> {
    if kind == Some("age") || facts::is_offspring(what) {
        None
    } else {
        period
    }
}

/// A figure's scope, save the part of a price paid in cash or in stock
/// (see [`facts::is_payment_part`]) when its sentence gives no other sum of
/// its kind (`siblings`, counting itself): "received $300,000 in cash" is
/// the whole sum, "$281m in cash and $53m in stock" two parts of one.
fn sole_sum_scope(scope: Option<String>, siblings: Option<i64>) -> Option<String> {
    let alone = siblings.is_none_or(|n| n <= 1);
    scope.filter(|s| !(alone && facts::is_payment_part(s)))
}

fn to_readings(df: &DataFrame, keys: &KeyMap) -> Vec<Reading> {
    // numbers are small: read them into vectors; text is read in place
    let story = ints(df, "story");
    let source = ints(df, "source");
    let value = floats(df, quantities::BASE_VALUE);
    let value_max = floats(df, quantities::BASE_VALUE_MAX);
    let mentions = ints(df, "mentions");
    let sentence_id = ints(df, "sentence_id");
    let first_start = ints(df, "first_start");
    let in_heading = ints(df, ONLY_IN_HEADINGS);
    let quantity_ids = string_lists(df, QUANTITY_IDS);
    let written = floats(df, quantities::VALUE);
    let siblings = ints(df, SIBLINGS);
    let text_col = |name: &str| df.column(name).ok().and_then(|c| c.str().ok().cloned());
    let [kind, unit, what, period, scope, qualifier, text, doc_id, subject, measured, role, weekday] =
        [
            FACT_KIND,
            quantities::BASE_UNIT,
            WHAT,
            quantities::PERIOD,
            SCOPE,
            quantities::QUALIFIER,
            col::TEXT,
            col::DOC_ID,
            quantities::SUBJECT_KEY,
            quantities::MEASURED,
            quantities::ROLE,
            WEEKDAY,
        ]
        .map(text_col);
    let get = |col: &Option<StringChunked>, i: usize| -> Option<String> {
        col.as_ref().and_then(|c| c.get(i)).map(str::to_string)
    };
    let mut out = Vec::with_capacity(df.height());
    for (i, ids) in quantity_ids.into_iter().enumerate() {
        let (Some(story), Some(source), Some(value)) = (story[i], source[i], value[i]) else {
            continue;
        };
        let key = GroupKey {
            story: story as u32,
            kind: get(&kind, i).unwrap_or_default(),
            unit: get(&unit, i),
            what: get(&what, i).unwrap_or_default(),
            scope: sole_sum_scope(get(&scope, i), siblings[i]),
        };
        let period = key_period(Some(key.kind.as_str()), &key.what, get(&period, i));
        out.push(
            Reading {
                key,
                period,
                source: source as u32,
                value,
                value_max: value_max[i],
                qualifier: get(&qualifier, i).unwrap_or_else(|| "exact".into()),
                mentions: mentions[i].unwrap_or(1).max(1) as usize,
                text: get(&text, i).unwrap_or_default(),
                doc_id: get(&doc_id, i).unwrap_or_default(),
                sentence_id: sentence_id[i].unwrap_or(0),
                subject_key: subject
                    .as_ref()
                    .and_then(|c| c.get(i))
                    .map(|k| keys.resolve(k).to_string()),
                measured: get(&measured, i),
                weekday: get(&weekday, i),
                first_start: first_start[i].unwrap_or(0),
                in_heading: in_heading[i] == Some(1),
                range: Interval {
                    low: 0.0,
                    high: 0.0,
                },
                quantity_ids: ids,
                written: written[i],
                role: get(&role, i),
                siblings: siblings[i].map_or(1, |n| n.max(1) as usize),
            }
            .with_range(),
        );
    }
    out
}

/// Groups readings into ranked statistics (see [`group`] and [`rank`]).
pub fn build(
    readings: Vec<Reading>,
    merges: &[(String, String)],
    evidence: &Evidence<'_>,
    sources: &[String],
    stories: &[String],
) -> Vec<StatGroup> {
    let mut groups = group(readings, merges, evidence, sources, stories);
    rank(&mut groups);
    groups
}

/// Unordered pairs of ids, each stored lesser first.
struct Pairs<'a>(HashSet<(&'a str, &'a str)>);

impl<'a> Pairs<'a> {
    fn new(pairs: &'a [(String, String)]) -> Pairs<'a> {
        Pairs(
            pairs
                .iter()
                .map(|(a, b)| (a.as_str().min(b.as_str()), a.as_str().max(b.as_str())))
                .collect(),
        )
    }

    fn contains(&self, a: &str, b: &str) -> bool {
        self.0.contains(&(a.min(b), a.max(b)))
    }
}

/// What may make two different figures one disputed fact: `figures`,
/// pairs of figures (by `quantity_id`) that aligned claims of two sources
/// state as one fact (see `pairing::figure_links`); `documents`, pairs of
/// documents (by `doc_id`) that aligned claims link directly, where two
/// figures under one specific key are one fact (see [`Links::same_key`]).
pub struct Evidence<'a> {
    /// Pairs of figures by `quantity_id`.
    pub figures: &'a [(String, String)],
    /// Pairs of documents by `doc_id`.
    pub documents: &'a [(String, String)],
}

/// [`Evidence`] indexed for look-ups, with the documents that corroborate
/// each other (see [`Corroboration`]).
struct Links<'a> {
    figures: Pairs<'a>,
    documents: Pairs<'a>,
    corroboration: Corroboration,
}

impl<'a> Links<'a> {
    fn new(evidence: &Evidence<'a>, corroboration: Corroboration) -> Links<'a> {
        Links {
            figures: Pairs::new(evidence.figures),
            documents: Pairs::new(evidence.documents),
            corroboration,
        }
    }

    /// True when a figure of `a` and one of `b` are linked.
    fn join(&self, a: &Reading, b: &Reading) -> bool {
        a.quantity_ids
            .iter()
            .any(|x| b.quantity_ids.iter().any(|y| self.figures.contains(x, y)))
    }

    /// True when `a` and `b` (of two sources, in one group `members`) state
    /// one fact by their key alone, though no aligned claims pair them: the
    /// same key naming what is counted, with the same role and compatible
    /// subjects, in directly linked documents, both [`specific`], values within
    /// [`align::MAX_RATIO`], neither source giving another figure under
    /// that key (else which of its figures is meant is ambiguous), and
    /// neither figure one of a list in its sentence ([`LIST_SIZE`]).
    fn same_key(&self, a: &Reading, b: &Reading, members: &[Reading]) -> bool {
        let sole = |r: &Reading| {
            members
                .iter()
                .filter(|m| m.source == r.source && m.key == r.key)
                .count()
                == 1
        };
        let subjects_fit = match (&a.subject_key, &b.subject_key) {
            (Some(x), Some(y)) => one_subject(x, y),
            _ => true,
        };
        a.key == b.key
            && periods_fit(&a.period, &b.period)
            && !a.key.what.is_empty()
            && !facts::is_unnamed_age(&a.key.what)
            && a.role == b.role
            && subjects_fit
            && self.documents.contains(&a.doc_id, &b.doc_id)
            && specific(a)
            && specific(b)
            && align::within_ratio(a.value, b.value)
            && sole(a)
            && sole(b)
            && !a.listed()
            && !b.listed()
    }
}

/// What makes two articles of one story tell one event: each article's
/// peers (by `doc_id`), the articles that give the same telling figure as
/// it in one group (an age, or a figure that names what it counts or
/// [`Reading::seldom_repeats`]); how many telling figures each gives; and
/// the stories large enough to hide a sister event
/// ([`SISTER_STORY_ARTICLES`]). Two articles that agree on a fact of their
/// story, or that each agree with a third, tell of one event, so a figure
/// on which they differ is one they dispute. Articles of two sister events
/// (two launches of one laptop, two quakes of one region) share their
/// words but seldom a figure, and what they give differently are two
/// events' facts.
struct Corroboration {
    peers: HashMap<String, BTreeSet<String>>,
    telling: HashMap<String, usize>,
    large_stories: HashSet<u32>,
}

impl Corroboration {
    /// The corroboration among `readings`, `nodes` being each reading's
    /// group before it is split by value.
    fn new(readings: &[Reading], nodes: &[usize], large_stories: HashSet<u32>) -> Corroboration {
        let telling = |r: &Reading| {
            !r.lone_unit() && (r.names_its_fact() || r.seldom_repeats() || r.key.kind == "age")
        };
        let mut docs_of: HashMap<(usize, u64), BTreeSet<&str>> = HashMap::new();
        let mut told: HashMap<String, usize> = HashMap::new();
        for (r, &node) in readings.iter().zip(nodes).filter(|(r, _)| telling(r)) {
            docs_of
                .entry((node, r.value.to_bits()))
                .or_default()
                .insert(&r.doc_id);
            *told.entry(r.doc_id.clone()).or_default() += 1;
        }
        let mut peers: HashMap<String, BTreeSet<String>> = HashMap::new();
        for docs in docs_of.values().filter(|d| d.len() > 1) {
            for x in docs {
                let mine = peers.entry(x.to_string()).or_default();
                mine.extend(docs.iter().filter(|y| *y != x).map(|y| y.to_string()));
            }
        }
        Corroboration {
            peers,
            telling: told,
            large_stories,
        }
    }

    /// True when the documents of `a` and `b` agree on another figure of
    /// their story, or each agrees with a third document on one, so that
    /// they tell of one event. An article that gives fewer than
    /// [`TELLING_FIGURES`] such figures says too little for its silence to
    /// count against it, and a story too small to hide a sister event is
    /// taken for one event's.
    fn allows(&self, a: &Reading, b: &Reading) -> bool {
        if !self.large_stories.contains(&a.key.story) {
            return true;
        }
        let (x, y) = (a.doc_id.as_str(), b.doc_id.as_str());
        let says_little = |doc: &str| self.telling.get(doc).is_none_or(|&n| n < TELLING_FIGURES);
        if says_little(x) || says_little(y) {
            return true;
        }
        let (Some(px), Some(py)) = (self.peers.get(x), self.peers.get(y)) else {
            return false;
        };
        px.contains(y) || px.iter().any(|z| py.contains(z))
    }
}

/// The stories with at least [`SISTER_STORY_ARTICLES`] articles giving
/// figures.
fn stories_hiding_sisters(readings: &[Reading]) -> HashSet<u32> {
    let mut docs: HashMap<u32, HashSet<&str>> = HashMap::new();
    for r in readings {
        docs.entry(r.key.story).or_default().insert(&r.doc_id);
    }
    docs.into_iter()
        .filter(|(_, d)| d.len() >= SISTER_STORY_ARTICLES)
        .map(|(story, _)| story)
        .collect()
}

/// Fewest articles a story must hold for sister events to hide in it, so
/// that its articles must corroborate each other to dispute a figure
/// ([`Corroboration::allows`]): the handful of outlets of a small story tell
/// one event, and two that disagree on every figure they give dispute them.
const SISTER_STORY_ARTICLES: usize = 6;

/// Fewest telling figures (see [`Corroboration`]) an article must
/// give for its agreeing with no other article to bar its disputes.
const TELLING_FIGURES: usize = 2;

/// True when two subject keys name one subject: the same key, or two
/// people of one surname ("person:fred-larue" and "person:frederick-larue",
/// "person:vincent-the-chin-gigante" and "person:vincent-gigante"), as
/// outlets name one person in full, with a nickname or without it.
fn one_subject(x: &str, y: &str) -> bool {
    let surname = |k: &str| {
        k.strip_prefix("person:")
            .and_then(|name| name.rsplit('-').next())
            .filter(|s| s.len() > 2)
            .map(str::to_string)
    };
    x == y || surname(x).is_some_and(|s| surname(y) == Some(s))
}

/// Groups readings into statistics. `merges` are pairs of figures (by
/// `quantity_id`) that similar claims show to be one fact: their groups are
/// merged ("migrants" and "deportees"). `evidence` is what is sure enough
/// to make a dispute: only it may join different figures (see
/// [`split_by_value`]). `sources` names the source indices;
/// `stories` names the story indices. The figures' `sentence` is left
/// empty for the caller to fill from `sentence_id`.
pub fn group(
    readings: Vec<Reading>,
    merges: &[(String, String)],
    evidence: &Evidence<'_>,
    sources: &[String],
    stories: &[String],
) -> Vec<StatGroup> {
    let mut readings = readings;
    fold_whats(&mut readings);
    let large_stories = stories_hiding_sisters(&readings);
    date_by_document(&mut readings, &large_stories);
    let slots = key_slots(&readings);
    let mut comps = Components::new(readings.len());
    let reading_of: HashMap<&str, usize> = readings
        .iter()
        .enumerate()
        .flat_map(|(i, r)| r.quantity_ids.iter().map(move |q| (q.as_str(), i)))
        .collect();
    let restated = restated(&readings);
    let echoed = echoed(&readings);
    for (x, y) in the_one_named(&readings) {
        comps.union(slots[x], slots[y]);
    }
    let linked = merges
        .iter()
        .filter_map(|(a, b)| Some((*reading_of.get(a.as_str())?, *reading_of.get(b.as_str())?)));
    for (x, y) in linked.chain(restated).chain(echoed) {
        // a season's figure never joins a game's, nor 2012's 2013's
        let (kx, ky) = (&readings[x].key, &readings[y].key);
        if periods_fit(&readings[x].period, &readings[y].period)
            && kx.scope == ky.scope
            && !facts::ages_of_two_people(&kx.what, &ky.what)
        {
            comps.union(slots[x], slots[y]);
        }
    }
    drop(reading_of);
    let nodes: Vec<usize> = slots.iter().map(|&slot| comps.find(slot)).collect();
    let links = Links::new(
        evidence,
        Corroboration::new(&readings, &nodes, large_stories),
    );
    let mut groups: BTreeMap<usize, Vec<Reading>> = BTreeMap::new();
    for (r, slot) in readings.into_iter().zip(slots) {
        groups.entry(comps.find(slot)).or_default().push(r);
    }
    let mut out = Vec::new();
    for (_, members) in groups {
        for part in split_by_period(members) {
            for fact in split_by_value(part, &links) {
                out.push(summarize(fact, sources, stories));
            }
        }
    }
    out
}

/// Gives each reading whose claim names no day of the week the day its
/// document names most ("The temblor struck 26 miles north of Santa Rosa"
/// in an article whose lead says "on Thursday"), when one day leads: the
/// day an article tells of is its event's, so that its figures are not
/// disputed against those of a sister event another day (see
/// [`on_two_days`]). Only in a story large enough to hide a sister event
/// ([`SISTER_STORY_ARTICLES`]): a small story's articles, written on two
/// days, tell one event.
fn date_by_document(readings: &mut [Reading], large_stories: &HashSet<u32>) {
    let mut days: HashMap<&str, BTreeMap<&str, usize>> = HashMap::new();
    for r in readings.iter() {
        if let Some(day) = &r.weekday {
            *days.entry(&r.doc_id).or_default().entry(day).or_default() += r.mentions;
        }
    }
    let lead: HashMap<String, String> = days
        .into_iter()
        .filter_map(|(doc, counts)| {
            let most = counts.values().copied().max()?;
            let mut leading = counts.iter().filter(|(_, &n)| n == most);
            match (leading.next(), leading.next()) {
                (Some((day, _)), None) => Some((doc.to_string(), day.to_string())),
                _ => None,
            }
        })
        .collect();
    let undated = readings
        .iter_mut()
        .filter(|r| r.weekday.is_none() && large_stories.contains(&r.key.story));
    for r in undated {
        r.weekday = lead.get(&r.doc_id).cloned();
    }
}

/// Renames what each reading counts to the shorter name its story uses for
/// it among figures of one kind, unit and scope ("separate undersea
/// cables" and "undersea cables" to "cables"; see
/// [`measured::fold_onto_heads`]). Verbs and ages keep their names: "age
/// of Jeffs" is no kind of "Jeffs".
fn fold_whats(readings: &mut [Reading]) {
    let foldable = |r: &Reading| {
        let what = r.key.what.as_str();
        !what.is_empty() && !facts::is_event(what) && !facts::is_age(what)
    };
    type Slice<'a> = (u32, &'a str, Option<&'a str>, Option<&'a str>);
    let mut slices: HashMap<Slice<'_>, Vec<usize>> = HashMap::new();
    for (i, r) in readings.iter().enumerate().filter(|(_, r)| foldable(r)) {
        let k = &r.key;
        let slice = (
            k.story,
            k.kind.as_str(),
            k.unit.as_deref(),
            k.scope.as_deref(),
        );
        slices.entry(slice).or_default().push(i);
    }
    let mut renames: Vec<(usize, String)> = Vec::new();
    for members in slices.values() {
        let what = |i: usize| readings[i].key.what.as_str();
        let set: BTreeSet<&str> = members.iter().map(|&i| what(i)).collect();
        let heads = measured::fold_onto_heads(&set);
        renames.extend(
            members
                .iter()
                .filter_map(|&i| heads.get(what(i)).map(|head| (i, head.clone()))),
        );
    }
    for (i, head) in renames {
        readings[i].key.what = head;
    }
}

/// Pairs of readings (indices) where a figure that names nothing it counts
/// is the figure of the one name its story gives that value under: an age
/// that names nobody ("the 28-year-old") and the one person of the story
/// named at that age ("Teixeira, 28,"), or a sum of money (or another
/// precise figure) that names nothing ("($9.3 million)", "received $300,000
/// in cash") and the one key of its kind, unit and scope stating it ("$9.3m
/// in funding", "$300,000 in payoffs"). When two names share the value ("Teixeira, 28,"
/// and "Sabathia, 28,"), the unnamed figure may be either's and stays apart.
fn the_one_named(readings: &[Reading]) -> Vec<(usize, usize)> {
    type Slice<'a> = (u32, &'a str, Option<&'a str>, Option<&'a str>, u64);
    fn slice(r: &Reading) -> Slice<'_> {
        let k = &r.key;
        (
            k.story,
            &k.kind,
            k.unit.as_deref(),
            k.scope.as_deref(),
            r.value.to_bits(),
        )
    }
    let unnamed = |r: &Reading| {
        let age = r.key.kind == "age" && facts::is_unnamed_age(&r.key.what);
        let sum = r.key.what.is_empty() && !r.lone_unit() && r.seldom_repeats();
        r.value_max.is_none() && (age || sum)
    };
    // each value's names (one reading each)
    let mut named: HashMap<Slice<'_>, BTreeMap<&str, usize>> = HashMap::new();
    for (i, r) in readings.iter().enumerate() {
        if r.value_max.is_none() && r.names_its_fact() {
            named
                .entry(slice(r))
                .or_default()
                .entry(&r.key.what)
                .or_insert(i);
        }
    }
    readings
        .iter()
        .enumerate()
        .filter(|(_, r)| unnamed(r))
        .filter_map(|(i, r)| {
            let names = named.get(&slice(r))?;
            let only = (names.len() == 1).then(|| names.values().next())??;
            Some((i, *only))
        })
        .collect()
}

/// Each reading's node for grouping: readings of one key share a node, but
/// readings that name nothing they count (an empty `what`) or nobody whose
/// age they are (see [`the_one_named`]), or that are one figure of
/// a list whose words may name another ([`Reading::listed`]), share one
/// only with the same value ("US$6 million" and "$6m"), so that
/// different figures of theirs join only through linked claims, never by
/// their key alone. A listed figure still joins its key's node when a
/// figure outside a list gives the same value. A [`Reading::lone_unit`]
/// has a node of its own.
fn key_slots(readings: &[Reading]) -> Vec<usize> {
    let mut ids: HashMap<(&GroupKey, Option<u64>), usize> = HashMap::new();
    // the values a key's figures outside lists give: a listed figure of the
    // same value joins them
    let stated: HashSet<(&GroupKey, u64)> = readings
        .iter()
        .filter(|r| !r.key.what.is_empty() && !r.listed())
        .map(|r| (&r.key, r.value.to_bits()))
        .collect();
    readings
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if r.lone_unit() {
                return i;
            }
            let bits = r.value.to_bits();
            let listed_alone = r.listed() && !stated.contains(&(&r.key, bits));
            let by_value = r.key.what.is_empty() || facts::is_unnamed_age(&r.key.what);
            let value = (by_value || listed_alone).then_some(bits);
            *ids.entry((&r.key, value)).or_insert(i)
        })
        .collect()
}

/// True when a reading's figure says enough to be disputed by its key
/// alone: [`precise`], or a span of time ("served five months" and "served
/// four months"), whose unit and verb say more than a small count does
/// ("two women" and "one woman" are often two facts).
fn specific(r: &Reading) -> bool {
    precise(r) || r.key.kind == "duration"
}

/// True when a reading's figure is [`super::interval::precise`].
fn precise(r: &Reading) -> bool {
    super::interval::precise(&r.text, r.value, r.written)
}

/// Pairs each reading (by index) with the first one before it of the
/// same `id` when `pair` accepts them; readings without an id pair with
/// none.
fn pairs_with_first<'a, K: std::hash::Hash + Eq>(
    readings: &'a [Reading],
    id: impl Fn(&'a Reading) -> Option<K>,
    pair: impl Fn(&Reading, &Reading) -> bool,
) -> Vec<(usize, usize)> {
    let mut first: HashMap<K, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, r) in readings.iter().enumerate() {
        let Some(id) = id(r) else {
            continue;
        };
        match first.get(&id) {
            Some(&j) if pair(&readings[j], r) => out.push((j, i)),
            Some(_) => {}
            None => {
                first.insert(id, i);
            }
        }
    }
    out
}

/// Pairs of readings (indices) that one document states twice under two
/// keys with the same precise figure (two or more significant digits, as
/// "261 deportees" in a headline and "deported 261 people" below it): the
/// document tells one fact twice, so the keys name one fact.
fn restated(readings: &[Reading]) -> Vec<(usize, usize)> {
    pairs_with_first(readings, restated_id, |a, b| a.key != b.key)
}

/// What [`restated`] pairs readings by: document, kind, unit and value of
/// a precise figure that names what it counts.
fn restated_id(r: &Reading) -> Option<(&str, &str, Option<&str>, u64)> {
    (!r.key.what.is_empty() && precise(r)).then(|| {
        (
            r.doc_id.as_str(),
            r.key.kind.as_str(),
            r.key.unit.as_deref(),
            r.value.to_bits(),
        )
    })
}

/// Pairs of readings (indices) that two documents of one story state with
/// the same precise figure of one kind, unit and scope under two names
/// ("33 homers" and "33 home runs", "a 10-year contract" and "a 10-year
/// deal"): outlets name one fact in their own words, and a precise figure
/// seldom repeats for another fact of the story. Outcomes stay apart
/// ("killed 12" is not "injured 12"), as do ages (two people may be of one
/// age) and figures of a list, whose words may name another figure.
fn echoed(readings: &[Reading]) -> Vec<(usize, usize)> {
    pairs_with_first(readings, echo_id, |a, b| a.doc_id != b.doc_id)
}

/// What [`echoed`] pairs readings by: story, kind, unit, scope, the
/// outcome counted (if any) and value of a precise figure that is no age,
/// range or listed figure.
type EchoId<'a> = (u32, &'a str, Option<&'a str>, Option<&'a str>, &'a str, u64);

/// The [`EchoId`] of a reading, when it may echo another.
fn echo_id(r: &Reading) -> Option<EchoId<'_>> {
    let echoes = r.key.kind != "age" && !r.listed() && r.value_max.is_none() && precise(r);
    let outcome = facts::is_event(&r.key.what) || facts::is_offspring(&r.key.what);
    echoes.then(|| {
        (
            r.key.story,
            r.key.kind.as_str(),
            r.key.unit.as_deref(),
            r.key.scope.as_deref(),
            if outcome { r.key.what.as_str() } else { "" },
            r.value.to_bits(),
        )
    })
}

/// Splits a group into the facts its figures state. Figures whose ranges
/// all overlap one another state one fact and agree; two such sets are one
/// disputed fact only when aligned claims of two sources link a figure of
/// each, or two directly linked documents give the only figure of their
/// source under one specific key (see [`Links::same_key`]). Without that
/// evidence, different figures are taken for different
/// facts (a game's and a season's, this raid's and the total) rather than
/// raised as a dispute. Ages that name nobody ("a 12-year-old", "his
/// 14-year-old wife") are often two people's, so they never make one.
fn split_by_value(members: Vec<Reading>, links: &Links<'_>) -> Vec<Vec<Reading>> {
    let parts = subject_parts(&members);
    // the figures that agree with the most others seed the sets
    let fits = |r: &Reading| members.iter().filter(|m| m.compatible(r)).count();
    let mut order: Vec<(usize, usize)> = members.iter().map(fits).zip(0..).collect();
    order.sort_by(|&(fa, a), &(fb, b)| {
        let (a, b) = (&members[a], &members[b]);
        fb.cmp(&fa)
            .then(b.mentions.cmp(&a.mentions))
            .then(width(&a.interval()).total_cmp(&width(&b.interval())))
            .then(a.value.total_cmp(&b.value))
    });
    let mut sets: Vec<Vec<usize>> = Vec::new();
    for (_, r) in order {
        match sets
            .iter_mut()
            .find(|set| set.iter().all(|&m| members[m].compatible(&members[r])))
        {
            Some(set) => set.push(r),
            None => sets.push(vec![r]),
        }
    }
    let disputed = |x: usize, y: usize| {
        let (a, b) = (&members[x], &members[y]);
        parts[x] == parts[y]
            && may_dispute(a, b)
            && (links.join(a, b) || links.same_key(a, b, &members))
            && links.corroboration.allows(a, b)
    };
    let mut comps = Components::new(sets.len());
    for i in 0..sets.len() {
        for j in i + 1..sets.len() {
            if sets[i]
                .iter()
                .any(|&a| sets[j].iter().any(|&b| disputed(a, b)))
            {
                comps.union(i, j);
            }
        }
    }
    let mut versions: BTreeMap<usize, Vec<Vec<usize>>> = BTreeMap::new();
    for (i, set) in sets.into_iter().enumerate() {
        versions.entry(comps.find(i)).or_default().push(set);
    }
    let facts = versions.into_values().flat_map(|sets| {
        if sets.len() > MAX_VERSIONS {
            sets
        } else {
            vec![sets.concat()]
        }
    });
    let mut members: Vec<Option<Reading>> = members.into_iter().map(Some).collect();
    facts
        .map(|set| set.into_iter().filter_map(|i| members[i].take()).collect())
        .collect()
}

/// Most versions (sets of figures that agree) one disputed fact may have.
/// Outlets that disagree on a fact give two or three figures; a chain of
/// more, each pair linked by its own evidence, is several things measured
/// alike (the chips of five laptop models, the magnitudes of two quakes and
/// their aftershocks), so its versions stay apart.
const MAX_VERSIONS: usize = 3;

/// True when nothing rules out `a` and `b` being one fact on which two
/// sources disagree: two sources, and not a part and its whole (see
/// [`measured::part_and_whole`]), ages a year apart, an age that
/// names nobody, figures of two days or two quakes' magnitudes.
fn may_dispute(a: &Reading, b: &Reading) -> bool {
    a.source != b.source
        && !measured::part_and_whole(&a.key.what, &b.key.what)
        && !ages_a_year_apart(a, b)
        && !facts::is_unnamed_age(&a.key.what)
        && !facts::is_unnamed_age(&b.key.what)
        && !on_two_days(a, b)
        && !two_quakes(a, b)
}

/// True when the claims of `a` and `b` name two different days of the week:
/// figures of two days (a quake on Sunday, a bigger one on Thursday) are
/// two events' facts, not a dispute.
fn on_two_days(a: &Reading, b: &Reading) -> bool {
    matches!((&a.weekday, &b.weekday), (Some(x), Some(y)) if x != y)
}

/// Magnitudes at least this far apart are two quakes: reports of one quake
/// differ by a few tenths (a preliminary 4.4 revised to 4.6), and the
/// scale is logarithmic (0.5 is over five times the energy).
const MAX_MAGNITUDE_GAP: f64 = 0.5;

/// True when `a` and `b` are magnitudes [`MAX_MAGNITUDE_GAP`] or more apart
/// (this 6.1 aftershock and the 2004 9.1 quake): two events, not a dispute.
fn two_quakes(a: &Reading, b: &Reading) -> bool {
    a.key.kind == "magnitude"
        && b.key.kind == "magnitude"
        && (a.value - b.value).abs() >= MAX_MAGNITUDE_GAP - 1e-9
}

/// True when `a` and `b` are ages one year apart: one person's age told
/// before and after a birthday (reports a year apart, "Jeffs, 54," and
/// "Jeffs, 55,") is two facts, not a dispute.
fn ages_a_year_apart(a: &Reading, b: &Reading) -> bool {
    a.key.kind == "age" && b.key.kind == "age" && (a.value - b.value).abs() <= 1.0
}

/// Sorts statistics disputed first (then by independent sources, confidence,
/// number of sources and spread,
/// then by what they measure and who reports them, so that the order and the
/// ids are the same on every run) and numbers them `s0001` ….
pub fn rank(groups: &mut [StatGroup]) {
    groups.sort_by(|a, b| {
        a.verdict
            .cmp(&b.verdict)
            .then(b.independent_sources.cmp(&a.independent_sources))
            .then(b.confidence.total_cmp(&a.confidence))
            .then(b.figures.len().cmp(&a.figures.len()))
            .then(b.spread.total_cmp(&a.spread))
            .then(a.story_id.cmp(&b.story_id))
            .then(a.measured.cmp(&b.measured))
            .then_with(|| {
                (&a.kind, &a.unit, &a.period, &a.subject_key).cmp(&(
                    &b.kind,
                    &b.unit,
                    &b.period,
                    &b.subject_key,
                ))
            })
            .then_with(|| {
                let key = |g: &StatGroup| {
                    g.figures
                        .iter()
                        .map(|f| (f.source.clone(), f.doc_id.clone(), f.text.clone()))
                        .collect::<Vec<_>>()
                };
                key(a).cmp(&key(b))
            })
    });
    for (i, g) in groups.iter_mut().enumerate() {
        g.group_id = format!("s{:04}", i + 1);
    }
}

/// True when figures dated `a` and `b` may be of one period: the same
/// period, or one of them undated. The year a sentence names is often not
/// the figure's ("born in 1928, one of five sons", "before 1997, he had
/// served five years"), so only two different dates keep figures apart.
pub(crate) fn periods_fit(a: &Option<String>, b: &Option<String>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// Splits a group by period when its figures name two or more: each
/// period's figures make a part, and an undated figure joins the part with
/// most figures of its own key (where a figure that differs from them is
/// still a dispute to weigh), else the largest part whose figures all agree
/// with it, else a part of the undated. A group with one period or none
/// stays whole: 2012's count and 2013's are two facts, an undated count is
/// either.
fn split_by_period(members: Vec<Reading>) -> Vec<Vec<Reading>> {
    let periods: BTreeSet<&String> = members.iter().filter_map(|r| r.period.as_ref()).collect();
    if periods.len() < 2 {
        return vec![members];
    }
    let mut parts: BTreeMap<Option<String>, Vec<Reading>> = BTreeMap::new();
    let (dated, undated): (Vec<Reading>, Vec<Reading>) =
        members.into_iter().partition(|r| r.period.is_some());
    for r in dated {
        parts.entry(r.period.clone()).or_default().push(r);
    }
    for r in undated {
        let home = parts
            .iter()
            .filter(|(p, _)| p.is_some())
            .map(|(p, rs)| {
                let same_key = rs.iter().filter(|m| m.key == r.key).count();
                let fits = rs.iter().all(|m| m.compatible(&r));
                (same_key, fits, rs.len(), std::cmp::Reverse(p))
            })
            .filter(|&(same_key, fits, _, _)| same_key > 0 || fits)
            .max()
            .map(|(_, _, _, std::cmp::Reverse(p))| p.clone());
        parts.entry(home.flatten()).or_default().push(r);
    }
    parts.into_values().collect()
}

/// The period a group's figures are dated to: the one most of its dated
/// figures name (the earliest of equals); `None` when none is dated.
fn group_period(members: &[Reading]) -> Option<String> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for p in members.iter().filter_map(|r| r.period.as_deref()) {
        *count.entry(p).or_default() += 1;
    }
    count
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(p, _)| p.to_string())
}

/// Each figure's subject part, for disputes: when one source gives several
/// figures for different subjects that do not reconcile (a list of
/// countries, say; an article citing an earlier quake beside this one),
/// only figures of one part may be one disputed fact. Only the listing
/// sources' subjects make parts: another source's figure is of the part of
/// its own subject when a listing source names it, else of the part of the
/// listing sources' figures without a subject when there is one, else of
/// the part of the figures that name no listed subject. Figures of two
/// parts may still agree: sources name one fact's subject in other words
/// ("near Cobb", "in Lake County", "Northern California").
fn subject_parts(members: &[Reading]) -> Vec<Option<Option<String>>> {
    let mut by_source: HashMap<u32, Vec<&Reading>> = HashMap::new();
    for r in members {
        by_source.entry(r.source).or_default().push(r);
    }
    let listed: BTreeSet<Option<String>> = by_source
        .values()
        .filter(|rs| lists_subjects(rs))
        .flat_map(|rs| rs.iter().map(|r| r.subject_key.clone()))
        .collect();
    members
        .iter()
        .map(|r| {
            if listed.contains(&r.subject_key) {
                Some(r.subject_key.clone())
            } else {
                listed.contains(&None).then_some(None)
            }
        })
        .collect()
}

/// True when one source's figures `rs` name several subjects, two of them
/// with figures whose ranges do not overlap.
fn lists_subjects(rs: &[&Reading]) -> bool {
    let subjects: BTreeSet<&Option<String>> = rs.iter().map(|r| &r.subject_key).collect();
    subjects.len() > 1
        && rs.iter().enumerate().any(|(i, a)| {
            rs[i + 1..]
                .iter()
                .any(|b| a.subject_key != b.subject_key && !a.interval().overlaps(&b.interval()))
        })
}

fn summarize(members: Vec<Reading>, sources: &[String], stories: &[String]) -> StatGroup {
    let mut measured_count: BTreeMap<&str, usize> = BTreeMap::new();
    let mut subject_count: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &members {
        if let Some(m) = &r.measured {
            *measured_count.entry(m.as_str()).or_default() += r.mentions;
        }
        if let Some(s) = &r.subject_key {
            *subject_count.entry(s.as_str()).or_default() += r.mentions;
        }
    }
    let most = |m: &BTreeMap<&str, usize>| {
        m.iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(k, _)| k.to_string())
    };
    let key = members[0].key.clone();
    let measured = most(&measured_count).unwrap_or_else(|| match key.what.as_str() {
        "" => format!("({})", key.kind),
        what => what.to_string(),
    });
    let measured_as: Vec<String> = measured_count.keys().map(|s| s.to_string()).collect();
    let subject_key = most(&subject_count);
    let period = group_period(&members);
    let mut by_source: BTreeMap<u32, Vec<&Reading>> = BTreeMap::new();
    for r in &members {
        by_source.entry(r.source).or_default().push(r);
    }
    let mut figures = Vec::new();
    for (source, mut rs) in by_source {
        // a reading in the body first; then one that names what it counts
        // or whose age it is; then the most mentioned; then the most
        // precise; then the earliest
        rs.sort_by(|a, b| {
            a.in_heading
                .cmp(&b.in_heading)
                .then(b.names_its_fact().cmp(&a.names_its_fact()))
                .then(b.mentions.cmp(&a.mentions))
                .then(
                    width(&a.interval())
                        .total_cmp(&width(&b.interval()))
                        .then(a.first_start.cmp(&b.first_start))
                        .then(a.value.total_cmp(&b.value))
                        .then(a.qualifier.cmp(&b.qualifier)),
                )
        });
        let best = &rs[0];
        let range = rs
            .iter()
            .skip(1)
            .try_fold(best.interval(), |acc, r| acc.intersect(&r.interval()))
            .unwrap_or_else(|| best.interval());
        figures.push(SourceFigure {
            source: sources.get(source as usize).cloned().unwrap_or_default(),
            doc_id: best.doc_id.clone(),
            text: best.text.clone(),
            value: best.value,
            value_max: best.value_max,
            qualifier: best.qualifier.clone(),
            low: range.low,
            high: range.high,
            sentence_id: best.sentence_id,
            sentence: String::new(),
            mentions: rs.iter().map(|r| r.mentions).sum(),
        });
    }
    figures.sort_by(|a, b| a.source.cmp(&b.source));
    let verdict = verdict(&figures);
    let values: Vec<f64> = figures.iter().map(|f| f.value).collect();
    let spread = spread(&values);
    let confidence = confidence(&figures, verdict);
    let independent_sources = figures.len();
    StatGroup {
        group_id: String::new(),
        story_id: stories.get(key.story as usize).cloned().unwrap_or_default(),
        kind: key.kind,
        unit: key.unit,
        measured,
        measured_as,
        subject_key,
        period,
        figures,
        spread,
        verdict,
        confidence,
        independent_sources,
    }
}

fn width(i: &Interval) -> f64 {
    i.high - i.low
}

/// The verdict over the sources' allowed ranges.
pub fn verdict(figures: &[SourceFigure]) -> Verdict {
    if figures.len() < 2 {
        return Verdict::SingleSource;
    }
    let ranges: Vec<Interval> = figures
        .iter()
        .map(|f| Interval {
            low: f.low,
            high: f.high,
        })
        .collect();
    let clash = ranges.iter().enumerate().any(|(i, a)| {
        ranges[i + 1..].iter().enumerate().any(|(j, b)| {
            let (x, y) = (&figures[i], &figures[i + 1 + j]);
            !consistent((x.value, a, &x.qualifier), (y.value, b, &y.qualifier))
                || ranges_clash(x, y)
        })
    });
    if clash {
        Verdict::Differ
    } else {
        Verdict::Agree
    }
}

/// The ends of a range a source states as such ("from 6 to 75 years",
/// "between 7 and 75"), in base units.
fn stated_ends(f: &SourceFigure) -> Option<(f64, f64)> {
    f.value_max
        .filter(|_| f.qualifier == "between")
        .map(|high| (f.value, high))
}

/// How far apart the ends of two stated ranges are, relative to the larger
/// end (0 when both ends are the same, or either figure is no stated range).
fn end_difference(a: &SourceFigure, b: &SourceFigure) -> f64 {
    let relative = |x: f64, y: f64| {
        let scale = x.abs().max(y.abs());
        if scale > 0.0 {
            (x - y).abs() / scale
        } else {
            0.0
        }
    };
    match (stated_ends(a), stated_ends(b)) {
        (Some((al, ah)), Some((bl, bh))) => relative(al, bl).max(relative(ah, bh)),
        _ => 0.0,
    }
}

/// True when two sources state ranges whose ends differ ("sentences from
/// 6 to 75 years" and "from 7 to 75 years"): each gives its ends as facts,
/// so both cannot be right, though the ranges overlap.
fn ranges_clash(a: &SourceFigure, b: &SourceFigure) -> bool {
    end_difference(a, b) > 1e-9
}

/// The finite width of a range, for weighing a gap against it: an open end
/// counts as a tenth of the value.
fn finite_width(i: &Interval, value: f64) -> f64 {
    let w = i.high - i.low;
    if w.is_finite() {
        w
    } else {
        value.abs() * 0.1
    }
}

/// How sure a verdict is, in 0..1. For `differ`, the widest gap between two
/// sources' ranges against that gap plus the ranges' mean width: figures
/// far apart beyond what their rounding allows score near 1, ranges that
/// nearly touch near 0. For `agree`, one minus the spread of the values (the
/// same figure everywhere is 1). One source: 0.
pub fn confidence(figures: &[SourceFigure], verdict: Verdict) -> f64 {
    match verdict {
        Verdict::SingleSource => 0.0,
        Verdict::Agree => {
            let values: Vec<f64> = figures.iter().map(|f| f.value).collect();
            (1.0 - spread(&values)).clamp(0.0, 1.0)
        }
        Verdict::Differ => {
            let range = |f: &SourceFigure| Interval {
                low: f.low,
                high: f.high,
            };
            let mut best = 0.0f64;
            for (i, a) in figures.iter().enumerate() {
                for b in &figures[i + 1..] {
                    let (ra, rb) = (range(a), range(b));
                    let gap = (rb.low - ra.high).max(ra.low - rb.high).max(0.0);
                    let width = (finite_width(&ra, a.value) + finite_width(&rb, b.value)) / 2.0;
                    if gap > 0.0 && gap.is_finite() {
                        best = best.max(gap / (gap + width.max(f64::EPSILON)));
                    } else {
                        best = best.max(end_difference(a, b));
                    }
                }
            }
            best
        }
    }
}

/// Sets each group's [`StatGroup::independent_sources`]: its sources
/// counted once per group of near-verbatim copies (`copy_of` gives a
/// document's copy group, by `doc_id`).
pub fn count_independent(groups: &mut [StatGroup], copy_of: impl Fn(&str) -> Option<usize>) {
    for g in groups {
        let mut seen = BTreeSet::new();
        let mut loose = 0;
        for f in &g.figures {
            match copy_of(&f.doc_id) {
                Some(c) => {
                    seen.insert(c);
                }
                None => loose += 1,
            }
        }
        g.independent_sources = seen.len() + loose;
    }
}

/// Relative spread of values: (max − min) / the largest magnitude.
pub fn spread(values: &[f64]) -> f64 {
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let scale = max.abs().max(min.abs());
    if values.len() < 2 || scale == 0.0 || !scale.is_finite() {
        return 0.0;
    }
    (max - min) / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(source: u32, what: &str, text: &str, value: f64, qualifier: &str) -> Reading {
        Reading {
            key: GroupKey {
                story: 0,
                kind: "count".into(),
                unit: None,
                what: what.into(),
                scope: None,
            },
            period: None,
            source,
            value,
            value_max: None,
            qualifier: qualifier.into(),
            mentions: 1,
            text: text.into(),
            doc_id: format!("d{source}"),
            sentence_id: 0,
            subject_key: None,
            measured: Some(format!("{what}s")),
            weekday: None,
            first_start: 0,
            in_heading: false,
            range: Interval {
                low: 0.0,
                high: 0.0,
            },
            quantity_ids: vec![format!("d{source}:{text}")],
            written: None,
            role: Some("level".into()),
            siblings: 1,
        }
        .with_range()
    }

    /// The link aligned claims make between a figure of `a` and one of `b`.
    fn link(a: &Reading, b: &Reading) -> (String, String) {
        (a.quantity_ids[0].clone(), b.quantity_ids[0].clone())
    }

    /// Groups `readings` with `links` as both merges and disputes.
    fn run(readings: Vec<Reading>, links: &[(String, String)]) -> Vec<StatGroup> {
        linked_run(readings, links, &[])
    }

    /// [`run`] with `documents` linked directly.
    fn linked_run(
        readings: Vec<Reading>,
        links: &[(String, String)],
        documents: &[(String, String)],
    ) -> Vec<StatGroup> {
        sourced_run(readings, links, documents, 3)
    }

    /// [`linked_run`] with `n` sources ("S0", "S1", …).
    fn sourced_run(
        readings: Vec<Reading>,
        links: &[(String, String)],
        documents: &[(String, String)],
        n: u32,
    ) -> Vec<StatGroup> {
        let sources: Vec<String> = (0..n).map(|i| format!("S{i}")).collect();
        let evidence = Evidence {
            figures: links,
            documents,
        };
        build(readings, links, &evidence, &sources, &["t1".to_string()])
    }

    fn age(source: u32, what: &str, value: f64) -> Reading {
        let mut r = reading(source, what, &format!("{value}"), value, "exact");
        r.key.kind = "age".into();
        r.with_range()
    }

    #[test]
    fn an_unnamed_age_is_the_one_named_person_of_that_age() {
        let groups = run(
            vec![
                age(0, "age of lasalle", 36.0),
                age(1, "age", 36.0),
                age(2, "age", 66.0),
            ],
            &[],
        );
        let named = groups
            .iter()
            .find(|g| g.figures.len() == 2)
            .expect("one group");
        assert_eq!(named.verdict, Verdict::Agree);
        // a source's reading that names the person speaks for it, though
        // the unnamed one comes first
        let mut unnamed = age(0, "age", 36.0);
        unnamed.text = "the 36-year-old".into();
        let groups = run(
            vec![
                unnamed,
                age(0, "age of lasalle", 36.0),
                age(1, "age of lasalle", 36.0),
            ],
            &[],
        );
        assert_eq!(groups.len(), 1);
        assert!(groups[0].figures.iter().all(|f| f.text == "36"));
        // two named people of one age: the unnamed age is either's
        let groups = run(
            vec![
                age(0, "age of teixeira", 28.0),
                age(1, "age of sabathia", 28.0),
                age(2, "age", 28.0),
            ],
            &[],
        );
        assert_eq!(groups.len(), 3);
    }

    #[test]
    fn a_sum_that_names_nothing_is_the_one_named_sum_of_its_value() {
        let sum = |source: u32, what: &str, v: f64| {
            let mut r = reading(source, what, "$300,000", v, "exact");
            r.key.kind = "money".into();
            r.key.unit = Some("USD".into());
            r.with_range()
        };
        let g = run(vec![sum(0, "", 3e5), sum(1, "payoff", 3e5)], &[]);
        assert_eq!(g.len(), 1, "{g:#?}");
        assert_eq!(g[0].verdict, Verdict::Agree);
        // two named sums of that value: the unnamed one may be either
        let g = run(
            vec![sum(0, "", 3e5), sum(1, "payoff", 3e5), sum(2, "bail", 3e5)],
            &[],
        );
        assert_eq!(g.len(), 3, "{g:#?}");
    }

    #[test]
    fn cash_is_a_part_of_a_price_only_beside_another_sum() {
        let cash = || Some("cash".to_string());
        assert_eq!(sole_sum_scope(cash(), Some(1)), None);
        assert_eq!(sole_sum_scope(cash(), Some(2)), cash());
        let season = Some("season".to_string());
        assert_eq!(sole_sum_scope(season.clone(), Some(1)), season);
    }

    #[test]
    fn a_chain_of_more_versions_than_a_dispute_has_stays_apart() {
        let chip = |source: u32, v: f64| {
            let mut r = reading(source, "core", &format!("{v}GHz"), v, "exact");
            r.key.kind = "measure".into();
            r.doc_id = format!("d{source}");
            r.with_range()
        };
        // every pair of documents linked, every figure alone in its source
        let docs: Vec<(String, String)> = (0..5)
            .flat_map(|a| (a + 1..5).map(move |b| (format!("d{a}"), format!("d{b}"))))
            .collect();
        let chips = |values: &[f64]| {
            let readings = values.iter().zip(0..).map(|(&v, s)| chip(s, v)).collect();
            sourced_run(readings, &[], &docs, 5)
        };
        let g = chips(&[2.7, 1.7, 2.3, 3.7]);
        assert_eq!(g.len(), 4, "{g:#?}");
        assert!(g.iter().all(|g| g.verdict != Verdict::Differ));
        // three versions are still one dispute
        let g = chips(&[2.7, 2.7, 2.3, 2.5]);
        assert_eq!(g.len(), 1, "{g:#?}");
        assert_eq!(g[0].verdict, Verdict::Differ);
    }

    #[test]
    fn articles_that_agree_on_nothing_else_dispute_nothing() {
        // two laptops' specifications in linked articles of two launches
        let spec = |source: u32, what: &str, kind: &str, v: f64| {
            let mut r = reading(source, what, &format!("{v}"), v, "exact");
            r.key.kind = kind.into();
            r.doc_id = format!("d{source}");
            r.with_range()
        };
        let hours = |source, v| spec(source, "battery life", "duration", v);
        let (a, b) = (hours(0, 8.0), hours(1, 7.0));
        let links = [link(&a, &b)];
        let launch = |source, pounds, dollars| {
            [
                spec(source, "weight", "measure", pounds),
                spec(source, "price", "money", dollars),
            ]
        };
        let mut readings = vec![a, b];
        readings.extend(launch(0, 6.6, 2799.0));
        readings.extend(launch(1, 4.46, 2199.0));
        // a small story is one event's: the two dispute the battery life
        let g = run(readings.clone(), &links);
        assert!(g.iter().any(|g| g.verdict == Verdict::Differ), "{g:#?}");
        // in a story large enough to hide a sister event, they do not
        let others =
            (3..7).map(|source| spec(source, "screen", "measure", 10.0 + f64::from(source)));
        readings.extend(others);
        let g = sourced_run(readings.clone(), &links, &[], 7);
        assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:#?}");
        // a third article that agrees with each on a figure makes the two
        // one event's articles
        readings.extend([
            spec(2, "weight", "measure", 6.6),
            spec(2, "price", "money", 2199.0),
        ]);
        readings.push(hours(2, 7.0));
        let g = sourced_run(readings, &links, &[], 7);
        assert!(g.iter().any(|g| g.verdict == Verdict::Differ), "{g:#?}");
    }

    #[test]
    fn a_longer_name_joins_the_shorter_one_its_story_uses() {
        let groups = run(
            vec![
                reading(0, "cable", "five", 5.0, "exact"),
                reading(1, "separate undersea cable", "five", 5.0, "exact"),
                reading(2, "cable", "three", 3.0, "exact"),
            ],
            &[],
        );
        let five = groups
            .iter()
            .find(|g| g.figures.len() == 2)
            .expect("five cables");
        assert_eq!(five.verdict, Verdict::Agree);
        // two rival longer names keep theirs
        let groups = run(
            vec![
                reading(0, "cable", "five", 5.0, "exact"),
                reading(1, "undersea cable", "five", 5.0, "exact"),
                reading(2, "land cable", "five", 5.0, "exact"),
            ],
            &[],
        );
        assert_eq!(groups.len(), 3);
    }

    #[test]
    fn people_of_one_surname_are_one_subject() {
        assert!(one_subject("person:fred-larue", "person:frederick-larue"));
        assert!(one_subject("gpe:palmer", "gpe:palmer"));
        assert!(!one_subject(
            "person:jerry-ortiz",
            "person:jose-luis-orozco"
        ));
        // places are not people: their last words say nothing
        assert!(!one_subject("gpe:north-bay", "loc:south-bay"));
    }

    #[test]
    fn conversions_and_dimensions_are_told_by_their_flags() {
        assert!(restates_or_sizes(Some("conversion")));
        assert!(restates_or_sizes(Some("inherited,conversion")));
        assert!(restates_or_sizes(Some("dimensions")));
        assert!(!restates_or_sizes(Some("approximate")));
        assert!(!restates_or_sizes(None));
    }

    #[test]
    fn one_of_a_unit_naming_nothing_joins_only_through_claims() {
        // "a year ago" and "within a year": two spans of one story
        let year = |source: u32, text: &str| {
            let mut r = reading(source, "", text, 31_557_600.0, "exact");
            r.key.kind = "duration".into();
            r.key.unit = Some("second".into());
            r.written = Some(1.0);
            r.with_range()
        };
        let (a, b) = (year(0, "a year"), year(1, "a year"));
        assert_eq!(run(vec![a.clone(), b.clone()], &[]).len(), 2);
        let linked = run(vec![a.clone(), b.clone()], &[link(&a, &b)]);
        assert_eq!(linked.len(), 1);
        // two figures of several units still meet by their value
        let two_years = |source: u32| {
            let mut r = year(source, "two years");
            r.written = Some(2.0);
            r.value *= 2.0;
            r.with_range()
        };
        assert_eq!(run(vec![two_years(0), two_years(1)], &[]).len(), 1);
    }

    #[test]
    fn an_age_is_grouped_without_its_sentences_date() {
        // "Lee, 34, was shot in Oct. 2011" and "Lee, 34, was shot" state one age
        let dated = Some("2011-10".to_string());
        assert_eq!(key_period(Some("age"), "age", dated.clone()), None);
        // nor is a mother's count of children
        assert_eq!(key_period(Some("count"), "child", dated.clone()), None);
        // other figures keep their period: 2012's count is not 2013's
        assert_eq!(key_period(Some("count"), "kill", dated.clone()), dated);
    }

    #[test]
    fn ages_written_as_spans_of_years_become_years() {
        let year = 365.25 * 86_400.0;
        let rows = polars::df!(
            col::KIND => ["duration", "duration", "cardinal"],
            quantities::BASE_VALUE => [59.0 * year, 3.0 * year, 59.0],
            quantities::BASE_VALUE_MAX => [None::<f64>, None, None],
            quantities::BASE_UNIT => [Some("second"), Some("second"), None],
        )
        .unwrap();
        let fact_kind = [
            Some("age".to_string()),
            Some("duration".into()),
            Some("age".into()),
        ];
        let rows = ages_in_years(rows, &fact_kind).unwrap();
        let value = floats(&rows, quantities::BASE_VALUE);
        assert_eq!(value, vec![Some(59.0), Some(3.0 * year), Some(59.0)]);
        let unit = strings(&rows, quantities::BASE_UNIT);
        assert_eq!(unit, vec![None, Some("second".to_string()), None]);
    }

    #[test]
    fn unnamed_ages_of_linked_documents_are_not_one_disputed_fact() {
        // "the 36-year-old driver" and "a 66-year-old woman": two people
        let age = |source: u32, text: &str, value: f64| {
            let mut r = reading(source, "age", text, value, "exact");
            r.key.kind = "age".into();
            r
        };
        let d01 = [("d0".to_string(), "d1".to_string())];
        let g = linked_run(vec![age(0, "36", 36.0), age(1, "66", 66.0)], &[], &d01);
        assert_eq!(g.len(), 2, "{g:?}");
        // ages of two named people never merge through a shared figure
        let (mut lee, mut kim) = (age(0, "40", 40.0), age(1, "40", 40.0));
        lee.key.what = "age of lee".into();
        kim.key.what = "age of kim".into();
        let merge = [link(&lee, &kim)];
        let g = build(
            vec![lee, kim],
            &merge,
            &Evidence {
                figures: &[],
                documents: &[],
            },
            &["A".to_string(), "B".to_string()],
            &["t1".to_string()],
        );
        assert_eq!(g.len(), 2, "{g:?}");
    }

    #[test]
    fn linked_documents_dispute_the_only_figure_of_one_key() {
        // "a mother of 12" and "mother of 13", in sentences that are not
        // each other's best match, of two articles that align elsewhere
        let a = reading(0, "child", "12", 12.0, "exact");
        let b = reading(1, "child", "13", 13.0, "exact");
        let d01 = [("d0".to_string(), "d1".to_string())];
        let g = linked_run(vec![a.clone(), b.clone()], &[], &d01);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].verdict, Verdict::Differ);
        // documents that align nowhere: two facts
        assert_eq!(run(vec![a.clone(), b.clone()], &[]).len(), 2);
        // a change and a level, or two subjects, are two facts
        let mut change = b.clone();
        change.role = Some("change".into());
        assert_eq!(linked_run(vec![a.clone(), change], &[], &d01).len(), 2);
        let mut other = b.clone();
        other.subject_key = Some("person:someone-else".into());
        let mut mine = a.clone();
        mine.subject_key = Some("person:zurana-horton".into());
        assert_eq!(linked_run(vec![mine, other], &[], &d01).len(), 2);
        // a source giving two figures under the key: which one is meant is
        // ambiguous, so nothing is disputed
        let mut also = reading(0, "child", "20", 20.0, "exact");
        also.quantity_ids = vec!["d0:also".into()];
        let g = linked_run(vec![a.clone(), also, b.clone()], &[], &d01);
        assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:?}");
        // small figures repeat for different facts: "two women", "one woman"
        let (two, one) = (
            reading(0, "woman", "two", 2.0, "exact"),
            reading(1, "woman", "one", 1.0, "exact"),
        );
        assert_eq!(linked_run(vec![two, one], &[], &d01).len(), 2);
        // a figure that names nothing counted is no specific key
        let (x, y) = (
            reading(0, "", "12", 12.0, "exact"),
            reading(1, "", "13", 13.0, "exact"),
        );
        assert_eq!(linked_run(vec![x, y], &[], &d01).len(), 2);
        // an order of magnitude apart: two figures
        let far = reading(1, "child", "130", 130.0, "exact");
        assert_eq!(linked_run(vec![a, far], &[], &d01).len(), 2);
    }

    #[test]
    fn a_figure_in_a_list_is_not_disputed_by_its_key() {
        // "61% of calls with one port, 48% with another, 53% with a third"
        // against "about 75% of calls": which listed figure "calls" names
        // is unsure
        let mut listed = reading(0, "call", "61%", 61.0, "exact");
        listed.siblings = 3;
        let other = reading(1, "call", "about 75%", 75.0, "about");
        let d01 = [("d0".to_string(), "d1".to_string())];
        let g = linked_run(vec![listed.clone(), other.clone()], &[], &d01);
        assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:?}");
        // nor does it join the key's group, where a bound it fits would
        // part two agreeing figures that the key then joins again
        let bound = reading(2, "call", "up to 75%", 75.0, "up_to");
        let all = [
            ("d0".to_string(), "d1".to_string()),
            ("d0".to_string(), "d2".to_string()),
            ("d1".to_string(), "d2".to_string()),
        ];
        let g = linked_run(vec![listed.clone(), other.clone(), bound], &[], &all);
        assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:?}");
        assert!(g.iter().any(|g| g.figures.len() == 2), "{g:?}");
        // the same figure outside a list still meets it
        let same = reading(1, "call", "61%", 61.0, "exact");
        let g = linked_run(vec![listed.clone(), same], &[], &[]);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].verdict, Verdict::Agree);
        // a figure a verb names keeps its key in a list ("killed 14,
        // injured 30, 5 missing")
        let mut killed = reading(0, "kill", "14", 14.0, "exact");
        killed.siblings = 3;
        let also = reading(1, "kill", "17", 17.0, "exact");
        let g = linked_run(vec![killed, also], &[], &d01);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].verdict, Verdict::Differ);
        // the same two figures standing alone are one disputed fact
        listed.siblings = 1;
        let g = linked_run(vec![listed, other], &[], &d01);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].verdict, Verdict::Differ);
    }

    #[test]
    fn about_250_and_248_agree_more_than_250_and_238_differ() {
        let g = run(
            vec![
                reading(0, "migrant", "about 250", 250.0, "about"),
                reading(1, "migrant", "248", 248.0, "exact"),
            ],
            &[],
        );
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].verdict, Verdict::Agree);
        let a = reading(0, "migrant", "more than 250", 250.0, "more_than");
        let b = reading(1, "migrant", "238", 238.0, "exact");
        let g = run(vec![a.clone(), b.clone()], &[link(&a, &b)]);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].verdict, Verdict::Differ);
        assert!((g[0].spread - 12.0 / 250.0).abs() < 1e-9);
    }

    #[test]
    fn different_figures_without_aligned_claims_are_two_facts_not_a_dispute() {
        // one raid's seizures and the total so far, one game and a season:
        // the same words, different figures, sentences that do not align
        let a = reading(0, "migrant", "238", 238.0, "exact");
        let b = reading(1, "migrant", "more than 250", 250.0, "more_than");
        let c = reading(2, "migrant", "about 250", 250.0, "about");
        let g = run(vec![a, b, c], &[]);
        assert_eq!(g.len(), 2, "{g:?}");
        assert!(g.iter().all(|g| g.verdict != Verdict::Differ));
        let agree = g.iter().find(|g| g.verdict == Verdict::Agree).unwrap();
        assert_eq!(agree.figures.len(), 2);
    }

    #[test]
    fn killed_and_injured_with_the_same_figure_stay_apart() {
        let killed = reading(0, "kill", "two", 2.0, "exact");
        let injured = reading(1, "injure", "two", 2.0, "exact");
        let g = run(vec![killed.clone(), injured.clone()], &[]);
        assert_eq!(g.len(), 2);
        assert!(g.iter().all(|g| g.verdict == Verdict::SingleSource));
        let killed_too = reading(1, "kill", "2", 2.0, "exact");
        let g = run(vec![killed, injured, killed_too], &[]);
        let kill = g.iter().find(|g| g.measured == "kills").unwrap();
        assert_eq!(kill.verdict, Verdict::Agree);
        assert_eq!(kill.figures.len(), 2);
    }

    #[test]
    fn a_game_and_a_season_are_two_facts() {
        let game = reading(0, "yard", "310 yards", 310.0, "exact");
        let mut season = reading(1, "yard", "3,100 yards", 3100.0, "exact");
        season.key.scope = Some("season".into());
        // even linked, a season's yards never merge with one game's
        let g = run(vec![game.clone(), season.clone()], &[link(&game, &season)]);
        assert_eq!(g.len(), 2);
        assert!(g.iter().all(|g| g.verdict == Verdict::SingleSource));
    }

    #[test]
    fn rounded_figures_agree_without_aligned_claims() {
        let g = run(
            vec![
                reading(0, "death", "about 40", 40.0, "about"),
                reading(1, "death", "42", 42.0, "exact"),
            ],
            &[],
        );
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].verdict, Verdict::Agree);
        assert_eq!(g[0].figures.len(), 2);
        // "40" is told to the unit: it and "42" never agree
        let g = run(
            vec![
                reading(1, "death", "42", 42.0, "exact"),
                reading(2, "death", "40", 40.0, "exact"),
            ],
            &[],
        );
        assert!(g.iter().all(|g| g.verdict != Verdict::Agree), "{g:?}");
    }

    #[test]
    fn a_bound_far_from_a_figure_is_another_fact_not_an_agreement() {
        // "at least 45" meets "more than two" on its open side, but figures
        // 20× apart state different things (a sentence and a time served)
        let g = run(
            vec![
                reading(0, "year", "at least 45", 45.0, "at_least"),
                reading(1, "year", "more than two", 2.0, "more_than"),
            ],
            &[],
        );
        assert_eq!(g.len(), 2, "{g:?}");
        assert!(
            g.iter().all(|g| g.verdict == Verdict::SingleSource),
            "{g:?}"
        );
        // a bound near the figure still agrees with it
        let g = run(
            vec![
                reading(0, "migrant", "more than 250", 250.0, "more_than"),
                reading(1, "migrant", "261", 261.0, "exact"),
            ],
            &[],
        );
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].verdict, Verdict::Agree);
    }

    #[test]
    fn figures_that_name_nothing_counted_join_only_on_the_same_value() {
        let a = reading(0, "", "US$6 million", 6e6, "exact");
        let b = reading(1, "", "$6m", 6e6, "exact");
        let c = reading(2, "", "$9 million", 9e6, "exact");
        let g = run(vec![a.clone(), b, c.clone()], &[]);
        assert_eq!(g.len(), 2, "{g:?}");
        assert!(g
            .iter()
            .any(|g| g.verdict == Verdict::Agree && g.figures.len() == 2));
        assert!(g.iter().all(|g| g.verdict != Verdict::Differ));
        // linked claims still make them one disputed figure
        let g = run(vec![a.clone(), c.clone()], &[link(&a, &c)]);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].verdict, Verdict::Differ);
    }

    #[test]
    fn a_document_restating_a_precise_figure_joins_its_two_keys() {
        // "US sends 261 deportees" and "deported 261 people" in one article
        let headline = reading(1, "deportee", "261", 261.0, "exact");
        let mut body = reading(1, "deport", "261 people", 261.0, "exact");
        body.quantity_ids = vec!["d1:body".into()];
        let about = reading(0, "deportee", "about 250", 250.0, "about");
        let ledger = reading(2, "deport", "238", 238.0, "exact");
        let links = [link(&about, &headline), link(&ledger, &body)];
        let g = run(vec![headline, body, about, ledger], &links);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].verdict, Verdict::Differ);
        assert_eq!(g[0].figures.len(), 3);
        // "two" twice is no evidence: small spelled-out figures repeat
        let two_sons = reading(0, "son", "two", 2.0, "exact");
        let two_counts = reading(0, "count", "two", 2.0, "exact");
        assert_eq!(run(vec![two_sons, two_counts], &[]).len(), 2);
    }

    #[test]
    fn a_figure_without_a_period_joins_the_dated_one() {
        // "born in 1928, one of five sons" and "one of five sons"
        let mut dated = reading(0, "son", "five", 5.0, "exact");
        dated.period = Some("1928".into());
        let undated = reading(1, "son", "five", 5.0, "exact");
        let g = run(vec![dated.clone(), undated.clone()], &[]);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].period.as_deref(), Some("1928"));
        // two periods stay two facts; the undated figure joins the one it fits
        let mut later = reading(2, "son", "six", 6.0, "exact");
        later.period = Some("1930".into());
        let g = run(vec![dated, undated, later], &[]);
        assert_eq!(g.len(), 2, "{g:?}");
        let five = g.iter().find(|g| g.figures.len() == 2).unwrap();
        assert_eq!(five.period.as_deref(), Some("1928"));
    }

    #[test]
    fn an_undated_figure_joins_the_period_of_its_key_to_be_disputed() {
        // 11 charged in 2008 (two sources), nine charged in 2011, and an
        // undated 12 charged in a document linked to the first
        let dated = |source: u32, text: &str, v: f64, period: &str| {
            let mut r = reading(source, "charge", text, v, "exact");
            r.period = Some(period.into());
            r.quantity_ids = vec![format!("{source}:{text}:{period}")];
            r
        };
        let (a, a2) = (dated(0, "11", 11.0, "2008"), dated(1, "11", 11.0, "2008"));
        let b = dated(0, "nine", 9.0, "2011");
        let c = reading(2, "charge", "12", 12.0, "exact");
        let docs = [(c.doc_id.clone(), a.doc_id.clone())];
        let g = linked_run(vec![a, a2, b, c], &[], &docs);
        let disputed = g
            .iter()
            .find(|g| g.verdict == Verdict::Differ)
            .unwrap_or_else(|| panic!("no dispute: {g:#?}"));
        assert_eq!(disputed.figures.len(), 3);
        assert_eq!(disputed.period.as_deref(), Some("2008"));
    }

    #[test]
    fn two_documents_giving_one_precise_figure_under_two_names_agree() {
        // "33 homers" and "33 home runs"; "a 10-year deal" is no precise figure
        let homers = reading(0, "homer", "33", 33.0, "exact");
        let runs = reading(1, "home run", "33", 33.0, "exact");
        let g = run(vec![homers, runs], &[]);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].verdict, Verdict::Agree);
        let deal = reading(0, "deal", "ten", 10.0, "exact");
        let contract = reading(1, "contract", "ten", 10.0, "exact");
        assert_eq!(run(vec![deal, contract], &[]).len(), 2);
        // outcomes stay apart however precise: 12 killed, 12 injured
        let killed = reading(0, "kill", "12", 12.0, "exact");
        let injured = reading(1, "injure", "12", 12.0, "exact");
        assert_eq!(run(vec![killed, injured], &[]).len(), 2);
    }

    #[test]
    fn spans_of_time_are_disputed_by_their_key_spelled_out() {
        // "served five months" and "served four months" in linked documents
        let month = 2_629_800.0;
        let span = |source: u32, text: &str, n: f64| {
            let mut r = reading(source, "time to serv", text, n * month, "exact");
            r.key.kind = "duration".into();
            r.key.unit = Some("second".into());
            r.written = Some(n);
            r.with_range()
        };
        let (five, four) = (span(0, "five months", 5.0), span(1, "four months", 4.0));
        assert!(!precise(&five) && specific(&five));
        let docs = [(five.doc_id.clone(), four.doc_id.clone())];
        let g = linked_run(vec![five, four], &[], &docs);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].verdict, Verdict::Differ);
    }

    #[test]
    fn links_join_groups_and_disputes_sort_first() {
        let a = reading(0, "migrant", "250", 250.0, "exact");
        let b = reading(1, "deportee", "261", 261.0, "exact");
        let c = reading(2, "approval", "85%", 85.0, "exact");
        let links = vec![link(&a, &b)];
        let g = run(vec![c.clone(), a.clone(), b.clone()], &links);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].verdict, Verdict::Differ);
        assert_eq!(g[0].figures.len(), 2);
        assert_eq!(g[0].group_id, "s0001");
        assert_eq!(g[1].verdict, Verdict::SingleSource);
        let apart = run(vec![a, b], &[]);
        assert_eq!(apart.len(), 2);
    }

    #[test]
    fn a_source_listing_several_subjects_splits_the_group() {
        let mut sv = reading(0, "incarceration", "1,659", 1659.0, "exact");
        sv.subject_key = Some("gpe:el-salvador".into());
        let mut cu = reading(0, "incarceration", "794", 794.0, "exact");
        cu.subject_key = Some("gpe:cuba".into());
        let mut cu_b = reading(1, "incarceration", "794", 794.0, "exact");
        cu_b.subject_key = Some("gpe:cuba".into());
        let g = run(vec![sv, cu, cu_b], &[]);
        assert_eq!(g.len(), 2);
        let cuba = g
            .iter()
            .find(|g| g.subject_key.as_deref() == Some("gpe:cuba"))
            .unwrap();
        assert_eq!(cuba.verdict, Verdict::Agree);
        assert_eq!(cuba.figures.len(), 2);
    }

    #[test]
    fn a_sources_body_mention_speaks_for_it_before_its_headline() {
        let mut head = reading(0, "deal", "$334m", 334e6, "exact");
        head.in_heading = true;
        head.mentions = 2;
        let mut body = reading(0, "deal", "$334 million", 334e6, "exact");
        body.first_start = 400;
        let other = reading(1, "deal", "$334 million", 334e6, "exact");
        let g = run(vec![head, body, other], &[]);
        assert_eq!(g.len(), 1);
        let shown = g[0].figures.iter().find(|f| f.doc_id == "d0").unwrap();
        assert_eq!(shown.text, "$334 million");
    }

    /// A reading of fact kind `kind` (an age, a magnitude) counting `what`.
    fn of_kind(source: u32, kind: &str, what: &str, v: f64) -> Reading {
        let mut r = reading(source, what, &v.to_string(), v, "exact");
        r.key.kind = kind.into();
        r
    }

    /// [`run`] on `a` and `b`, whose claims are aligned.
    fn linked(a: Reading, b: Reading) -> Vec<StatGroup> {
        let links = [link(&a, &b)];
        run(vec![a, b], &links)
    }

    #[test]
    fn magnitudes_far_apart_are_two_quakes() {
        let quake = |source, v| of_kind(source, "magnitude", "magnitude", v);
        assert_eq!(linked(quake(0, 6.1), quake(1, 9.1)).len(), 2);
        let g = linked(quake(0, 6.1), quake(1, 5.9));
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].verdict, Verdict::Differ);
    }

    #[test]
    fn figures_of_two_days_never_dispute() {
        let quake = |source: u32, v: f64, day: &str| {
            let mut r = reading(source, "magnitude", &v.to_string(), v, "exact");
            r.weekday = Some(day.into());
            r
        };
        let g = linked(quake(0, 4.6, "thursday"), quake(1, 4.4, "sunday"));
        assert_eq!(g.len(), 2, "{g:#?}");
        let g = linked(quake(0, 4.6, "thursday"), quake(1, 4.4, "thursday"));
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].verdict, Verdict::Differ);
        // a figure whose claim names no day is of the day its article names
        let distance = |source: u32, v: f64| {
            let mut r = reading(source, "north", &v.to_string(), v, "exact");
            r.key.kind = "measure".into();
            r.text = format!("{v} miles");
            r
        };
        let (this, other) = (distance(0, 26.0), distance(1, 23.0));
        let leads = [quake(0, 4.6, "thursday"), quake(1, 4.4, "sunday")];
        let links = [link(&this, &other)];
        let mut readings = vec![this.clone(), other.clone()];
        readings.extend(leads);
        // in a small story, two days are one event's
        let g = run(readings.clone(), &links);
        assert!(g.iter().any(|g| g.verdict == Verdict::Differ), "{g:#?}");
        // in one large enough to hide a sister event, two events'
        let others = (2..6).map(|source| reading(source, "crew", "3", 3.0, "exact"));
        readings.extend(others);
        let g = sourced_run(readings, &links, &[], 6);
        assert!(
            g.iter()
                .all(|g| g.verdict != Verdict::Differ || g.measured == "crews"),
            "{g:#?}"
        );
        // without the day, the two are one disputed fact
        let g = run(vec![this, other], &links);
        assert!(g.iter().any(|g| g.verdict == Verdict::Differ), "{g:#?}");
    }

    #[test]
    fn ages_that_name_nobody_never_dispute() {
        let g = linked(
            of_kind(0, "age", "age", 12.0),
            of_kind(1, "age", "age", 14.0),
        );
        assert_eq!(g.len(), 2, "{g:#?}");
        assert!(g.iter().all(|g| g.verdict != Verdict::Differ));
        // nor against a named person's age that similar claims join to it
        let named = of_kind(0, "age", "age of gomes", 35.0);
        let g = linked(named, of_kind(1, "age", "age", 48.0));
        assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:#?}");
    }

    #[test]
    fn ages_a_year_apart_are_two_facts() {
        let age = |source, v| of_kind(source, "age", "age of jeffs", v);
        let g = linked(age(0, 54.0), age(1, 55.0));
        assert_eq!(g.len(), 2, "{g:#?}");
        assert!(g.iter().all(|g| g.verdict != Verdict::Differ));
        // further apart, linked ages are one disputed fact
        let g = linked(age(0, 54.0), age(1, 59.0));
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].verdict, Verdict::Differ);
    }

    #[test]
    fn subjects_named_in_other_words_agree_but_do_not_dispute_across_parts() {
        // source 0 lists two places' figures; sources 1 and 2 give the first
        // place's figure under another name and agree with it
        let mut here = reading(0, "magnitude", "4.6", 4.6, "exact");
        here.subject_key = Some("gpe:north-bay".into());
        let mut there = reading(0, "magnitude", "3.0", 3.0, "exact");
        there.subject_key = Some("gpe:geysers".into());
        let mut b = reading(1, "magnitude", "4.6", 4.6, "exact");
        b.subject_key = Some("gpe:northern-california".into());
        let g = run(vec![here.clone(), there.clone(), b.clone()], &[]);
        let main = g
            .iter()
            .find(|g| g.figures.len() == 2)
            .expect("one 4.6 group");
        assert_eq!(main.verdict, Verdict::Agree);
        // a figure of the other place is never disputed with this one's
        let mut c = reading(2, "magnitude", "3.2", 3.2, "exact");
        c.subject_key = Some("gpe:north-bay".into());
        let links = [link(&there, &c)];
        let g = run(vec![here, there, b, c], &links);
        assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:#?}");
    }

    #[test]
    fn only_the_listing_sources_subjects_split_the_group() {
        // source 0 gives this quake's 4.6 and an earlier one's 5.0 near
        // another place; sources 1 and 2 name this quake's place in other
        // words and still dispute its magnitude
        let this = reading(0, "magnitude", "4.6", 4.6, "exact");
        let mut earlier = reading(0, "magnitude", "5.0", 5.0, "exact");
        earlier.subject_key = Some("gpe:geysers".into());
        let mut b = reading(1, "magnitude", "4.6", 4.6, "exact");
        b.subject_key = Some("gpe:cobb".into());
        let mut c = reading(2, "magnitude", "4.4", 4.4, "exact");
        c.subject_key = Some("gpe:lake-county".into());
        let links = [link(&b, &c)];
        let g = run(vec![this, earlier, b, c], &links);
        assert_eq!(g.len(), 2, "{g:#?}");
        let main = g.iter().find(|g| g.figures.len() == 3).unwrap();
        assert_eq!(main.verdict, Verdict::Differ);
        let other = g.iter().find(|g| g.figures.len() == 1).unwrap();
        assert_eq!(other.subject_key.as_deref(), Some("gpe:geysers"));
    }

    #[test]
    fn confidence_grows_with_the_gap_and_copies_count_once() {
        let pair = |x: f64, y: f64| {
            let a = reading(0, "death", &x.to_string(), x, "exact");
            let b = reading(1, "death", &y.to_string(), y, "exact");
            let links = [link(&a, &b)];
            run(vec![a, b], &links)
        };
        let g = pair(41.0, 43.0);
        assert_eq!(g[0].verdict, Verdict::Differ);
        let near = g[0].confidence;
        let far = pair(41.0, 71.0)[0].confidence;
        assert!(near > 0.0 && far > near && far < 1.0, "{near} {far}");
        let mut g = run(
            vec![
                reading(0, "death", "40", 40.0, "exact"),
                reading(1, "death", "40", 40.0, "exact"),
                reading(2, "death", "about 40", 40.0, "about"),
            ],
            &[],
        );
        assert_eq!(g[0].independent_sources, 3);
        assert!((g[0].confidence - 1.0).abs() < 1e-12);
        // d0 and d1 are copies of one wire story
        count_independent(&mut g, |doc| Some(usize::from(doc == "d2")));
        assert_eq!(g[0].independent_sources, 2);
    }

    #[test]
    fn stated_ranges_with_other_ends_differ() {
        let range = |source: u32, text: &str, low: f64, high: f64| {
            let mut r = reading(source, "sentence", text, low, "between");
            r.value_max = Some(high);
            r.with_range()
        };
        let g = run(
            vec![
                range(0, "between four and 60 years", 4.0, 60.0),
                range(1, "from 4 to 60 years", 4.0, 60.0),
            ],
            &[],
        );
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].verdict, Verdict::Agree);
        let g = run(
            vec![
                range(0, "between four and 60 years", 4.0, 60.0),
                range(1, "from 5 to 60 years", 5.0, 60.0),
            ],
            &[],
        );
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].verdict, Verdict::Differ);
        assert!((g[0].confidence - 0.2).abs() < 1e-9, "{}", g[0].confidence);
        // a single figure inside a range is no stated range: it agrees
        let g = run(
            vec![
                range(0, "between four and 60 years", 4.0, 60.0),
                reading(1, "sentence", "12 years", 12.0, "exact"),
            ],
            &[],
        );
        assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:?}");
    }

    #[test]
    fn a_source_figure_is_its_most_precise_reading_when_counts_tie() {
        let g = run(
            vec![
                reading(0, "approval", "85%", 85.0, "exact"),
                reading(0, "approval", "85.2 percent", 85.2, "exact"),
                reading(1, "approval", "85.2%", 85.2, "exact"),
            ],
            &[],
        );
        assert_eq!(g[0].verdict, Verdict::Agree);
        let a = &g[0].figures[0];
        assert_eq!(a.text, "85.2 percent");
        assert_eq!(a.mentions, 2);
        assert!(a.low > 85.1 && a.high < 85.3);
    }
}
