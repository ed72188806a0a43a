//! Sentence segmentation throughput on one core.
//!
//! `cargo run --release --example segment_throughput [SHARED_DIR] [MEGABYTES]`
//!
//! Segments the seed article (from `SHARED_DIR/seeds`, default `../shared`)
//! repeated to about `MEGABYTES` (default 64) of text, once as one long
//! document and once as many seed-sized documents, and prints MB/s.

use std::time::Instant;

use factsift::eval::SharedData;
use factsift::language::Language;
use factsift::segment::segment;

fn main() {
    let mut args = std::env::args().skip(1);
    let shared = args.next().unwrap_or_else(|| "../shared".to_string());
    let megabytes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(64);
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
    println!(
        "seed {} ({} bytes) x {copies} = {:.1} MB",
        path.display(),
        seed.len(),
        long.len() as f64 / 1e6
    );

    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..3 {
        let t = Instant::now();
        count = segment(&long, Language::En, &[]).len();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "one document:   {:>8.1} MB/s ({count} sentences)",
        long.len() as f64 / 1e6 / best
    );

    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        count = 0;
        for _ in 0..copies {
            count += segment(&seed, Language::En, &[]).len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "seed-sized docs: {:>8.1} MB/s ({count} sentences)",
        (copies * seed.len()) as f64 / 1e6 / best
    );
}
