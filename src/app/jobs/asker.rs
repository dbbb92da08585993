//! Git's questions for a user name, password or token while it works for the window (Share, a
//! clone): asked in a modal, the password masked, the answer sent to git and kept nowhere but in
//! memory for the rest of that one piece of work (git asks again for each of its commands).

use std::collections::HashMap;
use std::path::Path;

use egui::RichText;

use crate::app::i18n::Strings;
use crate::share::askpass::{Bridge, Question};

pub(in crate::app) struct GitAsker {
    /// Where git's questions come; `None` if it could not be opened (git then gives up on them,
    /// and says so).
    bridge: Option<Bridge>,
    /// The question on screen, and what is typed in answer.
    asked: Option<(Question, String)>,
    /// What was answered to each question.
    answered: HashMap<String, String>,
}

impl GitAsker {
    pub(in crate::app) fn start() -> Self {
        Self {
            bridge: Bridge::start().ok(),
            asked: None,
            answered: HashMap::new(),
        }
    }

    /// The environment that sends git's questions here, `program` (chorus) being what git runs.
    pub(in crate::app) fn env(&self, program: &Path) -> Vec<(String, String)> {
        self.bridge
            .as_ref()
            .map(|b| b.env(program))
            .unwrap_or_default()
    }

    /// The question, when git asks one.
    pub(in crate::app) fn ui(&mut self, ctx: &egui::Context, t: &Strings) {
        if self.asked.is_none()
            && let Some(question) = self.bridge.as_ref().and_then(Bridge::question)
        {
            match self.answered.get(&question.prompt) {
                Some(answer) => question.answer(Some(answer)),
                None => self.asked = Some((question, String::new())),
            }
        }
        let Some((question, typed)) = &mut self.asked else {
            // Git may ask at any moment while it works.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
            return;
        };
        let secret = !question.prompt.to_lowercase().starts_with("username");
        let (mut answer, mut cancel) = (false, false);
        let modal = egui::Modal::new(egui::Id::unique("git-question")).show(ctx, |ui| {
            ui.set_width(440.0);
            ui.heading(t.get("git-question-title"));
            let label = ui.label(question.prompt.trim());
            let field = ui
                .add(
                    egui::TextEdit::singleline(typed)
                        .password(secret)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if !field.has_focus() && !field.lost_focus() {
                field.request_focus();
            }
            answer = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.label(RichText::new(t.get("git-question-hint")).small().weak());
            ui.horizontal(|ui| {
                answer |= ui.button(t.get("git-question-answer")).clicked();
                cancel = ui.button(t.get("close-cancel")).clicked();
            });
        });
        cancel |= modal.should_close();
        if (answer || cancel)
            && let Some((question, typed)) = self.asked.take()
        {
            if answer {
                self.answered.insert(question.prompt.clone(), typed.clone());
            }
            question.answer(answer.then_some(typed.as_str()));
        }
    }
}
