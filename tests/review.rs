//! Review and sign-off as a team goes through them: translate, review, sign off, a late change of the
//! source, the diff it shows, re-translation and a new sign-off; and everything that must lapse a
//! sign-off, from Chorus or from another program.

mod common;
use std::path::Path;
use std::process::{Command, Output};

use chorus::base::ids::{Id, Locale};
use chorus::fluent::document::Edit;
use chorus::fluent::draft::MessageField;
use chorus::review::diff::{self, Granularity, RunChange};
use chorus::review::{Covered, LocaleReview, SignOffState, State};
use chorus::workspace::Workspace;
use chorus::workspace::editing::{Editor, Field, FieldPlace, ReviewEdit, WorkspaceEdit};
use chorus::workspace::reviews::Verdict;
use chorus::workspace::statement::{StatementEdit, StatementField, Value};

use common::sample_copy;

const STATEMENT: &str = "free-boris-kagarlitsky";

fn id() -> Id {
    Id::new(STATEMENT).unwrap()
}

fn locale(tag: &str) -> Locale {
    Locale::new(tag).unwrap()
}

fn review(ws: &Workspace, tag: &str) -> LocaleReview {
    LocaleReview::of(ws, &id(), &locale(tag)).unwrap()
}

/// A field of message `message` (its value, or `attribute`) as the translate view names it.
fn field(tag: &str, message: &str, attribute: Option<&str>) -> Field {
    let field = MessageField::Part {
        attribute: attribute.map(str::to_owned),
    };
    Field::message(&id(), &locale(tag), message, field)
}

/// The verdict on `message`, or the sign-off when `None`, as the review view names them.
fn review_field(tag: &str, message: Option<&str>) -> Field {
    let place = match message {
        Some(message) => FieldPlace::Review {
            locale: locale(tag),
            id: message.to_owned(),
        },
        None => FieldPlace::SignOff {
            locale: locale(tag),
        },
    };
    Field {
        statement: id(),
        place,
    }
}

/// Types a new value for a message, or adds it when missing, as the translate view does.
fn set_value(editor: &mut Editor, ws: &mut Workspace, tag: &str, message: &str, value: &str) {
    let exists = ws
        .file(&locale(tag), &id())
        .is_some_and(|f| f.document.entry(message).is_some());
    let edit = match exists {
        true => Edit::SetValue {
            id: message.to_owned(),
            value: Some(value.to_owned()),
        },
        false => Edit::Add {
            id: message.to_owned(),
            value: value.to_owned(),
            order: ws
                .file(&locale("en"), &id())
                .unwrap()
                .document
                .ids()
                .map(str::to_owned)
                .collect(),
        },
    };
    let edit = WorkspaceEdit::Message {
        locale: locale(tag),
        statement: id(),
        edit,
    };
    editor.apply(ws, field(tag, message, None), edit).unwrap();
    editor.seal();
}

/// Approves every message that needs review, as the review view's Ctrl+Enter does.
fn approve_all(editor: &mut Editor, ws: &mut Workspace, tag: &str, reviewer: &str) -> usize {
    let now = review(ws, tag);
    let needing: Vec<_> = now
        .messages
        .iter()
        .filter(|m| m.state.needs_review())
        .collect();
    for m in &needing {
        let edit = WorkspaceEdit::Review {
            statement: id(),
            locale: locale(tag),
            edit: ReviewEdit::Judge {
                id: m.id.clone(),
                verdict: Verdict::Approved,
                texts: m.texts().unwrap(),
                reviewer: reviewer.to_owned(),
                comment: String::new(),
            },
        };
        editor
            .apply(ws, review_field(tag, Some(&m.id)), edit)
            .unwrap();
        editor.seal();
    }
    needing.len()
}

fn sign_off(editor: &mut Editor, ws: &mut Workspace, tag: &str, reviewer: &str) {
    let now = review(ws, tag);
    assert_eq!(now.refusals(ws), [], "{tag} cannot be signed off");
    let edit = WorkspaceEdit::Review {
        statement: id(),
        locale: locale(tag),
        edit: ReviewEdit::SignOff {
            reviewer: reviewer.to_owned(),
            note: "Checked against the English.".to_owned(),
            digest: now.digest,
        },
    };
    editor.apply(ws, review_field(tag, None), edit).unwrap();
    editor.seal();
}

