//! The review view's sign-off: what a sign-off covers, the dialog that records it, where the locale
//! stands, and why a sign-off is refused.

use egui::RichText;

use super::ReviewView;
use crate::app::actions::Action;
use crate::app::i18n::Strings;
use crate::app::widgets::finding_text;
use crate::review::{Covered, LocaleReview, SignOffRefusal, SignOffState, State};
use crate::workspace::Workspace;
use crate::workspace::editing::ReviewEdit;

impl ReviewView {
    /// "Sign off": what the sign-off covers, a note, and the button that records it.
    pub(super) fn signoff_ui(
        &mut self,
        ctx: &egui::Context,
        ws: &Workspace,
        t: &Strings,
        reviewer: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        let (Some(note), Some(review), Some(reviewer)) =
            (&mut self.signing, &self.review, reviewer)
        else {
            return;
        };
        let Some(covered) = Covered::of(ws, &self.statement, &self.locale) else {
            self.signing = None;
            return;
        };
        let mut done = None;
        egui::Modal::new(egui::Id::unique("signoff")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(t.get_with(
                "signoff-title",
                &[("locale", self.locale.to_string().into())],
            ));
            ui.label(t.get("signoff-covers"));
            covered_ui(ui, &covered, review.messages.len(), t);
            ui.label(
                RichText::new(t.get_with(
                    "signoff-digest",
                    &[("digest", review.digest.clone().into())],
                ))
                .monospace()
                .small(),
            );
            ui.add_space(6.0);
            let label = ui.label(t.get("signoff-note"));
            ui.add(
                egui::TextEdit::multiline(note)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
            ui.horizontal(|ui| {
                let sign = ui
                    .button(t.get_with("signoff-confirm", &[("name", reviewer.to_owned().into())]));
                if sign.clicked() {
                    done = Some(Some(note.clone()));
                }
                if ui.button(t.get("close-cancel")).clicked() {
                    done = Some(None);
                }
            });
        });
        match done {
            Some(Some(note)) => {
                actions.push(Action::Review {
                    statement: self.statement.clone(),
                    locale: self.locale.clone(),
                    edit: ReviewEdit::SignOff {
                        reviewer: reviewer.to_owned(),
                        note,
                        digest: review.digest.clone(),
                    },
                });
                self.signing = None;
            }
            Some(None) => self.signing = None,
            None => {}
        }
    }
}

/// What a sign-off covers, one line each: the messages, variables, sections, signatories and date.
pub(super) fn covered_ui(ui: &mut egui::Ui, covered: &Covered, messages: usize, t: &Strings) {
    let bullet = |ui: &mut egui::Ui, text: String| {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.label(text);
        });
    };
    bullet(
        ui,
        t.get_with(
            "signoff-covers-messages",
            &[
                ("count", messages.into()),
                ("reference", covered.reference_locale.to_string().into()),
            ],
        ),
    );
    let variables: Vec<String> = covered
        .variables
        .iter()
        .map(|(name, value)| format!("${name} = {}", value_text(value)))
        .collect();
    if !variables.is_empty() {
        bullet(
            ui,
            t.get_with(
                "signoff-covers-variables",
                &[("list", variables.join("; ").into())],
            ),
        );
    }
    let enabled: Vec<&str> = covered
        .sections
        .iter()
        .filter(|(_, on)| *on)
        .map(|(m, _)| m.as_str())
        .collect();
    bullet(
        ui,
        t.get_with(
            "signoff-covers-sections",
            &[("list", enabled.join(", ").into())],
        ),
    );
    ui.label(
        RichText::new(t.get_with(
            "signoff-not-covered",
            &[("count", covered.publication.signatories.len().into())],
        ))
        .weak(),
    );
}

pub(super) fn value_text(value: &crate::workspace::statement::Value) -> String {
    use crate::workspace::statement::Value;
    match value {
        Value::Text(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Date(d) => d.to_string(),
        Value::List(items) => items.join(", "),
    }
}

/// Where the locale stands, on a line of its own under the review toolbar's buttons, so that the
/// toolbar keeps to one row in a narrow window: the counts that are not zero, each named, and the
/// sign-off.
pub(super) fn standing_ui(ui: &mut egui::Ui, review: &LocaleReview, t: &Strings) {
    ui.horizontal(|ui| {
        let mut counts = vec![t.get_with(
            "review-count-reviewed",
            &[
                ("count", review.count(State::Reviewed).into()),
                ("messages", review.messages.len().into()),
            ],
        )];
        for (state, id) in [
            (State::Translated, "review-count-waiting"),
            (State::Outdated, "review-count-outdated"),
            (State::Rejected, "review-count-rejected"),
            (State::Missing, "review-count-missing"),
        ] {
            let n = review.count(state);
            if n > 0 {
                counts.push(t.get_with(id, &[("count", n.into())]));
            }
        }
        ui.label(counts.join(" · "));
        ui.separator();
        signoff_state_ui(ui, review, t);
    });
}

/// The sign-off's state in words.
pub fn signoff_state_ui(ui: &mut egui::Ui, review: &LocaleReview, t: &Strings) {
    let (id, color) = match review.signoff_state {
        SignOffState::Current => ("signoff-current", ui.visuals().text_color()),
        SignOffState::Lapsed => ("signoff-lapsed", ui.visuals().warn_fg_color),
        SignOffState::None => ("signoff-none", ui.visuals().weak_text_color()),
    };
    let (name, time) = review
        .signoff
        .as_ref()
        .map_or_else(Default::default, |s| (s.reviewer.clone(), s.time.clone()));
    let shown = t.moment(&time);
    let text = t.get_with(id, &[("name", name.into()), ("time", shown.into())]);
    let label = ui.label(RichText::new(text).color(color));
    if !time.is_empty() {
        label.on_hover_text(time);
    }
}

/// Why a sign-off is refused, in the window's language.
pub(super) fn refusal_text(refusal: &SignOffRefusal, t: &Strings) -> String {
    match refusal {
        SignOffRefusal::NotReviewed { id, state } => {
            let state = t.get(&format!("state-{}", state.as_str()));
            t.get_with(
                "signoff-not-reviewed",
                &[("message", id.clone().into()), ("state", state.into())],
            )
        }
        SignOffRefusal::CheckError(finding) => {
            let place = match (finding.line, finding.column) {
                (Some(line), Some(column)) => format!("{}:{line}:{column}", finding.file),
                _ => finding.file.clone(),
            };
            format!("{place}: {}", finding_text(finding, t))
        }
    }
}
