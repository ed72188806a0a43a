//! Numerals that name things rather than count them: products and models
//! ("iPhone 15", "Airbus A320", "Pixel 8"), indexes ("Dow 30", "Nikkei
//! 225"), events ("World Cup 2026"), seats, rows, routes and sections
//! ("seat 14", "Route 66"), formats ("4K", "3D", "1080p"), vehicles and
//! stock written as a product ("a 4x4", "a four-by-four", "a 2x4 plank").
//! They are not quantities: the scan skips their tokens.

use super::lexer::TokKind;
use super::tokens::Toks;
use factsift_core::text::is_stopword;
use factsift_core::Language;

/// True when the sentence opens with a list item's number ("1. The mayor
/// proposed…", "2) Council members…"): one or two digits, a glued "." or
/// ")", then a capitalized word, which numbers the item and counts nothing.
fn list_marker(t: &Toks) -> bool {
    t.kind(0) == Some(TokKind::Digits)
        && t.raw(0).len() <= 2
        && (t.is(1, ".") || t.is(1, ")"))
        && t.attached(1)
        && t.kind(2) == Some(TokKind::Word)
        && t.spaced(2)
        && t.capitalized(2)
}

/// Marks in `skip` the tokens of numerals that are identifiers.
pub fn mark(t: &Toks, lang: Language, skip: &mut [bool]) {
    if list_marker(t) {
        skip[0] = true;
    }
    for k in 0..t.len() {
        if let Some(e) = product_name(t, k, lang) {
            for s in skip.iter_mut().take(e + 1).skip(k) {
                *s = true;
            }
        }
    }
    for k in 0..t.len() {
        if t.kind(k) != Some(TokKind::Digits) || skip[k] {
            continue;
        }
        let glued_format = format_suffix(t, k);
        if glued_to_letters(t, k) {
            // "Core i7", "Audi A4": the digits end a name
            skip[k] = true;
            continue;
        }
        let named = t.spaced(k)
            && k > 0
            && (named_by(t, k - 1, lang) || numbered_noun(t, k - 1) || model_at_start(t, k, lang));
        if glued_format {
            skip[k] = true;
            skip[k + 1] = true;
        } else if named && !amount_follows(t, k, lang) {
            // the whole glued run: "737-800", "2,000"
            let mut e = k;
            while e + 1 < t.len() && t.attached(e + 1) {
                e += 1;
            }
            for s in skip.iter_mut().take(e + 1).skip(k) {
                *s = true;
            }
        }
    }
}

/// True when digits `k` are glued after one to three letters that are no
/// currency ("i7", "A4", "G8"; not "Rs500"): the end of a name.
fn glued_to_letters(t: &Toks, k: usize) -> bool {
    if k == 0 || !t.attached(k) || t.kind(k - 1) != Some(TokKind::Word) {
        return false;
    }
    let letters = t.raw(k - 1);
    (1..=3).contains(&letters.chars().count())
        && letters.chars().all(char::is_alphabetic)
        && super::money::letter_prefix(&letters.to_lowercase()).is_none()
        && super::money::iso_code(letters).is_none()
        && super::money::symbol(letters).is_none()
}

/// "3D", "4K screen", "5G network", "1080p": digits glued to a letter that
/// names a format, not a scale or a unit.
fn format_suffix(t: &Toks, k: usize) -> bool {
    if !(t.attached(k + 1) && t.kind(k + 1) == Some(TokKind::Word)) {
        return false;
    }
    if t.attached(k + 2) || (k > 0 && t.attached(k) && t.kind(k - 1) != Some(TokKind::Word)) {
        return false;
    }
    let letter = t.raw(k + 1);
    let next = k + 2;
    let singular_noun = t.kind(next) == Some(TokKind::Word)
        && !t.capitalized(next)
        && !t.word(next).ends_with('s')
        && super::linking::is_content_word(t.word(next));
    match letter {
        "D" => true,
        "K" | "G" => singular_noun,
        "p" | "i" => matches!(t.raw(k).len(), 3 | 4) && !t.is(k.wrapping_sub(1), "$"),
        _ => false,
    }
}

/// True when word `w` (token `k`) names what the number after it is the
/// name of: a capitalized word that is not a function word, a month, a
/// title, a qualifier or a currency, and not the sentence's first word
/// unless it is written like a brand ("iPhone").
fn named_by(t: &Toks, k: usize, lang: Language) -> bool {
    if t.kind(k) != Some(TokKind::Word) {
        return false;
    }
    let raw = t.raw(k);
    let brand = raw.chars().next().is_some_and(char::is_lowercase)
        && raw.chars().skip(1).any(char::is_uppercase);
    if !(brand || (t.capitalized(k) && k > 0 && !after_opening(t, k))) {
        return false;
    }
    may_name(t, k, lang)
}

