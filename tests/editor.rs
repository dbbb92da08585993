//! The editor, driven as a user would through egui_kittest, on a copy of the sample workspace.
//! The harness's checks stay on: every widget needs an accessible name, every glyph a font.

mod common;
use chorus::app::{Action, ChorusApp, Command};
use chorus::base::ids::{Id, Locale};
use chorus::fluent::document::Edit;
use chorus::workspace::Workspace;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use common::{
    app_on, app_with, harness_builder, open_review, retype, reviewing, sample_copy, show, start,
    until,
};

fn harness(app: ChorusApp) -> Harness<'static, ChorusApp> {
    start(harness_builder(egui::vec2(1400.0, 1000.0)), app)
}

const KAGARLITSKY: &str = "Free Boris Kagarlitsky";

/// Clicks the overview's cell of a statement (by title) in a locale.
fn open(harness: &mut Harness<'_, ChorusApp>, title: &str, locale: &str) {
    harness
        .get_by_label_contains(&format!("{title}, {locale}:"))
        .click();
    harness.run();
}

/// Ctrl+S, then waits for the files to be written on their thread.
fn save(harness: &mut Harness<'_, ChorusApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    until_saved(harness);
}

fn until_saved(harness: &mut Harness<'_, ChorusApp>) {
    until(harness, |app| !app.is_saving(), "the save");
}

/// The window's close button, as the platform reports it to egui.
fn request_close(harness: &mut Harness<'_, ChorusApp>) {
    let root = harness.input_mut().viewports.entry(egui::ViewportId::ROOT);
    root.or_default().events.push(egui::ViewportEvent::Close);
}

fn field<'h>(harness: &'h Harness<'_, ChorusApp>, label: &'h str) -> egui_kittest::Node<'h> {
    harness.get_by_role_and_label(Role::MultilineTextInput, label)
}

/// The Kagarlitsky statement's messages in `locale`, as the app holds them now.
fn kagarlitsky<'h>(
    harness: &'h Harness<'_, ChorusApp>,
    locale: &str,
) -> &'h chorus::fluent::document::Document {
    let ws = harness.state().workspace();
    let id = Id::new("free-boris-kagarlitsky").unwrap();
    &ws.file(&Locale::new(locale).unwrap(), &id)
        .unwrap()
        .document
}

/// Puts the cursor in a message's field and types there, as a user would.
fn type_into(harness: &mut Harness<'_, ChorusApp>, label: &str, text: &str) {
    field(harness, label).focus();
    harness.run();
    field(harness, label).type_text(text);
    harness.run();
}

#[test]
fn translate_a_missing_message_see_it_undo_redo_and_save_only_that_message() {
    let dir = sample_copy();
    let path = dir.path().join("locales/uk/free-boris-kagarlitsky.ftl");
    let before = std::fs::read_to_string(&path).unwrap();
    let mut harness = harness(app_on(dir.path()));
    open(&mut harness, KAGARLITSKY, "uk");
    // The missing message shows the English in the preview until it is translated.
    let english = "This is not the first time the state has come for him.";
    let shown = |harness: &Harness<'_, ChorusApp>, text: &str| {
        harness.query_all_by_label_contains(text).count()
    };
    assert!(shown(&harness, english) >= 1);

    // Alt+Shift+Down goes to the next missing message and puts the cursor in it.
    harness.key_press_modifiers(Modifiers::ALT | Modifiers::SHIFT, Key::ArrowDown);
    harness.run();
    let text = "Держава переслідує його не вперше.";
    let input = field(&harness, "earlier-persecution");
    assert!(
        input.is_focused(),
        "the missing message's field should have the cursor"
    );
    input.type_text(text);
    harness.run();
    harness.get_by_label_contains(text);
    assert_eq!(
        harness.state().dirty_files(),
        2,
        "the .ftl and its review record"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        shown(&harness, text),
        0,
        "undo should remove the translation"
    );
    assert!(shown(&harness, english) >= 1);

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    harness.get_by_label_contains(text);

    save(&mut harness);
    harness.get_by_label("Saved 2 files.");
    assert_eq!(harness.state().dirty_files(), 0);

    // On disk, the one new message was inserted after `sentence`, where the source puts it; every
    // other line is as it was.
    let after = std::fs::read_to_string(&path).unwrap();
    let new_line = format!("earlier-persecution = {text}");
    let mut lines: Vec<&str> = after.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == new_line)
        .expect("the new message is on disk");
    assert!(
        lines[at - 1].is_empty() || lines[at - 1].starts_with("    "),
        "{after}"
    );
    lines.remove(at);
    if lines[at - 1].is_empty()
        && lines
            .get(at)
            .is_some_and(|l| l.is_empty() || l.starts_with("argument"))
    {
        lines.remove(at - 1);
    }
    let before_lines: Vec<&str> = before.lines().collect();
    assert_eq!(lines, before_lines, "only that message changed");
}

#[test]
fn a_russian_plural_offers_one_few_many_other() {
    let dir = sample_copy();
    let mut ws = Workspace::load(dir.path()).unwrap();
    let (ru, id) = (
        Locale::new("ru").unwrap(),
        Id::new("free-boris-kagarlitsky").unwrap(),
    );
    let file = ws.file_mut(&ru, &id).unwrap();
    file.document
        .apply(&Edit::Remove {
            id: "sentence".into(),
        })
        .unwrap();
    ws.save_all().unwrap();
    let mut harness = harness(app_on(dir.path()));
    open(&mut harness, KAGARLITSKY, "ru");
    for key in ["[one]", "[few]", "[many]", "*[other]"] {
        let found = harness
            .query_all(
                egui_kittest::kittest::By::new()
                    .role(Role::MultilineTextInput)
                    .label_contains(key),
            )
            .count();
        assert!(found >= 1, "no field for {key}");
    }
    harness.get_by_label_contains("[few] e.g. 2, 3, 4");
}

