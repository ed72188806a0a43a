//! `factsift compare` end to end: real runs of the pipeline on the bundled
//! corpus, the comparison written to disk, and its Parquet tables and
//! reports read back.

mod common;

use std::path::{Path, PathBuf};

use common::{corpus, factsift, strings, temp_dir};
use polars::prelude::*;

fn ok(args: &[&str]) -> (String, String) {
    let out = factsift(args);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "factsift {args:?} failed: {stderr}");
    (stdout, stderr)
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// `factsift run INPUTS… --out OUT --quiet --model none EXTRA…`.
fn run(inputs: &[PathBuf], out: &Path, extra: &[&str]) {
    let mut args = vec!["run"];
    args.extend(inputs.iter().map(|p| s(p)));
    args.extend(["--out", s(out), "--quiet", "--model", "none"]);
    args.extend_from_slice(extra);
    ok(&args);
}

/// `factsift compare RUNS… --out OUT --embedder none --quiet`.
fn compare(runs: &[&Path], out: &Path) {
    let mut args = vec!["compare"];
    args.extend(runs.iter().map(|p| s(p)));
    args.extend(["--out", s(out), "--embedder", "none", "--quiet"]);
    ok(&args);
}

fn read(path: PathBuf) -> DataFrame {
    ParquetReader::new(std::fs::File::open(&path).expect("open table"))
        .finish()
        .expect("read parquet")
}

fn floats(df: &DataFrame, name: &str) -> Vec<Option<f64>> {
    df.column(name)
        .expect("column")
        .f64()
        .expect("f64")
        .iter()
        .collect()
}

/// (group_id, verdict, source, value, low, high) rows of `statistics`.
fn stat_rows(df: &DataFrame) -> Vec<(String, String, String, f64, f64, f64)> {
    let g = strings(df, "group_id");
    let v = strings(df, "verdict");
    let src = strings(df, "source");
    let val = floats(df, "value");
    let lo = floats(df, "low");
    let hi = floats(df, "high");
    (0..df.height())
        .map(|i| {
            (
                g[i].clone(),
                v[i].clone(),
                src[i].clone(),
                val[i].expect("value"),
                lo[i].unwrap_or(f64::NEG_INFINITY),
                hi[i].unwrap_or(f64::INFINITY),
            )
        })
        .collect()
}

