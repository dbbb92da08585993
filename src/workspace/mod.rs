//! A workspace: a folder holding `statements/<id>.ron` and `locales/<locale>/<id>.ftl`.
//!
//! Loading never stops at a bad file: each problem (a broken statement, a file that is not UTF-8, text
//! Fluent cannot parse, a folder that is not a locale) is collected with its file, line and column, and
//! everything else loads. Saving goes through `crate::workspace::storage`, one file at a time: a [`SavePlan`] holds
//! the bytes of every changed file, so the window can write them on another thread while the user
//! goes on editing.

/// Files changed on disk by other programs: noticing them, and reloading, keeping or merging them.
pub mod disk_changes;
/// Applying edits to the workspace, with undo and redo.
pub mod editing;
/// Unsaved edits kept beside the workspace, to come back after a crash.
pub mod recovery;
/// The review records kept beside each statement.
pub mod reviews;
/// The `.ron` description of a statement: variables, sections, signatories.
pub mod statement;
/// Reading files and saving them atomically, refusing to overwrite outside changes.
pub mod storage;
/// The organisers' words beside the text (affiliations, countries, publisher), translated per locale.
pub mod words;

mod load;
mod problems;
mod save;

pub use problems::{Problem, ProblemKind, Severity};
pub use save::{PendingSave, SavePlan, SaveReport, Written};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::base::explain::{Explain, Explanation};
use crate::base::ids::{Id, Locale};
use crate::base::progress::Progress;
use crate::fluent::document::Document;
use crate::workspace::reviews::Reviews;
use crate::workspace::statement::Statement;
use storage::{Digest, StorageError};

pub const STATEMENTS_DIR: &str = "statements";
pub const LOCALES_DIR: &str = "locales";

#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    #[error("{} is not a Chorus workspace: it has no {STATEMENTS_DIR}/ folder", .0.display())]
    NotAWorkspace(PathBuf),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("loading {} was cancelled", .0.display())]
    Cancelled(PathBuf),
}

/// Why a new statement could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CreateError {
    #[error("there is already a statement \"{0}\"")]
    Exists(Id),
    #[error("the statement needs a title")]
    NoTitle,
    #[error("there is no template \"{0}\"")]
    NoTemplate(Id),
}

impl Explain for CreateError {
    fn explain(&self) -> Explanation {
        match self {
            Self::Exists(id) => Explanation::new("error-create-exists").text("id", id),
            Self::NoTitle => Explanation::new("error-create-no-title"),
            Self::NoTemplate(id) => Explanation::new("error-create-no-template").text("id", id),
        }
    }
}

impl Explain for WorkspaceError {
    fn explain(&self) -> Explanation {
        match self {
            Self::NotAWorkspace(path) => {
                Explanation::new("error-not-a-workspace").text("path", path.display())
            }
            Self::Storage(e) => e.explain(),
            Self::Cancelled(path) => {
                Explanation::new("error-load-cancelled").text("path", path.display())
            }
        }
    }
}

/// A statement as loaded, with the digest of its file for conflict checks.
#[derive(Debug, Clone)]
pub struct StatementFile {
    pub path: PathBuf,
    pub statement: Statement,
    /// `None` for a statement created in this session and not yet saved.
    pub digest: Option<Digest>,
    /// The file's text when it was loaded or last saved (its header comments are kept on save).
    pub text: String,
    /// The statement as on disk, to tell whether it changed.
    pub saved: Statement,
}

impl StatementFile {
    pub fn is_dirty(&self) -> bool {
        self.digest.is_none() || self.statement != self.saved
    }
}

/// A Fluent file as loaded. `digest` is `None` for a file created in this session and not yet saved.
#[derive(Debug, Clone)]
pub struct FluentFile {
    pub path: PathBuf,
    pub document: Document,
    pub digest: Option<Digest>,
    /// The document as on disk (when loaded or last saved); `None` for a file not saved yet.
    pub(crate) saved: Option<Document>,
    /// Whether the document differed from `digest`, for the document revision and digest it was
    /// worked out for: the window asks every frame, and hashing a large file every frame is not free.
    dirty: std::cell::Cell<Option<(u64, Option<Digest>, bool)>>,
}

