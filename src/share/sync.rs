//! Share: commit the workspace's saved changes, fetch, merge the upstream message by message, push.
//!
//! A merge git cannot finish (the same message changed differently on both sides) is aborted: the
//! workspace is as it was before, our commit is kept, and each conflicting message is named. A push
//! refused because someone pushed first is retried after fetching and merging again. Without a
//! remote, or when it cannot be reached, the commit stays local and the report says so.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::git::{Git, GitError, failed};
use super::merge::{Kind, MergeFailure, merge_bytes};
use crate::base::explain::{Explain, Explanation};

/// What stands for a conflict of a whole file (one not merged by message, or deleted on one side).
pub const WHOLE_FILE: &str = "(whole file)";

/// How many times a push refused because the remote moved is tried again.
const PUSH_ATTEMPTS: usize = 3;

/// What `.gitattributes` in the workspace says, so that git merges with Chorus.
const ATTRIBUTES: [&str; 3] = [
    "*.ftl merge=chorus",
    "reviews/**/*.ron merge=chorus",
    "statements/*.ron merge=chorus",
];

/// What Share needs besides the workspace.
#[derive(Debug, Clone, Default)]
pub struct SyncOptions {
    /// The commit's author (name, email); git's own configuration when `None`.
    pub author: Option<(String, String)>,
    /// The commit message; written from what changed when `None`.
    pub message: Option<String>,
    /// The `chorus` program git runs as the merge driver.
    pub program: PathBuf,
    /// More environment for every git command (the window's bridge for git's questions).
    pub env: Vec<(String, String)>,
}

/// One message (or record, or field) both sides changed differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// The file, relative to the repository.
    pub file: String,
    pub id: String,
    /// A message's text as both sides started from it, ours and theirs (`None` where it did not
    /// exist), for the window to show; `None` for a conflict that is not one message's.
    #[serde(skip)]
    pub sides: Option<Sides>,
}

/// The three versions of one conflicting message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sides {
    pub base: Option<String>,
    pub mine: Option<String>,
    pub theirs: Option<String>,
}

/// What Share did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    pub version: u32,
    /// The summary line of the commit made, if there was anything to commit.
    pub committed: Option<String>,
    /// How many commits of others were merged in.
    pub pulled: usize,
    pub pushed: bool,
    /// What could not be merged: the merge was aborted and nothing was pushed.
    pub conflicts: Vec<Conflict>,
    /// Why nothing was sent, when there is no remote or it cannot be reached.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_shared: Option<String>,
}

/// Why Share could not run (the workspace is left as it was).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Git(#[from] GitError),
    #[error(
        "{} is not in a git repository yet: clone the team's repository, or run git init there",
        .0.display()
    )]
    NotARepository(PathBuf),
    #[error("HEAD is detached (no branch is checked out): check out a branch first")]
    Detached,
    #[error("a {0} is in progress in this repository: finish it or abort it first")]
    Busy(&'static str),
    #[error("the remote refused the push: {0}")]
    PushRefused(String),
    #[error("stopped; the workspace is as it was before the merge")]
    Stopped,
    #[error("{} is not the chorus program, so git could not merge with it", .0.display())]
    NotChorus(PathBuf),
}

impl Explain for SyncError {
    fn explain(&self) -> Explanation {
        match self {
            Self::Git(err) => err.explain(),
            Self::NotARepository(dir) => {
                Explanation::new("error-sync-no-repository").text("dir", dir.display())
            }
            Self::Detached => Explanation::new("error-sync-detached"),
            Self::Busy(what) => Explanation::new("error-sync-busy").text("what", what),
            Self::PushRefused(detail) => {
                Explanation::new("error-sync-push-refused").text("detail", detail)
            }
            Self::Stopped => Explanation::new("error-sync-stopped"),
            Self::NotChorus(path) => {
                Explanation::new("error-sync-not-chorus").text("path", path.display())
            }
        }
    }
}

/// The repository a workspace is in: its top folder and the branch checked out.
pub(super) struct Repository {
    pub(super) git: Git,
    branch: String,
}

