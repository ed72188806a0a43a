use super::read::*;
use super::*;

fn reading(source: u32, what: &str, text: &str, value: f64, qualifier: &str) -> Reading {
    Reading {
        key: GroupKey {
            story: 0,
            kind: "count".into(),
            unit: None,
            what: what.into(),
            scope: None,
        },
        period: None,
        dated: None,
        source,
        value,
        value_max: None,
        qualifier: qualifier.into(),
        mentions: 1,
        text: text.into(),
        doc_id: format!("d{source}"),
        sentence_id: 0,
        subject_key: None,
        measured: Some(format!("{what}s")),
        weekday: None,
        first_start: 0,
        in_heading: false,
        range: Interval {
            low: 0.0,
            high: 0.0,
        },
        quantity_ids: vec![format!("d{source}:{text}")],
        written: None,
        role: Some("level".into()),
        siblings: 1,
    }
    .with_range()
}

/// The link aligned claims make between a figure of `a` and one of `b`.
fn link(a: &Reading, b: &Reading) -> (String, String) {
    (a.quantity_ids[0].clone(), b.quantity_ids[0].clone())
}

/// Statistics ranked, as compare ranks the [`group`]s (see [`rank`]).
fn ranked(mut groups: Vec<StatGroup>) -> Vec<StatGroup> {
    rank(&mut groups);
    groups
}

/// Groups `readings` with `links` as both merges and disputes.
fn run(readings: Vec<Reading>, links: &[(String, String)]) -> Vec<StatGroup> {
    linked_run(readings, links, &[])
}

/// [`run`] with `documents` linked directly.
fn linked_run(
    readings: Vec<Reading>,
    links: &[(String, String)],
    documents: &[(String, String)],
) -> Vec<StatGroup> {
    sourced_run(readings, links, documents, 3)
}

/// [`linked_run`] with `n` sources ("S0", "S1", …).
fn sourced_run(
    readings: Vec<Reading>,
    links: &[(String, String)],
    documents: &[(String, String)],
    n: u32,
) -> Vec<StatGroup> {
    let sources: Vec<String> = (0..n).map(|i| format!("S{i}")).collect();
    let evidence = Evidence {
        figures: links,
        documents,
    };
    ranked(group(
        readings,
        links,
        &evidence,
        &sources,
        &["t1".to_string()],
    ))
}

fn age(source: u32, what: &str, value: f64) -> Reading {
    let mut r = reading(source, what, &format!("{value}"), value, "exact");
    r.key.kind = "age".into();
    r.with_range()
}

#[test]
fn an_unnamed_age_is_the_one_named_person_of_that_age() {
    let groups = run(
        vec![
            age(0, "age of lasalle", 36.0),
            age(1, "age", 36.0),
            age(2, "age", 66.0),
        ],
        &[],
    );
    let named = groups
        .iter()
        .find(|g| g.figures.len() == 2)
        .expect("one group");
    assert_eq!(named.verdict, Verdict::Agree);
    // a source's reading that names the person speaks for it, though
    // the unnamed one comes first
    let mut unnamed = age(0, "age", 36.0);
    unnamed.text = "the 36-year-old".into();
    let groups = run(
        vec![
            unnamed,
            age(0, "age of lasalle", 36.0),
            age(1, "age of lasalle", 36.0),
        ],
        &[],
    );
    assert_eq!(groups.len(), 1);
    assert!(groups[0].figures.iter().all(|f| f.text == "36"));
    // two named people of one age: the unnamed age is either's
    let groups = run(
        vec![
            age(0, "age of teixeira", 28.0),
            age(1, "age of sabathia", 28.0),
            age(2, "age", 28.0),
        ],
        &[],
    );
    assert_eq!(groups.len(), 3);
}

#[test]
fn a_sum_that_names_nothing_is_the_one_named_sum_of_its_value() {
    let sum = |source: u32, what: &str, v: f64| {
        let mut r = reading(source, what, "$300,000", v, "exact");
        r.key.kind = "money".into();
        r.key.unit = Some("USD".into());
        r.with_range()
    };
    let g = run(vec![sum(0, "", 3e5), sum(1, "payoff", 3e5)], &[]);
    assert_eq!(g.len(), 1, "{g:#?}");
    assert_eq!(g[0].verdict, Verdict::Agree);
    // two named sums of that value: the unnamed one may be either
    let g = run(
        vec![sum(0, "", 3e5), sum(1, "payoff", 3e5), sum(2, "bail", 3e5)],
        &[],
    );
    assert_eq!(g.len(), 3, "{g:#?}");
}

#[test]
fn cash_is_a_part_of_a_price_only_beside_another_sum() {
    let cash = || Some("cash".to_string());
    assert_eq!(sole_sum_scope(cash(), Some(1)), None);
    assert_eq!(sole_sum_scope(cash(), Some(2)), cash());
    let season = Some("season".to_string());
    assert_eq!(sole_sum_scope(season.clone(), Some(1)), season);
}

