//! Starting to share: a workspace not yet in git becomes a repository (with the team's remote, when
//! given), and a team's repository is cloned into a folder to open.

use std::path::Path;
use std::time::Duration;

use super::git::{Git, failed};
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
    let args = ["clone", "--quiet", url, &*into.to_string_lossy()].map(str::to_owned);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let io = |err: std::io::Error| -> SyncError { super::git::not_run(&args, &err).into() };
    std::fs::create_dir_all(parent).map_err(|err| super::git::GitError::Failed {
        command: "clone".into(),
        detail: format!("{}: {err}", parent.display()),
    })?;
    let mut git = Git::new(parent);
    for (key, value) in env {
        git = git.with_env(key, value);
    }
    // Quiet: nothing fills the pipes while git runs and is waited for.
    let mut child = git.command(&args).spawn().map_err(io)?;
    while child.try_wait().map_err(io)?.is_none() {
        if stop() {
            let _ = child.kill();
            let _ = child.wait();
            let _ = std::fs::remove_dir_all(into);
            return Err(SyncError::Stopped);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().map_err(io)?;
    if !output.status.success() {
        return Err(failed(&args, &output).into());
    }
    Ok(())
}
