//! The translate view: one row per message, the reference locale on the left (placeables as chips), the
//! target's fields on the right (one per value, attribute and plural variant, or the raw Fluent source),
//! and the statement's preview beside them. Rows are virtualized: only those in view are laid out.
//!
//! The view edits nothing itself: a changed field becomes an [`Action::Edit`] that the app applies.

mod history;
mod panel;
mod row;
use std::collections::BTreeMap;

use crate::app::actions::Action;
use crate::app::views::preview::PreviewPanel;
use crate::base::ids::{Id, Locale};
use crate::checks::{self, Analyzed, Code, Context, Finding, Place, Severity};
use crate::fluent::draft::{Draft, MessageField};
use crate::fluent::message::{DraftError, Part, Shape};
use crate::locale::languages::{self, Direction};
use crate::locale::plurals::{self, Category};
use crate::review::{MessageReview, State};
use crate::workspace::Workspace;
use crate::workspace::editing::{EditRefused, Field, WorkspaceEdit};
use crate::workspace::words::{Word, WordKind};
use row::row_text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    All,
    Missing,
    Errors,
    Changed,
    Outdated,
    Rejected,
}

/// One message of the statement.
struct MessageRow {
    id: String,
    reference: Option<Shape>,
    /// The message as the target document has it, `None` when missing.
    target: Option<Shape>,
    /// The fields as the user sees them; equal to `target` unless an edit was refused or is incomplete.
    draft: Shape,
    /// The raw Fluent source being edited, when raw mode is on.
    raw: Option<String>,
    /// Why the text of a field is not written yet, by field. The text stays as typed.
    errors: BTreeMap<MessageField, Unwritten>,
    /// Edited since the last save.
    changed: bool,
    /// What the checks find in this message (re-checked on every edit of it).
    findings: Vec<Finding>,
    /// Where its review stands; `None` in a locale the statement does not know, and for an
    /// organiser's word.
    review: Option<MessageReview>,
    /// What organiser's word it translates, when it is one (see [`crate::workspace::words`]).
    word: Option<WordKind>,
}

/// Why what was typed in a field is not in the file yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unwritten {
    /// It is not complete (an empty variant, an attribute before the value).
    Draft(DraftError),
    /// The file refused it (text Fluent cannot read, a raw entry that is not one message).
    Refused(EditRefused),
}

pub struct TranslateView {
    pub statement: Id,
    pub locale: Locale,
    pub reference: Locale,
    /// The statement's source locale.
    source: Locale,
    rtl: bool,
    rows: Vec<MessageRow>,
    categories: Vec<Category>,
    filter: Filter,
    search: String,
    /// The row being edited, listed whatever the filter and search say until the user moves on
    /// to another row (the first key typed into a missing message makes it no longer missing).
    pinned: Option<usize>,
    focus_search: bool,
    selected: usize,
    scroll_to_selected: bool,
    focus_selected: bool,
    heights: Vec<f32>,
    preview: PreviewPanel,
    pub show_preview: bool,
    /// Only the terms (names), as the adapt view shows them.
    terms_only: bool,
    /// What a message is checked against; `None` for the source locale or a missing file.
    checker: Option<Checker>,
    show_findings: bool,
    /// The History panel, when open.
    history: Option<crate::app::views::history::HistoryPanel>,
    /// The workspace's folder, where git reads the history.
    root: std::path::PathBuf,
}

/// The reference's facts and what was learnt from the whole file, kept so that a keystroke re-checks
/// one message only.
struct Checker {
    reference: Analyzed,
    context: Context,
    file_name: String,
    /// Findings about no row of the view (an obsolete message, text Fluent cannot read), from the last
    /// check of the whole file.
    file: Vec<Finding>,
}

const ESTIMATED_ROW_HEIGHT: f32 = 90.0;

impl TranslateView {
    pub fn new(ws: &Workspace, statement: Id, locale: Locale) -> Self {
        let reference = ws
            .statements
            .get(&statement)
            .map_or_else(|| locale.clone(), |s| s.statement.source.clone());
        let mut view = Self {
            source: reference.clone(),
            categories: plurals::cardinal_categories(&locale),
            rtl: languages::direction(&locale) == Direction::Rtl,
            statement,
            locale,
            reference,
            rows: Vec::new(),
            filter: Filter::All,
            pinned: None,
            search: String::new(),
            focus_search: false,
            selected: 0,
            scroll_to_selected: false,
            focus_selected: false,
            heights: Vec::new(),
            preview: PreviewPanel::default(),
            show_preview: true,
            terms_only: false,
            checker: None,
            show_findings: true,
            history: None,
            root: ws.root.clone(),
        };
        view.rebuild(ws);
        view
    }

