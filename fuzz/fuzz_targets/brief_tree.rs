//! Fuzz target for the whole `lagebild brief` on a directory tree made from the input:
//! file names with line breaks, control characters and bytes that are not UTF-8,
//! directories, links inside the tree and out of it (to a secret article, a FIFO, `/`,
//! `..`, `/dev/zero`), FIFOs, files over the size limit, and article and fact-file bytes.
//! The tree is built in a temporary directory and the release binary runs on it
//! (`$LAGEBILD_BIN`, else `target/release/lagebild`, which `fuzz/run.sh` builds; the CLI is a binary, not a
//! library, so the process boundary is the API). The fuzzer's coverage is that of the
//! tree decoder only: it explores shapes of trees, not the binary's branches.
//!
//! Properties, besides "no crash":
//! - the run ends within 5 s (a FIFO read would hang it) with exit code 0, 1 or 2, never
//!   a panic (101) or a signal;
//! - standard error holds no control character but the line break;
//! - nothing outside the output directory changes: the tree, the outside directory and
//!   the output's parent are the same before and after (no staging directory or
//!   temporary file left behind);
//! - the output directory holds the earlier set unchanged, or a new set: only names a
//!   briefing writes, regular files and directories, no link, a `briefing.*` present;
//! - the secret article outside the tree, reachable only through links, appears in no
//!   output, even with `--follow`;
//! - Markdown output holds no raw HTML, link or image.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pulldown_cmark::{Event, Options, Parser, Tag};
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The binary under test: `$LAGEBILD_BIN`, else the workspace's release build.
fn bin() -> PathBuf {
    std::env::var_os("LAGEBILD_BIN").map_or_else(
        || {
            PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../target/release/lagebild"
            ))
        },
        PathBuf::from,
    )
}
/// Marks the article outside the tree; it must never reach an output.
const SECRET: &str = "Qxjzwvk";
const GOOD: &str = "Kasachstan ruft die OVKS\n\n06.01.2022, 18:45 Uhr | dpa\n\n\
    Almaty (dpa) - Die OVKS hat am Donnerstag Truppen nach Kasachstan geschickt. \
    Russland stellt rund 3.000 Soldaten.\n";
const WRITES: &[&str] = &[
    "briefing.md",
    "briefing.html",
    "briefing.json",
    "factsheets",
    "articles",
];

/// Reads the input a byte or a slice at a time; an exhausted input reads as zeros.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let (first, rest) = self.0.split_first().map_or((0, &[][..]), |(f, r)| (*f, r));
        self.0 = rest;
        first
    }
    fn slice(&mut self, max: usize) -> Vec<u8> {
        let n = (self.byte() as usize).min(max).min(self.0.len());
        let (taken, rest) = self.0.split_at(n);
        self.0 = rest;
        taken.to_vec()
    }
}

/// What a path is, for comparing a directory before and after a run.
#[derive(Debug, PartialEq, Eq)]
enum Node {
    Dir,
    File(Vec<u8>),
    Link(PathBuf),
    Other,
}

fn snapshot(root: &Path) -> BTreeMap<PathBuf, Node> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(path) = stack.pop() {
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        let rel = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        let node = if meta.is_dir() {
            for entry in std::fs::read_dir(&path).into_iter().flatten().flatten() {
                stack.push(entry.path());
            }
            Node::Dir
        } else if meta.is_symlink() {
            Node::Link(std::fs::read_link(&path).unwrap_or_default())
        } else if meta.is_file() {
            Node::File(std::fs::read(&path).unwrap_or_default())
        } else {
            Node::Other
        };
        out.insert(rel, node);
    }
    out
}

fn name(input: &mut Bytes, extension: &str) -> Vec<u8> {
    let mut name: Vec<u8> = input
        .slice(12)
        .into_iter()
        .map(|b| if b == b'/' || b == 0 { b'_' } else { b })
        .collect();
    if name.is_empty() || name == b"." || name == b".." {
        name = b"x".to_vec();
    }
    name.extend_from_slice(extension.as_bytes());
    name
}

/// Creates a new file; nothing is written through what is at the name already (a FIFO
/// made by an earlier operation would block the write, a link would lead out).
fn put(path: &Path, bytes: &[u8]) {
    use std::io::Write as _;
    if let Ok(mut file) = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        let _ = file.write_all(bytes);
    }
}

