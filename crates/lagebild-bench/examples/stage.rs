//! Runs one stage over a generated corpus for a profiler (`perf record`, callgrind):
//! `cargo run --release -p lagebild-bench --example stage -- extract 300`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stage = args.first().map_or("extract", String::as_str);
    let count = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(300);
    let corpus: Vec<String> = lagebild_bench::Generator::new(1).take(count).collect();
    let bytes: usize = corpus.iter().map(String::len).sum();
    // The rule table is compiled once per process; that is not what is measured here.
    let _ = lagebild_parse::parse(b"Warm-up.");
    let start = std::time::Instant::now();
    let mut facts = 0;
    for (i, text) in corpus.iter().enumerate() {
        let article = lagebild_parse::parse(text.as_bytes()).unwrap();
        if stage == "extract" {
            facts += lagebild_extract::extract(&article, &format!("a{i}"))
                .facts
                .len();
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{stage}: {count} articles, {bytes} bytes, {facts} facts, {seconds:.3} s, {:.1} articles/s, {:.2} MB/s",
        count as f64 / seconds,
        bytes as f64 / 1e6 / seconds
    );
}
