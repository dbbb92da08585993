//! Edits of a workspace as values, and their history for undo and redo.
//!
//! The window never changes a document directly: it builds a [`WorkspaceEdit`] and hands it to
//! [`Editor::apply`], which applies it, records the bytes it replaced, and merges consecutive typing in
//! one field into one undo step until the field is left ([`Editor::seal`]).

use crate::base::explain::{Explain, Explanation};
use crate::base::ids::{Id, Locale};
use crate::fluent::document::{Change, Document, Edit, EditError};
use crate::fluent::draft::MessageField;
use crate::workspace::reviews::{Reviews, Texts, Verdict};
use crate::workspace::statement::{Statement, StatementEdit, StatementEditError, StatementField};
use crate::workspace::{FileKey, FluentFile, Workspace};

/// A change to the workspace: to one message of a Fluent file, to a statement, or to the review
/// records of a statement in a locale.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkspaceEdit {
    Message {
        locale: Locale,
        statement: Id,
        edit: Edit,
    },
    Statement {
        statement: Id,
        edit: StatementEdit,
    },
    Review {
        statement: Id,
        locale: Locale,
        edit: ReviewEdit,
    },
}

/// A change to review records.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewEdit {
    /// Approve or reject a message's translation as it is (`texts`), with a comment for a rejection.
    Judge {
        id: String,
        verdict: Verdict,
        texts: Texts,
        reviewer: String,
        comment: String,
    },
    /// Sign off the locale: `digest` is that of what it covers now.
    SignOff {
        reviewer: String,
        note: String,
        digest: String,
    },
}

/// Why an edit was refused; nothing changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditRefused {
    #[error(transparent)]
    Message(#[from] EditError),
    #[error(transparent)]
    Statement(#[from] StatementEditError),
}

impl Explain for EditRefused {
    fn explain(&self) -> Explanation {
        match self {
            Self::Message(e) => e.explain(),
            Self::Statement(e) => e.explain(),
        }
    }
}

/// What an undo step belongs to, so that typing in one field merges and the window can go back to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Field {
    pub statement: Id,
    pub place: FieldPlace,
}

/// Where in a statement a field is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldPlace {
    /// A field of a message or term in a locale.
    Message {
        locale: Locale,
        id: String,
        field: MessageField,
    },
    /// The verdict on a message's translation in a locale.
    Review { locale: Locale, id: String },
    /// The sign-off of a locale.
    SignOff { locale: Locale },
    /// Every verdict of a locale given at once (the source's text approved whole).
    Reviews { locale: Locale },
    /// A field of the statement itself.
    Statement(StatementField),
}

impl Field {
    /// A field of message `id` in `locale`.
    pub fn message(statement: &Id, locale: &Locale, id: &str, field: MessageField) -> Self {
        Self {
            statement: statement.clone(),
            place: FieldPlace::Message {
                locale: locale.clone(),
                id: id.to_owned(),
                field,
            },
        }
    }

    /// A field of the statement itself.
    pub fn statement(statement: &Id, field: StatementField) -> Self {
        Self {
            statement: statement.clone(),
            place: FieldPlace::Statement(field),
        }
    }

    /// The locale of a message, a verdict or a sign-off; `None` for a field of the statement.
    pub fn locale(&self) -> Option<&Locale> {
        match &self.place {
            FieldPlace::Message { locale, .. }
            | FieldPlace::Review { locale, .. }
            | FieldPlace::SignOff { locale }
            | FieldPlace::Reviews { locale } => Some(locale),
            FieldPlace::Statement(_) => None,
        }
    }

    /// The message or term the field belongs to, if it belongs to one.
    pub fn message_id(&self) -> Option<&str> {
        match &self.place {
            FieldPlace::Message { id, .. } | FieldPlace::Review { id, .. } => Some(id),
            FieldPlace::SignOff { .. } | FieldPlace::Reviews { .. } | FieldPlace::Statement(_) => {
                None
            }
        }
    }
}

