//! Datelines: the date line or agency prefix at the top of an article
//! ("May 03, 2013", "2012-06-11 12:36 ET", "WASHINGTON (Reuters) -").
//!
//! A dateline is not a sentence of the body, so it is cut from the stored
//! text (block spans are moved to match); when the metadata gives no date, a
//! dated dateline fills `published`.

use chrono::NaiveDate;

use factsift_core::document::{Block, BlockKind, Span};

use super::published::parse_published;
use super::Parsed;

/// How many leading lines are searched for a dateline (a page's address
/// on the first line not counted).
const TOP_LINES: usize = 3;

/// The longest line taken for a date line.
const MAX_DATE_LINE: usize = 48;

/// The longest agency dateline prefix ("NEW YORK, June 3 (Reuters) - ").
const MAX_PREFIX: usize = 60;

/// Cuts a dateline from the top of the text and, when `published` is
/// unknown, takes its date.
pub(crate) fn apply(parsed: &mut Parsed) {
    // A date line and an agency prefix may both be there.
    for _ in 0..2 {
        let Some((range, date)) = find(&parsed.text) else {
            return;
        };
        if parsed.meta.published.is_none() {
            parsed.meta.published = date;
        }
        if date.is_some() {
            mark_front_matter(parsed, range.start);
        }
        cut(parsed, range);
    }
}

/// Marks the lines of plain text above a date line (the page's address,
/// its title, a standfirst) as headings: they head the article, and the
/// body below restates what they say.
fn mark_front_matter(parsed: &mut Parsed, end: usize) {
    if !parsed.blocks.is_empty() {
        return;
    }
    let mut start = 0;
    for line in parsed.text[..end].split_inclusive('\n') {
        let here = start;
        start += line.len();
        let lead = line.len() - line.trim_start().len();
        let content = line.trim();
        if !content.is_empty() {
            let from = here + lead;
            parsed.blocks.push(Block {
                span: Span::new(from, from + content.len()),
                kind: BlockKind::Heading,
            });
        }
    }
}

/// The byte range of the first dateline in the top lines, and its date.
fn find(text: &str) -> Option<(std::ops::Range<usize>, Option<NaiveDate>)> {
    let mut start = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        let here = start;
        start += line.len();
        let content = line.trim();
        if content.is_empty() {
            continue;
        }
        // a page's address on a line of its own stands above its title
        if !(seen == 0 && is_address_line(content)) {
            seen += 1;
        }
        if seen > TOP_LINES {
            return None;
        }
        let lead = line.len() - line.trim_start().len();
        if let Some(date) = date_line(content) {
            // The whole line and the blank lines after it.
            let rest = &text[start..];
            let blank = rest.len() - rest.trim_start_matches(['\n', '\r']).len();
            return Some((here..start + blank, Some(date)));
        }
        if let Some(len) = agency_prefix(content) {
            return Some((here + lead..here + lead + len, None));
        }
    }
    None
}

/// Removes `range` from the text, moving the block spans after it and
/// dropping a block that was only the dateline.
fn cut(parsed: &mut Parsed, range: std::ops::Range<usize>) {
    let removed = range.end - range.start;
    parsed.text.replace_range(range.clone(), "");
    parsed.blocks.retain_mut(|block| {
        let span = &mut block.span;
        let shift = |at: usize| {
            if at >= range.end {
                at - removed
            } else {
                at.min(range.start)
            }
        };
        span.start = shift(span.start);
        span.end = shift(span.end);
        span.end > span.start
    });
}

/// The date of a line that is only a date (with a weekday, a time and a
/// time zone allowed around it, and a label such as "Published:" or
/// "Posted on" before it).
fn date_line(line: &str) -> Option<NaiveDate> {
    if line.len() > MAX_DATE_LINE {
        return None;
    }
    let tokens: Vec<&str> = without_label(line).split_whitespace().collect();
    // the date first, else after a time ("12:52 p.m. EDT May 2, 2013")
    (0..=tokens.len().min(4))
        .take_while(|&s| tokens[..s].iter().all(|t| is_time_part(t)))
        .find_map(|s| date_at(&tokens[s..]))
}

