//! What comes right after a numeral: percent signs and words, currency
//! names, units of measure and rates ("per 100,000 inhabitants").

use std::borrow::Cow;

use super::lexer::TokKind;
use super::money::{self, Currency};
use super::tokens::Toks;
use super::units::{self, UnitDef};
use factsift_core::Language;

/// What follows a numeral.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Suffix {
    /// `%`, `percent`, `por ciento`.
    Percent,
    /// `percentage points`.
    Points,
    /// `basis points` (hundredths of a percentage point).
    BasisPoints,
    /// A currency name or code.
    Money(Currency),
    /// A unit of measure or duration.
    Unit(UnitDef),
}

/// Joins tokens `i..i+n` the way a lexicon lists them: words separated by
/// one space when spaced, glued otherwise; lower-cased and accent-folded.
/// One word, or one sign without capitals, is borrowed as it is.
fn joined<'t>(t: &'t Toks, i: usize, n: usize) -> Option<Cow<'t, str>> {
    if n == 1 {
        t.get(i)?;
        let raw = t.raw(i);
        return Some(match t.kind(i) {
            Some(TokKind::Word) => Cow::Borrowed(t.word(i)),
            _ if raw.is_ascii() && !raw.bytes().any(|b| b.is_ascii_uppercase()) => {
                Cow::Borrowed(raw)
            }
            _ => Cow::Owned(raw.to_lowercase()),
        });
    }
    let mut s = String::new();
    for k in i..i + n {
        t.get(k)?;
        if k > i && t.spaced(k) {
            s.push(' ');
        }
        match t.kind(k) {
            Some(TokKind::Word) => s.push_str(t.word(k)),
            _ => s.push_str(&t.raw(k).to_lowercase()),
        }
    }
    Some(Cow::Owned(s))
}

/// The suffix starting at token `i` and its last token. `scaled` tells
/// that the numeral had a scale word, which makes "pounds" money.
pub fn suffix(t: &Toks, i: usize, lang: Language, scaled: bool) -> Option<(Suffix, usize)> {
    let mut i = i;
    // "million-dollar", "3-inch", "six-mile": a hyphen glues the unit
    let hyphen = t.hyphen_joins(i) && t.kind(i + 1) == Some(TokKind::Word);
    if hyphen {
        i += 1;
    }
    // Spanish "millones de dólares"
    if lang == Language::Es && scaled && t.word(i) == "de" {
        if let Some((s, l)) = suffix(t, i + 1, lang, scaled) {
            if matches!(s, Suffix::Money(_) | Suffix::Unit(_)) {
                return Some((s, l));
            }
        }
    }
    // brackets around a unit: 20 (kg)
    if !hyphen && matches!(t.raw(i), "(" | "[" | "{" | "<") {
        if let Some((s @ Suffix::Unit(_), l)) = suffix(t, i + 1, lang, scaled) {
            if matches!(t.raw(l + 1), ")" | "]" | "}" | ">") && l == i + 1 {
                return Some((s, l + 1));
            }
        }
        return None;
    }
    let r = t.raw(i);
    if r == "%" || r == "٪" {
        return Some((Suffix::Percent, i));
    }
    // percent words
    let w = t.word(i);
    match (w, t.word(i + 1)) {
        ("percentage", "points") | ("percentage", "point") | ("puntos", "porcentuales") => {
            return Some((Suffix::Points, i + 1))
        }
        ("basis", "points") | ("basis", "point") | ("puntos", "basicos") => {
            return Some((Suffix::BasisPoints, i + 1))
        }
        ("bps" | "bp", _) => return Some((Suffix::BasisPoints, i)),
        ("per", "cent") | ("por", "ciento") | ("por", "cien") => {
            return Some((Suffix::Percent, i + 1))
        }
        ("percent" | "percents" | "pct" | "percentage" | "porciento", _) => {
            return Some((Suffix::Percent, i))
        }
        _ => {}
    }
    if w == "pp" || w == "ppt" {
        return Some((Suffix::Points, i));
    }
    // case-sensitive symbols (MB vs mb)
    if t.kind(i) == Some(TokKind::Word) {
        if let Some(u) = units::symbol(r) {
            let ok = match r {
                "t" => {
                    t.attached(i)
                        || (t.kind(i.wrapping_sub(1)) == Some(TokKind::Digits)
                            && !t.attached(i + 1)
                            && !t.is(i + 1, "'"))
                }
                "C" | "F" => !t.capitalized(i + 1) && (t.spaced(i + 1) || t.kind(i + 1).is_none()),
                _ => t.attached(i) || r.len() > 1,
            };
            if ok {
                return Some((Suffix::Unit(u), i));
            }
        }
    }
    // longest unit or currency phrase of up to four tokens
    let first = if t.kind(i) == Some(TokKind::Word) {
        t.word(i)
    } else {
        t.raw(i)
    };
    let max_n = if starts_multiword(first) { 4 } else { 1 };
    for n in (1..=max_n).rev() {
        let Some(s) = joined(t, i, n) else { continue };
        let letters = || {
            (n == 1)
                .then(|| money::iso_code(t.raw(i)).or_else(|| money::letter_prefix(&s)))
                .flatten()
        };
        if let Some(c) = money::name(&s).or_else(|| money::code(&s)).or_else(letters) {
            let rejected = (s == "p" && !t.attached(i))
                // "pounds" is money only with a scale word
                || (matches!(s.as_ref(), "pounds" | "pound" | "libras" | "libra") && !scaled)
                // "real", "mark", "sol" only with a scale word
                || (matches!(s.as_ref(), "real" | "mark" | "marks" | "sol" | "rand" | "sen" | "mao") && !scaled && n == 1 && lang != Language::Es)
                // "1B Mark Teixeira": a given name before a surname
                || (matches!(s.as_ref(), "mark" | "rand" | "sol" | "real") && n == 1 && t.capitalized(i) && t.capitalized(i + 1));
            if !rejected {
                return Some((Suffix::Money(c), i + n - 1));
            }
        }
        if let Some(c) = money::symbol(&s) {
            // "10 $" but not "$ 20.00 $ 37.10"; in "10 $ 30 $" the next
            // amount ends with the same sign, so the signs follow the amounts
            let next_amount_signed = || {
                let mut k = i + n;
                while matches!(t.kind(k), Some(TokKind::Digits))
                    || ((t.is(k, ".") || t.is(k, ",")) && t.attached(k))
                {
                    k += 1;
                }
                t.raw(k) == t.raw(i + n - 1)
            };
            if t.kind(i + n) != Some(TokKind::Digits) || next_amount_signed() {
                return Some((Suffix::Money(c), i + n - 1));
            }
            continue;
        }
        if let Some(u) = units::lookup(&s) {
            if !unit_ok(t, i, n, &s) {
                continue;
            }
            return Some((Suffix::Unit(u), i + n - 1));
        }
    }
    None
}

