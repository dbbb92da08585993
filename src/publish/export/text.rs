//! A page as plain text: the statement, its signatories and dateline, and the footer that says
//! who signed it off and when (or that it is a draft).

use std::fmt::Write as _;

use super::*;
use crate::publish::preview::{Preview, SignatoryLine};

/// The page as UTF-8 plain text with LF line ends.
pub fn to_text(page: &Page) -> String {
    let p = &page.preview;
    let mut out = String::new();
    if let Seal::Draft { problems, .. } = &page.seal {
        out.push_str(DRAFT_MARK);
        out.push('\n');
        for problem in problems {
            let _ = writeln!(out, "Missing or broken: {problem}");
        }
        out.push('\n');
    }
    out.push_str(&p.headline.text());
    out.push_str("\n\n");
    for paragraph in &p.paragraphs {
        out.push_str(&paragraph.text());
        out.push_str("\n\n");
    }
    if !p.signatories.is_empty() {
        if let Some(heading) = &p.signatories_heading {
            out.push_str(&heading.text());
            out.push('\n');
        }
        for s in &p.signatories {
            let _ = writeln!(out, "- {}", signatory_text(s));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}", dateline(p));
    if let Some(contact) = &p.contact {
        let _ = writeln!(out, "{}", contact.text());
    }
    out.push_str("\n-- \n");
    for line in footer_lines(&page.seal) {
        let plain: String = line.iter().map(|part| part.text()).collect();
        let _ = writeln!(out, "{plain}");
    }
    // Fluent values keep the line ends of their file; the output has LF only, and no control
    // character or invisible direction mark (a draft may hold them).
    out.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| !is_direction_mark(c) && (!c.is_control() || matches!(c, '\n' | '\t')))
        .collect()
}

/// "Name (affiliation, country), in a personal capacity", as the editor's preview shows it.
pub(super) fn signatory_text(s: &SignatoryLine) -> String {
    let mut line = s.name.clone();
    if !s.details.is_empty() {
        let _ = write!(line, " ({})", s.details);
    }
    if let Some(capacity) = &s.capacity {
        let _ = write!(line, ", {}", capacity.text());
    }
    line
}

pub(super) fn dateline(p: &Preview) -> String {
    if p.publisher.is_empty() {
        p.date.clone()
    } else {
        format!("{} · {}", p.publisher, p.date)
    }
}

/// A piece of a footer line: words of Chorus, or a value from the workspace.
pub(super) enum FooterPart<'a> {
    Words(&'static str),
    Value(&'a str),
    Time(&'a str),
    Code(&'a str),
}

impl FooterPart<'_> {
    pub(super) fn text(&self) -> String {
        match self {
            FooterPart::Words(w) => (*w).to_owned(),
            FooterPart::Value(v) | FooterPart::Code(v) => (*v).to_owned(),
            FooterPart::Time(t) => readable_time(t),
        }
    }
}

pub(super) fn footer_lines(seal: &Seal) -> Vec<Vec<FooterPart<'_>>> {
    match seal {
        Seal::SignedOff(s) => {
            let mut lines = vec![vec![
                FooterPart::Words("Signed off by "),
                FooterPart::Value(&s.reviewer),
                FooterPart::Words(" on "),
                FooterPart::Time(&s.time),
                FooterPart::Words("."),
            ]];
            if !s.note.trim().is_empty() {
                lines.push(vec![
                    FooterPart::Words("Note: "),
                    FooterPart::Value(&s.note),
                ]);
            }
            lines.push(vec![
                FooterPart::Words("SHA-256 of what was signed off: "),
                FooterPart::Code(&s.digest),
            ]);
            lines
        }
        Seal::Draft { lapsed, digest, .. } => {
            let mut first = vec![FooterPart::Words(DRAFT_MARK), FooterPart::Words(". ")];
            match lapsed {
                Some(s) => first.extend([
                    FooterPart::Words("The sign-off by "),
                    FooterPart::Value(&s.reviewer),
                    FooterPart::Words(" on "),
                    FooterPart::Time(&s.time),
                    FooterPart::Words(" has lapsed: the text changed since."),
                ]),
                None => first.push(FooterPart::Words("No one has signed off this language.")),
            }
            vec![
                first,
                vec![
                    FooterPart::Words("SHA-256 of this draft: "),
                    FooterPart::Code(digest),
                ],
            ]
        }
    }
}

/// `2023-07-30T09:15:00Z` as `2023-07-30 09:15 UTC`; anything else as it is.
pub(super) fn readable_time(time: &str) -> String {
    match crate::base::moment::Moment::parse(time) {
        Some(_) => format!("{} {} UTC", &time[..10], &time[11..16]),
        None => time.to_owned(),
    }
}
