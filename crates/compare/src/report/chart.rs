//! A small inline SVG chart for one statistic: one row per source, the interval its
//! wording allows as a bar and its value as a dot, on one shared axis.
//!
//! The SVG is meant to be inlined in the HTML report, so it carries no namespace URL.

use std::fmt::Write;

use super::escape;
use super::format;
use crate::model::{SourceFigure, StatGroup, Verdict};

/// Fill of disputed statistics (also what the screenshot test looks for).
pub const DISPUTED_COLOR: &str = "#e8590c";
/// Fill of agreeing statistics.
pub const AGREE_COLOR: &str = "#2f9e44";
/// Fill of single-source statistics.
pub const SINGLE_SOURCE_COLOR: &str = "#1c7ed6";

/// Width of the whole chart.
const WIDTH: f64 = 560.0;
/// Left end of the plot (source names sit to its left).
const PLOT_X0: f64 = 170.0;
/// Right end of the plot.
const PLOT_X1: f64 = 540.0;
/// Space above the first row.
const TOP: f64 = 8.0;
/// Height of one source's row.
const ROW_H: f64 = 24.0;
/// Space below the rows for the axis and its labels.
const AXIS_H: f64 = 28.0;
/// Half the height of an interval bar.
const BAR_HALF: f64 = 5.0;
/// Length of the arrow drawn at an open (infinite) end.
const ARROW: f64 = 7.0;
/// Most characters of a source name shown left of its row.
const LABEL_CHARS: usize = 24;

/// The color a verdict is drawn in.
pub fn verdict_color(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Differ => DISPUTED_COLOR,
        Verdict::Agree => AGREE_COLOR,
        Verdict::SingleSource => SINGLE_SOURCE_COLOR,
    }
}

/// The chart of one statistic as an `<svg>` element with width, height and viewBox.
pub fn figure_chart(group: &StatGroup) -> String {
    let scale = Scale::fit(&group.figures);
    let rows: Vec<Row> = group
        .figures
        .iter()
        .map(|f| Row::place(f, &scale))
        .collect();
    let row_count = rows.len().max(1) as f64;
    let axis_y = TOP + row_count * ROW_H + 4.0;
    let height = axis_y + AXIS_H;
    let color = verdict_color(group.verdict);

    let mut svg = String::with_capacity(1024 + rows.len() * 600);
    let _ = write!(
        svg,
        r#"<svg class="chart" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="{label}">"#,
        w = WIDTH,
        h = coord(height),
        label = escape::html(&format!(
            "{} by source, {}",
            group.measured,
            group.verdict.as_str()
        )),
    );
    // Axis line, ticks and tick labels.
    let _ = write!(
        svg,
        r##"<line x1="{x0}" y1="{y}" x2="{x1}" y2="{y}" stroke="#868e96" stroke-width="1"/>"##,
        x0 = PLOT_X0,
        x1 = PLOT_X1,
        y = coord(axis_y),
    );
    for tick in scale.ticks() {
        let x = coord(scale.x(tick));
        let _ = write!(
            svg,
            r##"<line x1="{x}" y1="{y0}" x2="{x}" y2="{y1}" stroke="#dee2e6" stroke-width="1"/><text x="{x}" y="{ty}" font-size="11" fill="#495057" text-anchor="middle">{label}</text>"##,
            y0 = coord(TOP),
            y1 = coord(axis_y + 4.0),
            ty = coord(axis_y + 17.0),
            label = escape::html(&format::number(tick)),
        );
    }
    for (i, (row, figure)) in rows.iter().zip(&group.figures).enumerate() {
        let y = TOP + i as f64 * ROW_H + ROW_H / 2.0;
        row.draw(&mut svg, figure, y, color);
    }
    svg.push_str("</svg>");
    svg
}

/// Where one figure lands on the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Row {
    /// Left end of the interval bar.
    bar_x0: f64,
    /// Right end of the interval bar.
    bar_x1: f64,
    /// The interval is open to the left (low is -inf).
    open_left: bool,
    /// The interval is open to the right (high is +inf).
    open_right: bool,
    /// The value's dot, if the value is a number.
    dot_x: Option<f64>,
    /// The dot of a range's upper bound.
    dot_max_x: Option<f64>,
}

