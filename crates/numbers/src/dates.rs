//! Calendar dates and periods: "April 2025", "5 April 2025", "April 5,
//! 2025", "abril de 2025", and bare years in context ("in 2021", "by the end
//! of 2024").

use super::lexer::TokKind;
use super::tokens::Toks;
use factsift_core::Language;

/// A date read from tokens `first..=last`.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMatch {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// ISO period: `2025-04-05`, `2025-04` or `2025`; `None` without a year.
    pub period: Option<String>,
    /// The year, when there is one.
    pub year: Option<i32>,
}

/// The month number of a month name (English or Spanish, lower-cased; see
/// [`factsift_core::text::month_number`]).
pub use factsift_core::text::month_number as month;

/// A plausible year written as four digits.
pub fn year_of(t: &Toks, i: usize) -> Option<i32> {
    if t.kind(i) != Some(TokKind::Digits) || t.raw(i).len() != 4 {
        return None;
    }
    let y: i32 = t.raw(i).parse().ok()?;
    (1000..=2200).contains(&y).then_some(y)
}

fn day_of(t: &Toks, i: usize) -> Option<(u32, usize)> {
    if t.kind(i) != Some(TokKind::Digits) || t.raw(i).len() > 2 {
        return None;
    }
    let d: u32 = t.raw(i).parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    // 4th, 1st, 2nd
    let last = if t.attached(i + 1) && matches!(t.word(i + 1), "st" | "nd" | "rd" | "th") {
        i + 1
    } else {
        i
    };
    Some((d, last))
}

/// A month name is a date only with a number next to it, or capitalized
/// (English "may" is also a verb).
fn month_at(t: &Toks, i: usize, lang: Language) -> Option<u32> {
    if t.kind(i) != Some(TokKind::Word) {
        return None;
    }
    // an English month in lower case needs the dot of an abbreviation
    if lang != Language::Es && !t.capitalized(i) && !t.is(i + 1, ".") {
        return None;
    }
    let m = month(t.word(i))?;
    let w = t.word(i);
    let short = w.len() <= 4 && !matches!(w, "june" | "july" | "mayo" | "may");
    if short && t.is(i + 1, ".") {
        return Some(m);
    }
    if lang != Language::Es && !t.capitalized(i) {
        return None;
    }
    if short && !t.capitalized(i) {
        return None;
    }
    Some(m)
}

fn format_period(year: Option<i32>, month: u32, day: Option<u32>) -> Option<String> {
    let y = year?;
    Some(match day {
        Some(d) => format!("{y:04}-{month:02}-{d:02}"),
        None => format!("{y:04}-{month:02}"),
    })
}

/// Reads a date starting at token `i`.
pub fn read(t: &Toks, i: usize, lang: Language) -> Option<DateMatch> {
    // Month [day][,] [year]
    if let Some(m) = month_at(t, i, lang) {
        let mut k = i + 1;
        if t.is(k, ".") {
            k += 1;
        }
        let mut day = None;
        let mut last = i;
        if let Some((d, l)) = day_of(t, k) {
            day = Some(d);
            last = l;
            k = l + 1;
            if t.is(k, ",") {
                k += 1;
            }
        }
        if lang == Language::Es && t.word(k) == "de" && year_of(t, k + 1).is_some() {
            k += 1;
        }
        if let Some(y) = year_of(t, k) {
            return Some(DateMatch {
                first: i,
                last: k,
                period: format_period(Some(y), m, day),
                year: Some(y),
            });
        }
        if day.is_some() {
            return Some(DateMatch {
                first: i,
                last,
                period: None,
                year: None,
            });
        }
        return None;
    }
    // day [of|de] Month [[,|de] year]
    if let Some((d, l)) = day_of(t, i) {
        let mut k = l + 1;
        if matches!(t.word(k), "of" | "de") {
            k += 1;
        }
        if let Some(m) = month_at(t, k, lang) {
            let mut last = k;
            let mut j = k + 1;
            if t.is(j, ",") {
                j += 1;
            }
            if lang == Language::Es && t.word(j) == "de" {
                j += 1;
            }
            let year = year_of(t, j);
            if year.is_some() {
                last = j;
            }
            return Some(DateMatch {
                first: i,
                last,
                period: format_period(year, m, Some(d)),
                year,
            });
        }
    }
    None
}

/// Words before a bare four-digit number that make it a year.
pub fn year_cue(w: &str) -> bool {
    matches!(
        w,
        "in" | "by"
            | "since"
            | "of"
            | "from"
            | "until"
            | "till"
            | "through"
            | "during"
            | "before"
            | "after"
            | "the"
            | "early"
            | "late"
            | "mid"
            | "end"
            | "en"
            | "de"
            | "del"
            | "desde"
            | "hasta"
            | "durante"
            | "year"
            | "ano"
            | "el"
            | "fiscal"
            | "fy"
            | "around"
            | "circa"
            | "between"
            | "and"
            | "to"
            | "entre"
    )
}
