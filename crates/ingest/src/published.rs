//! Publication dates as inputs spell them.

use chrono::{DateTime, NaiveDate};

/// Parses a publication date: ISO 8601 dates and timestamps (`2025-06-12`,
/// `2025-06-12T10:00:00Z`, `2025-06-12 10:00`), RFC 2822 (`Thu, 12 Jun 2025
/// 10:00:00 +0000`) and `June 12, 2025` / `12 June 2025`. Returns `None` for
/// anything else.
pub fn parse_published(raw: &str) -> Option<NaiveDate> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    if let Some(prefix) = s.get(..10) {
        if let Ok(d) = NaiveDate::parse_from_str(prefix, "%Y-%m-%d") {
            return Some(d);
        }
    }
    ["%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_forms() {
        let d = NaiveDate::from_ymd_opt(2025, 6, 12);
        assert_eq!(parse_published("2025-06-12"), d);
        assert_eq!(parse_published("2025-06-12T10:00:00+02:00"), d);
        assert_eq!(parse_published("2025-06-12 10:00"), d);
        assert_eq!(parse_published("Thu, 12 Jun 2025 10:00:00 +0000"), d);
        assert_eq!(parse_published("June 12, 2025"), d);
        assert_eq!(parse_published("12 June 2025"), d);
        assert_eq!(parse_published("yesterday"), None);
        assert_eq!(parse_published("2025-13-45"), None);
    }
}