/// A unit per unit ("l/km", "W/min", "$15.4/hour", with `article` also
/// "$3.40 a gallon"): the denominator and its last token.
pub fn per_unit(t: &Toks, i: usize, article: bool) -> Option<(UnitDef, usize)> {
    let article = article && matches!(t.word(i), "a" | "an") && t.raw(i + 1).len() > 2;
    if !(t.is(i, "/") && t.attached(i)) && t.word(i) != "per" && !article {
        return None;
    }
    for n in (1..=2).rev() {
        let s = joined(t, i + 1, n)?;
        if let Some(u) = units::lookup(&s) {
            // "$6 million a year" stays an amount (the period is the
            // sentence's): only a measure is per-article ("$3.40 a gallon")
            if u.offset != 0.0 || (article && u.kind == factsift_core::quantity::Kind::Duration) {
                continue;
            }
            return Some((u, i + n));
        }
    }
    None
}

/// A power after a length unit: `^2`, `²`, `squared`, `^3`, `cubed`.
pub fn power(t: &Toks, i: usize) -> Option<(i32, usize)> {
    match (t.raw(i), t.raw(i + 1)) {
        ("^", "2") | ("^", "3") if t.attached(i) => {
            Some((if t.raw(i + 1) == "2" { 2 } else { 3 }, i + 1))
        }
        ("²", _) => Some((2, i)),
        ("³", _) => Some((3, i)),
        _ => match t.word(i) {
            "squared" => Some((2, i)),
            "cubed" => Some((3, i)),
            _ => None,
        },
    }
}

/// True for words that begin a unit or currency name of several words
/// ("square", "metric", "us"); the suffix reader tries longer phrases only
/// after them.
fn starts_multiword(w: &str) -> bool {
    matches!(
        w,
        "µ" | "μ"
            | "american"
            | "argentine"
            | "au"
            | "aud"
            | "australian"
            | "british"
            | "brl"
            | "cad"
            | "can"
            | "canadian"
            | "centimetro"
            | "centimetros"
            | "chilean"
            | "chinese"
            | "cm"
            | "colombian"
            | "cu"
            | "cubic"
            | "degree"
            | "degrees"
            | "deutsche"
            | "dolar"
            | "dolares"
            | "dutch"
            | "electron"
            | "finnish"
            | "florin"
            | "franco"
            | "francos"
            | "french"
            | "gigawatt"
            | "grados"
            | "hk"
            | "hkd"
            | "hong"
            | "japanese"
            | "kilometer"
            | "kilometers"
            | "kilometre"
            | "kilometres"
            | "kilometro"
            | "kilometros"
            | "kilowatt"
            | "km"
            | "libra"
            | "libras"
            | "lira"
            | "m"
            | "marco"
            | "marcos"
            | "megawatt"
            | "meters"
            | "metres"
            | "metric"
            | "metro"
            | "metros"
            | "mex"
            | "mexican"
            | "mile"
            | "miles"
            | "milla"
            | "millas"
            | "mx"
            | "mxn"
            | "nautical"
            | "netherlands"
            | "new"
            | "nt"
            | "nz"
            | "nzd"
            | "peso"
            | "pesos"
            | "pie"
            | "pies"
            | "pound"
            | "pounds"
            | "sgd"
            | "sq"
            | "square"
            | "swiss"
            | "tonelada"
            | "toneladas"
            | "turkish"
            | "twd"
            | "united"
            | "us"
            | "usd"
            | "watt"
            | "yuan"
            | "°"
            | "º"
    )
}

