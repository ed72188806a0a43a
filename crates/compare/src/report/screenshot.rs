//! The HTML report renders in headless Chromium: the screenshot of
//! the sample comparison has the requested size, is not blank, and shows the disputed
//! statistics' charts in their color.
//!
//! Skips (with a message) where `/usr/bin/chromium` is missing, unless
//! `FACTSIFT_REQUIRE_CHROMIUM=1`. The screenshot is kept in
//! `target/report-screenshot/report.png` for a person to look at.

use std::fs::{self, File};
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use super::{chart, sample};
use crate::report;

const CHROMIUM: &str = "/usr/bin/chromium";
const WIDTH: u32 = 1200;
const HEIGHT: u32 = 1600;
const TIMEOUT: Duration = Duration::from_secs(60);
/// A source name that would blank the page if it were not escaped.
const HOSTILE_SOURCE: &str = "<script>document.body.innerHTML='';</script>Outlet";

/// A decoded screenshot as 8-bit RGB(A) pixels.
struct Screenshot {
    width: u32,
    height: u32,
    channels: usize,
    pixels: Vec<u8>,
}

impl Screenshot {
    fn read(path: &Path) -> Screenshot {
        let file = File::open(path).unwrap_or_else(|e| panic!("opening {}: {e}", path.display()));
        let mut decoder = png::Decoder::new(BufReader::new(file));
        decoder.set_transformations(png::Transformations::normalize_to_color8());
        let mut reader = decoder.read_info().expect("a PNG header");
        let size = reader
            .output_buffer_size()
            .expect("a frame size that fits in memory");
        let mut pixels = vec![0; size];
        let info = reader.next_frame(&mut pixels).expect("a decodable frame");
        pixels.truncate(info.buffer_size());
        let channels = info.color_type.samples();
        assert!(
            channels >= 3,
            "expected a color screenshot, got {:?}",
            info.color_type
        );
        Screenshot {
            width: info.width,
            height: info.height,
            channels,
            pixels,
        }
    }

    /// (x, y, rgb) of every pixel.
    fn iter(&self) -> impl Iterator<Item = (u32, u32, [u8; 3])> + '_ {
        let width = self.width.max(1);
        self.pixels
            .chunks_exact(self.channels)
            .enumerate()
            .map(move |(i, p)| {
                let i = i as u32;
                (i % width, i / width, [p[0], p[1], p[2]])
            })
    }
}

/// `#rrggbb` as bytes.
fn rgb(hex: &str) -> [u8; 3] {
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).expect("a hex color");
    [byte(1), byte(3), byte(5)]
}

fn near(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= 6)
}

/// Runs Chromium on `page`, killing it after [`TIMEOUT`].
fn screenshot(page: &Path, dir: &Path) -> PathBuf {
    let out = dir.join("report.png");
    let log = File::create(dir.join("chromium.log")).expect("a log file");
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--window-size={WIDTH},{HEIGHT}"))
        .arg(format!("--screenshot={}", out.display()))
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("starting chromium");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for chromium") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took over {TIMEOUT:?}; log in {}", dir.display());
        }
        sleep(Duration::from_millis(100));
    };
    let log = fs::read_to_string(dir.join("chromium.log")).unwrap_or_default();
    assert!(status.success(), "chromium failed ({status}):\n{log}");
    assert!(out.exists(), "chromium wrote no screenshot:\n{log}");
    out
}

