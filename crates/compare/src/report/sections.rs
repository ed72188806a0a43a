//! What the report shows and in which order, shared by the Markdown and HTML renderers
//! so both always list the same things.

use std::collections::HashMap;

use crate::model::{Alignment, Comparison, Coverage, Relation, StatGroup, Verdict};

/// Most disputed statistics shown (all of them in any realistic comparison).
pub const DISPUTED_SHOWN: usize = 200;
/// Most agreeing statistics shown.
pub const AGREEING_SHOWN: usize = 50;
/// Most single-source statistics shown.
pub const SINGLE_SOURCE_SHOWN: usize = 20;
/// Most aligned pairs shown for each kind of difference.
pub const DIFFERING_PAIRS_SHOWN: usize = 100;
/// Most agreeing aligned pairs shown.
pub const AGREEING_PAIRS_SHOWN: usize = 30;
/// Most entities shown in the coverage matrix.
pub const ENTITIES_SHOWN: usize = 50;

/// The first items of a list, and how many were left out.
#[derive(Debug)]
pub struct Capped<'a, T> {
    /// The items shown, in the comparison's order.
    pub shown: Vec<&'a T>,
    /// How many more there are.
    pub left_out: usize,
}

impl<'a, T> Capped<'a, T> {
    fn of(items: impl Iterator<Item = &'a T>, limit: usize) -> Self {
        let mut shown = Vec::new();
        let mut left_out = 0;
        for item in items {
            if shown.len() < limit {
                shown.push(item);
            } else {
                left_out += 1;
            }
        }
        Capped { shown, left_out }
    }

    /// How many there are in all.
    pub fn total(&self) -> usize {
        self.shown.len() + self.left_out
    }
}

/// The aligned pairs of one relation.
#[derive(Debug)]
pub struct PairGroup<'a> {
    /// How the pairs relate.
    pub relation: Relation,
    /// The pairs.
    pub pairs: Capped<'a, Alignment>,
}

/// One entity's row of the coverage matrix.
#[derive(Debug)]
pub struct EntityRow<'a> {
    /// Display name.
    pub name: &'a str,
    /// Entity label.
    pub label: &'a str,
    /// One cell per column source; `None` where that source never mentions it.
    pub cells: Vec<Option<&'a Coverage>>,
    /// The source that mentions it earliest (smallest first position), if any.
    pub earliest: Option<&'a str>,
}

/// Entities × sources: who mentions whom.
#[derive(Debug)]
pub struct CoverageMatrix<'a> {
    /// Column sources.
    pub sources: Vec<&'a str>,
    /// Rows in the comparison's order (most widely covered first).
    pub rows: Vec<EntityRow<'a>>,
    /// Entities not shown.
    pub left_out: usize,
}

/// Everything the report shows, in report order.
#[derive(Debug)]
pub struct Sections<'a> {
    /// Statistics whose sources differ.
    pub disputed: Capped<'a, StatGroup>,
    /// Statistics whose sources agree.
    pub agreeing: Capped<'a, StatGroup>,
    /// Statistics only one source reports.
    pub single_source: Capped<'a, StatGroup>,
    /// Aligned claims: figures differ, hedging differs, attribution differs, agree.
    pub pairs: Vec<PairGroup<'a>>,
    /// The coverage matrix.
    pub coverage: CoverageMatrix<'a>,
}

impl<'a> Sections<'a> {
    /// Splits a comparison into the report's sections.
    pub fn of(c: &'a Comparison) -> Self {
        let stats = |verdict: Verdict, limit: usize| {
            Capped::of(c.statistics.iter().filter(|g| g.verdict == verdict), limit)
        };
        let pairs = [
            Relation::DifferFigures,
            Relation::DifferHedging,
            Relation::DifferAttribution,
            Relation::Agree,
        ]
        .into_iter()
        .map(|relation| {
            let limit = if relation == Relation::Agree {
                AGREEING_PAIRS_SHOWN
            } else {
                DIFFERING_PAIRS_SHOWN
            };
            PairGroup {
                relation,
                pairs: Capped::of(
                    c.alignments.iter().filter(|a| a.relation == relation),
                    limit,
                ),
            }
        })
        .collect();
        Sections {
            disputed: stats(Verdict::Differ, DISPUTED_SHOWN),
            agreeing: stats(Verdict::Agree, AGREEING_SHOWN),
            single_source: stats(Verdict::SingleSource, SINGLE_SOURCE_SHOWN),
            pairs,
            coverage: coverage_matrix(c),
        }
    }
}

/// A heading for the aligned pairs of one relation.
pub fn relation_title(relation: Relation) -> &'static str {
    match relation {
        Relation::DifferFigures => "Figures differ",
        Relation::DifferHedging => "Hedging differs",
        Relation::DifferAttribution => "Attribution differs",
        Relation::Agree => "Agree",
    }
}

/// A heading word for a verdict.
pub fn verdict_title(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Differ => "disputed",
        Verdict::Agree => "agree",
        Verdict::SingleSource => "single source",
    }
}

