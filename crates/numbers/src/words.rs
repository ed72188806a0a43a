//! The lexicon of spelled-out numbers in English and Spanish: cardinals,
//! scale words, ordinals and fraction denominators.

use factsift_core::Language;

/// What a number word contributes to a numeral.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumWord {
    /// 0–9 (and Spanish `un`, `una`).
    Unit(f64),
    /// 10–19, and Spanish single words below 100 such as `veintitrés`.
    Teen(f64),
    /// 20, 30 … 90.
    Tens(f64),
    /// Spanish hundreds as one word (`cien`, `doscientos`).
    Hundreds(f64),
    /// English `hundred`: multiplies what precedes it.
    Hundred,
    /// `thousand`, `million`, `mil`, `millones`…: the scale value.
    Scale(f64),
    /// `dozen`: twelve of what precedes.
    Dozen,
    /// An ordinal (`fifth`, `quinto`); also a fraction denominator after a
    /// cardinal (`three fifths`).
    Ordinal(f64),
    /// A plural denominator (`fifths`, `quintos`, `halves`, `tercios`).
    Denominator(f64),
    /// `half`, `medio`, `media`.
    Half,
    /// `quarter(s)` in English.
    Quarter,
}

/// Looks up a lower-cased, accent-folded word.
pub fn lookup(w: &str, lang: Language) -> Option<NumWord> {
    match lang {
        Language::En | Language::Unknown => english(w),
        Language::Es => spanish(w),
    }
}

/// True when `a` and `b` read number words with the same lexicon.
pub fn same_lexicon(a: Language, b: Language) -> bool {
    (a == Language::Es) == (b == Language::Es)
}

fn english(w: &str) -> Option<NumWord> {
    use NumWord::*;
    Some(match w {
        "zero" | "nought" | "naught" => Unit(0.0),
        "one" => Unit(1.0),
        "two" => Unit(2.0),
        "three" => Unit(3.0),
        "four" => Unit(4.0),
        "five" => Unit(5.0),
        "six" => Unit(6.0),
        "seven" => Unit(7.0),
        "eight" => Unit(8.0),
        "nine" => Unit(9.0),
        "ten" => Teen(10.0),
        "eleven" => Teen(11.0),
        "twelve" => Teen(12.0),
        "thirteen" => Teen(13.0),
        "fourteen" => Teen(14.0),
        "fifteen" => Teen(15.0),
        "sixteen" => Teen(16.0),
        "seventeen" => Teen(17.0),
        "eighteen" => Teen(18.0),
        "nineteen" => Teen(19.0),
        "twenty" => Tens(20.0),
        "thirty" => Tens(30.0),
        "forty" => Tens(40.0),
        "fifty" => Tens(50.0),
        "sixty" => Tens(60.0),
        "seventy" => Tens(70.0),
        "eighty" => Tens(80.0),
        "ninety" => Tens(90.0),
        "hundred" | "hundreds" => Hundred,
        "thousand" | "thousands" => Scale(1e3),
        "million" | "millions" | "mln" | "mn" => Scale(1e6),
        "billion" | "billions" | "bn" | "bln" => Scale(1e9),
        "trillion" | "trillions" | "tn" | "tln" | "trn" => Scale(1e12),
        "lakh" | "lakhs" => Scale(1e5),
        "crore" | "crores" => Scale(1e7),
        "dozen" | "dozens" | "doz" | "dozs" | "dz" | "dzs" => Dozen,
        "half" => Half,
        "halves" => Denominator(2.0),
        "quarter" => Quarter,
        "quarters" => Denominator(4.0),
        _ => return english_ordinal(w),
    })
}

fn english_ordinal(w: &str) -> Option<NumWord> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) if s.ends_with("th") || s.ends_with("rd") || s.ends_with("st") => (s, true),
        _ => (w, false),
    };
    let v = match stem {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    };
    Some(if plural {
        NumWord::Denominator(v)
    } else {
        NumWord::Ordinal(v)
    })
}

fn spanish(w: &str) -> Option<NumWord> {
    use NumWord::*;
    Some(match w {
        "cero" => Unit(0.0),
        "uno" | "un" | "una" => Unit(1.0),
        "dos" => Unit(2.0),
        "tres" => Unit(3.0),
        "cuatro" => Unit(4.0),
        "cinco" => Unit(5.0),
        "seis" => Unit(6.0),
        "siete" => Unit(7.0),
        "ocho" => Unit(8.0),
        "nueve" => Unit(9.0),
        "diez" => Teen(10.0),
        "once" => Teen(11.0),
        "doce" => Teen(12.0),
        "trece" => Teen(13.0),
        "catorce" => Teen(14.0),
        "quince" => Teen(15.0),
        "dieciseis" => Teen(16.0),
        "diecisiete" => Teen(17.0),
        "dieciocho" => Teen(18.0),
        "diecinueve" => Teen(19.0),
        "veinte" => Tens(20.0),
        "veintiuno" | "veintiun" | "veintiuna" => Teen(21.0),
        "veintidos" => Teen(22.0),
        "veintitres" => Teen(23.0),
        "veinticuatro" => Teen(24.0),
        "veinticinco" => Teen(25.0),
        "veintiseis" => Teen(26.0),
        "veintisiete" => Teen(27.0),
        "veintiocho" => Teen(28.0),
        "veintinueve" => Teen(29.0),
        "treinta" => Tens(30.0),
        "cuarenta" => Tens(40.0),
        "cincuenta" => Tens(50.0),
        "sesenta" => Tens(60.0),
        "setenta" => Tens(70.0),
        "ochenta" => Tens(80.0),
        "noventa" => Tens(90.0),
        "cien" | "ciento" => Hundreds(100.0),
        "doscientos" | "doscientas" => Hundreds(200.0),
        "trescientos" | "trescientas" => Hundreds(300.0),
        "cuatrocientos" | "cuatrocientas" => Hundreds(400.0),
        "quinientos" | "quinientas" => Hundreds(500.0),
        "seiscientos" | "seiscientas" => Hundreds(600.0),
        "setecientos" | "setecientas" => Hundreds(700.0),
        "ochocientos" | "ochocientas" => Hundreds(800.0),
        "novecientos" | "novecientas" => Hundreds(900.0),
        "mil" => Scale(1e3),
        "millon" | "millones" => Scale(1e6),
        "billon" | "billones" => Scale(1e12),
        "docena" | "docenas" | "dz" | "dzs" | "dozs" => Dozen,
        "medio" | "media" | "mitad" => Half,
        "medios" | "medias" => Denominator(2.0),
        "tercio" => Ordinal(3.0),
        "tercios" => Denominator(3.0),
        _ => return spanish_ordinal(w),
    })
}

