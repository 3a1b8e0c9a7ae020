//! Inputs and situations that must not crash the binary: malformed PO files (polib
//! panics on them, exit 101), deeply nested Fluent placeables (a stack overflow in the
//! parser, SIGABRT) and a broken pipe on standard error or output (a panic in
//! `eprintln!`/`println!`). Each ends with a message and the exit code the command gives
//! for bad input, or quietly.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;
use std::process::{Command, Stdio};

const ARTICLE: &str = "examples/articles/ovks-gipfel-eriwan-2022.txt";

#[test]
fn a_malformed_po_file_is_an_error_not_a_panic() {
    let dir = scratch("po-panic");
    for (name, content) in [("quote", "\""), ("open-msgid", "msgid \"")] {
        let po = dir.join(format!("{name}.po"));
        std::fs::write(&po, content).unwrap();
        let out = lagebild(&["brief", ARTICLE, "--translations", po.to_str().unwrap()]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert!(
            stderr.contains(&format!(
                "{name}.po: not a valid PO file: line 1: a string without its closing quote"
            )),
            "{name}: {stderr}"
        );
    }
}

/// 20,000 nested placeables in an 80 KB `.ftl` overflow the stack of the Fluent parser.
#[test]
fn deeply_nested_placeables_are_refused_before_parsing() {
    let dir = scratch("ftl-nesting");
    std::fs::create_dir_all(dir.join("locales/de")).unwrap();
    let depth = 20_000;
    let ftl = format!(
        "briefing-title = {}Lagebild{}\n",
        "{ ".repeat(depth),
        " }".repeat(depth)
    );
    assert!(ftl.len() >= 80_000);
    std::fs::write(dir.join("locales/de/briefing.ftl"), ftl).unwrap();
    let locales = dir.join("locales");
    let locales = locales.to_str().unwrap();
    let brief = lagebild(&["brief", ARTICLE, "--lang", "de", "--locales", locales]);
    assert_eq!(brief.status.code(), Some(1), "{}", text(&brief.stderr));
    assert!(
        text(&brief.stderr).contains("briefing.ftl:1: placeables nested deeper than 8"),
        "{}",
        text(&brief.stderr)
    );
    let check = lagebild(&["locales", "check", locales]);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check.stderr));
    assert!(
        text(&check.stdout)
            .contains("briefing.ftl:1: syntax error: placeables nested deeper than 8"),
        "{}",
        text(&check.stdout)
    );
}

/// Runs the binary with standard error or output (`stream` 2 or 1) going into a pipe
/// whose reading end is closed before the binary starts, so every write fails with
/// `EPIPE`.
fn with_broken_pipe(args: &[&str], stream: u8) -> std::process::Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut command = Command::new(env!("CARGO_BIN_EXE_lagebild"));
    command.args(args).current_dir(repo()).stdin(Stdio::null());
    if stream == 2 {
        command.stdout(Stdio::piped()).stderr(Stdio::from(writer));
    } else {
        command.stdout(Stdio::from(writer)).stderr(Stdio::piped());
    }
    command.output().unwrap()
}

#[test]
fn a_broken_standard_error_pipe_ends_the_run_with_its_exit_code() {
    let out = with_broken_pipe(&["parse", "--format", "text", "fehlt.txt", ARTICLE], 2);
    assert_eq!(
        out.status.code(),
        Some(1),
        "1 for the missing file, not a panic's 101"
    );
    assert!(text(&out.stdout).contains("Paschinjan verweigert die Unterschrift"));
}

/// `locales check`, `locales list` and `eval` print their reports line by line; a
/// broken pipe on standard output ends them quietly.
#[test]
fn a_broken_standard_output_pipe_ends_reports_quietly() {
    for args in [
        &["locales", "check"][..],
        &["locales", "list"],
        &["eval", "tests/eval"],
    ] {
        let out = with_broken_pipe(args, 1);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(!text(&out.stderr).contains("panicked"), "{args:?}");
    }
}