/// What a statistic is about, for a heading: subject, period and unit where known.
pub fn stat_context(group: &StatGroup) -> Vec<(&'static str, &str)> {
    let mut parts = Vec::new();
    if let Some(subject) = &group.subject_key {
        parts.push(("subject", subject.as_str()));
    }
    if let Some(period) = &group.period {
        parts.push(("period", period.as_str()));
    }
    match &group.unit {
        Some(unit) => parts.push(("unit", unit.as_str())),
        None => parts.push(("kind", group.kind.as_str())),
    }
    parts
}

fn coverage_matrix(c: &Comparison) -> CoverageMatrix<'_> {
    let mut sources: Vec<&str> = c.sources.iter().map(String::as_str).collect();
    for row in &c.coverage {
        if !sources.contains(&row.source.as_str()) {
            sources.push(&row.source);
        }
    }
    let column: HashMap<&str, usize> = sources.iter().enumerate().map(|(i, s)| (*s, i)).collect();

    let mut order: Vec<&str> = Vec::new();
    let mut by_entity: HashMap<&str, Vec<&Coverage>> = HashMap::new();
    for row in &c.coverage {
        by_entity
            .entry(&row.entity_key)
            .or_insert_with(|| {
                order.push(&row.entity_key);
                Vec::new()
            })
            .push(row);
    }
    let left_out = order.len().saturating_sub(ENTITIES_SHOWN);
    let rows = order
        .into_iter()
        .take(ENTITIES_SHOWN)
        .filter_map(|key| {
            let rows = by_entity.get(key)?;
            let first = rows.first()?;
            let mut cells = vec![None; sources.len()];
            for row in rows {
                if let Some(&i) = column.get(row.source.as_str()) {
                    cells[i] = Some(*row);
                }
            }
            let earliest = rows
                .iter()
                .min_by(|a, b| {
                    a.first_position
                        .total_cmp(&b.first_position)
                        .then(a.first_sentence.cmp(&b.first_sentence))
                        .then(a.source.cmp(&b.source))
                })
                .map(|row| row.source.as_str());
            Some(EntityRow {
                name: &first.canonical_name,
                label: &first.label,
                cells,
                earliest,
            })
        })
        .collect();
    CoverageMatrix {
        sources,
        rows,
        left_out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample::sample;

    #[test]
    fn statistics_are_split_by_verdict_in_order() {
        let c = sample();
        let s = Sections::of(&c);
        assert!(s.disputed.total() >= 1);
        assert!(s
            .disputed
            .shown
            .iter()
            .all(|g| g.verdict == Verdict::Differ));
        assert!(s.agreeing.shown.iter().all(|g| g.verdict == Verdict::Agree));
        assert!(s
            .single_source
            .shown
            .iter()
            .all(|g| g.verdict == Verdict::SingleSource));
        assert_eq!(
            s.disputed.total() + s.agreeing.total() + s.single_source.total(),
            c.statistics.len()
        );
    }

    #[test]
    fn single_source_statistics_are_capped() {
        let mut c = sample();
        let single = c
            .statistics
            .iter()
            .find(|g| g.verdict == Verdict::SingleSource)
            .cloned()
            .expect("the sample has a single-source statistic");
        c.statistics = vec![single; SINGLE_SOURCE_SHOWN + 7];
        let s = Sections::of(&c);
        assert_eq!(s.single_source.shown.len(), SINGLE_SOURCE_SHOWN);
        assert_eq!(s.single_source.left_out, 7);
    }

    #[test]
    fn pairs_come_in_relation_order() {
        let c = sample();
        let s = Sections::of(&c);
        let relations: Vec<Relation> = s.pairs.iter().map(|p| p.relation).collect();
        assert_eq!(
            relations,
            vec![
                Relation::DifferFigures,
                Relation::DifferHedging,
                Relation::DifferAttribution,
                Relation::Agree
            ]
        );
        let listed: usize = s.pairs.iter().map(|p| p.pairs.total()).sum();
        assert_eq!(listed, c.alignments.len());
    }

    #[test]
    fn coverage_matrix_has_one_row_per_entity_and_the_earliest_source() {
        let c = sample();
        let m = Sections::of(&c).coverage;
        assert_eq!(m.sources.len(), c.sources.len());
        let mut keys: Vec<&str> = c.coverage.iter().map(|r| r.entity_key.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(m.rows.len(), keys.len());
        for row in &m.rows {
            let earliest = row.earliest.expect("every row has a source");
            let best = row
                .cells
                .iter()
                .flatten()
                .map(|cell| cell.first_position)
                .fold(f64::INFINITY, f64::min);
            let earliest_cell = row
                .cells
                .iter()
                .flatten()
                .find(|cell| cell.source == earliest)
                .expect("the earliest source has a cell");
            assert_eq!(earliest_cell.first_position, best);
        }
    }

    #[test]
    fn unknown_coverage_sources_get_a_column() {
        let mut c = sample();
        let mut extra = c.coverage[0].clone();
        extra.source = "Not in the source list".to_string();
        c.coverage.push(extra);
        let m = Sections::of(&c).coverage;
        assert_eq!(m.sources.len(), c.sources.len() + 1);
        assert!(m.rows[0].cells.last().is_some_and(|cell| cell.is_some()));
    }
}
