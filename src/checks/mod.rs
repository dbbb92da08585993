//! Checks: what is wrong with a translation, compared with its reference.
//!
//! Everything Mozilla's compare-locales reports on Fluent files is reported here under a stable code
//! and with the same severity (syntax errors, missing and obsolete messages and files, duplicates,
//! values, attributes, references, plural categories, U+FFFD), plus what it does not look at:
//! variables, numbers, links, e-mail addresses, directional controls, empty, unchanged and
//! oddly long or short translations.
//!
//! The unit is a pair of documents ([`check_file`]); one message can be re-checked alone
//! ([`check_message`], what the editor does on a keystroke). [`tree`] checks folders laid out one
//! per locale, [`check_workspace`] a Chorus workspace; [`report`] prints the findings.
//!
//! A finding's sentence is English here (the command line's language); the window words each code
//! in its own language from the finding's `args`.

pub mod facts;
pub mod report;
pub mod scan;
pub mod tree;

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::base::ids::{Id, Locale};
use crate::fluent::document::Document;
use crate::locale::languages::{self, Direction};
use crate::locale::plurals;
pub use crate::workspace::Severity;
use crate::workspace::Workspace;
use facts::{Facts, Part};
use scan::{BidiProblem, Separators};

/// What a finding is about. The kebab-case names are a stable interface (JSON, the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    SyntaxError,
    MissingMessage,
    ObsoleteMessage,
    MissingFile,
    ObsoleteFile,
    DuplicateId,
    MissingValue,
    ObsoleteValue,
    MissingAttribute,
    ObsoleteAttribute,
    DuplicateAttribute,
    DuplicateVariant,
    MissingMessageReference,
    ObsoleteMessageReference,
    MissingTermReference,
    ObsoleteTermReference,
    MissingPluralCategory,
    ReplacementCharacter,
    UnknownVariable,
    MissingVariable,
    NumberMismatch,
    UrlMismatch,
    EmailMismatch,
    BidiControl,
    ControlCharacter,
    EmptyTranslation,
    UnchangedTranslation,
    LengthRatio,
}

impl Code {
    pub const ALL: [Code; 28] = [
        Code::SyntaxError,
        Code::MissingMessage,
        Code::ObsoleteMessage,
        Code::MissingFile,
        Code::ObsoleteFile,
        Code::DuplicateId,
        Code::MissingValue,
        Code::ObsoleteValue,
        Code::MissingAttribute,
        Code::ObsoleteAttribute,
        Code::DuplicateAttribute,
        Code::DuplicateVariant,
        Code::MissingMessageReference,
        Code::ObsoleteMessageReference,
        Code::MissingTermReference,
        Code::ObsoleteTermReference,
        Code::MissingPluralCategory,
        Code::ReplacementCharacter,
        Code::UnknownVariable,
        Code::MissingVariable,
        Code::NumberMismatch,
        Code::UrlMismatch,
        Code::EmailMismatch,
        Code::BidiControl,
        Code::ControlCharacter,
        Code::EmptyTranslation,
        Code::UnchangedTranslation,
        Code::LengthRatio,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::SyntaxError => "syntax-error",
            Code::MissingMessage => "missing-message",
            Code::ObsoleteMessage => "obsolete-message",
            Code::MissingFile => "missing-file",
            Code::ObsoleteFile => "obsolete-file",
            Code::DuplicateId => "duplicate-id",
            Code::MissingValue => "missing-value",
            Code::ObsoleteValue => "obsolete-value",
            Code::MissingAttribute => "missing-attribute",
            Code::ObsoleteAttribute => "obsolete-attribute",
            Code::DuplicateAttribute => "duplicate-attribute",
            Code::DuplicateVariant => "duplicate-variant",
            Code::MissingMessageReference => "missing-message-reference",
            Code::ObsoleteMessageReference => "obsolete-message-reference",
            Code::MissingTermReference => "missing-term-reference",
            Code::ObsoleteTermReference => "obsolete-term-reference",
            Code::MissingPluralCategory => "missing-plural-category",
            Code::ReplacementCharacter => "replacement-character",
            Code::UnknownVariable => "unknown-variable",
            Code::MissingVariable => "missing-variable",
            Code::NumberMismatch => "number-mismatch",
            Code::UrlMismatch => "url-mismatch",
            Code::EmailMismatch => "email-mismatch",
            Code::BidiControl => "bidi-control",
            Code::ControlCharacter => "control-character",
            Code::EmptyTranslation => "empty-translation",
            Code::UnchangedTranslation => "unchanged-translation",
            Code::LengthRatio => "length-ratio",
        }
    }

    /// The severity a finding of this code has. compare-locales' own: errors for what breaks a
    /// message, warnings for the rest, and its "missing" and "obsolete" entries as warnings.
    /// `bidi-control` is an error for overrides and unbalanced controls, a warning for stray marks.
    pub fn severity(self) -> Severity {
        match self {
            Code::SyntaxError
            | Code::MissingFile
            | Code::DuplicateId
            | Code::MissingValue
            | Code::ObsoleteValue
            | Code::MissingAttribute
            | Code::ObsoleteAttribute
            | Code::UnknownVariable
            | Code::BidiControl
            | Code::ControlCharacter
            | Code::EmptyTranslation => Severity::Error,
            _ => Severity::Warning,
        }
    }

    /// Whether compare-locales reports this too (the rest are Chorus's own checks).
    pub fn compare_locales_has(self) -> bool {
        !matches!(
            self,
            Code::UnknownVariable
                | Code::MissingVariable
                | Code::NumberMismatch
                | Code::UrlMismatch
                | Code::EmailMismatch
                | Code::BidiControl
                | Code::ControlCharacter
                | Code::EmptyTranslation
                | Code::UnchangedTranslation
                | Code::LengthRatio
        )
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing a check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub locale: String,
    /// The file, relative to the target locale's folder (`misc.ftl`, `petition-kagarlitsky.ftl`).
    pub file: String,
    /// 1-based; `None` for what has no place in the file (a missing message or file).
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The message (`id`) or term (`-id`), if the finding is about one.
    pub id: Option<String>,
    pub attribute: Option<String>,
    /// The variant key, for findings about one variant.
    pub variant: Option<String>,
    /// The finding in English.
    pub message: String,
    /// What the sentence is made of (`name`, `expected`, `found`…), for wording it in another language.
    #[serde(skip)]
    pub args: Vec<(&'static str, String)>,
}

impl Serialize for Severity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The English sentence for a code and its arguments.
pub fn english(code: Code, args: &[(&'static str, String)]) -> String {
    let arg = |name: &str| {
        args.iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, v)| v.as_str())
    };
    let sentence = english_sentence(code, &arg);
    match arg("more") {
        "" => sentence,
        more => format!("{sentence} (and {more} more like it in this message)"),
    }
}

fn english_sentence<'a>(code: Code, arg: &dyn Fn(&str) -> &'a str) -> String {
    match code {
        Code::SyntaxError => format!("Fluent cannot read this: {}", arg("detail")),
        Code::MissingMessage => format!("\"{}\" is not translated", arg("name")),
        Code::ObsoleteMessage => format!("\"{}\" is not in the reference", arg("name")),
        Code::MissingFile => "The file is missing".to_owned(),
        Code::ObsoleteFile => "The reference has no such file".to_owned(),
        Code::DuplicateId => format!(
            "\"{}\" is defined again; only the first definition is used",
            arg("name")
        ),
        Code::MissingValue => "The reference has a value; this has none".to_owned(),
        Code::ObsoleteValue => "This has a value; the reference has none".to_owned(),
        Code::MissingAttribute => format!("Attribute .{} is missing", arg("name")),
        Code::ObsoleteAttribute => format!("Attribute .{} is not in the reference", arg("name")),
        Code::DuplicateAttribute => format!("Attribute .{} is defined again", arg("name")),
        Code::DuplicateVariant => format!("Variant [{}] is defined again", arg("name")),
        Code::MissingMessageReference => {
            format!("The reference uses message {}; this does not", arg("name"))
        }
        Code::ObsoleteMessageReference => {
            format!("Uses message {}, which the reference does not", arg("name"))
        }
        Code::MissingTermReference if !arg("count").is_empty() => format!(
            "The reference uses term {} {} times; this only {}",
            arg("name"),
            arg("count"),
            arg("found")
        ),
        Code::MissingTermReference => {
            format!("The reference uses term {}; this does not", arg("name"))
        }
        Code::ObsoleteTermReference => {
            format!("Uses term {}, which the reference does not", arg("name"))
        }
        Code::MissingPluralCategory => format!(
            "Plural categories missing for {}: {}",
            arg("locale"),
            arg("categories")
        ),
        Code::ReplacementCharacter => {
            "U+FFFD REPLACEMENT CHARACTER in the text: a character was lost in a conversion"
                .to_owned()
        }
        Code::UnknownVariable => format!(
            "${} is not a variable of the reference: it will show as an error",
            arg("name")
        ),
        Code::MissingVariable => {
            format!(
                "${} of the reference is not used in any variant",
                arg("name")
            )
        }
        Code::NumberMismatch => format!(
            "Numbers differ: the reference has {}, this has {}",
            arg("expected"),
            arg("found")
        ),
        Code::UrlMismatch => format!(
            "Links differ: the reference has {}, this has {}",
            arg("expected"),
            arg("found")
        ),
        Code::EmailMismatch => format!(
            "Addresses differ: the reference has {}, this has {}",
            arg("expected"),
            arg("found")
        ),
        Code::BidiControl => match arg("problem") {
            "override" => format!(
                "{} shows the text in another order than it is stored in",
                arg("character")
            ),
            "unbalanced" => format!("{} is not closed or not opened", arg("character")),
            _ => format!(
                "{} in text without right-to-left letters does nothing",
                arg("character")
            ),
        },
        Code::ControlCharacter => format!(
            "{}: an invisible control character, which can hide text from a reviewer or act on a terminal",
            arg("character")
        ),
        Code::EmptyTranslation => "The translation is empty".to_owned(),
        Code::UnchangedTranslation => "Same as the reference: not translated yet?".to_owned(),
        Code::LengthRatio => format!(
            "{} times as long as the reference; translations into this language are usually {} times as long",
            arg("ratio"),
            arg("usual")
        ),
    }
}

