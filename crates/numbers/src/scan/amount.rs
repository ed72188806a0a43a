//! Reads one amount at a token: a currency before it, the numeral, what
//! follows it (percent, currency, unit, rate, year), its qualifier and its
//! direction.

use super::{span, Found};
use crate::attach::{self, Suffix};
use crate::base::Written;
use crate::dates;
use crate::lexer::TokKind;
use crate::money::{self, Currency};
use crate::number::{self, Numeral};
use crate::qualifiers;
use crate::tokens::Toks;
use crate::units::UnitDef;
use factsift_core::quantity::{Direction, Flags, Kind, Qualifier, Quantity, Role};
use factsift_core::Language;

/// Reads a currency written before a numeral at token `i`: returns the
/// currency, the token where the numeral starts and a multiplier (`MUSD`).
fn currency_before(t: &Toks, i: usize) -> Option<(Currency, usize, f64)> {
    // cheap test first: a sign, or a short word before a sign, a dot or digits
    let r = t.raw(i);
    let plausible = match t.kind(i) {
        Some(TokKind::Punct) => r == "$" || money::symbol(r).is_some(),
        Some(TokKind::Word) => {
            r.len() <= 4
                && (t.is(i + 1, "$")
                    || (t.kind(i + 1) == Some(TokKind::Digits)
                        && money::letter_prefix(t.word(i)).is_some())
                    || t.is(i + 1, ".")
                    || (t.kind(i + 1) == Some(TokKind::Digits)
                        && (t.attached(i + 1) || r.bytes().all(|b| b.is_ascii_uppercase())))
                    || (r.len() == 4 && r.starts_with('M'))
                    || t.kind(i + 1) == Some(TokKind::Word)
                        && r.bytes().all(|b| b.is_ascii_uppercase()))
        }
        _ => false,
    };
    if !plausible {
        return None;
    }
    // up to four tokens such as "u . s $", "hk $", "US$", "usd$"
    let mut s = String::new();
    for n in (1..=5).rev() {
        if t.get(i + n - 1).is_none() {
            continue;
        }
        s.clear();
        for k in i..i + n {
            let r = t.raw(k);
            if r.is_ascii() {
                s.push_str(r);
            } else {
                s.push_str(&r.to_lowercase());
            }
        }
        s.make_ascii_lowercase();
        s.retain(|c| c != '.');
        let next = i + n;
        let number_next = t.kind(next) == Some(TokKind::Digits)
            || (t.kind(next) == Some(TokKind::Word) && number::may_start(t, next, Language::En))
            || (t.is(next, "-")
                && t.kind(next + 1) == Some(TokKind::Digits)
                && t.attached(next + 1));
        if !number_next {
            continue;
        }
        let has_sign = s.contains('$') || money::symbol(&s).is_some();
        if n > 1 && !has_sign {
            continue;
        }
        // letters before a spaced "$" must be a known prefix ("us $", "c $"),
        // not an article ("a $15 million") or a possessive ("'s $5")
        if n > 1 && (i + 1..i + n).any(|k| t.spaced(k)) {
            let letters: String = s.chars().filter(|c| c.is_alphabetic()).collect();
            if !matches!(
                letters.as_str(),
                "us" | "c"
                    | "hk"
                    | "nz"
                    | "mex"
                    | "mx"
                    | "nt"
                    | "usd"
                    | "cad"
                    | "aud"
                    | "mxn"
                    | "nzd"
                    | "hkd"
            ) {
                continue;
            }
        }
        if let Some(c) = money::prefix(&s) {
            // codes need to be written as such (USD 200, not "try 5")
            if !has_sign && !t.raw(i).chars().all(|c| c.is_ascii_uppercase()) && !t.attached(next) {
                continue;
            }
            return Some((c, next, 1.0));
        }
        if n == 1 {
            if let Some(c) = money::iso_code(t.raw(i)).or_else(|| money::letter_prefix(&s)) {
                return Some((c, next, 1.0));
            }
            if let Some(c) = money::million_code(&s) {
                if t.raw(i).starts_with('M') {
                    return Some((c, next, 1e6));
                }
            }
        }
    }
    None
}