#[test]
fn text_that_does_not_parse_is_kept_and_explained() {
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    open(&mut harness, KAGARLITSKY, "de");
    field(&harness, "demand").focus();
    harness.run();
    let demand = field(&harness, "demand");
    demand.type_text(" { $oops");
    harness.run();
    let shown = field(&harness, "demand").value().unwrap();
    assert!(shown.ends_with(" { $oops"), "{shown}");
    harness.get_by_label_contains("not valid Fluent");
    // Nothing unparseable reached the document.
    let de = kagarlitsky(&harness, "de");
    assert!(!de.value_text("demand").unwrap().contains("$oops"));
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    open(&mut harness, KAGARLITSKY, "uk");
    type_into(&mut harness, "demand", " Негайно!");
    // A close request is simulated through the viewport's input.
    assert_eq!(
        harness.state().dirty_files(),
        2,
        "the .ftl and its review record"
    );
    request_close(&mut harness);
    harness.step();
    assert!(harness.state().is_asking_to_close());
    harness.run();
    harness.get_by_label_contains("2 files have changes that are not saved");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(!harness.state().is_asking_to_close());
    assert_eq!(harness.state().dirty_files(), 2, "cancel keeps the edits");

    // Asked again, "Save and close" writes the file.
    request_close(&mut harness);
    harness.step();
    harness.run();
    harness.get_by_label("Save and close").click();
    until_saved(&mut harness);
    assert_eq!(harness.state().dirty_files(), 0);
    let saved =
        std::fs::read_to_string(dir.path().join("locales/uk/free-boris-kagarlitsky.ftl")).unwrap();
    assert!(saved.contains(" Негайно!\n"), "{saved}");
}

#[test]
fn the_title_names_the_view_and_marks_unsaved_work_and_closing_names_each_unsaved_file() {
    let dir = sample_copy();
    let folder = dir
        .path()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let mut harness = harness(app_on(dir.path()));
    harness.run();
    let title = |h: &Harness<'_, ChorusApp>| h.state().window_title();
    assert_eq!(title(&harness), format!("Overview — {folder} — Chorus"));
    open(&mut harness, KAGARLITSKY, "uk");
    assert_eq!(
        title(&harness),
        format!("Translate: {KAGARLITSKY} · uk — {folder} — Chorus")
    );
    // Typed at a person's pace: the title gains its unsaved mark with the first key.
    field(&harness, "demand").focus();
    harness.run();
    for key in [" ", "Н", "е"] {
        field(&harness, "demand").type_text(key);
        harness.run();
    }
    assert_eq!(
        title(&harness),
        format!("● Translate: {KAGARLITSKY} · uk — {folder} — Chorus")
    );
    // Closing names both files, the review record the translator never opened included.
    request_close(&mut harness);
    harness.step();
    harness.run();
    harness.get_by_label_contains("2 files have changes that are not saved");
    harness.get_by_label("locales/uk/free-boris-kagarlitsky.ftl");
    harness.get_by_label("reviews/free-boris-kagarlitsky/uk.ron");
    harness.get_by_label("Save and close").click();
    until_saved(&mut harness);
    harness.run();
    assert_eq!(
        title(&harness),
        format!("Translate: {KAGARLITSKY} · uk — {folder} — Chorus")
    );
}

#[test]
fn the_rejected_filter_lists_what_a_reviewer_sent_back_and_search_narrows_it_down() {
    use chorus::review::LocaleReview;
    use chorus::workspace::editing::{Editor, Field, FieldPlace, ReviewEdit, WorkspaceEdit};
    use chorus::workspace::reviews::Verdict;
    // A reviewer rejected one Spanish message; the translator comes to fix it.
    let dir = sample_copy();
    let mut ws = Workspace::load(dir.path()).unwrap();
    let statement = Id::new("free-boris-kagarlitsky").unwrap();
    let es = Locale::new("es").unwrap();
    let now = LocaleReview::of(&ws, &statement, &es).unwrap();
    let texts = now.message("demand").unwrap().texts().unwrap();
    let field = Field {
        statement: statement.clone(),
        place: FieldPlace::Review {
            locale: es.clone(),
            id: "demand".into(),
        },
    };
    let edit = WorkspaceEdit::Review {
        statement,
        locale: es,
        edit: ReviewEdit::Judge {
            id: "demand".into(),
            verdict: Verdict::Rejected,
            texts,
            reviewer: "Lucía".into(),
            comment: "Más directo.".into(),
        },
    };
    Editor::default().apply(&mut ws, field, edit).unwrap();
    let mut harness = harness(ChorusApp::new(ws));
    open(&mut harness, KAGARLITSKY, "es");
    let row = |h: &Harness<'_, ChorusApp>, id: &str| {
        h.query_by_role_and_label(Role::MultilineTextInput, id)
            .is_some()
    };
    assert!(row(&harness, "arrest"));

    // Show: Rejected. Only the rejected message is listed.
    show(&mut harness, "Rejected");
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "demand")
            .is_some()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "arrest")
            .is_none()
    );

    // Back to all, then a search typed a key at a time narrows the list to what it finds.
    show(&mut harness, "All");
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "arrest")
            .is_some()
    );
    harness
        .get_by_role_and_label(Role::TextInput, "Search")
        .focus();
    harness.run();
    for key in "syktyvkar".chars() {
        harness
            .get_by_role_and_label(Role::TextInput, "Search")
            .type_text(&key.to_string());
        harness.run();
    }
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "demand")
            .is_none()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "-detention-place")
            .is_some()
    );
}

