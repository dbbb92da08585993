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

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::base::ids::{Id, Locale};
use crate::base::progress::Progress;
use crate::base::text::{Position, decode};
use crate::fluent::document::Document;
use crate::workspace::reviews::{REVIEWS_DIR, Reviews};
use crate::workspace::statement::Statement;
use storage::{Digest, Expect, StorageError};

pub const STATEMENTS_DIR: &str = "statements";
pub const LOCALES_DIR: &str = "locales";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Something wrong in a workspace file. `path` is relative to the workspace root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    pub position: Option<Position>,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Problem {
    /// `locales/ru/x.ftl:12:5: error: message`, the form editors and terminals link to.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(p) = self.position {
            write!(f, ":{}:{}", p.line, p.column)?;
        }
        write!(f, ": {}: {}", self.severity.as_str(), self.message)
    }
}

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

    /// Loads everything that can be loaded and collects a problem for everything else.
    pub fn load(root: &Path) -> Result<Self, WorkspaceError> {
        Self::load_with(root, &std::sync::Arc::new(Progress::default()))
    }

    /// [`Workspace::load`], counting files (as steps) and bytes in `progress` as it goes, and giving
    /// up before the next file once it is stopped.
    pub fn load_with(
        root: &Path,
        progress: &std::sync::Arc<Progress>,
    ) -> Result<Self, WorkspaceError> {
        if !Self::is_workspace(root) {
            return Err(WorkspaceError::NotAWorkspace(root.to_owned()));
        }
        let mut ws = Self::empty(root);
        ws.progress = Some(std::sync::Arc::clone(progress));
        ws.load_statements();
        ws.load_locales();
        ws.load_reviews();
        ws.progress = None;
        if progress.stopped() {
            return Err(WorkspaceError::Cancelled(root.to_owned()));
        }
        ws.cross_check();
        Ok(ws)
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

    /// Statements and Fluent files changed since they were loaded or saved.
    pub fn dirty_files(&self) -> usize {
        let statements = self.statements.values().filter(|f| f.is_dirty()).count();
        let files = self.files.values().filter(|f| f.is_dirty()).count();
        statements + files + self.reviews.values().filter(|f| f.is_dirty()).count()
    }

    fn problem(&mut self, path: PathBuf, position: Option<Position>, message: impl Into<String>) {
        self.problems.push(Problem {
            path,
            position,
            severity: Severity::Error,
            message: message.into(),
        });
    }

    /// Entries of a folder, sorted by name; a problem if it cannot be listed.
    fn list(&mut self, relative: &Path) -> Vec<(String, PathBuf)> {
        let listing = match fs::read_dir(self.root.join(relative)) {
            Ok(listing) => listing,
            Err(err) => {
                self.problem(
                    relative.to_owned(),
                    None,
                    format!("cannot list this folder: {err}"),
                );
                return Vec::new();
            }
        };
        let mut names: Vec<_> = listing
            .filter_map(Result::ok)
            .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
            .filter(|(name, path)| {
                // A save's temporary file, left when a process was killed mid-save, goes once stale.
                if name.starts_with(storage::TEMP_PREFIX) {
                    storage::remove_if_stale(path);
                }
                !name.starts_with('.')
            })
            .collect();
        names.sort();
        names
    }

    /// Reads a file as UTF-8 text; a problem (naming the byte offset) if it cannot be.
    fn read_text(&mut self, relative: &Path) -> Option<(String, Digest)> {
        if self.progress.as_ref().is_some_and(|p| p.stopped()) {
            return None;
        }
        let read = storage::read(&self.root.join(relative));
        if let Some(progress) = &self.progress {
            progress.step(read.as_ref().map_or(0, |(bytes, _)| bytes.len() as u64));
        }
        let (bytes, digest) = match read {
            Ok(read) => read,
            Err(StorageError::Read { source, .. }) => {
                self.problem(relative.to_owned(), None, format!("cannot read: {source}"));
                return None;
            }
            Err(err) => {
                self.problem(relative.to_owned(), None, err.to_string());
                return None;
            }
        };
        match decode(&bytes) {
            Ok(text) => Some((text.to_owned(), digest)),
            Err(err) => {
                let message = format!(
                    "invalid UTF-8 at byte {}; the file was not loaded",
                    err.offset
                );
                self.problem(relative.to_owned(), Some(err.position), message);
                None
            }
        }
    }

    /// The files of a folder ending in `.{extension}` whose stem is a valid id, read as text. Each file
    /// that cannot be is a problem.
    fn read_files(&mut self, dir: &Path, extension: &str) -> Vec<(Id, PathBuf, String, Digest)> {
        let mut files = Vec::new();
        for (name, _) in self.list(dir) {
            let Some(stem) = name.strip_suffix(&format!(".{extension}")) else {
                continue;
            };
            let relative = dir.join(&name);
            let Ok(id) = Id::new(stem) else {
                let message =
                    format!("\"{stem}\" is not a valid statement id (use a-z, 0-9 and '-')");
                self.problem(relative, None, message);
                continue;
            };
            if let Some((text, digest)) = self.read_text(&relative) {
                files.push((id, relative, text, digest));
            }
        }
        files
    }

    fn load_statements(&mut self) {
        for (stem_id, relative, text, digest) in self.read_files(Path::new(STATEMENTS_DIR), "ron") {
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            match Statement::from_ron(text) {
                Ok(statement) if statement.id != stem_id => {
                    let position = text.find("id:").map(|o| Position::at(text, o));
                    let message = format!(
                        "the id \"{}\" differs from the file name \"{stem_id}\"",
                        statement.id
                    );
                    self.problem(relative, position, message);
                }
                Ok(statement) => {
                    let file = StatementFile {
                        path: relative,
                        saved: statement.clone(),
                        statement,
                        digest: Some(digest),
                        text: text.to_owned(),
                    };
                    self.statements.insert(stem_id, file);
                }
                Err(err) => self.problem(relative, err.position, err.message),
            }
        }
    }

    fn load_locales(&mut self) {
        let dir = PathBuf::from(LOCALES_DIR);
        if !self.root.join(&dir).is_dir() {
            return;
        }
        for (name, path) in self.list(&dir) {
            let relative = dir.join(&name);
            match fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => {}
                Ok(_) => continue,
                // A link that leads nowhere, or in a loop.
                Err(err) => {
                    self.problem(relative, None, format!("cannot follow this link: {err}"));
                    continue;
                }
            }
            match Locale::new(name.as_str()) {
                Ok(locale) => {
                    self.locales.push(locale.clone());
                    self.load_locale(&locale, &relative);
                }
                Err(err) => {
                    let message = format!("not a locale folder, skipped: {err}");
                    self.problem(relative, None, message);
                }
            }
        }
    }

    fn load_locale(&mut self, locale: &Locale, dir: &Path) {
        for (id, relative, text, digest) in self.read_files(dir, "ftl") {
            let document = Document::parse(&text);
            for err in document.errors() {
                let message = format!("{}; the text is kept as it is", err.message);
                self.problem(relative.clone(), Some(err.position), message);
            }
            let file = FluentFile::new(relative, document, Some(digest));
            self.files.insert((locale.clone(), id), file);
        }
    }

    /// `reviews/<statement>/<locale>.ron`: each file read, checked against its place, and kept.
    fn load_reviews(&mut self) {
        let dir = PathBuf::from(REVIEWS_DIR);
        if !self.root.join(&dir).is_dir() {
            return;
        }
        for (name, path) in self.list(&dir) {
            if !path.is_dir() {
                let message = format!(
                    "not a folder: the reviews of a statement are kept in {REVIEWS_DIR}/<statement>/<locale>.ron; skipped"
                );
                self.problem(dir.join(&name), None, message);
                continue;
            }
            let Ok(statement) = Id::new(name.as_str()) else {
                let message = format!("\"{name}\" is not a statement id; its reviews were skipped");
                self.problem(dir.join(&name), None, message);
                continue;
            };
            let folder = dir.join(&name);
            for (file_name, _) in self.list(&folder) {
                let Some(stem) = file_name.strip_suffix(".ron") else {
                    continue;
                };
                let relative = folder.join(&file_name);
                let Ok(locale) = Locale::new(stem) else {
                    let message = format!("\"{stem}\" is not a locale; these reviews were skipped");
                    self.problem(relative, None, message);
                    continue;
                };
                let Some((text, digest)) = self.read_text(&relative) else {
                    continue;
                };
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                match Reviews::from_ron(text) {
                    Ok(reviews) if reviews.statement != statement || reviews.locale != locale => {
                        let message = format!(
                            "these reviews say they are of \"{}\" in {}, but the file is for \"{statement}\" in {locale}; skipped",
                            reviews.statement, reviews.locale
                        );
                        let position = text.find("statement:").map(|o| Position::at(text, o));
                        self.problem(relative, position, message);
                    }
                    Ok(reviews) => {
                        let file = ReviewFile::new(relative, reviews, Some(digest));
                        self.reviews.insert((statement.clone(), locale), file);
                    }
                    Err(err) => {
                        let message = format!("{}; these reviews were not loaded", err.message);
                        self.problem(relative, err.position, message);
                    }
                }
            }
        }
    }

    /// Problems that span files: a statement without source messages, files without a statement.
    fn cross_check(&mut self) {
        let mut found = Vec::new();
        for (id, file) in &self.statements {
            let s = &file.statement;
            let source_path = Self::fluent_path(&s.source, id);
            match self.files.get(&(s.source.clone(), id.clone())) {
                None => found.push((
                    file.path.clone(),
                    None,
                    Severity::Error,
                    format!("its source messages {} do not exist", source_path.display()),
                )),
                Some(source) => {
                    for message in s.message_ids() {
                        if source.document.entry(message).is_none() {
                            found.push((
                                file.path.clone(),
                                None,
                                Severity::Error,
                                format!(
                                    "message \"{message}\" is not in {}",
                                    source_path.display()
                                ),
                            ));
                        }
                    }
                }
            }
        }
        for ((id, locale), file) in &self.reviews {
            let path = file.path.clone();
            match self.statements.get(id) {
                None => found.push((path, None, Severity::Warning, format!(
                    "there is no statement \"{id}\" ({STATEMENTS_DIR}/{id}.ron) for these reviews; they are not used"
                ))),
                Some(s) if !s.statement.all_locales().any(|l| l == locale) => {
                    found.push((path, None, Severity::Warning, format!(
                        "{locale} is not among the locales of statement \"{id}\"; these reviews are not used"
                    )));
                }
                Some(_) => {}
            }
        }
        for (locale, id) in self.files.keys() {
            let path = Self::fluent_path(locale, id);
            match self.statements.get(id) {
                None => found.push((path, None, Severity::Warning, format!(
                    "there is no statement \"{id}\" ({STATEMENTS_DIR}/{id}.ron) for these messages"
                ))),
                Some(file) if !file.statement.all_locales().any(|l| l == locale) => {
                    found.push((path, None, Severity::Warning, format!(
                        "{locale} is not among the locales of statement \"{id}\""
                    )));
                }
                Some(_) => {}
            }
        }
        for (path, position, severity, message) in found {
            self.problems.push(Problem {
                path,
                position,
                severity,
                message,
            });
        }
    }
}