/// Reads the amount (qualifier, currency, numeral, unit) at token `i`.
pub(super) fn read_amount(t: &Toks, i: usize, lang: Language) -> Option<Found> {
    let (cur_before, num_at, cur_mult) = match currency_before(t, i) {
        Some((c, n, m)) => (Some(c), n, m),
        None => (None, i, 1.0),
    };
    if cur_before.is_none() && !number::may_start(t, i, lang) {
        return None;
    }
    let n = number::read(t, num_at, lang, cur_before.is_some())?;
    if !accept_numeral(t, &n, lang) {
        return None;
    }
    let mut a = Amount::new(&n);
    if n.ordinal {
        a.kind = Kind::Ordinal;
    } else if let Some(c) = cur_before {
        a.money_before(t, &n, c, cur_mult, lang);
    } else {
        // a clock time ("2 pm", "2.17pm", "4 p.m.") is not a figure
        if meridiem_after(t, a.last) && is_clock(t, &n) {
            return None;
        }
        if let Some(f) = decade(t, i, &n).or_else(|| spelled_decade(t, i, &n)) {
            return Some(f);
        }
        a.cardinal_suffix(t, &n, lang);
    }
    a.rate_after_noun(t, lang);
    Some(amount_found(t, i, &n, a, lang))
}

/// True when "am"/"pm" or "a.m."/"p.m." follows token `last`.
fn meridiem_after(t: &Toks, last: usize) -> bool {
    let w = t.word(last + 1);
    matches!(w, "am" | "pm")
        || (matches!(w, "a" | "p") && t.is(last + 2, ".") && t.word(last + 3) == "m")
}

/// A decade, "the 1960s", "the 50s": four digits `n` (or two after "the")
/// with a glued "s", the amount
/// starting at token `i`.
fn decade(t: &Toks, i: usize, n: &Numeral) -> Option<Found> {
    let glued_s = t.word(n.last + 1) == "s" && t.attached(n.last + 1);
    // "the 50s", "in the '80s": two digits of a decade after "the"
    let raw = t.raw(n.first);
    let short = n.first == n.last
        && raw.len() == 2
        && raw.ends_with('0')
        && (t.word(i.wrapping_sub(1)) == "the"
            || (t.is(i.wrapping_sub(1), "'") && t.word(i.wrapping_sub(2)) == "the"));
    if !(glued_s && (n.four_digits || short)) {
        return None;
    }
    let mut q = Quantity::new(span(t, i, n.last + 1), Kind::Date, n.value);
    q.period = Some(format!("{}s", t.raw(n.first)));
    q.number = span(t, n.first, n.last);
    Some(Found {
        written: None,
        q,
        first: i,
        amount_first: i,
        last: n.last + 1,
    })
}

/// A decade in words, "the nineteen seventies", "the nineteen-eighties":
/// a century word `n` ("eighteen" to "twenty") followed by a plural of
/// tens, the amount starting at token `i`.
fn spelled_decade(t: &Toks, i: usize, n: &Numeral) -> Option<Found> {
    let century = n
        .value
        .filter(|v| n.words && n.first == n.last && (10.0..=20.0).contains(v))?;
    let hyphen = t.hyphen_joins(n.last + 1);
    let at = if hyphen { n.last + 2 } else { n.last + 1 };
    let tens = match t.word(at) {
        "twenties" => 20.0,
        "thirties" => 30.0,
        "forties" => 40.0,
        "fifties" => 50.0,
        "sixties" => 60.0,
        "seventies" => 70.0,
        "eighties" => 80.0,
        "nineties" => 90.0,
        _ => return None,
    };
    let year = century * 100.0 + tens;
    let mut q = Quantity::new(span(t, i, at), Kind::Date, Some(year));
    q.period = Some(format!("{year}s"));
    q.number = span(t, n.first, at);
    Some(Found {
        written: None,
        q,
        first: i,
        amount_first: i,
        last: at,
    })
}

/// The figure [`read_amount`] builds from a numeral and what follows it.
struct Amount {
    /// The last token so far.
    last: usize,
    kind: Kind,
    /// The value in the normalized unit.
    value: Option<f64>,
    unit: Option<String>,
    flags: Flags,
    /// The numeral's value as written.
    raw_value: Option<f64>,
    /// The unit as written, when it is not the base unit.
    written: Option<Written>,
}

impl Amount {
    /// A bare cardinal of numeral `n`.
    fn new(n: &Numeral) -> Self {
        let mut flags = Flags::empty();
        if n.value.is_none() {
            flags.insert(Flags::UNREPRESENTABLE);
        }
        Amount {
            last: n.last,
            kind: Kind::Cardinal,
            value: n.value,
            unit: None,
            flags,
            raw_value: n.value,
            written: None,
        }
    }

