//! A statement rendered in one locale as the reader will see it: headline, the enabled sections'
//! paragraphs, signatories and date. Messages go through fluent-bundle with the statement's variables;
//! numbers and dates are formatted with ICU4X's data for the locale (fluent-bundle has no `DATETIME` and
//! its `NUMBER` does not group digits). Isolation marks are off except in [`render_isolated`], which HTML
//! export uses to put placeables in `<bdi>`.
//!
//! Nothing is dropped silently: a reference that cannot be resolved stays in the text, as fluent-bundle
//! writes it (`{$name}`, `{-term}`), marked [`Segment::Unresolved`]; a message the locale does not have yet
//! is rendered from the source locale and marked `missing`.

use std::borrow::Cow;

use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets;
use icu_datetime::input::Date as IcuDate;
use icu_decimal::DecimalFormatter;
use writeable::Writeable;

use crate::base::ids::Locale;
use crate::fluent::document::Document;
use crate::workspace::statement::{Date, Statement, Value};

/// A piece of rendered text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    /// A reference Fluent could not resolve, as written in the output (`{$name}`, `{-term}`, `{id}`).
    Unresolved(String),
    /// A name (a term) this locale does not have yet, shown as the source has it.
    FromSource(String),
}

/// One rendered message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub message: String,
    pub segments: Vec<Segment>,
    /// The locale does not have this message; the text is the source locale's.
    pub missing: bool,
}

impl Rendered {
    /// The text without markup.
    pub fn text(&self) -> String {
        self.segments
            .iter()
            .map(|s| match s {
                Segment::Text(t) | Segment::Unresolved(t) | Segment::FromSource(t) => t.as_str(),
            })
            .collect()
    }

    /// Whether a name in it is the source's, this locale not having it yet.
    pub fn has_source_names(&self) -> bool {
        self.segments
            .iter()
            .any(|s| matches!(s, Segment::FromSource(_)))
    }

    pub fn has_unresolved(&self) -> bool {
        self.segments
            .iter()
            .any(|s| matches!(s, Segment::Unresolved(_)))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatoryLine {
    pub name: String,
    /// Affiliation and country, joined for the locale.
    pub details: String,
    /// The locale's words for "in a personal capacity", when the signatory signs so.
    pub capacity: Option<Rendered>,
}

/// The whole statement in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub locale: Locale,
    pub headline: Rendered,
    pub paragraphs: Vec<Rendered>,
    pub signatories_heading: Option<Rendered>,
    pub signatories: Vec<SignatoryLine>,
    pub publisher: String,
    /// The publication date, formatted for the locale.
    pub date: String,
    pub contact: Option<Rendered>,
}

/// Renders `statement` in `locale` from its Fluent documents (`target` may be missing or partial; `source`
/// supplies what it lacks).
pub fn render(
    statement: &Statement,
    locale: &Locale,
    source: Option<&Document>,
    target: Option<&Document>,
) -> Preview {
    render_with(statement, locale, source, target, false)
}

/// Like [`render`], but every variable's and function's value is wrapped in Unicode's isolation marks
/// (U+2068 … U+2069), as fluent-bundle writes them: for HTML export, which turns each pair into `<bdi>`
/// so a Latin name or a number inside Arabic text keeps its own direction.
pub fn render_isolated(
    statement: &Statement,
    locale: &Locale,
    source: Option<&Document>,
    target: Option<&Document>,
) -> Preview {
    render_with(statement, locale, source, target, true)
}

fn render_with(
    statement: &Statement,
    locale: &Locale,
    source: Option<&Document>,
    target: Option<&Document>,
    isolating: bool,
) -> Preview {
    let renderer = Renderer::new(statement, locale, source, target, isolating);
    let optional = |id: &str| renderer.has(id).then(|| renderer.message(id));
    Preview {
        locale: locale.clone(),
        headline: renderer.message(&statement.headline),
        paragraphs: statement
            .sections
            .iter()
            .filter(|s| s.enabled)
            .map(|s| renderer.message(&s.message))
            .collect(),
        signatories_heading: optional("signatories-heading"),
        signatories: statement
            .signatories
            .iter()
            .map(|s| SignatoryLine {
                name: s.name.clone(),
                details: [s.affiliation.as_str(), s.country.as_str()]
                    .into_iter()
                    .filter(|p| !p.trim().is_empty())
                    .map(|p| renderer.word(p))
                    .collect::<Vec<_>>()
                    .join(", "),
                capacity: s
                    .personal_capacity
                    .then(|| optional("personal-capacity"))
                    .flatten(),
            })
            .collect(),
        publisher: match statement.publisher.trim() {
            "" => String::new(),
            publisher => renderer.word(publisher),
        },
        date: format_date(locale, statement.date, DateStyle::Long),
        contact: (!statement.contact.is_empty())
            .then(|| optional("contact"))
            .flatten(),
    }
}

struct Renderer {
    target: Option<FluentBundle<FluentResource>>,
    source: Option<FluentBundle<FluentResource>>,
    args: FluentArgs<'static>,
}

impl Renderer {
    fn new(
        statement: &Statement,
        locale: &Locale,
        source: Option<&Document>,
        target: Option<&Document>,
        isolating: bool,
    ) -> Self {
        let mut args = FluentArgs::new();
        for variable in &statement.variables {
            args.set(variable.name.clone(), argument(&variable.value));
        }
        // `$contact` is the publication's contact (Publication → Contact): the one address, even
        // where an older statement also has a `contact` variable.
        if !statement.contact.is_empty() {
            args.set("contact", statement.contact.clone());
        }
        let words = statement.words();
        let roots: Vec<&str> = [statement.headline.as_str()]
            .into_iter()
            .chain(statement.sections.iter().map(|s| s.message.as_str()))
            .chain(EXTRA_MESSAGES)
            .chain(words.iter().map(|w| w.id.as_str()))
            .collect();
        // A name the locale lacks falls back to the source's, marked (see `source_terms`).
        let target_text = |d: &Document| match source {
            Some(source) => reachable(d, &roots) + &source_terms(source, d),
            None => reachable(d, &roots),
        };
        Self {
            target: target.map(|d| bundle(locale, &target_text(d), isolating)),
            source: source.map(|d| bundle(&statement.source, &reachable(d, &roots), isolating)),
            args,
        }
    }

