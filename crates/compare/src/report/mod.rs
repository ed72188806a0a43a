//! The report of `factsift compare`: Markdown for the terminal and `REPORT.md`, and one
//! self-contained HTML page with a small chart for each statistic.
//!
//! Both are built from the same [`Comparison`] and list the same things in the same
//! order ([`sections`], walked once by [`render`]): disputed statistics first, then
//! agreeing and single-source ones, aligned claims (figures differ, hedging differs,
//! attribution differs, agree) and entity coverage.

pub mod chart;
mod escape;
mod format;
pub mod html;
pub mod markdown;
pub mod render;
#[doc(hidden)]
#[cfg(test)]
pub mod sample;
#[cfg(test)]
mod screenshot;
pub mod sections;

use crate::model::Comparison;

/// The Markdown report of a comparison.
pub fn markdown(c: &Comparison) -> String {
    markdown::render(c)
}

/// The HTML report of a comparison: one page with inline CSS and SVG, no script and no
/// external resources.
pub fn html(c: &Comparison) -> String {
    html::render(c)
}
