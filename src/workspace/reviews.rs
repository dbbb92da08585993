//! The review records kept beside a statement, one file per statement and locale:
//! `reviews/<statement>/<locale>.ron`. For each message it keeps the reference and the translation as
//! they were when reviewed, who reviewed them and when, and the reference the translation was last
//! written against in Chorus; and the locale's sign-off with the digest of everything it covered.
//! Messages are kept in id order, one field per line, so that reviewing one message changes one small
//! hunk of the file. What the records mean now (which messages need review, whether a sign-off still
//! holds) is worked out above, in `crate::review`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::base::explain::{Explain, Explanation};
use crate::base::ids::{Id, Locale};
use crate::base::moment::Moment;
use crate::base::text::Position;
use crate::fluent::document::Document;

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

/// Why a review file could not be read, with where, when that is known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{problem}")]
pub struct ReviewsError {
    pub position: Option<Position>,
    pub problem: ReviewsProblem,
}

/// What is wrong in a review file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviewsProblem {
    /// The RON reader's own words.
    #[error("{0}")]
    Syntax(String),
    #[error("format {0} is newer than this Chorus reads ({FORMAT}); update Chorus")]
    NewerFormat(u32),
    #[error("the sign-off's digest is not 64 hexadecimal digits")]
    Digest,
    /// The sign-off's time (`message: None`) or a review's is not a UTC time.
    #[error("the time of {} is not a UTC time written YYYY-MM-DDTHH:MM:SSZ: {}", match message { Some(id) => format!("the review of \"{id}\""), None => "the sign-off".to_owned() }, crate::base::terminal::shown_line(time))]
    Time {
        message: Option<String>,
        time: String,
    },
}

impl Explain for ReviewsProblem {
    fn explain(&self) -> Explanation {
        match self {
            Self::Syntax(detail) => Explanation::new("error-ron-syntax").text("detail", detail),
            Self::NewerFormat(format) => Explanation::new("error-newer-format")
                .number("format", *format)
                .number("known", FORMAT),
            Self::Digest => Explanation::new("error-reviews-digest"),
            Self::Time {
                message: Some(id),
                time,
            } => Explanation::new("error-reviews-time")
                .text("id", id)
                .text("time", crate::base::terminal::shown_line(time)),
            Self::Time {
                message: None,
                time,
            } => Explanation::new("error-signoff-time")
                .text("time", crate::base::terminal::shown_line(time)),
        }
    }
}

impl Explain for ReviewsError {
    fn explain(&self) -> Explanation {
        self.problem.explain()
    }
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
            problem: ReviewsProblem::Syntax(err.code.to_string()),
        })?;
        let at = |needle: &str| text.find(needle).map(|o| Position::at(text, o));
        if reviews.format > FORMAT {
            return Err(ReviewsError {
                position: at("format"),
                problem: ReviewsProblem::NewerFormat(reviews.format),
            });
        }
        if let Some(signoff) = &reviews.signoff
            && !(signoff.digest.len() == 64
                && signoff.digest.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return Err(ReviewsError {
                position: at(&signoff.digest).or_else(|| at("digest")),
                problem: ReviewsProblem::Digest,
            });
        }
        let times = (reviews.signoff.iter().map(|s| (None, s.time.as_str()))).chain(
            (reviews.messages.iter())
                .filter_map(|(id, r)| r.review.as_ref().map(|r| (Some(id), r.time.as_str()))),
        );
        for (message, time) in times {
            if !is_utc_time(time) {
                // The time as RON writes it (quotes and backslashes escaped), where it is.
                let written = ron::to_string(time).unwrap_or_default();
                return Err(ReviewsError {
                    position: at(&written).or_else(|| at("time")),
                    problem: ReviewsProblem::Time {
                        message: message.cloned(),
                        time: time.to_owned(),
                    },
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

/// Whether `time` is a moment written as [`now`] writes it: `YYYY-MM-DDTHH:MM:SSZ`, a day of the
/// calendar and a time of day.
pub fn is_utc_time(time: &str) -> bool {
    Moment::parse(time).is_some()
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
    Moment::from_timestamp(seconds).to_string()
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
}
