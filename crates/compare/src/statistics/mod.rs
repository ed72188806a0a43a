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

use crate::align;
use crate::facts::{self, ClaimIndex};
use crate::interval::{allowed_in_units, consistent, Interval};
use crate::keys::KeyMap;
use crate::load::{floats, ints, string_lists, strings, CollectWith, RunSet};
use crate::measured::{self, normalize};
use crate::model::{SourceFigure, StatGroup, Verdict};
use crate::stories::Components;

mod evidence;
mod group;
mod read;
#[cfg(test)]
mod tests;
mod verdict;

use evidence::*;
use group::*;
use verdict::*;

pub use evidence::Evidence;
pub use group::group;
pub(crate) use group::periods_fit;
pub use read::{concepts, read, LIST_SIZE};
pub use verdict::{confidence, count_independent, rank, spread, verdict};

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
    /// The year its sentence names, kept where grouping sets the period
    /// aside (an age: "shot in Oct. 2011" dates the event, not a second
    /// age), so that two ages dated apart are not disputed.
    pub dated: Option<String>,
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
