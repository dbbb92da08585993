//! The window's own words, as Fluent messages in `src/app/strings/<language>.ftl`, compiled into the
//! binary. A message missing from a language falls back to English; one missing from English shows its
//! id, so a forgotten string is visible rather than blank.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::base::explain::{Arg, Explain, Explanation};

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

    /// A recorded moment (`2026-12-01T18:21:54Z`) as a person reads it: in this language and the
    /// computer's time zone.
    pub fn moment(&self, raw: &str) -> String {
        match crate::base::ids::Locale::new(self.language()) {
            Ok(language) => crate::locale::time::shown(raw, &language),
            Err(_) => raw.to_owned(),
        }
    }

    /// What the core says happened, in this language.
    pub fn explain(&self, what: &dyn Explain) -> String {
        self.worded(&what.explain())
    }

    fn worded(&self, explanation: &Explanation) -> String {
        let mut args = FluentArgs::new();
        for (name, arg) in &explanation.args {
            let value = match arg {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Because(cause) => FluentValue::from(self.worded(cause)),
                Arg::List(items) => {
                    let worded: Vec<String> = items.iter().map(|e| self.worded(e)).collect();
                    FluentValue::from(worded.join("; "))
                }
            };
            args.set(*name, value);
        }
        self.format(explanation.id, Some(&args))
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
        let mut asked = Vec::new();
        // Every Rust file under the window's folder, however deep: a view moved into a folder of
        // its own must still be checked.
        let files = rust_files("src/app");
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

    /// The Rust files under the folder `under` of the repository, however deep.
    fn rust_files(under: &str) -> Vec<std::path::PathBuf> {
        let mut folders = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(under)];
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
        files
    }

    /// Every string literal of the source that could be a string id (`search`, `error-io-full`),
    /// wherever it stands.
    fn literal_ids() -> std::collections::BTreeSet<String> {
        let mut found = std::collections::BTreeSet::new();
        for path in rust_files("src") {
            let text = std::fs::read_to_string(&path).unwrap();
            for (at, _) in text.match_indices('"') {
                let rest = &text[at + 1..];
                let word: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                let lowercase = word.starts_with(|c: char| c.is_ascii_lowercase());
                if rest[word.len()..].starts_with('"') && lowercase {
                    found.insert(word);
                }
            }
        }
        found
    }

    #[test]
    fn every_english_string_is_asked_for() {
        let mut asked = literal_ids();
        // Built from a name rather than written out: findings by code, states, commands, menus.
        asked.extend(
            crate::checks::Code::ALL
                .iter()
                .map(|c| format!("check-{}", c.as_str())),
        );
        for command in crate::app::Command::ALL {
            let spec = command.spec();
            asked.extend([spec.label.to_owned(), spec.tooltip.to_owned()]);
        }
        asked.extend(crate::app::Menu::ALL.iter().map(|m| m.label().to_owned()));
        let unused: Vec<String> = ids(LANGUAGES[0].2)
            .into_iter()
            .filter(|id| !asked.contains(id))
            .collect();
        assert!(
            unused.is_empty(),
            "en.ftl has strings nothing asks for: {unused:?}"
        );
    }

    /// Whether `text` is shaped like a string id: `error-edit-exists`.
    fn is_id(text: &str) -> bool {
        text.contains('-')
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }

    /// The ids that code explaining something to the user can name: the string literals shaped like
    /// an id inside each `impl Explain for` block and each function that returns an `Explanation`,
    /// and the first argument of every `Explanation::new("…")`.
    fn explained_ids(text: &str) -> Vec<String> {
        let mut ids = Vec::new();
        for part in text.split("Explanation::new(\"").skip(1) {
            ids.push(part.split('"').next().unwrap().to_owned());
        }
        for marker in ["impl Explain for ", "-> Explanation {"] {
            let mut from = 0;
            while let Some(at) = text[from..].find(marker) {
                let start = from + at;
                let open = start + text[start..].find('{').unwrap();
                let mut depth = 0;
                let mut end = open;
                for (i, c) in text[open..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 {
                        end = open + i;
                        break;
                    }
                }
                let block = &text[open..end];
                ids.extend(
                    block
                        .split('"')
                        .skip(1)
                        .step_by(2)
                        .filter(|s| is_id(s))
                        .map(str::to_owned),
                );
                from = end.max(start + 1);
            }
        }
        ids
    }

    #[test]
    fn every_explanation_of_the_core_has_a_sentence_in_every_language() {
        let mut asked = Vec::new();
        for path in rust_files("src") {
            // This file words explanations (and its tests hold made-up ones).
            if path.ends_with("app/i18n.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            asked.extend(explained_ids(&text));
        }
        asked.sort();
        asked.dedup();
        // Enough to know the scan works: every layer explains something.
        assert!(
            asked.len() > 100,
            "found only {} ids: {asked:?}",
            asked.len()
        );
        for (tag, _, source) in LANGUAGES {
            let here = ids(source);
            let missing: Vec<_> = asked.iter().filter(|id| !here.contains(id)).collect();
            assert!(missing.is_empty(), "{tag}.ftl lacks {missing:?}");
        }
    }

    #[test]
    fn the_scan_finds_ids_in_blocks_and_in_new() {
        let text = r#"
            impl Explain for X {
                fn explain(&self) -> Explanation {
                    let at = |id| Explanation::new(id).text("path", "a-b/c");
                    match self { A => at("error-a"), B => Explanation::new("error-b") }
                }
            }
            fn other() -> &'static str { "not-this" }
            fn explain_io(e: &io::Error) -> Explanation {
                Explanation::new(match e.kind() { _ => "error-io-other" })
            }
            fn f() { let e = Explanation::new("add-locale-hint"); }
        "#;
        let mut found = explained_ids(text);
        found.sort();
        found.dedup();
        assert_eq!(
            found,
            ["add-locale-hint", "error-a", "error-b", "error-io-other"]
        );
    }

    /// One of each kind of thing the core explains, nested causes and lists included.
    fn samples() -> Vec<Box<dyn Explain>> {
        use crate::base::ids::{IdError, Locale};
        use crate::base::text::Position;
        use crate::fluent::document::EditError;
        use crate::fluent::message::DraftError;
        use crate::publish::export::{ExportRefusal, PageProblem};
        use crate::workspace::ProblemKind;
        use crate::workspace::disk_changes::ChangeError;
        use crate::workspace::statement::{StatementEditError, StatementProblem, VariableKind};
        use crate::workspace::storage::{Step, StorageError};
        let at = Position { line: 3, column: 7 };
        let locale = Locale::new("uk").unwrap();
        vec![
            Box::new(EditError::AlreadyExists("headline".into())),
            Box::new(EditError::Invalid {
                message: "expected \"=\"".into(),
                position: at,
            }),
            Box::new(DraftError::EmptyVariant { key: "few".into() }),
            Box::new(IdError::LocaleSpelling {
                given: "pt_br".into(),
                canonical: "pt-BR".into(),
            }),
            Box::new(StorageError::Write {
                path: "locales/uk/free.ftl".into(),
                what: Step::Replace,
                source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            }),
            Box::new(ChangeError::Statement {
                path: "statements/free.ron".into(),
                position: Some(at),
                problem: StatementProblem::VariableTwice("city".into()),
            }),
            Box::new(ProblemKind::MessageMissing {
                message: "headline".into(),
                path: "locales/uk/free.ftl".into(),
            }),
            Box::new(StatementEditError::WrongKind {
                name: "date".into(),
                kind: VariableKind::Date,
            }),
            Box::new(ExportRefusal::Broken {
                locale: locale.clone(),
                problems: vec![
                    PageProblem::Hides {
                        message: "headline".into(),
                        code: 0x202E,
                    },
                    PageProblem::Unreadable {
                        path: "locales/uk/free.ftl".into(),
                        why: None,
                        is_source: false,
                    },
                ],
            }),
        ]
    }

    #[test]
    fn what_the_core_explains_is_worded_whole_in_every_language() {
        let english = Strings::new("en");
        for (tag, _, _) in LANGUAGES {
            let strings = Strings::new(tag);
            for sample in samples() {
                let worded = strings.explain(sample.as_ref());
                let id = sample.explain().id;
                // An argument the sentence names but was not given shows as `{$name}`; an id
                // with no sentence shows as the id.
                assert!(!worded.contains('{'), "{tag} {id}: {worded}");
                assert!(!worded.contains(id), "{tag} {id}: {worded}");
                if *tag != "en" {
                    assert_ne!(worded, english.explain(sample.as_ref()), "{tag} {id}");
                }
            }
        }
        // The cause is worded inside the sentence, in the same language.
        let write = &samples()[4];
        assert_eq!(
            Strings::new("de").explain(write.as_ref()),
            "locales/uk/free.ftl kann nicht gespeichert werden: die Datei lässt sich nicht \
             ersetzen: Zugriff verweigert"
        );
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
