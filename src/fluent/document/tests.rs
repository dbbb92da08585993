//! Lossless reading and one-entry edits, byte for byte.

use fluent_syntax::ast;

use super::*;

const SAMPLE: &str = "\
### Resource comment

## Group

# Attached to hello
hello = Hello, { $name }!
    .title = Greeting

-brand = Chorus
emails =
    { $count ->
        [one] One email
       *[other] { $count } emails
    }

# Standalone

bye = Bye
";

#[test]
fn a_large_file_parsed_a_piece_at_a_time_has_the_entries_of_one_parse() {
    // Comments before messages, standalone comments, junk and terms, over many pieces.
    let mut text = String::new();
    for i in 0..20_000 {
        match i % 7 {
            0 => text.push_str(&format!("# about m{i}\nm{i} = x\n")),
            1 => text.push_str(&format!("## group {i}\n\n")),
            2 => text.push_str(&format!("broken {i} }}\n")),
            3 => text.push_str(&format!("-t{i} = T\n    .a = b\n")),
            4 => text.push_str(&format!(
                "#\n#\nm{i} =\n    {{ $n ->\n       *[x] y\n    }}\n"
            )),
            _ => text.push_str(&format!("m{i} = {{ $v }}\n\n")),
        }
    }
    let doc = Document::parse(&text);
    let whole = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) | Err((r, _)) => r,
    };
    assert_eq!(doc.entries().len(), whole.body.len());
    for (entry, ast) in doc.entries().iter().zip(&whole.body) {
        let (kind, id) = match ast {
            ast::Entry::Message(m) => (EntryKind::Message, Some(m.id.name.to_owned())),
            ast::Entry::Term(t) => (EntryKind::Term, Some(format!("-{}", t.id.name))),
            ast::Entry::Comment(_) => (EntryKind::Comment, None),
            ast::Entry::GroupComment(_) => (EntryKind::GroupComment, None),
            ast::Entry::ResourceComment(_) => (EntryKind::ResourceComment, None),
            ast::Entry::Junk { .. } => (EntryKind::Junk, None),
        };
        assert_eq!((entry.kind, &entry.id), (kind, &id));
    }
    let (_, errors) = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => (r, Vec::new()),
        Err(e) => e,
    };
    let offsets: Vec<usize> = doc.errors().iter().map(|e| e.offset).collect();
    let expected: Vec<usize> = errors.iter().map(|e| e.pos.start).collect();
    assert_eq!(offsets, expected);
    assert_eq!(doc.to_bytes(), text.as_bytes());
}

fn set(id: &str, value: &str) -> Edit {
    Edit::SetValue {
        id: id.into(),
        value: Some(value.into()),
    }
}

fn texts(doc: &Document) -> Vec<(Option<String>, String)> {
    doc.entries()
        .iter()
        .map(|e| (e.id.clone(), doc.entry_text(e).to_owned()))
        .collect()
}

/// The entries that differ between two documents, by position.
fn changed(a: &Document, b: &Document) -> Vec<String> {
    let (a, b) = (texts(a), texts(b));
    assert_eq!(a.len(), b.len(), "entry count changed");
    a.iter()
        .zip(&b)
        .filter(|(x, y)| x != y)
        .map(|(x, _)| x.0.clone().unwrap_or_default())
        .collect()
}

#[test]
fn entries_cover_comments_and_keep_gaps_verbatim() {
    let doc = Document::parse(SAMPLE);
    let kinds: Vec<_> = doc.entries().iter().map(|e| e.kind).collect();
    use EntryKind::*;
    assert_eq!(
        kinds,
        [
            ResourceComment,
            GroupComment,
            Message,
            Term,
            Message,
            Comment,
            Message
        ]
    );
    let hello = doc.entry("hello").unwrap();
    assert!(
        doc.entry_text(hello)
            .starts_with("# Attached to hello\nhello =")
    );
    assert!(doc.entry_text(hello).ends_with(".title = Greeting\n"));
    assert_eq!(doc.to_bytes(), SAMPLE.as_bytes());
}

