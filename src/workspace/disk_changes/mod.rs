//! Files changed on disk by another program while the workspace is open.
//!
//! [`Scanner`] looks at every file the workspace loaded (on any thread, re-reading only files whose size
//! or modification time moved) and gives back those whose content is no longer what the workspace
//! holds as saved. [`Workspace::outside_change`] turns one into an [`OutsideChange`], and the three ways
//! to settle it are [`Workspace::reload`], [`Workspace::keep_mine`] (their version is written beside
//! the file) and, for a Fluent file where the two sides changed different messages,
//! [`Workspace::merge`]. Nothing here ever overwrites the file itself; the next save does, once the
//! user has chosen.

mod merge;

pub use merge::{
    Comparison, MessageChange, ReviewConflict, compare, merge, merge_reviews, merge_reviews_all,
    pick,
};

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::base::explain::{Explain, Explanation};
use crate::base::ids::{Id, Locale};
use crate::base::text::{Position, decode};
use crate::fluent::document::{Document, EditError};
use crate::workspace::reviews::{Reviews, ReviewsProblem};
use crate::workspace::statement::{Statement, StatementProblem};
use crate::workspace::storage::{self, Digest, StorageError};
use crate::workspace::{FileKey, FluentFile, ReviewFile, StatementFile, Workspace};

/// A file the workspace holds, with the digest it expects on disk (`None`: not saved yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub key: FileKey,
    /// Relative to the workspace.
    pub path: PathBuf,
    pub expect: Option<Digest>,
}

/// A file whose content on disk is not what the workspace expected when the scan began.
#[derive(Debug, Clone)]
pub struct OnDisk {
    pub key: FileKey,
    /// Relative to the workspace.
    pub path: PathBuf,
    /// `None`: the file is gone.
    pub bytes: Option<Vec<u8>>,
    pub digest: Option<Digest>,
}

/// Remembers each file's size, modification time and digest, so a scan reads only files that moved.
#[derive(Debug, Default)]
pub struct Scanner {
    stamps: HashMap<PathBuf, (SystemTime, u64, Digest)>,
}

impl Scanner {
    /// The files among `known` (under `root`) that differ from what was expected. A file that cannot
    /// be read just now is left out: the next save of it says why.
    pub fn scan(&mut self, root: &Path, known: &[Known]) -> Vec<OnDisk> {
        let mut found = Vec::new();
        for file in known {
            let path = root.join(&file.path);
            let meta = match fs::metadata(&path) {
                Ok(meta) => meta,
                Err(err) if err.kind() == io::ErrorKind::NotFound => {
                    self.stamps.remove(&path);
                    if file.expect.is_some() {
                        found.push(OnDisk {
                            key: file.key.clone(),
                            path: file.path.clone(),
                            bytes: None,
                            digest: None,
                        });
                    }
                    continue;
                }
                Err(_) => continue,
            };
            let stamp = (
                meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                meta.len(),
            );
            let (digest, bytes) = match self.stamps.get(&path) {
                Some((modified, len, digest)) if (*modified, *len) == stamp => (*digest, None),
                _ => {
                    let Ok((bytes, digest)) = storage::read(&path) else {
                        continue;
                    };
                    self.stamps.insert(path.clone(), (stamp.0, stamp.1, digest));
                    (digest, Some(bytes))
                }
            };
            if file.expect == Some(digest) {
                continue;
            }
            let bytes = match bytes {
                Some(bytes) => bytes,
                None => match storage::read(&path) {
                    Ok((bytes, _)) => bytes,
                    Err(_) => continue,
                },
            };
            found.push(OnDisk {
                key: file.key.clone(),
                path: file.path.clone(),
                bytes: Some(bytes),
                digest: Some(digest),
            });
        }
        found
    }
}

