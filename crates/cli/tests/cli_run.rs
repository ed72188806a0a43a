//! End-to-end tests of `factsift run`: the binary on real inputs, tables read back with polars.

mod common;

use std::collections::{HashMap, HashSet};

use common::*;

fn run_ok(args: &[&str]) -> String {
    let out = factsift(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "factsift {args:?} failed: {stderr}");
    stderr
}

/// `factsift run INPUT --out OUT --quiet --model none EXTRA…`, which must succeed.
fn run_quiet(input: &std::path::Path, out: &std::path::Path, extra: &[&str]) -> String {
    let (i, o) = (
        input.to_str().expect("utf-8 path"),
        out.to_str().expect("utf-8 path"),
    );
    let mut args = vec!["run", i, "--out", o, "--quiet", "--model", "none"];
    args.extend_from_slice(extra);
    run_ok(&args)
}

#[test]
fn bundled_corpus_produces_consistent_tables() {
    let out = temp_dir("corpus");
    let out_s = out.to_str().expect("utf-8 path");
    run_ok(&[
        "run",
        corpus().to_str().expect("path"),
        "--out",
        out_s,
        "--quiet",
    ]);

    let docs = read_table(&out, "documents");
    assert_eq!(docs.height(), 5, "four files, one of them a feed of two");
    let ids = strings(&docs, "doc_id");
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 5);
    let sources: HashSet<String> = strings(&docs, "source").into_iter().collect();
    assert!(
        sources.contains("Valley Post"),
        "HTML site name: {sources:?}"
    );
    assert!(
        sources.contains("Coastal Times"),
        "Markdown front matter: {sources:?}"
    );
    assert!(
        sources.contains("Continental Wire"),
        "JSONL source: {sources:?}"
    );
    let texts: HashMap<String, String> = ids.iter().cloned().zip(strings(&docs, "text")).collect();
    let html = texts
        .values()
        .find(|t| t.contains("LPG Datos") && t.contains("Ana Mart"))
        .expect("HTML article text");
    for boilerplate in [
        "Share on social",
        "newsletter",
        "All rights reserved",
        "Gang truce",
        "analytics",
    ] {
        assert!(
            !html.contains(boilerplate),
            "boilerplate '{boilerplate}' kept"
        );
    }

    let sents = read_table(&out, "sentences");
    assert!(sents.height() > 20);
    let (sid, start, end, text) = (
        strings(&sents, "doc_id"),
        ints(&sents, "start"),
        ints(&sents, "end"),
        strings(&sents, "text"),
    );
    for i in 0..sents.height() {
        let doc = &texts[&sid[i]];
        assert_eq!(
            char_slice(doc, start[i], end[i]),
            text[i],
            "offsets of row {i}"
        );
    }
    let n_sent: HashMap<String, i64> = ids
        .iter()
        .cloned()
        .zip(ints(&docs, "n_sentences"))
        .collect();
    for (id, n) in &n_sent {
        assert_eq!(sid.iter().filter(|s| *s == id).count() as i64, *n);
    }
    let kinds: HashSet<String> = strings(&sents, "kind").into_iter().collect();
    assert!(
        kinds.contains("heading") && kinds.contains("body"),
        "{kinds:?}"
    );

    assert_eq!(read_table(&out, "errors").height(), 0);
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("manifest.json")).expect("manifest"),
    )
    .expect("json");
    assert_eq!(manifest["schema_version"], factsift_dataset::SCHEMA_VERSION);
    assert_eq!(manifest["latest"]["counts"]["documents_written"], 5);
}

#[test]
fn rerun_skips_done_documents_and_force_rebuilds() {
    let input = temp_dir("rerun-in");
    std::fs::write(input.join("a.txt"), "First article. It has two sentences.").expect("write");
    let out = temp_dir("rerun-out");
    run_quiet(&input, &out, &[]);
    std::fs::write(input.join("b.txt"), "Second article arrives later.").expect("write");
    run_quiet(&input, &out, &[]);
    let docs = read_table(&out, "documents");
    assert_eq!(docs.height(), 2, "only the new document was added");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).expect("m"))
            .expect("json");
    assert_eq!(manifest["latest"]["counts"]["skipped_already_done"], 1);
    assert_eq!(manifest["runs"].as_array().map(Vec::len), Some(2));
    run_quiet(&input, &out, &["--force"]);
    assert_eq!(read_table(&out, "documents").height(), 2);
    assert_eq!(read_table(&out, "sentences").height(), 3);
}

