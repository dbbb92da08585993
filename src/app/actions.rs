//! Everything the window can be asked to do. Panels return [`Action`]s; the app runs them after the
//! frame. [`Command`]s also know their label and shortcuts, so the menus, the key bindings and the F1
//! help come from one list.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::settings::Theme;

use crate::editing::{Field, ReviewEdit, WorkspaceEdit};
use crate::ids::{Id, Locale};
use crate::statement::StatementEdit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    OpenWorkspace,
    Save,
    Export,
    Undo,
    Redo,
    Overview,
    NextMessage,
    PreviousMessage,
    NextMissing,
    ConfirmAndNext,
    CopyFromReference,
    Find,
    TogglePreview,
    Help,
    Quit,
}

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const ALT_SHIFT: Modifiers = Modifiers::ALT.plus(Modifiers::SHIFT);

impl Command {
    pub const ALL: [Command; 15] = [
        Command::OpenWorkspace,
        Command::Save,
        Command::Export,
        Command::Undo,
        Command::Redo,
        Command::Overview,
        Command::NextMessage,
        Command::PreviousMessage,
        Command::NextMissing,
        Command::ConfirmAndNext,
        Command::CopyFromReference,
        Command::Find,
        Command::TogglePreview,
        Command::Help,
        Command::Quit,
    ];

    /// The id of its label in the window's strings.
    pub fn label(self) -> &'static str {
        match self {
            Command::OpenWorkspace => "command-open-workspace",
            Command::Save => "command-save",
            Command::Export => "command-export",
            Command::Undo => "command-undo",
            Command::Redo => "command-redo",
            Command::Overview => "command-overview",
            Command::NextMessage => "command-next-message",
            Command::PreviousMessage => "command-previous-message",
            Command::NextMissing => "command-next-missing",
            Command::ConfirmAndNext => "command-confirm-and-next",
            Command::CopyFromReference => "command-copy-from-reference",
            Command::Find => "command-find",
            Command::TogglePreview => "command-toggle-preview",
            Command::Help => "command-help",
            Command::Quit => "command-quit",
        }
    }

    /// Its shortcuts, the first shown in menus. More specific shortcuts (with Shift) come first in
    /// [`Command::ALL`] order checks, see [`Command::pressed`].
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const OPEN: [KeyboardShortcut; 1] = [key(Modifiers::COMMAND, Key::O)];
        const SAVE: [KeyboardShortcut; 1] = [key(Modifiers::COMMAND, Key::S)];
        const EXPORT: [KeyboardShortcut; 1] = [key(Modifiers::COMMAND, Key::E)];
        const UNDO: [KeyboardShortcut; 1] = [key(Modifiers::COMMAND, Key::Z)];
        const REDO: [KeyboardShortcut; 2] =
            [key(CTRL_SHIFT, Key::Z), key(Modifiers::COMMAND, Key::Y)];
        const NEXT: [KeyboardShortcut; 1] = [key(Modifiers::ALT, Key::ArrowDown)];
        const PREVIOUS: [KeyboardShortcut; 1] = [key(Modifiers::ALT, Key::ArrowUp)];
        const NEXT_MISSING: [KeyboardShortcut; 1] = [key(ALT_SHIFT, Key::ArrowDown)];
        const CONFIRM: [KeyboardShortcut; 1] = [key(Modifiers::COMMAND, Key::Enter)];
        const COPY: [KeyboardShortcut; 1] = [key(CTRL_SHIFT, Key::C)];
        const FIND: [KeyboardShortcut; 1] = [key(Modifiers::COMMAND, Key::F)];
        const PREVIEW: [KeyboardShortcut; 1] = [key(Modifiers::COMMAND, Key::P)];
        const HELP: [KeyboardShortcut; 1] = [key(Modifiers::NONE, Key::F1)];
        const QUIT: [KeyboardShortcut; 1] = [key(Modifiers::COMMAND, Key::Q)];
        match self {
            Command::OpenWorkspace => &OPEN,
            Command::Save => &SAVE,
            Command::Export => &EXPORT,
            Command::Undo => &UNDO,
            Command::Redo => &REDO,
            Command::Overview => &[],
            Command::NextMessage => &NEXT,
            Command::PreviousMessage => &PREVIOUS,
            Command::NextMissing => &NEXT_MISSING,
            Command::ConfirmAndNext => &CONFIRM,
            Command::CopyFromReference => &COPY,
            Command::Find => &FIND,
            Command::TogglePreview => &PREVIEW,
            Command::Help => &HELP,
            Command::Quit => &QUIT,
        }
    }

    /// The commands whose shortcut was pressed this frame, consumed so that no text field also acts on
    /// them. Shortcuts with more modifiers are tried first (Ctrl+Shift+Z before Ctrl+Z).
    pub fn pressed(ctx: &egui::Context) -> Vec<Command> {
        let mut all: Vec<(Command, &KeyboardShortcut)> = Command::ALL
            .iter()
            .flat_map(|c| c.shortcuts().iter().map(move |s| (*c, s)))
            .collect();
        all.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
        ctx.input_mut(|input| {
            all.into_iter()
                .filter(|(_, s)| input.consume_shortcut(s))
                .map(|(c, _)| c)
                .collect()
        })
    }

    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .iter()
            .map(|s| ctx.format_shortcut(s))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn modifier_count(m: Modifiers) -> usize {
    [m.alt, m.ctrl || m.command || m.mac_cmd, m.shift]
        .iter()
        .filter(|b| **b)
        .count()
}

/// Something to do after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Command(Command),
    /// Open a statement in a locale in the translate view.
    Open {
        statement: Id,
        locale: Locale,
    },
    /// Open a statement in the adapt view, previewed in `locale` (the source if `None`).
    Adapt {
        statement: Id,
        locale: Option<Locale>,
    },
    /// Change a statement (a variable, a section, the signatories…) as one undo step for `field`.
    EditStatement {
        statement: Id,
        field: String,
        edit: StatementEdit,
    },
    /// Show another locale's terms and preview in the adapt view.
    AdaptLocale(Locale),
    /// Change the reference (left) locale of the translate view.
    SetReference(Locale),
    /// Apply edits to one row's message, as one undo step for `field`. `row` and `path` say where to
    /// show an error.
    Edit {
        row: usize,
        path: String,
        field: Field,
        edits: Vec<WorkspaceEdit>,
    },
    /// The user left a field: the next typing is a new undo step.
    Seal,
    SetLanguage(&'static str),
    /// Load another workspace (asking first if this one has unsaved changes).
    OpenWorkspace(PathBuf),
    SetTheme(Theme),
    SetTextScale(f32),
    /// Translate these statements into one more locale (one undo step).
    AddLocale {
        locale: Locale,
        statements: Vec<Id>,
    },
    /// Open a statement in a locale in the translate view, at one message.
    EditMessage {
        statement: Id,
        locale: Locale,
        message: String,
    },
    /// Open a statement in a locale in the review view.
    OpenReview {
        statement: Id,
        locale: Locale,
    },
    /// Record a verdict or a sign-off (one undo step), then show the next message needing review.
    Review {
        statement: Id,
        locale: Locale,
        edit: ReviewEdit,
    },
    /// Remember the reviewer's name.
    SetReviewer(String),
    /// Show the Export dialog for a statement.
    OpenExport(Id),
    /// Make a statement from a template, save its files and open it in the adapt view.
    NewStatement {
        template: Id,
        id: Id,
        title: String,
    },
}
