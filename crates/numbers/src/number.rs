//! Reads one numeral from a token position: digits, spelled-out numbers,
//! their mixtures ("3 million", "two hundred fifty", "2.7million"),
//! fractions ("two thirds", "2 1/4"), decimals in words ("two point five")
//! and ordinals ("fifth", "21st", "vigésimo"). Numerals in digits are read
//! in [`digits`].

use super::lexer::TokKind;
use super::parse::vulgar_fraction;
use super::tokens::Toks;
use super::words::NumWord;
use digits::{read_digits, Digits};
use factsift_core::Language;

mod digits;

/// A numeral read from tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// The value; `None` when it cannot be represented.
    pub value: Option<f64>,
    /// An ordinal ("fifth", "1st").
    pub ordinal: bool,
    /// Written (at least partly) in words.
    pub words: bool,
    /// A lone run of four digits without separators (a possible year).
    pub four_digits: bool,
    /// A scale word or suffix multiplied it ("3 million", "10k").
    pub scaled: bool,
}

impl Numeral {
    /// A cardinal written in words over tokens `first..=last`.
    fn spelled(first: usize, last: usize, value: f64) -> Self {
        Numeral {
            first,
            last,
            value: Some(value),
            ordinal: false,
            words: true,
            four_digits: false,
            scaled: false,
        }
    }

    /// True when the numeral is a fraction below one ("three fifths").
    pub fn is_fraction(&self) -> bool {
        !self.ordinal && self.value.is_some_and(|v| v > 0.0 && v < 1.0)
    }
}

/// The class of the last atom read, which decides what may follow.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    None,
    Unit,
    Teen,
    Tens,
    Hundreds,
    Hundred,
    Scale(f64),
    Digits,
    And,
}

/// Running sum of a cardinal being read.
#[derive(Debug, Clone, Copy)]
struct Acc {
    total: f64,
    cur: f64,
    seg: f64,
    last: Last,
    big: f64,
    atoms: usize,
}

impl Acc {
    fn new() -> Self {
        Acc {
            total: 0.0,
            cur: 0.0,
            seg: 0.0,
            last: Last::None,
            big: f64::INFINITY,
            atoms: 0,
        }
    }
    fn value(&self) -> f64 {
        self.total + self.cur
    }
    fn add(&mut self, v: f64, last: Last) {
        self.cur += v;
        self.seg += v;
        self.last = last;
        self.atoms += 1;
    }
}

/// True when token `i` may start a numeral.
pub fn may_start(t: &Toks, i: usize, lang: Language) -> bool {
    match t.kind(i) {
        Some(TokKind::Digits) => true,
        Some(TokKind::Word) => {
            let w = t.word(i);
            t.num_word_in(i, lang).is_some()
                || matches!(w, "a" | "an" | "minus" | "negative" | "menos")
        }
        Some(TokKind::Punct) => {
            let r = t.raw(i);
            r == "-"
                || r == "−"
                || r == "."
                || r == ","
                || r.chars().next().and_then(vulgar_fraction).is_some()
        }
        None => false,
    }
}

/// Reads the numeral starting at token `i`, if there is one.
///
/// `money` tells that a currency sign precedes, which makes `6m` read as
/// six million.
pub fn read(t: &Toks, i: usize, lang: Language, money: bool) -> Option<Numeral> {
    // sign
    let mut j = i;
    let mut neg = false;
    let prev_glued =
        i > 0 && t.attached(i) && matches!(t.kind(i - 1), Some(TokKind::Word | TokKind::Digits));
    if (t.is(i, "-") || t.is(i, "−")) && !prev_glued {
        let next_is_num = t.kind(i + 1) == Some(TokKind::Digits) && (t.attached(i + 1) || i == 0);
        if next_is_num {
            neg = true;
            j = i + 1;
        } else {
            return None;
        }
    } else if matches!(t.word(i), "minus" | "negative")
        || (t.word(i) == "menos"
            && lang == Language::Es
            && !matches!(t.word(i + 1), "de" | "que")
            && !matches!(
                t.word(i.wrapping_sub(1)),
                "al" | "lo" | "o" | "a" | "de" | "los" | "las" | "y"
            ))
    {
        // "minus 40", "minus-40"
        let k = if t.hyphen_joins(i + 1) { i + 2 } else { i + 1 };
        if t.kind(k) == Some(TokKind::Digits) || t.num_word(k).is_some() {
            neg = true;
            j = k;
        } else {
            return None;
        }
    }
    let mut n = read_unsigned(t, j, lang, money)?;
    n.first = i;
    if neg {
        n.value = n.value.map(|v| -v);
        n.four_digits = false;
    }
    Some(n)
}