/// Builds the tree under `root` from the input.
fn build(input: &mut Bytes, root: &Path, outside: &Path) {
    let mut dir = root.to_path_buf();
    let mut made: Vec<PathBuf> = Vec::new();
    for _ in 0..12 {
        if input.0.is_empty() {
            break;
        }
        let op = input.byte() % 10;
        let path = |n: Vec<u8>, dir: &Path| dir.join(OsStr::from_bytes(&n));
        match op {
            0 | 1 => {
                let p = path(name(input, ".txt"), &dir);
                let mut text = input.slice(255);
                if op == 1 {
                    text.splice(0..0, GOOD.bytes());
                }
                put(&p, &text);
                made.push(p);
            }
            2 => {
                let p = path(name(input, ".jsonl"), &dir);
                put(&p, &input.slice(255));
                made.push(p);
            }
            3 => {
                let p = path(name(input, ""), &dir);
                if dir.components().count() < root.components().count() + 3
                    && std::fs::create_dir(&p).is_ok()
                {
                    dir = p.clone();
                    made.push(p);
                }
            }
            4 => {
                if dir != root {
                    dir.pop();
                }
            }
            5 if !made.is_empty() => {
                let target = made[input.byte() as usize % made.len()].clone();
                let link = path(name(input, ".txt"), &dir);
                let _ = std::os::unix::fs::symlink(target, link);
            }
            6 | 5 => {
                let targets = [
                    outside.join("secret.txt"),
                    outside.join("fifo.txt"),
                    outside.to_path_buf(),
                    PathBuf::from("/"),
                    PathBuf::from(".."),
                    PathBuf::from("../.."),
                    PathBuf::from("/dev/zero"),
                    PathBuf::from("/proc/self/mem"),
                ];
                let target = &targets[input.byte() as usize % targets.len()];
                let extension = if input.byte() % 2 == 0 { ".txt" } else { "" };
                let _ = std::os::unix::fs::symlink(target, path(name(input, extension), &dir));
            }
            7 => {
                let p = path(name(input, ".txt"), &dir);
                let _ = rustix::fs::mknodat(
                    rustix::fs::CWD,
                    &p,
                    rustix::fs::FileType::Fifo,
                    rustix::fs::Mode::from_raw_mode(0o644),
                    0,
                );
            }
            8 => {
                // Over the 4 KiB limit the run is given.
                let p = path(name(input, ".txt"), &dir);
                put(&p, GOOD.repeat(40).as_bytes());
                made.push(p);
            }
            _ => {
                let p = path(name(input, ".jsonl"), &dir);
                let line = r#"{"schema":"lagebild.facts/1","article":{"id":"a","file":null,"title":"T","published":null,"source":null,"lead":null,"headings":[]},"entities":[],"facts":[]}"#;
                let mut text = line.as_bytes().to_vec();
                for b in input.slice(8) {
                    let at = b as usize % text.len();
                    text[at] = input.byte();
                }
                put(&p, &text);
                made.push(p);
            }
        }
    }
}

fn check_markdown(markdown: &str) {
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML {h:?} in\n{markdown}"),
            Event::Start(Tag::Link { dest_url, .. }) => panic!("link {dest_url} in\n{markdown}"),
            Event::Start(Tag::Image { dest_url, .. }) => panic!("image {dest_url} in\n{markdown}"),
            _ => {}
        }
    }
}

