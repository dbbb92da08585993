//! How an [`Edit`] becomes a splice of one entry's bytes: where the new text goes, what it
//! replaces, and the checks that the entry is still one entry with the same id afterwards.

use std::ops::Range;

use fluent_syntax::ast;

use super::view::EntryView;
use super::*;
use crate::base::text::{Position, line_start};
use crate::fluent::syntax::Source;

/// A planned splice, and the entry text it leads to, to be checked before anything changes.
pub(super) struct Plan {
    pub(super) range: Range<usize>,
    pub(super) inserted: String,
    pub(super) check: Option<EntryCheck>,
}

/// The complete text an edited entry will have, and how many attributes it must then have (so that a
/// line the user meant as text cannot silently become an attribute).
pub(super) struct EntryCheck {
    pub(super) text: String,
    /// `None` when any number will do.
    pub(super) attributes: Option<usize>,
}

impl EntryCheck {
    pub(super) fn validate(&self, id: &str) -> Result<(), EditError> {
        let source = Source::new(&self.text);
        let (resource, errors) = source.parse();
        if let Some(err) = errors.first() {
            return Err(EditError::Invalid {
                message: err.message.clone(),
                position: err.position(&self.text),
            });
        }
        let structure = match resource.body.as_slice() {
            [ast::Entry::Message(m)] => Some((m.id.name.to_owned(), m.attributes.len())),
            [ast::Entry::Term(t)] => Some((format!("-{}", t.id.name), t.attributes.len())),
            _ => None,
        };
        match structure {
            Some((found, attributes))
                if found == id && self.attributes.is_none_or(|n| n == attributes) =>
            {
                Ok(())
            }
            _ => Err(EditError::Invalid {
                message:
                    "a line of the new text would be read as a separate attribute, variant or \
                          entry (a line cannot start with '.', '[', '*' or an id followed by '=')"
                        .to_owned(),
                position: Position { line: 1, column: 1 },
            }),
        }
    }
}

pub(super) enum Placement {
    After(usize),
    Before(usize),
    End,
}

/// Pattern text as it is written after `=` or `]`: a single line follows a space, several lines go
/// on their own lines, indented by `indent`, with the file's line ending. What Fluent would not read
/// (see [`as_read`]) is not written.
pub(super) fn format_pattern(value: &str, indent: usize, le: &str) -> Result<String, EditError> {
    let value = as_read(&value.replace("\r\n", "\n")).to_owned();
    if value.trim().is_empty() {
        return Err(EditError::EmptyValue);
    }
    if !value.contains('\n') {
        return Ok(format!(" {value}"));
    }
    let pad = " ".repeat(indent);
    let mut out = String::with_capacity(value.len() + 16);
    for line in value.split('\n') {
        out.push_str(le);
        if !line.trim().is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
    }
    Ok(out)
}

/// The length of the line break that ends just before `line` (a line start), 0 at the start of text.
pub(super) fn line_break_before(text: &str, line: usize) -> usize {
    let before = &text[..line];
    if before.ends_with("\r\n") {
        2
    } else if before.ends_with('\n') {
        1
    } else {
        0
    }
}

