//! End-to-end tests of the extractor on literal sentences (many from the
//! seed article) and on absurd input.

use super::*;

fn one(text: &str, lang: Language) -> Vec<Quantity> {
    extract(text, lang)
}

fn find<'a>(qs: &'a [Quantity], text: &str, span_text: &str) -> &'a Quantity {
    qs.iter()
        .find(|q| &text[q.span.start..q.span.end] == span_text)
        .unwrap_or_else(|| panic!("no quantity {span_text:?} in {qs:#?}"))
}

#[test]
fn rate_with_metric_subject_and_period() {
    let s = "El Salvador’s reported homicide rate by the end of 2024 was just 1.9 per 100,000 inhabitants.";
    let qs = one(s, Language::En);
    let q = find(&qs, s, "just 1.9 per 100,000 inhabitants");
    assert_eq!(q.kind, Kind::Rate);
    assert_eq!(q.value, Some(1.9));
    assert_eq!(q.unit.as_deref(), Some("per_100k"));
    assert_eq!(q.qualifier, Qualifier::Just);
    assert_eq!(q.measured.as_deref(), Some("homicide rate"));
    assert_eq!(q.subject.as_deref(), Some("El Salvador"));
    assert_eq!(q.period.as_deref(), Some("2024"));
}

#[test]
fn a_second_noun_after_and_is_no_participle() {
    let s = "The quake struck, killing 10 people and injuring 80.";
    let qs = one(s, Language::En);
    assert_eq!(find(&qs, s, "10").measured.as_deref(), Some("people"));
    let s = "The ship carried 420 passengers and crew.";
    let qs = one(s, Language::En);
    assert_eq!(
        find(&qs, s, "420").measured.as_deref(),
        Some("passengers and crew")
    );
}

#[test]
fn a_figure_takes_the_nearest_date_that_no_bound_introduces() {
    let s = "Before 1997, the mayor had served only a five-year term in 1989.";
    let qs = one(s, Language::En);
    assert_eq!(find(&qs, s, "five-year").period.as_deref(), Some("1989"));
    let s = "In 2012 the firm hired 40 workers, and in 2013 it hired 55 more.";
    let qs = one(s, Language::En);
    assert_eq!(find(&qs, s, "40").period.as_deref(), Some("2012"));
    assert_eq!(find(&qs, s, "55").period.as_deref(), Some("2013"));
    // a bound alone dates nothing
    let s = "Since 2009, the club has won 12 titles.";
    let qs = one(s, Language::En);
    assert_eq!(find(&qs, s, "12").period, None);
}

#[test]
fn counts_dates_and_durations() {
    let s = "In April 2025, Salvadoran President Nayib Bukele agreed to imprison more than 250 migrants deported from the United States for a renewable period of one year.";
    let qs = one(s, Language::En);
    let date = find(&qs, s, "April 2025");
    assert_eq!(date.kind, Kind::Date);
    assert_eq!(date.period.as_deref(), Some("2025-04"));
    let count = find(&qs, s, "more than 250");
    assert_eq!(count.kind, Kind::Count);
    assert_eq!(count.value, Some(250.0));
    assert_eq!(count.qualifier, Qualifier::MoreThan);
    assert_eq!(count.measured.as_deref(), Some("migrants"));
    assert_eq!(count.subject.as_deref(), Some("Nayib Bukele"));
    assert_eq!(count.period.as_deref(), Some("2025-04"));
    let dur = find(&qs, s, "one year");
    assert_eq!(
        (dur.kind, dur.value, dur.unit.as_deref()),
        (Kind::Duration, Some(1.0), Some("year"))
    );
}

#[test]
fn money_with_symbols_codes_and_names() {
    let s = "In exchange, El Salvador received US$6 million.";
    let q = &one(s, Language::En)[0];
    assert_eq!(
        (q.kind, q.value, q.unit.as_deref()),
        (Kind::Money, Some(6e6), Some("USD"))
    );
    assert_eq!(q.subject.as_deref(), Some("El Salvador"));
    for (text, value, code) in [
        ("It raised $1.2bn last year.", 1.2e9, "USD"),
        ("Costs reached €3 million.", 3e6, "EUR"),
        ("He paid £2,000 for it.", 2000.0, "GBP"),
        ("They lost 75 USD million.", 75e6, "USD"),
        ("It sold for 323 million euros.", 323e6, "EUR"),
        ("Pagó 2,5 millones de pesos.", 2.5e6, "MXN"),
        ("It costs 50 cents.", 50.0, "cent"),
    ] {
        let lang = if text.starts_with("Pagó") {
            Language::Es
        } else {
            Language::En
        };
        let qs = one(text, lang);
        let q = qs
            .iter()
            .find(|q| q.kind == Kind::Money)
            .unwrap_or_else(|| panic!("{text}: {qs:#?}"));
        assert!(
            (q.value.unwrap_or(0.0) - value).abs() < 1e-6 * value.max(1.0),
            "{text}: {q:?}"
        );
        assert_eq!(q.unit.as_deref(), Some(code), "{text}");
    }
    let s = "Trump revived million-dollar contracts with private-prison operators.";
    let q = &one(s, Language::En)[0];
    assert_eq!((q.kind, q.qualifier), (Kind::Money, Qualifier::About));
    assert!(q.flags.contains(Flags::APPROXIMATE));
    assert_eq!(q.measured.as_deref(), Some("contracts"));
}

#[test]
fn percentages_with_what_they_measure() {
    let s = "However, Bukele ended his sixth year in power with an approval rating of 85.2 percent, according to polling firm LPG Datos.";
    let qs = one(s, Language::En);
    let p = find(&qs, s, "85.2 percent");
    assert_eq!(
        (p.kind, p.value, p.unit.as_deref()),
        (Kind::Percent, Some(85.2), Some("percent"))
    );
    assert_eq!(p.measured.as_deref(), Some("approval rating"));
    assert_eq!(p.subject.as_deref(), Some("Bukele"));
    let o = find(&qs, s, "sixth");
    assert_eq!((o.kind, o.value), (Kind::Ordinal, Some(6.0)));
    let s = "CECOT hosts 30 percent of salvadoran prisoners.";
    let q = find(&one(s, Language::En), s, "30 percent").clone();
    assert_eq!(q.measured.as_deref(), Some("salvadoran prisoners"));
    let s = "La inflación fue del 3,5 por ciento.";
    let q = &one(s, Language::Es)[0];
    assert_eq!((q.kind, q.value), (Kind::Percent, Some(3.5)));
}

#[test]
fn parenthetical_list_inherits_the_rate() {
    let s = "With 614 prisoners per 100,000 inhabitants, the United States ranks fifth globally—only behind repressive regimes: El Salvador (1,659), Cuba (794), Rwanda (620), and Turkmenistan (576).";
    let qs = one(s, Language::En);
    let us = find(&qs, s, "614 prisoners per 100,000 inhabitants");
    assert_eq!(
        (us.kind, us.value, us.unit.as_deref()),
        (Kind::Rate, Some(614.0), Some("per_100k"))
    );
    assert_eq!(us.subject.as_deref(), Some("United States"));
    assert_eq!(find(&qs, s, "fifth").value, Some(5.0));
    for (text, value, subject) in [
        ("1,659", 1659.0, "El Salvador"),
        ("794", 794.0, "Cuba"),
        ("576", 576.0, "Turkmenistan"),
    ] {
        let q = find(&qs, s, text);
        assert_eq!(
            (q.kind, q.value, q.unit.as_deref()),
            (Kind::Rate, Some(value), Some("per_100k"))
        );
        assert_eq!(q.subject.as_deref(), Some(subject));
        assert!(q.flags.contains(Flags::INHERITED));
    }
}

#[test]
fn spelled_out_and_mixed_numbers() {
    for (text, value, lang) in [
        ("two hundred fifty", 250.0, Language::En),
        ("a dozen", 12.0, Language::En),
        ("3 million", 3e6, Language::En),
        ("2.7million", 2.7e6, Language::En),
        ("55 thousand", 55e3, Language::En),
        ("one hundred and six", 106.0, Language::En),
        ("twenty-one", 21.0, Language::En),
        ("two thirds", 2.0 / 3.0, Language::En),
        ("five and a half million", 5.5e6, Language::En),
        ("2 1/4", 2.25, Language::En),
        ("trescientos cuarenta y siete", 347.0, Language::Es),
        ("dos mil millones", 2e9, Language::Es),
        ("1.659,5", 1659.5, Language::Es),
        ("2,5", 2.5, Language::Es),
    ] {
        let qs = one(text, lang);
        assert_eq!(qs.len(), 1, "{text}: {qs:#?}");
        let v = qs[0].value.unwrap_or(f64::NAN);
        assert!(
            (v - value).abs() < 1e-9 * value.abs().max(1.0),
            "{text}: {v}"
        );
        assert_eq!(&text[qs[0].span.start..qs[0].span.end], text);
    }
}

