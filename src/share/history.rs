//! The history of one message: every commit that changed it, found by its id and not by its lines,
//! so a message reflowed over more lines or moved elsewhere in its file keeps its history.
//!
//! Two git processes whatever the length of the history: `git log --raw` lists the commits that
//! touched the file with the file's version before and after each, and one `git cat-file --batch`
//! reads those versions. Each version is read as a Fluent document once.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use serde::Serialize;

use super::git::{Git, GitError};
use crate::base::ids::Locale;
use crate::base::moment::Moment;
use crate::review::diff::{self, Granularity};

/// What a commit did to the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Edited,
    /// The same text, elsewhere in the file.
    Moved,
    Removed,
}

/// One commit that changed the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Version {
    pub commit: String,
    pub author: String,
    pub email: String,
    /// Seconds since 1970 (UTC), when the commit was made.
    pub time: u64,
    pub summary: String,
    pub change: Change,
    /// The message's Fluent text before and after the commit (`None` where it did not exist).
    pub before: Option<String>,
    pub after: Option<String>,
}

/// One commit of `git log`: who, when, what, and the file's versions before and after.
struct Logged {
    commit: String,
    author: String,
    email: String,
    time: u64,
    summary: String,
    old_blob: Option<String>,
    new_blob: Option<String>,
}

/// Every commit that changed message `id` of `file` (relative to the workspace), newest first.
pub fn history(workspace: &Path, file: &Path, id: &str) -> Result<Vec<Version>, GitError> {
    let git = Git::new(workspace);
    let path = format!("./{}", file.to_string_lossy().replace('\\', "/"));
    let log = git.run(&[
        "log",
        "--no-merges",
        "--no-renames",
        "--raw",
        "--no-abbrev",
        "--format=%x1e%H%x1f%an%x1f%ae%x1f%at%x1f%s",
        "--",
        &path,
    ])?;
    let logged = read_log(&log);
    let blobs: Vec<&str> = logged
        .iter()
        .flat_map(|l| [l.old_blob.as_deref(), l.new_blob.as_deref()])
        .flatten()
        .collect();
    let contents = read_blobs(&git, &blobs)?;
    // Each version read once, and only as far as this needs: the file's ids in order, and the
    // message's text.
    let versions: HashMap<&str, Scanned> = contents
        .iter()
        .map(|(blob, bytes)| {
            (
                blob.as_str(),
                Scanned::of(&String::from_utf8_lossy(bytes), id),
            )
        })
        .collect();
    let find = |blob: &Option<String>| blob.as_deref().and_then(|b| versions.get(b));
    let mut out = Vec::new();
    for l in logged {
        let (before, after) = (find(&l.old_blob), find(&l.new_blob));
        let Some(change) = changed(before, after, id) else {
            continue;
        };
        out.push(Version {
            commit: l.commit,
            author: l.author,
            email: l.email,
            time: l.time,
            summary: l.summary,
            change,
            before: before.and_then(|v| v.text.clone()),
            after: after.and_then(|v| v.text.clone()),
        });
    }
    Ok(out)
}

/// The history of several messages of `file`, newest first, each commit's messages together.
pub fn file_history(
    workspace: &Path,
    file: &Path,
    ids: &[String],
) -> Result<Vec<(String, Version)>, GitError> {
    let mut all = Vec::new();
    for id in ids {
        for version in history(workspace, file, id)? {
            all.push((id.clone(), version));
        }
    }
    all.sort_by(|a, b| b.1.time.cmp(&a.1.time).then(a.0.cmp(&b.0)));
    Ok(all)
}

/// For people: each change as a commit line (short hash, UTC time, author, summary) and the
/// message's word diff, as `git diff --word-diff` marks it.
pub fn to_text(file: &Path, changes: &[(String, Version)], locale: &Locale) -> String {
    let granularity = Granularity::for_locale(locale);
    let mut out = String::new();
    for (message, v) in changes {
        let when = Moment::from_timestamp(v.time);
        let short = &v.commit[..v.commit.len().min(10)];
        out.push_str(&format!(
            "{short} {when} {} <{}>: {}\n",
            v.author, v.email, v.summary
        ));
        let before = v.before.as_deref().unwrap_or("");
        let after = v.after.as_deref().unwrap_or("");
        let what = match v.change {
            Change::Added => "added",
            Change::Edited => "edited",
            Change::Moved => "moved",
            Change::Removed => "removed",
        };
        let runs = diff::diff(before, after, granularity);
        out.push_str(&format!(
            "    {message} {what}: {}\n",
            diff::to_plain(&runs)
        ));
    }
    if changes.is_empty() {
        out.push_str(&format!("no commit changed {}\n", file.display()));
    }
    out
}

