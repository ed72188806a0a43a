//! Reading the quantities into [`Reading`]s: one lazy polars plan, the
//! facts of their claims, and the distinct readings of each source.

use super::*;

/// Columns of the `quantities` table the comparison reads.
pub(super) const COLUMNS: [&str; 17] = [
    quantities::QUANTITY_ID,
    quantities::VALUE,
    col::DOC_ID,
    col::SENTENCE_ID,
    col::TEXT,
    col::KIND,
    quantities::BASE_VALUE,
    quantities::BASE_VALUE_MAX,
    quantities::BASE_UNIT,
    quantities::QUALIFIER,
    quantities::MEASURED,
    quantities::SUBJECT_KEY,
    quantities::PERIOD,
    col::START,
    col::END,
    quantities::ROLE,
    quantities::FLAGS,
];

/// The normalized concept of every distinct `measured` phrase of the runs
/// (columns `measured`, `concept`), computed once for all chunks.
pub fn concepts(runs: &RunSet) -> anyhow::Result<DataFrame> {
    let phrases = match runs.scan(quantities::TABLE, &[quantities::MEASURED])? {
        Some(scan) => scan
            .unique_generic(None, UniqueKeepStrategy::Any)
            .collect_with("reading the measured phrases")?,
        None => DataFrame::empty(),
    };
    let phrase_list = strings(&phrases, quantities::MEASURED);
    let concepts: Vec<Option<String>> = phrase_list
        .iter()
        .map(|p| p.as_deref().map(normalize))
        .collect();
    Ok(DataFrame::new(
        phrase_list.len(),
        vec![
            Series::new(quantities::MEASURED.into(), phrase_list).into_column(),
            Series::new("concept".into(), concepts).into_column(),
        ],
    )?)
}

/// Reads the distinct readings of every comparable figure. `doc_map` has
/// `doc_id`, `story` (u32) and `source` (u32) for the documents of stories
/// with at least two sources; `concepts` comes from [`concepts`]; `claims`
/// gives each figure's [`facts::Cue`].
pub fn read(
    runs: &RunSet,
    doc_map: DataFrame,
    concepts: &DataFrame,
    keys: &KeyMap,
    claims: &ClaimIndex<'_>,
) -> anyhow::Result<Vec<Reading>> {
    let Some(scan) = runs.scan(quantities::TABLE, &COLUMNS)? else {
        return Ok(Vec::new());
    };
    let scan = if runs.runs().len() > 1 {
        scan.unique_generic(
            Some(vec![col(quantities::QUANTITY_ID)]),
            UniqueKeepStrategy::Any,
        )
    } else {
        scan
    };
    let measuring = col(quantities::BASE_VALUE)
        .is_not_null()
        .and(col(col::KIND).neq(lit("date")))
        .and(col(col::KIND).neq(lit("ordinal")));
    let rows = scan
        .filter(measuring)
        .join(
            doc_map.lazy(),
            [col(col::DOC_ID)],
            [col(col::DOC_ID)],
            JoinArgs::new(JoinType::Inner),
        )
        .join(
            concepts.clone().lazy(),
            [col(quantities::MEASURED)],
            [col(quantities::MEASURED)],
            JoinArgs::new(JoinType::Left),
        )
        .collect_with("reading the quantities")?;
    let rows = with_heading_flag(rows, runs)?;
    let readings = with_facts(rows, claims)?
        .lazy()
        .with_column(
            len()
                .over([
                    col(col::DOC_ID),
                    col(col::SENTENCE_ID),
                    col(FACT_KIND),
                    col(quantities::BASE_UNIT),
                ])?
                .alias(SIBLINGS),
        )
        // a figure's body sentence speaks for it before a headline does,
        // then document order (the joins above keep no order), so that the
        // first row of a reading is the same on every run
        .sort(
            [IN_HEADING, col::DOC_ID, col::START],
            SortMultipleOptions::default().with_maintain_order(true),
        )
        .group_by([
            col("story"),
            col(FACT_KIND),
            col(quantities::BASE_UNIT),
            col(WHAT),
            col(quantities::PERIOD),
            col(SCOPE),
            col("source"),
            col(quantities::BASE_VALUE),
            col(quantities::BASE_VALUE_MAX),
            col(quantities::QUALIFIER),
        ])
        .agg([
            len().alias("mentions"),
            // rows are in document order, body sentences before headings, so
            // the first is the earliest mention in the body
            col(col::TEXT).first(),
            col(col::DOC_ID).first(),
            col(col::SENTENCE_ID).first(),
            col(quantities::SUBJECT_KEY).drop_nulls().first(),
            col(quantities::MEASURED).drop_nulls().first(),
            col(WEEKDAY).drop_nulls().first(),
            col(col::START).min().alias("first_start"),
            col(IN_HEADING)
                .cast(DataType::Int32)
                .min()
                .alias(ONLY_IN_HEADINGS),
            col(quantities::QUANTITY_ID).alias(QUANTITY_IDS),
            col(quantities::VALUE).first(),
            col(quantities::ROLE).first(),
            col(SIBLINGS).max(),
        ])
        .collect_with("grouping the quantities")?;
    let mut readings = to_readings(&readings, keys);
    // a group-by yields its groups in no set order: sorted, the statistics
    // and their ids are the same on every run
    readings.sort_by(|a, b| {
        (&a.key, a.source, &a.doc_id, a.first_start, &a.qualifier)
            .cmp(&(&b.key, b.source, &b.doc_id, b.first_start, &b.qualifier))
            .then(a.value.total_cmp(&b.value))
    });
    Ok(readings)
}

