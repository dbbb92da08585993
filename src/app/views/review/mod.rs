//! The review view: one statement in one locale, message by message. For each message needing review
//! it shows what changed in the reference since the translation was made or reviewed, what changed in
//! the translation since its last review, and the statement's preview. Approve (Ctrl+Enter) moves on
//! to the next; Reject asks what to change; Edit opens the message in the translate view. "Sign off"
//! is enabled once every message is reviewed and the checks find no error.

mod signoff;

use egui::RichText;

use crate::app::actions::Action;
use crate::app::i18n::Strings;
use crate::app::views::preview::PreviewPanel;
use crate::app::widgets::{diff_ui, state_label, state_text, text_ui};
use crate::base::ids::{Id, Locale};
use crate::review::diff::{self, Granularity};
use crate::review::{LocaleReview, MessageReview, SignOffRefusal};
use crate::workspace::Workspace;
use crate::workspace::editing::ReviewEdit;
use crate::workspace::reviews::Verdict;
use signoff::{refusal_text, standing_ui};

pub struct ReviewView {
    pub statement: Id,
    pub locale: Locale,
    /// Worked out again after every change (`None` until then).
    review: Option<LocaleReview>,
    /// Why it cannot be signed off now, as sentences; empty when it can.
    refusals: Vec<SignOffRefusal>,
    /// Index into the review's messages.
    current: usize,
    /// List every message, not only those needing review.
    show_all: bool,
    /// The comment being written for a rejection, while the reject box is open.
    rejecting: Option<String>,
    /// The note being written, while the sign-off dialog is open.
    signing: Option<String>,
    /// The name being typed, while the reviewer is asked for it.
    asking_name: Option<String>,
    /// Whether the view has asked for the reviewer's name on its own already: once cancelled, it
    /// asks again only when a verdict needs the name.
    asked_name: bool,
    preview: PreviewPanel,
    /// The History panel of the message shown, when open.
    history: Option<crate::app::views::history::HistoryPanel>,
    /// The workspace's folder, where git reads the history.
    root: std::path::PathBuf,
}

impl ReviewView {
    pub fn new(ws: &Workspace, statement: Id, locale: Locale) -> Self {
        let mut view = Self {
            statement,
            locale,
            review: None,
            refusals: Vec::new(),
            current: 0,
            show_all: false,
            rejecting: None,
            signing: None,
            asking_name: None,
            asked_name: false,
            history: None,
            root: ws.root.clone(),
            preview: PreviewPanel::default(),
        };
        view.ensure(ws);
        if let Some(first) = view.needing().first() {
            view.current = *first;
        }
        view
    }

    /// Whether this is the statement's source: its own text, proofread rather than compared.
    fn is_source(&self) -> bool {
        self.review
            .as_ref()
            .is_some_and(|r| r.reference == self.locale)
    }

    /// Something changed: work the states out again on the next frame.
    pub fn invalidate(&mut self) {
        self.review = None;
        self.preview.invalidate();
    }

    fn ensure(&mut self, ws: &Workspace) {
        if self.review.is_some() {
            return;
        }
        let review = LocaleReview::of(ws, &self.statement, &self.locale);
        self.refusals = review.as_ref().map(|r| r.refusals(ws)).unwrap_or_default();
        self.current = self.current.min(
            review
                .as_ref()
                .map_or(0, |r| r.messages.len().saturating_sub(1)),
        );
        self.review = review;
    }

    /// Indexes of the messages that need review.
    fn needing(&self) -> Vec<usize> {
        let Some(review) = &self.review else {
            return Vec::new();
        };
        let messages = review.messages.iter().enumerate();
        messages
            .filter(|(_, m)| m.state.needs_review())
            .map(|(i, _)| i)
            .collect()
    }

    fn listed(&self) -> Vec<usize> {
        match (&self.review, self.show_all) {
            (Some(r), true) => (0..r.messages.len()).collect(),
            _ => self.needing(),
        }
    }

    fn current_message(&self) -> Option<&MessageReview> {
        self.review.as_ref()?.messages.get(self.current)
    }

