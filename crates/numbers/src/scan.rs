//! The extractor: walks the tokens of one sentence and builds a
//! [`Quantity`] for every figure, with its unit, qualifier and range.

use super::attach::{self, Suffix};
use super::dates;
use super::lexer::TokKind;
use super::money::{self, Currency};
use super::number::{self, Numeral};
use super::parse::Lang;
use super::qualifiers;
use super::relative;
use super::tokens::Toks;
use super::units::UnitDef;
use factsift_core::document::Span;
use factsift_core::quantity::{Direction, Flags, Kind, Qualifier, Quantity};

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

/// Reads a currency written before a numeral at token `i`: returns the
/// currency, the token where the numeral starts and a multiplier (`MUSD`).
fn currency_before(t: &Toks, i: usize) -> Option<(Currency, usize, f64)> {
    // cheap test first: a sign, or a short word before a sign, a dot or digits
    let r = t.raw(i);
    let plausible = match t.kind(i) {
        Some(TokKind::Punct) => r == "$" || money::symbol(r).is_some(),
        Some(TokKind::Word) => {
            r.len() <= 4
                && (t.is(i + 1, "$")
                    || t.is(i + 1, ".")
                    || (t.kind(i + 1) == Some(TokKind::Digits)
                        && (t.attached(i + 1) || r.bytes().all(|b| b.is_ascii_uppercase())))
                    || (r.len() == 4 && r.starts_with('M'))
                    || t.kind(i + 1) == Some(TokKind::Word)
                        && r.bytes().all(|b| b.is_ascii_uppercase()))
        }
        _ => false,
    };
    if !plausible {
        return None;
    }
    // up to four tokens such as "u . s $", "hk $", "US$", "usd$"
    for n in (1..=5).rev() {
        if t.get(i + n - 1).is_none() {
            continue;
        }
        let mut s = String::new();
        for k in i..i + n {
            let r = t.raw(k);
            if r != "." {
                s.push_str(&r.to_lowercase());
            }
        }
        let next = i + n;
        let number_next = t.kind(next) == Some(TokKind::Digits)
            || (t.kind(next) == Some(TokKind::Word) && number::may_start(t, next, Lang::En))
            || (t.is(next, "-")
                && t.kind(next + 1) == Some(TokKind::Digits)
                && t.attached(next + 1));
        if !number_next {
            continue;
        }
        let has_sign = s.contains('$') || money::symbol(&s).is_some();
        if n > 1 && !has_sign {
            continue;
        }
        // letters before a spaced "$" must be a known prefix ("us $", "c $"),
        // not an article ("a $15 million") or a possessive ("'s $5")
        if n > 1 && (i + 1..i + n).any(|k| t.spaced(k)) {
            let letters: String = s.chars().filter(|c| c.is_alphabetic()).collect();
            if !matches!(
                letters.as_str(),
                "us" | "c"
                    | "hk"
                    | "nz"
                    | "mex"
                    | "mx"
                    | "nt"
                    | "usd"
                    | "cad"
                    | "aud"
                    | "mxn"
                    | "nzd"
                    | "hkd"
            ) {
                continue;
            }
        }
        if let Some(c) = money::prefix(&s) {
            // codes need to be written as such (USD 200, not "try 5")
            if !has_sign && !t.raw(i).chars().all(|c| c.is_ascii_uppercase()) && !t.attached(next) {
                continue;
            }
            return Some((c, next, 1.0));
        }
        if n == 1 {
            if let Some(c) = money::million_code(&s) {
                if t.raw(i).starts_with('M') {
                    return Some((c, next, 1e6));
                }
            }
        }
    }
    None
}

fn span(t: &Toks, first: usize, last: usize) -> Span {
    Span::new(t.start(first), t.end(last))
}