#[test]
fn a_chain_of_more_versions_than_a_dispute_has_stays_apart() {
    let chip = |source: u32, v: f64| {
        let mut r = reading(source, "core", &format!("{v}GHz"), v, "exact");
        r.key.kind = "measure".into();
        r.doc_id = format!("d{source}");
        r.with_range()
    };
    // every pair of documents linked, every figure alone in its source
    let docs: Vec<(String, String)> = (0..5)
        .flat_map(|a| (a + 1..5).map(move |b| (format!("d{a}"), format!("d{b}"))))
        .collect();
    let chips = |values: &[f64]| {
        let readings = values.iter().zip(0..).map(|(&v, s)| chip(s, v)).collect();
        sourced_run(readings, &[], &docs, 5)
    };
    let g = chips(&[2.7, 1.7, 2.3, 3.7]);
    assert_eq!(g.len(), 4, "{g:#?}");
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ));
    // three versions are still one dispute
    let g = chips(&[2.7, 2.7, 2.3, 2.5]);
    assert_eq!(g.len(), 1, "{g:#?}");
    assert_eq!(g[0].verdict, Verdict::Differ);
}

#[test]
fn articles_that_agree_on_nothing_else_dispute_nothing() {
    // two laptops' specifications in linked articles of two launches
    let spec = |source: u32, what: &str, kind: &str, v: f64| {
        let mut r = reading(source, what, &format!("{v}"), v, "exact");
        r.key.kind = kind.into();
        r.doc_id = format!("d{source}");
        r.with_range()
    };
    let hours = |source, v| spec(source, "battery life", "duration", v);
    let (a, b) = (hours(0, 8.0), hours(1, 7.0));
    let links = [link(&a, &b)];
    let launch = |source, pounds, dollars| {
        [
            spec(source, "weight", "measure", pounds),
            spec(source, "price", "money", dollars),
        ]
    };
    let mut readings = vec![a, b];
    readings.extend(launch(0, 6.6, 2799.0));
    readings.extend(launch(1, 4.46, 2199.0));
    // a small story is one event's: the two dispute the battery life
    let g = run(readings.clone(), &links);
    assert!(g.iter().any(|g| g.verdict == Verdict::Differ), "{g:#?}");
    // in a story large enough to hide a sister event, they do not
    let others = (3..7).map(|source| spec(source, "screen", "measure", 10.0 + f64::from(source)));
    readings.extend(others);
    let g = sourced_run(readings.clone(), &links, &[], 7);
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:#?}");
    // a third article that agrees with each on a figure makes the two
    // one event's articles
    readings.extend([
        spec(2, "weight", "measure", 6.6),
        spec(2, "price", "money", 2199.0),
    ]);
    readings.push(hours(2, 7.0));
    let g = sourced_run(readings, &links, &[], 7);
    assert!(g.iter().any(|g| g.verdict == Verdict::Differ), "{g:#?}");
}

#[test]
fn a_longer_name_joins_the_shorter_one_its_story_uses() {
    let groups = run(
        vec![
            reading(0, "cable", "five", 5.0, "exact"),
            reading(1, "separate undersea cable", "five", 5.0, "exact"),
            reading(2, "cable", "three", 3.0, "exact"),
        ],
        &[],
    );
    let five = groups
        .iter()
        .find(|g| g.figures.len() == 2)
        .expect("five cables");
    assert_eq!(five.verdict, Verdict::Agree);
    // two rival longer names keep theirs
    let groups = run(
        vec![
            reading(0, "cable", "five", 5.0, "exact"),
            reading(1, "undersea cable", "five", 5.0, "exact"),
            reading(2, "land cable", "five", 5.0, "exact"),
        ],
        &[],
    );
    assert_eq!(groups.len(), 3);
}

#[test]
fn people_of_one_surname_are_one_subject() {
    assert!(one_subject("person:fred-larue", "person:frederick-larue"));
    assert!(one_subject("gpe:palmer", "gpe:palmer"));
    assert!(!one_subject(
        "person:jerry-ortiz",
        "person:jose-luis-orozco"
    ));
    // places are not people: their last words say nothing
    assert!(!one_subject("gpe:north-bay", "loc:south-bay"));
}

#[test]
fn conversions_and_dimensions_are_told_by_their_flags() {
    assert!(restates_or_sizes(Some("conversion")));
    assert!(restates_or_sizes(Some("inherited,conversion")));
    assert!(restates_or_sizes(Some("dimensions")));
    assert!(!restates_or_sizes(Some("approximate")));
    assert!(!restates_or_sizes(None));
}

