//! The Markdown report, for the terminal and `REPORT.md`.

use std::fmt::Write;

use super::escape::{markdown_cell as cell, markdown_line as line};
use super::format;
use super::render::{self, Part, Render};
use super::sections::{self, CoverageMatrix};
use crate::model::{Alignment, ClaimSide, Comparison, Relation, StatGroup};

/// The whole report: a header, then disputed statistics, agreeing statistics,
/// single-source statistics, aligned claims and entity coverage.
pub fn render(c: &Comparison) -> String {
    render::render(c, Markdown::default())
}

/// The Markdown text written so far.
#[derive(Default)]
struct Markdown {
    out: String,
}

impl Render for Markdown {
    fn header(&mut self, c: &Comparison) {
        let out = &mut self.out;
        out.push_str("# Source comparison\n\n");
        let runs: Vec<String> = c.runs.iter().map(|r| format!("`{}`", line(r))).collect();
        let sources: Vec<String> = c.sources.iter().map(|s| line(s)).collect();
        let _ = writeln!(out, "- Runs: {}", format::list_or_none(&runs));
        let _ = writeln!(out, "- Documents: {}", c.documents);
        let _ = writeln!(
            out,
            "- Sources ({}): {}",
            c.sources.len(),
            format::list_or_none(&sources)
        );
        let _ = writeln!(out, "- Stories: {}", c.stories);
        let _ = writeln!(out, "- Claims aligned with: {}\n", format::aligned_with(c));
    }

    fn part_start(&mut self, part: Part, total: usize) {
        let _ = writeln!(self.out, "## {} ({total})\n", part.title());
    }

    fn none(&mut self) {
        self.out.push_str("None.\n\n");
    }

    fn part_end(&mut self) {}

    fn stat_group(&mut self, group: &StatGroup) {
        let out = &mut self.out;
        let context: Vec<String> = sections::stat_context(group)
            .into_iter()
            .map(|(name, value)| format!("{name}: {}", line(value)))
            .collect();
        let _ = writeln!(
            out,
            "### {} — {}\n",
            line(&group.measured),
            context.join(", ")
        );
        let _ = write!(
            out,
            "`{}` · story `{}` · spread {} · confidence {} · {} independent of {} sources (wire copies count once)",
            line(&group.group_id),
            line(&group.story_id),
            format::percent(group.spread),
            format::percent(group.confidence),
            group.independent_sources,
            group.figures.len()
        );
        let named: Vec<String> = group
            .measured_as
            .iter()
            .filter(|m| **m != group.measured)
            .map(|m| line(m))
            .collect();
        if !named.is_empty() {
            let _ = write!(out, " · measured as: {}", named.join(", "));
        }
        out.push_str("\n\n| Source | Figure | Value | Qualifier | Allowed |\n");
        out.push_str("|---|---|---:|---|---|\n");
        for f in &group.figures {
            let value = format::value(f.value, f.value_max);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(&f.source),
                cell(&f.text),
                value,
                cell(&f.qualifier),
                format::interval(f.low, f.high)
            );
        }
        out.push('\n');
    }

    fn single_source_table(&mut self, groups: &[&StatGroup]) {
        let out = &mut self.out;
        out.push_str(
            "| Measured | Subject | Period | Unit | Source | Figure | Value | Qualifier |\n",
        );
        out.push_str("|---|---|---|---|---|---|---:|---|\n");
        for group in groups {
            for f in &group.figures {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | {} | {} |",
                    cell(&group.measured),
                    cell(group.subject_key.as_deref().unwrap_or("")),
                    cell(group.period.as_deref().unwrap_or("")),
                    cell(group.unit.as_deref().unwrap_or(&group.kind)),
                    cell(&f.source),
                    cell(&f.text),
                    format::number(f.value),
                    cell(&f.qualifier)
                );
            }
        }
        out.push('\n');
    }

    fn pair_group_start(&mut self, relation: Relation, total: usize) {
        let _ = writeln!(
            self.out,
            "### {} ({total})\n",
            sections::relation_title(relation)
        );
    }

    fn alignment(&mut self, pair: &Alignment) {
        let out = &mut self.out;
        let _ = write!(
            out,
            "- `{}` · similarity {:.2}",
            line(&pair.pair_id),
            pair.similarity
        );
        if !pair.detail.is_empty() {
            let _ = write!(out, " · {}", line(&pair.detail));
        }
        if !pair.shared_entities.is_empty() {
            let shared: Vec<String> = pair.shared_entities.iter().map(|e| line(e)).collect();
            let _ = write!(out, " · shared: {}", shared.join(", "));
        }
        out.push('\n');
        claim_side(out, &pair.a);
        claim_side(out, &pair.b);
    }

    fn pair_group_end(&mut self) {
        self.out.push('\n');
    }

    fn coverage_table(&mut self, m: &CoverageMatrix<'_>) {
        let out = &mut self.out;
        out.push_str("Mentions per source (documents in parentheses); `*` marks the source that mentions the entity earliest.\n\n");
        out.push_str("| Entity | Label |");
        for source in &m.sources {
            let _ = write!(out, " {} |", cell(source));
        }
        out.push_str(" Earliest |\n|---|---|");
        for _ in &m.sources {
            out.push_str("---:|");
        }
        out.push_str("---|\n");
        for row in &m.rows {
            let _ = write!(out, "| {} | {} |", cell(row.name), cell(row.label));
            for c in &row.cells {
                match c {
                    Some(c) => {
                        let mark = if Some(c.source.as_str()) == row.earliest {
                            "*"
                        } else {
                            ""
                        };
                        let _ = write!(out, " {}{mark} ({}) |", c.mentions, c.docs);
                    }
                    None => out.push_str(" – |"),
                }
            }
            let _ = writeln!(out, " {} |", cell(row.earliest.unwrap_or("")));
        }
        out.push('\n');
    }

    fn left_out(&mut self, count: usize, what: &str) {
        let _ = writeln!(
            self.out,
            "_{count} more {what} not shown here; the tables have them all._\n"
        );
    }

    fn finish(self) -> String {
        self.out
    }
}

