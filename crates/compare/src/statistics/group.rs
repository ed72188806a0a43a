//! Grouping readings into statistics: the keys they share, the links that
//! join their groups, and the split of each group by period and by value.

use super::*;

/// Groups readings into statistics. `merges` are pairs of figures (by
/// `quantity_id`) that similar claims show to be one fact: their groups are
/// merged ("migrants" and "deportees"). `evidence` is what is sure enough
/// to make a dispute: only it may join different figures (see
/// [`split_by_value`]). `sources` names the source indices;
/// `stories` names the story indices. The figures' `sentence` is left
/// empty for the caller to fill from `sentence_id`.
pub fn group(
    readings: Vec<Reading>,
    merges: &[(String, String)],
    evidence: &Evidence<'_>,
    sources: &[String],
    stories: &[String],
) -> Vec<StatGroup> {
    let mut readings = readings;
    fold_whats(&mut readings);
    let large_stories = stories_hiding_sisters(&readings);
    date_by_document(&mut readings, &large_stories);
    let slots = key_slots(&readings);
    let mut comps = Components::new(readings.len());
    let reading_of: HashMap<&str, usize> = readings
        .iter()
        .enumerate()
        .flat_map(|(i, r)| r.quantity_ids.iter().map(move |q| (q.as_str(), i)))
        .collect();
    let restated = restated(&readings);
    let echoed = echoed(&readings);
    for (x, y) in the_one_named(&readings) {
        comps.union(slots[x], slots[y]);
    }
    let linked = merges
        .iter()
        .filter_map(|(a, b)| Some((*reading_of.get(a.as_str())?, *reading_of.get(b.as_str())?)));
    for (x, y) in linked.chain(restated).chain(echoed) {
        // a season's figure never joins a game's, nor 2012's 2013's
        let (kx, ky) = (&readings[x].key, &readings[y].key);
        if periods_fit(&readings[x].period, &readings[y].period)
            && kx.scope == ky.scope
            && !facts::ages_of_two_people(&kx.what, &ky.what)
        {
            comps.union(slots[x], slots[y]);
        }
    }
    drop(reading_of);
    let nodes: Vec<usize> = slots.iter().map(|&slot| comps.find(slot)).collect();
    let links = Links::new(
        evidence,
        Corroboration::new(&readings, &nodes, large_stories),
    );
    let mut groups: BTreeMap<usize, Vec<Reading>> = BTreeMap::new();
    for (r, slot) in readings.into_iter().zip(slots) {
        groups.entry(comps.find(slot)).or_default().push(r);
    }
    let mut out = Vec::new();
    for (_, members) in groups {
        for part in split_by_period(members) {
            for fact in split_by_value(part, &links) {
                out.push(summarize(fact, sources, stories));
            }
        }
    }
    out
}

/// Gives each reading whose claim names no day of the week the day its
/// document names most ("The temblor struck 26 miles north of Santa Rosa"
/// in an article whose lead says "on Thursday"), when one day leads: the
/// day an article tells of is its event's, so that its figures are not
/// disputed against those of a sister event another day (see
/// [`on_two_days`]). Only in a story large enough to hide a sister event
/// ([`SISTER_STORY_ARTICLES`]): a small story's articles, written on two
/// days, tell one event.
pub(super) fn date_by_document(readings: &mut [Reading], large_stories: &HashSet<u32>) {
    let mut days: HashMap<&str, BTreeMap<&str, usize>> = HashMap::new();
    for r in readings.iter() {
        if let Some(day) = &r.weekday {
            *days.entry(&r.doc_id).or_default().entry(day).or_default() += r.mentions;
        }
    }
    let lead: HashMap<String, String> = days
        .into_iter()
        .filter_map(|(doc, counts)| {
            let most = counts.values().copied().max()?;
            let mut leading = counts.iter().filter(|(_, &n)| n == most);
            match (leading.next(), leading.next()) {
                (Some((day, _)), None) => Some((doc.to_string(), day.to_string())),
                _ => None,
            }
        })
        .collect();
    let undated = readings
        .iter_mut()
        .filter(|r| r.weekday.is_none() && large_stories.contains(&r.key.story));
    for r in undated {
        r.weekday = lead.get(&r.doc_id).cloned();
    }
}