/// What an applied edit replaced, to undo and redo it.
#[derive(Debug, Clone)]
enum Applied {
    Message {
        locale: Locale,
        statement: Id,
        change: Change,
    },
    Statement {
        statement: Id,
        before: Box<Statement>,
        after: Box<Statement>,
    },
    Review {
        statement: Id,
        locale: Locale,
        before: Box<Reviews>,
        after: Box<Reviews>,
    },
}

impl Applied {
    fn file(&self) -> FileKey {
        match self {
            Applied::Message {
                locale, statement, ..
            } => FileKey::Messages(locale.clone(), statement.clone()),
            Applied::Statement { statement, .. } => FileKey::Statement(statement.clone()),
            Applied::Review {
                statement, locale, ..
            } => FileKey::Reviews(statement.clone(), locale.clone()),
        }
    }

    /// Puts the workspace back as it was before this change (`redo` false) or after it (`redo` true).
    fn put(&self, ws: &mut Workspace, redo: bool) {
        match self {
            Applied::Message {
                locale,
                statement,
                change,
            } => {
                if let Some(file) = ws.file_mut(locale, statement) {
                    match redo {
                        true => file.document.reapply(change),
                        false => file.document.revert(change),
                    }
                }
            }
            Applied::Statement {
                statement,
                before,
                after,
            } => {
                if let Some(file) = ws.statements.get_mut(statement) {
                    file.statement = if redo { after } else { before }.as_ref().clone();
                }
            }
            Applied::Review {
                statement,
                locale,
                before,
                after,
            } => {
                let reviews = if redo { after } else { before };
                *ws.reviews_mut(statement, locale) = reviews.as_ref().clone();
            }
        }
    }
}

#[derive(Debug, Clone)]
struct Step {
    field: Field,
    /// Applied in order; undone in reverse.
    changes: Vec<Applied>,
    /// No more typing merges into this step.
    sealed: bool,
}

/// The undo and redo stacks of a workspace.
#[derive(Debug, Default)]
pub struct Editor {
    done: Vec<Step>,
    undone: Vec<Step>,
}

impl Editor {
    /// Applies an edit and records it. Typing in the same field as the last, unsealed step joins that
    /// step. A Fluent file that does not exist yet is created in memory (saved on the next save).
    pub fn apply(
        &mut self,
        ws: &mut Workspace,
        field: Field,
        edit: WorkspaceEdit,
    ) -> Result<(), EditRefused> {
        let mut also = None;
        let applied = match edit {
            WorkspaceEdit::Message {
                locale,
                statement,
                edit,
            } => {
                let change = apply_to_message(ws, &locale, &statement, &edit)?;
                also = note_written(ws, &locale, &statement, edit.id());
                Applied::Message {
                    locale,
                    statement,
                    change,
                }
            }
            WorkspaceEdit::Review {
                statement,
                locale,
                edit,
            } => {
                let reviews = ws.reviews_mut(&statement, &locale);
                let before = Box::new(reviews.clone());
                match edit {
                    ReviewEdit::Judge {
                        id,
                        verdict,
                        texts,
                        reviewer,
                        comment,
                    } => reviews.judge(&id, verdict, texts, &reviewer, &comment),
                    ReviewEdit::SignOff {
                        reviewer,
                        note,
                        digest,
                    } => reviews.sign_off(&reviewer, &note, digest),
                }
                let after = Box::new(reviews.clone());
                Applied::Review {
                    statement,
                    locale,
                    before,
                    after,
                }
            }
            WorkspaceEdit::Statement { statement, edit } => {
                let file = (ws.statements.get_mut(&statement))
                    .ok_or_else(|| StatementEditError::NoStatement(statement.clone()))?;
                let before = Box::new(file.statement.clone());
                edit.apply(&mut file.statement)
                    .map_err(EditRefused::Statement)?;
                let after = Box::new(file.statement.clone());
                Applied::Statement {
                    statement,
                    before,
                    after,
                }
            }
        };
        self.undone.clear();
        let applied = std::iter::once(applied).chain(also);
        match self.done.last_mut() {
            Some(last) if !last.sealed && last.field == field => last.changes.extend(applied),
            _ => self.done.push(Step {
                field,
                changes: applied.collect(),
                sealed: false,
            }),
        }
        Ok(())
    }

