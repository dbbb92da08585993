//! Three-way merges of a workspace's files, as git's merge driver and Share run them: the version
//! both sides started from (base), ours and theirs.
//!
//! - A Fluent file merges message by message (the merge the "Changed on disk" dialog uses): what
//!   only one side changed is taken from it; a message both changed differently is a conflict. Text
//!   outside messages (comments) is taken from the side that changed it.
//! - A review file merges record by record: every verdict and sign-off either side recorded stays;
//!   the same message's record (or the sign-off) recorded differently on both sides is a conflict.
//! - A statement merges field by field; its signatories, variables, sections and locales item by
//!   item (a signatory added on either side is kept, whatever the other did), in their order on
//!   their side, then the items only ours added.
//!
//! A conflict never writes conflict markers into a file: the merge is refused, naming what conflicts.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use crate::fluent::document::Document;
use crate::workspace::disk_changes::{ReviewConflict, compare, merge, merge_reviews_all, pick};
use crate::workspace::reviews::Reviews;
use crate::workspace::statement::Statement;

/// What kind of file a path in the repository is, for the merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Fluent,
    Reviews,
    Statement,
}

impl Kind {
    /// The kind of the file at `path` (relative to the repository, `/` or `\` between folders);
    /// `None` for a file Chorus does not merge itself.
    pub fn of(path: &str) -> Option<Self> {
        let path = path.replace('\\', "/");
        let folders: Vec<&str> = path.split('/').collect();
        let in_folder = |name: &str| folders[..folders.len().saturating_sub(1)].contains(&name);
        if path.ends_with(".ftl") {
            Some(Self::Fluent)
        } else if path.ends_with(".ron") && in_folder("reviews") {
            Some(Self::Reviews)
        } else if path.ends_with(".ron") && in_folder("statements") {
            Some(Self::Statement)
        } else {
            None
        }
    }
}

/// Why a merge gave no file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeFailure {
    /// Both sides changed these differently: message ids, `sign-off`, or a statement's fields
    /// (`signatories: Ana Lima`).
    #[error("changed differently on both sides: {}", .0.join(", "))]
    Conflicts(Vec<String>),
    /// One version cannot be read, so nothing can be merged by message.
    #[error("the {side} version cannot be read: {why}")]
    Unreadable { side: &'static str, why: String },
}

/// What stands for text outside any message (comments, junk) in a list of conflicts.
pub const COMMENTS: &str = "(comments)";

/// Merges the three versions of a file of `kind`; the merged file's bytes.
pub fn merge_bytes(
    kind: Kind,
    base: &[u8],
    ours: &[u8],
    theirs: &[u8],
) -> Result<Vec<u8>, MergeFailure> {
    let text = |side: &'static str, bytes: &[u8]| {
        std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|err| MergeFailure::Unreadable {
                side,
                why: format!("not UTF-8 at byte {}", err.valid_up_to()),
            })
    };
    let (base, ours, theirs) = (
        text("common", base)?,
        text("our", ours)?,
        text("their", theirs)?,
    );
    match kind {
        Kind::Fluent => fluent(&base, &ours, &theirs),
        Kind::Reviews => reviews(&base, &ours, &theirs).map(String::into_bytes),
        Kind::Statement => statement(&base, &ours, &theirs).map(String::into_bytes),
    }
}

fn fluent(base: &str, ours: &str, theirs: &str) -> Result<Vec<u8>, MergeFailure> {
    let (base, ours, theirs) = (
        Document::parse(base),
        Document::parse(ours),
        Document::parse(theirs),
    );
    let ours_side = compare(Some(&base), &ours, &theirs);
    let theirs_side = compare(Some(&base), &theirs, &ours);
    let mut conflicts: Vec<String> = ours_side
        .messages
        .iter()
        .filter(|m| m.conflicts())
        .map(|m| m.id.clone())
        .collect();
    if ours_side.mine_outside_messages && theirs_side.mine_outside_messages {
        conflicts.push(COMMENTS.to_owned());
    }
    if !conflicts.is_empty() {
        return Err(MergeFailure::Conflicts(conflicts));
    }
    // The merge starts from the side whose comments are kept and takes the other's messages in.
    let merged = if ours_side.mine_outside_messages {
        merge(Some(&base), &theirs, &ours)
    } else {
        merge(Some(&base), &ours, &theirs)
    };
    merged
        .map(|d| d.to_bytes())
        .map_err(|err| MergeFailure::Conflicts(vec![err.to_string()]))
}