/// Reads an unsigned numeral at token `i`: a lone vulgar fraction, or
/// digits or a first word followed by cardinal words.
fn read_unsigned(t: &Toks, i: usize, lang: Language, money: bool) -> Option<Numeral> {
    if let Some(f) = lone_vulgar_fraction(t, i) {
        return Some(f);
    }
    let mut r = Reader::new(t, i, lang, money);
    let start = match read_digits(t, i, lang, money) {
        Some(d) => r.leading_digits(d),
        None => r.leading_words(),
    };
    if let Start::Done(n) = start {
        return n;
    }
    while r.next_atom() {}
    r.into_numeral()
}

/// A vulgar fraction standing alone at token `i` ("½").
fn lone_vulgar_fraction(t: &Toks, i: usize) -> Option<Numeral> {
    if t.kind(i) != Some(TokKind::Punct) {
        return None;
    }
    let f = t.raw(i).chars().next().and_then(vulgar_fraction)?;
    Some(Numeral {
        first: i,
        last: i,
        value: Some(f),
        ordinal: false,
        words: false,
        four_digits: false,
        scaled: false,
    })
}

/// What the start of a numeral decided.
enum Start {
    /// The numeral ends there (`None`: there is none).
    Done(Option<Numeral>),
    /// Cardinal words may follow.
    Words,
}

/// A cardinal being read atom by atom by [`read_unsigned`].
struct Reader<'a> {
    t: &'a Toks<'a>,
    lang: Language,
    /// A currency sign precedes (see [`read`]).
    money: bool,
    /// First token of the numeral.
    first: usize,
    /// The running sum.
    acc: Acc,
    /// The next token to read.
    k: usize,
    /// Written (at least partly) in words.
    words: bool,
    /// A scale word or suffix multiplied it.
    scaled: bool,
    /// Leading digits were a lone run of four.
    four_digits: bool,
    /// The last token read so far.
    last_tok: Option<usize>,
    /// False when leading digits could not be represented.
    value_ok: bool,
    /// State before the last "and", to undo it when what follows is a new
    /// numeral.
    before_and: Option<(Acc, Option<usize>)>,
}

impl<'a> Reader<'a> {
    /// A reader of the numeral starting at token `i`.
    fn new(t: &'a Toks<'a>, i: usize, lang: Language, money: bool) -> Self {
        Reader {
            t,
            lang,
            money,
            first: i,
            acc: Acc::new(),
            k: i,
            words: false,
            scaled: false,
            four_digits: false,
            last_tok: None,
            value_ok: true,
            before_and: None,
        }
    }

    /// Takes the leading digit numeral `d`: an ordinal ("21st") or a
    /// scaled figure ("10k") ends the numeral; other digits may take scale
    /// words ("3 million").
    fn leading_digits(&mut self, d: Digits) -> Start {
        let i = self.first;
        if d.ordinal {
            return Start::Done(Some(Numeral {
                first: i,
                last: d.last,
                value: d.value,
                ordinal: true,
                words: false,
                four_digits: false,
                scaled: false,
            }));
        }
        match d.value {
            Some(v) => self.acc.add(v, Last::Digits),
            None => {
                self.value_ok = false;
                self.acc.add(0.0, Last::Digits);
            }
        }
        self.scaled = d.scaled;
        self.four_digits = d.four_digits;
        self.last_tok = Some(d.last);
        self.k = d.last + 1;
        if !d.scaled {
            return Start::Words;
        }
        self.acc.last = Last::Scale(1e3);
        let flags = Flags3 {
            words: self.words,
            scaled: self.scaled,
            four_digits: false,
            value_ok: self.value_ok,
        };
        Start::Done(finish(self.t, i, d.last, self.acc, self.lang, flags))
    }

    /// Reads the first word of a numeral without leading digits: English
    /// "a"/"an" before a number word, or the first number word.
    fn leading_words(&mut self) -> Start {
        if matches!(self.t.word(self.first), "a" | "an") && self.lang != Language::Es {
            return self.article();
        }
        self.first_word()
    }

