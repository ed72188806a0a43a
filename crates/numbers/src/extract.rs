//! Entry points of the extractor: one text, or a text split into sentences.

use super::linking;
use super::money;
use super::scan;
use super::tokens::Toks;
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
    for (idx, s) in sentences.into_iter().enumerate() {
        let Some(sentence) = text.get(s.start..s.end) else {
            continue;
        };
        let toks = Toks::new(sentence);
        let mut found = scan::scan(&toks, lang);
        carried = linking::link(&toks, &mut found, carried.as_deref());
        for f in found {
            let mut q = f.q;
            q.sentence = idx;
            for sp in [&mut q.span, &mut q.amount, &mut q.number] {
                *sp = Span::new(sp.start + s.start, sp.end + s.start);
            }
            if !toks.complete {
                q.flags.insert(Flags::TRUNCATED);
            }
            out.push(q);
        }
    }
    out
}

/// The normalized unit, factor and offset of a unit or currency name as a
/// person would write it ("kilometre", "pound sterling", "Dollar", "°C").
/// Used to compare against gold labels.
pub fn unit_by_name(name: &str) -> Option<(String, f64, f64)> {
    let folded = factsift_core::text::lower(name.trim()).into_owned();
    let measure = |s: &str| {
        units::lookup(s)
            .or_else(|| units::lookup(&format!("{s}s")))
            .map(|u| (u.unit.to_string(), u.factor, u.offset))
    };
    if let Some(u) = measure(&folded) {
        return Some(u);
    }
    // "meter per millisecond", "dollar per hour"
    if let Some((num, den)) = folded.split_once(" per ") {
        let (nu, nf, _) =
            measure(num).or_else(|| currency_by_name(num).map(|(c, f)| (c.to_string(), f, 0.0)))?;
        let (du, df, _) = measure(den)?;
        return Some((format!("{nu}/{du}"), nf / df, 0.0));
    }
    currency_by_name(&folded).map(|(c, f)| (c.to_string(), f, 0.0))
}

/// The ISO 4217 code and factor of a currency name or sign ("Dollar",
/// "Pence", "Dólar estadounidense").
pub fn currency_by_name(name: &str) -> Option<(&'static str, f64)> {
    money::any(name.trim()).map(|c| (c.code, c.factor))
}