#[test]
fn one_of_a_unit_naming_nothing_joins_only_through_claims() {
    // "a year ago" and "within a year": two spans of one story
    let year = |source: u32, text: &str| {
        let mut r = reading(source, "", text, 31_557_600.0, "exact");
        r.key.kind = "duration".into();
        r.key.unit = Some("second".into());
        r.written = Some(1.0);
        r.with_range()
    };
    let (a, b) = (year(0, "a year"), year(1, "a year"));
    assert_eq!(run(vec![a.clone(), b.clone()], &[]).len(), 2);
    let linked = run(vec![a.clone(), b.clone()], &[link(&a, &b)]);
    assert_eq!(linked.len(), 1);
    // two figures of several units still meet by their value
    let two_years = |source: u32| {
        let mut r = year(source, "two years");
        r.written = Some(2.0);
        r.value *= 2.0;
        r.with_range()
    };
    assert_eq!(run(vec![two_years(0), two_years(1)], &[]).len(), 1);
}

#[test]
fn an_age_is_grouped_without_its_sentences_date() {
    // "Lee, 34, was shot in Oct. 2011" and "Lee, 34, was shot" state one age
    let dated = Some("2011-10".to_string());
    assert_eq!(key_period(Some("age"), "age", dated.clone()), None);
    // nor is a mother's count of children
    assert_eq!(key_period(Some("count"), "child", dated.clone()), None);
    // other figures keep their period: 2012's count is not 2013's
    assert_eq!(key_period(Some("count"), "kill", dated.clone()), dated);
}

#[test]
fn ages_written_as_spans_of_years_become_years() {
    let year = 365.25 * 86_400.0;
    let rows = polars::df!(
        col::KIND => ["duration", "duration", "cardinal"],
        quantities::BASE_VALUE => [59.0 * year, 3.0 * year, 59.0],
        quantities::BASE_VALUE_MAX => [None::<f64>, None, None],
        quantities::BASE_UNIT => [Some("second"), Some("second"), None],
    )
    .unwrap();
    let fact_kind = [
        Some("age".to_string()),
        Some("duration".into()),
        Some("age".into()),
    ];
    let rows = ages_in_years(rows, &fact_kind).unwrap();
    let value = floats(&rows, quantities::BASE_VALUE);
    assert_eq!(value, vec![Some(59.0), Some(3.0 * year), Some(59.0)]);
    let unit = strings(&rows, quantities::BASE_UNIT);
    assert_eq!(unit, vec![None, Some("second".to_string()), None]);
}

#[test]
fn unnamed_ages_of_linked_documents_are_not_one_disputed_fact() {
    // "the 36-year-old driver" and "a 66-year-old woman": two people
    let age = |source: u32, text: &str, value: f64| {
        let mut r = reading(source, "age", text, value, "exact");
        r.key.kind = "age".into();
        r
    };
    let d01 = [("d0".to_string(), "d1".to_string())];
    let g = linked_run(vec![age(0, "36", 36.0), age(1, "66", 66.0)], &[], &d01);
    assert_eq!(g.len(), 2, "{g:?}");
    // ages of two named people never merge through a shared figure
    let (mut lee, mut kim) = (age(0, "40", 40.0), age(1, "40", 40.0));
    lee.key.what = "age of lee".into();
    kim.key.what = "age of kim".into();
    let merge = [link(&lee, &kim)];
    let g = ranked(group(
        vec![lee, kim],
        &merge,
        &Evidence {
            figures: &[],
            documents: &[],
        },
        &["A".to_string(), "B".to_string()],
        &["t1".to_string()],
    ));
    assert_eq!(g.len(), 2, "{g:?}");
}

#[test]
fn linked_documents_dispute_the_only_figure_of_one_key() {
    // "a mother of 12" and "mother of 13", in sentences that are not
    // each other's best match, of two articles that align elsewhere
    let a = reading(0, "child", "12", 12.0, "exact");
    let b = reading(1, "child", "13", 13.0, "exact");
    let d01 = [("d0".to_string(), "d1".to_string())];
    let g = linked_run(vec![a.clone(), b.clone()], &[], &d01);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].verdict, Verdict::Differ);
    // documents that align nowhere: two facts
    assert_eq!(run(vec![a.clone(), b.clone()], &[]).len(), 2);
    // a change and a level, or two subjects, are two facts
    let mut change = b.clone();
    change.role = Some("change".into());
    assert_eq!(linked_run(vec![a.clone(), change], &[], &d01).len(), 2);
    let mut other = b.clone();
    other.subject_key = Some("person:someone-else".into());
    let mut mine = a.clone();
    mine.subject_key = Some("person:zurana-horton".into());
    assert_eq!(linked_run(vec![mine, other], &[], &d01).len(), 2);
    // a source giving two figures under the key: which one is meant is
    // ambiguous, so nothing is disputed
    let mut also = reading(0, "child", "20", 20.0, "exact");
    also.quantity_ids = vec!["d0:also".into()];
    let g = linked_run(vec![a.clone(), also, b.clone()], &[], &d01);
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:?}");
    // small figures repeat for different facts: "two women", "one woman"
    let (two, one) = (
        reading(0, "woman", "two", 2.0, "exact"),
        reading(1, "woman", "one", 1.0, "exact"),
    );
    assert_eq!(linked_run(vec![two, one], &[], &d01).len(), 2);
    // a figure that names nothing counted is no specific key
    let (x, y) = (
        reading(0, "", "12", 12.0, "exact"),
        reading(1, "", "13", 13.0, "exact"),
    );
    assert_eq!(linked_run(vec![x, y], &[], &d01).len(), 2);
    // an order of magnitude apart: two figures
    let far = reading(1, "child", "130", 130.0, "exact");
    assert_eq!(linked_run(vec![a, far], &[], &d01).len(), 2);
}

