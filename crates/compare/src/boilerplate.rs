//! Page furniture that says nothing about a story: URLs, datelines and
//! timestamps ("PUBLISHED: 22:07 GMT, 7 July 2012", "May 3, 2013 at 7:31 AM
//! ET"), bylines, and time-zone words taken for entities ("GMT"). Two
//! articles about unrelated events share these, so story links ignore them.

use factsift_core::text::{words, Word};

/// Longest line, in words, still read as a dateline, timestamp or byline.
const MAX_FURNITURE_WORDS: usize = 12;

/// Words that open a publishing line ("Posted", "Updated", "By …").
fn is_publishing_word(w: &str) -> bool {
    matches!(
        w,
        "published" | "updated" | "posted" | "modified" | "by" | "copyright"
    )
}

/// Time-zone abbreviations, which a NER model may take for entities.
pub fn is_time_zone(w: &str) -> bool {
    matches!(
        w,
        "gmt"
            | "utc"
            | "et"
            | "est"
            | "edt"
            | "ct"
            | "cst"
            | "cdt"
            | "mt"
            | "mst"
            | "mdt"
            | "pt"
            | "pst"
            | "pdt"
            | "bst"
            | "cet"
            | "cest"
            | "ist"
            | "aest"
            | "jst"
    )
}

/// True for a clock time written as `12:36` or `1:30`.
fn is_clock(w: &str) -> bool {
    let Some((h, m)) = w.split_once(':') else {
        return false;
    };
    (1..=2).contains(&h.len())
        && h.chars().all(|c| c.is_ascii_digit())
        && m.len() == 2
        && m.chars().all(|c| c.is_ascii_digit())
}

/// Longest line, in words, still read as a bare dateline ("Friday, May 3, 2013").
const MAX_DATELINE_WORDS: usize = 6;

/// True for a four-digit year of the last two centuries ("2013").
fn is_year(w: &str) -> bool {
    w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.parse::<u16>().is_ok()
}

/// True for a bare dateline: a short line with a year and a day whose other
/// words are at most two (a month and a weekday): "May 03, 2013", "Friday,
/// May 3, 2013".
fn is_dateline(ws: &[Word<'_>]) -> bool {
    let figures = ws.iter().filter(|w| w.has_digit()).count();
    ws.len() <= MAX_DATELINE_WORDS
        && ws.iter().any(|w| is_year(w.text))
        && figures >= 2
        && ws.len() - figures <= 2
}

/// True when a sentence is page furniture: it holds a URL, or it is a
/// [`is_page_line`] or a short line that tells the time (a timestamp, though
/// a short news sentence may tell a time too: "The gunman entered around 4
/// p.m.").
pub fn is_furniture(sentence: &str) -> bool {
    if sentence.contains("://") || sentence.contains("www.") || is_page_line(sentence) {
        return true;
    }
    let ws = words(sentence);
    if ws.is_empty() || ws.len() > MAX_FURNITURE_WORDS {
        return false;
    }
    let lower: Vec<String> = ws.iter().map(|w| w.lower()).collect();
    sentence
        .split_whitespace()
        .any(|t| is_clock(t.trim_matches(|c: char| !c.is_ascii_digit() && c != ':')))
        || lower
            .iter()
            .any(|w| matches!(w.as_str(), "am" | "pm" | "a.m" | "p.m") || is_time_zone(w))
}

/// True when a sentence is a line of the page, not of the article: a web
/// address alone, a bare dateline, or a short line that opens with a
/// publishing word ("Posted …", "By Jane Smith"). It states nothing, so
/// no claim of it is aligned with another.
pub fn is_page_line(sentence: &str) -> bool {
    let line = sentence.trim();
    let address =
        !line.contains(char::is_whitespace) && (line.contains("://") || line.starts_with("www."));
    if address {
        return true;
    }
    let ws = words(sentence);
    if ws.is_empty() || ws.len() > MAX_FURNITURE_WORDS {
        return false;
    }
    let byline = || {
        // "By Jane Smith, Associated Press", not "By 6:40 a.m. the fire was out"
        ws.len() > 1 && ws[1].is_capitalized() && !ws.iter().any(|w| w.has_digit())
    };
    let first = ws[0].lower();
    is_dateline(&ws) || (is_publishing_word(&first) && (first != "by" || byline()))
}

/// True when an entity key names a time zone (`misc:gmt`) or a web address
/// (`org:nytimes.com`).
pub fn is_furniture_key(key: &str) -> bool {
    let name = key.split_once(':').map_or(key, |(_, n)| n);
    is_time_zone(name) || name.contains(".com") || name.starts_with("www")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_timestamps_and_bylines_are_furniture() {
        assert!(is_furniture(
            "http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab"
        ));
        assert!(is_furniture("PUBLISHED: 22:07 GMT, 7 July 2012"));
        assert!(is_furniture("May 3, 2013 at 7:31 AM ET"));
        assert!(is_furniture("UPDATED 05 / 03 / 2013 at 11:00 AM EDT"));
        assert!(is_furniture("By Jane Smith, Associated Press"));
        assert!(is_furniture("Last updated at 22:46 GMT"));
        assert!(is_furniture("May 03, 2013"));
        assert!(is_furniture("Friday, May 3, 2013"));
    }

    #[test]
    fn addresses_datelines_and_bylines_are_page_lines() {
        assert!(is_page_line(
            "http://www.foxnews.com/world/2010/05/05/greece-riots/"
        ));
        assert!(is_page_line("By Jane Smith, Associated Press"));
        assert!(is_page_line("Friday, May 3, 2013"));
        // a short news sentence that tells a time, or cites a site, states something
        assert!(!is_page_line(
            "Tim Fanning said the gunman entered around 4 p.m."
        ));
        assert!(!is_page_line(
            "By 6:40 a.m. the fire was under control, Owen said."
        ));
        assert!(!is_page_line(
            "Tickets are sold at www.example.com and at the door."
        ));
        assert!(!is_page_line(""));
    }

    #[test]
    fn news_sentences_are_not_furniture() {
        assert!(!is_furniture(
            "Voting will close at 6:00 p.m. local time on Sunday, officials said, after a long day of queues in the capital."
        ));
        assert!(!is_furniture("Tara Reid has checked into a rehab clinic."));
        assert!(!is_furniture(
            "A magnitude 4.6 earthquake struck near The Geysers."
        ));
        assert!(!is_furniture(""));
        assert!(!is_furniture("In 2013, 23 pirates were caught."));
        assert!(!is_furniture("The 2008 Olympics"));
    }

    #[test]
    fn time_zones_and_web_addresses_are_furniture_keys() {
        assert!(is_furniture_key("misc:gmt"));
        assert!(is_furniture_key("org:nytimes.com"));
        assert!(!is_furniture_key("person:tara-reid"));
        assert!(!is_furniture_key("gpe:estonia"));
    }
}