    /// Takes currency `c` (times `mult`) written before numeral `n`: the
    /// name repeated after it ("$ 10 dollars", "US$ 1MM"), cents ("c $ 100
    /// and fifty") and a unit it is per ("$15.4/hour", "$350 per kg").
    fn money_before(&mut self, t: &Toks, n: &Numeral, c: Currency, mult: f64, lang: Language) {
        self.kind = Kind::Money;
        self.unit = Some(c.code.to_string());
        self.value = self
            .value
            .and_then(|v| crate::parse::finite(v * c.factor * mult));
        if let Some((Suffix::Money(_), l)) = attach::suffix(t, self.last + 1, lang, n.scaled) {
            self.last = l;
        } else if !n.scaled
            && n.value.is_some_and(|v| v.fract() == 0.0)
            && matches!(t.word(self.last + 1), "and" | "y" | "con")
        {
            if let Some((extra, l)) = cents_after(t, self.last + 1, lang, c) {
                self.value = self.value.map(|v| v + extra);
                self.last = l;
            }
        }
        self.per_unit(t, c.code, c.name, 1.0, true);
    }

    /// Divides by a unit written after the amount ("$15.4/hour", "10
    /// l/km", with `article` "$3.40 a gallon"): `base` and `name` are the
    /// numerator's base and written units, `factor` its conversion to the
    /// base.
    fn per_unit(&mut self, t: &Toks, base: &str, name: &str, factor: f64, article: bool) {
        if let Some((den, l2)) = attach::per_unit(t, self.last + 1, article) {
            self.unit = Some(format!("{base}/{}", den.unit));
            self.value = self
                .value
                .and_then(|v| crate::parse::finite(v / den.factor));
            self.written = Some(Written {
                unit: format!("{name}/{}", den.name),
                factor: factor / den.factor,
                offset: 0.0,
            });
            self.last = l2;
        }
    }

    /// Reads what follows a bare numeral `n`: an uncertainty
    /// ("2,000.45±0.01 pounds", read over), then percent, points, basis
    /// points, a currency or a unit, or else the readings of
    /// [`Amount::no_suffix`].
    fn cardinal_suffix(&mut self, t: &Toks, n: &Numeral, lang: Language) {
        if let Some(l) = uncertainty(t, self.last + 1, lang) {
            self.last = l;
        }
        // Spanish "1/4 de milla" reads like "2 millones de galones"
        let scaled = n.scaled || (lang == Language::Es && n.is_fraction());
        match attach::suffix(t, self.last + 1, lang, scaled) {
            Some((Suffix::Percent, l)) => {
                self.kind = Kind::Percent;
                self.unit = Some("percent".to_string());
                self.last = l;
            }
            Some((Suffix::Points, l)) => {
                self.kind = Kind::PercentagePoints;
                self.unit = Some("pp".to_string());
                self.last = l;
            }
            Some((Suffix::BasisPoints, l)) => {
                self.kind = Kind::PercentagePoints;
                self.unit = Some("pp".to_string());
                self.value = self.value.and_then(|v| crate::parse::finite(v / 100.0));
                self.written = Some(Written {
                    unit: "basis_point".to_string(),
                    factor: 0.01,
                    offset: 0.0,
                });
                self.last = l;
            }
            Some((Suffix::Money(c), l)) => self.money_after(t, n, c, l, lang),
            Some((Suffix::Unit(u), l)) => self.measure_after(t, u, l, lang),
            None => self.no_suffix(t, n, lang),
        }
    }

    /// Takes currency `c` written after numeral `n` up to token `l`: a
    /// scale after it ("75 USD million"), an order of magnitude
    /// ("million-dollar contracts" is approximate) and cents ("3 dollars
    /// 50 cents", "15 dollars and 50").
    fn money_after(&mut self, t: &Toks, n: &Numeral, c: Currency, l: usize, lang: Language) {
        self.kind = Kind::Money;
        self.unit = Some(c.code.to_string());
        self.value = self.value.and_then(|v| crate::parse::finite(v * c.factor));
        self.written = Written::currency(&c);
        self.last = l;
        if let Some(s) = scale_word(t, self.last + 1) {
            self.value = self.value.and_then(|v| crate::parse::finite(v * s));
            self.last += 1;
        }
        if n.words && t.is(n.last + 1, "-") && n.first == n.last {
            self.flags.insert(Flags::APPROXIMATE);
        }
        if let Some((extra, l2)) = cents_after(t, self.last + 1, lang, c) {
            self.value = self.value.map(|v| v + extra);
            self.last = l2;
        }
        self.per_unit(t, c.code, c.name, c.factor, true);
    }