#[test]
fn a_figure_in_a_list_is_not_disputed_by_its_key() {
    // "61% of calls with one port, 48% with another, 53% with a third"
    // against "about 75% of calls": which listed figure "calls" names
    // is unsure
    let mut listed = reading(0, "call", "61%", 61.0, "exact");
    listed.siblings = 3;
    let other = reading(1, "call", "about 75%", 75.0, "about");
    let d01 = [("d0".to_string(), "d1".to_string())];
    let g = linked_run(vec![listed.clone(), other.clone()], &[], &d01);
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:?}");
    // nor does it join the key's group, where a bound it fits would
    // part two agreeing figures that the key then joins again
    let bound = reading(2, "call", "up to 75%", 75.0, "up_to");
    let all = [
        ("d0".to_string(), "d1".to_string()),
        ("d0".to_string(), "d2".to_string()),
        ("d1".to_string(), "d2".to_string()),
    ];
    let g = linked_run(vec![listed.clone(), other.clone(), bound], &[], &all);
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:?}");
    assert!(g.iter().any(|g| g.figures.len() == 2), "{g:?}");
    // the same figure outside a list still meets it
    let same = reading(1, "call", "61%", 61.0, "exact");
    let g = linked_run(vec![listed.clone(), same], &[], &[]);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].verdict, Verdict::Agree);
    // a figure a verb names keeps its key in a list ("killed 14,
    // injured 30, 5 missing")
    let mut killed = reading(0, "kill", "14", 14.0, "exact");
    killed.siblings = 3;
    let also = reading(1, "kill", "17", 17.0, "exact");
    let g = linked_run(vec![killed, also], &[], &d01);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].verdict, Verdict::Differ);
    // the same two figures standing alone are one disputed fact
    listed.siblings = 1;
    let g = linked_run(vec![listed, other], &[], &d01);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].verdict, Verdict::Differ);
}

#[test]
fn about_250_and_248_agree_more_than_250_and_238_differ() {
    let g = run(
        vec![
            reading(0, "migrant", "about 250", 250.0, "about"),
            reading(1, "migrant", "248", 248.0, "exact"),
        ],
        &[],
    );
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].verdict, Verdict::Agree);
    let a = reading(0, "migrant", "more than 250", 250.0, "more_than");
    let b = reading(1, "migrant", "238", 238.0, "exact");
    let g = run(vec![a.clone(), b.clone()], &[link(&a, &b)]);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].verdict, Verdict::Differ);
    assert!((g[0].spread - 12.0 / 250.0).abs() < 1e-9);
}

#[test]
fn different_figures_without_aligned_claims_are_two_facts_not_a_dispute() {
    // one raid's seizures and the total so far, one game and a season:
    // the same words, different figures, sentences that do not align
    let a = reading(0, "migrant", "238", 238.0, "exact");
    let b = reading(1, "migrant", "more than 250", 250.0, "more_than");
    let c = reading(2, "migrant", "about 250", 250.0, "about");
    let g = run(vec![a, b, c], &[]);
    assert_eq!(g.len(), 2, "{g:?}");
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ));
    let agree = g.iter().find(|g| g.verdict == Verdict::Agree).unwrap();
    assert_eq!(agree.figures.len(), 2);
}

#[test]
fn killed_and_injured_with_the_same_figure_stay_apart() {
    let killed = reading(0, "kill", "two", 2.0, "exact");
    let injured = reading(1, "injure", "two", 2.0, "exact");
    let g = run(vec![killed.clone(), injured.clone()], &[]);
    assert_eq!(g.len(), 2);
    assert!(g.iter().all(|g| g.verdict == Verdict::SingleSource));
    let killed_too = reading(1, "kill", "2", 2.0, "exact");
    let g = run(vec![killed, injured, killed_too], &[]);
    let kill = g.iter().find(|g| g.measured == "kills").unwrap();
    assert_eq!(kill.verdict, Verdict::Agree);
    assert_eq!(kill.figures.len(), 2);
}

