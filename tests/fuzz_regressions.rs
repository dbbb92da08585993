//! Inputs the fuzz targets (`fuzz/`) found, kept so that what they showed stays fixed.
//! The files are in `tests/fuzz-cases/`.

mod common;

use std::path::Path;

use chorus::fluent::document::{Document, Edit};
use chorus::workspace::statement::Statement;

fn case(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz-cases")
            .join(name),
    )
    .unwrap()
}

/// `statement_ron` found that RON reads `NaN` as a number: the statement loaded, and as NaN is not
/// equal to itself, it did not read back as itself. Such a variable is now refused, with its place.
#[test]
fn a_variable_that_is_not_a_number_is_refused_with_its_line_and_column() {
    let bytes = case("statement-nan.ron");
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("Number(-NaN)"));
    let err = Statement::from_ron(&text).unwrap_err();
    assert_eq!(
        err.problem.to_string(),
        "variable distance-km is NaN, not a number a statement can show"
    );
    let position = err.position.expect("the variable's place");
    let line = text
        .lines()
        .position(|l| l.contains("\"distance-km\""))
        .unwrap()
        + 1;
    assert_eq!(position.line, line);
    for bad in ["inf", "-inf"] {
        let text = text.replace("Number(-NaN)", &format!("Number({bad})"));
        let err = Statement::from_ron(&text).unwrap_err();
        let problem = err.problem.to_string();
        assert!(problem.contains("distance-km is"), "{problem}");
    }
    // Finite numbers still load, and read back as themselves.
    let fine = text.replace("Number(-NaN)", "Number(1500)");
    let s = Statement::from_ron(&fine).unwrap();
    assert_eq!(Statement::from_ron(&s.to_ron()).unwrap(), s);
}

/// `ftl_edit` found that adding a message after a last line with no line break gives that line one: the
/// only change an edit makes outside its own entry, and a needed one. The new message is whole, the
/// old one keeps every other byte, and the result reads back the same.
#[test]
fn adding_after_a_last_line_without_a_line_break_only_adds_the_line_break() {
    // The fuzzer's input is kept as it was found (`cargo fuzz run ftl_edit
    // tests/fuzz-cases/ftl-edit-add-after-last-line.bin` replays it); decoded, it is this file and
    // this edit.
    assert!(!case("ftl-edit-add-after-last-line.bin").is_empty());
    let file = b"KKKKKKKKKKKKKKKKKKKKKK=========\x00======#";
    let mut doc = Document::from_bytes(file).unwrap();
    let before: Vec<String> = doc
        .entries()
        .iter()
        .map(|e| doc.entry_text(e).to_owned())
        .collect();
    doc.apply(&Edit::Add {
        id: "llllllllllNNNNN".into(),
        value: "N=NNN".into(),
        order: doc.ids().map(str::to_owned).collect(),
    })
    .unwrap();
    let text = String::from_utf8(doc.to_bytes()).unwrap();
    assert_eq!(
        text,
        format!("{}\n\nllllllllllNNNNN = N=NNN\n", before.concat())
    );
    assert_eq!(doc.value_text("llllllllllNNNNN").unwrap(), "N=NNN");
    let first = doc.entries().first().unwrap();
    assert_eq!(doc.entry_text(first), format!("{}\n", before[0]));
    let reread = Document::parse(&text);
    let shape = |d: &Document| -> Vec<(Option<String>, String)> {
        d.entries()
            .iter()
            .map(|e| (e.id.clone(), d.entry_text(e).to_owned()))
            .collect()
    };
    assert_eq!(shape(&reread), shape(&doc));
}

/// `html_export`'s first input (all text empty) showed the index page's `<span>`s, which the target's
/// list of the exporter's own tags lacked. The list is now the same here and there; with empty text
/// every tag in both pages is still one of the exporter's.
#[test]
fn empty_text_exports_with_only_the_exporters_own_tags() {
    use chorus::base::ids::{Id, Locale};
    let mut ws = chorus::workspace::Workspace::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let id = Id::new("free-boris-kagarlitsky").unwrap();
    let fr = Locale::new("fr").unwrap();
    ws.file_mut(&fr, &id).unwrap().document = Document::parse("");
    let statement = &mut ws.statements.get_mut(&id).unwrap().statement;
    statement.signatories[0].name.clear();
    statement.publisher.clear();
    statement.contact.clear();
    let statement = statement.clone();
    let page = chorus::publish::export::page(&ws, &statement, &fr, true).unwrap();
    let pages = [
        chorus::publish::export::to_html(&page),
        chorus::publish::export::index_html(&statement, std::slice::from_ref(&page)),
    ];
    for html in pages {
        for (at, name) in chorus::publish::export::tag_names(&html) {
            assert!(
                chorus::publish::export::TAGS.contains(&name.as_str()),
                "<{name}> at byte {at}"
            );
        }
    }
}

