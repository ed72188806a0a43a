//! The HTML report: one self-contained page (inline CSS and SVG, no script, no external
//! resources) that opens from disk without a server or a network.

use std::fmt::Write;

use super::chart;
use super::escape::html as esc;
use super::format;
use super::render::{self, Part, Render};
use super::sections::{self, CoverageMatrix};
use crate::model::{Alignment, ClaimSide, Comparison, Relation, StatGroup, Verdict};

/// The page's style sheet; colors of verdicts match the charts'.
const STYLE: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; font: 14px/1.45 system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #212529; background: #ffffff; }
main { max-width: 1120px; margin: 0 auto; }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 19px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #dee2e6; }
h3 { font-size: 15px; margin: 0 0 4px; }
.summary { display: flex; flex-wrap: wrap; gap: 6px 22px; margin: 0 0 8px; padding: 0; list-style: none; color: #495057; }
.summary b { color: #212529; }
.legend { display: flex; gap: 16px; margin: 4px 0 0; color: #495057; font-size: 13px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 5px; vertical-align: baseline; }
.stat { border: 1px solid #dee2e6; border-left-width: 5px; border-radius: 6px; padding: 12px 14px; margin: 0 0 14px; background: #fff; }
.stat.differ { border-left-color: #c2410c; background: #fff8f3; }
.stat.agree { border-left-color: #2b8a3e; }
.stat-body { display: flex; flex-direction: column; gap: 6px; align-items: flex-start; }
.meta { color: #495057; font-size: 13px; margin: 0 0 8px; }
.badge { display: inline-block; font-size: 11px; font-weight: 600; letter-spacing: .02em; text-transform: uppercase; padding: 1px 7px; border-radius: 9px; margin-right: 6px; vertical-align: 1px; color: #fff; }
.badge.differ { background: #c2410c; }
.badge.agree { background: #2b8a3e; }
.badge.single_source { background: #1864ab; }
table { border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid #e9ecef; vertical-align: top; }
th { color: #495057; font-weight: 600; background: #f8f9fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.figures { min-width: 560px; }
.figures td:first-child { white-space: nowrap; }
details { margin-top: 6px; font-size: 13px; color: #495057; }
details li { margin: 2px 0; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; border: 1px solid #dee2e6; border-radius: 6px; padding: 10px 12px; margin: 0 0 10px; }
.pair .claim { margin: 0; padding: 6px 10px; background: #f8f9fa; border-radius: 4px; }
.pair .source { font-weight: 600; }
.pair .note { color: #495057; font-size: 12px; }
.pair .about { grid-column: 1 / -1; color: #495057; font-size: 13px; }
.pair.differ_figures { border-left: 5px solid #c2410c; }
.pair.differ_hedging, .pair.differ_attribution { border-left: 5px solid #f08c00; }
.pair.agree { border-left: 5px solid #2b8a3e; }
.coverage td.earliest { font-weight: 700; background: #e7f5ff; }
.none, .left-out { color: #868e96; font-style: italic; }
"#;

/// The whole page.
pub fn render(c: &Comparison) -> String {
    render::render(c, Html::new())
}

/// The page written so far.
struct Html {
    out: String,
}

impl Html {
    /// A page with its head and style sheet written.
    fn new() -> Self {
        let mut out = String::with_capacity(32 * 1024);
        out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.push_str("<title>factsift: source comparison</title>\n<style>");
        out.push_str(STYLE);
        out.push_str("</style>\n</head>\n<body>\n<main>\n");
        Html { out }
    }
}

impl Render for Html {
    fn header(&mut self, c: &Comparison) {
        let out = &mut self.out;
        out.push_str("<header>\n<h1>Source comparison</h1>\n<ul class=\"summary\">");
        let runs: Vec<String> = c.runs.iter().map(|r| esc(r)).collect();
        let sources: Vec<String> = c.sources.iter().map(|s| esc(s)).collect();
        let _ = write!(
            out,
            "<li><b>{}</b> documents</li><li><b>{}</b> sources: {}</li><li><b>{}</b> stories</li><li>runs: {}</li><li>claims aligned with {}</li>",
            c.documents,
            c.sources.len(),
            format::list_or_none(&sources),
            c.stories,
            format::list_or_none(&runs),
            format::aligned_with(c)
        );
        out.push_str("</ul>\n<div class=\"legend\">");
        for (verdict, label) in [
            (Verdict::Differ, "disputed"),
            (Verdict::Agree, "agree"),
            (Verdict::SingleSource, "single source"),
        ] {
            let _ = write!(
                out,
                "<span><span class=\"swatch\" style=\"background:{}\"></span>{label}</span>",
                chart::verdict_color(verdict)
            );
        }
        out.push_str(
            "<span>bar: what the wording allows · dot: the figure</span></div>\n</header>\n",
        );
    }

    fn part_start(&mut self, part: Part, total: usize) {
        let _ = writeln!(
            self.out,
            "<section id=\"{}\">\n<h2>{} ({total})</h2>",
            part.anchor(),
            part.title()
        );
    }

    fn none(&mut self) {
        self.out.push_str("<p class=\"none\">None.</p>\n");
    }

    fn part_end(&mut self) {
        self.out.push_str("</section>\n");
    }

    fn stat_group(&mut self, group: &StatGroup) {
        let out = &mut self.out;
        let verdict = group.verdict.as_str();
        let _ = write!(
            out,
            "<article class=\"stat {verdict}\" id=\"{}\">\n<h3><span class=\"badge {verdict}\">{}</span>{}</h3>\n<p class=\"meta\">",
            esc(&group.group_id),
            sections::verdict_title(group.verdict),
            esc(&group.measured),
        );
        for (name, value) in sections::stat_context(group) {
            let _ = write!(out, "{name}: <b>{}</b> · ", esc(value));
        }
        let _ = write!(
            out,
            "spread {} · confidence {} · {} independent of {} sources (wire copies count once)",
            format::percent(group.spread),
            format::percent(group.confidence),
            group.independent_sources,
            group.figures.len()
        );
        let named: Vec<String> = group
            .measured_as
            .iter()
            .filter(|m| **m != group.measured)
            .map(|m| esc(m))
            .collect();
        if !named.is_empty() {
            let _ = write!(out, " · measured as: {}", named.join(", "));
        }
        let _ = write!(
            out,
            " · story {} · {}</p>\n<div class=\"stat-body\">",
            esc(&group.story_id),
            esc(&group.group_id)
        );
        out.push_str(&chart::figure_chart(group));
        out.push_str("<table class=\"figures\"><thead><tr><th>Source</th><th>Figure</th><th class=\"num\">Value</th><th>Qualifier</th><th class=\"num\">Allowed</th><th class=\"num\">Mentions</th></tr></thead><tbody>");
        for f in &group.figures {
            let value = format::value(f.value, f.value_max);
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                esc(&f.source),
                esc(&f.text),
                esc(&value),
                esc(&f.qualifier),
                esc(&format::interval(f.low, f.high)),
                f.mentions
            );
        }
        out.push_str("</tbody></table></div>\n<details><summary>Sentences</summary><ul>");
        for f in &group.figures {
            let _ = write!(
                out,
                "<li><b>{}</b>: {}</li>",
                esc(&f.source),
                esc(&f.sentence)
            );
        }
        out.push_str("</ul></details>\n</article>\n");
    }

    fn single_source_table(&mut self, groups: &[&StatGroup]) {
        let out = &mut self.out;
        out.push_str("<table><thead><tr><th>Measured</th><th>Subject</th><th>Period</th><th>Unit</th><th>Source</th><th>Figure</th><th class=\"num\">Value</th><th>Qualifier</th></tr></thead><tbody>");
        for group in groups {
            for f in &group.figures {
                let _ = write!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                    esc(&group.measured),
                    esc(group.subject_key.as_deref().unwrap_or("")),
                    esc(group.period.as_deref().unwrap_or("")),
                    esc(group.unit.as_deref().unwrap_or(&group.kind)),
                    esc(&f.source),
                    esc(&f.text),
                    esc(&format::number(f.value)),
                    esc(&f.qualifier)
                );
            }
        }
        out.push_str("</tbody></table>\n");
    }

    fn pair_group_start(&mut self, relation: Relation, total: usize) {
        let _ = writeln!(
            self.out,
            "<h3>{} ({total})</h3>",
            sections::relation_title(relation)
        );
    }

    fn alignment(&mut self, pair: &Alignment) {
        let out = &mut self.out;
        let _ = write!(
            out,
            "<div class=\"pair {}\" id=\"{}\">",
            pair.relation.as_str(),
            esc(&pair.pair_id)
        );
        claim_side(out, &pair.a);
        claim_side(out, &pair.b);
        let _ = write!(
            out,
            "<div class=\"about\">{}{}similarity {:.2}",
            esc(&pair.detail),
            if pair.detail.is_empty() { "" } else { " · " },
            pair.similarity
        );
        if !pair.shared_entities.is_empty() {
            let shared: Vec<String> = pair.shared_entities.iter().map(|e| esc(e)).collect();
            let _ = write!(out, " · shared: {}", shared.join(", "));
        }
        out.push_str("</div></div>\n");
    }

    fn pair_group_end(&mut self) {}

    fn coverage_table(&mut self, m: &CoverageMatrix<'_>) {
        let out = &mut self.out;
        out.push_str("<p class=\"meta\">Mentions per source (documents in parentheses); the highlighted cell is the source that mentions the entity earliest.</p>\n");
        out.push_str("<table class=\"coverage\"><thead><tr><th>Entity</th><th>Label</th>");
        for source in &m.sources {
            let _ = write!(out, "<th class=\"num\">{}</th>", esc(source));
        }
        out.push_str("<th>Earliest</th></tr></thead><tbody>");
        for row in &m.rows {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td>",
                esc(row.name),
                esc(row.label)
            );
            for cell in &row.cells {
                match cell {
                    Some(c) if Some(c.source.as_str()) == row.earliest => {
                        let _ = write!(
                            out,
                            "<td class=\"num earliest\">{} ({})</td>",
                            c.mentions, c.docs
                        );
                    }
                    Some(c) => {
                        let _ = write!(out, "<td class=\"num\">{} ({})</td>", c.mentions, c.docs);
                    }
                    None => out.push_str("<td class=\"num\">–</td>"),
                }
            }
            let _ = write!(out, "<td>{}</td></tr>", esc(row.earliest.unwrap_or("")));
        }
        out.push_str("</tbody></table>\n");
    }

    fn left_out(&mut self, count: usize, what: &str) {
        let _ = writeln!(
            self.out,
            "<p class=\"left-out\">{count} more {what} not shown here; the tables have them all.</p>"
        );
    }

    fn finish(mut self) -> String {
        self.out.push_str("</main>\n</body>\n</html>\n");
        self.out
    }
}

fn claim_side(out: &mut String, side: &ClaimSide) {
    let _ = write!(
        out,
        "<blockquote class=\"claim\"><div class=\"source\">{}</div><div>{}</div>",
        esc(&side.source),
        esc(&side.text)
    );
    let notes = format::claim_notes(side, esc);
    if !notes.is_empty() {
        let _ = write!(out, "<div class=\"note\">{}</div>", notes.join(" · "));
    }
    out.push_str("</blockquote>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample::sample;

    fn position(page: &str, needle: &str) -> usize {
        page.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in page"))
    }

    #[test]
    fn disputed_statistics_come_first_with_a_chart_each() {
        let page = render(&sample());
        let disputed = position(&page, "<h2>Disputed statistics (2)</h2>");
        let agreeing = position(&page, "<h2>Agreeing statistics (2)</h2>");
        let single = position(&page, "<h2>Single-source statistics (2)</h2>");
        let claims = position(&page, "<h2>Claims alignment (4)</h2>");
        let coverage = position(&page, "<h2>Entity coverage (3)</h2>");
        assert!(disputed < agreeing && agreeing < single && single < claims && claims < coverage);
        // Both disputed statistics sit between their heading and the next, each with an SVG
        // drawn in the disputed color.
        let section = &page[disputed..agreeing];
        assert_eq!(section.matches("<article class=\"stat differ\"").count(), 2);
        assert_eq!(section.matches("<svg ").count(), 2);
        assert!(section.contains(chart::DISPUTED_COLOR));
        assert!(section.find("id=\"s0001\"") < section.find("id=\"s0002\""));
    }

    #[test]
    fn page_is_self_contained() {
        let page = render(&sample());
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.trim_end().ends_with("</html>"));
        for forbidden in [
            "http://", "https://", "<script", "<link", "src=", "url(", "@import", "//fonts",
        ] {
            assert!(!page.contains(forbidden), "{forbidden} in page");
        }
        assert_eq!(page.matches("<style>").count(), 1);
    }

    #[test]
    fn untrusted_text_is_escaped_everywhere() {
        let mut c = sample();
        let hostile = "<script>alert(\"x\")</script>";
        c.sources[0] = hostile.to_string();
        c.statistics[0].figures[0].source = hostile.to_string();
        c.statistics[0].figures[0].sentence = hostile.to_string();
        c.statistics[0].measured = hostile.to_string();
        c.alignments[0].a.text = hostile.to_string();
        c.coverage[0].canonical_name = hostile.to_string();
        c.runs[0] = "runs/<img onerror=x>".to_string();
        let page = render(&c);
        assert!(!page.contains("<script"), "raw script tag in page");
        assert!(!page.contains("<img"), "raw img tag in page");
        assert!(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    }

    #[test]
    fn figures_are_listed_with_readable_numbers() {
        let page = render(&sample());
        assert!(page.contains("<td>The Guardian</td><td>more than 300 migrants</td><td class=\"num\">300</td><td>more_than</td><td class=\"num\">[300, ∞)</td>"));
        assert!(page.contains("<td class=\"num\">6,000,000</td>"));
        assert!(page.contains("<td class=\"num\">85.2</td>"));
    }

    #[test]
    fn claims_and_coverage_are_shown() {
        let page = render(&sample());
        let figures = position(&page, "<h3>Figures differ (1)</h3>");
        let hedging = position(&page, "<h3>Hedging differs (1)</h3>");
        let agree = position(&page, "<h3>Agree (1)</h3>");
        assert!(figures < hedging && hedging < agree);
        assert!(page.contains("<div class=\"note\">hedged: reportedly</div>"));
        assert!(page
            .contains("<div class=\"about\">238 vs 250 · similarity 0.86 · shared: mexico</div>"));
        // Reuters mentions Mexico earliest (first_position 0).
        assert!(page.contains("<td class=\"num\">9 (1)</td><td class=\"num earliest\">5 (1)</td><td class=\"num\">4 (1)</td><td>Reuters</td>"));
    }

    #[test]
    fn odd_numbers_never_print_nan_or_inf() {
        let mut c = sample();
        let figure = &mut c.statistics[0].figures[0];
        figure.value = f64::NAN;
        figure.low = f64::NEG_INFINITY;
        figure.high = f64::NAN;
        c.statistics[1].spread = f64::NAN;
        let page = render(&c);
        assert!(!page.contains("NaN"));
        assert!(
            !page.contains("inf"),
            "Rust's infinity spelling in the page"
        );
        assert!(page.contains("<td class=\"num\">n/a</td>"));
        assert!(page.contains("(−∞, n/a)"));
    }

    #[test]
    fn an_empty_comparison_still_renders() {
        let page = render(&Comparison::default());
        assert!(page.contains("<h2>Disputed statistics (0)</h2>\n<p class=\"none\">None.</p>"));
        assert!(!page.contains("<svg"));
    }
}
