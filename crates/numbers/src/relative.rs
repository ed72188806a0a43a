//! Relative ordinals: positions counted from the end of a sequence or from
//! the current item rather than from its start ("the last", "penultimate",
//! "the second to last", "next", "previous", "current"; "último",
//! "penúltimo", "siguiente", "anterior", "actual").
//!
//! A relative ordinal becomes a [`Kind::Ordinal`](super::Kind::Ordinal)
//! whose value is the offset from its reference point (`-1` for "the
//! penultimate", `+1` for "next") and whose unit names the reference point
//! ([`Anchor::unit`]). Words that only look like one are left alone: a
//! relative date ("last year", "next week", "el año pasado", "la semana
//! siguiente"), a preposition ("next to the door", "anterior a la crisis"),
//! an adverb ("at last", "por último") and the verb "to last".

use super::dates;
use super::lexer::TokKind;
use super::tokens::Toks;
use super::words::NumWord;
use factsift_core::Language;

/// What a relative ordinal counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The end of the sequence ("last" is the end, "penultimate" end − 1).
    End,
    /// The item at hand ("next" is current + 1, "previous" current − 1).
    Current,
}

impl Anchor {
    /// The unit written for an offset from this anchor.
    pub fn unit(&self) -> &'static str {
        match self {
            Anchor::End => "rank_from_end",
            Anchor::Current => "rank_from_current",
        }
    }
}

/// A relative ordinal read from tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelativeMatch {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// What the position counts from.
    pub anchor: Anchor,
    /// Offset from the anchor (`0` for "last", `-1` for "penultimate").
    pub offset: i32,
}

/// The anchor and offset of a single relative-ordinal word
/// (lower-cased, accent-folded).
fn word(w: &str, lang: Language) -> Option<(Anchor, i32)> {
    use Anchor::*;
    Some(match lang {
        Language::En | Language::Unknown => match w {
            "last" => (End, 0),
            "penultimate" => (End, -1),
            "antepenultimate" => (End, -2),
            "next" => (Current, 1),
            "previous" => (Current, -1),
            "current" => (Current, 0),
            _ => return None,
        },
        Language::Es => match w {
            "ultimo" | "ultima" | "ultimos" | "ultimas" => (End, 0),
            "penultimo" | "penultima" | "penultimos" | "penultimas" => (End, -1),
            "antepenultimo" | "antepenultima" | "antepenultimos" | "antepenultimas" => (End, -2),
            "siguiente" | "siguientes" | "proximo" | "proxima" | "proximos" | "proximas" => {
                (Current, 1)
            }
            "anterior" | "anteriores" => (Current, -1),
            "actual" | "actuales" => (Current, 0),
            _ => return None,
        },
    })
}

/// True when a word may begin or anchor a relative ordinal; a cheap test
/// for sentences that hold no other figure.
pub fn may_be(w: &str, lang: Language) -> bool {
    word(w, lang).is_some()
}

/// True for a word naming a calendar period or a point of the calendar:
/// "last year", "next Tuesday", "el mes pasado" are dates, not ranks.
fn period_word(w: &str) -> bool {
    dates::month(w).is_some()
        || factsift_core::text::is_weekday(w)
        || matches!(
            w,
            "year"
                | "years"
                | "month"
                | "months"
                | "week"
                | "weeks"
                | "weekend"
                | "weekends"
                | "day"
                | "days"
                | "night"
                | "nights"
                | "morning"
                | "evening"
                | "afternoon"
                | "hour"
                | "hours"
                | "minute"
                | "minutes"
                | "quarter"
                | "quarters"
                | "semester"
                | "decade"
                | "decades"
                | "century"
                | "centuries"
                | "season"
                | "summer"
                | "winter"
                | "spring"
                | "autumn"
                | "fall"
                | "fiscal"
                | "año"
                | "años"
                | "mes"
                | "meses"
                | "semana"
                | "semanas"
                | "dia"
                | "dias"
                | "noche"
                | "mañana"
                | "tarde"
                | "hora"
                | "horas"
                | "trimestre"
                | "semestre"
                | "decada"
                | "decadas"
                | "siglo"
                | "temporada"
                | "verano"
                | "invierno"
                | "otoño"
                | "primavera"
                | "ejercicio"
        )
}

/// True when the word at `k` names a period, directly or after a few
/// numerals and quantity words ("the last five years", "the last 25 or 30
/// years", "the last couple of weeks", "los últimos pocos meses").
fn period_after(t: &Toks, k: usize) -> bool {
    for j in k..k + 6 {
        if period_word(t.word(j)) {
            return true;
        }
        let w = t.word(j);
        let counting = t.kind(j) == Some(TokKind::Digits)
            || t.num_word(j).is_some()
            || t.is(j, ",")
            || t.is(j, "-")
            || matches!(
                w,
                "few"
                    | "couple"
                    | "many"
                    | "several"
                    | "of"
                    | "or"
                    | "and"
                    | "to"
                    | "pocos"
                    | "pocas"
                    | "varios"
                    | "varias"
                    | "muchos"
                    | "muchas"
                    | "unos"
                    | "unas"
                    | "o"
                    | "y"
            );
        if !counting {
            return false;
        }
    }
    false
}

