//! Number, interval and list formatting shared by the Markdown and HTML reports.

use crate::model::{ClaimSide, Comparison};

/// A number as a reader wants to see it: thousands grouped with commas, at most a few
/// decimals, trailing zeros dropped (`6000000` → `6,000,000`, `85.20` → `85.2`,
/// `-0.00012345` → `-0.00012345`). Infinities are `∞`/`−∞`; NaN is `n/a`.
pub fn number(v: f64) -> String {
    if v.is_nan() {
        return "n/a".to_string();
    }
    if v.is_infinite() {
        return if v > 0.0 { "∞" } else { "−∞" }.to_string();
    }
    let abs = v.abs();
    if abs >= 1e15 {
        return format!("{v:.3e}");
    }
    let decimals = if abs == 0.0 {
        0
    } else if abs >= 1000.0 {
        2
    } else if abs >= 1.0 {
        3
    } else {
        // Six significant digits for small magnitudes.
        let leading_zeros = (-abs.log10().floor()) as usize;
        (leading_zeros + 5).min(12)
    };
    let fixed = format!("{:.*}", decimals, abs);
    let (int_part, frac_part) = match fixed.split_once('.') {
        Some((i, f)) => (i, f.trim_end_matches('0')),
        None => (fixed.as_str(), ""),
    };
    let mut out = String::with_capacity(fixed.len() + 8);
    let is_zero = int_part.bytes().all(|b| b == b'0') && frac_part.is_empty();
    if v < 0.0 && !is_zero {
        out.push('-');
    }
    out.push_str(&group_thousands(int_part));
    if !frac_part.is_empty() {
        out.push('.');
        out.push_str(frac_part);
    }
    out
}

/// Inserts a comma every three digits from the right of a run of ASCII digits.
fn group_thousands(digits: &str) -> String {
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// A figure's value, or its range when it has an upper bound (`-0.5 to -0.3`).
pub fn value(value: f64, value_max: Option<f64>) -> String {
    match value_max {
        Some(max) if max != value => format!("{} to {}", number(value), number(max)),
        _ => number(value),
    }
}

/// The interval a figure's wording allows, half-open as compare reads it
/// (`[237.5, 238.5)`, `[250, ∞)`, `(−∞, 10)`), so that "130 pounds", `[125, 135)`, is seen
/// not to hold 135. An interval of one point is written `[x, x]`.
pub fn interval(low: f64, high: f64) -> String {
    let open = if low == f64::NEG_INFINITY { '(' } else { '[' };
    let close = if low == high { ']' } else { ')' };
    format!("{open}{}, {}{close}", number(low), number(high))
}

/// A share (0..1) as a percentage with one decimal (`0.2067` → `20.7%`).
pub fn percent(share: f64) -> String {
    if share.is_finite() {
        format!("{}%", number((share * 1000.0).round() / 10.0))
    } else {
        "n/a".to_string()
    }
}

/// `text` cut to at most `max_chars` characters (never inside a UTF-8 character), with
/// an ellipsis when something was cut.
pub fn truncate(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        None => text.to_string(),
        Some(_) => {
            let keep: String = text.chars().take(max_chars.saturating_sub(1)).collect();
            format!("{}…", keep.trim_end())
        }
    }
}

/// Items joined with commas, or `none` where there are none.
pub fn list_or_none(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_string()
    } else {
        items.join(", ")
    }
}

/// How the comparison aligned claims, for the header.
pub fn aligned_with(c: &Comparison) -> &'static str {
    if c.embeddings {
        "sentence embeddings"
    } else {
        "word overlap (no embeddings)"
    }
}

/// The notes on one side of an aligned pair (speaker, hedging), each escaped with
/// `escape`.
pub fn claim_notes(side: &ClaimSide, escape: fn(&str) -> String) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(speaker) = &side.speaker {
        notes.push(format!("speaker: {}", escape(speaker)));
    }
    if side.hedged {
        notes.push(match &side.hedge_cue {
            Some(cue) => format!("hedged: {}", escape(cue)),
            None => "hedged".to_string(),
        });
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_trimmed() {
        assert_eq!(number(6_000_000.0), "6,000,000");
        assert_eq!(number(85.2), "85.2");
        assert_eq!(number(250.0), "250");
        assert_eq!(number(1234.5678), "1,234.57");
        assert_eq!(number(999.0), "999");
        assert_eq!(number(1000.0), "1,000");
        assert_eq!(number(-1_500_000.25), "-1,500,000.25");
        assert_eq!(number(0.0), "0");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(-0.4), "-0.4");
        assert_eq!(number(0.00012345), "0.00012345");
        assert_eq!(number(0.1 + 0.2), "0.3");
    }

    #[test]
    fn special_values_have_readable_names() {
        assert_eq!(number(f64::INFINITY), "∞");
        assert_eq!(number(f64::NEG_INFINITY), "−∞");
        assert_eq!(number(f64::NAN), "n/a");
        assert_eq!(number(2.5e18), "2.500e18");
    }

    #[test]
    fn ranges_show_both_ends() {
        assert_eq!(value(-0.5, Some(-0.3)), "-0.5 to -0.3");
        assert_eq!(value(250.0, Some(250.0)), "250");
        assert_eq!(value(6e6, None), "6,000,000");
    }

    #[test]
    fn intervals_show_open_ends() {
        assert_eq!(interval(237.5, 238.5), "[237.5, 238.5)");
        assert_eq!(interval(300.0, f64::INFINITY), "[300, ∞)");
        assert_eq!(interval(f64::NEG_INFINITY, 10.0), "(−∞, 10)");
        assert_eq!(interval(2.5, 2.5), "[2.5, 2.5]");
    }

    #[test]
    fn percent_and_truncate() {
        assert_eq!(percent(0.2067), "20.7%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("Agencia EFE Española", 8), "Agencia…");
        // Multi-byte characters are never split.
        assert_eq!(truncate("ñññññ", 3), "ññ…");
    }
}
