//! Progress reporting: a bar on a terminal, periodic log lines otherwise.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

use factsift_pipeline::{Progress, RunSummary};

/// Seconds between log lines when standard error is not a terminal.
const LOG_EVERY: Duration = Duration::from_secs(10);

/// Chooses the reporter: silent with `--quiet`, a bar on a terminal, log lines otherwise.
pub fn reporter(quiet: bool) -> Box<dyn Progress> {
    if quiet {
        Box::new(factsift_pipeline::Silent)
    } else if std::io::stderr().is_terminal() {
        Box::new(Bar::default())
    } else {
        Box::new(LogLines::new())
    }
}

/// An indicatif bar: inputs done, inputs per second, ETA.
#[derive(Default)]
pub struct Bar {
    bar: Mutex<Option<ProgressBar>>,
}

impl Progress for Bar {
    fn start(&self, inputs: Option<u64>) {
        let bar = match inputs {
            Some(n) => ProgressBar::new(n).with_style(
                ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} inputs  {per_sec}  ETA {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            ),
            None => ProgressBar::new_spinner().with_style(
                ProgressStyle::with_template("{spinner} [{elapsed_precise}] {pos} documents  {per_sec}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        bar.enable_steady_tick(Duration::from_millis(200));
        if let Ok(mut slot) = self.bar.lock() {
            *slot = Some(bar);
        }
    }

    fn advance(&self, n: u64) {
        if let Ok(slot) = self.bar.lock() {
            if let Some(bar) = slot.as_ref() {
                bar.inc(n);
            }
        }
    }

    fn finish(&self, summary: &RunSummary) {
        if let Ok(slot) = self.bar.lock() {
            if let Some(bar) = slot.as_ref() {
                bar.finish_and_clear();
            }
        }
        eprintln!("{}", describe(summary));
    }
}

/// Plain log lines every few seconds, for cron and pipes.
pub struct LogLines {
    started: Instant,
    last: Mutex<Instant>,
    done: AtomicU64,
    total: AtomicU64,
}

impl LogLines {
    /// A reporter starting now.
    pub fn new() -> Self {
        LogLines {
            started: Instant::now(),
            last: Mutex::new(Instant::now()),
            done: AtomicU64::new(0),
            total: AtomicU64::new(0),
        }
    }
}

impl Default for LogLines {
    fn default() -> Self {
        Self::new()
    }
}

impl Progress for LogLines {
    fn start(&self, inputs: Option<u64>) {
        self.total.store(inputs.unwrap_or(0), Ordering::Relaxed);
        match inputs {
            Some(n) => eprintln!("factsift: {n} inputs to read"),
            None => eprintln!("factsift: reading inputs (feeds included, total unknown)"),
        }
    }

    fn advance(&self, n: u64) {
        let done = self.done.fetch_add(n, Ordering::Relaxed) + n;
        let Ok(mut last) = self.last.lock() else {
            return;
        };
        if last.elapsed() < LOG_EVERY {
            return;
        }
        *last = Instant::now();
        let secs = self.started.elapsed().as_secs_f64().max(1e-9);
        let total = self.total.load(Ordering::Relaxed);
        let of = if total > 0 {
            format!("/{total}")
        } else {
            String::new()
        };
        eprintln!(
            "factsift: {done}{of} inputs read, {:.1}/s, {:.0}s elapsed",
            done as f64 / secs,
            secs
        );
    }

    fn finish(&self, summary: &RunSummary) {
        eprintln!("{}", describe(summary));
    }
}

/// One-line account of a finished run.
pub fn describe(s: &RunSummary) -> String {
    let rows: Vec<String> = s.rows.iter().map(|(t, n)| format!("{t}={n}")).collect();
    format!(
        "factsift: {} documents written, {} already done, {} duplicates, {} other shards, {} errors in {:.2}s ({})",
        s.written,
        s.already_done,
        s.duplicates,
        s.other_shards,
        s.errors,
        s.elapsed.as_secs_f64(),
        rows.join(" ")
    )
}