impl Row {
    fn place(figure: &SourceFigure, scale: &Scale) -> Row {
        let open_left = figure.low == f64::NEG_INFINITY;
        let open_right = figure.high == f64::INFINITY;
        let mut bar_x0 = if figure.low.is_nan() {
            scale.x(figure.value)
        } else {
            scale.x(figure.low)
        };
        let mut bar_x1 = if figure.high.is_nan() {
            scale.x(figure.value)
        } else {
            scale.x(figure.high)
        };
        if bar_x1 < bar_x0 {
            std::mem::swap(&mut bar_x0, &mut bar_x1);
        }
        // A very narrow interval stays visible.
        if bar_x1 - bar_x0 < 2.0 {
            let mid = (bar_x0 + bar_x1) / 2.0;
            bar_x0 = (mid - 1.0).max(PLOT_X0);
            bar_x1 = (mid + 1.0).min(PLOT_X1);
        }
        let dot = |v: f64| v.is_finite().then(|| scale.x(v));
        Row {
            bar_x0,
            bar_x1,
            open_left,
            open_right,
            dot_x: dot(figure.value),
            dot_max_x: figure
                .value_max
                .filter(|m| *m != figure.value)
                .and_then(dot),
        }
    }

    fn draw(&self, svg: &mut String, figure: &SourceFigure, y: f64, color: &str) {
        let _ = write!(
            svg,
            r##"<g><title>{title}</title><text x="{lx}" y="{ty}" font-size="12" fill="#212529" text-anchor="end">{label}</text>"##,
            title = escape::html(&format!(
                "{}: {} (value {}, {}, allowed {})",
                figure.source,
                figure.text,
                format::number(figure.value),
                figure.qualifier,
                format::interval(figure.low, figure.high)
            )),
            lx = coord(PLOT_X0 - 10.0),
            ty = coord(y + 4.0),
            label = escape::html(&format::truncate(&figure.source, LABEL_CHARS)),
        );
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{color}" fill-opacity="0.28"/>"#,
            x = coord(self.bar_x0),
            y = coord(y - BAR_HALF),
            w = coord(self.bar_x1 - self.bar_x0),
            h = coord(2.0 * BAR_HALF),
        );
        // Closed ends get a cap; open ends an arrow pointing off the chart.
        if self.open_left {
            arrow(svg, self.bar_x0, y, -1.0, color);
        } else {
            cap(svg, self.bar_x0, y, color);
        }
        if self.open_right {
            arrow(svg, self.bar_x1, y, 1.0, color);
        } else {
            cap(svg, self.bar_x1, y, color);
        }
        if let (Some(x0), Some(x1)) = (self.dot_x, self.dot_max_x) {
            let _ = write!(
                svg,
                r#"<line x1="{x0}" y1="{y}" x2="{x1}" y2="{y}" stroke="{color}" stroke-width="3"/>"#,
                x0 = coord(x0),
                x1 = coord(x1),
                y = coord(y),
            );
        }
        for x in [self.dot_x, self.dot_max_x].into_iter().flatten() {
            let _ = write!(
                svg,
                r##"<circle cx="{x}" cy="{y}" r="5" fill="{color}" stroke="#ffffff" stroke-width="1.5"/>"##,
                x = coord(x),
                y = coord(y),
            );
        }
        svg.push_str("</g>");
    }
}

/// A vertical cap at a closed end of an interval bar.
fn cap(svg: &mut String, x: f64, y: f64, color: &str) {
    let _ = write!(
        svg,
        r#"<line x1="{x}" y1="{y0}" x2="{x}" y2="{y1}" stroke="{color}" stroke-width="2"/>"#,
        x = coord(x),
        y0 = coord(y - BAR_HALF - 2.0),
        y1 = coord(y + BAR_HALF + 2.0),
    );
}

/// An arrow head at an open end, pointing left (`direction` -1) or right (+1); it is
/// drawn inside the plot so it never leaves the chart.
fn arrow(svg: &mut String, x: f64, y: f64, direction: f64, color: &str) {
    let tip = x;
    let base = x - direction * ARROW;
    let _ = write!(
        svg,
        r#"<polygon points="{tip},{y} {base},{top} {base},{bottom}" fill="{color}"/>"#,
        tip = coord(tip),
        base = coord(base),
        y = coord(y),
        top = coord(y - BAR_HALF - 2.0),
        bottom = coord(y + BAR_HALF + 2.0),
    );
}

/// A coordinate with one decimal; never NaN or infinite in the output.
fn coord(v: f64) -> String {
    if v.is_finite() {
        format!("{:.1}", v)
    } else {
        "0".to_string()
    }
}

/// The chart's value axis: a padded domain mapped onto the plot's width.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Scale {
    lo: f64,
    hi: f64,
}

