//! Reviews and sign-offs: which translations a reviewer approved, against which reference text, and
//! whether a locale's sign-off still covers what the statement says.
//!
//! Records live beside the statement, one file per statement and locale:
//! `reviews/<statement>/<locale>.ron`. For each message it keeps the reference and the translation as
//! they were when reviewed, who reviewed them and when, and the reference the translation was last
//! written against in Chorus. The sign-off keeps a SHA-256 digest of everything it covers (see
//! [`Covered`]); when anything covered changes, by Chorus or by another program, the digest no longer
//! matches and the sign-off has lapsed. Messages are kept in id order, one field per line, so that
//! reviewing one message changes one small hunk of the file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::checks;
use crate::document::Document;
use crate::ids::{Id, Locale};
use crate::statement::{Date, Signatory, Value};
use crate::text::Position;
use crate::workspace::Workspace;

pub const REVIEWS_DIR: &str = "reviews";

/// The newest `format` of a review file this build reads.
pub const FORMAT: u32 = 1;

/// The review file of one statement in one locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviews {
    pub format: u32,
    pub statement: Id,
    pub locale: Locale,
    /// By message or term id (`-name` for terms).
    #[serde(default)]
    pub messages: BTreeMap<String, Record>,
    #[serde(default)]
    pub signoff: Option<SignOff>,
}

/// What is known about one message's translation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The last verdict on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    /// The reference text the translation was last changed against in Chorus, when that happened
    /// after the review (or with no review yet). Tells an outdated translation from a new one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_against: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub verdict: Verdict,
    /// The reference message's text when it was reviewed.
    pub reference: String,
    /// The translation's text when it was reviewed.
    pub translation: String,
    pub reviewer: String,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub time: String,
    /// Why it was rejected: what the translator should change.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    Approved,
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignOff {
    pub reviewer: String,
    pub time: String,
    #[serde(default)]
    pub note: String,
    /// SHA-256, in hex, of [`Covered::canonical`] when signed off.
    pub digest: String,
}

/// Where a review file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewsError {
    pub position: Option<Position>,
    pub message: String,
}

impl Reviews {
    pub fn new(statement: Id, locale: Locale) -> Self {
        Self {
            format: FORMAT,
            statement,
            locale,
            messages: BTreeMap::new(),
            signoff: None,
        }
    }

    /// Where the reviews of `statement` in `locale` are kept, relative to the workspace.
    pub fn path(statement: &Id, locale: &Locale) -> PathBuf {
        Path::new(REVIEWS_DIR)
            .join(statement.as_str())
            .join(format!("{locale}.ron"))
    }

    pub fn from_ron(text: &str) -> Result<Self, ReviewsError> {
        let reviews: Reviews = ron::from_str(text).map_err(|err| ReviewsError {
            position: Some(Position {
                line: err.span.start.line,
                column: err.span.start.col,
            }),
            message: err.code.to_string(),
        })?;
        let at = |needle: &str| text.find(needle).map(|o| Position::at(text, o));
        if reviews.format > FORMAT {
            return Err(ReviewsError {
                position: at("format"),
                message: format!(
                    "format {} is newer than this Chorus reads ({FORMAT}); update Chorus",
                    reviews.format
                ),
            });
        }
        if let Some(signoff) = &reviews.signoff
            && !(signoff.digest.len() == 64
                && signoff.digest.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return Err(ReviewsError {
                position: at(&signoff.digest).or_else(|| at("digest")),
                message: "the sign-off's digest is not 64 hexadecimal digits".to_owned(),
            });
        }
        let times =
            reviews
                .signoff
                .iter()
                .map(|s| ("the sign-off", s.time.as_str()))
                .chain(reviews.messages.iter().filter_map(|(id, r)| {
                    r.review.as_ref().map(|r| (id.as_str(), r.time.as_str()))
                }));
        for (what, time) in times {
            if !is_utc_time(time) {
                // The time as RON writes it (quotes and backslashes escaped), where it is.
                let written = ron::to_string(time).unwrap_or_default();
                return Err(ReviewsError {
                    position: at(&written).or_else(|| at("time")),
                    message: format!(
                        "the time of {} is not a UTC time written YYYY-MM-DDTHH:MM:SSZ: {}",
                        if what == "the sign-off" {
                            what.to_owned()
                        } else {
                            format!("the review of \"{what}\"")
                        },
                        crate::terminal::shown_line(time)
                    ),
                });
            }
        }
        Ok(reviews)
    }