    fn has(&self, id: &str) -> bool {
        [&self.target, &self.source]
            .into_iter()
            .flatten()
            .any(|b| b.get_message(id).is_some_and(|m| m.value().is_some()))
    }

    /// An organiser's word (an affiliation, a country, the publisher) as the locale translates it,
    /// or as the statement has it when the locale does not (see [`crate::workspace::words`]).
    fn word(&self, text: &str) -> String {
        let id = crate::workspace::words::word_id(text);
        self.target
            .as_ref()
            .and_then(|b| format(b, &id, &self.args))
            .map(|segments| {
                Rendered {
                    message: id,
                    segments,
                    missing: false,
                }
                .text()
            })
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| text.trim().to_owned())
    }

    fn message(&self, id: &str) -> Rendered {
        let in_target = self.target.as_ref().and_then(|b| format(b, id, &self.args));
        let (segments, missing) = match in_target {
            Some(segments) => (segments, false),
            None => {
                let from_source = self.source.as_ref().and_then(|b| format(b, id, &self.args));
                let fallback = || vec![Segment::Unresolved(format!("{{{id}}}"))];
                (from_source.unwrap_or_else(fallback), true)
            }
        };
        Rendered {
            message: id.to_owned(),
            segments,
            missing,
        }
    }
}

/// Where a name from the source starts and ends in formatted text: two private-use characters no
/// Fluent file of ours holds (the checks flag private-use text nowhere, but these never reach a page:
/// `segments` takes them out).
const FROM_SOURCE: (char, char) = ('\u{F8F0}', '\u{F8F1}');

/// The source's terms that `target` lacks, each with its value between [`FROM_SOURCE`]'s marks, as
/// Fluent text to add to the target's bundle: a message then shows the source's name, marked, where
/// it would otherwise show `{-person}`.
fn source_terms(source: &Document, target: &Document) -> String {
    let mut out = String::new();
    for entry in source.entries() {
        let Some(id) = entry.id.as_deref().filter(|id| id.starts_with('-')) else {
            continue;
        };
        if target.entry(id).is_some() {
            continue;
        }
        if let Some(marked) = marked_value(source.entry_text(entry)) {
            out.push_str(&marked);
            out.push('\n');
        }
    }
    out
}

