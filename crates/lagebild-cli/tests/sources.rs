//! What documents say about where an article came from: its title, date and outlet or
//! agency; its file only when it has no title, and then relative to what the command line
//! named; standard input in the reader's language. No output of any subcommand names a
//! file by an absolute path, however the inputs were named.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;

/// The page without a headline among the fixtures: documents name it by its file.
const UNTITLED: &str = "tests/fixtures/articles/fragment-without-header.txt";

/// The repository's absolute path, in every spelling a run could print it.
fn absolute_repo() -> Vec<String> {
    let canonical = std::fs::canonicalize(repo()).unwrap();
    let mut spellings = vec![
        canonical.display().to_string(),
        repo().display().to_string(),
        env!("CARGO_MANIFEST_DIR").to_owned(),
    ];
    spellings.dedup();
    spellings
}

/// Absolute paths in `text`: every run of path characters that starts with `/` at the
/// start of a word (after a space, quote, backtick, bracket, `=` or `,`, so not the `/`
/// of `a/b`, of `</p>` or of a URL) and names a file (`.txt`, `.jsonl`) or has two
/// segments or more (`/work/…`); and any spelling of the repository's own path.
fn absolute_paths(text: &str) -> Vec<String> {
    let starts = [' ', '\t', '\n', '"', '\'', '`', '(', '[', '=', ','];
    let ends = [' ', '\t', '\n', '"', '\'', '`', ')', ']', '<', '>', ','];
    let mut found = Vec::new();
    let mut previous = None;
    for (at, c) in text.char_indices() {
        if c == '/' && previous.is_none_or(|p| starts.contains(&p)) {
            let token = text[at..].split(|c| ends.contains(&c)).next().unwrap();
            let segments = token.split('/').filter(|s| !s.is_empty()).count();
            if segments >= 2 || token.ends_with(".txt") || token.ends_with(".jsonl") {
                found.push(token.to_owned());
            }
        }
        previous = Some(c);
    }
    for spelling in absolute_repo() {
        if text.contains(&spelling) {
            found.push(spelling);
        }
    }
    found
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    let hits = absolute_paths(
        "[^1]: Titel (7. März 2024, dpa, `/home/anna/archiv/x.txt`)\n\"file\": \"/x.txt\"\n\
         <p>Moskau/Minsk, 1/2</p> <svg xmlns=\"http://www.w3.org/2000/svg\"> / und",
    );
    assert_eq!(hits, ["/home/anna/archiv/x.txt", "/x.txt"]);
    let repo = absolute_repo();
    assert_eq!(absolute_paths(&format!("in {}x", repo[0])).len(), 2);
}

