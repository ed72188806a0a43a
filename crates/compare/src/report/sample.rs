//! A small hand-made [`Comparison`] for the report's tests and the screenshot test:
//! three outlets on one story, with disputed, agreeing and single-source figures,
//! open-ended and negative intervals, aligned claims of every kind and entity coverage.

use crate::model::{
    Alignment, ClaimSide, Comparison, Coverage, Relation, SourceFigure, StatGroup, Verdict,
};

/// One source's figure; `sentence` is built from the figure's text.
fn figure(
    source: &str,
    text: &str,
    value: f64,
    qualifier: &str,
    low: f64,
    high: f64,
) -> SourceFigure {
    SourceFigure {
        source: source.to_string(),
        doc_id: format!("{}-1", source.to_lowercase().replace(' ', "-")),
        text: text.to_string(),
        value,
        value_max: None,
        qualifier: qualifier.to_string(),
        low,
        high,
        sentence_id: 0,
        sentence: format!("Officials said {text} on Tuesday."),
        mentions: 1,
    }
}

/// Statistic group with the spread computed from its figures.
fn group(
    id: &str,
    kind: &str,
    unit: Option<&str>,
    measured: &str,
    (subject, period): (Option<&str>, Option<&str>),
    figures: Vec<SourceFigure>,
    verdict: Verdict,
) -> StatGroup {
    let max = figures
        .iter()
        .map(|f| f.value)
        .fold(f64::NEG_INFINITY, f64::max);
    let min = figures
        .iter()
        .map(|f| f.value)
        .fold(f64::INFINITY, f64::min);
    let scale = max.abs().max(min.abs());
    let spread = if figures.len() > 1 && scale > 0.0 {
        (max - min) / scale
    } else {
        0.0
    };
    let confidence = crate::statistics::confidence(&figures, verdict);
    let independent_sources = figures.len();
    StatGroup {
        group_id: id.to_string(),
        story_id: "t001".to_string(),
        kind: kind.to_string(),
        unit: unit.map(str::to_string),
        measured: measured.to_string(),
        measured_as: vec![measured.to_string()],
        subject_key: subject.map(str::to_string),
        period: period.map(str::to_string),
        figures,
        spread,
        verdict,
        confidence,
        independent_sources,
    }
}

fn side(
    claim_id: &str,
    source: &str,
    text: &str,
    speaker: Option<&str>,
    hedge: Option<&str>,
) -> ClaimSide {
    ClaimSide {
        claim_id: claim_id.to_string(),
        doc_id: format!("{}-1", source.to_lowercase().replace(' ', "-")),
        source: source.to_string(),
        text: text.to_string(),
        speaker: speaker.map(str::to_string),
        hedged: hedge.is_some(),
        hedge_cue: hedge.map(str::to_string),
    }
}

fn coverage(
    key: &str,
    name: &str,
    label: &str,
    source: &str,
    mentions: usize,
    position: f64,
    reach: usize,
) -> Coverage {
    Coverage {
        entity_key: key.to_string(),
        canonical_name: name.to_string(),
        label: label.to_string(),
        source: source.to_string(),
        docs: 1,
        mentions,
        first_position: position,
        first_sentence: (position * 20.0) as i64,
        sources_mentioning: reach,
        sources_total: 3,
    }
}

