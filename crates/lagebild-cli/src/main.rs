//! The `lagebild` command: German news articles about military alliances in,
//! source-cited structure and briefings out.
//!
//! This file only wires clap to the subcommands and turns their outcome into an exit
//! code; each subcommand lives in its own module, and library errors are rendered into
//! messages here at the edge, never inside the libraries.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod brief_cmd;
mod cli;
mod dossier_cmd;
mod eval_cmd;
mod extract_cmd;
mod input;
mod locales_cmd;
mod markdown;
mod output;
mod parse_cmd;
mod progress;
mod report;
mod slug;

use clap::Parser as _;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    report::set_verbosity(args.quiet, args.verbose);
    let outcome = match args.command {
        cli::Command::Parse(parse) => parse_cmd::run(&parse),
        cli::Command::Extract(extract) => extract_cmd::run(&extract),
        cli::Command::Eval(eval) => eval_cmd::run(&eval),
        cli::Command::Dossier(dossier) => dossier_cmd::run(&dossier),
        cli::Command::Locales(locales) => locales_cmd::run(&locales),
        cli::Command::Brief(brief) => brief_cmd::run(&brief),
    };
    outcome.exit_code()
}
