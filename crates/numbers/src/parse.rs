//! Reads a numeral written with digits: group separators (`1,659`,
//! `1.659`, `1 234 567`), decimal marks in either convention (`1.9`, `2,5`),
//! signs, exponents (`1e10`, `1.1^23`, `1.3x10^6`) and fractions (`3/4`).
//!
//! It never panics and never yields an infinite or NaN value: a numeral too
//! large or too long to represent gives `None`.

use factsift_core::Language;

/// Longest numeral read; longer digit strings are not represented.
pub const MAX_NUMERAL_BYTES: usize = 400;

/// The value of a finite `f64`, or `None` for infinities and NaN.
pub fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

/// Reads the mantissa part: digits with group and decimal separators.
/// Separators may be `,` `.` or spaces (ASCII, no-break and narrow no-break).
pub fn parse_mantissa(s: &str, lang: Language) -> Option<f64> {
    if s.is_empty() || s.len() > MAX_NUMERAL_BYTES {
        return None;
    }
    // Split into digit groups and the separators between them.
    let mut groups: Vec<&str> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut start: Option<usize> = None;
    let mut lead_sep: Option<char> = None;
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            let sep = match c {
                ',' | '.' => c,
                ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => ' ',
                _ => return None,
            };
            match start.take() {
                Some(st) => groups.push(&s[st..i]),
                None if groups.is_empty() && lead_sep.is_none() => {
                    lead_sep = Some(sep);
                    continue;
                }
                None => return None,
            }
            seps.push(sep);
        }
    }
    match start {
        Some(st) => groups.push(&s[st..]),
        None => return None,
    }
    if let Some(l) = lead_sep {
        // ".08" / ",08": a bare fraction.
        if l == ' ' || groups.len() != 1 {
            return None;
        }
        return finite(format!("0.{}", groups[0]).parse::<f64>().ok()?);
    }
    if seps.len() + 1 != groups.len() {
        return None;
    }
    let decimal = decimal_index(&groups, &seps, lang);
    let mut int_part = String::new();
    for g in &groups[..decimal.unwrap_or(groups.len())] {
        int_part.push_str(g);
    }
    let text = match decimal {
        Some(d) => format!("{int_part}.{}", groups[d]),
        None => int_part,
    };
    finite(text.parse::<f64>().ok()?)
}

/// Which group (if any) holds the decimals, given the separators.
fn decimal_index(groups: &[&str], seps: &[char], lang: Language) -> Option<usize> {
    if seps.is_empty() {
        return None;
    }
    let last = groups.len() - 1;
    let last_sep = seps[last - 1];
    let has_dot = seps.contains(&'.');
    let has_comma = seps.contains(&',');
    if last_sep == ' ' {
        return None;
    }
    if has_dot && has_comma {
        // The last separator kind is the decimal mark when it occurs once.
        let n = seps.iter().filter(|&&c| c == last_sep).count();
        return (n == 1).then_some(last);
    }
    let n = seps.iter().filter(|&&c| c == last_sep).count();
    let grouped = groups[1..].iter().all(|g| g.len() == 3);
    let grouped_indian = groups.len() >= 3
        && groups[last].len() == 3
        && groups[1..last].iter().all(|g| g.len() == 2);
    if n > 1 {
        return None;
    }
    // Spanish writes a decimal comma; English, and text of no known
    // language, a decimal point.
    let decimal_mark = if lang == Language::Es { ',' } else { '.' };
    let is_decimal_mark = last_sep == decimal_mark;
    if is_decimal_mark {
        Some(last)
    } else if grouped || grouped_indian {
        None
    } else {
        Some(last)
    }
}