/// `ftl_edit` found a file that defines `KKK` twice, where the target compared the second `KKK` with
/// the first. Chorus was right: an edit goes to the first definition, and the second keeps its bytes,
/// NUL and missing final line break included.
#[test]
fn an_edit_to_a_file_with_a_duplicate_id_leaves_the_second_definition_alone() {
    assert!(!case("ftl-edit-duplicate-id.bin").is_empty());
    let file: &[u8] =
        b"KKKKKKKKKKKKKKKKKKKKKK=====KKKKKK\x15KKKKKKKKK=========\nKKK====KKKKKKK=========\nKKK=========\x00";
    let mut doc = Document::from_bytes(file).unwrap();
    let texts = |d: &Document| -> Vec<String> {
        d.entries()
            .iter()
            .map(|e| d.entry_text(e).to_owned())
            .collect()
    };
    let before = texts(&doc);
    assert_eq!(before.len(), 3);
    let edit = Edit::SetValue {
        id: "KKKKKKKKKKKKKKKKKKKKKK".into(),
        value: Some(format!("{}K", "\u{8}".repeat(23))),
    };
    doc.apply(&edit).unwrap();
    let after = texts(&doc);
    assert_eq!(after[1..], before[1..], "both KKK entries keep their bytes");
    assert_eq!(texts(&Document::parse(doc.text())), after);
    // An edit to KKK goes to its first definition.
    doc.apply(&Edit::SetValue {
        id: "KKK".into(),
        value: Some("first".into()),
    })
    .unwrap();
    assert_eq!(doc.entries()[1].id.as_deref(), Some("KKK"));
    assert!(doc.entry_text(&doc.entries()[1]).contains("first"));
    assert_eq!(doc.value_text("KKK").unwrap(), "first");
    assert_eq!(doc.entry_text(&doc.entries()[2]), "KKK=========\0");
}

/// `ftl_edit` found that fluent-syntax 0.12 panics on a `\u` escape cut short by a non-ASCII character
/// (it slices inside the character): one such line in a file crashed Chorus when loading it. The text
/// the parser sees now has that character masked (`chorus::fluent::syntax::Source`), so the line is junk with
/// an error, like any other broken line, and everything else works: loading, checking, the preview,
/// export, and saving byte for byte.
#[test]
fn a_unicode_escape_cut_short_by_a_wide_character_is_junk_not_a_crash() {
    assert!(!case("ftl-parser-panic-unicode-escape.bin").is_empty());
    // Decoded from the kept input.
    let file = b"R{{=\nKKKKK=={{{\"{{\\u11\xe6\x80\x95\nKK\xe6\x80\x95\nK2";
    let doc = Document::from_bytes(file).unwrap();
    assert_eq!(doc.to_bytes(), file);
    assert!(!doc.errors().is_empty());

    // The same in a real file of the sample: the rest of the file still works.
    let dir = common::sample_copy();
    let path = dir.path().join("locales/fr/free-boris-kagarlitsky.ftl");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("broken = { \"\\u11é\" }\n");
    std::fs::write(&path, &text).unwrap();
    let ws = chorus::workspace::Workspace::load(dir.path()).unwrap();
    let problem = ws
        .problems
        .iter()
        .find(|p| p.path.ends_with("fr/free-boris-kagarlitsky.ftl"))
        .expect("the broken line is a problem");
    assert_eq!(problem.position.unwrap().line, text.lines().count());
    let id = chorus::base::ids::Id::new("free-boris-kagarlitsky").unwrap();
    let fr = chorus::base::ids::Locale::new("fr").unwrap();
    let scope = chorus::checks::Scope {
        statement: None,
        locale: None,
    };
    let findings = chorus::checks::check_workspace(&ws, &scope);
    assert!(chorus::checks::report::to_text(&findings).contains("free-boris-kagarlitsky.ftl"));
    let statement = ws.statements[&id].statement.clone();
    let page = chorus::publish::export::page(&ws, &statement, &fr, true).unwrap();
    assert!(chorus::publish::export::to_text(&page).contains("Libérez Boris Kagarlitsky"));
    assert_eq!(
        ws.file(&fr, &id).unwrap().document.to_bytes(),
        text.as_bytes()
    );
}
