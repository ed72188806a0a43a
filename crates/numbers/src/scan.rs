//! The extractor: walks the tokens of one sentence and builds a
//! [`Quantity`] for every figure, with its unit, qualifier and range. One
//! figure is read in [`amount`].

use super::attach::{self, Suffix};
use super::base::Written;
use super::dates;
use super::lexer::TokKind;
use super::money;
use super::number;
use super::qualifiers;
use super::relative;
use super::tokens::Toks;
use super::units;
use amount::read_amount;
use factsift_core::document::Span;
use factsift_core::quantity::{Flags, Kind, Qualifier, Quantity, Role};
use factsift_core::Language;
use times::{occurrences, repetition};

mod amount;
mod times;

/// A quantity with the tokens it covers, for the linking step.
#[derive(Debug, Clone)]
pub struct Found {
    /// The quantity (spans relative to the sentence).
    pub q: Quantity,
    /// First token of the whole expression.
    pub first: usize,
    /// First token of the amount (after any qualifier).
    pub amount_first: usize,
    /// Last token of the expression.
    pub last: usize,
    /// The unit as written when it is not the base unit `q.unit`.
    pub written: Option<Written>,
}

impl Found {
    /// The low value in the unit as written.
    pub fn written_value(&self) -> Option<f64> {
        match &self.written {
            Some(w) => self.q.value.map(|v| w.back(v)),
            None => self.q.value,
        }
    }
}

fn span(t: &Toks, first: usize, last: usize) -> Span {
    Span::new(t.start(first), t.end(last))
}

/// Extracts the quantities of one sentence; spans are byte offsets into
/// `text`.
pub fn scan(t: &Toks, lang: Language) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    if !may_hold_figures(t, lang) {
        return out;
    }
    let mut skip = non_prose(t);
    super::identifiers::mark(t, lang, &mut skip);
    let mut i = 0;
    while i < t.len() {
        if skip.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        // dates first: "April 2025", "5 de abril de 2025"
        if let Some(d) = dates::read(t, i, lang) {
            let mut q = Quantity::new(span(t, d.first, d.last), Kind::Date, d.year.map(f64::from));
            if d.period.as_deref().is_some_and(|p| p.len() > 4) {
                q.value = None;
            }
            q.period = d.period;
            out.push(Found {
                written: None,
                q,
                first: d.first,
                amount_first: d.first,
                last: d.last,
            });
            i = d.last + 1;
            continue;
        }
        // "the penultimate", "next", "el siguiente"
        if let Some(m) = relative::read(t, i, lang) {
            let mut q = Quantity::new(
                span(t, m.first, m.last),
                Kind::Ordinal,
                Some(m.offset.into()),
            );
            q.unit = Some(m.anchor.unit().to_string());
            q.flags.insert(Flags::RELATIVE);
            out.push(Found {
                written: None,
                q,
                first: m.first,
                amount_first: m.first,
                last: m.last,
            });
            i = m.last + 1;
            continue;
        }
        // "doubled", "halved"
        if let Some((f, dir)) = qualifiers::factor_word(t.word(i)) {
            let mut q = Quantity::new(span(t, i, i), Kind::Factor, Some(f));
            q.unit = Some("times".to_string());
            q.direction = Some(dir);
            q.role = Role::Change;
            out.push(Found {
                written: None,
                q,
                first: i,
                amount_first: i,
                last: i,
            });
            i += 1;
            continue;
        }
        if let Some(f) = repetition(t, i, lang) {
            i = f.last + 1;
            out.push(f);
            continue;
        }
        if let Some(f) = absolute_zero(t, i) {
            i = f.last + 1;
            out.push(f);
            continue;
        }
        if let Some(f) = percent_of(t, i, lang) {
            i = f.last + 1;
            out.push(f);
            continue;
        }
        if let Some(f) = half_of_unit(t, i, lang).or_else(|| unit_with_article(t, i, lang)) {
            let f = qualified(t, f, lang);
            i = f.last + 1;
            out.push(f);
            continue;
        }
        if let Some(f) = read_amount(t, i, lang) {
            i = f.last + 1;
            push_or_merge(&mut out, t, f);
            continue;
        }
        if let Some(f) = bare_percent(t, i, lang) {
            i = f.last + 1;
            out.push(f);
            continue;
        }
        i += 1;
    }
    one_more_of_a_series(t, &mut out);
    occurrences(t, &mut out, lang);
    ages(t, &mut out);
    magnitudes(t, &mut out);
    calibers(t, &mut out);
    classifiers(t, &mut out);
    conversions(t, &mut out);
    dimensions(t, &mut out);
    // a percentage word names the metric of a figure the sentence gives
    // ("un porcentaje del 25%"): only the figure is kept
    if out
        .iter()
        .any(|f| f.q.kind == Kind::Percent && f.q.value.is_some())
    {
        out.retain(|f| !f.q.flags.contains(Flags::NO_VALUE));
    }
    out
}

/// Flags as [`Flags::CONVERSION`] an amount of money or a measure in
/// brackets right after another figure in another currency or unit ("85
/// million euros ($108 million)", "110-billion ($143-billion)", "40 miles
/// (64 km)").
fn conversions(t: &Toks, out: &mut [Found]) {
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let bracketed =
            t.raw(a.last + 1) == "(" && b.first == a.last + 2 && t.raw(b.last + 1) == ")";
        let restates = matches!(b.q.kind, Kind::Money | Kind::Measure)
            && matches!(a.q.kind, Kind::Money | Kind::Measure | Kind::Cardinal)
            && (a.q.kind != b.q.kind || written_unit(a) != written_unit(b));
        if bracketed && restates {
            out[k].q.flags.insert(Flags::CONVERSION);
        }
    }
}