/// Renames what each reading counts to the shorter name its story uses for
/// it among figures of one kind, unit and scope ("separate undersea
/// cables" and "undersea cables" to "cables"; see
/// [`measured::fold_onto_heads`]). Verbs and ages keep their names: "age
/// of Jeffs" is no kind of "Jeffs".
pub(super) fn fold_whats(readings: &mut [Reading]) {
    let foldable = |r: &Reading| {
        let what = r.key.what.as_str();
        !what.is_empty() && !facts::is_event(what) && !facts::is_age(what)
    };
    type Slice<'a> = (u32, &'a str, Option<&'a str>, Option<&'a str>);
    let mut slices: HashMap<Slice<'_>, Vec<usize>> = HashMap::new();
    for (i, r) in readings.iter().enumerate().filter(|(_, r)| foldable(r)) {
        let k = &r.key;
        let slice = (
            k.story,
            k.kind.as_str(),
            k.unit.as_deref(),
            k.scope.as_deref(),
        );
        slices.entry(slice).or_default().push(i);
    }
    let mut renames: Vec<(usize, String)> = Vec::new();
    for members in slices.values() {
        let what = |i: usize| readings[i].key.what.as_str();
        let set: BTreeSet<&str> = members.iter().map(|&i| what(i)).collect();
        let heads = measured::fold_onto_heads(&set);
        renames.extend(
            members
                .iter()
                .filter_map(|&i| heads.get(what(i)).map(|head| (i, head.clone()))),
        );
    }
    for (i, head) in renames {
        readings[i].key.what = head;
    }
}

/// Pairs of readings (indices) where a figure that names nothing it counts
/// is the figure of the one name its story gives that value under: an age
/// that names nobody ("the 28-year-old") and the one person of the story
/// named at that age ("Teixeira, 28,"), or a sum of money (or another
/// precise figure) that names nothing ("($9.3 million)", "received $300,000
/// in cash") and the one key of its kind, unit and scope stating it ("$9.3m
/// in funding", "$300,000 in payoffs"). When two names share the value ("Teixeira, 28,"
/// and "Sabathia, 28,"), the unnamed figure may be either's and stays apart.
pub(super) fn the_one_named(readings: &[Reading]) -> Vec<(usize, usize)> {
    type Slice<'a> = (u32, &'a str, Option<&'a str>, Option<&'a str>, u64);
    fn slice(r: &Reading) -> Slice<'_> {
        let k = &r.key;
        (
            k.story,
            &k.kind,
            k.unit.as_deref(),
            k.scope.as_deref(),
            r.value.to_bits(),
        )
    }
    let unnamed = |r: &Reading| {
        let age = r.key.kind == "age" && facts::is_unnamed_age(&r.key.what);
        let sum = r.key.what.is_empty() && !r.lone_unit() && r.seldom_repeats();
        r.value_max.is_none() && (age || sum)
    };
    // each value's names (one reading each)
    let mut named: HashMap<Slice<'_>, BTreeMap<&str, usize>> = HashMap::new();
    for (i, r) in readings.iter().enumerate() {
        if r.value_max.is_none() && r.names_its_fact() {
            named
                .entry(slice(r))
                .or_default()
                .entry(&r.key.what)
                .or_insert(i);
        }
    }
    readings
        .iter()
        .enumerate()
        .filter(|(_, r)| unnamed(r))
        .filter_map(|(i, r)| {
            let names = named.get(&slice(r))?;
            let only = (names.len() == 1).then(|| names.values().next())??;
            Some((i, *only))
        })
        .collect()
}