fn reviews(base: &str, ours: &str, theirs: &str) -> Result<String, MergeFailure> {
    let read = |side: &'static str, text: &str| {
        Reviews::from_ron(text).map_err(|err| MergeFailure::Unreadable {
            side,
            why: err.to_string(),
        })
    };
    let (ours, theirs) = (read("our", ours)?, read("their", theirs)?);
    // Made on both sides at once, the file has no common version: it starts empty.
    let base = match base.trim() {
        "" => Reviews::new(ours.statement.clone(), ours.locale.clone()),
        text => read("common", text)?,
    };
    let (merged, conflicts) = merge_reviews_all(&base, &ours, &theirs);
    if conflicts.is_empty() {
        return Ok(merged.to_ron());
    }
    let named = conflicts.into_iter().map(|c| match c {
        ReviewConflict::Message(id) => id,
        ReviewConflict::SignOff => "sign-off".to_owned(),
    });
    Err(MergeFailure::Conflicts(named.collect()))
}

fn statement(base: &str, ours: &str, theirs: &str) -> Result<String, MergeFailure> {
    let read = |side: &'static str, text: &str| -> Result<Value, MergeFailure> {
        let unreadable = |why: String| MergeFailure::Unreadable { side, why };
        let statement = Statement::from_ron(text).map_err(|err| unreadable(err.to_string()))?;
        serde_json::to_value(&statement).map_err(|err| unreadable(err.to_string()))
    };
    let (ours_value, theirs_value) = (read("our", ours)?, read("their", theirs)?);
    let base_value = match base.trim() {
        "" => Value::Object(Map::new()),
        text => read("common", text)?,
    };
    let object = |v: &Value| v.as_object().cloned().unwrap_or_default();
    let (b, o, t) = (
        object(&base_value),
        object(&ours_value),
        object(&theirs_value),
    );
    let mut conflicts = Vec::new();
    let mut merged = Map::new();
    let fields: Vec<&String> = t
        .keys()
        .chain(o.keys().filter(|k| !t.contains_key(*k)))
        .collect();
    for field in fields {
        let key: Option<fn(&Value) -> String> = match field.as_str() {
            "signatories" | "variables" => Some(|v| v["name"].as_str().unwrap_or("").to_owned()),
            "sections" => Some(|v| v["message"].as_str().unwrap_or("").to_owned()),
            "locales" => Some(|v| v.as_str().unwrap_or("").to_owned()),
            _ => None,
        };
        let (bv, ov, tv) = (b.get(field), o.get(field), t.get(field));
        let value = match key {
            Some(key) => {
                let list =
                    |v: Option<&Value>| v.and_then(Value::as_array).cloned().unwrap_or_default();
                let items =
                    merge_items(&list(bv), &list(ov), &list(tv), key, field, &mut conflicts);
                Some(Value::Array(items))
            }
            None => match pick(bv, ov, tv) {
                Some(chosen) => chosen.cloned(),
                None => {
                    conflicts.push(field.clone());
                    tv.cloned()
                }
            },
        };
        if let Some(value) = value {
            merged.insert(field.clone(), value);
        }
    }
    if !conflicts.is_empty() {
        return Err(MergeFailure::Conflicts(conflicts));
    }
    let statement: Statement =
        serde_json::from_value(Value::Object(merged)).map_err(|err| MergeFailure::Unreadable {
            side: "merged",
            why: err.to_string(),
        })?;
    // Our header comments are kept.
    Ok(statement.to_ron_after_header(ours))
}