/// The sample comparison.
pub fn sample() -> Comparison {
    let inf = f64::INFINITY;
    let mut growth_range = figure(
        "The Guardian",
        "between -0.5% and -0.3%",
        -0.5,
        "range",
        -0.5,
        -0.3,
    );
    growth_range.value_max = Some(-0.3);
    let statistics = vec![
        group(
            "s0001",
            "count",
            None,
            "migrant",
            (Some("mexico"), Some("2024-06")),
            vec![
                figure("El Diario", "238 migrantes", 238.0, "exact", 237.5, 238.5),
                figure("Reuters", "250 migrants", 250.0, "exact", 249.5, 250.5),
                figure(
                    "The Guardian",
                    "more than 300 migrants",
                    300.0,
                    "more_than",
                    300.0,
                    inf,
                ),
            ],
            Verdict::Differ,
        ),
        group(
            "s0002",
            "percent",
            Some("percent"),
            "economic growth",
            (Some("argentina"), Some("2023-Q4")),
            vec![
                figure("El Diario", "-1.2%", -1.2, "exact", -1.25, -1.15),
                figure(
                    "Reuters",
                    "a contraction of about 1%",
                    -1.0,
                    "about",
                    -1.1,
                    -0.9,
                ),
                growth_range,
            ],
            Verdict::Differ,
        ),
        group(
            "s0003",
            "money",
            Some("USD"),
            "payment",
            (Some("mexico"), None),
            vec![
                figure("El Diario", "US$6 millones", 6e6, "exact", 5.5e6, 6.5e6),
                figure("Reuters", "$6m", 6e6, "exact", 5.5e6, 6.5e6),
            ],
            Verdict::Agree,
        ),
        group(
            "s0004",
            "count",
            None,
            "deportee",
            (Some("united_states"), Some("2024")),
            vec![
                figure(
                    "Reuters",
                    "about 1,000 deportees",
                    1000.0,
                    "about",
                    900.0,
                    1100.0,
                ),
                figure(
                    "The Guardian",
                    "980 people deported",
                    980.0,
                    "exact",
                    979.5,
                    980.5,
                ),
            ],
            Verdict::Agree,
        ),
        group(
            "s0005",
            "percent",
            Some("percent"),
            "approval",
            (Some("claudia_sheinbaum"), Some("2024-05")),
            vec![figure("El Diario", "85.2%", 85.2, "exact", 85.15, 85.25)],
            Verdict::SingleSource,
        ),
        group(
            "s0006",
            "count",
            None,
            "(count)",
            (None, None),
            vec![figure(
                "Reuters",
                "at least 12 buses",
                12.0,
                "at_least",
                12.0,
                inf,
            )],
            Verdict::SingleSource,
        ),
    ];

    let alignments = vec![
        Alignment {
            pair_id: "a0001".to_string(),
            story_id: "t001".to_string(),
            a: side(
                "c1",
                "El Diario",
                "238 migrantes fueron detenidos en la frontera.",
                None,
                None,
            ),
            b: side(
                "c2",
                "Reuters",
                "250 migrants were detained at the border.",
                None,
                None,
            ),
            similarity: 0.86,
            text_similarity: 0.81,
            shared_entities: vec!["mexico".to_string()],
            relation: Relation::DifferFigures,
            detail: "238 vs 250".to_string(),
        },
        Alignment {
            pair_id: "a0002".to_string(),
            story_id: "t001".to_string(),
            a: side(
                "c3",
                "Reuters",
                "Mexico paid $6m to the contractor.",
                None,
                None,
            ),
            b: side(
                "c4",
                "The Guardian",
                "Mexico reportedly paid US$6 million to the contractor.",
                None,
                Some("reportedly"),
            ),
            similarity: 0.91,
            text_similarity: 0.88,
            shared_entities: vec!["mexico".to_string()],
            relation: Relation::DifferHedging,
            detail: "hedged in The Guardian: reportedly".to_string(),
        },
        Alignment {
            pair_id: "a0003".to_string(),
            story_id: "t001".to_string(),
            a: side(
                "c5",
                "El Diario",
                "La frontera permanecerá abierta, dijo Sheinbaum.",
                Some("Claudia Sheinbaum"),
                None,
            ),
            b: side(
                "c6",
                "Reuters",
                "The border will stay open, a Mexican official said.",
                Some("a Mexican official"),
                None,
            ),
            similarity: 0.74,
            text_similarity: 0.69,
            shared_entities: vec![],
            relation: Relation::DifferAttribution,
            detail: "El Diario: Claudia Sheinbaum; Reuters: a Mexican official".to_string(),
        },
        Alignment {
            pair_id: "a0004".to_string(),
            story_id: "t001".to_string(),
            a: side(
                "c7",
                "Reuters",
                "About 1,000 people were deported in 2024.",
                None,
                None,
            ),
            b: side(
                "c8",
                "The Guardian",
                "980 people were deported in 2024.",
                None,
                None,
            ),
            similarity: 0.83,
            text_similarity: 0.79,
            shared_entities: vec!["united_states".to_string()],
            relation: Relation::Agree,
            detail: "about 1,000 ~ 980".to_string(),
        },
    ];

    let coverage = vec![
        coverage("mexico", "Mexico", "GPE", "El Diario", 9, 0.02, 3),
        coverage("mexico", "Mexico", "GPE", "Reuters", 5, 0.0, 3),
        coverage("mexico", "Mexico", "GPE", "The Guardian", 4, 0.10, 3),
        coverage(
            "claudia_sheinbaum",
            "Claudia Sheinbaum",
            "PERSON",
            "El Diario",
            6,
            0.05,
            2,
        ),
        coverage(
            "claudia_sheinbaum",
            "Claudia Sheinbaum",
            "PERSON",
            "The Guardian",
            1,
            0.40,
            2,
        ),
        coverage("acnur", "ACNUR", "ORG", "El Diario", 2, 0.30, 1),
    ];

    Comparison {
        runs: vec!["outputs/el-diario".to_string(), "outputs/wires".to_string()],
        sources: vec![
            "El Diario".to_string(),
            "Reuters".to_string(),
            "The Guardian".to_string(),
        ],
        documents: 5,
        stories: 1,
        story_docs: Vec::new(),
        statistics,
        coverage,
        alignments,
        embeddings: true,
    }
}
