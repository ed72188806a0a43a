//! Abbreviations that end in a period without ending the sentence.
//!
//! The lists are sorted slices of lower-case keys (no final period) looked
//! up by binary search after lower-casing the ASCII letters of the token
//! into a stack buffer, so a lookup allocates nothing. Each abbreviation has
//! a [`AbbrevKind`] that tells the boundary rules how it behaves.

use factsift_core::language::Language;

/// How an abbreviation behaves before the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    /// Stands before a name (`Mr.`, `Dr.`, `Gen.`, `Mt.`, `Sra.`): never
    /// ends a sentence.
    Title,
    /// Stands before a number (`No.`, `p.`, `Vol.`, `art.`): never ends a
    /// sentence before a digit, and is an ordinary word before anything
    /// else (`they said no.`).
    NumberPrefix,
    /// Anything else (`Co.`, `Inc.`, `etc.`, `Jan.`, `U.S.`): ends the
    /// sentence only when a typical sentence opener follows.
    General,
}

use AbbrevKind::{General as G, NumberPrefix as N, Title as T};

/// English abbreviations, sorted by key.
const ENGLISH: &[(&str, AbbrevKind)] = &[
    ("adm", T),
    ("al", G),
    ("ala", G),
    ("amb", T),
    ("approx", G),
    ("apr", G),
    ("ariz", G),
    ("ark", G),
    ("art", N),
    ("assn", G),
    ("asst", T),
    ("atty", T),
    ("aug", G),
    ("ave", G),
    ("bldg", G),
    ("blvd", G),
    ("brig", T),
    ("bros", G),
    ("calif", G),
    ("capt", T),
    ("cf", T),
    ("ch", N),
    ("chap", N),
    ("cmdr", T),
    ("co", G),
    ("col", T),
    ("colo", G),
    ("conn", G),
    ("corp", G),
    ("cpl", T),
    ("dec", G),
    ("del", G),
    ("dept", G),
    ("det", T),
    ("dist", G),
    ("dr", T),
    ("e.g", T),
    ("ed", G),
    ("eds", G),
    ("esp", G),
    ("est", G),
    ("etc", G),
    ("feb", G),
    ("fig", N),
    ("figs", N),
    ("fla", G),
    ("fr", T),
    ("ft", G),
    ("ga", G),
    ("gen", T),
    ("gov", T),
    ("govt", G),
    ("hon", T),
    ("hr", G),
    ("hrs", G),
    ("i.e", T),
    ("ill", G),
    ("inc", G),
    ("ind", G),
    ("insp", T),
    ("intl", G),
    ("jan", G),
    ("jr", G),
    ("jul", G),
    ("jun", G),
    ("kan", G),
    ("ky", G),
    ("la", G),
    ("lb", G),
    ("lbs", G),
    ("lt", T),
    ("ltd", G),
    ("maj", T),
    ("mar", G),
    ("mass", G),
    ("md", G),
    ("messrs", T),
    ("mfg", G),
    ("mich", G),
    ("min", G),
    ("minn", G),
    ("miss", G),
    ("mlle", T),
    ("mme", T),
    ("mo", G),
    ("mont", G),
    ("mr", T),
    ("mrs", T),
    ("ms", T),
    ("msgr", T),
    ("mt", T),
    ("natl", G),
    ("neb", G),
    ("nev", G),
    ("no", N),
    ("nos", N),
    ("nov", G),
    ("n\u{b0}", N),
    ("n\u{ba}", N),
    ("oct", G),
    ("okla", G),
    ("op", N),
    ("ore", G),
    ("p", N),
    ("pa", G),
    ("para", N),
    ("pp", N),
    ("pres", T),
    ("prof", T),
    ("pt", G),
    ("pvt", T),
    ("rd", G),
    ("rep", T),
    ("reps", T),
    ("rev", T),
    ("rs", N),
    ("rt", T),
    ("sec", N),
    ("sen", T),
    ("sens", T),
    ("sep", G),
    ("sept", G),
    ("sgt", T),
    ("sr", G),
    ("st", T),
    ("supt", T),
    ("tenn", G),
    ("tex", G),
    ("univ", G),
    ("va", G),
    ("viz", T),
    ("vol", N),
    ("vols", N),
    ("vs", G),
    ("vt", G),
    ("wash", G),
    ("wis", G),
    ("wyo", G),
];