#[test]
fn a_game_and_a_season_are_two_facts() {
    let game = reading(0, "yard", "310 yards", 310.0, "exact");
    let mut season = reading(1, "yard", "3,100 yards", 3100.0, "exact");
    season.key.scope = Some("season".into());
    // even linked, a season's yards never merge with one game's
    let g = run(vec![game.clone(), season.clone()], &[link(&game, &season)]);
    assert_eq!(g.len(), 2);
    assert!(g.iter().all(|g| g.verdict == Verdict::SingleSource));
}

#[test]
fn rounded_figures_agree_without_aligned_claims() {
    let g = run(
        vec![
            reading(0, "death", "about 40", 40.0, "about"),
            reading(1, "death", "42", 42.0, "exact"),
        ],
        &[],
    );
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].verdict, Verdict::Agree);
    assert_eq!(g[0].figures.len(), 2);
    // "40" is told to the unit: it and "42" never agree
    let g = run(
        vec![
            reading(1, "death", "42", 42.0, "exact"),
            reading(2, "death", "40", 40.0, "exact"),
        ],
        &[],
    );
    assert!(g.iter().all(|g| g.verdict != Verdict::Agree), "{g:?}");
}

#[test]
fn a_bound_far_from_a_figure_is_another_fact_not_an_agreement() {
    // "at least 45" meets "more than two" on its open side, but figures
    // 20× apart state different things (a sentence and a time served)
    let g = run(
        vec![
            reading(0, "year", "at least 45", 45.0, "at_least"),
            reading(1, "year", "more than two", 2.0, "more_than"),
        ],
        &[],
    );
    assert_eq!(g.len(), 2, "{g:?}");
    assert!(
        g.iter().all(|g| g.verdict == Verdict::SingleSource),
        "{g:?}"
    );
    // a bound near the figure still agrees with it
    let g = run(
        vec![
            reading(0, "migrant", "more than 250", 250.0, "more_than"),
            reading(1, "migrant", "261", 261.0, "exact"),
        ],
        &[],
    );
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].verdict, Verdict::Agree);
}

#[test]
fn figures_that_name_nothing_counted_join_only_on_the_same_value() {
    let a = reading(0, "", "US$6 million", 6e6, "exact");
    let b = reading(1, "", "$6m", 6e6, "exact");
    let c = reading(2, "", "$9 million", 9e6, "exact");
    let g = run(vec![a.clone(), b, c.clone()], &[]);
    assert_eq!(g.len(), 2, "{g:?}");
    assert!(g
        .iter()
        .any(|g| g.verdict == Verdict::Agree && g.figures.len() == 2));
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ));
    // linked claims still make them one disputed figure
    let g = run(vec![a.clone(), c.clone()], &[link(&a, &c)]);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].verdict, Verdict::Differ);
}

#[test]
fn a_document_restating_a_precise_figure_joins_its_two_keys() {
    // "US sends 261 deportees" and "deported 261 people" in one article
    let headline = reading(1, "deportee", "261", 261.0, "exact");
    let mut body = reading(1, "deport", "261 people", 261.0, "exact");
    body.quantity_ids = vec!["d1:body".into()];
    let about = reading(0, "deportee", "about 250", 250.0, "about");
    let ledger = reading(2, "deport", "238", 238.0, "exact");
    let links = [link(&about, &headline), link(&ledger, &body)];
    let g = run(vec![headline, body, about, ledger], &links);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].verdict, Verdict::Differ);
    assert_eq!(g[0].figures.len(), 3);
    // "two" twice is no evidence: small spelled-out figures repeat
    let two_sons = reading(0, "son", "two", 2.0, "exact");
    let two_counts = reading(0, "count", "two", 2.0, "exact");
    assert_eq!(run(vec![two_sons, two_counts], &[]).len(), 2);
}

#[test]
fn a_figure_without_a_period_joins_the_dated_one() {
    // "born in 1928, one of five sons" and "one of five sons"
    let mut dated = reading(0, "son", "five", 5.0, "exact");
    dated.period = Some("1928".into());
    let undated = reading(1, "son", "five", 5.0, "exact");
    let g = run(vec![dated.clone(), undated.clone()], &[]);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].period.as_deref(), Some("1928"));
    // two periods stay two facts; the undated figure joins the one it fits
    let mut later = reading(2, "son", "six", 6.0, "exact");
    later.period = Some("1930".into());
    let g = run(vec![dated, undated, later], &[]);
    assert_eq!(g.len(), 2, "{g:?}");
    let five = g.iter().find(|g| g.figures.len() == 2).unwrap();
    assert_eq!(five.period.as_deref(), Some("1928"));
}

