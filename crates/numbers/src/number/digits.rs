//! Reads a numeral written in digits: groups ("1,000,000", "1 000"),
//! exponents ("1e10", "1.3x10^6"), fractions ("3/4", "2 1/4", "2½"),
//! ordinal suffixes ("21st", "1º"), scale suffixes ("10k", "2.7bn"), and
//! numerals a tokenizer's space cut: money decimals ("$27. 5 million",
//! "$1. 29"), decimals before a glued unit ("2. 7GHz") and thousands groups
//! ("$1, 199", "300, 000").

use crate::lexer::TokKind;
use crate::parse::{finite, parse_numeral, vulgar_fraction};
use crate::tokens::Toks;
use factsift_core::text::MAX_SPACED_DECIMALS;
use factsift_core::Language;

/// A digit numeral with its last token and value.
pub(super) struct Digits {
    /// Last token (inclusive).
    pub(super) last: usize,
    /// The value; `None` when it cannot be represented.
    pub(super) value: Option<f64>,
    /// A lone run of four digits without separators (a possible year).
    pub(super) four_digits: bool,
    /// A scale suffix multiplied it ("10k").
    pub(super) scaled: bool,
    /// An ordinal ("21st").
    pub(super) ordinal: bool,
}

/// Reads a digit numeral starting at token `i` (a Digits token, or `.`/`,`
/// directly followed by digits).
pub(super) fn read_digits(t: &Toks, i: usize, lang: Language, money: bool) -> Option<Digits> {
    let j0 = first_digits(t, i)?;
    let (mut j, mut groups) = digit_groups(t, i, j0);
    let spaced_groups = (j == i).then(|| spaced_thousands(t, i, money)).flatten();
    if let Some((last, n)) = spaced_groups {
        j = last;
        groups += n;
    }
    let spaced_decimals = if money {
        spaced_money_decimals(t, i, j)
    } else {
        spaced_unit_decimals(t, i, j)
    };
    if spaced_decimals {
        j += 2;
        groups += 1;
    }
    let mut end = j;
    if let Some(k) = glued_exponent(t, end) {
        end = k;
    } else if let Some(d) = times_power_of_ten(t, i, end, lang) {
        return Some(d);
    }
    let frac = end == j && groups == 1 && slash_fraction(t, i, end);
    if frac {
        end += 2;
    }
    let raw = &t.text[t.start(i)..t.end(end)];
    let mut value = if spaced_decimals || spaced_groups.is_some() {
        // "27. 5" reads as the "27.5" it was before the space crept in, and
        // "1, 199" as plain digits, so no language takes its comma for a
        // decimal point
        let cut = |c: char| c == ' ' || (c == ',' && spaced_groups.is_some());
        parse_numeral(&raw.replace(cut, ""), lang)
    } else {
        parse_numeral(raw, lang)
    };
    let four_digits = end == i && t.raw(i).len() == 4;
    if !frac && end == j && groups == 1 {
        if let Some(v) = mixed_number(t, end, value, lang) {
            value = Some(v);
            end += 3;
        }
    }
    if let Some(f) = glued_vulgar_fraction(t, end) {
        value = value.map(|v| v + f);
        end += 1;
    }
    if end == i && ordinal_suffix(t, end, lang) {
        return Some(Digits {
            last: end + 1,
            value,
            four_digits: false,
            scaled: false,
            ordinal: true,
        });
    }
    let mult = suffix_multiplier(t, end, lang, money);
    if let Some(m) = mult {
        value = value.and_then(|v| finite(v * m));
        end += 1;
    }
    Some(Digits {
        last: end,
        value,
        four_digits: four_digits && mult.is_none(),
        scaled: mult.is_some(),
        ordinal: false,
    })
}

