//! One table-driven test per class of error seen on real news (issue 14):
//! sentences written for these tests, each with the reading a person makes.

use super::*;

/// The quantity whose span reads `span` in `text`.
fn find(text: &str, span: &str) -> Quantity {
    let qs = extract(text, Language::En);
    qs.iter()
        .find(|q| &text[q.span.start..q.span.end] == span)
        .cloned()
        .unwrap_or_else(|| panic!("{text}: no {span:?} in {qs:#?}"))
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

/// Class 1: value and unit as written, and the same amount in a base unit.
#[test]
fn values_and_units_as_written_with_a_base() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, f64, &str, f64, &str)] = &[
        ("He ran for 55 yards on the play.", "55 yards", 55.0, "yard", 50.292, "metre"),
        ("The car was doing 70 mph.", "70 mph", 70.0, "mile_per_hour", 31.2928, "metre_per_second"),
        ("Shares fell 45 cents.", "45 cents", 45.0, "cent", 0.45, "USD"),
        ("Gas costs $3.40 a gallon.", "$3.40 a gallon", 3.4, "USD/gallon", 3.4 / 0.003_785_411_784, "USD/cubic_metre"),
        ("In exchange it received $6m.", "$6m", 6e6, "USD", 6e6, "USD"),
        ("It was 30 °C outside.", "30 °C", 30.0, "degree_celsius", 303.15, "kelvin"),
        ("Temperatures rose 5 degrees Celsius.", "5 degrees Celsius", 5.0, "degree_celsius", 5.0, "kelvin"),
        ("The storm lasted two hours.", "two hours", 2.0, "hour", 7200.0, "second"),
        ("The Fed cut rates by 25 basis points.", "25 basis points", 25.0, "basis_point", 0.25, "pp"),
        ("They shipped 2 tonnes of rice.", "2 tonnes", 2.0, "tonne", 2000.0, "kilogram"),
        ("Milk sold at 90 cents a litre.", "90 cents a litre", 90.0, "cent/litre", 900.0, "USD/cubic_metre"),
        ("Nurses earn $50,000 a year.", "$50,000", 50000.0, "USD", 50000.0, "USD"),
        ("Sales were $1.2 billion a year earlier.", "$1.2 billion", 1.2e9, "USD", 1.2e9, "USD"),
    ];
    for &(text, span, value, unit, base, base_unit) in cases {
        let q = find(text, span);
        assert!(close(q.value, value), "{text}: {q:?}");
        assert_eq!(q.unit.as_deref(), Some(unit), "{text}");
        assert!(close(q.base_value, base), "{text}: {q:?}");
        assert_eq!(q.base_unit.as_deref(), Some(base_unit), "{text}");
    }
}

/// Class 2: a unit or scale written once applies to both ends of a range.
#[test]
fn ranges_share_their_unit_and_scale() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, f64, f64, Option<&str>)] = &[
        ("About six to seven thousand fans attended.", "About six to seven thousand", 6000.0, 7000.0, None),
        ("The project will cost 1 to 2 million dollars.", "1 to 2 million dollars", 1e6, 2e6, Some("USD")),
        ("Between 5 and 10 percent voted.", "Between 5 and 10 percent", 5.0, 10.0, Some("percent")),
        ("He weighs 150 to 160 pounds.", "150 to 160 pounds", 150.0, 160.0, Some("pound")),
        ("Crowds of 20 to 30 million gathered.", "20 to 30 million", 2e7, 3e7, None),
        ("It grew between 500 and 2 million.", "between 500 and 2 million", 500.0, 2e6, None),
    ];
    for &(text, span, lo, hi, unit) in cases {
        let q = find(text, span);
        assert!(
            close(q.value, lo) && close(q.value_max, hi),
            "{text}: {q:?}"
        );
        assert_eq!(q.unit.as_deref(), unit, "{text}");
    }
    // "from 180 pounds to 165": two weights, the second in pounds too
    let text = "He went from 180 pounds to 165.";
    let q = find(text, "165");
    assert_eq!((q.value, q.unit.as_deref()), (Some(165.0), Some("pound")));
    assert!(close(q.base_value, 165.0 * 0.453_592_37), "{q:?}");
}