#[test]
fn ranges_and_qualifiers() {
    let s = "Prices ranged from $1.2 million to $23.5 million.";
    let q = &one(s, Language::En)[0];
    assert_eq!(
        (q.value, q.value_max, q.qualifier),
        (Some(1.2e6), Some(23.5e6), Qualifier::Between)
    );
    assert_eq!(q.unit.as_deref(), Some("USD"));
    let s = "between 5 and 10 people";
    let q = &one(s, Language::En)[0];
    assert_eq!((q.value, q.value_max), (Some(5.0), Some(10.0)));
    for (text, qual) in [
        ("at least 20 apples", Qualifier::AtLeast),
        ("up to 30 days", Qualifier::UpTo),
        ("nearly 40 people", Qualifier::Almost),
        ("al menos 20 manzanas", Qualifier::AtLeast),
    ] {
        let lang = if text.starts_with("al") {
            Language::Es
        } else {
            Language::En
        };
        assert_eq!(one(text, lang)[0].qualifier, qual, "{text}");
    }
}

#[test]
fn measures_keep_the_written_unit_and_a_base_in_si() {
    let q = &one("a 10 km race", Language::En)[0];
    assert_eq!(
        (q.kind, q.value, q.unit.as_deref()),
        (Kind::Measure, Some(10.0), Some("kilometre"))
    );
    assert_eq!(
        (q.base_value, q.base_unit.as_deref()),
        (Some(10_000.0), Some("metre"))
    );
    let q = &one("It was 30 °C outside.", Language::En)[0];
    assert_eq!(
        (q.value, q.unit.as_deref()),
        (Some(30.0), Some("degree_celsius"))
    );
    assert_eq!(q.base_unit.as_deref(), Some("kelvin"));
    assert!((q.base_value.unwrap_or(0.0) - 303.15).abs() < 1e-9);
    let q = &one("5 feet 2 inches", Language::En)[0];
    assert_eq!(q.unit.as_deref(), Some("foot"));
    assert!((q.base_value.unwrap_or(0.0) - (5.0 * 0.3048 + 2.0 * 0.0254)).abs() < 1e-9);
    let q = &one("2 tonnes", Language::En)[0];
    assert_eq!((q.value, q.unit.as_deref()), (Some(2.0), Some("tonne")));
    assert_eq!(
        (q.base_value, q.base_unit.as_deref()),
        (Some(2000.0), Some("kilogram"))
    );
}

#[test]
fn changes_carry_a_direction() {
    let q = &one("Sales rose 5% last year.", Language::En)[0];
    assert_eq!(q.direction, Some(Direction::Up));
    let q = &one("Profits fell by half.", Language::En)[0];
    assert_eq!((q.value, q.direction), (Some(0.5), Some(Direction::Down)));
    let q = &one("Unemployment fell to 3.9% in March.", Language::En)[0];
    assert_eq!(
        (q.kind, q.direction),
        (Kind::Percent, Some(Direction::Down))
    );
    let q = &one("The Fed raised rates by 25 basis points.", Language::En)[0];
    assert_eq!(
        (q.kind, q.value, q.unit.as_deref()),
        (Kind::PercentagePoints, Some(25.0), Some("basis_point"))
    );
    assert_eq!(
        (q.base_value, q.base_unit.as_deref()),
        (Some(0.25), Some("pp"))
    );
    let q = &one("Exports doubled.", Language::En)[0];
    assert_eq!(
        (q.kind, q.value, q.direction),
        (Kind::Factor, Some(2.0), Some(Direction::Up))
    );
}

#[test]
fn names_urls_and_pronouns_hold_no_figures() {
    assert!(one("The MS-13 gang and Covid-19 spread.", Language::En).is_empty());
    assert!(one("See https://example.com/a?q=30%25 for more.", Language::En).is_empty());
    assert!(one("It is one of the safest countries.", Language::En).is_empty());
    assert!(one("Which one do you prefer?", Language::En).is_empty());
    assert!(one("It is a service, one that pays.", Language::En).is_empty());
}

#[test]
fn absurd_input_gives_null_with_a_flag() {
    let long = "9".repeat(10_000);
    let qs = one(&long, Language::En);
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].value, None);
    assert!(qs[0].flags.contains(Flags::UNREPRESENTABLE));
    let qs = one("The value was 1e309 units.", Language::En);
    assert!(qs.iter().all(|q| q.value.is_none_or(f64::is_finite)));
    assert!(qs.iter().any(|q| q.flags.contains(Flags::UNREPRESENTABLE)));
    let nested = format!("{}5{}", "(".repeat(5000), ")".repeat(5000));
    for q in one(&nested, Language::En) {
        assert!(q.value.is_none_or(f64::is_finite));
    }
    let mixed = "٣ 五 ½ 1٫5 ⅞ 𝟙𝟚 3²³ 10¹⁰⁰ 1,,2 ..5 --7 1e-400 $$$ €€ %%";
    for q in one(mixed, Language::En) {
        assert!(q.value.is_none_or(f64::is_finite), "{q:?}");
    }
}

#[test]
fn sentences_carry_offsets_and_subjects() {
    let text = "Cuba reported 30 cases. It later reported 40 more.";
    let spans = [Span::new(0, 23), Span::new(24, text.len())];
    let qs = extract_sentences(text, spans, Language::En);
    assert_eq!(qs.len(), 2);
    assert_eq!(&text[qs[1].span.start..qs[1].span.end], "40");
    assert_eq!(qs[1].sentence, 1);
    assert_eq!(qs[1].subject.as_deref(), Some("Cuba"));
}

#[test]
fn a_quoted_sentence_opening_with_the_gives_no_subject() {
    let text = "\"The fee is low for them,\" he said. The prison can hold up to 40,000 inmates.";
    let split = text.find("The prison").expect("second sentence");
    let spans = [Span::new(0, split - 1), Span::new(split, text.len())];
    let qs = extract_sentences(text, spans, Language::En);
    let q = find(&qs, text, "up to 40,000");
    assert_eq!(q.subject, None);
}

#[test]
fn gold_unit_names_resolve() {
    let unit = |n: &str| unit_by_name(n).map(|u| (u.unit, u.base));
    let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
    assert_eq!(unit("kilometre"), pair("kilometre", "metre"));
    assert_eq!(currency_by_name("Dólar").map(|u| u.0), Some("USD"));
    assert_eq!(unit("pound sterling"), pair("GBP", "GBP"));
    assert_eq!(unit("Cent"), pair("cent", "USD"));
    assert_eq!(unit("pound-mass"), pair("pound", "kilogram"));
    assert_eq!(
        unit("meter per millisecond"),
        pair("metre/millisecond", "metre/second")
    );
}

#[test]
fn relative_ordinals_carry_offset_anchor_and_flag() {
    let s = "The penultimate chapter and the next one were cut.";
    let qs = one(s, Language::En);
    let pen = find(&qs, s, "penultimate");
    assert_eq!(
        (pen.kind, pen.value, pen.unit.as_deref()),
        (Kind::Ordinal, Some(-1.0), Some("rank_from_end"))
    );
    assert!(pen.flags.contains(Flags::RELATIVE));
    assert_eq!(pen.flags.names(), "relative");
    let next = find(&qs, s, "next");
    assert_eq!(
        (next.value, next.unit.as_deref()),
        (Some(1.0), Some("rank_from_current"))
    );
    let s = "Quiero los dos últimos libros y el antepenúltimo.";
    let qs = one(s, Language::Es);
    let last = find(&qs, s, "últimos");
    assert_eq!(
        (last.value, last.unit.as_deref()),
        (Some(0.0), Some("rank_from_end"))
    );
    assert_eq!(find(&qs, s, "antepenúltimo").value, Some(-2.0));
}

#[test]
fn relative_dates_stay_out_of_ordinals() {
    for (s, lang) in [
        (
            "Homicides fell 20% last year and will fall again next year.",
            Language::En,
        ),
        (
            "In the last five years, 250 migrants were deported.",
            Language::En,
        ),
        (
            "Los homicidios cayeron un 20% el año pasado y el próximo año.",
            Language::Es,
        ),
    ] {
        let qs = one(s, lang);
        assert!(
            qs.iter().all(|q| !q.flags.contains(Flags::RELATIVE)),
            "{s}: {qs:#?}"
        );
        assert!(qs
            .iter()
            .any(|q| q.kind == Kind::Percent || q.kind == Kind::Count));
    }
}

