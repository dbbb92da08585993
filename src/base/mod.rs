//! What every other layer stands on; it uses nothing else of Chorus.

/// Messages for the user as a sentence id and named values, for any language to word.
pub mod explain;
/// Statement ids and locale tags, checked when made.
pub mod ids;
/// Moments as review files record them (UTC), and the calendar arithmetic behind them.
pub mod moment;
/// How far long work has got, and asking it to stop.
pub mod progress;
/// Workspace text made safe to print: control characters and reordering escaped.
pub mod terminal;
/// Positions (line and column), decoding, line endings and finding lines and ids quickly.
pub mod text;
