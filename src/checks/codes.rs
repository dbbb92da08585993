//! Every check's code, its severity, and its sentence in English (the window words it in the
//! user's language from the same code and arguments).

pub use crate::workspace::Severity;
use serde::Serialize;

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

pub(super) fn english_sentence<'a>(code: Code, arg: &dyn Fn(&str) -> &'a str) -> String {
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
pub(super) fn control_character_name(c: char) -> String {
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
pub(super) fn control_name(c: char) -> String {
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