fn spanish_ordinal(w: &str) -> Option<NumWord> {
    let (stem, plural) = if let Some(s) = w.strip_suffix("os").or_else(|| w.strip_suffix("as")) {
        (s, true)
    } else if let Some(s) = w.strip_suffix('o').or_else(|| w.strip_suffix('a')) {
        (s, false)
    } else {
        (w, false)
    };
    let v = match stem {
        "primer" | "prim" => 1.0,
        "segund" => 2.0,
        "tercer" => 3.0,
        "cuart" => 4.0,
        "quint" => 5.0,
        "sext" => 6.0,
        "septim" | "setim" => 7.0,
        "octav" => 8.0,
        "noven" | "non" => 9.0,
        "decim" => 10.0,
        "undecim" => 11.0,
        "duodecim" => 12.0,
        "vigesim" => 20.0,
        "trigesim" => 30.0,
        "cuadragesim" => 40.0,
        "quincuagesim" => 50.0,
        "sexagesim" => 60.0,
        "septuagesim" => 70.0,
        "octogesim" => 80.0,
        "nonagesim" => 90.0,
        "centesim" => 100.0,
        "ducentesim" => 200.0,
        "tricentesim" => 300.0,
        "cuadringentesim" => 400.0,
        "quingentesim" => 500.0,
        "sexcentesim" => 600.0,
        "septingentesim" => 700.0,
        "octingentesim" => 800.0,
        "noningentesim" => 900.0,
        "decimoprimer" | "decimoprim" => 11.0,
        "decimosegund" => 12.0,
        "decimotercer" => 13.0,
        "decimocuart" => 14.0,
        "decimoquint" => 15.0,
        "decimosext" => 16.0,
        "decimoseptim" => 17.0,
        "decimoctav" | "decimooctav" => 18.0,
        "decimonoven" => 19.0,
        "milesim" => 1e3,
        "millonesim" => 1e6,
        "billonesim" => 1e12,
        _ => return spanish_compound_ordinal(stem, plural).or_else(|| spanish_avo(w)),
    };
    if w == "primer" || w == "tercer" {
        return Some(NumWord::Ordinal(v));
    }
    Some(if plural {
        NumWord::Denominator(v)
    } else {
        NumWord::Ordinal(v)
    })
}

/// Spanish ordinals written as one word with a cardinal prefix
/// (`dosmilesimo`, `tresmillonesimo`).
fn spanish_compound_ordinal(stem: &str, plural: bool) -> Option<NumWord> {
    for (suffix, scale) in [("billonesim", 1e12), ("millonesim", 1e6), ("milesim", 1e3)] {
        if let Some(prefix) = stem.strip_suffix(suffix) {
            let v = compound_cardinal_es(prefix)? * scale;
            return Some(if plural {
                NumWord::Denominator(v)
            } else {
                NumWord::Ordinal(v)
            });
        }
    }
    None
}

/// Spanish fraction words built on `-avo` (`veintiunavo`, `doceavos`).
fn spanish_avo(w: &str) -> Option<NumWord> {
    let (stem, plural) = if let Some(s) = w.strip_suffix("avos").or_else(|| w.strip_suffix("avas"))
    {
        (s, true)
    } else {
        (
            w.strip_suffix("avo").or_else(|| w.strip_suffix("ava"))?,
            false,
        )
    };
    let v = compound_cardinal_es(stem)
        .or_else(|| compound_cardinal_es(&format!("{stem}o")))
        .or_else(|| compound_cardinal_es(&format!("{stem}e")))?;
    let _ = plural;
    Some(NumWord::Denominator(v))
}

/// Reads a Spanish cardinal written as one word (`treintaicinco`,
/// `veintiun`, `doscientos`).
fn compound_cardinal_es(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    match spanish(s) {
        Some(NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v) | NumWord::Hundreds(v)) => {
            return Some(v)
        }
        Some(NumWord::Scale(v)) => return Some(v),
        _ => {}
    }
    // tens + "i" + unit, e.g. treintaicinco
    for tens in [
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa",
    ] {
        if let Some(rest) = s.strip_prefix(tens).and_then(|r| r.strip_prefix('i')) {
            if let (Some(NumWord::Tens(t)), Some(NumWord::Unit(u))) = (spanish(tens), spanish(rest))
            {
                return Some(t + u);
            }
        }
    }
    None
}
