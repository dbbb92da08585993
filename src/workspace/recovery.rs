//! Unsaved edits kept beside the user's settings, so that a crash loses at most the last half minute.
//! The window writes a recovery file while anything is unsaved and offers it back on the next start;
//! saving everything, or choosing to discard, removes it. The workspace's own files are never touched.
//!
//! Each window is a [`Session`] with recovery files of its own (`recovery-<workspace>-<session>.ron`),
//! so two windows on one workspace never write over each other's. A session holds a lock on its
//! `session-<id>.lock` while it lives; a recovery file whose session holds no lock was left by a window
//! that crashed, and is what the next window offers back ([`Session::orphans`]), never one a live
//! window still keeps.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::base::ids::{Id, Locale};
use crate::fluent::document::Document;
use crate::workspace::storage::{self, Digest, StorageError};
use crate::workspace::{FluentFile, LOCALES_DIR, STATEMENTS_DIR, StatementFile, Workspace};

/// The unsaved content of a workspace's changed files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recovery {
    pub workspace: PathBuf,
    pub files: Vec<RecoveredFile>,
    /// When it was made (Unix time in milliseconds): of two recoveries of one file, the later wins.
    #[serde(default)]
    pub made: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveredFile {
    /// Relative to the workspace.
    pub path: PathBuf,
    pub text: String,
}

impl Recovery {
    /// What is unsaved in `ws` now.
    pub fn of(ws: &Workspace) -> Self {
        let statements = ws
            .statements
            .values()
            .filter(|f| f.is_dirty())
            .map(|f| RecoveredFile {
                path: f.path.clone(),
                text: f.statement.to_ron_after_header(&f.text),
            });
        let messages = ws
            .files
            .values()
            .filter(|f| f.is_dirty())
            .map(|f| RecoveredFile {
                path: f.path.clone(),
                text: String::from_utf8_lossy(&f.document.to_bytes()).into_owned(),
            });
        let reviews = ws
            .reviews
            .values()
            .filter(|f| f.is_dirty())
            .map(|f| RecoveredFile {
                path: f.path.clone(),
                text: f.reviews.to_ron(),
            });
        Self {
            workspace: ws.root.clone(),
            files: statements.chain(messages).chain(reviews).collect(),
            made: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as u64),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    fn read(path: &Path, root: &Path) -> Option<Self> {
        let text = std::fs::read_to_string(path).ok()?;
        ron::from_str::<Self>(&text)
            .ok()
            .filter(|r| r.workspace == root && !r.is_empty())
    }

    /// Puts the recovered content back into the workspace, as unsaved edits. Returns how many files
    /// were restored; a file whose path or content no longer fits is skipped.
    pub fn restore(&self, ws: &mut Workspace) -> usize {
        self.files.iter().filter(|f| restore_file(ws, f)).count()
    }
}

/// What a name of the workspace at `root` starts with in the recovery folder.
fn workspace_prefix(root: &Path) -> String {
    let digest = Digest::of(root.to_string_lossy().as_bytes()).to_hex();
    format!("recovery-{}", &digest[..16])
}

/// One window's recovery files, and its claim that they are in use.
#[derive(Debug)]
pub struct Session {
    dir: PathBuf,
    id: String,
    /// Locked while the session lives; `None` where the folder cannot be written or locked.
    lock: Option<std::fs::File>,
}

impl Session {
    /// A new session keeping its recovery files in `dir` (made if missing).
    pub fn start(dir: &Path) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let id = format!("{}-{nanos:x}", std::process::id());
        let lock = std::fs::create_dir_all(dir)
            .and_then(|()| std::fs::File::create(dir.join(format!("session-{id}.lock"))))
            .and_then(|file| file.lock().map(|()| file))
            .ok();
        Self {
            dir: dir.to_owned(),
            id,
            lock,
        }
    }

    /// Where this session keeps the unsaved edits of the workspace at `root`.
    pub fn path(&self, root: &Path) -> PathBuf {
        self.dir
            .join(format!("{}-{}.ron", workspace_prefix(root), self.id))
    }

