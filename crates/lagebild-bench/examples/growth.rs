//! How parse and parse + extract time grows on each kind of hostile page: prints the
//! time at sizes S, 4S and 16S and the ratio t(16S)/t(S) (16 for linear cost).
//!
//! `cargo run --release -p lagebild-bench --example growth -- [SIZE_BYTES]`, or
//! `… -- KIND BYTES [extract]` for one run of one kind under a profiler.

use lagebild_bench::adversarial::KINDS;
use std::time::{Duration, Instant};

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    // `growth KIND BYTES [extract]`: one run of one kind, for a profiler.
    let args: Vec<String> = std::env::args().collect();
    if let [_, name, bytes, rest @ ..] = args.as_slice()
        && let Some(kind) = KINDS.iter().find(|k| k.name == name)
    {
        let page = kind.page(bytes.parse().unwrap_or(65_536));
        if let Ok(article) = lagebild_parse::parse(&page)
            && !rest.is_empty()
        {
            let _ = lagebild_extract::extract(&article, "x");
        }
        return;
    }
    let base: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(64 * 1024);
    println!(
        "{:<26} {:>10} {:>10} {:>10} {:>7}   extract: {:>10} {:>10} {:>7}",
        "kind", "S", "4S", "16S", "ratio", "S", "16S", "ratio"
    );
    for kind in KINDS {
        let mut parse_times = Vec::new();
        let mut all_times = Vec::new();
        for factor in [1, 4, 16] {
            let page = kind.page(base * factor);
            parse_times.push(best_of(3, || {
                let _ = lagebild_parse::parse(&page);
            }));
            if factor != 4 {
                all_times.push(best_of(2, || {
                    if let Ok(article) = lagebild_parse::parse(&page) {
                        let _ = lagebild_extract::extract(&article, "x");
                    }
                }));
            }
        }
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{:<26} {:>8.2}ms {:>8.2}ms {:>8.2}ms {:>7.1}   extract: {:>8.2}ms {:>8.2}ms {:>7.1}",
            kind.name,
            ms(parse_times[0]),
            ms(parse_times[1]),
            ms(parse_times[2]),
            ms(parse_times[2]) / ms(parse_times[0]),
            ms(all_times[0]),
            ms(all_times[1]),
            ms(all_times[1]) / ms(all_times[0]),
        );
    }
}