#[test]
fn corpus_comparison_writes_consistent_tables_and_reports() {
    let dir = temp_dir("compare-corpus");
    let (runs, cmp) = (dir.join("run"), dir.join("cmp"));
    run(&[corpus()], &runs, &[]);
    compare(&[&runs], &cmp);

    let stats = read(cmp.join("statistics.parquet"));
    let rows = stat_rows(&stats);
    assert!(!rows.is_empty());
    // every verdict follows from the ranges written next to it
    let mut groups: std::collections::BTreeMap<&str, Vec<_>> = Default::default();
    for r in &rows {
        groups.entry(r.0.as_str()).or_default().push(r);
    }
    for (id, members) in &groups {
        let clash = members
            .iter()
            .enumerate()
            .any(|(i, a)| members[i + 1..].iter().any(|b| a.4 > b.5 || b.4 > a.5));
        let expected = match (members.len(), clash) {
            (1, _) => "single_source",
            (_, true) => "differ",
            _ => "agree",
        };
        assert_eq!(members[0].1, expected, "group {id}: {members:?}");
        // one row per source in a group
        let sources: std::collections::BTreeSet<&str> =
            members.iter().map(|r| r.2.as_str()).collect();
        assert_eq!(sources.len(), members.len(), "group {id}");
        for r in members {
            assert!(r.4 <= r.3 && r.3 <= r.5, "value outside its range: {r:?}");
        }
    }
    // disputed groups come first
    let verdicts: Vec<&str> = groups.values().map(|m| m[0].1.as_str()).collect();
    let rank = |v: &str| {
        ["differ", "agree", "single_source"]
            .iter()
            .position(|x| *x == v)
    };
    assert!(
        verdicts.windows(2).all(|w| rank(w[0]) <= rank(w[1])),
        "{verdicts:?}"
    );

    // the US$6 million payment: four outlets, one figure, agreed
    let unit = strings(&stats, "unit");
    let payment: Vec<_> = rows
        .iter()
        .zip(&unit)
        .filter(|(r, u)| u.as_str() == "USD" && (r.3 - 6e6).abs() < 1.0)
        .map(|(r, _)| r)
        .collect();
    let payment_sources: std::collections::BTreeSet<&str> =
        payment.iter().map(|r| r.2.as_str()).collect();
    assert!(payment_sources.len() >= 3, "{payment:?}");
    assert!(payment.iter().all(|r| r.1 == "agree"), "{payment:?}");
    // the plain-text article has no source field: it is named after its file
    assert!(rows.iter().any(|r| r.2 == "northern-ledger"));

    // no NER model in this run: the coverage table is there, with no rows
    let coverage = read(cmp.join("entity_coverage.parquet"));
    assert_eq!(coverage.height(), 0);
    assert!(coverage.column("sources_mentioning").is_ok());

    let alignment = read(cmp.join("claims_alignment.parquet"));
    let (sa, sb) = (
        strings(&alignment, "source_a"),
        strings(&alignment, "source_b"),
    );
    assert!(alignment.height() > 0);
    assert!(
        sa.iter().zip(&sb).all(|(a, b)| a != b && a < b),
        "{sa:?} {sb:?}"
    );

    let md = std::fs::read_to_string(cmp.join("REPORT.md")).expect("REPORT.md");
    assert!(md.contains("northern-ledger"));
    let html = std::fs::read_to_string(cmp.join("report.html")).expect("report.html");
    assert!(html.contains("<svg"));
    assert!(!html.contains("http://") && !html.contains("https://"));
    let leftovers: Vec<_> = std::fs::read_dir(&cmp)
        .expect("out")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn runs_split_or_sharded_compare_like_one_run() {
    let dir = temp_dir("compare-split");
    let one = dir.join("one");
    run(&[corpus()], &one, &[]);
    compare(&[&one], &dir.join("cmp-one"));

    // two runs over halves of the corpus, given as a folder of runs
    let sample = corpus().join("sample");
    let halves = dir.join("halves");
    run(
        &[
            sample.join("coastal-times.md"),
            sample.join("valley-post.html"),
        ],
        &halves.join("a"),
        &[],
    );
    run(
        &[
            sample.join("northern-ledger.txt"),
            sample.join("wire-feed.jsonl"),
        ],
        &halves.join("b"),
        &[],
    );
    compare(&[&halves], &dir.join("cmp-halves"));

    // one run written by two shard jobs (hive partitions shard=0, shard=1)
    let sharded = dir.join("sharded");
    run(&[corpus()], &sharded, &["--shard", "0/2"]);
    run(&[corpus()], &sharded, &["--shard", "1/2"]);
    compare(&[&sharded], &dir.join("cmp-sharded"));

    let key = |df: &DataFrame| {
        let mut v: Vec<String> = stat_rows(df)
            .into_iter()
            .map(|r| format!("{} {} {}", r.1, r.2, r.3))
            .collect();
        v.sort();
        v
    };
    let base = key(&read(dir.join("cmp-one/statistics.parquet")));
    assert_eq!(base, key(&read(dir.join("cmp-halves/statistics.parquet"))));
    assert_eq!(base, key(&read(dir.join("cmp-sharded/statistics.parquet"))));
    // every document is in the story of the same name
    let one = story_of(&dir.join("cmp-one"));
    assert_eq!(one.len(), 5, "{one:?}");
    assert_eq!(one, story_of(&dir.join("cmp-halves")));
    assert_eq!(one, story_of(&dir.join("cmp-sharded")));
    let _ = std::fs::remove_dir_all(&dir);
}

/// doc_id → story_id of a comparison's `stories` table.
fn story_of(cmp: &Path) -> std::collections::BTreeMap<String, String> {
    let stories = read(cmp.join("stories.parquet"));
    strings(&stories, "doc_id")
        .into_iter()
        .zip(strings(&stories, "story_id"))
        .collect()
}

#[test]
fn story_ids_do_not_depend_on_how_the_run_was_sharded() {
    // the corpus's two stories and four one-document stories whose files
    // come first: numbered by first document, an unsharded run and a
    // sharded one (shard 0's documents read first) named them differently
    let dir = temp_dir("compare-story-ids");
    let input = dir.join("input");
    std::fs::create_dir_all(&input).expect("mkdir");
    for entry in std::fs::read_dir(corpus().join("sample")).expect("corpus") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("file name");
        std::fs::copy(&path, input.join(name)).expect("copy");
    }
    let others = [
        "The river festival in Lyon drew large crowds on Sunday.",
        "A chess final in Oslo ended in a draw after six hours.",
        "Bakers in Porto competed for the best custard tart.",
        "The bridge over the Danube reopened after repairs.",
    ];
    for (i, text) in others.iter().enumerate() {
        std::fs::write(input.join(format!("aaa-{i}.txt")), format!("{text}\n")).expect("write");
    }
    let (one, sharded) = (dir.join("one"), dir.join("sharded"));
    run(std::slice::from_ref(&input), &one, &[]);
    run(std::slice::from_ref(&input), &sharded, &["--shard", "0/2"]);
    run(&[input], &sharded, &["--shard", "1/2"]);
    compare(&[&one], &dir.join("cmp-one"));
    compare(&[&sharded], &dir.join("cmp-sharded"));
    let a = story_of(&dir.join("cmp-one"));
    let b = story_of(&dir.join("cmp-sharded"));
    assert_eq!(a.len(), 9, "{a:?}");
    let names: std::collections::BTreeSet<&String> = a.values().collect();
    assert!(names.len() >= 5, "{a:?}");
    assert_eq!(a, b);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A run of the bundled corpus in `dir/name`, for a test to damage.
fn corpus_run(dir: &Path, name: &str) -> PathBuf {
    let out = dir.join(name);
    run(&[corpus()], &out, &[]);
    out
}

/// `factsift compare RUN`'s exit code and standard error.
fn compare_fails(run: &Path, dir: &Path) -> (Option<i32>, String) {
    let out = factsift(&[
        "compare",
        s(run),
        "--out",
        s(&dir.join("o")),
        "--embedder",
        "none",
        "--quiet",
    ]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code(), err)
}

#[test]
fn runs_of_another_schema_or_with_a_broken_manifest_are_refused() {
    let dir = temp_dir("compare-schema");
    let future = corpus_run(&dir, "future");
    let manifest = future.join("manifest.json");
    let text = std::fs::read_to_string(&manifest).expect("manifest");
    let mut value: serde_json::Value = serde_json::from_str(&text).expect("json");
    value["schema_version"] = serde_json::json!(99);
    std::fs::write(&manifest, value.to_string()).expect("write");
    let (code, err) = compare_fails(&future, &dir);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains(s(&future)), "{err}");
    assert!(err.contains("version 99"), "{err}");
    let reads = format!("reads schema version {}", factsift_dataset::SCHEMA_VERSION);
    assert!(err.contains(&reads), "{err}");

    let broken = corpus_run(&dir, "broken");
    std::fs::write(broken.join("manifest.json"), "{\"schema_version\": 1,").expect("write");
    let (code, err) = compare_fails(&broken, &dir);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("manifest.json") && err.contains("broken"),
        "{err}"
    );
    assert!(!dir.join("o/REPORT.md").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn runs_missing_a_table_are_refused_naming_it() {
    let dir = temp_dir("compare-missing");
    for table in ["claims", "quantities", "entities", "sentences"] {
        let damaged = corpus_run(&dir, table);
        std::fs::remove_dir_all(damaged.join(table)).expect("remove table");
        let (code, err) = compare_fails(&damaged, &dir);
        assert_eq!(code, Some(1), "{table}: {err}");
        assert!(
            err.contains(&format!("`{table}` table is missing")),
            "{err}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_run_folders_give_clear_errors() {
    let dir = temp_dir("compare-bad");
    let missing = dir.join("missing");
    let out = factsift(&["compare", s(&missing), "--out", s(&dir.join("o"))]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a folder"), "{err}");

    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).expect("mkdir");
    let out = factsift(&["compare", s(&empty), "--out", s(&dir.join("o"))]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a factsift run folder"));

    let csv = dir.join("csv");
    run(&[corpus()], &csv, &["--format", "csv"]);
    let out = factsift(&["compare", s(&csv), "--out", s(&dir.join("o"))]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Parquet"));

    let out = factsift(&["compare", "--out", s(&dir.join("o"))]);
    assert_eq!(out.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

/// With the sentence embedder (installed by `make deps`), the four outlets'
/// deportee counts land in one disputed statistic.
#[test]
fn embedder_joins_the_deportee_counts() {
    let Some(embedder) = ["../../.cache/models/minilm"]
        .iter()
        .map(|p| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(p))
        .find(|p| p.join("model.onnx").is_file())
    else {
        assert!(
            std::env::var("FACTSIFT_REQUIRE_MODELS").is_err(),
            "embedder missing (run `make deps`)"
        );
        eprintln!("skipped: no embedder in .cache/models/minilm");
        return;
    };
    let dir = temp_dir("compare-embedder");
    let (runs, cmp) = (dir.join("run"), dir.join("cmp"));
    // with the NER model when there is one (CI has it), for entity coverage
    ok(&[
        "run",
        s(&corpus()),
        "--out",
        s(&runs),
        "--quiet",
        "--model",
        "auto",
    ]);
    ok(&[
        "compare",
        s(&runs),
        "--out",
        s(&cmp),
        "--embedder",
        s(&embedder),
        "--quiet",
    ]);
    let stats = read(cmp.join("statistics.parquet"));
    let rows = stat_rows(&stats);
    let kind = strings(&stats, "kind");
    let group_of = |source: &str, value: f64| {
        rows.iter()
            .zip(&kind)
            .find(|(r, k)| k.as_str() == "count" && r.2 == source && (r.3 - value).abs() < 1e-9)
            .map(|(r, _)| (r.0.clone(), r.1.clone()))
    };
    let coastal = group_of("Coastal Times", 250.0).expect("Coastal Times' more than 250");
    let valley = group_of("Valley Post", 250.0).expect("Valley Post's about 250");
    assert_eq!(coastal, valley);
    assert_eq!(coastal.1, "differ");

    // a paraphrase of the payment is aligned ("will pay El Salvador US$6
    // million" ~ "El Salvador will receive about $6 million"); a sentence
    // sharing only the figure ("the payment amounts to $6m for one year",
    // of a White House official) states it too weakly alike to be a row,
    // and its figure agrees in the statistics above
    let alignment = read(cmp.join("claims_alignment.parquet"));
    let aligned = |x: &str, y: &str| {
        strings(&alignment, "text_a")
            .iter()
            .zip(strings(&alignment, "text_b"))
            .any(|(a, b)| {
                let pair = [a.as_str(), b.as_str()];
                pair.iter().any(|t| t.contains(x)) && pair.iter().any(|t| t.contains(y))
            })
    };
    assert!(
        aligned("US$6 million", "about $6 million"),
        "US$6 million ~ about $6 million not aligned"
    );
    assert!(
        !aligned("US$6 million", "$6m"),
        "a shared figure alone aligned"
    );

    // "Bukele" and "Nayib Bukele" are one entity across outlets
    let coverage = read(cmp.join("entity_coverage.parquet"));
    if coverage.height() > 0 {
        let keys = strings(&coverage, "entity_key");
        let mentioning = common::ints(&coverage, "sources_mentioning");
        let total = common::ints(&coverage, "sources_total");
        assert!(total.iter().all(|&t| t == 4), "{total:?}");
        let bukele = keys.iter().position(|k| k == "person:nayib-bukele");
        assert!(
            bukele.is_some_and(|i| mentioning[i] >= 3),
            "{keys:?} {mentioning:?}"
        );
        assert!(!keys.iter().any(|k| k == "person:bukele"), "{keys:?}");
    } else {
        assert!(
            std::env::var("FACTSIFT_REQUIRE_MODELS").is_err(),
            "no entities: NER model missing (run `make deps`)"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