/// Which file of a workspace.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FileKey {
    Statement(Id),
    Messages(Locale, Id),
    Reviews(Id, Locale),
}

/// One changed file as it was when the plan was made.
#[derive(Debug, Clone)]
pub struct PendingSave {
    pub key: FileKey,
    /// Relative to the workspace.
    pub path: PathBuf,
    bytes: Vec<u8>,
    expect: Expect,
    /// For a statement: what is being saved and its text, to remember as saved.
    statement: Option<(Statement, String)>,
    /// For a Fluent file: the document being saved, to remember as saved.
    document: Option<Document>,
    /// For review records: what is being saved, to remember as saved.
    reviews: Option<Reviews>,
}

/// The changed files of a workspace, to write with [`SavePlan::write`].
#[derive(Debug, Clone)]
pub struct SavePlan {
    root: PathBuf,
    pub files: Vec<PendingSave>,
}

/// A file that was written, for [`Workspace::record`].
#[derive(Debug, Clone)]
pub struct Written {
    pub key: FileKey,
    digest: Digest,
    /// For a Fluent file: the document as written, to remember as the file's saved content.
    document: Option<Document>,
    statement: Option<(Statement, String)>,
    reviews: Option<Reviews>,
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

fn create_folder(path: &Path) -> Result<(), StorageError> {
    match path.parent() {
        Some(folder) => fs::create_dir_all(folder).map_err(|source| StorageError::Write {
            path: path.to_owned(),
            what: "cannot create its folder",
            source,
        }),
        None => Ok(()),
    }
}