/// Runs the binary with a deadline; `None` if it had to be killed.
fn run(args: &[&OsStr]) -> Option<std::process::Output> {
    let bin = bin();
    let mut child = Command::new(&bin)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (build it: cargo build --release -p lagebild-cli)",
                bin.display()
            )
        });
    let start = Instant::now();
    loop {
        if child.try_wait().ok().flatten().is_some() {
            return child.wait_with_output().ok();
        }
        if start.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

fuzz_target!(|data: &[u8]| {
    // The secret's marker in the input could reach the output legitimately.
    if data
        .windows(SECRET.len())
        .any(|w| w.eq_ignore_ascii_case(SECRET.as_bytes()))
    {
        return;
    }
    let base = std::env::temp_dir().join(format!("lagebild-brief-tree-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let (root, outside, out) = (base.join("root"), base.join("outside"), base.join("out"));
    for dir in [&root, &outside, &out] {
        std::fs::create_dir_all(dir).unwrap();
    }
    std::fs::write(
        outside.join("secret.txt"),
        format!("{SECRET} Titel\n\nDie OVKS schickt {SECRET} nach Kasachstan.\n"),
    )
    .unwrap();
    rustix::fs::mknodat(
        rustix::fs::CWD,
        &outside.join("fifo.txt"),
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o644),
        0,
    )
    .unwrap();

    let mut input = Bytes(data);
    let flags = input.byte();
    let target = out.join("brief");
    let to_dir = flags & 1 != 0;
    if to_dir && flags & 2 != 0 {
        // An earlier set in the output directory, written by the binary itself once per
        // process and copied in for each input that asks for one.
        static EARLIER: std::sync::OnceLock<BTreeMap<PathBuf, Node>> = std::sync::OnceLock::new();
        let earlier = EARLIER.get_or_init(|| {
            let dir =
                std::env::temp_dir().join(format!("lagebild-brief-earlier-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("old.txt"), GOOD).unwrap();
            let old = run(&[
                OsStr::new("brief"),
                dir.join("old.txt").as_os_str(),
                OsStr::new("-o"),
                dir.join("set").as_os_str(),
                OsStr::new("-q"),
            ])
            .unwrap();
            assert!(old.status.success(), "the earlier set: {old:?}");
            let set = snapshot(&dir.join("set"));
            let _ = std::fs::remove_dir_all(&dir);
            set
        });
        for (path, node) in earlier {
            match node {
                Node::Dir => std::fs::create_dir_all(target.join(path)).unwrap(),
                Node::File(bytes) => std::fs::write(target.join(path), bytes).unwrap(),
                other => panic!("{other:?} in the earlier set"),
            }
        }
    }
    build(&mut input, &root, &outside);

    let before = (snapshot(&root), snapshot(&outside), snapshot(&target));
    let format = ["md", "html", "json"][usize::from(flags >> 2) % 3];
    let mut args: Vec<&OsStr> = vec![
        OsStr::new("brief"),
        root.as_os_str(),
        OsStr::new("--max-file-bytes"),
        OsStr::new("4K"),
        OsStr::new("--format"),
        OsStr::new(format),
        OsStr::new("--lang"),
        OsStr::new(if flags & 32 != 0 { "de" } else { "en" }),
    ];
    if flags & 64 != 0 {
        args.push(OsStr::new("--follow"));
    }
    if to_dir {
        args.extend([OsStr::new("-o"), target.as_os_str()]);
    }
    let Some(output) = run(&args) else {
        panic!("brief did not end within 5 s");
    };
    let code = output.status.code();
    assert!(
        matches!(code, Some(0..=2)),
        "exit {:?}: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.chars().any(|c| c.is_control() && c != '\n'),
        "a control character on standard error: {stderr:?}"
    );

    assert!(before.0 == snapshot(&root), "the tree changed");
    assert!(
        before.1 == snapshot(&outside),
        "the outside directory changed"
    );
    let parent: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(
        parent.is_empty() || parent == [OsStr::new("brief")],
        "left beside the output: {parent:?}"
    );

    let after = snapshot(&target);
    let mut outputs: Vec<String> = vec![String::from_utf8_lossy(&output.stdout).into_owned()];
    if after != before.2 {
        let mut has_briefing = false;
        for (path, node) in &after {
            let first = path
                .components()
                .next()
                .map(|c| c.as_os_str().to_string_lossy().into_owned());
            if let Some(first) = first {
                assert!(
                    WRITES.contains(&first.as_str()),
                    "{path:?} in the output directory"
                );
                has_briefing |= first.starts_with("briefing.");
            }
            match node {
                Node::File(bytes) => outputs.push(String::from_utf8_lossy(bytes).into_owned()),
                Node::Dir => {}
                other => panic!("{path:?} is {other:?} in the output directory"),
            }
            if path.extension().is_some_and(|e| e == "md") {
                if let Some(Node::File(bytes)) = after.get(path) {
                    check_markdown(&String::from_utf8_lossy(bytes));
                }
            }
        }
        assert!(has_briefing, "a new set without a briefing: {after:?}");
    }
    if !to_dir && format == "md" {
        check_markdown(&outputs[0]);
    }
    for text in &outputs {
        assert!(
            !text.contains(SECRET),
            "the secret outside the tree reached the output"
        );
    }
    let _ = std::fs::remove_dir_all(&base);
});