fn save_and_reload(ws: &mut Workspace) -> Workspace {
    ws.save_all().unwrap();
    let reloaded = Workspace::load(&ws.root).unwrap();
    assert_eq!(reloaded.problems, [], "the saved workspace loads cleanly");
    reloaded
}

#[test]
fn translate_review_sign_off_change_the_source_retranslate_and_sign_off_again() {
    let dir = sample_copy();
    let mut ws = Workspace::load(dir.path()).unwrap();
    let mut editor = Editor::default();

    // uk misses four messages: it cannot be signed off, and says which.
    let before = review(&ws, "uk");
    assert_eq!(before.signoff_state, SignOffState::None);
    assert_eq!(before.count(State::Missing), 4);
    let refusals = before.refusals(&ws);
    assert!(
        refusals
            .iter()
            .any(|r| r.to_string() == "earlier-persecution: not reviewed (missing)"),
        "{refusals:?}"
    );

    // Translate the four.
    for (message, text) in [
        (
            "earlier-persecution",
            "Держава переслідує його не вперше. Уперше його ув’язнили 1982 року, за радянської влади, а 1993 року затримали й побили. 2022 року влада оголосила його «іноземним агентом».",
        ),
        (
            "wider-repression",
            "Він — один із сотень людей, ув’язнених у Росії за свої погляди. Ми з усіма ними.",
        ),
        (
            "call-to-action",
            "Закликаємо організації та людей усюди додати свої імена, поширити цю заяву й порушити його справу перед своїми урядами.",
        ),
        ("contact", "Пишіть нам: { $contact }"),
    ] {
        set_value(&mut editor, &mut ws, "uk", message, text);
    }
    let short = WorkspaceEdit::Message {
        locale: locale("uk"),
        statement: id(),
        edit: Edit::SetAttribute {
            id: "call-to-action".into(),
            attribute: "short".into(),
            value: Some("Підпишіть і поширте.".into()),
        },
    };
    editor
        .apply(&mut ws, field("uk", "call-to-action", Some("short")), short)
        .unwrap();
    let translated = review(&ws, "uk");
    assert_eq!(translated.count(State::Missing), 0);
    assert_eq!(translated.count(State::Translated), 17);

    // Review: one message rejected with a comment, the rest approved; no sign-off while one is
    // rejected.
    approve_all(&mut editor, &mut ws, "uk", "Olena");
    let call = review(&ws, "uk").message("call-to-action").unwrap().clone();
    let reject = WorkspaceEdit::Review {
        statement: id(),
        locale: locale("uk"),
        edit: ReviewEdit::Judge {
            id: "call-to-action".into(),
            verdict: Verdict::Rejected,
            texts: call.texts().unwrap(),
            reviewer: "Olena".into(),
            comment: "“Закликаємо” is fine; say “підписати”, not “додати свої імена”.".into(),
        },
    };
    editor
        .apply(&mut ws, review_field("uk", Some("call-to-action")), reject)
        .unwrap();
    let rejected = review(&ws, "uk");
    assert_eq!(
        rejected.message("call-to-action").unwrap().state,
        State::Rejected
    );
    let refusals = rejected.refusals(&ws);
    assert_eq!(refusals.len(), 1, "{refusals:?}");

    // The translator fixes it; it needs review again, and shows what changed since the rejection.
    set_value(
        &mut editor,
        &mut ws,
        "uk",
        "call-to-action",
        "Закликаємо організації та людей усюди підписати й поширити цю заяву та порушити його справу перед своїми урядами.",
    );
    let fixed = review(&ws, "uk");
    let call = fixed.message("call-to-action").unwrap();
    assert_eq!(call.state, State::Translated);
    let changes = diff::diff(
        call.translation_before().unwrap(),
        call.translation.as_deref().unwrap(),
        Granularity::for_locale(&locale("uk")),
    );
    assert!(
        changes
            .iter()
            .any(|r| r.change == RunChange::Inserted && r.text.contains("підписати")),
        "{changes:?}"
    );
    approve_all(&mut editor, &mut ws, "uk", "Olena");
    sign_off(&mut editor, &mut ws, "uk", "Olena");
    let mut ws = save_and_reload(&mut ws);
    let signed = review(&ws, "uk");
    assert_eq!(signed.count(State::Reviewed), 17);
    assert_eq!(signed.signoff_state, SignOffState::Current);
    assert_eq!(signed.signoff.as_ref().unwrap().reviewer, "Olena");

    // A late correction of the English: the Ukrainian is outdated and the sign-off lapses.
    let mut editor = Editor::default();
    let corrected = "He was taken to { -detention-place }, more than { NUMBER($distance-km) } km from Moscow, where a court ordered two months of detention ahead of a trial on 12 September.";
    set_value(&mut editor, &mut ws, "en", "detention", corrected);
    let mut ws = save_and_reload(&mut ws);
    let outdated = review(&ws, "uk");
    assert_eq!(outdated.signoff_state, SignOffState::Lapsed);
    assert_eq!(outdated.count(State::Outdated), 1);
    let detention = outdated.message("detention").unwrap();
    assert_eq!(detention.state, State::Outdated);
    let carried = diff::diff(
        detention.reference_changed().unwrap(),
        detention.reference.as_deref().unwrap(),
        Granularity::for_locale(&locale("en")),
    );
    assert_eq!(
        diff::to_plain(&carried),
        "He was taken to { -detention-place }, more than { NUMBER($distance-km) } km from Moscow, where a court ordered two months of detention ahead of a trial [-in-]{+on 12+} September."
    );
    assert!(!review(&ws, "uk").refusals(&ws).is_empty());

    // Re-translated against the new English: waiting for review, no longer outdated.
    let mut editor = Editor::default();
    set_value(
        &mut editor,
        &mut ws,
        "uk",
        "detention",
        "Його етапували до { -detention-place }, більш ніж за { NUMBER($distance-km) } км від Москви, де суд призначив два місяці арешту до суду 12 вересня.",
    );
    let retranslated = review(&ws, "uk");
    assert_eq!(
        retranslated.message("detention").unwrap().state,
        State::Translated
    );
    // The reviewer still sees the English change that made it outdated, beside the new Ukrainian,
    // until the new translation is approved.
    let detention = retranslated.message("detention").unwrap();
    assert_eq!(detention.reference_changed(), None);
    let shown = diff::diff(
        detention.reference_to_compare().unwrap(),
        detention.reference.as_deref().unwrap(),
        Granularity::for_locale(&locale("en")),
    );
    assert_eq!(diff::to_plain(&shown), diff::to_plain(&carried));
    assert!(detention.translation_before().is_some());
    assert_eq!(approve_all(&mut editor, &mut ws, "uk", "Olena"), 1);
    sign_off(&mut editor, &mut ws, "uk", "Olena");
    let ws = save_and_reload(&mut ws);
    let again = review(&ws, "uk");
    assert_eq!(again.signoff_state, SignOffState::Current);
    assert_eq!(
        again.message("detention").unwrap().reference_to_compare(),
        None,
        "approved: nothing left to compare"
    );
    assert_eq!(again.count(State::Reviewed), 17);
}