impl FluentFile {
    /// A file whose document is as on disk when `digest` is given, or not saved yet when it is `None`.
    pub fn new(path: PathBuf, document: Document, digest: Option<Digest>) -> Self {
        Self {
            path,
            saved: digest.map(|_| document.clone()),
            document,
            digest,
            dirty: std::cell::Cell::new(None),
        }
    }

    /// Whether a message or term differs from the file on disk (including added and removed ones).
    pub fn changed_since_saved(&self, id: &str) -> bool {
        let now = self.document.entry(id).map(|e| self.document.entry_text(e));
        let saved = self
            .saved
            .as_ref()
            .and_then(|s| s.entry(id).map(|e| s.entry_text(e)));
        now != saved
    }

    /// Whether the document differs from the file on disk.
    pub fn is_dirty(&self) -> bool {
        let key = (self.document.revision(), self.digest);
        if let Some((revision, digest, dirty)) = self.dirty.get()
            && (revision, digest) == key
        {
            return dirty;
        }
        let dirty = self.digest != Some(Digest::of(&self.document.to_bytes()));
        self.dirty.set(Some((key.0, key.1, dirty)));
        dirty
    }
}

/// The review records of a statement in a locale, as loaded.
#[derive(Debug, Clone)]
pub struct ReviewFile {
    pub path: PathBuf,
    pub reviews: Reviews,
    /// `None` when there is no file yet.
    pub digest: Option<Digest>,
    /// The records as on disk (empty when there is no file).
    pub(crate) saved: Reviews,
}

impl ReviewFile {
    pub(crate) fn new(path: PathBuf, reviews: Reviews, digest: Option<Digest>) -> Self {
        Self {
            path,
            saved: reviews.clone(),
            reviews,
            digest,
        }
    }

    /// Whether the records differ from the file. Records made in memory that are still empty need
    /// no file, so they are not dirty.
    pub fn is_dirty(&self) -> bool {
        self.reviews != self.saved && !(self.digest.is_none() && self.reviews.is_empty())
    }
}

#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
    /// By id.
    pub statements: BTreeMap<Id, StatementFile>,
    /// Every locale folder with a valid name.
    pub locales: Vec<Locale>,
    /// Every Fluent file that could be decoded, by locale and statement id.
    pub files: BTreeMap<(Locale, Id), FluentFile>,
    /// Review records, by statement and locale.
    pub reviews: BTreeMap<(Id, Locale), ReviewFile>,
    pub problems: Vec<Problem>,
    /// Set while loading.
    progress: Option<std::sync::Arc<Progress>>,
}

impl Workspace {
    /// Whether `root` looks like a workspace (it has a `statements/` folder).
    pub fn is_workspace(root: &Path) -> bool {
        root.join(STATEMENTS_DIR).is_dir()
    }

    /// A workspace with nothing in it, shown while the real one loads.
    pub fn empty(root: &Path) -> Self {
        Self {
            root: root.to_owned(),
            statements: BTreeMap::new(),
            locales: Vec::new(),
            files: BTreeMap::new(),
            reviews: BTreeMap::new(),
            problems: Vec::new(),
            progress: None,
        }
    }

    /// A statement's working title, or its id when it has none loaded.
    pub fn title(&self, id: &Id) -> String {
        self.statements
            .get(id)
            .map_or_else(|| id.to_string(), |s| s.statement.title.clone())
    }

    /// The Fluent file of a statement in a locale, if it exists.
    pub fn file(&self, locale: &Locale, id: &Id) -> Option<&FluentFile> {
        self.files.get(&(locale.clone(), id.clone()))
    }

    pub fn file_mut(&mut self, locale: &Locale, id: &Id) -> Option<&mut FluentFile> {
        self.files.get_mut(&(locale.clone(), id.clone()))
    }

