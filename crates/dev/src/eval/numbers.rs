//! Evaluation sections for the numbers stage: the seed article's figures,
//! the Microsoft Recognizers-Text specs (EN, ES) and quantulum3's sentences.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{read_jsonl, Figure, Section, SharedData};
use factsift_numbers::{
    currency_by_name, extract, unit_by_name, Flags, Kind, Language, Qualifier, Quantity, UnitName,
};

/// The numbers sections.
pub const SECTIONS: &[Section] = &[
    ("numbers_seed", seed),
    ("numbers_recognizers_text", recognizers),
    ("numbers_quantulum3", quantulum),
];

/// Character offset of byte offset `b` in `text`.
fn char_at(text: &str, b: usize) -> usize {
    text.get(..b).map_or(0, |s| s.chars().count())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// Parses a Recognizers value ("75000000", "4,6", "1E-12", "100%").
fn gold_number(s: &str, lang: &str) -> Option<f64> {
    let s = s.trim().trim_end_matches('%');
    let s = if lang == "es" {
        s.replace(',', ".")
    } else {
        s.to_string()
    };
    s.parse::<f64>().ok()
}

/// Parses a range such as `(20,35]` into its bounds.
fn gold_range(s: &str) -> (Option<f64>, Option<f64>) {
    let inner = s
        .trim()
        .trim_start_matches(['(', '['])
        .trim_end_matches([')', ']']);
    let mut it = inner.splitn(2, ',');
    let lo = it.next().and_then(|x| x.trim().parse::<f64>().ok());
    let hi = it.next().and_then(|x| x.trim().parse::<f64>().ok());
    (lo, hi)
}

/// The families scored, the spec model each reads, and which predicted
/// quantities belong to it.
const FAMILIES: &[(&str, &str)] = &[
    ("number", "NumberModel"),
    ("number range", "NumberRangeModel"),
    ("ordinal", "OrdinalModel"),
    ("percentage", "PercentModel"),
    ("currency", "CurrencyModel"),
    ("dimension", "DimensionModel"),
];

/// Predicted (char start, char end, value check) items of one family.
fn predictions(text: &str, qs: &[Quantity], family: &str) -> Vec<(usize, usize, Quantity)> {
    let mut out = Vec::new();
    for q in qs {
        let span = match family {
            "number" => {
                if q.kind == Kind::Ordinal
                    || q.kind == Kind::Factor
                    || (q.kind == Kind::Date && q.value.is_none())
                {
                    continue;
                }
                q.number
            }
            "number range" => {
                if !(q.qualifier.is_lower_bound()
                    || q.qualifier.is_upper_bound()
                    || matches!(q.qualifier, Qualifier::Between | Qualifier::Equal))
                {
                    continue;
                }
                // the spec's range spans stop at the numeral ("more than thirty"
                // in "more than thirty years") unless a qualifier follows it
                let trailing_qualifier = q.span.end > q.amount.end;
                let end = if trailing_qualifier || q.unit.is_none() {
                    q.span.end
                } else {
                    q.number.end
                };
                factsift_core::document::Span::new(q.span.start, end)
            }
            "ordinal" if q.kind == Kind::Ordinal => q.amount,
            "percentage" if q.kind == Kind::Percent => q.amount,
            "currency" if q.kind == Kind::Money => q.amount,
            "dimension" if q.kind == Kind::Measure => q.amount,
            _ => continue,
        };
        out.push((
            char_at(text, span.start),
            char_at(text, span.end),
            q.clone(),
        ));
    }
    out
}

/// Whether a predicted quantity carries the gold entity's value (and unit).
fn value_matches(family: &str, lang: &str, e: &Value, q: &Quantity) -> bool {
    let res = &e["resolution"];
    let val = res["value"].as_str().unwrap_or("");
    match family {
        "number" => gold_number(val, lang)
            .zip(q.value)
            .is_some_and(|(g, p)| close(g, p)),
        // the offset must agree, and so must what it counts from: the
        // start for absolute ordinals, `end-1` ↔ -1 `rank_from_end`,
        // `current+1` ↔ +1 `rank_from_current`
        "ordinal" => {
            let anchor_ok = match res["relativeTo"].as_str() {
                Some("end") => q.unit.as_deref() == Some("rank_from_end"),
                Some("current") => q.unit.as_deref() == Some("rank_from_current"),
                _ => !q.flags.contains(Flags::RELATIVE),
            };
            anchor_ok
                && gold_number(res["offset"].as_str().unwrap_or(val), lang)
                    .zip(q.value)
                    .is_some_and(|(g, p)| close(g, p))
        }
        // a gold value of null ("a small percent") wants a figure-less percent
        "percentage" if val == "null" || res["value"].is_null() => {
            q.value.is_none() && q.flags.contains(Flags::NO_VALUE)
        }
        "percentage" => gold_number(val, lang)
            .zip(q.value)
            .is_some_and(|(g, p)| close(g, p)),
        "number range" => {
            let (lo, hi) = gold_range(val);
            let mut want: Vec<f64> = lo.into_iter().chain(hi).collect();
            want.dedup();
            let mut got: Vec<f64> = q.value.into_iter().chain(q.value_max).collect();
            got.dedup();
            want.len() == got.len() && want.iter().zip(&got).all(|(a, b)| close(*a, *b))
        }
        "currency" | "dimension" => {
            let Some(g) = gold_number(val, lang) else {
                return false;
            };
            let unit_name = res["isoCurrency"]
                .as_str()
                .or(res["unit"].as_str())
                .unwrap_or("");
            let resolved = if family == "currency" {
                currency_by_name(unit_name).map(|(c, f)| UnitName {
                    unit: if f == 1.0 {
                        c.to_string()
                    } else {
                        unit_name.to_lowercase()
                    },
                    base: c.to_string(),
                    factor: f,
                    offset: 0.0,
                })
            } else {
                unit_by_name(unit_name)
            };
            resolved.is_some_and(|u| same_amount(q, g, &u))
        }
        _ => false,
    }
}

/// Whether `q` states `value` in unit `u`: the same value and unit as
/// written, or the same amount in the same base unit ("Metric ton" and
/// "tonne").
fn same_amount(q: &Quantity, value: f64, u: &UnitName) -> bool {
    let written =
        q.unit.as_deref() == Some(u.unit.as_str()) && q.value.is_some_and(|p| close(p, value));
    let base = q.base_unit.as_deref() == Some(u.base.as_str())
        && q.base_value
            .is_some_and(|p| close(p, value * u.factor + u.offset));
    written || base
}

/// Counts for one family.
#[derive(Default)]
struct Tally {
    gold: usize,
    pred: usize,
    span_ok: usize,
    value_ok: usize,
}

fn recognizers(shared: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some(path) = shared.eval_set("numbers_recognizers_text") else {
        return Ok(None);
    };
    let rows = read_jsonl(&path)?;
    let mut tallies: BTreeMap<(String, &str), Tally> = BTreeMap::new();
    for row in &rows {
        let lang_s = row["lang"].as_str().unwrap_or("en");
        let model = row["model"].as_str().unwrap_or("");
        let Some(&(family, _)) = FAMILIES.iter().find(|(_, m)| *m == model) else {
            continue;
        };
        let text = row["text"].as_str().unwrap_or("");
        let lang = if lang_s == "es" {
            Language::Es
        } else {
            Language::En
        };
        let qs = extract(text, lang);
        let preds = predictions(text, &qs, family);
        let gold: Vec<&Value> = row["entities"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        // relative ordinals ("next", "last", "penultimate") are scored with
        // the family, and the absolute ordinals alone are reported as well
        if family == "ordinal" {
            let absolute: Vec<&Value> = gold
                .iter()
                .copied()
                .filter(|e| e["type"].as_str() != Some("ordinal.relative"))
                .collect();
            let relative_only = absolute.len() < gold.len() && absolute.is_empty();
            let t = relative_only_tally(&mut tallies, lang_s);
            if !relative_only {
                let absolute_preds: Vec<(usize, usize, Quantity)> = preds
                    .iter()
                    .filter(|(_, _, q)| !q.flags.contains(Flags::RELATIVE))
                    .cloned()
                    .collect();
                score(t, &absolute, &absolute_preds, family, lang_s);
            }
        }
        let t = tallies.entry((lang_s.to_string(), family)).or_default();
        score(t, &gold, &preds, family, lang_s);
    }
    let mut figures = Vec::new();
    for ((lang, family), t) in &tallies {
        let p = ratio(t.span_ok, t.pred);
        let r = ratio(t.span_ok, t.gold);
        let f1 = f1(p, r);
        let detail = format!(
            "P {:.3} ({}/{}) R {:.3} ({}/{})",
            p, t.span_ok, t.pred, r, t.span_ok, t.gold
        );
        let value_detail = format!(
            "{}/{} gold entities with exact span and value",
            t.value_ok, t.gold
        );
        let span_name = format!("{lang} {family}: span F1 (exact)");
        let value_name = format!("{lang} {family}: value accuracy (of gold)");
        if family.contains('(') {
            figures.push(Figure::info(&span_name, f1, detail));
            figures.push(Figure::info(
                &value_name,
                ratio(t.value_ok, t.gold),
                value_detail,
            ));
        } else {
            let target = if lang == "en" { 0.90 } else { 0.80 };
            figures.push(Figure::with_target(&span_name, f1, target, detail));
            figures.push(Figure::with_target(
                &value_name,
                ratio(t.value_ok, t.gold),
                target,
                value_detail,
            ));
        }
    }
    Ok(Some(figures))
}

/// The tally of absolute ordinals for `lang`.
fn relative_only_tally<'a>(
    tallies: &'a mut BTreeMap<(String, &'static str), Tally>,
    lang: &str,
) -> &'a mut Tally {
    tallies
        .entry((lang.to_string(), "ordinal (absolute only)"))
        .or_default()
}

