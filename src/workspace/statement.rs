//! The `.ron` description of a statement: what it says in which order, its variables and signatories.
//! The words themselves live in the Fluent files under `locales/`; this module does not read them.
//!
//! The format is documented, with an annotated example, in `docs/format.md`.

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::base::explain::{Explain, Explanation};
use crate::base::ids::{Id, Locale};
use crate::base::text::Position;
use crate::fluent::document::is_identifier;

/// The newest `format` this build reads.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Version of this file format; see [`FORMAT`].
    pub format: u32,
    /// Must equal the file's stem.
    pub id: Id,
    #[serde(default)]
    pub kind: StatementKind,
    /// A working title for organisers; the published headline is a message.
    #[serde(default)]
    pub title: String,
    /// The locale translators translate from.
    pub source: Locale,
    /// The locales it is translated into.
    #[serde(default)]
    pub locales: Vec<Locale>,
    /// The template this statement was adapted from.
    #[serde(default)]
    pub template: Option<Id>,
    #[serde(default)]
    pub variables: Vec<Variable>,
    /// The message id of the headline.
    pub headline: String,
    /// The body, in order.
    #[serde(default)]
    pub sections: Vec<Section>,
    #[serde(default)]
    pub signatories: Vec<Signatory>,
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub contact: String,
    /// The publication date.
    pub date: Date,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum StatementKind {
    #[default]
    Statement,
    /// A reusable starting point, copied to make statements.
    Template,
}

/// A value passed to every message as `$name`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variable {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub value: Value,
}

/// A variable's value; its variant is the variable's kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Text(String),
    Number(#[serde(serialize_with = "whole_numbers_without_point")] f64),
    Date(Date),
    List(Vec<String>),
}

/// `7`, not `7.0`: what people write, and what keeps a saved file's diff to the lines that changed.
fn whole_numbers_without_point<S: serde::Serializer>(n: &f64, s: S) -> Result<S::Ok, S::Error> {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        s.serialize_i64(*n as i64)
    } else {
        s.serialize_f64(*n)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VariableKind {
    Text,
    Number,
    Date,
    List,
}

impl Value {
    pub fn kind(&self) -> VariableKind {
        match self {
            Value::Text(_) => VariableKind::Text,
            Value::Number(_) => VariableKind::Number,
            Value::Date(_) => VariableKind::Date,
            Value::List(_) => VariableKind::List,
        }
    }
}

/// One paragraph of the body: a message, maybe switchable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub message: String,
    /// Whether an organiser may switch it off.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
    #[serde(default = "enabled_by_default", skip_serializing_if = "is_true")]
    pub enabled: bool,
}

fn enabled_by_default() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    pub name: String,
    #[serde(default)]
    pub affiliation: String,
    #[serde(default)]
    pub country: String,
    /// Signs as a person, not for the organisation named in `affiliation`.
    #[serde(default)]
    pub personal_capacity: bool,
}

/// A calendar date, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Self { year, month, day })
    }
}

/// Why text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("\"{0}\" is not a date written YYYY-MM-DD")]
    NotWritten(String),
    #[error("{0} is not a day of the calendar: years start at 0001")]
    YearZero(String),
    #[error("{0} is not a day of the calendar")]
    NoSuchDay(String),
}

impl Explain for DateError {
    fn explain(&self) -> Explanation {
        match self {
            Self::NotWritten(text) => Explanation::new("error-date-form").text("text", text),
            Self::YearZero(text) => Explanation::new("error-date-year-zero").text("text", text),
            Self::NoSuchDay(text) => Explanation::new("error-date-no-day").text("text", text),
        }
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, DateError> {
        let invalid = || DateError::NotWritten(s.to_owned());
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(invalid());
        }
        let number = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &s[r];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| invalid())
            } else {
                Err(invalid())
            }
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        if year == 0 {
            // No calendar in use has a year 0, and a web page's `<time>` cannot say one.
            return Err(DateError::YearZero(s.to_owned()));
        }
        Date::new(year as i32, month as u8, day as u8)
            .ok_or_else(|| DateError::NoSuchDay(s.to_owned()))
    }
}