#[test]
fn a_new_language_reads_as_work_to_do_not_as_errors() {
    use chorus::workspace::editing::{Editor, Field, WorkspaceEdit};
    use chorus::workspace::statement::{StatementEdit, StatementField};
    // Persian was just added: nothing is translated, so there is no file yet.
    let dir = sample_copy();
    let mut ws = Workspace::load(dir.path()).unwrap();
    let statement = Id::new("free-boris-kagarlitsky").unwrap();
    let edit = WorkspaceEdit::Statement {
        statement: statement.clone(),
        edit: StatementEdit::AddLocale(Locale::new("fa").unwrap()),
    };
    let locales = Field::statement(&statement, StatementField::Locales);
    Editor::default().apply(&mut ws, locales, edit).unwrap();
    let mut harness = harness(ChorusApp::new(ws));
    harness.run();

    // The overview's cell counts the work, and no error: the missing file is not one here.
    let cell_label = format!("{KAGARLITSKY}, fa:");
    let cell = harness.get_by_label_contains(&cell_label);
    let description = cell.accesskit_node().label().unwrap_or_default();
    assert!(
        description.contains("0 of 17 translated, 17 still to translate"),
        "{description}"
    );
    assert!(
        description.contains("errors the checks found: 0,"),
        "{description}"
    );

    // The checks panel says what is left instead of "nothing found", and one click lists it.
    open(&mut harness, KAGARLITSKY, "fa");
    assert!(
        harness
            .query_by_label_contains("the checks are happy")
            .is_none()
    );
    harness.get_by_label("No error or warning in what is translated so far.");
    harness
        .get_by_label("17 messages still to translate")
        .click();
    harness.run();
    // Type one message at a person's pace: the count goes down by one, the filter keeps the row.
    field(&harness, "headline").focus();
    harness.run();
    for key in ["آ", "ز", "ا", "د"] {
        field(&harness, "headline").type_text(key);
        harness.run();
    }
    harness.get_by_label("16 messages still to translate");
    let fa = kagarlitsky(&harness, "fa");
    assert_eq!(fa.value_text("headline").as_deref(), Some("آزاد"));

    // A message using a name not translated yet: the preview shows the English name in its place,
    // marked, never "{-person}".
    show(&mut harness, "All");
    field(&harness, "demand").focus();
    harness.run();
    for key in "آزادی { -person }".chars() {
        field(&harness, "demand").type_text(&key.to_string());
        harness.run();
    }
    let shown = field(&harness, "demand").value().unwrap();
    let fa = kagarlitsky(&harness, "fa");
    assert_eq!(
        fa.value_text("demand").as_deref(),
        Some("آزادی { -person }")
    );
    harness.get_by_label("آزادی Boris Kagarlitsky");
    assert!(harness.query_by_label_contains("{-person}").is_none());

    // The names are pointed out to translate first; one click puts the cursor in the first.
    harness
        .get_by_label_contains("Translate the names first: -person, -person-description")
        .click();
    // It scrolls to the name and puts the cursor there over a few frames.
    harness.run_steps(8);
    assert!(field(&harness, "-person").is_focused());

    // Saved, the new file holds what the fields show, byte for byte, and the statement lists fa.
    save(&mut harness);
    let on_disk =
        std::fs::read_to_string(dir.path().join("locales/fa/free-boris-kagarlitsky.ftl")).unwrap();
    let saved = chorus::fluent::document::Document::parse(&on_disk);
    assert_eq!(saved.value_text("demand").as_deref(), Some(shown.as_str()));
    assert_eq!(saved.value_text("headline").as_deref(), Some("آزاد"));
    let statement =
        std::fs::read_to_string(dir.path().join("statements/free-boris-kagarlitsky.ron")).unwrap();
    assert!(statement.contains("\"fa\""), "{statement}");
}

#[test]
fn the_organisers_words_around_the_text_are_translated_once_and_lapse_no_sign_off() {
    use chorus::review::{LocaleReview, SignOffState};
    use chorus::workspace::words::word_id;
    let dir = sample_copy();
    let statement = Id::new("free-boris-kagarlitsky").unwrap();
    let fr = Locale::new("fr").unwrap();
    let mut harness = harness(app_on(dir.path()));
    let signed = |h: &Harness<'_, ChorusApp>| {
        LocaleReview::of(h.state().workspace(), &statement, &fr)
            .unwrap()
            .signoff_state
    };
    assert_eq!(signed(&harness), SignOffState::Current);
    open(&mut harness, KAGARLITSKY, "fr");

    // The French page shows the affiliations, countries and publisher as the organisers wrote
    // them; the checks panel counts them apart from the messages, and one click goes to the first.
    harness.get_by_label_contains("Jonas Weber (University of Leipzig, Germany)");
    harness
        .get_by_label("7 words around the text to translate")
        .click();
    harness.run_steps(8);
    let first = word_id("Translators for Solidarity");
    assert!(field(&harness, &first).is_focused());

    // "Germany" is one word though it could be signed by many: translated once, at a person's pace.
    let germany = word_id("Germany");
    // Each row says what the word is.
    assert!(harness.query_all_by_label("a signatory's country").count() >= 2);
    assert!(
        harness
            .query_all_by_label("a signatory's affiliation")
            .count()
            >= 2
    );
    field(&harness, &germany).focus();
    harness.run();
    for key in "Allemagne".chars() {
        field(&harness, &germany).type_text(&key.to_string());
        harness.run();
    }
    harness.get_by_label_contains("Jonas Weber (University of Leipzig, Allemagne)");
    harness.get_by_label("6 words around the text to translate");
    // No check takes it for a message the source lost, and the sign-off stands: the words are the
    // organisers', as the signatories are.
    assert!(harness.query_by_label_contains("obsolete").is_none());
    assert!(harness.query_by_label_contains("no longer").is_none());
    assert_eq!(signed(&harness), SignOffState::Current);

    // Saved, the file holds what the field shows; the signed-off page exports with it.
    let shown = field(&harness, &germany).value().unwrap();
    save(&mut harness);
    let on_disk =
        std::fs::read_to_string(dir.path().join("locales/fr/free-boris-kagarlitsky.ftl")).unwrap();
    let saved = chorus::fluent::document::Document::parse(&on_disk);
    assert_eq!(saved.value_text(&germany).as_deref(), Some(shown.as_str()));
    let ws = Workspace::load(dir.path()).unwrap();
    let s = &ws.statements[&statement].statement;
    let page = chorus::publish::export::page(&ws, s, &fr, false).expect("still signed off");
    let text = chorus::publish::export::to_text(&page);
    assert!(
        text.contains("Jonas Weber (University of Leipzig, Allemagne)"),
        "{text}"
    );
    assert!(text.contains("Chen Yu (Taiwan)"), "{text}");
    let found = chorus::checks::check_workspace(&ws, &chorus::checks::Scope::default());
    assert!(
        found.findings.iter().all(|f| !f.message.contains(&germany)),
        "{:?}",
        found.findings
    );
    // `chorus status` and the overview count it neither missing nor obsolete.
    let french = |ws: &Workspace| {
        let status = chorus::review::status::Status::of(ws);
        let statement = status
            .statements
            .into_iter()
            .find(|s| s.id == statement.as_str());
        let fr = statement
            .unwrap()
            .locales
            .into_iter()
            .find(|l| l.locale == "fr");
        let fr = fr.unwrap();
        (fr.missing, fr.obsolete)
    };
    assert_eq!(french(&ws), (0, 0));

    // The organisers rename the country: the page shows their new word until it is translated,
    // and the old translation is pointed out as unused.
    let ron = dir.path().join("statements/free-boris-kagarlitsky.ron");
    let text = std::fs::read_to_string(&ron).unwrap();
    std::fs::write(
        &ron,
        text.replace("\"Germany\"", "\"Federal Republic of Germany\""),
    )
    .unwrap();
    let ws = Workspace::load(dir.path()).unwrap();
    let s = &ws.statements[&statement].statement;
    let page = chorus::publish::export::page(&ws, s, &fr, false).expect("still signed off");
    let text = chorus::publish::export::to_text(&page);
    assert!(
        text.contains("(University of Leipzig, Federal Republic of Germany)"),
        "{text}"
    );
    let found = chorus::checks::check_workspace(&ws, &chorus::checks::Scope::default());
    assert!(
        found.findings.iter().any(|f| f.message.contains(&germany)),
        "{:?}",
        found.findings
    );
    assert_eq!(french(&ws), (0, 1));
}