#[test]
fn undoing_a_review_takes_back_the_record_with_it() {
    let dir = sample_copy();
    let mut ws = Workspace::load(dir.path()).unwrap();
    let mut editor = Editor::default();
    assert_eq!(approve_all(&mut editor, &mut ws, "es", "Lucía"), 17);
    assert_eq!(review(&ws, "es").count(State::Reviewed), 17);
    editor.undo(&mut ws);
    assert_eq!(review(&ws, "es").count(State::Reviewed), 16);
    assert_eq!(ws.dirty_files(), 1, "only the review file changed");
    editor.redo(&mut ws);
    assert_eq!(review(&ws, "es").count(State::Reviewed), 17);
}

#[test]
fn the_sample_has_one_current_sign_off_and_one_lapsed_by_a_later_english_correction() {
    let ws = Workspace::load(&common::sample()).unwrap();
    assert_eq!(ws.problems, []);
    let fr = review(&ws, "fr");
    assert_eq!(fr.signoff_state, SignOffState::Current);
    assert_eq!(fr.count(State::Reviewed), fr.messages.len());
    let de = review(&ws, "de");
    assert_eq!(de.signoff_state, SignOffState::Lapsed);
    let outdated: Vec<_> = de
        .messages
        .iter()
        .filter(|m| m.state == State::Outdated)
        .collect();
    assert_eq!(outdated.len(), 1);
    let runs = diff::diff(
        outdated[0].reference_changed().unwrap(),
        outdated[0].reference.as_deref().unwrap(),
        Granularity::Word,
    );
    assert!(
        runs.iter()
            .any(|r| r.change == RunChange::Inserted && r.text.contains("September")),
        "{runs:?}"
    );
}

