//! Runs one stage over a generated corpus for a profiler (`perf record`, callgrind):
//! `cargo run --release -p lagebild-bench --example stage -- extract 300 [dense]`. Stages:
//! `parse`, `extract` (parse + extract, article by article), `batched` (every article
//! parsed, then every one extracted), and `brief` (parse and extract untimed, then
//! merge, view and the English briefing each timed; for callgrind, count one of them
//! with `--toggle-collect=lagebild_dossier::view::view` and the like).

#![allow(clippy::unwrap_used, clippy::expect_used)]

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stage = args.first().map_or("extract", String::as_str);
    let count = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(300);
    if stage == "brief" {
        brief(count);
        return;
    }
    // A third argument `dense` profiles the dense stress corpus instead.
    let generator = if args.get(2).is_some_and(|a| a == "dense") {
        lagebild_bench::Generator::dense(1)
    } else {
        lagebild_bench::Generator::new(1)
    };
    let corpus: Vec<String> = generator.take(count).collect();
    let bytes: usize = corpus.iter().map(String::len).sum();
    // The rule table, gazetteer and trigger automata are built once per process; that
    // is not what is measured here.
    if let Ok(warm_up) = lagebild_parse::parse(corpus[0].as_bytes()) {
        let _ = lagebild_extract::extract(&warm_up, "warm-up");
    }
    let start = std::time::Instant::now();
    let mut facts = 0;
    if stage == "batched" {
        // Every article parsed first, then every one extracted: the same work as
        // `extract` without the two stages taking turns in the caches per article.
        let articles: Vec<lagebild_parse::Article> = corpus
            .iter()
            .map(|text| lagebild_parse::parse(text.as_bytes()).unwrap())
            .collect();
        for (i, article) in articles.iter().enumerate() {
            facts += lagebild_extract::extract(article, &format!("a{i}"))
                .facts
                .len();
        }
    }
    for (i, text) in corpus.iter().enumerate().filter(|_| stage != "batched") {
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

/// Articles are generated, parsed and extracted one at a time and merged as they come,
/// as the CLI does, so that a heap profile (massif) of this stage shows what `brief`
/// itself holds.
fn brief(count: usize) {
    let mut builder = lagebild_dossier::DossierBuilder::default();
    let mut merged = 0.0;
    for (i, text) in lagebild_bench::Generator::new(1).take(count).enumerate() {
        let article = lagebild_parse::parse(text.as_bytes()).unwrap();
        let facts = lagebild_extract::extract(&article, &format!("a{i:06}"));
        let start = std::time::Instant::now();
        builder.add(facts);
        merged += start.elapsed().as_secs_f64();
    }
    let observations = builder.len().1;
    let start = std::time::Instant::now();
    let dossier = builder.finish();
    let merged = merged + start.elapsed().as_secs_f64();
    let start = std::time::Instant::now();
    let view = lagebild_dossier::view(&dossier, None);
    let viewed = start.elapsed().as_secs_f64();
    let localizer = lagebild_export::Localizer::new("en").unwrap();
    let start = std::time::Instant::now();
    let briefing = lagebild_export::markdown::to_string(
        &lagebild_export::briefing(&view, &dossier, &localizer),
        &lagebild_export::Options::default(),
    );
    let rendered = start.elapsed().as_secs_f64();
    println!(
        "brief: {count} articles, {observations} facts: merge {merged:.3} s, view {viewed:.3} s, render {rendered:.3} s ({} bytes)",
        briefing.len()
    );
}
