//! "kr" is the sign of four crowns: the Swedish (SEK), Norwegian (NOK),
//! Danish (DKK) and Icelandic (ISK) krona. The country the sentence names
//! decides, else the one the document names; when neither names exactly
//! one, the figure keeps the sign as written (`kr`) rather than a guess.

use super::scan::Found;
use super::tokens::Toks;

/// The sign as written, the unit of a figure whose crown no context names.
pub const AMBIGUOUS: &str = "kr";

/// The code of the crown of the country word `w` (lower-cased, folded).
fn crown_of(w: &str) -> Option<&'static str> {
    Some(match w {
        "sweden" | "swedish" | "swede" | "swedes" | "stockholm" | "gothenburg" | "malmo"
        | "malmö" => "SEK",
        "norway" | "norwegian" | "norwegians" | "oslo" | "bergen" => "NOK",
        "denmark" | "danish" | "dane" | "danes" | "copenhagen" | "faroe" | "faroese"
        | "greenland" => "DKK",
        "iceland" | "icelandic" | "icelanders" | "reykjavik" => "ISK",
        _ => return None,
    })
}

/// The only crown the words name, `None` when they name none or several.
fn only_crown<'w>(words: impl IntoIterator<Item = &'w str>) -> Option<Option<&'static str>> {
    let mut found = None;
    for code in words.into_iter().filter_map(crown_of) {
        match found {
            None => found = Some(code),
            Some(c) if c == code => {}
            Some(_) => return Some(None),
        }
    }
    found.map(Some)
}

/// True when figure `f` is money read from a bare "kr" (the prefix table
/// gives it [`AMBIGUOUS`] for its unit).
pub fn is_bare_sign(f: &Found) -> bool {
    f.q.unit.as_deref() == Some(AMBIGUOUS)
}

/// The crowns a document names, read once when a figure needs them.
#[derive(Default)]
pub struct DocumentCrown(Option<Option<&'static str>>);

impl DocumentCrown {
    /// The only crown `text` names, if exactly one.
    fn of(&mut self, text: &str) -> Option<&'static str> {
        *self.0.get_or_insert_with(|| {
            // "Denmark's" names Denmark
            let words: Vec<String> = factsift_core::text::words(text)
                .iter()
                .map(|w| w.lower())
                .collect();
            only_crown(words.iter().map(|w| w.trim_end_matches("'s"))).flatten()
        })
    }
}

/// The unit of a "kr" figure of sentence `t` in document `text`: the crown
/// of the country the sentence names, else of the one the document names,
/// else [`AMBIGUOUS`].
pub fn resolve(t: &Toks, text: &str, doc: &mut DocumentCrown) -> &'static str {
    let in_sentence = only_crown((0..t.len()).map(|k| t.word(k)));
    match in_sentence {
        Some(code) => code.unwrap_or(AMBIGUOUS),
        None => doc.of(text).unwrap_or(AMBIGUOUS),
    }
}

#[cfg(test)]
mod tests {
    use crate::{extract, extract_sentences, Language, Span};

    /// The unit of the figure reading "500 kr" in the last sentence of `text`.
    fn crown(text: &str) -> Option<String> {
        let mut spans = Vec::new();
        let mut start = 0;
        for (i, _) in text.match_indices(". ") {
            spans.push(Span::new(start, i + 1));
            start = i + 2;
        }
        spans.push(Span::new(start, text.len()));
        extract_sentences(text, spans, Language::En)
            .into_iter()
            .find(|q| text[q.span.start..q.span.end].contains("kr"))
            .and_then(|q| q.unit)
    }

    #[test]
    fn a_crown_is_read_from_the_country_named() {
        let cases = [
            ("A coffee in Oslo costs 50 kr.", "NOK"),
            ("The Danish fine was 500 kr.", "DKK"),
            ("Swedish shops charge 20 kr for a bag.", "SEK"),
            ("Tickets in Reykjavik cost 900 kr.", "ISK"),
            // the document names the country when the sentence does not
            ("Prices rose in Denmark. A loaf now costs 30 kr.", "DKK"),
            ("Denmark's prices rose. A loaf now costs 30 kr.", "DKK"),
            // the sentence's country wins over the document's
            ("He moved from Norway. In Stockholm rent is 9000 kr.", "SEK"),
            // no country, or two: the sign as written
            ("She earned 500 kr.", "kr"),
            ("Norway and Sweden both set fees of 100 kr.", "kr"),
        ];
        for (text, unit) in cases {
            assert_eq!(crown(text).as_deref(), Some(unit), "{text}");
        }
        // the base unit follows
        let q = &extract("Oslo bars charge 80 kr.", Language::En)[0];
        assert_eq!(q.base_unit.as_deref(), Some("NOK"));
    }
}
