//! The one walk through the report's parts, shared by the Markdown and HTML renderers:
//! [`render`] visits the [`Sections`] in report order and tells a [`Render`] what to
//! write, so a new section or a new order is written once, here.

use super::sections::{Capped, CoverageMatrix, Sections};
use crate::model::{Alignment, Comparison, Relation, StatGroup};

/// A part of the report with a heading of its own, in report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Statistics whose sources differ.
    Disputed,
    /// Statistics whose sources agree.
    Agreeing,
    /// Statistics only one source reports.
    SingleSource,
    /// Aligned claims.
    Claims,
    /// Who mentions whom.
    Coverage,
}

impl Part {
    /// The part's heading (without its count).
    pub fn title(self) -> &'static str {
        match self {
            Part::Disputed => "Disputed statistics",
            Part::Agreeing => "Agreeing statistics",
            Part::SingleSource => "Single-source statistics",
            Part::Claims => "Claims alignment",
            Part::Coverage => "Entity coverage",
        }
    }

    /// A short stable name for the part, used as its anchor in the page.
    pub fn anchor(self) -> &'static str {
        match self {
            Part::Disputed => "disputed",
            Part::Agreeing => "agreeing",
            Part::SingleSource => "single-source",
            Part::Claims => "claims",
            Part::Coverage => "coverage",
        }
    }
}

/// One output format of the report. [`render`] calls these in report order; each
/// writes its piece to the format's own buffer.
pub trait Render {
    /// What the comparison covers: runs, documents, sources, stories.
    fn header(&mut self, c: &Comparison);
    /// A part's heading with how many things it has in all.
    fn part_start(&mut self, part: Part, total: usize);
    /// The line of a part that has nothing to show.
    fn none(&mut self);
    /// Closes a part.
    fn part_end(&mut self);
    /// One disputed or agreeing statistic with its figures.
    fn stat_group(&mut self, group: &StatGroup);
    /// The table of single-source statistics shown.
    fn single_source_table(&mut self, groups: &[&StatGroup]);
    /// The heading of the aligned pairs of one relation.
    fn pair_group_start(&mut self, relation: Relation, total: usize);
    /// One aligned pair of claims.
    fn alignment(&mut self, pair: &Alignment);
    /// Closes the pairs of one relation.
    fn pair_group_end(&mut self);
    /// The entities × sources table.
    fn coverage_table(&mut self, m: &CoverageMatrix<'_>);
    /// Says that `count` more `what` (never zero) are only in the tables.
    fn left_out(&mut self, count: usize, what: &str);
    /// The finished text.
    fn finish(self) -> String;
}

/// The whole report in `format`: a header, then disputed statistics, agreeing
/// statistics, single-source statistics, aligned claims and entity coverage.
pub fn render<R: Render>(c: &Comparison, mut format: R) -> String {
    let s = Sections::of(c);
    format.header(c);
    stat_part(&mut format, Part::Disputed, &s.disputed);
    stat_part(&mut format, Part::Agreeing, &s.agreeing);
    part(
        &mut format,
        Part::SingleSource,
        s.single_source.total(),
        |f| {
            f.single_source_table(&s.single_source.shown);
            left_out(f, s.single_source.left_out, "single-source statistics");
        },
    );
    claims_part(&mut format, &s);
    let m = &s.coverage;
    let entities = m.rows.len() + m.left_out;
    part(&mut format, Part::Coverage, entities, |f| {
        f.coverage_table(m);
        left_out(f, m.left_out, "entities");
    });
    format.finish()
}

/// A part's heading, then its body, or the "none" line where the part shows nothing.
fn part<R: Render>(format: &mut R, part: Part, total: usize, body: impl FnOnce(&mut R)) {
    format.part_start(part, total);
    if total == 0 {
        format.none();
    } else {
        body(format);
    }
    format.part_end();
}

fn stat_part<R: Render>(format: &mut R, which: Part, stats: &Capped<'_, StatGroup>) {
    part(format, which, stats.total(), |f| {
        for group in &stats.shown {
            f.stat_group(group);
        }
        left_out(f, stats.left_out, "statistics");
    });
}

fn claims_part<R: Render>(format: &mut R, s: &Sections<'_>) {
    let total: usize = s.pairs.iter().map(|p| p.pairs.total()).sum();
    part(format, Part::Claims, total, |f| {
        for group in s.pairs.iter().filter(|g| g.pairs.total() > 0) {
            f.pair_group_start(group.relation, group.pairs.total());
            for pair in &group.pairs.shown {
                f.alignment(pair);
            }
            f.pair_group_end();
            left_out(f, group.pairs.left_out, "pairs");
        }
    });
}

fn left_out<R: Render>(format: &mut R, count: usize, what: &str) {
    if count > 0 {
        format.left_out(count, what);
    }
}
