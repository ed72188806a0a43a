//! Words that bound or hedge a figure ("more than", "about", "al menos")
//! and words that give a change its direction ("rose", "fell").

use super::tokens::Toks;
use factsift_core::quantity::{Direction, Qualifier};
use factsift_core::Language;

/// Qualifier phrases written before a numeral, longest first.
const BEFORE_EN: &[(&[&str], Qualifier)] = &[
    (&["less", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["fewer", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["more", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (
        &["greater", "than", "or", "equal", "to"],
        Qualifier::AtLeast,
    ),
    (&["equal", "to", "or", "less", "than"], Qualifier::AtMost),
    (&["equal", "to", "or", "fewer", "than"], Qualifier::AtMost),
    (&["equal", "to", "or", "more", "than"], Qualifier::AtLeast),
    (
        &["equal", "to", "or", "greater", "than"],
        Qualifier::AtLeast,
    ),
    (&["at", "least", "or", "equal", "to"], Qualifier::AtLeast),
    (&["at", "most", "or", "equal", "to"], Qualifier::AtMost),
    (&["less", "or", "equal", "than"], Qualifier::AtMost),
    (&["smaller", "or", "equal", "than"], Qualifier::AtMost),
    (&["lower", "or", "equal", "than"], Qualifier::AtMost),
    (&["fewer", "or", "equal", "than"], Qualifier::AtMost),
    (&["more", "or", "equal", "than"], Qualifier::AtLeast),
    (&["greater", "or", "equal", "than"], Qualifier::AtLeast),
    (&["higher", "or", "equal", "than"], Qualifier::AtLeast),
    (&["bigger", "or", "equal", "than"], Qualifier::AtLeast),
    (&["larger", "or", "equal", "than"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["as", "few", "as"], Qualifier::Just),
    (&["as", "little", "as"], Qualifier::Just),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["higher", "than"], Qualifier::MoreThan),
    (&["larger", "than"], Qualifier::MoreThan),
    (&["bigger", "than"], Qualifier::MoreThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["lower", "than"], Qualifier::LessThan),
    (&["smaller", "than"], Qualifier::LessThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["equal", "to"], Qualifier::Equal),
    (&["equals", "to"], Qualifier::Equal),
    (&["equaling", "to"], Qualifier::Equal),
    (&["equalling", "to"], Qualifier::Equal),
    (&["equivalent", "to"], Qualifier::Equal),
    (&["equals"], Qualifier::Equal),
    (&["at", "most"], Qualifier::AtMost),
    (&["up", "to"], Qualifier::UpTo),
    (&["within"], Qualifier::AtMost),
    (&["close", "to"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["a", "mere"], Qualifier::Just),
    (&["over"], Qualifier::MoreThan),
    (&["exceed"], Qualifier::MoreThan),
    (&["exceeds"], Qualifier::MoreThan),
    (&["exceeded"], Qualifier::MoreThan),
    (&["surpass"], Qualifier::MoreThan),
    (&["surpasses"], Qualifier::MoreThan),
    (&["surpassing"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["approx"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["circa"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    (&["nearly"], Qualifier::Almost),
    (&["almost"], Qualifier::Almost),
    (&["just"], Qualifier::Just),
    (&["only"], Qualifier::Just),
    (&["merely"], Qualifier::Just),
    (&["exactly"], Qualifier::Exact),
    (&["precisely"], Qualifier::Exact),
];

const BEFORE_ES: &[(&[&str], Qualifier)] = &[
    (&["mayor", "o", "igual", "a"], Qualifier::AtLeast),
    (&["mayor", "o", "igual", "que"], Qualifier::AtLeast),
    (&["menor", "o", "igual", "a"], Qualifier::AtMost),
    (&["menor", "o", "igual", "que"], Qualifier::AtMost),
    (&["menores", "o", "iguales", "a"], Qualifier::AtMost),
    (&["mayores", "o", "iguales", "a"], Qualifier::AtLeast),
    (&["inferiores", "o", "iguales", "a"], Qualifier::AtMost),
    (&["superiores", "o", "iguales", "a"], Qualifier::AtLeast),
    (&["igual", "o", "menor", "que"], Qualifier::AtMost),
    (&["igual", "o", "mayor", "que"], Qualifier::AtLeast),
    (&["igual", "a", "o", "menor", "que"], Qualifier::AtMost),
    (&["igual", "a", "o", "mayor", "que"], Qualifier::AtLeast),
    (&["mas", "alto", "que", "el"], Qualifier::MoreThan),
    (&["mas", "bajo", "que", "el"], Qualifier::LessThan),
    (&["mas", "alta", "que"], Qualifier::MoreThan),
    (&["mas", "baja", "que"], Qualifier::LessThan),
    (&["mas", "alto", "que"], Qualifier::MoreThan),
    (&["mas", "bajo", "que"], Qualifier::LessThan),
    (&["no", "mas", "de"], Qualifier::AtMost),
    (&["no", "menos", "de"], Qualifier::AtLeast),
    (&["por", "lo", "menos"], Qualifier::AtLeast),
    (&["por", "encima", "de"], Qualifier::MoreThan),
    (&["por", "debajo", "de"], Qualifier::LessThan),
    (&["como", "minimo"], Qualifier::AtLeast),
    (&["como", "maximo"], Qualifier::AtMost),
    (&["mayor", "que"], Qualifier::MoreThan),
    (&["mayores", "que"], Qualifier::MoreThan),
    (&["mayor", "de"], Qualifier::MoreThan),
    (&["mayores", "de"], Qualifier::MoreThan),
    (&["mayores", "a"], Qualifier::MoreThan),
    (&["superior", "a"], Qualifier::MoreThan),
    (&["superiores", "a"], Qualifier::MoreThan),
    (&["menor", "que"], Qualifier::LessThan),
    (&["menores", "que"], Qualifier::LessThan),
    (&["menor", "de"], Qualifier::LessThan),
    (&["menores", "a"], Qualifier::LessThan),
    (&["inferior", "a"], Qualifier::LessThan),
    (&["inferiores", "a"], Qualifier::LessThan),
    (&["mas", "de"], Qualifier::MoreThan),
    (&["mas", "que"], Qualifier::MoreThan),
    (&["menos", "de"], Qualifier::LessThan),
    (&["menos", "que"], Qualifier::LessThan),
    (&["al", "menos"], Qualifier::AtLeast),
    (&["igual", "a"], Qualifier::Equal),
    (&["equivale", "a"], Qualifier::Equal),
    (&["equivalente", "a"], Qualifier::Equal),
    (&["alrededor", "de"], Qualifier::About),
    (&["cerca", "de"], Qualifier::About),
    (&["hasta"], Qualifier::UpTo),
    (&["aproximadamente"], Qualifier::About),
    (&["unos"], Qualifier::About),
    (&["unas"], Qualifier::About),
    (&["casi"], Qualifier::Almost),
    (&["apenas"], Qualifier::Just),
    (&["solo"], Qualifier::Just),
    (&["solamente"], Qualifier::Just),
    (&["exactamente"], Qualifier::Exact),
];

/// The qualifier ending right before token `i`, with the token where it
/// starts.
pub fn before(t: &Toks, i: usize, lang: Language) -> Option<(Qualifier, usize)> {
    // symbols: >, >=, <, <=
    if i >= 1 && t.kind(i - 1) == Some(super::lexer::TokKind::Punct) {
        let (a, b) = (t.raw(i.wrapping_sub(2)), t.raw(i - 1));
        if i >= 2 && b == "=" && t.attached(i - 1) {
            match a {
                ">" => return Some((Qualifier::AtLeast, i - 2)),
                "<" => return Some((Qualifier::AtMost, i - 2)),
                _ => {}
            }
        }
        match b {
            ">" | "≥" if !(i >= 2 && matches!(a, "<" | "=")) => {
                let q = if b == ">" {
                    Qualifier::MoreThan
                } else {
                    Qualifier::AtLeast
                };
                return Some((q, i - 1));
            }
            "<" | "≤" if !(i >= 2 && matches!(a, ">" | "=")) => {
                let q = if b == "<" {
                    Qualifier::LessThan
                } else {
                    Qualifier::AtMost
                };
                return Some((q, i - 1));
            }
            "~" | "≈" => return Some((Qualifier::About, i - 1)),
            _ => {}
        }
    }
    let table = match lang {
        Language::En | Language::Unknown => BEFORE_EN,
        Language::Es => BEFORE_ES,
    };
    // every phrase ends right before the numeral: its last word is tested first
    let prev = t.word(i.checked_sub(1)?);
    for (words, q) in table {
        let n = words.len();
        if i < n || words.last() != Some(&prev) {
            continue;
        }
        if words
            .iter()
            .enumerate()
            .all(|(k, w)| t.word(i - n + k) == *w)
        {
            return Some((*q, i - n));
        }
    }
    None
}

/// "or equal (to)" after a strict bound: widens it to an inclusive one.
pub fn or_equal(t: &Toks, i: usize, q: Qualifier) -> Option<(Qualifier, usize)> {
    let widened = match q {
        Qualifier::LessThan => Qualifier::AtMost,
        Qualifier::MoreThan => Qualifier::AtLeast,
        _ => return None,
    };
    match (t.word(i), t.word(i + 1), t.word(i + 2)) {
        ("or", "equal", "to") if !starts_number(t, i + 3) => Some((widened, i + 2)),
        ("or", "equal", _) if !starts_number(t, i + 2) => Some((widened, i + 1)),
        ("o", "igual", _) if !starts_number(t, i + 2) => Some((widened, i + 1)),
        _ => None,
    }
}

fn starts_number(t: &Toks, i: usize) -> bool {
    t.kind(i) == Some(super::lexer::TokKind::Digits)
        || super::number::may_start(t, i, Language::En) && !matches!(t.word(i), "a" | "an")
}

/// A qualifier written after the numeral ("or more", "o más"), ending at
/// the returned token.
pub fn after(t: &Toks, i: usize, lang: Language) -> Option<(Qualifier, usize)> {
    let found = after_words(t, i, lang)?;
    // "200 or greater than 190", "above 1000 and below 1500": the words
    // belong to the next figure
    let mut k = i + 2;
    while matches!(
        t.word(k),
        "than" | "or" | "equal" | "to" | "que" | "a" | "de" | "igual"
    ) {
        k += 1;
    }
    if starts_number(t, k) {
        return None;
    }
    Some(found)
}

fn after_words(t: &Toks, i: usize, lang: Language) -> Option<(Qualifier, usize)> {
    let (w0, w1) = (t.word(i), t.word(i + 1));
    match lang {
        Language::En | Language::Unknown => match (w0, w1) {
            ("or", "more")
            | ("or", "greater")
            | ("or", "higher")
            | ("or", "above")
            | ("and", "more")
            | ("and", "above") => Some((
                Qualifier::AtLeast,
                if t.word(i + 2) == "than" {
                    i + 2
                } else {
                    i + 1
                },
            )),
            ("or", "less")
            | ("or", "fewer")
            | ("or", "lower")
            | ("or", "below")
            | ("and", "less")
            | ("and", "below") => Some((
                Qualifier::AtMost,
                if t.word(i + 2) == "than" {
                    i + 2
                } else {
                    i + 1
                },
            )),
            ("plus", _) => Some((Qualifier::AtLeast, i)),
            _ => None,
        },
        Language::Es => match (w0, w1) {
            ("o", "mas") | ("o", "mayor") => Some((Qualifier::AtLeast, i + 1)),
            ("o", "menos") | ("o", "menor") => Some((Qualifier::AtMost, i + 1)),
            ("como", "minimo") | ("al", "menos") => Some((Qualifier::AtLeast, i + 1)),
            ("como", "maximo") => Some((Qualifier::AtMost, i + 1)),
            ("por", "lo") if t.word(i + 2) == "menos" => Some((Qualifier::AtLeast, i + 2)),
            _ => None,
        },
    }
}

/// The direction a verb or adverb gives a following figure.
pub fn direction_word(w: &str) -> Option<Direction> {
    Some(match w {
        "rose" | "rise" | "rises" | "risen" | "rising" | "increased" | "increase" | "increases"
        | "grew" | "grow" | "grows" | "growing" | "grown" | "climbed" | "climb" | "jumped"
        | "gained" | "surged" | "soared" | "up" | "raised" | "higher" | "added" | "doubled"
        | "tripled" | "expanded" | "boosted" | "aumento" | "aumentaron" | "subio" | "subieron"
        | "crecio" | "crecieron" | "incremento" => Direction::Up,
        "fell" | "fall" | "falls" | "fallen" | "falling" | "dropped" | "drop" | "drops"
        | "declined" | "decline" | "declines" | "decreased" | "decrease" | "down" | "lost"
        | "slid" | "sank" | "tumbled" | "plunged" | "plummeted" | "shrank" | "cut" | "lower"
        | "slumped" | "halved" | "reduced" | "dipped" | "eased" | "cayo" | "cayeron" | "bajo"
        | "bajaron" | "disminuyo" | "redujo" => Direction::Down,
        _ => return None,
    })
}

/// Words that name a multiplicative change on their own ("doubled").
pub fn factor_word(w: &str) -> Option<(f64, Direction)> {
    Some(match w {
        "doubled" | "doubles" | "doubling" | "duplico" => (2.0, Direction::Up),
        "tripled" | "triples" | "tripling" | "triplico" => (3.0, Direction::Up),
        "quadrupled" => (4.0, Direction::Up),
        "halved" | "halves" | "halving" => (0.5, Direction::Down),
        _ => return None,
    })
}