    /// Writes the recovery file atomically.
    pub fn write(&self, recovery: &Recovery) -> Result<(), StorageError> {
        let path = self.path(&recovery.workspace);
        std::fs::create_dir_all(&self.dir).map_err(|source| StorageError::Write {
            path: path.clone(),
            what: crate::workspace::storage::Step::CreateFolder,
            source,
        })?;
        let text = ron::ser::to_string_pretty(recovery, ron::ser::PrettyConfig::default())
            .unwrap_or_default();
        storage::write_private(&path, text.as_bytes())
    }

    /// Removes this session's recovery file of the workspace at `root`.
    pub fn discard(&self, root: &Path) {
        let _ = std::fs::remove_file(self.path(root));
    }

    /// The unsaved edits of `root` that windows which ended without saving left behind (not those
    /// of a window still open): combined, the newest of each file winning.
    pub fn orphans(&self, root: &Path) -> Option<Orphans> {
        let prefix = workspace_prefix(root);
        let mut found: Vec<(PathBuf, Recovery)> = Vec::new();
        for entry in std::fs::read_dir(&self.dir).ok()?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(rest) = name
                .strip_prefix(&prefix)
                .and_then(|r| r.strip_suffix(".ron"))
            else {
                continue;
            };
            // `recovery-<workspace>.ron`, from before sessions, belongs to no one alive.
            let session = rest.strip_prefix('-');
            if session == Some(self.id.as_str()) || session.is_some_and(|s| self.is_alive(s)) {
                continue;
            }
            if let Some(recovery) = Recovery::read(&entry.path(), root) {
                found.push((entry.path(), recovery));
            }
        }
        if found.is_empty() {
            return None;
        }
        found.sort_by_key(|(_, r)| r.made);
        let mut files: Vec<RecoveredFile> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (_, recovery) in found.iter().rev() {
            for file in &recovery.files {
                if seen.insert(&file.path) {
                    files.push(file.clone());
                }
            }
        }
        let made = found.last().map_or(0, |(_, r)| r.made);
        Some(Orphans {
            recovery: Recovery {
                workspace: root.to_owned(),
                files,
                made,
            },
            paths: found.into_iter().map(|(p, _)| p).collect(),
        })
    }

    /// Whether the session `id` still holds its lock (its window is open).
    fn is_alive(&self, id: &str) -> bool {
        let Ok(file) = std::fs::File::open(self.dir.join(format!("session-{id}.lock"))) else {
            return false;
        };
        match file.try_lock() {
            Ok(()) => false,
            Err(std::fs::TryLockError::WouldBlock) => true,
            Err(std::fs::TryLockError::Error(_)) => false,
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if self.lock.take().is_some() {
            let _ = std::fs::remove_file(self.dir.join(format!("session-{}.lock", self.id)));
        }
    }
}

/// Recovery files left by windows that ended without saving, combined.
#[derive(Debug, Clone)]
pub struct Orphans {
    pub recovery: Recovery,
    /// The files it was read from: removed once the user restored or discarded it.
    paths: Vec<PathBuf>,
}

