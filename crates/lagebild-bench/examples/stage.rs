//! Runs one stage over a generated corpus for a profiler (`perf record`, callgrind):
//! `cargo run --release -p lagebild-bench --example stage -- extract 300`. Stages:
//! `parse`, `extract` (parse + extract), and `brief` (parse and extract untimed, then
//! merge, view and the English briefing each timed; for callgrind, count one of them
//! with `--toggle-collect=lagebild_dossier::view::view` and the like).

#![allow(clippy::unwrap_used, clippy::expect_used)]

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stage = args.first().map_or("extract", String::as_str);
    let count = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(300);
    let corpus: Vec<String> = lagebild_bench::Generator::new(1).take(count).collect();
    let bytes: usize = corpus.iter().map(String::len).sum();
    // The rule table, gazetteer and trigger automata are built once per process; that
    // is not what is measured here.
    if let Ok(warm_up) = lagebild_parse::parse(corpus[0].as_bytes()) {
        let _ = lagebild_extract::extract(&warm_up, "warm-up");
    }
    let start = std::time::Instant::now();
    if stage == "brief" {
        brief(&corpus);
        return;
    }
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

fn brief(corpus: &[String]) {
    let facts: Vec<_> = corpus
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let article = lagebild_parse::parse(text.as_bytes()).unwrap();
            lagebild_extract::extract(&article, &format!("a{i:06}"))
        })
        .collect();
    let observations: usize = facts.iter().map(|f| f.facts.len()).sum();
    let start = std::time::Instant::now();
    let dossier = lagebild_dossier::from_articles(facts);
    let merged = start.elapsed().as_secs_f64();
    let start = std::time::Instant::now();
    let view = lagebild_dossier::view(&dossier, None);
    let viewed = start.elapsed().as_secs_f64();
    let localizer = lagebild_export::Localizer::new("en").unwrap();
    let start = std::time::Instant::now();
    let briefing = lagebild_export::briefing_markdown(&view, &dossier, &localizer);
    let rendered = start.elapsed().as_secs_f64();
    println!(
        "brief: {} articles, {observations} facts: merge {merged:.3} s, view {viewed:.3} s, render {rendered:.3} s ({} bytes)",
        corpus.len(),
        briefing.len()
    );
}