/// The date that `tokens` start with (after a weekday), when only time
/// parts follow it.
fn date_at(tokens: &[&str]) -> Option<NaiveDate> {
    let tokens = match tokens.first() {
        Some(t) if is_weekday(t) => &tokens[1..],
        _ => tokens,
    };
    (1..=tokens.len().min(3)).rev().find_map(|k| {
        let date = parse_date(&tokens[..k].join(" "))?;
        tokens[k..].iter().all(|t| is_time_part(t)).then_some(date)
    })
}

/// How a date line or an update stamp is labelled (lower-cased), in the
/// languages most pages are written in: "Published:", "Last updated", "Posted
/// on", "Aktualisiert am".
pub(crate) const DATE_LABELS: &[&str] = &[
    "updated",
    "last updated",
    "published",
    "first published",
    "posted",
    "last modified",
    "modified",
    "date",
    "aktualisiert",
    "aktualisiert am",
    "veröffentlicht",
    "veröffentlicht am",
    "veröffentlichung",
    "publiziert",
    "erstellt am",
    "publié le",
    "mis à jour le",
    "publicado",
    "actualizado",
    "pubblicato",
    "aggiornato",
    "opublikowano",
    "aktualizacja",
];

/// The longest [`DATE_LABELS`] entry that `lower` starts with, followed by a
/// space or a colon.
pub(crate) fn date_label(lower: &str) -> Option<&'static str> {
    DATE_LABELS
        .iter()
        .filter(|l| {
            lower
                .strip_prefix(**l)
                .is_some_and(|rest| rest.starts_with([' ', ':']))
        })
        .max_by_key(|l| l.len())
        .copied()
}

/// `line` without a leading label of the date ("Published:", "First
/// Published:", "Posted on", "Updated").
fn without_label(line: &str) -> &str {
    let lower = line.to_lowercase();
    let Some(label) = date_label(&lower) else {
        return line;
    };
    let Some(rest) = line.get(label.len()..) else {
        return line;
    };
    let rest = rest.trim_start_matches(':').trim_start();
    match rest.get(..3) {
        Some(on) if on.eq_ignore_ascii_case("on ") => rest[3..].trim_start(),
        _ => rest,
    }
}

/// A date as datelines spell it: ISO, `May 03, 2013`, `3 May 2013`,
/// `Jun. 12, 2012`.
fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim_end_matches([',', '|', '-', '–', '—']).trim();
    if s.len() >= 10 && s.as_bytes()[4] == b'-' {
        // ISO: only the date itself (a time after it is a separate token).
        return NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    }
    if !s.chars().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let s = s.replacen('.', "", 1);
    // "Mar 1 2012": a month, day and year without a comma
    parse_published(&s).or_else(|| {
        ["%b %d %Y", "%B %d %Y"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(&s, f).ok())
    })
}

/// True when a line is only a web address ("https://example.com/a/b").
fn is_address_line(line: &str) -> bool {
    !line.contains(char::is_whitespace)
        && (line.starts_with("http://") || line.starts_with("https://") || line.starts_with("www."))
}

fn is_weekday(token: &str) -> bool {
    const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let t = token.trim_end_matches([',', '.']).to_ascii_lowercase();
    DAYS.contains(&t.as_str()) || t.parse::<chrono::Weekday>().is_ok()
}

/// A token that may follow a date on a date line: a time (`12:36`,
/// `10:36am`, `p.m.`), a time zone (`ET`, `EDT`, `GMT+1`) or a separator.
fn is_time_part(token: &str) -> bool {
    let t = token.trim_matches(['(', ')', ',']);
    if t.is_empty() || matches!(t, "|" | "-" | "–" | "—" | "/" | "@" | "at") {
        return true;
    }
    let lower = t.to_ascii_lowercase();
    if matches!(lower.as_str(), "am" | "pm" | "a.m." | "p.m.") {
        return true;
    }
    let clock = t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || ":.".contains(c) || "apmAPM".contains(c));
    let zone = (2..=5).contains(&t.len())
        && t.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '+' || c == '-')
        && t.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    clock || zone
}

