//! The `lagebild` command: German news articles about military alliances in,
//! source-cited structure and briefings out.
//!
//! This file only wires clap to the subcommands and turns their outcome into an exit
//! code; each subcommand lives in its own module, and library errors are rendered into
//! messages here at the edge, never inside the libraries.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod article;
mod brief_cmd;
mod cli;
mod dossier_cmd;
mod eval_cmd;
mod extract_cmd;
mod input;
mod locales_cmd;
mod open;
mod output;
mod parse_cmd;
mod progress;
mod replace;
mod report;
mod slug;
mod staging;
mod translate_cmd;

use clap::Parser as _;
use std::process::ExitCode;

/// Extraction allocates many short strings from every worker thread; glibc's allocator
/// spent a tenth of the instructions there and fragmented `brief` on 20,000 articles to
/// over 500 MB resident.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Prints generated text through the common output (a closed pipe ends quietly).
fn print_bytes(bytes: &[u8]) -> report::Outcome {
    let mut outcome = report::Outcome::default();
    let mut out = output::Output::new(output::Layout::Documents);
    if out.record(&String::from_utf8_lossy(bytes), &mut outcome) {
        out.finish(&mut outcome);
    }
    outcome
}

/// The extractor of this run: the built-in gazetteer and lexicon, or the ones `--gazetteer`
/// extends.
static EXTRACTOR: std::sync::OnceLock<lagebild_extract::Extractor> = std::sync::OnceLock::new();

/// The extractor every subcommand uses.
pub(crate) fn extractor() -> lagebild_extract::Extractor {
    EXTRACTOR.get().copied().unwrap_or_default()
}

/// Builds the run's gazetteer and lexicon from `--gazetteer DIR` (its name files and
/// its `lexicon.tsv`); a refused file ends the run before any article is read (exit 2,
/// as for a bad option value).
fn use_gazetteer(names: &cli::GazetteerArgs) -> Result<(), ExitCode> {
    let Some(dir) = &names.gazetteer else {
        return Ok(());
    };
    let refused = |e: &dyn std::fmt::Display| {
        report::error_line(&format!("--gazetteer: {e}"));
        ExitCode::from(2)
    };
    let gazetteer = lagebild_extract::Gazetteer::with_additions(dir).map_err(|e| refused(&e))?;
    let lexicon = lagebild_extract::Lexicon::with_additions(dir).map_err(|e| refused(&e))?;
    let _ = EXTRACTOR.set(lagebild_extract::Extractor::new(
        gazetteer.leak(),
        lexicon.leak(),
    ));
    Ok(())
}

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    report::set_verbosity(args.quiet, args.verbose);
    let names = match &args.command {
        cli::Command::Extract(a) => Some(&a.names),
        cli::Command::Eval(a) => Some(&a.names),
        cli::Command::Dossier(a) => Some(&a.names),
        cli::Command::Brief(a) => Some(&a.names),
        _ => None,
    };
    if let Some(names) = names
        && let Err(code) = use_gazetteer(names)
    {
        return code;
    }
    let outcome = match args.command {
        cli::Command::Parse(parse) => parse_cmd::run(&parse),
        cli::Command::Extract(extract) => extract_cmd::run(&extract),
        cli::Command::Eval(eval) => eval_cmd::run(&eval),
        cli::Command::Dossier(dossier) => dossier_cmd::run(&dossier),
        cli::Command::Locales(locales) => locales_cmd::run(&locales),
        cli::Command::Brief(brief) => brief_cmd::run(&brief),
        cli::Command::Translate(translate) => translate_cmd::run(&translate),
        cli::Command::Completions { shell } => {
            let mut command = <cli::Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "lagebild", &mut script);
            print_bytes(&script)
        }
        cli::Command::Man => {
            let command = <cli::Cli as clap::CommandFactory>::command();
            let mut page = Vec::new();
            match clap_mangen::Man::new(command).render(&mut page) {
                Ok(()) => print_bytes(&page),
                Err(e) => {
                    let mut outcome = report::Outcome::default();
                    outcome.fail("man page", &e.to_string(), None);
                    outcome
                }
            }
        }
    };
    outcome.exit_code()
}