/// Spanish abbreviations, sorted by key.
const SPANISH: &[(&str, AbbrevKind)] = &[
    ("abr", G),
    ("adm\u{f3}n", G),
    ("ago", G),
    ("aprox", G),
    ("arq", T),
    ("art", N),
    ("arts", N),
    ("av", G),
    ("avda", G),
    ("cap", N),
    ("cnel", T),
    ("c\u{ed}a", G),
    ("d", T),
    ("dic", G),
    ("dom", G),
    ("dpto", G),
    ("dr", T),
    ("dra", T),
    ("d\u{f1}a", T),
    ("ee", G),
    ("ej", G),
    ("ene", G),
    ("etc", G),
    ("excma", T),
    ("excmo", T),
    ("feb", G),
    ("fig", N),
    ("gral", T),
    ("hrs", G),
    ("hs", G),
    ("ing", T),
    ("jue", G),
    ("jul", G),
    ("jun", G),
    ("lic", T),
    ("lun", G),
    ("mar", G),
    ("may", G),
    ("min", G),
    ("mi\u{e9}", G),
    ("mons", T),
    ("m\u{e1}x", G),
    ("m\u{ed}n", G),
    ("no", N),
    ("nov", G),
    ("num", N),
    ("n\u{fa}m", N),
    ("oct", G),
    ("pag", N),
    ("pbro", T),
    ("prof", T),
    ("profa", T),
    ("p\u{e1}g", N),
    ("p\u{e1}gs", N),
    ("p\u{e1}rr", N),
    ("p\u{e1}rrf", N),
    ("sep", G),
    ("sept", G),
    ("sr", T),
    ("sra", T),
    ("sras", T),
    ("sres", T),
    ("srta", T),
    ("sta", T),
    ("sto", T),
    ("s\u{e1}b", G),
    ("tel", N),
    ("telf", N),
    ("ud", T),
    ("uds", T),
    ("uu", G),
    ("vd", T),
    ("vds", T),
    ("vie", G),
    ("vol", N),
];

/// Longest key the lists hold, in bytes, with room to spare.
const MAX_KEY: usize = 16;

/// Looks `token` (without its final period) up in `list`.
fn find(list: &[(&str, AbbrevKind)], key: &[u8]) -> Option<AbbrevKind> {
    list.binary_search_by(|(k, _)| k.as_bytes().cmp(key))
        .ok()
        .map(|i| list[i].1)
}

/// The kind of abbreviation `token` is in `lang`, if any. Spanish text also
/// uses the English list (for `Mt.`, `Co.` and the like); Spanish entries win.
pub(crate) fn lookup(token: &str, lang: Language) -> Option<AbbrevKind> {
    let bytes = token.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_KEY {
        return None;
    }
    let mut buf = [0u8; MAX_KEY];
    for (dst, src) in buf.iter_mut().zip(bytes) {
        *dst = src.to_ascii_lowercase();
    }
    let key = &buf[..bytes.len()];
    match lang {
        Language::Es => find(SPANISH, key).or_else(|| find(ENGLISH, key)),
        Language::En | Language::Unknown => find(ENGLISH, key),
    }
}

/// True when `token` is letters joined by periods, one or two letters at a
/// time, as in `U.S`, `a.m`, `D.C`, `U.S.A` or `Ph.D` (the final period is
/// not part of the token).
pub(crate) fn is_dotted_initialism(token: &str) -> bool {
    let mut groups = 0;
    for part in token.split('.') {
        let n = part.chars().count();
        if n == 0 || n > 2 || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        groups += 1;
    }
    groups >= 2
}

/// True when `token` is a single letter, as in an initial (`E.` in
/// `Jonas E. Smith`) or a one-letter abbreviation.
pub(crate) fn is_single_letter(token: &str) -> bool {
    let mut chars = token.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted(list: &[(&str, AbbrevKind)]) {
        for pair in list.windows(2) {
            assert!(
                pair[0].0 < pair[1].0,
                "{} must sort before {}",
                pair[0].0,
                pair[1].0
            );
        }
        for (k, _) in list {
            assert!(k.len() <= MAX_KEY, "{k} is longer than MAX_KEY");
            assert_eq!(*k, k.to_lowercase(), "{k} must be lower case");
        }
    }

    #[test]
    fn lists_are_sorted_for_binary_search() {
        assert_sorted(ENGLISH);
        assert_sorted(SPANISH);
    }

    #[test]
    fn lookup_ignores_ascii_case() {
        assert_eq!(lookup("Mr", Language::En), Some(AbbrevKind::Title));
        assert_eq!(lookup("MR", Language::Unknown), Some(AbbrevKind::Title));
        assert_eq!(lookup("Co", Language::En), Some(AbbrevKind::General));
        assert_eq!(lookup("No", Language::En), Some(AbbrevKind::NumberPrefix));
        assert_eq!(lookup("house", Language::En), None);
        assert_eq!(lookup("", Language::En), None);
    }

    #[test]
    fn spanish_entries_win_and_english_is_the_fallback() {
        assert_eq!(lookup("Sr", Language::En), Some(AbbrevKind::General));
        assert_eq!(lookup("Sr", Language::Es), Some(AbbrevKind::Title));
        assert_eq!(lookup("Srta", Language::Es), Some(AbbrevKind::Title));
        assert_eq!(lookup("Srta", Language::En), None);
        assert_eq!(lookup("Núm", Language::Es), Some(AbbrevKind::NumberPrefix));
        assert_eq!(lookup("Mt", Language::Es), Some(AbbrevKind::Title));
    }

    #[test]
    fn dotted_initialisms() {
        for t in ["U.S", "a.m", "D.C", "U.S.A", "e.g", "Ph.D", "EE.UU"] {
            assert!(is_dotted_initialism(t), "{t}");
        }
        for t in ["US", "example.com", "1.9", "Jane.Doe", "U..S", ".S", "U."] {
            assert!(!is_dotted_initialism(t), "{t}");
        }
    }

    #[test]
    fn single_letters() {
        assert!(is_single_letter("E"));
        assert!(is_single_letter("é"));
        assert!(!is_single_letter("Ed"));
        assert!(!is_single_letter("1"));
        assert!(!is_single_letter(""));
    }
}