impl Scale {
    /// A domain covering every finite value, bound and range end of the figures, with a
    /// margin so dots do not sit on the chart's edge.
    fn fit(figures: &[SourceFigure]) -> Scale {
        let finite = figures
            .iter()
            .flat_map(|f| [f.value, f.low, f.high, f.value_max.unwrap_or(f.value)])
            .filter(|v| v.is_finite());
        let (min, max) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
        if min > max {
            return Scale { lo: 0.0, hi: 1.0 };
        }
        let span = max - min;
        let pad = if span > f64::EPSILON * max.abs().max(min.abs()) && span.is_finite() {
            span * 0.08
        } else if min != 0.0 {
            min.abs() * 0.1
        } else {
            1.0
        };
        let (lo, hi) = (min - pad, max + pad);
        if lo.is_finite() && hi.is_finite() && hi > lo && (hi - lo).is_finite() {
            Scale { lo, hi }
        } else if (max - min).is_finite() && max > min {
            Scale { lo: min, hi: max }
        } else {
            // Values at the very edge of f64: a unit domain around the smallest one keeps
            // the geometry finite (dots clamp to the plot's edges).
            let lo = if min.is_finite() { min } else { 0.0 };
            Scale {
                lo,
                hi: lo + lo.abs().max(1.0),
            }
        }
    }

    /// The x position of `v`: infinities at the plot's edges, everything clamped to it.
    fn x(&self, v: f64) -> f64 {
        if v == f64::NEG_INFINITY {
            return PLOT_X0;
        }
        if v == f64::INFINITY {
            return PLOT_X1;
        }
        let t = (v - self.lo) / (self.hi - self.lo);
        if !t.is_finite() {
            return (PLOT_X0 + PLOT_X1) / 2.0;
        }
        (PLOT_X0 + t.clamp(0.0, 1.0) * (PLOT_X1 - PLOT_X0)).clamp(PLOT_X0, PLOT_X1)
    }