/// For programs: `{"version":1,"file":…,"changes":[{"message":…,"commit":…,…}]}`.
pub fn to_json(file: &Path, changes: &[(String, Version)]) -> String {
    let entries: Vec<serde_json::Value> = changes
        .iter()
        .map(|(message, v)| {
            let mut value = serde_json::to_value(v).unwrap_or_default();
            value["message"] = message.clone().into();
            value
        })
        .collect();
    let file = file.to_string_lossy().replace('\\', "/");
    serde_json::json!({"version": 1, "file": file, "changes": entries}).to_string()
}

/// What the history needs of one version of the file: its ids in order, and the message's text.
struct Scanned {
    ids: Vec<String>,
    text: Option<String>,
}

impl Scanned {
    /// Reads the file's lines as Fluent lays entries out: an entry starts at the start of a line
    /// with its id (`demand =`, `-person =`) and goes on over the indented lines after it. This is
    /// all the history needs, and far cheaper than a whole parse of thousands of versions.
    fn of(text: &str, id: &str) -> Self {
        let mut ids = Vec::new();
        let mut entry: Option<Vec<&str>> = None;
        let mut found = None;
        for line in text.lines() {
            let starts_entry = entry_id(line);
            let continues = line.starts_with([' ', '\t']) || line.trim().is_empty();
            if (starts_entry.is_some() || !continues)
                && let Some(lines) = entry.take()
            {
                found = Some(lines.join("\n").trim_end().to_owned());
            }
            if let Some(name) = starts_entry {
                ids.push(name.to_owned());
                if name == id && found.is_none() {
                    entry = Some(vec![line]);
                }
            } else if let Some(lines) = &mut entry {
                lines.push(line);
            }
        }
        if let Some(lines) = entry {
            found = Some(lines.join("\n").trim_end().to_owned());
        }
        Self { ids, text: found }
    }
}

/// The id a line starts an entry with, if it does.
fn entry_id(line: &str) -> Option<&str> {
    let (name, _) = line.split_once('=')?;
    let name = name.trim_end();
    let bare = name.strip_prefix('-').unwrap_or(name);
    let valid = bare.starts_with(|c: char| c.is_ascii_alphabetic())
        && bare
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then_some(name)
}

/// What happened to message `id` between two versions of its file, if anything.
fn changed(before: Option<&Scanned>, after: Option<&Scanned>, id: &str) -> Option<Change> {
    let old = before.and_then(|v| v.text.as_ref());
    let new = after.and_then(|v| v.text.as_ref());
    match (old, new) {
        (None, None) => None,
        (None, Some(_)) => Some(Change::Added),
        (Some(_), None) => Some(Change::Removed),
        (Some(a), Some(b)) if a != b => Some(Change::Edited),
        _ => {
            let (before, after) = (before?, after?);
            // The same ids in the same order, as in most commits: nothing moved.
            let moved =
                before.ids != after.ids && rank(before, after, id) != rank(after, before, id);
            moved.then_some(Change::Moved)
        }
    }
}

/// Where message `id` stands among the messages `version` shares with `other`: an addition or a
/// removal elsewhere in the file does not move it, a move of it does.
fn rank(version: &Scanned, other: &Scanned, id: &str) -> Option<usize> {
    let theirs: std::collections::HashSet<&str> = other.ids.iter().map(String::as_str).collect();
    version
        .ids
        .iter()
        .filter(|i| theirs.contains(i.as_str()))
        .position(|i| i == id)
}