    /// The file's text: a header line, then one field per line, messages in id order.
    pub fn to_ron(&self) -> String {
        let config = ron::ser::PrettyConfig::new()
            .struct_names(true)
            .indentor("    ".to_owned());
        let body = ron::ser::to_string_pretty(self, config).unwrap_or_default();
        format!(
            "// Reviews of \"{}\" in {}, kept by Chorus. Edit with `chorus review` or the review view.\n{body}\n",
            self.statement, self.locale
        )
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty() && self.signoff.is_none()
    }

    /// Records a verdict on a message: the texts it was given on, by whom, when.
    pub fn judge(&mut self, id: &str, verdict: Verdict, texts: Texts, by: &str, comment: &str) {
        let record = self.messages.entry(id.to_owned()).or_default();
        record.review = Some(Review {
            verdict,
            reference: texts.reference,
            translation: texts.translation,
            reviewer: by.to_owned(),
            time: now(),
            comment: comment.trim().to_owned(),
        });
        record.written_against = None;
    }

    /// Records the sign-off of everything whose digest is `digest`.
    pub fn sign_off(&mut self, by: &str, note: &str, digest: String) {
        self.signoff = Some(SignOff {
            reviewer: by.to_owned(),
            time: now(),
            note: note.trim().to_owned(),
            digest,
        });
    }

    /// Whether [`Reviews::written`] would change the record (typing after the first keystroke
    /// does not).
    pub fn knows_written(&self, id: &str, reference: &str) -> bool {
        let record = self.messages.get(id);
        let written = record.and_then(|r| r.written_against.as_deref());
        let reviewed = record.and_then(|r| r.review.as_ref().map(|r| r.reference.as_str()));
        written.or(reviewed) == Some(reference)
    }

    /// Notes that a message's translation was changed against this reference text. Returns whether
    /// that changed the record.
    pub fn written(&mut self, id: &str, reference: &str) -> bool {
        if self.knows_written(id, reference) {
            return false;
        }
        let record = self.messages.entry(id.to_owned()).or_default();
        record.written_against = Some(reference.to_owned());
        true
    }
}

/// The reference and translation of a message as they are now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    pub reference: String,
    pub translation: String,
}

/// A message's text for reviews and digests: its Fluent source without its comment and without
/// `id =`, trailing blanks trimmed. `None` when the document does not have it.
pub fn message_text(document: &Document, id: &str) -> Option<String> {
    let entry = document.entry(id)?;
    let text = document.entry_text(entry);
    let start = text
        .match_indices(id)
        .map(|(i, _)| i)
        .find(|&i| i == 0 || text.as_bytes()[i - 1] == b'\n')?;
    let after_id = &text[start + id.len()..];
    let after_equals = after_id.trim_start_matches([' ', '\t']).strip_prefix('=')?;
    let body = after_equals.trim_start_matches([' ', '\t']);
    let body = body
        .strip_prefix("\r\n")
        .or(body.strip_prefix('\n'))
        .unwrap_or(body);
    Some(body.trim_end().replace("\r\n", "\n"))
}