/// Runs `lagebild` and returns its standard output; the run must succeed.
fn output_of(args: &[&str]) -> String {
    let out = lagebild(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// Issue 20: every output of `brief` (Markdown, HTML, JSON; printed, and every file
/// written with `-o DIR`) and of the other subcommands is free of absolute paths, for the
/// example articles named relative to the repository and absolutely.
#[test]
fn no_output_names_a_file_by_an_absolute_path() {
    let absolute = std::fs::canonicalize(repo().join("examples/articles")).unwrap();
    let absolute = absolute.to_str().unwrap();
    let article = format!("{absolute}/ovks-kasachstan-einsatz.txt");
    let untitled = std::fs::canonicalize(repo().join(UNTITLED)).unwrap();
    let untitled = untitled.to_str().unwrap();
    let mut scanned = 0;
    let mut check = |what: &str, text: &str| {
        let found = absolute_paths(text);
        assert!(found.is_empty(), "{what}: {found:?}");
        scanned += 1;
    };
    for input in ["examples/articles", absolute] {
        for format in ["md", "html", "json"] {
            let args = ["brief", input, "--format", format];
            check(&format!("{args:?}"), &output_of(&args));
            let dir = scratch(&format!("absolute-{format}"));
            let out = dir.join("out");
            output_of(&[&args[..], &["-o", out.to_str().unwrap()]].concat());
            let files = walk(&out);
            assert_eq!(
                files.len(),
                match format {
                    "json" => 1,
                    // The HTML set shares one stylesheet.
                    "html" => 13,
                    _ => 12,
                },
                "{files:?}"
            );
            for file in files {
                let written = std::fs::read_to_string(&file).unwrap();
                check(&format!("{args:?} -o: {}", file.display()), &written);
            }
        }
        for args in [
            &["dossier", input][..],
            &["dossier", input, "--format", "json"],
            &["extract", input],
            &["extract", input, "--format", "jsonl"],
            &["extract", input, "--format", "md"],
            &["parse", input],
            &["parse", input, "--explain"],
            &["translate", "export", input],
        ] {
            check(&format!("{args:?}"), &output_of(args));
        }
    }
    // A file named absolutely, titled and untitled, in every output of one article.
    for input in [article.as_str(), untitled] {
        for args in [
            &["brief", input][..],
            &["brief", input, "--format", "html"],
            &["brief", input, "--format", "json"],
            &["dossier", input, "--format", "json"],
            &["extract", input, "--format", "md"],
            &["parse", input],
            &["translate", "export", input],
        ] {
            check(&format!("{args:?}"), &output_of(args));
        }
    }
    // Per input: three printed briefings, two sets of twelve files (a briefing, three fact
    // sheets, eight digests; the HTML set has its stylesheet besides) and `briefing.json`,
    // eight other outputs; seven of each file.
    assert_eq!(scanned, 2 * (3 + 12 + 13 + 1 + 8) + 2 * 7);
}

/// Issue 20: a source is cited as a reader would cite it (title, date, outlet or agency),
/// never by its file; the ids facts cite by stay the file stems.
#[test]
fn sources_are_cited_by_title_date_and_outlet() {
    let markdown = output_of(&["brief", "examples/articles", "--lang", "en"]);
    assert!(
        markdown.contains("[^2]: Das Bündnis schickt erstmals Truppen (January 6, 2022, dpa)\n"),
        "{markdown}"
    );
    assert!(!markdown.contains(".txt"), "{markdown}");
    let json: serde_json::Value = serde_json::from_str(&output_of(&[
        "brief",
        "examples/articles",
        "--format",
        "json",
    ]))
    .unwrap();
    let sources = json["dossier"]["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 8);
    for source in sources {
        let id = source["id"].as_str().unwrap();
        assert_eq!(source["file"], format!("{id}.txt"), "{source}");
    }
}

/// Issue 20: an untitled article is named by its file, relative to the directory the
/// command line named (also when that was named absolutely), or by its name when the
/// file itself was named; a fact file read back loses the absolute paths it holds.
#[test]
fn an_untitled_article_is_named_by_its_file_relative_to_the_argument() {
    let dir = scratch("untitled-relative");
    let archive = dir.join("archiv");
    std::fs::create_dir_all(archive.join("2022")).unwrap();
    std::fs::copy(repo().join(UNTITLED), archive.join("2022/ohne-titel.txt")).unwrap();
    let absolute = archive.to_str().unwrap();
    for lang in ["de", "en", "ru"] {
        let markdown = output_of(&["brief", absolute, "--lang", lang]);
        assert!(
            markdown.contains("### `2022/ohne-titel.txt`[^1]")
                && markdown.contains("[^1]: `2022/ohne-titel.txt` ("),
            "{lang}: {markdown}"
        );
    }
    let file = archive.join("2022/ohne-titel.txt");
    let markdown = output_of(&["brief", file.to_str().unwrap()]);
    assert!(markdown.contains("[^1]: `ohne-titel.txt` ("), "{markdown}");
    // A fact file written elsewhere, with the absolute path that machine had.
    let facts = output_of(&["extract", file.to_str().unwrap(), "--format", "jsonl"]);
    assert!(facts.contains("\"file\":\"ohne-titel.txt\""), "{facts}");
    let foreign = facts.replace(
        "\"file\":\"ohne-titel.txt\"",
        "\"file\":\"/home/anna/archiv/2022/ohne-titel.txt\"",
    );
    let path = dir.join("facts.jsonl");
    std::fs::write(&path, foreign).unwrap();
    let markdown = output_of(&["brief", path.to_str().unwrap()]);
    assert!(markdown.contains("[^1]: `ohne-titel.txt` ("), "{markdown}");
    let json = output_of(&["dossier", path.to_str().unwrap(), "--format", "json"]);
    assert!(absolute_paths(&json).is_empty(), "{json}");
}

/// Issue 20: standard input is "standard input" in the document's language, never
/// `<stdin>` or `stdin`; JSON names it `-`, as the command line does.
#[test]
fn standard_input_is_named_in_the_documents_language() {
    let page = std::fs::read(repo().join(UNTITLED)).unwrap();
    for (lang, name) in [
        ("de", "Standardeingabe"),
        ("en", "standard input"),
        ("ru", "стандартный ввод"),
    ] {
        for format in ["md", "html"] {
            let out =
                lagebild_with_stdin(&["brief", "-", "--lang", lang, "--format", format], &page);
            assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
            let document = text(&out.stdout);
            assert!(document.contains(name), "{lang} {format}: {document}");
            assert!(!document.contains("stdin"), "{lang} {format}: {document}");
        }
        let dir = scratch(&format!("stdin-{lang}"));
        let out = lagebild_with_stdin(
            &[
                "brief",
                "-",
                "--lang",
                lang,
                "-o",
                dir.join("out").to_str().unwrap(),
            ],
            &page,
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        for file in walk(&dir.join("out")) {
            let document = std::fs::read_to_string(&file).unwrap();
            assert!(document.contains(name), "{}: {document}", file.display());
            assert!(
                !document.contains("stdin"),
                "{}: {document}",
                file.display()
            );
        }
    }
    let extract = lagebild_with_stdin(&["extract", "-", "--format", "md"], &page);
    let markdown = text(&extract.stdout);
    assert!(markdown.starts_with("# standard input\n"), "{markdown}");
    for args in [
        &["parse", "-"][..],
        &["extract", "-"],
        &["brief", "-", "--format", "json"],
        &["dossier", "-", "--format", "json"],
        &["translate", "export", "-"],
    ] {
        let out = lagebild_with_stdin(args, &page);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(!text(&out.stdout).contains("<stdin>"), "{args:?}");
    }
    let parsed: serde_json::Value =
        serde_json::from_slice(&lagebild_with_stdin(&["parse", "-"], &page).stdout).unwrap();
    assert_eq!(parsed["file"], "-");
    let facts: serde_json::Value =
        serde_json::from_slice(&lagebild_with_stdin(&["extract", "-"], &page).stdout).unwrap();
    assert_eq!(facts["article"]["file"], "-");
    assert_eq!(facts["article"]["id"], "stdin", "the id is a key and stays");
}