    /// Takes unit `u` written after the numeral up to token `l`: a smaller
    /// unit after it ("5 feet 2 inches", "12 ft 2 in"), a power of metres
    /// ("4 km^2", "4 km cubed") and a unit it is per ("10 l/km", "50
    /// km/ms").
    fn measure_after(&mut self, t: &Toks, u: UnitDef, l: usize, lang: Language) {
        self.kind = u.kind;
        self.unit = Some(u.unit.to_string());
        self.value = self.value.and_then(|v| crate::parse::finite(u.convert(v)));
        self.written = Written::unit(&u);
        self.last = l;
        if let Some((extra, l2)) = compound_measure(t, self.last + 1, lang, u) {
            self.value = self.value.map(|v| v + extra);
            self.last = l2;
        }
        if u.unit == "metre" {
            if let Some((p, l2)) = attach::power(t, self.last + 1) {
                let (base, power) = if p == 2 {
                    ("square_metre", "square")
                } else {
                    ("cubic_metre", "cubic")
                };
                self.unit = Some(base.to_string());
                let factor = u.factor.powi(p);
                self.value = self
                    .raw_value
                    .and_then(|v| crate::parse::finite(v * factor));
                self.written = Some(Written {
                    unit: format!("{power}_{}", u.name),
                    factor,
                    offset: 0.0,
                });
                self.last = l2;
            }
        }
        let (base, written) = match &self.written {
            Some(w) => (self.unit.clone().unwrap_or_default(), w.clone()),
            None => (
                u.unit.to_string(),
                Written {
                    unit: u.name.to_string(),
                    factor: 1.0,
                    offset: 0.0,
                },
            ),
        };
        if u.offset == 0.0 {
            self.per_unit(t, &base, &written.unit, written.factor, false);
        }
    }

    /// Reads a numeral `n` without a suffix: a million code after it ("30
    /// MUSD"), a rate, or else a lone year is a date.
    fn no_suffix(&mut self, t: &Toks, n: &Numeral, lang: Language) {
        if let Some(m) = million_code_after(t, self.last + 1) {
            self.kind = Kind::Money;
            self.unit = Some(m.0.code.to_string());
            self.value = self.value.map(|v| v * 1e6);
            self.last = m.1;
        } else if let Some((u, l)) = rate_after(t, self.last + 1, lang) {
            self.kind = Kind::Rate;
            self.unit = Some(u);
            self.last = l;
        } else if n.four_digits && is_year(t, n) {
            self.kind = Kind::Date;
            self.unit = None;
        }
    }

    /// Makes a cardinal a rate when a rate follows it or the counted noun
    /// after it: "614 prisoners per 100,000 inhabitants".
    fn rate_after_noun(&mut self, t: &Toks, lang: Language) {
        if !matches!(self.kind, Kind::Cardinal) {
            return;
        }
        if let Some((u, l)) = rate_after(t, self.last + 1, lang) {
            self.kind = Kind::Rate;
            self.unit = Some(u);
            self.last = l;
        } else if t.kind(self.last + 1) == Some(TokKind::Word)
            && crate::linking::is_content_word(t.word(self.last + 1))
        {
            if let Some((u, l)) = rate_after(t, self.last + 2, lang) {
                self.kind = Kind::Rate;
                self.unit = Some(u);
                self.last = l;
            }
        }
    }
}

