//! Reading inputs the same way for every subcommand: paths and `-` for standard input,
//! each read whole, with failures described per input so a batch can go on.

use crate::open::{self, Links, ReadError};
use lagebild_parse::ParseOptions;
use std::path::{Path, PathBuf};

/// One input as named on the command line.
#[derive(Debug, Clone)]
pub(crate) struct Input {
    /// The path as the user wrote it, or `-`.
    pub(crate) path: PathBuf,
    /// How documents name it: the file's name for a file named on the command line, its
    /// path below the directory for a file found in one, `-` for standard input. Never
    /// absolute, and never more of the path than the user named: a briefing travels
    /// further than the machine it was made on.
    pub(crate) name: String,
    /// Set for a directory named on the command line in which no file matched: the
    /// patterns tried, so the error can say so instead of silently reading nothing.
    unmatched: Option<String>,
    /// The size and line-length limits to read and parse it with.
    pub(crate) limits: ParseOptions,
    /// Whether the file may be a symbolic link: one named on the command line may, one
    /// found in a directory walk only under `--follow` (and then it was checked to stay
    /// inside the given directories).
    links: Links,
}

impl Input {
    /// The name used in messages on standard error: the path as given, or `<stdin>`.
    pub(crate) fn display(&self) -> String {
        if self.is_stdin() {
            "<stdin>".to_owned()
        } else {
            self.path.display().to_string()
        }
    }

    fn is_stdin(&self) -> bool {
        self.path == Path::new("-")
    }

    /// Reads the whole input: standard input up to the size limit, a path only if it is
    /// a regular file, with the limit held on the bytes read.
    pub(crate) fn read(&self) -> Result<Vec<u8>, InputError> {
        if let Some(patterns) = &self.unmatched {
            return Err(InputError::NoMatchingFiles(patterns.clone()));
        }
        let limit = self.limits.max_input_bytes;
        if self.is_stdin() {
            return Ok(open::read_at_most(std::io::stdin().lock(), limit)?);
        }
        Ok(open::read_regular(&self.path, limit, self.links)?)
    }
}

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub(crate) enum InputError {
    #[error("no file in this directory matches {0}")]
    NoMatchingFiles(String),
    #[error(transparent)]
    Read(#[from] ReadError),
}

impl InputError {
    /// What the user can do about it.
    pub(crate) fn hint(&self) -> Option<&'static str> {
        match self {
            InputError::NoMatchingFiles(_) => Some("choose other files with --glob PATTERN"),
            InputError::Read(e) => read_hint(e),
        }
    }

    /// The message without Rust's `(os error N)` suffix.
    pub(crate) fn message(&self) -> String {
        match self {
            InputError::Read(e) => read_message(e),
            other => other.to_string(),
        }
    }
}

/// What the user can do about a file that could not be read.
pub(crate) fn read_hint(error: &ReadError) -> Option<&'static str> {
    match error {
        ReadError::IsDirectory => Some("pass the article files inside it, e.g. DIR/*.txt"),
        ReadError::Link => {
            Some("links inside a directory are read with --follow (only those inside it)")
        }
        ReadError::NotRegular(_) => Some("only regular files are read; name standard input as -"),
        ReadError::TooLarge { .. } => {
            Some("split it into one article per file, or raise --max-file-bytes")
        }
        ReadError::Io(e) => match e.kind() {
            std::io::ErrorKind::NotFound => Some("check the path"),
            std::io::ErrorKind::PermissionDenied => Some("check the file's permissions"),
            _ => None,
        },
    }
}

/// A read error as a message, without Rust's `(os error N)` suffix.
pub(crate) fn read_message(error: &ReadError) -> String {
    match error {
        ReadError::Io(e) => match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_owned(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
            _ => e.to_string(),
        },
        other => other.to_string(),
    }
}

/// The `--glob` patterns the user gave, or `default` when none.
pub(crate) fn patterns(given: &[String], default: &[&str]) -> Vec<String> {
    if given.is_empty() {
        default.iter().map(|p| (*p).to_owned()).collect()
    } else {
        given.to_vec()
    }
}