/// The code point of a control character and what it is, as findings show it.
fn control_character_name(c: char) -> String {
    let name = match c {
        '\0' => "NULL",
        '\u{7}' => "BELL",
        '\u{8}' => "BACKSPACE",
        '\u{b}' => "LINE TABULATION",
        '\u{c}' => "FORM FEED",
        '\r' => "CARRIAGE RETURN",
        '\u{1b}' => "ESCAPE",
        '\u{7f}' => "DELETE",
        '\u{85}' => "NEXT LINE",
        '\u{9b}' => "CONTROL SEQUENCE INTRODUCER",
        '\u{9d}' => "OPERATING SYSTEM COMMAND",
        _ if (c as u32) < 0x20 => "C0 CONTROL",
        _ => "C1 CONTROL",
    };
    format!("U+{:04X} {name}", c as u32)
}

/// The name and code point of a directional control, as findings show it.
fn control_name(c: char) -> String {
    let name = match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{061C}' => "ARABIC LETTER MARK",
        _ => "",
    };
    format!("U+{:04X} {name}", c as u32)
}

/// A finding before it is placed in a file: offsets, not lines.
#[derive(Debug, Clone)]
struct Raw {
    code: Code,
    severity: Severity,
    offset: Option<usize>,
    id: Option<String>,
    attribute: Option<String>,
    variant: Option<String>,
    args: Vec<(&'static str, String)>,
    /// How many more findings like this one were counted but not built (see [`MAX_PER_MESSAGE`]).
    more: usize,
}

impl Raw {
    fn new(code: Code, offset: Option<usize>) -> Self {
        Self {
            code,
            severity: code.severity(),
            offset,
            id: None,
            attribute: None,
            variant: None,
            args: Vec::new(),
            more: 0,
        }
    }

    fn id(mut self, id: &str) -> Self {
        self.id = Some(id.to_owned());
        self
    }

    fn attribute(mut self, attribute: Option<&str>) -> Self {
        self.attribute = attribute.map(str::to_owned);
        self
    }

    fn variant(mut self, key: &str) -> Self {
        self.variant = Some(key.to_owned());
        self
    }

    fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}

/// Where findings go: the locale and file they are about.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub locale: &'a str,
    pub file: &'a str,
}

fn place(raws: Vec<Raw>, text: Option<&str>, at: Place<'_>) -> Vec<Finding> {
    // Positions are worked out in the order of their offsets, which keeps it linear in the text
    // however many findings share a line.
    let mut positions = vec![None; raws.len()];
    if let Some(text) = text {
        let lines = crate::base::text::Lines::new(text);
        let mut order: Vec<(usize, usize)> = raws
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.offset.map(|o| (o, i)))
            .collect();
        order.sort_unstable();
        for (offset, i) in order {
            let p = lines.position(offset);
            positions[i] = Some((p.line, p.column));
        }
    }
    raws.into_iter()
        .zip(positions)
        .map(|(r, position)| Finding {
            message: english(r.code, &r.args),
            code: r.code,
            severity: r.severity,
            locale: at.locale.to_owned(),
            file: at.file.to_owned(),
            line: position.map(|p| p.0),
            column: position.map(|p| p.1),
            id: r.id,
            attribute: r.attribute,
            variant: r.variant,
            args: r.args,
        })
        .collect()
}

