//! Small pieces of UI more than one view or dialog draws: a message's review state, a diff, text in
//! its language's direction, a choice of locale.

use egui::text::LayoutJob;
use egui::{FontId, RichText, Stroke, TextFormat};

use crate::app::i18n::Strings;
use crate::base::ids::Locale;
use crate::checks::Finding;
use crate::locale::languages::{self, Direction};
use crate::review::State;
use crate::review::diff::{Run, RunChange};

/// The string id of a message's review state.
pub fn state_label(state: State) -> &'static str {
    match state {
        State::Missing => "state-missing",
        State::Outdated => "state-outdated",
        State::Rejected => "state-rejected",
        State::Translated => "state-translated",
        State::Reviewed => "state-reviewed",
    }
}

/// A message's state in words, coloured as a hint only.
pub fn state_text(ui: &egui::Ui, state: State, t: &Strings) -> RichText {
    let visuals = ui.visuals();
    let color = match state {
        State::Missing | State::Outdated | State::Rejected => visuals.warn_fg_color,
        State::Translated => visuals.text_color(),
        State::Reviewed => visuals.weak_text_color(),
    };
    RichText::new(t.get(state_label(state))).color(color)
}

/// A labelled choice of locale; the newly chosen one, if the user changed it.
pub fn locale_picker_ui<'l>(
    ui: &mut egui::Ui,
    label: String,
    current: &Locale,
    choices: impl Iterator<Item = &'l Locale>,
) -> Option<Locale> {
    let label = ui.label(label);
    let mut chosen = current.clone();
    egui::ComboBox::from_id_salt(label.id)
        .selected_text(chosen.to_string())
        .show_ui(ui, |ui| {
            for locale in choices {
                ui.selectable_value(&mut chosen, locale.clone(), locale.as_str());
            }
        })
        .response
        .labelled_by(label.id);
    (chosen != *current).then_some(chosen)
}

/// A text in its language's direction, wrapped.
pub fn text_ui(ui: &mut egui::Ui, text: &str, locale: &Locale) {
    let job = diff_job(
        &[Run {
            change: RunChange::Kept,
            text: text.to_owned(),
        }],
        ui.style(),
        languages::direction(locale) == Direction::Rtl,
    );
    ui.add(egui::Label::new(job).wrap());
}

/// A diff as one wrapped label: deletions struck through, insertions underlined, both also coloured.
pub fn diff_ui(ui: &mut egui::Ui, runs: &[Run], locale: &Locale) -> egui::Response {
    let job = diff_job(
        runs,
        ui.style(),
        languages::direction(locale) == Direction::Rtl,
    );
    ui.add(egui::Label::new(job).wrap())
}

/// The layout of a diff: kept text plain; deleted text struck through on a red tint; inserted text
/// underlined on a green tint. Right-to-left text is aligned to the right (egui has no bidi: the
/// runs stay in logical order).
pub fn diff_job(runs: &[Run], style: &egui::Style, rtl: bool) -> LayoutJob {
    let font: FontId = egui::TextStyle::Body.resolve(style);
    let visuals = &style.visuals;
    let text = visuals.text_color();
    let (deleted, inserted) = crate::app::theme::diff_colors(visuals.dark_mode);
    let mut job = LayoutJob::default();
    if rtl {
        job.halign = egui::Align::RIGHT;
    }
    for run in runs {
        let mut format = TextFormat::simple(font.clone(), text);
        match run.change {
            RunChange::Kept => {}
            RunChange::Deleted => {
                format.color = deleted;
                format.background = deleted.gamma_multiply(crate::app::theme::DIFF_TINT);
                format.strikethrough = Stroke::new(1.5, deleted);
            }
            RunChange::Inserted => {
                format.color = inserted;
                format.background = inserted.gamma_multiply(crate::app::theme::DIFF_TINT);
                format.underline = Stroke::new(1.5, inserted);
            }
        }
        job.append(&run.text, 0.0, format);
    }
    job
}

