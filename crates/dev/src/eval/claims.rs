//! Evaluation sections for the claims stage: the seed article's checks
//! (statistics, quotation speakers, hedges, the pollster) and check-worthiness
//! ranking on the validation part of CLEF-2019 CheckThat! Task 1.

use super::{Figure, Section, SharedData};
use crate::clef;
use crate::training::{average_precision, precision_recall_f1};
use factsift_claims::kind::is_figure;
use factsift_claims::{stage::sentence_features, Claim, ClaimKind, ClaimsStage};
use factsift_core::document::{Document, DocumentMeta};
use factsift_core::text::words;
use factsift_core::Stage;
use factsift_numbers::NumbersStage;
use factsift_segment::SegmentStage;

/// The claims sections.
pub const SECTIONS: &[Section] = &[("claims_seed", seed), ("claims_clef2019", clef_ranking)];

fn ratio(ok: usize, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        ok as f64 / n as f64
    }
}

fn short(text: &str) -> String {
    let t: String = text.chars().take(60).collect();
    if t.len() < text.len() {
        format!("{t}…")
    } else {
        t
    }
}

/// A pass/fail check printed as one figure with its misses.
fn check(name: &str, ok: usize, n: usize, misses: &[String]) -> Figure {
    let detail = if misses.is_empty() {
        format!("{ok}/{n}")
    } else {
        format!("{ok}/{n}; missed: {}", misses.join(" | "))
    };
    Figure::with_target(name, ratio(ok, n), 1.0, detail)
}

/// The claims whose span overlaps `[from, to)`.
fn claims_over(doc: &Document, from: usize, to: usize) -> Vec<&Claim> {
    doc.claims
        .iter()
        .filter(|c| c.span.start < to && from < c.span.end)
        .collect()
}

fn speaker_name(c: &Claim) -> &str {
    c.speaker.as_ref().map_or("(none)", |s| s.name.as_str())
}

/// The seed article through the real segment, numbers and claims stages.
fn seed(shared: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some((_, text)) = shared.seed() else {
        return Ok(None);
    };
    let mut doc = Document::new(text, DocumentMeta::default());
    doc.language = factsift_core::language::detect(&doc.text);
    SegmentStage.process(&mut doc)?;
    NumbersStage.process(&mut doc)?;
    ClaimsStage::new().process(&mut doc)?;
    let mut figures = Vec::new();

    // every sentence with a figure: each figure sits in a statistic claim
    let (mut ok, mut n, mut misses) = (0, 0, Vec::new());
    for (i, s) in doc.sentences.iter().enumerate() {
        let qs: Vec<usize> = (0..doc.quantities.len())
            .filter(|&qi| doc.quantities[qi].sentence == i && is_figure(&doc.quantities[qi]))
            .collect();
        if qs.is_empty() {
            continue;
        }
        n += 1;
        let good = qs.iter().all(|qi| {
            doc.claims
                .iter()
                .any(|c| c.quantities.contains(qi) && c.kind == ClaimKind::Statistic)
        });
        if good {
            ok += 1;
        } else {
            misses.push(short(doc.slice(s.span)));
        }
    }
    figures.push(check(
        "seed: sentences with a figure are statistics",
        ok,
        n,
        &misses,
    ));

    // the Department of Justice quotation inside "has reported: “…”"
    let text = doc.text.as_str();
    let (mut ok, mut n, mut misses) = (0, 0, Vec::new());
    if let Some(at) = text.find("has reported: “") {
        let from = at + "has reported: ".len();
        let to = text[from..].find('”').map_or(text.len(), |e| from + e);
        for c in claims_over(&doc, from, to) {
            n += 1;
            if speaker_name(c) == "US Department of Justice" {
                ok += 1;
            } else {
                misses.push(format!(
                    "{} → {}",
                    short(doc.slice(c.span)),
                    speaker_name(c)
                ));
            }
        }
    }
    if n == 0 {
        misses.push("no claim over the quotation".to_string());
        n = 1;
    }
    figures.push(check(
        "seed: DOJ quotation → US Department of Justice",
        ok,
        n,
        &misses,
    ));

    // the quoted paragraph after "…, warns:": each sentence to Maihold
    let (mut ok, mut n, mut misses) = (0, 0, Vec::new());
    if let Some(at) = text.find("warns:") {
        let from = text[at..].find('“').map_or(text.len(), |e| at + e);
        let to = text[from..].find('”').map_or(text.len(), |e| from + e);
        for (i, s) in doc.sentences.iter().enumerate() {
            if s.span.end <= from || s.span.start >= to {
                continue;
            }
            n += 1;
            let cs: Vec<&Claim> = doc.claims.iter().filter(|c| c.sentence == i).collect();
            if !cs.is_empty() && cs.iter().all(|c| speaker_name(c) == "Günther Maihold") {
                ok += 1;
            } else {
                let got: Vec<&str> = cs.iter().map(|c| speaker_name(c)).collect();
                misses.push(format!("{} → {:?}", short(doc.slice(s.span)), got));
            }
        }
    }
    figures.push(check(
        "seed: quoted paragraph sentences → Günther Maihold",
        ok,
        n,
        &misses,
    ));

    // every "allegedly" / "alleged" / "appears" sentence is hedged
    let (mut ok, mut n, mut misses) = (0, 0, Vec::new());
    for s in &doc.sentences {
        let sentence = doc.slice(s.span);
        for w in words(sentence) {
            if !matches!(w.lower().as_str(), "allegedly" | "alleged" | "appears") {
                continue;
            }
            n += 1;
            let at = s.span.start + w.start;
            let hedged = doc
                .claims
                .iter()
                .any(|c| c.span.start <= at && at < c.span.end && c.hedged());
            if hedged {
                ok += 1;
            } else {
                misses.push(format!("{}: {}", w.text, short(sentence)));
            }
        }
    }
    figures.push(check(
        "seed: allegedly/alleged/appears claims hedged",
        ok,
        n,
        &misses,
    ));

    // the poll figure is attributed to the pollster
    let (mut ok, mut misses) = (0, Vec::new());
    if let Some(at) = text.find("85.2 percent") {
        let cs = claims_over(&doc, at, at + 1);
        if cs.iter().any(|c| speaker_name(c) == "LPG Datos") {
            ok = 1;
        } else {
            let got: Vec<&str> = cs.iter().map(|c| speaker_name(c)).collect();
            misses.push(format!("85.2 percent → {got:?}"));
        }
    } else {
        misses.push("85.2 percent not in the seed".to_string());
    }
    figures.push(check("seed: 85.2 percent poll → LPG Datos", ok, 1, &misses));

    let kinds = [
        ClaimKind::Statistic,
        ClaimKind::Quote,
        ClaimKind::Prediction,
        ClaimKind::Opinion,
        ClaimKind::Event,
        ClaimKind::Assertion,
    ];
    let by_kind: Vec<String> = kinds
        .iter()
        .map(|k| {
            format!(
                "{} {}",
                k.as_str(),
                doc.claims.iter().filter(|c| c.kind == *k).count()
            )
        })
        .collect();
    figures.push(Figure::info(
        "seed: claims",
        doc.claims.len() as f64,
        by_kind.join(", "),
    ));
    let mut ranked: Vec<&Claim> = doc.claims.iter().collect();
    ranked.sort_by(|a, b| b.checkworthiness.total_cmp(&a.checkworthiness));
    let top: Vec<String> = ranked
        .iter()
        .take(3)
        .map(|c| format!("{:.2} {}", c.checkworthiness, short(doc.slice(c.span))))
        .collect();
    figures.push(Figure::info(
        "seed: most check-worthy claims",
        ranked.first().map_or(0.0, |c| f64::from(c.checkworthiness)),
        top.join(" | "),
    ));
    Ok(Some(figures))
}