/// The quantity of amount `a` (numeral `n`, starting at token `i`) with
/// its qualifier, its span widened over the qualifier's words, and its
/// direction.
fn amount_found(t: &Toks, i: usize, n: &Numeral, a: Amount, lang: Language) -> Found {
    let mut q = Quantity::new(span(t, i, a.last), a.kind, a.value);
    q.number = span(t, n.first, n.last);
    q.amount = q.span;
    q.unit = a.unit;
    q.flags = a.flags;
    if a.kind == Kind::Date {
        q.period = Some(t.raw(n.first).to_string());
    }
    let (first, last) = qualify(t, i, a.last, &mut q, lang);
    if a.flags.contains(Flags::APPROXIMATE) {
        q.qualifier = Qualifier::About;
    }
    q.span = span(t, first, last);
    match direction_before(t, first) {
        Some((d, change)) => {
            q.direction = Some(d);
            if change {
                q.role = Role::Change;
            }
        }
        None => {
            if let Some(d) = change_noun_after(t, last) {
                q.direction = Some(d);
                q.role = Role::Change;
            }
        }
    }
    Found {
        written: a.written,
        q,
        first,
        amount_first: i,
        last,
    }
}

/// Sets the qualifier of `q`, the amount over tokens `i..=last`, from the
/// words before it ("about", "the first") or after it ("or more"); returns
/// the first and last token of the whole expression.
pub(super) fn qualify(
    t: &Toks,
    i: usize,
    last: usize,
    q: &mut Quantity,
    lang: Language,
) -> (usize, usize) {
    let (mut first, mut last) = (i, last);
    let before = qualifiers::before(t, i, lang).or_else(|| {
        if matches!(t.word(i.wrapping_sub(1)), "the" | "el" | "la") && q.kind == Kind::Ordinal {
            qualifiers::before(t, i - 1, lang)
        } else {
            None
        }
    });
    // "over two days of talks": "over" tells the span, it bounds nothing
    let before = before.filter(|&(qual, start)| {
        !(qual == Qualifier::MoreThan && over_means_during(t, start, last, q.kind))
    });
    // a qualifier after the figure ("500 or more") wins over a hedge before it
    if let Some((qual, end)) = qualifiers::after(t, last + 1, lang) {
        q.qualifier = qual;
        last = end;
        // "equal to 5000 or less" keeps its opening words
        if let Some((Qualifier::Equal, start)) = before {
            first = start;
        }
    } else if let Some((qual, start)) = before {
        q.qualifier = qual;
        first = start;
        // "less than 5000 or equal (to)"
        if let Some((widened, end)) = qualifiers::or_equal(t, last + 1, qual) {
            q.qualifier = widened;
            last = end;
        }
    }
    (first, last)
}
/// True when "over" at token `over`, before a span of time ending at
/// `last` (or a count of nights, weekends, seasons), means "during": the
/// span of an activity ("over two days of talks"), of a change ("rose 10%
/// over two years"), of occasions ("over four nights") or of an opening
/// phrase ("Over two days, ..."); not where the span is an amount:
/// after a preposition, a copula, a verb of length or a hedge ("for over
/// two years", "lasted over four days", "just over three hours") or
/// before a word that measures by it ("over three hours late", "over 20
/// years ago").
fn over_means_during(t: &Toks, over: usize, last: usize, kind: Kind) -> bool {
    if t.word(over) != "over" {
        return false;
    }
    let occasions = matches!(
        t.word(last + 1),
        "nights" | "evenings" | "mornings" | "afternoons" | "weekends" | "seasons" | "sessions"
    );
    let end = match kind {
        Kind::Duration => last,
        Kind::Cardinal if occasions => last + 1,
        _ => return false,
    };
    let prev = t.word(over.wrapping_sub(1));
    let amount_before = over > 0 && (crate::linking::is_preposition(prev) || takes_an_amount(prev));
    let measures_by = matches!(
        t.word(end + 1),
        "late"
            | "ago"
            | "old"
            | "long"
            | "early"
            | "later"
            | "earlier"
            | "behind"
            | "away"
            | "older"
            | "younger"
            | "longer"
            | "overdue"
    );
    if amount_before || measures_by {
        return false;
    }
    // "of talks", not "of his life" ("lost over two years of his life")
    let activity = t.word(end + 1) == "of" && crate::linking::is_content_word(t.word(end + 2));
    // a verb of change and its amount before ("rose 10% over two years")
    let change = (0..over).any(|k| {
        qualifiers::direction_word(t.word(k)).is_some()
            && (k + 1..over).any(|j| t.kind(j) == Some(TokKind::Digits))
    });
    let opening = (over == 0 || t.is(over - 1, ",")) && t.is(end + 1, ",");
    activity || occasions || change || opening || after_a_sum(t, over)
}