/// A finding about a whole file (missing or obsolete), which has no line.
pub fn file_finding(code: Code, at: Place<'_>) -> Finding {
    place(vec![Raw::new(code, None)], None, at).remove(0)
}

/// A document and the facts of its messages and terms, read once and checked against many.
#[derive(Debug, Clone)]
pub struct Analyzed {
    pub facts: Vec<Facts>,
    /// Index in `facts` of the first entry with each id.
    first: crate::base::text::IdIndex,
}

impl Analyzed {
    pub fn of(doc: &Document) -> Self {
        let facts = facts::of_document(doc);
        let ids = facts.iter().enumerate().map(|(i, f)| (i, f.id.as_str()));
        let first = crate::base::text::IdIndex::new(ids, |i| &facts[i].id);
        Self { facts, first }
    }

    /// Whether `facts[i]` is the first entry with its id (the one Fluent uses).
    fn is_first(&self, i: usize) -> bool {
        self.first_of(&self.facts[i].id) == Some(i)
    }

    fn first_of(&self, id: &str) -> Option<usize> {
        self.first.get(id, |i| &self.facts[i].id)
    }

    pub fn get(&self, id: &str) -> Option<&Facts> {
        self.first_of(id).map(|i| &self.facts[i])
    }

    /// `(-term, argument)` for every named argument any entry passes to a term.
    pub fn term_arguments(&self) -> impl Iterator<Item = (String, String)> + '_ {
        self.facts.iter().flat_map(|f| {
            f.parts()
                .flat_map(|(_, p)| p.term_arguments().iter().cloned())
        })
    }
}

/// What a message is checked in: the two locales, and facts gathered over the whole file or locale.
#[derive(Debug, Clone)]
pub struct Context {
    pub reference_locale: Locale,
    pub locale: Locale,
    /// The arguments passed to each term anywhere in the target locale: the variables it may use.
    pub term_arguments: HashMap<String, HashSet<String>>,
    /// The same in the reference locale: what callers are expected to pass.
    pub reference_term_arguments: HashMap<String, HashSet<String>>,
    /// What each term shows by default, in either locale (`-brand-name-relay` → `Relay`).
    pub term_texts: HashMap<String, Vec<String>>,
    /// The usual length of a translation into this locale, as a multiple of the reference's.
    pub usual_ratio: f64,
    reference_separators: Separators,
    separators: Separators,
    rtl: bool,
    same_language: bool,
    plural_categories: Vec<&'static str>,
}

impl Context {
    pub fn new(reference_locale: &Locale, locale: &Locale) -> Self {
        let language = |l: &Locale| l.as_str().split('-').next().unwrap_or("").to_owned();
        Self {
            reference_separators: Separators::of(reference_locale),
            separators: Separators::of(locale),
            rtl: languages::direction(locale) == Direction::Rtl,
            same_language: language(reference_locale) == language(locale),
            plural_categories: plurals::integer_categories(locale),
            usual_ratio: usual_ratio(reference_locale, locale),
            term_arguments: HashMap::new(),
            reference_term_arguments: HashMap::new(),
            term_texts: HashMap::new(),
            reference_locale: reference_locale.clone(),
            locale: locale.clone(),
        }
    }

    /// Adds the term arguments passed in a document of the target locale.
    pub fn learn_terms(&mut self, target: &Analyzed) {
        for (term, argument) in target.term_arguments() {
            self.term_arguments
                .entry(term)
                .or_default()
                .insert(argument);
        }
        self.learn_term_texts(target);
    }