/// Column saying a figure's sentence is a heading (a headline, a
/// subhead): a reading shows its earliest mention outside headings, whose
/// words rarely say what the figure counts ("4.6 quake rattles county").
pub(super) const IN_HEADING: &str = "in_heading";

/// Column saying all of a reading's mentions are in headings (1) or not (0).
pub(super) const ONLY_IN_HEADINGS: &str = "only_in_headings";

/// Adds [`IN_HEADING`] to the quantity rows from the runs' `sentences`
/// table (false when the table has no kinds).
pub(super) fn with_heading_flag(rows: DataFrame, runs: &RunSet) -> anyhow::Result<DataFrame> {
    let wide_id = || col(col::SENTENCE_ID).cast(DataType::Int64);
    let rows = rows.lazy().with_column(wide_id());
    let columns = [col::DOC_ID, col::SENTENCE_ID, col::KIND];
    let Some(scan) = runs.scan(sentences::TABLE, &columns)? else {
        return Ok(rows.with_column(lit(false).alias(IN_HEADING)).collect()?);
    };
    let headings = scan
        .filter(col(col::KIND).eq(lit("heading")))
        .select([col(col::DOC_ID), wide_id()])
        .unique(None, UniqueKeepStrategy::Any)
        .with_column(lit(true).alias(IN_HEADING));
    let key = [col(col::DOC_ID), col(col::SENTENCE_ID)];
    // the rows stay in document order, which picks each reading's mention
    let in_order = JoinArgs {
        maintain_order: MaintainOrderJoin::Left,
        ..JoinArgs::new(JoinType::Left)
    };
    rows.join(headings, key.clone(), key, in_order)
        .with_column(col(IN_HEADING).fill_null(lit(false)))
        .collect_with("marking the figures in headings")
}

/// Column of the kind a figure is compared as.
pub(super) const FACT_KIND: &str = "fact_kind";
/// Column of what a figure counts (its event, else its concept).
pub(super) const WHAT: &str = "what";
/// Column of a figure's scope.
pub(super) const SCOPE: &str = "scope";
/// Column of the day of the week a figure's claim names.
pub(super) const WEEKDAY: &str = "weekday";
/// Column of the quantity ids of a reading.
pub(super) const QUANTITY_IDS: &str = "quantity_ids";
/// Column of how many figures of a reading's kind and unit its sentence holds.
pub(super) const SIBLINGS: &str = "siblings";

/// Figures of one kind and unit in one sentence that make it a list
/// ("59% of calls with one country, 44% with another, 55% with a third"):
/// which of them the words around one apply to is unsure, so none of them
/// joins its key's group or is disputed by its key alone (see
/// [`Reading::listed`], [`Links::same_key`]).
pub const LIST_SIZE: usize = 3;

