//! What is wrong with a workspace's files, found while loading: each with its file, and line and
//! column where there is one.

use std::fmt;
use std::path::PathBuf;

use crate::base::explain::{Explain, Explanation};
use crate::base::ids::{Id, IdError, Locale};
use crate::base::text::Position;
use crate::fluent::document::SyntaxError;
use crate::workspace::reviews::ReviewsProblem;
use crate::workspace::statement::StatementProblem;
use crate::workspace::storage::SystemError;

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
    pub what: ProblemKind,
}

impl fmt::Display for Problem {
    /// `locales/ru/x.ftl:12:5: error: message`, the form editors and terminals link to.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(p) = self.position {
            write!(f, ":{}:{}", p.line, p.column)?;
        }
        write!(f, ": {}: {}", self.severity.as_str(), self.what)
    }
}

/// What is wrong, in English through `Display` and in any language through [`Explain`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProblemKind {
    #[error("cannot list this folder: {0}")]
    CannotList(SystemError),
    #[error("cannot read: {0}")]
    CannotRead(SystemError),
    #[error("cannot follow this link: {0}")]
    CannotFollowLink(SystemError),
    #[error("invalid UTF-8 at byte {offset}; the file was not loaded")]
    NotUtf8 { offset: usize },
    #[error("\"{0}\" is not a valid statement id (use a-z, 0-9 and '-')")]
    StatementFileName(String),
    #[error("the id \"{id}\" differs from the file name \"{file}\"")]
    StatementIdDiffers { id: Id, file: Id },
    #[error("{0}")]
    Statement(StatementProblem),
    #[error("not a locale folder, skipped: {0}")]
    NotALocaleFolder(IdError),
    #[error("{}; the text is kept as it is", .0.message)]
    Fluent(SyntaxError),
    #[error(
        "not a folder: the reviews of a statement are kept in reviews/<statement>/<locale>.ron; skipped"
    )]
    ReviewsNotAFolder,
    #[error("\"{0}\" is not a statement id; its reviews were skipped")]
    ReviewsFolderName(String),
    #[error("\"{0}\" is not a locale; these reviews were skipped")]
    ReviewsFileName(String),
    #[error(
        "these reviews say they are of \"{said}\" in {said_locale}, but the file is for \"{statement}\" in {locale}; skipped"
    )]
    ReviewsElsewhere {
        said: Id,
        said_locale: Locale,
        statement: Id,
        locale: Locale,
    },
    #[error("{0}; these reviews were not loaded")]
    Reviews(ReviewsProblem),
    #[error("its source messages {} do not exist", .0.display())]
    NoSourceMessages(PathBuf),
    #[error("message \"{message}\" is not in {}", path.display())]
    MessageMissing { message: String, path: PathBuf },
    #[error(
        "there is no statement \"{0}\" (statements/{0}.ron) for these reviews; they are not used"
    )]
    ReviewsWithoutStatement(Id),
    #[error(
        "{locale} is not among the locales of statement \"{statement}\"; these reviews are not used"
    )]
    ReviewsOfOtherLocale { statement: Id, locale: Locale },
    #[error("there is no statement \"{0}\" (statements/{0}.ron) for these messages")]
    MessagesWithoutStatement(Id),
    #[error("{locale} is not among the locales of statement \"{statement}\"")]
    MessagesOfOtherLocale { statement: Id, locale: Locale },
    #[error(
        "the variable contact ({variable}) is not the publication's contact ({field}), which $contact shows; remove the variable"
    )]
    ContactDiffers { variable: String, field: String },
}

impl Explain for ProblemKind {
    fn explain(&self) -> Explanation {
        let new = Explanation::new;
        match self {
            Self::CannotList(e) => new("problem-cannot-list").because(e),
            Self::CannotRead(e) => new("problem-cannot-read").because(e),
            Self::CannotFollowLink(e) => new("problem-cannot-follow-link").because(e),
            Self::NotUtf8 { offset } => new("problem-not-utf8").number("offset", *offset),
            Self::StatementFileName(name) => new("problem-statement-file-name").text("name", name),
            Self::StatementIdDiffers { id, file } => new("problem-statement-id-differs")
                .text("id", id)
                .text("file", file),
            Self::Statement(problem) => problem.explain(),
            Self::NotALocaleFolder(e) => new("problem-not-a-locale-folder").because(e),
            Self::Fluent(e) => new("problem-fluent").because(e),
            Self::ReviewsNotAFolder => new("problem-reviews-not-a-folder"),
            Self::ReviewsFolderName(name) => new("problem-reviews-folder-name").text("name", name),
            Self::ReviewsFileName(name) => new("problem-reviews-file-name").text("name", name),
            Self::ReviewsElsewhere {
                said,
                said_locale,
                statement,
                locale,
            } => new("problem-reviews-elsewhere")
                .text("said", said)
                .text("saidLocale", said_locale)
                .text("statement", statement)
                .text("locale", locale),
            Self::Reviews(problem) => new("problem-reviews").because(problem),
            Self::NoSourceMessages(path) => {
                new("problem-no-source-messages").text("path", path.display())
            }
            Self::MessageMissing { message, path } => new("problem-message-missing")
                .text("message", message)
                .text("path", path.display()),
            Self::ReviewsWithoutStatement(id) => {
                new("problem-reviews-without-statement").text("statement", id)
            }
            Self::ReviewsOfOtherLocale { statement, locale } => new("problem-reviews-other-locale")
                .text("statement", statement)
                .text("locale", locale),
            Self::MessagesWithoutStatement(id) => {
                new("problem-messages-without-statement").text("statement", id)
            }
            Self::ContactDiffers { variable, field } => new("problem-contact-differs")
                .text("variable", variable)
                .text("field", field),
            Self::MessagesOfOtherLocale { statement, locale } => {
                new("problem-messages-other-locale")
                    .text("statement", statement)
                    .text("locale", locale)
            }
        }
    }
}
