//! Quantity extraction throughput on one core.
//!
//! `cargo run --release --example numbers_throughput [SHARED_DIR] [MEGABYTES]`
//!
//! Segments the seed article (from `SHARED_DIR/seeds`, default `../shared`)
//! repeated to about `MEGABYTES` (default 32) of text, then times only the
//! numbers extractor over those sentences (best of three) and prints MB/s.
//! The seed is dense in figures; plain news with fewer numbers reads faster.

use std::time::Instant;

use factsift::eval::SharedData;
use factsift::language::Language;
use factsift::numbers::{extract_sentences, Lang};
use factsift::segment::segment;

fn main() {
    let mut args = std::env::args().skip(1);
    let shared = args.next().unwrap_or_else(|| "../shared".to_string());
    let megabytes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(32);
    let Some((path, seed)) = SharedData::new(&shared).seed() else {
        eprintln!("no seed article under {shared}/seeds");
        std::process::exit(1);
    };
    let copies = (megabytes << 20) / seed.len().max(1) + 1;
    let mut long = String::with_capacity(copies * (seed.len() + 1));
    for _ in 0..copies {
        long.push_str(&seed);
        long.push('\n');
    }
    let spans: Vec<_> = segment(&long, Language::En, &[])
        .iter()
        .map(|s| s.span)
        .collect();
    println!(
        "seed {} x {copies} = {:.1} MB, {} sentences",
        path.display(),
        long.len() as f64 / 1e6,
        spans.len()
    );
    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..3 {
        let t = Instant::now();
        count = extract_sentences(&long, spans.iter().copied(), Lang::En).len();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "numbers: {:>8.1} MB/s ({count} quantities)",
        long.len() as f64 / 1e6 / best
    );
}