    fn learn_term_texts(&mut self, analyzed: &Analyzed) {
        let terms = analyzed.facts.iter().enumerate();
        let terms = terms.filter(|(i, f)| f.is_term && analyzed.is_first(*i));
        for (_, f) in terms {
            let Some(text) = f.value.as_ref().map(|v| v.default_text.trim()) else {
                continue;
            };
            if text.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
                let texts = self.term_texts.entry(f.id.clone()).or_default();
                if !texts.iter().any(|t| t == text) {
                    texts.push(text.to_owned());
                }
            }
        }
    }

    /// Whether a part writes out what a term shows as plain text.
    fn writes_out(&self, term: &str, part: &Part) -> bool {
        let Some(texts) = self.term_texts.get(term) else {
            return false;
        };
        part.texts.iter().any(|t| {
            texts.iter().any(|name| {
                t.text.match_indices(name.as_str()).any(|(i, _)| {
                    let before = t.text[..i].chars().next_back();
                    let after = t.text[i + name.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
            })
        })
    }

    /// Adds the term arguments passed in a document of the reference locale.
    pub fn learn_reference_terms(&mut self, reference: &Analyzed) {
        for (term, argument) in reference.term_arguments() {
            let arguments = self.reference_term_arguments.entry(term).or_default();
            arguments.insert(argument);
        }
        self.learn_term_texts(reference);
    }

    /// Sets the usual length ratio from the messages both documents have (when there are enough to
    /// tell): the median over messages of some length.
    pub fn learn_ratio(&mut self, reference: &Analyzed, target: &Analyzed) {
        let mut ratios: Vec<f64> = target
            .facts
            .iter()
            .filter(|t| !t.is_term)
            .filter_map(|t| {
                let r = reference.get(&t.id)?;
                let (rl, tl) = (r.value.as_ref()?.visible_len, t.value.as_ref()?.visible_len);
                (rl >= MIN_LENGTH_FOR_RATIO && tl > 0).then(|| tl as f64 / rl as f64)
            })
            .collect();
        if ratios.len() >= 10 {
            ratios.sort_by(f64::total_cmp);
            self.usual_ratio = ratios[ratios.len() / 2];
        }
    }
}

/// Reference texts shorter than this (in letters and digits) are not compared for length.
const MIN_LENGTH_FOR_RATIO: usize = 24;
/// How far from the usual ratio a translation may be before it is pointed out.
const RATIO_TOLERANCE: f64 = 3.0;

/// The usual length ratio before anything is learnt from the files: scripts that write a word in one
/// or two characters (Chinese, Japanese, Korean) take about a third to a half of a Latin text.
fn usual_ratio(reference: &Locale, locale: &Locale) -> f64 {
    let dense = |l: &Locale| {
        matches!(
            l.as_str().split('-').next(),
            Some("zh" | "ja" | "ko" | "yue")
        )
    };
    match (dense(reference), dense(locale)) {
        (false, true) => 0.4,
        (true, false) => 2.5,
        _ => 1.0,
    }
}

/// Syntax errors, placed where the text Fluent could not read begins (the parser notices later, often
/// on the next line), with the parser's reason.
fn syntax_errors(doc: &Document) -> Vec<Raw> {
    let junk: Vec<std::ops::Range<usize>> = doc
        .entries()
        .iter()
        .filter(|e| e.kind == crate::fluent::document::EntryKind::Junk)
        .map(|e| e.range.clone())
        .collect();
    doc.errors()
        .iter()
        .map(|e| {
            // Junk is in file order: the last piece starting at or before the error holds it.
            let i = junk.partition_point(|r| r.start <= e.offset);
            let start = i
                .checked_sub(1)
                .map(|i| &junk[i])
                .filter(|r| e.offset <= r.end)
                .map_or(e.offset, |r| r.start);
            let raw = Raw::new(Code::SyntaxError, Some(start)).arg("detail", e.message.clone());
            match apparent_id(&doc.text()[start..]) {
                Some(id) => raw.id(id),
                None => raw,
            }
        })
        .collect()
}

/// The id a broken entry seems to define: `name =` or `-name =` at the start of its text.
fn apparent_id(text: &str) -> Option<&str> {
    let line = text.lines().next()?;
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    crate::fluent::document::is_identifier(name).then_some(id)
}

/// Every definition of an id after its first.
fn duplicates(analyzed: &Analyzed) -> Vec<Raw> {
    let later = analyzed
        .facts
        .iter()
        .enumerate()
        .filter(|(i, _)| !analyzed.is_first(*i));
    later
        .map(|(_, f)| {
            Raw::new(Code::DuplicateId, Some(f.offset))
                .id(&f.id)
                .arg("name", f.id.clone())
        })
        .collect()
}

/// Checks a target document against its reference: everything in the file.
pub fn check_file(
    reference: &Analyzed,
    target_doc: &Document,
    target: &Analyzed,
    context: &Context,
    at: Place<'_>,
) -> Vec<Finding> {
    let mut raws = Vec::new();
    file_raws(reference, target_doc, target, context, &mut |r| {
        raws.push(r)
    });
    raws.sort_by_key(|r| (r.offset.is_none(), r.offset));
    place(raws, Some(target_doc.text()), at)
}

/// What [`check_file`] finds, handed to `out` one at a time and unplaced, in no particular order.
fn file_raws(
    reference: &Analyzed,
    target_doc: &Document,
    target: &Analyzed,
    context: &Context,
    out: &mut dyn FnMut(Raw),
) {
    syntax_errors(target_doc).into_iter().for_each(&mut *out);
    duplicates(target).into_iter().for_each(&mut *out);
    for (i, r) in reference.facts.iter().enumerate() {
        if reference.is_first(i) && target.get(&r.id).is_none() {
            out(Raw::new(Code::MissingMessage, None)
                .id(&r.id)
                .arg("name", r.id.clone()));
        }
    }
    for (i, t) in target.facts.iter().enumerate() {
        if !target.is_first(i) {
            continue;
        }
        match reference.get(&t.id) {
            None => out(Raw::new(Code::ObsoleteMessage, Some(t.offset))
                .id(&t.id)
                .arg("name", t.id.clone())),
            Some(r) => entry_raws(r, t, context).into_iter().for_each(&mut *out),
        }
    }
}

/// Checks one message or term of a target against the reference's: what the editor re-checks on a
/// keystroke. `None` for the reference means the message is not in the reference (obsolete).
pub fn check_message(
    reference: Option<&Facts>,
    target_doc: &Document,
    target: &Facts,
    context: &Context,
    at: Place<'_>,
) -> Vec<Finding> {
    let mut raws = match reference {
        Some(r) => entry_raws(r, target, context),
        None => vec![
            Raw::new(Code::ObsoleteMessage, Some(target.offset))
                .id(&target.id)
                .arg("name", target.id.clone()),
        ],
    };
    raws.sort_by_key(|r| (r.offset.is_none(), r.offset));
    place(raws, Some(target_doc.text()), at)
}

fn entry_raws(reference: &Facts, target: &Facts, cx: &Context) -> Vec<Raw> {
    let mut out = Vec::new();
    let id = target.id.as_str();
    let (reference_parts, target_parts) = (PartsByName::of(reference), PartsByName::of(target));
    // Attributes defined twice.
    let mut names: HashSet<&str> = HashSet::new();
    for (name, _) in &target.attributes {
        if !names.insert(&name.name) {
            out.push(
                Raw::new(Code::DuplicateAttribute, Some(name.offset))
                    .attribute(Some(&name.name))
                    .arg("name", name.name.clone()),
            );
        }
    }
    // What every part is checked for on its own.
    for (attribute, part) in target.parts() {
        out.extend(part_raws(part, attribute, cx));
    }
    if target.is_term {
        // A term belongs to its locale (compare-locales compares none of it with the reference): it
        // may have other variants and attributes, and take the parameters the locale's callers pass.
        // A variable is known when the reference's term reads it or a caller passes it. One that
        // only selects a variant may wait for callers (a grammatical case no message asks for yet),
        // unless its name is near an argument callers pass and the term never reads: then it is
        // misspelt, and the callers' choice is lost.
        let own: HashSet<&str> = reference.all_variables().map(|v| v.name.as_str()).collect();
        let reads: HashSet<&str> = target.all_variables().map(|v| v.name.as_str()).collect();
        let passed_here = cx.term_arguments.get(id);
        let ignored: Vec<&str> = passed_here
            .into_iter()
            .chain(cx.reference_term_arguments.get(id))
            .flatten()
            .filter(|arg| !reads.contains(arg.as_str()))
            .map(String::as_str)
            .collect();
        for (attribute, part) in target.parts() {
            let shown: HashSet<&str> = part
                .shown_variables()
                .iter()
                .map(|s| s.name.as_str())
                .collect();
            for v in part.variables() {
                let passed = passed_here.is_some_and(|args| args.contains(&v.name));
                let shown = shown.contains(v.name.as_str());
                let misspelt = ignored.iter().any(|arg| near(arg, &v.name));
                if !own.contains(v.name.as_str()) && !passed && (shown || misspelt) {
                    out.push(unknown_variable(v, attribute));
                }
            }
            let reference_part = reference_parts.get(attribute);
            if part.is_blank() && reference_part.is_some_and(|r| !r.is_blank()) {
                out.push(Raw::new(Code::EmptyTranslation, Some(part.offset)).attribute(attribute));
            }
        }
        return finish(out, id);
    }
    // Value and attributes against the reference's.
    match (&reference.value, &target.value) {
        (Some(_), None) => out.push(Raw::new(Code::MissingValue, Some(target.offset))),
        (None, Some(v)) => out.push(Raw::new(Code::ObsoleteValue, Some(v.offset))),
        _ => {}
    }
    for (name, _) in &reference.attributes {
        if target_parts.get(Some(&name.name)).is_none() {
            out.push(
                Raw::new(Code::MissingAttribute, Some(target.offset))
                    .attribute(Some(&name.name))
                    .arg("name", name.name.clone()),
            );
        }
    }
    let mut obsolete_seen = HashSet::new();
    for (name, _) in &target.attributes {
        if reference_parts.get(Some(&name.name)).is_none() && obsolete_seen.insert(&name.name) {
            out.push(
                Raw::new(Code::ObsoleteAttribute, Some(name.offset))
                    .attribute(Some(&name.name))
                    .arg("name", name.name.clone()),
            );
        }
    }
    let variables: HashSet<&str> = reference.all_variables().map(|v| v.name.as_str()).collect();
    for (attribute, part) in target.parts() {
        // Only the first attribute of a name counts, as at run time.
        if attribute.is_some()
            && target_parts
                .get(attribute)
                .is_some_and(|p| !std::ptr::eq(p, part))
        {
            continue;
        }
        for v in part.variables() {
            if !variables.contains(v.name.as_str()) {
                out.push(unknown_variable(v, attribute));
            }
        }
        if let Some(r) = reference_parts.get(attribute) {
            out.extend(compare_parts(r, part, attribute, cx));
        }
    }
    finish(out, id)
}

/// The value and the attributes of an entry by name (the first of each name, as at run time), so
/// that looking one up does not scan many others: a message of thousands of attributes is indexed,
/// one of a few is looked through, which is quicker than indexing.
struct PartsByName<'f> {
    facts: &'f Facts,
    /// `None` when there are few enough attributes to look through.
    index: Option<HashMap<&'f str, &'f Part>>,
}

impl<'f> PartsByName<'f> {
    const FEW: usize = 16;

    fn of(facts: &'f Facts) -> Self {
        let index = (facts.attributes.len() > Self::FEW).then(|| {
            let mut index = HashMap::with_capacity(facts.attributes.len());
            for (name, part) in &facts.attributes {
                index.entry(name.name.as_str()).or_insert(part);
            }
            index
        });
        Self { facts, index }
    }

    fn get(&self, attribute: Option<&str>) -> Option<&'f Part> {
        match (attribute, &self.index) {
            (None, _) => self.facts.value.as_ref(),
            (Some(name), Some(index)) => index.get(name).copied(),
            (Some(name), None) => self.facts.part(Some(name)),
        }
    }
}