/// Where a message stands in one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// No translation.
    Missing,
    /// The reference changed since the translation was written or reviewed.
    Outdated,
    /// The reviewer rejected it, and it has not changed since.
    Rejected,
    /// Translated, waiting for review (never reviewed, or changed since).
    Translated,
    /// Approved, and neither text changed since.
    Reviewed,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Missing => "missing",
            State::Outdated => "outdated",
            State::Rejected => "rejected",
            State::Translated => "translated",
            State::Reviewed => "reviewed",
        }
    }

    /// Whether a reviewer has something to look at.
    pub fn needs_review(self) -> bool {
        matches!(self, State::Outdated | State::Rejected | State::Translated)
    }
}

/// One message of a locale under review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageReview {
    pub id: String,
    pub state: State,
    /// The reference text now (`None` if the reference lost the message).
    pub reference: Option<String>,
    /// The translation now.
    pub translation: Option<String>,
    /// The reference the translation was made or last reviewed against, when known.
    pub reference_before: Option<String>,
    /// The last verdict, with the texts it was given on.
    pub review: Option<Review>,
}

impl MessageReview {
    pub fn texts(&self) -> Option<Texts> {
        Some(Texts {
            reference: self.reference.clone()?,
            translation: self.translation.clone()?,
        })
    }

    /// The translation as last reviewed, when it differs from now.
    pub fn translation_before(&self) -> Option<&str> {
        let before = &self.review.as_ref()?.translation;
        (Some(before) != self.translation.as_ref()).then_some(before.as_str())
    }

    /// The reference as reviewed or written against, when it differs from now.
    pub fn reference_changed(&self) -> Option<&str> {
        let before = self.reference_before.as_deref()?;
        (Some(before) != self.reference.as_deref()).then_some(before)
    }
}

/// A statement's sign-off in one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignOffState {
    /// Signed off, and nothing it covers changed.
    Current,
    /// Signed off, but something it covers changed since.
    Lapsed,
    None,
}

impl SignOffState {
    pub fn as_str(self) -> &'static str {
        match self {
            SignOffState::Current => "current",
            SignOffState::Lapsed => "lapsed",
            SignOffState::None => "none",
        }
    }
}

/// A statement in one locale, message by message, with its sign-off.
#[derive(Debug, Clone)]
pub struct LocaleReview {
    pub statement: Id,
    pub locale: Locale,
    /// The locale translations are checked against: the statement's source.
    pub reference: Locale,
    /// Every message and term of the reference, in its file order.
    pub messages: Vec<MessageReview>,
    /// Where each message is in `messages`: looking one up does not scan them.
    index: std::collections::HashMap<String, usize>,
    pub signoff: Option<SignOff>,
    pub signoff_state: SignOffState,
    /// The digest of what a sign-off now would cover.
    pub digest: String,
}

/// How many messages of a locale are outdated and reviewed, and where its sign-off stands: what
/// `chorus status` and the overview show, worked out without keeping each message's texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewSummary {
    pub outdated: usize,
    pub reviewed: usize,
    pub signoff_state: SignOffState,
}

impl ReviewSummary {
    pub fn of(ws: &Workspace, statement: &Id, locale: &Locale) -> Option<Self> {
        let mut summary = Self {
            outdated: 0,
            reviewed: 0,
            signoff_state: SignOffState::None,
        };
        each_message_of(
            ws,
            statement,
            locale,
            |id, reference, translation, record| {
                // The reference's text is worked out only when there is something to compare it with.
                let reference = || message_text(reference, id);
                match state(reference, translation.as_deref(), record).0 {
                    State::Outdated => summary.outdated += 1,
                    State::Reviewed => summary.reviewed += 1,
                    _ => {}
                }
            },
        )?;
        // The digest covers every text of the locale: worked out only when there is a sign-off to
        // compare it with.
        if let Some(signoff) = ws
            .reviews(statement, locale)
            .and_then(|r| r.signoff.as_ref())
        {
            let digest = Covered::of(ws, statement, locale)?.digest();
            summary.signoff_state = signoff_state(signoff, &digest);
        }
        Some(summary)
    }
}

