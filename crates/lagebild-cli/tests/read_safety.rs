//! What is read: regular files only (a FIFO, a device or `/dev/stdin` named as a path is
//! refused, standard input is read as `-`), within the size limits counted on the bytes
//! read, and inside the directories named (links found in a walk are followed only with
//! `--follow`, and never out of those directories). Locale and PO files have limits too.
//!
//! Read naively, each case here runs out of memory, hangs, walks the whole machine or
//! puts a file from outside the corpus into the briefing; every run is bounded in time.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;
use std::path::PathBuf;
use std::process::{Output, Stdio};

const ARTICLE: &str = "examples/articles/nato-norderweiterung.txt";
const ARTICLE_WORDS: &str = "Bündnis wächst auf 32 Mitglieder";

/// A corpus directory holding one good article.
fn corpus(name: &str) -> PathBuf {
    let dir = scratch(name);
    std::fs::create_dir(dir.join("corpus")).unwrap();
    std::fs::copy(repo().join(ARTICLE), dir.join("corpus/artikel.txt")).unwrap();
    dir
}

/// Runs with an empty standard input, failing the test after 60 seconds.
fn bounded(args: &[&str]) -> Output {
    lagebild_within(args, Stdio::null(), 60).expect("the run ended in time")
}

#[cfg(unix)]
#[test]
fn a_link_to_dev_zero_in_a_corpus_is_not_read() {
    let dir = corpus("zero-link");
    let corpus = dir.join("corpus");
    std::os::unix::fs::symlink("/dev/zero", corpus.join("zero.txt")).unwrap();
    for follow in [&[][..], &["--follow"][..]] {
        let args = [
            &["parse", "--format", "text", corpus.to_str().unwrap()][..],
            follow,
        ]
        .concat();
        let out = bounded(&args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let stderr = text(&out.stderr);
        assert!(stderr.contains("zero.txt: symbolic link"), "{stderr}");
        assert!(text(&out.stdout).contains(ARTICLE_WORDS));
    }
}

#[cfg(unix)]
#[test]
fn a_device_named_directly_is_refused() {
    let out = bounded(&["parse", "/dev/zero", ARTICLE]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("/dev/zero: is a device, not a regular file"),
        "{stderr}"
    );
    assert!(text(&out.stdout).contains(ARTICLE_WORDS));
}

/// `/dev/stdin` is a path to whatever standard input is; named as a path it is read only
/// if that is a regular file. Standard input is read as `-`, with the size limit.
#[cfg(target_os = "linux")]
#[test]
fn dev_stdin_fed_from_dev_zero_is_refused_and_dash_is_limited() {
    let zero = || Stdio::from(std::fs::File::open("/dev/zero").unwrap());
    let out = lagebild_within(&["parse", "/dev/stdin"], zero(), 60).expect("ended in time");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("not a regular file"));
    let out = lagebild_within(&["parse", "-", "--max-file-bytes", "1M"], zero(), 60)
        .expect("ended in time");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("more than the limit of 1048576 bytes"));
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_an_article_does_not_hang_the_run() {
    let dir = corpus("fifo");
    let corpus = dir.join("corpus");
    let made = std::process::Command::new("mkfifo")
        .arg(corpus.join("x.txt"))
        .status()
        .unwrap();
    assert!(made.success());
    let out = bounded(&["parse", "--format", "text", corpus.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("x.txt: is a FIFO, not a regular file"),
        "{stderr}"
    );
    assert!(text(&out.stdout).contains(ARTICLE_WORDS));
}

#[cfg(unix)]
#[test]
fn a_link_to_the_root_directory_is_not_walked() {
    let dir = corpus("root-link");
    let corpus = dir.join("corpus");
    std::os::unix::fs::symlink("/", corpus.join("root")).unwrap();
    for follow in [&[][..], &["--follow"][..]] {
        let args = [
            &["parse", "--format", "text", corpus.to_str().unwrap()][..],
            follow,
        ]
        .concat();
        let out = bounded(&args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert_eq!(text(&out.stdout).matches(ARTICLE_WORDS).count(), 1);
        assert!(text(&out.stderr).contains("root: symbolic link"));
    }
}

/// `leak.txt -> ../secret.txt` put the secret into the briefing.
#[cfg(unix)]
#[test]
fn a_link_to_a_file_outside_the_corpus_stays_out_of_the_briefing() {
    let dir = corpus("leak-link");
    let corpus = dir.join("corpus");
    let secret = "Geheimsache Nordflanke: die Bündnisübung beginnt am Montag in Tallinn.";
    std::fs::write(
        dir.join("secret.txt"),
        format!("Geheim\n\n05.01.2022, 10:00 Uhr\n\n{secret}\n"),
    )
    .unwrap();
    std::os::unix::fs::symlink("../secret.txt", corpus.join("leak.txt")).unwrap();
    for follow in [&[][..], &["--follow"][..]] {
        let args = [&["brief", corpus.to_str().unwrap()][..], follow].concat();
        let out = bounded(&args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let briefing = text(&out.stdout);
        assert!(!briefing.contains("Geheim"), "{briefing}");
        assert!(!briefing.contains("leak.txt"), "{briefing}");
    }
}

#[cfg(unix)]
#[test]
fn follow_reads_links_that_stay_inside_the_corpus() {
    let dir = corpus("inner-link");
    let corpus = dir.join("corpus");
    std::os::unix::fs::symlink("artikel.txt", corpus.join("zweitname.txt")).unwrap();
    let corpus = corpus.to_str().unwrap();
    let without = bounded(&["parse", "--format", "text", corpus]);
    assert_eq!(text(&without.stdout).matches(ARTICLE_WORDS).count(), 1);
    let with = bounded(&["parse", "--format", "text", corpus, "--follow"]);
    assert_eq!(with.status.code(), Some(0), "{}", text(&with.stderr));
    assert_eq!(text(&with.stdout).matches(ARTICLE_WORDS).count(), 2);
}

/// Locale files and PO files had no limit at all.
#[test]
fn locale_and_po_files_are_read_within_limits() {
    let dir = scratch("ftl-po-limits");
    std::fs::create_dir_all(dir.join("locales/de")).unwrap();
    let big = format!("briefing-title = {}\n", "Lagebild ".repeat(40_000));
    std::fs::write(dir.join("locales/de/briefing.ftl"), big).unwrap();
    let locales = dir.join("locales");
    let out = bounded(&[
        "brief",
        ARTICLE,
        "--lang",
        "de",
        "--locales",
        locales.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("more than the limit of 262144 bytes for a locale file"));
    let out = bounded(&["locales", "check", locales.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));

    let po = dir.join("big.po");
    let po_text = format!("msgid \"a\"\nmsgstr \"{}\"\n", "x".repeat(70_000));
    std::fs::write(&po, &po_text).unwrap();
    let out = bounded(&[
        "brief",
        ARTICLE,
        "--max-file-bytes",
        "64K",
        "--translations",
        po.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let expected = format!(
        "big.po: the file is {} bytes, more than the limit of 65536 bytes",
        po_text.len()
    );
    assert!(
        text(&out.stderr).contains(&expected),
        "{}",
        text(&out.stderr)
    );
}