/// True when the word at `k` may be a name a numeral belongs to: not a
/// function word, a month, a year cue, a number word, a verb of change, a
/// currency or an acronym.
fn may_name(t: &Toks, k: usize, lang: Language) -> bool {
    let raw = t.raw(k);
    let w = t.word(k);
    !(is_stopword(w)
        || w.len() < 2
        || super::dates::month(w).is_some()
        || super::dates::year_cue(w)
        || super::words::lookup(w, lang).is_some()
        || super::qualifiers::direction_word(w).is_some()
        || super::money::code(w).is_some()
        || super::money::letter_prefix(w).is_some()
        || super::money::iso_code(raw).is_some()
        || raw.bytes().all(|b| b.is_ascii_uppercase()))
}

/// "Boeing 737-800 jets were grounded": a capitalized first word before a
/// model code, digits glued by a hyphen to more digits (the numeral at `k`).
/// A first word is capitalized by position, so only the code's shape tells
/// a model; a qualifier ("Roughly 20-30 people"), a weekday ("Monday 8-10")
/// or a unit still reads a range.
fn model_at_start(t: &Toks, k: usize, lang: Language) -> bool {
    let w = k - 1;
    let first = w == 0 || after_opening(t, w);
    let code = t.is(k + 1, "-")
        && t.attached(k + 1)
        && t.kind(k + 2) == Some(TokKind::Digits)
        && t.attached(k + 2);
    first
        && code
        && t.capitalized(w)
        && may_name(t, w, lang)
        && !factsift_core::text::is_weekday(t.word(w))
        && super::qualifiers::before(t, k, lang).is_none()
        // "Temperatures 20-30 degrees": a unit makes it a range of amounts
        && super::attach::suffix(t, k + 3, lang, false).is_none()
}

/// True when token `k` starts a sentence in all but position: after an
/// opening quote, bracket or dash.
fn after_opening(t: &Toks, k: usize) -> bool {
    matches!(
        t.raw(k - 1),
        "\"" | "“" | "(" | "[" | "—" | "–" | "‘" | "'" | ":"
    )
}

/// Lower-case nouns that a number names an instance of ("seat 14", "route
/// 66", "section 230", "flight 370").
fn numbered_noun(t: &Toks, k: usize) -> bool {
    t.kind(k) == Some(TokKind::Word)
        && matches!(
            t.word(k),
            "seat"
                | "row"
                | "route"
                | "section"
                | "chapter"
                | "article"
                | "page"
                | "room"
                | "gate"
                | "flight"
                | "platform"
                | "channel"
                | "exit"
                | "terminal"
                | "highway"
                | "interstate"
                | "lane"
                | "district"
                | "ward"
                | "precinct"
                | "pier"
                | "apartment"
                | "suite"
                | "bus"
                | "no"
                | "asiento"
                | "fila"
                | "ruta"
                | "seccion"
                | "capitulo"
                | "articulo"
                | "pagina"
                | "vuelo"
        )
}

/// True when a unit, percent or currency follows the numeral at `k`, so it
/// is an amount after all ("Apple 5% higher").
fn amount_follows(t: &Toks, k: usize, lang: Language) -> bool {
    super::number::read(t, k, lang, false)
        .is_some_and(|n| super::attach::suffix(t, n.last + 1, lang, n.scaled).is_some())
}

/// A name written as a product of two small numbers, with no unit after
/// it: "a 4x4", "a 4×4 car", "6x6 trucks", "a 2x4 plank", "a
/// four-by-four". Returns the last token of the name (a glued plural "s"
/// included). "a 4x4 metre plot" or a spaced "3 x 4" are not names.
fn product_name(t: &Toks, k: usize, lang: Language) -> Option<usize> {
    let single = |i: usize| t.kind(i) == Some(TokKind::Digits) && t.raw(i).len() == 1;
    let times = |i: usize| t.word(i) == "x" || t.is(i, "×");
    // not the tail of a longer figure ("1.4x4", "12x4") nor a mantissa
    // ("5x10^3" has two digits, but "4x4.5" is a measure)
    let glued_before = k > 0
        && t.attached(k)
        && matches!(t.kind(k - 1), Some(TokKind::Digits) | Some(TokKind::Punct));
    let glued_after = t.attached(k + 3)
        && (t.kind(k + 3) == Some(TokKind::Digits)
            || t.is(k + 3, "^")
            || (t.is(k + 3, ".") && t.kind(k + 4) == Some(TokKind::Digits) && t.attached(k + 4)));
    let end = if single(k)
        && !glued_before
        && times(k + 1)
        && t.attached(k + 1)
        && single(k + 2)
        && t.attached(k + 2)
        && !glued_after
    {
        k + 2
    } else if small_word(t.word(k))
        && t.hyphen_joins(k + 1)
        && t.word(k + 2) == "by"
        && t.hyphen_joins(k + 3)
        && small_word(t.word(k + 4))
    {
        k + 4
    } else {
        return None;
    };
    // "4x4s": a plural, not a unit of seconds
    if t.attached(end + 1) && t.word(end + 1) == "s" && !t.attached(end + 2) {
        return Some(end + 1);
    }
    super::attach::suffix(t, end + 1, lang, false)
        .is_none()
        .then_some(end)
}

/// The number words a product name is written with ("four-by-four").
fn small_word(w: &str) -> bool {
    matches!(w, "two" | "four" | "six" | "eight")
}
