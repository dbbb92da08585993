//! Unsaved edits kept beside the user's settings, so that a crash loses at most the last half minute.
//! The window writes a recovery file while anything is unsaved and offers it back on the next start;
//! saving everything, or choosing to discard, removes it. The workspace's own files are never touched.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::ids::{Id, Locale};
use crate::storage::{self, Digest, StorageError};
use crate::workspace::{FluentFile, LOCALES_DIR, STATEMENTS_DIR, StatementFile, Workspace};

/// The unsaved content of a workspace's changed files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recovery {
    pub workspace: PathBuf,
    pub files: Vec<RecoveredFile>,
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
        }
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Where the recovery file of the workspace at `root` lives in `dir`.
    pub fn path(dir: &Path, root: &Path) -> PathBuf {
        let digest = Digest::of(root.to_string_lossy().as_bytes()).to_hex();
        dir.join(format!("recovery-{}.ron", &digest[..16]))
    }

    /// Writes the recovery file atomically.
    pub fn write(&self, dir: &Path) -> Result<(), StorageError> {
        let path = Self::path(dir, &self.workspace);
        std::fs::create_dir_all(dir).map_err(|source| StorageError::Write {
            path: path.clone(),
            what: "cannot create its folder",
            source,
        })?;
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).unwrap_or_default();
        storage::write_atomically(&path, text.as_bytes())
    }

    /// The recovery file of the workspace at `root`, if there is a readable one.
    pub fn read(dir: &Path, root: &Path) -> Option<Self> {
        let text = std::fs::read_to_string(Self::path(dir, root)).ok()?;
        ron::from_str::<Self>(&text)
            .ok()
            .filter(|r| r.workspace == root && !r.is_empty())
    }

    pub fn discard(dir: &Path, root: &Path) {
        let _ = std::fs::remove_file(Self::path(dir, root));
    }

    /// Puts the recovered content back into the workspace, as unsaved edits. Returns how many files
    /// were restored; a file whose path or content no longer fits is skipped.
    pub fn restore(&self, ws: &mut Workspace) -> usize {
        self.files.iter().filter(|f| restore_file(ws, f)).count()
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
            let Ok(statement) = crate::statement::Statement::from_ron(text) else {
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
        [dir, statement, name] if dir == crate::review::REVIEWS_DIR => {
            let Ok(reviews) = crate::review::Reviews::from_ron(&file.text) else {
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
    use crate::document::Edit;

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
        recovery.write(dir.path()).unwrap();

        // The process dies; a new one loads the workspace from disk.
        let mut fresh = sample();
        let found = Recovery::read(dir.path(), &fresh.root).unwrap();
        assert_eq!(found.restore(&mut fresh), 2);
        let doc = &fresh.file(&uk, &id).unwrap().document;
        assert_eq!(doc.value_text("demand").unwrap(), "Відновлено");
        assert_eq!(fresh.statements[&id].statement.publisher, "Restored");
        assert_eq!(
            fresh.dirty_files(),
            2,
            "restored edits are unsaved, not written"
        );

        Recovery::discard(dir.path(), &fresh.root);
        assert!(Recovery::read(dir.path(), &fresh.root).is_none());
    }

    #[test]
    fn nothing_unsaved_means_nothing_to_recover() {
        let ws = sample();
        assert!(Recovery::of(&ws).is_empty());
        let dir = tempfile::tempdir().unwrap();
        assert!(Recovery::read(dir.path(), &ws.root).is_none());
    }
}
