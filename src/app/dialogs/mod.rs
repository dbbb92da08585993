//! Windows over the view that ask something and go away.

/// Settling what a Share could not merge.
pub mod conflicts;
/// Export of signed-off languages to text and HTML.
pub mod export;
/// Opening a workspace folder.
pub mod open;
/// A file changed on disk by another program: reload, keep mine or merge.
pub mod outside;
