//! Lossless Fluent documents.
//!
//! A [`Document`] keeps the exact text of an `.ftl` file and an index of its entries (messages, terms,
//! comments, junk), each with its byte range. Edits are [`Edit`] values: each rewrites the bytes of one entry
//! and leaves every other byte of the file alone, so a save shows up in git as a one-entry hunk. The
//! fluent-syntax serializer is never used here: it normalises whole files.
//!
//! This module knows nothing of paths or disks; `crate::workspace::storage` reads and writes files, and the workspace
//! decides which documents exist.

mod index;
mod plan;
#[cfg(test)]
mod tests;
mod view;

use std::ops::Range;
use std::sync::Arc;

use crate::base::explain::{Explain, Explanation};
pub use crate::base::text::DecodeError;
use crate::base::text::{IdIndex, LineEnding, Position, decode, is_blank_line};
use view::EntryView;

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
    /// The parser's words, or ours for nesting refused.
    pub message: String,
    /// The entry nests deeper than [`MAX_DEPTH`](crate::fluent::syntax::MAX_DEPTH) and was not read.
    pub too_deep: bool,
}

impl Explain for SyntaxError {
    fn explain(&self) -> Explanation {
        let what = if self.too_deep {
            Explanation::new("error-syntax-too-deep")
                .number("depth", crate::fluent::syntax::MAX_DEPTH)
        } else {
            Explanation::new("error-syntax").text("detail", &self.message)
        };
        what.number("line", self.position.line)
            .number("column", self.position.column)
    }
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

impl Explain for EditError {
    fn explain(&self) -> Explanation {
        let id = |key, id: &String| Explanation::new(key).text("id", id);
        match self {
            Self::NoSuchEntry(entry) => id("error-edit-no-entry", entry),
            Self::AlreadyExists(entry) => id("error-edit-exists", entry),
            Self::NoSuchAttribute {
                id: entry,
                attribute,
            } => id("error-edit-no-attribute", entry).text("attribute", attribute),
            Self::NoSuchVariant { id: entry, key } => {
                id("error-edit-no-variant", entry).text("key", key)
            }
            Self::InvalidId(entry) => id("error-edit-invalid-id", entry),
            Self::EmptyValue => Explanation::new("error-edit-empty-value"),
            Self::NothingLeft(entry) => id("error-edit-nothing-left", entry),
            Self::Invalid { message, position } => Explanation::new("error-edit-invalid")
                .text("detail", message)
                .number("line", position.line)
                .number("column", position.column),
            Self::WouldChangeOthers(entry) => id("error-edit-changes-others", entry),
        }
    }
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
        let (entries, errors) = index::index(text);
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
        let (entries, errors) = index::index(&self.text);
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
