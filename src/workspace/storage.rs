//! Reading files and saving them without ever leaving a half-written or silently overwritten file.
//!
//! A save writes a temporary file in the same folder, flushes it to disk, gives it the old file's
//! permissions and renames it over the old one, so a crash leaves either the old or the new content.
//! Before that, the file on disk is compared (by SHA-256) with what was loaded: if another program
//! changed it, the save is refused and nothing is written. The comparison and the rename are one
//! step for every Chorus process: each holds an exclusive lock on the folder (see [`FolderLock`])
//! from before it reads the file until after the rename, so two saves of one file can never both
//! pass the comparison and the second silently undo the first.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest as _, Sha256};

use crate::base::explain::{Explain, Explanation};

/// SHA-256 of a file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Digest([u8; 32]);

impl Digest {
    pub fn of(bytes: &[u8]) -> Self {
        Self(Sha256::digest(bytes).into())
    }

    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("{}: cannot read: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error(
        "{}: changed on disk since it was opened; nothing was saved (reload it, or save your version elsewhere)",
        path.display()
    )]
    Conflict { path: PathBuf },
    #[error("{}: cannot save: {what}: {source}", path.display())]
    Write {
        path: PathBuf,
        what: Step,
        source: io::Error,
    },
}

/// The step of a save that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Step {
    #[error("cannot lock its folder")]
    Lock,
    #[error("cannot create its folder")]
    CreateFolder,
    #[error("cannot create a temporary file in its folder")]
    CreateTemporary,
    #[error("writing failed")]
    Write,
    #[error("cannot keep the file's permissions")]
    KeepPermissions,
    #[error("flushing to disk failed")]
    Flush,
    #[error("cannot replace the file")]
    Replace,
    #[error("cannot create the file")]
    Create,
}

impl Explain for Step {
    fn explain(&self) -> Explanation {
        Explanation::new(match self {
            Step::Lock => "error-step-lock",
            Step::CreateFolder => "error-step-create-folder",
            Step::CreateTemporary => "error-step-create-temporary",
            Step::Write => "error-step-write",
            Step::KeepPermissions => "error-step-keep-permissions",
            Step::Flush => "error-step-flush",
            Step::Replace => "error-step-replace",
            Step::Create => "error-step-create",
        })
    }
}

/// What the system said about a file, kept so that it can be cloned and compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{text}")]
pub struct SystemError {
    pub kind: io::ErrorKind,
    pub text: String,
}

impl From<&io::Error> for SystemError {
    fn from(error: &io::Error) -> Self {
        Self {
            kind: error.kind(),
            text: error.to_string(),
        }
    }
}

impl Explain for SystemError {
    fn explain(&self) -> Explanation {
        match self.kind {
            io::ErrorKind::NotFound => Explanation::new("error-io-not-found"),
            io::ErrorKind::PermissionDenied => Explanation::new("error-io-permission"),
            io::ErrorKind::AlreadyExists => Explanation::new("error-io-exists"),
            io::ErrorKind::StorageFull => Explanation::new("error-io-full"),
            io::ErrorKind::ReadOnlyFilesystem => Explanation::new("error-io-read-only"),
            _ => Explanation::new("error-io-other").text("detail", &self.text),
        }
    }
}

/// What the system said, worded where the window knows the case and as the system put it otherwise.
pub fn explain_io(error: &io::Error) -> Explanation {
    SystemError::from(error).explain()
}

impl Explain for StorageError {
    fn explain(&self) -> Explanation {
        match self {
            Self::Read { path, source } => Explanation::new("error-storage-read")
                .text("path", path.display())
                .because(&explain_io(source)),
            Self::Conflict { path } => {
                Explanation::new("error-storage-conflict").text("path", path.display())
            }
            Self::Write { path, what, source } => Explanation::new("error-storage-write")
                .text("path", path.display())
                .because(&what.explain().because(&explain_io(source))),
        }
    }
}

/// A file's bytes and their digest.
pub fn read(path: &Path) -> Result<(Vec<u8>, Digest), StorageError> {
    let bytes = fs::read(path).map_err(|source| StorageError::Read {
        path: path.to_owned(),
        source,
    })?;
    let digest = Digest::of(&bytes);
    Ok((bytes, digest))
}