#[test]
fn bad_inputs_become_error_rows_without_losing_good_documents() {
    let input = temp_dir("bad-in");
    std::fs::write(input.join("good.txt"), "A good article. It is fine.").expect("w");
    std::fs::write(input.join("empty.txt"), "").expect("w");
    std::fs::write(input.join("blank.md"), "   \n\n  ").expect("w");
    std::fs::write(input.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2]).expect("w");
    std::fs::write(input.join("latin1.txt"), b"Caf\xe9 society. Ol\xe9.").expect("w");
    std::fs::write(
        input.join("feed.jsonl"),
        "{\"text\": \"Feed line one.\"}\n{oops\n{\"title\": \"no text\"}\n",
    )
    .expect("w");
    std::fs::write(
        input.join("nobody.html"),
        "<html><head><title>T</title></head></html>",
    )
    .expect("w");
    std::fs::write(input.join("image.png"), [137u8, 80, 78, 71]).expect("w");
    let out = temp_dir("bad-out");
    let missing = input.join("does-not-exist.txt");
    let args = [
        "run",
        input.to_str().expect("p"),
        missing.to_str().expect("p"),
        "--out",
        out.to_str().expect("p"),
        "--quiet",
        "--model",
        "none",
    ];
    let res = factsift(&args);
    assert_eq!(
        res.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );

    let docs = read_table(&out, "documents");
    let texts = strings(&docs, "text");
    assert_eq!(
        docs.height(),
        3,
        "good.txt, latin1.txt, one feed line: {texts:?}"
    );
    let notes = strings(&docs, "notes");
    let latin = texts
        .iter()
        .position(|t| t.starts_with("Caf"))
        .expect("latin1 doc");
    assert_eq!(texts[latin], "Café society. Olé.");
    assert!(notes[latin].contains("windows-1252"), "{}", notes[latin]);

    let errors = read_table(&out, "errors");
    let paths = strings(&errors, "path");
    let messages = strings(&errors, "message");
    let message_for = |needle: &str| -> String {
        let i = paths
            .iter()
            .position(|p| p.ends_with(needle))
            .unwrap_or_else(|| panic!("no error row for {needle}: {paths:?}"));
        messages[i].clone()
    };
    assert!(message_for("empty.txt").contains("empty"));
    assert!(message_for("blank.md").contains("empty"));
    assert!(message_for("binary.txt").contains("binary"));
    assert!(message_for("feed.jsonl:2").contains("malformed JSON"));
    assert!(message_for("feed.jsonl:3").contains("\"text\""));
    assert!(message_for("nobody.html").contains("no"));
    assert!(message_for("image.png").contains("unsupported file type"));
    assert!(message_for("does-not-exist.txt").contains("cannot read"));
    assert_eq!(errors.height(), 8, "{paths:?}");
    assert!(strings(&errors, "stage").iter().all(|s| s == "ingest"));
}

#[test]
fn exit_codes_follow_the_contract() {
    let out = temp_dir("exit");
    let o = out.to_str().expect("p");
    assert_eq!(
        factsift(&["run", "--out", o]).status.code(),
        Some(2),
        "no input"
    );
    assert_eq!(
        factsift(&["run", "x.txt"]).status.code(),
        Some(2),
        "no --out"
    );
    assert_eq!(
        factsift(&["run", "x.txt", "--out", o, "--shard", "3/2"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        factsift(&["run", "x.txt", "--out", o, "--lang", "xx"])
            .status
            .code(),
        Some(2)
    );
    let nothing = factsift(&[
        "run",
        "/definitely/not/here.txt",
        "--out",
        o,
        "--quiet",
        "--model",
        "none",
    ]);
    assert_eq!(nothing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&nothing.stderr).contains("nothing could be processed"));
    assert_eq!(read_table(&out, "errors").height(), 1);
    let bad_model = factsift(&["run", "x.txt", "--out", o, "--model", "/no/such/model-dir"]);
    assert_eq!(bad_model.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_model.stderr).contains("model"));
    let help = factsift(&["run", "--help"]);
    let help = String::from_utf8_lossy(&help.stdout);
    for flag in [
        "--out",
        "--format",
        "--jobs",
        "--batch-size",
        "--shard",
        "--force",
        "--lang",
        "--quiet",
        "--model",
        "none",
        "--model",
        "Examples:",
    ] {
        assert!(help.contains(flag), "help lacks {flag}");
    }
}

#[test]
fn stdin_identical_documents_and_shards() {
    let out = temp_dir("stdin");
    let o = out.to_str().expect("p");
    let res = factsift_stdin(
        &["run", "-", "--out", o, "--quiet", "--model", "none"],
        b"Read from a pipe. Two sentences.",
    );
    assert!(res.status.success());
    let docs = read_table(&out, "documents");
    assert_eq!(strings(&docs, "external_id"), vec!["-"]);

    let input = temp_dir("dup-in");
    for i in 0..40 {
        std::fs::write(
            input.join(format!("doc{i:02}.txt")),
            format!("Article number {i}. Same story."),
        )
        .expect("w");
    }
    std::fs::write(input.join("copy.txt"), "Article number 7. Same story.").expect("w");
    let whole = temp_dir("dup-out");
    run_quiet(&input, &whole, &[]);
    assert_eq!(
        read_table(&whole, "documents").height(),
        40,
        "the copy is processed once"
    );

    let sharded = temp_dir("shard-out");
    run_quiet(&input, &sharded, &["--shard", "0/2"]);
    run_quiet(&input, &sharded, &["--shard", "1/2"]);
    let ids = strings(&read_table(&sharded, "documents"), "doc_id");
    assert_eq!(ids.len(), 40);
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 40);
    assert!(
        sharded.join("documents/shard=0").is_dir() && sharded.join("documents/shard=1").is_dir()
    );
    assert!(sharded.join("manifest.shard-1-of-2.json").is_file());
}