    /// Reads "a"/"an" before a number word: one before "hundred", a scale
    /// or "dozen"; a fraction before "half", "quarter", "fifth" or
    /// "twenty-fifth"; no numeral before anything else.
    fn article(&mut self) -> Start {
        let (t, i, lang) = (self.t, self.first, self.lang);
        match t.num_word(i + 1) {
            Some(NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen) => {
                self.acc.add(1.0, Last::Unit);
                self.k = i + 1;
                self.words = true;
                Start::Words
            }
            Some(NumWord::Half) if names_a_kinship(t, i + 1) => Start::Done(None),
            Some(NumWord::Half | NumWord::Quarter) => Start::Done(
                fraction_after(t, i + 1, 1.0, lang).and_then(|f| fraction_tail(t, i, f)),
            ),
            Some(NumWord::Ordinal(_) | NumWord::Tens(_)) if ordinal_is_fraction(t, i, lang) => {
                Start::Done(
                    fraction_after(t, i + 1, 1.0, lang).and_then(|f| fraction_tail(t, i, f)),
                )
            }
            _ => Start::Done(None),
        }
    }

    /// Reads the first number word: "half", "quarter million" and
    /// ordinals ("fifth") end the numeral; "hundred" needs a scale after
    /// it ("hundred million"); a denominator or a non-number word starts
    /// none.
    fn first_word(&mut self) -> Start {
        let (t, i, k, lang) = (self.t, self.first, self.k, self.lang);
        match t.num_word(k) {
            Some(NumWord::Half) => Start::Done(leading_half(t, i, k, lang)),
            Some(NumWord::Quarter) => Start::Done(match t.num_word(k + 1) {
                Some(NumWord::Scale(s)) => Some(Numeral {
                    scaled: true,
                    ..Numeral::spelled(i, k + 1, 0.25 * s)
                }),
                _ => None,
            }),
            Some(NumWord::Ordinal(o)) => {
                let (v, last) = chain_ordinals(t, k, o, o, lang);
                Start::Done(Some(Numeral {
                    ordinal: true,
                    ..Numeral::spelled(i, last, v)
                }))
            }
            Some(NumWord::Hundred) if lang != Language::Es => {
                if !matches!(t.num_word(k + 1), Some(NumWord::Scale(_))) {
                    return Start::Done(None);
                }
                self.acc.add(1.0, Last::Unit);
                Start::Words
            }
            Some(NumWord::Denominator(_)) | None => Start::Done(None),
            _ => Start::Words,
        }
    }

    /// Reads the next atom of the cardinal (a number word, "and", or
    /// digits after a scale) into the sum; false when the numeral ends
    /// before it.
    fn next_atom(&mut self) -> bool {
        let (t, lang) = (self.t, self.lang);
        let Some(nk) = self.after_hyphen() else {
            return false;
        };
        let tw = t.word(nk);
        if (lang != Language::Es && tw == "and") || (lang == Language::Es && tw == "y") {
            return self.join_and(nk);
        }
        if t.kind(nk) == Some(TokKind::Digits) {
            return self.digits_after_scale(nk);
        }
        let Some(w) = t.num_word(nk) else {
            return false;
        };
        if self.hundred_starts_new_numeral(w) || !may_follow(w, &self.acc, lang) {
            return false;
        }
        let Some(step) = self.add_word(w, nk) else {
            return false;
        };
        self.acc.atoms += 1;
        self.words = true;
        self.last_tok = Some(nk + step - 1);
        self.k = nk + step;
        true
    }

    /// The token of the next atom: the next token, or the one after a
    /// hyphen between tens and units ("twenty-one", "fifty - two") or before
    /// a glued scale ("two-million"); `None` when any other hyphen ends the
    /// numeral.
    fn after_hyphen(&self) -> Option<usize> {
        let (t, nk, lang) = (self.t, self.k, self.lang);
        if !(t.is(nk, "-") && self.acc.atoms > 0 && lang != Language::Es) {
            return Some(nk);
        }
        let joins = matches!(self.acc.last, Last::Tens)
            && matches!(t.num_word(nk + 1), Some(NumWord::Unit(_)));
        // "a two-million-euro haul": a scale glued by a hyphen
        let scale = matches!(t.num_word(nk + 1), Some(NumWord::Scale(_)))
            && t.attached(nk)
            && t.attached(nk + 1);
        (joins || scale).then_some(nk + 1)
    }