/// Names (references, variables) looked up by name: a few are looked through, many are indexed, so
/// that neither a short message pays for an index nor a long one scans.
enum NamesByName<'p> {
    Few(&'p [facts::Named]),
    Many(HashMap<&'p str, &'p facts::Named>),
}

impl<'p> NamesByName<'p> {
    const FEW: usize = 16;

    fn of(list: &'p [facts::Named]) -> Self {
        if list.len() <= Self::FEW {
            return Self::Few(list);
        }
        Self::Many(list.iter().map(|n| (n.name.as_str(), n)).collect())
    }

    fn get(&self, name: &str) -> Option<&'p facts::Named> {
        match self {
            Self::Few(list) => list.iter().find(|n| n.name == name),
            Self::Many(index) => index.get(name).copied(),
        }
    }
}

/// Whether two names are one typing slip apart: one extends the other, or two edits turn one into
/// the other. Only the cells of the edit table within two of the diagonal can be two or less, so only
/// those are worked out: the cost grows with the names' length, not its square.
fn near(a: &str, b: &str) -> bool {
    const SLIPS: usize = 2;
    if a.starts_with(b) || b.starts_with(a) {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > SLIPS {
        return false;
    }
    // row[j] is the distance between a[..i] and b[..j]; cells off the band count as too far.
    let far = SLIPS + 1;
    let mut row: Vec<usize> = (0..=b.len()).map(|j| j.min(far)).collect();
    for (i, ca) in a.iter().enumerate() {
        let from = (i + 1).saturating_sub(SLIPS);
        let to = (i + 1 + SLIPS).min(b.len());
        let mut diagonal = if from == 0 { row[0] } else { row[from - 1] };
        if from == 0 {
            row[0] = (i + 1).min(far);
        } else {
            row[from - 1] = far;
        }
        for j in from.max(1)..=to {
            let substitution = diagonal + usize::from(*ca != b[j - 1]);
            diagonal = row[j];
            row[j] = substitution.min(row[j - 1] + 1).min(row[j] + 1).min(far);
        }
        if let Some(beyond) = row.get_mut(to + 1) {
            *beyond = far;
        }
    }
    row[b.len()] <= SLIPS
}

/// How many findings of one code one message may have; past it, the last one says how many more
/// there are. A hostile message of a million control characters is one problem, not a million.
pub const MAX_PER_MESSAGE: usize = 10;

fn finish(mut out: Vec<Raw>, id: &str) -> Vec<Raw> {
    // Most messages have no finding or a few: nothing to count then.
    if out.len() <= MAX_PER_MESSAGE && out.iter().all(|r| r.more == 0) {
        for r in &mut out {
            r.id = Some(id.to_owned());
        }
        return out;
    }
    // Per code: how many were found (built or only counted), how many are kept, and where the last
    // one kept is, to say on it how many more there were.
    let mut per_code: HashMap<Code, (usize, usize, usize)> = HashMap::new();
    let mut kept: Vec<Raw> = Vec::with_capacity(out.len().min(64));
    for mut r in out {
        let (found, shown, last) = per_code.entry(r.code).or_default();
        *found += 1 + r.more;
        if *shown == MAX_PER_MESSAGE {
            continue;
        }
        *shown += 1;
        *last = kept.len();
        r.id = Some(id.to_owned());
        r.more = 0;
        kept.push(r);
    }
    for (found, shown, last) in per_code.into_values() {
        if found > shown {
            kept[last].args.push(("more", (found - shown).to_string()));
        }
    }
    kept
}

fn unknown_variable(v: &facts::Named, attribute: Option<&str>) -> Raw {
    Raw::new(Code::UnknownVariable, Some(v.offset))
        .attribute(attribute)
        .arg("name", v.name.clone())
}

/// Checks of one value or attribute on its own: variants, plural categories, U+FFFD, directional
/// controls.
fn part_raws(part: &Part, attribute: Option<&str>, cx: &Context) -> Vec<Raw> {
    let mut out = Vec::new();
    for select in part.selects() {
        let mut keys: HashSet<&str> = HashSet::new();
        for key in &select.keys {
            if !keys.insert(&key.name) {
                out.push(
                    Raw::new(Code::DuplicateVariant, Some(key.offset))
                        .attribute(attribute)
                        .variant(&key.name)
                        .arg("name", key.name.clone()),
                );
            }
        }
        // Like compare-locales: only a select that uses one of the locale's categories besides
        // `other` is a plural one.
        let plural = cx
            .plural_categories
            .iter()
            .any(|c| *c != "other" && keys.contains(c));
        if plural {
            let missing: Vec<&str> = cx
                .plural_categories
                .iter()
                .copied()
                .filter(|c| !keys.contains(c))
                .collect();
            if !missing.is_empty() {
                let first = select.keys.first().map(|k| k.offset);
                out.push(
                    Raw::new(Code::MissingPluralCategory, first)
                        .attribute(attribute)
                        .arg("locale", cx.locale.as_str())
                        .arg("categories", missing.join(", ")),
                );
            }
        }
    }
    out.extend(text_raws(part, attribute, cx.rtl));
    out
}

/// What is wrong in the text of a value or attribute whatever its language, in a source file as
/// much as in a translation: characters lost in a conversion, directional controls that reorder or
/// are unbalanced, and control characters that hide text.
fn text_raws(part: &Part, attribute: Option<&str>, rtl: bool) -> Vec<Raw> {
    let mut out = Vec::new();
    for text in &part.texts {
        if let Some(i) = text.text.find('\u{fffd}') {
            let offset = text.offset + if text.verbatim { i } else { 0 };
            out.push(Raw::new(Code::ReplacementCharacter, Some(offset)).attribute(attribute));
        }
        // Only the first few are built; the rest are counted. Every control character is a byte
        // below 0x20, 0x7F, or starts with 0xC2 (the C1 controls): most text has none of those.
        let suspect = |b: u8| (b < 0x20 && b != b'\t' && b != b'\n') || b == 0x7f || b == 0xc2;
        if !text.text.bytes().any(suspect) {
            continue;
        }
        let mut controls = text.text.char_indices();
        let mut controls = controls.by_ref().filter(|(_, c)| is_hiding_control(*c));
        for (i, c) in controls.by_ref().take(MAX_PER_MESSAGE) {
            let offset = text.offset + if text.verbatim { i } else { 0 };
            out.push(
                Raw::new(Code::ControlCharacter, Some(offset))
                    .attribute(attribute)
                    .arg("character", control_character_name(c)),
            );
        }
        let uncounted = controls.count();
        if let Some(last) = out.last_mut().filter(|r| r.code == Code::ControlCharacter) {
            last.more += uncounted;
        }
    }
    let pieces: Vec<&str> = part.texts.iter().map(|t| t.text.as_str()).collect();
    let (problems, total) = scan::bidi(&pieces, rtl, MAX_PER_MESSAGE);
    let shown = problems.len();
    for (index, b) in problems {
        let text = &part.texts[index];
        let offset = text.offset + if text.verbatim { b.offset } else { 0 };
        let (problem, severity) = match b.problem {
            BidiProblem::Override => ("override", Severity::Error),
            BidiProblem::Unbalanced => ("unbalanced", Severity::Error),
            BidiProblem::Stray => ("stray", Severity::Warning),
        };
        out.push(
            Raw::new(Code::BidiControl, Some(offset))
                .severity(severity)
                .attribute(attribute)
                .arg("character", control_name(b.character))
                .arg("problem", problem),
        );
    }
    if let Some(last) = out.last_mut().filter(|r| r.code == Code::BidiControl) {
        last.more += total - shown;
    }
    out
}

/// A control character that has no place in a translation's text: C0 controls but tab and line
/// feed (a carriage return inside a line included), DELETE, and the C1 controls. ESC and CSI start
/// terminal commands; BEL, BACKSPACE and a bare CR can hide what comes before them.
pub fn is_hiding_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n')
}