#[test]
fn an_undated_figure_joins_the_period_of_its_key_to_be_disputed() {
    // 11 charged in 2008 (two sources), nine charged in 2011, and an
    // undated 12 charged in a document linked to the first
    let dated = |source: u32, text: &str, v: f64, period: &str| {
        let mut r = reading(source, "charge", text, v, "exact");
        r.period = Some(period.into());
        r.quantity_ids = vec![format!("{source}:{text}:{period}")];
        r
    };
    let (a, a2) = (dated(0, "11", 11.0, "2008"), dated(1, "11", 11.0, "2008"));
    let b = dated(0, "nine", 9.0, "2011");
    let c = reading(2, "charge", "12", 12.0, "exact");
    let docs = [(c.doc_id.clone(), a.doc_id.clone())];
    let g = linked_run(vec![a, a2, b, c], &[], &docs);
    let disputed = g
        .iter()
        .find(|g| g.verdict == Verdict::Differ)
        .unwrap_or_else(|| panic!("no dispute: {g:#?}"));
    assert_eq!(disputed.figures.len(), 3);
    assert_eq!(disputed.period.as_deref(), Some("2008"));
}

#[test]
fn two_documents_giving_one_precise_figure_under_two_names_agree() {
    // "33 homers" and "33 home runs"; "a 10-year deal" is no precise figure
    let homers = reading(0, "homer", "33", 33.0, "exact");
    let runs = reading(1, "home run", "33", 33.0, "exact");
    let g = run(vec![homers, runs], &[]);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].verdict, Verdict::Agree);
    let deal = reading(0, "deal", "ten", 10.0, "exact");
    let contract = reading(1, "contract", "ten", 10.0, "exact");
    assert_eq!(run(vec![deal, contract], &[]).len(), 2);
    // outcomes stay apart however precise: 12 killed, 12 injured
    let killed = reading(0, "kill", "12", 12.0, "exact");
    let injured = reading(1, "injure", "12", 12.0, "exact");
    assert_eq!(run(vec![killed, injured], &[]).len(), 2);
}

#[test]
fn spans_of_time_are_disputed_by_their_key_spelled_out() {
    // "served five months" and "served four months" in linked documents
    let month = 2_629_800.0;
    let span = |source: u32, text: &str, n: f64| {
        let mut r = reading(source, "time to serv", text, n * month, "exact");
        r.key.kind = "duration".into();
        r.key.unit = Some("second".into());
        r.written = Some(n);
        r.with_range()
    };
    let (five, four) = (span(0, "five months", 5.0), span(1, "four months", 4.0));
    assert!(!precise(&five) && specific(&five));
    let docs = [(five.doc_id.clone(), four.doc_id.clone())];
    let g = linked_run(vec![five, four], &[], &docs);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].verdict, Verdict::Differ);
}

#[test]
fn links_join_groups_and_disputes_sort_first() {
    let a = reading(0, "migrant", "250", 250.0, "exact");
    let b = reading(1, "deportee", "261", 261.0, "exact");
    let c = reading(2, "approval", "85%", 85.0, "exact");
    let links = vec![link(&a, &b)];
    let g = run(vec![c.clone(), a.clone(), b.clone()], &links);
    assert_eq!(g.len(), 2);
    assert_eq!(g[0].verdict, Verdict::Differ);
    assert_eq!(g[0].figures.len(), 2);
    assert_eq!(g[0].group_id, "s0001");
    assert_eq!(g[1].verdict, Verdict::SingleSource);
    let apart = run(vec![a, b], &[]);
    assert_eq!(apart.len(), 2);
}

#[test]
fn a_source_listing_several_subjects_splits_the_group() {
    let mut sv = reading(0, "incarceration", "1,659", 1659.0, "exact");
    sv.subject_key = Some("gpe:el-salvador".into());
    let mut cu = reading(0, "incarceration", "794", 794.0, "exact");
    cu.subject_key = Some("gpe:cuba".into());
    let mut cu_b = reading(1, "incarceration", "794", 794.0, "exact");
    cu_b.subject_key = Some("gpe:cuba".into());
    let g = run(vec![sv, cu, cu_b], &[]);
    assert_eq!(g.len(), 2);
    let cuba = g
        .iter()
        .find(|g| g.subject_key.as_deref() == Some("gpe:cuba"))
        .unwrap();
    assert_eq!(cuba.verdict, Verdict::Agree);
    assert_eq!(cuba.figures.len(), 2);
}