/// Adds each quantity's [`FACT_KIND`], [`WHAT`] and [`SCOPE`] (from its
/// claim's words, see [`facts::Cue`]) and drops the figures that state no
/// comparable fact (years, numbers in names, bare numbers with nothing
/// counted, bounds their clause denies, conversions of the figure before
/// them: outlets convert at their own rates, into their own currency; the
/// sides of a width × height pair).
pub(super) fn with_facts(rows: DataFrame, claims: &ClaimIndex<'_>) -> anyhow::Result<DataFrame> {
    let id = strings(&rows, quantities::QUANTITY_ID);
    let start = ints(&rows, col::START);
    let end = ints(&rows, col::END);
    let text = strings(&rows, col::TEXT);
    let kind = strings(&rows, col::KIND);
    let value = floats(&rows, quantities::BASE_VALUE);
    let concept = strings(&rows, "concept");
    let qualifier = strings(&rows, quantities::QUALIFIER);
    let flags = strings(&rows, quantities::FLAGS);
    let unit = strings(&rows, quantities::BASE_UNIT);
    let mut fact_kind: Vec<Option<String>> = Vec::with_capacity(rows.height());
    let mut what: Vec<Option<String>> = Vec::with_capacity(rows.height());
    let mut scope: Vec<Option<String>> = Vec::with_capacity(rows.height());
    let mut weekday: Vec<Option<String>> = Vec::with_capacity(rows.height());
    for i in 0..rows.height() {
        let text = text[i].as_deref().unwrap_or_default();
        let cue = claims.cue(
            id[i].as_deref().unwrap_or_default(),
            start[i].unwrap_or(0),
            end[i].unwrap_or(0),
            text,
        );
        let denied = facts::denied_bound(&cue, qualifier[i].as_deref().unwrap_or_default());
        let fact = facts::fact_kind(
            kind[i].as_deref().unwrap_or_default(),
            text,
            value[i].unwrap_or(f64::NAN),
            concept[i].as_deref().unwrap_or_default(),
            &cue,
        )
        .filter(|_| !denied && !restates_or_sizes(flags[i].as_deref()))
        .map(|(k, w)| {
            let w = facts::what_its_unit_measures(&k, w, unit[i].as_deref());
            (k, w)
        });
        let (k, w) = fact.unzip();
        fact_kind.push(k);
        what.push(w);
        scope.push(cue.scope);
        weekday.push(cue.weekday);
    }
    let mut rows = ages_in_years(rows, &fact_kind)?;
    rows.with_column(Series::new(FACT_KIND.into(), fact_kind).into_column())?;
    rows.with_column(Series::new(WHAT.into(), what).into_column())?;
    rows.with_column(Series::new(SCOPE.into(), scope).into_column())?;
    rows.with_column(Series::new(WEEKDAY.into(), weekday).into_column())?;
    rows.lazy()
        .filter(col(FACT_KIND).is_not_null())
        .collect_with("keeping the facts")
}

/// True when a quantity's `flags` (comma-separated names) mark it as no
/// figure of its own: a conversion of the figure before it ("85 million
/// euros ($108 million)"), or one side of a width × height pair ("2880 by
/// 1800 pixels": the width is no rival of the height).
pub(super) fn restates_or_sizes(flags: Option<&str>) -> bool {
    flags.is_some_and(|f| {
        f.split(',')
            .any(|name| name == "conversion" || name == "dimensions")
    })
}

/// Rewrites the durations that `fact_kind` (one per row) reads as ages, and
/// the numbers stage's ages ("a 59-year-old", already in years), as plain
/// numbers of years, as ages written as numbers are ("Chohan, 59,"): base
/// value and its maximum in years, no base unit.
pub(super) fn ages_in_years(
    rows: DataFrame,
    fact_kind: &[Option<String>],
) -> anyhow::Result<DataFrame> {
    let kind = strings(&rows, col::KIND);
    let age = |f: &Option<String>| f.as_deref() == Some("age");
    // durations read as ages are in seconds; the numbers stage's ages are
    // already in years
    let in_seconds: Vec<bool> = kind
        .iter()
        .zip(fact_kind)
        .map(|(k, f)| k.as_deref() == Some("duration") && age(f))
        .collect();
    let aged: Vec<bool> = kind
        .iter()
        .zip(fact_kind)
        .map(|(k, f)| matches!(k.as_deref(), Some("duration" | "age")) && age(f))
        .collect();
    if !aged.contains(&true) {
        return Ok(rows);
    }
    let in_years = |name: &str| {
        floats(&rows, name)
            .into_iter()
            .zip(&in_seconds)
            .map(|(v, &s)| if s { v.map(facts::years_of_age) } else { v })
            .collect::<Vec<_>>()
    };
    let value = in_years(quantities::BASE_VALUE);
    let value_max = in_years(quantities::BASE_VALUE_MAX);
    let unit: Vec<Option<String>> = strings(&rows, quantities::BASE_UNIT)
        .into_iter()
        .zip(&aged)
        .map(|(u, &a)| if a { None } else { u })
        .collect();
    let mut rows = rows;
    rows.with_column(Series::new(quantities::BASE_VALUE.into(), value).into_column())?;
    rows.with_column(Series::new(quantities::BASE_VALUE_MAX.into(), value_max).into_column())?;
    rows.with_column(Series::new(quantities::BASE_UNIT.into(), unit).into_column())?;
    Ok(rows)
}

