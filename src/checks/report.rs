//! Findings for people and programs: text grouped by locale and file, like compare-locales, and JSON
//! (`{"findings": [...], "summary": {...}}`, a stable interface documented in the README).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::{Code, Finding, Findings, Severity};
use crate::base::terminal::shown_line;

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
    /// Counts of nothing yet, for `locales` (every locale checked, also those with no finding).
    pub fn new<'l>(locales: impl IntoIterator<Item = &'l String>) -> Self {
        Self {
            total: Counts::default(),
            locales: locales
                .into_iter()
                .map(|l| (l.clone(), Counts::default()))
                .collect(),
            codes: BTreeMap::new(),
        }
    }

    pub fn add(&mut self, f: &Finding) {
        self.total.add(f.code, f.severity);
        self.locales
            .entry(f.locale.clone())
            .or_default()
            .add(f.code, f.severity);
        *self.codes.entry(f.code.as_str()).or_insert(0) += 1;
    }

    pub fn of(found: &Findings) -> Self {
        let mut summary = Self::new(&found.locales);
        for f in &found.findings {
            summary.add(f);
        }
        summary
    }
}

/// How a report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Locale, then file, then one line per finding, then the summary, for people.
    Text,
    /// `{"findings": [...], "summary": {...}}`, the stable interface.
    Json,
}

/// Writes a report a finding at a time, so that no more than one file's findings need to be in
/// memory (a source of 300,000 messages makes 300,000 findings in each locale). In text, findings
/// must come grouped by locale and then by file, as [`super::check_workspace_sorted`] gives them.
pub struct Writer<W: std::io::Write> {
    out: W,
    format: Format,
    summary: Summary,
    /// The locale and file of the last finding written.
    place: Option<(String, String)>,
}

impl<W: std::io::Write> Writer<W> {
    pub fn new(out: W, format: Format) -> std::io::Result<Self> {
        let mut writer = Self {
            out,
            format,
            summary: Summary::new([]),
            place: None,
        };
        if format == Format::Json {
            writer.out.write_all(b"{\n  \"findings\": [")?;
        }
        Ok(writer)
    }

    pub fn add(&mut self, f: &Finding) -> std::io::Result<()> {
        let first = self.place.is_none();
        match self.format {
            Format::Json => {
                let json = serde_json::to_string_pretty(f).unwrap_or_default();
                let json = json.replace('\n', "\n    ");
                let sep = if first { "\n    " } else { ",\n    " };
                write!(self.out, "{sep}{json}")?;
            }
            Format::Text => {
                let (locale, file) = (&f.locale, &f.file);
                let same_locale = self.place.as_ref().is_some_and(|(l, _)| l == locale);
                let same_file = same_locale && self.place.as_ref().is_some_and(|(_, p)| p == file);
                if !same_locale {
                    if !first {
                        writeln!(self.out)?;
                    }
                    writeln!(self.out, "{}", shown_line(locale))?;
                }
                if !same_file {
                    writeln!(self.out, "  {}", shown_line(file))?;
                }
                writeln!(self.out, "{}", finding_line(f))?;
            }
        }
        self.place = Some((f.locale.clone(), f.file.clone()));
        self.summary.add(f);
        Ok(())
    }

    /// Writes the summary, counting every locale in `locales` (those with nothing found too).
    pub fn finish(mut self, locales: &[String]) -> std::io::Result<W> {
        for locale in locales {
            self.summary.locales.entry(locale.clone()).or_default();
        }
        match self.format {
            Format::Json => {
                let summary = serde_json::to_string_pretty(&self.summary).unwrap_or_default();
                let close = if self.place.is_some() { "\n  ]" } else { "]" };
                write!(
                    self.out,
                    "{close},\n  \"summary\": {}\n}}\n",
                    summary.replace('\n', "\n  ")
                )?;
            }
            Format::Text => {
                if self.place.is_some() {
                    writeln!(self.out)?;
                }
                write!(self.out, "{}", summary_text(&self.summary))?;
            }
        }
        Ok(self.out)
    }
}

pub fn to_json(found: &Findings) -> String {
    write_all(found, Format::Json).trim_end().to_owned()
}

/// Locale, then file, then one line per finding:
/// `  12:5  error    unknown-variable  welcome.title  $nme is not a variable…`.
pub fn to_text(found: &Findings) -> String {
    write_all(found, Format::Text)
}

fn write_all(found: &Findings, format: Format) -> String {
    let mut sorted: Vec<&Finding> = found.findings.iter().collect();
    if format == Format::Text {
        // Grouped by locale and file, each group in the order found.
        sorted.sort_by(|a, b| (&a.locale, &a.file).cmp(&(&b.locale, &b.file)));
    }
    let written = Writer::new(Vec::new(), format).and_then(|mut w| {
        for f in sorted {
            w.add(f)?;
        }
        w.finish(&found.locales)
    });
    String::from_utf8(written.unwrap_or_default()).unwrap_or_default()
}

fn finding_line(f: &Finding) -> String {
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
    format!(
        "    {place:>8}  {:<7}  {:<26}  {}  {}",
        f.severity.as_str(),
        f.code.as_str(),
        shown_line(&what),
        shown_line(&f.message)
    )
}

fn summary_text(summary: &Summary) -> String {
    let mut out = String::new();
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