impl Repository {
    fn open(workspace: &Path) -> Result<Self, SyncError> {
        let git = Git::new(workspace);
        if !git.succeeds(&["rev-parse", "--show-toplevel"])? {
            return Err(SyncError::NotARepository(workspace.to_owned()));
        }
        for (file, what) in [
            ("MERGE_HEAD", "merge"),
            ("rebase-merge", "rebase"),
            ("rebase-apply", "rebase"),
            ("CHERRY_PICK_HEAD", "cherry-pick"),
        ] {
            let path = git.run(&["rev-parse", "--git-path", file])?;
            if workspace.join(path.trim()).exists() {
                return Err(SyncError::Busy(what));
            }
        }
        let branch = git
            .output(&["symbolic-ref", "--short", "-q", "HEAD"])?
            .stdout;
        let branch = String::from_utf8_lossy(&branch).trim().to_owned();
        if branch.is_empty() {
            return Err(SyncError::Detached);
        }
        Ok(Self { git, branch })
    }

    /// The remote and its branch this one follows: its upstream, else the same branch on the only
    /// remote (or `origin`); `None` without a remote.
    pub(super) fn upstream(&self) -> Result<Option<(String, String)>, SyncError> {
        let upstream =
            self.git
                .output(&["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"])?;
        if upstream.status.success() {
            let name = String::from_utf8_lossy(&upstream.stdout).trim().to_owned();
            let remote = self
                .git
                .run(&["config", &format!("branch.{}.remote", self.branch)])?;
            let remote = remote.trim().to_owned();
            let branch = name
                .strip_prefix(&format!("{remote}/"))
                .unwrap_or(&self.branch)
                .to_owned();
            return Ok(Some((remote, branch)));
        }
        let remotes = self.git.run(&["remote"])?;
        let remotes: Vec<&str> = remotes.lines().collect();
        let remote = match remotes.as_slice() {
            [] => return Ok(None),
            [only] => *only,
            many => many
                .iter()
                .copied()
                .find(|r| *r == "origin")
                .unwrap_or(many[0]),
        };
        Ok(Some((remote.to_owned(), self.branch.clone())))
    }
}

/// Makes git merge the workspace's files with Chorus (`chorus sync --setup`): `.gitattributes` in
/// the workspace names the files, `.git/config` the driver. Whether anything changed.
pub fn set_up(workspace: &Path, program: &Path) -> Result<bool, SyncError> {
    set_up_in(&Repository::open(workspace)?, workspace, program)
}

/// [`set_up`] in a repository already opened.
fn set_up_in(repository: &Repository, workspace: &Path, program: &Path) -> Result<bool, SyncError> {
    // Git trusts the driver's exit status: another program there would "merge" by keeping ours.
    let version = std::process::Command::new(program)
        .arg("--version")
        .stdin(std::process::Stdio::null())
        .output();
    if !version.is_ok_and(|v| v.status.success() && v.stdout.starts_with(b"chorus ")) {
        return Err(SyncError::NotChorus(program.to_owned()));
    }
    let git = &repository.git;
    let mut changed = false;
    let path = workspace.join(".gitattributes");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let missing: Vec<&str> = ATTRIBUTES
        .iter()
        .copied()
        .filter(|line| !text.lines().any(|l| l.trim() == *line))
        .collect();
    if !missing.is_empty() {
        let mut text = text;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str("# Chorus merges these message by message (chorus sync --setup).\n");
        for line in missing {
            text.push_str(line);
            text.push('\n');
        }
        crate::workspace::storage::write_atomically(&path, text.as_bytes()).map_err(|err| {
            GitError::Failed {
                command: "setup".into(),
                detail: err.to_string(),
            }
        })?;
        changed = true;
    }
    let quoted = format!("'{}'", program.display().to_string().replace('\'', r"'\''"));
    let driver = format!("{quoted} merge-driver %O %A %B %P");
    for (key, value) in [
        ("merge.chorus.name", "Chorus: message by message"),
        ("merge.chorus.driver", driver.as_str()),
    ] {
        let now = git.output(&["config", "--local", key])?;
        if String::from_utf8_lossy(&now.stdout).trim() != value {
            git.run(&["config", "--local", key, value])?;
            changed = true;
        }
    }
    Ok(changed)
}