/// Flags as [`Flags::DIMENSIONS`] both numbers of a width × height pair
/// joined by "x", "×" or "by" that a unit of length, a word for a screen
/// or a room, or "measuring" marks as sizes ("2880 by 1800 pixels", "a
/// 2,880 x 1,800 display", "a 10 x 12 foot room", "measuring 3 by 4"); a
/// third side chains on ("10 x 12 x 8 feet"). A number read as a year in
/// such a pair ("1920 × 1080", "by 1600 pixels") is a side, not a date. A
/// lone "by 1,800" or "by 2020" is no pair.
fn dimensions(t: &Toks, out: &mut [Found]) {
    let side = |f: &Found| {
        matches!(
            f.q.kind,
            Kind::Cardinal | Kind::Count | Kind::Measure | Kind::Date
        ) && f.q.value_max.is_none()
            && (f.q.kind != Kind::Date || f.first == f.last)
            && (f.q.kind != Kind::Measure || f.q.unit.as_deref() == Some("metre"))
    };
    let mut chained = false;
    for k in (1..out.len()).rev() {
        let (a, b) = (&out[k - 1], &out[k]);
        let sep = a.last + 1;
        let joined = b.first == sep + 1
            && (t.word(sep) == "x" || t.is(sep, "×") || t.word(sep) == "by")
            && b.q.qualifier == Qualifier::Exact
            && side(a)
            && side(b);
        let before = t.word(a.first.wrapping_sub(1));
        let cued = chained
            || b.q.kind == Kind::Measure
            || size_word(t.word(b.last + 1))
            || matches!(before, "measuring" | "measures" | "measured");
        chained = joined && cued;
        if chained {
            for f in [k - 1, k] {
                let q = &mut out[f].q;
                q.flags.insert(Flags::DIMENSIONS);
                if q.kind == Kind::Date {
                    q.kind = Kind::Cardinal;
                    q.period = None;
                }
            }
        }
    }
}

/// Words after a pair of numbers that make it a size: a unit of length
/// ([`units::lookup`]; "in" is the preposition here: "3 by 2 in
/// overtime") or a thing measured in pixels or floor space.
fn size_word(w: &str) -> bool {
    (w != "in" && units::lookup(w).is_some_and(|u| u.unit == "metre"))
        || matches!(
            w,
            "pixels"
                | "pixel"
                | "px"
                | "resolution"
                | "display"
                | "screen"
                | "monitor"
                | "panel"
                | "image"
                | "room"
        )
}

/// The unit of `f` as written ("mile", "kilometre", "USD", "cent").
fn written_unit(f: &Found) -> Option<&str> {
    f.written
        .as_ref()
        .map(|w| w.unit.as_str())
        .or(f.q.unit.as_deref())
}

/// A quake's magnitude: a number with "magnitude" right before or after it
/// ("magnitude 4.6", "a 4.6-magnitude quake", "4.6 magnitude", "a
/// magnitude of 4.6"), or a decimal below ten right before a word for a
/// quake ("a 4.4 quake") or after "measuring" in a sentence that names one.
fn magnitudes(t: &Toks, out: &mut [Found]) {
    let names_quake = || (0..t.len()).any(|k| is_quake(t.word(k)));
    for f in out.iter_mut() {
        if !matches!(f.q.kind, Kind::Cardinal | Kind::Count) || f.q.role != Role::Level {
            continue;
        }
        let (first, last) = (f.amount_first, f.last);
        let before = t.word(first.wrapping_sub(1));
        let two_before = t.word(first.wrapping_sub(2));
        let glued = t.hyphen_joins(last + 1);
        let after = if glued {
            t.word(last + 2)
        } else {
            t.word(last + 1)
        };
        let written = &t.text[t.start(first)..t.end(last)];
        let decimal = written.contains('.') && f.q.value.is_some_and(|v| v > 0.0 && v < 10.0);
        let named = before == "magnitude"
            || after == "magnitude"
            || (before == "of" && two_before == "magnitude");
        let by_quake = decimal && (is_quake(after) || (before == "measuring" && names_quake()));
        if !(named || by_quake) {
            continue;
        }
        f.q.kind = Kind::Magnitude;
        f.q.unit = None;
        f.written = None;
        if glued && after == "magnitude" {
            f.last = last + 2;
            f.q.span = span(t, f.first, f.last);
            f.q.amount = span(t, f.amount_first, f.last);
        }
    }
}

