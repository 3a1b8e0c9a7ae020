//! Snapshot tests over every fixture and example article: the JSON the parser returns,
//! the `--explain` audit view, and the facts extracted from it. A change in how any line is classified shows up here as a
//! snapshot diff to review (see tests/README.md).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use lagebild_tests::{assert_every_line_accounted_for, repo_root};

fn check(path: &std::path::Path) {
    let bytes = std::fs::read(path).unwrap();
    let article = lagebild_parse::parse(&bytes).unwrap();
    let json = serde_json::to_string_pretty(&article).unwrap();
    insta::assert_snapshot!("json", json);
    insta::assert_snapshot!("explain", lagebild_parse::explain(&article));
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("article");
    let facts = lagebild_extract::extract(&article, id);
    insta::assert_snapshot!("facts", serde_json::to_string_pretty(&facts).unwrap());
    // The fixtures are UTF-8 or Windows-1252; decode the same way to check accounting.
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text.trim_start_matches('\u{FEFF}').to_owned(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    };
    assert_every_line_accounted_for(&text, &article);
}

/// Windows-1252 for the bytes our fixtures use (ASCII, Latin-1 letters, typographic quotes).
fn windows_1252(byte: u8) -> char {
    match byte {
        0x84 => '„',
        0x93 => '“',
        0x94 => '”',
        0x96 => '–',
        other => char::from(other),
    }
}

#[test]
fn fixtures() {
    // The base is the articles folder itself: walking from the root would also walk
    // target/, where other tests leave symlink loops and huge files.
    insta::glob!(repo_root().join("tests/fixtures/articles"), "*.txt", check);
}

#[test]
fn examples() {
    insta::glob!(repo_root().join("examples/articles"), "*.txt", check);
}