/// A term's Fluent text with its value between the marks: the start mark before the value's first
/// text, the end mark after its last line (before any attribute). `None` for a term with no value.
fn marked_value(entry: &str) -> Option<String> {
    let (open, close) = FROM_SOURCE;
    let lines: Vec<&str> = entry.lines().collect();
    let first = lines.iter().position(|l| l.starts_with('-'))?;
    let (id_part, rest) = lines[first].split_once('=')?;
    // The value's lines: the rest of the id line, then indented lines up to the first attribute.
    let mut value: Vec<String> = vec![rest.trim_start().to_owned()];
    let mut after = Vec::new();
    for line in &lines[first + 1..] {
        let attribute = line.trim_start().starts_with('.');
        if attribute || !after.is_empty() {
            after.push((*line).to_owned());
        } else {
            value.push((*line).to_owned());
        }
    }
    while value.last().is_some_and(|l| l.trim().is_empty()) {
        value.pop();
    }
    let first_text = value.iter().position(|l| !l.trim().is_empty())?;
    let line = &value[first_text];
    let indent = line.len() - line.trim_start().len();
    value[first_text] = format!("{}{{ \"{open}\" }}{}", &line[..indent], &line[indent..]);
    let last = value.len() - 1;
    value[last].push_str(&format!("{{ \"{close}\" }}"));
    let mut out = lines[..first].join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(id_part.trim_end());
    out.push_str(" = ");
    out.push_str(&value.join("\n"));
    for line in after {
        out.push('\n');
        out.push_str(&line);
    }
    Some(out)
}

/// Messages the preview shows besides the headline and the sections.
const EXTRA_MESSAGES: [&str; 3] = ["signatories-heading", "personal-capacity", "contact"];

/// The text of the entries a preview can reach from `roots`: those messages, every term, and every
/// message they refer to, however indirectly. A bundle of these alone costs what the statement
/// shows, not what the file holds (a file of thousands of messages renders as fast as a short one).
fn reachable(document: &Document, roots: &[&str]) -> String {
    let terms = document
        .entries()
        .iter()
        .filter_map(|e| e.id.as_deref())
        .filter(|id| id.starts_with('-'));
    let mut wanted: Vec<&str> = roots.iter().copied().chain(terms).collect();
    let mut seen = std::collections::HashSet::new();
    let mut text = String::new();
    while let Some(id) = wanted.pop() {
        if !seen.insert(id) {
            continue;
        }
        let Some(entry) = document.entry(id) else {
            continue;
        };
        let entry_text = document.entry_text(entry);
        text.push_str(entry_text);
        if !entry_text.ends_with('\n') {
            text.push('\n');
        }
        wanted.extend(references(entry_text));
    }
    text
}

/// Every name written where a placeable or a call argument starts (`{ name`, `{ -term`, `(name`):
/// the messages and terms an entry may refer to, and some names that are not (functions), which
/// are simply not found.
fn references(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices(['{', '(', ',']).filter_map(|(at, _)| {
        let rest = text[at + 1..].trim_start();
        let (dash, body) = match rest.strip_prefix('-') {
            Some(body) => (1, body),
            None => (0, rest),
        };
        if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let name_len = body
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(body.len());
        Some(&rest[..dash + name_len])
    })
}

fn bundle(locale: &Locale, text: &str, isolating: bool) -> FluentBundle<FluentResource> {
    let resource =
        match FluentResource::try_new(crate::fluent::syntax::Source::new(text).into_text()) {
            Ok(resource) | Err((resource, _)) => resource,
        };
    let mut bundle = FluentBundle::new(vec![locale.language_identifier()]);
    bundle.set_use_isolating(isolating);
    bundle.set_formatter(Some(format_value));
    // Registering a name twice is the only failure; these are the first and only registrations.
    let _ = bundle.add_builtins();
    let date_locale = locale.clone();
    let _ = bundle.add_function("DATETIME", move |positional, named| {
        datetime(&date_locale, positional, named)
    });
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message's value formatted, cut into text and unresolved references; `None` if the bundle lacks it.
fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: &FluentArgs,
) -> Option<Vec<Segment>> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(args), &mut errors)
        .into_owned();
    let markers: Vec<String> = errors.iter().filter_map(marker).collect();
    Some(segments(&text, &markers))
}

