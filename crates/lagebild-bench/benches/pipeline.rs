//! Criterion benchmarks of every stage on a synthetic corpus (see `lagebild_bench`):
//! decode + parse, extract, merge, render per language, and the whole pipeline across
//! both cores. Throughput is reported in bytes (parse, extract, end to end) or articles.
//!
//! `cargo bench` from the workspace root (corpus size: `LAGEBILD_BENCH_ARTICLES`, default
//! 500).
//! `parse_extract_dense` runs the same stage on the dense stress corpus
//! ([`lagebild_bench::Generator::dense`]), about three times as rich in facts.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;
use std::hint::black_box;

fn article_count() -> usize {
    std::env::var("LAGEBILD_BENCH_ARTICLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(500)
}

fn corpus() -> Vec<String> {
    lagebild_bench::Generator::new(1)
        .take(article_count())
        .collect()
}

fn stages(c: &mut Criterion) {
    let corpus = corpus();
    let bytes: u64 = corpus.iter().map(|a| a.len() as u64).sum();
    let articles: Vec<lagebild_parse::Article> = corpus
        .iter()
        .map(|a| lagebild_parse::parse(a.as_bytes()).unwrap())
        .collect();
    let facts: Vec<lagebild_model::ArticleFacts> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| lagebild_extract::extract(a, &format!("a{i}")))
        .collect();
    let dossier = lagebild_dossier::from_articles(facts.clone());
    let view = lagebild_dossier::view(&dossier, None);

    let mut group = c.benchmark_group("stage");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("read_lines_floor", |b| {
        b.iter(|| {
            corpus
                .iter()
                .map(|a| black_box(a.as_bytes()).split(|&c| c == b'\n').count())
                .sum::<usize>()
        });
    });
    group.bench_function("decode_parse", |b| {
        b.iter(|| {
            for a in &corpus {
                black_box(lagebild_parse::parse(black_box(a.as_bytes())).unwrap());
            }
        });
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            for (i, a) in articles.iter().enumerate() {
                black_box(lagebild_extract::extract(a, &format!("a{i}")));
            }
        });
    });
    group.bench_function("parse_extract", |b| {
        b.iter(|| {
            for (i, a) in corpus.iter().enumerate() {
                let article = lagebild_parse::parse(a.as_bytes()).unwrap();
                black_box(lagebild_extract::extract(&article, &format!("a{i}")));
            }
        });
    });
    let dense: Vec<String> = lagebild_bench::Generator::dense(1)
        .take(article_count())
        .collect();
    group.throughput(Throughput::Bytes(
        dense.iter().map(|a| a.len() as u64).sum(),
    ));
    group.bench_function("parse_extract_dense", |b| {
        b.iter(|| {
            for (i, a) in dense.iter().enumerate() {
                let article = lagebild_parse::parse(a.as_bytes()).unwrap();
                black_box(lagebild_extract::extract(&article, &format!("a{i}")));
            }
        });
    });
    group.throughput(Throughput::Elements(corpus.len() as u64));
    group.bench_function("merge_and_view", |b| {
        b.iter_batched(
            || facts.clone(),
            |facts| {
                let dossier = lagebild_dossier::from_articles(facts);
                black_box(lagebild_dossier::view(&dossier, None).organisations.len())
            },
            BatchSize::LargeInput,
        );
    });
    for lang in ["de", "en", "ru"] {
        let localizer = lagebild_export::Localizer::new(lang).unwrap();
        group.bench_function(format!("render_briefing_{lang}"), |b| {
            b.iter(|| {
                black_box(lagebild_export::markdown::to_string(
                    &lagebild_export::briefing(&view, &dossier, &localizer),
                    &lagebild_export::Options::default(),
                ))
            });
        });
    }
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("end_to_end_parallel", |b| {
        b.iter(|| {
            let facts: Vec<lagebild_model::ArticleFacts> = corpus
                .par_iter()
                .enumerate()
                .map(|(i, a)| {
                    let article = lagebild_parse::parse(a.as_bytes()).unwrap();
                    lagebild_extract::extract(&article, &format!("a{i}"))
                })
                .collect();
            let dossier = lagebild_dossier::from_articles(facts);
            let view = lagebild_dossier::view(&dossier, None);
            let localizer = lagebild_export::Localizer::new("en").unwrap();
            black_box(lagebild_export::markdown::to_string(
                &lagebild_export::briefing(&view, &dossier, &localizer),
                &lagebild_export::Options::default(),
            ))
        });
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