fn corrupt(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_translation_edited_by_another_program_lapses_the_sign_off() {
    let dir = sample_copy();
    let before = Workspace::load(dir.path()).unwrap();
    assert_eq!(review(&before, "fr").signoff_state, SignOffState::Current);
    // Another editor changes one word of the French and saves.
    corrupt(
        &dir.path().join("locales/fr/free-boris-kagarlitsky.ftl"),
        "immédiate et sans condition",
        "immédiate",
    );
    let ws = Workspace::load(dir.path()).unwrap();
    let fr = review(&ws, "fr");
    assert_eq!(fr.signoff_state, SignOffState::Lapsed);
    let changed: Vec<_> = fr
        .messages
        .iter()
        .filter(|m| m.state != State::Reviewed)
        .collect();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].id, "demand");
    assert_eq!(changed[0].state, State::Translated);
    let runs = diff::diff(
        changed[0].translation_before().unwrap(),
        changed[0].translation.as_deref().unwrap(),
        Granularity::for_locale(&locale("fr")),
    );
    assert!(
        runs.iter()
            .any(|r| r.change == RunChange::Deleted && r.text.contains("sans condition")),
        "{runs:?}"
    );

    // So does a change to a fact the text shows: a variable.
    let dir = sample_copy();
    corrupt(
        &dir.path().join("statements/free-boris-kagarlitsky.ron"),
        "value: Number(7)",
        "value: Number(5)",
    );
    let ws = Workspace::load(dir.path()).unwrap();
    assert_eq!(review(&ws, "fr").signoff_state, SignOffState::Lapsed);
}

#[test]
fn names_added_to_an_open_letter_lapse_no_translation_s_sign_off() {
    // Weeks of gathering signers: a name is added, the publisher and the date change. The French
    // sign-off vouches for the text and its facts, not for the list, so it stays current.
    let dir = sample_copy();
    let statement = dir.path().join("statements/free-boris-kagarlitsky.ron");
    corrupt(
        &statement,
        "    ],
    publisher: \"Free Voices Network\",",
        "        Signatory(\n            name: \"Maria Santos\",\n            affiliation: \"\",\n            \
         country: \"Portugal\",\n            personal_capacity: true,\n        ),\n    ],\n    \
         publisher: \"Free Voices Network\",",
    );
    corrupt(
        &statement,
        "publisher: \"Free Voices Network\"",
        "publisher: \"Voices\"",
    );
    corrupt(&statement, "date: \"2023-07-27\"", "date: \"2023-08-14\"");
    let ws = Workspace::load(dir.path()).unwrap();
    assert_eq!(ws.problems, []);
    let s = &ws.statements[&id()].statement;
    assert_eq!(s.signatories.len(), 5);
    assert_eq!(review(&ws, "fr").signoff_state, SignOffState::Current);

    // The same through the editor, as the adapt view does it: still current, and a variable then
    // lapses it.
    let mut ws = ws;
    let mut editor = Editor::default();
    let mut signatories = ws.statements[&id()].statement.signatories.clone();
    signatories.remove(0);
    let edit = WorkspaceEdit::Statement {
        statement: id(),
        edit: StatementEdit::SetSignatories(signatories),
    };
    let field = Field::statement(&id(), StatementField::Signatories);
    editor.apply(&mut ws, field, edit).unwrap();
    assert_eq!(review(&ws, "fr").signoff_state, SignOffState::Current);
    let edit = WorkspaceEdit::Statement {
        statement: id(),
        edit: StatementEdit::SetVariable {
            name: "max-sentence-years".into(),
            value: Value::Number(6.0),
        },
    };
    let field = Field::statement(&id(), StatementField::Variable("max-sentence-years".into()));
    editor.apply(&mut ws, field, edit).unwrap();
    assert_eq!(review(&ws, "fr").signoff_state, SignOffState::Lapsed);
}

