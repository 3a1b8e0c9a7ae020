//! Output directories (`brief -o DIR`): a run writes its whole set of files into a fresh
//! staging directory beside `DIR` and then swaps it in with one rename, so `DIR` holds
//! the earlier run's set or this run's, never a mix, a stale digest or a half-written
//! file.
//!
//! Nothing is written through a link: the staging directory is created by this run
//! (exclusively, under a name nobody can plant ahead of it) and every file in it is
//! created new. `DIR` itself is replaced as a whole, which is why it may hold only what
//! a briefing run writes; a directory with other files in it is refused, not emptied.
//! A staging directory left by a run that was killed is removed by the next run into the
//! same `DIR` once its process is gone.

use crate::open;
use crate::replace::nonce;
use std::ffi::OsStr;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The names a briefing run writes into its output directory.
const OWN_NAMES: &[&str] = &[
    "briefing.md",
    "briefing.html",
    "index.html",
    "style.css",
    "briefing.json",
    "factsheets",
    "articles",
];

/// Why an output directory cannot be written.
#[derive(Debug, thiserror::Error)]
pub(crate) enum StagingError {
    #[error("is {0}; -o takes a directory")]
    NotDirectory(&'static str),
    #[error("holds `{0}`, which a briefing run does not write")]
    Foreign(String),
    #[error("names no directory of its own")]
    NoName,
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
}

impl StagingError {
    /// What the user can do about it.
    pub(crate) fn hint(&self) -> &'static str {
        match self {
            StagingError::NotDirectory(_) | StagingError::NoName => {
                "name a new directory, or one an earlier briefing was written into"
            }
            StagingError::Foreign(_) => {
                "the directory is replaced as a whole; name a new one, or one that holds only an earlier briefing"
            }
            StagingError::Io(_) => "check the path and its permissions",
        }
    }
}

/// Checks `-o DIR` before any article is read: absent, or a directory (not a link to
/// one) holding only what a briefing run writes.
pub(crate) fn check(target: &Path) -> Result<(), StagingError> {
    if target.file_name().is_none() {
        return Err(StagingError::NoName);
    }
    let metadata = match std::fs::symlink_metadata(target) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StagingError::Io(e)),
    };
    if !metadata.is_dir() {
        return Err(StagingError::NotDirectory(open::describe(
            metadata.file_type(),
        )));
    }
    for entry in std::fs::read_dir(target)? {
        let name = entry?.file_name();
        if !is_own(&name) {
            return Err(StagingError::Foreign(name.to_string_lossy().into_owned()));
        }
    }
    Ok(())
}

/// A name a briefing run writes, or a temporary file a killed run left behind.
fn is_own(name: &OsStr) -> bool {
    let Some(name) = name.to_str() else {
        return false;
    };
    OWN_NAMES.contains(&name)
        || (name.starts_with('.') && (name.ends_with(".tmp") || name.contains(".tmp-")))
}

/// A run's output set while it is written; removed unless [`Staging::commit`] swapped it
/// in.
#[derive(Debug)]
pub(crate) struct Staging {
    target: PathBuf,
    dir: PathBuf,
    committed: bool,
}