#[test]
fn bare_percentages_have_no_value_unless_a_figure_is_given() {
    let s = "Only a small percent attain the top ranks.";
    let qs = one(s, Language::En);
    let q = find(&qs, s, "percent");
    assert_eq!(
        (q.kind, q.value, q.unit.as_deref()),
        (Kind::Percent, None, Some("percent"))
    );
    assert!(q.flags.contains(Flags::NO_VALUE));
    let s = "The table shows the % of increase.";
    assert!(find(&one(s, Language::En), s, "%")
        .flags
        .contains(Flags::NO_VALUE));
    // the word names the metric of the figure that follows
    let s = "un porcentaje del 25%";
    let qs = one(s, Language::Es);
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].value, Some(25.0));
    let s = "Support rose 5 percentage points.";
    assert!(one(s, Language::En)
        .iter()
        .all(|q| !q.flags.contains(Flags::NO_VALUE)));
}

#[test]
fn the_stage_keys_subjects_like_the_entities_table() {
    use factsift_core::document::{Document, DocumentMeta};
    use factsift_core::Stage;
    use factsift_segment::SegmentStage;
    let text = "El Salvador’s reported homicide rate by the end of 2024 was just 1.9 per 100,000 inhabitants.";
    let mut doc = Document::new(text.to_string(), DocumentMeta::default());
    SegmentStage.process(&mut doc).expect("segment");
    NumbersStage.process(&mut doc).expect("numbers");
    let q = find(&doc.quantities, text, "just 1.9 per 100,000 inhabitants");
    assert_eq!(q.subject.as_deref(), Some("El Salvador"));
    assert_eq!(q.subject_key.as_deref(), Some("gpe:el-salvador"));
}

#[test]
fn halves_of_a_unit_named_in_full() {
    for (text, span_text, value, unit, kind) in [
        (
            "She lived half a mile away.",
            "half a mile",
            0.5,
            "mile",
            Kind::Measure,
        ),
        (
            "He moved about a mile and a half away.",
            "about a mile and a half",
            1.5,
            "mile",
            Kind::Measure,
        ),
        (
            "The hearing lasted half an hour.",
            "half an hour",
            0.5,
            "hour",
            Kind::Duration,
        ),
        (
            "It took an hour and a half to clear the road.",
            "an hour and a half",
            1.5,
            "hour",
            Kind::Duration,
        ),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert_eq!(
            (q.kind, q.value, q.unit.as_deref()),
            (kind, Some(value), Some(unit)),
            "{text}"
        );
    }
    let text = "Half a million people marched.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "Half a million").value, Some(5e5));
}

#[test]
fn one_unit_of_time_is_a_span_after_a_qualifier_or_for() {
    for (text, span_text, unit, qualifier) in [
        (
            "They met about a week later.",
            "about a week",
            "week",
            Qualifier::About,
        ),
        (
            "He spent nearly a year in jail.",
            "nearly a year",
            "year",
            Qualifier::Almost,
        ),
        (
            "The jury deliberated less than a day.",
            "less than a day",
            "day",
            Qualifier::LessThan,
        ),
        (
            "He was banned for a month.",
            "a month",
            "month",
            Qualifier::Exact,
        ),
        (
            "She left within a week.",
            "within a week",
            "week",
            Qualifier::AtMost,
        ),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert_eq!(
            (q.kind, q.value, q.unit.as_deref(), q.qualifier),
            (Kind::Duration, Some(1.0), Some(unit), qualifier),
            "{text}"
        );
    }
    // a frequency or a price per span is no span
    for text in [
        "He calls her once a week.",
        "It costs $5 a month.",
        "A week ago it rained.",
    ] {
        let qs = one(text, Language::En);
        assert!(
            qs.iter().all(|q| q.kind != Kind::Duration),
            "{text}: {qs:#?}"
        );
    }
}

#[test]
fn a_bracketed_restatement_in_another_currency_or_unit_is_a_conversion() {
    let text = "Robbers stole diamonds valued at 85 million euros ($108 million) in Paris.";
    let qs = one(text, Language::En);
    assert!(!find(&qs, text, "85 million euros")
        .flags
        .contains(Flags::CONVERSION));
    assert!(find(&qs, text, "$108 million")
        .flags
        .contains(Flags::CONVERSION));
    let text = "The storm moved 40 miles (64 km) inland.";
    let qs = one(text, Language::En);
    assert!(find(&qs, text, "64 km").flags.contains(Flags::CONVERSION));
    // a figure of its own in brackets, or the same unit, is no conversion
    for (text, figure) in [
        ("The fund fell 3% ($2 million) last year.", "$2 million"),
        ("Prices rose to $40 ($38 a year ago).", "$38"),
    ] {
        let qs = one(text, Language::En);
        assert!(
            !find(&qs, text, figure).flags.contains(Flags::CONVERSION),
            "{text}"
        );
    }
}

#[test]
fn a_noun_of_before_a_figure_names_what_it_measures() {
    for (text, figure, measured) in [
        ("The quake had a depth of 1.2 miles.", "1.2 miles", "depth"),
        (
            "The lake has an area of 30 square miles.",
            "30 square miles",
            "area",
        ),
        (
            "The town has a population of 80,000.",
            "80,000",
            "population",
        ),
    ] {
        let qs = one(text, Language::En);
        assert_eq!(
            find(&qs, text, figure).measured.as_deref(),
            Some(measured),
            "{text}"
        );
    }
    // a word that only holds the figure names nothing; a noun after wins
    let text = "He served a period of two years.";
    assert_eq!(
        find(&one(text, Language::En), text, "two years").measured,
        None
    );
    let text = "She was a mother of 12.";
    assert_eq!(find(&one(text, Language::En), text, "12").measured, None);
    let text = "It killed a total of 40 people.";
    assert_eq!(
        find(&one(text, Language::En), text, "40")
            .measured
            .as_deref(),
        Some("people")
    );
}

#[test]
fn pm_after_a_number_is_the_time_of_day_not_picometres() {
    // a clock split by the text ("8. 49pm") must not become a length
    for text in ["The call came at 8. 49pm on Friday.", "Doors open at 7pm."] {
        assert!(
            one(text, Language::En)
                .iter()
                .all(|q| q.kind != Kind::Measure),
            "{text}"
        );
    }
    let text = "The atom is 120 picometres across.";
    assert_eq!(
        find(&one(text, Language::En), text, "120 picometres").kind,
        Kind::Measure
    );
}

#[test]
fn minutes_of_a_split_clock_time_are_no_picometres() {
    let text = "The call came at 8. 49pm on Friday.";
    assert!(
        one(text, Language::En)
            .iter()
            .all(|q| q.kind != Kind::Measure),
        "{text}"
    );
    let text = "This nano grid has a size of 2.1 pm.";
    assert_eq!(
        find(&one(text, Language::En), text, "2.1 pm").kind,
        Kind::Measure
    );
}

#[test]
fn heights_and_spans_of_time_are_read_in_parts() {
    for (text, span, value, unit) in [
        (
            "Orozco is 5-foot-8, 135 pounds.",
            "5-foot-8",
            5.0 + 8.0 / 12.0,
            "foot",
        ),
        (
            "He is 5-feet-8 inches tall.",
            "5-feet-8 inches",
            5.0 + 8.0 / 12.0,
            "foot",
        ),
        (
            "Total downtime was 1hr 4 mins.",
            "1hr 4 mins",
            1.0 + 4.0 / 60.0,
            "hour",
        ),
        (
            "It took 2 hours 30 minutes.",
            "2 hours 30 minutes",
            2.5,
            "hour",
        ),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span);
        assert!((q.value.unwrap() - value).abs() < 1e-9, "{text}: {q:?}");
        assert_eq!(q.unit.as_deref(), Some(unit), "{text}");
    }
    // metric units and unrelated figures stay apart
    for (text, first) in [
        ("The wall is 12 m 2 dm high.", "12 m"),
        ("The crate is 5-foot-long.", "5-foot"),
        ("It took 2 hours, 30 minutes of it in rain.", "2 hours"),
    ] {
        let qs = one(text, Language::En);
        find(&qs, text, first);
    }
}