/// Each reading's node for grouping: readings of one key share a node, but
/// readings that name nothing they count (an empty `what`) or nobody whose
/// age they are (see [`the_one_named`]), or that are one figure of
/// a list whose words may name another ([`Reading::listed`]), share one
/// only with the same value ("US$6 million" and "$6m"), so that
/// different figures of theirs join only through linked claims, never by
/// their key alone. A listed figure still joins its key's node when a
/// figure outside a list gives the same value. A [`Reading::lone_unit`]
/// has a node of its own.
pub(super) fn key_slots(readings: &[Reading]) -> Vec<usize> {
    let mut ids: HashMap<(&GroupKey, Option<u64>), usize> = HashMap::new();
    // the values a key's figures outside lists give: a listed figure of the
    // same value joins them
    let stated: HashSet<(&GroupKey, u64)> = readings
        .iter()
        .filter(|r| !r.key.what.is_empty() && !r.listed())
        .map(|r| (&r.key, r.value.to_bits()))
        .collect();
    readings
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if r.lone_unit() {
                return i;
            }
            let bits = r.value.to_bits();
            let listed_alone = r.listed() && !stated.contains(&(&r.key, bits));
            let by_value = r.key.what.is_empty() || facts::is_unnamed_age(&r.key.what);
            let value = (by_value || listed_alone).then_some(bits);
            *ids.entry((&r.key, value)).or_insert(i)
        })
        .collect()
}

/// True when a reading's figure says enough to be disputed by its key
/// alone: [`precise`], or a span of time ("served five months" and "served
/// four months"), whose unit and verb say more than a small count does
/// ("two women" and "one woman" are often two facts).
pub(super) fn specific(r: &Reading) -> bool {
    precise(r) || r.key.kind == "duration"
}

/// True when a reading's figure is [`crate::interval::precise`].
pub(super) fn precise(r: &Reading) -> bool {
    crate::interval::precise(&r.text, r.value, r.written)
}

/// Pairs each reading (by index) with the first one before it of the
/// same `id` when `pair` accepts them; readings without an id pair with
/// none.
pub(super) fn pairs_with_first<'a, K: std::hash::Hash + Eq>(
    readings: &'a [Reading],
    id: impl Fn(&'a Reading) -> Option<K>,
    pair: impl Fn(&Reading, &Reading) -> bool,
) -> Vec<(usize, usize)> {
    let mut first: HashMap<K, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, r) in readings.iter().enumerate() {
        let Some(id) = id(r) else {
            continue;
        };
        match first.get(&id) {
            Some(&j) if pair(&readings[j], r) => out.push((j, i)),
            Some(_) => {}
            None => {
                first.insert(id, i);
            }
        }
    }
    out
}

/// Pairs of readings (indices) that one document states twice under two
/// keys with the same precise figure (two or more significant digits, as
/// "261 deportees" in a headline and "deported 261 people" below it): the
/// document tells one fact twice, so the keys name one fact.
pub(super) fn restated(readings: &[Reading]) -> Vec<(usize, usize)> {
    pairs_with_first(readings, restated_id, |a, b| a.key != b.key)
}

/// What [`restated`] pairs readings by: document, kind, unit and value of
/// a precise figure that names what it counts.
pub(super) fn restated_id(r: &Reading) -> Option<(&str, &str, Option<&str>, u64)> {
    (!r.key.what.is_empty() && precise(r)).then(|| {
        (
            r.doc_id.as_str(),
            r.key.kind.as_str(),
            r.key.unit.as_deref(),
            r.value.to_bits(),
        )
    })
}

/// Pairs of readings (indices) that two documents of one story state with
/// the same precise figure of one kind, unit and scope under two names
/// ("33 homers" and "33 home runs", "a 10-year contract" and "a 10-year
/// deal"): outlets name one fact in their own words, and a precise figure
/// seldom repeats for another fact of the story. Outcomes stay apart
/// ("killed 12" is not "injured 12"), as do ages (two people may be of one
/// age) and figures of a list, whose words may name another figure.
pub(super) fn echoed(readings: &[Reading]) -> Vec<(usize, usize)> {
    pairs_with_first(readings, echo_id, |a, b| a.doc_id != b.doc_id)
}

/// What [`echoed`] pairs readings by: story, kind, unit, scope, the
/// outcome counted (if any) and value of a precise figure that is no age,
/// range or listed figure.
pub(super) type EchoId<'a> = (u32, &'a str, Option<&'a str>, Option<&'a str>, &'a str, u64);

