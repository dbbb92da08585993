//! Structural checks of a whole file: syntax errors, duplicate ids, messages missing or obsolete
//! against the reference, and the checks of a reference file on its own.

use super::*;
use crate::base::ids::Locale;
use crate::fluent::document::Document;
use crate::locale::languages::{self, Direction};

/// Syntax errors, placed where the text Fluent could not read begins (the parser notices later, often
/// on the next line), with the parser's reason.
pub(super) fn syntax_errors(doc: &Document) -> Vec<Raw> {
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
pub(super) fn apparent_id(text: &str) -> Option<&str> {
    let line = text.lines().next()?;
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    crate::fluent::document::is_identifier(name).then_some(id)
}

/// Every definition of an id after its first.
pub(super) fn duplicates(analyzed: &Analyzed) -> Vec<Raw> {
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
pub(super) fn file_raws(
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
            // The translation of an organiser's word: plain text with no reference message.
            None if context.words.contains(&t.id) => {}
            None => out(Raw::new(Code::ObsoleteMessage, Some(t.offset))
                .id(&t.id)
                .arg("name", t.id.clone())),
            Some(r) => entry_raws(r, t, context).into_iter().for_each(&mut *out),
        }
    }
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

pub(super) fn source_raws(
    doc: &Document,
    analyzed: &Analyzed,
    locale: &Locale,
    out: &mut dyn FnMut(Raw),
) {
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
