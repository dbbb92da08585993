//! Carrying out what the panels asked for: each [`Action`] through the core's `Editor` and
//! `Workspace`, after the frame that returned it.

use egui::ViewportCommand;

use crate::app::{
    Action, AdaptView, ChorusApp, Command, Notice, Pending, ReviewView, Screen, TranslateView,
    dialogs,
};
use crate::workspace::editing::{Field, FieldPlace, ReviewEdit, WorkspaceEdit};
use crate::workspace::statement::StatementField;

impl ChorusApp {
    /// Carries out one action.
    pub fn run(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::Command(command) => self.run_command(command, ctx),
            Action::Open { statement, locale } => {
                self.editor.seal();
                let view = TranslateView::new(&self.ws, statement, locale);
                self.screen = Screen::Translate(Box::new(view));
            }
            Action::Adapt { statement, locale } => {
                self.editor.seal();
                if self.ws.statements.contains_key(&statement) {
                    let mut view = AdaptView::new(&self.ws, statement);
                    if let Some(locale) = locale {
                        view.set_locale(&self.ws, locale);
                    }
                    self.screen = Screen::Adapt(Box::new(view));
                }
            }
            Action::AdaptLocale(locale) => {
                if let Screen::Adapt(view) = &mut self.screen {
                    view.set_locale(&self.ws, locale);
                }
            }
            Action::SetReference(locale) => {
                if let Screen::Translate(view) = &mut self.screen {
                    view.set_reference(&self.ws, locale);
                }
            }
            Action::EditStatement {
                statement,
                field,
                edit,
            } => self.edit_statement(statement, field, edit),
            Action::Edit { row, field, edits } => self.edit_message(row, field, edits),
            Action::Seal => self.editor.seal(),
            Action::SetLanguage(language) => self.set_language(language),
            Action::OpenWorkspace(root) => {
                self.open_dialog = None;
                if self.dirty_files() > 0 {
                    self.pending = Some(Pending::Open(root));
                } else {
                    self.editor.seal();
                    self.load(root, ctx);
                }
            }
            Action::SetTheme(theme) => {
                self.settings.theme = theme;
                self.settings.apply(ctx);
            }
            Action::SetTextScale(scale) => {
                self.settings.text_scale = scale.clamp(0.5, 3.0);
                self.settings.apply(ctx);
            }
            Action::AddLocale { locale, statements } => self.add_locale(locale, &statements),
            Action::EditMessage {
                statement,
                locale,
                message,
            } => {
                self.editor.seal();
                let mut view = TranslateView::new(&self.ws, statement, locale);
                view.show_message(&message);
                self.screen = Screen::Translate(Box::new(view));
            }
            Action::OpenReview { statement, locale } => {
                self.editor.seal();
                if self.ws.statements.contains_key(&statement) {
                    let view = ReviewView::new(&self.ws, statement, locale);
                    self.screen = Screen::Review(Box::new(view));
                }
            }
            Action::Review {
                statement,
                locale,
                edit,
            } => self.review(statement, locale, edit),
            Action::ReviewAll {
                statement,
                locale,
                edits,
            } => self.review_all(statement, locale, edits),
            Action::SetReviewer(name) => self.settings.reviewer = Some(name),
            Action::OpenExport(statement) => {
                self.export_dialog = Some(dialogs::export::ExportDialog::new(&self.ws, statement));
            }
            Action::NewStatement {
                template,
                id,
                title,
            } => self.new_statement(&template, id, &title, ctx),
        }
    }

    /// Adds a locale to statements as one undo step; saved with the next save.
    pub(in crate::app) fn add_locale(
        &mut self,
        locale: crate::base::ids::Locale,
        statements: &[crate::base::ids::Id],
    ) {
        let Some(first) = statements.first() else {
            return;
        };
        self.editor.seal();
        let field = Field::statement(first, StatementField::Locales);
        let mut added = 0;
        for statement in statements {
            let edit = WorkspaceEdit::Statement {
                statement: statement.clone(),
                edit: crate::workspace::statement::StatementEdit::AddLocale(locale.clone()),
            };
            match self.editor.apply(&mut self.ws, field.clone(), edit) {
                Ok(()) => added += 1,
                Err(err) => self.notice = Some(Notice::Error(self.strings.explain(&err))),
            }
        }
        self.editor.seal();
        if added > 0 {
            let args = [
                ("locale", locale.to_string().into()),
                ("statements", added.into()),
            ];
            let text = self.strings.get_with("notice-locale-added", &args);
            self.notice = Some(Notice::Info(text));
        }
        self.refresh_status();
    }

    /// Makes a statement from a template, writes its files in the background and opens it to adapt.
    pub(in crate::app) fn new_statement(
        &mut self,
        template: &crate::base::ids::Id,
        id: crate::base::ids::Id,
        title: &str,
        ctx: &egui::Context,
    ) {
        self.editor.seal();
        match self.ws.create_from_template(template, id.clone(), title) {
            Ok(keys) => {
                self.save_files(&keys, ctx);
                self.screen = Screen::Adapt(Box::new(AdaptView::new(&self.ws, id)));
            }
            Err(err) => self.notice = Some(Notice::Error(self.strings.explain(&err))),
        }
        self.refresh_status();
    }

    pub(in crate::app) fn edit_statement(
        &mut self,
        statement: crate::base::ids::Id,
        field: StatementField,
        edit: crate::workspace::statement::StatementEdit,
    ) {
        let at = Field::statement(&statement, field.clone());
        let result = self.editor.apply(
            &mut self.ws,
            at,
            WorkspaceEdit::Statement { statement, edit },
        );
        if let Screen::Adapt(view) = &mut self.screen {
            match result {
                Ok(()) => view.accepted(&field),
                Err(err) => view.refused(&field, self.strings.explain(&err)),
            }
        }
        self.refresh_status();
    }

    /// Records verdicts as one undo step.
    pub(in crate::app) fn review_all(
        &mut self,
        statement: crate::base::ids::Id,
        locale: crate::base::ids::Locale,
        edits: Vec<ReviewEdit>,
    ) {
        let field = Field {
            statement: statement.clone(),
            place: FieldPlace::Reviews {
                locale: locale.clone(),
            },
        };
        self.editor.seal();
        for edit in edits {
            let edit = WorkspaceEdit::Review {
                statement: statement.clone(),
                locale: locale.clone(),
                edit,
            };
            if let Err(err) = self.editor.apply(&mut self.ws, field.clone(), edit) {
                self.notice = Some(Notice::Error(self.strings.explain(&err)));
                break;
            }
        }
        self.editor.seal();
        if let Screen::Review(view) = &mut self.screen {
            view.judged(&self.ws);
        }
        self.refresh_status();
    }

    /// Records a verdict or a sign-off as its own undo step, then shows the next message to review.
    pub(in crate::app) fn review(
        &mut self,
        statement: crate::base::ids::Id,
        locale: crate::base::ids::Locale,
        edit: crate::workspace::editing::ReviewEdit,
    ) {
        let place = match &edit {
            ReviewEdit::Judge { id, .. } => FieldPlace::Review {
                locale: locale.clone(),
                id: id.clone(),
            },
            ReviewEdit::SignOff { .. } => FieldPlace::SignOff {
                locale: locale.clone(),
            },
        };
        let signed = matches!(edit, ReviewEdit::SignOff { .. });
        let field = Field {
            statement: statement.clone(),
            place,
        };
        self.editor.seal();
        let edit = WorkspaceEdit::Review {
            statement,
            locale,
            edit,
        };
        let result = self.editor.apply(&mut self.ws, field, edit);
        self.editor.seal();
        match result {
            Err(err) => self.notice = Some(Notice::Error(self.strings.explain(&err))),
            Ok(()) if signed => {
                self.notice = Some(Notice::Info(self.strings.get("notice-signed-off")));
            }
            Ok(()) => {}
        }
        if let Screen::Review(view) = &mut self.screen {
            view.judged(&self.ws);
        }
        self.refresh_status();
    }

    pub(in crate::app) fn edit_message(
        &mut self,
        row: usize,
        field: Field,
        edits: Vec<WorkspaceEdit>,
    ) {
        let FieldPlace::Message {
            field: message_field,
            ..
        } = &field.place
        else {
            return;
        };
        let message_field = message_field.clone();
        let mut result = Ok(());
        for edit in edits {
            if let Err(err) = self.editor.apply(&mut self.ws, field.clone(), edit) {
                result = Err(err);
                break;
            }
        }
        match &mut self.screen {
            Screen::Translate(view) => view.edited(&self.ws, row, &message_field, result),
            Screen::Adapt(view) => {
                view.terms.edited(&self.ws, row, &message_field, result);
                view.invalidate();
            }
            Screen::Review(_) | Screen::Overview => {}
        }
        self.refresh_status();
    }

    pub(in crate::app) fn run_command(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Save => self.save(None, ctx),
            Command::Share => self.ask_to_share(),
            Command::OpenFromUrl => self.ask_to_clone(),
            Command::Undo | Command::Redo => {
                let field = match command {
                    Command::Undo => self.editor.undo(&mut self.ws),
                    _ => self.editor.redo(&mut self.ws),
                };
                if let Some(field) = field {
                    self.show_undone(&field);
                }
                self.refresh_status();
            }
            Command::Overview => {
                self.editor.seal();
                self.screen = Screen::Overview;
            }
            Command::Help => self.show_help = !self.show_help,
            // Goes through the same question about unsaved changes as the window's close button.
            Command::Quit => ctx.send_viewport_cmd(ViewportCommand::Close),
            Command::OpenWorkspace => {
                self.open_dialog = Some(dialogs::open::OpenDialog::new(&self.ws.root));
            }
            Command::Export => {
                let shown = match &self.screen {
                    Screen::Translate(view) => Some(view.statement.clone()),
                    Screen::Adapt(view) => Some(view.statement.clone()),
                    Screen::Review(view) => Some(view.statement.clone()),
                    Screen::Overview => None,
                };
                let statement = shown.or_else(|| self.ws.statements.keys().next().cloned());
                if let Some(statement) = statement {
                    self.run(Action::OpenExport(statement), ctx);
                }
            }
            Command::NextMessage
            | Command::PreviousMessage
            | Command::NextMissing
            | Command::ConfirmAndNext
            | Command::CopyFromReference
            | Command::Find
            | Command::TogglePreview => {
                if let Some(action) = self.run_view_command(command) {
                    self.run(action, ctx);
                    self.editor.seal();
                }
            }
        }
        ctx.request_repaint();
    }

    /// Shows what an undo or redo changed in the current screen.
    pub(in crate::app) fn show_undone(&mut self, field: &Field) {
        let message = field.message_id().unwrap_or_default();
        match (&mut self.screen, field.locale()) {
            (Screen::Translate(view), Some(_)) => view.refresh(&self.ws, message),
            (Screen::Adapt(view), None) => view.rebuild(&self.ws),
            (Screen::Adapt(view), Some(_)) => {
                view.terms.refresh(&self.ws, message);
                view.invalidate();
            }
            (Screen::Review(view), _) => view.invalidate(),
            _ => {}
        }
    }

    /// Commands about the translate view (nothing happens elsewhere); may give an edit to run.
    #[must_use]
    pub(in crate::app) fn run_view_command(&mut self, command: Command) -> Option<Action> {
        if let Screen::Review(view) = &mut self.screen {
            return match command {
                Command::ConfirmAndNext => view.confirm(self.settings.reviewer.as_deref()),
                Command::NextMessage | Command::NextMissing => {
                    view.step(&self.ws, true);
                    None
                }
                Command::PreviousMessage => {
                    view.step(&self.ws, false);
                    None
                }
                _ => None,
            };
        }
        let Screen::Translate(view) = &mut self.screen else {
            return None;
        };
        match command {
            Command::NextMessage => view.step(1, false),
            Command::PreviousMessage => view.step(-1, false),
            Command::NextMissing => view.step(1, true),
            Command::ConfirmAndNext => {
                self.editor.seal();
                view.step(1, false);
            }
            Command::Find => view.focus_search(),
            Command::TogglePreview => view.show_preview = !view.show_preview,
            Command::CopyFromReference => {
                self.editor.seal();
                return view.copy_from_reference();
            }
            _ => {}
        }
        None
    }

    pub(in crate::app) fn refresh_status(&mut self) {
        self.overview.invalidate();
        if let Screen::Review(view) = &mut self.screen {
            view.invalidate();
        }
    }
}
