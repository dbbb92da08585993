//! A workspace: a folder holding `statements/<id>.ron` and `locales/<locale>/<id>.ftl`.
//!
//! Loading never stops at a bad file: each problem (a broken statement, a file that is not UTF-8, text
//! Fluent cannot parse, a folder that is not a locale) is collected with its file, line and column, and
//! everything else loads. Saving goes through `crate::storage`, one file at a time.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::document::Document;
use crate::ids::{Id, Locale};
use crate::statement::Statement;
use crate::storage::{self, Digest, Expect, StorageError};
use crate::text::{Position, decode};

pub const STATEMENTS_DIR: &str = "statements";
pub const LOCALES_DIR: &str = "locales";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
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
    #[error("{} is a statement Chorus could not read, so it cannot be saved", .0.display())]
    NotLoaded(PathBuf),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// A statement as loaded, with the digest of its file for conflict checks.
#[derive(Debug, Clone)]
pub struct StatementFile {
    pub path: PathBuf,
    pub statement: Statement,
    pub digest: Digest,
    /// The file's text when it was loaded or last saved (its header comments are kept on save).
    pub text: String,
    /// The statement as on disk, to tell whether it changed.
    pub saved: Statement,
}

impl StatementFile {
    pub fn is_dirty(&self) -> bool {
        self.statement != self.saved
    }
}

/// A Fluent file as loaded. `digest` is `None` for a file created in this session and not yet saved.
#[derive(Debug, Clone)]
pub struct FluentFile {
    pub path: PathBuf,
    pub document: Document,
    pub digest: Option<Digest>,
}

impl FluentFile {
    /// Whether the document differs from the file on disk.
    pub fn is_dirty(&self) -> bool {
        self.digest != Some(Digest::of(&self.document.to_bytes()))
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
    pub problems: Vec<Problem>,
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
            problems: Vec::new(),
        }
    }

    /// Loads everything that can be loaded and collects a problem for everything else.
    pub fn load(root: &Path) -> Result<Self, WorkspaceError> {
        if !Self::is_workspace(root) {
            return Err(WorkspaceError::NotAWorkspace(root.to_owned()));
        }
        let mut ws = Self::empty(root);
        ws.load_statements();
        ws.load_locales();
        ws.cross_check();
        Ok(ws)
    }

    /// The Fluent file of a statement in a locale, if it exists.
    pub fn file(&self, locale: &Locale, id: &Id) -> Option<&FluentFile> {
        self.files.get(&(locale.clone(), id.clone()))
    }

    pub fn file_mut(&mut self, locale: &Locale, id: &Id) -> Option<&mut FluentFile> {
        self.files.get_mut(&(locale.clone(), id.clone()))
    }

    /// Where a statement's messages in a locale are stored, relative to the root.
    pub fn fluent_path(locale: &Locale, id: &Id) -> PathBuf {
        Path::new(LOCALES_DIR)
            .join(locale.as_str())
            .join(format!("{id}.ftl"))
    }

    /// Saves one Fluent file if it changed, refusing if the file changed on disk since it was loaded.
    pub fn save_file(&mut self, locale: &Locale, id: &Id) -> Result<bool, WorkspaceError> {
        let root = self.root.clone();
        let Some(file) = self.file_mut(locale, id) else {
            return Ok(false);
        };
        if !file.is_dirty() {
            return Ok(false);
        }
        let path = root.join(&file.path);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder).map_err(|source| StorageError::Write {
                path: path.clone(),
                what: "cannot create its folder",
                source,
            })?;
        }
        let expect = file.digest.map_or(Expect::Absent, Expect::Content);
        file.digest = Some(storage::save(&path, &file.document.to_bytes(), expect)?);
        Ok(true)
    }

    /// Saves one statement if it changed, refusing if its file changed on disk since it was loaded.
    pub fn save_statement(&mut self, id: &Id) -> Result<bool, WorkspaceError> {
        let root = self.root.clone();
        let Some(file) = self.statements.get_mut(id) else {
            return Ok(false);
        };
        if !file.is_dirty() {
            return Ok(false);
        }
        let text = file.statement.to_ron_after_header(&file.text);
        let path = root.join(&file.path);
        file.digest = storage::save(&path, text.as_bytes(), Expect::Content(file.digest))?;
        file.text = text;
        file.saved = file.statement.clone();
        Ok(true)
    }

    /// Saves every changed statement and Fluent file; stops at the first failure, which names its
    /// file. Returns how many files were written.
    pub fn save_all(&mut self) -> Result<usize, WorkspaceError> {
        let mut saved = 0;
        let ids: Vec<_> = self.statements.keys().cloned().collect();
        for id in ids {
            saved += usize::from(self.save_statement(&id)?);
        }
        let keys: Vec<_> = self.files.keys().cloned().collect();
        for (locale, id) in keys {
            saved += usize::from(self.save_file(&locale, &id)?);
        }
        Ok(saved)
    }

    /// Statements and Fluent files changed since they were loaded or saved.
    pub fn dirty_files(&self) -> usize {
        let statements = self.statements.values().filter(|f| f.is_dirty()).count();
        statements + self.files.values().filter(|f| f.is_dirty()).count()
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
            .filter(|(name, _)| !name.starts_with('.'))
            .collect();
        names.sort();
        names
    }

    /// Reads a file as UTF-8 text; a problem (naming the byte offset) if it cannot be.
    fn read_text(&mut self, relative: &Path) -> Option<(String, Digest)> {
        let (bytes, digest) = match storage::read(&self.root.join(relative)) {
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
                        digest,
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
            if !path.is_dir() {
                continue;
            }
            let relative = dir.join(&name);
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
            let file = FluentFile {
                path: relative,
                document,
                digest: Some(digest),
            };
            self.files.insert((locale.clone(), id), file);
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