impl TryFrom<String> for Date {
    type Error = DateError;
    fn try_from(s: String) -> Result<Self, DateError> {
        s.parse()
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A field of a statement, as the adapt view shows it: what an undo step of a [`StatementEdit`]
/// belongs to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatementField {
    /// The value of the variable of this name.
    Variable(String),
    /// Whether the section of this message is shown.
    Section(String),
    Signatories,
    Publisher,
    Contact,
    Date,
    /// The locales it is translated into.
    Locales,
}

/// A change to a statement, as a value (see `crate::workspace::editing`).
#[derive(Debug, Clone, PartialEq)]
pub enum StatementEdit {
    /// Set a variable's value; the kind must stay the same.
    SetVariable {
        name: String,
        value: Value,
    },
    /// Switch an optional section on or off.
    SetSection {
        message: String,
        enabled: bool,
    },
    /// Replace the signatories (adding, editing, removing and reordering are all this).
    SetSignatories(Vec<Signatory>),
    SetPublisher(String),
    SetContact(String),
    SetDate(Date),
    /// Translate the statement into one more locale.
    AddLocale(Locale),
}

/// Why an edit of a statement was refused; the statement is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatementEditError {
    #[error("there is no statement {0}")]
    NoStatement(Id),
    #[error("there is no variable {0}")]
    NoVariable(String),
    #[error("{name} is a {kind:?} variable")]
    WrongKind { name: String, kind: VariableKind },
    #[error("there is no section {0}")]
    NoSection(String),
    #[error("section {0} is not optional")]
    NotOptional(String),
    #[error("{statement} is already in {locale}")]
    HasLocale { statement: Id, locale: Locale },
}

impl Explain for StatementEditError {
    fn explain(&self) -> Explanation {
        match self {
            Self::NoStatement(id) => Explanation::new("error-statement-none").text("statement", id),
            Self::NoVariable(name) => {
                Explanation::new("error-statement-no-variable").text("name", name)
            }
            Self::WrongKind { name, kind } => Explanation::new("error-statement-wrong-kind")
                .text("name", name)
                .text("kind", format!("{kind:?}").to_lowercase()),
            Self::NoSection(message) => {
                Explanation::new("error-statement-no-section").text("message", message)
            }
            Self::NotOptional(message) => {
                Explanation::new("error-statement-not-optional").text("message", message)
            }
            Self::HasLocale { statement, locale } => Explanation::new("error-statement-has-locale")
                .text("statement", statement)
                .text("locale", locale),
        }
    }
}

impl StatementEdit {
    /// Applies the edit, or says why it cannot be (the statement is then unchanged).
    pub fn apply(&self, statement: &mut Statement) -> Result<(), StatementEditError> {
        match self {
            StatementEdit::SetVariable { name, value } => {
                let variable = statement
                    .variables
                    .iter_mut()
                    .find(|v| &v.name == name)
                    .ok_or_else(|| StatementEditError::NoVariable(name.clone()))?;
                if variable.value.kind() != value.kind() {
                    return Err(StatementEditError::WrongKind {
                        name: name.clone(),
                        kind: variable.value.kind(),
                    });
                }
                variable.value = value.clone();
            }
            StatementEdit::SetSection { message, enabled } => {
                let section = statement
                    .sections
                    .iter_mut()
                    .find(|s| &s.message == message)
                    .ok_or_else(|| StatementEditError::NoSection(message.clone()))?;
                if !section.optional && !enabled {
                    return Err(StatementEditError::NotOptional(message.clone()));
                }
                section.enabled = *enabled;
            }
            StatementEdit::SetSignatories(list) => statement.signatories = list.clone(),
            StatementEdit::SetPublisher(text) => statement.publisher = text.clone(),
            StatementEdit::SetContact(text) => {
                statement.contact = text.clone();
                // A `contact` variable from an older file follows the field: one address, not two.
                for v in &mut statement.variables {
                    if v.name == "contact" && matches!(v.value, Value::Text(_)) {
                        v.value = Value::Text(text.clone());
                    }
                }
            }
            StatementEdit::SetDate(date) => statement.date = *date,
            StatementEdit::AddLocale(locale) => {
                if statement.all_locales().any(|l| l == locale) {
                    return Err(StatementEditError::HasLocale {
                        statement: statement.id.clone(),
                        locale: locale.clone(),
                    });
                }
                statement.locales.push(locale.clone());
            }
        }
        Ok(())
    }
}

/// Why a statement file could not be read, with where, when that is known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{problem}")]
pub struct StatementError {
    pub position: Option<Position>,
    pub problem: StatementProblem,
}

/// What is wrong in a statement file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatementProblem {
    /// The RON reader's own words.
    #[error("{0}")]
    Syntax(String),
    #[error("format {0} is newer than this version of Chorus reads ({FORMAT}); update Chorus")]
    NewerFormat(u32),
    #[error("locale {0} is listed twice")]
    LocaleTwice(Locale),
    #[error("\"{0}\" is not a Fluent variable name")]
    VariableName(String),
    #[error("variable {0} is defined twice")]
    VariableTwice(String),
    #[error("variable {name} is {value}, not a number a statement can show")]
    NotANumber { name: String, value: String },
    #[error("\"{0}\" is not a Fluent message id")]
    MessageId(String),
    #[error("message {0} is used twice")]
    MessageTwice(String),
    #[error("section {0} is switched off but not optional; mark it `optional: true`")]
    SectionOff(String),
}