/// Reads a complete digit numeral: optional sign, mantissa, optional
/// exponent (`e`, `^`, `x10^`) or fraction (`a/b`). Returns `None` when the
/// text is not a numeral or its value cannot be represented (too large, too
/// long, a zero denominator).
pub fn parse_numeral(s: &str, lang: Language) -> Option<f64> {
    let t = s.trim();
    let (neg, body) = match t.strip_prefix(['-', '−', '–']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if body.is_empty() {
        return None;
    }
    let v = if let Some((a, b)) = body.split_once('/') {
        let num = parse_mantissa(a.trim(), lang)?;
        let den = parse_mantissa(b.trim(), lang)?;
        if den == 0.0 {
            return None;
        }
        num / den
    } else if let Some((m, e)) = split_exponent(body) {
        let base = parse_mantissa(m, lang)?;
        let exp = parse_exponent(e)?;
        match body[m.len()..].starts_with('^') {
            true => base.powf(exp),
            // through the decimal parser, so 12e-1 is exactly 1.2
            false => format!("{base}e{exp}").parse::<f64>().ok()?,
        }
    } else {
        parse_mantissa(body, lang)?
    };
    finite(if neg { -v } else { v })
}

/// Splits `1.2e5`, `1.1^23`, `1.3x10^6` into mantissa and exponent text.
fn split_exponent(s: &str) -> Option<(&str, &str)> {
    for pat in ["x10^", "×10^", "*10^"] {
        if let Some(i) = s.find(pat) {
            return Some((&s[..i], &s[i + pat.len()..]));
        }
    }
    if let Some(i) = s.find('^') {
        return Some((&s[..i], &s[i + 1..]));
    }
    let i = s.find(['e', 'E'])?;
    Some((&s[..i], &s[i + 1..]))
}

/// Reads an exponent: digits with any run of signs (`--23` is `23`).
fn parse_exponent(s: &str) -> Option<f64> {
    let digits = s.trim_start_matches(['+', '-']);
    let signs = &s[..s.len() - digits.len()];
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let neg = signs.len() == 1 && signs == "-";
    let e: f64 = digits.parse().ok()?;
    Some(if neg { -e } else { e })
}

/// The value of a Unicode vulgar fraction character (`½`, `¾`…).
pub fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(s: &str) -> Option<f64> {
        parse_numeral(s, Language::En)
    }
    fn es(s: &str) -> Option<f64> {
        parse_numeral(s, Language::Es)
    }

    #[test]
    fn separators_follow_language_conventions() {
        assert_eq!(en("1,659"), Some(1659.0));
        assert_eq!(en("40,000"), Some(40000.0));
        assert_eq!(en("1.9"), Some(1.9));
        assert_eq!(en("1,234,567.89"), Some(1234567.89));
        assert_eq!(en("1,3"), Some(1.3));
        assert_eq!(en("12,34,567.89"), Some(1234567.89));
        assert_eq!(es("1.659,5"), Some(1659.5));
        assert_eq!(es("2,5"), Some(2.5));
        assert_eq!(es("16.000"), Some(16000.0));
        assert_eq!(es("1.234.567"), Some(1234567.0));
        assert_eq!(en("1.111,11"), Some(1111.11));
        assert_eq!(en("1 234 567"), Some(1234567.0));
        assert_eq!(en(".08"), Some(0.08));
    }

    #[test]
    fn signs_exponents_and_fractions() {
        assert_eq!(en("-9.5"), Some(-9.5));
        assert_eq!(en("1e10"), Some(1e10));
        assert_eq!(en("-12e-1"), Some(-1.2));
        assert_eq!(en("2.5^-1"), Some(0.4));
        assert_eq!(en("1.3x10^6"), Some(1.3e6));
        assert_eq!(en("3/4"), Some(0.75));
        assert_eq!(en("1/0"), None);
    }

    #[test]
    fn absurd_numerals_are_not_represented() {
        let long = "9".repeat(10_000);
        assert_eq!(en(&long), None);
        assert_eq!(en("1e309"), None);
        assert_eq!(en("9^999999"), None);
        assert_eq!(en("1..2"), None);
        assert_eq!(en(""), None);
        assert_eq!(en("-"), None);
    }
}
