//! Checks of the text itself: empty or untranslated text, control and hiding characters, quotes
//! and spacing for the language, and numbers that differ from the reference.

use super::*;
pub use crate::workspace::Severity;
use facts::PartFacts;
use scan::{BidiProblem, Separators};
use std::collections::HashSet;

/// Checks of one value or attribute on its own: variants, plural categories, U+FFFD, directional
/// controls.
pub(super) fn part_raws(part: &PartFacts, attribute: Option<&str>, cx: &Context) -> Vec<Raw> {
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
pub(super) fn text_raws(part: &PartFacts, attribute: Option<&str>, rtl: bool) -> Vec<Raw> {
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

pub(super) fn number_values(part: &PartFacts, separators: Separators) -> Vec<scan::Number> {
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

pub(super) fn compare_numbers(
    reference: &PartFacts,
    target: &PartFacts,
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
pub(super) fn mismatch(
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
pub(super) fn numbers_differ(reference: &[String], target: &[String]) -> bool {
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
