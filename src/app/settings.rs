//! What the window remembers between runs, saved with eframe's storage: the UI language, theme, text
//! size, recent workspaces and the reviewer's name. (eframe itself remembers the window's size and position.) Caches, undo
//! history and background work live beside this, never in it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many recent workspaces are remembered.
const RECENT: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// A tag of `i18n::LANGUAGES`; `None` follows the system.
    pub language: Option<String>,
    pub theme: Theme,
    /// 1.0 is egui's default size.
    pub text_scale: f32,
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    /// The name recorded with reviews and sign-offs; asked for the first time one is made.
    pub reviewer: Option<String>,
    /// Who commits when sharing; asked for the first time, git's own configuration proposed.
    pub author: Option<Author>,
}

/// The name and email a commit records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Author {
    pub name: String,
    pub email: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: None,
            theme: Theme::System,
            text_scale: 1.0,
            recent: Vec::new(),
            reviewer: None,
            author: None,
        }
    }
}

impl Settings {
    /// The key under which eframe stores them.
    pub const KEY: &'static str = "chorus-settings";

    /// Puts a workspace first in the recent list.
    pub fn remember(&mut self, root: &Path) {
        self.recent.retain(|p| p != root);
        self.recent.insert(0, root.to_owned());
        self.recent.truncate(RECENT);
    }

    /// The most recent workspace that still exists.
    pub fn last_workspace(&self) -> Option<&Path> {
        self.recent
            .iter()
            .map(PathBuf::as_path)
            .find(|p| crate::workspace::Workspace::is_workspace(p))
    }

    pub fn apply(&self, ctx: &egui::Context) {
        ctx.set_visuals_of(egui::Theme::Light, crate::app::theme::visuals(false));
        ctx.set_visuals_of(egui::Theme::Dark, crate::app::theme::visuals(true));
        ctx.set_theme(match self.theme {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(self.text_scale.clamp(0.5, 3.0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_workspaces_are_unique_newest_first_and_bounded() {
        let mut s = Settings::default();
        for i in 0..10 {
            s.remember(Path::new(&format!("/w/{i}")));
        }
        s.remember(Path::new("/w/5"));
        assert_eq!(s.recent.len(), RECENT);
        assert_eq!(s.recent[0], Path::new("/w/5"));
        assert_eq!(
            s.recent.iter().filter(|p| *p == Path::new("/w/5")).count(),
            1
        );
    }

    #[test]
    fn settings_survive_a_round_trip_and_old_files_fill_in_defaults() {
        let s = Settings {
            language: Some("ru".into()),
            theme: Theme::Dark,
            ..Settings::default()
        };
        let text = ron::to_string(&s).unwrap();
        assert_eq!(ron::from_str::<Settings>(&text).unwrap(), s);
        let partial: Settings = ron::from_str("(language: Some(\"de\"))").unwrap();
        assert_eq!(partial.text_scale, 1.0);
    }
}