#[test]
fn html_report_renders_in_headless_chromium() {
    if !Path::new(CHROMIUM).exists() {
        if std::env::var("FACTSIFT_REQUIRE_CHROMIUM").as_deref() == Ok("1") {
            panic!("{CHROMIUM} is missing and FACTSIFT_REQUIRE_CHROMIUM=1");
        }
        eprintln!("skipping the report screenshot test: {CHROMIUM} is not installed");
        return;
    }
    let dir = std::env::temp_dir().join(format!("factsift-report-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a temporary folder");

    let mut comparison = sample::sample();
    if let Some(figure) = comparison
        .statistics
        .iter_mut()
        .find(|g| g.verdict == crate::model::Verdict::SingleSource)
        .and_then(|g| g.figures.first_mut())
    {
        figure.source = HOSTILE_SOURCE.to_string();
    }
    let page = dir.join("report.html");
    let html = report::html(&comparison);
    assert!(
        !html.contains("<script"),
        "the hostile source name is escaped"
    );
    fs::write(&page, &html).expect("writing the page");

    let png_path = screenshot(&page, &dir);
    let kept = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/report-screenshot");
    if fs::create_dir_all(&kept).is_ok()
        && fs::copy(&png_path, kept.join("report.png")).is_ok()
        && fs::copy(&page, kept.join("report.html")).is_ok()
    {
        println!("screenshot kept in {}", kept.join("report.png").display());
    }

    let shot = Screenshot::read(&png_path);
    assert_eq!((shot.width, shot.height), (WIDTH, HEIGHT));

    // Not blank: a good share of the page is ink, in many colors.
    let white = [255, 255, 255];
    let total = (shot.width * shot.height) as usize;
    let ink = shot.iter().filter(|(_, _, p)| !near(*p, white)).count();
    assert!(
        ink * 50 > total,
        "only {ink} of {total} pixels are not white"
    );
    let mut colors: Vec<[u8; 3]> = shot.iter().map(|(_, _, p)| p).collect();
    colors.sort_unstable();
    colors.dedup();
    assert!(colors.len() > 100, "only {} distinct colors", colors.len());

    // The disputed charts: dots, caps and arrows in the disputed color, across several
    // rows of the top part of the page.
    let hits = disputed_pixels(&shot);
    println!("{} disputed-color pixels", hits.len());
    assert!(
        hits.len() > MIN_DISPUTED_PIXELS,
        "{} disputed-color pixels",
        hits.len()
    );
    let mut rows: Vec<u32> = hits.iter().map(|(_, y)| y / 20).collect();
    rows.sort_unstable();
    rows.dedup();
    assert!(
        rows.len() >= 4,
        "disputed color on {} bands of rows",
        rows.len()
    );
    assert!(
        hits.iter().all(|(_, y)| *y < HEIGHT / 2),
        "disputed statistics come first, in the top half of the page"
    );

    // The agreeing charts follow, lower on the page.
    let agree = rgb(chart::AGREE_COLOR);
    let lowest_disputed = hits.iter().map(|(_, y)| *y).max().unwrap_or(0);
    let agree_below = shot
        .iter()
        .filter(|(_, y, p)| *y > lowest_disputed && near(*p, agree))
        .count();
    assert!(
        agree_below > 100,
        "{agree_below} agree-color pixels below the disputed charts"
    );

    // The same page without its charts stays under the threshold: the pixels counted
    // above are the charts', not the legend's or the badges'.
    let bare_dir = dir.join("without-charts");
    fs::create_dir_all(&bare_dir).expect("a temporary folder");
    let bare_page = bare_dir.join("report.html");
    fs::write(&bare_page, without_svg(&html)).expect("writing the page");
    let bare = Screenshot::read(&screenshot(&bare_page, &bare_dir));
    let bare_hits = disputed_pixels(&bare).len();
    println!("{bare_hits} disputed-color pixels without the charts");
    assert!(
        bare_hits < MIN_DISPUTED_PIXELS,
        "{bare_hits} without the charts"
    );

    let _ = fs::remove_dir_all(&dir);
}

/// Fewest disputed-color pixels the sample's two disputed charts must give.
const MIN_DISPUTED_PIXELS: usize = 300;

/// Positions of the pixels drawn in the disputed color.
fn disputed_pixels(shot: &Screenshot) -> Vec<(u32, u32)> {
    let disputed = rgb(chart::DISPUTED_COLOR);
    shot.iter()
        .filter(|(_, _, p)| near(*p, disputed))
        .map(|(x, y, _)| (x, y))
        .collect()
}

/// The page with every `<svg>…</svg>` element cut out.
fn without_svg(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<svg ") {
        out.push_str(&rest[..start]);
        match rest[start..].find("</svg>") {
            Some(end) => rest = &rest[start + end + "</svg>".len()..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    assert!(!out.contains("<svg"));
    out
}