#[test]
fn values_read_back_as_pattern_text() {
    let doc = Document::parse(SAMPLE);
    assert_eq!(doc.value_text("hello").unwrap(), "Hello, { $name }!");
    assert_eq!(doc.attribute_text("hello", "title").unwrap(), "Greeting");
    assert_eq!(doc.value_text("-brand").unwrap(), "Chorus");
    assert_eq!(
        doc.value_text("emails").unwrap(),
        "{ $count ->\n    [one] One email\n   *[other] { $count } emails\n}"
    );
    assert_eq!(
        doc.variant_text("emails", None, &["one"]).unwrap(),
        "One email"
    );
    assert_eq!(
        doc.variant_text("emails", None, &["other"]).unwrap(),
        "{ $count } emails"
    );
}

#[test]
fn setting_a_value_changes_only_that_entry() {
    let before = Document::parse(SAMPLE);
    let mut doc = before.clone();
    doc.apply(&set("hello", "Hi, { $name }.")).unwrap();
    assert_eq!(changed(&before, &doc), ["hello"]);
    assert_eq!(doc.value_text("hello").unwrap(), "Hi, { $name }.");
    // The comment and attribute stay byte for byte.
    assert!(
        doc.text()
            .contains("# Attached to hello\nhello = Hi, { $name }.\n    .title = Greeting\n")
    );
}

#[test]
fn multiline_values_are_indented_and_read_back() {
    let mut doc = Document::parse(SAMPLE);
    doc.apply(&set("bye", "First line\nsecond line\n\nafter a blank"))
        .unwrap();
    assert!(
        doc.text()
            .ends_with("bye =\n    First line\n    second line\n\n    after a blank\n")
    );
    assert_eq!(
        doc.value_text("bye").unwrap(),
        "First line\nsecond line\n\nafter a blank"
    );
}

#[test]
fn attributes_are_set_added_and_removed() {
    let before = Document::parse(SAMPLE);
    let mut doc = before.clone();
    let attr = |attribute: &str, value: Option<&str>| Edit::SetAttribute {
        id: "hello".into(),
        attribute: attribute.into(),
        value: value.map(Into::into),
    };
    doc.apply(&attr("title", Some("Welcome"))).unwrap();
    doc.apply(&attr("short", Some("Hi"))).unwrap();
    assert_eq!(doc.attribute_text("hello", "short").unwrap(), "Hi");
    assert!(
        doc.text()
            .contains("    .title = Welcome\n    .short = Hi\n\n-brand")
    );
    doc.apply(&attr("title", None)).unwrap();
    assert!(
        doc.text()
            .contains("hello = Hello, { $name }!\n    .short = Hi\n\n")
    );
    assert_eq!(changed(&before, &doc), ["hello"]);
    assert_eq!(
        doc.apply(&attr("nope", None)),
        Err(EditError::NoSuchAttribute {
            id: "hello".into(),
            attribute: "nope".into()
        })
    );
}

#[test]
fn variants_are_set_in_place() {
    let before = Document::parse(SAMPLE);
    let mut doc = before.clone();
    let edit = Edit::SetVariant {
        id: "emails".into(),
        attribute: None,
        keys: vec!["one".into()],
        value: "A single email".into(),
    };
    doc.apply(&edit).unwrap();
    assert!(
        doc.text()
            .contains("        [one] A single email\n       *[other] { $count } emails\n")
    );
    let last = Edit::SetVariant {
        id: "emails".into(),
        attribute: None,
        keys: vec!["other".into()],
        value: "{ $count } messages".into(),
    };
    doc.apply(&last).unwrap();
    assert!(doc.text().contains("*[other] { $count } messages\n    }\n"));
    assert_eq!(changed(&before, &doc), ["emails"]);
}

#[test]
fn added_messages_follow_the_reference_order() {
    let mut doc = Document::parse(SAMPLE);
    let order: Vec<String> = ["hello", "-brand", "new-one", "emails", "bye"]
        .map(String::from)
        .to_vec();
    doc.apply(&Edit::Add {
        id: "new-one".into(),
        value: "Fresh".into(),
        order,
    })
    .unwrap();
    assert!(
        doc.text()
            .contains("-brand = Chorus\nnew-one = Fresh\nemails =")
    );
    let ids: Vec<_> = doc.ids().collect();
    assert_eq!(ids, ["hello", "-brand", "new-one", "emails", "bye"]);
}

