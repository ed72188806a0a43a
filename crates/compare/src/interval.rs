//! The range of values a written figure allows, once rounding and its
//! qualifier are taken into account.
//!
//! The rounding step comes from the significant figures as written: "250"
//! may be a rounded 248, so it allows [245, 255) (half of the last written
//! non-zero place either side); "two" allows [1.5, 2.5) and "three"
//! [2.5, 3.5), so neighbouring integers never touch. Ranges are half-open
//! and always hold the written value. "about 250" allows a rounding step
//! either side, but no more than a tenth of the value and no less than 2%
//! ([240, 260); "an estimated 100,000" [90,000, 110,000), not [0, 200,000)).
//! "more than 250" allows anything from 250 up, "up to 40,000" anything
//! from 0 to 40,000. Two sources agree on a figure when the value either
//! writes lies in the range the other allows (see [`consistent`]).

/// One figure as two are compared: its value, the range it allows and its
/// qualifier.
pub type Stated<'a> = (f64, &'a Interval, &'a str);

/// True when two figures can state one fact. Two rounded figures are when
/// either's value lies in the other's range; ranges that merely share their
/// edges are not: "130 pounds" allows [125, 135) and "135 pounds" [134.5,
/// 135.5), and one outlet gives 135 where the other gives 130. A bound
/// ("more than 200", "under five minutes") or a vicinity ("roughly $22
/// million", "nearly 250") states no value of its own, so it is consistent
/// with any range it shares a value with ("roughly $22 million" and "$23
/// million").
pub fn consistent(a: Stated<'_>, b: Stated<'_>) -> bool {
    let loose = |(value, range, qualifier): Stated<'_>| {
        range.is_bound(value) || matches!(qualifier, "about" | "almost")
    };
    if loose(a) || loose(b) {
        return a.1.overlaps(b.1);
    }
    a.1.contains(b.0) || b.1.contains(a.0)
}

/// A half-open range `[low, high)` of values; the ends may be infinite. A
/// range with `low == high` holds that one value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// Lowest allowed value.
    pub low: f64,
    /// The end of the range (not itself allowed unless the range is one value).
    pub high: f64,
}

impl Interval {
    /// True when the range allows `x`.
    pub fn contains(&self, x: f64) -> bool {
        (self.low <= x && x < self.high) || (self.low == x && self.high == x)
    }

    /// True when the range is open on one side, or reaches from zero to a
    /// positive `value`: a bound on the value, not its rounding.
    pub fn is_bound(&self, value: f64) -> bool {
        !self.low.is_finite() || !self.high.is_finite() || (self.low <= 0.0 && value > 0.0)
    }

    /// True when the two ranges share at least one value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        if self.low == self.high {
            return other.contains(self.low);
        }
        if other.low == other.high {
            return self.contains(other.low);
        }
        self.low < other.high && other.low < self.high
    }

    /// The values both ranges allow, if any.
    pub fn intersect(&self, other: &Interval) -> Option<Interval> {
        self.overlaps(other).then(|| Interval {
            low: self.low.max(other.low),
            high: self.high.min(other.high),
        })
    }
}

/// Whole numbers below this are told to the unit: their trailing zero is
/// a digit, not rounding ("40", "ten", "twenty").
const TOLD_TO_THE_UNIT: f64 = 100.0;

/// Largest share of the value "about" allows either side (at most one rounding step).
const ABOUT_MAX_SHARE: f64 = 0.1;

/// Smallest share of the value that "about" allows.
const ABOUT_MIN_SHARE: f64 = 0.02;

/// The rounding step the written figure suggests: 10 for "250", 1 for "238",
/// 0.1 for "85.2", 1 (of the multiplier) for "$6 million". `value` is the
/// normalized value, used to scale steps written with a multiplier word.
pub fn rounding_step(text: &str, value: f64) -> f64 {
    step_in_units(text, value, None, false)
}

/// True when a figure has two or more significant digits ("261", "12",
/// "4.6"; not "two" or "300"): small and round figures repeat for different
/// facts, precise ones seldom do. `written` is the number in its own unit
/// (3 for a "three-year" term stored in seconds), so that a spelled-out
/// span steps by its own unit.
pub fn precise(text: &str, value: f64, written: Option<f64>) -> bool {
    value.abs() >= 10.0 * step_in_units(text, value, written, false)
}

