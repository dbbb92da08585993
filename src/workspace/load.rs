//! Loading a workspace: every statement, translation and review file that can be read is read, and a
//! problem is collected for each one that cannot, with its file, line and column.

use std::fs;
use std::path::{Path, PathBuf};

use super::*;
use crate::base::ids::{Id, Locale};
use crate::base::progress::Progress;
use crate::base::text::{Position, decode};
use crate::fluent::document::Document;
use crate::workspace::problems::ProblemKind;
use crate::workspace::reviews::{REVIEWS_DIR, Reviews};
use crate::workspace::statement::Statement;
use storage::{Digest, StorageError, SystemError};

/// A problem found across files: where, at what position, how bad, and what.
type Found = (PathBuf, Option<Position>, Severity, ProblemKind);

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

    pub(super) fn problem(&mut self, path: PathBuf, position: Option<Position>, what: ProblemKind) {
        self.problems.push(Problem {
            path,
            position,
            severity: Severity::Error,
            what,
        });
    }

    /// Entries of a folder, sorted by name; a problem if it cannot be listed.
    pub(super) fn list(&mut self, relative: &Path) -> Vec<(String, PathBuf)> {
        let listing = match fs::read_dir(self.root.join(relative)) {
            Ok(listing) => listing,
            Err(err) => {
                let what = ProblemKind::CannotList(SystemError::from(&err));
                self.problem(relative.to_owned(), None, what);
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
            Err(StorageError::Read { source, .. } | StorageError::Write { source, .. }) => {
                let what = ProblemKind::CannotRead(SystemError::from(&source));
                self.problem(relative.to_owned(), None, what);
                return None;
            }
            Err(StorageError::Conflict { .. }) => return None,
        };
        match decode(&bytes) {
            Ok(text) => Some((text.to_owned(), digest)),
            Err(err) => {
                let what = ProblemKind::NotUtf8 { offset: err.offset };
                self.problem(relative.to_owned(), Some(err.position), what);
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
                let what = ProblemKind::StatementFileName(stem.to_owned());
                self.problem(relative, None, what);
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
                    let what = ProblemKind::StatementIdDiffers {
                        id: statement.id,
                        file: stem_id,
                    };
                    self.problem(relative, position, what);
                }
                Ok(statement) => {
                    if let Some(variable) = statement.contact_variable_differs() {
                        let what = ProblemKind::ContactDiffers {
                            variable: variable.to_owned(),
                            field: statement.contact.clone(),
                        };
                        self.problems.push(Problem {
                            path: relative.clone(),
                            position: None,
                            severity: Severity::Warning,
                            what,
                        });
                    }
                    let file = StatementFile {
                        path: relative,
                        saved: statement.clone(),
                        statement,
                        digest: Some(digest),
                        text: text.to_owned(),
                    };
                    self.statements.insert(stem_id, file);
                }
                Err(err) => {
                    let what = ProblemKind::Statement(err.problem);
                    self.problem(relative, err.position, what);
                }
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
                    let what = ProblemKind::CannotFollowLink(SystemError::from(&err));
                    self.problem(relative, None, what);
                    continue;
                }
            }
            match Locale::new(name.as_str()) {
                Ok(locale) => {
                    self.locales.push(locale.clone());
                    self.load_locale(&locale, &relative);
                }
                Err(err) => {
                    self.problem(relative, None, ProblemKind::NotALocaleFolder(err));
                }
            }
        }
    }

    pub(super) fn load_locale(&mut self, locale: &Locale, dir: &Path) {
        for (id, relative, text, digest) in self.read_files(dir, "ftl") {
            let document = Document::parse(&text);
            for err in document.errors() {
                let what = ProblemKind::Fluent(err.clone());
                self.problem(relative.clone(), Some(err.position), what);
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
                self.problem(dir.join(&name), None, ProblemKind::ReviewsNotAFolder);
                continue;
            }
            let Ok(statement) = Id::new(name.as_str()) else {
                let what = ProblemKind::ReviewsFolderName(name.clone());
                self.problem(dir.join(&name), None, what);
                continue;
            };
            let folder = dir.join(&name);
            for (file_name, _) in self.list(&folder) {
                let Some(stem) = file_name.strip_suffix(".ron") else {
                    continue;
                };
                let relative = folder.join(&file_name);
                let Ok(locale) = Locale::new(stem) else {
                    let what = ProblemKind::ReviewsFileName(stem.to_owned());
                    self.problem(relative, None, what);
                    continue;
                };
                let Some((text, digest)) = self.read_text(&relative) else {
                    continue;
                };
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                match Reviews::from_ron(text) {
                    Ok(reviews) if reviews.statement != statement || reviews.locale != locale => {
                        let what = ProblemKind::ReviewsElsewhere {
                            said: reviews.statement,
                            said_locale: reviews.locale,
                            statement: statement.clone(),
                            locale,
                        };
                        let position = text.find("statement:").map(|o| Position::at(text, o));
                        self.problem(relative, position, what);
                    }
                    Ok(reviews) => {
                        let file = ReviewFile::new(relative, reviews, Some(digest));
                        self.reviews.insert((statement.clone(), locale), file);
                    }
                    Err(err) => {
                        let what = ProblemKind::Reviews(err.problem);
                        self.problem(relative, err.position, what);
                    }
                }
            }
        }
    }

    /// Problems that span files: a statement without source messages, files without a statement.
    pub(super) fn cross_check(&mut self) {
        let mut found = self.statements_without_sources();
        found.extend(self.files_without_statements());
        for (path, position, severity, what) in found {
            self.problems.push(Problem {
                path,
                position,
                severity,
                what,
            });
        }
    }

    /// Statements whose source messages are missing, whole or in part.
    fn statements_without_sources(&self) -> Vec<Found> {
        let mut found = Vec::new();
        for (id, file) in &self.statements {
            let s = &file.statement;
            let source_path = Self::fluent_path(&s.source, id);
            match self.files.get(&(s.source.clone(), id.clone())) {
                None => found.push((
                    file.path.clone(),
                    None,
                    Severity::Error,
                    ProblemKind::NoSourceMessages(source_path.clone()),
                )),
                Some(source) => {
                    for message in s.message_ids() {
                        if source.document.entry(message).is_none() {
                            found.push((
                                file.path.clone(),
                                None,
                                Severity::Error,
                                ProblemKind::MessageMissing {
                                    message: message.to_owned(),
                                    path: source_path.clone(),
                                },
                            ));
                        }
                    }
                }
            }
        }
        found
    }

    /// Review and message files of no statement, or of a locale their statement does not list.
    fn files_without_statements(&self) -> Vec<Found> {
        let mut found = Vec::new();
        for ((id, locale), file) in &self.reviews {
            let path = file.path.clone();
            match self.statements.get(id) {
                None => found.push((
                    path,
                    None,
                    Severity::Warning,
                    ProblemKind::ReviewsWithoutStatement(id.clone()),
                )),
                Some(s) if !s.statement.all_locales().any(|l| l == locale) => {
                    found.push((
                        path,
                        None,
                        Severity::Warning,
                        ProblemKind::ReviewsOfOtherLocale {
                            statement: id.clone(),
                            locale: locale.clone(),
                        },
                    ));
                }
                Some(_) => {}
            }
        }
        for (locale, id) in self.files.keys() {
            let path = Self::fluent_path(locale, id);
            match self.statements.get(id) {
                None => found.push((
                    path,
                    None,
                    Severity::Warning,
                    ProblemKind::MessagesWithoutStatement(id.clone()),
                )),
                Some(file) if !file.statement.all_locales().any(|l| l == locale) => {
                    found.push((
                        path,
                        None,
                        Severity::Warning,
                        ProblemKind::MessagesOfOtherLocale {
                            statement: id.clone(),
                            locale: locale.clone(),
                        },
                    ));
                }
                Some(_) => {}
            }
        }
        found
    }
}