    /// Takes "and"/"y" at `nk` when the next part continues the numeral
    /// ("one hundred and five", "treinta y dos"), remembering the state
    /// before it; false when the numeral ends there.
    fn join_and(&mut self, nk: usize) -> bool {
        let (t, lang) = (self.t, self.lang);
        let next = t.num_word(nk + 1);
        let next_digits = t.kind(nk + 1) == Some(TokKind::Digits);
        let ok = match lang {
            Language::En | Language::Unknown => {
                matches!(self.acc.last, Last::Hundred | Last::Scale(_))
                    && (matches!(
                        next,
                        Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Tens(_))
                    ) || next_digits)
                    && !fraction_follows(t, nk + 1)
            }
            Language::Es => {
                matches!(self.acc.last, Last::Tens) && matches!(next, Some(NumWord::Unit(_)))
            }
        };
        if !ok {
            return false;
        }
        self.before_and = Some((self.acc, self.last_tok));
        self.acc.last = Last::And;
        self.k = nk + 1;
        true
    }

    /// Takes digits at `nk` spaced after a scale word or "and" ("one
    /// million and 200") when they are below 1000 and the last scale;
    /// false when the numeral ends there.
    fn digits_after_scale(&mut self, nk: usize) -> bool {
        if !matches!(self.acc.last, Last::Scale(_) | Last::And) || self.t.attached(nk) {
            return false;
        }
        let Some(d) = read_digits(self.t, nk, self.lang, self.money) else {
            return false;
        };
        if d.ordinal || d.scaled {
            return false;
        }
        // "three million 500ml cans": a second figure, not 3,000,500
        let glued_unit =
            self.t.attached(d.last + 1) && self.t.kind(d.last + 1) == Some(TokKind::Word);
        let spelled_scale = matches!(self.acc.last, Last::Scale(_))
            && self.t.kind(self.first) == Some(TokKind::Word);
        if glued_unit || spelled_scale {
            return false;
        }
        match d.value {
            Some(v) if v < self.acc.big.min(1e12) && v < 1000.0 => {
                self.acc.add(v, Last::Digits);
                self.last_tok = Some(d.last);
                self.k = d.last + 1;
                true
            }
            _ => false,
        }
    }

    /// True when "hundred" after "and" starts a second numeral ("3 hundred
    /// and 2 hundred"); the state before "and" is restored.
    fn hundred_starts_new_numeral(&mut self, w: NumWord) -> bool {
        let second = matches!(w, NumWord::Hundred)
            && self.before_and.is_some()
            && self.acc.big == f64::INFINITY
            && matches!(
                self.acc.last,
                Last::Unit | Last::Teen | Last::Tens | Last::Digits
            )
            && self.acc.total == 0.0;
        match self.before_and {
            Some((a, l)) if second && a.last == Last::Hundred => {
                self.acc = a;
                self.last_tok = l;
                true
            }
            _ => false,
        }
    }

    /// Adds number word `w` at token `nk` to the sum; returns the number of
    /// tokens it took, `None` for a word that is no part of a cardinal.
    fn add_word(&mut self, w: NumWord, nk: usize) -> Option<usize> {
        let acc = &mut self.acc;
        match w {
            NumWord::Unit(v) => acc.add(v, Last::Unit),
            NumWord::Teen(v) => acc.add(v, Last::Teen),
            NumWord::Tens(v) => acc.add(v, Last::Tens),
            NumWord::Hundreds(v) => acc.add(v, Last::Hundreds),
            NumWord::Hundred => {
                let low = acc.cur % 1000.0;
                acc.cur = acc.cur - low + low.max(1.0) * 100.0;
                acc.seg = 0.0;
                acc.last = Last::Hundred;
            }
            NumWord::Scale(s) => return Some(self.add_scale(s, nk)),
            NumWord::Dozen => {
                acc.cur = acc.cur - acc.seg + acc.seg.max(1.0) * 12.0;
                acc.seg = 0.0;
                acc.last = Last::Hundred;
            }
            _ => return None,
        }
        Some(1)
    }

    /// Multiplies the sum by scale word `s` at token `nk` (Spanish "mil
    /// millones" is 10^9, two tokens); returns the number of tokens taken.
    fn add_scale(&mut self, s: f64, nk: usize) -> usize {
        let mut step = 1;
        let mut s = s;
        if self.lang == Language::Es && s == 1e3 {
            if let Some(NumWord::Scale(s2)) = self.t.num_word(nk + 1) {
                if s2 >= 1e6 && self.acc.cur > 0.0 {
                    s = 1e3 * s2;
                    step = 2;
                }
            }
        }
        let acc = &mut self.acc;
        let base = if acc.atoms == 0 { 1.0 } else { acc.cur };
        if s < 1e6 {
            acc.cur = base * s;
        } else {
            acc.total += base * s;
            acc.cur = 0.0;
            acc.big = s;
        }
        acc.seg = 0.0;
        acc.last = Last::Scale(s);
        self.scaled = true;
        step
    }

    /// Completes the cardinal read so far (fractions, decimals, "over"
    /// after it) with [`finish`]; `None` when no token was read.
    fn into_numeral(self) -> Option<Numeral> {
        let last = self.last_tok?;
        let flags = Flags3 {
            words: self.words,
            scaled: self.scaled,
            four_digits: self.four_digits && !self.words,
            value_ok: self.value_ok,
        };
        finish(self.t, self.first, last, self.acc, self.lang, flags)
    }
}

