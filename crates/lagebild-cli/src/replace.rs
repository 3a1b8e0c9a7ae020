//! Replacing one output file (`translate export -o FILE`) so that readers see the old
//! file or the whole new one: the text goes into a temporary file created exclusively
//! beside it (a link planted at that name is never written through), which is then
//! renamed over the target. Only a regular file is replaced: a device (`/dev/null`), a
//! FIFO, a directory or a symbolic link at the target is refused before anything is
//! written.

use crate::open;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Why an output file was not written.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ReplaceError {
    #[error("is {0}; only a regular file is replaced")]
    NotRegular(&'static str),
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
}

/// Checks that `path` is absent or a regular file (not followed if it is a link).
pub(crate) fn check_replaceable(path: &Path) -> Result<(), ReplaceError> {
    match std::fs::symlink_metadata(path) {
        Ok(metadata) if metadata.is_file() => Ok(()),
        Ok(metadata) => Err(ReplaceError::NotRegular(open::describe(
            metadata.file_type(),
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(ReplaceError::Io(e)),
    }
}

/// Writes `bytes` to `path` through an exclusively created temporary file in the same
/// directory, renamed into place; the temporary file is removed if anything fails.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ReplaceError> {
    check_replaceable(path)?;
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (temporary, mut file) = create_temporary(dir, &name)?;
    let result = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(ReplaceError::Io)
        .and_then(|()| {
            // Checked again just before the rename: the target may have changed while
            // the text was written.
            check_replaceable(path)?;
            std::fs::rename(&temporary, path).map_err(ReplaceError::Io)
        });
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

/// How many names a temporary file tries before giving up: each attempt fails only if
/// something already stands at an unpredictable name.
const ATTEMPTS: u32 = 16;

/// A new file `.<name>.<pid>-<nonce>.tmp` in `dir`, created exclusively: the name is not
/// predictable and nothing already there is opened.
pub(crate) fn create_temporary(
    dir: &Path,
    name: &str,
) -> std::io::Result<(PathBuf, std::fs::File)> {
    let mut last = std::io::Error::from(std::io::ErrorKind::AlreadyExists);
    for attempt in 0..ATTEMPTS {
        let path = dir.join(format!(
            ".{name}.{}-{:x}.tmp",
            std::process::id(),
            nonce(attempt)
        ));
        match open::create_new(&path) {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

/// A number that differs between runs and attempts: the clock's nanoseconds mixed with
/// the attempt. Not secret, only unpredictable enough that a name cannot be planted
/// ahead of the run; exclusive creation is what makes the file safe.
pub(crate) fn nonce(attempt: u32) -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    nanos ^ (u64::from(attempt) << 48) ^ u64::from(std::process::id()).rotate_left(24)
}