/// The repository, checked and set up for merging with Chorus, its git running with the options'
/// environment and author.
pub(super) fn prepare(workspace: &Path, options: &SyncOptions) -> Result<Repository, SyncError> {
    let mut repository = Repository::open(workspace)?;
    set_up_in(&repository, workspace, &options.program)?;
    for (key, value) in &options.env {
        repository.git = repository.git.clone().with_env(key, value);
    }
    if let Some((name, email)) = &options.author {
        let git = repository.git.clone();
        repository.git = git
            .with_env("GIT_AUTHOR_NAME", name)
            .with_env("GIT_AUTHOR_EMAIL", email)
            .with_env("GIT_COMMITTER_NAME", name)
            .with_env("GIT_COMMITTER_EMAIL", email);
    }
    Ok(repository)
}

/// Shares the workspace: commit, fetch, merge, push. `stop` is asked between steps; a merge under
/// way when it says yes is aborted.
pub fn sync(
    workspace: &Path,
    options: &SyncOptions,
    stop: &dyn Fn() -> bool,
) -> Result<SyncReport, SyncError> {
    let repository = prepare(workspace, options)?;
    let mut report = SyncReport {
        version: 1,
        committed: commit(workspace, &repository.git, options.message.as_deref())?,
        ..SyncReport::default()
    };
    let Some((remote, branch)) = repository.upstream()? else {
        report.not_shared = Some("this repository has no remote to share with".to_owned());
        return Ok(report);
    };
    for _ in 0..PUSH_ATTEMPTS {
        if stop() {
            return Err(SyncError::Stopped);
        }
        let fetched = repository.git.output(&["fetch", "--quiet", &remote])?;
        if !fetched.status.success() {
            report.not_shared = Some(failed(&["fetch"], &fetched).to_string());
            return Ok(report);
        }
        let theirs = format!("refs/remotes/{remote}/{branch}");
        match bring_in(&repository.git, &theirs, stop)? {
            Ok(pulled) => report.pulled += pulled,
            Err(conflicts) => {
                report.conflicts = conflicts;
                return Ok(report);
            }
        }
        let target = format!("HEAD:refs/heads/{branch}");
        let pushed =
            repository
                .git
                .output(&["push", "--quiet", "--set-upstream", &remote, &target])?;
        if pushed.status.success() {
            report.pushed = true;
            return Ok(report);
        }
        let said = String::from_utf8_lossy(&pushed.stderr).into_owned();
        // Refused as out of date (someone pushed first, perhaps during ours): fetch and merge again.
        let moved = [
            "fetch first",
            "non-fast-forward",
            "[rejected]",
            "but expected",
        ];
        if !moved.iter().any(|m| said.contains(m)) || said.contains("protected") {
            return Err(SyncError::PushRefused(
                failed(&["push"], &pushed).to_string(),
            ));
        }
    }
    Err(SyncError::PushRefused(format!(
        "the remote kept moving; tried {PUSH_ATTEMPTS} times"
    )))
}

/// Merges what the remote branch `theirs` has and HEAD has not: how many commits came in, or
/// what conflicts (the merge then aborted).
fn bring_in(
    git: &Git,
    theirs: &str,
    stop: &dyn Fn() -> bool,
) -> Result<Result<usize, Vec<Conflict>>, SyncError> {
    if !git.succeeds(&["rev-parse", "--verify", "-q", theirs])? {
        // The remote does not have the branch yet: the push makes it.
        return Ok(Ok(0));
    }
    let behind = git.run(&["rev-list", "--count", &format!("HEAD..{theirs}")])?;
    let behind: usize = behind.trim().parse().unwrap_or(0);
    if behind == 0 {
        return Ok(Ok(0));
    }
    let conflicts = merge_in(git, theirs, stop)?;
    if !conflicts.is_empty() {
        return Ok(Err(conflicts));
    }
    if stop() {
        // Back to before the merge; what is not committed stays as it is.
        git.run(&["reset", "--merge", "ORIG_HEAD"])?;
        return Err(SyncError::Stopped);
    }
    Ok(Ok(behind))
}

/// Merges `theirs` into HEAD. On a conflict the merge is aborted and what conflicts is named.
fn merge_in(git: &Git, theirs: &str, stop: &dyn Fn() -> bool) -> Result<Vec<Conflict>, SyncError> {
    let merged = git.output(&["merge", "--no-edit", "--no-ff", theirs])?;
    if merged.status.success() {
        return Ok(Vec::new());
    }
    let files = git.run(&["diff", "--name-only", "--diff-filter=U", "-z"])?;
    let mut conflicts = Vec::new();
    for file in files.split('\0').filter(|f| !f.is_empty()) {
        conflicts.extend(conflicts_in(git, file)?);
    }
    git.run(&["merge", "--abort"])?;
    if stop() {
        return Err(SyncError::Stopped);
    }
    if conflicts.is_empty() {
        // Not a file git merged with us: say what git said.
        return Err(failed(&["merge"], &merged).into());
    }
    Ok(conflicts)
}

