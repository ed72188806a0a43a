//! Entry points of the extractor: one text, or a text split into sentences.

use super::krona;
use super::linking;
use super::money;
use super::scan;
use super::tokens::{Buffers, Toks};
use super::units;
use factsift_core::document::Span;
use factsift_core::quantity::{Flags, Quantity};
use factsift_core::Language;

/// Extracts the quantities of `text` read as a single sentence; spans are
/// byte offsets into `text` and `sentence` is 0.
pub fn extract(text: &str, lang: Language) -> Vec<Quantity> {
    extract_sentences(text, std::iter::once(Span::new(0, text.len())), lang)
}

/// Extracts the quantities of every sentence of `text`; spans are byte
/// offsets into `text` and `sentence` the index in `sentences`. The subject
/// of a sentence without a name is carried from the sentence before.
pub fn extract_sentences(
    text: &str,
    sentences: impl IntoIterator<Item = Span>,
    lang: Language,
) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut carried: Option<String> = None;
    let mut buffers = Buffers::default();
    let mut crowns = krona::DocumentCrown::default();
    for (idx, s) in sentences.into_iter().enumerate() {
        let Some(sentence) = text.get(s.start..s.end) else {
            continue;
        };
        let toks = Toks::with_buffers(sentence, lang, std::mem::take(&mut buffers));
        let mut found = scan::scan(&toks, lang);
        if let Some(own) = linking::link(&toks, &mut found, carried.as_deref()) {
            carried = Some(own);
        }
        for mut f in found {
            if krona::is_bare_sign(&f) {
                f.q.unit = Some(krona::resolve(&toks, text, &mut crowns).to_string());
            }
            let mut q = f.q;
            super::base::finish(&mut q, f.written.as_ref());
            q.sentence = idx;
            for sp in [&mut q.span, &mut q.amount, &mut q.number] {
                *sp = Span::new(sp.start + s.start, sp.end + s.start);
            }
            if !toks.complete {
                q.flags.insert(Flags::TRUNCATED);
            }
            out.push(q);
        }
        buffers = toks.into_buffers();
    }
    out
}

/// A unit or currency as a person would write its name ("kilometre",
/// "pound sterling", "Dollar", "°C", "meter per millisecond"): the name the
/// extractor writes to `unit`, its base unit, and the factor and offset to
/// the base. Used to compare against gold labels.
pub fn unit_by_name(name: &str) -> Option<UnitName> {
    let folded = factsift_core::text::lower(name.trim()).into_owned();
    let measure = |s: &str| {
        let s = s.replace('_', " ");
        units::lookup(&s)
            .or_else(|| units::lookup(&format!("{s}s")))
            .map(|u| UnitName {
                unit: u.name.to_string(),
                base: u.unit.to_string(),
                factor: u.factor,
                offset: u.offset,
            })
    };
    let currency = |s: &str| {
        money::any(s).map(|c| UnitName {
            unit: c.name.to_string(),
            base: c.code.to_string(),
            factor: c.factor,
            offset: 0.0,
        })
    };
    if let Some(u) = measure(&folded) {
        return Some(u);
    }
    // "meter per millisecond", "dollar per hour"
    if let Some((num, den)) = folded.split_once(" per ") {
        let n = measure(num).or_else(|| currency(num))?;
        let d = measure(den)?;
        return Some(UnitName {
            unit: format!("{}/{}", n.unit, d.unit),
            base: format!("{}/{}", n.base, d.base),
            factor: n.factor / d.factor,
            offset: 0.0,
        });
    }
    currency(&folded)
}

/// A unit found by [`unit_by_name`].
#[derive(Debug, Clone, PartialEq)]
pub struct UnitName {
    /// The name the extractor writes to `unit` (`kilometre`, `cent`, `USD`).
    pub unit: String,
    /// Its base unit (`metre`, `USD`).
    pub base: String,
    /// Multiplier to the base unit.
    pub factor: f64,
    /// Offset to the base unit (temperatures).
    pub offset: f64,
}

/// The ISO 4217 code and factor of a currency name or sign ("Dollar",
/// "Pence", "Dólar estadounidense").
pub fn currency_by_name(name: &str) -> Option<(&'static str, f64)> {
    money::any(name.trim()).map(|c| (c.code, c.factor))
}