    /// Drops every undo and redo step that touched `file`: after it was reloaded or merged from disk,
    /// the bytes those steps recorded no longer match it. Steps on other files are kept.
    pub fn forget(&mut self, file: &FileKey) {
        let touches = |step: &Step| step.changes.iter().any(|a| a.file() == *file);
        self.done.retain(|s| !touches(s));
        self.undone.retain(|s| !touches(s));
    }

    /// Ends the current typing step: the next edit starts a new undo step.
    pub fn seal(&mut self) {
        if let Some(last) = self.done.last_mut() {
            last.sealed = true;
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// Undoes the last step; returns the field it touched, for the window to show.
    pub fn undo(&mut self, ws: &mut Workspace) -> Option<Field> {
        let mut step = self.done.pop()?;
        for applied in step.changes.iter().rev() {
            applied.put(ws, false);
        }
        step.sealed = true;
        let field = step.field.clone();
        self.undone.push(step);
        Some(field)
    }

    /// Redoes the last undone step; returns the field it touched.
    pub fn redo(&mut self, ws: &mut Workspace) -> Option<Field> {
        let step = self.undone.pop()?;
        for applied in &step.changes {
            applied.put(ws, true);
        }
        let field = step.field.clone();
        self.done.push(step);
        Some(field)
    }
}

/// After a translation changed in Chorus, records the reference text it was written against, so that
/// a later change of the reference makes it outdated. Nothing for the source locale itself.
fn note_written(ws: &mut Workspace, locale: &Locale, statement: &Id, id: &str) -> Option<Applied> {
    let source = &ws.statements.get(statement)?.statement.source;
    if source == locale {
        return None;
    }
    let reference =
        crate::workspace::reviews::message_text(&ws.file(source, statement)?.document, id)?;
    if ws
        .reviews(statement, locale)
        .is_some_and(|r| r.knows_written(id, &reference))
    {
        return None;
    }
    let reviews = ws.reviews_mut(statement, locale);
    let before = Box::new(reviews.clone());
    if !reviews.written(id, &reference) {
        return None;
    }
    Some(Applied::Review {
        statement: statement.clone(),
        locale: locale.clone(),
        before,
        after: Box::new(reviews.clone()),
    })
}

/// Applies a message edit, creating the locale's file in memory if the edit succeeds on an empty one.
fn apply_to_message(
    ws: &mut Workspace,
    locale: &Locale,
    statement: &Id,
    edit: &Edit,
) -> Result<Change, EditError> {
    let key = (locale.clone(), statement.clone());
    if let Some(file) = ws.files.get_mut(&key) {
        return file.document.apply(edit);
    }
    let mut document = Document::parse("");
    let change = document.apply(edit)?;
    let file = FluentFile::new(Workspace::fluent_path(locale, statement), document, None);
    ws.files.insert(key, file);
    Ok(change)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn sample() -> Workspace {
        Workspace::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    fn typing(text: &str) -> (Field, WorkspaceEdit) {
        let locale = Locale::new("uk").unwrap();
        let statement = Id::new("free-boris-kagarlitsky").unwrap();
        let field = Field::message(&statement, &locale, "demand", MessageField::value());
        let edit = WorkspaceEdit::Message {
            locale,
            statement,
            edit: Edit::SetValue {
                id: "demand".into(),
                value: Some(text.into()),
            },
        };
        (field, edit)
    }

    fn demand(ws: &Workspace) -> String {
        let (uk, id) = (
            Locale::new("uk").unwrap(),
            Id::new("free-boris-kagarlitsky").unwrap(),
        );
        let file = ws.file(&uk, &id).unwrap();
        file.document.value_text("demand").unwrap()
    }

    #[test]
    fn typing_in_one_field_is_one_undo_step_until_the_field_is_left() {
        let mut ws = sample();
        let original = demand(&ws);
        let mut editor = Editor::default();
        for text in ["В", "Ви", "Вим"] {
            let (field, edit) = typing(text);
            editor.apply(&mut ws, field, edit).unwrap();
        }
        editor.seal();
        let (field, edit) = typing("Вимагаємо");
        editor.apply(&mut ws, field, edit).unwrap();
        assert_eq!(demand(&ws), "Вимагаємо");
        editor.undo(&mut ws).unwrap();
        assert_eq!(demand(&ws), "Вим");
        editor.undo(&mut ws).unwrap();
        assert_eq!(demand(&ws), original);
        assert!(!editor.can_undo());
        editor.redo(&mut ws).unwrap();
        assert_eq!(demand(&ws), "Вим");
        editor.redo(&mut ws).unwrap();
        assert_eq!(demand(&ws), "Вимагаємо");
        assert!(!editor.can_redo());
    }

    #[test]
    fn a_locale_without_a_file_gets_one_only_when_an_edit_succeeds() {
        let mut ws = Workspace::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
        let mut editor = Editor::default();
        let (field, _) = typing("x");
        let (it, id) = (
            Locale::new("it").unwrap(),
            Id::new("free-boris-kagarlitsky").unwrap(),
        );
        let add = |value: &str| WorkspaceEdit::Message {
            locale: it.clone(),
            statement: id.clone(),
            edit: Edit::Add {
                id: "demand".into(),
                value: value.into(),
                order: vec![],
            },
        };
        assert!(
            editor
                .apply(&mut ws, field.clone(), add("{ broken"))
                .is_err()
        );
        assert!(ws.file(&it, &id).is_none());
        editor.apply(&mut ws, field, add("Chiediamo")).unwrap();
        let file = ws.file(&it, &id).unwrap();
        assert!(file.is_dirty());
        assert_eq!(file.document.text(), "demand = Chiediamo\n");
    }

    #[test]
    fn statement_edits_undo_and_redo_with_the_rest() {
        let mut ws = sample();
        let mut editor = Editor::default();
        let id = Id::new("free-boris-kagarlitsky").unwrap();
        let years = |ws: &Workspace| ws.statements[&id].statement.variables[1].value.clone();
        let field = Field::statement(&id, StatementField::Variable("max-sentence-years".into()));
        let set = |n: f64| WorkspaceEdit::Statement {
            statement: id.clone(),
            edit: StatementEdit::SetVariable {
                name: "max-sentence-years".into(),
                value: crate::workspace::statement::Value::Number(n),
            },
        };
        editor.apply(&mut ws, field.clone(), set(5.0)).unwrap();
        assert_eq!(years(&ws), crate::workspace::statement::Value::Number(5.0));
        assert_eq!(ws.dirty_files(), 1);
        editor.undo(&mut ws);
        assert_eq!(years(&ws), crate::workspace::statement::Value::Number(7.0));
        assert_eq!(ws.dirty_files(), 0);
        editor.redo(&mut ws);
        assert_eq!(years(&ws), crate::workspace::statement::Value::Number(5.0));
    }

    #[test]
    fn a_new_edit_clears_redo_and_refused_edits_leave_no_step() {
        let mut ws = sample();
        let mut editor = Editor::default();
        let (field, edit) = typing("Перше");
        editor.apply(&mut ws, field, edit).unwrap();
        editor.undo(&mut ws);
        let (field, edit) = typing("Друге");
        editor.apply(&mut ws, field.clone(), edit).unwrap();
        assert!(!editor.can_redo());
        let (_, bad) = typing("{ $unclosed");
        editor.seal();
        assert!(editor.apply(&mut ws, field, bad).is_err());
        assert_eq!(demand(&ws), "Друге");
        editor.undo(&mut ws);
        assert!(!editor.can_undo());
    }
}
