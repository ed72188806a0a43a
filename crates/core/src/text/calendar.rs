//! Calendar words the stages read in text.

/// True for a day of the week, English or Spanish, lower-cased and
/// accent-folded ("monday", "miercoles").
pub fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "lunes"
            | "martes"
            | "miercoles"
            | "jueves"
            | "viernes"
            | "sabado"
            | "domingo"
    )
}

/// The number of a month (1–12) named in English or Spanish, lower-cased,
/// in full or by its usual abbreviation ("march", "mar", "marzo").
pub fn month_number(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" | "enero" => 1,
        "february" | "feb" | "febrero" => 2,
        "march" | "mar" | "marzo" => 3,
        "april" | "apr" | "abril" => 4,
        "may" | "mayo" => 5,
        "june" | "jun" | "junio" => 6,
        "july" | "jul" | "julio" => 7,
        "august" | "aug" | "agosto" => 8,
        "september" | "sept" | "sep" | "septiembre" | "setiembre" => 9,
        "october" | "oct" | "octubre" => 10,
        "november" | "nov" | "noviembre" => 11,
        "december" | "dec" | "diciembre" => 12,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_of_the_week_in_both_languages() {
        assert!(is_weekday("sunday") && is_weekday("miercoles"));
        assert!(!is_weekday("sundae") && !is_weekday("Sunday"));
    }

    #[test]
    fn months_by_name_and_abbreviation() {
        assert_eq!(month_number("march"), Some(3));
        assert_eq!(month_number("sept"), Some(9));
        assert_eq!(month_number("diciembre"), Some(12));
        assert_eq!(month_number("marching"), None);
    }
}