#[test]
fn every_written_form_of_a_height_is_one_measure_in_metres() {
    for (text, span) in [
        ("The goalie is 5-foot-8.", "5-foot-8"),
        ("The goalie, 5-foot-8,150 pounds, signed.", "5-foot-8"),
        ("They drafted a 6-foot-2 guard.", "6-foot-2"),
        ("The goalie is 5-feet-8 inches tall.", "5-feet-8 inches"),
        ("The goalie is 5 feet 8 inches tall.", "5 feet 8 inches"),
        ("The goalie is 5 ft 8 in tall.", "5 ft 8 in"),
        ("The goalie is 5'8\" tall.", "5'8\""),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span);
        let feet = if span.starts_with('6') { 6.0 } else { 5.0 };
        let metres = feet * 0.3048 + if feet == 6.0 { 2.0 } else { 8.0 } * 0.0254;
        assert_eq!(q.kind, Kind::Measure, "{text}");
        assert_eq!(q.base_unit.as_deref(), Some("metre"), "{text}");
        assert!(
            (q.base_value.unwrap_or(0.0) - metres).abs() < 1e-9,
            "{text}: {q:?}"
        );
        let heights = qs
            .iter()
            .filter(|q| q.base_unit.as_deref() == Some("metre"));
        assert_eq!(heights.count(), 1, "{text}: {qs:#?}");
    }
    // the weight glued on by a comma is its own figure
    let text = "The goalie, 5-foot-8,150 pounds, signed.";
    assert_eq!(
        find(&one(text, Language::En), text, "150 pounds").value,
        Some(150.0)
    );
    // feet alone stay feet
    for (text, span, feet) in [
        ("They built a 10-foot fence.", "10-foot", 10.0),
        ("It lies 6 feet under.", "6 feet", 6.0),
        ("A 5-foot-long eel swam by.", "5-foot", 5.0),
        ("A 5-foot-12,000-pound statue.", "5-foot", 5.0),
    ] {
        let q = find(&one(text, Language::En), text, span).clone();
        assert!(
            (q.base_value.unwrap_or(0.0) - feet * 0.3048).abs() < 1e-9,
            "{text}: {q:?}"
        );
    }
    // a quoted figure and minutes of arc are no heights
    let text = "He said '5' and \"8\" twice.";
    assert!(one(text, Language::En)
        .iter()
        .all(|q| q.base_unit.as_deref() != Some("metre")));
}

#[test]
fn money_before_in_and_a_noun_measures_the_noun() {
    for (text, measured) in [
        ("The bakery raised $40 million in funding.", "funding"),
        ("The chain posted $7 billion in sales.", "sales"),
        ("A jury awarded her $3 million in damages.", "damages"),
    ] {
        let q = one(text, Language::En)
            .into_iter()
            .find(|q| q.kind == Kind::Money)
            .unwrap_or_else(|| panic!("{text}"));
        assert_eq!(q.measured.as_deref(), Some(measured), "{text}");
    }
    for text in [
        "The club spent $8 million in 2011.",
        "The club spent $8 million in Boston.",
        "The club earned $8 million in the second quarter.",
        "The club spent $8 million in total.",
        "The club spent $8 million in recent years.",
        // how a sum is paid is no thing it counts
        "The vault held $9m in cash.",
        "The startup raised $35m in two rounds of funding.",
        "It paid $2 billion in stock.",
    ] {
        let q = one(text, Language::En)
            .into_iter()
            .find(|q| q.kind == Kind::Money)
            .unwrap_or_else(|| panic!("{text}"));
        assert_eq!(q.measured, None, "{text}");
    }
    // a metric before the figure still comes first
    let text = "Its revenue was $40 million in profits.";
    let q = one(text, Language::En)
        .into_iter()
        .find(|q| q.kind == Kind::Money)
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(q.measured.as_deref(), Some("revenue"), "{text}");
}

#[test]
fn a_distance_from_a_place_is_about_the_place() {
    for (text, span, place) in [
        (
            "The Regional Weather Office said the storm formed about 4 miles northeast of Dunmore.",
            "about 4 miles",
            "Dunmore",
        ),
        (
            "The hikers from Portland camped 12 miles west of Green Valley.",
            "12 miles",
            "Green Valley",
        ),
        (
            "Crews from Marston dug three kilometres south of The Flats.",
            "three kilometres",
            "The Flats",
        ),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span);
        assert_eq!(q.subject.as_deref(), Some(place), "{text}");
    }
    // no direction, or no "of": the subject stays the name before
    for (text, span) in [
        (
            "The hikers from Portland camped 12 miles from Green Valley.",
            "12 miles",
        ),
        (
            "The hikers from Portland walked 12 miles west toward Green Valley.",
            "12 miles",
        ),
    ] {
        let qs = one(text, Language::En);
        assert_eq!(
            find(&qs, text, span).subject.as_deref(),
            Some("Portland"),
            "{text}"
        );
    }
}

#[test]
fn within_is_an_upper_bound() {
    let text = "The rocket fell within 20 miles of the city.";
    let q = find(&one(text, Language::En), text, "within 20 miles").clone();
    assert_eq!((q.value, q.qualifier), (Some(20.0), Qualifier::AtMost));
    // a bound after "to" ends no range
    let text = "Hamas fired 30 rockets, one to within 20 miles of the city.";
    let q = find(&one(text, Language::En), text, "within 20 miles").clone();
    assert_eq!((q.value, q.value_max), (Some(20.0), None));
}

#[test]
fn twice_is_a_number_of_times_or_a_factor() {
    // a number of times counts the events of the verb before it
    let text = "He shot her twice in the head.";
    let q = find(&one(text, Language::En), text, "twice").clone();
    assert_eq!(
        (q.kind, q.value, q.measured.as_deref()),
        (Kind::Count, Some(2.0), Some("shot"))
    );
    let text = "The new plant is twice as large as the old one.";
    let q = find(&one(text, Language::En), text, "twice").clone();
    assert_eq!(
        (q.kind, q.value, q.unit.as_deref()),
        (Kind::Factor, Some(2.0), Some("times"))
    );
    let text = "His blood alcohol level was thrice the legal limit.";
    assert_eq!(
        find(&one(text, Language::En), text, "thrice").kind,
        Kind::Factor
    );
    // a frequency counts no events
    for text in ["She visits twice a week.", "Doses are given twice per day."] {
        assert!(one(text, Language::En).is_empty(), "{text}");
    }
}

#[test]
fn a_unit_word_before_a_noun_is_no_measure() {
    for text in [
        "They held a yard sale on Sunday.",
        "The car was a gray Toyota sedan.",
        "She was struck by a gray 2013 Toyota.",
        "A stone wall ran along the road.",
        "The report comes out once a year.",
        "He won a foot-race with 2 defenders to the end zone.",
    ] {
        let qs = one(text, Language::En);
        assert!(
            qs.iter()
                .all(|q| !matches!(q.kind, Kind::Measure | Kind::Duration)),
            "{text}: {qs:#?}"
        );
    }
    // (a sentence with a digit: article units are read where figures are)
    let text = "On day 2 he drank a gallon of milk and walked a mile away.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "a gallon").unit.as_deref(), Some("gallon"));
    assert_eq!(find(&qs, text, "a mile").unit.as_deref(), Some("mile"));
    let text = "On day 2 a mile-long queue formed.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "a mile").unit.as_deref(), Some("mile"));
}

#[test]
fn an_ordinal_after_a_is_a_fraction_only_as_a_share() {
    let text = "She killed two co-workers and critically injured a third.";
    let qs = one(text, Language::En);
    assert!(qs.iter().all(|q| q.value != Some(1.0 / 3.0)), "{qs:#?}");
    let text = "He won a fifth term.";
    assert!(one(text, Language::En).iter().all(|q| q.value != Some(0.2)));
    let text = "She rebuilt it twice and is rebuilding it a third time.";
    let qs = one(text, Language::En);
    assert!(
        qs.iter()
            .all(|q| q.kind != Kind::Count || q.value == Some(2.0)),
        "{qs:#?}"
    );
    for (text, span_text) in [
        ("A third of voters stayed home.", "A third"),
        ("Sales fell by a fifth.", "a fifth"),
        (
            "More than a third of the homes were lost.",
            "More than a third",
        ),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert!(q.value.is_some_and(|v| v < 0.5), "{text}: {q:#?}");
    }
}

#[test]
fn a_compass_letter_of_an_address_is_no_unit() {
    let text = "The office is at 200 W. American Blvd. in Bloomington.";
    let qs = one(text, Language::En);
    assert!(
        qs.iter().all(|q| q.unit.as_deref() != Some("watt")),
        "{qs:#?}"
    );
    let text = "The lamp draws 60 W.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "60 W").kind, Kind::Measure);
}

#[test]
fn other_more_acronyms_and_compounds_name_the_counted_noun() {
    for (text, figure, noun) in [
        (
            "He struck two other vehicles while fleeing.",
            "two",
            "vehicles",
        ),
        (
            "Police arrested three more people on Sunday.",
            "three",
            "people",
        ),
        (
            "He hit 33 homers and drove in 121 RBIs last season.",
            "121",
            "rbis",
        ),
        // a hyphenated compound is one word of the noun
        ("She shot two co-workers before dawn.", "two", "co-workers"),
        (
            "He has played six big-league seasons so far.",
            "six",
            "big-league seasons",
        ),
    ] {
        let qs = one(text, Language::En);
        assert_eq!(
            find(&qs, text, figure).measured.as_deref(),
            Some(noun),
            "{text}"
        );
    }
}

