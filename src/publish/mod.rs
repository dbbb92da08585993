//! What leaves Chorus; it uses every layer but `app`.

/// Signed-off statements as plain text and self-contained HTML.
pub mod export;
/// A statement rendered in one language: its headline, sections, signatories and dateline.
pub mod preview;