#[test]
fn other_formats_are_written_and_readable() {
    let input = corpus();
    for (format, ext) in [("csv", "csv"), ("jsonl", "jsonl"), ("ipc", "arrow")] {
        let out = temp_dir(&format!("fmt-{format}"));
        run_quiet(&input, &out, &["--format", format]);
        let docs = parts(&out, "documents", ext);
        assert!(!docs.is_empty(), "{format}: no documents part");
        let sents = parts(&out, "sentences", ext);
        let bytes: usize = sents
            .iter()
            .map(|p| std::fs::metadata(p).map(|m| m.len() as usize).unwrap_or(0))
            .sum();
        assert!(bytes > 1000, "{format}: sentences too small");
        // A re-run reads the done ids back from this format.
        run_quiet(&input, &out, &["--format", format]);
        assert_eq!(
            parts(&out, "documents", ext).len(),
            docs.len(),
            "{format}: nothing redone"
        );
    }
}

#[test]
fn many_files_and_a_huge_single_line() {
    let input = temp_dir("many-in");
    for i in 0..2000 {
        std::fs::write(
            input.join(format!("f{i:04}.txt")),
            format!("Story {i} begins. It ends here."),
        )
        .expect("w");
    }
    let out = temp_dir("many-out");
    run_quiet(&input, &out, &["--batch-size", "300"]);
    assert_eq!(read_table(&out, "documents").height(), 2000);
    assert_eq!(read_table(&out, "sentences").height(), 4000);

    let big = temp_dir("big-in");
    let line = "lorem ipsum dolor sit amet 12,5 ".repeat(50 * 1024 * 1024 / 32);
    std::fs::write(big.join("huge.txt"), &line).expect("w");
    let out = temp_dir("big-out");
    run_quiet(&big, &out, &[]);
    let docs = read_table(&out, "documents");
    assert_eq!(ints(&docs, "n_chars"), vec![line.len() as i64]);
}

/// Writes `n` small articles `a0000.txt`… into `dir`.
fn write_articles(dir: &std::path::Path, n: usize) {
    for i in 0..n {
        std::fs::write(
            dir.join(format!("a{i:04}.txt")),
            format!(
                "Item {i}. More words follow here. {}",
                "Text goes on. ".repeat(50)
            ),
        )
        .expect("w");
    }
}

/// Polls `done` every few milliseconds until it holds, failing the test
/// after a generous timeout.
fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while !done() {
        assert!(std::time::Instant::now() < deadline, "never saw: {what}");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

#[test]
fn interrupted_run_leaves_no_half_written_files() {
    let input = temp_dir("kill-in");
    write_articles(&input, 3000);
    let out = temp_dir("kill-out");
    let mut child = std::process::Command::new(bin())
        .args([
            "run",
            input.to_str().expect("p"),
            "--out",
            out.to_str().expect("p"),
            "--quiet",
            "--model",
            "none",
            "--batch-size",
            "50",
            "--jobs",
            "1",
        ])
        .spawn()
        .expect("spawn");
    // Kill -9 once the first batch is on disk, so the run is caught mid-way.
    wait_for("a documents part of the run", || {
        !parts(&out, "documents", "parquet").is_empty()
    });
    child.kill().expect("kill -9");
    let _ = child.wait();
    // Whatever was written is complete and readable.
    for table in RUN_TABLES {
        for part in parts(&out, table, "parquet") {
            read_part(&part).unwrap_or_else(|e| panic!("half-written {}: {e}", part.display()));
        }
    }
    let written: usize = parts(&out, "documents", "parquet")
        .iter()
        .map(|p| read_part(p).expect("part").height())
        .sum();
    assert!(written < 3000, "killed before the end ({written} written)");
    run_quiet(&input, &out, &[]);
    let docs = read_table(&out, "documents");
    assert_eq!(docs.height(), 3000);
    let ids: HashSet<String> = strings(&docs, "doc_id").into_iter().collect();
    assert_eq!(ids.len(), 3000, "no document written twice");
    let leftovers = walk_names(&out)
        .into_iter()
        .filter(|n| n.starts_with(".tmp-"))
        .count();
    assert_eq!(leftovers, 0);
    let clean = temp_dir("kill-clean");
    run_quiet(&input, &clean, &[]);
    assert_same_tables(&out, &clean);
}

fn walk_names(dir: &std::path::Path) -> Vec<String> {
    let mut names = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            names.push(e.file_name().to_string_lossy().into_owned());
            if e.path().is_dir() {
                names.extend(walk_names(&e.path()));
            }
        }
    }
    names
}

