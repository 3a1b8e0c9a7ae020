//! Reading inputs the same way for every subcommand: paths and `-` for standard input,
//! each read whole, with failures described per input so a batch can go on.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One input as named on the command line.
#[derive(Debug, Clone)]
pub(crate) struct Input {
    /// The path as the user wrote it, or `-`.
    pub(crate) path: PathBuf,
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
    #[error(transparent)]
    Io(std::io::Error),
}

impl InputError {
    /// What the user can do about it.
    pub(crate) fn hint(&self) -> Option<&'static str> {
        match self {
            InputError::IsDirectory => Some("pass the article files inside it, e.g. DIR/*.txt"),
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

/// The inputs named on the command line, with directories replaced by the files below
/// them whose extension is one of `extensions` (sorted, recursively; each directory is
/// entered once, so a symlink loop ends). Unreadable directories are reported as inputs
/// that fail to read.
pub(crate) fn expand(paths: &[PathBuf], extensions: &[&str]) -> Vec<Input> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for path in paths {
        if path.is_dir() {
            walk(path, extensions, &mut seen, &mut out);
        } else {
            out.push(Input { path: path.clone() });
        }
    }
    out
}

fn walk(
    dir: &Path,
    extensions: &[&str],
    seen: &mut std::collections::HashSet<PathBuf>,
    out: &mut Vec<Input>,
) {
    let Ok(canonical) = std::fs::canonicalize(dir) else {
        out.push(Input {
            path: dir.to_path_buf(),
        });
        return;
    };
    if !seen.insert(canonical) {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        out.push(Input {
            path: dir.to_path_buf(),
        });
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, extensions, seen, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e))
        {
            out.push(Input { path });
        }
    }
}

/// The inputs named on the command line, in order.
pub(crate) fn collect(paths: &[PathBuf]) -> Vec<Input> {
    paths
        .iter()
        .map(|path| Input { path: path.clone() })
        .collect()
}
