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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_of_the_week_in_both_languages() {
        assert!(is_weekday("sunday") && is_weekday("miercoles"));
        assert!(!is_weekday("sundae") && !is_weekday("Sunday"));
    }
}