fn signoff_state(signoff: &SignOff, digest: &str) -> SignOffState {
    if signoff.digest.eq_ignore_ascii_case(digest) {
        SignOffState::Current
    } else {
        SignOffState::Lapsed
    }
}

/// Calls `each` with every message and term of the statement's reference, in its file order, judged
/// in `locale`; `None` when there is no such statement.
fn each_message(
    ws: &Workspace,
    statement: &Id,
    locale: &Locale,
    mut each: impl FnMut(MessageReview),
) -> Option<()> {
    each_message_of(
        ws,
        statement,
        locale,
        |id, reference, translation, record| {
            each(judge(id, message_text(reference, id), translation, record));
        },
    )
}

/// Calls `each` with what every message and term of the statement's reference is judged from in
/// `locale`: its id, the reference's document, the translation's text and the review record.
fn each_message_of<'w>(
    ws: &'w Workspace,
    statement: &Id,
    locale: &Locale,
    mut each: impl FnMut(&'w str, &'w Document, Option<String>, Option<&'w Record>),
) -> Option<()> {
    let file = ws.statements.get(statement)?;
    let Some(reference) = ws.file(&file.statement.source, statement) else {
        return Some(());
    };
    let target = ws.file(locale, statement).map(|f| &f.document);
    let records = ws.reviews(statement, locale);
    for id in reference.document.unique_ids() {
        let record = records.and_then(|r| r.messages.get(id));
        let translation = target.and_then(|d| message_text(d, id));
        each(id, &reference.document, translation, record);
    }
    Some(())
}

impl LocaleReview {
    /// Works out every message's state and the sign-off's from the workspace as it is in memory.
    pub fn of(ws: &Workspace, statement: &Id, locale: &Locale) -> Option<Self> {
        let reference_locale = ws.statements.get(statement)?.statement.source.clone();
        let mut messages = Vec::new();
        each_message(ws, statement, locale, |m| messages.push(m))?;
        let index = messages
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.clone(), i))
            .collect();
        let digest = Covered::of(ws, statement, locale)?.digest();
        let signoff = ws
            .reviews(statement, locale)
            .and_then(|r| r.signoff.clone());
        let signoff_state = match &signoff {
            None => SignOffState::None,
            Some(s) => signoff_state(s, &digest),
        };
        Some(Self {
            statement: statement.clone(),
            locale: locale.clone(),
            reference: reference_locale,
            messages,
            index,
            signoff,
            signoff_state,
            digest,
        })
    }

    pub fn count(&self, state: State) -> usize {
        self.messages.iter().filter(|m| m.state == state).count()
    }

    pub fn message(&self, id: &str) -> Option<&MessageReview> {
        self.index.get(id).map(|&i| &self.messages[i])
    }

    /// Why this locale cannot be signed off now: every message not reviewed, then every check error.
    /// Empty when it can be.
    pub fn refusals(&self, ws: &Workspace) -> Vec<Refusal> {
        let mut refusals: Vec<Refusal> = self
            .messages
            .iter()
            .filter(|m| m.state != State::Reviewed)
            .map(|m| Refusal::NotReviewed {
                id: m.id.clone(),
                state: m.state,
            })
            .collect();
        let scope = checks::Scope {
            statement: Some(self.statement.clone()),
            locale: Some(self.locale.clone()),
        };
        let found = checks::check_workspace(ws, &scope);
        refusals.extend(
            found
                .findings
                .into_iter()
                .filter(|f| f.severity == crate::workspace::Severity::Error)
                .filter(|f| f.locale == self.locale.as_str())
                .map(Refusal::CheckError),
        );
        refusals
    }
}

/// One message's review state in a locale, without working out the rest (for a keystroke).
pub fn message_review(
    ws: &Workspace,
    statement: &Id,
    locale: &Locale,
    id: &str,
) -> Option<MessageReview> {
    let source = &ws.statements.get(statement)?.statement.source;
    let text = |l: &Locale| {
        ws.file(l, statement)
            .and_then(|f| message_text(&f.document, id))
    };
    let record = ws
        .reviews(statement, locale)
        .and_then(|r| r.messages.get(id));
    Some(judge(id, text(source), text(locale), record))
}

