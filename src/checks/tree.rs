//! Checking a Fluent project laid out one folder per locale (`en/`, `de/`, …), the way product
//! repositories are: each target folder's files against the reference folder's, matched by relative
//! path, the locale taken from the target folder's name.
//!
//! When the reference folder's parent holds compare-locales' `l10n.toml`, its `[[paths]]` entries that
//! name `locales` are honoured: a file only some locales translate is neither missing nor checked for
//! the others.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{Analyzed, Code, Context, Finding, Findings, Place, check_file, file_finding};
use crate::base::ids::Locale;
use crate::base::text::decode;
use crate::fluent::document::Document;

/// Why a folder check could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum TreeError {
    #[error("{}: not a folder", .0.display())]
    NotAFolder(PathBuf),
    #[error("{}: cannot list it: {source}", path.display())]
    List {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: the folder name \"{name}\" is not a locale (BCP 47 tag such as de or pt-BR)", path.display())]
    NotALocale { path: PathBuf, name: String },
    #[error("{}: {message}", path.display())]
    Config { path: PathBuf, message: String },
    #[error("{}: {source}", path.display())]
    Reference { path: PathBuf, source: ReadError },
}

/// Why a Fluent file of the folders could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("not UTF-8 at line {line}, column {column}")]
    NotUtf8 { line: usize, column: usize },
}

/// Checks each target folder against the reference folder.
pub fn check_folders(reference: &Path, targets: &[PathBuf]) -> Result<Findings, TreeError> {
    let reference_locale = locale_of(reference)?;
    let config = Config::beside(reference)?;
    let reference_files = fluent_files(reference)?;
    // The reference is read once. A reference file that cannot be read stops the check: nothing
    // could be compared with it.
    let mut analyzed: BTreeMap<String, Analyzed> = BTreeMap::new();
    for name in &reference_files {
        let path = reference.join(name);
        let doc = read(&path).map_err(|source| TreeError::Reference {
            path: path.clone(),
            source,
        })?;
        analyzed.insert(name.clone(), Analyzed::of(&doc));
    }
    let mut jobs = Vec::new();
    for target in targets {
        let locale = locale_of(target)?;
        let files = fluent_files(target)?;
        jobs.push((target.clone(), locale, files));
    }
    // Locales are independent: check them on every core.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<(usize, Vec<Finding>)> = Vec::new();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads.min(jobs.len()).max(1))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some((dir, locale, files)) = jobs.get(i) else {
                            break;
                        };
                        let found = check_locale(
                            &reference_locale,
                            &analyzed,
                            config.as_ref(),
                            dir,
                            locale,
                            files,
                        );
                        done.push((i, found));
                    }
                    done
                })
            })
            .collect();
        for h in handles {
            if let Ok(done) = h.join() {
                results.extend(done);
            }
        }
    });
    results.sort_by_key(|(i, _)| *i);
    Ok(Findings {
        findings: results.into_iter().flat_map(|(_, f)| f).collect(),
        locales: jobs.iter().map(|(_, l, _)| l.to_string()).collect(),
    })
}