/// The [`EchoId`] of a reading, when it may echo another.
pub(super) fn echo_id(r: &Reading) -> Option<EchoId<'_>> {
    let echoes = r.key.kind != "age" && !r.listed() && r.value_max.is_none() && precise(r);
    let outcome = facts::is_event(&r.key.what) || facts::is_offspring(&r.key.what);
    echoes.then(|| {
        (
            r.key.story,
            r.key.kind.as_str(),
            r.key.unit.as_deref(),
            r.key.scope.as_deref(),
            if outcome { r.key.what.as_str() } else { "" },
            r.value.to_bits(),
        )
    })
}

/// Splits a group into the facts its figures state. Figures whose ranges
/// all overlap one another state one fact and agree; two such sets are one
/// disputed fact only when aligned claims of two sources link a figure of
/// each, or two directly linked documents give the only figure of their
/// source under one specific key (see [`Links::same_key`]). Without that
/// evidence, different figures are taken for different
/// facts (a game's and a season's, this raid's and the total) rather than
/// raised as a dispute. Ages that name nobody ("a 12-year-old", "his
/// 14-year-old wife") are often two people's, so they never make one.
pub(super) fn split_by_value(members: Vec<Reading>, links: &Links<'_>) -> Vec<Vec<Reading>> {
    let parts = subject_parts(&members);
    // the figures that agree with the most others seed the sets
    let fits = |r: &Reading| members.iter().filter(|m| m.compatible(r)).count();
    let mut order: Vec<(usize, usize)> = members.iter().map(fits).zip(0..).collect();
    order.sort_by(|&(fa, a), &(fb, b)| {
        let (a, b) = (&members[a], &members[b]);
        fb.cmp(&fa)
            .then(b.mentions.cmp(&a.mentions))
            .then(width(&a.interval()).total_cmp(&width(&b.interval())))
            .then(a.value.total_cmp(&b.value))
    });
    let mut sets: Vec<Vec<usize>> = Vec::new();
    for (_, r) in order {
        match sets
            .iter_mut()
            .find(|set| set.iter().all(|&m| members[m].compatible(&members[r])))
        {
            Some(set) => set.push(r),
            None => sets.push(vec![r]),
        }
    }
    let disputed = |x: usize, y: usize| {
        let (a, b) = (&members[x], &members[y]);
        parts[x] == parts[y]
            && may_dispute(a, b)
            && (links.join(a, b) || links.same_key(a, b, &members))
            && links.corroboration.allows(a, b)
    };
    let mut comps = Components::new(sets.len());
    for i in 0..sets.len() {
        for j in i + 1..sets.len() {
            if sets[i]
                .iter()
                .any(|&a| sets[j].iter().any(|&b| disputed(a, b)))
            {
                comps.union(i, j);
            }
        }
    }
    let mut versions: BTreeMap<usize, Vec<Vec<usize>>> = BTreeMap::new();
    for (i, set) in sets.into_iter().enumerate() {
        versions.entry(comps.find(i)).or_default().push(set);
    }
    let facts = versions.into_values().flat_map(|sets| {
        if sets.len() > MAX_VERSIONS {
            sets
        } else {
            vec![sets.concat()]
        }
    });
    let mut members: Vec<Option<Reading>> = members.into_iter().map(Some).collect();
    facts
        .map(|set| set.into_iter().filter_map(|i| members[i].take()).collect())
        .collect()
}

/// Most versions (sets of figures that agree) one disputed fact may have.
/// Outlets that disagree on a fact give two or three figures; a chain of
/// more, each pair linked by its own evidence, is several things measured
/// alike (the chips of five laptop models, the magnitudes of two quakes and
/// their aftershocks), so its versions stay apart.
pub(super) const MAX_VERSIONS: usize = 3;

/// True when nothing rules out `a` and `b` being one fact on which two
/// sources disagree: two sources, and not a part and its whole (see
/// [`measured::part_and_whole`]), ages a year apart or dated apart, an
/// age that names nobody, figures of two days or two quakes' magnitudes.
pub(super) fn may_dispute(a: &Reading, b: &Reading) -> bool {
    a.source != b.source
        && !measured::part_and_whole(&a.key.what, &b.key.what)
        && !ages_a_year_apart(a, b)
        && !ages_at_two_dates(a, b)
        && !facts::is_unnamed_age(&a.key.what)
        && !facts::is_unnamed_age(&b.key.what)
        && !on_two_days(a, b)
        && !two_quakes(a, b)
}

