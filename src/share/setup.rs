//! Starting to share: a workspace not yet in git becomes a repository (with the team's remote, when
//! given), and a team's repository is cloned into a folder to open.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use super::git::{Git, GitError, failed};
use super::sync::SyncError;

/// Makes the workspace a git repository on branch `main`, with `remote` as `origin` when given.
/// Nothing is committed: the first Share does that.
pub fn init(workspace: &Path, remote: Option<&str>) -> Result<(), SyncError> {
    let git = Git::new(workspace);
    if git.succeeds(&["rev-parse", "--show-toplevel"])? {
        // Already in one: only the remote, if asked for and missing.
        let remotes = git.run(&["remote"])?;
        if let Some(url) = remote
            && remotes.trim().is_empty()
        {
            git.run(&["remote", "add", "origin", url])?;
        }
        return Ok(());
    }
    git.run(&["init", "--quiet", "-b", "main"])?;
    if let Some(url) = remote.map(str::trim).filter(|u| !u.is_empty()) {
        git.run(&["remote", "add", "origin", url])?;
    }
    Ok(())
}

/// Clones `url` into the folder `into` (which must not exist or be empty), git running with `env`
/// (the window's bridge for git's questions). `stop` is asked while git works; when it says yes,
/// git is ended and what it wrote is removed.
pub fn clone(
    url: &str,
    into: &Path,
    env: &[(String, String)],
    stop: &dyn Fn() -> bool,
) -> Result<(), SyncError> {
    let parent = into.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|err| GitError::Failed {
        command: "clone".into(),
        detail: format!("{}: {err}", parent.display()),
    })?;
    let program = std::env::var_os("CHORUS_GIT").unwrap_or_else(|| "git".into());
    let mut command = Command::new(program);
    command
        .args(["clone", "--quiet", url])
        .arg(into)
        .current_dir(parent)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = command.spawn().map_err(|err| match err.kind() {
        std::io::ErrorKind::NotFound => GitError::NotInstalled,
        _ => GitError::Failed {
            command: "clone".into(),
            detail: err.to_string(),
        },
    })?;
    loop {
        if let Some(_status) = child.try_wait().map_err(|err| GitError::Failed {
            command: "clone".into(),
            detail: err.to_string(),
        })? {
            break;
        }
        if stop() {
            let _ = child.kill();
            let _ = child.wait();
            let _ = std::fs::remove_dir_all(into);
            return Err(SyncError::Stopped);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().map_err(|err| GitError::Failed {
        command: "clone".into(),
        detail: err.to_string(),
    })?;
    if !output.status.success() {
        return Err(failed(&["clone"], &output).into());
    }
    Ok(())
}