/// Class 2: a change and the level it reached are two figures, not a range.
#[test]
fn changes_and_levels_are_not_ranges() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, Role, f64, Option<&str>)] = &[
        ("The index dropped 1.2 percent to 4,512.", "1.2 percent", Role::Change, 1.2, Some("percent")),
        ("The index dropped 1.2 percent to 4,512.", "4,512", Role::Level, 4512.0, None),
        ("Revenue grew $12 billion to $310 billion.", "$12 billion", Role::Change, 12e9, Some("USD")),
        ("Revenue grew $12 billion to $310 billion.", "$310 billion", Role::Level, 310e9, Some("USD")),
        ("The Nikkei fell 0.4% to 13,176.", "0.4%", Role::Change, 0.4, Some("percent")),
        ("The Nikkei fell 0.4% to 13,176.", "13,176", Role::Level, 13176.0, None),
        ("Unemployment fell to 3.9% in March.", "3.9%", Role::Level, 3.9, Some("percent")),
        ("Sales rose 5% last year.", "5%", Role::Change, 5.0, Some("percent")),
        ("They reported a 7% increase in sales.", "7%", Role::Change, 7.0, Some("percent")),
        ("The company employs 4,000 people.", "4,000", Role::Level, 4000.0, None),
    ];
    for &(text, span, role, value, unit) in cases {
        let q = find(text, span);
        assert_eq!(q.role, role, "{text}: {q:?}");
        assert_eq!((q.value, q.value_max), (Some(value), None), "{text}");
        assert_eq!(q.unit.as_deref(), unit, "{text}");
    }
}

/// A sentence, a span, its value, unit and what it measures.
type Counted = (
    &'static str,
    &'static str,
    f64,
    Option<&'static str>,
    Option<&'static str>,
);

/// Class 3: a count and a measure side by side stay two figures.
#[test]
fn adjacent_numbers_are_not_merged() {
    #[rustfmt::skip]
    let cases: &[Counted] = &[
        ("They sold three million 500ml cans.", "three million", 3e6, None, Some("cans")),
        ("They sold three million 500ml cans.", "500ml", 500.0, Some("millilitre"), Some("cans")),
        ("Stores stocked two million 330ml bottles.", "two million", 2e6, None, Some("bottles")),
        ("It took one million and 200 votes.", "one million and 200", 1_000_200.0, None, Some("votes")),
    ];
    for &(text, span, value, unit, measured) in cases {
        let q = find(text, span);
        assert_eq!(q.value, Some(value), "{text}: {q:?}");
        assert_eq!(q.unit.as_deref(), unit, "{text}");
        assert_eq!(q.measured.as_deref(), measured, "{text}");
    }
}

/// Class 4: letters after a number are scales, currencies or names, and a
/// currency prefix never eats the number's integer part.
#[test]
fn letters_are_read_as_scales_currencies_or_nothing() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, f64, &str)] = &[
        ("Output rose to 4.5m barrels a day.", "4.5m barrels", 4.5e6, "barrel"),
        ("He won the 100m sprint.", "100m", 100.0, "metre"),
        ("It paid RM 500 million for the plant.", "RM 500 million", 5e8, "MYR"),
        ("It paid RM1.5 billion.", "RM1.5 billion", 1.5e9, "MYR"),
        ("The deal was worth $US 20 million.", "$US 20 million", 2e7, "USD"),
        ("It cost US $ 5 million.", "US $ 5 million", 5e6, "USD"),
        ("He paid C$ 300 for it.", "C$ 300", 300.0, "CAD"),
        ("The fine was Rs 5,000.", "Rs 5,000", 5000.0, "INR"),
        ("It sold for HK$ 2.3 billion.", "HK$ 2.3 billion", 2.3e9, "HKD"),
        ("The club paid R$ 40 million.", "R$ 40 million", 4e7, "BRL"),
        ("In Sweden she earned 500 kr.", "500 kr", 500.0, "SEK"),
        ("He paid 300 MYR.", "300 MYR", 300.0, "MYR"),
        ("A loan of PLN 20,000 was signed.", "PLN 20,000", 20000.0, "PLN"),
    ];
    for &(text, span, value, unit) in cases {
        let q = find(text, span);
        assert!(close(q.value, value), "{text}: {q:?}");
        assert_eq!(q.unit.as_deref(), Some(unit), "{text}");
    }
    for text in [
        "The 4K screen shows 3D films from 10am.",
        "The 5G network opened.",
        "Stream it in 1080p tonight.",
        "ALL FIVE SURVIVORS SAW IT.",
    ] {
        let qs = extract(text, Language::En);
        assert!(
            qs.iter()
                .all(|q| q.kind != Kind::Measure && q.kind != Kind::Money),
            "{text}: {qs:#?}"
        );
    }
}