    /// A view of the statement's terms (proper names, with their case forms) in `locale`.
    pub fn terms(ws: &Workspace, statement: Id, locale: Locale) -> Self {
        let mut view = Self::new(ws, statement, locale);
        view.terms_only = true;
        view.rebuild(ws);
        view
    }

    /// Rebuilds every row from the workspace.
    pub fn rebuild(&mut self, ws: &Workspace) {
        let ids = self.message_ids(ws);
        self.rows = ids.into_iter().map(|id| self.row(ws, id)).collect();
        self.heights = vec![ESTIMATED_ROW_HEIGHT; self.rows.len()];
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
        self.preview.invalidate();
        self.check_all(ws);
    }

    /// Checks the whole file against the statement's source and hands each row its findings.
    fn check_all(&mut self, ws: &Workspace) {
        self.checker = None;
        for r in &mut self.rows {
            r.findings.clear();
        }
        let Some(file) = ws.statements.get(&self.statement) else {
            return;
        };
        let source = &file.statement.source;
        let (Some(reference), Some(target)) = (
            ws.file(source, &self.statement),
            ws.file(&self.locale, &self.statement),
        ) else {
            return;
        };
        if *source == self.locale {
            return;
        }
        let r = Analyzed::of(&reference.document);
        let t = Analyzed::of(&target.document);
        let mut context = Context::new(source, &self.locale);
        context.words = file.statement.words().into_iter().map(|w| w.id).collect();
        context.learn_terms(&t);
        context.learn_reference_terms(&r);
        context.learn_ratio(&r, &t);
        let file_name = format!("{}.ftl", self.statement);
        let place = Place {
            locale: self.locale.as_str(),
            file: &file_name,
        };
        let found = checks::check_file(&r, &target.document, &t, &context, place);
        let index: std::collections::HashMap<String, usize> = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let mut file_level = Vec::new();
        for f in found {
            // A missing message has its own badge and filter.
            if f.code == Code::MissingMessage {
                continue;
            }
            match f.id.as_ref().and_then(|id| index.get(id)) {
                Some(&i) => self.rows[i].findings.push(f),
                None => file_level.push(f),
            }
        }
        self.checker = Some(Checker {
            reference: r,
            context,
            file_name,
            file: file_level,
        });
    }

    /// Checks row `i`'s message again, alone: what a keystroke costs.
    fn recheck(&mut self, ws: &Workspace, i: usize) {
        let (Some(checker), Some(target)) = (&self.checker, ws.file(&self.locale, &self.statement))
        else {
            return;
        };
        let Some(row) = self.rows.get_mut(i) else {
            return;
        };
        let doc = &target.document;
        let place = Place {
            locale: self.locale.as_str(),
            file: &checker.file_name,
        };
        row.findings = doc
            .entry(&row.id)
            .and_then(|e| checks::facts::of_entry(doc, e))
            .map(|facts| {
                let reference = checker.reference.get(&row.id);
                checks::check_message(reference, doc, &facts, &checker.context, place)
            })
            .unwrap_or_default();
    }

    /// Errors and warnings the checks found in the file, as shown above the findings.
    fn finding_counts(&self) -> (usize, usize) {
        let all = self
            .rows
            .iter()
            .flat_map(|r| &r.findings)
            .chain(self.checker.iter().flat_map(|c| &c.file));
        all.fold((0, 0), |(e, w), f| match f.severity {
            Severity::Error => (e + 1, w),
            Severity::Warning => (e, w + 1),
        })
    }

    /// Shows a message's row and puts the cursor in its first field.
    pub fn show_message(&mut self, id: &str) {
        if let Some(i) = self.rows.iter().position(|r| r.id == id) {
            self.jump_to(i);
        }
    }

    /// Shows row `i` and puts the cursor in its first field (from a finding in the list).
    fn jump_to(&mut self, i: usize) {
        if !self.visible().contains(&i) {
            self.filter = Filter::All;
            self.search.clear();
        }
        self.select(i);
    }