#[test]
fn cancelling_the_reviewer_s_name_lets_the_user_leave_and_a_verdict_asks_again() {
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    open_review(&mut harness, KAGARLITSKY, "es");
    harness.get_by_label("Who is reviewing?");
    harness.get_by_label("Cancel").click();
    harness.run();
    harness.run();
    // Not asked again on its own: the user can look, and leave.
    assert!(harness.query_by_label("Who is reviewing?").is_none());
    // A verdict needs a name: Ctrl+Enter asks for it again, and approves nothing meanwhile.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    harness.get_by_label("Who is reviewing?");
    assert_eq!(
        review_state(&harness, "es", "-person"),
        chorus::review::State::Translated
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    harness.get_by_label("← Overview").click();
    harness.run();
    assert!(harness.state().window_title().starts_with("Overview"));
}

#[test]
fn the_source_is_proofread_on_its_own_and_approved_whole_in_one_undo_step() {
    let dir = sample_copy();
    let mut harness = harness(app_with(dir.path(), reviewing("Organiser")));
    open_review(&mut harness, KAGARLITSKY, "en");
    // One side: the English itself, not English against English.
    harness.get_by_label("Text (en): proofread it as readers will see it");
    assert!(harness.query_by_label_contains("Reference (en)").is_none());
    assert!(
        harness
            .query_by_label_contains("Translation (en)")
            .is_none()
    );
    harness.get_by_label_contains("0 of 17 reviewed");
    assert!(
        harness
            .get_by_label("Sign off…")
            .accesskit_node()
            .is_disabled()
    );

    // Approved whole, as one step.
    harness.get_by_label("Approve the whole text").click();
    harness.run();
    harness.get_by_label_contains("17 of 17 reviewed");
    assert!(
        !harness
            .get_by_label("Sign off…")
            .accesskit_node()
            .is_disabled()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.get_by_label_contains("0 of 17 reviewed");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    harness.get_by_label_contains("17 of 17 reviewed");
    assert_eq!(
        review_state(&harness, "en", "headline"),
        chorus::review::State::Reviewed
    );
}

#[test]
fn switching_the_window_to_russian_changes_its_labels() {
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    harness.get_all_by_label("Locale").next().unwrap();
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Русский").click();
    harness.run();
    assert!(harness.query_by_label("Language").is_none());
    // The menu and the grid's "Locale" column now say "Язык"; "Add locale…" is "Добавить язык…".
    assert_eq!(harness.get_all_by_label("Язык").count(), 2);
    harness.get_by_label("Добавить язык…");
    assert_eq!(
        harness.state().settings().language.as_deref(),
        Some("ru"),
        "remembered"
    );
}

#[test]
fn next_missing_puts_the_cursor_in_a_message_scrolled_into_view() {
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    harness.set_size(egui::vec2(1280.0, 500.0));
    harness.run();
    open(&mut harness, KAGARLITSKY, "uk");
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "earlier-persecution")
            .is_none(),
        "the row starts out of view"
    );
    harness.key_press_modifiers(Modifiers::ALT | Modifiers::SHIFT, Key::ArrowDown);
    harness.run();
    assert!(field(&harness, "earlier-persecution").is_focused());
}

#[test]
fn changing_a_variable_in_the_adapt_view_changes_the_preview_and_undoes() {
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    harness.get_all_by_label("Adapt…").next().unwrap().click();
    harness.run();
    let shown =
        |h: &Harness<'_, ChorusApp>, text: &str| h.query_all_by_label_contains(text).count();
    assert_eq!(
        shown(&harness, "up to 7 years in prison"),
        1,
        "the preview shows the sentence"
    );

    let input = harness.get_by_role_and_label(Role::TextInput, "$max-sentence-years");
    input.focus();
    harness.run();
    harness.key_press(Key::Backspace);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "$max-sentence-years")
        .type_text("5");
    harness.run();
    assert_eq!(shown(&harness, "up to 5 years in prison"), 1);
    assert_eq!(harness.state().dirty_files(), 1, "the statement file");

    // A date that does not exist is kept as typed, explained, and not applied.
    let date = harness.get_by_role_and_label(Role::TextInput, "$arrest-date");
    date.focus();
    harness.run();
    harness.key_press(Key::Backspace);
    harness
        .get_by_role_and_label(Role::TextInput, "$arrest-date")
        .type_text("x");
    harness.run();
    harness.get_by_label_contains("“2023-07-2x” is not a date written YYYY-MM-DD");
    assert!(
        shown(&harness, "July 25, 2023") >= 1,
        "the preview keeps the last valid date"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        shown(&harness, "up to 7 years in prison"),
        1,
        "undo restores the variable"
    );
    assert_eq!(harness.state().dirty_files(), 0);

    save(&mut harness);
    let ron =
        std::fs::read_to_string(dir.path().join("statements/free-boris-kagarlitsky.ron")).unwrap();
    assert!(
        ron.contains("Number(7)"),
        "nothing was saved after the undo"
    );
}

/// Where the French sign-off of the sample stands, as the app holds it now.
fn french_sign_off(harness: &Harness<'_, ChorusApp>) -> chorus::review::SignOffState {
    let ws = harness.state().workspace();
    let statement = Id::new("free-boris-kagarlitsky").unwrap();
    chorus::review::ReviewSummary::of(ws, &statement, &Locale::new("fr").unwrap())
        .unwrap()
        .signoff_state
}

