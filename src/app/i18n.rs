//! The window's own words, as Fluent messages in `src/app/strings/<language>.ftl`, compiled into the
//! binary. A message missing from a language falls back to English; one missing from English shows its
//! id, so a forgotten string is visible rather than blank.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// The languages the window speaks: tag, own name, strings.
pub const LANGUAGES: &[(&str, &str, &str)] = &[
    ("en", "English", include_str!("strings/en.ftl")),
    ("ru", "Русский", include_str!("strings/ru.ftl")),
    ("es", "Español", include_str!("strings/es.ftl")),
    ("fr", "Français", include_str!("strings/fr.ftl")),
    ("de", "Deutsch", include_str!("strings/de.ftl")),
];

pub struct Strings {
    language: &'static str,
    bundle: FluentBundle<FluentResource>,
    english: FluentBundle<FluentResource>,
}

fn bundle(tag: &str, source: &str) -> FluentBundle<FluentResource> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    let lang = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

impl Strings {
    /// The strings of `language` (a tag from [`LANGUAGES`]); English for any other tag.
    pub fn new(language: &str) -> Self {
        let (tag, _, source) = LANGUAGES
            .iter()
            .find(|(tag, _, _)| *tag == language)
            .unwrap_or(&LANGUAGES[0]);
        Self {
            language: tag,
            bundle: bundle(tag, source),
            english: bundle("en", LANGUAGES[0].2),
        }
    }

    /// The language that fits a system locale such as `ru-RU` or `de_DE.UTF-8`; English otherwise.
    pub fn language_for_system(locale: &str) -> &'static str {
        let primary = locale.split(['-', '_', '.']).next().unwrap_or_default();
        LANGUAGES
            .iter()
            .find(|(tag, _, _)| *tag == primary)
            .map_or("en", |(tag, _, _)| tag)
    }

    pub fn language(&self) -> &'static str {
        self.language
    }

    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn get_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in [&self.bundle, &self.english] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(source: &str) -> Vec<String> {
        let doc = crate::fluent::document::Document::parse(source);
        assert!(doc.errors().is_empty(), "{:?}", doc.errors());
        doc.ids().map(str::to_owned).collect()
    }

    #[test]
    fn every_language_has_every_english_string() {
        let english = ids(LANGUAGES[0].2);
        for (tag, _, source) in &LANGUAGES[1..] {
            let here = ids(source);
            let missing: Vec<_> = english.iter().filter(|id| !here.contains(id)).collect();
            assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        }
    }

    #[test]
    fn every_string_the_window_asks_for_exists_in_english() {
        let english = ids(LANGUAGES[0].2);
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
        let mut asked = Vec::new();
        // Every Rust file under the window's folder, however deep: a view moved into a folder of
        // its own must still be checked.
        let mut folders = vec![dir];
        let mut files = Vec::new();
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path);
                }
            }
        }
        assert!(files.len() > 10, "found only {} files", files.len());
        for path in files {
            let text = std::fs::read_to_string(path).unwrap();
            for quote in [
                "t.get(\"",
                "t.get_with(\"",
                "strings.get(\"",
                "strings.get_with(\"",
            ] {
                for part in text.split(quote).skip(1) {
                    asked.push(part.split('"').next().unwrap().to_owned());
                }
            }
        }
        assert!(asked.len() > 20, "found only {} strings", asked.len());
        for command in crate::app::Command::ALL {
            let spec = command.spec();
            asked.extend([spec.label.to_owned(), spec.tooltip.to_owned()]);
        }
        asked.extend(crate::app::Menu::ALL.iter().map(|m| m.label().to_owned()));
        // Findings are worded by their code.
        asked.extend(
            crate::checks::Code::ALL
                .iter()
                .map(|c| format!("check-{}", c.as_str())),
        );
        // Review states are worded by their state.
        asked.extend(
            [
                crate::review::State::Missing,
                crate::review::State::Outdated,
                crate::review::State::Rejected,
                crate::review::State::Translated,
                crate::review::State::Reviewed,
            ]
            .map(|s| crate::app::widgets::state_label(s).to_owned()),
        );
        let missing: Vec<_> = asked.iter().filter(|id| !english.contains(id)).collect();
        assert!(missing.is_empty(), "not in en.ftl: {missing:?}");
    }

    #[test]
    fn system_locales_pick_a_language() {
        assert_eq!(Strings::language_for_system("ru-RU"), "ru");
        assert_eq!(Strings::language_for_system("de_DE.UTF-8"), "de");
        assert_eq!(Strings::language_for_system("ja-JP"), "en");
        assert_eq!(Strings::new("ru").language(), "ru");
        assert_eq!(
            Strings::new("xx").get("command-save"),
            Strings::new("en").get("command-save")
        );
    }
}