/// The first Digits token of a digit numeral at `i`: `i` itself, or the
/// token after a leading `.`/`,` (".08", but not the ".168" of "192.168").
fn first_digits(t: &Toks, i: usize) -> Option<usize> {
    match t.kind(i) {
        Some(TokKind::Punct) => {
            let glued_to_digits = i > 0 && t.attached(i) && t.kind(i - 1) == Some(TokKind::Digits);
            let leading_sep = (t.is(i, ".") || t.is(i, ","))
                && t.kind(i + 1) == Some(TokKind::Digits)
                && t.attached(i + 1)
                && !glued_to_digits;
            leading_sep.then_some(i + 1)
        }
        Some(TokKind::Digits) => Some(i),
        _ => None,
    }
}

/// Joins the digit groups after the first Digits token `j0` of a numeral
/// starting at `i` ("1,000,000", "1 000 000", "3.5"); returns the last
/// token and the number of groups. A list ("192.168.1.2", "22,24,26")
/// keeps only its first group.
fn digit_groups(t: &Toks, i: usize, j0: usize) -> (usize, usize) {
    let mut j = j0;
    let mut groups = 1;
    let mut space_grouped = true;
    let first_len = t.raw(j).len();
    loop {
        let sep = j + 1;
        if joins_separated_group(t, sep) {
            j = sep + 1;
            groups += 1;
            space_grouped = false;
        } else if space_grouped && first_len <= 3 && joins_spaced_group(t, j, sep) {
            j = sep;
            groups += 1;
        } else {
            break;
        }
    }
    if groups > 2 && !space_grouped && !separators_group(&t.text[t.start(i)..t.end(j)]) {
        return (j0, 1);
    }
    (j, groups)
}

/// True when the digits `i..=j` of an amount after a currency sign are
/// followed by a decimal point, exactly one space and one to
/// [`MAX_SPACED_DECIMALS`] digits, as text rebuilt from tokens or extracted
/// from PDF writes "$27.5 million" ("$27. 5 million", "$9. 3m", "$1. 29").
/// The sign must touch the digits (`$27`, `US$27`, not `USD 27`) and the
/// integer part hold no decimal point of its own; the caller tells that a
/// currency precedes. Whether the period ended a sentence instead
/// ("It cost $27. 5 people came.") is the segmenter's call: it cuts there,
/// so the numeral never sees both halves.
fn spaced_money_decimals(t: &Toks, i: usize, j: usize) -> bool {
    sign_touches(t, i)
        && !t.text[t.start(i)..t.end(j)].contains('.')
        && spaced_decimals_after(t, j)
        && !joins_separated_group(t, j + 3)
}

/// True when the token before `i` touches it and is no digits: the
/// currency sign of `$27` or `US$27` rather than the space of `USD 27`.
fn sign_touches(t: &Toks, i: usize) -> bool {
    i > 0 && t.attached(i) && t.kind(i - 1) != Some(TokKind::Digits)
}

/// True when the digits at `j` are followed by a glued decimal point,
/// exactly one space and one to [`MAX_SPACED_DECIMALS`] digits ("27. 5").
fn spaced_decimals_after(t: &Toks, j: usize) -> bool {
    let (dot, frac) = (j + 1, j + 2);
    t.is(dot, ".")
        && t.attached(dot)
        && t.kind(frac) == Some(TokKind::Digits)
        && &t.text[t.end(dot)..t.start(frac)] == " "
        && t.raw(frac).len() <= MAX_SPACED_DECIMALS
}

/// Most digits before the point of "2. 7GHz".
const MAX_SPACED_UNIT_WHOLE: usize = 3;

