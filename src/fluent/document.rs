//! Lossless Fluent documents.
//!
//! A [`Document`] keeps the exact text of an `.ftl` file and an index of its entries (messages, terms,
//! comments, junk), each with its byte range. Edits are [`Edit`] values: each rewrites the bytes of one entry
//! and leaves every other byte of the file alone, so a save shows up in git as a one-entry hunk. The
//! fluent-syntax serializer is never used here: it normalises whole files.
//!
//! This module knows nothing of paths or disks; `crate::workspace::storage` reads and writes files, and the workspace
//! decides which documents exist.

use std::ops::Range;
use std::sync::Arc;

use fluent_syntax::ast;

pub use crate::base::text::DecodeError;
use crate::base::text::{
    IdIndex, LineEnding, Lines, Position, decode, is_blank_line, line_start, trim_end_blank,
};
use crate::fluent::syntax::Source;

const BOM: &str = "\u{feff}";

/// What an entry of a Fluent file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Message,
    Term,
    Comment,
    GroupComment,
    ResourceComment,
    Junk,
}

/// One entry of a document and where its bytes are. A message's or term's range starts at its attached
/// comment, if any, and ends after the line break of its last line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: EntryKind,
    /// `name` for a message, `-name` for a term, `None` for comments and junk.
    pub id: Option<String>,
    pub range: Range<usize>,
}

/// Text the parser could not read. The text is kept as it is (as junk); this says where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Byte offset of the problem in the document's text.
    pub offset: usize,
    pub position: Position,
    pub message: String,
}

/// A change to one entry, as a value. `Document::apply` carries it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Set (`Some`) or remove (`None`) the value of a message or term. Text is Fluent pattern syntax,
    /// as it would follow `id =`, with `\n` between lines.
    SetValue { id: String, value: Option<String> },
    /// Set, add (`Some`) or remove (`None`) an attribute.
    SetAttribute {
        id: String,
        attribute: String,
        value: Option<String>,
    },
    /// Set the pattern of a variant. `keys` walks nested select expressions from the outside in; the
    /// variant is looked for in the value, or in `attribute` when given.
    SetVariant {
        id: String,
        attribute: Option<String>,
        keys: Vec<String>,
        value: String,
    },
    /// Add a message or term with this value. It is placed after the nearest entry that comes before it
    /// in `order` (the reference file's order), else before the nearest that follows, else at the end.
    Add {
        id: String,
        value: String,
        order: Vec<String>,
    },
    /// Remove a message or term, with its comment.
    Remove { id: String },
    /// Replace a whole message or term (comment included) with Fluent source, as typed in a raw editor.
    /// The source must be exactly one entry with the same id.
    Replace { id: String, source: String },
}

impl Edit {
    /// The id of the entry the edit is about.
    pub fn id(&self) -> &str {
        match self {
            Edit::SetValue { id, .. }
            | Edit::SetAttribute { id, .. }
            | Edit::SetVariant { id, .. }
            | Edit::Add { id, .. }
            | Edit::Remove { id }
            | Edit::Replace { id, .. } => id,
        }
    }
}

/// The bytes an applied edit replaced: enough to undo it with [`Document::revert`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub at: usize,
    pub removed: String,
    pub inserted: String,
}

/// Why an edit was refused. The document is unchanged when one of these is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("there is no message or term \"{0}\"")]
    NoSuchEntry(String),
    #[error("\"{0}\" already exists")]
    AlreadyExists(String),
    #[error("\"{id}\" has no attribute \"{attribute}\"")]
    NoSuchAttribute { id: String, attribute: String },
    #[error("\"{id}\" has no variant [{key}]")]
    NoSuchVariant { id: String, key: String },
    #[error("\"{0}\" is not a valid message or term id")]
    InvalidId(String),
    #[error("a value cannot be empty")]
    EmptyValue,
    #[error("\"{0}\" needs a value or an attribute; remove the whole entry instead")]
    NothingLeft(String),
    #[error("the new text is not valid Fluent: {message} (line {}, column {})", position.line, position.column)]
    Invalid { message: String, position: Position },
    #[error("the edit would change entries other than \"{0}\"; nothing was changed")]
    WouldChangeOthers(String),
}

/// A Fluent file held losslessly. See the module documentation.
///
/// Cloning is cheap: the text and its index are shared until one of the clones is edited (the
/// workspace keeps a clone of every file as it is on disk, which costs nothing until it is edited).
#[derive(Debug, Clone)]
pub struct Document {
    text: Arc<String>,
    bom: bool,
    line_ending: LineEnding,
    entries: Arc<Vec<Entry>>,
    errors: Arc<Vec<SyntaxError>>,
    /// Each message's and term's index in `entries` (the first, when an id is there twice), so that
    /// looking one up does not scan the file: the editor does it for every row it shows.
    by_id: Arc<IdIndex>,
    revision: u64,
}

fn ids_of(entries: &[Entry]) -> IdIndex {
    let ids = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((i, e.id.as_deref()?)));
    IdIndex::new(ids, |i| entries[i].id.as_deref().unwrap_or_default())
}