/// True when a sum of money ends just before "over" at token `over`, or
/// before a bracket that opens on it: the span is the sum's term ("$140
/// million over seven years", "$161 million (over seven years)"), not a
/// bound on its length.
fn after_a_sum(t: &Toks, over: usize) -> bool {
    let end = if over > 0 && t.is(over - 1, "(") {
        over - 1
    } else {
        over
    };
    let Some(last) = end.checked_sub(1) else {
        return false;
    };
    let digits = |k: usize| t.kind(k) == Some(TokKind::Digits);
    // "$140 million", "$160MM", "$5bn", "$300"
    let ends_amount = digits(last) || (last > 0 && digits(last - 1));
    let sign = (last.saturating_sub(4)..=last).any(|k| {
        t.kind(k) == Some(TokKind::Punct)
            && t.raw(k)
                .chars()
                .next()
                .is_some_and(factsift_core::text::is_currency_sign)
    });
    ends_amount && sign
}

/// True for a word before "over" that makes the span after it an amount:
/// a preposition "is_preposition" lacks, a copula, a verb of length or a
/// hedge ("after over", "was over", "lasted over", "just over").
fn takes_an_amount(w: &str) -> bool {
    matches!(
        w,
        "after"
            | "before"
            | "within"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "being"
            | "last"
            | "lasts"
            | "lasted"
            | "lasting"
            | "take"
            | "takes"
            | "took"
            | "taking"
            | "spend"
            | "spent"
            | "wait"
            | "waited"
            | "serve"
            | "served"
            | "need"
            | "needed"
            | "just"
            | "well"
            | "slightly"
            | "little"
            | "bit"
            | "only"
            | "barely"
            | "far"
    )
}

/// True for a numeral that reads as a clock time before "am"/"pm", or as
/// its minutes when the text split the time after its hour ("8. 49pm").
fn is_clock(t: &Toks, n: &Numeral) -> bool {
    let raw = &t.text[t.start(n.first)..t.end(n.last)];
    let minutes = |m: &str| m.len() == 2 && m.parse::<u32>().is_ok_and(|m| m < 60);
    match raw.split_once(['.', ':']) {
        Some((h, m)) => is_hour(h) && minutes(m),
        None => is_hour(raw) || (minutes(raw) && split_after_hour(t, n.first)),
    }
}

/// True for an hour of a 12-hour clock written in digits ("1" to "12").
fn is_hour(raw: &str) -> bool {
    raw.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
}

/// True when token `i` follows an hour and a "." or ":" ("8. 49pm", "8 :
/// 49 pm"): the minutes of a clock time the text split.
fn split_after_hour(t: &Toks, i: usize) -> bool {
    i >= 2
        && matches!(t.raw(i - 1), "." | ":")
        && t.kind(i - 2) == Some(TokKind::Digits)
        && is_hour(t.raw(i - 2))
}

/// Skips a "± 0.01" or "+/- 0.01" after a numeral; returns its last token.
fn uncertainty(t: &Toks, i: usize, lang: Language) -> Option<usize> {
    let k = if t.is(i, "±") {
        i + 1
    } else if t.is(i, "+") && t.is(i + 1, "/") && t.is(i + 2, "-") {
        i + 3
    } else {
        return None;
    };
    number::read(t, k, lang, false).map(|n| n.last)
}

/// The value of a scale word ("million") at token `i`.
fn scale_word(t: &Toks, i: usize) -> Option<f64> {
    match t.num_word(i)? {
        crate::words::NumWord::Scale(s) if s >= 1e6 => Some(s),
        _ => None,
    }
}

/// "USD 22.5 million" handled by prefix; this reads "30 MUSD".
fn million_code_after(t: &Toks, i: usize) -> Option<(Currency, usize)> {
    let r = t.raw(i);
    if t.kind(i) == Some(TokKind::Word) && r.starts_with('M') && r.len() == 4 {
        return money::million_code(&r.to_lowercase()).map(|c| (c, i));
    }
    None
}

fn rate_after(t: &Toks, i: usize, lang: Language) -> Option<(String, usize)> {
    attach::rate(t, i, lang)
}

