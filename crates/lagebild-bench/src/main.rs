//! `gen-corpus`: writes a synthetic corpus for benchmarks and scaling runs.
//!
//! `cargo run --release -p lagebild-bench --bin gen-corpus -- DIR COUNT [SEED]`

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(count)) = (args.first(), args.get(1).and_then(|c| c.parse().ok())) else {
        eprintln!("usage: gen-corpus DIR COUNT [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    match lagebild_bench::write_corpus(std::path::Path::new(dir), seed, count) {
        Ok(bytes) => {
            eprintln!("{count} articles, {bytes} bytes, seed {seed}, in {dir}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