/// True when the lone digits `i..=j` (one to [`MAX_SPACED_UNIT_WHOLE`] of
/// them, glued to no word or number before) are a decimal cut by a space
/// after its point before a unit glued to the decimals: "2. 7GHz", "2.
/// 5mph", "1. 5%", the "2.7GHz" of text rebuilt from tokens. The unit is
/// one the crate knows ([`crate::units::lookup`] of the lower-cased word,
/// [`crate::units::symbol`] as written, or `%`), of two letters or more,
/// so a glued scale or name ("3. 2m", "2. 5G") never joins. Without the
/// glued unit ("won 3. 2 others", "2. 7 percent") or with four digits
/// before the point ("1980. 5GHz") the halves stay apart; the segmenter
/// keeps such a sentence whole by the same rule.
fn spaced_unit_decimals(t: &Toks, i: usize, j: usize) -> bool {
    let glued_before =
        i > 0 && t.attached(i) && matches!(t.kind(i - 1), Some(TokKind::Digits | TokKind::Word));
    j == i
        && !glued_before
        && t.kind(i) == Some(TokKind::Digits)
        && t.raw(i).len() <= MAX_SPACED_UNIT_WHOLE
        && spaced_decimals_after(t, j)
        && glued_unit(t, j + 3)
}

/// True when token `k` is a unit glued to the digits before it ("7GHz",
/// "5mph", "5%"); see [`spaced_unit_decimals`]. "pm" is the clock of
/// "8. 49pm", not picometres.
fn glued_unit(t: &Toks, k: usize) -> bool {
    let r = t.raw(k);
    t.attached(k)
        && (r == "%"
            || (t.kind(k) == Some(TokKind::Word)
                && r.chars().count() >= 2
                && !matches!(t.word(k), "am" | "pm")
                && (crate::units::lookup(t.word(k)).is_some()
                    || crate::units::symbol(r).is_some())))
}

/// Most digits before the first comma of "300, 000" or "$1, 199".
const MAX_SPACED_GROUP_LEAD: usize = 3;

/// The thousands groups cut after their commas by a space that follow
/// the lone digits at `i`, as text rebuilt from tokens or extracted from
/// PDF writes "$1,199" and "300,000" ("$1, 199", "300, 000", "1, 250,
/// 000"): the last token and how many groups. Each group is a glued
/// comma, exactly one space and exactly three digits, and the digits at
/// `i` are one to [`MAX_SPACED_GROUP_LEAD`]. They join only after a
/// currency sign glued to the digits (`money`: "$1, 199", "US$1, 099") or
/// when the last group is "000" ("10, 000 fine", "1, 250, 000"), so lists
/// and dates read as before: "rooms 101, 102 and 103", "5, 100 and 200",
/// "In 2011, 300 people", "On March 3, 2012", "$5, 10 and 20". Groups
/// followed by a glued separator and digits ("10, 000,5") join none.
fn spaced_thousands(t: &Toks, i: usize, money: bool) -> Option<(usize, usize)> {
    if t.kind(i) != Some(TokKind::Digits) || t.raw(i).len() > MAX_SPACED_GROUP_LEAD {
        return None;
    }
    let mut k = i;
    while t.is(k + 1, ",")
        && t.attached(k + 1)
        && t.kind(k + 2) == Some(TokKind::Digits)
        && &t.text[t.end(k + 1)..t.start(k + 2)] == " "
        && t.raw(k + 2).len() == 3
    {
        k += 2;
    }
    let n = (k - i) / 2;
    let joins = n > 0
        && !joins_separated_group(t, k + 1)
        && ((money && sign_touches(t, i)) || t.raw(k) == "000");
    joins.then_some((k, n))
}

/// True when `sep` is a `,` or `.` glued between digits ("1,000", "3.5").
fn joins_separated_group(t: &Toks, sep: usize) -> bool {
    (t.is(sep, ",") || t.is(sep, "."))
        && t.attached(sep)
        && t.kind(sep + 1) == Some(TokKind::Digits)
        && t.attached(sep + 1)
}

/// True when token `sep` is a group of three digits after a space on the
/// same line as token `j` ("1 000"), and not the numerator of a fraction.
fn joins_spaced_group(t: &Toks, j: usize, sep: usize) -> bool {
    t.kind(sep) == Some(TokKind::Digits)
        && t.spaced(sep)
        && t.raw(sep).len() == 3
        && !t.text[t.end(j)..t.start(sep)].contains(['\n', '\t'])
        && !(t.kind(sep + 1) == Some(TokKind::Punct) && t.is(sep + 1, "/") && t.attached(sep + 1))
}

