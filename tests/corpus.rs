//! Round trips over real Fluent files from `../shared/corpus`: the Fluent specification's fixtures,
//! fx-private-relay-l10n (31 locales) and relay-defects (the same with planted defects, Junk included).
//!
//! Without the corpus (a clone without `../shared`) these tests say so and skip; under CI (`CI` set)
//! a missing corpus fails them, so they always run there.

mod common;
use std::path::{Path, PathBuf};

use chorus::fluent::document::{Document, Edit, EntryKind};

use common::{corpus, files_ending};

fn all_files() -> Option<Vec<PathBuf>> {
    let root = corpus()?;
    let files = files_ending(&root, "ftl");
    assert!(
        files.len() > 800,
        "expected the whole corpus, found {} files",
        files.len()
    );
    Some(files)
}

/// Runs `check` on every file, on both cores, and fails with every failure listed.
fn each_file(files: &[PathBuf], check: impl Fn(&Path, &[u8]) -> Vec<String> + Sync) {
    let half = files.len() / 2;
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = [&files[..half], &files[half..]]
            .into_iter()
            .map(|part| {
                let check = &check;
                scope.spawn(move || {
                    part.iter()
                        .flat_map(|path| check(path, &std::fs::read(path).unwrap()))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}

fn texts(doc: &Document) -> Vec<String> {
    doc.entries()
        .iter()
        .map(|e| doc.entry_text(e).to_owned())
        .collect()
}

#[test]
fn every_corpus_file_is_byte_identical_when_saved_unchanged() {
    let Some(files) = all_files() else { return };
    each_file(&files, |path, bytes| {
        let doc = Document::from_bytes(bytes).unwrap();
        let mut failures = Vec::new();
        if doc.to_bytes() != bytes {
            failures.push(format!("{}: bytes differ", path.display()));
        }
        // Entries are in order and do not overlap; what lies between them is blank.
        let mut end = 0;
        for entry in doc.entries() {
            let gap = &doc.text()[end..entry.range.start];
            if entry.range.start < end || !gap.bytes().all(|b| matches!(b, b' ' | b'\r' | b'\n')) {
                failures.push(format!(
                    "{}: bad range {:?} after {end}",
                    path.display(),
                    entry.range
                ));
            }
            end = entry.range.end;
        }
        failures
    });
}

/// A replacement value: one line, or several (with a placeable), to exercise both layouts.
fn new_value(n: usize, id: &str) -> String {
    match n % 3 {
        0 => format!("Chorus edit of {id}"),
        1 => format!("First line of {id}\nsecond line with {{ $count }}"),
        _ => format!("Édition {n} — {{ -brand }}"),
    }
}

#[test]
fn every_single_message_edit_changes_only_that_message() {
    let Some(files) = all_files() else { return };
    each_file(&files, |path, bytes| {
        let original = Document::from_bytes(bytes).unwrap();
        let before = texts(&original);
        let mut failures = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (index, entry) in original.entries().iter().enumerate() {
            let Some(id) = entry.id.as_deref() else {
                continue;
            };
            if entry.kind != EntryKind::Message || !seen.insert(id) {
                continue;
            }
            let value = new_value(index, id);
            let mut doc = original.clone();
            if let Err(err) = doc.apply(&Edit::SetValue {
                id: id.into(),
                value: Some(value.clone()),
            }) {
                failures.push(format!("{}: {id}: {err}", path.display()));
                continue;
            }
            let reloaded = Document::from_bytes(&doc.to_bytes()).unwrap();
            let after = texts(&reloaded);
            if after.len() != before.len() {
                failures.push(format!("{}: {id}: entry count changed", path.display()));
                continue;
            }
            let others_changed = (0..before.len())
                .filter(|&i| i != index && before[i] != after[i])
                .count();
            if others_changed > 0 {
                failures.push(format!(
                    "{}: {id}: {others_changed} other entries changed",
                    path.display()
                ));
            }
            if reloaded.value_text(id).as_deref() != Some(value.as_str()) {
                failures.push(format!(
                    "{}: {id}: reads back {:?}",
                    path.display(),
                    reloaded.value_text(id)
                ));
            }
        }
        failures
    });
}

fn junk_texts(doc: &Document) -> Vec<String> {
    doc.entries()
        .iter()
        .filter(|e| e.kind == EntryKind::Junk)
        .map(|e| doc.entry_text(e).to_owned())
        .collect()
}

#[test]
fn junk_keeps_every_byte_when_other_messages_are_edited() {
    let Some(root) = corpus() else { return };
    let files = files_ending(&root.join("relay-defects"), "ftl");
    let mut files_with_junk = 0;
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let doc = Document::from_bytes(&bytes).unwrap();
        let junk = junk_texts(&doc);
        if junk.is_empty() {
            continue;
        }
        files_with_junk += 1;
        assert!(
            !doc.errors().is_empty(),
            "{}: junk without an error",
            path.display()
        );
        let ids: Vec<String> = doc
            .ids()
            .map(str::to_owned)
            .filter(|id| !id.starts_with('-'))
            .collect();
        let mut edited = doc.clone();
        for id in &ids {
            let value = format!("Edited {id}");
            edited
                .apply(&Edit::SetValue {
                    id: id.clone(),
                    value: Some(value),
                })
                .unwrap();
        }
        let reloaded = Document::from_bytes(&edited.to_bytes()).unwrap();
        let junk_after = junk_texts(&reloaded);
        assert_eq!(junk_after, junk, "{}", path.display());
    }
    assert!(
        files_with_junk > 0,
        "relay-defects should contain files with junk"
    );
}