#[test]
fn force_on_one_shard_rebuilds_only_that_shard() {
    let input = temp_dir("force-shard-in");
    write_articles(&input, 60);
    let out = temp_dir("force-shard-out");
    run_quiet(&input, &out, &["--shard", "0/2"]);
    run_quiet(&input, &out, &["--shard", "1/2"]);
    let shard_one = |table: &str| files_under(&out.join(table).join("shard=1"));
    let before: Vec<_> = ["documents", "sentences", "errors"]
        .into_iter()
        .map(shard_one)
        .collect();
    assert!(!before[0].is_empty(), "shard 1 wrote documents");
    run_quiet(&input, &out, &["--shard", "0/2", "--force"]);
    let after: Vec<_> = ["documents", "sentences", "errors"]
        .into_iter()
        .map(shard_one)
        .collect();
    assert_eq!(before, after, "shard 1's parts are untouched");
    let whole = temp_dir("force-shard-whole");
    run_quiet(&input, &whole, &[]);
    assert_same_tables(&out, &whole);
}

/// Starts `factsift run - --out OUT --model none EXTRA…` reading a standard
/// input the test keeps open, so the run holds its locks until it is fed.
fn held_run(out: &std::path::Path, extra: &[&str]) -> std::process::Child {
    let mut args = vec!["run", "-", "--out", out.to_str().expect("p")];
    args.extend_from_slice(&["--quiet", "--model", "none"]);
    args.extend_from_slice(extra);
    std::process::Command::new(bin())
        .args(&args)
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn")
}

/// Waits until the lock file `name` of `out` records `child` as its holder
/// (a run writes its id there once it holds the lock).
fn wait_for_lock(out: &std::path::Path, name: &str, child: &std::process::Child) {
    let pid = child.id().to_string();
    wait_for(&format!("{name} held by {pid}"), || {
        std::fs::read_to_string(out.join(name)).is_ok_and(|s| s.trim() == pid)
    });
}

fn feed_and_finish(mut child: std::process::Child, text: &str) -> std::process::Output {
    use std::io::Write;
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(text.as_bytes()).expect("feed");
    drop(stdin);
    child.wait_with_output().expect("wait")
}

#[test]
fn a_second_run_into_a_busy_folder_refuses_clearly() {
    let input = temp_dir("lock-in");
    write_articles(&input, 5);
    let (i, out) = (input.to_str().expect("p"), temp_dir("lock-out"));
    let o = out.to_str().expect("p");
    let first = held_run(&out, &[]);
    wait_for_lock(&out, ".lock", &first);
    for extra in [&[][..], &["--shard", "0/2"][..], &["--force"][..]] {
        let mut args = vec!["run", i, "--out", o, "--quiet", "--model", "none"];
        args.extend_from_slice(extra);
        let second = factsift(&args);
        let stderr = String::from_utf8_lossy(&second.stderr);
        assert_eq!(second.status.code(), Some(1), "{extra:?} refused: {stderr}");
        assert!(
            stderr.contains("another factsift run")
                && stderr.contains(&format!("(pid {})", first.id())),
            "{extra:?}: {stderr}"
        );
    }
    let done = feed_and_finish(first, "Held open while others knock. Two sentences.");
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let docs = read_table(&out, "documents");
    assert_eq!(
        strings(&docs, "external_id"),
        vec!["-"],
        "only the first run wrote"
    );
    assert_eq!(read_table(&out, "sentences").height(), 2);
    run_quiet(&input, &out, &[]);
    assert_eq!(
        read_table(&out, "documents").height(),
        6,
        "free again once done"
    );
}

#[test]
fn shards_run_together_but_one_shard_runs_once() {
    let input = temp_dir("lock-shard-in");
    write_articles(&input, 20);
    let (i, out) = (input.to_str().expect("p"), temp_dir("lock-shard-out"));
    let o = out.to_str().expect("p");
    let zero = held_run(&out, &["--shard", "0/2"]);
    wait_for_lock(&out, ".lock.shard=0", &zero);
    run_quiet(&input, &out, &["--shard", "1/2"]);
    let again = factsift(&[
        "run", i, "--out", o, "--quiet", "--model", "none", "--shard", "0/2",
    ]);
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert_eq!(again.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(".lock.shard=0"), "{stderr}");
    let done = feed_and_finish(zero, "Shard zero's own text. It waited.");
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    run_quiet(&input, &out, &["--shard", "0/2"]);
    let ids = strings(&read_table(&out, "documents"), "doc_id");
    // The fed text may fall in either shard; only shard 0 reads it.
    let fed = ids.len() - 20;
    assert!(fed <= 1 && ids.iter().collect::<HashSet<_>>().len() == ids.len());
}

