//! Load any bytes as a Fluent document, apply one edit to one entry, save: every entry the edit did not
//! touch keeps its exact bytes, and the saved bytes read back as the same entries.
#![no_main]

use arbitrary::Arbitrary;
use chorus::fluent::document::{Document, Edit};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum Kind {
    Value,
    RemoveValue,
    Attribute(String),
    Variant(Vec<String>),
    Add(String),
    Remove,
    Replace,
}

#[derive(Arbitrary, Debug)]
struct Input {
    file: Vec<u8>,
    /// Which entry (modulo the number of ids), when the edit is about an existing one.
    pick: u16,
    kind: Kind,
    text: String,
}

fuzz_target!(|input: Input| {
    let Ok(mut doc) = Document::from_bytes(&input.file) else {
        return;
    };
    // Loading and saving without an edit gives the same bytes back.
    assert_eq!(doc.to_bytes(), input.file);
    let ids: Vec<String> = doc.ids().map(str::to_owned).collect();
    let id = match (&input.kind, ids.is_empty()) {
        (Kind::Add(id), _) => id.clone(),
        (_, true) => return,
        (_, false) => ids[input.pick as usize % ids.len()].clone(),
    };
    let edit = match input.kind {
        Kind::Value => Edit::SetValue {
            id: id.clone(),
            value: Some(input.text.clone()),
        },
        Kind::RemoveValue => Edit::SetValue {
            id: id.clone(),
            value: None,
        },
        Kind::Attribute(attribute) => Edit::SetAttribute {
            id: id.clone(),
            attribute,
            value: Some(input.text.clone()),
        },
        Kind::Variant(keys) => Edit::SetVariant {
            id: id.clone(),
            attribute: None,
            keys,
            value: input.text.clone(),
        },
        Kind::Add(_) => Edit::Add {
            id: id.clone(),
            value: input.text.clone(),
            order: ids.clone(),
        },
        Kind::Remove => Edit::Remove { id: id.clone() },
        Kind::Replace => Edit::Replace {
            id: id.clone(),
            source: input.text.clone(),
        },
    };
    let before: Vec<(Option<String>, String)> = doc
        .entries()
        .iter()
        .map(|e| (e.id.clone(), doc.entry_text(e).to_owned()))
        .collect();
    let before_bytes = doc.to_bytes();
    match doc.apply(&edit) {
        Err(_) => {
            // A refused edit changes nothing.
            assert_eq!(
                doc.to_bytes(),
                before_bytes,
                "a refused edit changed the document"
            );
            return;
        }
        Ok(change) => {
            // Undo gives the same bytes back.
            let mut undone = doc.clone();
            undone.revert(&change);
            assert_eq!(
                undone.to_bytes(),
                before_bytes,
                "undo did not restore the bytes"
            );
        }
    }
    // Every other message and term keeps its bytes, in the same order (a file may define an id twice:
    // the edit is to the first). The one exception: the last line of a file that has no line break at
    // its end gets one when an entry is added after it.
    let others = |entries: Vec<(Option<String>, String)>| -> Vec<(String, String)> {
        entries
            .into_iter()
            .filter_map(|(i, t)| i.filter(|i| *i != id).map(|i| (i, t)))
            .collect()
    };
    let after: Vec<(Option<String>, String)> = doc
        .entries()
        .iter()
        .map(|e| (e.id.clone(), doc.entry_text(e).to_owned()))
        .collect();
    let last_before = before.last().cloned();
    let (old, new) = (others(before), others(after));
    assert_eq!(
        old.len(),
        new.len(),
        "the edit to {id} added or removed another entry"
    );
    for ((old_id, old_text), (new_id, new_text)) in old.iter().zip(&new) {
        assert_eq!(old_id, new_id, "entries moved");
        let line_break_added = last_before.as_ref().is_some_and(|(i, t)| {
            i.as_ref() == Some(old_id) && t == old_text && !t.ends_with('\n')
        }) && (*new_text == format!("{old_text}\n")
            || *new_text == format!("{old_text}\r\n"));
        assert!(
            new_text == old_text || line_break_added,
            "{old_id} changed, but the edit was to {id}:\n{old_text:?}\n{new_text:?}"
        );
    }
    // The saved bytes read back as the same document.
    let saved = doc.to_bytes();
    let reread = Document::from_bytes(&saved).expect("saved bytes are UTF-8");
    let shape = |d: &Document| -> Vec<(Option<String>, String)> {
        d.entries()
            .iter()
            .map(|e| (e.id.clone(), d.entry_text(e).to_owned()))
            .collect()
    };
    assert_eq!(
        shape(&reread),
        shape(&doc),
        "the saved file reads back differently"
    );
});