/// Cents written after a currency name: "3 dollars 50 cents", "15 dollars and 50".
fn cents_after(t: &Toks, i: usize, lang: Language, c: Currency) -> Option<(f64, usize)> {
    if c.factor != 1.0 {
        return None;
    }
    let mut k = i;
    if matches!(t.word(k), "and" | "y" | "con") {
        k += 1;
    }
    let n = number::read(t, k, lang, false)?;
    let v = n.value?;
    // "10 turkish lira 11a": a code, not cents
    let glued_after = t.attached(n.last + 1)
        && matches!(t.kind(n.last + 1), Some(TokKind::Word | TokKind::Digits));
    if !(0.0..100.0).contains(&v) || n.ordinal || v.fract() != 0.0 || glued_after {
        return None;
    }
    match attach::suffix(t, n.last + 1, lang, false) {
        Some((Suffix::Money(sub), l)) if sub.code == c.code && sub.factor < 1.0 => {
            Some((v * sub.factor, l))
        }
        None if t.kind(n.last + 1) != Some(TokKind::Word)
            || !crate::linking::is_content_word(t.word(n.last + 1)) =>
        {
            Some((v / 100.0, n.last))
        }
        _ => None,
    }
}

/// A second, smaller unit after a measure or a span of time: "5 feet 2
/// inches", "5-foot-8" (inches when a height in feet is hyphenated to a
/// bare number below 12), "1hr 4 mins", "2 hours 30 minutes".
fn compound_measure(
    t: &Toks,
    i: usize,
    lang: Language,
    u: crate::units::UnitDef,
) -> Option<(f64, usize)> {
    if u.offset != 0.0 || !matches!(u.kind, Kind::Measure | Kind::Duration) {
        return None;
    }
    let mut k = i;
    let hyphened = t.is(k, "-") && t.attached(k);
    // "5 feet and 2 inches"; spans joined by "and" are told apart ("21
    // years and six months" is two figures as quantulum3's gold reads it)
    if (t.word(k) == "and" && u.kind == Kind::Measure) || hyphened {
        k += 1;
    }
    if hyphened && u.name == "foot" {
        if let Some(inches) = inches_before_glued_list(t, k) {
            return Some(inches);
        }
    }
    if t.kind(k) != Some(TokKind::Digits) && !number::may_start(t, k, lang) {
        return None;
    }
    let n = number::read(t, k, lang, false)?;
    let v = n.value?;
    let second = attach::suffix(t, n.last + 1, lang, false)
        .and_then(|(s, l)| match s {
            Suffix::Unit(u2) => Some((u2, l)),
            _ => None,
        })
        .or_else(|| {
            // "12 ft 2 in more or less": inches after feet
            (t.word(n.last + 1) == "in")
                .then(|| crate::units::lookup("inch").map(|u2| (u2, n.last + 1)))
                .flatten()
        })
        .or_else(|| {
            // "5-foot-8": a height's inches, unnamed
            (hyphened && u.name == "foot" && v < 12.0 && v.fract() == 0.0)
                .then(|| crate::units::lookup("inch").map(|u2| (u2, n.last)))
                .flatten()
        });
    match second {
        // imperial units and spans of time are written in parts (5 ft 2
        // in, 3 lb 4 oz, 1 hr 4 min); metric ones are not ("12 m 2 dm" are
        // two figures)
        Some((u2, l))
            if u2.unit == u.unit
                && u2.factor < u.factor
                && u2.offset == 0.0
                && (crate::units::is_imperial(u) || u.kind == Kind::Duration) =>
        {
            Some((u2.convert(v), l))
        }
        _ => None,
    }
}

/// The inches of a hyphenated height whose next figure is glued on by a
/// comma ("5-foot-8,135 pounds"): the digits at `k`, a whole number below
/// 12, read alone rather than as the thousands of "8,135". Returns the
/// inches in metres and their token.
fn inches_before_glued_list(t: &Toks, k: usize) -> Option<(f64, usize)> {
    if t.kind(k) != Some(TokKind::Digits)
        || !t.is(k + 1, ",")
        || !t.attached(k + 1)
        || t.kind(k + 2) != Some(TokKind::Digits)
        || !t.attached(k + 2)
    {
        return None;
    }
    let v: f64 = t.raw(k).parse().ok()?;
    let inch = crate::units::lookup("inch")?;
    (v < 12.0).then(|| (inch.convert(v), k))
}