impl Staging {
    /// Creates the staging directory beside `target` (and `target`'s parent if needed).
    pub(crate) fn create(target: &Path) -> Result<Staging, StagingError> {
        check(target)?;
        let (parent, name) = parent_and_name(target)?;
        std::fs::create_dir_all(&parent)?;
        remove_abandoned(&parent, &name);
        let mut last = std::io::Error::from(std::io::ErrorKind::AlreadyExists);
        for attempt in 0..16 {
            let dir = parent.join(format!(
                "{}{}-{:x}",
                prefix(&name),
                std::process::id(),
                nonce(attempt)
            ));
            match std::fs::create_dir(&dir) {
                Ok(()) => {
                    return Ok(Staging {
                        target: target.to_path_buf(),
                        dir,
                        committed: false,
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = e,
                Err(e) => return Err(StagingError::Io(e)),
            }
        }
        Err(StagingError::Io(last))
    }

    /// Writes one file of the set (`briefing.md`, `factsheets/csto.md`).
    pub(crate) fn write(&self, relative: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let mut file = self.create_file(relative)?;
        file.write_all(bytes)
    }

    /// Writes one file of the set as an encoder produces it, without holding it whole.
    pub(crate) fn write_encoded(
        &self,
        relative: &Path,
        encode: impl FnOnce(&mut dyn std::io::Write) -> Result<(), lagebild_export::Error>,
    ) -> std::io::Result<()> {
        let file = self.create_file(relative)?;
        let mut out = std::io::BufWriter::new(file);
        match encode(&mut out) {
            Ok(()) => out.flush(),
            Err(lagebild_export::Error::Io(e)) => Err(e),
            Err(e) => Err(std::io::Error::other(e)),
        }
    }

    /// Creates a new file in the staging directory, and its subdirectory if needed; the
    /// subdirectory must be a real directory this run made.
    fn create_file(&self, relative: &Path) -> std::io::Result<std::fs::File> {
        let path = self.dir.join(relative);
        if let Some(sub) = path.parent().filter(|p| *p != self.dir) {
            match std::fs::create_dir(sub) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    if !std::fs::symlink_metadata(sub)?.is_dir() {
                        return Err(e);
                    }
                }
                Err(e) => return Err(e),
            }
        }
        open::create_new(&path)
    }

    /// Puts the finished set in place of `target` with one rename (an exchange where the
    /// system has one), then removes the earlier set.
    pub(crate) fn commit(mut self) -> Result<(), StagingError> {
        check(&self.target)?;
        match std::fs::symlink_metadata(&self.target) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::rename(&self.dir, &self.target)?;
                self.committed = true;
            }
            Err(e) => return Err(StagingError::Io(e)),
            Ok(_) => {
                let old = swap(&self.dir, &self.target)?;
                self.committed = true;
                let _ = std::fs::remove_dir_all(old);
            }
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// The parent directory (`.` for a bare name) and the file name of `target`.
fn parent_and_name(target: &Path) -> Result<(PathBuf, String), StagingError> {
    let name = target
        .file_name()
        .ok_or(StagingError::NoName)?
        .to_string_lossy()
        .into_owned();
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((parent, name))
}

/// The start of every staging directory's name for an output directory `name`.
fn prefix(name: &str) -> String {
    format!(".{name}.lagebild-")
}

/// Exchanges `staging` and `target`; returns where the earlier set now is.
fn swap(staging: &Path, target: &Path) -> std::io::Result<PathBuf> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        use rustix::io::Errno;
        match renameat_with(CWD, staging, CWD, target, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(staging.to_path_buf()),
            // File systems without the exchange take the two renames below.
            Err(e) if e == Errno::INVAL || e == Errno::NOSYS || e == Errno::NOTSUP => {}
            Err(e) => return Err(e.into()),
        }
    }
    // Without an exchange there is a moment with no `target`: the earlier set is moved
    // aside first and put back if the new one cannot take its place.
    let mut aside = staging.as_os_str().to_owned();
    aside.push("-old");
    let aside = PathBuf::from(aside);
    std::fs::rename(target, &aside)?;
    if let Err(e) = std::fs::rename(staging, target) {
        let _ = std::fs::rename(&aside, target);
        return Err(e);
    }
    Ok(aside)
}

/// Removes staging directories of `name` that runs which are gone left behind (killed
/// before they could clean up). Only where the system tells which processes live
/// (Linux's `/proc`); elsewhere they stay.
fn remove_abandoned(parent: &Path, name: &str) {
    let prefix = prefix(name);
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        let gone = pid != std::process::id()
            && Path::new("/proc/self").exists()
            && !Path::new("/proc").join(pid.to_string()).exists();
        if gone && entry.file_type().is_ok_and(|t| t.is_dir()) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