/// The length of an agency dateline at the start of a paragraph, with the
/// spaces after it: a place in capitals, optionally a date, optionally an
/// agency in brackets, then a dash (`WASHINGTON (Reuters) - `, `PARIS (AP) —
/// `, `NEW YORK, June 3 (Reuters) - `, `LONDON — `).
fn agency_prefix(line: &str) -> Option<usize> {
    let cut = line
        .char_indices()
        .nth(MAX_PREFIX)
        .map_or(line.len(), |(i, _)| i);
    let head = &line[..cut];
    let dash = [" - ", " — ", " – ", " -- "]
        .iter()
        .filter_map(|d| head.find(d).map(|i| (i, d.len())))
        .min()?;
    let (before, dash_len) = (&head[..dash.0], dash.1);
    let (place, agency) = match before.rfind('(') {
        Some(open) if before.ends_with(')') => (before[..open].trim_end(), true),
        _ => (before, false),
    };
    let place = place.split(',').next()?.trim();
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.len() >= 3
        && letters.iter().all(|c| c.is_uppercase())
        && place
            .chars()
            .all(|c| c.is_alphabetic() || " .'-".contains(c));
    if !capitals || (!agency && place.split_whitespace().count() > 3) {
        return None;
    }
    let rest = &line[dash.0 + dash_len..];
    // The body must go on after the dateline.
    rest.chars()
        .next()
        .filter(|c| c.is_alphanumeric() || "\"“'‘".contains(*c))?;
    Some(dash.0 + dash_len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use factsift_core::document::DocumentMeta;

    fn plain(text: &str) -> Parsed {
        Parsed {
            text: text.to_string(),
            blocks: Vec::new(),
            meta: DocumentMeta::default(),
        }
    }

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn a_date_line_fills_published_and_leaves_the_body() {
        let mut p = plain("May 03, 2013\n\nThe council met on Friday.");
        apply(&mut p);
        assert_eq!(p.text, "The council met on Friday.");
        assert_eq!(p.meta.published, date(2013, 5, 3));
    }

    #[test]
    fn an_iso_date_with_time_and_zone_is_a_dateline() {
        let mut p = plain("Markets rally\n2012-06-11 12:36 ET\nStocks rose on Monday.");
        apply(&mut p);
        assert_eq!(p.text, "Markets rally\nStocks rose on Monday.");
        assert_eq!(p.meta.published, date(2012, 6, 11));
        for line in [
            "Tue Jun 12, 2012 10:36am EDT",
            "3 May 2013",
            "Jun. 12, 2012 | 4:05 PM",
        ] {
            assert!(date_line(line).is_some(), "{line}");
        }
    }

    #[test]
    fn labelled_and_time_first_date_lines_are_datelines() {
        for (line, want) in [
            (
                "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM",
                date(2013, 5, 2),
            ),
            (
                "First Published: June 13, 2013 4:59 PM EDT",
                date(2013, 6, 13),
            ),
            ("Posted on Thu Jun 13, 2013 08:45 AM PDT", date(2013, 6, 13)),
            ("12:52 p.m. EDT May 2, 2013", date(2013, 5, 2)),
            ("7:15 a.m. Dec. 7, 2009", date(2009, 12, 7)),
            ("Friday August 2, 2013 @ 8: 13am PDT", date(2013, 8, 2)),
            ("SATURDAY, SEPTEMBER 14, 2013, 9:29 PM", date(2013, 9, 14)),
            ("Updated: 3 May 2013", date(2013, 5, 3)),
            ("Mar 1 2012, 2: 35am CET", date(2012, 3, 1)),
        ] {
            assert_eq!(date_line(line), want, "{line}");
        }
        for line in [
            "Published by the council",
            "12:52 p.m. on the dot",
            "Posted in News",
        ] {
            assert_eq!(date_line(line), None, "{line}");
        }
    }

    #[test]
    fn a_date_line_below_an_address_title_and_standfirst_is_found() {
        let text = "https://example.com/2013/05/council\nCouncil passes budget\n\
                    The council passed the budget on Friday.\nMay 03, 2013\nThe vote was close.";
        let mut p = plain(text);
        apply(&mut p);
        assert_eq!(p.meta.published, date(2013, 5, 3));
        assert!(!p.text.contains("May 03"), "{}", p.text);
        // the lines above it head the article; the body is left to the
        // plain-text rules
        let heads: Vec<&str> = p
            .blocks
            .iter()
            .map(|b| {
                assert_eq!(b.kind, BlockKind::Heading);
                &p.text[b.span.start..b.span.end]
            })
            .collect();
        assert_eq!(
            heads,
            [
                "https://example.com/2013/05/council",
                "Council passes budget",
                "The council passed the budget on Friday."
            ]
        );
        assert!(p.text.ends_with("\nThe vote was close."));
    }

    #[test]
    fn an_agency_prefix_is_cut_from_the_first_sentence() {
        let mut p = plain("WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.");
        apply(&mut p);
        assert_eq!(p.text, "The Senate passed the bill on Tuesday.");
        assert_eq!(p.meta.published, None);
        let mut p = plain("NEW YORK, June 3 (Reuters) — Oil fell.");
        apply(&mut p);
        assert_eq!(p.text, "Oil fell.");
        let mut p = plain("PARIS — “We agree,” she said.");
        apply(&mut p);
        assert_eq!(p.text, "“We agree,” she said.");
    }

    #[test]
    fn metadata_dates_win_and_ordinary_text_is_kept() {
        let mut p = plain("May 03, 2013\n\nBody.");
        p.meta.published = date(2020, 1, 1);
        apply(&mut p);
        assert_eq!(p.meta.published, date(2020, 1, 1));
        assert_eq!(p.text, "Body.");
        for text in [
            "May 03, 2013 was the day the council met.",
            "The US economy - by most measures - grew.",
            "NASA said on Monday that the launch - planned for May - slipped.",
            "One\nTwo\nThree\nMay 03, 2013\nFour",
            "2012-06-11 was a Monday and the sky was clear.",
        ] {
            let mut p = plain(text);
            apply(&mut p);
            assert_eq!(p.text, text);
            assert_eq!(p.meta.published, None, "{text}");
        }
    }

    #[test]
    fn a_page_without_a_date_takes_its_dateline() {
        let body = "The council approved the budget on Tuesday after a long debate. ".repeat(6);
        let page = format!(
            "<html><body><article><p>May 03, 2013</p><p>WASHINGTON (Reuters) - {body}</p>\
             <p>{body}</p></article></body></html>"
        );
        let parsed = crate::html::parse(&page, DocumentMeta::default()).expect("page");
        let doc = parsed.into_document("page.html").expect("document");
        assert_eq!(doc.meta.published, date(2013, 5, 3));
        assert!(doc.text.starts_with("The council approved"), "{}", doc.text);
        let first = &doc.blocks[0].span;
        assert!(doc.text[first.start..first.end].starts_with("The council"));
    }

    #[test]
    fn block_spans_follow_the_cut() {
        let text = "May 03, 2013\n\nLONDON (AP) - Rain fell.\n\nMore rain.";
        let blocks = [(0, 12), (14, 38), (40, 50)]
            .map(|(s, e)| Block {
                span: Span::new(s, e),
                kind: BlockKind::Paragraph,
            })
            .to_vec();
        let mut p = Parsed {
            text: text.to_string(),
            blocks,
            meta: DocumentMeta::default(),
        };
        apply(&mut p);
        assert_eq!(p.text, "Rain fell.\n\nMore rain.");
        assert_eq!(p.meta.published, date(2013, 5, 3));
        let spans: Vec<&str> = p
            .blocks
            .iter()
            .map(|b| &p.text[b.span.start..b.span.end])
            .collect();
        assert_eq!(spans, ["Rain fell.", "More rain."]);
    }
}