#[test]
fn a_list_items_number_counts_nothing() {
    for text in [
        "1. The mayor proposed a 3% rise in taxes.",
        "2) Council members rejected a 3% rise.",
    ] {
        let qs = one(text, Language::En);
        assert!(
            qs.iter()
                .all(|q| q.value != Some(1.0) && q.value != Some(2.0)),
            "{text}: {qs:#?}"
        );
        assert!(qs.iter().any(|q| q.kind == Kind::Percent), "{text}");
    }
    // a figure that opens a sentence is still read
    let text = "12 people were hurt.";
    assert_eq!(find(&one(text, Language::En), text, "12").value, Some(12.0));
}

#[test]
fn a_hyphenated_amount_before_its_noun_is_read_whole() {
    for (text, span_text, value, unit) in [
        (
            "They stole a two-million-euro haul of jewels.",
            "two-million-euro",
            2e6,
            "EUR",
        ),
        (
            "He bought a three-million-dollar house.",
            "three-million-dollar",
            3e6,
            "USD",
        ),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert_eq!(
            (q.value, q.unit.as_deref()),
            (Some(value), Some(unit)),
            "{text}"
        );
    }
}

#[test]
fn a_count_of_two_nouns_names_both() {
    let text = "The ship evacuated some 420 passengers and crew after the threat.";
    let qs = one(text, Language::En);
    assert_eq!(
        find(&qs, text, "some 420").measured.as_deref(),
        Some("passengers and crew")
    );
    // a second figure or a phrase after "and" is not part of the noun
    let text = "It killed 5 soldiers and 3 civilians.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "5").measured.as_deref(), Some("soldiers"));
    let text = "She shot two women and a male co-worker.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "two").measured.as_deref(), Some("women"));
}

#[test]
fn every_short_mix_of_the_tricky_words_reads_without_panic() {
    // the words the half-unit, article-unit, ordinal-fraction, address,
    // list-marker and hyphen-scale rules look at, in every order up to four
    let vocab = [
        "half", "a", "an", "and", "mile", "hour", "third", "of", "W", ".", ")", "-", "million",
        "1", "two", "Main", "euro",
    ];
    let mut texts = vec![String::new()];
    let mut all = Vec::new();
    for _ in 0..4 {
        let mut next = Vec::new();
        for t in &texts {
            for w in vocab {
                let glue = matches!(w, "." | ")" | "-") || t.ends_with('-');
                next.push(if t.is_empty() || glue {
                    format!("{t}{w}")
                } else {
                    format!("{t} {w}")
                });
            }
        }
        all.extend(next.iter().cloned());
        texts = next;
    }
    for text in &all {
        for q in one(text, Language::En) {
            assert!(
                q.span.start <= q.span.end && q.span.end <= text.len(),
                "{text}"
            );
            assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        }
    }
}

#[test]
fn a_third_after_two_counts_one_more() {
    let text = "She killed two co-workers and critically injured a third.";
    let qs = one(text, Language::En);
    let q = find(&qs, text, "a third");
    assert_eq!((q.kind, q.value), (Kind::Count, Some(1.0)));
    // without a count of one less before it, it stays a rank
    let text = "He won a third term in office.";
    assert!(one(text, Language::En)
        .iter()
        .all(|q| q.kind != Kind::Count));
}

#[test]
fn a_span_of_time_followed_by_old_is_an_age_in_years() {
    for (text, span_text, value, unit, base) in [
        (
            "A 36-year-old climber died on Friday.",
            "36-year-old",
            36.0,
            "year",
            36.0,
        ),
        (
            "The driver was 59 years old.",
            "59 years old",
            59.0,
            "year",
            59.0,
        ),
        (
            "They found a six-month-old puppy.",
            "six-month-old",
            6.0,
            "month",
            0.5,
        ),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert_eq!(q.kind, Kind::Age, "{text}");
        assert_eq!(
            (
                q.value,
                q.unit.as_deref(),
                q.base_value,
                q.base_unit.as_deref()
            ),
            (Some(value), Some(unit), Some(base), Some("year")),
            "{text}"
        );
    }
    // a span of time that is no age stays a duration
    let text = "He served 36 years in prison.";
    assert_eq!(
        find(&one(text, Language::En), text, "36 years").kind,
        Kind::Duration
    );
}

#[test]
fn clock_times_decades_halves_of_games_and_names_are_no_figures() {
    let text = "The gunman entered about 4 p.m. and left at 5 a.m.";
    assert!(
        one(text, Language::En).iter().all(|q| q.value != Some(4.0)),
        "{text}"
    );
    let text = "Throughout the 50s, she appeared in magazines.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "50s").kind, Kind::Date);
    let text = "He ran 86 yards on the first play of the second half.";
    assert!(one(text, Language::En).iter().all(|q| q.value != Some(0.5)));
    let text = "He was arrested with his half-brother and a half-sister.";
    assert!(one(text, Language::En).iter().all(|q| q.value != Some(0.5)));
    let text = "The Angels withdrew their offer to free-agent 1B Mark Teixeira.";
    assert!(one(text, Language::En)
        .iter()
        .all(|q| q.kind != Kind::Money));
    // still read: half of something, a mark as money with a scale
    let text = "Profits fell by half.";
    assert_eq!(one(text, Language::En)[0].value, Some(0.5));
    let text = "The meeting took a half-hour.";
    assert!(one(text, Language::En).iter().any(|q| q.value == Some(0.5)));
    let text = "The house cost 2 million marks.";
    assert_eq!(
        find(&one(text, Language::En), text, "2 million marks").kind,
        Kind::Money
    );
}

#[test]
fn digits_glued_after_letters_end_a_name() {
    let text = "It has a 2.3GHz quad-core Core i7 processor.";
    assert!(one(text, Language::En).iter().all(|q| q.value != Some(7.0)));
    let text = "He drove an Audi A4 for 12 years.";
    let qs = one(text, Language::En);
    assert!(qs.iter().all(|q| q.value != Some(4.0)), "{qs:#?}");
    assert_eq!(find(&qs, text, "12 years").value, Some(12.0));
    // a currency written as letters still reads its amount
    let text = "The ticket cost Rs500 at the gate.";
    assert!(one(text, Language::En)
        .iter()
        .any(|q| q.kind == Kind::Money));
}

#[test]
fn a_year_before_one_thing_is_a_date() {
    for text in [
        "She wrote about it in her 1974 book.",
        "The 2008 election changed that.",
    ] {
        let qs = one(text, Language::En);
        assert!(qs.iter().all(|q| q.kind == Kind::Date), "{text}: {qs:#?}");
    }
    // before several things it counts them
    let text = "He gave away his 1500 books.";
    assert_eq!(
        find(&one(text, Language::En), text, "1500").kind,
        Kind::Count
    );
}

#[test]
fn a_quakes_magnitude_is_its_own_kind() {
    for (text, figure) in [
        ("A magnitude 4.6 earthquake struck on Thursday.", "4.6"),
        (
            "A 4.6-magnitude earthquake rattled the valley.",
            "4.6-magnitude",
        ),
        ("A 4.4 quake is large for the area.", "4.4"),
        ("An earthquake measuring 4.6 rattled two counties.", "4.6"),
        (
            "A quake with a preliminary magnitude of 4.6 was recorded.",
            "4.6",
        ),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, figure);
        let written: f64 = figure.trim_end_matches("-magnitude").parse().unwrap();
        assert_eq!(
            (q.kind, q.value, q.unit.as_deref()),
            (Kind::Magnitude, Some(written), None),
            "{text}"
        );
    }
    // a decimal before another noun, or a count of quakes, is no magnitude
    for text in [
        "Rates rose 4.6 points this year.",
        "Two quakes struck the region.",
    ] {
        assert!(
            one(text, Language::En)
                .iter()
                .all(|q| q.kind != Kind::Magnitude),
            "{text}"
        );
    }
}

#[test]
fn a_count_before_of_counts_the_noun_of_the_phrase() {
    for (text, figure, noun) in [
        (
            "He scored five of Creighton's first eight points.",
            "five",
            "points",
        ),
        ("Police named three of the victims.", "three", "victims"),
        ("Two of his children were home.", "Two", "children"),
        (
            "Seven of the 12 jurors voted to convict.",
            "Seven",
            "jurors",
        ),
        ("The club won 18 of its next 23 games.", "18", "games"),
        ("He made three of his last four shots.", "three", "shots"),
        ("He drafted five of the top 10 picks.", "five", "picks"),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, figure);
        assert_eq!(
            (q.kind, q.measured.as_deref()),
            (Kind::Count, Some(noun)),
            "{text}"
        );
    }
    // the second figure keeps its own noun
    let text = "Seven of the 12 jurors voted to convict.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "12").measured.as_deref(), Some("jurors"));
    let text = "He scored five of Creighton's first eight points.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "eight").measured.as_deref(), Some("points"));
    // a pronoun after "of" names nothing counted
    for text in ["Two of them were home.", "Four of those elected to retire."] {
        let qs = one(text, Language::En);
        let q = qs.first().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(q.measured, None, "{text}");
    }
    // a figure before a name is read as before
    let text = "She was one of six African-American women in the class.";
    let qs = one(text, Language::En);
    assert_eq!(
        find(&qs, text, "one").measured.as_deref(),
        Some("six african-american women")
    );
}