/// True when the claims of `a` and `b` name two different days of the week:
/// figures of two days (a quake on Sunday, a bigger one on Thursday) are
/// two events' facts, not a dispute.
pub(super) fn on_two_days(a: &Reading, b: &Reading) -> bool {
    matches!((&a.weekday, &b.weekday), (Some(x), Some(y)) if x != y)
}

/// Magnitudes at least this far apart are two quakes: reports of one quake
/// differ by a few tenths (a preliminary 4.4 revised to 4.6), and the
/// scale is logarithmic (0.5 is over five times the energy).
pub(super) const MAX_MAGNITUDE_GAP: f64 = 0.5;

/// True when `a` and `b` are magnitudes [`MAX_MAGNITUDE_GAP`] or more apart
/// (this 6.1 aftershock and the 2004 9.1 quake): two events, not a dispute.
pub(super) fn two_quakes(a: &Reading, b: &Reading) -> bool {
    a.key.kind == "magnitude"
        && b.key.kind == "magnitude"
        && (a.value - b.value).abs() >= MAX_MAGNITUDE_GAP - 1e-9
}

/// True when `a` and `b` are ages whose sentences date them differently
/// (one names a year the other does not, or another one): "Felt, 92, told
/// CNN in 2006" is his age then, not a rival of "He was 95" at his death.
pub(super) fn ages_at_two_dates(a: &Reading, b: &Reading) -> bool {
    a.key.kind == "age" && b.key.kind == "age" && a.dated != b.dated
}

/// True when `a` and `b` are ages one year apart: one person's age told
/// before and after a birthday (reports a year apart, "Jeffs, 54," and
/// "Jeffs, 55,") is two facts, not a dispute.
pub(super) fn ages_a_year_apart(a: &Reading, b: &Reading) -> bool {
    a.key.kind == "age" && b.key.kind == "age" && (a.value - b.value).abs() <= 1.0
}

/// True when figures dated `a` and `b` may be of one period: the same
/// period, or one of them undated. The year a sentence names is often not
/// the figure's ("born in 1928, one of five sons", "before 1997, he had
/// served five years"), so only two different dates keep figures apart.
pub(crate) fn periods_fit(a: &Option<String>, b: &Option<String>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// Splits a group by period when its figures name two or more: each
/// period's figures make a part, and an undated figure joins the part with
/// most figures of its own key (where a figure that differs from them is
/// still a dispute to weigh), else the largest part whose figures all agree
/// with it, else a part of the undated. A group with one period or none
/// stays whole: 2012's count and 2013's are two facts, an undated count is
/// either.
pub(super) fn split_by_period(members: Vec<Reading>) -> Vec<Vec<Reading>> {
    let periods: BTreeSet<&String> = members.iter().filter_map(|r| r.period.as_ref()).collect();
    if periods.len() < 2 {
        return vec![members];
    }
    let mut parts: BTreeMap<Option<String>, Vec<Reading>> = BTreeMap::new();
    let (dated, undated): (Vec<Reading>, Vec<Reading>) =
        members.into_iter().partition(|r| r.period.is_some());
    for r in dated {
        parts.entry(r.period.clone()).or_default().push(r);
    }
    for r in undated {
        let home = parts
            .iter()
            .filter(|(p, _)| p.is_some())
            .map(|(p, rs)| {
                let same_key = rs.iter().filter(|m| m.key == r.key).count();
                let fits = rs.iter().all(|m| m.compatible(&r));
                (same_key, fits, rs.len(), std::cmp::Reverse(p))
            })
            .filter(|&(same_key, fits, _, _)| same_key > 0 || fits)
            .max()
            .map(|(_, _, _, std::cmp::Reverse(p))| p.clone());
        parts.entry(home.flatten()).or_default().push(r);
    }
    parts.into_values().collect()
}

/// The period a group's figures are dated to: the one most of its dated
/// figures name (the earliest of equals); `None` when none is dated.
pub(super) fn group_period(members: &[Reading]) -> Option<String> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for p in members.iter().filter_map(|r| r.period.as_deref()) {
        *count.entry(p).or_default() += 1;
    }
    count
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(p, _)| p.to_string())
}