#[test]
fn the_adapt_view_names_the_sign_offs_a_change_would_lapse_and_a_new_signatory_lapses_none() {
    use chorus::review::SignOffState;
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    harness.get_all_by_label("Adapt…").next().unwrap().click();
    harness.run();
    // Said before anything is changed, naming the language by its own name.
    let warning = "Changing a variable or a section lapses the sign-off of français (fr).";
    harness.get_by_label(warning);
    harness.get_by_label_contains("changing them lapses no sign-off");
    assert_eq!(french_sign_off(&harness), SignOffState::Current);

    // An organiser adds a signer, a key at a time.
    harness.get_by_label("Add a signatory").click();
    harness.run();
    let name = |h: &Harness<'_, ChorusApp>| {
        let fields = h.get_all_by_role_and_label(Role::TextInput, "Name");
        fields.last().unwrap().focus();
    };
    name(&harness);
    harness.run();
    for key in "Maria Santos".chars() {
        let fields = harness.get_all_by_role_and_label(Role::TextInput, "Name");
        fields.last().unwrap().type_text(&key.to_string());
        harness.run();
    }
    harness.run();
    let added = &harness.state().workspace().statements
        [&Id::new("free-boris-kagarlitsky").unwrap()]
        .statement
        .signatories;
    assert_eq!(added.last().unwrap().name, "Maria Santos");
    assert_eq!(french_sign_off(&harness), SignOffState::Current);
    harness.get_by_label(warning);

    // A fact of the text changes: the French sign-off lapses, and the warning has nobody left to name.
    let input = harness.get_by_role_and_label(Role::TextInput, "$max-sentence-years");
    input.focus();
    harness.run();
    harness.key_press(Key::Backspace);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "$max-sentence-years")
        .type_text("5");
    harness.run();
    assert_eq!(french_sign_off(&harness), SignOffState::Lapsed);
    assert!(harness.query_by_label(warning).is_none());
}

#[test]
fn switching_a_section_off_removes_it_from_the_preview_and_saves_the_statement() {
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    harness.get_all_by_label("Adapt…").next().unwrap().click();
    harness.run();
    let paragraph = "He was first imprisoned in 1982";
    assert_eq!(harness.query_all_by_label_contains(paragraph).count(), 1);
    harness.get_by_label("earlier-persecution").click();
    harness.run();
    assert_eq!(harness.query_all_by_label_contains(paragraph).count(), 0);
    save(&mut harness);
    let path = dir.path().join("statements/free-boris-kagarlitsky.ron");
    let ron = std::fs::read_to_string(&path).unwrap();
    assert!(
        ron.starts_with("// The statement for Boris Kagarlitsky"),
        "the header comment is kept"
    );
    let reloaded = chorus::workspace::statement::Statement::from_ron(&ron).unwrap();
    let section = reloaded
        .sections
        .iter()
        .find(|s| s.message == "earlier-persecution")
        .unwrap();
    assert!(section.optional && !section.enabled);
}

fn until_loaded(harness: &mut Harness<'_, ChorusApp>) {
    until(harness, |app| !app.is_loading(), "loading the workspace");
}

#[test]
fn a_workspace_opens_from_a_typed_path_in_the_background() {
    let dir = sample_copy();
    let other = sample_copy();
    std::fs::remove_file(other.path().join("statements/petition-kagarlitsky.ron")).unwrap();
    let not_a_workspace = tempfile::tempdir().unwrap();
    let mut harness = harness(app_on(dir.path()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();

    retype(
        &mut harness,
        "Folder",
        &not_a_workspace.path().display().to_string(),
    );
    harness.get_by_label("Open").click();
    until_loaded(&mut harness);
    // Checked on the loading thread; the dialog comes back saying why.
    harness.get_by_label_contains("is not a Chorus workspace");

    retype(&mut harness, "Folder", &other.path().display().to_string());
    harness.get_by_label("Open").click();
    until_loaded(&mut harness);
    assert_eq!(harness.state().workspace().root, other.path());
    assert_eq!(harness.state().workspace().statements.len(), 2);
    assert!(
        harness
            .query_by_label("Petition: sign for Boris Kagarlitsky")
            .is_none()
    );
    assert_eq!(
        harness
            .state()
            .settings()
            .recent
            .first()
            .map(|p| p.as_path()),
        Some(other.path())
    );
}

#[test]
fn opening_another_workspace_with_unsaved_changes_asks_first() {
    let dir = sample_copy();
    let other = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    open(&mut harness, KAGARLITSKY, "uk");
    type_into(&mut harness, "demand", "!");
    harness.state_mut().run(
        chorus::app::Action::OpenWorkspace(other.path().to_owned()),
        &egui::Context::default(),
    );
    harness.run();
    assert!(harness.state().is_asking_to_close());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().workspace().root, dir.path(), "cancel stays");
    assert_eq!(harness.state().dirty_files(), 2, "and keeps the edit");
}

#[test]
fn unsaved_edits_are_offered_back_after_a_crash() {
    let dir = sample_copy();
    let recovery = tempfile::tempdir().unwrap();
    let path = dir.path().join("locales/uk/free-boris-kagarlitsky.ftl");
    let on_disk = std::fs::read(&path).unwrap();
    {
        let mut app = app_on(dir.path());
        app.set_recovery_dir(recovery.path().to_owned());
        let mut harness = harness(app);
        open(&mut harness, KAGARLITSKY, "uk");
        type_into(&mut harness, "demand", " Негайно!");
        harness.state_mut().write_recovery_now();
        // The process dies here: nothing is saved, the harness is dropped.
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        on_disk,
        "the workspace itself was not written"
    );

    let mut app = app_on(dir.path());
    app.set_recovery_dir(recovery.path().to_owned());
    let mut harness = harness(app);
    assert!(harness.state().is_offering_recovery());
    harness.get_by_label_contains("locales/uk/free-boris-kagarlitsky.ftl");
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(
        harness.state().dirty_files(),
        2,
        "the .ftl and its review record"
    );
    let uk = kagarlitsky(&harness, "uk");
    assert!(uk.value_text("demand").unwrap().ends_with(" Негайно!"));

    // Saving writes the edit and removes the recovery file.
    save(&mut harness);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains(" Негайно!")
    );
    let kept = std::fs::read_dir(recovery.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "ron")
        })
        .count();
    assert_eq!(kept, 0, "no recovery file is left");
}

