//! Reads what the comparison needs from the runs' tables: entity mentions,
//! the figures' subject keys, claims, the figures of chosen claims and the
//! text of chosen sentences. Each read is one lazy scan that keeps only the
//! columns (and, where a key list is given, the rows) it needs.

use factsift_dataset::schema::{claims, col, entities, quantities, sentences};
use std::collections::{HashMap, HashSet};

use polars::prelude::*;

use super::align::{ClaimRow, Figure, Scored};
use super::coverage::Mention;
use super::docs::Docs;
use super::facts::{self, ClaimIndex};
use super::keys::KeyMap;
use super::load::{bools, ints, string_lists, strings, CollectWith, RunSet};
use super::measured;
use super::stories::{iso_days, period_year, TextDates};

/// The figures of some claims, by quantity id.
pub(super) type FigureMap = HashMap<String, Figure>;

/// Entity mentions of every run (a document read from two runs counts once).
pub(super) fn read_mentions(runs: &RunSet, docs: &Docs) -> anyhow::Result<Vec<Mention>> {
    let df = runs.read(
        entities::TABLE,
        &[
            col::DOC_ID,
            col::SENTENCE_ID,
            col::START,
            col::ENTITY_KEY,
            col::CANONICAL_NAME,
            col::LABEL,
        ],
    )?;
    let doc_id = strings(&df, col::DOC_ID);
    let sentence = ints(&df, col::SENTENCE_ID);
    let start = ints(&df, col::START);
    let key = strings(&df, col::ENTITY_KEY);
    let name = strings(&df, col::CANONICAL_NAME);
    let label = strings(&df, col::LABEL);
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(df.height());
    for i in 0..df.height() {
        let (Some(d), Some(k)) = (doc_id[i].as_deref(), key[i].clone()) else {
            continue;
        };
        let Some(doc) = docs.position(d) else {
            continue;
        };
        // the same document read from two runs counts once
        if !seen.insert((doc, start[i], k.clone())) {
            continue;
        }
        out.push(Mention {
            doc,
            sentence_id: sentence[i].unwrap_or(0),
            start: start[i].unwrap_or(0),
            entity_key: k,
            canonical_name: name[i].clone().unwrap_or_default(),
            label: label[i].clone().unwrap_or_default(),
        });
    }
    Ok(out)
}

/// The subject keys of each document's figures (places and names the
/// numbers stage attached even when no NER model ran).
pub(super) fn read_subject_keys(
    runs: &RunSet,
    docs: &Docs,
) -> anyhow::Result<Vec<(usize, String)>> {
    let Some(scan) = runs.scan(quantities::TABLE, &[col::DOC_ID, quantities::SUBJECT_KEY])? else {
        return Ok(Vec::new());
    };
    let df = scan
        .filter(col(quantities::SUBJECT_KEY).is_not_null())
        .unique_generic(None, UniqueKeepStrategy::Any)
        .collect_with("reading the figures' subjects")?;
    let doc_id = strings(&df, col::DOC_ID);
    let key = strings(&df, quantities::SUBJECT_KEY);
    let mut out: Vec<(usize, String)> = doc_id
        .into_iter()
        .zip(key)
        .filter_map(|(d, k)| Some((docs.position(d.as_deref()?)?, k?)))
        .collect();
    out.sort();
    Ok(out)
}

/// The dates written in each document's text (see [`TextDates`]): the
/// first full date (the `period` of its earliest `date` figure that names a
/// day) and the latest year any `date` figure names.
pub(super) fn read_text_dates(runs: &RunSet, docs: &Docs) -> anyhow::Result<Vec<TextDates>> {
    let mut first: Vec<Option<(i64, i64)>> = vec![None; docs.list.len()];
    let mut out = vec![TextDates::default(); docs.list.len()];
    let Some(scan) = runs.scan(
        quantities::TABLE,
        &[col::DOC_ID, col::START, col::KIND, quantities::PERIOD],
    )?
    else {
        return Ok(out);
    };
    let df = scan
        .filter(
            col(col::KIND)
                .eq(lit("date"))
                .and(col(quantities::PERIOD).is_not_null()),
        )
        .select([col(col::DOC_ID), col(col::START), col(quantities::PERIOD)])
        .collect_with("reading the dates in the texts")?;
    let doc_id = strings(&df, col::DOC_ID);
    let start = ints(&df, col::START);
    let period = strings(&df, quantities::PERIOD);
    for i in 0..df.height() {
        let (Some(d), Some(p)) = (doc_id[i].as_deref(), period[i].as_deref()) else {
            continue;
        };
        let Some(doc) = docs.position(d) else {
            continue;
        };
        if let Some(year) = period_year(p) {
            let latest = &mut out[doc].latest_year;
            *latest = Some(latest.map_or(year, |y| y.max(year)));
        }
        let Some(day) = iso_days(p) else {
            continue;
        };
        let at = start[i].unwrap_or(i64::MAX);
        if first[doc].is_none_or(|(s, _)| at < s) {
            first[doc] = Some((at, day));
        }
    }
    for (dates, f) in out.iter_mut().zip(first) {
        dates.first_day = f.map(|(_, day)| day);
    }
    Ok(out)
}