/// Words "one" that are pronouns, and other readings that are not figures.
fn accept_numeral(t: &Toks, n: &Numeral, lang: Language) -> bool {
    if n.words && n.first == n.last {
        let w = t.word(n.first);
        let prev = t.word(n.first.wrapping_sub(1));
        let next = t.word(n.last + 1);
        let unit_follows = attach::suffix(t, n.last + 1, lang, false).is_some();
        if lang != Language::Es && w == "one" && !unit_follows {
            if matches!(
                prev,
                "the"
                    | "this"
                    | "that"
                    | "which"
                    | "any"
                    | "each"
                    | "every"
                    | "no"
                    | "some"
                    | "another"
                    | "someone"
                    | "no one"
                    | "little"
                    | "loved"
                    | "only"
            ) || matches!(
                next,
                "another" | "anyone" | "that" | "who" | "which" | "whose"
            ) {
                return false;
            }
            if t.is(n.last + 1, "'") || t.is(n.last + 1, "’") {
                return false;
            }
            // "one of the safest": a pronoun, not a count
            if next == "of"
                && matches!(
                    t.word(n.last + 2),
                    "the"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                        | "those"
                        | "these"
                        | "them"
                        | "us"
                        | "my"
                        | "your"
                )
            {
                return false;
            }
        }
        if lang != Language::Es
            && w == "second"
            && !matches!(
                prev,
                "the" | "his" | "her" | "its" | "their" | "a" | "our" | "my" | "your"
            )
        {
            return false;
        }
        if lang == Language::Es && matches!(w, "un" | "una" | "uno") && !number_context_es(t, n) {
            return false;
        }
        if lang == Language::Es && matches!(w, "segundo" | "segundos") {
            return false;
        }
    }
    true
}

/// Spanish "un/una" is an article unless a measure or currency follows or it
/// stands alone.
fn number_context_es(t: &Toks, n: &Numeral) -> bool {
    let next = n.last + 1;
    if t.get(next).is_none() {
        return true;
    }
    matches!(t.word(next), "solo" | "sola")
        || matches!(
            t.word(n.first.wrapping_sub(1)),
            "solo" | "sólo" | "solamente" | "comprar"
        )
}

/// Whether a bare four-digit numeral reads as a year.
fn is_year(t: &Toks, n: &Numeral) -> bool {
    let Some(v) = n.value else { return false };
    if !(1500.0..=2100.0).contains(&v) {
        return false;
    }
    let prev = t.word(n.first.wrapping_sub(1));
    let next_kind = t.kind(n.last + 1);
    let next_is_noun = next_kind == Some(TokKind::Word)
        && !t.capitalized(n.last + 1)
        && crate::linking::is_content_word(t.word(n.last + 1));
    // "his 1974 book", "the 2008 election": a year before one thing
    let singular = next_is_noun && !t.word(n.last + 1).ends_with('s');
    let determiner = matches!(
        prev,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
    );
    dates::year_cue(prev)
        || (!next_is_noun && (1900.0..=2100.0).contains(&v))
        || (singular && determiner && (1900.0..=2100.0).contains(&v))
}

/// The direction given by a verb shortly before the figure ("rose 5%",
/// "fell by half", "down 34 cents", "rose to 5%"), and whether the figure
/// is the change itself: not when "to" or "from" comes between ("rose to
/// 5%" states the level reached).
fn direction_before(t: &Toks, first: usize) -> Option<(Direction, bool)> {
    let mut k = first;
    let mut change = true;
    for _ in 0..3 {
        if k == 0 {
            return None;
        }
        k -= 1;
        if t.kind(k) != Some(TokKind::Word) {
            return None;
        }
        let w = t.word(k);
        if let Some(d) = qualifiers::direction_word(w) {
            return Some((d, change));
        }
        if matches!(w, "to" | "a" | "hasta") {
            change = false;
        }
        if !matches!(
            w,
            "by" | "about"
                | "some"
                | "nearly"
                | "almost"
                | "around"
                | "more"
                | "than"
                | "over"
                | "in"
                | "en"
                | "un"
                | "to"
                | "a"
                | "an"
                | "hasta"
        ) {
            return None;
        }
    }
    None
}

/// The direction of a change noun right after the figure ("a 5%
/// increase", "a $12 billion drop").
fn change_noun_after(t: &Toks, last: usize) -> Option<Direction> {
    match t.word(last + 1) {
        "increase" | "rise" | "gain" | "jump" => Some(Direction::Up),
        "drop" | "decline" | "fall" | "decrease" | "cut" => Some(Direction::Down),
        _ => None,
    }
}