/// True when "a"/"an" at `i` and the ordinal after it are a fraction ("a
/// third of voters", "by a fifth", "more than a third", "a third more")
/// rather than an ordinal whose noun is left out or follows ("injuring a
/// third", "a fifth term"). A phrase of its own ("a fifth") is a fraction.
fn ordinal_is_fraction(t: &Toks, i: usize, lang: Language) -> bool {
    let mut next = i + 2;
    if t.is(next, "-") {
        // "a twenty-fifth"
        next += 2;
    }
    // a phrase of its own ("a fifth") is a fraction
    let alone = i == 0 && t.get(next).is_none();
    let after = matches!(t.word(next), "of" | "more" | "less" | "fewer")
        || matches!(t.num_word(next), Some(NumWord::Scale(_)));
    // a qualifier ("more than", "nearly", "at least") or "by" before it
    let before = super::qualifiers::before(t, i, lang).is_some()
        || (i > 0 && matches!(t.word(i - 1), "by" | "barely" | "fully" | "perhaps"));
    alone || after || before
}

/// True when "half" at token `k` begins a kinship ("his half-brother", "a
/// half-sister"): no numeral.
fn names_a_kinship(t: &Toks, k: usize) -> bool {
    t.is(k + 1, "-") && factsift_core::text::is_sibling(t.word(k + 2))
}

/// Reads "half" at token `k` of a numeral starting at `i`: "half", "half
/// a dozen", "half million", "half a million"; Spanish "medio" alone is an adjective
/// ("Oriente Medio") and no numeral.
fn leading_half(t: &Toks, i: usize, k: usize, lang: Language) -> Option<Numeral> {
    // "the second half", "the first half" of a game: a period, no numeral
    if k > 0 && matches!(t.word(k - 1), "first" | "second" | "primera" | "segunda") {
        return None;
    }
    if names_a_kinship(t, k) {
        return None;
    }
    let mut v = 0.5;
    let mut last = k;
    let mut scaled = false;
    let alone_ok = lang != Language::Es || t.word(k) == "mitad";
    let article = matches!(t.word(k + 1), "a" | "an");
    if article && t.num_word(k + 2) == Some(NumWord::Dozen) {
        v = 6.0;
        last = k + 2;
    } else if let (true, Some(NumWord::Scale(s))) = (article, t.num_word(k + 2)) {
        // "half a million"
        v = 0.5 * s;
        last = k + 2;
        scaled = true;
    } else if let Some(NumWord::Scale(s)) = t.num_word(k + 1) {
        v = 0.5 * s;
        last = k + 1;
        scaled = true;
    }
    if last == k && !alone_ok {
        return None;
    }
    Some(Numeral {
        scaled,
        ..Numeral::spelled(i, last, v)
    })
}

/// True when number word `w` may follow the last atom of `acc` in a
/// cardinal ("two hundred fifty thousand", not "fifty two hundred").
fn may_follow(w: NumWord, acc: &Acc, lang: Language) -> bool {
    match (w, acc.last) {
        (
            NumWord::Unit(_),
            Last::None | Last::Hundreds | Last::Hundred | Last::Scale(_) | Last::And,
        ) => true,
        (NumWord::Unit(_), Last::Tens) => lang != Language::Es && acc.seg % 10.0 == 0.0,
        (
            NumWord::Teen(_) | NumWord::Tens(_),
            Last::None | Last::Hundreds | Last::Hundred | Last::Scale(_) | Last::And,
        ) => true,
        (NumWord::Hundreds(_), Last::None | Last::Scale(_)) => true,
        (NumWord::Hundred, Last::Unit | Last::Teen | Last::Tens | Last::Digits) => true,
        (NumWord::Scale(s), Last::Scale(p)) => s > p && s >= 1e6 && acc.cur > 0.0,
        (NumWord::Scale(s), _) => s < acc.big && acc.last != Last::And,
        (NumWord::Dozen, Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::Hundred) => {
            true
        }
        _ => false,
    }
}

/// What [`finish`] needs to know of the cardinal read before it.
struct Flags3 {
    words: bool,
    scaled: bool,
    four_digits: bool,
    value_ok: bool,
}