/// Adds one case's gold entities and predictions to a tally.
fn score(
    t: &mut Tally,
    gold: &[&Value],
    preds: &[(usize, usize, Quantity)],
    family: &str,
    lang: &str,
) {
    t.gold += gold.len();
    t.pred += preds.len();
    for e in gold {
        let (s, en) = (
            e["start"].as_u64().unwrap_or(0) as usize,
            e["end"].as_u64().unwrap_or(0) as usize,
        );
        if let Some((_, _, q)) = preds.iter().find(|(ps, pe, _)| *ps == s && *pe == en) {
            t.span_ok += 1;
            if value_matches(family, lang, e, q) {
                t.value_ok += 1;
            }
        }
    }
}

/// The harmonic mean of precision `p` and recall `r` (0 when both are 0).
fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Counts of a precision/recall score.
#[derive(Default)]
struct Prf {
    correct: usize,
    pred: usize,
    gold: usize,
}

impl Prf {
    /// The figure `name` with F1 as its value, precision and recall in the detail.
    fn figure(&self, name: &str, target: f64) -> Figure {
        let p = ratio(self.correct, self.pred);
        let r = ratio(self.correct, self.gold);
        Figure::with_target(
            name,
            f1(p, r),
            target,
            format!(
                "P {p:.3} ({c}/{}) R {r:.3} ({c}/{})",
                self.pred,
                self.gold,
                c = self.correct
            ),
        )
    }
}