#[test]
fn a_decade_spelled_out_is_a_date() {
    for (text, span_text, period) in [
        (
            "It happened in the early nineteen seventies.",
            "nineteen seventies",
            "1970s",
        ),
        (
            "He moved there in the nineteen-eighties.",
            "nineteen-eighties",
            "1980s",
        ),
    ] {
        let qs = one(text, Language::En);
        assert_eq!(qs.len(), 1, "{text}: {qs:#?}");
        let q = find(&qs, text, span_text);
        assert_eq!(
            (q.kind, q.period.as_deref()),
            (Kind::Date, Some(period)),
            "{text}"
        );
    }
    // nineteen of something is still a count
    let text = "Nineteen seniors graduated.";
    let q = find(&one(text, Language::En), text, "Nineteen").clone();
    assert_eq!((q.kind, q.value), (Kind::Count, Some(19.0)));
}

#[test]
fn a_hyphenated_classifier_is_what_the_figure_counts() {
    for (text, span_text, value, noun) in [
        (
            "She had a 12-point effort in the win.",
            "12-point",
            12.0,
            "points",
        ),
        (
            "The team snapped a three-game losing streak.",
            "three-game",
            3.0,
            "games",
        ),
        (
            "A 12-person jury heard the case.",
            "12-person",
            12.0,
            "people",
        ),
        ("They built a two-story house.", "two-story", 2.0, "stories"),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert_eq!(
            (q.kind, q.value, q.measured.as_deref()),
            (Kind::Count, Some(value), Some(noun)),
            "{text}"
        );
    }
    // units keep their reading
    let text = "He broke a 15-yard run before a 20-minute delay.";
    let qs = one(text, Language::En);
    let run = find(&qs, text, "15-yard");
    assert_eq!(
        (run.kind, run.unit.as_deref()),
        (Kind::Measure, Some("yard"))
    );
    let delay = find(&qs, text, "20-minute");
    assert_eq!(
        (delay.kind, delay.unit.as_deref()),
        (Kind::Duration, Some("minute"))
    );
    // a participle, a factor or a name after the hyphen is no classifier
    for (text, figure) in [
        ("The No. 1-ranked team lost.", "1"),
        ("There was a two-fold increase.", "two"),
        ("It was a one-sided game.", "one"),
        ("He told quick one-liners all night.", "one"),
        ("He stole a 12-gauge shotgun.", "12"),
        ("They patrol a 480-nautical-mile corridor.", "480"),
    ] {
        let qs = one(text, Language::En);
        assert_eq!(find(&qs, text, figure).measured, None, "{text}");
    }
}

#[test]
fn a_score_or_a_record_is_two_figures_not_a_range() {
    for (text, a, b) in [
        ("The team finished with a 58-3 record.", 58.0, 3.0),
        ("The Saints, 7-7 this season, host Atlanta.", 7.0, 7.0),
        ("Green Bay won 24-17 on Sunday.", 24.0, 17.0),
        ("The team has a 3-5 record.", 3.0, 5.0),
        ("The Bears fell to 3-5 on the season.", 3.0, 5.0),
        ("The court ruled in a 3-2 vote.", 3.0, 2.0),
        ("They went 3-5 in October.", 3.0, 5.0),
        ("The Saints (7-9) lost again.", 7.0, 9.0),
    ] {
        let qs = one(text, Language::En);
        let values: Vec<Option<f64>> = qs.iter().map(|q| q.value).collect();
        assert_eq!(values, vec![Some(a), Some(b)], "{text}: {qs:#?}");
        for q in &qs {
            assert_eq!(
                (q.kind, q.value_max, q.qualifier, q.measured.as_deref()),
                (Kind::Cardinal, None, Qualifier::Exact, None),
                "{text}"
            );
        }
    }
    let text = "The Chiefs (2-13, 1-7 at home) lost.";
    let qs = one(text, Language::En);
    assert!(
        qs.iter()
            .all(|q| q.kind == Kind::Cardinal && q.value_max.is_none()),
        "{text}: {qs:#?}"
    );
    // a range of a count or a span stays a range
    for (text, noun) in [
        ("About 10-15 people came.", Some("people")),
        ("It lasted 3-5 years.", None),
        ("The site (10-15 acres) is for sale.", None),
    ] {
        let qs = one(text, Language::En);
        assert_eq!(qs.len(), 1, "{text}: {qs:#?}");
        assert_eq!(qs[0].qualifier, Qualifier::Between, "{text}");
        assert_eq!(qs[0].measured.as_deref(), noun, "{text}");
    }
}

#[test]
fn over_before_a_span_of_time_may_mean_during() {
    for (text, span_text) in [
        ("The talks stretched over four nights.", "four"),
        ("They met over two days of talks.", "two days"),
        ("Prices rose 10% over two years.", "two years"),
        ("Over two days, the team met.", "two days"),
        ("Sales rose over the past three years.", "three years"),
        ("They offered $140 million over seven years.", "seven years"),
        (
            "He signed for $161 million (over seven years).",
            "seven years",
        ),
        ("The deal is worth $160MM over eight years.", "eight years"),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert_eq!(q.qualifier, Qualifier::Exact, "{text}: {qs:#?}");
    }
    // an amount of time, or of anything else, after "over" is more than it
    for (text, span_text) in [
        ("Over 40 people were hurt.", "Over 40"),
        ("The deal is worth over $5 million.", "over $5 million"),
        ("The train was over three hours late.", "over three hours"),
        ("He was jailed for over two years.", "over two years"),
        ("The hearing lasted over four days.", "over four days"),
        ("It happened over 20 years ago.", "over 20 years"),
        ("The band played just over three hours.", "over three hours"),
        ("A deal came after over two days of talks.", "over two days"),
        ("He lost over two years of his career.", "over two years"),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert_eq!(q.qualifier, Qualifier::MoreThan, "{text}: {qs:#?}");
    }
}

#[test]
fn the_plural_of_an_acronym_is_a_counted_noun_not_a_unit() {
    for (text, figure, noun) in [
        ("The slugger finished with 203 HRs.", "203", "hrs"),
        ("He drove in 98 RBIs last season.", "98", "rbis"),
        ("The boxer has 31 KOs in 40 fights.", "31", "kos"),
        ("Police logged 14 DUIs over the weekend.", "14", "duis"),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, figure);
        assert_eq!(
            (q.kind, q.unit.as_deref(), q.measured.as_deref()),
            (Kind::Count, None, Some(noun)),
            "{text}: {qs:#?}"
        );
    }
    // the symbol in lower case is still a unit
    let text = "The flight took 11 hrs.";
    let qs = one(text, Language::En);
    let q = find(&qs, text, "11 hrs");
    assert_eq!((q.kind, q.unit.as_deref()), (Kind::Duration, Some("hour")));
}

#[test]
fn a_count_after_more_other_or_a_name_counts_the_noun() {
    for (text, figure, noun) in [
        ("Three more UAW workers walked out.", "Three", "uaw workers"),
        ("Police charged 9 other NFL players.", "9", "nfl players"),
        (
            "Two other Democratic senators objected.",
            "Two",
            "democratic senators",
        ),
        (
            "Six additional firefighters were hurt.",
            "Six",
            "firefighters",
        ),
        ("Five further arrests followed.", "Five", "arrests"),
        ("Seven more Guard men were deployed.", "Seven", "guard men"),
        ("The chain closed 14 Ohio stores.", "14", "ohio stores"),
        ("Two other nurses quit.", "Two", "nurses"),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, figure);
        assert_eq!(
            (q.kind, q.measured.as_deref()),
            (Kind::Count, Some(noun)),
            "{text}: {qs:#?}"
        );
    }
    // a name that is not followed by a counted noun is no modifier
    for (text, figure) in [
        ("The vote was 52 Tuesday.", "52"),
        ("He scored 30 Friday against Utah.", "30"),
    ] {
        let qs = one(text, Language::En);
        assert_eq!(find(&qs, text, figure).measured, None, "{text}: {qs:#?}");
    }
}

