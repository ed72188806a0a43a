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

use factsift_dataset::schema::{col, quantities};
use std::collections::{BTreeMap, BTreeSet, HashMap};

use polars::prelude::*;

use super::interval::{allowed, Interval};
use super::keys::KeyMap;
use super::load::{floats, ints, strings, CollectWith, RunSet};
use super::measured::normalize;
use super::model::{SourceFigure, StatGroup, Verdict};
use super::stories::Components;

/// The group key of a figure: story, kind, unit, measured concept, period.
pub type GroupKey = (u32, String, Option<String>, String, Option<String>);

/// One distinct reading of a figure by one source.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// Group key.
    pub key: GroupKey,
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
    /// Character offset of the earliest such mention in its document.
    pub first_start: i64,
    /// The values the wording allows (see [`Reading::with_range`]).
    pub range: Interval,
}

impl Reading {
    /// Sets [`Reading::range`] from the text, value and qualifier.
    pub fn with_range(mut self) -> Reading {
        self.range = allowed(&self.text, self.value, self.value_max, &self.qualifier);
        self
    }

    fn interval(&self) -> Interval {
        self.range
    }
}

/// Columns of the `quantities` table the comparison reads.
const COLUMNS: [&str; 13] = [
    quantities::QUANTITY_ID,
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
/// with at least two sources; `concepts` comes from [`concepts`].
pub fn read(
    runs: &RunSet,
    doc_map: DataFrame,
    concepts: &DataFrame,
    keys: &KeyMap,
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
    let comparable = col(quantities::BASE_VALUE)
        .is_not_null()
        .and(col(col::KIND).neq(lit("date")))
        .and(col(col::KIND).neq(lit("ordinal")))
        .and(
            col(col::KIND)
                .neq(lit("cardinal"))
                .or(col(quantities::MEASURED).is_not_null()),
        );
    let scan = scan.filter(comparable).join(
        doc_map.lazy(),
        [col(col::DOC_ID)],
        [col(col::DOC_ID)],
        JoinArgs::new(JoinType::Inner),
    );
    let readings = scan
        .join(
            concepts.clone().lazy(),
            [col(quantities::MEASURED)],
            [col(quantities::MEASURED)],
            JoinArgs::new(JoinType::Left),
        )
        .group_by([
            col("story"),
            col(col::KIND),
            col(quantities::BASE_UNIT),
            col("concept"),
            col(quantities::PERIOD),
            col("source"),
            col(quantities::BASE_VALUE),
            col(quantities::BASE_VALUE_MAX),
            col(quantities::QUALIFIER),
        ])
        .agg([
            len().alias("mentions"),
            // rows are in document order, so the first is the earliest mention
            col(col::TEXT).first(),
            col(col::DOC_ID).first(),
            col(col::SENTENCE_ID).first(),
            col(quantities::SUBJECT_KEY).drop_nulls().first(),
            col(quantities::MEASURED).drop_nulls().first(),
            col(col::START).min().alias("first_start"),
        ])
        .collect_with("grouping the quantities")?;
    Ok(to_readings(&readings, keys))
}

/// The kind a figure is compared as, and the concept that goes with it:
/// magnitudes and ages are kinds of their own (a "magnitude 6.1 quake" is
/// no count of quakes, "33 years old" no duration); a bare year ("2011")
/// is left out.
pub fn compared_kind(
    kind: &str,
    text: &str,
    value: f64,
    concept: &str,
) -> Option<(String, String)> {
    let digits = text.trim();
    let year = digits.len() == 4
        && digits.chars().all(|c| c.is_ascii_digit())
        && (1800.0..=2100.0).contains(&value);
    if year && matches!(kind, "count" | "cardinal") {
        return None;
    }
    let words: Vec<&str> = concept.split(' ').collect();
    if words.contains(&"magnitude") {
        return Some(("magnitude".into(), "magnitude".into()));
    }
    if words
        .iter()
        .any(|w| matches!(*w, "old" | "year-old" | "aged"))
    {
        return Some(("age".into(), "age".into()));
    }
    Some((kind.to_string(), concept.to_string()))
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
    let text_col = |name: &str| df.column(name).ok().and_then(|c| c.str().ok().cloned());
    let [kind, unit, concept, period, qualifier, text, doc_id, subject, measured] = [
        "kind",
        quantities::BASE_UNIT,
        "concept",
        "period",
        "qualifier",
        "text",
        "doc_id",
        "subject_key",
        "measured",
    ]
    .map(text_col);
    let get = |col: &Option<StringChunked>, i: usize| -> Option<String> {
        col.as_ref().and_then(|c| c.get(i)).map(str::to_string)
    };
    let mut out = Vec::with_capacity(df.height());
    for i in 0..df.height() {
        let (Some(story), Some(source), Some(value)) = (story[i], source[i], value[i]) else {
            continue;
        };
        let Some((kind, concept)) = compared_kind(
            &get(&kind, i).unwrap_or_default(),
            &get(&text, i).unwrap_or_default(),
            value,
            &get(&concept, i).unwrap_or_default(),
        ) else {
            continue;
        };
        out.push(
            Reading {
                key: (story as u32, kind, get(&unit, i), concept, get(&period, i)),
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
                first_start: first_start[i].unwrap_or(0),
                range: Interval {
                    low: 0.0,
                    high: 0.0,
                },
            }
            .with_range(),
        );
    }
    out
}

/// Groups readings into ranked statistics (see [`group`] and [`rank`]).
pub fn build(
    readings: Vec<Reading>,
    merges: &[(GroupKey, GroupKey)],
    sources: &[String],
    stories: &[String],
) -> Vec<StatGroup> {
    let mut groups = group(readings, merges, sources, stories);
    rank(&mut groups);
    groups
}

/// Groups readings into statistics. `merges` are pairs of group keys that
/// aligned claims show to be one figure; `sources` names the source indices;
/// `stories` names the story indices. The figures' `sentence` is left empty
/// for the caller to fill from `sentence_id`.
pub fn group(
    readings: Vec<Reading>,
    merges: &[(GroupKey, GroupKey)],
    sources: &[String],
    stories: &[String],
) -> Vec<StatGroup> {
    // union-find over group keys
    let mut ids: HashMap<&GroupKey, usize> = HashMap::new();
    let slots: Vec<usize> = readings
        .iter()
        .map(|r| {
            let n = ids.len();
            *ids.entry(&r.key).or_insert(n)
        })
        .collect();
    let mut comps = Components::new(ids.len());
    for (a, b) in merges {
        if let (Some(&x), Some(&y)) = (ids.get(a), ids.get(b)) {
            comps.union(x, y);
        }
    }
    drop(ids);
    let mut groups: BTreeMap<usize, Vec<Reading>> = BTreeMap::new();
    for (r, slot) in readings.into_iter().zip(slots) {
        groups.entry(comps.find(slot)).or_default().push(r);
    }
    let mut out = Vec::new();
    for (_, members) in groups {
        for part in split_by_subject(members) {
            out.push(summarize(part, sources, stories));
        }
    }
    out
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

/// Splits a group by subject when one source gives several figures for
/// different subjects that do not reconcile (a list of countries, say).
fn split_by_subject(members: Vec<Reading>) -> Vec<Vec<Reading>> {
    let mut by_source: HashMap<u32, Vec<&Reading>> = HashMap::new();
    for r in &members {
        by_source.entry(r.source).or_default().push(r);
    }
    let listing = by_source.values().any(|rs| {
        let subjects: BTreeSet<&Option<String>> = rs.iter().map(|r| &r.subject_key).collect();
        subjects.len() > 1
            && rs.iter().enumerate().any(|(i, a)| {
                rs[i + 1..].iter().any(|b| {
                    a.subject_key != b.subject_key && !a.interval().overlaps(&b.interval())
                })
            })
    });
    if !listing {
        return vec![members];
    }
    let mut parts: BTreeMap<Option<String>, Vec<Reading>> = BTreeMap::new();
    for r in members {
        parts.entry(r.subject_key.clone()).or_default().push(r);
    }
    parts.into_values().collect()
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
    let measured = most(&measured_count).unwrap_or_else(|| format!("({})", key.1));
    let measured_as: Vec<String> = measured_count.keys().map(|s| s.to_string()).collect();
    let subject_key = most(&subject_count);
    let mut by_source: BTreeMap<u32, Vec<&Reading>> = BTreeMap::new();
    for r in &members {
        by_source.entry(r.source).or_default().push(r);
    }
    let mut figures = Vec::new();
    for (source, mut rs) in by_source {
        // most mentioned reading first; then the most precise; then the earliest
        rs.sort_by(|a, b| {
            b.mentions.cmp(&a.mentions).then(
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
        story_id: stories.get(key.0 as usize).cloned().unwrap_or_default(),
        kind: key.1,
        unit: key.2,
        measured,
        measured_as,
        subject_key,
        period: key.4,
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
    let clash = ranges
        .iter()
        .enumerate()
        .any(|(i, a)| ranges[i + 1..].iter().any(|b| !a.overlaps(b)));
    if clash {
        Verdict::Differ
    } else {
        Verdict::Agree
    }
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

    fn reading(source: u32, concept: &str, text: &str, value: f64, qualifier: &str) -> Reading {
        Reading {
            key: (0, "count".into(), None, concept.into(), None),
            source,
            value,
            value_max: None,
            qualifier: qualifier.into(),
            mentions: 1,
            text: text.into(),
            doc_id: format!("d{source}"),
            sentence_id: 0,
            subject_key: None,
            measured: Some(format!("{concept}s")),
            first_start: 0,
            range: Interval {
                low: 0.0,
                high: 0.0,
            },
        }
        .with_range()
    }

    fn run(readings: Vec<Reading>, merges: &[(GroupKey, GroupKey)]) -> Vec<StatGroup> {
        let sources: Vec<String> = ["A", "B", "C"].iter().map(|s| s.to_string()).collect();
        build(readings, merges, &sources, &["t1".to_string()])
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
        let g = run(
            vec![
                reading(0, "migrant", "more than 250", 250.0, "more_than"),
                reading(1, "migrant", "238", 238.0, "exact"),
            ],
            &[],
        );
        assert_eq!(g[0].verdict, Verdict::Differ);
        assert!((g[0].spread - 12.0 / 250.0).abs() < 1e-9);
    }

    #[test]
    fn merges_join_groups_and_disputes_sort_first() {
        let a = reading(0, "migrant", "250", 250.0, "exact");
        let b = reading(1, "deportee", "261", 261.0, "exact");
        let c = reading(2, "approval", "85%", 85.0, "exact");
        let merge = vec![(a.key.clone(), b.key.clone())];
        let g = run(vec![c.clone(), a.clone(), b.clone()], &merge);
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
    fn years_are_left_out_and_magnitudes_and_ages_are_their_own_kinds() {
        assert_eq!(compared_kind("count", "2011", 2011.0, "release date"), None);
        assert_eq!(
            compared_kind("count", "5.6", 5.6, "magnitude earthquake hit"),
            Some(("magnitude".into(), "magnitude".into()))
        );
        assert_eq!(
            compared_kind("count", "33", 33.0, "year-old"),
            Some(("age".into(), "age".into()))
        );
        assert_eq!(
            compared_kind("count", "2,011", 2011.0, "migrant"),
            Some(("count".into(), "migrant".into()))
        );
    }

    #[test]
    fn confidence_grows_with_the_gap_and_copies_count_once() {
        let g = run(
            vec![
                reading(0, "death", "41", 41.0, "exact"),
                reading(1, "death", "43", 43.0, "exact"),
            ],
            &[],
        );
        assert_eq!(g[0].verdict, Verdict::Differ);
        let near = g[0].confidence;
        let g = run(
            vec![
                reading(0, "death", "41", 41.0, "exact"),
                reading(1, "death", "71", 71.0, "exact"),
            ],
            &[],
        );
        let far = g[0].confidence;
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
