//! Output size bounded by input size: a translator's `.ftl` of one large term repeated
//! 99 times in a message that every fact sheet uses once would write gigabytes. Each
//! message and term may expand to 16 KiB of its own text at most, and a locale file may
//! hold 256 KiB; a file over either is refused before anything is rendered.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;

fn locales_with(name: &str, ftl: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    std::fs::create_dir_all(dir.join("locales/en")).unwrap();
    std::fs::write(dir.join("locales/en/factsheet.ftl"), ftl).unwrap();
    dir.join("locales")
}

fn brief_with(locales: &std::path::Path) -> std::process::Output {
    lagebild(&[
        "brief",
        "examples/articles",
        "--locales",
        locales.to_str().unwrap(),
    ])
}

/// The file of the report: a 1 MB `-big` term and `status-member = { -big } ×99`.
#[test]
fn a_megabyte_term_repeated_in_a_message_is_refused() {
    let ftl = format!(
        "-big = {}\nstatus-member = {}\n",
        "x".repeat(1_000_000),
        "{ -big }".repeat(99)
    );
    let locales = locales_with("amplify-1mb", &ftl);
    let out = brief_with(&locales);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("factsheet.ftl: more than the limit"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());
}

/// The same shape inside the file size limit: a 10 KB term written 99 times is a
/// message of a megabyte, over the bound on expansion.
#[test]
fn a_term_repeated_in_a_message_cannot_multiply_the_output() {
    let ftl = format!(
        "-big = {}\nstatus-member = {}\n",
        "x".repeat(10_000),
        "{ -big }".repeat(99)
    );
    let locales = locales_with("amplify-10kb", &ftl);
    let out = brief_with(&locales);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr)
            .contains("factsheet.ftl: `status-member` expands to more than 16384 bytes"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let check = lagebild(&["locales", "check", locales.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(1));
    assert!(
        text(&check.stdout).contains(
            "status-member: syntax error: `status-member` expands to more than 16384 bytes"
        ),
        "{}",
        text(&check.stdout)
    );
}