    /// The review records of a statement in a locale, if there are any.
    pub fn reviews(&self, statement: &Id, locale: &Locale) -> Option<&Reviews> {
        self.reviews
            .get(&(statement.clone(), locale.clone()))
            .map(|f| &f.reviews)
    }

    /// The review records of a statement in a locale, made (empty, unsaved) if there are none.
    pub fn reviews_mut(&mut self, statement: &Id, locale: &Locale) -> &mut Reviews {
        let key = (statement.clone(), locale.clone());
        let file = self.reviews.entry(key).or_insert_with(|| {
            let empty = Reviews::new(statement.clone(), locale.clone());
            ReviewFile::new(Reviews::path(statement, locale), empty, None)
        });
        &mut file.reviews
    }

    /// Where a statement's messages in a locale are stored, relative to the root.
    pub fn fluent_path(locale: &Locale, id: &Id) -> PathBuf {
        Path::new(LOCALES_DIR)
            .join(locale.as_str())
            .join(format!("{id}.ftl"))
    }

    /// A new statement `id` made from `template`: its variables, sections, signatories and every
    /// translation it has, with a new title. Created in memory and unsaved; returns its files, to save.
    pub fn create_from_template(
        &mut self,
        template: &Id,
        id: Id,
        title: &str,
    ) -> Result<Vec<FileKey>, CreateError> {
        if self.statements.contains_key(&id) {
            return Err(CreateError::Exists(id));
        }
        let title = title.trim();
        if title.is_empty() {
            return Err(CreateError::NoTitle);
        }
        let source = self
            .statements
            .get(template)
            .ok_or_else(|| CreateError::NoTemplate(template.clone()))?;
        let mut statement = source.statement.clone();
        statement.id = id.clone();
        statement.title = title.to_owned();
        statement.kind = crate::workspace::statement::StatementKind::Statement;
        statement.template = Some(template.clone());
        let header = format!("// {title}, made from the template \"{template}\" with Chorus.\n");
        let locales: Vec<Locale> = statement.all_locales().cloned().collect();
        let mut keys = vec![FileKey::Statement(id.clone())];
        self.statements.insert(
            id.clone(),
            StatementFile {
                path: Path::new(STATEMENTS_DIR).join(format!("{id}.ron")),
                saved: statement.clone(),
                statement,
                digest: None,
                text: header,
            },
        );
        for locale in locales {
            let Some(document) = self.file(&locale, template).map(|f| f.document.clone()) else {
                continue;
            };
            let file = FluentFile::new(Self::fluent_path(&locale, &id), document, None);
            self.files.insert((locale.clone(), id.clone()), file);
            keys.push(FileKey::Messages(locale, id.clone()));
        }
        Ok(keys)
    }

    /// The files changed since they were loaded or saved, relative to the workspace, sorted: what a
    /// question about unsaved changes names.
    pub fn dirty_paths(&self) -> Vec<PathBuf> {
        let statements = self.statements.values().filter(|f| f.is_dirty());
        let files = self.files.values().filter(|f| f.is_dirty());
        let reviews = self.reviews.values().filter(|f| f.is_dirty());
        let mut paths: Vec<PathBuf> = (statements.map(|f| &f.path))
            .chain(files.map(|f| &f.path))
            .chain(reviews.map(|f| &f.path))
            .map(|p| p.strip_prefix(&self.root).unwrap_or(p).to_owned())
            .collect();
        paths.sort();
        paths
    }

    /// Statements and Fluent files changed since they were loaded or saved.
    pub fn dirty_files(&self) -> usize {
        let statements = self.statements.values().filter(|f| f.is_dirty()).count();
        let files = self.files.values().filter(|f| f.is_dirty()).count();
        statements + files + self.reviews.values().filter(|f| f.is_dirty()).count()
    }
}

/// Which file of a workspace.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FileKey {
    Statement(Id),
    Messages(Locale, Id),
    Reviews(Id, Locale),
}
