//! End-to-end tests of `lagebild brief`, the main job.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;

/// Issue 6: a directory with one binary file, one empty file and good articles: the good
/// articles are processed, two clear errors name the bad files, the exit code is 1, and
/// every file written is whole (no temporary file is left behind).
#[test]
fn bad_files_among_good_ones() {
    let input = scratch("brief-input");
    std::fs::write(
        input.join("bild.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    )
    .unwrap();
    std::fs::write(input.join("leer.txt"), b"").unwrap();
    let mut articles = 0;
    for entry in std::fs::read_dir(repo().join("examples/articles")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, input.join(path.file_name().unwrap())).unwrap();
        articles += 1;
    }
    let output = scratch("brief-output");
    let out = lagebild(&[
        "brief",
        input.to_str().unwrap(),
        "--lang",
        "de",
        "-o",
        output.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    assert_eq!(errors.len(), 2, "{stderr}");
    assert!(
        errors[0].contains("bild.txt: the input is binary"),
        "{stderr}"
    );
    assert!(
        errors[1].contains("leer.txt: the input is empty"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{articles} articles, 2 skipped")),
        "{stderr}"
    );
    let briefing = std::fs::read_to_string(output.join("briefing.md")).unwrap();
    assert!(
        briefing.starts_with(&format!("# Lagebild\n\n{articles} Artikel")),
        "{briefing}"
    );
    let mut files: Vec<String> = walk(&output)
        .iter()
        .map(|p| p.strip_prefix(&output).unwrap().display().to_string())
        .collect();
    files.sort();
    assert!(files.iter().all(|f| !f.contains(".tmp-")), "{files:?}");
    assert_eq!(
        files.len(),
        1 + 3 + articles,
        "briefing, three fact sheets (CSTO, NATO, SCO), one digest per article: {files:?}"
    );
}

/// Issue 6: no path from article text can leave the output directory.
#[test]
fn names_from_article_text_stay_inside_the_output_directory() {
    let input = scratch("brief-evil-input");
    std::fs::write(
        input.join("evil.txt"),
        "Rubrik\n\n../../../etc/passwd\n\n07.01.2022, 10:00 Uhr | dpa\n\nDie OVKS hat am Donnerstag eine Friedenstruppe nach Kasachstan geschickt, teilte das Bündnis mit.\n",
    )
    .unwrap();
    let output = scratch("brief-evil-output");
    let out = lagebild(&[
        "brief",
        input.to_str().unwrap(),
        "-o",
        output.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files = walk(&output);
    assert!(files.iter().all(|f| f.starts_with(&output)), "{files:?}");
    assert!(output.join("articles/etc-passwd.md").is_file(), "{files:?}");
}

/// Issue 22: `--lang en-XA` renders the pseudo-locale. Every ASCII word left in the
/// briefing must be data from the articles (titles, quotes, names, outlets) or Mermaid's
/// own syntax; a frame word that bypassed Fluent or ICU4X would stay plain English.
#[test]
fn the_pseudo_locale_accents_every_frame_word() {
    let out = lagebild(&["brief", "examples/articles", "--lang", "en-XA"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let briefing = String::from_utf8(out.stdout).unwrap();
    let ascii_words = |text: &str| -> std::collections::BTreeSet<String> {
        // A word is a run of letters; one with an accented letter is pseudo-localised.
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()))
            .map(str::to_owned)
            .collect()
    };
    let mut data = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(repo().join("examples/articles")).unwrap() {
        data.extend(ascii_words(
            &std::fs::read_to_string(entry.unwrap().path()).unwrap(),
        ));
    }
    let syntax = ["mermaid", "timeline"];
    let leaked: Vec<String> = ascii_words(&briefing)
        .into_iter()
        .filter(|w| !data.contains(w) && !syntax.contains(&w.as_str()))
        .collect();
    assert!(leaked.is_empty(), "plain words {leaked:?} in\n{briefing}");
    for frame in [
        "# Ɓřieeƒiƞɠ",
        "## Ẇħaaŧ ƈħaaƞɠeeḓ",
        "Ĵaaƞuuaařẏ 6, 2022",
        "aaƞḓ",
    ] {
        assert!(briefing.contains(frame), "no {frame:?} in\n{briefing}");
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("warning"), "{stderr}");
}

/// Issue 22: the briefing, fact sheets and digests of the examples in English, Russian and
/// French carry no German frame word and no German quotation mark around a quote, and
/// every message is found and formats without error (no warning on standard error).
#[test]
fn frame_text_is_in_the_readers_language() {
    let words = |text: &str| -> std::collections::BTreeSet<String> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 5)
            .map(str::to_owned)
            .collect()
    };
    let mut data = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(repo().join("examples/articles")).unwrap() {
        data.extend(words(
            &std::fs::read_to_string(entry.unwrap().path()).unwrap(),
        ));
    }
    let locales = repo().join("crates/lagebild-export/locales");
    let frame = |lang: &str| -> std::collections::BTreeSet<String> {
        let mut all = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(locales.join(lang)).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
                // Values only: ids, variables and selector keys are ASCII identifiers.
                let value = line.split_once(" = ").map_or(line, |(_, v)| v);
                all.extend(words(value).into_iter().filter(|w| !w.is_ascii()));
                all.extend(words(value).into_iter().filter(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !value.contains(&format!("${w}"))
                }));
            }
        }
        all
    };
    let german: std::collections::BTreeSet<String> = frame("de")
        .difference(&frame("en"))
        .filter(|w| !data.contains(*w))
        .cloned()
        .collect();
    assert!(german.len() > 50, "{german:?}");
    for (lang, open) in [("en", "“"), ("ru", "«"), ("fr", "«\u{202f}")] {
        let output = scratch(&format!("frame-{lang}"));
        let out = lagebild(&[
            "brief",
            "examples/articles",
            "--lang",
            lang,
            "-o",
            output.to_str().unwrap(),
        ]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{lang}: {stderr}");
        assert!(!stderr.contains("warning"), "{lang}: {stderr}");
        let mut text = String::new();
        for file in walk(&output) {
            text.push_str(&std::fs::read_to_string(file).unwrap());
        }
        let leaked: Vec<&String> = words(&text)
            .into_iter()
            .filter(|w| german.contains(w))
            .map(|w| german.get(&w).unwrap())
            .collect();
        assert!(leaked.is_empty(), "{lang}: German frame words {leaked:?}");
        assert!(!text.contains(": „"), "{lang}: German quotation marks");
        assert!(text.contains(&format!(" {open}")), "{lang}: no {open}");
    }
}