/// The messages (records, fields) of a conflicted file both sides changed differently.
pub(super) fn conflicts_in(git: &Git, file: &str) -> Result<Vec<Conflict>, SyncError> {
    // Paths from `git diff` are relative to the repository's top, which `:N:./path` is not.
    let top = git.run(&["rev-parse", "--show-toplevel"])?;
    let at_top = Git::new(Path::new(top.trim()));
    let stage = |n: u8| at_top.show(&format!(":{n}:{file}"));
    let whole = || {
        vec![Conflict {
            file: file.to_owned(),
            id: WHOLE_FILE.to_owned(),
            sides: None,
        }]
    };
    let Some(kind) = Kind::of(file) else {
        return Ok(whole());
    };
    let (Some(ours), Some(theirs)) = (stage(2)?, stage(3)?) else {
        // Deleted on one side and changed on the other.
        return Ok(whole());
    };
    let base = stage(1)?.unwrap_or_default();
    let entry = |bytes: &[u8], id: &str| {
        let doc = crate::fluent::document::Document::parse(&String::from_utf8_lossy(bytes));
        doc.entry(id)
            .map(|e| doc.entry_text(e).trim_end().to_owned())
    };
    Ok(match merge_bytes(kind, &base, &ours, &theirs) {
        Err(MergeFailure::Conflicts(ids)) => ids
            .into_iter()
            .map(|id| Conflict {
                file: file.to_owned(),
                sides: (kind == Kind::Fluent && id != super::merge::COMMENTS).then(|| Sides {
                    base: entry(&base, &id),
                    mine: entry(&ours, &id),
                    theirs: entry(&theirs, &id),
                }),
                id,
            })
            .collect(),
        Err(MergeFailure::Unreadable { .. }) | Ok(_) => whole(),
    })
}

/// Commits every changed file of the workspace (statements, locales, reviews, `.gitattributes`);
/// the commit's summary line, or `None` when nothing changed.
fn commit(workspace: &Path, git: &Git, message: Option<&str>) -> Result<Option<String>, SyncError> {
    let folders: Vec<&str> = ["statements", "locales", "reviews", ".gitattributes"]
        .into_iter()
        .filter(|f| workspace.join(f).exists())
        .collect();
    let mut add = vec!["add", "-A", "--"];
    add.extend(&folders);
    add.push(":(exclude,glob)**/.chorus-save-*");
    git.run(&add)?;
    let staged = git.run(&["diff", "--cached", "--name-status", "--relative", "-z"])?;
    let changes = super::summary::changes(&staged);
    if changes.is_empty() {
        return Ok(None);
    }
    let message = match message {
        Some(m) if !m.trim().is_empty() => m.trim().to_owned(),
        _ => super::summary::message(workspace, git, &changes),
    };
    git.run(&["commit", "--quiet", "-m", &message])?;
    Ok(message.lines().next().map(str::to_owned))
}

impl SyncReport {
    /// For people: one line per thing done, then why something was not.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        if let Some(summary) = &self.committed {
            out.push_str(&format!("committed: {summary}\n"));
        }
        if self.pulled > 0 {
            let commits = if self.pulled == 1 {
                "commit"
            } else {
                "commits"
            };
            out.push_str(&format!(
                "merged {} {commits} from the remote\n",
                self.pulled
            ));
        }
        if self.pushed {
            out.push_str("shared: the remote has everything committed here\n");
        }
        for c in &self.conflicts {
            out.push_str(&format!(
                "{}: {}: changed differently here and on the remote\n",
                c.file, c.id
            ));
        }
        if !self.conflicts.is_empty() {
            out.push_str("nothing was merged or sent: the workspace is as before; settle these in the window\n");
        }
        if let Some(why) = &self.not_shared {
            out.push_str(&format!(
                "not shared yet ({why}); the commit is kept here\n"
            ));
        }
        out
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