/// True when token `i` is a compass letter of a street address, "N.",
/// "S.", "E." or "W." before a capitalized name ("200 W. American Blvd."),
/// not a unit symbol.
fn street_direction(t: &Toks, i: usize) -> bool {
    matches!(t.raw(i), "N" | "S" | "E" | "W") && t.is(i + 1, ".") && t.capitalized(i + 2)
}

/// True for the plural of an acronym ("HRs", "RBIs", "KOs"): two or more
/// capitals and a lower-case "s".
fn is_plural_acronym(raw: &str) -> bool {
    raw.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

/// Rules out readings of short, ambiguous unit words.
fn unit_ok(t: &Toks, i: usize, n: usize, s: &str) -> bool {
    // "203 HRs": the plural of an acronym is a counted noun (home runs),
    // not a unit symbol written in capitals
    if n == 1 && is_plural_acronym(t.raw(i)) {
        return false;
    }
    let next = i + n;
    let next_word = t.word(next);
    match s {
        // "in" is inches only at the end or before a dimension adjective
        "in" => {
            t.get(next).is_none()
                || matches!(
                    next_word,
                    "thick" | "long" | "wide" | "tall" | "high" | "deep" | "diameter" | "across"
                )
                || (t.kind(next) == Some(TokKind::Punct) && !t.is(next, "-"))
        }
        "m" | "g" | "l" | "s" | "h" | "w" | "v" | "j" | "pa" | "ha" | "mi" | "cc" | "ms"
        | "gal" | "nm" | "\"" | "'" | "°" | "º" => {
            // "5'8\"": the feet of a height written with marks
            if s == "'" && is_feet_mark_of_height(t, i) {
                return true;
            }
            // letters alone count only attached or before non-letters
            let attached = t.attached(i);
            let followed_by_word_glued = t.kind(next) == Some(TokKind::Word) && t.attached(next);
            let followed_by_digit = t.kind(next) == Some(TokKind::Digits) && t.attached(next);
            if followed_by_word_glued || followed_by_digit || street_direction(t, i) {
                return false;
            }
            // "3 to 4 L of wine", "278,000 t": upper-case L and a lone t are symbols
            if (s == "l" && t.raw(i) == "L") || s == "t" {
                return !followed_by_word_glued
                    && !followed_by_digit
                    && !t.is(next, "'")
                    && !t.is(next, "’");
            }
            if s == "\"" || s == "'" {
                let opened = t.text[..t.start(i)].matches(['"', '“']).count() % 2 == 1;
                return attached
                    && t.kind(i.wrapping_sub(1)) == Some(TokKind::Digits)
                    && !opened
                    && s == "\"";
            }
            attached || t.kind(next) != Some(TokKind::Word) || next_word == "x"
        }
        "degrees" | "degree" | "grados" => !matches!(next_word, "of"),
        "second" => false,
        _ => true,
    }
}

/// True when the apostrophe at `i` marks the feet of a height written
/// "5'8\"": glued between digits and inches below 12 that end in a
/// glued double quote.
fn is_feet_mark_of_height(t: &Toks, i: usize) -> bool {
    let glued_digits = |k: usize| t.kind(k) == Some(TokKind::Digits) && t.attached(k);
    i > 0
        && t.kind(i - 1) == Some(TokKind::Digits)
        && t.attached(i)
        && glued_digits(i + 1)
        && t.raw(i + 1).parse::<u32>().is_ok_and(|v| v < 12)
        && t.is(i + 2, "\"")
        && t.attached(i + 2)
}

/// A population denominator after "per": returns the unit name (`per_100k`,
/// `per_capita`), the denominator's last token and its value.
pub fn rate(t: &Toks, i: usize, lang: Language) -> Option<(String, usize)> {
    let w = t.word(i);
    if !matches!(w, "per" | "por" | "for") {
        return None;
    }
    let mut k = i + 1;
    if w == "for" {
        if t.word(k) != "every" {
            return None;
        }
        k += 1;
    }
    if matches!(
        t.word(k),
        "capita" | "cápita" | "head" | "person" | "habitante" | "persona"
    ) {
        return Some(("per_capita".to_string(), k));
    }
    let n = super::number::read(t, k, lang, false)?;
    let v = n.value?;
    if !(v >= 10.0 && v.fract() == 0.0) {
        return None;
    }
    // a whole number of at least 10 here, so the conversion is exact or saturates
    let unit = match v as u64 {
        100 => "per_100".to_string(),
        1_000 => "per_1k".to_string(),
        10_000 => "per_10k".to_string(),
        100_000 => "per_100k".to_string(),
        1_000_000 => "per_1m".to_string(),
        _ => format!("per_{v}"),
    };
    // the population noun after the denominator
    let mut last = n.last;
    if t.kind(last + 1) == Some(TokKind::Word)
        && !t.capitalized(last + 1)
        && super::linking::is_content_word(t.word(last + 1))
    {
        last += 1;
    }
    Some((unit, last))
}
