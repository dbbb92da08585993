//! What fills the window: one view at a time, each drawing itself and returning what the user asked for.

/// Adapting a statement: its variables, sections and signatories.
pub mod adapt;
/// A message's history, read from git.
pub mod history;
/// The grid of statements and languages, with their counts.
pub mod overview;
/// The rendered statement beside the editor.
pub mod preview;
/// Reviewing a language: verdicts on messages, and the sign-off.
pub mod review;
/// Translating a statement side by side with its reference.
pub mod translate;