/// True when the separators of `raw` (with at least one `,`/`.`) group
/// digits of one numeral rather than separate a list: inner groups of two
/// or three digits, and a last separator unlike the others or groups of
/// three throughout.
fn separators_group(raw: &str) -> bool {
    let seps: Vec<char> = raw.chars().filter(|c| matches!(c, ',' | '.')).collect();
    let last_sep = seps.last().copied().unwrap_or(',');
    let grouping: Vec<&str> = raw.split([',', '.']).collect();
    let head = &seps[..seps.len() - 1];
    grouping[1..grouping.len() - 1]
        .iter()
        .all(|g| g.len() == 3 || g.len() == 2)
        && (head.iter().all(|&c| c != last_sep) || grouping[1..].iter().all(|g| g.len() == 3))
}

/// The last token of an exponent glued after token `end`: "e10", "e-1",
/// "^23".
fn glued_exponent(t: &Toks, end: usize) -> Option<usize> {
    let w = t.word(end + 1);
    if !((t.attached(end + 1) && w == "e") || (t.is(end + 1, "^") && t.attached(end + 1))) {
        return None;
    }
    let mut k = end + 2;
    while (t.is(k, "-") || t.is(k, "+")) && t.attached(k) {
        k += 1;
    }
    (t.kind(k) == Some(TokKind::Digits) && t.attached(k)).then_some(k)
}

/// Reads the mantissa `i..=end` times a power of ten written after it:
/// "1.3x10^6", "2.48×10−5", "5.5x10-3".
fn times_power_of_ten(t: &Toks, i: usize, end: usize, lang: Language) -> Option<Digits> {
    let w = t.word(end + 1);
    if !((w == "x" || t.is(end + 1, "×") || t.is(end + 1, "*")) && t.raw(end + 2) == "10") {
        return None;
    }
    let mut k = end + 3;
    let caret = t.is(k, "^");
    if caret {
        k += 1;
    }
    let mut neg = false;
    let mut signs = 0;
    while t.is(k, "-") || t.is(k, "+") || t.is(k, "−") {
        neg ^= !t.is(k, "+");
        signs += 1;
        k += 1;
    }
    if !(t.kind(k) == Some(TokKind::Digits)
        && t.attached(k)
        && (caret || signs > 0)
        && t.raw(k).len() <= 4)
    {
        return None;
    }
    let mantissa = parse_numeral(&t.text[t.start(i)..t.end(end)], lang);
    let exp = format!("{}{}", if neg { "-" } else { "" }, t.raw(k));
    let v = mantissa
        .and_then(|m| format!("{m}e{exp}").parse::<f64>().ok())
        .and_then(finite);
    Some(Digits {
        last: k,
        value: v,
        four_digits: false,
        scaled: false,
        ordinal: false,
    })
}

/// True when "/" and digits follow token `end` as a fraction ("3/4",
/// "3 / 4"), not a date a/b/c nor the tail of one ("/" before `i`).
fn slash_fraction(t: &Toks, i: usize, end: usize) -> bool {
    !(i > 0 && t.is(i - 1, "/") && t.attached(i))
        && t.is(end + 1, "/")
        && t.kind(end + 2) == Some(TokKind::Digits)
        && !t.is(end + 3, "/")
        && (t.attached(end + 1) || t.spaced(end + 2))
}

/// The value of a mixed number "2 1/4": whole `value` ending at token
/// `end` plus a proper fraction written after a space.
fn mixed_number(t: &Toks, end: usize, value: Option<f64>, lang: Language) -> Option<f64> {
    let fraction_after = t.kind(end + 1) == Some(TokKind::Digits)
        && t.spaced(end + 1)
        && t.is(end + 2, "/")
        && t.kind(end + 3) == Some(TokKind::Digits)
        && !t.is(end + 4, "/");
    if !fraction_after {
        return None;
    }
    let f = parse_numeral(&t.text[t.start(end + 1)..t.end(end + 3)], lang)?;
    let v = value?;
    (f < 1.0).then_some(v + f)
}