/// Revisions are unique in the process, so a revision seen once never means another text.
fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Document {
    /// Decodes a file's bytes: UTF-8, with or without a byte order mark.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        decode(bytes).map(Self::parse)
    }

    /// Reads Fluent source text. Never fails: what does not parse is kept as junk and reported by
    /// [`Document::errors`].
    pub fn parse(source: &str) -> Self {
        let (bom, text) = match source.strip_prefix(BOM) {
            Some(rest) => (true, rest),
            None => (false, source),
        };
        let (entries, errors) = index(text);
        let by_id = ids_of(&entries);
        Self {
            text: Arc::new(text.to_owned()),
            bom,
            line_ending: LineEnding::detect(text),
            entries: Arc::new(entries),
            errors: Arc::new(errors),
            by_id: Arc::new(by_id),
            revision: next_revision(),
        }
    }

    /// Changes whenever the text does, and differs between any two documents: what caches of
    /// anything computed from the text are keyed by.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The file's bytes: byte-identical to what was read when nothing was edited.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.text.len() + 3);
        if self.bom {
            out.extend_from_slice(BOM.as_bytes());
        }
        out.extend_from_slice(self.text.as_bytes());
        out
    }

    /// The text without the byte order mark. Entry ranges and error offsets index into it.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn has_bom(&self) -> bool {
        self.bom
    }

    pub fn line_ending(&self) -> LineEnding {
        self.line_ending
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn errors(&self) -> &[SyntaxError] {
        &self.errors
    }

    /// The exact text of an entry, comment included.
    pub fn entry_text(&self, entry: &Entry) -> &str {
        &self.text[entry.range.clone()]
    }

    /// The first message or term with this id (`-name` for terms).
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.index_of(id).map(|i| &self.entries[i])
    }

    /// Ids of messages and terms, in file order (duplicates included).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().filter_map(|e| e.id.as_deref())
    }

    /// Ids of messages and terms, each once, in the order of their first definition (the one
    /// Fluent uses).
    pub fn unique_ids(&self) -> impl Iterator<Item = &str> {
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.id.as_deref().filter(|id| self.index_of(id) == Some(i)))
    }

    /// The value of a message or term as its pattern text: what follows `id =`, without the indentation
    /// of continuation lines, lines joined by `\n`. `None` when the entry has no value.
    pub fn value_text(&self, id: &str) -> Option<String> {
        let entry = self.entry(id)?;
        let view = EntryView::parse(self, entry)?;
        let region = view.value_region()?;
        Some(pattern_text(&self.text[region]))
    }

    /// The pattern text of an attribute, like [`Document::value_text`].
    pub fn attribute_text(&self, id: &str, attribute: &str) -> Option<String> {
        let entry = self.entry(id)?;
        let view = EntryView::parse(self, entry)?;
        let region = view.attribute_region(attribute)?;
        Some(pattern_text(&self.text[region]))
    }

    /// The pattern text of a variant, like [`Document::value_text`].
    pub fn variant_text(&self, id: &str, attribute: Option<&str>, keys: &[&str]) -> Option<String> {
        let entry = self.entry(id)?;
        let view = EntryView::parse(self, entry)?;
        let (region, _) = view.variant_region(attribute, keys).ok()?;
        Some(pattern_text(&self.text[region]))
    }

    /// Carries out an edit. Only the bytes of the edited entry change (for `Add` and `Remove`, the entry
    /// and the blank line beside it); every other entry is checked to be byte-identical afterwards, and the
    /// edit is undone and refused if one is not.
    pub fn apply(&mut self, edit: &Edit) -> Result<Change, EditError> {
        let plan = self.plan(edit)?;
        if let Some(check) = &plan.check {
            check.validate(edit.id())?;
        }
        let id = Some(edit.id());
        let (skip_before, skip_after) = match edit {
            Edit::Add { .. } => (None, id),
            Edit::Remove { .. } => (id, None),
            _ => (id, id),
        };
        let before = self.others(skip_before);
        let change = self.splice(plan.range, plan.inserted);
        if self.others(skip_after) != before {
            self.revert(&change);
            return Err(EditError::WouldChangeOthers(edit.id().to_owned()));
        }
        Ok(change)
    }

    /// Undoes a change returned by [`Document::apply`] (the most recent one first).
    pub fn revert(&mut self, change: &Change) {
        let range = change.at..change.at + change.inserted.len();
        self.splice(range, change.removed.clone());
    }

    /// Applies a change again after [`Document::revert`] (redo).
    pub fn reapply(&mut self, change: &Change) {
        let range = change.at..change.at + change.removed.len();
        self.splice(range, change.inserted.clone());
    }

    fn splice(&mut self, range: Range<usize>, inserted: String) -> Change {
        let removed = self.text[range.clone()].to_owned();
        Arc::make_mut(&mut self.text).replace_range(range.clone(), &inserted);
        let (entries, errors) = index(&self.text);
        self.by_id = Arc::new(ids_of(&entries));
        (self.entries, self.errors) = (Arc::new(entries), Arc::new(errors));
        self.revision = next_revision();
        Change {
            at: range.start,
            removed,
            inserted,
        }
    }

    /// Every entry but the first one with id `skip`, as (kind, id, text): what an edit must not change.
    /// The line break at the end of an entry is left out: adding an entry after a last line that has
    /// none must give that line one.
    fn others(&self, skip: Option<&str>) -> Vec<(EntryKind, Option<String>, String)> {
        let skipped = skip.and_then(|id| self.index_of(id));
        self.entries
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != skipped)
            .map(|(_, e)| {
                let text = self.entry_text(e);
                let text = text.strip_suffix('\n').unwrap_or(text);
                let text = text.strip_suffix('\r').unwrap_or(text);
                (e.kind, e.id.clone(), text.to_owned())
            })
            .collect()
    }

    /// Where the first message or term with this id is in [`Document::entries`].
    pub fn index_of(&self, id: &str) -> Option<usize> {
        let entries = &self.entries;
        self.by_id
            .get(id, |i| entries[i].id.as_deref().unwrap_or_default())
    }

    fn view(&self, id: &str) -> Result<EntryView<'_>, EditError> {
        self.entry(id)
            .and_then(|entry| EntryView::parse(self, entry))
            .ok_or_else(|| EditError::NoSuchEntry(id.to_owned()))
    }

    fn plan(&self, edit: &Edit) -> Result<Plan, EditError> {
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

    fn plan_attribute(&self, id: &str, name: &str, value: Option<&str>) -> Result<Plan, EditError> {
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

    fn plan_add(&self, id: &str, value: &str, order: &[String]) -> Result<Plan, EditError> {
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

    fn plan_remove(&self, id: &str) -> Result<Plan, EditError> {
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

    fn placement(&self, id: &str, order: &[String]) -> Placement {
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
    fn blank_line_beside(&self, placement: &Placement) -> bool {
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
    fn uses_blank_lines(&self) -> bool {
        let mut gaps = self
            .entries
            .windows(2)
            .map(|w| &self.text[w[0].range.end..w[1].range.start])
            .peekable();
        gaps.peek().is_none() || gaps.any(|gap| gap.contains('\n'))
    }
}

/// A planned splice, and the entry text it leads to, to be checked before anything changes.
struct Plan {
    range: Range<usize>,
    inserted: String,
    check: Option<EntryCheck>,
}

/// The complete text an edited entry will have, and how many attributes it must then have (so that a
/// line the user meant as text cannot silently become an attribute).
struct EntryCheck {
    text: String,
    /// `None` when any number will do.
    attributes: Option<usize>,
}

impl EntryCheck {
    fn validate(&self, id: &str) -> Result<(), EditError> {
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

enum Placement {
    After(usize),
    Before(usize),
    End,
}

/// A message or term parsed on its own, with byte offsets into the whole document.
struct EntryView<'d> {
    text: &'d str,
    range: Range<usize>,
    id: ast::Identifier<&'d str>,
    is_term: bool,
    value: Option<ast::Pattern<&'d str>>,
    attributes: Vec<ast::Attribute<&'d str>>,
}

impl<'d> EntryView<'d> {
    fn parse(doc: &'d Document, entry: &Entry) -> Option<Self> {
        let slice = &doc.text[entry.range.clone()];
        // Text the parser may not read is junk, with nothing to view.
        let (resource, _) = crate::fluent::syntax::parse_unchanged(slice)?;
        let (id, is_term, value, attributes) =
            resource.body.into_iter().find_map(|entry| match entry {
                ast::Entry::Message(m) => Some((m.id, false, m.value, m.attributes)),
                ast::Entry::Term(t) => Some((t.id, true, Some(t.value), t.attributes)),
                _ => None,
            })?;
        Some(Self {
            text: &doc.text,
            range: entry.range.clone(),
            id,
            is_term,
            value,
            attributes,
        })
    }

    /// Offset in the document of a slice the parser returned.
    fn offset(&self, slice: &str) -> usize {
        slice.as_ptr() as usize - self.text.as_ptr() as usize
    }

    /// Just past the `=` that follows an identifier.
    fn after_equals(&self, ident: &str) -> usize {
        let end = self.offset(ident) + ident.len();
        end + self.text[end..].find('=').map_or(0, |p| p + 1)
    }

    fn content_end(&self) -> usize {
        trim_end_blank(self.text, self.range.start, self.range.end)
    }

    fn attribute_line(&self, i: usize) -> usize {
        line_start(self.text, self.offset(self.attributes[i].id.name))
    }

    fn attribute_index(&self, name: &str) -> Option<usize> {
        self.attributes.iter().position(|a| a.id.name == name)
    }

    fn attribute_indent(&self, i: usize) -> usize {
        // The '.' stands just before the identifier.
        (self.offset(self.attributes[i].id.name) - 1) - self.attribute_line(i)
    }

    /// Where the value's text is, or would go: from after `=` to before the first attribute line.
    fn value_slot(&self) -> Range<usize> {
        let start = self.after_equals(self.id.name);
        let limit = match self.attributes.is_empty() {
            true => self.content_end(),
            false => self.attribute_line(0),
        };
        start..trim_end_blank(self.text, start, limit)
    }

    fn value_region(&self) -> Option<Range<usize>> {
        self.value.as_ref().map(|_| self.value_slot())
    }

    fn attribute_slot(&self, i: usize) -> Range<usize> {
        let start = self.after_equals(self.attributes[i].id.name);
        let limit = match i + 1 < self.attributes.len() {
            true => self.attribute_line(i + 1),
            false => self.content_end(),
        };
        start..trim_end_blank(self.text, start, limit)
    }

    fn attribute_region(&self, name: &str) -> Option<Range<usize>> {
        self.attribute_index(name).map(|i| self.attribute_slot(i))
    }

    /// The text of a variant's pattern (after its `]`) and the indentation of its key's line.
    fn variant_region(
        &self,
        attribute: Option<&str>,
        keys: &[&str],
    ) -> Result<(Range<usize>, usize), EditError> {
        let missing = |key: &str| EditError::NoSuchVariant {
            id: self.entry_id(),
            key: key.to_owned(),
        };
        let mut pattern = match attribute {
            None => self.value.as_ref(),
            Some(name) => {
                let i = self
                    .attribute_index(name)
                    .ok_or_else(|| EditError::NoSuchAttribute {
                        id: self.entry_id(),
                        attribute: name.to_owned(),
                    })?;
                Some(&self.attributes[i].value)
            }
        }
        .ok_or_else(|| missing(keys.first().copied().unwrap_or_default()))?;
        let mut found = None;
        for key in keys {
            let (variants, i) = find_variant(pattern, key).ok_or_else(|| missing(key))?;
            pattern = &variants[i].value;
            found = Some((variants, i));
        }
        let (variants, i) = found.ok_or_else(|| missing(""))?;
        let key = variant_key(&variants[i].key);
        let key_at = self.offset(key);
        let start = key_at + self.text[key_at..].find(']').map_or(0, |p| p + 1);
        let limit = match variants.get(i + 1) {
            Some(next) => line_start(self.text, self.offset(variant_key(&next.key))),
            None => closing_brace(self.text, start),
        };
        let line = line_start(self.text, key_at);
        let indent = self.text[line..].len() - self.text[line..].trim_start_matches(' ').len();
        Ok((start..trim_end_blank(self.text, start, limit), indent))
    }

    fn entry_id(&self) -> String {
        match self.is_term {
            true => format!("-{}", self.id.name),
            false => self.id.name.to_owned(),
        }
    }

    /// `region` (a pattern's text) with the spaces that end its last line: blanks at the end of a
    /// pattern are not part of it in Fluent, so new text replaces them rather than pushing them to
    /// the end of the line.
    fn through_trailing_spaces(&self, region: Range<usize>) -> Range<usize> {
        let spaces = self.text[region.end..self.range.end]
            .bytes()
            .take_while(|&b| b == b' ')
            .count();
        region.start..region.end + spaces
    }

    /// A plan replacing `region` of this entry, with the entry's resulting text to check first.
    fn replace(&self, region: Range<usize>, inserted: String, attributes: usize) -> Plan {
        let text = format!(
            "{}{}{}",
            &self.text[self.range.start..region.start],
            inserted,
            &self.text[region.end..self.range.end]
        );
        Plan {
            range: region,
            inserted,
            check: Some(EntryCheck {
                text,
                attributes: Some(attributes),
            }),
        }
    }
}

/// The select expression in `pattern` (directly, or in a nested placeable) with a variant keyed `key`.
fn find_variant<'p, 'd>(
    pattern: &'p ast::Pattern<&'d str>,
    key: &str,
) -> Option<(&'p [ast::Variant<&'d str>], usize)> {
    pattern.elements.iter().find_map(|element| match element {
        ast::PatternElement::Placeable { expression } => find_variant_in(expression, key),
        ast::PatternElement::TextElement { .. } => None,
    })
}

fn find_variant_in<'p, 'd>(
    expression: &'p ast::Expression<&'d str>,
    key: &str,
) -> Option<(&'p [ast::Variant<&'d str>], usize)> {
    match expression {
        ast::Expression::Select { variants, .. } => variants
            .iter()
            .position(|v| variant_key(&v.key) == key)
            .map(|i| (variants.as_slice(), i)),
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            find_variant_in(expression, key)
        }
        ast::Expression::Inline(_) => None,
    }
}

fn variant_key<'d>(key: &ast::VariantKey<&'d str>) -> &'d str {
    match key {
        ast::VariantKey::Identifier { name } => name,
        ast::VariantKey::NumberLiteral { value } => value,
    }
}

/// Offset of the `}` closing the placeable that `from` is inside, skipping nested placeables and the
/// string literals within them.
fn closing_brace(text: &str, from: usize) -> usize {
    let mut depth = 0usize;
    let mut chars = text[from..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return from + i,
            '}' => depth -= 1,
            '"' if depth > 0 => {
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// The length of the line break that ends just before `line` (a line start), 0 at the start of text.
fn line_break_before(text: &str, line: usize) -> usize {
    let before = &text[..line];
    if before.ends_with("\r\n") {
        2
    } else if before.ends_with('\n') {
        1
    } else {
        0
    }
}

/// Fluent's identifier syntax: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub fn is_identifier(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// What Fluent reads of pattern text typed into a field: blanks at its end (spaces and line breaks
/// after the last character shown) are not part of a pattern, and neither are spaces before a
/// pattern of one line. This is the one place that rule is applied: edits write this, and a field
/// at rest shows what the file then holds.
pub fn as_read(value: &str) -> &str {
    let value = value.trim_end_matches([' ', '\r', '\n']);
    if value.contains('\n') {
        value
    } else {
        value.trim_start_matches(' ')
    }
}

/// Pattern text as it is written after `=` or `]`: a single line follows a space, several lines go
/// on their own lines, indented by `indent`, with the file's line ending. What Fluent would not read
/// (see [`as_read`]) is not written.
fn format_pattern(value: &str, indent: usize, le: &str) -> Result<String, EditError> {
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

/// The inverse of [`format_pattern`]: pattern source without the common indentation of its lines.
fn pattern_text(region: &str) -> String {
    let region = region.replace("\r\n", "\n");
    let mut lines = region.split('\n');
    let first = lines.next().unwrap_or_default().trim_start_matches(' ');
    let rest: Vec<&str> = lines.collect();
    let indent = rest
        .iter()
        .filter(|l| !is_blank_line(l))
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<&str> = Vec::with_capacity(rest.len() + 1);
    if !first.is_empty() {
        out.push(first);
    }
    for line in rest {
        if out.is_empty() && is_blank_line(line) {
            continue;
        }
        out.push(
            line.get(indent..)
                .unwrap_or_else(|| line.trim_start_matches(' ')),
        );
    }
    out.join("\n")
}

/// Finds every entry and its byte range. See the module documentation for how ranges are drawn.
fn index(text: &str) -> (Vec<Entry>, Vec<SyntaxError>) {
    // The same bytes as `text` where it matters (see `crate::fluent::syntax`); offsets are taken in it. It
    // is parsed a piece at a time, and only what ranges are drawn from is kept of each entry.
    let source = Source::new(text);
    let mut found: Vec<Found> = Vec::new();
    let mut parse_errors = Vec::new();
    let base = source.text().as_ptr() as usize;
    source.parse_in_chunks(|resource, errors| {
        let offset = |slice: &str| slice.as_ptr() as usize - base;
        parse_errors.extend(errors);
        found.extend(resource.body.iter().map(|entry| {
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
                ast::Entry::Comment(c)
                | ast::Entry::GroupComment(c)
                | ast::Entry::ResourceComment(c) => {
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
        }));
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
        })
        .collect();
    (entries, errors)
}

/// What [`index`] keeps of an entry the parser found.
struct Found {
    kind: EntryKind,
    id: Option<String>,
    anchor: Anchor,
}

/// Where an entry's range is drawn from.
enum Anchor {
    /// The first line of its comment, or its identifier: the entry starts on that line.
    At(usize),
    /// Junk is exactly where the parser says.
    Junk(Range<usize>),
    /// A comment with no line to point at.
    None,
}

/// The first line of an attached comment if there is one, else the identifier.
fn comment_or<'s>(comment: &Option<ast::Comment<&'s str>>, id: &'s str) -> &'s str {
    comment
        .as_ref()
        .and_then(|c| c.content.first().copied())
        .unwrap_or(id)
}

/// The end of the last non-blank line in `start..limit`, its line break included.
fn end_of_last_line(text: &str, start: usize, limit: usize) -> usize {
    let content_end = trim_end_blank(text, start, limit);
    match text[content_end..limit].find('\n') {
        Some(p) => content_end + p + 1,
        None => limit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
### Resource comment

## Group

# Attached to hello
hello = Hello, { $name }!
    .title = Greeting

-brand = Chorus
emails =
    { $count ->
        [one] One email
       *[other] { $count } emails
    }

# Standalone

bye = Bye
";

    #[test]
    fn a_large_file_parsed_a_piece_at_a_time_has_the_entries_of_one_parse() {
        // Comments before messages, standalone comments, junk and terms, over many pieces.
        let mut text = String::new();
        for i in 0..20_000 {
            match i % 7 {
                0 => text.push_str(&format!("# about m{i}\nm{i} = x\n")),
                1 => text.push_str(&format!("## group {i}\n\n")),
                2 => text.push_str(&format!("broken {i} }}\n")),
                3 => text.push_str(&format!("-t{i} = T\n    .a = b\n")),
                4 => text.push_str(&format!(
                    "#\n#\nm{i} =\n    {{ $n ->\n       *[x] y\n    }}\n"
                )),
                _ => text.push_str(&format!("m{i} = {{ $v }}\n\n")),
            }
        }
        let doc = Document::parse(&text);
        let whole = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) | Err((r, _)) => r,
        };
        assert_eq!(doc.entries().len(), whole.body.len());
        for (entry, ast) in doc.entries().iter().zip(&whole.body) {
            let (kind, id) = match ast {
                ast::Entry::Message(m) => (EntryKind::Message, Some(m.id.name.to_owned())),
                ast::Entry::Term(t) => (EntryKind::Term, Some(format!("-{}", t.id.name))),
                ast::Entry::Comment(_) => (EntryKind::Comment, None),
                ast::Entry::GroupComment(_) => (EntryKind::GroupComment, None),
                ast::Entry::ResourceComment(_) => (EntryKind::ResourceComment, None),
                ast::Entry::Junk { .. } => (EntryKind::Junk, None),
            };
            assert_eq!((entry.kind, &entry.id), (kind, &id));
        }
        let (_, errors) = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => (r, Vec::new()),
            Err(e) => e,
        };
        let offsets: Vec<usize> = doc.errors().iter().map(|e| e.offset).collect();
        let expected: Vec<usize> = errors.iter().map(|e| e.pos.start).collect();
        assert_eq!(offsets, expected);
        assert_eq!(doc.to_bytes(), text.as_bytes());
    }

    fn set(id: &str, value: &str) -> Edit {
        Edit::SetValue {
            id: id.into(),
            value: Some(value.into()),
        }
    }

    fn texts(doc: &Document) -> Vec<(Option<String>, String)> {
        doc.entries()
            .iter()
            .map(|e| (e.id.clone(), doc.entry_text(e).to_owned()))
            .collect()
    }

    /// The entries that differ between two documents, by position.
    fn changed(a: &Document, b: &Document) -> Vec<String> {
        let (a, b) = (texts(a), texts(b));
        assert_eq!(a.len(), b.len(), "entry count changed");
        a.iter()
            .zip(&b)
            .filter(|(x, y)| x != y)
            .map(|(x, _)| x.0.clone().unwrap_or_default())
            .collect()
    }

    #[test]
    fn entries_cover_comments_and_keep_gaps_verbatim() {
        let doc = Document::parse(SAMPLE);
        let kinds: Vec<_> = doc.entries().iter().map(|e| e.kind).collect();
        use EntryKind::*;
        assert_eq!(
            kinds,
            [
                ResourceComment,
                GroupComment,
                Message,
                Term,
                Message,
                Comment,
                Message
            ]
        );
        let hello = doc.entry("hello").unwrap();
        assert!(
            doc.entry_text(hello)
                .starts_with("# Attached to hello\nhello =")
        );
        assert!(doc.entry_text(hello).ends_with(".title = Greeting\n"));
        assert_eq!(doc.to_bytes(), SAMPLE.as_bytes());
    }

    #[test]
    fn values_read_back_as_pattern_text() {
        let doc = Document::parse(SAMPLE);
        assert_eq!(doc.value_text("hello").unwrap(), "Hello, { $name }!");
        assert_eq!(doc.attribute_text("hello", "title").unwrap(), "Greeting");
        assert_eq!(doc.value_text("-brand").unwrap(), "Chorus");
        assert_eq!(
            doc.value_text("emails").unwrap(),
            "{ $count ->\n    [one] One email\n   *[other] { $count } emails\n}"
        );
        assert_eq!(
            doc.variant_text("emails", None, &["one"]).unwrap(),
            "One email"
        );
        assert_eq!(
            doc.variant_text("emails", None, &["other"]).unwrap(),
            "{ $count } emails"
        );
    }

    #[test]
    fn setting_a_value_changes_only_that_entry() {
        let before = Document::parse(SAMPLE);
        let mut doc = before.clone();
        doc.apply(&set("hello", "Hi, { $name }.")).unwrap();
        assert_eq!(changed(&before, &doc), ["hello"]);
        assert_eq!(doc.value_text("hello").unwrap(), "Hi, { $name }.");
        // The comment and attribute stay byte for byte.
        assert!(
            doc.text()
                .contains("# Attached to hello\nhello = Hi, { $name }.\n    .title = Greeting\n")
        );
    }

    #[test]
    fn multiline_values_are_indented_and_read_back() {
        let mut doc = Document::parse(SAMPLE);
        doc.apply(&set("bye", "First line\nsecond line\n\nafter a blank"))
            .unwrap();
        assert!(
            doc.text()
                .ends_with("bye =\n    First line\n    second line\n\n    after a blank\n")
        );
        assert_eq!(
            doc.value_text("bye").unwrap(),
            "First line\nsecond line\n\nafter a blank"
        );
    }

    #[test]
    fn attributes_are_set_added_and_removed() {
        let before = Document::parse(SAMPLE);
        let mut doc = before.clone();
        let attr = |attribute: &str, value: Option<&str>| Edit::SetAttribute {
            id: "hello".into(),
            attribute: attribute.into(),
            value: value.map(Into::into),
        };
        doc.apply(&attr("title", Some("Welcome"))).unwrap();
        doc.apply(&attr("short", Some("Hi"))).unwrap();
        assert_eq!(doc.attribute_text("hello", "short").unwrap(), "Hi");
        assert!(
            doc.text()
                .contains("    .title = Welcome\n    .short = Hi\n\n-brand")
        );
        doc.apply(&attr("title", None)).unwrap();
        assert!(
            doc.text()
                .contains("hello = Hello, { $name }!\n    .short = Hi\n\n")
        );
        assert_eq!(changed(&before, &doc), ["hello"]);
        assert_eq!(
            doc.apply(&attr("nope", None)),
            Err(EditError::NoSuchAttribute {
                id: "hello".into(),
                attribute: "nope".into()
            })
        );
    }

    #[test]
    fn variants_are_set_in_place() {
        let before = Document::parse(SAMPLE);
        let mut doc = before.clone();
        let edit = Edit::SetVariant {
            id: "emails".into(),
            attribute: None,
            keys: vec!["one".into()],
            value: "A single email".into(),
        };
        doc.apply(&edit).unwrap();
        assert!(
            doc.text()
                .contains("        [one] A single email\n       *[other] { $count } emails\n")
        );
        let last = Edit::SetVariant {
            id: "emails".into(),
            attribute: None,
            keys: vec!["other".into()],
            value: "{ $count } messages".into(),
        };
        doc.apply(&last).unwrap();
        assert!(doc.text().contains("*[other] { $count } messages\n    }\n"));
        assert_eq!(changed(&before, &doc), ["emails"]);
    }

    #[test]
    fn added_messages_follow_the_reference_order() {
        let mut doc = Document::parse(SAMPLE);
        let order: Vec<String> = ["hello", "-brand", "new-one", "emails", "bye"]
            .map(String::from)
            .to_vec();
        doc.apply(&Edit::Add {
            id: "new-one".into(),
            value: "Fresh".into(),
            order,
        })
        .unwrap();
        assert!(
            doc.text()
                .contains("-brand = Chorus\nnew-one = Fresh\nemails =")
        );
        let ids: Vec<_> = doc.ids().collect();
        assert_eq!(ids, ["hello", "-brand", "new-one", "emails", "bye"]);
    }

    #[test]
    fn added_messages_are_spaced_like_their_neighbours() {
        let order = ["a", "b", "c"].map(String::from).to_vec();
        let add_b = Edit::Add {
            id: "b".into(),
            value: "2".into(),
            order,
        };
        let mut spaced = Document::parse("# about a\na = 1\n\nc = 3\nd = 4\n");
        spaced.apply(&add_b).unwrap();
        assert_eq!(spaced.text(), "# about a\na = 1\n\nb = 2\n\nc = 3\nd = 4\n");
        let mut packed = Document::parse("a = 1\nc = 3\n\nd = 4\n");
        packed.apply(&add_b).unwrap();
        assert_eq!(packed.text(), "a = 1\nb = 2\nc = 3\n\nd = 4\n");
    }

    #[test]
    fn added_messages_without_a_known_neighbour_go_last() {
        let mut doc = Document::parse("a = 1\n\nb = 2");
        doc.apply(&Edit::Add {
            id: "c".into(),
            value: "3".into(),
            order: vec![],
        })
        .unwrap();
        assert_eq!(doc.text(), "a = 1\n\nb = 2\n\nc = 3\n");
        let mut empty = Document::parse("");
        empty
            .apply(&Edit::Add {
                id: "x".into(),
                value: "y".into(),
                order: vec![],
            })
            .unwrap();
        assert_eq!(empty.text(), "x = y\n");
    }

    #[test]
    fn removing_a_message_takes_its_comment_and_one_gap() {
        let mut doc = Document::parse(SAMPLE);
        doc.apply(&Edit::Remove { id: "hello".into() }).unwrap();
        assert!(doc.text().contains("## Group\n\n-brand = Chorus\n"));
        assert!(!doc.text().contains("Attached to hello"));
        doc.apply(&Edit::Remove { id: "bye".into() }).unwrap();
        assert!(doc.text().ends_with("# Standalone\n"));
    }

    #[test]
    fn a_standalone_comment_stays_standalone_when_a_message_is_added_after_it() {
        let mut doc = Document::parse("a = 1\n\n# About what follows, not attached\n");
        doc.apply(&Edit::Add {
            id: "b".into(),
            value: "2".into(),
            order: vec![],
        })
        .unwrap();
        let kinds: Vec<_> = doc.entries().iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [EntryKind::Message, EntryKind::Comment, EntryKind::Message]
        );
        let mut before = Document::parse("# Standalone\n\nnext = x\n");
        let order = vec!["new".to_owned(), "next".to_owned()];
        before
            .apply(&Edit::Add {
                id: "new".into(),
                value: "y".into(),
                order,
            })
            .unwrap();
        assert_eq!(before.ids().collect::<Vec<_>>(), ["new", "next"]);
        assert_eq!(before.entries()[0].kind, EntryKind::Comment);
    }

    #[test]
    fn a_standalone_comment_stays_standalone_when_the_message_after_it_is_removed() {
        let mut doc = Document::parse("# Standalone\n\ngone = 1\n\nnext = 2\n");
        doc.apply(&Edit::Remove { id: "gone".into() }).unwrap();
        let kinds: Vec<_> = doc.entries().iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [EntryKind::Comment, EntryKind::Message]);
        assert_eq!(doc.entry_text(&doc.entries()[1]), "next = 2\n");
    }

    #[test]
    fn crlf_and_bom_are_kept_and_used_for_new_lines() {
        let source = "\u{feff}a = 1\r\n\r\nb =\r\n    two\r\n    lines\r\n";
        let mut doc = Document::from_bytes(source.as_bytes()).unwrap();
        assert!(doc.has_bom());
        assert_eq!(doc.line_ending(), LineEnding::CrLf);
        assert_eq!(doc.to_bytes(), source.as_bytes());
        assert_eq!(doc.value_text("b").unwrap(), "two\nlines");
        doc.apply(&set("a", "one\nand more")).unwrap();
        let bytes = doc.to_bytes();
        assert!(bytes.starts_with("\u{feff}a =\r\n    one\r\n    and more\r\n\r\nb".as_bytes()));
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    }

    #[test]
    fn invalid_utf8_is_refused_with_its_offset() {
        let mut bytes = b"a = 1\nb = caf".to_vec();
        bytes.push(0xE9);
        bytes.extend_from_slice(b"\n");
        let err = Document::from_bytes(&bytes).unwrap_err();
        assert_eq!(err.offset, 13);
        assert_eq!(err.position, Position { line: 2, column: 8 });
    }

    #[test]
    fn junk_is_kept_and_reported_with_its_position() {
        let source = "a = 1\n\nb = { $x\n\nc = 3\n";
        let mut doc = Document::parse(source);
        let junk: Vec<_> = doc
            .entries()
            .iter()
            .filter(|e| e.kind == EntryKind::Junk)
            .collect();
        assert_eq!(junk.len(), 1);
        assert_eq!(doc.entry_text(junk[0]), "b = { $x\n\n");
        assert_eq!(doc.errors().len(), 1);
        // The parser notices the missing `}` where the next entry begins.
        assert_eq!(doc.errors()[0].position, Position { line: 5, column: 1 });
        assert!(doc.errors()[0].message.contains('}'), "{:?}", doc.errors());
        doc.apply(&set("c", "three")).unwrap();
        assert_eq!(doc.text(), "a = 1\n\nb = { $x\n\nc = three\n");
    }

    #[test]
    fn invalid_text_is_refused_and_nothing_changes() {
        let mut doc = Document::parse(SAMPLE);
        let err = doc.apply(&set("bye", "Bye { $name")).unwrap_err();
        assert!(matches!(err, EditError::Invalid { .. }), "{err:?}");
        // A line that Fluent would read as an attribute is refused rather than silently split.
        let err = doc.apply(&set("bye", "Bye\n.title = x")).unwrap_err();
        assert!(matches!(err, EditError::Invalid { .. }), "{err:?}");
        assert_eq!(doc.apply(&set("bye", "  ")), Err(EditError::EmptyValue));
        assert_eq!(
            doc.apply(&set("nope", "x")),
            Err(EditError::NoSuchEntry("nope".into()))
        );
        assert_eq!(doc.to_bytes(), SAMPLE.as_bytes());
    }

    #[test]
    fn a_change_can_be_reverted() {
        let mut doc = Document::parse(SAMPLE);
        let first = doc.apply(&set("hello", "Changed")).unwrap();
        let second = doc.apply(&Edit::Remove { id: "bye".into() }).unwrap();
        let edited = doc.to_bytes();
        doc.revert(&second);
        doc.revert(&first);
        assert_eq!(doc.to_bytes(), SAMPLE.as_bytes());
        doc.reapply(&first);
        doc.reapply(&second);
        assert_eq!(doc.to_bytes(), edited);
    }

    #[test]
    fn a_raw_replacement_must_stay_one_entry_with_the_same_id() {
        let before = Document::parse(SAMPLE);
        let mut doc = before.clone();
        let raw = |source: &str| Edit::Replace {
            id: "bye".into(),
            source: source.into(),
        };
        doc.apply(&raw("# Now with a comment\nbye = Ciao\n    .title = Addio"))
            .unwrap();
        assert!(
            doc.text()
                .ends_with("# Now with a comment\nbye = Ciao\n    .title = Addio\n")
        );
        assert_eq!(changed(&before, &doc), ["bye"]);
        for bad in ["hello = Renamed", "bye = { $x", "bye = One\nother = Two"] {
            assert!(doc.apply(&raw(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn messages_with_only_attributes_can_gain_a_value() {
        let mut doc = Document::parse("login =\n    .placeholder = Email\n");
        doc.apply(&set("login", "Log in")).unwrap();
        assert_eq!(doc.text(), "login = Log in\n    .placeholder = Email\n");
        doc.apply(&Edit::SetValue {
            id: "login".into(),
            value: None,
        })
        .unwrap();
        assert_eq!(doc.text(), "login =\n    .placeholder = Email\n");
    }
}
