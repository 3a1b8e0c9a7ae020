//! Where output goes: nothing planted at or inside an output path (a symbolic link at a
//! temporary name, a linked `factsheets/`, a device) is written through or replaced; an
//! output directory holds one run's set, whole; a translator's filled-in PO file is not
//! overwritten by a template; and nothing is touched by a run that read no article.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;
use std::io::Write as _;
use std::path::Path;

const ARTICLE: &str = "examples/articles/ovks-gipfel-eriwan-2022.txt";

fn article_text() -> Vec<u8> {
    std::fs::read(repo().join(ARTICLE)).unwrap()
}

/// Feeds an article to a run started with `-` as input, after `act` got its process id.
fn run_with_pid(args: &[&str], act: impl FnOnce(u32)) -> std::process::Output {
    let mut child = start(args);
    act(child.id());
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(&article_text()).unwrap();
    drop(stdin);
    child.wait_with_output().unwrap()
}

fn files_below(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = walk(dir)
        .iter()
        .map(|p| p.strip_prefix(dir).unwrap().display().to_string())
        .collect();
    files.sort();
    files
}

#[cfg(unix)]
#[test]
fn a_link_planted_at_the_temporary_name_of_a_po_file_is_not_followed() {
    let dir = scratch("planted-po-tmp");
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    let output = dir.join("free-text.en.pot");
    let out = run_with_pid(
        &["translate", "export", "-", "-o", output.to_str().unwrap()],
        |pid| {
            let planted = dir.join(format!(".free-text.en.pot.tmp-{pid}"));
            std::os::unix::fs::symlink(&victim, planted).unwrap();
        },
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    let written = std::fs::symlink_metadata(&output).unwrap();
    assert!(
        written.is_file(),
        "the template is a regular file of its own"
    );
    assert!(
        std::fs::read_to_string(&output)
            .unwrap()
            .contains("msgctxt \"title\"")
    );
}

#[cfg(unix)]
#[test]
fn a_link_planted_at_the_temporary_name_of_a_briefing_is_not_followed() {
    let dir = scratch("planted-briefing-tmp");
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    let output = dir.join("out");
    std::fs::create_dir(&output).unwrap();
    let out = run_with_pid(&["brief", "-", "-o", output.to_str().unwrap()], |pid| {
        let planted = output.join(format!(".briefing.md.tmp-{pid}"));
        std::os::unix::fs::symlink(&victim, planted).unwrap();
    });
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    assert!(
        std::fs::symlink_metadata(output.join("briefing.md"))
            .unwrap()
            .is_file()
    );
    let files = files_below(&output);
    assert!(files.iter().all(|f| !f.contains(".tmp")), "{files:?}");
}

#[cfg(unix)]
#[test]
fn a_symlinked_factsheets_directory_is_not_written_through() {
    let dir = scratch("linked-factsheets");
    let elsewhere = dir.join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let output = dir.join("out");
    std::fs::create_dir(&output).unwrap();
    std::os::unix::fs::symlink(&elsewhere, output.join("factsheets")).unwrap();
    let out = lagebild(&["brief", ARTICLE, "-o", output.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        std::fs::read_dir(&elsewhere).unwrap().next().is_none(),
        "nothing written into the link's target"
    );
    let factsheets = std::fs::symlink_metadata(output.join("factsheets")).unwrap();
    assert!(
        factsheets.is_dir(),
        "a real directory took the link's place"
    );
    assert!(output.join("factsheets/csto.md").is_file());
}

/// Run as root, `translate export -o /dev/null` must not put a regular file in the place
/// of the system's `/dev/null`. Tried on a device node of the test's own (root can make
/// one) or, for anyone else, on a FIFO: the special file stays, and the run is one usage
/// error.
#[cfg(unix)]
#[test]
fn a_device_or_fifo_as_output_file_is_refused_and_stays() {
    use std::os::unix::fs::FileTypeExt as _;
    let dir = scratch("device-output");
    let target = dir.join("null");
    let made = std::process::Command::new("mknod")
        .arg(&target)
        .args(["c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        let fifo = std::process::Command::new("mkfifo")
            .arg(&target)
            .status()
            .unwrap();
        assert!(fifo.success());
    }
    let out = lagebild(&[
        "translate",
        "export",
        ARTICLE,
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.matches("error:").count(), 1, "{stderr}");
    assert!(
        stderr.contains("only a regular file is replaced"),
        "{stderr}"
    );
    let kind = std::fs::symlink_metadata(&target).unwrap().file_type();
    assert!(kind.is_char_device() || kind.is_fifo(), "{kind:?}");
    assert!(
        std::fs::read_dir(&dir).unwrap().count() == 1,
        "no temporary file left"
    );
}

#[test]
fn output_dir_that_is_a_file_is_one_usage_error() {
    let dir = scratch("output-is-file");
    let file = dir.join("briefing");
    std::fs::write(&file, "mine").unwrap();
    let out = lagebild(&["brief", "examples/articles", "-o", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.matches("error:").count(), 1, "{stderr}");
    assert!(
        stderr.contains("is a regular file; -o takes a directory"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
}

#[test]
fn output_dir_with_files_of_its_own_is_refused_not_emptied() {
    let dir = scratch("output-foreign");
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();
    let out = lagebild(&["brief", ARTICLE, "-o", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("holds `notes.txt`"));
    assert_eq!(files_below(&dir), ["notes.txt"]);
}

/// A template exported over the filled-in file (one name for both) would throw away the
/// translations: a file with translations is refused (exit 2, unchanged) unless `--force`.
#[test]
fn exporting_over_a_filled_in_po_file_is_refused_without_force() {
    let dir = scratch("po-overwrite");
    let po = dir.join("free-text.en.po");
    let template = text(&lagebild(&["translate", "export", ARTICLE, "--lang", "en"]).stdout);
    let filled = lagebild_export::fill_po(
        &template,
        lagebild_export::SegmentKind::Title,
        "Paschinjan verweigert die Unterschrift",
        "Pashinyan refuses to sign",
    );
    assert_ne!(filled, template);
    std::fs::write(&po, &filled).unwrap();
    let args = ["translate", "export", ARTICLE, "-o", po.to_str().unwrap()];
    let out = lagebild(&args);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("holds 1 filled-in translation"));
    assert_eq!(std::fs::read_to_string(&po).unwrap(), filled);
    // A template without translations is replaced, and --force replaces any file.
    let template_file = dir.join("free-text.en.pot");
    std::fs::write(&template_file, &template).unwrap();
    let again = lagebild(&[
        "translate",
        "export",
        ARTICLE,
        "-o",
        template_file.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    let forced = lagebild(&[&args[..], &["--force"]].concat());
    assert_eq!(forced.status.code(), Some(0), "{}", text(&forced.stderr));
    assert_eq!(std::fs::read_to_string(&po).unwrap(), template);
}

#[test]
fn a_second_run_into_the_same_directory_leaves_no_stale_digests() {
    let output = scratch("stale-digests");
    let out = lagebild(&["brief", "examples/articles", "-o", output.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(files_below(&output.join("articles")).len() > 1);
    let out = lagebild(&["brief", ARTICLE, "-o", output.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(files_below(&output.join("articles")).len(), 1);
    let siblings: Vec<_> = std::fs::read_dir(output.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().ok())
        .filter(|n| n.contains("stale-digests") && n.contains(".lagebild-"))
        .collect();
    assert!(siblings.is_empty(), "staging left behind: {siblings:?}");
}

/// A run killed while it wrote leaves its staging directory beside `DIR` and `DIR` as it
/// was; the next run removes the leftovers of the dead process.
#[cfg(target_os = "linux")]
#[test]
fn a_killed_run_leaves_the_earlier_set_and_the_next_run_clears_its_leftovers() {
    let parent = scratch("killed-run");
    let output = parent.join("out");
    let first = lagebild(&["brief", ARTICLE, "-o", output.to_str().unwrap()]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let before = std::fs::read(output.join("briefing.md")).unwrap();
    // A process that has ended, and what a run of it killed mid-write leaves behind.
    let mut gone = std::process::Command::new("true").spawn().unwrap();
    let pid = gone.id();
    gone.wait().unwrap();
    let abandoned = parent.join(format!(".out.lagebild-{pid}-1f"));
    std::fs::create_dir_all(abandoned.join("articles")).unwrap();
    std::fs::write(abandoned.join("articles/half.md"), "# Hal").unwrap();
    std::fs::write(output.join(format!(".briefing.md.tmp-{pid}")), "# Hal").unwrap();
    // A run that reads no article touches nothing.
    let nothing = lagebild(&[
        "brief",
        "does-not-exist.txt",
        "-o",
        output.to_str().unwrap(),
    ]);
    assert_eq!(nothing.status.code(), Some(1));
    assert!(text(&nothing.stderr).contains("left as it is: no article was read"));
    assert_eq!(std::fs::read(output.join("briefing.md")).unwrap(), before);
    let next = lagebild(&["brief", "examples/articles", "-o", output.to_str().unwrap()]);
    assert_eq!(next.status.code(), Some(0), "{}", text(&next.stderr));
    assert!(
        !abandoned.exists(),
        "the dead run's staging directory is removed"
    );
    let files = files_below(&output);
    assert!(files.iter().all(|f| !f.contains(".tmp")), "{files:?}");
    assert!(files.contains(&"briefing.md".to_owned()), "{files:?}");
}

/// A translation written on one line longer than 64 KiB (as translators' tools do) is
/// read whole; a reader of lines of at most 64 KiB would cut it.
#[test]
fn a_translation_longer_than_64_kib_is_kept_whole() {
    let dir = scratch("long-translation");
    let template = text(&lagebild(&["translate", "export", ARTICLE, "--lang", "en"]).stdout);
    let long = format!("{}end", "Pashinyan refuses ".repeat(5_000));
    assert!(long.len() > 64 * 1024);
    let entry = "msgid \"Paschinjan verweigert die Unterschrift\"\nmsgstr \"\"";
    assert!(template.contains(entry), "{template}");
    let filled = template.replace(
        entry,
        &format!("msgid \"Paschinjan verweigert die Unterschrift\"\nmsgstr \"{long}\""),
    );
    let po = dir.join("long.po");
    std::fs::write(&po, filled).unwrap();
    let out = lagebild(&["brief", ARTICLE, "--translations", po.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(&format!("### {long} (translation;")));
}

/// A file whose name is not UTF-8 (from an archive made on another system) is read and
/// named in a warning, not skipped without a word.
#[cfg(target_os = "linux")]
#[test]
fn a_file_name_that_is_not_utf8_is_read_and_reported() {
    use std::os::unix::ffi::OsStrExt as _;
    let dir = scratch("non-utf8-name");
    let name = std::ffi::OsStr::from_bytes(b"bericht-\xff.txt");
    std::fs::write(dir.join(name), article_text()).unwrap();
    let out = lagebild(&["brief", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("warning:") && stderr.contains("not UTF-8"),
        "{stderr}"
    );
    assert!(text(&out.stdout).contains("Paschinjan verweigert die Unterschrift"));
}

/// Every file below `dir` with its bytes and modification time: what "untouched" means.
fn contents(dir: &Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut files: Vec<_> = walk(dir)
        .into_iter()
        .map(|path| {
            let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
            let name = path.strip_prefix(dir).unwrap().display().to_string();
            (name, std::fs::read(&path).unwrap(), modified)
        })
        .collect();
    files.sort();
    files
}

/// Issue 20: a run that fails before it has read an article (a missing file, a directory
/// without articles, an empty file, a language without a locale, a broken translations
/// file) leaves a directory that holds a briefing as it was, and exits non-zero.
#[test]
fn a_run_that_reads_no_article_leaves_the_earlier_briefing_untouched() {
    let parent = scratch("failed-run");
    let output = parent.join("out");
    let out = output.to_str().unwrap();
    let first = lagebild(&["brief", "examples/articles", "-o", out]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let before = contents(&output);
    assert!(before.len() > 5, "{before:?}");
    let parent_before = std::fs::read_dir(&parent).unwrap().count();
    let empty_dir = parent.join("no-articles");
    std::fs::create_dir(&empty_dir).unwrap();
    let empty_file = parent.join("leer.txt");
    std::fs::write(&empty_file, "").unwrap();
    let broken_po = parent.join("broken.po");
    std::fs::write(&broken_po, "msgid \"a\"\nmsgstr \"b\" \"\n").unwrap();
    let runs: [(&[&str], i32); 6] = [
        (&["brief", "nosuchfile.txt", "-o", out], 1),
        (
            &["brief", "nosuchfile.txt", "-o", out, "--format", "json"],
            1,
        ),
        (&["brief", empty_dir.to_str().unwrap(), "-o", out], 1),
        (&["brief", empty_file.to_str().unwrap(), "-o", out], 1),
        (
            &["brief", "examples/articles", "--lang", "it", "-o", out],
            2,
        ),
        (
            &[
                "brief",
                "examples/articles",
                "--translations",
                broken_po.to_str().unwrap(),
                "-o",
                out,
            ],
            1,
        ),
    ];
    for (args, code) in runs {
        let run = lagebild(args);
        assert_eq!(
            run.status.code(),
            Some(code),
            "{args:?}: {}",
            text(&run.stderr)
        );
        assert!(run.stdout.is_empty(), "{args:?}");
        assert!(contents(&output) == before, "{args:?} touched {out}");
    }
    let run = lagebild(&["brief", "nosuchfile.txt", "-o", out]);
    assert!(
        text(&run.stderr).contains("left as it is: no article was read"),
        "{}",
        text(&run.stderr)
    );
    // Nothing beside it either: no staging directory, no leftovers.
    assert_eq!(
        std::fs::read_dir(&parent).unwrap().count(),
        parent_before + 3,
        "the output directory, and the three inputs made above"
    );
}

/// Issue 20: `-o` naming a regular file is one usage error (exit 2), said once before
/// any article is read, not once per article or document: a few hundred articles give
/// one error line and its hint.
#[test]
fn an_output_path_that_is_a_file_is_one_usage_error_for_hundreds_of_articles() {
    let dir = scratch("output-file-many");
    let inputs = dir.join("articles");
    std::fs::create_dir(&inputs).unwrap();
    for n in 0..300 {
        std::fs::write(
            inputs.join(format!("artikel-{n:03}.txt")),
            format!("Meldung {n}\n\nDie OVKS wurde 2002 gegründet, sagte ein Sprecher.\n"),
        )
        .unwrap();
    }
    let file = dir.join("briefing.md");
    std::fs::write(&file, "mine").unwrap();
    for format in ["md", "html", "json"] {
        let out = lagebild(&[
            "brief",
            inputs.to_str().unwrap(),
            "--format",
            format,
            "-o",
            file.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        let stderr = text(&out.stderr);
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 2, "one error and its hint:\n{stderr}");
        assert!(
            lines[0].starts_with("error: ")
                && lines[0].ends_with("is a regular file; -o takes a directory"),
            "{stderr}"
        );
        assert!(lines[1].starts_with("  hint: "), "{stderr}");
        assert!(out.stdout.is_empty());
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
    }
}