/// How the user settled one conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Ours, as it is here.
    Mine,
    /// Theirs, as the others made it.
    Theirs,
    /// This Fluent text for the message (its whole entry: `id = …`).
    Text(String),
}

/// The merge once the user settled its conflicts: each conflicting message takes the text chosen,
/// on both sides, and the rest merges as [`merge_bytes`] does. A conflict that is not one message's
/// (a review file's, a statement's, comments) is settled for the whole file: mine keeps ours,
/// theirs takes theirs. A conflict not settled is still one.
pub fn resolve(
    kind: Kind,
    base: &[u8],
    ours: &[u8],
    theirs: &[u8],
    choices: &[(String, Choice)],
) -> Result<Vec<u8>, MergeFailure> {
    let whole = kind != Kind::Fluent
        || choices
            .iter()
            .any(|(id, _)| id == COMMENTS || id == super::sync::WHOLE_FILE);
    if whole {
        return match choices.first().map(|(_, c)| c) {
            Some(Choice::Theirs) => Ok(theirs.to_vec()),
            Some(_) => Ok(ours.to_vec()),
            None => merge_bytes(kind, base, ours, theirs),
        };
    }
    let read = |bytes: &[u8]| Document::parse(&String::from_utf8_lossy(bytes));
    let (mut mine, mut other) = (read(ours), read(theirs));
    for (id, choice) in choices {
        let text_in = |d: &Document| d.entry(id).map(|e| d.entry_text(e).trim_end().to_owned());
        let chosen = match choice {
            Choice::Mine => text_in(&mine),
            Choice::Theirs => text_in(&other),
            Choice::Text(text) => Some(text.trim_end().to_owned()),
        };
        let order: Vec<String> = mine.ids().map(str::to_owned).collect();
        for doc in [&mut mine, &mut other] {
            set_entry(doc, id, chosen.as_deref(), &order)?;
        }
    }
    fluent(&String::from_utf8_lossy(base), mine.text(), other.text())
}

/// Gives `doc`'s message `id` the whole entry `text`, adding it where `order` puts it, or removes
/// it (`None`).
fn set_entry(
    doc: &mut Document,
    id: &str,
    text: Option<&str>,
    order: &[String],
) -> Result<(), MergeFailure> {
    use crate::fluent::document::Edit;
    let has = doc.entry(id).is_some();
    let edits = match (text, has) {
        (Some(text), true) => vec![Edit::Replace {
            id: id.to_owned(),
            source: text.to_owned(),
        }],
        (Some(text), false) => vec![
            Edit::Add {
                id: id.to_owned(),
                value: "…".into(),
                order: order.to_vec(),
            },
            Edit::Replace {
                id: id.to_owned(),
                source: text.to_owned(),
            },
        ],
        (None, true) => vec![Edit::Remove { id: id.to_owned() }],
        (None, false) => Vec::new(),
    };
    for edit in edits {
        doc.apply(&edit).map_err(|err| MergeFailure::Unreadable {
            side: "chosen",
            why: err.to_string(),
        })?;
    }
    Ok(())
}