    /// Re-reads one message from the workspace (after undo or redo) and selects it.
    pub fn refresh(&mut self, ws: &Workspace, message: &str) {
        if let Some(i) = self.rows.iter().position(|r| r.id == message) {
            self.rows[i] = self.row(ws, message.to_owned());
            self.recheck(ws, i);
            self.select(i);
        }
        self.preview.invalidate();
    }

    /// Records the outcome of an edit of row `row`'s field `field`.
    pub fn edited(
        &mut self,
        ws: &Workspace,
        row: usize,
        field: &MessageField,
        result: Result<(), EditRefused>,
    ) {
        let file = ws.file(&self.locale, &self.statement);
        let target = file.map(|f| &f.document);
        let Some(r) = self.rows.get_mut(row) else {
            return;
        };
        match result {
            Ok(()) => {
                if r.target.is_none() {
                    // The message was just created from every field at once: whatever an earlier
                    // field was waiting for (an empty variant, say) is now there.
                    r.errors.clear();
                } else {
                    r.errors.remove(field);
                }
                r.changed = file.is_some_and(|f| f.changed_since_saved(&r.id));
                r.target = target.and_then(|d| Shape::of(d, &r.id));
                if r.raw.is_some() || *field == MessageField::All {
                    // The structure may have changed: the fields follow the document.
                    if let Some(shape) = &r.target {
                        r.draft = shape.clone();
                    }
                }
                r.review = crate::review::message_review(ws, &self.statement, &self.locale, &r.id);
                self.preview.invalidate();
                self.recheck(ws, row);
            }
            Err(refused) => {
                r.errors.insert(field.clone(), Unwritten::Refused(refused));
            }
        }
    }

    /// A save finished: what is "changed since saving" is worked out again.
    pub fn saved(&mut self, ws: &Workspace) {
        let file = ws.file(&self.locale, &self.statement);
        for r in &mut self.rows {
            r.changed = file.is_some_and(|f| f.changed_since_saved(&r.id));
        }
    }

    pub fn set_reference(&mut self, ws: &Workspace, reference: Locale) {
        self.reference = reference;
        let doc = ws
            .file(&self.reference, &self.statement)
            .map(|f| &f.document);
        for r in &mut self.rows {
            r.reference = doc.and_then(|d| Shape::of(d, &r.id));
        }
    }

    /// The source's messages: headline and sections first, then the rest in file order.
    fn message_ids(&self, ws: &Workspace) -> Vec<String> {
        let Some(file) = ws.statements.get(&self.statement) else {
            return Vec::new();
        };
        let s = &file.statement;
        let mut ids: Vec<String> = s.message_ids().map(str::to_owned).collect();
        // A set, not a scan of `ids`: a statement of 100,000 messages would take seconds.
        let mut seen: std::collections::HashSet<String> = ids.iter().cloned().collect();
        if let Some(source) = ws.file(&s.source, &self.statement) {
            for id in source.document.ids() {
                if seen.insert(id.to_owned()) {
                    ids.push(id.to_owned());
                }
            }
        }
        if self.terms_only {
            ids.retain(|id| id.starts_with('-'));
        } else if self.locale != s.source {
            // Then the organisers' words the reader sees beside the text, each once.
            let words = s.words().into_iter().map(|w| w.id);
            ids.extend(words.filter(|id| seen.insert(id.clone())));
        }
        ids
    }

    /// An organiser's word (an affiliation, a country, the publisher) as `locale` has it, as a
    /// message's shape: the statement's own text in its source locale, the locale's translation in
    /// another (`None` when it has none). `None` too for an id that is not a word of the statement.
    fn word_shape(&self, ws: &Workspace, locale: &Locale, word: &Word) -> Option<Shape> {
        if *locale == self.source {
            return Some(Shape {
                value: Some(Part::Text(word.text.clone())),
                attributes: Vec::new(),
            });
        }
        ws.file(locale, &self.statement)
            .and_then(|f| Shape::of(&f.document, &word.id))
    }