/// ".38-caliber revolver", "a .357 Magnum", "a .22 caliber rifle": a bare
/// fraction of an inch written from its point, before a word of calibers,
/// is the bore of a gun (in inches), not a number of anything.
fn calibers(t: &Toks, out: &mut [Found]) {
    for f in out.iter_mut() {
        if !matches!(f.q.kind, Kind::Cardinal | Kind::Count) || f.q.role != Role::Level {
            continue;
        }
        let (first, last) = (f.amount_first, f.last);
        let from_point = t.is(first, ".") && t.kind(first + 1) == Some(TokKind::Digits);
        let glued = t.hyphen_joins(last + 1);
        let next = if glued { last + 2 } else { last + 1 };
        let caliber_word = matches!(
            t.word(next),
            "caliber" | "calibre" | "magnum" | "special" | "acp"
        );
        let Some(v) = f.q.value.filter(|v| *v > 0.0 && *v < 1.0) else {
            continue;
        };
        if !(from_point && caliber_word) {
            continue;
        }
        let inch = units::lookup("inch").expect("the inch is a unit");
        f.q.kind = Kind::Measure;
        f.q.value = Some(v * inch.factor);
        f.q.unit = Some(inch.unit.to_string());
        f.q.measured = Some("caliber".to_string());
        f.written = Written::unit(&inch);
        if t.word(next) != "magnum" {
            f.last = next;
            f.q.span = span(t, f.first, f.last);
            f.q.amount = span(t, f.amount_first, f.last);
        }
    }
}

/// "a 12-point effort", "a three-game streak", "a 12-person jury": a bare
/// figure glued by a hyphen to a lower-case noun counts that noun (as "12
/// points" would), not the noun after it. Not a participle ("1-ranked",
/// "one-sided"), a plural that is itself the noun ("one-liners"), a
/// longer compound ("480-nautical-mile"), a word of factor or
/// approximation ("two-fold", "50-odd") nor a bore ("12-gauge").
fn classifiers(t: &Toks, out: &mut [Found]) {
    for f in out.iter_mut() {
        let (l, w) = (f.last, t.word(f.last + 2));
        let glued = t.hyphen_joins(l + 1);
        let noun = t.kind(l + 2) == Some(TokKind::Word)
            && !t.capitalized(l + 2)
            && t.num_word(l + 2).is_none()
            && super::linking::is_content_word(w)
            && !(w.ends_with("ed") || w.ends_with("ing"))
            && (!w.ends_with('s') || w.ends_with("ss"))
            && !matches!(
                w,
                "fold" | "time" | "way" | "odd" | "ish" | "plus" | "gauge" | "caliber" | "calibre"
            );
        // "a 480-nautical-mile corridor": a longer compound
        let longer = t.is(l + 3, "-") && t.attached(l + 3);
        let bare = f.q.kind == Kind::Cardinal && f.q.unit.is_none() && f.q.value.is_some();
        if !(glued && noun && bare && !longer && f.q.measured.is_none()) {
            continue;
        }
        f.q.measured = Some(plural(w));
        f.q.kind = Kind::Count;
        f.last = l + 2;
        f.q.span = span(t, f.first, f.last);
        f.q.amount = span(t, f.amount_first, f.last);
    }
}