/// What the caller believes is on disk before a save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// The file had this content when it was loaded.
    Content(Digest),
    /// The file did not exist.
    Absent,
}

/// An exclusive lock on a folder, for as long as it lives. Every Chorus process (the window, each
/// `chorus review`) takes it before comparing a file of the folder and replacing it, so they take
/// turns. On Unix it is `flock` on the folder itself; elsewhere on a `.chorus-lock` file in it. Other
/// programs do not take it: a text editor saving between our comparison and our rename is still
/// possible, which is why the watcher compares again afterwards.
pub struct FolderLock {
    _file: Option<fs::File>,
}

impl FolderLock {
    /// Waits for the lock of `folder`. Where the file system cannot lock at all, goes on unlocked
    /// (the comparison alone still refuses most outside changes).
    pub fn acquire(folder: &Path) -> io::Result<Self> {
        #[cfg(unix)]
        let file = fs::File::open(folder)?;
        #[cfg(not(unix))]
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(folder.join(".chorus-lock"))?;
        match file.lock() {
            Ok(()) => Ok(Self { _file: Some(file) }),
            Err(err) if err.kind() == io::ErrorKind::Unsupported => Ok(Self { _file: None }),
            Err(err) => Err(err),
        }
    }
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Saves `bytes` to `path` atomically, refusing if the file is not as `expect` says. Returns the new
/// digest, to expect at the next save. The comparison and the replacement happen under the folder's
/// [`FolderLock`].
pub fn save(path: &Path, bytes: &[u8], expect: Expect) -> Result<Digest, StorageError> {
    let _lock = FolderLock::acquire(folder_of(path)).map_err(|source| StorageError::Write {
        path: path.to_owned(),
        what: Step::Lock,
        source,
    })?;
    let on_disk = match fs::read(path) {
        Ok(current) => Some(Digest::of(&current)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => None,
        Err(source) => {
            return Err(StorageError::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    let unchanged = match expect {
        Expect::Content(digest) => on_disk == Some(digest),
        Expect::Absent => on_disk.is_none(),
    };
    let conflict = || StorageError::Conflict {
        path: path.to_owned(),
    };
    if !unchanged {
        return Err(conflict());
    }
    match expect {
        // Created only if nothing is there by then, whoever else writes.
        Expect::Absent => write_new(path, bytes).map_err(|err| match &err {
            StorageError::Write { source, .. } if source.kind() == io::ErrorKind::AlreadyExists => {
                conflict()
            }
            _ => err,
        })?,
        Expect::Content(digest) => replace_if_unchanged(path, bytes, digest)?,
    }
    Ok(Digest::of(bytes))
}

/// Replaces the file at `path` with `bytes` if it still holds what has the digest `expected`. Other
/// Chorus programs wait for the folder's lock, but a text editor or `git` does not: between the
/// comparison in [`save`] and the rename, one of them could still replace the file. On Linux the
/// new file is swapped in (`renameat2` with `RENAME_EXCHANGE`) and the one swapped out is compared;
/// if it is not what was expected, the two are swapped back and the save is refused, so whatever
/// another program renamed into place is never lost. Elsewhere, or where the file system cannot
/// swap, the new file is renamed over the old.
fn replace_if_unchanged(path: &Path, bytes: &[u8], expected: Digest) -> Result<(), StorageError> {
    let temp = prepared_temp(path, bytes, NEW_FILE_MODE)?;
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        let swap = || renameat_with(CWD, temp.path(), CWD, path, RenameFlags::EXCHANGE);
        match swap() {
            Ok(()) => {
                // `temp.path()` now names the file that was in place; dropping `temp` removes it.
                let displaced = fs::read(temp.path()).map(|old| Digest::of(&old));
                if displaced.ok() != Some(expected) {
                    let _ = swap();
                    return Err(StorageError::Conflict {
                        path: path.to_owned(),
                    });
                }
                sync_folder(path);
                return Ok(());
            }
            // The file system cannot swap (some network and FUSE file systems): rename below.
            Err(
                rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS | rustix::io::Errno::NOTSUP,
            ) => {}
            Err(err) => {
                return Err(StorageError::Write {
                    path: path.to_owned(),
                    what: Step::Replace,
                    source: err.into(),
                });
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = expected;
    finish_temp(temp, path, true)
}

/// How the temporary files of a save are named. One is left behind only when the process dies mid-save.
pub const TEMP_PREFIX: &str = ".chorus-save-";

/// How old a save's temporary file must be to be taken for one left by a process that died: far longer
/// than any save, so that a save running in another Chorus is never disturbed.
pub const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Removes `path` if it is a save's temporary file left by a process that died ([`TEMP_PREFIX`], not
/// changed for [`STALE_AFTER`]). Returns whether it did; anything else, or any error, leaves it.
pub fn remove_if_stale(path: &Path) -> bool {
    let ours = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with(TEMP_PREFIX));
    let stale = fs::symlink_metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > STALE_AFTER);
    ours && stale && fs::remove_file(path).is_ok()
}

/// Writes through a temporary file in the same folder and a rename. A file that was there keeps
/// its permissions; a new one gets those the user's umask gives (as any program's new file does).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    write_through_temp(path, bytes, true, NEW_FILE_MODE)
}

/// Like [`write_atomically`], but only if nothing is at `path`: a file that appears meanwhile is kept,
/// and the error's source is of kind [`io::ErrorKind::AlreadyExists`].
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    write_through_temp(path, bytes, false, NEW_FILE_MODE)
}

/// Like [`write_atomically`], for a file only its owner may read (unsaved edits, kept in the
/// user's data folder).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    write_through_temp(path, bytes, true, 0o600)
}

/// The mode a new file asks for, before the umask: read and write for all, as `open(2)` is usually
/// asked; the umask (typically 022) then takes away what the user does not want to share.
const NEW_FILE_MODE: u32 = 0o666;

fn write_through_temp(
    path: &Path,
    bytes: &[u8],
    replace: bool,
    new_mode: u32,
) -> Result<(), StorageError> {
    let temp = prepared_temp(path, bytes, new_mode)?;
    finish_temp(temp, path, replace)
}

fn failure(path: &Path, what: Step) -> impl FnOnce(io::Error) -> StorageError {
    let path = path.to_owned();
    move |source| StorageError::Write { path, what, source }
}

/// A temporary file beside `path` holding `bytes`, flushed to disk, with the permissions of the file
/// at `path` if there is one (else `new_mode`, less the umask).
fn prepared_temp(
    path: &Path,
    bytes: &[u8],
    new_mode: u32,
) -> Result<tempfile::NamedTempFile, StorageError> {
    let fail = |what| failure(path, what);
    let folder = folder_of(path);
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // Created with this mode, so the umask applies as to any new file.
        builder.permissions(fs::Permissions::from_mode(new_mode));
    }
    #[cfg(not(unix))]
    let _ = new_mode;
    let mut temp = builder
        .tempfile_in(folder)
        .map_err(fail(Step::CreateTemporary))?;
    temp.write_all(bytes).map_err(fail(Step::Write))?;
    if let Ok(meta) = fs::metadata(path) {
        fs::set_permissions(temp.path(), meta.permissions())
            .map_err(fail(Step::KeepPermissions))?;
    }
    temp.as_file().sync_all().map_err(fail(Step::Flush))?;
    Ok(temp)
}

/// Moves a prepared temporary file to `path`: over what is there with `replace`, else only if
/// nothing is.
fn finish_temp(
    temp: tempfile::NamedTempFile,
    path: &Path,
    replace: bool,
) -> Result<(), StorageError> {
    let fail = |what| failure(path, what);
    if replace {
        temp.persist(path)
            .map_err(|e| e.error)
            .map_err(fail(Step::Replace))?;
    } else {
        temp.persist_noclobber(path)
            .map_err(|e| e.error)
            .map_err(fail(Step::Create))?;
    }
    sync_folder(path);
    Ok(())
}

/// A rename is durable only once the folder is flushed; not every platform allows it.
fn sync_folder(path: &Path) {
    if let Ok(dir) = fs::File::open(folder_of(path)) {
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_replaces_the_content_and_keeps_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        fs::write(&path, "a = 1\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        }
        let (_, digest) = read(&path).unwrap();
        let new = save(&path, b"a = 2\n", Expect::Content(digest)).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"a = 2\n");
        assert_eq!(new, Digest::of(b"a = 2\n"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o640);
        }
        let leftovers = fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "a temporary file was left behind");
    }