/// Whether a predicted figure whose value is the gold `value` has
/// quantulum3's gold `unit` (`dimensionless`, `percentage` or a unit name).
fn quantulum_unit_ok(q: &Quantity, value: f64, unit: &str) -> bool {
    match unit {
        "dimensionless" => {
            matches!(q.kind, Kind::Date | Kind::Cardinal | Kind::Count) || q.unit.is_none()
        }
        "percentage" => q.unit.as_deref() == Some("percent"),
        other => unit_by_name(other).is_some_and(|u| {
            let base = match (q.base_value, q.base_value_max) {
                (Some(lo), Some(hi)) => Some((lo + hi) / 2.0),
                (v, _) => v,
            };
            q.unit.as_deref() == Some(u.unit.as_str())
                || (q.base_unit.as_deref() == Some(u.base.as_str())
                    && base.is_some_and(|b| close(b, value * u.factor + u.offset)))
        }),
    }
}

/// quantulum3's sentences: a gold quantity and a prediction pair when their
/// spans overlap (each used once); the value is right when the prediction's
/// value as written (a range's midpoint, as quantulum3 gives it) equals
/// the gold value, and value + unit when its unit is the gold unit too.
fn quantulum(shared: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some(path) = shared.eval_set("numbers_quantulum3") else {
        return Ok(None);
    };
    let rows = read_jsonl(&path)?;
    let (mut value, mut unit) = (Prf::default(), Prf::default());
    for row in &rows {
        let text = row["text"].as_str().unwrap_or("");
        let qs = extract(text, Language::En);
        let preds: Vec<(usize, usize, &Quantity)> = qs
            .iter()
            .filter(|q| q.kind != Kind::Ordinal)
            .map(|q| {
                (
                    char_at(text, q.amount.start),
                    char_at(text, q.amount.end),
                    q,
                )
            })
            .collect();
        let gold: Vec<&Value> = row["quantities"].as_array().into_iter().flatten().collect();
        for prf in [&mut value, &mut unit] {
            prf.pred += preds.len();
            prf.gold += gold.len();
        }
        let mut used = vec![false; preds.len()];
        for g in gold {
            let (s, e) = (
                g["start"].as_u64().unwrap_or(0) as usize,
                g["end"].as_u64().unwrap_or(0) as usize,
            );
            let Some(k) = (0..preds.len()).find(|&k| !used[k] && preds[k].0 < e && s < preds[k].1)
            else {
                continue;
            };
            used[k] = true;
            let q = preds[k].2;
            let gv = g["value"].as_f64().unwrap_or(f64::NAN);
            // quantulum3 gives a range as its midpoint
            let pred_value = match (q.value, q.value_max) {
                (Some(lo), Some(hi)) => Some((lo + hi) / 2.0),
                (v, _) => v,
            };
            if !pred_value.is_some_and(|p| close(p, gv)) {
                continue;
            }
            value.correct += 1;
            let gu = g["unit"].as_str().unwrap_or("dimensionless");
            if quantulum_unit_ok(q, gv, gu) {
                unit.correct += 1;
            }
        }
    }
    Ok(Some(vec![
        value.figure("value F1 (as written)", 0.85),
        unit.figure("value + unit F1 (as written)", 0.75),
    ]))
}

