//! Each statistic's figures, verdict, confidence and rank.

use super::*;

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
pub(super) fn subject_parts(members: &[Reading]) -> Vec<Option<Option<String>>> {
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
pub(super) fn lists_subjects(rs: &[&Reading]) -> bool {
    let subjects: BTreeSet<&Option<String>> = rs.iter().map(|r| &r.subject_key).collect();
    subjects.len() > 1
        && rs.iter().enumerate().any(|(i, a)| {
            rs[i + 1..]
                .iter()
                .any(|b| a.subject_key != b.subject_key && !a.interval().overlaps(&b.interval()))
        })
}

pub(super) fn summarize(
    members: Vec<Reading>,
    sources: &[String],
    stories: &[String],
) -> StatGroup {
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

pub(super) fn width(i: &Interval) -> f64 {
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
pub(super) fn stated_ends(f: &SourceFigure) -> Option<(f64, f64)> {
    f.value_max
        .filter(|_| f.qualifier == "between")
        .map(|high| (f.value, high))
}

/// How far apart the ends of two stated ranges are, relative to the larger
/// end (0 when both ends are the same, or either figure is no stated range).
pub(super) fn end_difference(a: &SourceFigure, b: &SourceFigure) -> f64 {
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
pub(super) fn ranges_clash(a: &SourceFigure, b: &SourceFigure) -> bool {
    end_difference(a, b) > 1e-9
}

/// The finite width of a range, for weighing a gap against it: an open end
/// counts as a tenth of the value.
pub(super) fn finite_width(i: &Interval, value: f64) -> f64 {
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