#[test]
fn a_sign_off_recorded_under_the_first_scheme_stays_current_while_nothing_it_covered_changed() {
    // Chorus once covered the signatories and the publication details too ("chorus-signoff-1"). A
    // sign-off recorded then is still current while all of that is as it was.
    let dir = sample_copy();
    let ws = Workspace::load(dir.path()).unwrap();
    let covered = Covered::of(&ws, &id(), &locale("fr")).unwrap();
    let recorded = review(&ws, "fr").signoff.unwrap().digest;
    assert_eq!(recorded, covered.digest());
    let first = covered.first_scheme_digest();
    assert_ne!(first, recorded);
    let path = dir.path().join("reviews/free-boris-kagarlitsky/fr.ron");
    corrupt(&path, &recorded, &first);
    let ws = Workspace::load(dir.path()).unwrap();
    assert_eq!(review(&ws, "fr").signoff_state, SignOffState::Current);
    // It covered the list: a name added lapses it, as it did then.
    corrupt(
        &dir.path().join("statements/free-boris-kagarlitsky.ron"),
        "name: \"Chen Yu\"",
        "name: \"Chen Yu-ting\"",
    );
    let ws = Workspace::load(dir.path()).unwrap();
    assert_eq!(review(&ws, "fr").signoff_state, SignOffState::Lapsed);
}

#[test]
fn a_hand_edited_digest_is_caught() {
    let dir = sample_copy();
    let path = dir.path().join("reviews/free-boris-kagarlitsky/de.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let lapsed = Workspace::load(dir.path()).unwrap();
    let recorded = lapsed
        .reviews(&id(), &locale("de"))
        .unwrap()
        .signoff
        .clone()
        .unwrap()
        .digest;

    // Someone replaces the digest with another well-formed one: it does not match, so it has lapsed.
    let forged = "0".repeat(64);
    corrupt(&path, &recorded, &forged);
    let ws = Workspace::load(dir.path()).unwrap();
    assert_eq!(ws.problems, []);
    assert_eq!(review(&ws, "de").signoff_state, SignOffState::Lapsed);

    // A digest that is not one at all is a problem with its file, line and column.
    std::fs::write(&path, text.replace(&recorded, "looks-fine")).unwrap();
    let ws = Workspace::load(dir.path()).unwrap();
    let problem = ws
        .problems
        .iter()
        .find(|p| p.path.ends_with("de.ron"))
        .expect("a problem for de.ron");
    let shown = problem.to_string();
    assert!(
        shown.starts_with("reviews/free-boris-kagarlitsky/de.ron:")
            && shown.contains("not 64 hexadecimal digits"),
        "{shown}"
    );
    assert!(problem.position.is_some_and(|p| p.line > 1 && p.column > 1));
    assert_eq!(review(&ws, "de").signoff_state, SignOffState::None);
}

#[test]
fn reviewing_one_message_changes_one_small_hunk_of_its_review_file() {
    let dir = sample_copy();
    let path = dir.path().join("reviews/free-boris-kagarlitsky/de.ron");
    let before = std::fs::read_to_string(&path).unwrap();
    let mut ws = Workspace::load(dir.path()).unwrap();
    let mut editor = Editor::default();
    // The German brought up to date with the English, then approved.
    set_value(
        &mut editor,
        &mut ws,
        "de",
        "detention",
        "Man brachte ihn nach { -detention-place }, mehr als { NUMBER($distance-km) } km von Moskau entfernt. Dort ordnete ein Gericht zwei Monate Untersuchungshaft bis zu einem für September angesetzten Prozess an.",
    );
    assert_eq!(approve_all(&mut editor, &mut ws, "de", "Jana"), 1);
    ws.save_all().unwrap();
    let after = std::fs::read_to_string(&path).unwrap();
    let old: Vec<&str> = before.lines().collect();
    let new: Vec<&str> = after.lines().collect();
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &old, &new);
    let changes: Vec<_> = ops
        .iter()
        .filter(|op| op.tag() != similar::DiffTag::Equal)
        .collect();
    assert_eq!(changes.len(), 1, "one hunk: {changes:?}");
    let changed_lines = changes[0]
        .old_range()
        .len()
        .max(changes[0].new_range().len());
    assert!(
        changed_lines <= 4,
        "{changed_lines} lines changed: {changes:?}\n{after}"
    );
    assert!(old.len() == new.len(), "no line added or removed");
}

