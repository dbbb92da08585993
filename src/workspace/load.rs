//! Loading a workspace: every statement, translation and review file that can be read is read, and a
//! problem is collected for each one that cannot, with its file, line and column.

use super::*;
use crate::base::ids::{Id, Locale};
use crate::base::progress::Progress;
use crate::base::text::{Position, decode};
use crate::fluent::document::Document;
use crate::workspace::reviews::{REVIEWS_DIR, Reviews};
use crate::workspace::statement::Statement;
use std::fs;
use std::path::{Path, PathBuf};
use storage::{Digest, StorageError};

impl Workspace {
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

    pub(super) fn problem(
        &mut self,
        path: PathBuf,
        position: Option<Position>,
        message: impl Into<String>,
    ) {
        self.problems.push(Problem {
            path,
            position,
            severity: Severity::Error,
            message: message.into(),
        });
    }

    /// Entries of a folder, sorted by name; a problem if it cannot be listed.
    pub(super) fn list(&mut self, relative: &Path) -> Vec<(String, PathBuf)> {
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
    pub(super) fn read_text(&mut self, relative: &Path) -> Option<(String, Digest)> {
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
    pub(super) fn read_files(
        &mut self,
        dir: &Path,
        extension: &str,
    ) -> Vec<(Id, PathBuf, String, Digest)> {
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

    pub(super) fn load_statements(&mut self) {
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

    pub(super) fn load_locales(&mut self) {
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

    pub(super) fn load_locale(&mut self, locale: &Locale, dir: &Path) {
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
    pub(super) fn load_reviews(&mut self) {
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
    pub(super) fn cross_check(&mut self) {
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