/// Why a change on disk could not be taken in, merged or kept; nothing changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    #[error("the file was deleted")]
    Deleted,
    #[error("{}: invalid UTF-8 at line {}, column {} (byte {offset})", path.display(), position.line, position.column)]
    NotUtf8 {
        path: PathBuf,
        position: Position,
        offset: usize,
    },
    #[error("{}: the statement was deleted on disk; keep yours, or close the workspace", .0.display())]
    StatementDeleted(PathBuf),
    #[error("{}{}: {problem}", path.display(), position_text(*position))]
    Statement {
        path: PathBuf,
        position: Option<Position>,
        problem: StatementProblem,
    },
    #[error("{}{}: {problem}", path.display(), position_text(*position))]
    Reviews {
        path: PathBuf,
        position: Option<Position>,
        problem: ReviewsProblem,
    },
    #[error("{}: the id \"{found}\" differs from the file name \"{expected}\"", path.display())]
    StatementIdDiffers {
        path: PathBuf,
        found: Id,
        expected: Id,
    },
    #[error("{}: these reviews are of \"{statement}\" in {locale}", path.display())]
    ReviewsElsewhere {
        path: PathBuf,
        statement: Id,
        locale: Locale,
    },
    #[error("\"{0}\" was changed both here and on disk; choose a whole version instead")]
    BothChanged(String),
    #[error("comments outside messages were changed here; choose a whole version instead")]
    CommentsChanged,
    #[error(
        "the review of \"{0}\" was changed both here and on disk; choose a whole version instead"
    )]
    ReviewBothChanged(String),
    #[error("the sign-off was changed both here and on disk; choose a whole version instead")]
    SignOffBothChanged,
    #[error("\"{id}\": {error}")]
    Edit { id: String, error: EditError },
    #[error("{}: only Fluent and review files merge message by message", .0.display())]
    NotMergeable(PathBuf),
    #[error("{}: not in the workspace", .0.display())]
    NotInWorkspace(PathBuf),
}

impl Explain for ChangeError {
    fn explain(&self) -> Explanation {
        let at = |id, path: &PathBuf| Explanation::new(id).text("path", path.display());
        let unreadable = |path: &PathBuf, position: &Option<Position>| match position {
            Some(p) => at("change-unreadable-at", path)
                .number("line", p.line)
                .number("column", p.column),
            None => at("change-unreadable", path),
        };
        match self {
            Self::Deleted => Explanation::new("change-deleted"),
            Self::NotUtf8 {
                path,
                position,
                offset,
            } => at("change-not-utf8", path)
                .number("line", position.line)
                .number("column", position.column)
                .number("offset", *offset),
            Self::StatementDeleted(path) => at("change-statement-deleted", path),
            Self::Statement {
                path,
                position,
                problem,
            } => unreadable(path, position).because(problem),
            Self::Reviews {
                path,
                position,
                problem,
            } => unreadable(path, position).because(problem),
            Self::StatementIdDiffers {
                path,
                found,
                expected,
            } => at("change-statement-id", path)
                .text("id", found)
                .text("file", expected),
            Self::ReviewsElsewhere {
                path,
                statement,
                locale,
            } => at("change-reviews-elsewhere", path)
                .text("statement", statement)
                .text("locale", locale),
            Self::BothChanged(id) => Explanation::new("change-both").text("id", id),
            Self::CommentsChanged => Explanation::new("change-comments"),
            Self::ReviewBothChanged(id) => Explanation::new("change-review-both").text("id", id),
            Self::SignOffBothChanged => Explanation::new("change-signoff-both"),
            Self::Edit { id, error } => Explanation::new("change-edit")
                .text("id", id)
                .because(error),
            Self::NotMergeable(path) => at("change-not-mergeable", path),
            Self::NotInWorkspace(path) => at("change-not-in-workspace", path),
        }
    }
}

/// A file changed on disk, as the workspace sees it now.
#[derive(Debug, Clone)]
pub struct OutsideChange {
    pub key: FileKey,
    /// Relative to the workspace.
    pub path: PathBuf,
    /// `None`: the file was deleted.
    pub bytes: Option<Vec<u8>>,
    pub digest: Option<Digest>,
    /// Whether the workspace holds unsaved edits of this file.
    pub mine_unsaved: bool,
}

impl OutsideChange {
    pub fn deleted(&self) -> bool {
        self.bytes.is_none()
    }

    /// Their version as text, or why it cannot be read (names the line and column).
    pub fn text(&self) -> Result<&str, ChangeError> {
        let bytes = self.bytes.as_deref().ok_or(ChangeError::Deleted)?;
        decode(bytes)
            .map(|t| t.strip_prefix('\u{feff}').unwrap_or(t))
            .map_err(|err| ChangeError::NotUtf8 {
                path: self.path.clone(),
                position: err.position,
                offset: err.offset,
            })
    }
}

/// Where [`Workspace::keep_mine`] writes their version: beside the file, named after it, never over
/// another file (`x.ftl.theirs`, then `x.ftl.theirs-2`, …). The name does not end in `.ftl` or
/// `.ron`, so the workspace never loads it.
pub fn beside(path: &Path, n: usize) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let name = match n {
        0 | 1 => format!("{name}.theirs"),
        n => format!("{name}.theirs-{n}"),
    };
    path.with_file_name(name)
}

