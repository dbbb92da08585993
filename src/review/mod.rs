//! What the review records mean now: where each message stands (reviewed, to review, outdated,
//! rejected, missing), whether a locale's sign-off still covers what the statement says, and what
//! stands in the way of signing off. The sign-off keeps a SHA-256 digest of everything it covers (see
//! [`Covered`]); when anything covered changes, by Chorus or by another program, the digest no longer
//! matches and the sign-off has lapsed. The records themselves are `crate::workspace::reviews`.

/// Word and character diffs between two texts.
pub mod diff;
/// What `chorus review` prints.
pub mod report;
/// How far each statement is translated, per locale.
pub mod status;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::base::ids::{Id, Locale};
use crate::checks;
use crate::fluent::document::Document;
use crate::workspace::Workspace;
use crate::workspace::reviews::{Record, Review, SignOff, Texts, Verdict, message_text};
use crate::workspace::statement::{Date, Signatory, Value};

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

    /// The reference a reviewer last saw, when it differs from now: the change in the source that
    /// made a translation outdated stays shown after the translator has updated it, until a
    /// reviewer approves the new translation.
    pub fn reference_since_review(&self) -> Option<&str> {
        let before = self.review.as_ref()?.reference.as_str();
        (Some(before) != self.reference.as_deref()).then_some(before)
    }

    /// The earlier reference a reviewer is shown against the one now: what the translation was
    /// made against if that differs, else what the last review saw.
    pub fn reference_to_compare(&self) -> Option<&str> {
        self.reference_changed()
            .or_else(|| self.reference_since_review())
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
            summary.signoff_state = signoff_state(signoff, &Covered::of(ws, statement, locale)?);
        }
        Some(summary)
    }
}

/// Current while the recorded digest is that of what the sign-off covers now. A sign-off recorded
/// under the first scheme, which also covered the signatories and the publication details, stays
/// current while all of that is unchanged too.
fn signoff_state(signoff: &SignOff, covered: &Covered) -> SignOffState {
    let current = |digest: String| signoff.digest.eq_ignore_ascii_case(&digest);
    if current(covered.digest()) || current(covered.first_scheme_digest()) {
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
        let covered = Covered::of(ws, statement, locale)?;
        let digest = covered.digest();
        let signoff = ws
            .reviews(statement, locale)
            .and_then(|r| r.signoff.clone());
        let signoff_state = match &signoff {
            None => SignOffState::None,
            Some(s) => signoff_state(s, &covered),
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
    pub fn refusals(&self, ws: &Workspace) -> Vec<SignOffRefusal> {
        let mut refusals: Vec<SignOffRefusal> = self
            .messages
            .iter()
            .filter(|m| m.state != State::Reviewed)
            .map(|m| SignOffRefusal::NotReviewed {
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
                .map(SignOffRefusal::CheckError),
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
pub enum SignOffRefusal {
    NotReviewed { id: String, state: State },
    CheckError(checks::Finding),
}

impl std::fmt::Display for SignOffRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SignOffRefusal::NotReviewed { id, state } => {
                write!(f, "{id}: not reviewed ({})", state.as_str())
            }
            SignOffRefusal::CheckError(finding) => {
                let place = match (finding.line, finding.column) {
                    (Some(l), Some(c)) => format!("{}:{l}:{c}", finding.file),
                    _ => finding.file.clone(),
                };
                write!(f, "{place}: error: {}", finding.message)
            }
        }
    }
}

/// Everything a translation's sign-off covers, in a canonical form: every message and term of the
/// statement in the locale and in the reference it was checked against (as [`message_text`] gives
/// them), the headline, the variables' values and the sections with whether each is enabled: the
/// text and the facts in it. The digest is SHA-256 of its JSON (fields in declaration order, maps in
/// key order), so two machines agree and any change shows.
///
/// The signatories and the publication details (publisher, contact, date) are the organisers' own:
/// a name added to an open letter does not lapse every language's sign-off. So are the translations
/// of their words (affiliations, countries, the publisher; `crate::workspace::words`). They are kept here, not
/// covered, to recognise sign-offs recorded under the first scheme, which covered them too.
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
    #[serde(skip)]
    pub publication: Publication,
}

/// What the organisers publish beside the text, which a translation's sign-off does not cover.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Publication {
    pub signatories: Vec<Signatory>,
    pub publisher: String,
    pub contact: String,
    pub date: Date,
}

/// What a sign-off covered under the first scheme ("chorus-signoff-1"): the same, then the
/// publication, field by field in this order.
#[derive(Serialize)]
struct FirstScheme<'c> {
    scheme: &'static str,
    statement: &'c Id,
    locale: &'c Locale,
    reference_locale: &'c Locale,
    messages: &'c BTreeMap<String, String>,
    reference: &'c BTreeMap<String, String>,
    headline: &'c str,
    variables: &'c BTreeMap<String, Value>,
    sections: &'c [(String, bool)],
    signatories: &'c [Signatory],
    publisher: &'c str,
    contact: &'c str,
    date: Date,
}

impl Covered {
    pub fn of(ws: &Workspace, statement: &Id, locale: &Locale) -> Option<Self> {
        let s = &ws.statements.get(statement)?.statement;
        let source = ws.file(&s.source, statement).map(|f| &f.document);
        // The translations of the organisers' words are theirs, as the signatories are (see
        // `crate::workspace::words`), including those of words since changed.
        let organisers = |id: &str| {
            crate::workspace::words::is_word_id(id) && source.is_none_or(|d| d.entry(id).is_none())
        };
        let texts = |locale: &Locale| -> BTreeMap<String, String> {
            let Some(file) = ws.file(locale, statement) else {
                return BTreeMap::new();
            };
            file.document
                .ids()
                .filter(|id| !organisers(id))
                .filter_map(|id| Some((id.to_owned(), message_text(&file.document, id)?)))
                .collect()
        };
        Some(Self {
            scheme: "chorus-signoff-2",
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
            publication: Publication {
                signatories: s.signatories.clone(),
                publisher: s.publisher.clone(),
                contact: s.contact.clone(),
                date: s.date,
            },
        })
    }

    pub fn canonical(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn digest(&self) -> String {
        crate::workspace::storage::Digest::of(self.canonical().as_bytes()).to_hex()
    }

    /// The digest a sign-off recorded under the first scheme keeps while nothing it covered changed.
    pub fn first_scheme_digest(&self) -> String {
        let first = FirstScheme {
            scheme: "chorus-signoff-1",
            statement: &self.statement,
            locale: &self.locale,
            reference_locale: &self.reference_locale,
            messages: &self.messages,
            reference: &self.reference,
            headline: &self.headline,
            variables: &self.variables,
            sections: &self.sections,
            signatories: &self.publication.signatories,
            publisher: &self.publication.publisher,
            contact: &self.publication.contact,
            date: self.publication.date,
        };
        let canonical = serde_json::to_string(&first).unwrap_or_default();
        crate::workspace::storage::Digest::of(canonical.as_bytes()).to_hex()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::reviews::{Reviews, Texts};

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