#[test]
fn a_number_of_times_counts_the_verb_or_is_a_factor() {
    for (text, figure, value, verb) in [
        (
            "The suspect was detained nine times.",
            "nine times",
            9.0,
            Some("detained"),
        ),
        (
            "She tried four times to reach him.",
            "four times",
            4.0,
            Some("tried"),
        ),
        (
            "He was hospitalized 17 times last year.",
            "17 times",
            17.0,
            Some("hospitalized"),
        ),
        (
            "They visited the clinic six times.",
            "six times",
            6.0,
            Some("visited"),
        ),
        (
            "He called her repeatedly 40 times.",
            "40 times",
            40.0,
            Some("called"),
        ),
        (
            "It happened at least five times.",
            "at least five times",
            5.0,
            Some("happened"),
        ),
        (
            "He has been to Paris three times.",
            "three times",
            3.0,
            None,
        ),
        (
            "He was sacked five times this season.",
            "five times",
            5.0,
            Some("sacked"),
        ),
        (
            "It flooded four times the past year.",
            "four times",
            4.0,
            Some("flooded"),
        ),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, figure);
        assert_eq!(
            (q.kind, q.value, q.unit.as_deref(), q.measured.as_deref()),
            (Kind::Count, Some(value), None, verb),
            "{text}: {qs:#?}"
        );
    }
    // a frequency keeps its period as the unit; both ends of "two or
    // three times" are read alike
    let text = "She swam two or three times a month.";
    let qs = one(text, Language::En);
    for figure in ["two", "three times"] {
        let q = find(&qs, text, figure);
        assert_eq!(
            (q.kind, q.unit.as_deref(), q.measured.as_deref()),
            (Kind::Count, Some("per_month"), Some("swam")),
            "{text}: {qs:#?}"
        );
    }
    // a multiplier is a factor, not a number of events
    for (text, figure) in [
        ("Rents are four times the national average.", "four times"),
        ("They sold ten times as many tickets.", "ten times"),
        (
            "The new dam is three times larger than the old one.",
            "three times",
        ),
        ("Crime was 2.5 times higher in the city.", "2.5 times"),
        ("Women were six times more likely to quit.", "six times"),
        ("It was ten times what they paid.", "ten times"),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, figure);
        assert_eq!(
            (q.kind, q.unit.as_deref(), q.measured.as_deref()),
            (Kind::Factor, Some("times"), None),
            "{text}: {qs:#?}"
        );
    }
    // nor is "twice" before a time in which the events fell
    let text = "She was fined twice that week.";
    let q = find(&one(text, Language::En), text, "twice").clone();
    assert_eq!(
        (q.kind, q.measured.as_deref()),
        (Kind::Count, Some("fined"))
    );
    // "Times" as a name is no number of times
    let text = "The paper sold 400 Times subscriptions.";
    let qs = one(text, Language::En);
    assert_ne!(find(&qs, text, "400").kind, Kind::Factor, "{qs:#?}");
}

#[test]
fn a_name_written_as_a_product_is_no_count() {
    for text in [
        "Police said a silver 6×6 lorry hit the barrier.",
        "The farmer parked his 4x4 behind the barn.",
        "She bought a two-by-four at the depot.",
        "Thieves took three 4x4s from the lot.",
        "A 2x4 beam fell on the scaffold.",
    ] {
        let qs = one(text, Language::En);
        assert!(
            qs.iter().all(|q| {
                let s = &text[q.span.start..q.span.end];
                !s.contains(['2', '4', '6']) && !s.contains("two") && !s.contains("four")
            }),
            "{text}: {qs:#?}"
        );
    }
    // the people in the same sentence are still counted
    let text = "Three women steered a 4×4 into the river.";
    let qs = one(text, Language::En);
    assert_eq!(qs.len(), 1, "{qs:#?}");
    let q = find(&qs, text, "Three");
    assert_eq!((q.kind, q.value), (Kind::Count, Some(3.0)));
    assert_eq!(q.measured.as_deref(), Some("women"));
    let text = "Thieves took three 4x4s from the lot.";
    assert_eq!(
        find(&one(text, Language::En), text, "three").value,
        Some(3.0)
    );
}

#[test]
fn a_product_with_a_unit_or_a_mantissa_is_still_read() {
    // counter-examples: a unit after the product, a power of ten, a spaced
    // product
    let text = "The plot is 5x5 km wide.";
    let qs = one(text, Language::En);
    assert!(qs.iter().any(|q| q.value == Some(5.0)), "{qs:#?}");
    let text = "The sample held 4x10^3 cells.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "4x10^3").value, Some(4000.0));
    let text = "They rented a 3 x 4 metre room.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "4 metre").kind, Kind::Measure);
    assert_eq!(find(&qs, text, "3").value, Some(3.0));
}

#[test]
fn both_sides_of_a_width_by_height_pair_are_flagged_dimensions() {
    for (text, sides) in [
        (
            "The new tablet packs 2560 by 1600 pixels.",
            ["2560", "1600"],
        ),
        ("Buyers get a 3,840 x 2,160 screen.", ["3,840", "2,160"]),
        (
            "The panel runs at 1920 × 1080 resolution.",
            ["1920", "1080"],
        ),
        ("The family shared an 8 x 10 foot room.", ["8", "10 foot"]),
        ("A rug measuring 5 by 7 was sold.", ["5", "7"]),
    ] {
        let qs = one(text, Language::En);
        for side in sides {
            let q = find(&qs, text, side);
            assert!(q.flags.contains(Flags::DIMENSIONS), "{text}: {q:#?}");
            assert_ne!(q.kind, Kind::Date, "{text}: {q:#?}");
        }
    }
    // kinds and values stay: the foot side is still a measure
    let text = "The family shared an 8 x 10 foot room.";
    let qs = one(text, Language::En);
    let q = find(&qs, text, "10 foot");
    assert_eq!((q.kind, q.value), (Kind::Measure, Some(10.0)));
    // a year read after "by" in a pair is a side, not a date
    let text = "The new tablet packs 2560 by 1600 pixels.";
    let qs = one(text, Language::En);
    let q = find(&qs, text, "1600");
    assert_eq!((q.value, q.period.as_deref()), (Some(1600.0), None));
}

#[test]
fn a_single_number_after_by_is_no_dimension() {
    for (text, figures) in [
        (
            "Enrolment rose by 1,600 and hit 9,000 by 2019.",
            &["1,600", "9,000", "2019"][..],
        ),
        (
            "The city wants 500 new homes by 2030.",
            &["500", "2030"][..],
        ),
        ("Exports grew 4% by March.", &["4%"][..]),
        ("The team won 3 by 2 goals.", &["3"][..]),
    ] {
        let qs = one(text, Language::En);
        for f in figures {
            assert!(
                !find(&qs, text, f).flags.contains(Flags::DIMENSIONS),
                "{text}: {qs:#?}"
            );
        }
    }
    let text = "The city wants 500 new homes by 2030.";
    assert_eq!(
        find(&one(text, Language::En), text, "2030").kind,
        Kind::Date
    );
}

#[test]
fn money_decimals_cut_by_a_space() {
    for (text, span_text, value) in [
        (
            "The club will pay him $31. 4 million a season.",
            "$31. 4 million",
            31.4e6,
        ),
        ("The lab got a $7. 2m grant.", "$7. 2m", 7.2e6),
        (
            "A rival bid US$4. 8 billion for it.",
            "US$4. 8 billion",
            4.8e9,
        ),
        ("Its stock slid to $3. 45 on Monday.", "$3. 45", 3.45),
        (
            "The haul (a $3. 1-million prize) was never found.",
            "$3. 1-million",
            3.1e6,
        ),
        ("He signed for $12. 5MM in all.", "$12. 5MM", 12.5e6),
        ("Sales reached $1,250. 75 last week.", "$1,250. 75", 1250.75),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert_eq!(
            (q.kind, q.value, q.unit.as_deref()),
            (Kind::Money, Some(value), Some("USD")),
            "{text}"
        );
        assert_eq!(qs.len(), 1, "{text}: {qs:#?}");
    }
}

#[test]
fn spaced_periods_that_are_not_money_decimals() {
    // no currency sign: a period and a new figure
    let text = "It opened in 2008. 308 people work there.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "308").value, Some(308.0));
    let text = "Seed No. 5 won on Nov. 8 with 4.6 points.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "4.6").value, Some(4.6));
    assert_eq!(find(&qs, text, "5").value, Some(5.0));
    assert_eq!(find(&qs, text, "Nov. 8").kind, Kind::Date);
    // a sign then a space before the digits, two spaces, a glued decimal
    for (text, span_text, value) in [
        ("They paid USD 27. 5 million came.", "USD 27", 27.0),
        ("They paid $27.  5 million came.", "$27", 27.0),
        ("They paid $27.5 million.", "$27.5 million", 27.5e6),
        ("They paid $27. 2008 was worse.", "$27", 27.0),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert_eq!((q.kind, q.value), (Kind::Money, Some(value)), "{text}");
    }
}