/// A finding's sentence in the window's language, from its code and arguments.
pub fn finding_text(f: &Finding, t: &Strings) -> String {
    let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = f
        .args
        .iter()
        .map(|(name, value)| {
            let value = if matches!(*name, "expected" | "found") && value == "none" {
                t.get("check-none")
            } else {
                value.clone()
            };
            (*name, value.into())
        })
        .collect();
    let sentence = t.get_with(&format!("check-{}", f.code.as_str()), &args);
    match f.arg("more") {
        Some(more) => format!(
            "{sentence} {}",
            t.get_with("check-more", &[("more", more.to_owned().into())])
        ),
        None => sentence,
    }
}

/// Where `needle` occurs in `text`, ignoring case, as byte ranges that do not overlap: what a search
/// highlights.
pub fn found_in(text: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut start = 0;
    while let Some(first) = text[start..].chars().next() {
        match match_at(&text[start..], &needle) {
            Some(len) => {
                out.push(start..start + len);
                start += len;
            }
            None => start += first.len_utf8(),
        }
    }
    out
}

/// The length in bytes of the start of `text` that reads `needle` (lowercased), if it does.
fn match_at(text: &str, needle: &[char]) -> Option<usize> {
    let mut matched = 0;
    for (at, c) in text.char_indices() {
        for lower in c.to_lowercase() {
            if needle.get(matched) != Some(&lower) {
                return None;
            }
            matched += 1;
        }
        if matched == needle.len() {
            return Some(at + c.len_utf8());
        }
    }
    None
}

/// `text` as one label's layout in `style` and `color`, with what a search for `needle` found
/// marked; `None` when it finds nothing, for the caller to draw the text as it always does.
pub fn highlighted(
    ui: &egui::Ui,
    text: &str,
    needle: &str,
    style: egui::TextStyle,
    color: egui::Color32,
) -> Option<LayoutJob> {
    let found = found_in(text, needle);
    if found.is_empty() {
        return None;
    }
    let format = TextFormat::simple(style.resolve(ui.style()), color);
    let mark = TextFormat {
        background: ui.visuals().warn_fg_color.gamma_multiply(0.45),
        ..format.clone()
    };
    let mut job = LayoutJob::default();
    let mut at = 0;
    for range in found {
        job.append(&text[at..range.start], 0.0, format.clone());
        job.append(&text[range.clone()], 0.0, mark.clone());
        at = range.end;
    }
    job.append(&text[at..], 0.0, format);
    Some(job)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_finds_every_place_ignoring_case_in_any_script() {
        assert_eq!(found_in("Free Boris, free all", "free"), [0..4, 12..16]);
        assert_eq!(found_in("Свободу Борису", "борис"), vec![15..25]);
        assert_eq!(found_in("aaa", "aa"), vec![0..2]);
        assert_eq!(found_in("Free", ""), []);
        assert_eq!(found_in("Free", "freedom"), []);
        // A capital whose lowercase is longer does not shift the ranges off character boundaries.
        let text = "İstanbul and istanbul";
        for range in found_in(text, "stanbul") {
            assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            assert_eq!(&text[range], "stanbul");
        }
    }
    use crate::review::diff::{self, Granularity};

    #[test]
    fn deletions_are_struck_through_and_insertions_underlined_not_only_coloured() {
        let runs = diff::diff("two months", "three months", Granularity::Word);
        let style = egui::Style::default();
        let job = diff_job(&runs, &style, false);
        let mut seen = Vec::new();
        for section in &job.sections {
            let text = &job.text[section.byte_range.start.0..section.byte_range.end.0];
            let f = &section.format;
            seen.push((
                text.to_owned(),
                f.strikethrough.width > 0.0,
                f.underline.width > 0.0,
            ));
        }
        assert_eq!(
            seen,
            [
                ("two".to_owned(), true, false),
                ("three".to_owned(), false, true),
                (" months".to_owned(), false, false),
            ]
        );
    }
}