/// The rank of an English ordinal word usable before "to last" ("second",
/// "third"…).
fn ordinal_rank(t: &Toks, k: usize) -> Option<i32> {
    match t.num_word(k) {
        Some(NumWord::Ordinal(o)) if (2.0..=100.0).contains(&o) => Some(o as i32),
        _ => None,
    }
}

/// Reads "second to last", "third-to-last" at token `k`: the last token
/// and the offset from the end.
fn to_last(t: &Toks, k: usize) -> Option<(usize, i32)> {
    let n = ordinal_rank(t, k)?;
    let to = next_word(t, k + 1, "to")?;
    let l = next_word(t, to + 1, "last")?;
    Some((l, 1 - n))
}

/// The token holding `w` at `k`, or after a hyphen there ("second-to-last").
fn next_word(t: &Toks, k: usize, w: &str) -> Option<usize> {
    if t.word(k) == w {
        return Some(k);
    }
    if t.is(k, "-") && t.word(k + 1) == w {
        return Some(k + 1);
    }
    None
}

/// The end of an ordinal that a trailing pronoun "one" closes ("the next
/// one."): "one" is taken when nothing but punctuation follows it.
fn absorb_one(t: &Toks, k: usize) -> usize {
    if t.word(k + 1) == "one" && t.kind(k + 2) != Some(TokKind::Word) {
        k + 1
    } else {
        k
    }
}

/// Reads an English relative ordinal starting at token `i`.
fn read_en(t: &Toks, i: usize) -> Option<RelativeMatch> {
    let w = t.word(i);
    let end = |first, last, offset| RelativeMatch {
        first,
        last,
        anchor: Anchor::End,
        offset,
    };
    if w == "the" {
        // "the last but one", "the last but two"
        if t.word(i + 1) == "last" && t.word(i + 2) == "but" {
            if let Some(NumWord::Unit(n)) = t.num_word(i + 3) {
                if n >= 1.0 {
                    return Some(end(i, i + 3, -(n as i32)));
                }
            }
        }
        // "the one before the last (one)"
        if t.word(i + 1) == "one"
            && t.word(i + 2) == "before"
            && t.word(i + 3) == "the"
            && t.word(i + 4) == "last"
            && !period_after(t, i + 5)
        {
            // the pronoun "one" closes the phrase it opened
            let closing_one = t.word(i + 5) == "one"
                && !matches!(
                    t.num_word(i + 6),
                    Some(NumWord::Hundred | NumWord::Scale(_))
                );
            return Some(end(i, if closing_one { i + 5 } else { i + 4 }, -1));
        }
        // "the second to last", "the third-to-last"
        return to_last(t, i + 1).map(|(l, offset)| end(i, l, offset));
    }
    // "third-to-last" without an article
    if let Some((l, offset)) = to_last(t, i) {
        return Some(end(i, l, offset));
    }
    let (anchor, offset) = word(w, Language::En)?;
    // "next to last": one before the end
    if w == "next" {
        if let Some(k) = next_word(t, i + 1, "to") {
            if let Some(l) = next_word(t, k + 1, "last") {
                return Some(end(i, l, -1));
            }
            // "next to the door" is a preposition
            return None;
        }
    }
    // compounds written with a hyphen ("last-minute", "next-door")
    if t.is(i + 1, "-") && t.attached(i + 1) {
        return None;
    }
    let before = t.word(i.wrapping_sub(1));
    // the adverb "at (long) last" and the verb "to last" ("built to last",
    // "will last for years")
    let last_not_rank = w == "last"
        && (matches!(
            before,
            "at" | "long"
                | "to"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "must"
                | "not"
                | "did"
                | "does"
                | "didn't"
                | "won't"
        ) || matches!(
            t.word(i + 1),
            "for" | "until" | "till" | "through" | "longer"
        ));
    // the noun "current" ("an electric current", "against the current.")
    let current_noun = w == "current"
        && (t.kind(i + 1) != Some(TokKind::Word)
            || matches!(
                before,
                "electric" | "electrical" | "ocean" | "alternating" | "direct" | "rip" | "strong"
            ));
    if last_not_rank || current_noun {
        return None;
    }
    if period_after(t, i + 1) {
        return None;
    }
    Some(RelativeMatch {
        first: i,
        last: absorb_one(t, i),
        anchor,
        offset,
    })
}