#[test]
fn added_messages_are_spaced_like_their_neighbours() {
    let order = ["a", "b", "c"].map(String::from).to_vec();
    let add_b = Edit::Add {
        id: "b".into(),
        value: "2".into(),
        order,
    };
    let mut spaced = Document::parse("# about a\na = 1\n\nc = 3\nd = 4\n");
    spaced.apply(&add_b).unwrap();
    assert_eq!(spaced.text(), "# about a\na = 1\n\nb = 2\n\nc = 3\nd = 4\n");
    let mut packed = Document::parse("a = 1\nc = 3\n\nd = 4\n");
    packed.apply(&add_b).unwrap();
    assert_eq!(packed.text(), "a = 1\nb = 2\nc = 3\n\nd = 4\n");
}

#[test]
fn added_messages_without_a_known_neighbour_go_last() {
    let mut doc = Document::parse("a = 1\n\nb = 2");
    doc.apply(&Edit::Add {
        id: "c".into(),
        value: "3".into(),
        order: vec![],
    })
    .unwrap();
    assert_eq!(doc.text(), "a = 1\n\nb = 2\n\nc = 3\n");
    let mut empty = Document::parse("");
    empty
        .apply(&Edit::Add {
            id: "x".into(),
            value: "y".into(),
            order: vec![],
        })
        .unwrap();
    assert_eq!(empty.text(), "x = y\n");
}

#[test]
fn removing_a_message_takes_its_comment_and_one_gap() {
    let mut doc = Document::parse(SAMPLE);
    doc.apply(&Edit::Remove { id: "hello".into() }).unwrap();
    assert!(doc.text().contains("## Group\n\n-brand = Chorus\n"));
    assert!(!doc.text().contains("Attached to hello"));
    doc.apply(&Edit::Remove { id: "bye".into() }).unwrap();
    assert!(doc.text().ends_with("# Standalone\n"));
}

#[test]
fn a_standalone_comment_stays_standalone_when_a_message_is_added_after_it() {
    let mut doc = Document::parse("a = 1\n\n# About what follows, not attached\n");
    doc.apply(&Edit::Add {
        id: "b".into(),
        value: "2".into(),
        order: vec![],
    })
    .unwrap();
    let kinds: Vec<_> = doc.entries().iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [EntryKind::Message, EntryKind::Comment, EntryKind::Message]
    );
    let mut before = Document::parse("# Standalone\n\nnext = x\n");
    let order = vec!["new".to_owned(), "next".to_owned()];
    before
        .apply(&Edit::Add {
            id: "new".into(),
            value: "y".into(),
            order,
        })
        .unwrap();
    assert_eq!(before.ids().collect::<Vec<_>>(), ["new", "next"]);
    assert_eq!(before.entries()[0].kind, EntryKind::Comment);
}

#[test]
fn a_standalone_comment_stays_standalone_when_the_message_after_it_is_removed() {
    let mut doc = Document::parse("# Standalone\n\ngone = 1\n\nnext = 2\n");
    doc.apply(&Edit::Remove { id: "gone".into() }).unwrap();
    let kinds: Vec<_> = doc.entries().iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [EntryKind::Comment, EntryKind::Message]);
    assert_eq!(doc.entry_text(&doc.entries()[1]), "next = 2\n");
}

#[test]
fn crlf_and_bom_are_kept_and_used_for_new_lines() {
    let source = "\u{feff}a = 1\r\n\r\nb =\r\n    two\r\n    lines\r\n";
    let mut doc = Document::from_bytes(source.as_bytes()).unwrap();
    assert!(doc.has_bom());
    assert_eq!(doc.line_ending(), LineEnding::CrLf);
    assert_eq!(doc.to_bytes(), source.as_bytes());
    assert_eq!(doc.value_text("b").unwrap(), "two\nlines");
    doc.apply(&set("a", "one\nand more")).unwrap();
    let bytes = doc.to_bytes();
    assert!(bytes.starts_with("\u{feff}a =\r\n    one\r\n    and more\r\n\r\nb".as_bytes()));
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
}

