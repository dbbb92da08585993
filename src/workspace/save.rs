//! Saving: a [`SavePlan`] holds the bytes of every changed file, so that the window can write
//! them on another thread while the user goes on editing; each file is written through
//! [`storage`](super::storage), which refuses to overwrite a change made on disk meanwhile.

use std::fs;
use std::path::{Path, PathBuf};

use super::*;
use crate::fluent::document::Document;
use crate::workspace::reviews::Reviews;
use crate::workspace::statement::Statement;
use storage::{Digest, Expect, StorageError};

/// One changed file as it was when the plan was made.
#[derive(Debug, Clone)]
pub struct PendingSave {
    pub key: FileKey,
    /// Relative to the workspace.
    pub path: PathBuf,
    pub(super) bytes: Vec<u8>,
    pub(super) expect: Expect,
    /// For a statement: what is being saved and its text, to remember as saved.
    pub(super) statement: Option<(Statement, String)>,
    /// For a Fluent file: the document being saved, to remember as saved.
    pub(super) document: Option<Document>,
    /// For review records: what is being saved, to remember as saved.
    pub(super) reviews: Option<Reviews>,
}

/// The changed files of a workspace, to write with [`SavePlan::write`].
#[derive(Debug, Clone)]
pub struct SavePlan {
    pub(super) root: PathBuf,
    pub files: Vec<PendingSave>,
}

/// A file that was written, for [`Workspace::record`].
#[derive(Debug, Clone)]
pub struct Written {
    pub key: FileKey,
    pub(super) digest: Digest,
    /// For a Fluent file: the document as written, to remember as the file's saved content.
    pub(super) document: Option<Document>,
    pub(super) statement: Option<(Statement, String)>,
    pub(super) reviews: Option<Reviews>,
}

/// What a save did: the files written and, for each file that was not, why.
#[derive(Debug, Default)]
pub struct SaveReport {
    pub written: Vec<Written>,
    pub failed: Vec<StorageError>,
}

impl SavePlan {
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Writes each file atomically, refusing any that changed on disk since it was loaded, and goes
    /// on past a failure so that every file that can be saved is. Calls `progress(done, total)`
    /// after each file.
    pub fn write(self, mut progress: impl FnMut(usize, usize)) -> SaveReport {
        let total = self.files.len();
        let mut report = SaveReport::default();
        for (done, file) in self.files.into_iter().enumerate() {
            let path = self.root.join(&file.path);
            let written =
                create_folder(&path).and_then(|()| storage::save(&path, &file.bytes, file.expect));
            match written {
                Ok(digest) => report.written.push(Written {
                    key: file.key,
                    digest,
                    document: file.document,
                    statement: file.statement,
                    reviews: file.reviews,
                }),
                Err(err) => report.failed.push(err),
            }
            progress(done + 1, total);
        }
        report
    }
}

pub(super) fn create_folder(path: &Path) -> Result<(), StorageError> {
    match path.parent() {
        Some(folder) => fs::create_dir_all(folder).map_err(|source| StorageError::Write {
            path: path.to_owned(),
            what: crate::workspace::storage::Step::CreateFolder,
            source,
        }),
        None => Ok(()),
    }
}

impl Workspace {
    /// Every changed statement and Fluent file, ready to be written (on any thread) by
    /// [`SavePlan::write`]; [`Workspace::record`] then marks what was written as saved.
    pub fn save_plan(&self) -> SavePlan {
        let statements = self.statements.keys().cloned().map(FileKey::Statement);
        let files = self
            .files
            .keys()
            .map(|(locale, id)| FileKey::Messages(locale.clone(), id.clone()));
        let reviews = self
            .reviews
            .keys()
            .map(|(id, locale)| FileKey::Reviews(id.clone(), locale.clone()));
        let keys: Vec<_> = statements.chain(files).chain(reviews).collect();
        self.save_plan_of(&keys)
    }

    /// The files among `keys` that changed, ready to be written.
    pub fn save_plan_of(&self, keys: &[FileKey]) -> SavePlan {
        let mut files = Vec::new();
        for key in keys {
            match key {
                FileKey::Statement(id) => {
                    let Some(file) = self.statements.get(id).filter(|f| f.is_dirty()) else {
                        continue;
                    };
                    let text = file.statement.to_ron_after_header(&file.text);
                    files.push(PendingSave {
                        key: key.clone(),
                        path: file.path.clone(),
                        bytes: text.clone().into_bytes(),
                        expect: file.digest.map_or(Expect::Absent, Expect::Content),
                        statement: Some((file.statement.clone(), text)),
                        document: None,
                        reviews: None,
                    });
                }
                FileKey::Messages(locale, id) => {
                    let Some(file) = self.file(locale, id).filter(|f| f.is_dirty()) else {
                        continue;
                    };
                    files.push(PendingSave {
                        key: key.clone(),
                        path: file.path.clone(),
                        bytes: file.document.to_bytes(),
                        expect: file.digest.map_or(Expect::Absent, Expect::Content),
                        statement: None,
                        document: Some(file.document.clone()),
                        reviews: None,
                    });
                }
                FileKey::Reviews(id, locale) => {
                    let Some(file) = self.reviews.get(&(id.clone(), locale.clone())) else {
                        continue;
                    };
                    if !file.is_dirty() {
                        continue;
                    }
                    files.push(PendingSave {
                        key: key.clone(),
                        path: file.path.clone(),
                        bytes: file.reviews.to_ron().into_bytes(),
                        expect: file.digest.map_or(Expect::Absent, Expect::Content),
                        statement: None,
                        document: None,
                        reviews: Some(file.reviews.clone()),
                    });
                }
            }
        }
        SavePlan {
            root: self.root.clone(),
            files,
        }
    }

    /// Marks written files as saved. A file edited again while it was being written stays changed.
    pub fn record(&mut self, written: Vec<Written>) {
        for w in written {
            match w.key {
                FileKey::Statement(id) => {
                    if let (Some(file), Some((statement, text))) =
                        (self.statements.get_mut(&id), w.statement)
                    {
                        file.digest = Some(w.digest);
                        file.saved = statement;
                        file.text = text;
                    }
                }
                FileKey::Messages(locale, id) => {
                    if let Some(file) = self.file_mut(&locale, &id) {
                        file.digest = Some(w.digest);
                        file.saved = w.document;
                    }
                }
                FileKey::Reviews(id, locale) => {
                    if let (Some(file), Some(reviews)) =
                        (self.reviews.get_mut(&(id, locale)), w.reviews)
                    {
                        file.digest = Some(w.digest);
                        file.saved = reviews;
                    }
                }
            }
        }
    }

    /// Saves every changed statement and Fluent file, here and now. Files that cannot be saved stay
    /// changed; the first failure is returned, naming its file. Returns how many files were written.
    pub fn save_all(&mut self) -> Result<usize, WorkspaceError> {
        let report = self.save_plan().write(|_, _| {});
        let saved = report.written.len();
        self.record(report.written);
        match report.failed.into_iter().next() {
            Some(err) => Err(err.into()),
            None => Ok(saved),
        }
    }
}