#[test]
fn a_sources_body_mention_speaks_for_it_before_its_headline() {
    let mut head = reading(0, "deal", "$334m", 334e6, "exact");
    head.in_heading = true;
    head.mentions = 2;
    let mut body = reading(0, "deal", "$334 million", 334e6, "exact");
    body.first_start = 400;
    let other = reading(1, "deal", "$334 million", 334e6, "exact");
    let g = run(vec![head, body, other], &[]);
    assert_eq!(g.len(), 1);
    let shown = g[0].figures.iter().find(|f| f.doc_id == "d0").unwrap();
    assert_eq!(shown.text, "$334 million");
}

/// A reading of fact kind `kind` (an age, a magnitude) counting `what`.
fn of_kind(source: u32, kind: &str, what: &str, v: f64) -> Reading {
    let mut r = reading(source, what, &v.to_string(), v, "exact");
    r.key.kind = kind.into();
    r
}

/// [`run`] on `a` and `b`, whose claims are aligned.
fn linked(a: Reading, b: Reading) -> Vec<StatGroup> {
    let links = [link(&a, &b)];
    run(vec![a, b], &links)
}

#[test]
fn magnitudes_far_apart_are_two_quakes() {
    let quake = |source, v| of_kind(source, "magnitude", "magnitude", v);
    assert_eq!(linked(quake(0, 6.1), quake(1, 9.1)).len(), 2);
    let g = linked(quake(0, 6.1), quake(1, 5.9));
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].verdict, Verdict::Differ);
}

#[test]
fn figures_of_two_days_never_dispute() {
    let quake = |source: u32, v: f64, day: &str| {
        let mut r = reading(source, "magnitude", &v.to_string(), v, "exact");
        r.weekday = Some(day.into());
        r
    };
    let g = linked(quake(0, 4.6, "thursday"), quake(1, 4.4, "sunday"));
    assert_eq!(g.len(), 2, "{g:#?}");
    let g = linked(quake(0, 4.6, "thursday"), quake(1, 4.4, "thursday"));
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].verdict, Verdict::Differ);
    // a figure whose claim names no day is of the day its article names
    let distance = |source: u32, v: f64| {
        let mut r = reading(source, "north", &v.to_string(), v, "exact");
        r.key.kind = "measure".into();
        r.text = format!("{v} miles");
        r
    };
    let (this, other) = (distance(0, 26.0), distance(1, 23.0));
    let leads = [quake(0, 4.6, "thursday"), quake(1, 4.4, "sunday")];
    let links = [link(&this, &other)];
    let mut readings = vec![this.clone(), other.clone()];
    readings.extend(leads);
    // in a small story, two days are one event's
    let g = run(readings.clone(), &links);
    assert!(g.iter().any(|g| g.verdict == Verdict::Differ), "{g:#?}");
    // in one large enough to hide a sister event, two events'
    let others = (2..6).map(|source| reading(source, "crew", "3", 3.0, "exact"));
    readings.extend(others);
    let g = sourced_run(readings, &links, &[], 6);
    assert!(
        g.iter()
            .all(|g| g.verdict != Verdict::Differ || g.measured == "crews"),
        "{g:#?}"
    );
    // without the day, the two are one disputed fact
    let g = run(vec![this, other], &links);
    assert!(g.iter().any(|g| g.verdict == Verdict::Differ), "{g:#?}");
}

#[test]
fn ages_that_name_nobody_never_dispute() {
    let g = linked(
        of_kind(0, "age", "age", 12.0),
        of_kind(1, "age", "age", 14.0),
    );
    assert_eq!(g.len(), 2, "{g:#?}");
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ));
    // nor against a named person's age that similar claims join to it
    let named = of_kind(0, "age", "age of gomes", 35.0);
    let g = linked(named, of_kind(1, "age", "age", 48.0));
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:#?}");
}

#[test]
fn ages_a_year_apart_are_two_facts() {
    let age = |source, v| of_kind(source, "age", "age of jeffs", v);
    let g = linked(age(0, 54.0), age(1, 55.0));
    assert_eq!(g.len(), 2, "{g:#?}");
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ));
    // further apart, linked ages are one disputed fact
    let g = linked(age(0, 54.0), age(1, 59.0));
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].verdict, Verdict::Differ);
    // unless one sentence dates its age to another year ("Felt, 92, told
    // CNN in 2006" against "He was 95")
    let mut then = age(1, 59.0);
    then.dated = Some("2006".into());
    let g = linked(age(0, 54.0), then);
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:#?}");
}