/// [`rounding_step`] for a figure whose `value` is in a base unit and
/// `written` is the number as written in its own unit: a spelled-out
/// "two weeks" (1,209,600 s) steps by one week, not by a million seconds.
/// With `to_the_unit`, a whole number below [`TOLD_TO_THE_UNIT`] written
/// without a multiplier word steps by one: a figure stated as such ("40",
/// "ten minutes", "a 40-year-old") is told to the unit, while "about 40"
/// still allows the rounding of its tens.
fn step_in_units(text: &str, value: f64, written: Option<f64>, to_the_unit: bool) -> f64 {
    // The first run of digits (with separators) is the figure as written.
    let digits: String = text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}'))
        .collect();
    let digits = digits.trim_end_matches([',', '.', ' ', '\u{a0}']);
    if digits.is_empty() || value == 0.0 {
        // Spelled-out figure: one unit of its last non-zero place ("two
        // hundred" by 100, "eleven" and "twenty-six" by 1, as written).
        let place = |v: f64| {
            if to_the_unit && v.fract() == 0.0 && v.abs() >= 1.0 && v.abs() < TOLD_TO_THE_UNIT {
                1.0
            } else {
                last_place(v)
            }
        };
        return match written.filter(|w| *w != 0.0 && w.is_finite()) {
            Some(w) => place(w) * (value / w).abs(),
            None => place(value),
        };
    }
    // A decimal part is a comma or period followed by 1–2 digits (or more
    // than 3); a group separator is followed by exactly 3 digits.
    let (int_part, decimals) = split_decimals(digits);
    let written_step: f64 = if decimals > 0 {
        10f64.powi(-(decimals as i32))
    } else {
        let zeros = int_part
            .chars()
            .rev()
            .filter(|c| c.is_ascii_digit())
            .take_while(|&c| c == '0')
            .count();
        let total = int_part.chars().filter(|c| c.is_ascii_digit()).count();
        if zeros == total {
            1.0
        } else {
            10f64.powi(zeros as i32)
        }
    };
    // Scale to the normalized value ("6 million" → step of one million,
    // "135 pounds" → step of one pound in kilograms).
    let number: f64 = parse_written(int_part, digits, decimals);
    // "40" and "10 minutes" are told to the unit; "$20 million" may be rounded
    let scaled_word = written.unwrap_or(value).abs() > number * (1.0 + 1e-9);
    let step = if to_the_unit && decimals == 0 && number < TOLD_TO_THE_UNIT && !scaled_word {
        1.0
    } else {
        written_step
    };
    if number > 0.0 && value.abs() > 0.0 {
        let scale = value.abs() / number;
        if scale.is_finite() && scale > 0.0 {
            return step * scale;
        }
    }
    step
}

/// The place of the last non-zero digit of a whole number (1 for 11, 100
/// for 200); the leading place of a fraction ("half" steps by 0.1).
fn last_place(value: f64) -> f64 {
    if value.fract() != 0.0 || value.abs() < 1.0 || !value.is_finite() {
        return leading_place(value);
    }
    let mut place = 1.0;
    while (value / (place * 10.0)).fract() == 0.0 && place * 10.0 <= value.abs() {
        place *= 10.0;
    }
    place
}

fn leading_place(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return 1.0;
    }
    10f64.powi(value.abs().log10().floor() as i32)
}

fn split_decimals(digits: &str) -> (&str, usize) {
    if let Some(pos) = digits.rfind(['.', ',']) {
        let after = &digits[pos + 1..];
        let n = after.chars().filter(|c| c.is_ascii_digit()).count();
        if n != 3 && n > 0 {
            return (&digits[..pos], n);
        }
    }
    (digits, 0)
}

fn parse_written(int_part: &str, digits: &str, decimals: usize) -> f64 {
    let int: String = int_part.chars().filter(|c| c.is_ascii_digit()).collect();
    let int: f64 = int.parse().unwrap_or(0.0);
    if decimals == 0 {
        return int;
    }
    let frac: String = digits[int_part.len()..]
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect();
    let frac: f64 = frac.parse().unwrap_or(0.0);
    int + frac / 10f64.powi(decimals as i32)
}

/// The range a figure allows. `value_max` is the upper end of a written
/// range. The range always holds the written value.
pub fn allowed(text: &str, value: f64, value_max: Option<f64>, qualifier: &str) -> Interval {
    allowed_in_units(text, value, value_max, qualifier, None)
}

