//! The commit message Share writes from what changed: a line a teammate reads in `git log`
//! ("fr: translate 3 messages of free-boris-kagarlitsky; de: sign off petition-kagarlitsky"), and
//! below it, when that line would be long, every change.

use std::collections::BTreeMap;
use std::path::Path;

use super::git::Git;
use crate::fluent::document::Document;
use crate::workspace::reviews::Reviews;

/// One changed file, as `git diff --name-status` says: its status letter and its path relative to
/// the workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub status: char,
    pub path: String,
}

/// Reads `git diff --name-status -z`: a status, then a path (two for a rename or copy).
pub fn changes(name_status: &str) -> Vec<Change> {
    let mut fields = name_status.split('\0').filter(|f| !f.is_empty());
    let mut out = Vec::new();
    while let Some(status) = fields.next() {
        let letter = status.chars().next().unwrap_or('M');
        if matches!(letter, 'R' | 'C') {
            fields.next();
        }
        if let Some(path) = fields.next() {
            out.push(Change {
                status: letter,
                path: path.to_owned(),
            });
        }
    }
    out
}

/// How long the summary line may be before the details move to the body.
const SUMMARY: usize = 72;

/// The commit message for `changes`, read against HEAD's versions.
pub fn message(workspace: &Path, git: &Git, changes: &[Change]) -> String {
    let parts: Vec<String> = changes
        .iter()
        .filter_map(|c| describe(workspace, git, c))
        .collect();
    let parts = merged(parts);
    let line = parts.join("; ");
    if line.chars().count() <= SUMMARY {
        return if line.is_empty() {
            "Chorus: update the workspace".to_owned()
        } else {
            line
        };
    }
    let first = parts.first().cloned().unwrap_or_default();
    let summary = format!("{first} and {} more", parts.len() - 1);
    format!("{summary}\n\n{}\n", parts.join("\n"))
}

/// The same description said once, in the order first met.
fn merged(parts: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    parts
        .into_iter()
        .filter(|p| seen.insert(p.clone()))
        .collect()
}

/// What one changed file means: `None` for one that says nothing on its own (a review file that
/// only notes which reference a translation was made from).
fn describe(workspace: &Path, git: &Git, change: &Change) -> Option<String> {
    let parts: Vec<&str> = change.path.split('/').collect();
    let before = || {
        git.show(&format!("HEAD:./{}", change.path))
            .ok()
            .flatten()
            .unwrap_or_default()
    };
    let now = || std::fs::read(workspace.join(&change.path)).unwrap_or_default();
    match parts.as_slice() {
        ["locales", locale, file] => {
            let statement = file.strip_suffix(".ftl")?;
            if change.status == 'D' {
                return Some(format!("{locale}: remove {statement}"));
            }
            let count = changed_messages(&before(), &now());
            let what = if count == 1 { "message" } else { "messages" };
            Some(format!("{locale}: translate {count} {what} of {statement}"))
        }
        ["reviews", statement, file] => {
            let locale = file.strip_suffix(".ron")?;
            reviewed(&before(), &now()).map(|what| format!("{locale}: {what} {statement}"))
        }
        ["statements", file] => {
            let statement = file.strip_suffix(".ron")?;
            Some(match change.status {
                'A' => format!("new statement {statement}"),
                'D' => format!("remove statement {statement}"),
                _ => format!("adapt {statement}"),
            })
        }
        [".gitattributes"] => Some("merge message by message with Chorus".to_owned()),
        _ => Some(format!("change {}", change.path)),
    }
}

/// How many messages and terms differ between two versions of a Fluent file.
fn changed_messages(before: &[u8], now: &[u8]) -> usize {
    let read = |bytes: &[u8]| -> BTreeMap<String, String> {
        let doc = Document::parse(&String::from_utf8_lossy(bytes));
        doc.entries()
            .iter()
            .filter_map(|e| Some((e.id.clone()?, doc.entry_text(e).trim_end().to_owned())))
            .collect()
    };
    let (before, now) = (read(before), read(now));
    let changed = now
        .iter()
        .filter(|(id, text)| before.get(*id) != Some(text));
    changed.count() + before.keys().filter(|id| !now.contains_key(*id)).count()
}

/// What a review file's change records: a sign-off, verdicts, or nothing to tell.
fn reviewed(before: &[u8], now: &[u8]) -> Option<String> {
    let read = |bytes: &[u8]| Reviews::from_ron(&String::from_utf8_lossy(bytes)).ok();
    let now = read(now)?;
    let before = read(before);
    let signoff_before = before.as_ref().and_then(|r| r.signoff.as_ref());
    if now.signoff.is_some() && now.signoff.as_ref() != signoff_before {
        return Some("sign off".to_owned());
    }
    let verdict = |r: Option<&Reviews>, id: &str| {
        r.and_then(|r| r.messages.get(id))
            .and_then(|m| m.review.clone())
    };
    let verdicts = now
        .messages
        .keys()
        .filter(|id| {
            verdict(Some(&now), id).is_some()
                && verdict(Some(&now), id) != verdict(before.as_ref(), id)
        })
        .count();
    match verdicts {
        0 => None,
        1 => Some("review 1 message of".to_owned()),
        n => Some(format!("review {n} messages of")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_status_is_read_with_renames() {
        let text = "M\0locales/fr/a.ftl\0R100\0old.ron\0statements/b.ron\0A\0reviews/a/fr.ron\0";
        let found = changes(text);
        let paths: Vec<(char, &str)> = found.iter().map(|c| (c.status, c.path.as_str())).collect();
        assert_eq!(
            paths,
            [
                ('M', "locales/fr/a.ftl"),
                ('R', "statements/b.ron"),
                ('A', "reviews/a/fr.ron")
            ]
        );
    }

    #[test]
    fn messages_are_counted_by_id() {
        let before = b"a = A\nb = B\nc = C\n";
        let now = b"a = A\nb = B2\nd = D\n";
        // b changed, d added, c removed.
        assert_eq!(changed_messages(before, now), 3);
        assert_eq!(changed_messages(before, before), 0);
    }
}