impl Orphans {
    /// Removes the files these edits were read from (after they were restored into a window, which
    /// keeps them in its own from then on, or discarded).
    pub fn settle(self) {
        for path in self.paths {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn restore_file(ws: &mut Workspace, file: &RecoveredFile) -> bool {
    let parts: Vec<String> = file
        .path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [dir, name] if dir == STATEMENTS_DIR => {
            let Some(id) = name.strip_suffix(".ron").and_then(|s| Id::new(s).ok()) else {
                return false;
            };
            let text = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
            let Ok(statement) = crate::workspace::statement::Statement::from_ron(text) else {
                return false;
            };
            match ws.statements.get_mut(&id) {
                Some(loaded) => loaded.statement = statement,
                // Made in that session and never saved.
                None if statement.id == id => {
                    let new = StatementFile {
                        path: file.path.clone(),
                        saved: statement.clone(),
                        statement,
                        digest: None,
                        text: text.to_owned(),
                    };
                    ws.statements.insert(id, new);
                }
                None => return false,
            }
            true
        }
        [dir, locale, name] if dir == LOCALES_DIR => {
            let locale = Locale::new(locale.as_str()).ok();
            let id = name.strip_suffix(".ftl").and_then(|s| Id::new(s).ok());
            let (Some(locale), Some(id)) = (locale, id) else {
                return false;
            };
            let document = Document::parse(&file.text);
            match ws.file_mut(&locale, &id) {
                Some(loaded) => loaded.document = document,
                None => {
                    let path = Workspace::fluent_path(&locale, &id);
                    let new = FluentFile::new(path, document, None);
                    ws.files.insert((locale, id), new);
                }
            }
            true
        }
        [dir, statement, name] if dir == crate::workspace::reviews::REVIEWS_DIR => {
            let Ok(reviews) = crate::workspace::reviews::Reviews::from_ron(&file.text) else {
                return false;
            };
            let place = (
                Id::new(statement.as_str()).ok(),
                name.strip_suffix(".ron").and_then(|s| Locale::new(s).ok()),
            );
            if place
                != (
                    Some(reviews.statement.clone()),
                    Some(reviews.locale.clone()),
                )
            {
                return false;
            }
            let (statement, locale) = (reviews.statement.clone(), reviews.locale.clone());
            *ws.reviews_mut(&statement, &locale) = reviews;
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fluent::document::Edit;

    fn sample() -> Workspace {
        Workspace::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    #[test]
    fn unsaved_edits_come_back_after_a_crash() {
        let dir = tempfile::tempdir().unwrap();
        let mut ws = sample();
        let (uk, id) = (
            Locale::new("uk").unwrap(),
            Id::new("free-boris-kagarlitsky").unwrap(),
        );
        let edit = Edit::SetValue {
            id: "demand".into(),
            value: Some("Відновлено".into()),
        };
        ws.file_mut(&uk, &id)
            .unwrap()
            .document
            .apply(&edit)
            .unwrap();
        ws.statements.get_mut(&id).unwrap().statement.publisher = "Restored".into();
        let recovery = Recovery::of(&ws);
        assert_eq!(recovery.files.len(), 2);
        let crashed = Session::start(dir.path());
        crashed.write(&recovery).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(crashed.path(&ws.root))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "unsaved text is the user's alone");
        }

        // While that window lives, a second one does not take its edits.
        let fresh_window = Session::start(dir.path());
        assert!(fresh_window.orphans(&ws.root).is_none());

        // The first one dies; the second is offered its edits.
        drop(crashed);
        let mut fresh = sample();
        let found = fresh_window.orphans(&fresh.root).unwrap();
        assert_eq!(found.recovery.restore(&mut fresh), 2);
        let doc = &fresh.file(&uk, &id).unwrap().document;
        assert_eq!(doc.value_text("demand").unwrap(), "Відновлено");
        assert_eq!(fresh.statements[&id].statement.publisher, "Restored");
        assert_eq!(
            fresh.dirty_files(),
            2,
            "restored edits are unsaved, not written"
        );
        found.settle();
        assert!(fresh_window.orphans(&fresh.root).is_none());
    }

    #[test]
    fn two_windows_on_one_workspace_keep_their_edits_apart_and_the_newest_wins() {
        let dir = tempfile::tempdir().unwrap();
        let ws = sample();
        let recovered = |text: &str, made| Recovery {
            workspace: ws.root.clone(),
            files: vec![RecoveredFile {
                path: "statements/x.ron".into(),
                text: text.into(),
            }],
            made,
        };
        let (a, b) = (Session::start(dir.path()), Session::start(dir.path()));
        a.write(&recovered("from a", 2)).unwrap();
        b.write(&recovered("from b", 1)).unwrap();
        assert_ne!(a.path(&ws.root), b.path(&ws.root));
        let third = Session::start(dir.path());
        assert!(third.orphans(&ws.root).is_none(), "both windows are open");
        drop(a);
        drop(b);
        let found = third.orphans(&ws.root).unwrap();
        assert_eq!(found.recovery.files.len(), 1);
        assert_eq!(found.recovery.files[0].text, "from a", "the later one");
    }

    #[test]
    fn nothing_unsaved_means_nothing_to_recover() {
        let ws = sample();
        assert!(Recovery::of(&ws).is_empty());
        let dir = tempfile::tempdir().unwrap();
        assert!(Session::start(dir.path()).orphans(&ws.root).is_none());
    }
}