fn claim_side(out: &mut String, side: &ClaimSide) {
    let _ = write!(out, "  - **{}**: {}", line(&side.source), line(&side.text));
    let notes = format::claim_notes(side, line);
    if !notes.is_empty() {
        let _ = write!(out, " _({})_", notes.join("; "));
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Verdict;
    use crate::report::sample::sample;

    fn position(haystack: &str, needle: &str) -> usize {
        haystack
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in report:\n{haystack}"))
    }

    #[test]
    fn sections_come_in_report_order() {
        let md = render(&sample());
        let order = [
            "# Source comparison",
            "## Disputed statistics (2)",
            "### migrant — subject: mexico, period: 2024-06, kind: count",
            "## Agreeing statistics (2)",
            "### payment — subject: mexico, unit: USD",
            "## Single-source statistics (2)",
            "## Claims alignment (4)",
            "### Figures differ (1)",
            "### Hedging differs (1)",
            "### Attribution differs (1)",
            "### Agree (1)",
            "## Entity coverage (3)",
        ];
        let positions: Vec<usize> = order.iter().map(|h| position(&md, h)).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    }

    #[test]
    fn header_says_what_was_compared() {
        let md = render(&sample());
        assert!(md.contains("- Documents: 5\n"));
        assert!(md.contains("- Sources (3): El Diario, Reuters, The Guardian\n"));
        assert!(md.contains("- Stories: 1\n"));
        assert!(md.contains("- Claims aligned with: sentence embeddings\n"));
        assert!(md.contains("`outputs/el-diario`"));
    }

    #[test]
    fn each_source_has_its_figure_line() {
        let md = render(&sample());
        assert!(
            md.contains("| The Guardian | more than 300 migrants | 300 | more_than | [300, ∞) |")
        );
        assert!(md.contains("| El Diario | 238 migrantes | 238 | exact | [237.5, 238.5) |"));
        assert!(md.contains(
            "| El Diario | US$6 millones | 6,000,000 | exact | [5,500,000, 6,500,000) |"
        ));
        assert!(md.contains(
            "| The Guardian | between -0.5% and -0.3% | -0.5 to -0.3 | range | [-0.5, -0.3) |"
        ));
        assert!(md.contains("spread 20.7%"));
        assert!(md.contains("| approval | claudia_sheinbaum | 2024-05 | percent | El Diario | 85.2% | 85.2 | exact |"));
    }

    #[test]
    fn claims_show_both_sides_and_the_difference() {
        let md = render(&sample());
        let pair = position(
            &md,
            "- `a0002` · similarity 0.91 · hedged in The Guardian: reportedly",
        );
        let a = position(&md, "  - **Reuters**: Mexico paid $6m to the contractor.\n");
        let b = position(&md, "  - **The Guardian**: Mexico reportedly paid US$6 million to the contractor. _(hedged: reportedly)_");
        assert!(pair < a && a < b);
        assert!(md.contains("_(speaker: Claudia Sheinbaum)_"));
    }

    #[test]
    fn coverage_matrix_marks_the_earliest_source() {
        let md = render(&sample());
        assert!(md.contains("| Entity | Label | El Diario | Reuters | The Guardian | Earliest |"));
        assert!(md.contains("| Mexico | GPE | 9 (1) | 5* (1) | 4 (1) | Reuters |"));
        assert!(md.contains("| ACNUR | ORG | 2* (1) | – | – | El Diario |"));
    }

    #[test]
    fn pipes_and_line_breaks_do_not_break_tables() {
        let mut c = sample();
        c.statistics[0].figures[0].source = "Left | Right\nOutlet".to_string();
        c.coverage[0].canonical_name = "A|B".to_string();
        let md = render(&c);
        assert!(md.contains("| Left \\| Right Outlet | 238 migrantes |"));
        assert!(md.contains("| A\\|B | GPE |"));
        // Every table row still has the right number of unescaped pipes.
        for row in md.lines().filter(|l| l.starts_with("| Left")) {
            let cells = row.replace("\\|", "").matches('|').count();
            assert_eq!(cells, 6, "{row}");
        }
    }

    #[test]
    fn left_out_statistics_are_counted() {
        let mut c = sample();
        let single = c
            .statistics
            .iter()
            .find(|g| g.verdict == Verdict::SingleSource)
            .cloned()
            .expect("sample has one");
        c.statistics
            .extend(std::iter::repeat_n(single, sections::SINGLE_SOURCE_SHOWN));
        let md = render(&c);
        let total = sections::SINGLE_SOURCE_SHOWN + 2;
        assert!(md.contains(&format!("## Single-source statistics ({total})")));
        assert!(md.contains("_2 more single-source statistics not shown here;"));
    }

    #[test]
    fn an_empty_comparison_still_renders() {
        let md = render(&Comparison::default());
        assert!(md.contains("## Disputed statistics (0)\n\nNone."));
        assert!(md.contains("- Sources (0): none"));
        assert!(md.contains("## Entity coverage (0)\n\nNone."));
    }
}