/// True when a fraction word follows at `i` ("a half", "three fifths").
fn fraction_follows(t: &Toks, i: usize) -> bool {
    let mut k = i;
    if matches!(t.word(k), "a" | "an" | "one" | "un" | "una") {
        k += 1;
    }
    matches!(t.num_word(k), Some(NumWord::Half | NumWord::Quarter))
        || (matches!(t.num_word(k), Some(NumWord::Unit(_) | NumWord::Teen(_)))
            && matches!(
                t.num_word(k + 1),
                Some(NumWord::Denominator(_) | NumWord::Ordinal(_) | NumWord::Quarter)
            ))
        || matches!(t.num_word(k), Some(NumWord::Ordinal(o)) if o >= 3.0)
}

/// Reads a fraction word at `i` meaning `numerator`/denominator; returns the
/// value and the last token.
fn fraction_after(t: &Toks, i: usize, numerator: f64, lang: Language) -> Option<(f64, usize)> {
    let mut k = i;
    if t.is(k, "-") {
        k += 1;
    }
    match t.num_word(k)? {
        NumWord::Half => Some((numerator * 0.5, k)),
        NumWord::Quarter => Some((numerator * 0.25, k)),
        NumWord::Denominator(d) => Some((numerator / d, k)),
        NumWord::Ordinal(d) if d >= 3.0 => Some((numerator / d, k)),
        NumWord::Tens(tens) if lang != Language::Es => {
            // "twenty-fifths"
            let mut m = k + 1;
            if t.is(m, "-") {
                m += 1;
            }
            match t.num_word(m)? {
                NumWord::Ordinal(o) | NumWord::Denominator(o) if o < 10.0 => {
                    Some((numerator / (tens + o), m))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// After "a fifth" / "a half": handles a following scale ("a half million").
fn fraction_tail(t: &Toks, first: usize, f: (f64, usize)) -> Option<Numeral> {
    let (mut v, mut last) = f;
    if let Some(NumWord::Scale(s)) = t.num_word(last + 1) {
        v *= s;
        last += 1;
    }
    Some(Numeral::spelled(first, last, v))
}

/// Completes a cardinal read over `first..=last`: an ordinal after it
/// ("twenty-fifth", "two hundredth"), a fraction ("two thirds", "and a
/// half") with any scale after it, decimals in words ("two point five")
/// and a denominator after "over" ("one over three").
fn finish(
    t: &Toks,
    first: usize,
    last: usize,
    acc: Acc,
    lang: Language,
    f: Flags3,
) -> Option<Numeral> {
    if let Some(n) = compound_ordinal(t, first, last, &acc, lang) {
        return Some(n);
    }
    // not after a numeral in digits ("the 1988 third quarter")
    let digits_only = matches!(acc.last, Last::Digits) && !f.words;
    if !digits_only {
        if let Some(n) = scale_ordinal(t, first, last, &acc, lang) {
            return Some(n);
        }
    }
    let mut tail = Tail {
        t,
        lang,
        acc,
        value: acc.value(),
        last,
        words: f.words,
        scaled: f.scaled,
        fraction: false,
    };
    if !digits_only {
        tail.fraction_word();
    }
    tail.and_fraction();
    tail.fraction_scale();
    tail.point_decimals();
    tail.over_denominator();
    let value = if f.value_ok {
        super::parse::finite(tail.value)
    } else {
        None
    };
    Some(Numeral {
        first,
        last: tail.last,
        value,
        ordinal: false,
        words: tail.words,
        four_digits: f.four_digits && !tail.words,
        scaled: tail.scaled,
    })
}

/// Reads an English ordinal after tens ("twenty-fifth", "twenty fifth"):
/// the numeral over `first..` with the ordinal's value added.
fn compound_ordinal(
    t: &Toks,
    first: usize,
    last: usize,
    acc: &Acc,
    lang: Language,
) -> Option<Numeral> {
    let mut k = last + 1;
    if t.is(k, "-") && acc.last == Last::Tens {
        k += 1;
    }
    let Some(NumWord::Ordinal(o)) = t.num_word(k) else {
        return None;
    };
    if !(acc.last == Last::Tens && o < 10.0 && lang != Language::Es) {
        return None;
    }
    Some(Numeral {
        first,
        last: k,
        value: Some(acc.value() + o),
        ordinal: true,
        words: true,
        four_digits: false,
        scaled: false,
    })
}

/// Reads a singular ordinal after a spelled cardinal other than one:
/// "two hundredth", "three trillionth" are ordinals, not fractions. A
/// scale ordinal multiplies the part below the last larger scale ("dos
/// mil millonésimo"); smaller Spanish ordinals may follow.
fn scale_ordinal(
    t: &Toks,
    first: usize,
    last: usize,
    acc: &Acc,
    lang: Language,
) -> Option<Numeral> {
    let k = if t.is(last + 1, "-") {
        last + 2
    } else {
        last + 1
    };
    let Some(NumWord::Ordinal(o)) = t.num_word(k) else {
        return None;
    };
    let value = acc.value();
    if t.kind(first) == Some(TokKind::Digits)
        || value == 1.0
        || !(o >= 100.0 || matches!(acc.last, Last::Hundred | Last::Scale(_)))
    {
        return None;
    }
    let below_scale = matches!(
        acc.last,
        Last::Unit | Last::Teen | Last::Tens | Last::Hundreds | Last::Hundred | Last::Scale(_)
    );
    let v = if o >= 100.0 && below_scale && o < acc.big {
        acc.total + acc.cur.max(1.0) * o
    } else {
        value + o
    };
    let (v, last) = chain_ordinals(t, k, v, o, lang);
    Some(Numeral {
        ordinal: true,
        ..Numeral::spelled(first, last, v)
    })
}

/// A numeral being completed by [`finish`].
struct Tail<'a> {
    t: &'a Toks<'a>,
    lang: Language,
    /// The cardinal as read before.
    acc: Acc,
    /// The value so far.
    value: f64,
    /// The last token so far.
    last: usize,
    /// Written (at least partly) in words.
    words: bool,
    /// A scale word or suffix multiplied it.
    scaled: bool,
    /// A fraction was read.
    fraction: bool,
}

impl Tail<'_> {
    /// Reads a fraction word after the cardinal as its denominator ("two
    /// thirds", "twenty-three fifths").
    fn fraction_word(&mut self) {
        if let Some((v, l)) = fraction_after(self.t, self.last + 1, self.value, self.lang) {
            self.value = v;
            self.last = l;
            self.words = true;
            self.fraction = true;
        }
    }

    /// Adds a fraction joined by "and"/"y"/"con" when none was read: "and
    /// a half", "y medio", "con tres quintos", "and three quarters", "two
    /// and fifty-four hundredths".
    fn and_fraction(&mut self) {
        let conj = self.t.word(self.last + 1);
        let joined = (self.lang != Language::Es && conj == "and")
            || (self.lang == Language::Es && (conj == "y" || conj == "con"));
        if self.fraction || !joined {
            return;
        }
        match self.and_numerator() {
            Some((num, k)) => {
                if let Some((fv, l)) = fraction_after(self.t, k, num, self.lang) {
                    self.add_and_fraction(fv, l);
                }
            }
            None => self.and_spelled_fraction(),
        }
    }

    /// The numerator after "and" and the token of the fraction word: one
    /// for "a"/"an"/"un"/"una" and a lone "half", a unit or teen before a
    /// fraction word ("three quarters"); `None` for anything else.
    fn and_numerator(&self) -> Option<(f64, usize)> {
        let t = self.t;
        let k = self.last + 2;
        if matches!(t.word(k), "a" | "an" | "un" | "una") {
            return Some((1.0, k + 1));
        }
        match t.num_word(k) {
            Some(NumWord::Unit(v) | NumWord::Teen(v))
                if matches!(
                    t.num_word(k + 1),
                    Some(
                        NumWord::Denominator(_)
                            | NumWord::Ordinal(_)
                            | NumWord::Quarter
                            | NumWord::Half
                    )
                ) =>
            {
                Some((v, k + 1))
            }
            Some(NumWord::Half) => Some((1.0, k)),
            _ => None,
        }
    }

    /// Adds a spelled-out fraction after "and": "two and fifty-four
    /// hundredths".
    fn and_spelled_fraction(&mut self) {
        if let Some(f) = read_unsigned(self.t, self.last + 2, self.lang, false) {
            if f.is_fraction() && f.words {
                self.value += f.value.unwrap_or(0.0);
                self.last = f.last;
                self.words = true;
                self.fraction = true;
            }
        }
    }

    /// Adds fraction `fv` read after "and" up to token `l`, scaled like
    /// the cardinal before it ("one million and a half", "one billion and
    /// a half million") or, after a plain cardinal, scaling both ("five
    /// and a half million").
    fn add_and_fraction(&mut self, fv: f64, l: usize) {
        let before = match self.acc.last {
            Last::Scale(s) if s >= 1e3 => Some(s),
            _ => None,
        };
        self.last = l;
        self.words = true;
        self.fraction = true;
        match (before, self.t.num_word(self.last + 1)) {
            (Some(_), Some(NumWord::Scale(s))) => {
                self.value += fv * s;
                self.last += 1;
            }
            (Some(s), _) => self.value += fv * s,
            (None, Some(NumWord::Scale(s))) => {
                self.value = (self.value + fv) * s;
                self.last += 1;
                self.scaled = true;
            }
            (None, _) => self.value += fv,
        }
    }

    /// Multiplies a fraction by a scale after it: "of a million", "two
    /// thirds million".
    fn fraction_scale(&mut self) {
        if !self.fraction {
            return;
        }
        let t = self.t;
        if t.word(self.last + 1) == "of" && t.word(self.last + 2) == "a" {
            if let Some(NumWord::Scale(s)) = t.num_word(self.last + 3) {
                self.value *= s;
                self.last += 3;
            }
        } else if let Some(NumWord::Scale(s)) = t.num_word(self.last + 1) {
            self.value *= s;
            self.last += 1;
            self.scaled = true;
        }
    }

    /// Adds decimals in words after a spelled numeral without a fraction:
    /// "two point five", "siete coma cinco", "siete con cincuenta".
    fn point_decimals(&mut self) {
        let dw = self.t.word(self.last + 1);
        let point = (self.lang != Language::Es && dw == "point")
            || (self.lang == Language::Es && (dw == "coma" || dw == "con"));
        if self.fraction || !self.words || !point {
            return;
        }
        if let Some((digits, l)) = decimal_words(self.t, self.last + 2, self.lang) {
            if let Ok(d) = format!("0.{digits}").parse::<f64>() {
                self.value += d;
                self.last = l;
            }
        }
    }

    /// Divides by a denominator after "over", "in", "out of" or "sobre":
    /// "one over three", "1 in 21", "uno sobre tres", "two out of five
    /// hundred"; "in" and "out of" only for a proper fraction, and none
    /// before a duration, after "in" before a year, or by zero.
    fn over_denominator(&mut self) {
        let (t, lang, last) = (self.t, self.lang, self.last);
        let ow = t.word(last + 1);
        let over = (lang != Language::Es
            && (ow == "over" || ow == "in" || (ow == "out" && t.word(last + 2) == "of")))
            || (lang == Language::Es && ow == "sobre");
        if !over || self.acc.atoms == 0 {
            return;
        }
        let k = if ow == "out" { last + 3 } else { last + 2 };
        let Some(den) = read_unsigned(t, k, lang, false) else {
            return;
        };
        let Some(d) = den.value else {
            return;
        };
        let strict = ow != "over" && ow != "sobre";
        let time_after = matches!(
            t.word(den.last + 1),
            "years" | "year" | "months" | "days" | "weeks" | "hours" | "minutes"
        );
        let proper = self.value < d || !strict;
        let year_after_in = den.four_digits && ow == "in";
        if d != 0.0 && !den.ordinal && !time_after && proper && !year_after_in {
            self.value /= d;
            self.last = den.last;
            self.words = true;
        }
    }
}

/// Adds the ordinal words that follow a Spanish ordinal with smaller values
/// ("cuadragésimo séptimo" is 47).
fn chain_ordinals(t: &Toks, k: usize, v: f64, last_o: f64, lang: Language) -> (f64, usize) {
    let (mut v, mut k, mut last_o) = (v, k, last_o);
    if lang != Language::Es {
        return (v, k);
    }
    while let Some(NumWord::Ordinal(o)) = t.num_word(k + 1) {
        if o >= last_o {
            break;
        }
        v += o;
        last_o = o;
        k += 1;
    }
    (v, k)
}

/// Reads the decimal part spelled out after "point": digit words one by one
/// ("zero three" → "03") or one cardinal ("seventy-one" → "71").
fn decimal_words(t: &Toks, i: usize, lang: Language) -> Option<(String, usize)> {
    let mut digits = String::new();
    let mut k = i;
    while let Some(NumWord::Unit(0.0)) = t.num_word(k) {
        digits.push('0');
        k += 1;
    }
    if let Some(n) = read_unsigned(t, k, lang, false) {
        if let Some(v) = n.value {
            if v >= 0.0 && v.fract() == 0.0 && v < 1e15 && !n.ordinal {
                digits.push_str(&format!("{}", v as u64));
                return Some((digits, n.last));
            }
        }
    }
    if digits.is_empty() {
        None
    } else {
        Some((digits, k - 1))
    }
}
