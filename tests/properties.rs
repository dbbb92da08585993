//! Property test: random edits on generated Fluent documents keep every untouched entry byte-identical,
//! and the result always re-parses to the entries the edits describe.

use chorus::fluent::document::{Document, Edit, EntryKind};
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "free",
    "Boris",
    "свобода",
    "حرية",
    "自由",
    "{ $count }",
    "{ -brand }",
    "now!",
    "«quoted»",
    "a,b",
    "🙂",
];

fn phrase() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..5).prop_map(|w| w.join(" "))
}

/// One generated entry: what it is, its words, and how many blank lines follow it.
#[derive(Debug, Clone)]
struct Shape {
    kind: u8,
    words: String,
    attributes: usize,
    comment: bool,
    blank_after: usize,
}

fn shape() -> impl Strategy<Value = Shape> {
    (0u8..6, phrase(), 0usize..3, any::<bool>(), 0usize..3).prop_map(
        |(kind, words, attributes, comment, blank_after)| Shape {
            kind,
            words,
            attributes,
            comment,
            blank_after,
        },
    )
}

fn render(shapes: &[Shape], crlf: bool) -> String {
    let mut out = String::new();
    for (i, s) in shapes.iter().enumerate() {
        if s.comment && s.kind <= 3 {
            out.push_str(&format!("# About entry {i}\n"));
        }
        match s.kind {
            0 | 1 => out.push_str(&format!("msg-{i} = {}\n", s.words)),
            2 => out.push_str(&format!(
                "msg-{i} =\n    {}\n    and more {}\n",
                s.words, s.words
            )),
            3 => out.push_str(&format!(
                "msg-{i} =\n    {{ $count ->\n        [one] {}\n       *[other] {}\n    }}\n",
                s.words, s.words
            )),
            4 => out.push_str(&format!("-term-{i} = {}\n", s.words)),
            _ => out.push_str(&format!("## Group {i}\n")),
        }
        if s.kind <= 3 {
            for a in 0..s.attributes {
                out.push_str(&format!("    .attr{a} = {}\n", s.words));
            }
        }
        for _ in 0..s.blank_after {
            out.push('\n');
        }
        if i % 7 == 6 {
            // Some junk, kept verbatim by every edit.
            out.push_str("broken = { $oops\n\n");
        }
    }
    if crlf { out.replace('\n', "\r\n") } else { out }
}

fn edit() -> impl Strategy<Value = (u8, usize, String, usize)> {
    (0u8..5, 0usize..40, phrase(), 0usize..3)
}

fn make_edit(doc: &Document, (op, pick, words, n): (u8, usize, String, usize)) -> Option<Edit> {
    let ids: Vec<String> = doc.ids().map(str::to_owned).collect();
    let id = ids.get(pick % ids.len().max(1))?.clone();
    Some(match op {
        0 => Edit::SetValue {
            id,
            value: Some(if n == 0 {
                words
            } else {
                format!("{words}\n{words}")
            }),
        },
        1 => Edit::SetAttribute {
            id,
            attribute: format!("attr{n}"),
            value: (pick % 3 != 0).then_some(words),
        },
        2 => Edit::SetVariant {
            id,
            attribute: None,
            keys: vec!["one".into()],
            value: words,
        },
        3 => Edit::Remove { id },
        _ => {
            let order: Vec<String> = ids
                .iter()
                .take(pick % (ids.len() + 1))
                .cloned()
                .chain([format!("new-{pick}")])
                .chain(ids.iter().skip(pick % (ids.len() + 1)).cloned())
                .collect();
            Edit::Add {
                id: format!("new-{pick}"),
                value: words,
                order,
            }
        }
    })
}

type Listing = Vec<(EntryKind, Option<String>, String)>;

fn listing(doc: &Document) -> Listing {
    doc.entries()
        .iter()
        .map(|e| (e.kind, e.id.clone(), doc.entry_text(e).to_owned()))
        .collect()
}

/// The listing without the first entry with this id.
fn without(list: &Listing, id: &str) -> Listing {
    let mut list = list.clone();
    if let Some(i) = list
        .iter()
        .position(|(_, eid, _)| eid.as_deref() == Some(id))
    {
        list.remove(i);
    }
    list
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_edits_leave_untouched_entries_alone(
        shapes in prop::collection::vec(shape(), 1..14),
        crlf in any::<bool>(),
        edits in prop::collection::vec(edit(), 1..12),
    ) {
        let source = render(&shapes, crlf);
        let mut doc = Document::parse(&source);
        prop_assert_eq!(doc.to_bytes(), source.as_bytes());
        for e in edits {
            let Some(edit) = make_edit(&doc, e) else { continue };
            let before = listing(&doc);
            let id = edit.id().to_owned();
            if doc.apply(&edit).is_err() {
                // A refused edit changes nothing.
                prop_assert_eq!(listing(&doc), before);
                continue;
            }
            // Parse the saved bytes afresh, as a reload would.
            let reloaded = Document::from_bytes(&doc.to_bytes()).unwrap();
            let after = listing(&reloaded);
            match &edit {
                Edit::Add { .. } => prop_assert_eq!(without(&after, &id), before),
                Edit::Remove { .. } => prop_assert_eq!(after, without(&before, &id)),
                _ => {
                    prop_assert_eq!(without(&after, &id), without(&before, &id));
                    prop_assert_eq!(after.len(), before.len());
                }
            }
            if let Edit::SetValue { value: Some(v), .. } | Edit::Add { value: v, .. } = &edit {
                let read_back = reloaded.value_text(&id);
                prop_assert_eq!(read_back.as_deref(), Some(v.as_str()));
            }
            if crlf {
                let text = reloaded.text();
                prop_assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
            }
            doc = reloaded;
        }
    }
}

/// Pieces of Fluent syntax, well and badly placed: what the recognizer in `chorus::fluent::syntax` must read
/// exactly as fluent-syntax does.
const SYNTAX: &[&str] = &[
    "{",
    "}",
    "{ ",
    " }",
    "(",
    ")",
    "\"",
    "\\",
    "\\u",
    "\\u00e9",
    "\\U01F600",
    "é",
    "[",
    "]",
    "*[",
    "[one]",
    "*[other]",
    " -> ",
    "->\n",
    "\n",
    "\r\n",
    " ",
    "    ",
    "a",
    "Abc",
    "x = ",
    "-t = ",
    "-t",
    "-t(",
    "$n",
    ".",
    ".title = ",
    "#",
    "# ",
    "## ",
    "### ",
    "=",
    ":",
    ",",
    "1",
    "-2.5",
    "NUMBER(",
    "F(a: ",
    "m.attr",
    "text",
    "\n    ",
    "\n  *[other] x\n}",
    "\n}\n",
];

fn syntax_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(SYNTAX), 0..60).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// The recognizer that bounds nesting must agree with the parser on every entry it fails, or
    /// its depth count could be wrong: where each junk starts, in any text shallow enough for both.
    #[test]
    fn the_nesting_guard_reads_fluent_as_fluent_syntax_does(text in syntax_soup()) {
        let parser = chorus::fluent::syntax::parser_junk_starts(&text);
        prop_assume!(parser.is_some());
        prop_assert_eq!(Some(chorus::fluent::syntax::junk_starts(&text)), parser);
    }
}
