//! Heap accounting for `docs/performance.md`: the live and peak heap bytes of each phase,
//! counted by a wrapper around the system allocator (`peak_alloc`), which resident-set
//! figures cannot split by phase. Two modes:
//!
//! - `cargo run --release -p lagebild-bench --example heap -- brief DIR`: the articles of
//!   `DIR` read, parsed and extracted one at a time into a `DossierBuilder` the way
//!   `lagebild brief` does for Markdown (room reserved after 200 articles; provenance
//!   sentences let go, since the briefing cites articles), then the view and the English
//!   briefing written into a sink that only counts bytes.
//! - `... --example heap -- parse FILE`: one file read and parsed.
//! - `... --example heap -- extract FILE`: one file read, parsed and extracted, the facts
//!   written as JSON into a sink that only counts bytes (what `lagebild extract` does).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use peak_alloc::PeakAlloc;
use std::sync::Arc;

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match (args.first().map(String::as_str), args.get(1)) {
        (Some("brief"), Some(dir)) => brief(dir),
        (Some("parse"), Some(file)) => parse(file),
        (Some("extract"), Some(file)) => extract(file),
        _ => eprintln!("usage: heap brief DIR | heap parse FILE | heap extract FILE"),
    }
}

/// Prints the heap in use now and its peak since the last report, in MiB.
fn report(phase: &str) {
    let mib = |bytes: usize| bytes as f64 / (1024.0 * 1024.0);
    println!(
        "{phase}: live {:.1} MiB, peak {:.1} MiB",
        mib(HEAP.current_usage()),
        mib(HEAP.peak_usage())
    );
    HEAP.reset_peak_usage();
}

fn parse(file: &str) {
    let bytes = std::fs::read(file).unwrap();
    report("read");
    let article = lagebild_parse::parse(&bytes).unwrap();
    report("parse");
    println!(
        "{} blocks ({} bytes of text), {} dropped lines",
        article.blocks.len(),
        article.blocks.iter().map(|b| b.text.len()).sum::<usize>(),
        article.dropped.len()
    );
    drop(bytes);
    report("input let go");
}

fn extract(file: &str) {
    let bytes = std::fs::read(file).unwrap();
    report("read");
    let article = lagebild_parse::parse(&bytes).unwrap();
    report("parse");
    let facts = lagebild_extract::extract(&article, "x");
    report("extract");
    drop(article);
    drop(bytes);
    report("input and article let go");
    let mut sink = Sink(0);
    serde_json::to_writer(&mut sink, &facts).unwrap();
    report("json");
    println!("{} facts, {} bytes of JSON", facts.facts.len(), sink.0);
}

/// A writer that only counts what it is given.
struct Sink(usize);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn brief(dir: &str) {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut builder = lagebild_dossier::DossierBuilder::default();
    for (i, path) in files.iter().enumerate() {
        let bytes = std::fs::read(path).unwrap();
        let article = lagebild_parse::parse(&bytes).unwrap();
        let id = path.file_stem().unwrap().to_string_lossy();
        let mut facts = lagebild_extract::extract(&article, &id);
        let none: Arc<str> = Arc::from("");
        for record in &mut facts.facts {
            record.provenance.sentence = Arc::clone(&none);
        }
        builder.add(facts);
        if i + 1 == 200.min(files.len()) {
            let (articles, observations) = builder.len();
            let expected = observations * files.len() * 11 / (articles * 10);
            builder.reserve(expected.saturating_sub(observations));
        }
    }
    report("read, extract and merge");
    let dossier = builder.finish();
    report("sort");
    let records = dossier.observations.len();
    let record_size = std::mem::size_of::<lagebild_model::FactRecord>();
    println!(
        "{records} observations x {record_size} bytes = {:.1} MiB",
        (records * record_size) as f64 / (1024.0 * 1024.0)
    );
    let view = lagebild_dossier::view(&dossier, None);
    report("view");
    let localizer = lagebild_export::Localizer::new("en").unwrap();
    let mut sink = CountingSink(0);
    let mut encoder =
        lagebild_export::markdown::Encoder::new(&mut sink, lagebild_export::Options::default());
    lagebild_export::write_briefing(&view, &dossier, &localizer, &mut encoder).unwrap();
    report("render");
    println!("briefing: {} bytes", sink.0);
}

/// A writer that keeps nothing but the number of bytes written.
struct CountingSink(usize);

impl std::io::Write for CountingSink {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 += bytes.len();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