    /// Moves to the next (or previous) message in the list, wrapping around.
    pub fn step(&mut self, ws: &Workspace, forward: bool) {
        self.ensure(ws);
        self.rejecting = None;
        let listed = self.listed();
        if listed.is_empty() {
            return;
        }
        let next = if forward {
            listed
                .iter()
                .find(|&&i| i > self.current)
                .or(listed.first())
        } else {
            let before = listed.iter().rev().find(|&&i| i < self.current);
            before.or(listed.last())
        };
        if let Some(&i) = next {
            self.current = i;
        }
    }

    /// A verdict was recorded: show the next message that needs review after this one.
    pub fn judged(&mut self, ws: &Workspace) {
        self.invalidate();
        self.rejecting = None;
        self.ensure(ws);
        let needing = self.needing();
        let after = needing.iter().find(|&&i| i > self.current);
        if let Some(&i) = after.or(needing.first()) {
            self.current = i;
        }
    }

    /// Ctrl+Enter: sends the rejection being written, if any; else approves the message shown. Does
    /// nothing while a dialog is open.
    #[must_use]
    pub fn confirm(&mut self, reviewer: Option<&str>) -> Option<Action> {
        if self.asking_name.is_some() || self.signing.is_some() {
            return None;
        }
        match self.rejecting.clone() {
            Some(comment) if comment.trim().is_empty() => None,
            Some(comment) => self.judge(Verdict::Rejected, comment, reviewer),
            None => self.approve(reviewer),
        }
    }

    /// Approve the message shown, as it is now. Asks for the reviewer's name first if it is not
    /// known yet.
    #[must_use]
    pub fn approve(&mut self, reviewer: Option<&str>) -> Option<Action> {
        self.judge(Verdict::Approved, String::new(), reviewer)
    }

    /// Approves every message of the source's text that needs it, as one undo step: the organisers'
    /// proofreading of their own text, which has no reference to compare with.
    #[must_use]
    fn approve_all(&mut self, reviewer: Option<&str>) -> Option<Action> {
        let Some(reviewer) = reviewer else {
            self.asking_name = Some(String::new());
            return None;
        };
        let review = self.review.as_ref()?;
        let edits: Vec<ReviewEdit> = review
            .messages
            .iter()
            .filter(|m| m.state.needs_review())
            .filter_map(|m| {
                Some(ReviewEdit::Judge {
                    id: m.id.clone(),
                    verdict: Verdict::Approved,
                    texts: m.texts()?,
                    reviewer: reviewer.to_owned(),
                    comment: String::new(),
                })
            })
            .collect();
        (!edits.is_empty()).then(|| Action::ReviewAll {
            statement: self.statement.clone(),
            locale: self.locale.clone(),
            edits,
        })
    }

    #[must_use]
    fn judge(
        &mut self,
        verdict: Verdict,
        comment: String,
        reviewer: Option<&str>,
    ) -> Option<Action> {
        let Some(reviewer) = reviewer else {
            self.asking_name = Some(String::new());
            return None;
        };
        let message = self.current_message()?;
        let texts = message.texts()?;
        Some(Action::Review {
            statement: self.statement.clone(),
            locale: self.locale.clone(),
            edit: ReviewEdit::Judge {
                id: message.id.clone(),
                verdict,
                texts,
                reviewer: reviewer.to_owned(),
                comment,
            },
        })
    }