/// The period a figure of fact kind `kind` counting `what` is grouped
/// under: none for an age or a count of someone's children, whose
/// sentence's date ("shot in Oct. 2011", "a 2013 Camry") is the event's, not
/// a second age or family; else the figure's `period`.
pub(super) fn key_period(kind: Option<&str>, what: &str, period: Option<String>) -> Option<String> {
    if kind == Some("age") || facts::is_offspring(what) {
        None
    } else {
        period
    }
}

/// A figure's scope, save the part of a price paid in cash or in stock
/// (see [`facts::is_payment_part`]) when its sentence gives no other sum of
/// its kind (`siblings`, counting itself): "received $300,000 in cash" is
/// the whole sum, "$281m in cash and $53m in stock" two parts of one.
pub(super) fn sole_sum_scope(scope: Option<String>, siblings: Option<i64>) -> Option<String> {
    let alone = siblings.is_none_or(|n| n <= 1);
    scope.filter(|s| !(alone && facts::is_payment_part(s)))
}

pub(super) fn to_readings(df: &DataFrame, keys: &KeyMap) -> Vec<Reading> {
    // numbers are small: read them into vectors; text is read in place
    let story = ints(df, "story");
    let source = ints(df, "source");
    let value = floats(df, quantities::BASE_VALUE);
    let value_max = floats(df, quantities::BASE_VALUE_MAX);
    let mentions = ints(df, "mentions");
    let sentence_id = ints(df, "sentence_id");
    let first_start = ints(df, "first_start");
    let in_heading = ints(df, ONLY_IN_HEADINGS);
    let quantity_ids = string_lists(df, QUANTITY_IDS);
    let written = floats(df, quantities::VALUE);
    let siblings = ints(df, SIBLINGS);
    let text_col = |name: &str| df.column(name).ok().and_then(|c| c.str().ok().cloned());
    let [kind, unit, what, period, scope, qualifier, text, doc_id, subject, measured, role, weekday] =
        [
            FACT_KIND,
            quantities::BASE_UNIT,
            WHAT,
            quantities::PERIOD,
            SCOPE,
            quantities::QUALIFIER,
            col::TEXT,
            col::DOC_ID,
            quantities::SUBJECT_KEY,
            quantities::MEASURED,
            quantities::ROLE,
            WEEKDAY,
        ]
        .map(text_col);
    let get = |col: &Option<StringChunked>, i: usize| -> Option<String> {
        col.as_ref().and_then(|c| c.get(i)).map(str::to_string)
    };
    let mut out = Vec::with_capacity(df.height());
    for (i, ids) in quantity_ids.into_iter().enumerate() {
        let (Some(story), Some(source), Some(value)) = (story[i], source[i], value[i]) else {
            continue;
        };
        let key = GroupKey {
            story: story as u32,
            kind: get(&kind, i).unwrap_or_default(),
            unit: get(&unit, i),
            what: get(&what, i).unwrap_or_default(),
            scope: sole_sum_scope(get(&scope, i), siblings[i]),
        };
        let dated = get(&period, i);
        let period = key_period(Some(key.kind.as_str()), &key.what, dated.clone());
        out.push(
            Reading {
                key,
                period,
                dated,
                source: source as u32,
                value,
                value_max: value_max[i],
                qualifier: get(&qualifier, i).unwrap_or_else(|| "exact".into()),
                mentions: mentions[i].unwrap_or(1).max(1) as usize,
                text: get(&text, i).unwrap_or_default(),
                doc_id: get(&doc_id, i).unwrap_or_default(),
                sentence_id: sentence_id[i].unwrap_or(0),
                subject_key: subject
                    .as_ref()
                    .and_then(|c| c.get(i))
                    .map(|k| keys.resolve(k).to_string()),
                measured: get(&measured, i),
                weekday: get(&weekday, i),
                first_start: first_start[i].unwrap_or(0),
                in_heading: in_heading[i] == Some(1),
                range: Interval {
                    low: 0.0,
                    high: 0.0,
                },
                quantity_ids: ids,
                written: written[i],
                role: get(&role, i),
                siblings: siblings[i].map_or(1, |n| n.max(1) as usize),
            }
            .with_range(),
        );
    }
    out
}