/// Check-worthiness ranking on CLEF-2019 CheckThat! Task 1 (English), on
/// the transcripts held out from fitting (every fourth by id).
fn clef_ranking(shared: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some(path) = shared.eval_set(clef::SET) else {
        return Ok(None);
    };
    let stage = ClaimsStage::new();
    let model = stage.model()?;
    let transcripts = clef::load(&path)?;
    let mut figures = Vec::new();
    for validation in [true, false] {
        let (mut aps, mut p10s) = (Vec::new(), Vec::new());
        let (mut all_scores, mut all_labels) = (Vec::new(), Vec::new());
        let mut ids = Vec::new();
        for (pos, t) in transcripts.iter().enumerate() {
            if clef::is_validation(pos) != validation {
                continue;
            }
            let scores: Vec<f32> = (0..t.labels.len())
                .map(|i| sentence_features(&t.doc, i).map_or(0.0, |x| model.score(&x)))
                .collect();
            aps.push(average_precision(&scores, &t.labels));
            let mut order: Vec<usize> = (0..scores.len()).collect();
            order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
            let hits = order.iter().take(10).filter(|&&i| t.labels[i]).count();
            p10s.push(hits as f64 / 10.0);
            ids.push(t.id.trim_start_matches("clef2019-train-").to_string());
            all_scores.extend(scores);
            all_labels.extend(t.labels.iter().copied());
        }
        let mean = |v: &[f64]| {
            if v.is_empty() {
                0.0
            } else {
                v.iter().sum::<f64>() / v.len() as f64
            }
        };
        let part = if validation {
            "validation"
        } else {
            "training part"
        };
        let positives = all_labels.iter().filter(|&&y| y).count();
        let (p, r, f1) = precision_recall_f1(&all_scores, &all_labels, model.threshold);
        let aps_text: Vec<String> = ids
            .iter()
            .zip(&aps)
            .map(|(id, ap)| format!("{id} {ap:.3}"))
            .collect();
        figures.push(Figure::info(
            &format!("CLEF-2019 {part}: MAP"),
            mean(&aps),
            format!(
                "{} transcripts, {} sentences, {positives} check-worthy; {}; best 2019 run: 0.166 (official test split)",
                ids.len(),
                all_labels.len(),
                aps_text.join(", ")
            ),
        ));
        figures.push(Figure::info(
            &format!("CLEF-2019 {part}: mean P@10"),
            mean(&p10s),
            String::new(),
        ));
        figures.push(Figure::info(
            &format!("CLEF-2019 {part}: positive-class F1"),
            f1,
            format!(
                "P {p:.3} R {r:.3} at threshold {:.3} (chosen on the training part)",
                model.threshold
            ),
        ));
        figures.push(Figure::info(
            &format!("CLEF-2019 {part}: MAP of a random ranking"),
            ratio(positives, all_labels.len()),
            "about the share of check-worthy sentences".to_string(),
        ));
    }
    Ok(Some(figures))
}