/// A vulgar fraction glued after token `end` ("2½").
fn glued_vulgar_fraction(t: &Toks, end: usize) -> Option<f64> {
    let c = t.raw(end + 1).chars().next()?;
    vulgar_fraction(c).filter(|_| t.attached(end + 1))
}

/// True when an ordinal suffix is glued after token `end`: "1st", "2nd",
/// "4th", "11mo", "1º".
fn ordinal_suffix(t: &Toks, end: usize, lang: Language) -> bool {
    let suffix = t.word(end + 1);
    let ord = match lang {
        Language::En | Language::Unknown => matches!(suffix, "st" | "nd" | "rd" | "th"),
        Language::Es => matches!(
            suffix,
            "o" | "a"
                | "er"
                | "ero"
                | "era"
                | "ro"
                | "ra"
                | "do"
                | "da"
                | "to"
                | "ta"
                | "mo"
                | "ma"
                | "vo"
                | "va"
                | "no"
                | "na"
                | "avo"
        ),
    } || t.is(end + 1, "º")
        || t.is(end + 1, "ª");
    t.attached(end + 1) && ord
}

/// True when the word at `k` is a plural noun or a unit of what is counted
/// ("4.5m barrels", "10m people"), so a glued "m" before it is millions, not
/// metres ("a 100m sprint", "the 400m hurdles").
fn counted_follows(t: &Toks, k: usize) -> bool {
    if t.kind(k) != Some(TokKind::Word) || !t.spaced(k) || t.capitalized(k) {
        return false;
    }
    let w = t.word(k);
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w != "hurdles"
        || crate::units::lookup(w).is_some_and(|u| u.factor != 1.0 && w.ends_with('s'))
}

/// True when the singular noun at `k` makes a glued capital letter part of
/// a name ("a 4K screen", "5G network"), not a scale, outside money.
fn names_a_thing(t: &Toks, k: usize, money: bool) -> bool {
    !money
        && t.kind(k) == Some(TokKind::Word)
        && t.spaced(k)
        && !t.capitalized(k)
        && !t.word(k).ends_with('s')
        && crate::linking::is_content_word(t.word(k))
}

/// The multiplier of a scale suffix after token `end`: "10k",
/// "2.7million", "1.2bn", "10M"; "6m" and "5T" only after a currency sign
/// (`money`).
fn suffix_multiplier(t: &Toks, end: usize, lang: Language, money: bool) -> Option<f64> {
    let suffix = t.word(end + 1);
    let s_raw = t.raw(end + 1);
    let attached = t.attached(end + 1) && t.kind(end + 1) == Some(TokKind::Word);
    let spaced_alone = t.spaced(end + 1)
        && t.kind(end + 1) == Some(TokKind::Word)
        && t.kind(end + 2) != Some(TokKind::Word);
    match s_raw {
        "k" | "K" if (attached && !names_a_thing(t, end + 2, money)) || spaced_alone => Some(1e3),
        "M" | "MM" if (attached && !names_a_thing(t, end + 2, money)) || spaced_alone => Some(1e6),
        "m" if attached && (money || counted_follows(t, end + 2)) => Some(1e6),
        "G" if (attached && !names_a_thing(t, end + 2, money)) || spaced_alone => Some(1e9),
        "B" | "b" if attached && (money || !t.is(end + 2, "-")) => Some(1e9),
        "T" if attached && money => Some(1e12),
        _ if attached => match suffix {
            "bn" | "bln" | "billion" => Some(1e9),
            "mn" | "mln" | "million" => Some(1e6),
            "tn" | "tln" | "trn" | "trillion" => Some(1e12),
            "thousand" => Some(1e3),
            "mil" if lang != Language::Es => Some(1e6),
            _ => None,
        },
        _ => None,
    }
}