    #[cfg(unix)]
    #[test]
    fn new_files_get_the_umask_s_mode_and_replaced_ones_keep_theirs() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        // What the umask makes of a file created the usual way, in this process.
        let plain = dir.path().join("plain");
        fs::write(&plain, "x").unwrap();
        let usual = mode(&plain);
        let (new, exported, private) = (
            dir.path().join("new.ftl"),
            dir.path().join("page.html"),
            dir.path().join("recovery.ron"),
        );
        save(&new, b"a = 1\n", Expect::Absent).unwrap();
        write_new(&exported, b"<p>").unwrap();
        write_private(&private, b"()").unwrap();
        assert_eq!(mode(&new), usual);
        assert_eq!(mode(&exported), usual);
        assert_eq!(mode(&private), 0o600);
        fs::set_permissions(&exported, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&exported, b"<p>again").unwrap();
        assert_eq!(mode(&exported), 0o640, "a replaced file keeps its own mode");
    }

    #[test]
    fn a_file_replaced_by_another_program_at_the_last_moment_is_swapped_back() {
        // What `save` finds when another program renames its file into place after the comparison:
        // the file holds other content than the digest the save expects.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        fs::write(&path, "a = theirs\n").unwrap();
        let expected = Digest::of(b"a = 1\n");
        let err = replace_if_unchanged(&path, b"a = mine\n", expected).unwrap_err();
        assert!(matches!(err, StorageError::Conflict { .. }), "{err}");
        assert_eq!(fs::read(&path).unwrap(), b"a = theirs\n");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "nothing left beside it"
        );
        // And when it holds what was expected, it is replaced.
        replace_if_unchanged(&path, b"a = mine\n", Digest::of(b"a = theirs\n")).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"a = mine\n");
    }

    #[test]
    fn a_file_changed_on_disk_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        fs::write(&path, "a = 1\n").unwrap();
        let (_, digest) = read(&path).unwrap();
        fs::write(&path, "a = theirs\n").unwrap();
        let err = save(&path, b"a = mine\n", Expect::Content(digest)).unwrap_err();
        assert!(matches!(err, StorageError::Conflict { .. }));
        assert!(err.to_string().contains("a.ftl"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), b"a = theirs\n");
    }

    #[test]
    fn a_temporary_file_left_by_a_killed_save_is_removed_once_stale() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(".chorus-save-old");
        let fresh = dir.path().join(".chorus-save-fresh");
        let other = dir.path().join("notes.txt");
        for path in [&old, &fresh, &other] {
            fs::write(path, "x").unwrap();
        }
        let long_ago = std::time::SystemTime::now() - STALE_AFTER * 2;
        for path in [&old, &other] {
            let file = fs::File::options().write(true).open(path).unwrap();
            file.set_modified(long_ago).unwrap();
        }
        assert!(remove_if_stale(&old) && !old.exists());
        assert!(
            !remove_if_stale(&fresh) && fresh.exists(),
            "a save may be running"
        );
        assert!(!remove_if_stale(&other) && other.exists(), "not ours");
    }

    #[test]
    fn write_new_keeps_a_file_that_is_already_there() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        write_new(&path, b"first\n").unwrap();
        let err = write_new(&path, b"second\n").unwrap_err();
        let StorageError::Write { source, .. } = &err else {
            panic!("{err}");
        };
        assert_eq!(source.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"first\n");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "a temporary file was left"
        );
    }

    #[test]
    fn a_new_file_is_not_created_over_one_that_appeared() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.ftl");
        fs::write(&path, "x = 1\n").unwrap();
        let err = save(&path, b"y = 2\n", Expect::Absent).unwrap_err();
        assert!(matches!(err, StorageError::Conflict { .. }));
        assert_eq!(fs::read(&path).unwrap(), b"x = 1\n");
    }
}
