//! How far each statement is translated: per locale, the messages, translated, missing, obsolete and
//! syntax errors. The JSON form is a stable interface (documented in the README): fields may be added,
//! none renamed.

use std::collections::HashSet;
use std::fmt::Write as _;

use serde::Serialize;

use crate::checks;
use crate::fluent::document::Document;
use crate::review::ReviewSummary;
use crate::workspace::{Problem, Workspace};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    pub statements: Vec<StatementStatus>,
    /// Everything that could not be loaded or does not fit together.
    pub problems: Vec<ProblemRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementStatus {
    pub id: String,
    pub title: String,
    pub source: String,
    /// The source locale first, then the targets in the statement's order.
    pub locales: Vec<LocaleStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleStatus {
    pub locale: String,
    /// Messages and terms in the source file.
    pub messages: usize,
    /// Of those, how many this locale has.
    pub translated: usize,
    pub missing: usize,
    /// Messages and terms this locale has that the source does not.
    pub obsolete: usize,
    /// Syntax errors in this locale's file.
    pub errors: usize,
    /// Findings of the checks (`chorus check`) with severity error, syntax errors included.
    pub check_errors: usize,
    /// Findings of the checks with severity warning, missing and obsolete messages included.
    pub check_warnings: usize,
    /// Translations whose reference changed since they were written or reviewed.
    pub outdated: usize,
    /// Translations approved by a reviewer, neither text changed since.
    pub reviewed: usize,
    /// `current`, `lapsed` (something it covers changed since) or `none`.
    pub signoff: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProblemRecord {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub severity: &'static str,
    pub message: String,
}

impl From<&Problem> for ProblemRecord {
    fn from(p: &Problem) -> Self {
        Self {
            file: p.path.to_string_lossy().replace('\\', "/"),
            line: p.position.map(|p| p.line),
            column: p.position.map(|p| p.column),
            severity: p.severity.as_str(),
            message: p.what.to_string(),
        }
    }
}

impl Status {
    pub fn of(ws: &Workspace) -> Self {
        let counts = checks::count_workspace(ws);
        let statements = ws
            .statements
            .iter()
            .map(|(id, file)| {
                let s = &file.statement;
                let source = ws.file(&s.source, id).map(|f| &f.document);
                let words: HashSet<String> = s.words().into_iter().map(|w| w.id).collect();
                let locales = s
                    .all_locales()
                    .map(|locale| {
                        let target = ws.file(locale, id).map(|f| &f.document);
                        let mut status =
                            LocaleStatus::count(locale.as_str(), source, target, &words);
                        if let Some(found) = counts.get(&(id.clone(), locale.clone())) {
                            // A language with no file yet has one finding, the missing file (an
                            // error to compare-locales): here it is work to do, counted as missing
                            // messages, not as something broken.
                            let no_file = usize::from(target.is_none());
                            status.check_errors = found.errors.saturating_sub(no_file);
                            status.check_warnings = found.warnings;
                        }
                        if let Some(review) = ReviewSummary::of(ws, id, locale) {
                            status.outdated = review.outdated;
                            status.reviewed = review.reviewed;
                            status.signoff = review.signoff_state.as_str();
                        }
                        status
                    })
                    .collect();
                StatementStatus {
                    id: id.to_string(),
                    title: s.title.clone(),
                    source: s.source.to_string(),
                    locales,
                }
            })
            .collect();
        Self {
            statements,
            problems: ws.problems.iter().map(ProblemRecord::from).collect(),
        }
    }

    pub fn to_json(&self) -> String {
        // Plain structs of strings and numbers always serialize.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// A table per statement, for a terminal.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for s in &self.statements {
            let _ = writeln!(
                out,
                "{} ({}; source {})",
                s.id,
                crate::base::terminal::shown_line(&s.title),
                s.source
            );
            let _ = writeln!(
                out,
                "  {:<8} {:>8} {:>10} {:>8} {:>8} {:>7} {:>8} {:>8}  sign-off",
                "locale",
                "messages",
                "translated",
                "missing",
                "obsolete",
                "errors",
                "outdated",
                "reviewed",
            );
            for l in &s.locales {
                let _ = writeln!(
                    out,
                    "  {:<8} {:>8} {:>10} {:>8} {:>8} {:>7} {:>8} {:>8}  {}",
                    l.locale,
                    l.messages,
                    l.translated,
                    l.missing,
                    l.obsolete,
                    l.errors,
                    l.outdated,
                    l.reviewed,
                    l.signoff
                );
            }
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "{} statements, {} problems",
            self.statements.len(),
            self.problems.len()
        );
        out
    }
}

impl LocaleStatus {
    /// Counts `target` against `source`; the translations of the organisers' `words` are in use,
    /// not obsolete, though the source does not have them.
    fn count(
        locale: &str,
        source: Option<&Document>,
        target: Option<&Document>,
        words: &HashSet<String>,
    ) -> Self {
        let has = |doc: Option<&Document>, id: &str| doc.is_some_and(|d| d.entry(id).is_some());
        let unique = |doc: Option<&Document>| doc.map_or(0, |d| d.unique_ids().count());
        let messages = unique(source);
        let translated = source.map_or(0, |d| d.unique_ids().filter(|id| has(target, id)).count());
        let unused = |id: &&str| !has(source, id) && !words.contains(*id);
        let obsolete = target.map_or(0, |d| d.unique_ids().filter(unused).count());
        Self {
            locale: locale.to_owned(),
            messages,
            translated,
            missing: messages - translated,
            obsolete,
            errors: target.map_or(0, |d| d.errors().len()),
            check_errors: 0,
            check_warnings: 0,
            outdated: 0,
            reviewed: 0,
            signoff: "none",
        }
    }
}