#[test]
fn money_decimals_cut_by_a_space_survive_segmentation() {
    let text = "The club will pay him $31. 4 million a season. It cost $27. 5 people came.";
    let spans: Vec<Span> = factsift_segment::segment(text, Language::En, &[])
        .iter()
        .map(|s| s.span)
        .collect();
    assert_eq!(spans.len(), 3);
    let qs = extract_sentences(text, spans, Language::En);
    let q = find(&qs, text, "$31. 4 million");
    assert_eq!((q.kind, q.value), (Kind::Money, Some(31.4e6)));
    let q = find(&qs, text, "$27");
    assert_eq!((q.kind, q.value), (Kind::Money, Some(27.0)));
    assert!(qs
        .iter()
        .any(|q| q.value == Some(5.0) && q.kind != Kind::Money));
}

#[test]
fn thousands_groups_cut_by_a_space() {
    for (text, span_text, value) in [
        ("It costs $1, 199 for the base model.", "$1, 199", 1199.0),
        ("The larger model is $2, 199 in stores.", "$2, 199", 2199.0),
        ("Buyers pay US$1, 099 before tax.", "US$1, 099", 1099.0),
        (
            "The bank paid $4, 250, 000 to settle.",
            "$4, 250, 000",
            4.25e6,
        ),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert_eq!(
            (q.kind, q.value, q.unit.as_deref()),
            (Kind::Money, Some(value), Some("USD")),
            "{text}"
        );
        assert_eq!(qs.len(), 1, "{text}: {qs:#?}");
    }
    for (text, span_text, value) in [
        ("Police said 300, 000 people marched.", "300, 000", 300e3),
        ("He faces a 10, 000 fine.", "10, 000", 10e3),
        ("They hired 35, 000 of them.", "35, 000", 35e3),
        ("The city has 1, 250, 000 residents.", "1, 250, 000", 1.25e6),
        ("Voters cast 2, 000, 000 ballots.", "2, 000, 000", 2e6),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert_eq!(q.value, Some(value), "{text}: {qs:#?}");
        assert_eq!(qs.len(), 1, "{text}: {qs:#?}");
    }
}

#[test]
fn spaced_commas_that_are_not_thousands_groups() {
    let text = "In 2011, 300 people died.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "300").value, Some(300.0));
    let text = "They booked rooms 101, 102 and 103.";
    let qs = one(text, Language::En);
    for (span_text, value) in [("101", 101.0), ("102", 102.0), ("103", 103.0)] {
        assert_eq!(find(&qs, text, span_text).value, Some(value), "{qs:#?}");
    }
    let text = "Pick 5, 100 and 200 of them.";
    let qs = one(text, Language::En);
    assert!(qs.iter().all(|q| q.value != Some(5100.0)), "{qs:#?}");
    assert!(qs.iter().any(|q| q.value == Some(100.0)), "{qs:#?}");
    let text = "Bills of $5, 10 and 20 were found.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "$5").value, Some(5.0));
    let text = "On March 3, 2012, it rained.";
    let qs = one(text, Language::En);
    assert!(qs.iter().all(|q| q.value != Some(3012.0)), "{qs:#?}");
    assert_eq!(find(&qs, text, "March 3, 2012").kind, Kind::Date);
    let text = "They took the 1, 2 and 3 spots.";
    let qs = one(text, Language::En);
    assert!(qs.iter().all(|q| q.value != Some(12.0)), "{qs:#?}");
    // a glued group after the spaced one: no reading of "10, 000,5"
    let text = "It rose by 10, 000,5 points.";
    let qs = one(text, Language::En);
    assert!(qs.iter().all(|q| q.value != Some(10e3)), "{qs:#?}");
}

#[test]
fn decimals_cut_by_a_space_before_a_glued_unit() {
    for (text, span_text, value, unit) in [
        (
            "It has a 2. 7GHz quad-core chip.",
            "2. 7GHz",
            2.7,
            "gigahertz",
        ),
        (
            "The chip runs at 2. 5GHz at most.",
            "2. 5GHz",
            2.5,
            "gigahertz",
        ),
        (
            "The phone ships with 1. 5GB of memory.",
            "1. 5GB",
            1.5,
            "gigabyte",
        ),
        (
            "Winds reached 62. 5mph overnight.",
            "62. 5mph",
            62.5,
            "mile_per_hour",
        ),
        (
            "The bolt is 12. 75mm long.",
            "12. 75mm",
            12.75,
            "millimetre",
        ),
    ] {
        let qs = one(text, Language::En);
        let q = find(&qs, text, span_text);
        assert_eq!(
            (q.kind, q.value, q.unit.as_deref()),
            (Kind::Measure, Some(value), Some(unit)),
            "{text}"
        );
        assert_eq!(qs.len(), 1, "{text}: {qs:#?}");
    }
    let text = "Turnout fell 1. 5% last year.";
    let qs = one(text, Language::En);
    let q = find(&qs, text, "1. 5%");
    assert_eq!((q.kind, q.value), (Kind::Percent, Some(1.5)));
}

#[test]
fn spaced_periods_before_no_glued_unit() {
    let text = "He was born in 1980. 5GHz chips came later.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "5GHz").value, Some(5.0));
    let text = "Ours won 3. 2 others lost.";
    let qs = one(text, Language::En);
    assert!(qs.iter().all(|q| q.value != Some(3.2)), "{qs:#?}");
    let text = "It fell 2. 7 percent came back.";
    let qs = one(text, Language::En);
    assert!(qs.iter().all(|q| q.value != Some(2.7)), "{qs:#?}");
    // a glued scale or name is no unit
    let text = "They won 3. 2m people watched.";
    let qs = one(text, Language::En);
    assert!(qs.iter().all(|q| q.value != Some(3.2e6)), "{qs:#?}");
    let text = "It ranked No. 5GHz chips.";
    let qs = one(text, Language::En);
    assert_eq!(find(&qs, text, "5GHz").value, Some(5.0));
}

#[test]
fn unit_decimals_cut_by_a_space_survive_segmentation() {
    let text = "It has a 2. 7GHz quad-core chip. He was born in 1980. 5GHz chips came later.";
    let spans: Vec<Span> = factsift_segment::segment(text, Language::En, &[])
        .iter()
        .map(|s| s.span)
        .collect();
    assert_eq!(spans.len(), 3);
    let qs = extract_sentences(text, spans, Language::En);
    let q = find(&qs, text, "2. 7GHz");
    assert_eq!(
        (q.kind, q.value, q.unit.as_deref()),
        (Kind::Measure, Some(2.7), Some("gigahertz"))
    );
    assert_eq!(find(&qs, text, "5GHz").value, Some(5.0));
}

#[test]
fn a_fraction_of_an_inch_before_caliber_is_a_bore() {
    let text = "Police said Gray pulled a .38-caliber revolver. She had a .357 Magnum and a .22 caliber rifle.";
    let qs = one(text, Language::En);
    for figure in [".38-caliber", ".357", ".22 caliber"] {
        let q = find(&qs, text, figure);
        assert_eq!(q.kind, Kind::Measure, "{figure}: {q:#?}");
        assert_eq!(q.unit.as_deref(), Some("inch"), "{figure}");
        assert_eq!(q.measured.as_deref(), Some("caliber"), "{figure}");
    }
    // a decimal that is no bore stays what it was
    let text = "The rate rose to .38 percent.";
    assert!(one(text, Language::En)
        .iter()
        .all(|q| q.kind != Kind::Measure));
}

#[test]
fn who_tells_a_figure_is_not_whom_it_is_about() {
    let subject = |text: &str, figure: &str| {
        let qs = one(text, Language::En);
        find(&qs, text, figure).subject.clone()
    };
    let text = "The metal church, which holds up to 1,000 people, burned, Kroon said.";
    assert_ne!(subject(text, "up to 1,000").as_deref(), Some("Kroon"));
    let text = "Police Commissioner Hal Brandt says she was outside for nine minutes.";
    assert_ne!(subject(text, "nine minutes").as_deref(), Some("Hal Brandt"));
    // a name that does the counting, or that a figure stands beside, stays
    let text = "Peyton Hillis added 101 yards on the ground.";
    assert_eq!(subject(text, "101 yards").as_deref(), Some("Peyton Hillis"));
    let text = "\"It was chaos,\" said Elverton Thomas, 39, a telemarketer.";
    assert_eq!(subject(text, "39").as_deref(), Some("Elverton Thomas"));
    let text = "Officers said Pellman weighed 180 pounds.";
    assert_eq!(subject(text, "180 pounds").as_deref(), Some("Pellman"));
    let text = "\"Roofs fell,\" said Bensu Elianita, a 22-year-old resident.";
    assert_eq!(
        subject(text, "22-year-old").as_deref(),
        Some("Bensu Elianita")
    );
    let text = "Sznewajs told The Statesman Journal that 300 bills were taken.";
    assert_ne!(
        subject(text, "300").as_deref(),
        Some("The Statesman Journal")
    );
}
