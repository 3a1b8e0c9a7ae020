//! Opening files the way every input and output of the command does: reading without
//! hanging on a FIFO and, where the caller says so, without following a symbolic link;
//! creating only files that do not exist yet, so nothing planted at a name (a link to
//! another file, a device) is written through.

use std::fs::{File, FileType, OpenOptions};
use std::io::Read as _;
use std::path::Path;

/// Whether the last component of a path opened for reading may be a symbolic link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Links {
    /// Named by the user: a link is the user's own choice and is followed.
    Follow,
    /// Found in a directory walk without `--follow`: a link is refused, also one put
    /// there after the directory was listed.
    Refuse,
}

/// Opens `path` for reading.
///
/// `O_NONBLOCK`: opening a FIFO for reading waits for a writer, so a FIFO named `x.txt`
/// would hang the run before its type could be looked at; on the regular files that are
/// then read the flag has no effect. `O_NOFOLLOW` refuses a link with `ELOOP`.
pub(crate) fn for_reading(path: &Path, links: Links) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use rustix::fs::OFlags;
        use std::os::unix::fs::OpenOptionsExt as _;
        let mut flags = OFlags::NONBLOCK;
        if links == Links::Refuse {
            flags |= OFlags::NOFOLLOW;
        }
        options.custom_flags(flags.bits() as i32);
    }
    options.open(path)
}

/// Creates `path` for writing. Fails if anything is there already, a dangling symbolic
/// link included (`O_CREAT | O_EXCL`, plus `O_NOFOLLOW` for systems that would follow).
pub(crate) fn create_new(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
    }
    options.open(path)
}

/// Whether an `open` error means the path was a symbolic link refused by `O_NOFOLLOW`.
pub(crate) fn is_refused_link(error: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        error.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error())
    }
    #[cfg(not(unix))]
    {
        let _ = error;
        false
    }
}

/// What kind of file something that is not a regular file is, for a message.
pub(crate) fn describe(kind: FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a directory"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else if kind.is_file() {
        "a regular file"
    } else {
        "not a regular file"
    }
}

/// Why a file could not be read whole.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ReadError {
    #[error("is a directory")]
    IsDirectory,
    #[error("is a symbolic link, not followed")]
    Link,
    #[error("is {0}, not a regular file")]
    NotRegular(&'static str),
    #[error("{} more than the limit of {limit} bytes", size.map_or_else(|| "the input is".to_owned(), |s| format!("the file is {s} bytes,")))]
    TooLarge { size: Option<u64>, limit: u64 },
    #[error(transparent)]
    Io(std::io::Error),
}

/// Reads a regular file whole, refusing anything else (a FIFO, a device, a directory,
/// and a link unless `links` allows it) and anything over `limit` bytes. The limit holds
/// for the bytes actually read, whatever size the file reports (`/proc` files say 0).
pub(crate) fn read_regular(path: &Path, limit: u64, links: Links) -> Result<Vec<u8>, ReadError> {
    let file = for_reading(path, links).map_err(|e| {
        if links == Links::Refuse && is_refused_link(&e) {
            ReadError::Link
        } else {
            ReadError::Io(e)
        }
    })?;
    let metadata = file.metadata().map_err(ReadError::Io)?;
    if metadata.is_dir() {
        return Err(ReadError::IsDirectory);
    }
    if !metadata.is_file() {
        return Err(ReadError::NotRegular(describe(metadata.file_type())));
    }
    if metadata.len() > limit {
        return Err(ReadError::TooLarge {
            size: Some(metadata.len()),
            limit,
        });
    }
    read_at_most(file, limit)
}

/// Reads `reader` to its end, failing once more than `limit` bytes arrived.
pub(crate) fn read_at_most(reader: impl std::io::Read, limit: u64) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { size: None, limit });
    }
    Ok(bytes)
}
