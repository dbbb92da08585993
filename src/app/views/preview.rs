//! The statement as the reader will see it, laid out as a document. Text the locale lacks is shown from
//! the source in italics; a reference Fluent could not resolve is highlighted, never dropped.

use egui::{Align, Layout, RichText};

use crate::app::i18n::Strings;
use crate::base::ids::{Id, Locale};
use crate::locale::languages::{self, Direction};
use crate::publish::preview::{self, Preview, Rendered, Segment};
use crate::workspace::Workspace;

/// The preview beside a view: rendered again only after a change, drawn as a right-hand panel.
#[derive(Default)]
pub struct PreviewPanel {
    preview: Option<Preview>,
}

impl PreviewPanel {
    /// Something the preview shows changed: render it again on the next frame.
    pub fn invalidate(&mut self) {
        self.preview = None;
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        ws: &Workspace,
        statement: &Id,
        locale: &Locale,
        t: &Strings,
    ) {
        if self.preview.is_none()
            && let Some(file) = ws.statements.get(statement)
        {
            let s = &file.statement;
            let source = ws.file(&s.source, statement).map(|f| &f.document);
            let target = ws.file(locale, statement).map(|f| &f.document);
            self.preview = Some(preview::render(s, locale, source, target));
        }
        egui::Panel::right("preview")
            .resizable(true)
            .default_size(420.0)
            .show(ui, |ui| {
                ui.heading(t.get("preview-heading"));
                egui::ScrollArea::vertical()
                    .id_salt("preview")
                    .show(ui, |ui| {
                        if let Some(preview) = &self.preview {
                            document_ui(
                                ui,
                                preview,
                                languages::direction(locale) == Direction::Rtl,
                                t,
                            );
                        }
                    });
            });
    }
}

/// The statement laid out as a document.
fn document_ui(ui: &mut egui::Ui, preview: &Preview, rtl: bool, t: &Strings) {
    let layout = if rtl {
        Layout::top_down(Align::Max)
    } else {
        Layout::top_down(Align::Min)
    };
    ui.with_layout(layout, |ui| {
        rendered_ui(ui, &preview.headline, 1.5, t);
        ui.add_space(8.0);
        for paragraph in &preview.paragraphs {
            rendered_ui(ui, paragraph, 1.0, t);
            ui.add_space(6.0);
        }
        if !preview.signatories.is_empty() {
            ui.add_space(6.0);
            if let Some(heading) = &preview.signatories_heading {
                rendered_ui(ui, heading, 1.1, t);
            }
            for s in &preview.signatories {
                let mut line = s.name.clone();
                if !s.details.is_empty() {
                    line.push_str(&format!(" ({})", s.details));
                }
                if let Some(capacity) = &s.capacity {
                    line.push_str(&format!(", {}", capacity.text()));
                }
                ui.label(line);
            }
        }
        ui.add_space(8.0);
        ui.label(RichText::new(format!("{} · {}", preview.publisher, preview.date)).weak());
        if let Some(contact) = &preview.contact {
            rendered_ui(ui, contact, 0.9, t);
        }
    });
}

fn rendered_ui(ui: &mut egui::Ui, rendered: &Rendered, scale: f32, t: &Strings) {
    let size = ui.style().text_styles[&egui::TextStyle::Body].size * scale;
    let mut job = egui::text::LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    for segment in &rendered.segments {
        let text = match segment {
            Segment::Text(text) | Segment::Unresolved(text) | Segment::FromSource(text) => text,
        };
        let mut format = egui::TextFormat {
            font_id: egui::FontId::proportional(size),
            color: ui.visuals().text_color(),
            italics: rendered.missing,
            ..Default::default()
        };
        match segment {
            Segment::Text(_) => {}
            Segment::Unresolved(_) => {
                format.color = ui.visuals().error_fg_color;
                format.background = ui.visuals().error_fg_color.gamma_multiply(0.15);
                format.underline = egui::Stroke::new(1.0, ui.visuals().error_fg_color);
            }
            // A name not translated yet: the source's, in italics and underlined.
            Segment::FromSource(_) => {
                format.italics = true;
                format.underline = egui::Stroke::new(1.0, ui.visuals().warn_fg_color);
            }
        }
        job.append(text, 0.0, format);
    }
    let response = ui.label(job);
    if rendered.missing {
        response.on_hover_text(t.get("preview-missing-hint"));
    } else if rendered.has_source_names() {
        response.on_hover_text(t.get("preview-source-name-hint"));
    }
}
