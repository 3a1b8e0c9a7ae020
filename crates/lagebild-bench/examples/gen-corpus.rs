//! `gen-corpus`: writes a synthetic corpus for benchmarks and scaling runs.
//!
//! `cargo run --release -p lagebild-bench --example gen-corpus -- DIR COUNT [SEED] [--dense]`
//!
//! `--dense` writes the stress corpus, every sentence a fact sentence (about three times
//! the fact density of real reports); the default mix is calibrated against real pages.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let dense = args.iter().any(|a| a == "--dense");
    args.retain(|a| a != "--dense");
    let (Some(dir), Some(count)) = (args.first(), args.get(1).and_then(|c| c.parse().ok())) else {
        eprintln!("usage: gen-corpus DIR COUNT [SEED] [--dense]");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let generator = if dense {
        lagebild_bench::Generator::dense(seed)
    } else {
        lagebild_bench::Generator::new(seed)
    };
    match lagebild_bench::write_corpus(std::path::Path::new(dir), generator, count) {
        Ok(bytes) => {
            let kind = if dense { ", dense" } else { "" };
            eprintln!("{count} articles, {bytes} bytes, seed {seed}{kind}, in {dir}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