/// One expected figure of the seed article.
struct Expect {
    text: &'static str,
    kind: Kind,
    value: Option<f64>,
    unit: Option<&'static str>,
    measured: Option<&'static str>,
    subject: Option<&'static str>,
}

const fn ex(
    text: &'static str,
    kind: Kind,
    value: Option<f64>,
    unit: Option<&'static str>,
    measured: Option<&'static str>,
    subject: Option<&'static str>,
) -> Expect {
    Expect {
        text,
        kind,
        value,
        unit,
        measured,
        subject,
    }
}

/// The figures of the seed article a reader would note, with what they
/// measure and whom they are about (`None` fields are not checked).
const SEED: &[Expect] = &[
    ex("April 2025", Kind::Date, None, None, None, None),
    ex(
        "more than 250",
        Kind::Count,
        Some(250.0),
        None,
        Some("migrants"),
        Some("Nayib Bukele"),
    ),
    ex(
        "one year",
        Kind::Duration,
        Some(1.0),
        Some("year"),
        None,
        None,
    ),
    ex(
        "US$6 million",
        Kind::Money,
        Some(6e6),
        Some("USD"),
        None,
        Some("El Salvador"),
    ),
    ex(
        "$15 million",
        Kind::Money,
        Some(15e6),
        Some("USD"),
        Some("fund"),
        None,
    ),
    ex(
        "25",
        Kind::Count,
        Some(25.0),
        None,
        Some("jails"),
        Some("El Salvador"),
    ),
    ex(
        "30 percent",
        Kind::Percent,
        Some(30.0),
        Some("percent"),
        Some("salvadoran prisoners"),
        Some("CECOT"),
    ),
    ex(
        "40,000",
        Kind::Count,
        Some(40000.0),
        None,
        Some("inmates"),
        Some("CECOT"),
    ),
    ex("2024", Kind::Date, Some(2024.0), None, None, None),
    ex(
        "just 1.9 per 100,000 inhabitants",
        Kind::Rate,
        Some(1.9),
        Some("per_100k"),
        Some("homicide rate"),
        Some("El Salvador"),
    ),
    ex(
        "sixth",
        Kind::Ordinal,
        Some(6.0),
        None,
        Some("year"),
        Some("Bukele"),
    ),
    ex(
        "85.2 percent",
        Kind::Percent,
        Some(85.2),
        Some("percent"),
        Some("approval rating"),
        Some("Bukele"),
    ),
    ex(
        "614 prisoners per 100,000 inhabitants",
        Kind::Rate,
        Some(614.0),
        Some("per_100k"),
        Some("prisoners"),
        Some("United States"),
    ),
    ex(
        "fifth",
        Kind::Ordinal,
        Some(5.0),
        None,
        None,
        Some("United States"),
    ),
    ex(
        "1,659",
        Kind::Rate,
        Some(1659.0),
        Some("per_100k"),
        Some("prisoners"),
        Some("El Salvador"),
    ),
    ex(
        "794",
        Kind::Rate,
        Some(794.0),
        Some("per_100k"),
        Some("prisoners"),
        Some("Cuba"),
    ),
    ex(
        "620",
        Kind::Rate,
        Some(620.0),
        Some("per_100k"),
        Some("prisoners"),
        Some("Rwanda"),
    ),
    ex(
        "576",
        Kind::Rate,
        Some(576.0),
        Some("per_100k"),
        Some("prisoners"),
        Some("Turkmenistan"),
    ),
    ex(
        "million-dollar",
        Kind::Money,
        Some(1e6),
        Some("USD"),
        Some("contracts"),
        Some("Trump"),
    ),
    ex("2021", Kind::Date, Some(2021.0), None, None, None),
    ex("June 2025", Kind::Date, None, None, None, None),
    ex(
        "250",
        Kind::Count,
        Some(250.0),
        None,
        Some("migrants"),
        None,
    ),
];