/// [`allowed`] for a `value` in a base unit, with `written`, the number as
/// written in its own unit (see [`step_in_units`]).
pub fn allowed_in_units(
    text: &str,
    value: f64,
    value_max: Option<f64>,
    qualifier: &str,
    written: Option<f64>,
) -> Interval {
    let rounding = step_in_units(text, value, written, false);
    let step = step_in_units(text, value, written, true);
    let top = value_max.unwrap_or(value).max(value);
    let half = step / 2.0;
    let about = rounding
        .min(value.abs() * ABOUT_MAX_SHARE)
        .max(value.abs() * ABOUT_MIN_SHARE);
    let rounded = Interval {
        low: value - half,
        high: top + half,
    };
    let range = match qualifier {
        "about" => Interval {
            low: value - about,
            high: top + about,
        },
        // "nearly 250": a little under 250, or 250 rounded.
        "almost" => Interval {
            low: value - about,
            high: top + half,
        },
        "more_than" => Interval {
            low: value,
            high: f64::INFINITY,
        },
        "at_least" => Interval {
            low: value - half,
            high: f64::INFINITY,
        },
        "less_than" => Interval {
            low: f64::NEG_INFINITY,
            high: top,
        },
        "up_to" | "at_most" => Interval {
            low: if value >= 0.0 { 0.0 } else { f64::NEG_INFINITY },
            high: top + half,
        },
        // exact, just, equal, between: the written figure, rounded.
        _ => rounded,
    };
    // "less than 250" excludes 250 by its wording; every other range must
    // hold the written value (a step that came out wrong never excludes it)
    if qualifier == "less_than" || range.contains(value) {
        range
    } else {
        rounded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelled_out_figures_with_units_step_by_their_own_unit() {
        let week = 604_800.0;
        let two = allowed_in_units("two weeks", 2.0 * week, None, "exact", Some(2.0));
        let three = allowed_in_units("three weeks", 3.0 * week, None, "exact", Some(3.0));
        assert!(!two.overlaps(&three), "{two:?} {three:?}");
        assert!((two.low - 1.5 * week).abs() < 1e-6 && (two.high - 2.5 * week).abs() < 1e-6);
        let year = 31_557_600.0;
        let seven = allowed_in_units("seven years", 7.0 * year, None, "exact", Some(7.0));
        let eight = allowed_in_units("eight-year", 8.0 * year, None, "exact", Some(8.0));
        assert!(!seven.overlaps(&eight));
    }

    #[test]
    fn digits_in_a_unit_smaller_than_the_base_step_in_their_own_unit() {
        // pounds into kilograms: "135 pounds" is 134.5–135.5 lb, not ±0.5 kg
        let lb = 0.453_592_37;
        let weight = allowed_in_units("135 pounds", 135.0 * lb, None, "exact", Some(135.0));
        assert!((weight.low - 134.5 * lb).abs() < 1e-9, "{weight:?}");
        assert!((weight.high - 135.5 * lb).abs() < 1e-9, "{weight:?}");
        let inches = allowed_in_units("0.71 inches", 0.71 * 0.0254, None, "exact", Some(0.71));
        assert!(
            (inches.high - inches.low - 0.01 * 0.0254).abs() < 1e-12,
            "{inches:?}"
        );
    }

    #[test]
    fn rounding_steps_follow_the_written_digits() {
        assert_eq!(rounding_step("250", 250.0), 10.0);
        assert_eq!(rounding_step("238", 238.0), 1.0);
        assert!((rounding_step("85.2 percent", 85.2) - 0.1).abs() < 1e-12);
        assert_eq!(rounding_step("1,659", 1659.0), 1.0);
        assert_eq!(rounding_step("40,000", 40000.0), 10000.0);
        assert_eq!(rounding_step("$6 million", 6e6), 1e6);
        assert_eq!(rounding_step("US$6m", 6e6), 1e6);
        assert!((rounding_step("1.9 per 100,000", 1.9) - 0.1).abs() < 1e-12);
        assert_eq!(rounding_step("two hundred", 200.0), 100.0);
        // "Eleven" is 11 as written, not anything from 6 to 16
        assert_eq!(rounding_step("Eleven", 11.0), 1.0);
        assert_eq!(rounding_step("twenty-six", 26.0), 1.0);
        assert_eq!(rounding_step("twenty", 20.0), 10.0);
        // but a figure of two digits stated as such is told to the unit:
        // "a 40-year-old" is no 36-year-old, "ten minutes" not nine
        let forty = allowed("40-year-old", 40.0, None, "exact");
        assert!(!forty.overlaps(&allowed("36-year-old", 36.0, None, "exact")));
        assert!(!forty.overlaps(&allowed("41-year-old", 41.0, None, "exact")));
        let ten = allowed_in_units("ten minutes", 600.0, None, "exact", Some(10.0));
        assert!(!ten.overlaps(&allowed_in_units(
            "nine minutes",
            540.0,
            None,
            "exact",
            Some(9.0)
        )));
        // "about 40" keeps the rounding of its tens
        assert!(
            allowed("about 40", 40.0, None, "about").overlaps(&allowed("42", 42.0, None, "exact"))
        );
        // "$20 million" may be a rounded 19.6 million
        let twenty = allowed("$20 million", 2e7, None, "exact");
        assert!(twenty.overlaps(&allowed("$19.6 million", 1.96e7, None, "exact")));
        let eleven = allowed("Eleven", 11.0, None, "exact");
        assert!(!eleven.overlaps(&allowed("12", 12.0, None, "exact")));
    }

    #[test]
    fn about_250_agrees_with_248_and_more_than_250_differs_from_238() {
        let about = allowed("about 250", 250.0, None, "about");
        let exact = allowed("248", 248.0, None, "exact");
        assert!(about.overlaps(&exact));
        let more = allowed("More than 250", 250.0, None, "more_than");
        let low = allowed("238", 238.0, None, "exact");
        assert!(!more.overlaps(&low));
        assert!(more.overlaps(&allowed("261", 261.0, None, "exact")));
    }

    #[test]
    fn exact_figures_allow_their_rounding_only() {
        let a = allowed("85%", 85.0, None, "exact");
        assert!(a.overlaps(&allowed("85.2 percent", 85.2, None, "exact")));
        assert!(!a.overlaps(&allowed("87%", 87.0, None, "exact")));
        assert!(
            !allowed("238", 238.0, None, "exact").overlaps(&allowed("261", 261.0, None, "exact"))
        );
        let up_to = allowed("up to 40,000", 40000.0, None, "up_to");
        assert_eq!(up_to.low, 0.0);
        assert!(up_to.overlaps(&allowed("15,000", 15000.0, None, "exact")));
    }

    #[test]
    fn neighbouring_integers_do_not_touch_and_round_numbers_stay_narrow() {
        let two = allowed("two", 2.0, None, "exact");
        let three = allowed("three", 3.0, None, "exact");
        assert!(!two.overlaps(&three));
        assert!(two.contains(2.0) && two.contains(1.5) && !two.contains(2.5));
        let estimate = allowed("an estimated 100,000", 100_000.0, None, "about");
        assert!(estimate.low >= 85_000.0 && estimate.high <= 115_000.0);
        assert!(estimate.contains(100_000.0));
        let about = allowed("about 250", 250.0, None, "about");
        assert!(about.contains(241.0) && about.contains(259.0) && !about.contains(270.0));
        // a point range holds its value
        let point = Interval {
            low: 2.0,
            high: 2.0,
        };
        assert!(point.contains(2.0) && point.overlaps(&two) && !point.overlaps(&three));
    }

    #[test]
    fn rounded_figures_are_consistent_when_either_value_fits_the_other() {
        fn stated<'a>(text: &str, value: f64, qualifier: &'a str) -> (f64, Interval, &'a str) {
            (value, allowed(text, value, None, qualifier), qualifier)
        }
        let (a, ra, qa) = stated("130", 130.0, "exact");
        let (b, rb, qb) = stated("135", 135.0, "exact");
        // [125, 135) and [134.5, 135.5) share an edge, not a figure
        assert!(ra.overlaps(&rb));
        assert!(!consistent((a, &ra, qa), (b, &rb, qb)));
        let (c, rc, qc) = stated("132", 132.0, "exact");
        assert!(consistent((a, &ra, qa), (c, &rc, qc)));
        // a vicinity and a bound are consistent with what they reach
        let (d, rd, qd) = stated("roughly 22", 22.0, "about");
        let (e, re, qe) = stated("23", 23.0, "exact");
        assert!(consistent((d, &rd, qd), (e, &re, qe)));
        let (f, rf, qf) = stated("more than 200", 200.0, "more_than");
        assert!(consistent((f, &rf, qf), (f, &rf, qf)));
        let (g, rg, qg) = stated("199", 199.0, "exact");
        assert!(!consistent((f, &rf, qf), (g, &rg, qg)));
    }

    #[test]
    fn ranges_cover_their_ends() {
        let r = allowed("200-300", 200.0, Some(300.0), "exact");
        assert!(r.low <= 200.0 && r.high >= 300.0);
        assert!(r.overlaps(&allowed("250", 250.0, None, "exact")));
    }
}
