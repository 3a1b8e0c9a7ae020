//! Shared helpers for the corpus-level tests: where the fixtures are, the facts of the
//! example articles, and the checks every parsed article must pass whatever its content.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use lagebild_parse::Article;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The repository root (the parent of this crate).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// The facts of every example article (`examples/articles`), in file-name order, each
/// with its file stem as the article id.
pub fn example_facts() -> Vec<lagebild_model::ArticleFacts> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(repo_root().join("examples/articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(p).unwrap();
            let article = lagebild_parse::parse(&bytes).unwrap();
            lagebild_extract::extract(&article, &id)
        })
        .collect()
}

/// Splits text into lines the way the parser does: on `\r\n`, `\n` and lone `\r`.
pub fn physical_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(['\n', '\r']) {
        lines.push(&rest[..at]);
        let skip = if rest[at..].starts_with("\r\n") { 2 } else { 1 };
        rest = &rest[at + skip..];
    }
    if !rest.is_empty() {
        lines.push(rest);
    }
    lines
}

/// How many times each line number is claimed by a block or a dropped entry.
pub fn line_claims(article: &Article) -> BTreeMap<u32, usize> {
    let mut claims = BTreeMap::new();
    for block in &article.blocks {
        for line in block.lines.start..=block.lines.end {
            *claims.entry(line).or_default() += 1;
        }
    }
    for dropped in &article.dropped {
        *claims.entry(dropped.line).or_default() += 1;
    }
    claims
}

/// Asserts the parser's accounting invariant for an article parsed from `text`: every
/// line with anything but spaces and tabs on it is claimed exactly once, and no empty
/// line is claimed.
pub fn assert_every_line_accounted_for(text: &str, article: &Article) {
    let claims = line_claims(article);
    // A leading U+FEFF is a byte-order mark: encoding, not content.
    let lines = physical_lines(text.strip_prefix('\u{feff}').unwrap_or(text));
    assert_eq!(article.line_count as usize, lines.len(), "line count");
    for (index, line) in lines.iter().enumerate() {
        let number = index as u32 + 1;
        let visible = !line.trim_matches([' ', '\t']).is_empty();
        let claimed = claims.get(&number).copied().unwrap_or(0);
        if visible {
            assert_eq!(claimed, 1, "line {number} {line:?} claimed {claimed} times");
        } else {
            assert_eq!(claimed, 0, "empty line {number} claimed");
        }
    }
}