/// Checks of a message's value or attribute against the reference's.
fn compare_parts<'p>(
    reference: &'p Part,
    target: &'p Part,
    attribute: Option<&str>,
    cx: &Context,
) -> Vec<Raw> {
    let mut out = Vec::new();
    let new = |code, offset| Raw::new(code, Some(offset)).attribute(attribute);
    let names = NamesByName::of;
    let (reference_messages, target_messages) = (
        names(reference.message_refs()),
        names(target.message_refs()),
    );
    let (reference_terms, target_terms) = (names(reference.term_refs()), names(target.term_refs()));
    // References, as compare-locales counts them.
    for r in reference.message_refs() {
        if target_messages.get(&r.name).is_none() {
            out.push(new(Code::MissingMessageReference, target.offset).arg("name", r.name.clone()));
        }
    }
    for t in target.message_refs() {
        if reference_messages.get(&t.name).is_none() {
            out.push(new(Code::ObsoleteMessageReference, t.offset).arg("name", t.name.clone()));
        }
    }
    for r in reference.term_refs() {
        match target_terms.get(&r.name) {
            None => {
                out.push(new(Code::MissingTermReference, target.offset).arg("name", r.name.clone()))
            }
            // A brand written out in plain text where the reference uses its term twice (only
            // then: a pronoun in place of a repeated name is good writing).
            Some(t) if t.count < r.count && cx.writes_out(&r.name, target) => out.push(
                new(Code::MissingTermReference, target.offset)
                    .arg("name", r.name.clone())
                    .arg("count", r.count.to_string())
                    .arg("found", t.count.to_string()),
            ),
            Some(_) => {}
        }
    }
    for t in target.term_refs() {
        if reference_terms.get(&t.name).is_none() {
            out.push(new(Code::ObsoleteTermReference, t.offset).arg("name", t.name.clone()));
        }
    }
    // Variables the reference shows that no variant of the translation shows.
    let shown = names(target.shown_variables());
    for v in reference.shown_variables() {
        if shown.get(&v.name).is_none() {
            out.push(new(Code::MissingVariable, target.offset).arg("name", v.name.clone()));
        }
    }
    if target.is_blank() && !reference.is_blank() {
        out.push(new(Code::EmptyTranslation, target.offset));
    }
    out.extend(compare_numbers(reference, target, attribute, cx));
    out.extend(compare_found(
        reference,
        target,
        attribute,
        Code::UrlMismatch,
        scan::links,
    ));
    out.extend(compare_found(
        reference,
        target,
        attribute,
        Code::EmailMismatch,
        scan::emails,
    ));
    // Unchanged: skipped within one language (en-GB from en), for names and short strings.
    if !cx.same_language && reference.signature == target.signature && worth_translating(reference)
    {
        out.push(new(Code::UnchangedTranslation, target.offset));
    }
    let (rl, tl) = (reference.visible_len, target.visible_len);
    if rl >= MIN_LENGTH_FOR_RATIO && tl > 0 {
        let ratio = tl as f64 / rl as f64;
        let usual = cx.usual_ratio;
        if ratio > usual * RATIO_TOLERANCE || ratio < usual / RATIO_TOLERANCE {
            out.push(
                new(Code::LengthRatio, target.offset)
                    .arg("ratio", format!("{ratio:.1}"))
                    .arg("usual", format!("{usual:.1}")),
            );
        }
    }
    out
}