/// How fluent-bundle writes an unresolved reference into the text.
fn marker(error: &FluentError) -> Option<String> {
    let FluentError::ResolverError(error) = error else {
        return None;
    };
    Some(match error {
        ResolverError::Reference(kind) => match kind {
            ReferenceKind::Variable { id } => format!("{{${id}}}"),
            ReferenceKind::Message {
                id,
                attribute: None,
            } => format!("{{{id}}}"),
            ReferenceKind::Message {
                id,
                attribute: Some(a),
            } => format!("{{{id}.{a}}}"),
            ReferenceKind::Term {
                id,
                attribute: None,
            } => format!("{{-{id}}}"),
            ReferenceKind::Term {
                id,
                attribute: Some(a),
            } => format!("{{-{id}.{a}}}"),
            ReferenceKind::Function { id } => format!("{{{id}()}}"),
        },
        ResolverError::NoValue(id) => format!("{{{id}}}"),
        _ => return None,
    })
}

fn segments(text: &str, markers: &[String]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    let (open, close) = FROM_SOURCE;
    while !rest.is_empty() {
        // A name from the source: up to its end mark (nested names are one piece).
        if let Some(inner) = rest.strip_prefix(open) {
            if !plain.is_empty() {
                out.push(Segment::Text(std::mem::take(&mut plain)));
            }
            let mut depth = 1;
            let end = inner
                .char_indices()
                .find(|&(_, c)| {
                    depth += i32::from(c == open) - i32::from(c == close);
                    depth == 0
                })
                .map_or(inner.len(), |(at, _)| at);
            let name: String = inner[..end]
                .chars()
                .filter(|&c| c != open && c != close)
                .collect();
            out.push(Segment::FromSource(name));
            rest = inner.get(end + close.len_utf8()..).unwrap_or_default();
            continue;
        }
        if let Some(m) = markers.iter().find(|m| rest.starts_with(m.as_str())) {
            if !plain.is_empty() {
                out.push(Segment::Text(std::mem::take(&mut plain)));
            }
            out.push(Segment::Unresolved(m.clone()));
            rest = &rest[m.len()..];
        } else {
            let c = rest.chars().next().unwrap_or_default();
            plain.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    if !plain.is_empty() {
        out.push(Segment::Text(plain));
    }
    out
}

fn argument(value: &Value) -> FluentValue<'static> {
    match value {
        Value::Text(text) => text.clone().into(),
        Value::Number(n) => (*n).into(),
        Value::Date(date) => date.to_string().into(),
        Value::List(items) => items.join(", ").into(),
    }
}

/// Formats every number fluent-bundle writes, with the locale's digits, separators and grouping.
fn format_value(value: &FluentValue, intls: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    intls
        .with_try_get_threadsafe::<IcuLocale, _, _>((), |locale| format_number(&locale.0, number))
        .ok()
}

/// The bundle's language as an ICU4X locale, made once per bundle by fluent-bundle's memoizer.
struct IcuLocale(icu_locale_core::Locale);

impl intl_memoizer::Memoizable for IcuLocale {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        icu_locale_core::Locale::try_from_str(&lang.to_string())
            .map(IcuLocale)
            .map_err(|_| ())
    }
}