#[test]
fn adding_a_locale_checks_the_tag_shows_its_own_name_and_undoes() {
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    harness.get_by_label("Add locale…").click();
    harness.run();
    let tag = "Language tag (BCP 47)";
    let input = harness.get_by_role_and_label(Role::TextInput, tag);
    assert!(input.is_focused(), "the tag field has the cursor");
    input.type_text("hebrew!");
    harness.run();
    harness.get_by_label("“hebrew!” is not a BCP 47 language tag.");
    let retype = |harness: &mut Harness<'_, ChorusApp>, text: &str| {
        harness.get_by_role_and_label(Role::TextInput, tag).focus();
        harness.run();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness
            .get_by_role_and_label(Role::TextInput, tag)
            .type_text(text);
        harness.run();
    };
    retype(&mut harness, "HE_il");
    harness.get_by_label("Write it as he-IL.");
    harness.get_by_label("Use he-IL").click();
    harness.run();
    let input = harness.get_by_role_and_label(Role::TextInput, tag);
    assert_eq!(input.value().as_deref(), Some("he-IL"));
    assert!(harness.query_by_label("Write it as he-IL.").is_none());
    retype(&mut harness, "he");
    harness.get_by_label("עברית");
    harness.get_by_label("Written right to left.");
    // The template is not ticked by default; the two statements are.
    harness.get_by_label("Add").click();
    harness.run();
    harness.get_by_label("Added he to 2 statements. Save to keep it.");
    harness.get_by_label_contains("Free Boris Kagarlitsky, he: 0 of ");
    harness.get_by_label_contains("Petition: sign for Boris Kagarlitsky, he: 0 of ");
    assert!(
        harness
            .query_by_label_contains("Release a detained activist, he:")
            .is_none()
    );
    assert_eq!(harness.state().dirty_files(), 2, "two statement files");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Free Boris Kagarlitsky, he:")
            .is_none(),
        "one undo takes the locale out of both statements"
    );
    assert_eq!(harness.state().dirty_files(), 0);

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    save(&mut harness);
    let ron =
        std::fs::read_to_string(dir.path().join("statements/free-boris-kagarlitsky.ron")).unwrap();
    let statement = chorus::workspace::statement::Statement::from_ron(&ron).unwrap();
    assert!(statement.locales.contains(&Locale::new("he").unwrap()));
}

#[test]
fn a_new_statement_from_the_template_copies_its_translations_and_opens_to_adapt() {
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    harness.get_by_label("New statement from template…").click();
    harness.run();
    let title = harness.get_by_role_and_label(Role::TextInput, "Title");
    assert!(title.is_focused());
    title.type_text("Free Nasrin Sotoudeh");
    harness.run();
    let id = harness.get_by_role_and_label(Role::TextInput, "Id (file name)");
    assert_eq!(id.value().as_deref(), Some("free-nasrin-sotoudeh"));
    harness.get_by_label("Create").click();
    until_saved(&mut harness);
    assert_eq!(harness.state().dirty_files(), 0, "written at once");
    // The adapt view of the new statement, with the template's variables.
    harness.get_by_role_and_label(Role::TextInput, "$max-sentence-years");

    let template = Id::new("release-detained-activist").unwrap();
    let ws = Workspace::load(dir.path()).unwrap();
    assert!(ws.problems.is_empty(), "{:?}", ws.problems);
    let new = &ws.statements[&Id::new("free-nasrin-sotoudeh").unwrap()].statement;
    assert_eq!(new.title, "Free Nasrin Sotoudeh");
    assert_eq!(new.template.as_ref(), Some(&template));
    assert_eq!(new.variables, ws.statements[&template].statement.variables);
    let mut copied = 0;
    for locale in ws.statements[&template].statement.all_locales() {
        let from = dir.path().join(Workspace::fluent_path(locale, &template));
        let to = dir.path().join(Workspace::fluent_path(locale, &new.id));
        if from.exists() {
            assert_eq!(std::fs::read(&from).unwrap(), std::fs::read(&to).unwrap());
            copied += 1;
        }
    }
    assert!(copied >= 5, "copied {copied} translations");
}

/// The walk-through on a copy of the sample: translate the petition's missing Russian plural,
/// see it in the preview, change a variable in the adapt view and watch the preview follow, undo and
/// redo, save and quit. On disk, the Russian file differs by that one message.
#[test]
fn a_new_user_translates_a_russian_plural_adapts_the_petition_saves_and_quits() {
    let dir = sample_copy();
    let ru_path = dir.path().join("locales/ru/petition-kagarlitsky.ftl");
    let before = std::fs::read_to_string(&ru_path).unwrap();
    let mut harness = harness(app_on(dir.path()));
    open(&mut harness, "Petition: sign for Boris Kagarlitsky", "ru");
    // The preview shows the English sentence until it is translated.
    harness.get_by_label_contains("2,300 people have signed.");

    // Alt+Shift+Down: the missing message, with Russian's four categories; Tab moves between them.
    harness.key_press_modifiers(Modifiers::ALT | Modifiers::SHIFT, Key::ArrowDown);
    harness.run();
    let variants = [
        ("[one]", "Подписал { NUMBER($signatures) } человек."),
        ("[few]", "Подписали { NUMBER($signatures) } человека."),
        ("[many]", "Подписали { NUMBER($signatures) } человек."),
        ("*[other]", "Подписали { NUMBER($signatures) } человека."),
    ];
    for (i, (key, text)) in variants.iter().enumerate() {
        if i > 0 {
            harness.key_press(Key::Tab);
            harness.run();
        }
        let focused = harness
            .query_all(egui_kittest::kittest::By::new().role(Role::MultilineTextInput))
            .find(|n| n.is_focused())
            .expect("a field has the cursor");
        let label = focused.accesskit_node().label().unwrap_or_default();
        assert!(label.starts_with(key), "{key}: the cursor is in {label:?}");
        focused.type_text(text);
        harness.run();
    }
    assert!(
        harness.query_by_label_contains("is empty").is_none(),
        "no stale complaint about variants typed since"
    );
    // 2,300 takes "many" in Russian; the preview formats the number the Russian way.
    harness.get_by_label_contains("Подписали 2\u{a0}300 человек.");

    // The adapt view, previewing the locale being translated: change the count, and the preview
    // follows.
    harness.get_by_label("Adapt…").click();
    harness.run();
    harness.get_by_label_contains("Подписали 2\u{a0}300 человек.");
    let signatures = harness.get_by_role_and_label(Role::TextInput, "$signatures");
    signatures.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "$signatures")
        .type_text("2301");
    harness.run();
    harness.get_by_label_contains("Подписал 2\u{a0}301 человек.");

    // Undo the variable, then redo it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.get_by_label_contains("Подписали 2\u{a0}300 человек.");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    harness.get_by_label_contains("Подписал 2\u{a0}301 человек.");
    assert_eq!(
        harness.state().dirty_files(),
        3,
        "the .ftl, its review record and the .ron"
    );

    save(&mut harness);
    assert_eq!(harness.state().dirty_files(), 0);
    // Ctrl+Q asks the window to close; with everything saved, nothing asks back.
    harness.event(egui::Event::Key {
        key: Key::Q,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::COMMAND,
    });
    harness.step();
    let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::Close),
        "{commands:?}"
    );
    request_close(&mut harness);
    harness.run();
    assert!(!harness.state().is_asking_to_close());

    // The Russian file gained exactly the one message, where the source has it.
    let after = std::fs::read_to_string(&ru_path).unwrap();
    let added = "signature-count =\n    { $signatures ->\n        [one] Подписал { NUMBER($signatures) } человек.\n        [few] Подписали { NUMBER($signatures) } человека.\n        [many] Подписали { NUMBER($signatures) } человек.\n       *[other] Подписали { NUMBER($signatures) } человека.\n    }\n";
    let at = after.find(added).expect("the message is on disk");
    let mut rest = after.clone();
    rest.replace_range(at..at + added.len(), "");
    assert_eq!(rest, before, "nothing else changed in the file");
    assert!(
        after[..at].ends_with("призыву освободить его.\n"),
        "placed after `call`, as in the source"
    );
    let ron =
        std::fs::read_to_string(dir.path().join("statements/petition-kagarlitsky.ron")).unwrap();
    assert!(ron.contains("Number(2301)"), "the variable was saved");
}