fn chorus(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(args)
        .arg(dir)
        .output()
        .unwrap()
}

#[test]
fn the_command_line_shows_diffs_refuses_to_sign_off_naming_why_and_signs_off() {
    let dir = sample_copy();
    let target = ["--statement", STATEMENT, "--locale", "de"];
    let out = chorus(dir.path(), &[&["review"][..], &target].concat());
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("1 outdated"), "{text}");
    assert!(text.contains("lapsed"), "{text}");
    assert!(
        text.contains("ordered [-him held in custody until his-]{+two months of detention ahead of a+} trial{+ in September+}."),
        "plain diff markers when not a terminal: {text}"
    );
    assert!(!text.contains('\x1b'), "no colour when not a terminal");
    let coloured = chorus(
        dir.path(),
        &[&["review", "--color", "always"][..], &target].concat(),
    );
    let coloured = String::from_utf8(coloured.stdout).unwrap();
    assert!(coloured.contains("\x1b[32;4mtwo months"), "{coloured}");

    // Refused, naming the outdated message.
    let signoff = [&["signoff", "--reviewer", "Jana"][..], &target].concat();
    let refused = chorus(dir.path(), &signoff);
    assert_eq!(refused.status.code(), Some(1));
    let why = String::from_utf8(refused.stderr).unwrap();
    assert!(why.contains("detention: not reviewed (outdated)"), "{why}");

    // A check error also refuses, with its place.
    let ftl = dir.path().join("locales/de/free-boris-kagarlitsky.ftl");
    corrupt(
        &ftl,
        "{ NUMBER($distance-km) } km von",
        "{ $distanz } km von",
    );
    let approve = [
        &["review", "--approve-all", "--reviewer", "Jana"][..],
        &target,
    ]
    .concat();
    assert!(chorus(dir.path(), &approve).status.success());
    let refused = chorus(dir.path(), &signoff);
    assert_eq!(refused.status.code(), Some(1));
    let why = String::from_utf8(refused.stderr).unwrap();
    assert!(
        why.contains("0 message(s) not reviewed, 1 check error(s)")
            && why.contains("free-boris-kagarlitsky.ftl:13:")
            && why.contains("$distanz"),
        "{why}"
    );

    // Fixed and approved: signed off, and `status` says so.
    corrupt(
        &ftl,
        "{ $distanz } km von",
        "{ NUMBER($distance-km) } km von",
    );
    assert!(chorus(dir.path(), &approve).status.success());
    let done = chorus(dir.path(), &signoff);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let status = chorus(dir.path(), &["status", "--format", "json"]);
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    let de = status["statements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == STATEMENT)
        .unwrap()["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == "de")
        .unwrap()
        .clone();
    assert_eq!(de["signoff"], "current");
    assert_eq!(de["outdated"], 0);
    assert_eq!(de["reviewed"], 17);
}