impl Explain for StatementProblem {
    fn explain(&self) -> Explanation {
        let named = |id, name: &String| Explanation::new(id).text("name", name);
        match self {
            Self::Syntax(detail) => Explanation::new("error-ron-syntax").text("detail", detail),
            Self::NewerFormat(format) => Explanation::new("error-newer-format")
                .number("format", *format)
                .number("known", FORMAT),
            Self::LocaleTwice(locale) => named("error-statement-locale-twice", &locale.to_string()),
            Self::VariableName(name) => named("error-statement-variable-name", name),
            Self::VariableTwice(name) => named("error-statement-variable-twice", name),
            Self::NotANumber { name, value } => {
                named("error-statement-not-a-number", name).text("value", value)
            }
            Self::MessageId(name) => named("error-statement-message-id", name),
            Self::MessageTwice(name) => named("error-statement-message-twice", name),
            Self::SectionOff(name) => named("error-statement-section-off", name),
        }
    }
}

impl Explain for StatementError {
    fn explain(&self) -> Explanation {
        self.problem.explain()
    }
}

impl Statement {
    /// A `contact` variable whose text is not the publication's contact, which is what `$contact`
    /// shows: a file from before they were one, or edited by hand.
    pub fn contact_variable_differs(&self) -> Option<&str> {
        self.variables.iter().find_map(|v| match &v.value {
            Value::Text(text) if v.name == "contact" && *text != self.contact => {
                Some(text.as_str())
            }
            _ => None,
        })
    }

    /// Reads a statement from RON text and checks what the types alone cannot.
    pub fn from_ron(text: &str) -> Result<Self, StatementError> {
        let statement: Statement = ron::from_str(text).map_err(|err| StatementError {
            position: Some(Position {
                line: err.span.start.line,
                column: err.span.start.col,
            }),
            problem: StatementProblem::Syntax(err.code.to_string()),
        })?;
        statement.validate(text)?;
        Ok(statement)
    }

    /// The statement as RON after the leading comment lines of `previous` (the file as it was), so that
    /// a saved statement keeps its header.
    pub fn to_ron_after_header(&self, previous: &str) -> String {
        let header: String = previous
            .lines()
            .take_while(|l| l.trim_start().starts_with("//") || l.trim().is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        header + &self.to_ron()
    }

    /// The statement as RON, in the layout of the bundled files.
    pub fn to_ron(&self) -> String {
        let config = ron::ser::PrettyConfig::new()
            .struct_names(true)
            .indentor("    ".to_owned());
        // Serializing plain data with string keys cannot fail.
        ron::ser::to_string_pretty(self, config).unwrap_or_default() + "\n"
    }

    /// Message ids of the headline and the sections, in reading order.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.headline.as_str())
            .chain(self.sections.iter().map(|s| s.message.as_str()))
    }

    /// Every locale: the source first, then the targets.
    pub fn all_locales(&self) -> impl Iterator<Item = &Locale> {
        std::iter::once(&self.source).chain(self.locales.iter().filter(|l| **l != self.source))
    }

