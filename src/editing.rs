//! Edits of a workspace as values, and their history for undo and redo.
//!
//! The window never changes a document directly: it builds a [`WorkspaceEdit`] and hands it to
//! [`Editor::apply`], which applies it, records the bytes it replaced, and merges consecutive typing in
//! one field into one undo step until the field is left ([`Editor::seal`]).

use crate::document::{Change, Document, Edit, EditError};
use crate::ids::{Id, Locale};
use crate::workspace::{FluentFile, Workspace};

/// A change to the workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceEdit {
    pub locale: Locale,
    pub statement: Id,
    pub edit: Edit,
}

/// What an undo step belongs to, so that typing in one field merges and the window can go back to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Field {
    pub locale: Locale,
    pub statement: Id,
    /// The message or term id, then the attribute or variant path if any, joined by '/'.
    pub path: String,
}

#[derive(Debug, Clone)]
struct Step {
    field: Field,
    /// Applied in order; undone in reverse.
    changes: Vec<Change>,
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
    ) -> Result<(), EditError> {
        let key = (edit.locale.clone(), edit.statement.clone());
        let change = match ws.files.get_mut(&key) {
            Some(file) => file.document.apply(&edit.edit)?,
            None => {
                let mut document = Document::parse("");
                let change = document.apply(&edit.edit)?;
                let path = Workspace::fluent_path(&edit.locale, &edit.statement);
                let file = FluentFile {
                    path,
                    document,
                    digest: None,
                };
                ws.files.insert(key, file);
                change
            }
        };
        self.undone.clear();
        match self.done.last_mut() {
            Some(last) if !last.sealed && last.field == field => last.changes.push(change),
            _ => self.done.push(Step {
                field,
                changes: vec![change],
                sealed: false,
            }),
        }
        Ok(())
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
        if let Some(file) = ws.file_mut(&step.field.locale, &step.field.statement) {
            for change in step.changes.iter().rev() {
                file.document.revert(change);
            }
        }
        step.sealed = true;
        let field = step.field.clone();
        self.undone.push(step);
        Some(field)
    }

    /// Redoes the last undone step; returns the field it touched.
    pub fn redo(&mut self, ws: &mut Workspace) -> Option<Field> {
        let step = self.undone.pop()?;
        if let Some(file) = ws.file_mut(&step.field.locale, &step.field.statement) {
            for change in &step.changes {
                file.document.reapply(change);
            }
        }
        let field = step.field.clone();
        self.done.push(step);
        Some(field)
    }

    /// Forgets the history of one file, for when it is reloaded from disk.
    pub fn forget(&mut self, locale: &Locale, statement: &Id) {
        let keep = |s: &Step| &s.field.locale != locale || &s.field.statement != statement;
        self.done.retain(keep);
        self.undone.retain(keep);
    }
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
        let field = Field {
            locale: locale.clone(),
            statement: statement.clone(),
            path: "demand".into(),
        };
        let edit = WorkspaceEdit {
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
        let (field, _) = typing("");
        let file = ws.file(&field.locale, &field.statement).unwrap();
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
        let (field, mut edit) = typing("x");
        edit.locale = Locale::new("it").unwrap();
        edit.edit = Edit::Add {
            id: "demand".into(),
            value: "{ broken".into(),
            order: vec![],
        };
        assert!(editor.apply(&mut ws, field.clone(), edit.clone()).is_err());
        assert!(ws.file(&edit.locale, &edit.statement).is_none());
        edit.edit = Edit::Add {
            id: "demand".into(),
            value: "Chiediamo".into(),
            order: vec![],
        };
        editor.apply(&mut ws, field, edit.clone()).unwrap();
        let file = ws.file(&edit.locale, &edit.statement).unwrap();
        assert!(file.is_dirty());
        assert_eq!(file.document.text(), "demand = Chiediamo\n");
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