/// Reads `git log --raw` in the format above.
fn read_log(log: &str) -> Vec<Logged> {
    let mut out = Vec::new();
    for record in log.split('\u{1e}').filter(|r| !r.trim().is_empty()) {
        let mut lines = record.lines();
        let header: Vec<&str> = lines.next().unwrap_or("").split('\u{1f}').collect();
        let [commit, author, email, time, summary] = header[..] else {
            continue;
        };
        // `:100644 100644 <old> <new> M\tpath`; a missing side is all zeros.
        let raw = lines.find(|l| l.starts_with(':'));
        let blobs: Vec<&str> = raw
            .map(|r| r.split_whitespace().collect())
            .unwrap_or_default();
        let blob = |i: usize| {
            blobs
                .get(i)
                .filter(|b| !b.bytes().all(|c| c == b'0'))
                .map(|b| (*b).to_owned())
        };
        out.push(Logged {
            commit: commit.to_owned(),
            author: author.to_owned(),
            email: email.to_owned(),
            time: time.parse().unwrap_or(0),
            summary: summary.to_owned(),
            old_blob: blob(2),
            new_blob: blob(3),
        });
    }
    out
}

/// The contents of `blobs`, read by one `git cat-file --batch`.
fn read_blobs(git: &Git, blobs: &[&str]) -> Result<HashMap<String, Vec<u8>>, GitError> {
    let mut unique: Vec<&str> = blobs.to_vec();
    unique.sort_unstable();
    unique.dedup();
    let mut out = HashMap::new();
    if unique.is_empty() {
        return Ok(out);
    }
    let failed = |detail: String| GitError::Failed {
        command: "cat-file".into(),
        detail,
    };
    let program = std::env::var_os("CHORUS_GIT").unwrap_or_else(|| "git".into());
    let mut child = Command::new(program)
        .args(["cat-file", "--batch"])
        .current_dir(git.dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => GitError::NotInstalled,
            _ => failed(e.to_string()),
        })?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| failed("no input".into()))?;
    let asked: String = unique.iter().map(|b| format!("{b}\n")).collect();
    // Written on its own thread: git answers as it reads, and a full pipe would stop both.
    let writer = std::thread::spawn(move || stdin.write_all(asked.as_bytes()));
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| failed("no output".into()))?;
    let mut reader = BufReader::new(stdout);
    for blob in &unique {
        let mut header = String::new();
        reader
            .read_line(&mut header)
            .map_err(|e| failed(e.to_string()))?;
        // `<sha> blob <size>`, or `<sha> missing`.
        let size: Option<usize> = header
            .split_whitespace()
            .nth(2)
            .and_then(|s| s.parse().ok());
        let Some(size) = size else {
            continue;
        };
        let mut bytes = vec![0; size + 1];
        reader
            .read_exact(&mut bytes)
            .map_err(|e| failed(e.to_string()))?;
        bytes.pop();
        out.insert((*blob).to_owned(), bytes);
    }
    let _ = writer.join();
    let _ = child.wait();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_move_is_a_change_of_place_among_the_messages_both_versions_have() {
        let scan = |text: &str, id: &str| Scanned::of(text, id);
        let a = "x = 1\ny = 2\nz = 3\n";
        let b = "y = 2\nx = 1\nz = 3\n";
        assert_eq!(
            changed(Some(&scan(a, "x")), Some(&scan(b, "x")), "x"),
            Some(Change::Moved)
        );
        // A message added before it does not move it.
        let c = "w = 0\nx = 1\ny = 2\nz = 3\n";
        assert_eq!(changed(Some(&scan(a, "x")), Some(&scan(c, "x")), "x"), None);
        assert_eq!(
            changed(Some(&scan(a, "w")), Some(&scan(c, "w")), "w"),
            Some(Change::Added)
        );
        let d = "x = 1\n  + more\ny = 2\nz = 3\n";
        assert_eq!(
            changed(Some(&scan(a, "x")), Some(&scan(d, "x")), "x"),
            Some(Change::Edited)
        );
        assert_eq!(
            changed(Some(&scan(a, "x")), None, "x"),
            Some(Change::Removed)
        );
    }

    #[test]
    fn an_entry_is_its_id_line_and_the_indented_lines_after_it() {
        let text = "# comment\n-person = Boris\n    .gen = Бориса\n\ndemand =\n    Free\n    him\n\n## group\nnext = x\n";
        let demand = Scanned::of(text, "demand");
        assert_eq!(demand.ids, ["-person", "demand", "next"]);
        assert_eq!(demand.text.as_deref(), Some("demand =\n    Free\n    him"));
        let person = Scanned::of(text, "-person");
        assert_eq!(
            person.text.as_deref(),
            Some("-person = Boris\n    .gen = Бориса")
        );
        assert_eq!(Scanned::of(text, "absent").text, None);
    }
}