/// Whether a text is worth pointing out as untranslated: three words or more, not all capitalised
/// (a name such as "Mozilla VPN" or "Boris Kagarlitsky" is often kept). Links, addresses and domain
/// names are not words.
fn worth_translating(part: &Part) -> bool {
    let words: Vec<&str> = part
        .default_text
        .split_whitespace()
        .filter(|w| {
            !w.contains(['@', '/', '.']) || w.ends_with('.') && !w[..w.len() - 1].contains('.')
        })
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let name_like = words.iter().all(|w| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(|c| !c.is_lowercase())
    });
    words.len() >= 3 && !name_like
}

fn number_values(part: &Part, separators: Separators) -> Vec<scan::Number> {
    let mut in_tag = false;
    let mut found = Vec::new();
    for text in &part.texts {
        let numbers = scan::numbers(&text.text, separators, &mut in_tag);
        if text.for_count {
            continue;
        }
        for mut n in numbers {
            if text.verbatim {
                n.offset += text.offset;
            } else {
                n.offset = text.offset;
            }
            found.push(n);
        }
    }
    found
}

fn compare_numbers(
    reference: &Part,
    target: &Part,
    attribute: Option<&str>,
    cx: &Context,
) -> Option<Raw> {
    let expected = number_values(reference, cx.reference_separators);
    let found = number_values(target, cx.separators);
    let set = |v: &[scan::Number]| -> Vec<String> {
        let mut values: Vec<String> = v.iter().map(|n| n.value.clone()).collect();
        values.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
        values.dedup();
        values
    };
    let (want, have) = (set(&expected), set(&found));
    if !numbers_differ(&want, &have) {
        return None;
    }
    let wanted: HashSet<&str> = want.iter().map(String::as_str).collect();
    let offset = found
        .iter()
        .find(|n| !wanted.contains(n.value.as_str()))
        .map_or(target.offset, |n| n.offset);
    Some(mismatch(
        Code::NumberMismatch,
        offset,
        attribute,
        &want,
        &have,
    ))
}

/// A finding that the reference has `want` and the translation `have` (numbers, links, addresses).
fn mismatch(
    code: Code,
    offset: usize,
    attribute: Option<&str>,
    want: &[String],
    have: &[String],
) -> Raw {
    let list = |v: &[String]| {
        if v.is_empty() {
            "none".to_owned()
        } else {
            v.join(", ")
        }
    };
    Raw::new(code, Some(offset))
        .attribute(attribute)
        .arg("expected", list(want))
        .arg("found", list(have))
}

/// Whether two sets of numbers (plain values) differ in a way worth a warning. Numbers below ten
/// are often written as words ("five masks", "fünf Masken"), so one dropped or added alone is let
/// be; a number replaced by another, or a larger one dropped or added, is not. A month written as a
/// number beside the same year (December 31, 2023 → 2023年12月31日) is a date's form, not a change.
fn numbers_differ(reference: &[String], target: &[String]) -> bool {
    let small = |v: &String| v.parse::<f64>().is_ok_and(|n| n < 10.0);
    let is_year =
        |v: &String| v.len() == 4 && v.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
    let month = |v: &String| v.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
    let (in_reference, in_target): (HashSet<&String>, HashSet<&String>) =
        (reference.iter().collect(), target.iter().collect());
    let dated = reference
        .iter()
        .any(|v| is_year(v) && in_target.contains(v));
    let missing: Vec<&String> = reference
        .iter()
        .filter(|v| !in_target.contains(v))
        .collect();
    let extra: Vec<&String> = target
        .iter()
        .filter(|v| !in_reference.contains(v))
        .filter(|v| !(dated && month(v)))
        .collect();
    let large = missing.iter().chain(&extra).any(|v| !small(v));
    large || (!missing.is_empty() && !extra.is_empty())
}

fn compare_found(
    reference: &Part,
    target: &Part,
    attribute: Option<&str>,
    code: Code,
    find: fn(&str) -> Vec<scan::Found>,
) -> Option<Raw> {
    let all = |part: &Part| -> Vec<scan::Found> {
        part.texts
            .iter()
            .flat_map(|t| {
                find(&t.text).into_iter().map(move |mut f| {
                    f.offset = t.offset + if t.verbatim { f.offset } else { 0 };
                    f
                })
            })
            .collect()
    };
    let (expected, found) = (all(reference), all(target));
    // Links and addresses at example domains illustrate; translators may make up their own.
    let expected: Vec<scan::Found> = expected
        .into_iter()
        .filter(|f| !scan::is_illustration(&f.text))
        .collect();
    if expected.is_empty() {
        return None;
    }
    let set = |v: &[scan::Found]| -> Vec<String> {
        let mut s: Vec<String> = v.iter().map(|f| f.text.to_lowercase()).collect();
        s.sort();
        s.dedup();
        s
    };
    let (want, have) = (set(&expected), set(&found));
    if want == have {
        return None;
    }
    let wanted: HashSet<&str> = want.iter().map(String::as_str).collect();
    let offset = found
        .iter()
        .find(|f| !wanted.contains(f.text.to_lowercase().as_str()))
        .map_or(target.offset, |f| f.offset);
    Some(mismatch(code, offset, attribute, &want, &have))
}

/// Everything found in a set of files, and which locales were looked at.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    pub findings: Vec<Finding>,
    /// Every locale checked, in order, including those with nothing found.
    pub locales: Vec<String>,
}

impl Findings {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }
}

/// Which statements and locales of a workspace to check.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub statement: Option<Id>,
    pub locale: Option<Locale>,
}

/// Checks every statement of a workspace: each target locale's file against the source locale's.
/// Syntax errors and duplicates in a source file are reported under the source locale. Findings
/// come by locale, then by file (see [`each_finding`]).
pub fn check_workspace(ws: &Workspace, scope: &Scope) -> Findings {
    let mut out = Findings::default();
    out.locales = each_finding(ws, scope, |f| out.findings.push(f));
    out
}

