//! Findings for people and programs: text grouped by locale and file, like compare-locales, and JSON
//! (`{"findings": [...], "summary": {...}}`, a stable interface documented in the README).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::{Code, Findings, Severity};
use crate::terminal::shown_line;

/// Counts for one locale, or for everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    /// Missing messages and files (included in the warnings and errors above).
    pub missing: usize,
    /// Obsolete messages and files (included in the warnings above).
    pub obsolete: usize,
}

impl Counts {
    pub(crate) fn add(&mut self, code: Code, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
        }
        match code {
            Code::MissingMessage | Code::MissingFile => self.missing += 1,
            Code::ObsoleteMessage | Code::ObsoleteFile => self.obsolete += 1,
            _ => {}
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    #[serde(flatten)]
    pub total: Counts,
    /// Per locale, every locale checked.
    pub locales: BTreeMap<String, Counts>,
    /// Findings per code.
    pub codes: BTreeMap<&'static str, usize>,
}

impl Summary {
    pub fn of(found: &Findings) -> Self {
        let mut total = Counts::default();
        let mut locales: BTreeMap<String, Counts> = found
            .locales
            .iter()
            .map(|l| (l.clone(), Counts::default()))
            .collect();
        let mut codes = BTreeMap::new();
        for f in &found.findings {
            total.add(f.code, f.severity);
            locales
                .entry(f.locale.clone())
                .or_default()
                .add(f.code, f.severity);
            *codes.entry(f.code.as_str()).or_insert(0) += 1;
        }
        Self {
            total,
            locales,
            codes,
        }
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    findings: &'a [super::Finding],
    summary: Summary,
}

pub fn to_json(found: &Findings) -> String {
    let report = JsonReport {
        findings: &found.findings,
        summary: Summary::of(found),
    };
    // Plain data of strings and numbers always serializes.
    serde_json::to_string_pretty(&report).unwrap_or_default()
}

/// Locale, then file, then one line per finding:
/// `  12:5  error    unknown-variable  welcome.title  $nme is not a variable…`.
pub fn to_text(found: &Findings) -> String {
    let mut out = String::new();
    let mut by_locale: BTreeMap<&str, BTreeMap<&str, Vec<&super::Finding>>> = BTreeMap::new();
    for f in &found.findings {
        by_locale
            .entry(&f.locale)
            .or_default()
            .entry(&f.file)
            .or_default()
            .push(f);
    }
    for (locale, files) in &by_locale {
        let _ = writeln!(out, "{}", shown_line(locale));
        for (file, findings) in files {
            let _ = writeln!(out, "  {}", shown_line(file));
            for f in findings {
                let place = match (f.line, f.column) {
                    (Some(l), Some(c)) => format!("{l}:{c}"),
                    _ => "-".to_owned(),
                };
                let mut what = f.id.clone().unwrap_or_default();
                if let Some(a) = &f.attribute {
                    let _ = write!(what, ".{a}");
                }
                if let Some(v) = &f.variant {
                    let _ = write!(what, "[{v}]");
                }
                let _ = writeln!(
                    out,
                    "    {place:>8}  {:<7}  {:<26}  {}  {}",
                    f.severity.as_str(),
                    f.code.as_str(),
                    shown_line(&what),
                    shown_line(&f.message)
                );
            }
        }
        out.push('\n');
    }
    let summary = Summary::of(found);
    let _ = writeln!(out, "Summary");
    for (locale, c) in &summary.locales {
        let _ = writeln!(
            out,
            "  {locale:<8} {:>10}  {:>12}  ({} missing, {} obsolete)",
            counted(c.errors, "error"),
            counted(c.warnings, "warning"),
            c.missing,
            c.obsolete
        );
    }
    let t = &summary.total;
    let _ = writeln!(
        out,
        "{}: {}, {} ({} missing, {} obsolete)",
        counted(summary.locales.len(), "locale"),
        counted(t.errors, "error"),
        counted(t.warnings, "warning"),
        t.missing,
        t.obsolete
    );
    out
}

/// `1 error`, `2 errors`.
fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
