//! Messages on the terminal: file names, `--lang` values, ids from fact files and text
//! from locale files reach error and warning lines, and a control character among them
//! (`printf 'e\033]0;PWNED\007\033[2J.txt'` retitles the window and clears the screen)
//! is shown as an escape (`\u{1b}`), never sent to the terminal.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;

const ARTICLE: &str = "examples/articles/ovks-gipfel-eriwan-2022.txt";

/// Control characters that would act on a terminal.
fn assert_no_controls(stream: &[u8], what: &str) {
    let steering: Vec<&u8> = stream
        .iter()
        .filter(|&&b| b.is_ascii_control() && b != b'\n')
        .collect();
    assert!(steering.is_empty(), "{what}: {:?}", text(stream));
}

#[test]
fn control_characters_in_a_file_name_are_escaped_in_messages() {
    let dir = scratch("terminal-name");
    let name = "e\u{1b}]0;PWNED\u{7}\u{1b}[2J.txt";
    std::fs::write(dir.join(name), "").unwrap();
    let out = lagebild(&["parse", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_no_controls(&out.stderr, "stderr");
    assert!(
        text(&out.stderr).contains("e\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J.txt: the input is empty"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn control_characters_in_the_lang_option_are_escaped() {
    let out = lagebild(&["brief", ARTICLE, "--lang", "x\u{1b}[2J\u{7}"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert_no_controls(&out.stderr, "stderr");
    assert!(text(&out.stderr).contains("x\\u{1b}[2J\\u{7}"));
}

#[test]
fn control_characters_in_a_fact_file_id_are_escaped() {
    let dir = scratch("terminal-id");
    let facts = lagebild(&["extract", ARTICLE, "--format", "jsonl"]);
    assert_eq!(facts.status.code(), Some(0));
    let jsonl = text(&facts.stdout).replace("\"CSTO\"", "\"CSTO\\u001b]0;PWNED\\u0007\"");
    assert!(jsonl.contains("PWNED"));
    let path = dir.join("facts.jsonl");
    std::fs::write(&path, jsonl).unwrap();
    let out = lagebild(&["brief", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_no_controls(&out.stderr, "stderr");
    assert_no_controls(&out.stdout, "stdout");
    assert!(
        text(&out.stderr).contains("CSTO\\u{1b}]0;PWNED\\u{7}"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn control_characters_from_locale_files_are_escaped() {
    let dir = scratch("terminal-ftl");
    // A language directory with an escape in its name, and an escape sequence in a
    // string literal that the Fluent parser quotes in its error.
    let lang = dir.join("locales/de\u{1b}[2J");
    std::fs::create_dir_all(&lang).unwrap();
    std::fs::write(
        lang.join("briefing.ftl"),
        "briefing-title = { \"\\\u{1b}]0;PWNED\u{7}\" }\n",
    )
    .unwrap();
    let locales = dir.join("locales");
    let check = lagebild(&["locales", "check", locales.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check.stderr));
    assert_no_controls(&check.stdout, "stdout");
    assert!(
        text(&check.stdout).contains("de\\u{1b}[2J"),
        "{}",
        text(&check.stdout)
    );
    // The file name, too, is quoted in the error of a run that uses the locale.
    let fixed = dir.join("fixed/de");
    std::fs::create_dir_all(&fixed).unwrap();
    std::fs::copy(lang.join("briefing.ftl"), fixed.join("b\u{1b}[2J.ftl")).unwrap();
    let brief = lagebild(&[
        "brief",
        ARTICLE,
        "--lang",
        "de",
        "--locales",
        dir.join("fixed").to_str().unwrap(),
    ]);
    assert_eq!(brief.status.code(), Some(1), "{}", text(&brief.stderr));
    assert_no_controls(&brief.stderr, "stderr");
    assert!(
        text(&brief.stderr).contains("b\\u{1b}[2J.ftl:1: Unknown escape sequence"),
        "{}",
        text(&brief.stderr)
    );
}