#[test]
fn subjects_named_in_other_words_agree_but_do_not_dispute_across_parts() {
    // source 0 lists two places' figures; sources 1 and 2 give the first
    // place's figure under another name and agree with it
    let mut here = reading(0, "magnitude", "4.6", 4.6, "exact");
    here.subject_key = Some("gpe:north-bay".into());
    let mut there = reading(0, "magnitude", "3.0", 3.0, "exact");
    there.subject_key = Some("gpe:geysers".into());
    let mut b = reading(1, "magnitude", "4.6", 4.6, "exact");
    b.subject_key = Some("gpe:northern-california".into());
    let g = run(vec![here.clone(), there.clone(), b.clone()], &[]);
    let main = g
        .iter()
        .find(|g| g.figures.len() == 2)
        .expect("one 4.6 group");
    assert_eq!(main.verdict, Verdict::Agree);
    // a figure of the other place is never disputed with this one's
    let mut c = reading(2, "magnitude", "3.2", 3.2, "exact");
    c.subject_key = Some("gpe:north-bay".into());
    let links = [link(&there, &c)];
    let g = run(vec![here, there, b, c], &links);
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:#?}");
}

#[test]
fn only_the_listing_sources_subjects_split_the_group() {
    // source 0 gives this quake's 4.6 and an earlier one's 5.0 near
    // another place; sources 1 and 2 name this quake's place in other
    // words and still dispute its magnitude
    let this = reading(0, "magnitude", "4.6", 4.6, "exact");
    let mut earlier = reading(0, "magnitude", "5.0", 5.0, "exact");
    earlier.subject_key = Some("gpe:geysers".into());
    let mut b = reading(1, "magnitude", "4.6", 4.6, "exact");
    b.subject_key = Some("gpe:cobb".into());
    let mut c = reading(2, "magnitude", "4.4", 4.4, "exact");
    c.subject_key = Some("gpe:lake-county".into());
    let links = [link(&b, &c)];
    let g = run(vec![this, earlier, b, c], &links);
    assert_eq!(g.len(), 2, "{g:#?}");
    let main = g.iter().find(|g| g.figures.len() == 3).unwrap();
    assert_eq!(main.verdict, Verdict::Differ);
    let other = g.iter().find(|g| g.figures.len() == 1).unwrap();
    assert_eq!(other.subject_key.as_deref(), Some("gpe:geysers"));
}

#[test]
fn confidence_grows_with_the_gap_and_copies_count_once() {
    let pair = |x: f64, y: f64| {
        let a = reading(0, "death", &x.to_string(), x, "exact");
        let b = reading(1, "death", &y.to_string(), y, "exact");
        let links = [link(&a, &b)];
        run(vec![a, b], &links)
    };
    let g = pair(41.0, 43.0);
    assert_eq!(g[0].verdict, Verdict::Differ);
    let near = g[0].confidence;
    let far = pair(41.0, 71.0)[0].confidence;
    assert!(near > 0.0 && far > near && far < 1.0, "{near} {far}");
    let mut g = run(
        vec![
            reading(0, "death", "40", 40.0, "exact"),
            reading(1, "death", "40", 40.0, "exact"),
            reading(2, "death", "about 40", 40.0, "about"),
        ],
        &[],
    );
    assert_eq!(g[0].independent_sources, 3);
    assert!((g[0].confidence - 1.0).abs() < 1e-12);
    // d0 and d1 are copies of one wire story
    count_independent(&mut g, |doc| Some(usize::from(doc == "d2")));
    assert_eq!(g[0].independent_sources, 2);
}

#[test]
fn stated_ranges_with_other_ends_differ() {
    let range = |source: u32, text: &str, low: f64, high: f64| {
        let mut r = reading(source, "sentence", text, low, "between");
        r.value_max = Some(high);
        r.with_range()
    };
    let g = run(
        vec![
            range(0, "between four and 60 years", 4.0, 60.0),
            range(1, "from 4 to 60 years", 4.0, 60.0),
        ],
        &[],
    );
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].verdict, Verdict::Agree);
    let g = run(
        vec![
            range(0, "between four and 60 years", 4.0, 60.0),
            range(1, "from 5 to 60 years", 5.0, 60.0),
        ],
        &[],
    );
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].verdict, Verdict::Differ);
    assert!((g[0].confidence - 0.2).abs() < 1e-9, "{}", g[0].confidence);
    // a single figure inside a range is no stated range: it agrees
    let g = run(
        vec![
            range(0, "between four and 60 years", 4.0, 60.0),
            reading(1, "sentence", "12 years", 12.0, "exact"),
        ],
        &[],
    );
    assert!(g.iter().all(|g| g.verdict != Verdict::Differ), "{g:?}");
}

#[test]
fn a_source_figure_is_its_most_precise_reading_when_counts_tie() {
    let g = run(
        vec![
            reading(0, "approval", "85%", 85.0, "exact"),
            reading(0, "approval", "85.2 percent", 85.2, "exact"),
            reading(1, "approval", "85.2%", 85.2, "exact"),
        ],
        &[],
    );
    assert_eq!(g[0].verdict, Verdict::Agree);
    let a = &g[0].figures[0];
    assert_eq!(a.text, "85.2 percent");
    assert_eq!(a.mentions, 2);
    assert!(a.low > 85.1 && a.high < 85.3);
}
