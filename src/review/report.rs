//! What `chorus review` prints.

use std::fmt::Write as _;

use crate::base::terminal::{shown, shown_line};
use crate::review::diff::{self, Granularity};
use crate::review::{LocaleReview, SignOffState, State};
use crate::workspace::reviews::Verdict;

/// The locale's summary, then each message needing review (every message with `all`) with its
/// diffs, marked with ANSI colours and styles when `color`, else `[-deleted-]{+inserted+}`.
pub fn to_text(review: &LocaleReview, all: bool, color: bool) -> String {
    let mut out = String::new();
    summary(&mut out, review);
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
        // Compared with what the translation was made against, or, once re-translated, with what
        // the last review saw.
        let since = match (&m.review, m.reference_changed()) {
            (Some(_), _) if m.translation_before().is_none() => "its review",
            (Some(_), None) => "its review",
            _ => "it was translated",
        };
        let sides = [
            (
                &review.reference,
                m.reference_to_compare(),
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

/// The counts of each state, and the sign-off.
fn summary(out: &mut String, review: &LocaleReview) {
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
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
