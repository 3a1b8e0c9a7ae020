//! Rough throughput check: parses every file named on the command line many times and
//! prints MB/s. The real benchmarks (criterion) come with the performance work.
use std::time::Instant;

fn main() {
    let files: Vec<Vec<u8>> = std::env::args()
        .skip(1)
        .filter_map(|p| std::fs::read(p).ok())
        .collect();
    let bytes: usize = files.iter().map(Vec::len).sum();
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200);
    let start = Instant::now();
    let mut blocks = 0;
    for _ in 0..rounds {
        for file in &files {
            if let Ok(article) = lagebild_parse::parse(file) {
                blocks += article.blocks.len();
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{mb:.1} MB in {secs:.3} s: {:.1} MB/s, {:.0} articles/s ({blocks} blocks)",
        mb / secs,
        (files.len() * rounds) as f64 / secs
    );
}
