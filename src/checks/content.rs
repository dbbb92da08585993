//! Content checks of one message against its reference: values, attributes, variants, variables,
//! terms and references, numbers and length.

use std::collections::{HashMap, HashSet};

use super::*;
use crate::fluent::document::Document;
use facts::{Facts, PartFacts};

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
        // The translation of an organiser's word: plain text with no reference message.
        None if context.words.contains(&target.id) => Vec::new(),
        None => vec![
            Raw::new(Code::ObsoleteMessage, Some(target.offset))
                .id(&target.id)
                .arg("name", target.id.clone()),
        ],
    };
    raws.sort_by_key(|r| (r.offset.is_none(), r.offset));
    place(raws, Some(target_doc.text()), at)
}

pub(super) fn entry_raws(reference: &Facts, target: &Facts, cx: &Context) -> Vec<Raw> {
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
        out.extend(term_raws(reference, target, &reference_parts, cx));
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

/// What is checked in a term. A term belongs to its locale (compare-locales compares none of it
/// with the reference): it may have other variants and attributes, and take the parameters the
/// locale's callers pass.
fn term_raws(
    reference: &Facts,
    target: &Facts,
    reference_parts: &PartsByName<'_>,
    cx: &Context,
) -> Vec<Raw> {
    let mut out = Vec::new();
    let id = target.id.as_str();
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
    out
}

/// The value and the attributes of an entry by name (the first of each name, as at run time), so
/// that looking one up does not scan many others: a message of thousands of attributes is indexed,
/// one of a few is looked through, which is quicker than indexing.
pub(super) struct PartsByName<'f> {
    pub(super) facts: &'f Facts,
    /// `None` when there are few enough attributes to look through.
    pub(super) index: Option<HashMap<&'f str, &'f PartFacts>>,
}

impl<'f> PartsByName<'f> {
    const FEW: usize = 16;

    pub(super) fn of(facts: &'f Facts) -> Self {
        let index = (facts.attributes.len() > Self::FEW).then(|| {
            let mut index = HashMap::with_capacity(facts.attributes.len());
            for (name, part) in &facts.attributes {
                index.entry(name.name.as_str()).or_insert(part);
            }
            index
        });
        Self { facts, index }
    }

    pub(super) fn get(&self, attribute: Option<&str>) -> Option<&'f PartFacts> {
        match (attribute, &self.index) {
            (None, _) => self.facts.value.as_ref(),
            (Some(name), Some(index)) => index.get(name).copied(),
            (Some(name), None) => self.facts.part(Some(name)),
        }
    }
}

/// Names (references, variables) looked up by name: a few are looked through, many are indexed, so
/// that neither a short message pays for an index nor a long one scans.
pub(super) enum NamesByName<'p> {
    Few(&'p [facts::Named]),
    Many(HashMap<&'p str, &'p facts::Named>),
}

impl<'p> NamesByName<'p> {
    const FEW: usize = 16;

    pub(super) fn of(list: &'p [facts::Named]) -> Self {
        if list.len() <= Self::FEW {
            return Self::Few(list);
        }
        Self::Many(list.iter().map(|n| (n.name.as_str(), n)).collect())
    }

    pub(super) fn get(&self, name: &str) -> Option<&'p facts::Named> {
        match self {
            Self::Few(list) => list.iter().find(|n| n.name == name),
            Self::Many(index) => index.get(name).copied(),
        }
    }
}

/// Whether two names are one typing slip apart: one extends the other, or two edits turn one into
/// the other. Only the cells of the edit table within two of the diagonal can be two or less, so only
/// those are worked out: the cost grows with the names' length, not its square.
pub(super) fn near(a: &str, b: &str) -> bool {
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

pub(super) fn unknown_variable(v: &facts::Named, attribute: Option<&str>) -> Raw {
    Raw::new(Code::UnknownVariable, Some(v.offset))
        .attribute(attribute)
        .arg("name", v.name.clone())
}

/// Checks of a message's value or attribute against the reference's.
pub(super) fn compare_parts<'p>(
    reference: &'p PartFacts,
    target: &'p PartFacts,
    attribute: Option<&str>,
    cx: &Context,
) -> Vec<Raw> {
    let mut out = Vec::new();
    let new = |code, offset| Raw::new(code, Some(offset)).attribute(attribute);
    out.extend(compare_references(reference, target, attribute, cx));
    let names = NamesByName::of;
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

/// References to messages and terms, as compare-locales counts them.
fn compare_references(
    reference: &PartFacts,
    target: &PartFacts,
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
    out
}

/// Whether a text is worth pointing out as untranslated: three words or more, not all capitalised
/// (a name such as "Mozilla VPN" or "Boris Kagarlitsky" is often kept). Links, addresses and domain
/// names are not words.
pub(super) fn worth_translating(part: &PartFacts) -> bool {
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

pub(super) fn compare_found(
    reference: &PartFacts,
    target: &PartFacts,
    attribute: Option<&str>,
    code: Code,
    find: fn(&str) -> Vec<scan::Found>,
) -> Option<Raw> {
    let all = |part: &PartFacts| -> Vec<scan::Found> {
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