    fn row(&self, ws: &Workspace, id: String) -> MessageRow {
        let word = crate::workspace::words::is_word_id(&id)
            .then(|| ws.statements.get(&self.statement))
            .flatten()
            .and_then(|s| s.statement.words().into_iter().find(|w| w.id == id));
        let shape_in = |locale: &Locale| match &word {
            Some(word) => self.word_shape(ws, locale, word),
            None => ws
                .file(locale, &self.statement)
                .and_then(|f| Shape::of(&f.document, &id)),
        };
        let source_word = word
            .as_ref()
            .and_then(|w| self.word_shape(ws, &self.source, w));
        let target = shape_in(&self.locale);
        // An organiser's word a reference locale has not translated reads as the source has it,
        // as the page does.
        let reference = shape_in(&self.reference).or_else(|| source_word.clone());
        let source = match source_word {
            Some(word) => Some(word),
            None => ws
                .statements
                .get(&self.statement)
                .and_then(|s| shape_in(&s.statement.source)),
        };
        let changed = ws
            .file(&self.locale, &self.statement)
            .is_some_and(|f| f.changed_since_saved(&id));
        let draft = match &target {
            Some(shape) => shape.clone(),
            None => source
                .or_else(|| reference.clone())
                .map(|s| s.blank_for(&self.locale))
                .unwrap_or(Shape {
                    value: Some(Part::Text(String::new())),
                    attributes: Vec::new(),
                }),
        };
        // The organisers' words are theirs, as the signatories are: no sign-off covers them.
        let review = word
            .is_none()
            .then(|| crate::review::message_review(ws, &self.statement, &self.locale, &id))
            .flatten();
        MessageRow {
            id,
            reference,
            target,
            draft,
            raw: None,
            errors: BTreeMap::new(),
            changed,
            findings: Vec::new(),
            review,
            word: word.map(|w| w.kind),
        }
    }

    fn visible(&self) -> Vec<usize> {
        let needle = self.search.to_lowercase();
        (0..self.rows.len())
            .filter(|&i| {
                let r = &self.rows[i];
                let passes = match self.filter {
                    Filter::All => true,
                    Filter::Missing => r.target.is_none(),
                    Filter::Errors => {
                        !r.errors.is_empty()
                            || r.findings.iter().any(|f| f.severity == Severity::Error)
                    }
                    Filter::Changed => r.changed,
                    Filter::Outdated => r
                        .review
                        .as_ref()
                        .is_some_and(|m| m.state == State::Outdated),
                    Filter::Rejected => r
                        .review
                        .as_ref()
                        .is_some_and(|m| m.state == State::Rejected),
                };
                let found = needle.is_empty() || row_text(r).to_lowercase().contains(&needle);
                (passes && found) || self.pinned == Some(i)
            })
            .collect()
    }

    fn select(&mut self, i: usize) {
        self.selected = i;
        self.scroll_to_selected = true;
        self.focus_selected = true;
    }

    /// Moves the selection through the visible rows by `step` (+1 or -1); with `missing`, to the next
    /// message the target lacks.
    pub fn step(&mut self, step: isize, missing: bool) {
        let visible = self.visible();
        let here = visible.iter().position(|&i| i == self.selected);
        let candidates: Vec<usize> = match (here, step > 0) {
            (Some(p), true) => visible[p + 1..].to_vec(),
            (Some(p), false) => visible[..p].iter().rev().copied().collect(),
            (None, _) => visible.clone(),
        };
        let next = candidates
            .into_iter()
            .find(|&i| !missing || self.rows[i].target.is_none());
        if let Some(next) = next {
            self.select(next);
        }
    }

    pub fn focus_search(&mut self) {
        self.focus_search = true;
    }

    /// Fills the selected message with the reference's structure and text, using the target locale's
    /// plural categories.
    #[must_use]
    pub fn copy_from_reference(&mut self) -> Option<Action> {
        let locale = self.locale.clone();
        let r = self.rows.get_mut(self.selected)?;
        r.draft = r.reference.as_ref()?.copied_for(&locale);
        r.raw = None;
        self.field_edit(self.selected, MessageField::All).ok()
    }

    /// The edits for a changed field of row `row`, or why it cannot be written yet (kept under the
    /// field).
    fn field_edit(&self, row: usize, field: MessageField) -> Result<Action, DraftError> {
        let r = &self.rows[row];
        let order = || self.rows.iter().map(|r| r.id.clone()).collect();
        let draft = Draft {
            id: &r.id,
            draft: &r.draft,
            target: r.target.as_ref(),
            source: r.raw.as_deref(),
            order: &order,
        };
        let edits = draft.edits(&field)?;
        Ok(Action::Edit {
            row,
            field: Field::message(&self.statement, &self.locale, &r.id, field),
            edits: edits
                .into_iter()
                .map(|edit| WorkspaceEdit::Message {
                    locale: self.locale.clone(),
                    statement: self.statement.clone(),
                    edit,
                })
                .collect(),
        })
    }
}