/// Whether a file name matches a pattern where `*` stands for any run of characters
/// and `?` for one character. Iterative with one backtrack point, so its cost is
/// linear in name times pattern length whatever the pattern.
pub(crate) fn glob_match(pattern: &str, name: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let name: Vec<char> = name.chars().collect();
    let (mut p, mut n) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while n < name.len() {
        match pattern.get(p) {
            Some('*') => {
                star = Some((p, n));
                p += 1;
            }
            Some(&c) if c == '?' || c == name[n] => {
                p += 1;
                n += 1;
            }
            _ => match star {
                Some((star_p, star_n)) => {
                    p = star_p + 1;
                    n = star_n + 1;
                    star = Some((star_p, star_n + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

/// How directories named on the command line are searched.
#[derive(Debug, Clone)]
pub(crate) struct Walk {
    /// `--glob` patterns a file name must match.
    pub(crate) patterns: Vec<String>,
    /// `--follow`: symbolic links inside the directories are followed, as long as they
    /// lead to a place inside one of the directories named.
    pub(crate) follow: bool,
}

/// The inputs named on the command line, with directories replaced by the files below
/// them whose name matches one of the patterns (sorted, recursively; each directory is
/// entered once, so a link loop under `--follow` ends). Symbolic links found inside are
/// left out with a warning unless `--follow`; a name that is not UTF-8 is read and
/// warned about. Unreadable directories are reported as inputs that fail to read.
pub(crate) fn expand(paths: &[PathBuf], walk_with: &Walk, limits: ParseOptions) -> Vec<Input> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    // Where `--follow` may lead: the directories named, resolved.
    let roots: Vec<PathBuf> = paths
        .iter()
        .filter(|p| p.is_dir())
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .collect();
    let walker = Walker {
        walk: walk_with,
        roots: &roots,
        limits,
    };
    for path in paths {
        if path.is_dir() {
            let before = out.len();
            walker.walk(path, path, &mut seen, &mut out);
            if out.len() == before {
                out.push(Input {
                    path: path.clone(),
                    name: named(path),
                    unmatched: Some(walk_with.patterns.join(", ")),
                    limits,
                    links: Links::Follow,
                });
            }
        } else {
            out.push(Input {
                path: path.clone(),
                name: named(path),
                unmatched: None,
                limits,
                links: Links::Follow,
            });
        }
    }
    out
}

/// How documents name an input named on the command line: `-` for standard input, else
/// the file's name (a path the user typed may be absolute, or climb out with `..`).
fn named(path: &Path) -> String {
    if path == Path::new("-") {
        return lagebild_model::ArticleInfo::STANDARD_INPUT.to_owned();
    }
    match path.file_name() {
        Some(name) => shown(Path::new(name)),
        // `..` or `/`: a directory, never read as an article; named for messages only.
        None => path.display().to_string(),
    }
}

/// How documents name a file found below `root`, a directory named on the command line.
fn below(root: &Path, path: &Path) -> String {
    match path.strip_prefix(root) {
        Ok(relative) if !relative.as_os_str().is_empty() => shown(relative),
        _ => named(path),
    }
}

/// A relative path as text; a file that is itself called `-` is `./-`, so that it is not
/// taken for standard input.
fn shown(relative: &Path) -> String {
    let text = relative.to_string_lossy().into_owned();
    if text == lagebild_model::ArticleInfo::STANDARD_INPUT {
        format!("./{text}")
    } else {
        text
    }
}

/// One directory search's settings.
struct Walker<'a> {
    walk: &'a Walk,
    roots: &'a [PathBuf],
    limits: ParseOptions,
}

impl Walker<'_> {
    fn input(&self, root: &Path, path: PathBuf, links: Links) -> Input {
        Input {
            name: below(root, &path),
            path,
            unmatched: None,
            limits: self.limits,
            links,
        }
    }

    fn walk(
        &self,
        root: &Path,
        dir: &Path,
        seen: &mut std::collections::HashSet<PathBuf>,
        out: &mut Vec<Input>,
    ) {
        let Ok(canonical) = std::fs::canonicalize(dir) else {
            out.push(self.input(root, dir.to_path_buf(), Links::Refuse));
            return;
        };
        if !seen.insert(canonical) {
            return;
        }
        let Ok(entries) = std::fs::read_dir(dir) else {
            out.push(self.input(root, dir.to_path_buf(), Links::Refuse));
            return;
        };
        let mut entries: Vec<(PathBuf, Option<std::fs::FileType>)> = entries
            .filter_map(Result::ok)
            .map(|e| (e.path(), e.file_type().ok()))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (path, kind) in entries {
            let mut links = Links::Refuse;
            let mut is_dir = kind.is_some_and(|k| k.is_dir());
            if kind.is_some_and(|k| k.is_symlink()) {
                match self.inside_roots(&path) {
                    Some(target_is_dir) => {
                        links = Links::Follow;
                        is_dir = target_is_dir;
                    }
                    None => continue,
                }
            }
            if is_dir {
                self.walk(root, &path, seen, out);
                continue;
            }
            let Some(name) = path.file_name() else {
                continue;
            };
            let name_text = name.to_string_lossy();
            if !self.walk.patterns.iter().any(|p| glob_match(p, &name_text)) {
                continue;
            }
            if name.to_str().is_none() {
                crate::report::warning(&format!(
                    "{}: the file name is not UTF-8; it is read and shown with U+FFFD for the bytes that are not",
                    path.display()
                ));
            }
            out.push(self.input(root, path, links));
        }
    }

    /// For a symbolic link met in a walk: whether its target is a directory, if the link
    /// may be followed (`--follow`, and the target lies inside a directory named on the
    /// command line); otherwise it is left out with a warning.
    fn inside_roots(&self, link: &Path) -> Option<bool> {
        if !self.walk.follow {
            crate::report::warning(&format!(
                "{}: symbolic link not followed (--follow reads links that stay inside the directories named)",
                link.display()
            ));
            return None;
        }
        let target = std::fs::canonicalize(link).ok();
        match target {
            Some(target) if self.roots.iter().any(|root| target.starts_with(root)) => {
                Some(target.is_dir())
            }
            _ => {
                crate::report::warning(&format!(
                    "{}: symbolic link leads outside the directories named, not followed",
                    link.display()
                ));
                None
            }
        }
    }
}

/// How many inputs are worked on in parallel before their results are written: enough
/// to keep every core busy, few enough that results waiting for their turn stay small.
const BATCH: usize = 256;

/// Runs `work` on every input in parallel (rayon) and hands the results to `emit` in
/// input order, batch by batch, so output order and error order match the command line
/// whatever the scheduling. `emit` returns false to stop (a closed pipe).
pub(crate) fn in_order<T: Send>(
    inputs: &[Input],
    work: impl Fn(&Input) -> T + Sync,
    mut emit: impl FnMut(&Input, T) -> bool,
) {
    use rayon::prelude::*;
    for batch in inputs.chunks(BATCH) {
        let results: Vec<T> = batch.par_iter().map(&work).collect();
        for (input, result) in batch.iter().zip(results) {
            if !emit(input, result) {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{below, glob_match, named};
    use std::path::Path;

    #[test]
    fn documents_name_inputs_relative_to_what_the_command_line_named() {
        assert_eq!(named(Path::new("-")), "-");
        assert_eq!(named(Path::new("/home/anna/archiv/ovks.txt")), "ovks.txt");
        assert_eq!(named(Path::new("../../archiv/ovks.txt")), "ovks.txt");
        let root = Path::new("/home/anna/archiv");
        assert_eq!(below(root, &root.join("2022/ovks.txt")), "2022/ovks.txt");
        assert_eq!(
            below(Path::new("archiv"), Path::new("archiv/ovks.txt")),
            "ovks.txt"
        );
        assert_eq!(below(Path::new("archiv"), Path::new("archiv/-")), "./-");
    }

    #[test]
    fn wildcards_match_file_names() {
        assert!(glob_match("*.txt", "artikel.txt"));
        assert!(!glob_match("*.txt", "artikel.txt.bak"));
        assert!(glob_match("2022-??-*.txt", "2022-01-kasachstan.txt"));
        assert!(!glob_match("2022-??-*.txt", "2022-1-kasachstan.txt"));
        assert!(glob_match("*", ""));
        assert!(glob_match("*a*b*", "xxaxxbxx"));
        assert!(!glob_match("*a*b*", "xxbxxaxx"));
        assert!(glob_match("Ü*", "Überblick.txt"));
    }

    #[test]
    fn adversarial_patterns_stay_fast() {
        let name = "a".repeat(10_000);
        assert!(!glob_match(&format!("{}b", "*a".repeat(50)), &name));
    }
}