/// The claims of every run, each `claim_id` once, with reconciled keys.
pub(super) fn read_claims(
    runs: &RunSet,
    docs: &Docs,
    keys: &KeyMap,
) -> anyhow::Result<Vec<ClaimRow>> {
    let df = runs.read(
        claims::TABLE,
        &[
            claims::CLAIM_ID,
            col::DOC_ID,
            col::SENTENCE_ID,
            col::START,
            col::TEXT,
            claims::SPEAKER,
            claims::SPEAKER_KEY,
            claims::HEDGED,
            claims::HEDGE_CUE,
            claims::NEGATED,
            claims::ENTITY_KEYS,
            claims::QUANTITY_IDS,
        ],
    )?;
    Ok(claim_rows(&df, docs, keys))
}

fn claim_rows(df: &DataFrame, docs: &Docs, keys: &KeyMap) -> Vec<ClaimRow> {
    let claim_id = strings(df, claims::CLAIM_ID);
    let doc_id = strings(df, col::DOC_ID);
    let sentence = ints(df, col::SENTENCE_ID);
    let start = ints(df, col::START);
    let text = strings(df, col::TEXT);
    let speaker = strings(df, claims::SPEAKER);
    let speaker_key = strings(df, claims::SPEAKER_KEY);
    let hedged = bools(df, claims::HEDGED);
    let hedge_cue = strings(df, claims::HEDGE_CUE);
    let negated = bools(df, claims::NEGATED);
    let entity_keys = string_lists(df, claims::ENTITY_KEYS);
    let quantity_ids = string_lists(df, claims::QUANTITY_IDS);
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for i in 0..df.height() {
        let (Some(id), Some(d), Some(t)) = (&claim_id[i], &doc_id[i], &text[i]) else {
            continue;
        };
        let Some(doc) = docs.position(d) else {
            continue;
        };
        if !seen.insert(id.clone()) {
            continue;
        }
        let mut ek: Vec<String> = entity_keys[i]
            .iter()
            .map(|k| keys.resolve(k).to_string())
            .collect();
        ek.sort();
        ek.dedup();
        out.push(ClaimRow {
            claim_id: id.clone(),
            doc,
            sentence_id: sentence[i].unwrap_or(0),
            start: start[i].unwrap_or(0),
            text: t.clone(),
            speaker: speaker[i].clone(),
            speaker_key: speaker_key[i]
                .as_deref()
                .map(|k| keys.resolve(k).to_string()),
            hedged: hedged[i],
            hedge_cue: hedge_cue[i].clone(),
            negated: negated[i],
            entity_keys: ek,
            quantity_ids: quantity_ids[i].clone(),
        });
    }
    out
}