pub(crate) fn position_text(position: Option<Position>) -> String {
    position.map_or_else(String::new, |p| {
        format!(" at line {}, column {}", p.line, p.column)
    })
}

impl Workspace {
    /// Every file the workspace holds, with the digest it expects on disk, for [`Scanner::scan`].
    pub fn known_files(&self) -> Vec<Known> {
        let statements = self.statements.iter().map(|(id, f)| Known {
            key: FileKey::Statement(id.clone()),
            path: f.path.clone(),
            expect: f.digest,
        });
        let files = self.files.iter().map(|((locale, id), f)| Known {
            key: FileKey::Messages(locale.clone(), id.clone()),
            path: f.path.clone(),
            expect: f.digest,
        });
        let reviews = self.reviews.iter().map(|((id, locale), f)| Known {
            key: FileKey::Reviews(id.clone(), locale.clone()),
            path: f.path.clone(),
            expect: f.digest,
        });
        statements.chain(files).chain(reviews).collect()
    }

    fn expected(&self, key: &FileKey) -> Option<(Option<Digest>, bool)> {
        match key {
            FileKey::Statement(id) => self.statements.get(id).map(|f| (f.digest, f.is_dirty())),
            FileKey::Messages(locale, id) => {
                self.file(locale, id).map(|f| (f.digest, f.is_dirty()))
            }
            FileKey::Reviews(id, locale) => self
                .reviews
                .get(&(id.clone(), locale.clone()))
                .map(|f| (f.digest, f.is_dirty())),
        }
    }

    /// What a scan found, if it still differs from what the workspace holds as saved (a scan may
    /// have started before a save of ours, or before an earlier change was settled).
    pub fn outside_change(&self, found: OnDisk) -> Option<OutsideChange> {
        let (expect, dirty) = self.expected(&found.key)?;
        if expect == found.digest || (expect.is_none() && found.bytes.is_none()) {
            return None;
        }
        Some(OutsideChange {
            key: found.key,
            path: found.path,
            bytes: found.bytes,
            digest: found.digest,
            mine_unsaved: dirty,
        })
    }

    /// The saved, edited and on-disk versions of a Fluent file compared, or `None` for another kind
    /// of file or a deleted one.
    pub fn compare_outside(
        &self,
        change: &OutsideChange,
    ) -> Option<Result<Comparison, ChangeError>> {
        let FileKey::Messages(locale, id) = &change.key else {
            return None;
        };
        let file = self.file(locale, id)?;
        change.bytes.as_ref()?;
        Some(
            change
                .text()
                .map(|text| compare(file.saved.as_ref(), &file.document, &Document::parse(text))),
        )
    }

    /// Takes their version, dropping the edits of this file made here. A deleted Fluent file or
    /// review file leaves the workspace; a deleted statement cannot be reloaded. Text that does not
    /// read is refused with the line and column, and nothing changes.
    pub fn reload(&mut self, change: &OutsideChange) -> Result<(), ChangeError> {
        let path = &change.path;
        match (&change.key, change.bytes.is_some()) {
            (FileKey::Messages(locale, id), false) => {
                self.files.remove(&(locale.clone(), id.clone()));
            }
            (FileKey::Reviews(id, locale), false) => {
                self.reviews.remove(&(id.clone(), locale.clone()));
            }
            (FileKey::Statement(_), false) => {
                return Err(ChangeError::StatementDeleted(path.clone()));
            }
            (FileKey::Messages(locale, id), true) => {
                let document = Document::parse(change.text()?);
                let file = FluentFile::new(path.clone(), document, change.digest);
                self.files.insert((locale.clone(), id.clone()), file);
            }
            (FileKey::Statement(id), true) => {
                let text = change.text()?;
                let statement = Statement::from_ron(text).map_err(|e| ChangeError::Statement {
                    path: path.clone(),
                    position: e.position,
                    problem: e.problem,
                })?;
                if statement.id != *id {
                    return Err(ChangeError::StatementIdDiffers {
                        path: path.clone(),
                        found: statement.id,
                        expected: id.clone(),
                    });
                }
                let file = StatementFile {
                    path: path.clone(),
                    saved: statement.clone(),
                    statement,
                    digest: change.digest,
                    text: text.to_owned(),
                };
                self.statements.insert(id.clone(), file);
            }
            (FileKey::Reviews(id, locale), true) => {
                let reviews =
                    Reviews::from_ron(change.text()?).map_err(|e| ChangeError::Reviews {
                        path: path.clone(),
                        position: e.position,
                        problem: e.problem,
                    })?;
                if reviews.statement != *id || reviews.locale != *locale {
                    return Err(ChangeError::ReviewsElsewhere {
                        path: path.clone(),
                        statement: reviews.statement,
                        locale: reviews.locale,
                    });
                }
                let file = ReviewFile::new(path.clone(), reviews, change.digest);
                self.reviews.insert((id.clone(), locale.clone()), file);
            }
        }
        Ok(())
    }