    fn validate(&self, text: &str) -> Result<(), StatementError> {
        // Semantic errors point at the first place the offending word is written.
        let fail = |word: &str, problem: StatementProblem| StatementError {
            position: text
                .find(&format!("\"{word}\""))
                .map(|offset| Position::at(text, offset)),
            problem,
        };
        if self.format > FORMAT {
            return Err(StatementError {
                position: text.find("format").map(|o| Position::at(text, o)),
                problem: StatementProblem::NewerFormat(self.format),
            });
        }
        let mut seen = HashSet::new();
        for locale in &self.locales {
            if !seen.insert(locale) {
                return Err(fail(
                    locale.as_str(),
                    StatementProblem::LocaleTwice(locale.clone()),
                ));
            }
        }
        let mut names = HashSet::new();
        for variable in &self.variables {
            if !is_identifier(&variable.name) {
                return Err(fail(
                    &variable.name,
                    StatementProblem::VariableName(variable.name.clone()),
                ));
            }
            if !names.insert(variable.name.as_str()) {
                return Err(fail(
                    &variable.name,
                    StatementProblem::VariableTwice(variable.name.clone()),
                ));
            }
            // RON reads `NaN` and `inf` as numbers; no statement means them, and NaN is not even
            // equal to itself.
            if let Value::Number(n) = variable.value
                && !n.is_finite()
            {
                return Err(fail(
                    &variable.name,
                    StatementProblem::NotANumber {
                        name: variable.name.clone(),
                        value: n.to_string(),
                    },
                ));
            }
        }
        let mut messages = HashSet::new();
        for id in self.message_ids() {
            if !is_identifier(id) {
                return Err(fail(id, StatementProblem::MessageId(id.to_owned())));
            }
            if !messages.insert(id) {
                return Err(fail(id, StatementProblem::MessageTwice(id.to_owned())));
            }
        }
        if let Some(section) = self.sections.iter().find(|s| !s.optional && !s.enabled) {
            return Err(fail(
                &section.message,
                StatementProblem::SectionOff(section.message.clone()),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"Statement(
    format: 1,
    id: "free-someone",
    source: "en",
    locales: ["ru", "ar"],
    variables: [
        (name: "arrest-date", value: Date("2023-07-25")),
        (name: "years", value: Number(7)),
    ],
    headline: "headline",
    sections: [(message: "demand"), (message: "history", optional: true, enabled: false)],
    date: "2023-07-27",
)"#;

    #[test]
    fn a_minimal_statement_reads_with_defaults() {
        let s = Statement::from_ron(MINIMAL).unwrap();
        assert_eq!(s.kind, StatementKind::Statement);
        assert_eq!(s.variables[1].value, Value::Number(7.0));
        assert_eq!(s.variables[0].value.kind(), VariableKind::Date);
        assert!(s.sections[0].enabled && !s.sections[0].optional);
        assert_eq!(
            s.message_ids().collect::<Vec<_>>(),
            ["headline", "demand", "history"]
        );
    }

    #[test]
    fn writing_and_reading_back_gives_the_same_statement() {
        let s = Statement::from_ron(MINIMAL).unwrap();
        assert_eq!(Statement::from_ron(&s.to_ron()).unwrap(), s);
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        let broken = MINIMAL.replace("locales: [\"ru\", \"ar\"],", "locales: [\"ru\" \"ar\"],");
        let err = Statement::from_ron(&broken).unwrap_err();
        assert_eq!(err.position.map(|p| p.line), Some(5), "{err:?}");
    }

    #[test]
    fn bad_values_are_refused_where_they_are_written() {
        let cases = [
            (MINIMAL.replace("2023-07-25", "2023-02-30"), 7),
            (MINIMAL.replace("\"free-someone\"", "\"../etc\""), 3),
            (MINIMAL.replace("\"ar\"", "\"ar_EG\""), 5),
            (
                MINIMAL.replace("name: \"years\"", "name: \"arrest-date\""),
                7,
            ),
            (MINIMAL.replace("optional: true, ", ""), 11),
        ];
        for (text, line) in cases {
            let err = Statement::from_ron(&text).unwrap_err();
            assert_eq!(err.position.map(|p| p.line), Some(line), "{err:?}");
        }
    }

    #[test]
    fn edits_keep_kinds_and_optional_sections() {
        let mut s = Statement::from_ron(MINIMAL).unwrap();
        let years = |v| StatementEdit::SetVariable {
            name: "years".into(),
            value: v,
        };
        years(Value::Number(5.0)).apply(&mut s).unwrap();
        assert_eq!(s.variables[1].value, Value::Number(5.0));
        assert!(years(Value::Text("five".into())).apply(&mut s).is_err());
        let section = |message: &str, enabled| StatementEdit::SetSection {
            message: message.into(),
            enabled,
        };
        section("history", true).apply(&mut s).unwrap();
        assert!(s.sections[1].enabled);
        assert!(section("demand", false).apply(&mut s).is_err());
        assert!(s.sections[0].enabled);
    }

    #[test]
    fn saving_keeps_the_header_comments() {
        let with_header = format!("// Who this is for.\n// Second line.\n\n{MINIMAL}");
        let s = Statement::from_ron(&with_header).unwrap();
        let saved = s.to_ron_after_header(&with_header);
        assert!(
            saved.starts_with("// Who this is for.\n// Second line.\n\nStatement("),
            "{saved}"
        );
        assert_eq!(Statement::from_ron(&saved).unwrap(), s);
    }

    #[test]
    fn changing_one_variable_changes_one_line_of_the_saved_file() {
        let mut s = Statement::from_ron(MINIMAL).unwrap();
        let before = s.to_ron();
        assert!(before.contains("Number(7)"), "{before}");
        StatementEdit::SetVariable {
            name: "years".into(),
            value: Value::Number(5.5),
        }
        .apply(&mut s)
        .unwrap();
        let after = s.to_ron();
        let changed: Vec<_> = before
            .lines()
            .zip(after.lines())
            .filter(|(a, b)| a != b)
            .collect();
        assert_eq!(changed.len(), 1, "{changed:?}");
        assert_eq!(before.lines().count(), after.lines().count());
        assert_eq!(Statement::from_ron(&after).unwrap(), s);
    }

    #[test]
    fn dates_follow_the_calendar() {
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("2023-7-25".parse::<Date>().is_err());
        assert_eq!(
            "2023-07-25".parse::<Date>().unwrap().to_string(),
            "2023-07-25"
        );
    }
}