/// Extracts the quantities of one sentence; spans are byte offsets into
/// `text`.
pub fn scan(t: &Toks, lang: Lang) -> Vec<Found> {
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
fn bare_percent(t: &Toks, i: usize, lang: Lang) -> Option<Found> {
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
fn may_hold_figures(t: &Toks, lang: Lang) -> bool {
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
fn percent_of(t: &Toks, i: usize, lang: Lang) -> Option<Found> {
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
fn unit_with_article(t: &Toks, i: usize, lang: Lang) -> Option<Found> {
    if lang != Lang::En
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

/// Reads the amount (qualifier, currency, numeral, unit) at token `i`.
fn read_amount(t: &Toks, i: usize, lang: Lang) -> Option<Found> {
    let (cur_before, num_at, cur_mult) = match currency_before(t, i) {
        Some((c, n, m)) => (Some(c), n, m),
        None => (None, i, 1.0),
    };
    if cur_before.is_none() && !number::may_start(t, i, lang) {
        return None;
    }
    let n = number::read(t, num_at, lang, cur_before.is_some())?;
    if !accept_numeral(t, &n, lang) {
        return None;
    }
    let mut a = Amount::new(&n);
    if n.ordinal {
        a.kind = Kind::Ordinal;
    } else if let Some(c) = cur_before {
        a.money_before(t, &n, c, cur_mult, lang);
    } else {
        // a clock time ("2 pm", "2.17pm") is not a figure
        if matches!(t.word(a.last + 1), "am" | "pm") && is_clock(t, &n) {
            return None;
        }
        if let Some(f) = decade(t, i, &n) {
            return Some(f);
        }
        a.cardinal_suffix(t, &n, lang);
    }
    a.rate_after_noun(t, lang);
    Some(amount_found(t, i, &n, a, lang))
}

/// A decade, "the 1960s": four digits `n` with a glued "s", the amount
/// starting at token `i`.
fn decade(t: &Toks, i: usize, n: &Numeral) -> Option<Found> {
    if !(n.four_digits && t.word(n.last + 1) == "s" && t.attached(n.last + 1)) {
        return None;
    }
    let mut q = Quantity::new(span(t, i, n.last + 1), Kind::Date, n.value);
    q.period = Some(format!("{}s", t.raw(n.first)));
    q.number = span(t, n.first, n.last);
    Some(Found {
        q,
        first: i,
        amount_first: i,
        last: n.last + 1,
    })
}

/// The figure [`read_amount`] builds from a numeral and what follows it.
struct Amount {
    /// The last token so far.
    last: usize,
    kind: Kind,
    /// The value in the normalized unit.
    value: Option<f64>,
    unit: Option<String>,
    flags: Flags,
    /// The value as written.
    raw_value: Option<f64>,
}

impl Amount {
    /// A bare cardinal of numeral `n`.
    fn new(n: &Numeral) -> Self {
        let mut flags = Flags::empty();
        if n.value.is_none() {
            flags.insert(Flags::UNREPRESENTABLE);
        }
        Amount {
            last: n.last,
            kind: Kind::Cardinal,
            value: n.value,
            unit: None,
            flags,
            raw_value: n.value,
        }
    }

    /// Takes currency `c` (times `mult`) written before numeral `n`: the
    /// name repeated after it ("$ 10 dollars", "US$ 1MM"), cents ("c $ 100
    /// and fifty") and a unit it is per ("$15.4/hour", "$350 per kg").
    fn money_before(&mut self, t: &Toks, n: &Numeral, c: Currency, mult: f64, lang: Lang) {
        self.kind = Kind::Money;
        self.unit = Some(c.code.to_string());
        self.value = self
            .value
            .and_then(|v| super::parse::finite(v * c.factor * mult));
        if let Some((Suffix::Money(_), l)) = attach::suffix(t, self.last + 1, lang, n.scaled) {
            self.last = l;
        } else if !n.scaled
            && n.value.is_some_and(|v| v.fract() == 0.0)
            && matches!(t.word(self.last + 1), "and" | "y" | "con")
        {
            if let Some((extra, l)) = cents_after(t, self.last + 1, lang, c) {
                self.value = self.value.map(|v| v + extra);
                self.last = l;
            }
        }
        if let Some((den, f, l2)) = attach::per_unit(t, self.last + 1) {
            self.unit = Some(format!("{}/{den}", c.code));
            self.value = self.value.and_then(|v| super::parse::finite(v / f));
            self.last = l2;
        }
    }

    /// Reads what follows a bare numeral `n`: an uncertainty
    /// ("2,000.45±0.01 pounds", read over), then percent, points, basis
    /// points, a currency or a unit, or else the readings of
    /// [`Amount::no_suffix`].
    fn cardinal_suffix(&mut self, t: &Toks, n: &Numeral, lang: Lang) {
        if let Some(l) = uncertainty(t, self.last + 1, lang) {
            self.last = l;
        }
        // Spanish "1/4 de milla" reads like "2 millones de galones"
        let scaled = n.scaled || (lang == Lang::Es && n.is_fraction());
        match attach::suffix(t, self.last + 1, lang, scaled) {
            Some((Suffix::Percent, l)) => {
                self.kind = Kind::Percent;
                self.unit = Some("percent".to_string());
                self.last = l;
            }
            Some((Suffix::Points, l)) => {
                self.kind = Kind::PercentagePoints;
                self.unit = Some("pp".to_string());
                self.last = l;
            }
            Some((Suffix::BasisPoints, l)) => {
                self.kind = Kind::PercentagePoints;
                self.unit = Some("pp".to_string());
                self.value = self.value.and_then(|v| super::parse::finite(v / 100.0));
                self.last = l;
            }
            Some((Suffix::Money(c), l)) => self.money_after(t, n, c, l, lang),
            Some((Suffix::Unit(u), l)) => self.measure_after(t, u, l, lang),
            None => self.no_suffix(t, n, lang),
        }
    }

    /// Takes currency `c` written after numeral `n` up to token `l`: a
    /// scale after it ("75 USD million"), an order of magnitude
    /// ("million-dollar contracts" is approximate) and cents ("3 dollars
    /// 50 cents", "15 dollars and 50").
    fn money_after(&mut self, t: &Toks, n: &Numeral, c: Currency, l: usize, lang: Lang) {
        self.kind = Kind::Money;
        self.unit = Some(c.code.to_string());
        self.value = self.value.and_then(|v| super::parse::finite(v * c.factor));
        self.last = l;
        if let Some(s) = scale_word(t, self.last + 1, lang) {
            self.value = self.value.and_then(|v| super::parse::finite(v * s));
            self.last += 1;
        }
        if n.words && t.is(n.last + 1, "-") && n.first == n.last {
            self.flags.insert(Flags::APPROXIMATE);
        }
        if let Some((extra, l2)) = cents_after(t, self.last + 1, lang, c) {
            self.value = self.value.map(|v| v + extra);
            self.last = l2;
        }
    }

    /// Takes unit `u` written after the numeral up to token `l`: a smaller
    /// unit after it ("5 feet 2 inches", "12 ft 2 in"), a power of metres
    /// ("4 km^2", "4 km cubed") and a unit it is per ("10 l/km", "50
    /// km/ms").
    fn measure_after(&mut self, t: &Toks, u: UnitDef, l: usize, lang: Lang) {
        self.kind = u.kind;
        self.unit = Some(u.unit.to_string());
        self.value = self.value.and_then(|v| super::parse::finite(u.convert(v)));
        self.last = l;
        if let Some((extra, l2)) = compound_measure(t, self.last + 1, lang, u) {
            self.value = self.value.map(|v| v + extra);
            self.last = l2;
        }
        if u.unit == "m" {
            if let Some((p, l2)) = attach::power(t, self.last + 1) {
                self.unit = Some(if p == 2 { "m2" } else { "m3" }.to_string());
                self.value = self
                    .raw_value
                    .and_then(|v| super::parse::finite(v * u.factor.powi(p)));
                self.last = l2;
            }
        }
        if let Some((den, f, l2)) = attach::per_unit(t, self.last + 1) {
            self.unit = Some(format!("{}/{den}", self.unit.as_deref().unwrap_or("")));
            self.value = self.value.and_then(|v| super::parse::finite(v / f));
            self.last = l2;
        }
    }

    /// Reads a numeral `n` without a suffix: a million code after it ("30
    /// MUSD"), a rate, or else a lone year is a date.
    fn no_suffix(&mut self, t: &Toks, n: &Numeral, lang: Lang) {
        if let Some(m) = million_code_after(t, self.last + 1) {
            self.kind = Kind::Money;
            self.unit = Some(m.0.code.to_string());
            self.value = self.value.map(|v| v * 1e6);
            self.last = m.1;
        } else if let Some((u, l)) = rate_after(t, self.last + 1, lang) {
            self.kind = Kind::Rate;
            self.unit = Some(u);
            self.last = l;
        } else if n.four_digits && is_year(t, n) {
            self.kind = Kind::Date;
            self.unit = None;
        }
    }

    /// Makes a cardinal a rate when a rate follows it or the counted noun
    /// after it: "614 prisoners per 100,000 inhabitants".
    fn rate_after_noun(&mut self, t: &Toks, lang: Lang) {
        if !matches!(self.kind, Kind::Cardinal) {
            return;
        }
        if let Some((u, l)) = rate_after(t, self.last + 1, lang) {
            self.kind = Kind::Rate;
            self.unit = Some(u);
            self.last = l;
        } else if t.kind(self.last + 1) == Some(TokKind::Word)
            && super::linking::is_content_word(t.word(self.last + 1))
        {
            if let Some((u, l)) = rate_after(t, self.last + 2, lang) {
                self.kind = Kind::Rate;
                self.unit = Some(u);
                self.last = l;
            }
        }
    }
}

/// The quantity of amount `a` (numeral `n`, starting at token `i`) with
/// its qualifier, its span widened over the qualifier's words, and its
/// direction.
fn amount_found(t: &Toks, i: usize, n: &Numeral, a: Amount, lang: Lang) -> Found {
    let mut q = Quantity::new(span(t, i, a.last), a.kind, a.value);
    q.number = span(t, n.first, n.last);
    q.amount = q.span;
    q.unit = a.unit;
    q.flags = a.flags;
    q.raw_value = a.raw_value;
    if a.kind == Kind::Date {
        q.period = Some(t.raw(n.first).to_string());
    }
    let (first, last) = qualify(t, i, a.last, &mut q, lang);
    if a.flags.contains(Flags::APPROXIMATE) {
        q.qualifier = Qualifier::About;
    }
    q.span = span(t, first, last);
    q.direction = direction_before(t, first, lang);
    Found {
        q,
        first,
        amount_first: i,
        last,
    }
}

/// Sets the qualifier of `q`, the amount over tokens `i..=last`, from the
/// words before it ("about", "the first") or after it ("or more"); returns
/// the first and last token of the whole expression.
fn qualify(t: &Toks, i: usize, last: usize, q: &mut Quantity, lang: Lang) -> (usize, usize) {
    let (mut first, mut last) = (i, last);
    let before = qualifiers::before(t, i, lang).or_else(|| {
        if matches!(t.word(i.wrapping_sub(1)), "the" | "el" | "la") && q.kind == Kind::Ordinal {
            qualifiers::before(t, i - 1, lang)
        } else {
            None
        }
    });
    // a qualifier after the figure ("500 or more") wins over a hedge before it
    if let Some((qual, end)) = qualifiers::after(t, last + 1, lang) {
        q.qualifier = qual;
        last = end;
        // "equal to 5000 or less" keeps its opening words
        if let Some((Qualifier::Equal, start)) = before {
            first = start;
        }
    } else if let Some((qual, start)) = before {
        q.qualifier = qual;
        first = start;
        // "less than 5000 or equal (to)"
        if let Some((widened, end)) = qualifiers::or_equal(t, last + 1, qual) {
            q.qualifier = widened;
            last = end;
        }
    }
    (first, last)
}
/// True for a numeral that reads as a clock time before "am"/"pm".
fn is_clock(t: &Toks, n: &Numeral) -> bool {
    let raw = &t.text[t.start(n.first)..t.end(n.last)];
    match raw.split_once(['.', ':']) {
        Some((h, m)) => {
            h.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
                && m.len() == 2
                && m.parse::<u32>().is_ok_and(|m| m < 60)
        }
        None => raw.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h)),
    }
}

/// Skips a "± 0.01" or "+/- 0.01" after a numeral; returns its last token.
fn uncertainty(t: &Toks, i: usize, lang: Lang) -> Option<usize> {
    let k = if t.is(i, "±") {
        i + 1
    } else if t.is(i, "+") && t.is(i + 1, "/") && t.is(i + 2, "-") {
        i + 3
    } else {
        return None;
    };
    number::read(t, k, lang, false).map(|n| n.last)
}

/// The value of a scale word ("million") at token `i`.
fn scale_word(t: &Toks, i: usize, lang: Lang) -> Option<f64> {
    match super::words::lookup(t.word(i), lang)? {
        super::words::NumWord::Scale(s) if s >= 1e6 => Some(s),
        _ => None,
    }
}

/// "USD 22.5 million" handled by prefix; this reads "30 MUSD".
fn million_code_after(t: &Toks, i: usize) -> Option<(Currency, usize)> {
    let r = t.raw(i);
    if t.kind(i) == Some(TokKind::Word) && r.starts_with('M') && r.len() == 4 {
        return money::million_code(&r.to_lowercase()).map(|c| (c, i));
    }
    None
}

fn rate_after(t: &Toks, i: usize, lang: Lang) -> Option<(String, usize)> {
    attach::rate(t, i, lang)
}

/// Cents written after a currency name: "3 dollars 50 cents", "15 dollars and 50".
fn cents_after(t: &Toks, i: usize, lang: Lang, c: Currency) -> Option<(f64, usize)> {
    if c.factor != 1.0 {
        return None;
    }
    let mut k = i;
    if matches!(t.word(k), "and" | "y" | "con") {
        k += 1;
    }
    let n = number::read(t, k, lang, false)?;
    let v = n.value?;
    // "10 turkish lira 11a": a code, not cents
    let glued_after = t.attached(n.last + 1)
        && matches!(t.kind(n.last + 1), Some(TokKind::Word | TokKind::Digits));
    if !(0.0..100.0).contains(&v) || n.ordinal || v.fract() != 0.0 || glued_after {
        return None;
    }
    match attach::suffix(t, n.last + 1, lang, false) {
        Some((Suffix::Money(sub), l)) if sub.code == c.code && sub.factor < 1.0 => {
            Some((v * sub.factor, l))
        }
        None if t.kind(n.last + 1) != Some(TokKind::Word)
            || !super::linking::is_content_word(t.word(n.last + 1)) =>
        {
            Some((v / 100.0, n.last))
        }
        _ => None,
    }
}

/// A second, smaller unit after a measure: "5 feet 2 inches".
fn compound_measure(
    t: &Toks,
    i: usize,
    lang: Lang,
    u: super::units::UnitDef,
) -> Option<(f64, usize)> {
    if u.offset != 0.0 || u.kind != Kind::Measure {
        return None;
    }
    let mut k = i;
    if t.word(k) == "and" {
        k += 1;
    }
    if t.kind(k) != Some(TokKind::Digits) && !number::may_start(t, k, lang) {
        return None;
    }
    let n = number::read(t, k, lang, false)?;
    let v = n.value?;
    let second = attach::suffix(t, n.last + 1, lang, false)
        .map(|(s, l)| match s {
            Suffix::Unit(u2) => Some((u2, l)),
            _ => None,
        })
        .unwrap_or_else(|| {
            // "12 ft 2 in more or less": inches after feet
            (t.word(n.last + 1) == "in")
                .then(|| super::units::lookup("inch").map(|u2| (u2, n.last + 1)))
                .flatten()
        });
    match second {
        // imperial units are written in parts (5 ft 2 in, 3 lb 4 oz);
        // metric ones are not ("12 m 2 dm" are two figures)
        Some((u2, l))
            if u2.unit == u.unit
                && u2.factor < u.factor
                && u2.offset == 0.0
                && super::units::is_imperial(u) =>
        {
            Some((u2.convert(v), l))
        }
        _ => None,
    }
}

/// Words "one" that are pronouns, and other readings that are not figures.
fn accept_numeral(t: &Toks, n: &Numeral, lang: Lang) -> bool {
    if n.words && n.first == n.last {
        let w = t.word(n.first);
        let prev = t.word(n.first.wrapping_sub(1));
        let next = t.word(n.last + 1);
        let unit_follows = attach::suffix(t, n.last + 1, lang, false).is_some();
        if lang == Lang::En && w == "one" && !unit_follows {
            if matches!(
                prev,
                "the"
                    | "this"
                    | "that"
                    | "which"
                    | "any"
                    | "each"
                    | "every"
                    | "no"
                    | "some"
                    | "another"
                    | "someone"
                    | "no one"
                    | "little"
                    | "loved"
                    | "only"
            ) || matches!(
                next,
                "another" | "anyone" | "that" | "who" | "which" | "whose"
            ) {
                return false;
            }
            if t.is(n.last + 1, "'") || t.is(n.last + 1, "’") {
                return false;
            }
            // "one of the safest": a pronoun, not a count
            if next == "of"
                && matches!(
                    t.word(n.last + 2),
                    "the"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                        | "those"
                        | "these"
                        | "them"
                        | "us"
                        | "my"
                        | "your"
                )
            {
                return false;
            }
        }
        if lang == Lang::En
            && w == "second"
            && !matches!(
                prev,
                "the" | "his" | "her" | "its" | "their" | "a" | "our" | "my" | "your"
            )
        {
            return false;
        }
        if lang == Lang::Es && matches!(w, "un" | "una" | "uno") && !number_context_es(t, n) {
            return false;
        }
        if lang == Lang::Es && matches!(w, "segundo" | "segundos") {
            return false;
        }
    }
    true
}

/// Spanish "un/una" is an article unless a measure or currency follows or it
/// stands alone.
fn number_context_es(t: &Toks, n: &Numeral) -> bool {
    let next = n.last + 1;
    if t.get(next).is_none() {
        return true;
    }
    matches!(t.word(next), "solo" | "sola")
        || matches!(
            t.word(n.first.wrapping_sub(1)),
            "solo" | "sólo" | "solamente" | "comprar"
        )
}

/// Whether a bare four-digit numeral reads as a year.
fn is_year(t: &Toks, n: &Numeral) -> bool {
    let Some(v) = n.value else { return false };
    if !(1500.0..=2100.0).contains(&v) {
        return false;
    }
    let prev = t.word(n.first.wrapping_sub(1));
    let next_kind = t.kind(n.last + 1);
    let next_is_noun = next_kind == Some(TokKind::Word)
        && !t.capitalized(n.last + 1)
        && super::linking::is_content_word(t.word(n.last + 1));
    dates::year_cue(prev) || (!next_is_noun && (1900.0..=2100.0).contains(&v))
}

/// The direction given by a verb shortly before the figure ("rose 5%",
/// "fell by half", "down 34 cents").
fn direction_before(t: &Toks, first: usize, _lang: Lang) -> Option<Direction> {
    let mut k = first;
    for _ in 0..3 {
        if k == 0 {
            return None;
        }
        k -= 1;
        if t.kind(k) != Some(TokKind::Word) {
            return None;
        }
        let w = t.word(k);
        if let Some(d) = qualifiers::direction_word(w) {
            return Some(d);
        }
        if !matches!(
            w,
            "by" | "about"
                | "some"
                | "nearly"
                | "almost"
                | "around"
                | "more"
                | "than"
                | "over"
                | "in"
                | "en"
                | "un"
                | "to"
                | "a"
                | "an"
                | "hasta"
        ) {
            return None;
        }
    }
    None
}