    /// Keeps the edited version: theirs is written beside the file first ([`beside`]; nothing is
    /// written for a deleted file), then the file counts as changed here, so the next save writes
    /// ours over theirs. Returns where theirs went.
    pub fn keep_mine(&mut self, change: &OutsideChange) -> Result<Option<PathBuf>, StorageError> {
        let mut kept = None;
        if let Some(bytes) = &change.bytes {
            let target = self.root.join(&change.path);
            for n in 1.. {
                let path = beside(&target, n);
                match storage::write_new(&path, bytes) {
                    Ok(()) => {
                        kept = Some(beside(&change.path, n));
                        break;
                    }
                    Err(StorageError::Write { source, .. })
                        if source.kind() == io::ErrorKind::AlreadyExists && n < 1000 => {}
                    Err(err) => return Err(err),
                }
            }
        }
        let theirs_text = change.text().ok();
        match &change.key {
            FileKey::Statement(id) => {
                if let Some(file) = self.statements.get_mut(id) {
                    file.digest = change.digest;
                    if let Some(saved) = theirs_text.and_then(|t| Statement::from_ron(t).ok()) {
                        file.saved = saved;
                    }
                }
            }
            FileKey::Messages(locale, id) => {
                if let Some(file) = self.file_mut(locale, id) {
                    file.digest = change.digest;
                    file.saved = theirs_text.map(Document::parse);
                }
            }
            FileKey::Reviews(id, locale) => {
                if let Some(file) = self.reviews.get_mut(&(id.clone(), locale.clone())) {
                    file.digest = change.digest;
                    file.saved = theirs_text
                        .and_then(|t| Reviews::from_ron(t).ok())
                        .unwrap_or_else(|| Reviews::new(id.clone(), locale.clone()));
                }
            }
        }
        Ok(kept)
    }

    /// Merges a Fluent file message by message, or a review file record by record: theirs, with
    /// what changed only here put in. The result is unsaved until the next save. Refused, with
    /// nothing changed, when both sides changed the same message differently.
    pub fn merge(&mut self, change: &OutsideChange) -> Result<(), ChangeError> {
        if let FileKey::Reviews(id, locale) = &change.key {
            return self.merge_reviews(change, id, locale);
        }
        let FileKey::Messages(locale, id) = &change.key else {
            return Err(ChangeError::NotMergeable(change.path.clone()));
        };
        let theirs = Document::parse(change.text()?);
        let file = self
            .file_mut(locale, id)
            .ok_or_else(|| ChangeError::NotInWorkspace(change.path.clone()))?;
        let merged = merge(file.saved.as_ref(), &file.document, &theirs)?;
        file.document = merged;
        file.digest = change.digest;
        file.saved = Some(theirs);
        Ok(())
    }

    fn merge_reviews(
        &mut self,
        change: &OutsideChange,
        id: &crate::base::ids::Id,
        locale: &crate::base::ids::Locale,
    ) -> Result<(), ChangeError> {
        let theirs = match &change.bytes {
            None => Reviews::new(id.clone(), locale.clone()),
            Some(_) => Reviews::from_ron(change.text()?).map_err(|e| ChangeError::Reviews {
                path: change.path.clone(),
                position: e.position,
                problem: e.problem,
            })?,
        };
        if theirs.statement != *id || theirs.locale != *locale {
            return Err(ChangeError::ReviewsElsewhere {
                path: change.path.clone(),
                statement: theirs.statement,
                locale: theirs.locale,
            });
        }
        let file = self
            .reviews
            .get_mut(&(id.clone(), locale.clone()))
            .ok_or_else(|| ChangeError::NotInWorkspace(change.path.clone()))?;
        file.reviews = merge_reviews(&file.saved, &file.reviews, &theirs)?;
        file.digest = change.digest;
        file.saved = theirs;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAVED: &str =
        "# Resource\n\nheadline = Free him\nbody = He is held\n# About the date\ndate = Today\n";

    #[test]
    fn changes_to_different_messages_merge_and_keep_everything_else_byte_for_byte() {
        let saved = Document::parse(SAVED);
        let mine = Document::parse(&SAVED.replace("Free him", "Free him now"));
        let theirs = Document::parse(
            &SAVED
                .replace("Today", "Tomorrow")
                .replace("He is held", "He is held\n    in Moscow"),
        );
        let comparison = compare(Some(&saved), &mine, &theirs);
        let ids: Vec<_> = comparison.messages.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["headline", "body", "date"]);
        assert!(comparison.mergeable());
        let merged = merge(Some(&saved), &mine, &theirs).unwrap();
        assert_eq!(
            merged.text(),
            "# Resource\n\nheadline = Free him now\nbody = He is held\n    in Moscow\n# About the date\ndate = Tomorrow\n"
        );
    }