#[test]
fn a_killed_runs_lock_does_not_block_the_next() {
    let input = temp_dir("stale-in");
    write_articles(&input, 5);
    let out = temp_dir("stale-out");
    for (extra, lock) in [
        (&[][..], ".lock"),
        (&["--shard", "0/2"][..], ".lock.shard=0"),
    ] {
        let mut held = held_run(&out, extra);
        wait_for_lock(&out, lock, &held);
        held.kill().expect("kill -9");
        let _ = held.wait();
        assert!(out.join(lock).is_file(), "the lock file is left behind");
        run_quiet(&input, &out, extra);
    }
    assert_eq!(read_table(&out, "documents").height(), 5);
}

#[test]
fn every_table_is_written_without_a_model() {
    let input = temp_dir("nomodel-in");
    write_articles(&input, 3);
    let out = temp_dir("nomodel-out");
    run_quiet(&input, &out, &[]);
    for table in RUN_TABLES {
        assert!(
            !parts(&out, table, "parquet").is_empty(),
            "{table} has a part"
        );
    }
    let aliases = read_table(&out, "aliases");
    assert_eq!(aliases.height(), 0);
    let names: Vec<String> = aliases
        .get_column_names()
        .iter()
        .map(|n| n.to_string())
        .collect();
    assert_eq!(
        names,
        [
            "entity_key",
            "canonical_name",
            "label",
            "surface",
            "mentions"
        ]
    );
}

/// Runs `factsift ARGS…`, which must fail with exit status 1 and name `name`.
fn fails_naming(args: &[&str], name: &str) {
    let res = factsift(args);
    let stderr = String::from_utf8_lossy(&res.stderr);
    assert_eq!(res.status.code(), Some(1), "{args:?}: {stderr}");
    assert!(stderr.contains(name), "{args:?} names {name}: {stderr}");
}

#[test]
fn a_truncated_part_is_named_in_the_error() {
    let input = temp_dir("trunc-in");
    write_articles(&input, 3);
    let out = temp_dir("trunc-out");
    run_quiet(&input, &out, &[]);
    let part = parts(&out, "documents", "parquet").remove(0);
    let bytes = std::fs::read(&part).expect("read part");
    std::fs::write(&part, &bytes[..bytes.len() / 2]).expect("truncate");
    let name = part.file_name().expect("name").to_string_lossy();
    let (i, o) = (input.to_str().expect("p"), out.to_str().expect("p"));
    fails_naming(&["run", i, "--out", o, "--quiet", "--model", "none"], &name);
    let cmp = temp_dir("trunc-cmp");
    let c = cmp.to_str().expect("p");
    fails_naming(
        &["compare", o, "--out", c, "--quiet", "--embedder", "none"],
        &name,
    );
}

/// The model-backed runs below skip (pass) when no NER model can be loaded,
/// unless `FACTSIFT_REQUIRE_MODELS=1`.
fn has_entities(out: &std::path::Path) -> bool {
    let found = read_table(out, "entities").height() > 0;
    assert!(
        found || std::env::var("FACTSIFT_REQUIRE_MODELS").is_err(),
        "no entities: NER model missing (run `make deps`)"
    );
    found
}

/// `factsift run INPUT --out OUT --quiet EXTRA…` with the default model.
fn run_with_model(input: &std::path::Path, out: &std::path::Path, extra: &[&str]) {
    let mut args = vec![
        "run",
        input.to_str().expect("p"),
        "--out",
        out.to_str().expect("p"),
        "--quiet",
    ];
    args.extend_from_slice(extra);
    run_ok(&args);
}

#[test]
fn aliases_equal_a_clean_run_after_resumes_and_shards() {
    let input = temp_dir("aliases-in");
    let articles = [
        "Nayib Bukele spoke in San Salvador on Monday. Bukele said El Salvador would build jails.",
        "President Nayib Bukele met Joe Biden in Washington. Biden praised El Salvador.",
        "The United States and the U.S. Treasury spoke of El Salvador. Bukele did not answer.",
        "Ana Martínez of LPG Datos said Bukele is popular. Martínez cited a poll in San Salvador.",
        "Joe Biden flew to Seattle, Washington. The White House said Biden would return.",
    ];
    let clean = temp_dir("aliases-clean");
    for (n, text) in articles.iter().enumerate() {
        std::fs::write(input.join(format!("a{n}.txt")), text).expect("w");
    }
    run_with_model(&input, &clean, &[]);
    if !has_entities(&clean) {
        return;
    }
    let expected = read_table(&clean, "aliases");
    assert!(expected.height() > 5, "aliases of a clean run");
    let same = |out: &std::path::Path, what: &str| {
        assert_eq!(
            parts(out, "aliases", "parquet").len(),
            1,
            "{what}: one part"
        );
        assert!(
            read_table(out, "aliases").equals_missing(&expected),
            "{what}"
        );
    };

    // Incremental: two documents first, the rest in a second run.
    let grow_in = temp_dir("aliases-grow-in");
    let grow = temp_dir("aliases-grow");
    for (n, text) in articles.iter().enumerate() {
        std::fs::write(grow_in.join(format!("a{n}.txt")), text).expect("w");
        if n == 1 {
            run_with_model(&grow_in, &grow, &[]);
        }
    }
    run_with_model(&grow_in, &grow, &[]);
    same(&grow, "incremental runs");

    // Shards of one job into one folder.
    let sharded = temp_dir("aliases-shards");
    run_with_model(&input, &sharded, &["--shard", "0/2"]);
    run_with_model(&input, &sharded, &["--shard", "1/2"]);
    same(&sharded, "two shards");

    // Killed after its last batch, before the aliases were written: the
    // resumed run finds every document done and still counts them all.
    std::fs::remove_dir_all(clean.join("aliases")).expect("drop aliases");
    run_with_model(&input, &clean, &[]);
    same(&clean, "resumed after the last batch");
}

