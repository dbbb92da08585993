//! Everything the window can be asked to do. Panels return [`Action`]s; the app runs them after the
//! frame. [`Command`]s also know their label and shortcuts, so the menus, the key bindings and the F1
//! help come from one list.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::app::settings::Theme;
use crate::base::ids::{Id, Locale};
use crate::workspace::editing::{Field, ReviewEdit, WorkspaceEdit};
use crate::workspace::statement::{StatementEdit, StatementField};

/// The menu a command is listed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    File,
    Edit,
    Go,
    View,
}

impl Menu {
    /// The menus in the menu bar's order.
    pub const ALL: [Menu; 4] = [Menu::File, Menu::Edit, Menu::Go, Menu::View];

    /// The id of its title in the window's strings.
    pub fn label(self) -> &'static str {
        match self {
            Menu::File => "menu-file",
            Menu::Edit => "menu-edit",
            Menu::Go => "menu-go",
            Menu::View => "menu-view",
        }
    }
}

/// What the window knows of a command: the ids of its label and tooltip in the window's strings,
/// its menu, and its shortcuts (the first is shown in menus and in the help).
#[derive(Debug, Clone, Copy)]
pub struct CommandSpec {
    pub label: &'static str,
    pub tooltip: &'static str,
    pub menu: Menu,
    pub shortcuts: &'static [KeyboardShortcut],
}

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const ALT: Modifiers = Modifiers::ALT;
const ALT_SHIFT: Modifiers = Modifiers::ALT.plus(Modifiers::SHIFT);

/// Declares the commands once: the enum, [`Command::ALL`] in menu order, and each one's
/// [`CommandSpec`]. A command cannot exist without its label, tooltip, menu and shortcuts.
macro_rules! commands {
    ($($name:ident: $label:literal, $menu:ident, [$($shortcut:expr),*];)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Command {
            $($name,)*
        }

        impl Command {
            /// Every command, in the order of the menus.
            pub const ALL: &'static [Command] = &[$(Command::$name,)*];

            pub fn spec(self) -> CommandSpec {
                match self {
                    $(Command::$name => CommandSpec {
                        label: concat!("command-", $label),
                        tooltip: concat!("command-", $label, "-tooltip"),
                        menu: Menu::$menu,
                        shortcuts: const { &[$($shortcut),*] },
                    },)*
                }
            }
        }
    };
}

commands! {
    OpenWorkspace: "open-workspace", File, [key(CTRL, Key::O)];
    OpenFromUrl: "open-from-url", File, [];
    Save: "save", File, [key(CTRL, Key::S)];
    Export: "export", File, [key(CTRL, Key::E)];
    Share: "share", File, [key(CTRL_SHIFT, Key::S)];
    Overview: "overview", File, [];
    Quit: "quit", File, [key(CTRL, Key::Q)];
    Undo: "undo", Edit, [key(CTRL, Key::Z)];
    Redo: "redo", Edit, [key(CTRL_SHIFT, Key::Z), key(CTRL, Key::Y)];
    CopyFromReference: "copy-from-reference", Edit, [key(CTRL_SHIFT, Key::C)];
    Find: "find", Edit, [key(CTRL, Key::F)];
    NextMessage: "next-message", Go, [key(ALT, Key::ArrowDown)];
    PreviousMessage: "previous-message", Go, [key(ALT, Key::ArrowUp)];
    NextMissing: "next-missing", Go, [key(ALT_SHIFT, Key::ArrowDown)];
    ConfirmAndNext: "confirm-and-next", Go, [key(CTRL, Key::Enter)];
    TogglePreview: "toggle-preview", View, [key(CTRL, Key::P)];
    Help: "help", View, [key(Modifiers::NONE, Key::F1)];
}

impl Command {
    /// The id of its label in the window's strings.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// Its shortcuts, the first shown in menus.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        self.spec().shortcuts
    }

    /// The commands of `menu`, in order.
    pub fn in_menu(menu: Menu) -> impl Iterator<Item = Command> {
        Command::ALL
            .iter()
            .copied()
            .filter(move |c| c.spec().menu == menu)
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
#[must_use]
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
        field: StatementField,
        edit: StatementEdit,
    },
    /// Show another locale's terms and preview in the adapt view.
    AdaptLocale(Locale),
    /// Change the reference (left) locale of the translate view.
    SetReference(Locale),
    /// Apply edits to one row's message, as one undo step for `field`; `row` says where to show an
    /// error.
    Edit {
        row: usize,
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
    /// Record several verdicts as one undo step (the source's text approved whole).
    ReviewAll {
        statement: Id,
        locale: Locale,
        edits: Vec<ReviewEdit>,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut_and_every_command_is_in_a_menu() {
        let mut seen: Vec<(&KeyboardShortcut, Command)> = Vec::new();
        for command in Command::ALL {
            for shortcut in command.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(s, _)| *s == shortcut) {
                    panic!("{command:?} and {other:?} share {shortcut:?}");
                }
                seen.push((shortcut, *command));
            }
        }
        let in_menus: usize = Menu::ALL.iter().map(|m| Command::in_menu(*m).count()).sum();
        assert_eq!(in_menus, Command::ALL.len());
    }
}