/// A list merged item by item, items known by `key` (the second item of the same key is
/// `key#2`): theirs in their order, then the items only ours added, in ours. An item both sides
/// changed differently is a conflict (`field: key`) and stays as theirs.
fn merge_items(
    base: &[Value],
    ours: &[Value],
    theirs: &[Value],
    key: fn(&Value) -> String,
    field: &str,
    conflicts: &mut Vec<String>,
) -> Vec<Value> {
    let keyed = |list: &[Value]| -> Vec<(String, Value)> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        list.iter()
            .map(|v| {
                let k = key(v);
                let n = seen.entry(k.clone()).or_insert(0);
                *n += 1;
                let k = if *n == 1 { k } else { format!("{k}#{n}") };
                (k, v.clone())
            })
            .collect()
    };
    let (b, o, t) = (keyed(base), keyed(ours), keyed(theirs));
    let index =
        |list: &[(String, Value)]| -> HashMap<String, Value> { list.iter().cloned().collect() };
    let (bi, oi, ti) = (index(&b), index(&o), index(&t));
    let mut listed = HashSet::new();
    let mut out = Vec::new();
    for (k, _) in t.iter().chain(&o) {
        if !listed.insert(k.clone()) {
            continue;
        }
        match pick(bi.get(k), oi.get(k), ti.get(k)) {
            Some(Some(v)) => out.push(v.clone()),
            Some(None) => {}
            None => {
                conflicts.push(format!("{field}: {k}"));
                out.extend(ti.get(k).cloned());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fluent_merge(base: &str, ours: &str, theirs: &str) -> Result<String, MergeFailure> {
        merge_bytes(
            Kind::Fluent,
            base.as_bytes(),
            ours.as_bytes(),
            theirs.as_bytes(),
        )
        .map(|b| String::from_utf8(b).unwrap())
    }

    #[test]
    fn kinds_come_from_the_folders() {
        assert_eq!(Kind::of("locales/fr/a.ftl"), Some(Kind::Fluent));
        assert_eq!(Kind::of("campaign/reviews/a/fr.ron"), Some(Kind::Reviews));
        assert_eq!(Kind::of("statements/a.ron"), Some(Kind::Statement));
        assert_eq!(
            Kind::of("campaign\\statements\\a.ron"),
            Some(Kind::Statement)
        );
        assert_eq!(Kind::of("reviews.ron"), None);
        assert_eq!(Kind::of("README.md"), None);
    }

    #[test]
    fn fluent_files_merge_by_message_and_comments_by_side() {
        // A group comment stands apart from the messages (a comment right above one is part of it).
        let base = "## c\n\na = A\nb = B\n";
        let with = |comment: &str, rest: &str| format!("## {comment}\n\n{rest}");
        // Different messages on each side: both kept.
        assert_eq!(
            fluent_merge(
                base,
                &with("c", "a = A1\nb = B\n"),
                &with("c", "a = A\nb = B2\n")
            ),
            Ok(with("c", "a = A1\nb = B2\n"))
        );
        // The comment changed on our side only, a message on theirs.
        assert_eq!(
            fluent_merge(
                base,
                &with("ours", "a = A\nb = B\n"),
                &with("c", "a = A\nb = B2\n")
            ),
            Ok(with("ours", "a = A\nb = B2\n"))
        );
        // Added on both sides, each where its side put it.
        assert_eq!(
            fluent_merge(
                base,
                &with("c", "a = A\nb = B\nc = C\n"),
                &with("c", "z = Z\na = A\nb = B\n")
            ),
            Ok(with("c", "z = Z\na = A\nb = B\nc = C\n"))
        );
        // The same change on both sides is no conflict.
        assert_eq!(
            fluent_merge(
                base,
                &with("c", "a = X\nb = B\n"),
                &with("c", "a = X\nb = B\n")
            ),
            Ok(with("c", "a = X\nb = B\n"))
        );
        // The same message changed differently, and the comment changed differently: named.
        assert_eq!(
            fluent_merge(
                base,
                &with("o", "a = X\nb = B\n"),
                &with("t", "a = Y\nb = B\n")
            ),
            Err(MergeFailure::Conflicts(vec!["a".into(), COMMENTS.into()]))
        );
    }

    const STATEMENT: &str = include_str!("../../statements/free-boris-kagarlitsky.ron");

    fn statement_merge(ours: &str, theirs: &str) -> Result<Statement, MergeFailure> {
        let merged = merge_bytes(
            Kind::Statement,
            STATEMENT.as_bytes(),
            ours.as_bytes(),
            theirs.as_bytes(),
        )?;
        Ok(Statement::from_ron(std::str::from_utf8(&merged).unwrap()).unwrap())
    }

    #[test]
    fn statements_merge_field_by_field_and_no_signatory_is_lost() {
        let signatory = |name: &str| {
            format!(
                "        Signatory(\n            name: \"{name}\",\n            affiliation: \"\",\n            \
                 country: \"Chile\",\n            personal_capacity: false,\n        ),\n    ],\n    publisher:"
            )
        };
        let add =
            |text: &str, name: &str| text.replacen("    ],\n    publisher:", &signatory(name), 1);
        // Each side adds a signatory; ours changes the date, theirs the publisher.
        let ours =
            add(STATEMENT, "Rosa Díaz").replace("date: \"2023-07-27\"", "date: \"2023-08-01\"");
        let theirs = add(STATEMENT, "Tomás Pérez").replace(
            "publisher: \"Free Voices Network\"",
            "publisher: \"Voices\"",
        );
        let merged = statement_merge(&ours, &theirs).unwrap();
        let names: Vec<&str> = merged.signatories.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Ana Lima",
                "Jonas Weber",
                "Leila Haddad",
                "Chen Yu",
                "Tomás Pérez",
                "Rosa Díaz"
            ]
        );
        assert_eq!(merged.publisher, "Voices");
        assert_eq!(merged.date.to_string(), "2023-08-01");
        // One side removes a signatory the other left alone: removed.
        let without = remove_signatory(STATEMENT, "Chen Yu");
        let merged = statement_merge(&without, &theirs).unwrap();
        assert!(merged.signatories.iter().all(|s| s.name != "Chen Yu"));
        assert!(merged.signatories.iter().any(|s| s.name == "Tomás Pérez"));
        // The same field changed differently on both sides: named, nothing written.
        let a = STATEMENT.replace("publisher: \"Free Voices Network\"", "publisher: \"A\"");
        let b = STATEMENT.replace("publisher: \"Free Voices Network\"", "publisher: \"B\"");
        assert_eq!(
            statement_merge(&a, &b).unwrap_err(),
            MergeFailure::Conflicts(vec!["publisher".into()])
        );
        // The same signatory changed differently on both sides.
        let a = STATEMENT.replace("country: \"Taiwan\"", "country: \"A\"");
        let b = STATEMENT.replace("country: \"Taiwan\"", "country: \"B\"");
        assert_eq!(
            statement_merge(&a, &b).unwrap_err(),
            MergeFailure::Conflicts(vec!["signatories: Chen Yu".into()])
        );
    }

    fn remove_signatory(text: &str, name: &str) -> String {
        let start = text.find(&format!("name: \"{name}\"")).unwrap();
        let open = text[..start].rfind("        Signatory(").unwrap();
        let close = start + text[start..].find("        ),\n").unwrap() + "        ),\n".len();
        format!("{}{}", &text[..open], &text[close..])
    }

    #[test]
    fn review_files_merge_record_by_record() {
        use crate::workspace::reviews::{Texts, Verdict};
        let base =
            Reviews::from_ron(include_str!("../../reviews/free-boris-kagarlitsky/fr.ron")).unwrap();
        let texts = |t: &str| Texts {
            reference: "R".into(),
            translation: t.into(),
        };
        let mut ours = base.clone();
        ours.judge("demand", Verdict::Rejected, texts("x"), "Ana", "too long");
        let mut theirs = base.clone();
        theirs.judge("arrest", Verdict::Approved, texts("y"), "Jonas", "");
        let merged = merge_bytes(
            Kind::Reviews,
            base.to_ron().as_bytes(),
            ours.to_ron().as_bytes(),
            theirs.to_ron().as_bytes(),
        )
        .unwrap();
        let merged = Reviews::from_ron(std::str::from_utf8(&merged).unwrap()).unwrap();
        assert_eq!(merged.messages["demand"], ours.messages["demand"]);
        assert_eq!(merged.messages["arrest"], theirs.messages["arrest"]);
        assert_eq!(merged.signoff, base.signoff);
        // Both judged the same message differently: named.
        let mut theirs = base.clone();
        theirs.judge("demand", Verdict::Approved, texts("x"), "Jonas", "");
        let failure = merge_bytes(
            Kind::Reviews,
            base.to_ron().as_bytes(),
            ours.to_ron().as_bytes(),
            theirs.to_ron().as_bytes(),
        );
        assert_eq!(failure, Err(MergeFailure::Conflicts(vec!["demand".into()])));
    }
}
