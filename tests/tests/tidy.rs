//! Repository hygiene that the compiler does not check: every Rust file opens with a `//!`
//! paragraph saying what it is for, and no file under `crates/` is named `mod.rs` or
//! `utils.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use lagebild_tests::repo_root;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if !matches!(name, "target" | "snapshots" | "fixtures" | ".git") {
                rust_files(&path, out);
            }
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_rust_file_starts_with_a_module_doc() {
    let root = repo_root();
    let mut files = Vec::new();
    for dir in ["crates", "tests", "fuzz"] {
        if root.join(dir).is_dir() {
            rust_files(&root.join(dir), &mut files);
        }
    }
    assert!(files.len() > 10, "found only {} files", files.len());
    let missing: Vec<_> = files
        .iter()
        .filter(|f| {
            !std::fs::read_to_string(f)
                .unwrap()
                .trim_start()
                .starts_with("//!")
        })
        .map(|f| f.strip_prefix(&root).unwrap().display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "files without a `//!` paragraph: {missing:?}"
    );
}

#[test]
fn no_catch_all_file_names() {
    let mut files = Vec::new();
    rust_files(&repo_root().join("crates"), &mut files);
    let bad: Vec<_> = files
        .iter()
        .filter(|f| {
            matches!(
                f.file_name().and_then(|n| n.to_str()),
                Some("mod.rs" | "utils.rs" | "util.rs" | "helpers.rs")
            )
        })
        .collect();
    assert!(bad.is_empty(), "{bad:?}");
}
