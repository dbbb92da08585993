//! Sharing a workspace through git: one action commits what was saved, brings in everyone else's
//! work and sends ours, with `.ftl` files, review files and statements merged message by message,
//! record by record and field by field instead of line by line.
//!
//! Network work runs the `git` command ([`git`]), which brings the user's own credentials, SSH
//! configuration and agent; it never prompts on a terminal. The merge ([`merge`]) is also what git
//! runs as the `chorus` merge driver, so a plain `git pull` merges the same way.

/// Git's questions for a password or token, asked in the window.
pub mod askpass;
/// Running the `git` command, non-interactively.
pub mod git;
/// The history of one message, by its id.
pub mod history;
/// Three-way merges of the workspace's files, by message, record and field.
pub mod merge;
/// Completing a Share whose conflicts the user settled.
pub mod resolve;
/// A workspace made a repository, and a team's repository cloned.
pub mod setup;
/// Where the workspace stands in its repository, for the status bar.
pub mod status;
/// The commit message written from what changed.
pub mod summary;
/// Commit, fetch, merge and push in one action.
pub mod sync;
