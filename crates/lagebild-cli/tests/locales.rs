//! End-to-end tests of the translator tools: `lagebild locales check` and
//! `lagebild dossier --locales`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;
use std::path::{Path, PathBuf};

fn locale_dir(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

#[test]
fn shipped_locales_pass_the_check() {
    let out = lagebild(&["locales", "check"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "3 locales checked: 0 errors, 0 warnings\n"
    );
}

#[test]
fn a_broken_translation_fails_the_check_with_file_and_line() {
    let dir = locale_dir(
        "broken",
        &[(
            "de/factsheet.ftl",
            "section-members = Mitglieder\nkaputt = { $\n",
        )],
    );
    let out = lagebild(&["locales", "check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("error: de: factsheet.ftl:2: syntax error"),
        "{stdout}"
    );
    assert!(
        stdout.contains("error: de: section-founded: missing (English is used)"),
        "{stdout}"
    );
}

#[test]
fn a_translators_directory_adds_a_language() {
    let dir = locale_dir(
        "fr",
        &[
            ("fr/factsheet.ftl", "factsheet-title = Fiche : { $org }\n"),
            ("fr/names.ftl", "org-CSTO = OTSC\n"),
        ],
    );
    let out = lagebild(&[
        "dossier",
        "examples/articles",
        "--lang",
        "fr",
        "--locales",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("# Fiche : OTSC"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("warning: ") && stderr.contains("missing in `fr`, English used"),
        "{stderr}"
    );
}

/// `locales list` names every built-in locale.
#[test]
fn built_in_locales_are_listed() {
    let out = lagebild(&["locales", "list"]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}