fn check_locale(
    reference_locale: &Locale,
    reference: &BTreeMap<String, Analyzed>,
    config: Option<&Config>,
    dir: &Path,
    locale: &Locale,
    files: &[String],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let wanted = |name: &str| config.is_none_or(|c| c.wants(name, locale.as_str()));
    // Read every file first: terms are defined in one file and used in the others.
    let mut docs: BTreeMap<&str, (Document, Analyzed)> = BTreeMap::new();
    for name in files {
        let at = Place {
            locale: locale.as_str(),
            file: name,
        };
        if !reference.contains_key(name) {
            out.push(file_finding(Code::ObsoleteFile, at));
            continue;
        }
        if !wanted(name) {
            continue;
        }
        match read(&dir.join(name)) {
            Ok(doc) => {
                let facts = Analyzed::of(&doc);
                docs.insert(name, (doc, facts));
            }
            Err(why) => {
                let message = why.to_string();
                let mut f = file_finding(Code::SyntaxError, at);
                f.message = message.clone();
                f.args = vec![("detail", message)];
                out.push(f);
            }
        }
    }
    let mut context = Context::new(reference_locale, locale);
    for (_, facts) in docs.values() {
        context.learn_terms(facts);
    }
    for facts in reference.values() {
        context.learn_reference_terms(facts);
    }
    for (name, ref_facts) in reference {
        if !wanted(name) {
            continue;
        }
        let at = Place {
            locale: locale.as_str(),
            file: name,
        };
        match docs.get(name.as_str()) {
            None if files.contains(name) => {} // could not be read: reported above
            None => out.push(file_finding(Code::MissingFile, at)),
            Some((doc, facts)) => {
                let mut cx = context.clone();
                cx.learn_ratio(ref_facts, facts);
                out.extend(check_file(ref_facts, doc, facts, &cx, at));
            }
        }
    }
    // Grouped by file, like the text output.
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// A folder's name as a locale.
fn locale_of(dir: &Path) -> Result<Locale, TreeError> {
    if !dir.is_dir() {
        return Err(TreeError::NotAFolder(dir.to_owned()));
    }
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
    let name = canonical
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Locale::new(name.as_str()).map_err(|_| TreeError::NotALocale {
        path: dir.to_owned(),
        name,
    })
}

/// The `.ftl` files under a folder, as relative paths with `/`, sorted.
fn fluent_files(dir: &Path) -> Result<Vec<String>, TreeError> {
    let mut found = Vec::new();
    let mut stack = vec![PathBuf::new()];
    let mut visited = std::collections::HashSet::new();
    while let Some(relative) = stack.pop() {
        let path = dir.join(&relative);
        // A symbolic link back up the tree is followed once, not forever.
        if let Ok(real) = std::fs::canonicalize(&path)
            && !visited.insert(real)
        {
            continue;
        }
        let listing = std::fs::read_dir(&path).map_err(|source| TreeError::List {
            path: path.clone(),
            source,
        })?;
        for entry in listing.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let child = relative.join(&name);
            if entry.path().is_dir() {
                stack.push(child);
            } else if name.ends_with(".ftl") {
                found.push(child.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found.sort();
    Ok(found)
}

fn read(path: &Path) -> Result<Document, ReadError> {
    // No digest: nothing is written back.
    let bytes = std::fs::read(path)?;
    decode(&bytes)
        .map(Document::parse)
        .map_err(|e| ReadError::NotUtf8 {
            line: e.position.line,
            column: e.position.column,
        })
}

/// compare-locales' project file, as far as a check of folders needs it.
struct Config {
    /// The reference folder, relative to the configuration's base path, with `/`.
    reference_dir: String,
    paths: Vec<PathRule>,
}

struct PathRule {
    /// The reference pattern relative to the base path (`en/bundle.ftl`, `en/**/*.ftl`).
    reference: String,
    locales: Option<Vec<String>>,
}

#[derive(serde::Deserialize)]
struct RawConfig {
    basepath: Option<String>,
    #[serde(default)]
    paths: Vec<RawPath>,
}

#[derive(serde::Deserialize)]
struct RawPath {
    reference: String,
    locales: Option<Vec<String>>,
}

impl Config {
    /// Reads `l10n.toml` from the reference folder's parent, if there is one.
    fn beside(reference: &Path) -> Result<Option<Config>, TreeError> {
        let reference = std::fs::canonicalize(reference).unwrap_or_else(|_| reference.to_owned());
        let Some(parent) = reference.parent() else {
            return Ok(None);
        };
        let path = parent.join("l10n.toml");
        if !path.is_file() {
            return Ok(None);
        }
        let fail = |message: String| TreeError::Config {
            path: path.clone(),
            message,
        };
        let text = std::fs::read_to_string(&path).map_err(|e| fail(e.to_string()))?;
        let raw: RawConfig = toml::from_str(&text).map_err(|e| {
            // toml's own message quotes the whole line, which a hostile file makes megabytes long.
            let at = e
                .span()
                .map(|s| crate::base::text::Position::at(&text, s.start));
            let place = at.map(|p| format!("line {}, column {}: ", p.line, p.column));
            fail(format!(
                "{}{}",
                place.unwrap_or_default(),
                e.message().trim()
            ))
        })?;
        let base = parent.join(raw.basepath.as_deref().unwrap_or("."));
        let base = std::fs::canonicalize(&base).unwrap_or(base);
        let reference_dir = reference
            .strip_prefix(&base)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        Ok(Some(Config {
            reference_dir,
            paths: raw
                .paths
                .into_iter()
                .map(|p| PathRule {
                    reference: p.reference,
                    locales: p.locales,
                })
                .collect(),
        }))
    }

    /// Whether `locale` translates the reference file `name` (relative to the reference folder). A
    /// file no rule matches is checked.
    fn wants(&self, name: &str, locale: &str) -> bool {
        let full = if self.reference_dir.is_empty() {
            name.to_owned()
        } else {
            format!("{}/{name}", self.reference_dir)
        };
        match self.paths.iter().find(|p| glob_match(&p.reference, &full)) {
            Some(PathRule {
                locales: Some(list),
                ..
            }) => list.iter().any(|l| l == locale),
            _ => true,
        }
    }
}

/// Matches compare-locales path patterns: `*` within one folder, `**` across folders. Without
/// recursion, and in time proportional to the pattern's length times the path's, however many stars a
/// hostile `l10n.toml` holds.
fn glob_match(pattern: &str, path: &str) -> bool {
    fn parts(p: &str) -> Vec<&str> {
        p.split('/')
            .filter(|s| !s.is_empty() && *s != ".")
            .collect()
    }
    let pattern = parts(pattern);
    let path = parts(path);
    wildcard(
        &pattern,
        &path,
        |p| *p == "**",
        |p, s| segment(p.as_bytes(), s.as_bytes()),
    )
}

/// Whether `items` match `pattern`, where an element for which `is_star` holds matches any run of
/// items (none included) and any other must `matches` one item. The classic greedy walk that goes
/// back only to the last star: a later star makes any earlier choice final.
fn wildcard<P, S>(
    pattern: &[P],
    items: &[S],
    is_star: impl Fn(&P) -> bool,
    matches: impl Fn(&P, &S) -> bool,
) -> bool {
    let (mut p, mut s) = (0, 0);
    // After the last star seen: where the pattern goes on, and the item it was tried against.
    let mut back: Option<(usize, usize)> = None;
    while s < items.len() {
        if p < pattern.len() && is_star(&pattern[p]) {
            back = Some((p + 1, s));
            p += 1;
        } else if p < pattern.len() && matches(&pattern[p], &items[s]) {
            p += 1;
            s += 1;
        } else if let Some((after_star, tried)) = back {
            // Let the star take one more item, and try again after it.
            p = after_star;
            s = tried + 1;
            back = Some((after_star, tried + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(is_star)
}

fn segment(pattern: &[u8], name: &[u8]) -> bool {
    wildcard(pattern, name, |c| *c == b'*', |c, n| c == n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("en/bundle.ftl", "en/bundle.ftl"));
        assert!(glob_match("./en/bundle.ftl", "en/bundle.ftl"));
        assert!(!glob_match("en/bundle.ftl", "en/banner.ftl"));
        assert!(glob_match("en/*.ftl", "en/banner.ftl"));
        assert!(glob_match("en/**/*.ftl", "en/a/b/c.ftl"));
        assert!(glob_match("en/**/*.ftl", "en/c.ftl"));
        assert!(!glob_match("en/*.ftl", "en/a/c.ftl"));
        assert!(glob_match("en/**/b/**/*.ftl", "en/a/b/c/b/d.ftl"));
        assert!(!glob_match("en/**/b/*.ftl", "en/a/c/d.ftl"));
        assert!(glob_match("en/*a*b*.ftl", "en/xaybz.ftl"));
        assert!(!glob_match("en/*a*b*.ftl", "en/xbya.ftl"));
        assert!(glob_match("**", "a/b"));
    }

    #[test]
    fn a_hostile_pattern_takes_no_time_and_no_stack() {
        // Recursive matching tried every way of splitting the name among the stars: 2^30 here.
        let stars = format!("en/{}b.ftl", "a*".repeat(30));
        assert!(!glob_match(&stars, &format!("en/{}.ftl", "a".repeat(60))));
        let long = format!("en/{}", "x".repeat(1_000_000));
        assert!(glob_match(&long, &long));
    }
}
