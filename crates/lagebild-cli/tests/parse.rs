//! End-to-end tests of `lagebild parse`: the binary is run as a user would run it, and its
//! exit code, standard output and error messages are checked.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;

#[test]
fn markdown_of_an_example_article() {
    let out = lagebild(&[
        "parse",
        "examples/articles/ovks-kasachstan-einsatz.txt",
        "--format",
        "md",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    insta::assert_snapshot!(text(&out.stdout));
}

#[test]
fn plain_text_of_an_example_article() {
    let out = lagebild(&[
        "parse",
        "examples/articles/soz-gipfel-astana.txt",
        "--format",
        "text",
    ]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!(text(&out.stdout));
}

#[test]
fn stdin_is_read_for_a_dash() {
    let page = "Bündnis\n\nEin Titel\n\nAlmaty | Die Truppen sind abgezogen, wie das Verteidigungsministerium am Abend mitteilte.\n";
    let out = lagebild_with_stdin(&["parse", "-"], page.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["file"], "-",
        "standard input by its name on the command line"
    );
    assert_eq!(json["title"], "Ein Titel");
    assert_eq!(json["place"], "Almaty");
    assert_eq!(json["schema"], "lagebild.article/1");
}

#[test]
fn several_files_give_a_json_array() {
    let out = lagebild(&[
        "parse",
        "examples/articles/nato-norderweiterung.txt",
        "examples/articles/soz-gipfel-astana.txt",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let titles: Vec<_> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        titles,
        [
            "Bündnis wächst auf 32 Mitglieder",
            "Belarus wird zehntes Mitglied der SOZ"
        ]
    );
}

/// Issue 2: an empty file, a binary file, a directory without articles and a missing path each give one
/// clear error naming the file; the good file in the same batch is still parsed, and
/// the exit code is 1.
#[test]
fn bad_inputs_are_reported_and_the_batch_goes_on() {
    let dir = scratch("parse");
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(dir.join("photo.jpg"), b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00").unwrap();
    std::fs::create_dir(dir.join("folder")).unwrap();
    let good = repo().join("examples/articles/nato-norderweiterung.txt");
    let paths = [
        dir.join("empty.txt"),
        dir.join("photo.jpg"),
        dir.join("folder"),
        dir.join("missing.txt"),
        good,
    ];
    let mut args = vec!["parse".to_owned(), "--format".to_owned(), "text".to_owned()];
    args.extend(paths.iter().map(|p| p.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = lagebild(&args);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    assert_eq!(errors.len(), 4, "{stderr}");
    assert!(
        errors[0].ends_with("empty.txt: the input is empty"),
        "{stderr}"
    );
    assert!(
        errors[1].contains("photo.jpg: the input is binary"),
        "{stderr}"
    );
    assert!(
        errors[2].ends_with("folder: no file in this directory matches *.txt"),
        "{stderr}"
    );
    assert!(errors[3].ends_with("missing.txt: no such file"), "{stderr}");
    assert!(stderr.contains("1 articles, 4 skipped"), "{stderr}");
    assert!(text(&out.stdout).starts_with("Bündnis wächst auf 32 Mitglieder"));
}

#[test]
fn usage_errors_exit_with_2() {
    let out = lagebild(&["parse", "--format", "yaml", "x.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let out = lagebild(&["parse"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_shows_an_example() {
    let out = lagebild(&["parse", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("lagebild parse page.txt --explain"));
    // Issue 6: every subcommand's help ends with at least one runnable example.
    for command in [
        &["brief"][..],
        &["parse"],
        &["extract"],
        &["eval"],
        &["dossier"],
        &["translate"],
        &["translate", "export"],
        &["locales"],
        &["locales", "check"],
        &["locales", "list"],
        &["completions"],
        &["man"],
    ] {
        let mut args = command.to_vec();
        args.push("--help");
        let out = lagebild(&args);
        assert_eq!(out.status.code(), Some(0), "{command:?}");
        let help = text(&out.stdout);
        assert!(
            help.contains("Example") && help.contains(&format!("lagebild {}", command[0])),
            "{command:?} has no example:\n{help}"
        );
    }
}

#[test]
fn completions_and_man_page() {
    let out = lagebild(&["completions", "bash"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("lagebild"));
    let out = lagebild(&["man"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with(".ie") && text(&out.stdout).contains("brief"));
}

/// Issue 6: directories are searched recursively and `--glob` chooses the files, with the
/// same conventions in every subcommand that reads articles.
#[test]
fn directories_are_searched_and_glob_chooses_the_files() {
    let out = lagebild(&[
        "parse",
        "examples",
        "--glob",
        "nato-*.txt",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["file"].as_str().unwrap())
        .collect();
    assert!(files.len() >= 2, "{files:?}");
    assert!(
        files
            .iter()
            .all(|f| f.starts_with("articles/nato-") && f.ends_with(".txt")),
        "{files:?}"
    );
    let mut sorted = files.clone();
    sorted.sort_unstable();
    assert_eq!(files, sorted, "directory order is sorted and stable");
}
