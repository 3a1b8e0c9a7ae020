//! Reading inputs the same way for every subcommand: paths and `-` for standard input,
//! each read whole, with failures described per input so a batch can go on.

use lagebild_parse::ParseOptions;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One input as named on the command line.
#[derive(Debug, Clone)]
pub(crate) struct Input {
    /// The path as the user wrote it, or `-`.
    pub(crate) path: PathBuf,
    /// Set for a directory named on the command line in which no file matched: the
    /// patterns tried, so the error can say so instead of silently reading nothing.
    unmatched: Option<String>,
    /// The size and line-length limits to read and parse it with.
    pub(crate) limits: ParseOptions,
}

impl Input {
    /// The name used in messages: the path, or `<stdin>`.
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

    /// Reads the whole input, refusing one over the size limit before reading it (or,
    /// for standard input, as soon as the limit is passed).
    pub(crate) fn read(&self) -> Result<Vec<u8>, InputError> {
        if let Some(patterns) = &self.unmatched {
            return Err(InputError::NoMatchingFiles(patterns.clone()));
        }
        let limit = self.limits.max_input_bytes;
        if self.is_stdin() {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .take(limit.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(InputError::Io)?;
            if bytes.len() as u64 > limit {
                return Err(InputError::TooLarge { size: None, limit });
            }
            return Ok(bytes);
        }
        let metadata = std::fs::metadata(&self.path).map_err(InputError::Io)?;
        if metadata.is_dir() {
            return Err(InputError::IsDirectory);
        }
        if metadata.len() > limit {
            return Err(InputError::TooLarge {
                size: Some(metadata.len()),
                limit,
            });
        }
        // The file may grow between the two calls; the parser checks the size again.
        std::fs::read(&self.path).map_err(InputError::Io)
    }
}

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub(crate) enum InputError {
    #[error("is a directory")]
    IsDirectory,
    #[error("no file in this directory matches {0}")]
    NoMatchingFiles(String),
    #[error("{} more than the limit of {limit} bytes", size.map_or_else(|| "the input is".to_owned(), |s| format!("the file is {s} bytes,")))]
    TooLarge { size: Option<u64>, limit: u64 },
    #[error(transparent)]
    Io(std::io::Error),
}

impl InputError {
    /// What the user can do about it.
    pub(crate) fn hint(&self) -> Option<&'static str> {
        match self {
            InputError::IsDirectory => Some("pass the article files inside it, e.g. DIR/*.txt"),
            InputError::NoMatchingFiles(_) => Some("choose other files with --glob PATTERN"),
            InputError::TooLarge { .. } => {
                Some("split it into one article per file, or raise --max-file-bytes")
            }
            InputError::Io(e) => match e.kind() {
                std::io::ErrorKind::NotFound => Some("check the path"),
                std::io::ErrorKind::PermissionDenied => Some("check the file's permissions"),
                _ => None,
            },
        }
    }

    /// The message without Rust's `(os error N)` suffix.
    pub(crate) fn message(&self) -> String {
        match self {
            InputError::Io(e) => match e.kind() {
                std::io::ErrorKind::NotFound => "no such file".to_owned(),
                std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
                _ => e.to_string(),
            },
            other => other.to_string(),
        }
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

/// The inputs named on the command line, with directories replaced by the files below
/// them whose name matches one of `patterns` (sorted, recursively; each directory is
/// entered once, so a symlink loop ends). Unreadable directories are reported as inputs
/// that fail to read.
pub(crate) fn expand(paths: &[PathBuf], patterns: &[String], limits: ParseOptions) -> Vec<Input> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for path in paths {
        if path.is_dir() {
            let before = out.len();
            walk(path, patterns, limits, &mut seen, &mut out);
            if out.len() == before {
                out.push(Input {
                    path: path.clone(),
                    unmatched: Some(patterns.join(", ")),
                    limits,
                });
            }
        } else {
            out.push(Input {
                path: path.clone(),
                unmatched: None,
                limits,
            });
        }
    }
    out
}

fn walk(
    dir: &Path,
    patterns: &[String],
    limits: ParseOptions,
    seen: &mut std::collections::HashSet<PathBuf>,
    out: &mut Vec<Input>,
) {
    let Ok(canonical) = std::fs::canonicalize(dir) else {
        out.push(Input {
            path: dir.to_path_buf(),
            unmatched: None,
            limits,
        });
        return;
    };
    if !seen.insert(canonical) {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        out.push(Input {
            path: dir.to_path_buf(),
            unmatched: None,
            limits,
        });
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, patterns, limits, seen, out);
        } else if path
            .file_name()
            .and_then(|name| name.to_str())
            .is_some_and(|name| patterns.iter().any(|p| glob_match(p, name)))
        {
            out.push(Input {
                path,
                unmatched: None,
                limits,
            });
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
    use super::glob_match;

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
