//! The parser's and extractor's cost grows linearly with their input, on every kind of
//! hostile page in `lagebild_bench::adversarial` (endless lines and sentences, a
//! million tiny lines, chrome and teasers without end, quotes that never close, lists
//! of names and dates, a sentence repeated, a sentence naming every state). Each kind is timed at a size and at eight times that size; a
//! linear step takes about 8 times as long, a quadratic one 64 times. The bound, 32,
//! leaves room for a busy machine and caches without letting a quadratic step through.
//! This is a test of growth, not of speed: the speed goals are in the benchmarks.

use lagebild_bench::adversarial::KINDS;
use std::time::{Duration, Instant};

const GROWTH: usize = 8;
const MAX_RATIO: f64 = 32.0;

/// The fastest of three runs: the least disturbed by whatever else the machine does.
fn fastest(mut run: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Time ratio between `GROWTH` times `base` bytes and `base` bytes of each kind; a kind
/// that looks superlinear is measured twice more before it counts, to rule out a pause
/// (the smallest of the three ratios counts).
fn ratios(base: usize, stage: impl Fn(&[u8])) -> Vec<(&'static str, f64)> {
    let ratio = |kind: &lagebild_bench::adversarial::Kind| {
        let small = kind.page(base);
        let large = kind.page(base * GROWTH);
        let t_small = fastest(|| stage(&small)).as_secs_f64();
        let t_large = fastest(|| stage(&large)).as_secs_f64();
        // A floor of 0.1 ms keeps timer resolution out of the ratio.
        t_large / t_small.max(1e-4)
    };
    KINDS
        .iter()
        .map(|kind| {
            let first = ratio(kind);
            let ratio = if first > MAX_RATIO {
                first.min(ratio(kind)).min(ratio(kind))
            } else {
                first
            };
            (kind.name, ratio)
        })
        .collect()
}

fn assert_linear(stage: &str, ratios: &[(&str, f64)]) {
    eprintln!("{stage}: {ratios:.1?}");
    let superlinear: Vec<_> = ratios.iter().filter(|(_, r)| *r > MAX_RATIO).collect();
    assert!(
        superlinear.is_empty(),
        "{stage}: 8x the input took more than {MAX_RATIO}x the time: {superlinear:?} (all: {ratios:?})"
    );
}

#[test]
fn parsing_grows_linearly_on_hostile_pages() {
    let ratios = ratios(32 * 1024, |page| {
        let _ = lagebild_parse::parse(page);
    });
    assert_linear("parse", &ratios);
}

/// Extraction and its JSON, as `lagebild extract --format json` writes it; the bytes
/// of JSON written.
fn extract_to_json(page: &[u8]) -> usize {
    let Ok(article) = lagebild_parse::parse(page) else {
        return 0;
    };
    let facts = lagebild_extract::extract(&article, "x");
    let mut sink = Counter(0);
    let _ = serde_json::to_writer(&mut sink, &facts);
    sink.0
}

/// A writer that only counts.
struct Counter(usize);

impl std::io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn extraction_grows_linearly_on_hostile_pages() {
    let ratios = ratios(8 * 1024, |page| {
        let _ = extract_to_json(page);
    });
    assert_linear("parse + extract + JSON", &ratios);
}

/// The JSON of a page's facts stays within a few times the page: every fact quotes its
/// sentence, and a sentence as long as the page that yields two hundred facts would
/// otherwise be written two hundred times (345 MB of JSON for a page of 1.7 MB). The
/// bound: four times the page (the lead is written once, escaped) and 1 MiB for the
/// facts' quoted sentences (at most 4 KiB each).
#[test]
fn the_json_of_a_hostile_page_stays_within_a_multiple_of_the_page() {
    for kind in KINDS {
        let page = kind.page(256 * 1024);
        let json = extract_to_json(&page);
        let bound = 4 * page.len() + (1 << 20);
        eprintln!(
            "{}: {} bytes of page, {json} bytes of JSON",
            kind.name,
            page.len()
        );
        assert!(
            json <= bound,
            "{}: {json} bytes of JSON for {} bytes of page",
            kind.name,
            page.len()
        );
    }
}
