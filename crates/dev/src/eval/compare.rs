//! Evaluation sections for `compare`: the bundled multi-source story in
//! `corpora/` (its disputed figures and shared claims) and claim alignment
//! on ECB+ (982 articles from 348 outlets in 86 same-event clusters): stories
//! against the events, statistics against the gold facts (`compare_gold`) and
//! compare's time beside the run's.
//!
//! Both run the real pipeline into a temporary folder first (with the NER
//! model of `$FACTSIFT_MODEL`, else the first model found, else none) and
//! then the real comparison (with the sentence embedder when installed).

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use std::time::Instant;

use super::{compare_gold, read_jsonl, Figure, Section, SharedData};
use factsift_compare::model::{Comparison, Relation, StatGroup, Verdict};
use factsift_compare::{compare, Options};
use factsift_entities::model;
use factsift_onnx::{load_choice, EmbedderChoice};
use factsift_pipeline::{build_stages, run, RunOptions, Silent, StageConfig};

/// The compare sections.
pub const SECTIONS: &[Section] = &[
    ("compare: bundled corpus story", corpus_story),
    (
        "compare: ECB+ stories, gold facts, alignment, time",
        ecbplus,
    ),
];

/// A temporary folder removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> anyhow::Result<TempDir> {
        let dir = std::env::temp_dir().join(format!("factsift-eval-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the pipeline over `inputs` into `out` (with the NER model of
/// `$FACTSIFT_MODEL`, else the first model found).
fn run_pipeline(inputs: Vec<PathBuf>, out: &Path) -> anyhow::Result<()> {
    let ner_model = match std::env::var(super::entities::MODEL_ENV) {
        Ok(name) => model::resolve(&name).ok(),
        Err(_) => model::list()
            .into_iter()
            .find(|m| m.problem.is_none())
            .map(|m| m.path),
    };
    let stages = build_stages(&StageConfig {
        ner_model,
        threads: 0,
    })?;
    let options = RunOptions {
        inputs,
        out: out.to_path_buf(),
        jobs: 1,
        ..Default::default()
    };
    run(&options, &stages, &Silent)?;
    Ok(())
}

/// Compares one run folder (with the sentence embedder when installed).
fn compare_run(out: &Path) -> anyhow::Result<Comparison> {
    let encoder = load_choice(&EmbedderChoice::Auto, 0)?;
    compare(&Options {
        runs: vec![out.to_path_buf()],
        encoder: encoder
            .as_ref()
            .map(|e| e as &dyn factsift_core::SentenceEncoder),
    })
}

/// Runs the pipeline over `inputs` into `out` and compares the result.
fn pipeline_then_compare(inputs: Vec<PathBuf>, out: &Path) -> anyhow::Result<Comparison> {
    run_pipeline(inputs, out)?;
    compare_run(out)
}

/// The bundled corpus folder (`corpora/` under the repository root).
fn corpus_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpora");
    dir.is_dir().then_some(dir)
}

fn has_source(g: &StatGroup, source: &str, value: f64) -> bool {
    g.figures
        .iter()
        .any(|f| f.source == source && (f.value - value).abs() < 1e-9)
}

fn check(name: &str, ok: bool, detail: String) -> Figure {
    Figure::with_target(name, f64::from(u8::from(ok)), 1.0, detail)
}

fn describe(g: Option<&StatGroup>) -> String {
    match g {
        None => "no such group".to_string(),
        Some(g) => format!(
            "{} {}: {}",
            g.verdict.as_str(),
            g.measured,
            g.figures
                .iter()
                .map(|f| format!("{}={}", f.source, f.text))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The story in `corpora/`: five articles from four outlets about the same
/// deportation deal. What the comparison must find is written from the
/// articles, not from the output.
fn corpus_story(_: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some(corpus) = corpus_dir() else {
        return Ok(None);
    };
    let tmp = TempDir::new("corpus")?;
    let c = pipeline_then_compare(vec![corpus], &tmp.0)?;
    let mut figures = vec![Figure::info(
        "documents / sources / stories",
        c.documents as f64,
        format!(
            "{} sources, {} stories, embeddings {}",
            c.sources.len(),
            c.stories,
            if c.embeddings { "on" } else { "off" }
        ),
    )];
    // The number of deportees: more than 250 / 238 / about 250 / 261.
    let deportees = c
        .statistics
        .iter()
        .find(|g| g.kind == "count" && has_source(g, "Coastal Times", 250.0));
    figures.push(check(
        "deportee count disputed (more than 250 vs …)",
        deportees.is_some_and(|g| g.verdict == Verdict::Differ && g.figures.len() >= 2),
        describe(deportees),
    ));
    let all_four = deportees.is_some_and(|g| {
        has_source(g, "northern-ledger", 238.0)
            && has_source(g, "Valley Post", 250.0)
            && has_source(g, "Continental Wire", 261.0)
    });
    figures.push(check(
        "deportee count: all four outlets in one group",
        all_four,
        describe(deportees),
    ));
    // The payment: US$6 million / $6m / $6 million / about $6 million.
    let payment = c.statistics.iter().find(|g| {
        g.unit.as_deref() == Some("USD")
            && g.figures.len() >= 3
            && g.figures.iter().all(|f| (f.value - 6e6).abs() < 1.0)
    });
    figures.push(check(
        "US$6 million payment agreed by 3+ outlets",
        payment.is_some_and(|g| g.verdict == Verdict::Agree),
        describe(payment),
    ));
    // Bukele's approval: 85% and 85.2 percent (Valley Post), 85.2 percent (Wire).
    let approval = c.statistics.iter().find(|g| {
        g.unit.as_deref() == Some("percent")
            && has_source(g, "Valley Post", 85.2)
            && g.figures.iter().any(|f| f.source == "Continental Wire")
    });
    figures.push(check(
        "approval rating agreed (85.2% in two outlets)",
        approval.is_some_and(|g| g.verdict == Verdict::Agree),
        describe(approval),
    ));
    // Only the Coastal Times gives the homicide rate.
    let homicide = c.statistics.iter().find(|g| {
        g.measured.contains("homicide") && g.figures.iter().any(|f| (f.value - 1.9).abs() < 1e-9)
    });
    figures.push(check(
        "homicide rate reported by one source only",
        homicide.is_some_and(|g| g.verdict == Verdict::SingleSource),
        describe(homicide),
    ));
    // Shared claims: the payment and the number of deportees across outlets.
    let pair = |needle_a: &str, needle_b: &str| {
        c.alignments.iter().find(|a| {
            (a.a.text.contains(needle_a) && a.b.text.contains(needle_b))
                || (a.a.text.contains(needle_b) && a.b.text.contains(needle_a))
        })
    };
    let show = |a: Option<&factsift_compare::model::Alignment>| {
        a.map_or("not aligned".to_string(), |a| {
            format!(
                "{} ({:.2}): {}",
                a.relation.as_str(),
                a.text_similarity,
                a.detail
            )
        })
    };
    let payment_pair = pair("US$6 million", "about $6 million");
    figures.push(check(
        "claims aligned: US$6 million ~ about $6 million payment",
        payment_pair.is_some_and(|a| a.relation != Relation::DifferFigures),
        show(payment_pair),
    ));
    let count_pair = pair("More than 250 migrants", "about 250 deportees");
    figures.push(check(
        "claims aligned: >250 migrants ~ about 250 deportees",
        count_pair.is_some(),
        show(count_pair),
    ));
    let kinds: BTreeSet<&str> = c.alignments.iter().map(|a| a.relation.as_str()).collect();
    figures.push(Figure::info(
        "aligned claim pairs",
        c.alignments.len() as f64,
        format!(
            "relations: {}",
            kinds.into_iter().collect::<Vec<_>>().join(", ")
        ),
    ));
    Ok(Some(figures))
}

/// Environment variable naming a finished run of the ECB+ articles (as
/// [`ecbplus_input`] writes them) to compare instead of running the pipeline
/// again; its manifest's timings give the run time.
pub const ECBPLUS_RUN_ENV: &str = "FACTSIFT_EVAL_ECBPLUS_RUN";

/// Writes the ECB+ articles as JSON Lines (`id`, `source`, `text`: an ECB
/// document without an outlet is its own source) and returns each id's event.
pub fn ecbplus_input(
    rows: &[serde_json::Value],
    path: &Path,
) -> anyhow::Result<HashMap<String, String>> {
    let mut cluster_of: HashMap<String, String> = HashMap::new();
    let mut lines = String::new();
    for r in rows {
        let (Some(id), Some(text), Some(cluster)) = (
            r.get("id").and_then(|v| v.as_str()),
            r.get("text").and_then(|v| v.as_str()),
            r.get("story_cluster").and_then(|v| v.as_str()),
        ) else {
            continue;
        };
        cluster_of.insert(id.to_string(), cluster.to_string());
        let source = r
            .get("outlet")
            .and_then(|v| v.as_str())
            .map_or_else(|| format!("doc-{id}"), str::to_string);
        let line = serde_json::json!({"id": id, "source": source, "text": text});
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    std::fs::write(path, lines)?;
    Ok(cluster_of)
}

/// The seconds a finished run took, from its manifest (the last run's
/// `timings_s.total`).
fn manifest_seconds(run: &Path) -> Option<f64> {
    let text = std::fs::read_to_string(run.join("manifest.json")).ok()?;
    let m: serde_json::Value = serde_json::from_str(&text).ok()?;
    m["runs"].as_array()?.last()?["timings_s"]["total"].as_f64()
}

/// The ECB+ run to compare: the one named by [`ECBPLUS_RUN_ENV`], else a
/// fresh pipeline run into `tmp`; with the seconds the run took.
fn ecbplus_run(tmp: &Path, input: PathBuf) -> anyhow::Result<(PathBuf, Option<f64>)> {
    if let Ok(dir) = std::env::var(ECBPLUS_RUN_ENV) {
        let dir = PathBuf::from(dir);
        let secs = manifest_seconds(&dir);
        return Ok((dir, secs));
    }
    let out = tmp.join("run");
    let started = Instant::now();
    run_pipeline(vec![input], &out)?;
    Ok((out, Some(started.elapsed().as_secs_f64())))
}

/// ECB+ (982 articles, 86 events): stories against the events, the
/// statistics against the gold facts of `compare_ecbplus_gold`, claims
/// aligned within one event, and compare's time beside the run's.
fn ecbplus(shared: &SharedData) -> anyhow::Result<Option<Vec<Figure>>> {
    let Some(path) = shared.eval_set("multisource_ecbplus_en") else {
        return Ok(None);
    };
    let rows = read_jsonl(&path)?;
    let tmp = TempDir::new("ecbplus")?;
    let input = tmp.0.join("ecbplus.jsonl");
    let cluster_of = ecbplus_input(&rows, &input)?;
    let (out, run_secs) = ecbplus_run(&tmp.0, input)?;
    let started = Instant::now();
    let c = compare_run(&out)?;
    let compare_secs = started.elapsed().as_secs_f64();
    // doc_id → ECB+ id (the JSONL `id` is the external id) → event
    let docs = factsift_compare::load::RunSet::open(std::slice::from_ref(&out))?
        .read("documents", &["doc_id", "external_id"])?;
    let ids = factsift_compare::load::strings(&docs, "doc_id");
    let ext = factsift_compare::load::strings(&docs, "external_id");
    let ecb_id: HashMap<String, String> = ids
        .into_iter()
        .zip(ext)
        .filter_map(|(d, e)| Some((d?, e?)))
        .collect();
    let event_of_doc: HashMap<String, String> = ecb_id
        .iter()
        .filter_map(|(d, e)| Some((d.clone(), cluster_of.get(e)?.clone())))
        .collect();
    let mut figures = compare_gold::story_figures(&c, &event_of_doc);
    if let Some(gold) = shared.eval_file("compare_ecbplus_gold", "facts.jsonl") {
        let gold = compare_gold::Gold::read(&gold)?;
        figures.extend(compare_gold::score(&c, &gold, &ecb_id, &cluster_of));
        if let Ok(path) = std::env::var(compare_gold::DETAIL_ENV) {
            std::fs::write(&path, compare_gold::detail(&c, &gold, &ecb_id, &cluster_of))?;
        }
    }
    figures.extend(alignment_figures(&c, &event_of_doc, &cluster_of));
    figures.push(speed_figure(run_secs, compare_secs));
    Ok(Some(figures))
}

/// How many times faster compare is than the run it compares (target 4).
fn speed_figure(run_secs: Option<f64>, compare_secs: f64) -> Figure {
    let detail = format!(
        "run {} s, compare {compare_secs:.1} s",
        run_secs.map_or("?".to_string(), |s| format!("{s:.1}"))
    );
    match run_secs {
        Some(r) => Figure::with_target(
            "run time / compare time",
            r / compare_secs.max(1e-9),
            4.0,
            detail,
        ),
        None => Figure::info("compare time (s)", compare_secs, detail),
    }
}

/// Claims aligned across articles should stay inside one event
/// (precision), and each event should get some alignment (coverage).
fn alignment_figures(
    c: &Comparison,
    event_of_doc: &HashMap<String, String>,
    cluster_of: &HashMap<String, String>,
) -> Vec<Figure> {
    let mut same = 0usize;
    let mut judged = 0usize;
    let mut covered: BTreeSet<&str> = BTreeSet::new();
    for a in &c.alignments {
        let (Some(x), Some(y)) = (event_of_doc.get(&a.a.doc_id), event_of_doc.get(&a.b.doc_id))
        else {
            continue;
        };
        judged += 1;
        if x == y {
            same += 1;
            covered.insert(x.as_str());
        }
    }
    let clusters: BTreeSet<&String> = cluster_of.values().collect();
    vec![
        Figure::info(
            "aligned pairs: same-event share (precision)",
            same as f64 / judged.max(1) as f64,
            format!(
                "{same}/{judged} pairs; {} documents, embeddings {}",
                c.documents,
                if c.embeddings { "on" } else { "off" }
            ),
        ),
        Figure::info(
            "events with a cross-source alignment (coverage)",
            covered.len() as f64 / clusters.len().max(1) as f64,
            format!("{}/{} events", covered.len(), clusters.len()),
        ),
    ]
}