/// The state of one message from its texts and its record.
fn judge(
    id: &str,
    reference: Option<String>,
    translation: Option<String>,
    record: Option<&Record>,
) -> MessageReview {
    let review = record.and_then(|r| r.review.clone());
    let (state, reference_before) = state(|| reference.clone(), translation.as_deref(), record);
    MessageReview {
        id: id.to_owned(),
        state,
        reference,
        translation,
        reference_before,
        review,
    }
}

/// A message's state, and the reference its translation was made against when known. The
/// reference's text now is asked for only when there is something to compare it with.
fn state(
    reference: impl FnOnce() -> Option<String>,
    translation: Option<&str>,
    record: Option<&Record>,
) -> (State, Option<String>) {
    let review = record.and_then(|r| r.review.as_ref());
    let written = record.and_then(|r| r.written_against.as_ref());
    let translation_changed = review.is_some_and(|r| Some(r.translation.as_str()) != translation);
    // The reference the translation now shown was made against: the one it was last written
    // against in Chorus if it changed since its review, else the one it was reviewed against.
    let reference_before = match (review, written) {
        (Some(_), Some(written)) if translation_changed => Some(written.clone()),
        (Some(review), _) => Some(review.reference.clone()),
        (None, written) => written.cloned(),
    };
    let state = if translation.is_none() {
        State::Missing
    } else if reference_before
        .as_ref()
        .is_some_and(|before| Some(before) != reference().as_ref())
    {
        State::Outdated
    } else {
        match review {
            Some(r) if !translation_changed && r.verdict == Verdict::Approved => State::Reviewed,
            Some(r) if !translation_changed && r.verdict == Verdict::Rejected => State::Rejected,
            _ => State::Translated,
        }
    };
    (state, reference_before)
}

/// Why a sign-off was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    NotReviewed { id: String, state: State },
    CheckError(checks::Finding),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::NotReviewed { id, state } => {
                write!(f, "{id}: not reviewed ({})", state.as_str())
            }
            Refusal::CheckError(finding) => {
                let place = match (finding.line, finding.column) {
                    (Some(l), Some(c)) => format!("{}:{l}:{c}", finding.file),
                    _ => finding.file.clone(),
                };
                write!(f, "{place}: error: {}", finding.message)
            }
        }
    }
}

/// Everything a sign-off covers, in a canonical form: every message and term of the statement in
/// the locale and in the reference it was checked against (as [`message_text`] gives them), the
/// variables' values, the sections with whether each is enabled, the signatories, the headline, the
/// publisher, contact and date. The digest is SHA-256 of its JSON (fields in declaration order, maps
/// in key order), so two machines agree and any change shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Covered {
    pub scheme: &'static str,
    pub statement: Id,
    pub locale: Locale,
    pub reference_locale: Locale,
    pub messages: BTreeMap<String, String>,
    pub reference: BTreeMap<String, String>,
    pub headline: String,
    pub variables: BTreeMap<String, Value>,
    pub sections: Vec<(String, bool)>,
    pub signatories: Vec<Signatory>,
    pub publisher: String,
    pub contact: String,
    pub date: Date,
}