    /// Round tick values (steps of 1, 2 or 5 times a power of ten) inside the domain.
    fn ticks(&self) -> Vec<f64> {
        let raw = (self.hi - self.lo) / 4.0;
        if !(raw.is_finite() && raw > 0.0) {
            return vec![self.lo];
        }
        let magnitude = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|m| m * magnitude)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * magnitude);
        let first = (self.lo / step).ceil() * step;
        (0..12)
            .map(|i| first + i as f64 * step)
            .take_while(|t| *t <= self.hi)
            .filter(|t| t.is_finite())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample::sample;

    fn figure(source: &str, value: f64, low: f64, high: f64) -> SourceFigure {
        SourceFigure {
            source: source.to_string(),
            doc_id: "d1".to_string(),
            text: format::number(value),
            value,
            value_max: None,
            qualifier: "exact".to_string(),
            low,
            high,
            sentence_id: 0,
            sentence: String::new(),
            mentions: 1,
        }
    }

    fn group_of(figures: Vec<SourceFigure>, verdict: Verdict) -> StatGroup {
        let mut g = sample().statistics[0].clone();
        g.figures = figures;
        g.verdict = verdict;
        g
    }

    fn assert_clean(svg: &str) {
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"), "{svg}");
        for bad in ["NaN", "inf", "http"] {
            assert!(!svg.contains(bad), "{bad} in {svg}");
        }
        assert!(svg.contains("width=\"560\"") && svg.contains("viewBox=\"0 0 560 "));
    }

    fn rows_of(group: &StatGroup) -> Vec<Row> {
        let scale = Scale::fit(&group.figures);
        group
            .figures
            .iter()
            .map(|f| Row::place(f, &scale))
            .collect()
    }

    #[test]
    fn a_value_inside_its_interval_has_its_dot_on_the_bar() {
        let g = group_of(
            vec![
                figure("A", 250.0, 225.0, 275.0),
                figure("B", 238.0, 237.5, 238.5),
            ],
            Verdict::Agree,
        );
        for row in rows_of(&g) {
            let dot = row.dot_x.expect("finite value");
            assert!(row.bar_x0 <= dot && dot <= row.bar_x1, "{row:?}");
            assert!(PLOT_X0 <= row.bar_x0 && row.bar_x1 <= PLOT_X1, "{row:?}");
        }
        let svg = figure_chart(&g);
        assert_clean(&svg);
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(svg.contains(AGREE_COLOR) && !svg.contains(DISPUTED_COLOR));
    }

    #[test]
    fn larger_values_sit_further_right() {
        let g = group_of(
            vec![
                figure("A", 238.0, 237.5, 238.5),
                figure("B", 250.0, 249.5, 250.5),
            ],
            Verdict::Differ,
        );
        let rows = rows_of(&g);
        let (a, b) = (rows[0].dot_x.unwrap_or(0.0), rows[1].dot_x.unwrap_or(0.0));
        assert!(a < b, "{a} {b}");
        // The two disjoint intervals do not overlap on the chart either.
        assert!(rows[0].bar_x1 < rows[1].bar_x0);
        assert!(figure_chart(&g).contains(DISPUTED_COLOR));
    }

    #[test]
    fn infinite_ends_are_clipped_to_the_edge_with_an_arrow() {
        let g = group_of(
            vec![
                figure("more than", 300.0, 300.0, f64::INFINITY),
                figure("fewer than", 100.0, f64::NEG_INFINITY, 100.0),
            ],
            Verdict::Differ,
        );
        let rows = rows_of(&g);
        assert!(rows[0].open_right && !rows[0].open_left);
        assert_eq!(rows[0].bar_x1, PLOT_X1);
        assert!(rows[1].open_left && !rows[1].open_right);
        assert_eq!(rows[1].bar_x0, PLOT_X0);
        let svg = figure_chart(&g);
        assert_clean(&svg);
        assert_eq!(svg.matches("<polygon").count(), 2);
    }

    #[test]
    fn a_single_figure_and_equal_values_have_a_nonzero_domain() {
        for figures in [
            vec![figure("A", 85.2, 85.15, 85.25)],
            vec![figure("A", 6e6, 6e6, 6e6), figure("B", 6e6, 6e6, 6e6)],
            vec![figure("A", 0.0, 0.0, 0.0)],
        ] {
            let g = group_of(figures, Verdict::SingleSource);
            let scale = Scale::fit(&g.figures);
            assert!(scale.hi > scale.lo, "{scale:?}");
            for row in rows_of(&g) {
                let dot = row.dot_x.expect("finite value");
                // The dot sits inside the plot, away from its edges.
                assert!(PLOT_X0 < dot && dot < PLOT_X1, "{row:?}");
                assert!(row.bar_x1 - row.bar_x0 >= 2.0 - 1e-9, "{row:?}");
            }
            let svg = figure_chart(&g);
            assert_clean(&svg);
            assert!(
                svg.matches("<text").count() >= 2,
                "ticks and a label: {svg}"
            );
        }
    }

    #[test]
    fn negative_values_and_ranges_are_drawn() {
        let mut range = figure("C", -0.5, -0.5, -0.3);
        range.value_max = Some(-0.3);
        let g = group_of(
            vec![figure("A", -1.2, -1.25, -1.15), range],
            Verdict::Differ,
        );
        let rows = rows_of(&g);
        let a = rows[0].dot_x.unwrap_or(f64::NAN);
        let (c0, c1) = (
            rows[1].dot_x.unwrap_or(f64::NAN),
            rows[1].dot_max_x.unwrap_or(f64::NAN),
        );
        assert!(a < c0 && c0 < c1, "{rows:?}");
        let svg = figure_chart(&g);
        assert_clean(&svg);
        assert_eq!(svg.matches("<circle").count(), 3);
        assert!(
            svg.contains(">-1<") || svg.contains(">-0.5<"),
            "negative tick labels: {svg}"
        );
    }

    #[test]
    fn hostile_values_never_produce_nan_or_infinity() {
        let g = group_of(
            vec![
                figure("A", f64::MAX, f64::MAX, f64::INFINITY),
                figure("B", -f64::MAX, f64::NEG_INFINITY, -f64::MAX),
                figure("C", f64::NAN, f64::NAN, f64::NAN),
            ],
            Verdict::Differ,
        );
        assert_clean(&figure_chart(&g));
        let empty = group_of(vec![], Verdict::Differ);
        assert_clean(&figure_chart(&empty));
    }

    #[test]
    fn source_names_are_escaped_and_shortened() {
        let g = group_of(
            vec![figure(
                "<script>alert(1)</script> and a very long outlet name",
                1.0,
                0.5,
                1.5,
            )],
            Verdict::SingleSource,
        );
        let svg = figure_chart(&g);
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains('…'));
    }

    #[test]
    fn ticks_are_round_and_inside_the_domain() {
        let scale = Scale {
            lo: 230.0,
            hi: 310.0,
        };
        let ticks = scale.ticks();
        assert_eq!(ticks, vec![240.0, 260.0, 280.0, 300.0]);
        assert!(ticks.iter().all(|t| scale.lo <= *t && *t <= scale.hi));
    }
}