/// The figures of the aligned claims, by quantity id, with their period
/// and what they count (see [`facts::fact_kind`]; figures that state no
/// comparable fact are left out).
pub(super) fn read_figures(
    runs: &RunSet,
    claims: &[ClaimRow],
    aligned: &[Scored],
    index: &ClaimIndex<'_>,
) -> anyhow::Result<FigureMap> {
    let mut wanted: Vec<&str> = aligned
        .iter()
        .flat_map(|s| [&claims[s.a], &claims[s.b]])
        .flat_map(|c| c.quantity_ids.iter().map(String::as_str))
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    if wanted.is_empty() {
        return Ok(HashMap::new());
    }
    let Some(scan) = runs.scan(
        quantities::TABLE,
        &[
            quantities::QUANTITY_ID,
            col::KIND,
            quantities::BASE_UNIT,
            quantities::MEASURED,
            quantities::BASE_VALUE,
            quantities::BASE_VALUE_MAX,
            quantities::QUALIFIER,
            col::TEXT,
            quantities::PERIOD,
            col::START,
            col::END,
            quantities::VALUE,
        ],
    )?
    else {
        return Ok(HashMap::new());
    };
    let ids = DataFrame::new(
        wanted.len(),
        vec![Series::new(quantities::QUANTITY_ID.into(), wanted).into_column()],
    )?;
    let df = scan
        .join(
            ids.lazy(),
            [col(quantities::QUANTITY_ID)],
            [col(quantities::QUANTITY_ID)],
            JoinArgs::new(JoinType::Inner),
        )
        .filter(col(quantities::BASE_VALUE).is_not_null())
        .collect_with("reading the aligned claims' figures")?;
    let id = strings(&df, quantities::QUANTITY_ID);
    let kind = strings(&df, col::KIND);
    let unit = strings(&df, quantities::BASE_UNIT);
    let measured = strings(&df, quantities::MEASURED);
    let value = super::load::floats(&df, quantities::BASE_VALUE);
    let value_max = super::load::floats(&df, quantities::BASE_VALUE_MAX);
    let qualifier = strings(&df, quantities::QUALIFIER);
    let text = strings(&df, col::TEXT);
    let period = strings(&df, quantities::PERIOD);
    let start = ints(&df, col::START);
    let end = ints(&df, col::END);
    let written = super::load::floats(&df, quantities::VALUE);
    let mut out = HashMap::new();
    for i in 0..df.height() {
        let (Some(id), Some(kind), Some(value)) = (&id[i], &kind[i], value[i]) else {
            continue;
        };
        if matches!(kind.as_str(), "date" | "ordinal") {
            continue;
        }
        let text = text[i].clone().unwrap_or_default();
        let concept = measured[i]
            .as_deref()
            .map(measured::normalize)
            .unwrap_or_default();
        let cue = index.cue(id, start[i].unwrap_or(0), end[i].unwrap_or(0), &text);
        let Some((kind, what)) = facts::fact_kind(kind, &text, value, &concept, &cue) else {
            continue;
        };
        out.insert(
            id.clone(),
            Figure {
                quantity_id: id.clone(),
                kind,
                unit: unit[i].clone(),
                concept: what,
                value,
                value_max: value_max[i],
                qualifier: qualifier[i].clone().unwrap_or_else(|| "exact".into()),
                text,
                period: period[i].clone(),
                scope: cue.scope,
                written: written[i],
            },
        );
    }
    Ok(out)
}

/// Sentence texts for the given (doc_id, sentence_id) pairs.
pub(super) fn read_sentences<'a>(
    runs: &RunSet,
    wanted: impl Iterator<Item = (&'a str, i64)>,
) -> anyhow::Result<HashMap<(String, i64), String>> {
    let mut pairs: Vec<(&str, i64)> = wanted.collect();
    pairs.sort_unstable();
    pairs.dedup();
    if pairs.is_empty() {
        return Ok(HashMap::new());
    }
    let Some(scan) = runs.scan(
        sentences::TABLE,
        &[col::DOC_ID, col::SENTENCE_ID, col::TEXT],
    )?
    else {
        return Ok(HashMap::new());
    };
    let keys = DataFrame::new(
        pairs.len(),
        vec![
            Series::new(
                col::DOC_ID.into(),
                pairs.iter().map(|p| p.0).collect::<Vec<_>>(),
            )
            .into_column(),
            Series::new(
                col::SENTENCE_ID.into(),
                pairs.iter().map(|p| p.1).collect::<Vec<_>>(),
            )
            .into_column(),
        ],
    )?;
    let df = scan
        .with_column(col(col::SENTENCE_ID).cast(DataType::Int64))
        .join(
            keys.lazy(),
            [col(col::DOC_ID), col(col::SENTENCE_ID)],
            [col(col::DOC_ID), col(col::SENTENCE_ID)],
            JoinArgs::new(JoinType::Inner),
        )
        .collect_with("reading the figures' sentences")?;
    let doc = strings(&df, col::DOC_ID);
    let sid = ints(&df, col::SENTENCE_ID);
    let text = strings(&df, col::TEXT);
    Ok(doc
        .into_iter()
        .zip(sid)
        .zip(text)
        .filter_map(|((d, s), t)| Some(((d?, s?), t?)))
        .collect())
}