#[test]
fn invalid_utf8_is_refused_with_its_offset() {
    let mut bytes = b"a = 1\nb = caf".to_vec();
    bytes.push(0xE9);
    bytes.extend_from_slice(b"\n");
    let err = Document::from_bytes(&bytes).unwrap_err();
    assert_eq!(err.offset, 13);
    assert_eq!(err.position, Position { line: 2, column: 8 });
}

#[test]
fn junk_is_kept_and_reported_with_its_position() {
    let source = "a = 1\n\nb = { $x\n\nc = 3\n";
    let mut doc = Document::parse(source);
    let junk: Vec<_> = doc
        .entries()
        .iter()
        .filter(|e| e.kind == EntryKind::Junk)
        .collect();
    assert_eq!(junk.len(), 1);
    assert_eq!(doc.entry_text(junk[0]), "b = { $x\n\n");
    assert_eq!(doc.errors().len(), 1);
    // The parser notices the missing `}` where the next entry begins.
    assert_eq!(doc.errors()[0].position, Position { line: 5, column: 1 });
    assert!(doc.errors()[0].message.contains('}'), "{:?}", doc.errors());
    doc.apply(&set("c", "three")).unwrap();
    assert_eq!(doc.text(), "a = 1\n\nb = { $x\n\nc = three\n");
}

#[test]
fn invalid_text_is_refused_and_nothing_changes() {
    let mut doc = Document::parse(SAMPLE);
    let err = doc.apply(&set("bye", "Bye { $name")).unwrap_err();
    assert!(matches!(err, EditError::Invalid { .. }), "{err:?}");
    // A line that Fluent would read as an attribute is refused rather than silently split.
    let err = doc.apply(&set("bye", "Bye\n.title = x")).unwrap_err();
    assert!(matches!(err, EditError::Invalid { .. }), "{err:?}");
    assert_eq!(doc.apply(&set("bye", "  ")), Err(EditError::EmptyValue));
    assert_eq!(
        doc.apply(&set("nope", "x")),
        Err(EditError::NoSuchEntry("nope".into()))
    );
    assert_eq!(doc.to_bytes(), SAMPLE.as_bytes());
}

#[test]
fn a_change_can_be_reverted() {
    let mut doc = Document::parse(SAMPLE);
    let first = doc.apply(&set("hello", "Changed")).unwrap();
    let second = doc.apply(&Edit::Remove { id: "bye".into() }).unwrap();
    let edited = doc.to_bytes();
    doc.revert(&second);
    doc.revert(&first);
    assert_eq!(doc.to_bytes(), SAMPLE.as_bytes());
    doc.reapply(&first);
    doc.reapply(&second);
    assert_eq!(doc.to_bytes(), edited);
}

#[test]
fn a_raw_replacement_must_stay_one_entry_with_the_same_id() {
    let before = Document::parse(SAMPLE);
    let mut doc = before.clone();
    let raw = |source: &str| Edit::Replace {
        id: "bye".into(),
        source: source.into(),
    };
    doc.apply(&raw("# Now with a comment\nbye = Ciao\n    .title = Addio"))
        .unwrap();
    assert!(
        doc.text()
            .ends_with("# Now with a comment\nbye = Ciao\n    .title = Addio\n")
    );
    assert_eq!(changed(&before, &doc), ["bye"]);
    for bad in ["hello = Renamed", "bye = { $x", "bye = One\nother = Two"] {
        assert!(doc.apply(&raw(bad)).is_err(), "{bad}");
    }
}

#[test]
fn messages_with_only_attributes_can_gain_a_value() {
    let mut doc = Document::parse("login =\n    .placeholder = Email\n");
    doc.apply(&set("login", "Log in")).unwrap();
    assert_eq!(doc.text(), "login = Log in\n    .placeholder = Email\n");
    doc.apply(&Edit::SetValue {
        id: "login".into(),
        value: None,
    })
    .unwrap();
    assert_eq!(doc.text(), "login =\n    .placeholder = Email\n");
}