/// `factsift run ARGS…`, killed (and the test failed) if it has not ended within a minute:
/// an input that blocks must not hang the test suite.
fn run_with_deadline(args: &[&str]) -> std::process::Output {
    let mut child = std::process::Command::new(bin())
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while child.try_wait().expect("wait").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("factsift {args:?} did not finish: an input blocked it");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.wait_with_output().expect("output")
}

/// The error message for the input whose path ends with `needle`.
fn error_for(out: &std::path::Path, needle: &str) -> String {
    let errors = read_table(out, "errors");
    let (paths, messages) = (strings(&errors, "path"), strings(&errors, "message"));
    let i = paths
        .iter()
        .position(|p| p.ends_with(needle))
        .unwrap_or_else(|| panic!("no error row for {needle}: {paths:?} {messages:?}"));
    messages[i].clone()
}

const ACCENTED: &str = "José Muñoz, Zürich, café – naïve.";

#[test]
fn legacy_encodings_are_decoded_exactly() {
    let input = temp_dir("legacy-in");
    let cp1252 = |s: &str| encoding_rs::WINDOWS_1252.encode(s).0.into_owned();
    std::fs::write(
        input.join("a.txt"),
        cp1252(&format!("{ACCENTED} Señora Peña visitó Göteborg.")),
    )
    .expect("w");
    let page = |head: &str| {
        format!(
            "<html><head>{head}<title>Ñandú</title></head><body><p>{ACCENTED}</p></body></html>"
        )
    };
    std::fs::write(
        input.join("b.html"),
        cp1252(&page(
            r#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#,
        )),
    )
    .expect("w");
    let latin2 = encoding_rs::Encoding::for_label(b"iso-8859-2").expect("latin2");
    let polish = "<html><head><meta charset=\"iso-8859-2\"></head><body><p>Łódź i Kraków, źdźbło.</p></body></html>";
    std::fs::write(input.join("c.html"), &latin2.encode(polish).0).expect("w");
    let out = temp_dir("legacy-out");
    run_quiet(&input, &out, &[]);

    let docs = read_table(&out, "documents");
    let (ids, texts, notes, titles) = (
        strings(&docs, "external_id"),
        strings(&docs, "text"),
        strings(&docs, "notes"),
        strings(&docs, "title"),
    );
    let doc = |name: &str| ids.iter().position(|p| p.ends_with(name)).expect(name);
    assert_eq!(
        texts[doc("a.txt")],
        format!("{ACCENTED} Señora Peña visitó Göteborg.")
    );
    assert!(notes[doc("a.txt")].contains("windows-1252"), "{notes:?}");
    assert_eq!(texts[doc("b.html")], ACCENTED);
    assert_eq!(titles[doc("b.html")], "Ñandú");
    assert!(notes[doc("b.html")].contains("<meta>"), "{notes:?}");
    assert_eq!(texts[doc("c.html")], "Łódź i Kraków, źdźbło.");
    assert!(texts.iter().all(|t| !t.contains('\u{FFFD}')), "{texts:?}");
}

fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
    let mut bytes = Vec::new();
    let units = bom
        .then_some(0xFEFF_u16)
        .into_iter()
        .chain(text.encode_utf16());
    for unit in units {
        bytes.extend(if little {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

#[test]
fn utf16_feeds_and_texts_are_decoded() {
    let input = temp_dir("utf16-in");
    // Texts differ per feed: identical texts would be one document.
    let feed = |p: &str| {
        format!(
            "{{\"id\": \"{p}1\", \"text\": \"{p}: {ACCENTED}\"}}\r\n\r\n{{\"id\": \"{p}2\", \"text\": \"{p}: second record, Zoë.\"}}\r\n{{broken\r\n{{\"id\": \"{p}3\", \"text\": \"{p}: third, 東京.\"}}\r\n"
        )
    };
    std::fs::write(input.join("bom.jsonl"), utf16(&feed("r"), true, true)).expect("w");
    std::fs::write(input.join("nobom.jsonl"), utf16(&feed("n"), false, false)).expect("w");
    std::fs::write(
        input.join("plain.txt"),
        utf16(&format!("{ACCENTED}\nUTF-16 without a mark."), true, false),
    )
    .expect("w");
    let out = temp_dir("utf16-out");
    run_quiet(&input, &out, &[]);

    let docs = read_table(&out, "documents");
    let by_id: HashMap<String, String> = strings(&docs, "external_id")
        .into_iter()
        .zip(strings(&docs, "text"))
        .collect();
    for p in ["r", "n"] {
        assert_eq!(by_id[&format!("{p}1")], format!("{p}: {ACCENTED}"));
        assert_eq!(by_id[&format!("{p}2")], format!("{p}: second record, Zoë."));
        assert_eq!(by_id[&format!("{p}3")], format!("{p}: third, 東京."));
    }
    let plain = by_id
        .iter()
        .find(|(id, _)| id.ends_with("plain.txt"))
        .expect("plain.txt")
        .1;
    assert_eq!(plain, &format!("{ACCENTED}\nUTF-16 without a mark."));
    assert_eq!(docs.height(), 7, "{by_id:?}");
    assert!(error_for(&out, "bom.jsonl:4").contains("malformed JSON"));
    assert!(error_for(&out, "nobom.jsonl:4").contains("malformed JSON"));
    assert_eq!(read_table(&out, "errors").height(), 2);
    let notes = strings(&docs, "notes");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("UTF-16LE (byte-order mark)")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("UTF-16BE (detected")),
        "{notes:?}"
    );
}

#[cfg(unix)]
#[test]
fn fifos_sockets_and_devices_are_skipped_with_an_error() {
    let input = temp_dir("special-in");
    std::fs::write(input.join("good.txt"), "A good article. It is fine.").expect("w");
    let status = std::process::Command::new("mkfifo")
        .arg(input.join("pipe.jsonl"))
        .status()
        .expect("mkfifo");
    assert!(status.success());
    std::process::Command::new("mkfifo")
        .arg(input.join("pipe.txt"))
        .status()
        .expect("mkfifo");
    let _socket = std::os::unix::net::UnixListener::bind(input.join("sock.txt")).expect("bind");
    std::os::unix::fs::symlink("/dev/zero", input.join("zero.txt")).expect("symlink");
    let out = temp_dir("special-out");
    let zero = input.join("zero.txt");
    let res = run_with_deadline(&[
        "run",
        input.to_str().expect("p"),
        zero.to_str().expect("p"),
        "--out",
        out.to_str().expect("p"),
        "--quiet",
        "--model",
        "none",
    ]);
    assert!(
        res.status.success(),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    assert_eq!(read_table(&out, "documents").height(), 1);
    for (name, kind) in [
        ("pipe.jsonl", "not a regular file (FIFO)"),
        ("pipe.txt", "not a regular file (FIFO)"),
        ("sock.txt", "not a regular file (socket)"),
        ("zero.txt", "not a regular file (character device)"),
    ] {
        assert!(
            error_for(&out, name).contains(kind),
            "{name}: {}",
            error_for(&out, name)
        );
    }
    // zero.txt is found in the folder and given by name: two rows.
    assert_eq!(read_table(&out, "errors").height(), 5);
}

#[test]
fn max_doc_bytes_limits_files_stdin_and_feed_lines() {
    let input = temp_dir("maxdoc-in");
    std::fs::write(input.join("small.txt"), "A small article. It fits.").expect("w");
    std::fs::write(input.join("big.txt"), "Too long. ".repeat(500)).expect("w");
    let long_line = format!("{{\"text\": \"{}\"}}", "word ".repeat(400));
    std::fs::write(
        input.join("feed.jsonl"),
        format!("{{\"text\": \"Line one.\"}}\n{long_line}\n{{\"text\": \"Line three.\"}}\n"),
    )
    .expect("w");
    let out = temp_dir("maxdoc-out");
    run_quiet(&input, &out, &["--max-doc-bytes", "1000"]);
    let texts = strings(&read_table(&out, "documents"), "text");
    let mut sorted = texts.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        ["A small article. It fits.", "Line one.", "Line three."]
    );
    assert_eq!(
        error_for(&out, "big.txt"),
        "document of 5000 bytes is larger than the --max-doc-bytes limit (1000 bytes)"
    );
    assert_eq!(
        error_for(&out, "feed.jsonl:2"),
        format!(
            "document of {} bytes is larger than the --max-doc-bytes limit (1000 bytes)",
            long_line.len()
        )
    );

    // Standard input reports no size: the limit counts the bytes read.
    let out = temp_dir("maxdoc-stdin");
    let o = out.to_str().expect("p");
    let mut child = std::process::Command::new(bin())
        .args(["run", "-", "--out", o, "--quiet", "--model", "none"])
        .args(["--max-doc-bytes", "1K"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    // factsift stops reading after the limit, so the rest may not be taken.
    let _ = std::io::Write::write_all(&mut stdin, "Endless words. ".repeat(10_000).as_bytes());
    drop(stdin);
    let res = child.wait_with_output().expect("wait");
    assert_eq!(res.status.code(), Some(1), "nothing could be processed");
    assert_eq!(
        error_for(&out, "-"),
        "document of more than 1024 bytes is larger than the --max-doc-bytes limit (1024 bytes)"
    );
    let bad = factsift(&["run", "x.txt", "--out", o, "--max-doc-bytes", "lots"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn json_array_given_as_jsonl_is_read_as_records() {
    let input = temp_dir("array-in");
    std::fs::write(
        input.join("export.jsonl"),
        "[\n  {\n    \"id\": \"a\",\n    \"text\": \"First record.\"\n  },\n  {\n    \"id\": \"b\",\n    \"text\": \"Second record.\"\n  },\n  {\n    \"title\": \"no text\"\n  }\n]\n",
    )
    .expect("w");
    std::fs::write(
        input.join("broken.jsonl"),
        "[\n  {\"text\": \"cut short\"},\n  {\"text\": \n",
    )
    .expect("w");
    let out = temp_dir("array-out");
    run_quiet(&input, &out, &[]);
    let docs = read_table(&out, "documents");
    assert_eq!(strings(&docs, "external_id"), ["a", "b"]);
    assert_eq!(strings(&docs, "text"), ["First record.", "Second record."]);
    assert!(error_for(&out, "export.jsonl[2]").contains("\"text\""));
    assert!(error_for(&out, "broken.jsonl").starts_with("not JSON Lines"));
    assert_eq!(
        read_table(&out, "errors").height(),
        2,
        "one error for the broken file"
    );
}

/// One WARC record of `kind` with `block`, its Content-Length `length`
/// (the true length when `None`).
fn warc_record(kind: &str, extra: &str, block: &[u8], length: Option<usize>) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:0>\r\n\
         WARC-Date: 2024-03-05T08:00:00Z\r\n{extra}Content-Length: {}\r\n\r\n",
        length.unwrap_or(block.len())
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn warc_response(url: &str, status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut http =
        format!("HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n").into_bytes();
    http.extend_from_slice(body);
    let extra =
        format!("WARC-Target-URI: <{url}>\r\nContent-Type: application/http; msgtype=response\r\n");
    warc_record("response", &extra, &http, None)
}

#[test]
fn warc_pages_are_documents_and_other_records_are_counted() {
    let input = temp_dir("warc-in");
    let page = encoding_rs::WINDOWS_1252
        .encode(&format!(
            "<html><head><title>Caf\u{e9}</title></head><body><p>{ACCENTED} The caf\u{e9} reopened.</p></body></html>"
        ))
        .0
        .into_owned();
    let mut warc = warc_record(
        "warcinfo",
        "Content-Type: application/warc-fields\r\n",
        b"software: test\r\n",
        None,
    );
    warc.extend(warc_record(
        "request",
        "WARC-Target-URI: <https://news.example/a>\r\nContent-Type: application/http; msgtype=request\r\n",
        b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n",
        None,
    ));
    warc.extend(warc_response(
        "https://news.example/a",
        "200 OK",
        "text/html; charset=windows-1252",
        &page,
    ));
    warc.extend(warc_response(
        "https://news.example/gone",
        "404 Not Found",
        "text/html",
        b"<p>Not here</p>",
    ));
    let mut bad = warc_response(
        "https://news.example/bad",
        "200 OK",
        "text/html",
        b"<p>Cut.</p>",
    );
    let at = String::from_utf8_lossy(&bad)
        .find("Content-Length: ")
        .expect("length")
        + 16;
    // A length 40 bytes too long: it runs into the next record's headers.
    let length: usize = String::from_utf8_lossy(&bad[at..at + 2])
        .parse()
        .expect("two digits");
    bad.splice(at..at + 2, (length + 40).to_string().bytes());
    warc.extend(bad);
    warc.extend(warc_response(
        "https://news.example/notes",
        "200 OK",
        "text/plain",
        b"Plain notes, read after the bad record.",
    ));
    std::fs::write(input.join("crawl.warc"), &warc).expect("w");
    let out = temp_dir("warc-out");
    run_quiet(&input, &out, &[]);

    let docs = read_table(&out, "documents");
    assert_eq!(
        strings(&docs, "url"),
        ["https://news.example/a", "https://news.example/notes"]
    );
    let texts = strings(&docs, "text");
    assert_eq!(texts[0], format!("{ACCENTED} The caf\u{e9} reopened."));
    assert_eq!(strings(&docs, "title")[0], "Caf\u{e9}");
    let errors = read_table(&out, "errors");
    let paths = strings(&errors, "path");
    assert_eq!(paths.len(), 1, "{paths:?}");
    assert!(paths[0].contains("crawl.warc@"), "{paths:?}");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).expect("m"))
            .expect("json");
    // warcinfo, request, the 404.
    assert_eq!(manifest["latest"]["counts"]["skipped_warc_records"], 3);
}
