//! Typing as a person does (issue 15, faults 11 and 12): one key at a time, with frames drawn between
//! keys, at the end of a value, an attribute and a plural variant, with spaces, in the All and Missing
//! filters; then leaving the field and saving. Afterwards the file holds exactly what the field
//! shows, byte for byte, and nothing typed is lost to a filter.

mod common;
use chorus::app::ChorusApp;
use chorus::fluent::document::Document;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use common::{app_on, harness_builder, sample_copy, show, start, until};

fn harness(app: ChorusApp) -> Harness<'static, ChorusApp> {
    start(harness_builder(egui::vec2(1400.0, 1000.0)), app)
}

/// Opens the overview's cell of a statement (by title) in a locale.
fn open(harness: &mut Harness<'_, ChorusApp>, title: &str, locale: &str) {
    harness
        .get_by_label_contains(&format!("{title}, {locale}:"))
        .click();
    harness.run();
}

/// The text field whose label starts with `label` (the first one, when several do).
fn field<'h>(harness: &'h Harness<'_, ChorusApp>, label: &str) -> egui_kittest::Node<'h> {
    harness
        .get_all_by_role(Role::MultilineTextInput)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l == label || l.starts_with(&format!("{label} ")))
        })
        .unwrap_or_else(|| panic!("no field labelled {label}"))
}

/// Puts the cursor at the end of a field and types `text` one key at a time, letting the window
/// draw between keys as it does while a person types.
fn type_slowly(harness: &mut Harness<'_, ChorusApp>, label: &str, text: &str) {
    field(harness, label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.run();
    for c in text.chars() {
        field(harness, label).type_text(&c.to_string());
        harness.run();
    }
}

/// Leaves the field (the focus goes to the search box, as a click elsewhere would move it), then
/// saves and waits for the files to be written.
fn leave_and_save(harness: &mut Harness<'_, ChorusApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    until(harness, |app| !app.is_saving(), "the save");
}

/// A message's value, attribute or variant text as the file on disk has it now.
fn on_disk(
    path: &std::path::Path,
    id: &str,
    attribute: Option<&str>,
    variant: Option<&str>,
) -> String {
    let doc = Document::parse(&std::fs::read_to_string(path).unwrap());
    match (attribute, variant) {
        (Some(a), _) => doc.attribute_text(id, a),
        (None, Some(v)) => doc.variant_text(id, None, &[v]),
        (None, None) => doc.value_text(id),
    }
    .unwrap_or_else(|| panic!("{id} is not in {}", path.display()))
}

fn shown(harness: &Harness<'_, ChorusApp>, label: &str) -> String {
    field(harness, label).value().unwrap_or_default()
}

#[test]
fn fault_11_spaces_typed_at_the_end_of_a_value_and_an_attribute_are_saved_as_shown() {
    let dir = sample_copy();
    let de = dir.path().join("locales/de/free-boris-kagarlitsky.ftl");
    let mut harness = harness(app_on(dir.path()));
    open(&mut harness, "Free Boris Kagarlitsky", "de");

    // An attribute, then a value: " so gut" typed at the end, and a space left at the very end.
    type_slowly(&mut harness, "headline.short", " so gut");
    type_slowly(&mut harness, "demand", " Jetzt und sofort ");
    leave_and_save(&mut harness);
    for (label, id, attribute) in [
        ("headline.short", "headline", Some("short")),
        ("demand", "demand", None),
    ] {
        let file = on_disk(&de, id, attribute, None);
        assert_eq!(
            shown(&harness, label),
            file,
            "{label}: the field and the file"
        );
        assert!(!file.ends_with(' '), "{label}: {file:?}");
    }
    assert!(on_disk(&de, "headline", Some("short"), None).ends_with(" so gut"));
    let text = std::fs::read_to_string(&de).unwrap();
    assert!(
        !text.lines().any(|l| l.ends_with(' ')),
        "no line of the file ends in a space"
    );
}

#[test]
fn fault_11_spaces_typed_at_the_end_of_a_plural_variant_are_saved_as_shown() {
    let dir = sample_copy();
    let uk = dir.path().join("locales/uk/petition-kagarlitsky.ftl");
    let mut harness = harness_for(dir.path(), "Petition: sign for Boris Kagarlitsky", "uk");
    type_slowly(&mut harness, "[few]", " разом  ");
    leave_and_save(&mut harness);
    let file = on_disk(&uk, "signature-count", None, Some("few"));
    assert_eq!(shown(&harness, "[few]"), file);
    assert!(file.ends_with(" разом"), "{file:?}");
}

fn harness_for(dir: &std::path::Path, title: &str, locale: &str) -> Harness<'static, ChorusApp> {
    let mut harness = harness(app_on(dir));
    open(&mut harness, title, locale);
    harness
}

#[test]
fn fault_12_a_message_typed_into_under_the_missing_filter_keeps_every_key() {
    let dir = sample_copy();
    let fr = dir.path().join("locales/fr/petition-kagarlitsky.ftl");
    let mut harness = harness_for(dir.path(), "Petition: sign for Boris Kagarlitsky", "fr");
    show(&mut harness, "Missing");
    let typed = "Partagez cette pétition avec vos amis.";
    type_slowly(&mut harness, "share", typed);
    // Still listed while it is being typed into, and nothing typed was lost.
    assert_eq!(shown(&harness, "share"), typed);
    leave_and_save(&mut harness);
    assert_eq!(on_disk(&fr, "share", None, None), typed);
    // Once the user has moved on, the Missing filter no longer lists it.
    show(&mut harness, "All");
    show(&mut harness, "Missing");
    assert!(
        harness.get_all_by_role(Role::MultilineTextInput).all(|n| n
            .accesskit_node()
            .label()
            .as_deref()
            != Some("share")),
        "a translated message leaves the Missing list once the user moved on"
    );
}

#[test]
fn fault_12_a_message_fixed_under_the_errors_filter_stays_until_the_user_moves_on() {
    let dir = sample_copy();
    let de = dir.path().join("locales/de/free-boris-kagarlitsky.ftl");
    let text = std::fs::read_to_string(&de).unwrap();
    let broken = text.replacen(
        "Freilassung von { -person }",
        "Freilassung von { -person } { $wrong }",
        1,
    );
    assert_ne!(text, broken);
    std::fs::write(&de, broken).unwrap();
    let mut harness = harness_for(dir.path(), "Free Boris Kagarlitsky", "de");
    show(&mut harness, "With errors");
    field(&harness, "demand").focus();
    harness.run();
    // Take out " { $wrong }" key by key: the message is fixed (and passes through text that does
    // not parse) while its row stays where the user is typing.
    let before = shown(&harness, "demand");
    let after = before.find(" { $wrong }").unwrap() + " { $wrong }".len();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.run();
    for _ in 0..before[after..].chars().count() {
        harness.key_press(Key::ArrowLeft);
        harness.run();
    }
    for _ in 0.." { $wrong }".chars().count() {
        harness.key_press(Key::Backspace);
        harness.run();
    }
    let now = shown(&harness, "demand");
    assert!(!now.contains("$wrong"), "{now}");
    leave_and_save(&mut harness);
    assert_eq!(
        on_disk(&de, "demand", None, None),
        shown(&harness, "demand")
    );
}
