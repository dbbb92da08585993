//! Where a workspace stands in its git repository, for the status bar: the branch, the commits
//! ahead of and behind its upstream (as of the last fetch), and the workspace's files not yet
//! shared. Local reads only: nothing here touches the network.

use std::path::Path;

use super::git::{Git, GitError};

/// The workspace's folders that Share commits.
pub const SHARED: [&str; 3] = ["statements", "locales", "reviews"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoStatus {
    /// The branch checked out; `None` when HEAD is detached.
    pub branch: Option<String>,
    /// What it follows (`origin/main`); `None` without one.
    pub upstream: Option<String>,
    /// Commits here that the upstream does not have.
    pub ahead: usize,
    /// Commits of the upstream not merged here, as of the last fetch.
    pub behind: usize,
    /// The workspace's files that differ from the upstream's (or, without one, from the last
    /// commit), saved or committed but not yet shared.
    pub unshared: usize,
}

/// Where the workspace stands; `None` when it is not in a git repository.
pub fn status(workspace: &Path) -> Result<Option<RepoStatus>, GitError> {
    let git = Git::new(workspace);
    if !git.succeeds(&["rev-parse", "--show-toplevel"])? {
        return Ok(None);
    }
    let first_line = |args: &[&str]| -> Result<Option<String>, GitError> {
        let out = git.output(args)?;
        let text = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        Ok((out.status.success() && !text.is_empty()).then_some(text))
    };
    let branch = first_line(&["symbolic-ref", "--short", "-q", "HEAD"])?;
    let upstream = first_line(&["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"])?;
    let (mut ahead, mut behind) = (0, 0);
    if upstream.is_some()
        && let Some(counts) = first_line(&["rev-list", "--left-right", "--count", "HEAD...@{u}"])?
    {
        let mut numbers = counts.split_whitespace().map(|n| n.parse().unwrap_or(0));
        ahead = numbers.next().unwrap_or(0);
        behind = numbers.next().unwrap_or(0);
    }
    let folders: Vec<&str> = SHARED
        .into_iter()
        .filter(|f| workspace.join(f).exists())
        .collect();
    let mut files = std::collections::BTreeSet::new();
    let against = match &upstream {
        Some(_) => Some("@{u}"),
        None => first_line(&["rev-parse", "--verify", "-q", "HEAD"])?.map(|_| "HEAD"),
    };
    if let Some(against) = against {
        let mut diff = vec!["diff", "--name-only", "-z", against, "--"];
        diff.extend(&folders);
        files.extend(names(&git.run(&diff)?));
    }
    let mut untracked = vec!["ls-files", "-z", "--others", "--exclude-standard", "--"];
    untracked.extend(&folders);
    files.extend(names(&git.run(&untracked)?));
    Ok(Some(RepoStatus {
        branch,
        upstream,
        ahead,
        behind,
        unshared: files.len(),
    }))
}

fn names(text: &str) -> Vec<String> {
    text.split('\0')
        .filter(|n| !n.is_empty() && !n.contains(".chorus-save-"))
        .map(str::to_owned)
        .collect()
}