#[test]
fn changed_since_saving_is_worked_out_from_the_files_across_views_undo_and_save() {
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    open(&mut harness, KAGARLITSKY, "uk");
    let changed = |h: &Harness<'_, ChorusApp>| h.query_all_by_label("changed").count();
    assert_eq!(changed(&harness), 0);
    type_into(&mut harness, "demand", " Негайно!");
    assert_eq!(changed(&harness), 1);

    // Away to the overview and back: still marked, and the filter finds it.
    harness.get_by_label("← Overview").click();
    harness.run();
    open(&mut harness, KAGARLITSKY, "uk");
    assert_eq!(changed(&harness), 1);
    show(&mut harness, "Changed since saving");
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "demand")
            .is_some()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::MultilineTextInput, "headline")
            .is_none()
    );

    // Undone back to what is on disk, it is no longer changed; redone, it is again; saved, not.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(changed(&harness), 0);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(changed(&harness), 1);
    save(&mut harness);
    assert_eq!(changed(&harness), 0);
}

#[test]
fn a_save_asked_for_while_one_runs_follows_it() {
    let dir = sample_copy();
    let path = dir.path().join("locales/uk/free-boris-kagarlitsky.ftl");
    let original = std::fs::read_to_string(&path).unwrap();
    let mut harness = harness(app_on(dir.path()));
    open(&mut harness, KAGARLITSKY, "uk");
    type_into(&mut harness, "demand", " Негайно!");
    // Ctrl+S starts writing the edit; before it is done the edit is undone and Ctrl+S pressed again.
    let ctx = egui::Context::default();
    let app = harness.state_mut();
    app.run(Action::Command(Command::Save), &ctx);
    assert!(app.is_saving());
    app.run(Action::Command(Command::Undo), &ctx);
    app.run(Action::Command(Command::Save), &ctx);
    until_saved(&mut harness);
    assert_eq!(harness.state().dirty_files(), 0);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        original,
        "the second save wrote the undone text"
    );
}

#[test]
fn a_syntax_error_typed_in_raw_mode_is_kept_and_shown_with_its_line_and_column() {
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    open(&mut harness, KAGARLITSKY, "de");
    let before = kagarlitsky(&harness, "de").to_bytes();
    // The second row is `demand`; its FTL toggle shows the message's Fluent source.
    harness.get_all_by_label("FTL").nth(1).unwrap().click();
    harness.run();
    let raw = harness.get_by_role_and_label(Role::MultilineTextInput, "Fluent source");
    assert!(raw.value().unwrap().starts_with("demand = "));
    raw.focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Fluent source")
        .type_text("\n    .title = { $");
    harness.run();
    let shown = harness
        .get_by_role_and_label(Role::MultilineTextInput, "Fluent source")
        .value()
        .unwrap();
    assert!(
        shown.ends_with("    .title = { $"),
        "kept as typed: {shown}"
    );
    let error = harness.get_by_label_contains("not valid Fluent");
    let text = format!("{error:?}");
    assert!(
        text.contains("(line 2, column"),
        "the error says where: {text}"
    );
    assert_eq!(
        kagarlitsky(&harness, "de").to_bytes(),
        before,
        "nothing unparseable reached the document"
    );
}

#[test]
fn a_wrong_variable_typed_into_a_field_shows_its_finding_under_it_and_everywhere_it_should() {
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    open(&mut harness, KAGARLITSKY, "ru");
    let sentence = "$wrong is not a variable of the reference";
    assert_eq!(harness.query_all_by_label_contains(sentence).count(), 0);

    type_into(&mut harness, "argument", "{ $wrong } ");
    // Under the field, and in the list of the file's findings (with the message's id).
    let under_label = format!("Error: {sentence}: it will show as an error");
    let under = harness.get_by_label(&under_label);
    let input = field(&harness, "argument");
    let (below, field_rect) = (under.rect(), input.rect());
    assert!(
        below.min.y >= field_rect.max.y && below.min.y - field_rect.max.y < 40.0,
        "the finding sits right under its field: {below:?} vs {field_rect:?}"
    );
    harness.get_by_label_contains(&format!("argument — Error: {sentence}"));

    // Fixing the text makes the finding go, without a save or a full re-check.
    let text = input.value().unwrap();
    let fixed = text.replace("{ $wrong } ", "");
    let input = field(&harness, "argument");
    input.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    field(&harness, "argument").type_text(&fixed);
    harness.run();
    assert_eq!(harness.query_all_by_label_contains(sentence).count(), 0);
    type_into(&mut harness, "argument", "{ $wrong } ");

    // Show "With errors": that message only.
    show(&mut harness, "With errors");
    field(&harness, "argument");
    assert!(harness.query_by_label("headline").is_none());
    show(&mut harness, "All");

    // Clicking the finding in the list puts the cursor back in its field.
    field(&harness, "headline").focus();
    harness.run();
    assert!(!field(&harness, "argument").is_focused());
    harness
        .get_by_label_contains(&format!("argument — Error: {sentence}"))
        .click();
    harness.run();
    harness.run();
    assert!(field(&harness, "argument").is_focused());

    // The overview counts the error in the ru cell.
    harness.get_by_label("← Overview").click();
    harness.run();
    let cell_label = format!("{KAGARLITSKY}, ru:");
    let cell = harness.get_by_label_contains(&cell_label);
    let description = cell.accesskit_node().label().unwrap_or_default();
    assert!(
        description.contains("errors the checks found: 1,"),
        "{description}"
    );
}

