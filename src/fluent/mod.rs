//! Fluent files, kept byte for byte; it uses `base` and `locale`.

/// Lossless documents: their entries, and edits that touch one entry's bytes.
pub mod document;
/// Turning a translator's draft of a message into edits of its document.
pub mod draft;
/// A message as a translator sees it: one field per value, attribute and variant.
pub mod message;
/// The one door to the Fluent parser, which refuses nesting no real message reaches.
pub mod syntax;