    #[test]
    fn the_same_message_changed_on_both_sides_does_not_merge() {
        let saved = Document::parse(SAVED);
        let mine = Document::parse(&SAVED.replace("Free him", "Free him now"));
        let theirs = Document::parse(&SAVED.replace("Free him", "Release him"));
        let comparison = compare(Some(&saved), &mine, &theirs);
        assert!(!comparison.mergeable());
        assert!(comparison.messages[0].conflicts());
        let err = merge(Some(&saved), &mine, &theirs).unwrap_err();
        assert_eq!(err, ChangeError::BothChanged("headline".to_owned()));
        assert!(
            err.to_string()
                .contains("\"headline\" was changed both here and on disk"),
            "{err}"
        );
        // The same change made on both sides is no conflict.
        let same = Document::parse(&SAVED.replace("Free him", "Free him now"));
        assert!(compare(Some(&saved), &mine, &same).mergeable());
    }

    #[test]
    fn messages_added_and_removed_on_either_side_merge() {
        let saved = Document::parse(SAVED);
        let mine = Document::parse(&SAVED.replace(
            "body = He is held\n",
            "body = He is held\ncall = Sign now\n",
        ));
        let theirs = Document::parse(&SAVED.replace("# About the date\ndate = Today\n", ""));
        let merged = merge(Some(&saved), &mine, &theirs).unwrap();
        assert_eq!(
            merged.text(),
            "# Resource\n\nheadline = Free him\nbody = He is held\ncall = Sign now\n"
        );
        // Removed here, untouched there.
        let mine = Document::parse(&SAVED.replace("body = He is held\n", ""));
        let theirs = Document::parse(&SAVED.replace("Today", "Tomorrow"));
        let merged = merge(Some(&saved), &mine, &theirs).unwrap();
        assert!(!merged.text().contains("body"));
        assert!(merged.text().contains("Tomorrow"));
    }

    #[test]
    fn verdicts_on_different_messages_merge_and_on_the_same_message_do_not() {
        use crate::workspace::reviews::{Texts, Verdict};
        let (id, locale) = (
            crate::base::ids::Id::new("s").unwrap(),
            crate::base::ids::Locale::new("de").unwrap(),
        );
        let texts = || Texts {
            reference: "Hello".into(),
            translation: "Hallo".into(),
        };
        let saved = Reviews::new(id.clone(), locale.clone());
        let (mut mine, mut theirs) = (saved.clone(), saved.clone());
        mine.judge("a", Verdict::Approved, texts(), "Window", "");
        theirs.judge("b", Verdict::Rejected, texts(), "Process", "no");
        let merged = merge_reviews(&saved, &mine, &theirs).unwrap();
        assert_eq!(merged.messages.len(), 2);
        assert_eq!(
            merged.messages["a"].review.as_ref().unwrap().reviewer,
            "Window"
        );
        assert_eq!(
            merged.messages["b"].review.as_ref().unwrap().reviewer,
            "Process"
        );

        theirs.judge("a", Verdict::Rejected, texts(), "Process", "no");
        let err = merge_reviews(&saved, &mine, &theirs).unwrap_err();
        assert_eq!(err, ChangeError::ReviewBothChanged("a".to_owned()));
    }

    #[test]
    fn their_copy_goes_beside_the_file_without_replacing_an_earlier_one() {
        let p = Path::new("locales/fr/free.ftl");
        assert_eq!(beside(p, 1), Path::new("locales/fr/free.ftl.theirs"));
        assert_eq!(beside(p, 3), Path::new("locales/fr/free.ftl.theirs-3"));
    }
}
