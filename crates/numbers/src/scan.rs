//! The extractor: walks the tokens of one sentence and builds a
//! [`Quantity`] for every figure, with its unit, qualifier and range. One
//! figure is read in [`amount`].

use super::attach::{self, Suffix};
use super::dates;
use super::lexer::TokKind;
use super::money;
use super::number;
use super::qualifiers;
use super::relative;
use super::tokens::Toks;
use amount::read_amount;
use factsift_core::document::Span;
use factsift_core::quantity::{Flags, Kind, Qualifier, Quantity};
use factsift_core::Language;

mod amount;

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
    let skip = non_prose(t);
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
            out.push(Found {
                q,
                first: i,
                amount_first: i,
                last: i,
            });
            i += 1;
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
        if let Some(f) = unit_with_article(t, i, lang) {
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

/// A percentage named without a figure ("a small percent", "the % of
/// increase", "calcular un porcentaje"): a percent with a null value,
/// flagged [`Flags::NO_VALUE`].
fn bare_percent(t: &Toks, i: usize, lang: Language) -> Option<Found> {
    let last = match t.word(i) {
        "percentages" | "porcentaje" | "porcentajes" => i,
        _ if t.kind(i) == Some(TokKind::Word) || t.is(i, "%") => {
            match attach::suffix(t, i, lang, false) {
                Some((Suffix::Percent, l)) => l,
                _ => return None,
            }
        }
        _ => return None,
    };
    let mut q = Quantity::new(span(t, i, last), Kind::Percent, None);
    q.unit = Some("percent".to_string());
    q.flags.insert(Flags::NO_VALUE);
    Some(Found {
        q,
        first: i,
        amount_first: i,
        last,
    })
}

/// Cheap test run before the scan: a sentence without digits, number
/// words, currency signs or change words holds no figure.
fn may_hold_figures(t: &Toks, lang: Language) -> bool {
    (0..t.len()).any(|i| match t.kind(i) {
        Some(TokKind::Digits) => true,
        Some(TokKind::Word) => {
            let w = t.word(i);
            super::words::lookup(w, lang).is_some()
                || qualifiers::factor_word(w).is_some()
                || relative::may_be(w, lang)
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
        if url || phone {
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
                && t.raw(k - 1).len() > 1
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
    )
}

/// "absolute zero": a temperature named in words (0 K).
fn absolute_zero(t: &Toks, i: usize) -> Option<Found> {
    if !(matches!(t.word(i), "absolute" | "absoluto") && matches!(t.word(i + 1), "zero" | "cero")) {
        return None;
    }
    let mut q = Quantity::new(span(t, i, i + 1), Kind::Measure, Some(0.0));
    q.unit = Some("K".to_string());
    q.number = span(t, i + 1, i + 1);
    Some(Found {
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
        q,
        first: i,
        amount_first: i,
        last: n.last,
    })
}

/// "a gallon of beer", "a penny": one of a unit named in full.
fn unit_with_article(t: &Toks, i: usize, lang: Language) -> Option<Found> {
    if lang != Language::En
        || !matches!(t.word(i), "a" | "an")
        || t.kind(i + 1) != Some(TokKind::Word)
        || t.raw(i + 1).len() < 4
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
    let (kind, unit, value) = match s {
        Suffix::Unit(u) if u.kind == Kind::Measure && u.offset == 0.0 => {
            (Kind::Measure, u.unit.to_string(), u.factor)
        }
        Suffix::Money(c) => (Kind::Money, c.code.to_string(), c.factor),
        _ => return None,
    };
    let mut q = Quantity::new(span(t, i, l), kind, Some(value));
    q.raw_value = Some(1.0);
    q.unit = Some(unit);
    q.number = span(t, i, i);
    Some(Found {
        q,
        first: i,
        amount_first: i,
        last: l,
    })
}

/// Adds `f`, or joins it to the previous quantity when the two form a range.
fn push_or_merge(out: &mut Vec<Found>, t: &Toks, f: Found) {
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
            prev.q.value = prev.q.value.and_then(|v| rescale_like(v, &prev.q, &f.q));
        }
        if let Some(joined) = range_join(t, prev, &f) {
            *prev = joined;
            return;
        }
    }
    out.push(f);
}

/// Joins "between X and Y", "X to Y", "X-Y", "de X a Y", "entre X y Y".
fn range_join(t: &Toks, a: &Found, b: &Found) -> Option<Found> {
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
        return Some(j);
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
        ["to"] | ["through"] | ["-", "to"]
            if matches!(a.q.qualifier, Qualifier::Exact | Qualifier::About) =>
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
            // not a date (1995-01) and not a phone number
            let raw_b = t.raw(b.amount_first);
            !(raw_b.len() == 2 && t.raw(a.last).len() == 4)
                && b.q.raw_value.zip(a.q.raw_value).is_some_and(|(y, x)| y > x)
        }
        _ => false,
    };
    if !link {
        return None;
    }
    let (ua, ub) = (a.q.unit.as_deref(), b.q.unit.as_deref());
    let unit = match (ua, ub) {
        (Some(x), Some(y)) if x == y => Some(x.to_string()),
        (None, Some(y)) => Some(y.to_string()),
        (Some(x), None) => Some(x.to_string()),
        (None, None) => None,
        _ => return None,
    };
    // a unit given only on the right applies to the left: "8- to 16-meter"
    let mut q = a.q.clone();
    let kind = if a.q.kind == Kind::Cardinal {
        b.q.kind
    } else {
        a.q.kind
    };
    let mut lo = a.q.value;
    if a.q.unit.is_none() && b.q.unit.is_some() {
        lo = a.q.value.and_then(|v| rescale_like(v, &a.q, &b.q));
    }
    let first = if opened_between || opened_from {
        opener_at
    } else {
        a.first
    };
    q.kind = kind;
    q.value = lo;
    q.value_max = b.q.value;
    q.unit = unit;
    q.qualifier = Qualifier::Between;
    q.span = Span::new(t.start(first), b.q.span.end);
    q.amount = Span::new(t.start(first), b.q.span.end);
    q.number = Span::new(a.q.number.start, b.q.number.end);
    if b.q.flags.contains(Flags::UNREPRESENTABLE) {
        q.flags.insert(Flags::UNREPRESENTABLE);
    }
    Some(Found {
        q,
        first,
        amount_first: first,
        last: b.last,
    })
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
        q,
        first: a.first,
        amount_first: a.first,
        last: b.last,
    })
}

/// Applies the right side's unit conversion to a bare left value: "8- to
/// 16-meter", "5 to 10 percent".
fn rescale_like(v: f64, a: &Quantity, b: &Quantity) -> Option<f64> {
    let (Some(bv), Some(braw)) = (b.value, b.raw_value) else {
        return Some(v);
    };
    let _ = a;
    if braw == 0.0 {
        return Some(v);
    }
    super::parse::finite(v * bv / braw)
}