/// What [`check_workspace`] finds, handed to `each` one at a time, by locale and then by file (as
/// the text report groups them), so that a caller writing them out keeps no more than one file's
/// findings in memory. Returns every locale looked at, in that order.
pub fn each_finding(ws: &Workspace, scope: &Scope, mut each: impl FnMut(Finding)) -> Vec<String> {
    each_file(ws, scope, |file| {
        let found = match file.check {
            FileCheck::Source { doc, analyzed } => {
                check_source(doc, analyzed, file.locale, file.place)
            }
            FileCheck::Target {
                reference,
                doc,
                analyzed,
                context,
            } => check_file(reference, doc, analyzed, &context, file.place),
            FileCheck::Missing => vec![file_finding(Code::MissingFile, file.place)],
            FileCheck::Obsolete => vec![file_finding(Code::ObsoleteFile, file.place)],
        };
        found.into_iter().for_each(&mut each);
    })
}

/// What [`check_workspace`] would find in each file, only counted: by statement and locale, what
/// `chorus status` and the overview show. Nothing found is kept, so the memory this takes does not
/// grow with the number of findings (a source of 300,000 messages makes 300,000 "missing" findings
/// in each locale).
pub fn count_workspace(ws: &Workspace) -> BTreeMap<(Id, Locale), report::Counts> {
    let mut counts: BTreeMap<(Id, Locale), report::Counts> = BTreeMap::new();
    each_file(ws, &Scope::default(), |file| {
        let key = (file.statement.clone(), file.locale.clone());
        let c = counts.entry(key).or_default();
        let mut add = |r: Raw| c.add(r.code, r.severity);
        match file.check {
            FileCheck::Source { doc, analyzed } => {
                source_raws(doc, analyzed, file.locale, &mut add)
            }
            FileCheck::Target {
                reference,
                doc,
                analyzed,
                context,
            } => file_raws(reference, doc, analyzed, &context, &mut add),
            FileCheck::Missing => c.add(Code::MissingFile, Code::MissingFile.severity()),
            FileCheck::Obsolete => c.add(Code::ObsoleteFile, Code::ObsoleteFile.severity()),
        }
    });
    counts
}

/// One file of a workspace to check, with what it is checked against.
struct FileToCheck<'w> {
    statement: &'w Id,
    locale: &'w Locale,
    place: Place<'w>,
    check: FileCheck<'w>,
}

enum FileCheck<'w> {
    /// A statement's source file, checked by itself.
    Source {
        doc: &'w Document,
        analyzed: &'w Analyzed,
    },
    /// A translation, against its statement's source.
    Target {
        reference: &'w Analyzed,
        doc: &'w Document,
        analyzed: &'w Analyzed,
        context: Box<Context>,
    },
    /// A locale of the statement without its file.
    Missing,
    /// A file of a locale the statement does not list, or of no statement at all.
    Obsolete,
}

/// Calls `each` with every file in `scope`: by locale, then by file name (the statements' files,
/// and those no statement lists). Returns the locales looked at, in that order. A statement's
/// source is read once, when first needed; a translation's facts live only while it is checked.
fn each_file(ws: &Workspace, scope: &Scope, mut each: impl FnMut(FileToCheck<'_>)) -> Vec<String> {
    // (locale, file name, statement, locale, listed by its statement)
    let mut jobs: Vec<(&str, String, &Id, &Locale, bool)> = Vec::new();
    for (id, file) in &ws.statements {
        if scope.statement.as_ref().is_some_and(|s| s != id)
            || ws.file(&file.statement.source, id).is_none()
        {
            continue;
        }
        for locale in file.statement.all_locales() {
            if scope.locale.as_ref().is_none_or(|l| l == locale) {
                jobs.push((locale.as_str(), format!("{id}.ftl"), id, locale, true));
            }
        }
    }
    // A statement's file in a locale it does not list, or with no statement at all.
    if scope.statement.is_none() {
        for (locale, id) in ws.files.keys() {
            if scope.locale.as_ref().is_some_and(|l| l != locale) {
                continue;
            }
            let listed = ws
                .statements
                .get(id)
                .is_some_and(|f| f.statement.all_locales().any(|l| l == locale));
            if !listed {
                jobs.push((locale.as_str(), format!("{id}.ftl"), id, locale, false));
            }
        }
    }
    jobs.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let mut locales: Vec<String> = Vec::new();
    let mut references: HashMap<&Id, Analyzed> = HashMap::new();
    for (_, name, id, locale, listed) in jobs {
        if locales.last().is_none_or(|l| l != locale.as_str()) {
            locales.push(locale.to_string());
        }
        let place = Place {
            locale: locale.as_str(),
            file: &name,
        };
        let at = |check| FileToCheck {
            statement: id,
            locale,
            place,
            check,
        };
        if !listed {
            each(at(FileCheck::Obsolete));
            continue;
        }
        let s = &ws.statements[id].statement;
        let Some(source) = ws.file(&s.source, id) else {
            continue;
        };
        let reference = references
            .entry(id)
            .or_insert_with(|| Analyzed::of(&source.document));
        if *locale == s.source {
            each(at(FileCheck::Source {
                doc: &source.document,
                analyzed: reference,
            }));
            continue;
        }
        let Some(target) = ws.file(locale, id) else {
            each(at(FileCheck::Missing));
            continue;
        };
        let analyzed = Analyzed::of(&target.document);
        let mut context = Context::new(&s.source, locale);
        context.learn_terms(&analyzed);
        context.learn_reference_terms(reference);
        context.learn_ratio(reference, &analyzed);
        each(at(FileCheck::Target {
            reference,
            doc: &target.document,
            analyzed: &analyzed,
            context: Box::new(context),
        }));
    }
    locales
}

/// What is wrong in a source file by itself: syntax errors, ids defined twice, and in each text
/// what would be wrong in any language (see [`text_raws`]). The source is what every translation
/// follows and what its own sign-off vouches for, so an override hidden in it counts as much.
pub fn check_source(
    doc: &Document,
    analyzed: &Analyzed,
    locale: &Locale,
    at: Place<'_>,
) -> Vec<Finding> {
    let mut raws = Vec::new();
    source_raws(doc, analyzed, locale, &mut |r| raws.push(r));
    raws.sort_by_key(|r| (r.offset.is_none(), r.offset));
    place(raws, Some(doc.text()), at)
}

fn source_raws(doc: &Document, analyzed: &Analyzed, locale: &Locale, out: &mut dyn FnMut(Raw)) {
    syntax_errors(doc).into_iter().for_each(&mut *out);
    duplicates(analyzed).into_iter().for_each(&mut *out);
    let rtl = languages::direction(locale) == Direction::Rtl;
    for (i, f) in analyzed.facts.iter().enumerate() {
        if !analyzed.is_first(i) {
            continue;
        }
        let mut own = Vec::new();
        for (attribute, part) in f.parts() {
            own.extend(text_raws(part, attribute, rtl));
        }
        finish(own, &f.id).into_iter().for_each(&mut *out);
    }
}

#[cfg(test)]
mod tests;
