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
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines.pop(),
        Some("4 locales checked: 0 errors, 0 warnings, 15 fallbacks")
    );
    // The names each locale leaves to its general rule are listed, not hidden.
    assert_eq!(lines.len(), 15, "{stdout}");
    assert!(
        lines.iter().all(|l| l.starts_with("fallback: ")),
        "{stdout}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("fallback: ru: name-in: ") && l.contains("place-duschanbe")),
        "{stdout}"
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
        "it",
        &[
            (
                "it/factsheet.ftl",
                "factsheet-title = Scheda informativa: { $org }\n",
            ),
            ("it/names.ftl", "org-CSTO = OTSC\n"),
        ],
    );
    let out = lagebild(&[
        "dossier",
        "examples/articles",
        "--lang",
        "it",
        "--locales",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("# Scheda informativa: OTSC"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("warning: ") && stderr.contains("missing in `it`, English used"),
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

/// Issue 20: a `--lang` without a locale, or that is no language tag, is a usage error
/// (exit 2) said once before any article is read (the missing input is never reported),
/// and the message lists the languages that have a locale: the built-in ones, and those
/// of a translator's directory.
#[test]
fn a_language_without_a_locale_is_a_usage_error_that_lists_the_languages() {
    let italian = locale_dir(
        "lang-list",
        &[(
            "it/factsheet.ftl",
            "factsheet-title = Scheda informativa: { $org }\n",
        )],
    );
    let italian = italian.to_str().unwrap();
    let cases: [(&[&str], &str); 6] = [
        (&["brief", "--lang", "it"], "de, en, fr, ru"),
        (&["brief", "--lang", "xx!!"], "de, en, fr, ru"),
        (
            &["brief", "--lang", "it", "--format", "json"],
            "de, en, fr, ru",
        ),
        (&["dossier", "--lang", "it"], "de, en, fr, ru"),
        (
            &["dossier", "--lang", "xx!!", "--format", "json"],
            "de, en, fr, ru",
        ),
        (
            &["brief", "--lang", "pl", "--locales", italian],
            "de, en, fr, it, ru",
        ),
    ];
    for (args, languages) in cases {
        let args = [args, &["examples/articles", "nosuchfile.txt"]].concat();
        let out = lagebild(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 2, "one error and its hint: {stderr}");
        assert!(lines[0].starts_with("error: --lang "), "{stderr}");
        assert!(
            lines[0].ends_with(&format!("languages with a locale: {languages}")),
            "{stderr}"
        );
        assert!(lines[1].contains("--locales DIR"), "{stderr}");
    }
    // A regional variant of a language with a locale is that language; a translator's
    // directory makes its language usable.
    for args in [
        &["brief", "examples/articles", "--lang", "en-GB"][..],
        &[
            "brief",
            "examples/articles",
            "--lang",
            "it",
            "--locales",
            italian,
        ],
    ] {
        let out = lagebild(args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
