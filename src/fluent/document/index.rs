//! Drawing each entry's byte range from the parser's tree: an entry starts on the line of its
//! attached comment or identifier and ends after its last non-blank line, so every byte of a file
//! belongs to exactly one entry or to a gap between entries.

use std::ops::Range;

use fluent_syntax::ast;

use super::*;
use crate::base::text::{Lines, line_start, trim_end_blank};
use crate::fluent::syntax::Source;

/// Finds every entry and its byte range. See the module documentation for how ranges are drawn.
pub(super) fn index(text: &str) -> (Vec<Entry>, Vec<SyntaxError>) {
    // The same bytes as `text` where it matters (see `crate::fluent::syntax`); offsets are taken in it. It
    // is parsed a piece at a time, and only what ranges are drawn from is kept of each entry.
    let source = Source::new(text);
    let mut found: Vec<Found> = Vec::new();
    let mut parse_errors = Vec::new();
    let base = source.text().as_ptr() as usize;
    source.parse_in_chunks(|resource, errors| {
        let offset = |slice: &str| slice.as_ptr() as usize - base;
        parse_errors.extend(errors);
        found.extend(resource.body.iter().map(|entry| found_of(entry, &offset)));
    });
    found.shrink_to_fit();

    // Starts are found from the last entry back, so that a comment without any line to point at
    // can be placed before its successor.
    let mut starts = vec![0; found.len()];
    let mut next_start = text.len();
    for (i, f) in found.iter().enumerate().rev() {
        starts[i] = match &f.anchor {
            Anchor::Junk(range) => range.start,
            Anchor::At(anchor) => line_start(text, *anchor),
            Anchor::None => {
                let end = trim_end_blank(text, 0, next_start);
                line_start(text, end.saturating_sub(1))
            }
        };
        next_start = starts[i];
    }

    let mut entries = Vec::with_capacity(found.len());
    for (i, f) in found.into_iter().enumerate() {
        let start = starts[i];
        let limit = starts.get(i + 1).copied().unwrap_or(text.len());
        let end = match f.anchor {
            Anchor::Junk(range) => range.end,
            _ => end_of_last_line(text, start, limit),
        };
        entries.push(Entry {
            kind: f.kind,
            id: f.id,
            range: start..end,
        });
    }

    let lines = Lines::new(text);
    let errors = parse_errors
        .into_iter()
        .map(|err| SyntaxError {
            offset: err.offset,
            position: lines.position(err.offset),
            message: err.message,
            too_deep: err.too_deep,
        })
        .collect();
    (entries, errors)
}

/// What ranges are drawn from, of one entry; `offset` gives a slice's offset in the text.
fn found_of(entry: &ast::Entry<&str>, offset: &dyn Fn(&str) -> usize) -> Found {
    let (kind, id, anchor) = match entry {
        ast::Entry::Message(m) => (
            EntryKind::Message,
            Some(m.id.name.to_owned()),
            Anchor::At(offset(comment_or(&m.comment, m.id.name))),
        ),
        ast::Entry::Term(t) => (
            EntryKind::Term,
            Some(format!("-{}", t.id.name)),
            Anchor::At(offset(comment_or(&t.comment, t.id.name))),
        ),
        ast::Entry::Comment(c) | ast::Entry::GroupComment(c) | ast::Entry::ResourceComment(c) => {
            let kind = match entry {
                ast::Entry::GroupComment(_) => EntryKind::GroupComment,
                ast::Entry::ResourceComment(_) => EntryKind::ResourceComment,
                _ => EntryKind::Comment,
            };
            let first = c.content.first().map(|line| offset(line));
            (kind, None, first.map_or(Anchor::None, Anchor::At))
        }
        ast::Entry::Junk { content } => {
            let start = offset(content);
            (
                EntryKind::Junk,
                None,
                Anchor::Junk(start..start + content.len()),
            )
        }
    };
    Found { kind, id, anchor }
}

/// What [`index`] keeps of an entry the parser found.
pub(super) struct Found {
    pub(super) kind: EntryKind,
    pub(super) id: Option<String>,
    pub(super) anchor: Anchor,
}

/// Where an entry's range is drawn from.
pub(super) enum Anchor {
    /// The first line of its comment, or its identifier: the entry starts on that line.
    At(usize),
    /// Junk is exactly where the parser says.
    Junk(Range<usize>),
    /// A comment with no line to point at.
    None,
}

/// The first line of an attached comment if there is one, else the identifier.
pub(super) fn comment_or<'s>(comment: &Option<ast::Comment<&'s str>>, id: &'s str) -> &'s str {
    comment
        .as_ref()
        .and_then(|c| c.content.first().copied())
        .unwrap_or(id)
}

/// The end of the last non-blank line in `start..limit`, its line break included.
pub(super) fn end_of_last_line(text: &str, start: usize, limit: usize) -> usize {
    let content_end = trim_end_blank(text, start, limit);
    match text[content_end..limit].find('\n') {
        Some(p) => content_end + p + 1,
        None => limit,
    }
}
