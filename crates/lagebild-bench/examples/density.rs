//! How dense in names, numbers, dates and facts a set of pages is, and how fast one core
//! parses and extracts it: `cargo run --release -p lagebild-bench --example density --
//! DIR... [gen:N] [dense:N]`. `gen:N` is N articles of the generator, `dense:N` N of its
//! fact-dense variant. This is how the generator's mix was calibrated against real
//! pages (docs/performance.md, "The corpora"): a corpus much denser than
//! the press spends its time in the fact rules and misstates what a user will see.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

fn main() {
    // `--rounds=N` times exactly N rounds (for a profiler) instead of two seconds' worth.
    let mut rounds = None;
    for arg in std::env::args().skip(1) {
        if let Some(n) = arg.strip_prefix("--rounds=") {
            rounds = Some(n.parse().expect("--rounds=N"));
            continue;
        }
        let pages = load(&arg);
        report(&arg, &pages, rounds);
    }
}

fn load(set: &str) -> Vec<Vec<u8>> {
    if let Some(n) = set.strip_prefix("gen:") {
        let n = n.parse().expect("gen:N");
        return lagebild_bench::Generator::new(1)
            .take(n)
            .map(String::into_bytes)
            .collect();
    }
    if let Some(n) = set.strip_prefix("dense:") {
        let n = n.parse().expect("dense:N");
        return lagebild_bench::Generator::dense(1)
            .take(n)
            .map(String::into_bytes)
            .collect();
    }
    let mut paths: Vec<_> = std::fs::read_dir(set)
        .expect("a directory of pages")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn report(set: &str, pages: &[Vec<u8>], fixed_rounds: Option<usize>) {
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let (mut mentions, mut numbers, mut dates, mut facts, mut body) = (0, 0, 0, 0, 0);
    for (i, page) in pages.iter().enumerate() {
        let Ok(article) = lagebild_parse::parse(page) else {
            continue;
        };
        for block in article.body() {
            body += block.text.len();
            numbers += lagebild_extract::numbers(&block.text).len();
        }
        dates += lagebild_extract::date_expressions(&article).len();
        let extracted = lagebild_extract::extract(&article, &format!("p{i}"));
        mentions += extracted
            .entities
            .iter()
            .map(|e| e.mentions as usize)
            .sum::<usize>();
        facts += extracted.facts.len();
    }
    // Parse + extract, repeated over the set for two seconds or `--rounds`.
    let start = Instant::now();
    let mut rounds = 0;
    while match fixed_rounds {
        Some(n) => rounds < n,
        None => rounds == 0 || start.elapsed().as_secs_f64() < 2.0,
    } {
        for (i, page) in pages.iter().enumerate() {
            if let Ok(article) = lagebild_parse::parse(page) {
                std::hint::black_box(lagebild_extract::extract(&article, &format!("p{i}")));
            }
        }
        rounds += 1;
    }
    let seconds = start.elapsed().as_secs_f64();
    let per_kb = |n: usize| n as f64 * 1000.0 / bytes as f64;
    println!(
        "{set}: {} pages, {bytes} bytes ({:.0} % running text); per KB: {:.2} names, {:.2} numbers, {:.2} dates, {:.2} facts; parse+extract {:.1} MB/s ({rounds} rounds)",
        pages.len(),
        100.0 * body as f64 / bytes as f64,
        per_kb(mentions),
        per_kb(numbers),
        per_kb(dates),
        per_kb(facts),
        (bytes * rounds) as f64 / 1e6 / seconds,
    );
}