/// The plural of a counted noun written singular ("point" -> "points",
/// "story" -> "stories", "person" -> "people").
fn plural(w: &str) -> String {
    match w {
        "man" => return "men".to_string(),
        "woman" => return "women".to_string(),
        "person" => return "people".to_string(),
        "child" => return "children".to_string(),
        _ => {}
    }
    if w.ends_with('s') && !w.ends_with("ss") {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if w.ends_with("ch") || w.ends_with("sh") || w.ends_with(['s', 'x', 'z']) {
        return format!("{w}es");
    }
    format!("{w}s")
}

/// True for a word for a quake.
fn is_quake(w: &str) -> bool {
    matches!(
        w,
        "quake"
            | "quakes"
            | "earthquake"
            | "earthquakes"
            | "temblor"
            | "temblors"
            | "tremor"
            | "tremors"
            | "aftershock"
            | "aftershocks"
    )
}

/// "a 36-year-old", "36 years old", "a six-month-old": a span of time
/// followed by "old" is an age, valued in years.
fn ages(t: &Toks, out: &mut [Found]) {
    for f in out.iter_mut() {
        if f.q.kind != Kind::Duration || f.q.role != Role::Level {
            continue;
        }
        let l = f.last;
        let hyphened = t.hyphen_joins(l + 1);
        let old = if hyphened && t.word(l + 2) == "old" {
            l + 2
        } else if t.spaced(l + 1) && t.word(l + 1) == "old" {
            l + 1
        } else {
            continue;
        };
        let year = super::units::YEAR;
        f.q.kind = Kind::Age;
        f.q.unit = Some("year".to_string());
        f.q.value = f.q.value.map(|v| super::base::tidy(v / year));
        f.q.value_max = f.q.value_max.map(|v| super::base::tidy(v / year));
        f.written = f
            .written
            .take()
            .filter(|w| w.unit != "year")
            .map(|w| Written {
                factor: w.factor / year,
                ..w
            });
        f.last = old;
        f.q.span = span(t, f.first, old);
        f.q.amount = span(t, f.amount_first, old);
    }
}

/// "killing two co-workers and injuring a third": an ordinal after "a"
/// that follows a count of one less counts one more of them, a count of
/// one, not a rank. "Twice, and a third time" stays a rank: the occasion
/// is named, and it is the third.
fn one_more_of_a_series(t: &Toks, out: &mut [Found]) {
    for i in 0..out.len() {
        let f = &out[i];
        let after_article = f.first > 0
            && matches!(t.word(f.first - 1), "a" | "an")
            && t.word(f.last + 1) != "time";
        let Some(rank) =
            f.q.value
                .filter(|_| f.q.kind == Kind::Ordinal && after_article)
        else {
            continue;
        };
        let follows_count = out[..i].iter().any(|g| {
            matches!(g.q.kind, Kind::Count | Kind::Cardinal) && g.q.value == Some(rank - 1.0)
        });
        if rank >= 2.0 && follows_count {
            let f = &mut out[i];
            f.first -= 1;
            f.amount_first = f.first;
            f.q.kind = Kind::Count;
            f.q.value = Some(1.0);
            f.q.span = span(t, f.first, f.last);
            f.q.amount = f.q.span;
            f.q.number = f.q.span;
        }
    }
}

/// A percentage named without a figure ("a small percent", "the % of
/// increase", "calcular un porcentaje"): a percent with a null value,
/// flagged [`Flags::NO_VALUE`].
fn bare_percent(t: &Toks, i: usize, lang: Language) -> Option<Found> {
    let w = t.word(i);
    // only "%" and these words begin a percent suffix: test them before reading one
    let percent_start = t.is(i, "%")
        || (t.kind(i) == Some(TokKind::Word)
            && matches!(
                w,
                "per" | "por" | "percent" | "percents" | "pct" | "percentage" | "porciento"
            ));
    let last = match w {
        "percentages" | "porcentaje" | "porcentajes" => i,
        _ if percent_start => match attach::suffix(t, i, lang, false) {
            Some((Suffix::Percent, l)) => l,
            _ => return None,
        },
        _ => return None,
    };
    let mut q = Quantity::new(span(t, i, last), Kind::Percent, None);
    q.unit = Some("percent".to_string());
    q.flags.insert(Flags::NO_VALUE);
    Some(Found {
        written: None,
        q,
        first: i,
        amount_first: i,
        last,
    })
}

/// Cheap test run before the scan: a sentence without digits, number
/// words, currency signs or change words holds no figure.
fn may_hold_figures(t: &Toks, lang: Language) -> bool {
    // digits first: most sentences with a figure need no word looked at
    t.toks.iter().any(|k| k.kind == TokKind::Digits)
        || (0..t.len()).any(|i| match t.kind(i) {
            Some(TokKind::Digits) => true,
            Some(TokKind::Word) => {
                let w = t.word(i);
                t.num_word(i).is_some()
                    || qualifiers::factor_word(w).is_some()
                    || relative::may_be(w, lang)
                    || times::is_times_word(w)
                    || (matches!(w, "a" | "an") && names_unit(t.word(i + 1)))
                    || w.starts_with("percent")
                    || w.starts_with("porcentaje")
            }
            Some(TokKind::Punct) => {
                let r = t.raw(i);
                r == "%"
                    || r.len() > 1
                        && (money::symbol(r).is_some()
                            || r.chars()
                                .next()
                                .and_then(super::parse::vulgar_fraction)
                                .is_some())
            }
            None => false,
        })
}

/// True when `w` names a unit or a currency in full ("mile", "week",
/// "dollar"): "a mile away" holds a figure.
fn names_unit(w: &str) -> bool {
    super::units::lookup(w).is_some() || money::name(w).is_some()
}

/// Marks tokens of web addresses, e-mail addresses, phone numbers and
/// names with a number ("MS-13", "Covid-19"), which hold no figures.
fn non_prose(t: &Toks) -> Vec<bool> {
    let mut skip = vec![false; t.len()];
    let mut a = 0;
    while a < t.len() {
        let mut b = a + 1;
        while b < t.len() && t.attached(b) {
            b += 1;
        }
        // one token alone is neither an address nor a phone number
        if b > a + 1 && is_address(t, a, b) {
            for s in skip.iter_mut().take(b).skip(a) {
                *s = true;
            }
        }
        for k in a..b {
            if t.kind(k) != Some(TokKind::Digits) {
                continue;
            }
            // NAME-13, covid-19: digits glued by a hyphen to a word or code
            // (not the "20k" of "5k-20k")
            let after_suffix =
                k >= a + 3 && t.kind(k - 3) == Some(TokKind::Digits) && t.attached(k - 2);
            let hyphen_code = k >= a + 2
                && !after_suffix
                && t.is(k - 1, "-")
                && ((t.kind(k - 2) == Some(TokKind::Word) && !is_prefix_word(t.word(k - 2)))
                    || skip[k - 2]);
            // A320, scp173: digits glued after letters
            let letter_code = k > a
                && t.kind(k - 1) == Some(TokKind::Word)
                && super::money::code(t.word(k - 1)).is_none()
                && super::money::letter_prefix(t.word(k - 1)).is_none()
                && (t.raw(k - 1).len() > 1 || t.raw(k - 1).bytes().all(|b| b.is_ascii_uppercase()))
                || (k > a + 1
                    && t.kind(k - 1) == Some(TokKind::Word)
                    && t.kind(k - 2) == Some(TokKind::Digits)
                    && t.raw(k).len() >= 2);
            // 10:30, 2:1: clock times and scores
            let clock = (k + 2 < b && t.is(k + 1, ":") && t.kind(k + 2) == Some(TokKind::Digits))
                || (k >= a + 2 && t.is(k - 1, ":") && t.kind(k - 2) == Some(TokKind::Digits));
            if hyphen_code || letter_code || clock {
                skip[k] = true;
                if hyphen_code {
                    skip[k - 1] = true;
                }
            }
        }
        a = b;
    }
    skip
}

/// True when the glued tokens `a..b` are a web or e-mail address or a
/// phone number.
fn is_address(t: &Toks, a: usize, b: usize) -> bool {
    let chunk = &t.text[t.start(a)..t.end(b - 1)];
    let digit_groups = (a..b)
        .filter(|&k| t.kind(k) == Some(TokKind::Digits))
        .count();
    let hyphens = (a..b).filter(|&k| t.is(k, "-")).count();
    let url = chunk.contains("://")
        || chunk.starts_with("www.")
        || (chunk.contains('@') && chunk.contains('.'));
    let digit_hyphen_digit = (a + 2..b)
        .filter(|&k| {
            t.kind(k) == Some(TokKind::Digits)
                && t.is(k - 1, "-")
                && t.kind(k - 2) == Some(TokKind::Digits)
        })
        .count();
    let phone = (chunk.starts_with('+') && digit_groups >= 3)
        || (hyphens >= 2 && digit_hyphen_digit >= 2 && !chunk.contains(['^', '.']));
    url || phone
}

/// Words glued to a year by a hyphen that keep it a figure ("mid-2024").
fn is_prefix_word(w: &str) -> bool {
    matches!(
        w,
        "mid"
            | "pre"
            | "post"
            | "late"
            | "early"
            | "circa"
            | "non"
            | "over"
            | "under"
            | "sub"
            | "top"
            | "up"
            | "ca"
            | "minus"
            | "negative"
    )
}

/// "absolute zero": a temperature named in words (0 K).
fn absolute_zero(t: &Toks, i: usize) -> Option<Found> {
    if !(matches!(t.word(i), "absolute" | "absoluto") && matches!(t.word(i + 1), "zero" | "cero")) {
        return None;
    }
    let mut q = Quantity::new(span(t, i, i + 1), Kind::Measure, Some(0.0));
    q.unit = Some("kelvin".to_string());
    q.number = span(t, i + 1, i + 1);
    Some(Found {
        written: None,
        q,
        first: i,
        amount_first: i,
        last: i + 1,
    })
}

/// A percentage written before its number: "percent of 10", "per cent of
/// twenty-two".
fn percent_of(t: &Toks, i: usize, lang: Language) -> Option<Found> {
    let of = match (t.word(i), t.word(i + 1)) {
        ("percent" | "percents", "of") => i + 1,
        ("per", "cent") if t.word(i + 2) == "of" => i + 2,
        _ => return None,
    };
    // only at the start of a clause: "a small percent of 10 voters" is not one
    if i > 0 && t.kind(i - 1) == Some(TokKind::Word) {
        return None;
    }
    let n = number::read(t, of + 1, lang, false)?;
    if n.ordinal {
        return None;
    }
    let mut q = Quantity::new(span(t, i, n.last), Kind::Percent, n.value);
    q.unit = Some("percent".to_string());
    q.number = span(t, n.first, n.last);
    Some(Found {
        written: None,
        q,
        first: i,
        amount_first: i,
        last: n.last,
    })
}

/// "a gallon of beer", "a penny", "a mile and a half": one (or one and a
/// half) of a unit named in full. A duration needs "and a half" or a word
/// before it that makes it a span ("about a week", "less than a year",
/// "for a month": "once a year" and "$5 a month" name no span); a unit
/// followed by another word is a noun's modifier ("a yard sale", "a stone
/// wall", "a gray Toyota").
fn unit_with_article(t: &Toks, i: usize, lang: Language) -> Option<Found> {
    let f = one_unit(t, i, lang)?;
    let half = and_a_half(t, f.last);
    if f.q.kind == Kind::Duration && half.is_none() && !spans_before(t, i, lang) {
        return None;
    }
    if half.is_none() && !ends_unit_phrase(t, f.last + 1) {
        return None;
    }
    Some(match half {
        Some(l) => scaled_unit(t, f, i, l, 1.5),
        None => f,
    })
}

/// True when the words before token `i` (an "a" before a unit of time)
/// make what follows a span of time: a qualifier ("about", "nearly", "less
/// than", "over", "within") or "for" ("jailed for a year").
fn spans_before(t: &Toks, i: usize, lang: Language) -> bool {
    i > 0 && (qualifiers::before(t, i, lang).is_some() || t.word(i - 1) == "for")
}

/// `f` with the qualifier around it ("about half a mile", "less than a
/// day", "a year or more"), its span widened over the qualifier's words.
fn qualified(t: &Toks, mut f: Found, lang: Language) -> Found {
    let (first, last) = amount::qualify(t, f.first, f.last, &mut f.q, lang);
    f.q.span = span(t, first, last);
    f.first = first;
    f.last = last;
    f
}

/// "half a mile", "half an hour": half of one unit named in full.
fn half_of_unit(t: &Toks, i: usize, lang: Language) -> Option<Found> {
    if lang != Language::En || t.word(i) != "half" {
        return None;
    }
    let f = one_unit(t, i + 1, lang)?;
    let last = f.last;
    Some(scaled_unit(t, f, i, last, 0.5))
}

/// One of a unit or currency named in full after "a"/"an" at `i`, of any
/// kind but temperatures: the quantity before the checks of
/// [`unit_with_article`].
fn one_unit(t: &Toks, i: usize, lang: Language) -> Option<Found> {
    if lang != Language::En
        || !matches!(t.word(i), "a" | "an")
        || t.kind(i + 1) != Some(TokKind::Word)
        || (t.raw(i + 1).len() < 4 && t.word(i + 1) != "day")
    {
        return None;
    }
    let w = t.word(i + 1);
    if super::units::lookup(w).is_none()
        && money::name(w).is_none()
        && !matches!(w, "square" | "cubic" | "metric")
    {
        return None;
    }
    let (s, l) = attach::suffix(t, i + 1, lang, false)?;
    let (kind, unit, value, written) = match s {
        Suffix::Unit(u) if matches!(u.kind, Kind::Measure | Kind::Duration) && u.offset == 0.0 => {
            (u.kind, u.unit, u.factor, Written::unit(&u))
        }
        Suffix::Money(c) => (Kind::Money, c.code, c.factor, Written::currency(&c)),
        _ => return None,
    };
    let mut q = Quantity::new(span(t, i, l), kind, Some(value));
    q.unit = Some(unit.to_string());
    q.number = span(t, i, i);
    Some(Found {
        written,
        q,
        first: i,
        amount_first: i,
        last: l,
    })
}

/// The last token of "and a half" right after token `last`.
fn and_a_half(t: &Toks, last: usize) -> Option<usize> {
    (t.word(last + 1) == "and"
        && matches!(t.word(last + 2), "a" | "an")
        && t.word(last + 3) == "half")
        .then_some(last + 3)
}

/// True when token `i` may end the phrase of a unit named after "a":
/// nothing, punctuation, "of", a conjunction, a comparative, a direction
/// or a preposition ("a mile away", "a gallon of milk", "a dollar more");
/// not a number ("a gray 2013 Toyota").
fn ends_unit_phrase(t: &Toks, i: usize) -> bool {
    match t.kind(i) {
        Some(TokKind::Word) => {}
        // "a gray 2013 Toyota"
        Some(TokKind::Digits) => return false,
        // "a foot-race", "a yard-sale": a noun the unit's word begins; "a
        // mile-long queue" still measures
        _ if t.is(i, "-") && !t.spaced(i) && t.kind(i + 1) == Some(TokKind::Word) => {
            return ends_unit_phrase(t, i + 1) && !t.spaced(i + 1);
        }
        _ => return true,
    }
    let w = t.word(i);
    super::linking::is_preposition(w)
        || super::linking::is_compass_word(w)
        || matches!(
            w,
            "or" | "but"
                | "ago"
                | "later"
                | "earlier"
                | "more"
                | "less"
                | "away"
                | "off"
                | "long"
                | "wide"
                | "high"
                | "deep"
                | "tall"
                | "thick"
                | "below"
                | "above"
                | "beneath"
                | "per"
                | "an"
                | "each"
                | "apiece"
                | "short"
                | "ahead"
                | "too"
                | "that"
                | "which"
                | "is"
                | "was"
                | "will"
                | "would"
        )
}

/// `f` (one of its unit) scaled by `factor`, spanning tokens
/// `first..=last` ("half a mile", "a mile and a half").
fn scaled_unit(t: &Toks, mut f: Found, first: usize, last: usize, factor: f64) -> Found {
    f.q.value = f.q.value.map(|v| v * factor);
    f.q.span = span(t, first, last);
    f.q.amount = f.q.span;
    f.q.number = if first < f.first {
        span(t, first, first)
    } else {
        span(t, first, last)
    };
    f.first = first;
    f.amount_first = first;
    f.last = last;
    f
}

/// Adds `f`, or joins it to the previous quantity when the two form a range.
fn push_or_merge(out: &mut Vec<Found>, t: &Toks, mut f: Found) {
    if let Some(prev) = out.last_mut() {
        let linked =
            f.first == prev.last + 2 && matches!(t.word(prev.last + 1), "and" | "or" | "y" | "o");
        if linked
            && prev.q.kind == Kind::Cardinal
            && prev.q.unit.is_none()
            && matches!(f.q.kind, Kind::Measure | Kind::Percent | Kind::Money)
            && prev.q.qualifier == Qualifier::Exact
        {
            prev.q.kind = f.q.kind;
            prev.q.unit = f.q.unit.clone();
            prev.q.value = prev.q.value.and_then(|v| rescale_like(v, &f));
            prev.written = f.written.clone();
        }
        match range_join(t, prev, &f) {
            Join::Range(joined) => {
                *prev = *joined;
                return;
            }
            Join::Levels => inherit_unit(&mut f, prev),
            Join::None => {}
        }
    }
    out.push(f);
}

/// What two figures linked by "to", "and", "-"… are.
enum Join {
    /// One range.
    Range(Box<Found>),
    /// Two levels ("from 180 pounds to 165"): the second takes the
    /// first's unit when it has none.
    Levels,
    /// Unrelated figures, or a change and a level ("fell 0.4% to 13,176").
    None,
}

/// Gives bare figure `b` the unit of `a` ("from 180 pounds to 165").
fn inherit_unit(b: &mut Found, a: &Found) {
    if b.q.unit.is_some() || a.q.unit.is_none() || b.q.kind != Kind::Cardinal {
        return;
    }
    b.q.kind = a.q.kind;
    b.q.unit = a.q.unit.clone();
    b.q.value = b.q.value.and_then(|v| rescale_like(v, a));
    b.written = a.written.clone();
}

/// The scale word of figure `f` ("seven thousand", "2 million"), when it
/// has one.
fn scale_of(t: &Toks, f: &Found) -> Option<f64> {
    (f.amount_first..=f.last).rev().find_map(|k| {
        if t.kind(k) != Some(TokKind::Word) {
            return None;
        }
        match t.num_word(k)? {
            super::words::NumWord::Scale(s) if s >= 1e3 => Some(s),
            _ => None,
        }
    })
}

/// The low end of range `a`–`b` in `b`'s terms: a scale written only on
/// the right applies to the left when the left is smaller than the
/// right's mantissa ("six to seven thousand", "1 to 2 million"; not "500
/// to 2 million"), and so does a unit ("5 to 10 percent").
fn low_end(t: &Toks, a: &Found, b: &Found) -> Option<f64> {
    let mut lo = a.q.value;
    if let (Some(s), None, Some(x), Some(y)) = (
        scale_of(t, b),
        scale_of(t, a),
        a.written_value(),
        b.written_value(),
    ) {
        if x > 0.0 && x < y / s {
            lo = match &a.written {
                Some(w) => super::parse::finite(w.to_base(x * s)),
                None => super::parse::finite(x * s),
            };
        }
    }
    if a.q.unit.is_none() && b.q.unit.is_some() {
        lo = lo.and_then(|v| rescale_like(v, b));
    }
    lo
}

/// Joins "between X and Y", "X to Y", "X-Y", "de X a Y", "entre X y Y".
fn range_join(t: &Toks, a: &Found, b: &Found) -> Join {
    match range_of(t, a, b) {
        Some(Ok(f)) => Join::Range(Box::new(f)),
        Some(Err(())) => Join::Levels,
        None => Join::None,
    }
}

/// The range of `a` and `b`, `Err` for two levels, `None` otherwise.
fn range_of(t: &Toks, a: &Found, b: &Found) -> Option<Result<Found, ()>> {
    if b.first <= a.last + 1 || b.first > a.last + 3 {
        return None;
    }
    if matches!(a.q.kind, Kind::Date | Kind::Ordinal | Kind::Factor)
        || matches!(b.q.kind, Kind::Date | Kind::Factor)
    {
        // ordinals join only with ordinals ("between the tenth and the fifteenth")
        if !(a.q.kind == Kind::Ordinal && b.q.kind == Kind::Ordinal) {
            return None;
        }
    }
    let between = words_between(t, a, b);
    // "more than 10 and less than 20", "at most 100 and at least 20"
    if let Some(j) = bounds_join(&between, a, b) {
        return Some(Ok(j));
    }
    let opener_at = if matches!(t.word(a.first.wrapping_sub(1)), "the" | "el" | "la") {
        a.first.wrapping_sub(2)
    } else {
        a.first.wrapping_sub(1)
    };
    let opener = t.word(opener_at);
    let opened_between = matches!(opener, "between" | "entre");
    let opened_from = matches!(opener, "from" | "desde" | "de");
    let link = match between.as_slice() {
        ["and"] | ["y"] | ["e"] if opened_between => true,
        ["and", "the"] | ["y", "el"] | ["y", "la"] if opened_between => true,
        // not "one to within 20 miles": a bound after "to" is no range's end
        ["to"] | ["through"] | ["-", "to"]
            if matches!(a.q.qualifier, Qualifier::Exact | Qualifier::About)
                && matches!(b.q.qualifier, Qualifier::Exact | Qualifier::About) =>
        {
            true
        }
        ["a"] | ["hasta"] if opened_from => true,
        ["-"] | ["–"] | ["—"] | ["~"]
            if matches!(a.q.qualifier, Qualifier::Exact | Qualifier::About)
                && b.q.qualifier == Qualifier::Exact
                && t.kind(a.amount_first) == Some(TokKind::Digits)
                && t.kind(b.amount_first) == Some(TokKind::Digits) =>
        {
            // not a date (1995-01), a phone number or a score ("a 3-5 record")
            let raw_b = t.raw(b.amount_first);
            let date = raw_b.len() == 2 && t.raw(a.last).len() == 4;
            !(date || is_score(t, a, b))
                && b.written_value()
                    .zip(a.written_value())
                    .is_some_and(|(y, x)| y > x)
        }
        _ => false,
    };
    if !link {
        return None;
    }
    // "dropped 1.2 percent to 4,512", "grew $12 billion to $310 billion":
    // a change and the level it reached
    let to_link = matches!(between.as_slice(), ["to"] | ["-", "to"] | ["a"] | ["hasta"]);
    if to_link && a.q.role == Role::Change && a.q.unit.is_some() {
        return None;
    }
    // "rose from 5% to 7%": the levels before and after
    let verb_before_from =
        opened_from && qualifiers::direction_word(t.word(opener_at.wrapping_sub(1))).is_some();
    let (ua, ub) = (a.q.unit.as_deref(), b.q.unit.as_deref());
    let unit = match (ua, ub) {
        (Some(x), Some(y)) if x == y => Some(x.to_string()),
        (None, Some(y)) => Some(y.to_string()),
        (Some(x), None) => Some(x.to_string()),
        (None, None) => None,
        _ => return None,
    };
    // a unit or scale given only on the right applies to the left ("8- to
    // 16-meter", "six to seven thousand"), one given only on the left to
    // the right ("from 180 pounds to 165")
    let lo = low_end(t, a, b);
    let hi = if b.q.unit.is_none() && a.q.unit.is_some() {
        b.q.value.and_then(|v| rescale_like(v, a))
    } else {
        b.q.value
    };
    // "from 180 to 165" is a fall, not a range
    if verb_before_from || lo.zip(hi).is_some_and(|(l, h)| l > h) {
        return Some(Err(()));
    }
    let mut q = a.q.clone();
    let kind = if a.q.kind == Kind::Cardinal {
        b.q.kind
    } else {
        a.q.kind
    };
    let written = if a.q.unit.is_none() {
        b.written.clone()
    } else {
        a.written.clone()
    };
    let first = if opened_between || opened_from {
        opener_at
    } else {
        a.first
    };
    q.kind = kind;
    q.value = lo;
    q.value_max = hi;
    q.unit = unit;
    q.qualifier = Qualifier::Between;
    q.span = Span::new(t.start(first), b.q.span.end);
    q.amount = Span::new(t.start(first), b.q.span.end);
    q.number = Span::new(a.q.number.start, b.q.number.end);
    if b.q.flags.contains(Flags::UNREPRESENTABLE) {
        q.flags.insert(Flags::UNREPRESENTABLE);
    }
    Some(Ok(Found {
        written,
        q,
        first,
        amount_first: first,
        last: b.last,
    }))
}

/// True when bare figures `a` and `b`, written "A-B", read as a score or a
/// win-loss record: a word of a result after them ("a 3-5 record", "a
/// 3-2 vote", "3-5 on the season", "7-7 this season"), a verb of a
/// result before them ("lost 3-5", "went 3-5"), brackets after a name
/// ("the Saints (7-9)") or another record before them ("(2-13, 1-7
/// home)").
fn is_score(t: &Toks, a: &Found, b: &Found) -> bool {
    if a.q.unit.is_some() || b.q.unit.is_some() {
        return false;
    }
    let after = |k: usize| t.word(b.last + k);
    let result_noun = matches!(
        after(1),
        "record"
            | "mark"
            | "start"
            | "finish"
            | "vote"
            | "decision"
            | "ruling"
            | "verdict"
            | "win"
            | "victory"
            | "loss"
            | "defeat"
            | "lead"
            | "deficit"
            | "edge"
            | "advantage"
            | "tie"
            | "draw"
            | "score"
            | "scoreline"
            | "margin"
            | "split"
            | "overall"
    );
    let season = (1..=3).any(|k| matches!(after(k), "season" | "conference" | "league"))
        && matches!(after(1), "this" | "on" | "in" | "season" | "last");
    let result_verb = matches!(
        t.word(a.first.wrapping_sub(1)),
        "won"
            | "win"
            | "wins"
            | "beat"
            | "beats"
            | "lost"
            | "lose"
            | "loses"
            | "defeated"
            | "trailed"
            | "trails"
            | "trailing"
            | "led"
            | "leads"
            | "leading"
            | "tied"
            | "edged"
            | "routed"
            | "blanked"
            | "downed"
            | "went"
            | "finished"
    );
    // "the Saints (7-9)", "Klitschko (52-3, 46 KOs)": a record after a name
    let after_name = a.first >= 2
        && t.is(a.first - 1, "(")
        && t.capitalized(a.first - 2)
        && (t.is(b.last + 1, ")") || t.is(b.last + 1, ","));
    // "(2-13, 1-7 home)": a record listed after another
    let after_record = a.first >= 4
        && t.is(a.first - 1, ",")
        && t.kind(a.first - 2) == Some(TokKind::Digits)
        && t.is(a.first - 3, "-")
        && t.attached(a.first - 3)
        && t.kind(a.first - 4) == Some(TokKind::Digits);
    result_noun || season || result_verb || after_name || after_record
}

/// The tokens between two figures, words lower-cased and other tokens as written.
fn words_between<'t>(t: &'t Toks, a: &Found, b: &Found) -> Vec<&'t str> {
    (a.last + 1..b.first)
        .map(|k| {
            if t.kind(k) == Some(TokKind::Word) {
                t.word(k)
            } else {
                t.raw(k)
            }
        })
        .collect()
}