impl Covered {
    pub fn of(ws: &Workspace, statement: &Id, locale: &Locale) -> Option<Self> {
        let s = &ws.statements.get(statement)?.statement;
        let texts = |locale: &Locale| -> BTreeMap<String, String> {
            let Some(file) = ws.file(locale, statement) else {
                return BTreeMap::new();
            };
            file.document
                .ids()
                .filter_map(|id| Some((id.to_owned(), message_text(&file.document, id)?)))
                .collect()
        };
        Some(Self {
            scheme: "chorus-signoff-1",
            statement: statement.clone(),
            locale: locale.clone(),
            reference_locale: s.source.clone(),
            messages: texts(locale),
            reference: texts(&s.source),
            headline: s.headline.clone(),
            variables: s
                .variables
                .iter()
                .map(|v| (v.name.clone(), v.value.clone()))
                .collect(),
            sections: s
                .sections
                .iter()
                .map(|s| (s.message.clone(), s.enabled))
                .collect(),
            signatories: s.signatories.clone(),
            publisher: s.publisher.clone(),
            contact: s.contact.clone(),
            date: s.date,
        })
    }

    pub fn canonical(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn digest(&self) -> String {
        crate::storage::Digest::of(self.canonical().as_bytes()).to_hex()
    }
}

/// Whether `time` is a moment written as [`now`] writes it: `YYYY-MM-DDTHH:MM:SSZ`, a day of the
/// calendar and a time of day.
pub fn is_utc_time(time: &str) -> bool {
    let b = time.as_bytes();
    let shaped = b.len() == 20
        && time.is_ascii()
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b'Z';
    let number = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = time.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    shaped
        && time[..10].parse::<Date>().is_ok()
        && number(11..13).is_some_and(|h| h < 24)
        && number(14..16).is_some_and(|m| m < 60)
        && number(17..19).is_some_and(|s| s < 60)
}

/// Now, in UTC, as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    utc(seconds)
}

/// A Unix time in UTC, as `YYYY-MM-DDTHH:MM:SSZ` (proleptic Gregorian calendar).
pub fn utc(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let rest = seconds % 86_400;
    // Days to a civil date: Howard Hinnant's algorithm, from the era of 400 years.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3_600,
        rest % 3_600 / 60,
        rest % 60
    )
}

/// What `chorus review` prints.
pub mod report {
    use std::fmt::Write as _;

    use super::{LocaleReview, SignOffState, State, Verdict};
    use crate::diff::{self, Granularity};
    use crate::terminal::{shown, shown_line};

    /// The locale's summary, then each message needing review (every message with `all`) with its
    /// diffs, marked with ANSI colours and styles when `color`, else `[-deleted-]{+inserted+}`.
    pub fn to_text(review: &LocaleReview, all: bool, color: bool) -> String {
        let mut out = String::new();
        let count = |s| review.count(s);
        let _ = writeln!(
            out,
            "{} in {} (reference {}): {} messages: {} reviewed, {} to review, {} outdated, {} rejected, {} missing",
            review.statement,
            review.locale,
            review.reference,
            review.messages.len(),
            count(State::Reviewed),
            count(State::Translated),
            count(State::Outdated),
            count(State::Rejected),
            count(State::Missing),
        );
        let signoff = match (&review.signoff, review.signoff_state) {
            (Some(s), SignOffState::Current) => format!(
                "signed off by {} at {}, current",
                shown_line(&s.reviewer),
                shown_line(&s.time)
            ),
            (Some(s), _) => format!(
                "signed off by {} at {}, lapsed: something it covers changed since",
                shown_line(&s.reviewer),
                shown_line(&s.time)
            ),
            (None, _) => "not signed off".to_owned(),
        };
        let _ = writeln!(out, "sign-off: {signoff}");
        let show = |runs: &[diff::Run]| {
            if color {
                diff::to_ansi(runs)
            } else {
                diff::to_plain(runs)
            }
        };
        let reference_words = Granularity::for_locale(&review.reference);
        let words = Granularity::for_locale(&review.locale);
        for m in &review.messages {
            if !(all || m.state.needs_review()) {
                continue;
            }
            let _ = writeln!(out, "\n{}  [{}]", shown_line(&m.id), m.state.as_str());
            if let Some(r) = m.review.as_ref().filter(|r| r.verdict == Verdict::Rejected) {
                let _ = writeln!(
                    out,
                    "  rejected by {} at {}: {}",
                    shown_line(&r.reviewer),
                    shown_line(&r.time),
                    shown_line(&r.comment)
                );
            }
            let since = match &m.review {
                Some(_) if m.translation_before().is_none() => "its review",
                _ => "it was translated",
            };
            let sides = [
                (
                    &review.reference,
                    m.reference_changed(),
                    &m.reference,
                    reference_words,
                    since,
                    "no longer in the reference",
                ),
                (
                    &review.locale,
                    m.translation_before(),
                    &m.translation,
                    words,
                    "its review",
                    "not translated",
                ),
            ];
            for (locale, before, now, granularity, since, absent) in sides {
                match (before, now) {
                    (Some(before), Some(now)) => {
                        let runs = diff::diff(before, now, granularity);
                        let _ = writeln!(out, "  {locale} changed since {since}:");
                        let _ = writeln!(out, "{}", indent(&show(&runs)));
                    }
                    (_, Some(now)) => {
                        let _ = writeln!(out, "  {locale}:\n{}", indent(&shown(now)));
                    }
                    (_, None) => {
                        let _ = writeln!(out, "  {locale}: ({absent})");
                    }
                }
            }
        }
        out
    }

