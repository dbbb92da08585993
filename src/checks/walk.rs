//! Checking a whole workspace, or a part of it, file by file, without holding every finding.

use std::collections::{BTreeMap, HashMap};

use super::*;
use crate::base::ids::{Id, Locale};
use crate::fluent::document::Document;
use crate::workspace::Workspace;

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
pub(super) struct FileToCheck<'w> {
    pub(super) statement: &'w Id,
    pub(super) locale: &'w Locale,
    pub(super) place: Place<'w>,
    pub(super) check: FileCheck<'w>,
}

pub(super) enum FileCheck<'w> {
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

/// The files a check of `scope` covers, sorted by locale and name: (locale, file name, statement,
/// locale, whether its statement lists the locale).
fn files_in<'w>(
    ws: &'w Workspace,
    scope: &Scope,
) -> Vec<(&'w str, String, &'w Id, &'w Locale, bool)> {
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
    jobs
}

/// Calls `each` with every file in `scope`: by locale, then by file name (the statements' files,
/// and those no statement lists). Returns the locales looked at, in that order. A statement's
/// source is read once, when first needed; a translation's facts live only while it is checked.
pub(super) fn each_file(
    ws: &Workspace,
    scope: &Scope,
    mut each: impl FnMut(FileToCheck<'_>),
) -> Vec<String> {
    let jobs = files_in(ws, scope);
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
        context.words = s.words().into_iter().map(|w| w.id).collect();
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
