//! Reading inputs the same way for every subcommand: paths and `-` for standard input,
//! each read whole, with failures described per input so a batch can go on.

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

    /// Reads the whole input.
    pub(crate) fn read(&self) -> Result<Vec<u8>, InputError> {
        if let Some(patterns) = &self.unmatched {
            return Err(InputError::NoMatchingFiles(patterns.clone()));
        }
        if self.is_stdin() {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(InputError::Io)?;
            return Ok(bytes);
        }
        let metadata = std::fs::metadata(&self.path).map_err(InputError::Io)?;
        if metadata.is_dir() {
            return Err(InputError::IsDirectory);
        }
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
    #[error(transparent)]
    Io(std::io::Error),
}

impl InputError {
    /// What the user can do about it.
    pub(crate) fn hint(&self) -> Option<&'static str> {
        match self {
            InputError::IsDirectory => Some("pass the article files inside it, e.g. DIR/*.txt"),
            InputError::NoMatchingFiles(_) => Some("choose other files with --glob PATTERN"),
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
pub(crate) fn expand(paths: &[PathBuf], patterns: &[String]) -> Vec<Input> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for path in paths {
        if path.is_dir() {
            let before = out.len();
            walk(path, patterns, &mut seen, &mut out);
            if out.len() == before {
                out.push(Input {
                    path: path.clone(),
                    unmatched: Some(patterns.join(", ")),
                });
            }
        } else {
            out.push(Input {
                path: path.clone(),
                unmatched: None,
            });
        }
    }
    out
}

fn walk(
    dir: &Path,
    patterns: &[String],
    seen: &mut std::collections::HashSet<PathBuf>,
    out: &mut Vec<Input>,
) {
    let Ok(canonical) = std::fs::canonicalize(dir) else {
        out.push(Input {
            path: dir.to_path_buf(),
            unmatched: None,
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
        });
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, patterns, seen, out);
        } else if path
            .file_name()
            .and_then(|name| name.to_str())
            .is_some_and(|name| patterns.iter().any(|p| glob_match(p, name)))
        {
            out.push(Input {
                path,
                unmatched: None,
            });
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
