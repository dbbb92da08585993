//! What is wrong with a workspace's files, found while loading: each with its file, and line and
//! column where there is one.

use crate::base::text::Position;
use std::fmt;
use std::path::PathBuf;

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
