//! The bad-input suite (issue 8) at the command line: inputs that only exist as files
//! and directories (huge files, loops, unreadable files, broken locale directories) and
//! the configurable limits. Each test's name says what it proves; in each, a good
//! article in the same batch is still processed and the exit code tells the truth.
//! The text-level cases are in `tests/tests/bad_inputs.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;
use std::path::{Path, PathBuf};

fn good_article() -> PathBuf {
    repo().join("examples/articles/nato-norderweiterung.txt")
}

fn run(args: &[&str], paths: &[&Path]) -> (Option<i32>, String, String) {
    let mut all: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    all.extend(paths.iter().map(|p| p.display().to_string()));
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    let out = lagebild(&all);
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn a_50_mb_single_line_is_left_out_with_a_warning_and_the_batch_goes_on() {
    let dir = scratch("bad-long-line");
    let big = dir.join("one-line.txt");
    let mut line = "Die Allianz verlegt Truppen. ".repeat(50 * 1024 * 1024 / 29 + 1);
    line.push('\n');
    std::fs::write(&big, format!("Überschrift\n\n{line}\nEin Satz danach.\n")).unwrap();
    let (code, stdout, stderr) = run(&["parse", "--format", "json"], &[&big, &good_article()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("one-line.txt:3: line longer than the limit of 1048576 bytes, left out"),
        "{stderr}"
    );
    let articles: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let first = &articles[0];
    let dropped = first["dropped"].as_array().unwrap();
    assert!(
        dropped
            .iter()
            .any(|d| d["line"] == 3 && d["reason"] == "too-long"),
        "{dropped:?}"
    );
    // The JSON holds a preview of the line, not 50 MB of it.
    assert!(stdout.len() < 100_000, "{} bytes of JSON", stdout.len());
    assert_eq!(articles[1]["title"], "Bündnis wächst auf 32 Mitglieder");
}

#[test]
fn the_line_limit_is_configurable() {
    let dir = scratch("bad-line-limit");
    let file = dir.join("lines.txt");
    let long = format!("{}.", "Wort ".repeat(400).trim_end());
    std::fs::write(&file, format!("Überschrift\n\n{long}\n")).unwrap();
    let (code, stdout, stderr) = run(
        &["parse", "--format", "json", "--max-line-bytes", "1K"],
        &[&file],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("lines.txt:3: line longer than the limit of 1024 bytes"),
        "{stderr}"
    );
    assert!(stdout.contains("\"too-long\""), "{stdout}");
    let (code, stdout, stderr) = run(
        &["parse", "--format", "json", "--max-line-bytes", "4K"],
        &[&file],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert!(!stdout.contains("too-long"), "{stdout}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = scratch("bad-file-size");
    let file = dir.join("gross.txt");
    std::fs::write(&file, "Ein Satz über die Allianz.\n".repeat(1000)).unwrap();
    let (code, stdout, stderr) = run(
        &["parse", "--format", "text", "--max-file-bytes", "16K"],
        &[&file, &good_article()],
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("gross.txt: the file is 28000 bytes, more than the limit of 16384 bytes"),
        "{stderr}"
    );
    assert!(stderr.contains("--max-file-bytes"), "{stderr}");
    assert!(
        stdout.starts_with("Bündnis wächst auf 32 Mitglieder"),
        "{stdout}"
    );
    // The same limit holds for standard input, which has no size to ask for.
    let out = lagebild_with_stdin(&["parse", "-", "--max-file-bytes", "1K"], &[b'a'; 2000]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("<stdin>: the input is more than the limit of 1024 bytes"),
        "{}",
        text(&out.stderr)
    );
    let out = lagebild(&["parse", "x.txt", "--max-file-bytes", "lots"]);
    assert_eq!(out.status.code(), Some(2), "a bad size is a usage error");
}

#[test]
fn a_million_short_lines_parse() {
    let dir = scratch("bad-many-lines");
    let file = dir.join("lines.txt");
    let mut page = String::from("Überschrift\n\n");
    for i in 0..1_000_000 {
        page.push_str(if i % 2 == 0 { "Zeile\n" } else { "\n" });
    }
    std::fs::write(&file, page).unwrap();
    let (code, stdout, stderr) = run(&["parse", "--format", "json"], &[&file]);
    assert_eq!(code, Some(0), "{stderr}");
    let article: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(article["line_count"], 1_000_002);
    // Every one of the 500,001 lines with text is accounted for, once.
    let in_blocks: u64 = article["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["lines"][1].as_u64().unwrap() - b["lines"][0].as_u64().unwrap() + 1)
        .sum();
    let dropped = article["dropped"].as_array().unwrap().len() as u64;
    assert_eq!(in_blocks + dropped, 500_001);
}

#[cfg(unix)]
#[test]
fn a_directory_symlink_loop_is_walked_once() {
    // Outside the repository: a loop under target/ would trip every tool that walks it.
    let dir = std::env::temp_dir().join(format!("lagebild-symlink-loop-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("archiv/unter")).unwrap();
    std::fs::copy(good_article(), dir.join("archiv/unter/artikel.txt")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("archiv/unter/zurueck")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("archiv/selbst")).unwrap();
    let (code, stdout, stderr) = run(&["parse", "--format", "text"], &[&dir.join("archiv")]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stdout.matches("Bündnis wächst auf 32 Mitglieder").count(),
        1,
        "{stdout}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Running as root, a file without read permission can still be read; a link to
/// `/proc/self/mem` cannot be read by anyone (reading address 0 fails with EIO), so the
/// error path is exercised whoever runs the tests.
#[cfg(target_os = "linux")]
#[test]
fn an_unreadable_file_is_an_error_and_the_batch_goes_on() {
    let dir = scratch("bad-unreadable");
    let unreadable = dir.join("kaputt.txt");
    std::os::unix::fs::symlink("/proc/self/mem", &unreadable).unwrap();
    let (code, stdout, stderr) = run(
        &["parse", "--format", "text"],
        &[&unreadable, &good_article()],
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("error: "), "{stderr}");
    assert!(stderr.contains("kaputt.txt: "), "{stderr}");
    assert!(stderr.contains("1 articles, 1 skipped"), "{stderr}");
    assert!(
        stdout.starts_with("Bündnis wächst auf 32 Mitglieder"),
        "{stdout}"
    );
}

#[test]
fn a_non_existent_path_is_an_error_and_the_batch_goes_on() {
    let dir = scratch("bad-missing");
    let (code, stdout, stderr) = run(
        &["brief", "--lang", "de"],
        &[&dir.join("fehlt.txt"), &good_article()],
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("fehlt.txt: no such file"), "{stderr}");
    assert!(stdout.contains("32 Mitglieder"), "{stdout}");
}

#[test]
fn a_locale_directory_with_a_broken_ftl_is_named_with_file_and_line() {
    let dir = scratch("bad-ftl");
    std::fs::create_dir_all(dir.join("locales/de")).unwrap();
    std::fs::write(
        dir.join("locales/de/briefing.ftl"),
        "briefing-title = Lagebild\nbriefing-changes = { $unclosed\n",
    )
    .unwrap();
    let locales = dir.join("locales");
    let (code, _, stderr) = run(
        &[
            "brief",
            "--lang",
            "de",
            "--locales",
            locales.to_str().unwrap(),
        ],
        &[&good_article()],
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("briefing.ftl:2"), "{stderr}");
}