/// Class 5: numbers that name products, indexes, events, seats and routes
/// are not quantities, unless the sentence uses them as amounts.
#[test]
fn identifiers_are_not_quantities() {
    for text in [
        "The new iPhone 15 launched.",
        "Airlines flew Airbus A320 jets.",
        "The Pixel 8 phone sold out.",
        "The Dow 30 and the Nikkei 225 closed.",
        "The World Cup 2026 will be held in North America.",
        "Take Route 66 and sit in seat 14 of row 3.",
        "Airlines flew Boeing 737-800 jets.",
        "Read section 230 and chapter 11 again.",
        // a model code at the start of a sentence or a quote
        "Boeing 737-800 jets were grounded.",
        "“Airbus 330-200 planes are old,” he said.",
    ] {
        let qs = extract(text, Language::En);
        assert!(qs.is_empty(), "{text}: {qs:#?}");
    }
    // the same names beside amounts
    let text = "The Nikkei 225 rose 2% as the iPhone 15 sold 10 million units.";
    let qs = extract(text, Language::En);
    let spans: Vec<&str> = qs.iter().map(|q| &text[q.span.start..q.span.end]).collect();
    assert_eq!(spans, ["2%", "10 million"], "{qs:#?}");
    // ranges at the start of a sentence stay ranges
    for (text, span, lo, hi) in [
        ("Roughly 20-30 people came.", "Roughly 20-30", 20.0, 30.0),
        (
            "Temperatures 20-30 degrees are forecast.",
            "20-30 degrees",
            20.0,
            30.0,
        ),
        ("Monday 8-10 works for us.", "8-10", 8.0, 10.0),
    ] {
        let q = find(text, span);
        assert!(
            close(q.value, lo) && close(q.value_max, hi),
            "{text}: {q:#?}"
        );
    }
}

/// Class 6: signs and "minus" make negative values.
#[test]
fn negatives_keep_their_sign() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, f64, Option<&str>)] = &[
        ("It was minus-40 degrees outside.", "minus-40 degrees", -40.0, Some("degree")),
        ("He lost minus 3 yards on the play.", "minus 3 yards", -3.0, Some("yard")),
        ("The temperature was −2.5 degrees.", "−2.5 degrees", -2.5, Some("degree")),
        ("GDP shrank -3% last year.", "-3%", -3.0, Some("percent")),
        ("It fell to -2.5 °C overnight.", "-2.5 °C", -2.5, Some("degree_celsius")),
        ("The balance was minus 200.", "minus 200", -200.0, None),
    ];
    for &(text, span, value, unit) in cases {
        let q = find(text, span);
        assert!(close(q.value, value), "{text}: {q:?}");
        assert_eq!(q.unit.as_deref(), unit, "{text}");
    }
    let q = find("It fell to -2.5 °C overnight.", "-2.5 °C");
    assert!(close(q.base_value, 270.65), "{q:?}");
}

/// Class 7: what a figure measures is a counted noun or a metric, never a
/// verb, adverb or particle; null rather than a guess.
#[test]
fn measured_is_a_noun_or_nothing() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("It costs 50 cents.", "50 cents", None),
        ("And then 5 more came.", "5", None),
        ("One million and 200 came.", "One million and 200", None),
        ("It was minus-40 degrees outside.", "minus-40 degrees", None),
        ("The Dow 30 index rose 2% today.", "2%", Some("index")),
        ("The project will cost 1 to 2 million dollars.", "1 to 2 million dollars", None),
        ("Gas costs $3.40 a gallon.", "$3.40 a gallon", None),
        ("Some 300 protesters marched.", "Some 300", Some("protesters")),
        ("The total cost was $5 million.", "$5 million", Some("total cost")),
    ];
    for &(text, span, measured) in cases {
        let q = find(text, span);
        assert_eq!(q.measured.as_deref(), measured, "{text}: {q:?}");
        if let Some(s) = q.subject.as_deref() {
            let w = factsift_core::text::lower(s);
            assert!(
                !factsift_core::text::is_stopword(&w),
                "{text}: subject {s:?}"
            );
        }
    }
}