/// Reads a Spanish relative ordinal starting at token `i`.
fn read_es(t: &Toks, i: usize) -> Option<RelativeMatch> {
    let w = t.word(i);
    let ultimo = |k: usize| matches!(t.word(k), "ultimo" | "ultima");
    // "antes del último", "anterior al último": one before the end
    if (w == "antes" && t.word(i + 1) == "del" && ultimo(i + 2))
        || (w == "anterior" && t.word(i + 1) == "al" && ultimo(i + 2))
    {
        return Some(RelativeMatch {
            first: i,
            last: i + 2,
            anchor: Anchor::End,
            offset: -1,
        });
    }
    let (anchor, offset) = word(w, Language::Es)?;
    let before = t.word(i.wrapping_sub(1));
    // "por último" (finally); "anterior a la crisis" (prior to)
    if (before == "por" && offset == 0 && anchor == Anchor::End)
        || (w.starts_with("anterior") && matches!(t.word(i + 1), "a" | "al"))
    {
        return None;
    }
    // relative dates: "el próximo año", "los últimos cinco años", "la
    // semana siguiente", "el año anterior", "el mes actual"
    if period_after(t, i + 1) || period_word(before) {
        return None;
    }
    Some(RelativeMatch {
        first: i,
        last: i,
        anchor,
        offset,
    })
}

/// Reads a relative ordinal starting at token `i`.
pub fn read(t: &Toks, i: usize, lang: Language) -> Option<RelativeMatch> {
    if t.kind(i) != Some(TokKind::Word) {
        return None;
    }
    match lang {
        Language::En | Language::Unknown => read_en(t, i),
        Language::Es => read_es(t, i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(text: &str, lang: Language) -> Option<(String, Anchor, i32)> {
        let t = Toks::new(text, lang);
        (0..t.len()).find_map(|i| {
            read(&t, i, lang).map(|m| {
                (
                    text[t.start(m.first)..t.end(m.last)].to_string(),
                    m.anchor,
                    m.offset,
                )
            })
        })
    }

    #[test]
    fn english_forms_from_the_end() {
        for (s, span, off) in [
            ("Delete the last sentence.", "last", 0),
            ("Show me the penultimate.", "penultimate", -1),
            ("It was the antepenultimate stage.", "antepenultimate", -2),
            ("Show me the last but one.", "the last but one", -1),
            ("Take the last but two.", "the last but two", -2),
            (
                "I meant the one before the last",
                "the one before the last",
                -1,
            ),
            (
                "The one before the last one is fine",
                "the one before the last one",
                -1,
            ),
            ("He finished third-to-last.", "third-to-last", -2),
            ("She came the third to last", "the third to last", -2),
            ("I want next to last.", "next to last", -1),
        ] {
            let got = first(s, Language::En);
            let want = Some((span.to_string(), Anchor::End, off));
            assert_eq!(got.map(|(x, a, o)| (x.to_lowercase(), a, o)), want, "{s}");
        }
    }

    #[test]
    fn english_forms_from_the_current_item() {
        for (s, span, off) in [
            ("Turn to the next page.", "next", 1),
            ("Show me the next one.", "next one", 1),
            ("Restore a previous version", "previous", -1),
            ("The current president spoke", "current", 0),
        ] {
            assert_eq!(
                first(s, Language::En),
                Some((span.to_string(), Anchor::Current, off)),
                "{s}"
            );
        }
    }

    #[test]
    fn english_look_alikes_are_not_ranks() {
        for s in [
            "Prices rose last year.",
            "The vote is next Tuesday.",
            "Over the last five years, crime fell.",
            "Over the last 25 or 30 years, jobs left.",
            "In the last couple of weeks, it rained.",
            "The previous month was quiet.",
            "He stood next to the door.",
            "At last, the rain stopped.",
            "The truce will last for a week.",
            "It was built to last.",
            "A last-minute deal.",
            "The swimmer fought the current.",
            "An electric current flows.",
        ] {
            assert_eq!(first(s, Language::En), None, "{s}");
        }
    }

    #[test]
    fn spanish_forms_and_look_alikes() {
        let cases = [
            ("Borra la última oración", Some(("última", Anchor::End, 0))),
            (
                "Muéstrame el penúltimo.",
                Some(("penúltimo", Anchor::End, -1)),
            ),
            ("la antepenúltima", Some(("antepenúltima", Anchor::End, -2))),
            (
                "el antes del último",
                Some(("antes del último", Anchor::End, -1)),
            ),
            (
                "el anterior al último",
                Some(("anterior al último", Anchor::End, -1)),
            ),
            (
                "Pase a la página siguiente",
                Some(("siguiente", Anchor::Current, 1)),
            ),
            ("el presidente actual", Some(("actual", Anchor::Current, 0))),
            ("Llegó el año pasado y el próximo año", None),
            ("en los últimos cinco años", None),
            ("la semana anterior", None),
            ("por último, habló", None),
            ("la etapa anterior a la crisis", None),
        ];
        for (s, want) in cases {
            let want = want.map(|(x, a, o)| (x.to_string(), a, o));
            assert_eq!(first(s, Language::Es), want, "{s}");
        }
    }
}