/// Joins a lower and an upper bound linked by "and", "but", "y", "," into
/// one range.
fn bounds_join(between: &[&str], a: &Found, b: &Found) -> Option<Found> {
    let (qa, qb) = (a.q.qualifier, b.q.qualifier);
    let lower_upper = qa.is_lower_bound() && qb.is_upper_bound();
    let upper_lower = qa.is_upper_bound() && qb.is_lower_bound();
    if !(lower_upper || upper_lower) {
        return None;
    }
    if !matches!(
        between,
        ["and"] | ["but"] | ["y"] | ["e"] | ["pero"] | [","]
    ) {
        return None;
    }
    if a.q.unit != b.q.unit && a.q.unit.is_some() && b.q.unit.is_some() {
        return None;
    }
    let (lo, hi) = if lower_upper { (a, b) } else { (b, a) };
    // "more than 40 and less than 10" are two ranges, not an interval
    if lo.q.value.zip(hi.q.value).is_none_or(|(l, h)| l >= h) {
        return None;
    }
    let mut q = a.q.clone();
    q.value = lo.q.value;
    q.value_max = hi.q.value;
    q.unit = a.q.unit.clone().or_else(|| b.q.unit.clone());
    q.qualifier = Qualifier::Between;
    q.span = Span::new(a.q.span.start, b.q.span.end);
    q.amount = q.span;
    q.number = Span::new(a.q.number.start, b.q.number.end);
    Some(Found {
        written: None,
        q,
        first: a.first,
        amount_first: a.first,
        last: b.last,
    })
}

/// Applies the conversion of figure `b`'s unit to a bare value `v`
/// written before it: "8- to 16-meter", "5 to 10 percent".
fn rescale_like(v: f64, b: &Found) -> Option<f64> {
    match &b.written {
        Some(w) => super::parse::finite(w.to_base(v)),
        None => Some(v),
    }
}
