//! The statement as a reader sees it, rendered from the sample workspace in several locales.

mod common;

use std::path::Path;

use chorus::base::ids::{Id, Locale};
use chorus::publish::preview::{Preview, Segment, render};
use chorus::workspace::Workspace;

fn sample() -> Workspace {
    Workspace::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn preview(ws: &Workspace, statement: &str, locale: &str) -> Preview {
    let id = Id::new(statement).unwrap();
    let locale = Locale::new(locale).unwrap();
    let s = &ws.statements[&id].statement;
    let source = ws.file(&s.source, &id).map(|f| &f.document);
    let target = ws.file(&locale, &id).map(|f| &f.document);
    render(s, &locale, source, target)
}

fn paragraph(p: &Preview, id: &str) -> String {
    p.paragraphs
        .iter()
        .find(|r| r.message == id)
        .unwrap()
        .text()
}

#[test]
fn english_shows_the_facts_with_formatted_numbers_and_dates() {
    let ws = sample();
    let p = preview(&ws, "free-boris-kagarlitsky", "en");
    assert_eq!(p.headline.text(), "Free Boris Kagarlitsky now!");
    assert!(
        paragraph(&p, "arrest").starts_with("On July 25, 2023, the FSB detained Boris Kagarlitsky")
    );
    assert!(paragraph(&p, "detention").contains("more than 1,000 km from Moscow"));
    assert!(paragraph(&p, "sentence").contains("up to 7 years in prison"));
    assert_eq!(p.date, "July 27, 2023");
    // Sections switched off are left out; no isolation marks in text meant for reading.
    assert!(p.paragraphs.iter().all(|r| r.message != "wider-repression"));
    assert!(
        p.paragraphs
            .iter()
            .all(|r| !r.missing && !r.has_unresolved())
    );
    assert!(
        !p.paragraphs
            .iter()
            .any(|r| r.text().contains(['\u{2068}', '\u{2069}']))
    );
    let capacity: Vec<_> = p
        .signatories
        .iter()
        .filter_map(|s| s.capacity.as_ref())
        .collect();
    assert_eq!(capacity.len(), 2);
    assert_eq!(capacity[0].text(), "in a personal capacity");
}

#[test]
fn each_locale_writes_numbers_dates_and_plurals_its_own_way() {
    let ws = sample();
    let de = preview(&ws, "free-boris-kagarlitsky", "de");
    assert!(
        paragraph(&de, "detention").contains("1.000 km"),
        "{}",
        paragraph(&de, "detention")
    );
    assert!(
        paragraph(&de, "arrest").contains("25. Juli 2023"),
        "{}",
        paragraph(&de, "arrest")
    );
    let ru = preview(&ws, "free-boris-kagarlitsky", "ru");
    assert!(
        paragraph(&ru, "arrest").starts_with("25 июля 2023"),
        "{}",
        paragraph(&ru, "arrest")
    );
    // 7 is "many" in Russian: "до 7 лет".
    assert!(
        paragraph(&ru, "sentence").contains("до 7 лет"),
        "{}",
        paragraph(&ru, "sentence")
    );
    assert!(
        paragraph(&ru, "detention").contains("1\u{a0}000"),
        "{}",
        paragraph(&ru, "detention")
    );
    let zh = preview(&ws, "free-boris-kagarlitsky", "zh-CN");
    assert!(
        paragraph(&zh, "arrest").contains("2023年7月25日"),
        "{}",
        paragraph(&zh, "arrest")
    );
    let petition = preview(&ws, "petition-kagarlitsky", "ru");
    assert!(paragraph(&petition, "goal").contains("5\u{a0}000"));
}

#[test]
fn missing_translations_fall_back_to_the_source_and_say_so() {
    let ws = sample();
    let uk = preview(&ws, "free-boris-kagarlitsky", "uk");
    let missing: Vec<&str> = uk
        .paragraphs
        .iter()
        .filter(|r| r.missing)
        .map(|r| r.message.as_str())
        .collect();
    assert!(missing.contains(&"call-to-action"), "{missing:?}");
    let call = uk
        .paragraphs
        .iter()
        .find(|r| r.message == "call-to-action")
        .unwrap();
    assert!(call.text().starts_with("We call on organisations"));
    assert!(!uk.headline.missing);
}

#[test]
fn unresolved_references_stay_visible_and_marked() {
    let mut ws = sample();
    let id = Id::new("free-boris-kagarlitsky").unwrap();
    let fr = Locale::new("fr").unwrap();
    let edit = chorus::fluent::document::Edit::SetValue {
        id: "demand".into(),
        value: Some("Libérez { -nobody } avant le { $deadline }.".into()),
    };
    ws.file_mut(&fr, &id)
        .unwrap()
        .document
        .apply(&edit)
        .unwrap();
    let p = preview(&ws, "free-boris-kagarlitsky", "fr");
    let demand = p.paragraphs.iter().find(|r| r.message == "demand").unwrap();
    assert_eq!(
        demand.segments,
        [
            Segment::Text("Libérez ".into()),
            Segment::Unresolved("{-nobody}".into()),
            Segment::Text(" avant le ".into()),
            Segment::Unresolved("{$deadline}".into()),
            Segment::Text(".".into()),
        ]
    );
}

#[test]
fn messages_outside_the_statement_still_resolve_when_referenced() {
    let mut ws = sample();
    let id = Id::new("free-boris-kagarlitsky").unwrap();
    let de = Locale::new("de").unwrap();
    let doc = &mut ws.file_mut(&de, &id).unwrap().document;
    // A helper message no section shows, referring to another one and to a term with a case.
    for (name, value) in [
        ("helper-outer", "{ helper-inner } und {-person}"),
        ("helper-inner", "Freiheit({ helper-deep })"),
        ("helper-deep", "jetzt"),
    ] {
        let edit = chorus::fluent::document::Edit::Add {
            id: name.into(),
            value: value.into(),
            order: Vec::new(),
        };
        doc.apply(&edit).unwrap();
    }
    let edit = chorus::fluent::document::Edit::SetValue {
        id: "demand".into(),
        value: Some("Wir fordern: { helper-outer }.".into()),
    };
    doc.apply(&edit).unwrap();
    let p = preview(&ws, "free-boris-kagarlitsky", "de");
    let demand = paragraph(&p, "demand");
    assert!(
        demand.starts_with("Wir fordern: Freiheit(jetzt) und Boris"),
        "{demand}"
    );
}

#[test]
fn a_name_the_locale_lacks_shows_as_the_source_has_it_marked_never_as_an_error() {
    // A new Persian translation uses { -person } before the names are translated.
    let ws = sample();
    let id = Id::new("free-boris-kagarlitsky").unwrap();
    let s = &ws.statements[&id].statement;
    let english = &ws.file(&s.source, &id).unwrap().document;
    let fa = chorus::fluent::document::Document::parse(
        "demand = ما خواستار آزادی فوری و بی‌قید و شرط { -person } هستیم.\n",
    );
    let p = render(s, &Locale::new("fa").unwrap(), Some(english), Some(&fa));
    let demand = p.paragraphs.iter().find(|r| r.message == "demand").unwrap();
    assert!(!demand.missing && !demand.has_unresolved(), "{demand:?}");
    assert!(demand.has_source_names());
    assert!(
        demand
            .segments
            .contains(&Segment::FromSource("Boris Kagarlitsky".to_owned())),
        "{:?}",
        demand.segments
    );
    assert!(demand.text().contains("آزادی فوری"));

    // A term with variants falls back whole, its variant chosen as the source would choose it: the
    // Russian as the source, a target that has no names at all.
    let ru = &ws.file(&Locale::new("ru").unwrap(), &id).unwrap().document;
    let bare = chorus::fluent::document::Document::parse(
        "demand = Freiheit für { -person(case: \"acc\") } und { -person-description(case: \"gen\") }.\n",
    );
    let p = render(s, &Locale::new("de").unwrap(), Some(ru), Some(&bare));
    let demand = p.paragraphs.iter().find(|r| r.message == "demand").unwrap();
    let names: Vec<&Segment> = demand
        .segments
        .iter()
        .filter(|s| matches!(s, Segment::FromSource(_)))
        .collect();
    assert_eq!(names.len(), 2, "{:?}", demand.segments);
    assert_eq!(
        names[0],
        &Segment::FromSource("Бориса Кагарлицкого".to_owned())
    );
    assert!(
        demand
            .text()
            .starts_with("Freiheit für Бориса Кагарлицкого und социолога")
    );
    // The marks never reach the text.
    assert!(!demand.text().contains(['\u{F8F0}', '\u{F8F1}']));
}

#[test]
fn the_contact_is_one_address_the_publication_s_and_an_older_variable_follows_it() {
    use chorus::workspace::editing::{Editor, Field, WorkspaceEdit};
    use chorus::workspace::statement::{StatementEdit, StatementField, Value};
    // The sample's statement has both a `contact` variable and Publication → Contact.
    let dir = common::sample_copy();
    let root = dir.path();
    let path = root.join("statements/free-boris-kagarlitsky.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    // Someone changed one by hand: the page uses the publication's, and loading says so.
    let edited = text.replacen(
        "value: Text(\"free-boris@example.org\")",
        "value: Text(\"old@example.org\")",
        1,
    );
    assert_ne!(edited, text, "the sample's contact variable");
    std::fs::write(&path, edited).unwrap();
    let mut ws = Workspace::load(root).unwrap();
    let warning: Vec<String> = ws.problems.iter().map(ToString::to_string).collect();
    assert_eq!(warning.len(), 1, "{warning:?}");
    assert!(
        warning[0].contains("statements/free-boris-kagarlitsky.ron")
            && warning[0].contains("old@example.org")
            && warning[0].contains("free-boris@example.org"),
        "{warning:?}"
    );
    let p = preview(&ws, "free-boris-kagarlitsky", "de");
    assert_eq!(p.contact.unwrap().text(), "Kontakt: free-boris@example.org");

    // Publication → Contact, edited as the adapt view does: the variable follows, the page shows
    // the new address, and nothing is left to warn about.
    let id = Id::new("free-boris-kagarlitsky").unwrap();
    let edit = WorkspaceEdit::Statement {
        statement: id.clone(),
        edit: StatementEdit::SetContact("press@example.org".into()),
    };
    let field = Field::statement(&id, StatementField::Contact);
    Editor::default().apply(&mut ws, field, edit).unwrap();
    let s = &ws.statements[&id].statement;
    assert_eq!(s.contact_variable_differs(), None);
    let variable = s.variables.iter().find(|v| v.name == "contact").unwrap();
    assert_eq!(variable.value, Value::Text("press@example.org".into()));
    let p = preview(&ws, "free-boris-kagarlitsky", "de");
    assert_eq!(p.contact.unwrap().text(), "Kontakt: press@example.org");
}

#[test]
fn the_organisers_words_read_in_the_locale_wherever_the_page_goes_and_as_written_until_then() {
    use chorus::publish::export::{page, to_html, to_text};
    use chorus::workspace::words::word_id;
    let dir = common::sample_copy();
    let statement = Id::new("free-boris-kagarlitsky").unwrap();
    // The sample's Arabic (right to left) and Chinese translate every word; Brazilian Portuguese
    // is given one here; Spanish has none.
    let add = |locale: &str, lines: &[(&str, &str)]| {
        let path = dir
            .path()
            .join(format!("locales/{locale}/free-boris-kagarlitsky.ftl"));
        let mut text = std::fs::read_to_string(&path).unwrap();
        for (word, translation) in lines {
            text.push_str(&format!("{} = {translation}\n", word_id(word)));
        }
        std::fs::write(&path, text).unwrap();
    };
    add("pt-BR", &[("Brazil", "Brasil")]);
    let ws = Workspace::load(dir.path()).unwrap();
    assert_eq!(ws.problems, []);
    let s = &ws.statements[&statement].statement;
    for (locale, translated, untranslated) in [
        (
            "ar",
            vec![
                "Leila Haddad (شبكة الأصوات الحرة, لبنان)",
                "Chen Yu (تايوان)",
            ],
            None,
        ),
        ("zh-CN", vec!["Chen Yu (台湾)", "(莱比锡大学, 德国)"], None),
        (
            "pt-BR",
            vec!["Ana Lima (Translators for Solidarity, Brasil)"],
            Some("Lebanon"),
        ),
        ("es", vec![], Some("Free Voices Network")),
    ] {
        let p = preview(&ws, "free-boris-kagarlitsky", locale);
        let page = page(&ws, s, &Locale::new(locale).unwrap(), true).unwrap();
        let (text, html) = (to_text(&page), to_html(&page));
        let lines: Vec<String> = p
            .signatories
            .iter()
            .map(|l| format!("{} ({})", l.name, l.details))
            .chain([p.publisher.clone()])
            .collect();
        for words in &translated {
            assert!(
                lines.iter().any(|l| l.contains(words)),
                "{locale}: {lines:?}"
            );
            assert!(text.contains(words), "{locale}: {text}");
            // HTML keeps the name and the words in their own elements; each word is there.
            for word in words
                .split(['(', ')', ','])
                .map(str::trim)
                .filter(|w| !w.is_empty())
            {
                assert!(html.contains(word), "{locale}: {word} in {html}");
            }
        }
        let Some(untranslated) = untranslated else {
            // Every word translated: none of the source's is left on the page.
            assert!(
                !text.contains("Germany") && !text.contains("Free Voices"),
                "{text}"
            );
            continue;
        };
        assert!(
            lines.iter().any(|l| l.contains(untranslated)),
            "{locale}: {lines:?}"
        );
        assert!(text.contains(untranslated), "{locale}: {text}");
    }
    // The source's page is as the organisers wrote it.
    let en = preview(&ws, "free-boris-kagarlitsky", "en");
    assert_eq!(en.publisher, "Free Voices Network");
}