fn seed(shared: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some((_, text)) = shared.seed() else {
        return Ok(None);
    };
    let sentences = factsift_segment::segment(&text, factsift_core::language::Language::En, &[]);
    let qs =
        factsift_numbers::extract_sentences(&text, sentences.iter().map(|s| s.span), Language::En);
    let mut ok = 0;
    let mut misses = Vec::new();
    for e in SEED {
        let hit = qs
            .iter()
            .find(|q| text.get(q.span.start..q.span.end) == Some(e.text) && q.kind == e.kind);
        let good = hit.is_some_and(|q| {
            e.value.is_none_or(|v| q.value.is_some_and(|p| close(p, v)))
                && e.unit.is_none_or(|u| q.unit.as_deref() == Some(u))
                && e.measured.is_none_or(|m| q.measured.as_deref() == Some(m))
                && e.subject.is_none_or(|s| q.subject.as_deref() == Some(s))
        });
        if good {
            ok += 1;
        } else {
            misses.push(match hit {
                Some(q) => format!(
                    "{} → {:?}/{:?}/{:?}/{:?}",
                    e.text, q.value, q.unit, q.measured, q.subject
                ),
                None => format!("{} (not found)", e.text),
            });
        }
    }
    let detail = if misses.is_empty() {
        format!("{ok}/{}", SEED.len())
    } else {
        format!("{ok}/{}; missed: {}", SEED.len(), misses.join("; "))
    };
    Ok(Some(vec![
        Figure::with_target(
            "seed figures with value, unit, measured, subject",
            ratio(ok, SEED.len()),
            1.0,
            detail,
        ),
        Figure::info(
            "quantities found in the seed",
            qs.len() as f64,
            String::new(),
        ),
    ]))
}