/// The review state of a message of the Kagarlitsky statement, as the app holds it now.
fn review_state(harness: &Harness<'_, ChorusApp>, locale: &str, id: &str) -> chorus::review::State {
    let ws = harness.state().workspace();
    let statement = Id::new("free-boris-kagarlitsky").unwrap();
    chorus::review::message_review(ws, &statement, &Locale::new(locale).unwrap(), id)
        .unwrap()
        .state
}

#[test]
fn review_mode_asks_the_name_once_approves_with_ctrl_enter_and_signs_off_only_when_all_is_reviewed()
{
    use chorus::review::State;
    let dir = sample_copy();
    let mut harness = harness(app_on(dir.path()));
    // The overview tells a new user at once that the German sign-off lapsed.
    harness.get_by_label_contains("Free Boris Kagarlitsky, de:");
    let de_cell = harness.get_by_label_contains("Free Boris Kagarlitsky, de:");
    let description = de_cell
        .accesskit_node()
        .label()
        .unwrap_or_default()
        .to_string();
    assert!(
        description.contains("outdated: 1, sign-off: sign-off lapsed"),
        "{description}"
    );

    // es: never reviewed. Opening review asks for the reviewer's name first.
    open(&mut harness, KAGARLITSKY, "es");
    harness.get_by_label("Review…").click();
    harness.run();
    harness.get_by_label("Who is reviewing?");
    harness
        .get_by_role_and_label(Role::TextInput, "Your name")
        .type_text("Lucía Gómez");
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(
        harness.state().settings().reviewer.as_deref(),
        Some("Lucía Gómez")
    );
    assert!(
        harness.query_by_label("Who is reviewing?").is_none(),
        "asked once"
    );

    // The first message needing review is shown; "Sign off…" is disabled while any is unreviewed.
    let sign_off = harness.get_by_label("Sign off…");
    assert!(
        sign_off.accesskit_node().is_disabled(),
        "Sign off must wait for every review"
    );
    harness.get_by_label("-person  ·  to review");
    assert_eq!(review_state(&harness, "es", "-person"), State::Translated);

    // Ctrl+Enter approves it and moves on to the next.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    assert_eq!(review_state(&harness, "es", "-person"), State::Reviewed);
    assert!(harness.query_by_label("-person  ·  to review").is_none());
    let shown = harness.get_by_label("-person-description");
    assert!(
        shown.rect().min.x > 200.0,
        "the next message is the one shown"
    );
    assert!(
        harness
            .get_by_label("Sign off…")
            .accesskit_node()
            .is_disabled()
    );

    // Reject one with a comment: it stays unreviewed, and the comment is there for the translator.
    harness.get_by_label("Reject…").click();
    harness.run();
    harness
        .get_by_role_and_label(
            Role::MultilineTextInput,
            "What should the translator change?",
        )
        .type_text("Use the magazine's own name.");
    harness.run();
    // Ctrl+Enter while writing the comment sends the rejection; it does not approve.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    assert_eq!(
        review_state(&harness, "es", "-person-description"),
        State::Rejected
    );

    // Approve the other fifteen; the rejected one still stands in the way.
    for _ in 0..15 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
        harness.run();
    }
    harness.get_by_label("-person-description  ·  rejected");
    assert!(
        harness
            .get_by_label("Sign off…")
            .accesskit_node()
            .is_disabled()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    harness.get_by_label("Nothing needs review.");

    // Now it can be signed off: the dialog shows what is covered, then records it.
    let sign_off = harness.get_by_label("Sign off…");
    assert!(!sign_off.accesskit_node().is_disabled());
    sign_off.click();
    harness.run();
    harness.get_by_label_contains("17 messages and terms, each reviewed, and the en text");
    harness.get_by_label_contains("$max-sentence-years = 7");
    harness.get_by_label("Sign off as Lucía Gómez").click();
    harness.run();
    harness.get_by_label_contains("Signed off by Lucía Gómez at ");
    save(&mut harness);
    let saved =
        std::fs::read_to_string(dir.path().join("reviews/free-boris-kagarlitsky/es.ron")).unwrap();
    assert!(saved.contains("reviewer: \"Lucía Gómez\""), "{saved}");
    let ws = Workspace::load(dir.path()).unwrap();
    let es = chorus::review::LocaleReview::of(
        &ws,
        &Id::new("free-boris-kagarlitsky").unwrap(),
        &Locale::new("es").unwrap(),
    )
    .unwrap();
    assert_eq!(es.signoff_state, chorus::review::SignOffState::Current);

    // Ctrl+Z takes the sign-off back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.get_by_label("Not signed off");
}

#[test]
fn the_lapsed_german_sign_off_shows_its_diff_and_edit_goes_to_the_message() {
    let dir = sample_copy();
    let mut harness = harness(app_with(dir.path(), reviewing("Jana Hoffmann")));
    // Right-click on the cell offers review.
    open_review(&mut harness, KAGARLITSKY, "de");
    harness.get_by_label_contains("Sign-off by Jana Hoffmann lapsed");
    harness.get_by_label("detention  ·  outdated");
    // The English as reviewed → now, as one label: the removed and the added words are both there.
    harness.get_by_label_contains("ordered him held in custody until histwo months of detention ahead of a trial in September.");
    harness.get_by_label("Edit translation").click();
    harness.run();
    let input = harness.get_by_role_and_label(Role::MultilineTextInput, "detention");
    assert!(
        input.is_focused(),
        "Edit puts the cursor in the outdated message"
    );
    harness.get_by_label_contains("Changed since the translation was made or reviewed");

    // The translator brings the German up to date, a key at a time, then goes back to review.
    let input = field(&harness, "detention");
    let typed = input.value().unwrap();
    assert!(!typed.is_empty());
    for key in [" ", "(", "1", "2", ".", ")"] {
        field(&harness, "detention").type_text(key);
        harness.run();
    }
    assert_eq!(
        review_state(&harness, "de", "detention"),
        chorus::review::State::Translated
    );
    harness.get_by_label("Review…").click();
    harness.run();
    harness.get_by_label("detention  ·  to review");
    // Both changes stay in view until approved: the English that made it outdated, and the German.
    harness.get_by_label_contains("ordered him held in custody until histwo months of detention ahead of a trial in September.");
    harness.get_by_label_contains("Changed since the translation was made or reviewed");
    harness.get_by_label_contains("Changed since its last review");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    assert_eq!(
        review_state(&harness, "de", "detention"),
        chorus::review::State::Reviewed
    );
}
