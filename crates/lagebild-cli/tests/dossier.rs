//! End-to-end tests of `lagebild dossier`: the fixture corpus and the evaluation corpus
//! each become a dossier snapshot (read like code when they change), and facts written
//! by `lagebild extract --format jsonl` merge to the same dossier as the articles.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;
use std::path::Path;

/// Issue 5: a fact sheet in every shipped language for the fixture corpus.
#[test]
fn fact_sheets_in_every_shipped_language() {
    for lang in ["de", "en", "fr", "ru"] {
        let out = lagebild(&[
            "dossier",
            "tests/fixtures/articles",
            "examples/articles",
            "--lang",
            lang,
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{lang}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        insta::assert_snapshot!(
            format!("fact_sheets_{lang}"),
            String::from_utf8(out.stdout).unwrap()
        );
    }
}

/// Issue 5: the briefing in every shipped language for the fixture corpus, and as HTML.
#[test]
fn briefings_in_every_shipped_language() {
    for lang in ["de", "en", "fr", "ru"] {
        let out = lagebild(&[
            "brief",
            "tests/fixtures/articles",
            "examples/articles",
            "--lang",
            lang,
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{lang}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let markdown = String::from_utf8(out.stdout).unwrap();
        assert!(
            markdown.contains("```mermaid\ntimeline\n"),
            "{lang}: timeline block"
        );
        insta::assert_snapshot!(format!("briefing_{lang}"), markdown);
    }
    let out = lagebild(&[
        "brief",
        "examples/articles",
        "--lang",
        "de",
        "--format",
        "html",
    ]);
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>")
            && html.contains("<div class=\"timeline\"><svg")
            && !html.contains("```"),
        "{html}"
    );
}

/// Issue 5: the standalone article digest (as `brief -o` writes it) in every shipped
/// language, and the HTML fact sheet.
#[test]
fn digests_in_every_shipped_language() {
    for lang in ["de", "en", "fr", "ru"] {
        let dir = scratch(&format!("digest-{lang}"));
        let out = lagebild(&[
            "brief",
            "tests/fixtures/articles",
            "examples/articles",
            "--lang",
            lang,
            "-o",
            dir.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let digest =
            std::fs::read_to_string(dir.join("articles/das-buendnis-schickt-erstmals-truppen.md"))
                .unwrap();
        insta::assert_snapshot!(format!("digest_{lang}"), digest);
        if lang == "en" {
            let out = lagebild(&[
                "brief",
                "examples/articles",
                "--lang",
                lang,
                "--format",
                "html",
                "-o",
                dir.to_str().unwrap(),
            ]);
            assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
            let sheet = std::fs::read_to_string(dir.join("factsheets/csto.html")).unwrap();
            insta::assert_snapshot!("fact_sheet_html_en", sheet);
        }
    }
}

#[test]
fn dossier_of_the_evaluation_corpus() {
    let out = lagebild(&[
        "dossier",
        "tests/eval",
        "tests/eval-heldout",
        "--format",
        "md",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}

/// Extraction and merging can run apart: facts saved as JSON Lines give the same dossier.
#[test]
fn facts_from_json_lines_give_the_same_dossier() {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("dossier-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let jsonl = dir.join("facts.jsonl");
    // `extract` takes files; expand the directory here the way a shell glob would.
    let files: Vec<String> = {
        let mut f: Vec<String> = std::fs::read_dir(repo().join("examples/articles"))
            .unwrap()
            .map(|e| {
                format!(
                    "examples/articles/{}",
                    e.unwrap().file_name().to_string_lossy()
                )
            })
            .collect();
        f.sort();
        f
    };
    let mut args = vec!["extract", "--format", "jsonl"];
    args.extend(files.iter().map(String::as_str));
    let out = lagebild(&args);
    assert_eq!(out.status.code(), Some(0));
    std::fs::write(&jsonl, &out.stdout).unwrap();
    let from_facts = lagebild(&["dossier", jsonl.to_str().unwrap(), "--format", "json"]);
    let from_articles = lagebild(&["dossier", "examples/articles", "--format", "json"]);
    assert_eq!(
        from_facts.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&from_facts.stderr)
    );
    let view = |o: &std::process::Output| {
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()["view"].clone()
    };
    assert_eq!(view(&from_facts), view(&from_articles));
}

#[test]
fn a_broken_facts_line_is_reported_with_its_number() {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("dossier-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let jsonl = dir.join("facts.jsonl");
    std::fs::write(&jsonl, "{\"not\": \"facts\"}\n").unwrap();
    let out = lagebild(&["dossier", jsonl.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("facts.jsonl:1: not a facts record"),
        "{stderr}"
    );
}