fn format_number(locale: &icu_locale_core::Locale, number: &FluentNumber) -> String {
    let options: &FluentNumberOptions = &number.options;
    let Ok(mut decimal) = fixed_decimal::Decimal::try_from_f64(
        number.value,
        fixed_decimal::FloatPrecision::RoundTrip,
    ) else {
        return number.as_string().into_owned();
    };
    if let Some(min) = options.minimum_fraction_digits {
        decimal.absolute.pad_end(-(min as i16));
    }
    if let Some(max) = options.maximum_fraction_digits {
        decimal.round(-(max as i16));
    }
    let mut formatter_options = icu_decimal::options::DecimalFormatterOptions::default();
    if !options.use_grouping {
        formatter_options.grouping_strategy = Some(icu_decimal::options::GroupingStrategy::Never);
    }
    match DecimalFormatter::try_new(locale.into(), formatter_options) {
        Ok(formatter) => formatter.format(&decimal).write_to_string().into_owned(),
        Err(_) => number.as_string().into_owned(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    Short,
    Medium,
    Long,
    Full,
}

/// `DATETIME($date, dateStyle: "long")`: a `YYYY-MM-DD` string formatted for the locale.
fn datetime<'a>(
    locale: &Locale,
    positional: &[FluentValue<'a>],
    named: &FluentArgs,
) -> FluentValue<'a> {
    let Some(FluentValue::String(text)) = positional.first() else {
        return FluentValue::Error;
    };
    let Ok(date) = text.parse::<Date>() else {
        return FluentValue::Error;
    };
    let style = match named.get("dateStyle") {
        Some(FluentValue::String(s)) if s == "short" => DateStyle::Short,
        Some(FluentValue::String(s)) if s == "medium" => DateStyle::Medium,
        Some(FluentValue::String(s)) if s == "full" => DateStyle::Full,
        _ => DateStyle::Long,
    };
    FluentValue::String(Cow::Owned(format_date(locale, date, style)))
}

/// A date in the Gregorian calendar, as the locale writes it; ISO 8601 if ICU4X cannot.
pub fn format_date(locale: &Locale, date: Date, style: DateStyle) -> String {
    let iso = || date.to_string();
    let Ok(icu_locale) = icu_locale_core::Locale::try_from_str(locale.as_str()) else {
        return iso();
    };
    let Ok(gregorian) = IcuDate::try_new_gregorian(date.year, date.month, date.day) else {
        return iso();
    };
    let prefs = (&icu_locale).into();
    let formatted = match style {
        DateStyle::Short => FixedCalendarDateTimeFormatter::try_new(prefs, fieldsets::YMD::short())
            .map(|f| f.format(&gregorian).write_to_string().into_owned()),
        DateStyle::Medium => {
            FixedCalendarDateTimeFormatter::try_new(prefs, fieldsets::YMD::medium())
                .map(|f| f.format(&gregorian).write_to_string().into_owned())
        }
        DateStyle::Long => FixedCalendarDateTimeFormatter::try_new(prefs, fieldsets::YMD::long())
            .map(|f| f.format(&gregorian).write_to_string().into_owned()),
        DateStyle::Full => FixedCalendarDateTimeFormatter::try_new(prefs, fieldsets::YMDE::long())
            .map(|f| f.format(&gregorian).write_to_string().into_owned()),
    };
    formatted.unwrap_or_else(|_| iso())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The term `-x` of `source`, borrowed by a target that lacks it, as a message using it renders.
    fn borrowed(source: &str, message: &str) -> Vec<Segment> {
        let source = Document::parse(source);
        let target = Document::parse(message);
        let text = source_terms(&source, &target) + message;
        let bundle = bundle(&Locale::new("de").unwrap(), &text, false);
        format(&bundle, "m", &FluentArgs::new()).unwrap()
    }

    #[test]
    fn every_shape_of_term_falls_back_whole_and_marked() {
        let from = |s: &str| Segment::FromSource(s.to_owned());
        // One line, with a comment and an attribute the message selects on.
        let segments = borrowed(
            "# The organisation\n-org = Free Voices\n    .gender = feminine\n",
            "m = { -org.gender ->\n    [feminine] Sie\n   *[other] Es\n} unterstützt { -org }.\n",
        );
        assert_eq!(
            segments,
            [
                Segment::Text("Sie unterstützt ".into()),
                from("Free Voices"),
                Segment::Text(".".into())
            ]
        );
        // A value on the lines after the id, with variants and a blank line before the attribute.
        let segments = borrowed(
            "-p =\n    { $case ->\n       *[nom] Boris\n        [gen] Borisa\n    }\n\n    .short = B.\n",
            "m = Für { -p(case: \"gen\") }!\n",
        );
        assert_eq!(
            segments,
            [
                Segment::Text("Für ".into()),
                from("Borisa"),
                Segment::Text("!".into())
            ]
        );
        // A term that refers to another term the target also lacks: one marked name.
        let segments = borrowed("-a = Anna\n-b = { -a } und Boris\n", "m = { -b }\n");
        assert_eq!(segments, [from("Anna und Boris")]);
        // A term the target has is its own, unmarked.
        let source = Document::parse("-a = Anna\n");
        let target = Document::parse("-a = Anja\nm = { -a }\n");
        assert_eq!(source_terms(&source, &target), "");
    }
}