    #[must_use]
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        ws: &Workspace,
        t: &Strings,
        reviewer: Option<&str>,
    ) -> Vec<Action> {
        self.ensure(ws);
        self.root.clone_from(&ws.root);
        let mut actions = Vec::new();
        if reviewer.is_none() && self.asking_name.is_none() && !self.asked_name {
            self.asking_name = Some(String::new());
            self.asked_name = true;
        }
        egui::Panel::top("review-toolbar").show(ui, |ui| {
            self.toolbar_ui(ui, ws, t, reviewer, &mut actions);
        });
        self.preview.ui(ui, ws, &self.statement, &self.locale, t);
        egui::Panel::left("review-list")
            .resizable(true)
            .default_size(230.0)
            .show(ui, |ui| self.list_ui(ui, t));
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| self.message_ui(ui, t, reviewer, &mut actions));
        });
        self.name_ui(ui.ctx(), t, &mut actions);
        self.signoff_ui(ui.ctx(), ws, t, reviewer, &mut actions);
        actions
    }

    fn toolbar_ui(
        &mut self,
        ui: &mut egui::Ui,
        ws: &Workspace,
        t: &Strings,
        reviewer: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        let Some(review) = &self.review else {
            ui.label(t.get("no-messages"));
            return;
        };
        ui.horizontal_wrapped(|ui| {
            if ui.button(t.get("back-to-overview")).clicked() {
                actions.push(Action::Command(crate::app::actions::Command::Overview));
            }
            let title = ws.title(&self.statement);
            ui.strong(t.get_with(
                "review-title",
                &[
                    ("title", title.into()),
                    ("locale", self.locale.to_string().into()),
                ],
            ));
            if ui.button(t.get("review-translate")).clicked() {
                actions.push(Action::Open {
                    statement: self.statement.clone(),
                    locale: self.locale.clone(),
                });
            }
            ui.separator();
            let who = reviewer.map_or_else(|| t.get("reviewer-unknown"), str::to_owned);
            let name = ui
                .button(t.get_with("reviewer-is", &[("name", who.into())]))
                .on_hover_text(t.get("reviewer-change"));
            if name.clicked() {
                self.asking_name = Some(reviewer.unwrap_or_default().to_owned());
            }
            let can = self.refusals.is_empty() && reviewer.is_some();
            let button = ui.add_enabled(can, egui::Button::new(t.get("signoff-button")));
            let button = if self.refusals.is_empty() {
                button
            } else {
                let mut why =
                    t.get_with("signoff-refused", &[("count", self.refusals.len().into())]);
                for refusal in self.refusals.iter().take(8) {
                    why.push_str("\n• ");
                    why.push_str(&refusal_text(refusal, t));
                }
                button.on_disabled_hover_text(why)
            };
            if button.clicked() {
                self.signing = Some(String::new());
            }
        });
        standing_ui(ui, review, t);
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, t: &Strings) {
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.show_all, false, t.get("review-list-needing"));
            ui.selectable_value(&mut self.show_all, true, t.get("review-list-all"));
        });
        ui.separator();
        let listed = self.listed();
        let Some(review) = &self.review else {
            return;
        };
        if listed.is_empty() {
            ui.label(RichText::new(t.get("review-nothing-left")).weak());
            return;
        }
        let mut chosen = None;
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                for i in listed {
                    let m = &review.messages[i];
                    let text = format!("{}  ·  {}", m.id, t.get(state_label(m.state)));
                    let label = ui.selectable_label(self.current == i, text);
                    if label.clicked() {
                        chosen = Some(i);
                    }
                }
            });
        if let Some(i) = chosen {
            self.current = i;
            self.rejecting = None;
        }
    }

    /// Opens the History panel on message `id`, or closes it when it shows that one.
    fn toggle_history(&mut self, ctx: &egui::Context, id: &str) {
        if self.history.as_ref().is_some_and(|h| h.id == id) {
            self.history = None;
            return;
        }
        let (root, statement, locale) = (self.root.clone(), &self.statement, &self.locale);
        let panel = crate::app::views::history::HistoryPanel::open(
            ctx,
            root,
            statement,
            locale,
            id.to_owned(),
        );
        self.history = Some(panel);
    }

    fn message_ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Strings,
        reviewer: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        let Some(review) = &self.review else {
            return;
        };
        let Some(m) = review.messages.get(self.current).cloned() else {
            ui.label(t.get("no-messages"));
            return;
        };
        let reference = review.reference.clone();
        let last = review.messages.len().saturating_sub(1);
        ui.horizontal(|ui| {
            ui.label(RichText::new(&m.id).monospace().strong().size(16.0));
            ui.label(state_text(ui, m.state, t));
            // Who changed it, when and how: read from git on demand.
            let history = ui
                .small_button(t.get("history-button"))
                .on_hover_text(t.get("history-button-hint"));
            if history.clicked() {
                self.toggle_history(ui.ctx(), &m.id);
            }
        });
        if let Some(r) = m.review.as_ref().filter(|r| r.verdict == Verdict::Rejected) {
            let text = t.get_with(
                "review-rejected-by",
                &[
                    ("name", r.reviewer.clone().into()),
                    ("time", t.moment(&r.time).into()),
                    ("comment", r.comment.clone().into()),
                ],
            );
            ui.label(RichText::new(text).color(ui.visuals().warn_fg_color))
                .on_hover_text(&r.time);
        }
        ui.add_space(6.0);

        self.sides_ui(ui, &m, &reference, t);
        ui.add_space(10.0);
        self.buttons_ui(ui, &m, last, reviewer, t, actions);
        self.reject_ui(ui, reviewer, t, actions);
        // The history of the message under review, when asked for: reading, not restoring.
        if let Some(panel) = &mut self.history {
            ui.separator();
            if panel.contents_ui(ui, t, &self.locale, false).close {
                self.history = None;
            }
        }
    }

    /// The reference then and now, and the translation as reviewed and now.
    fn sides_ui(&self, ui: &mut egui::Ui, m: &MessageReview, reference: &Locale, t: &Strings) {
        // What the translator had to carry over: the reference then and now. The source has no
        // reference; it is proofread on its own.
        if !self.is_source() {
            let heading = t.get_with(
                "review-reference",
                &[("locale", reference.to_string().into())],
            );
            let changed = m.reference_to_compare().zip(m.reference.as_deref());
            let (explain, gone) = (
                t.get("review-reference-changed"),
                t.get("review-reference-gone"),
            );
            let now = m.reference.as_deref();
            side_ui(ui, heading, explain, changed, now, reference, gone);
            ui.add_space(8.0);
        }

        // What the reviewer approves: the text as last approved and now.
        let (heading, explain) = match self.is_source() {
            true => ("review-source-text", "review-source-changed"),
            false => ("review-translation", "review-translation-changed"),
        };
        let heading = t.get_with(heading, &[("locale", self.locale.to_string().into())]);
        let changed = m.translation_before().zip(m.translation.as_deref());
        let (explain, gone) = (t.get(explain), t.get("check-missing-message"));
        let now = m.translation.as_deref();
        side_ui(ui, heading, explain, changed, now, &self.locale, gone);
        if let Some(r) = m.review.as_ref().filter(|r| r.verdict == Verdict::Approved) {
            let text = t.get_with(
                "review-approved-by",
                &[
                    ("name", r.reviewer.clone().into()),
                    ("time", t.moment(&r.time).into()),
                ],
            );
            ui.label(RichText::new(text).small().weak())
                .on_hover_text(&r.time);
        }
    }

    /// Approve, Edit, Reject, and moving between messages.
    fn buttons_ui(
        &mut self,
        ui: &mut egui::Ui,
        m: &MessageReview,
        last: usize,
        reviewer: Option<&str>,
        t: &Strings,
        actions: &mut Vec<Action>,
    ) {
        let translated = m.translation.is_some() && m.reference.is_some();
        ui.horizontal_wrapped(|ui| {
            let approve = ui
                .add_enabled(translated, egui::Button::new(t.get("review-approve")))
                .on_hover_text(t.get("review-approve-hint"));
            if approve.clicked()
                && let Some(action) = self.approve(reviewer)
            {
                actions.push(action);
            }
            if ui.button(t.get("review-edit")).clicked() {
                actions.push(Action::EditMessage {
                    statement: self.statement.clone(),
                    locale: self.locale.clone(),
                    message: m.id.clone(),
                });
            }
            let reject = ui.add_enabled(
                translated && self.rejecting.is_none(),
                egui::Button::new(t.get("review-reject")),
            );
            if reject.clicked() {
                self.rejecting = Some(String::new());
            }
            if self.is_source() {
                let all = ui
                    .button(t.get("review-approve-all"))
                    .on_hover_text(t.get("review-approve-all-hint"));
                if all.clicked()
                    && let Some(action) = self.approve_all(reviewer)
                {
                    actions.push(action);
                }
            }
            ui.separator();
            if ui.button(t.get("review-previous")).clicked() {
                self.current = self.current.saturating_sub(1);
                self.rejecting = None;
            }
            if ui.button(t.get("review-next")).clicked() {
                self.current = (self.current + 1).min(last);
                self.rejecting = None;
            }
        });
    }

    /// The comment a rejection asks for, while rejecting.
    fn reject_ui(
        &mut self,
        ui: &mut egui::Ui,
        reviewer: Option<&str>,
        t: &Strings,
        actions: &mut Vec<Action>,
    ) {
        let mut send = None;
        if let Some(comment) = &mut self.rejecting {
            ui.add_space(6.0);
            let label = ui.label(t.get("review-reject-comment"));
            let field = ui
                .add(
                    egui::TextEdit::multiline(comment)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY)
                        .hint_text(t.get("review-reject-hint")),
                )
                .labelled_by(label.id);
            if field.gained_focus() || comment.is_empty() && !field.has_focus() {
                field.request_focus();
            }
            ui.horizontal(|ui| {
                let confirm = ui.add_enabled(
                    !comment.trim().is_empty(),
                    egui::Button::new(t.get("review-reject-confirm")),
                );
                if confirm.clicked() {
                    send = Some(comment.clone());
                }
                if ui.button(t.get("close-cancel")).clicked() {
                    send = Some(String::new());
                }
            });
        }
        match send {
            Some(comment) if !comment.is_empty() => {
                if let Some(action) = self.judge(Verdict::Rejected, comment, reviewer) {
                    actions.push(action);
                }
            }
            Some(_) => self.rejecting = None,
            None => {}
        }
    }

    /// Asks for the reviewer's name, once; it is kept in the settings.
    fn name_ui(&mut self, ctx: &egui::Context, t: &Strings, actions: &mut Vec<Action>) {
        let Some(name) = &mut self.asking_name else {
            return;
        };
        let mut done = None;
        egui::Modal::new(egui::Id::unique("reviewer-name")).show(ctx, |ui| {
            ui.heading(t.get("reviewer-ask-title"));
            ui.label(t.get("reviewer-ask-explain"));
            let label = ui.label(t.get("reviewer-name"));
            let field = ui
                .add(egui::TextEdit::singleline(name).desired_width(260.0))
                .labelled_by(label.id);
            if !field.has_focus() && name.is_empty() {
                field.request_focus();
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                let ok = ui.add_enabled(
                    !name.trim().is_empty(),
                    egui::Button::new(t.get("reviewer-save")),
                );
                if (ok.clicked() || enter) && !name.trim().is_empty() {
                    done = Some(Some(name.trim().to_owned()));
                }
                if ui.button(t.get("close-cancel")).clicked() {
                    done = Some(None);
                }
            });
        });
        match done {
            Some(Some(name)) => {
                actions.push(Action::SetReviewer(name));
                self.asking_name = None;
            }
            Some(None) => self.asking_name = None,
            None => {}
        }
    }
}

/// One side of a message under review: a heading, then the diff from `changed.0` to `changed.1`
/// with what it means, or the text `now`, or `absent` when there is none.
fn side_ui(
    ui: &mut egui::Ui,
    heading: String,
    explain: String,
    changed: Option<(&str, &str)>,
    now: Option<&str>,
    locale: &Locale,
    absent: String,
) {
    ui.label(RichText::new(heading).strong());
    match (changed, now) {
        (Some((before, now)), _) => {
            ui.label(RichText::new(explain).small().weak());
            let runs = diff::diff(before, now, Granularity::for_locale(locale));
            diff_ui(ui, &runs, locale);
        }
        (None, Some(now)) => text_ui(ui, now, locale),
        (None, None) => {
            ui.label(RichText::new(absent).color(ui.visuals().warn_fg_color));
        }
    }
}