impl Document {
    pub(super) fn view(&self, id: &str) -> Result<EntryView<'_>, EditError> {
        self.entry(id)
            .and_then(|entry| EntryView::parse(self, entry))
            .ok_or_else(|| EditError::NoSuchEntry(id.to_owned()))
    }

    pub(super) fn plan(&self, edit: &Edit) -> Result<Plan, EditError> {
        let le = self.line_ending.as_str();
        match edit {
            Edit::SetValue { id, value } => {
                let view = self.view(id)?;
                let inserted = match value {
                    Some(value) => format_pattern(value, 4, le)?,
                    None if view.is_term || view.attributes.is_empty() => {
                        return Err(EditError::NothingLeft(id.clone()));
                    }
                    None => String::new(),
                };
                let region = view.through_trailing_spaces(view.value_slot());
                Ok(view.replace(region, inserted, view.attributes.len()))
            }
            Edit::SetAttribute {
                id,
                attribute,
                value,
            } => self.plan_attribute(id, attribute, value.as_deref()),
            Edit::SetVariant {
                id,
                attribute,
                keys,
                value,
            } => {
                let view = self.view(id)?;
                let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
                let (region, indent) = view.variant_region(attribute.as_deref(), &keys)?;
                let inserted = format_pattern(value, indent + 4, le)?;
                let region = view.through_trailing_spaces(region);
                Ok(view.replace(region, inserted, view.attributes.len()))
            }
            Edit::Add { id, value, order } => self.plan_add(id, value, order),
            Edit::Remove { id } => self.plan_remove(id),
            Edit::Replace { id, source } => {
                let entry = self
                    .entry(id)
                    .ok_or_else(|| EditError::NoSuchEntry(id.clone()))?;
                let mut text = source.replace("\r\n", "\n").trim_end().to_owned();
                text.push('\n');
                let text = text.replace('\n', le);
                Ok(Plan {
                    range: entry.range.clone(),
                    inserted: text.clone(),
                    check: Some(EntryCheck {
                        text,
                        attributes: None,
                    }),
                })
            }
        }
    }

    pub(super) fn plan_attribute(
        &self,
        id: &str,
        name: &str,
        value: Option<&str>,
    ) -> Result<Plan, EditError> {
        let view = self.view(id)?;
        let le = self.line_ending.as_str();
        let count = view.attributes.len();
        match (view.attribute_index(name), value) {
            (Some(i), Some(value)) => {
                let inserted = format_pattern(value, view.attribute_indent(i) + 4, le)?;
                let region = view.through_trailing_spaces(view.attribute_slot(i));
                Ok(view.replace(region, inserted, count))
            }
            (Some(i), None) => {
                if view.value.is_none() && count == 1 {
                    return Err(EditError::NothingLeft(id.to_owned()));
                }
                let line = line_start(self.text(), view.offset(view.attributes[i].id.name));
                let from = line - line_break_before(self.text(), line);
                let range = from..view.attribute_slot(i).end;
                Ok(view.replace(range, String::new(), count - 1))
            }
            (None, Some(value)) => {
                if !is_identifier(name) {
                    return Err(EditError::InvalidId(name.to_owned()));
                }
                let inserted = format!("{le}    .{name} ={}", format_pattern(value, 8, le)?);
                let at = view.content_end();
                Ok(view.replace(at..at, inserted, count + 1))
            }
            (None, None) => Err(EditError::NoSuchAttribute {
                id: id.to_owned(),
                attribute: name.to_owned(),
            }),
        }
    }

    pub(super) fn plan_add(
        &self,
        id: &str,
        value: &str,
        order: &[String],
    ) -> Result<Plan, EditError> {
        let name = id.strip_prefix('-').unwrap_or(id);
        if !is_identifier(name) {
            return Err(EditError::InvalidId(id.to_owned()));
        }
        if self.entry(id).is_some() {
            return Err(EditError::AlreadyExists(id.to_owned()));
        }
        let le = self.line_ending.as_str();
        let entry = format!("{id} ={}{le}", format_pattern(value, 4, le)?);
        let placement = self.placement(id, order);
        let blank = if self.blank_line_beside(&placement) {
            le
        } else {
            ""
        };
        let (at, inserted) = match placement {
            Placement::After(i) => {
                let at = self.entries[i].range.end;
                let fix = if self.text[..at].ends_with('\n') {
                    ""
                } else {
                    le
                };
                (at, format!("{fix}{blank}{entry}"))
            }
            Placement::Before(i) => (self.entries[i].range.start, format!("{entry}{blank}")),
            Placement::End => {
                let at = self.text.len();
                let (fix, sep) = match self.text.trim_end_matches([' ', '\r', '\n']) {
                    "" => ("", ""),
                    _ if self.text.ends_with('\n') => ("", blank),
                    _ => (le, blank),
                };
                (at, format!("{fix}{sep}{entry}"))
            }
        };
        Ok(Plan {
            range: at..at,
            inserted,
            check: Some(EntryCheck {
                text: entry,
                attributes: Some(0),
            }),
        })
    }

    pub(super) fn plan_remove(&self, id: &str) -> Result<Plan, EditError> {
        let i = self
            .index_of(id)
            .ok_or_else(|| EditError::NoSuchEntry(id.to_owned()))?;
        let here = self.entries[i].range.clone();
        // Take the entry with the gap after it, or, for the last entry, with the gap before it.
        let range = match (self.entries.get(i + 1), i.checked_sub(1)) {
            (Some(next), _) => here.start..next.range.start,
            (None, Some(prev)) => self.entries[prev].range.end..here.end,
            (None, None) => here.start..self.text.len(),
        };
        Ok(Plan {
            range,
            inserted: String::new(),
            check: None,
        })
    }

    pub(super) fn placement(&self, id: &str, order: &[String]) -> Placement {
        let Some(at) = order.iter().position(|o| o == id) else {
            return Placement::End;
        };
        let before = order[..at].iter().rev().find_map(|o| self.index_of(o));
        let after = || order[at + 1..].iter().find_map(|o| self.index_of(o));
        match (before, after()) {
            (Some(i), _) => Placement::After(i),
            (None, Some(i)) => Placement::Before(i),
            (None, None) => Placement::End,
        }
    }

    /// Whether an entry added at `placement` should be set apart by a blank line: as the two messages
    /// or terms it goes between are, or failing that its neighbour and the next one, or failing that
    /// as entries are in the rest of the file.
    pub(super) fn blank_line_beside(&self, placement: &Placement) -> bool {
        let is_entry = |i: usize| {
            self.entries
                .get(i)
                .is_some_and(|e| matches!(e.kind, EntryKind::Message | EntryKind::Term))
        };
        let gap = |a: usize| {
            (is_entry(a) && is_entry(a + 1)).then(|| {
                self.text[self.entries[a].range.end..self.entries[a + 1].range.start].contains('\n')
            })
        };
        let local = match *placement {
            Placement::After(i) => gap(i).or_else(|| i.checked_sub(1).and_then(gap)),
            Placement::Before(i) => i.checked_sub(1).and_then(gap).or_else(|| gap(i)),
            Placement::End => self.entries.len().checked_sub(2).and_then(gap),
        };
        local.unwrap_or_else(|| self.uses_blank_lines())
    }

    /// Whether entries are separated by blank lines here, so that an added entry can follow suit.
    pub(super) fn uses_blank_lines(&self) -> bool {
        let mut gaps = self
            .entries
            .windows(2)
            .map(|w| &self.text[w[0].range.end..w[1].range.start])
            .peekable();
        gaps.peek().is_none() || gaps.any(|gap| gap.contains('\n'))
    }
}