    fn indent(text: &str) -> String {
        text.lines()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_utc_calendar_dates() {
        assert_eq!(utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(utc(1_690_243_199), "2023-07-24T23:59:59Z");
        assert_eq!(utc(4_102_444_800), "2100-01-01T00:00:00Z");
    }

    #[test]
    fn a_message_text_leaves_out_its_comment_and_id() {
        let doc = Document::parse(
            "# A comment\nheadline = Free him!\n    .short = Free\nsentence =\n    { $n ->\n       *[other] { $n } years\n    }\n",
        );
        assert_eq!(
            message_text(&doc, "headline").unwrap(),
            "Free him!\n    .short = Free"
        );
        assert_eq!(
            message_text(&doc, "sentence").unwrap(),
            "    { $n ->\n       *[other] { $n } years\n    }"
        );
        assert_eq!(message_text(&doc, "nothing"), None);
    }

    fn texts(reference: &str, translation: &str) -> Texts {
        Texts {
            reference: reference.into(),
            translation: translation.into(),
        }
    }

    #[test]
    fn states_follow_the_reference_and_the_translation() {
        let mut reviews = Reviews::new(Id::new("s").unwrap(), Locale::new("de").unwrap());
        let state = |r: &Reviews, reference: &str, translation: Option<&str>| {
            judge(
                "m",
                Some(reference.into()),
                translation.map(str::to_owned),
                r.messages.get("m"),
            )
            .state
        };
        assert_eq!(state(&reviews, "Hello", None), State::Missing);
        assert_eq!(state(&reviews, "Hello", Some("Hallo")), State::Translated);
        reviews.judge("m", Verdict::Approved, texts("Hello", "Hallo"), "Ana", "");
        assert_eq!(state(&reviews, "Hello", Some("Hallo")), State::Reviewed);
        // The translation changed: the review no longer covers it.
        assert_eq!(state(&reviews, "Hello", Some("Servus")), State::Translated);
        // The reference changed: outdated, whatever the translation.
        assert_eq!(state(&reviews, "Hello!", Some("Hallo")), State::Outdated);
        // Re-translated in Chorus against the new reference: waiting for review again.
        assert!(reviews.written("m", "Hello!"));
        assert!(!reviews.written("m", "Hello!"));
        assert_eq!(state(&reviews, "Hello!", Some("Hallo!")), State::Translated);
        reviews.judge(
            "m",
            Verdict::Rejected,
            texts("Hello!", "Hallo!"),
            "Ana",
            "Tone",
        );
        assert_eq!(state(&reviews, "Hello!", Some("Hallo!")), State::Rejected);
        assert_eq!(
            state(&reviews, "Hello!", Some("Hallo, du!")),
            State::Translated
        );
    }
}
