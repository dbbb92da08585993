//! The moments reviews and sign-offs record, always UTC and written `YYYY-MM-DDTHH:MM:SSZ`, as a
//! person reads them: in the window's language (ICU4X) and the computer's time zone. The recorded
//! text stays what files and the command line show; this is only for the eye.

use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets;
use icu_datetime::input::{Date, DateTime, Time};
use writeable::Writeable;

use crate::base::ids::Locale;
use crate::base::moment::Moment;

/// How far the computer's time zone is from UTC at `moment`, in seconds (summer time included);
/// 0 where it cannot be known.
pub fn local_offset(moment: Moment) -> i64 {
    #[cfg(unix)]
    {
        // Past year 2038 a 32-bit `time_t` wraps; the offset of a wrapped moment is still an offset.
        let time = moment.timestamp() as libc::time_t;
        // SAFETY: `localtime_r` only writes into the `tm` given, which lives on this stack.
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        let done = unsafe { libc::localtime_r(&time, &mut tm) };
        // `c_long` is `i64` here but narrower on 32-bit targets.
        #[allow(clippy::useless_conversion)]
        let offset = i64::from(tm.tm_gmtoff);
        if done.is_null() { 0 } else { offset }
    }
    #[cfg(not(unix))]
    {
        let _ = moment;
        0
    }
}

/// A recorded moment in `language`'s words and the computer's time zone, with the offset from UTC:
/// `Dec 1, 2026, 7:21 PM (UTC+1)`. Anything that is not a recorded moment is shown as it is.
pub fn shown(raw: &str, language: &Locale) -> String {
    match Moment::parse(raw) {
        Some(moment) => shown_at(moment, local_offset(moment), language),
        None => raw.to_owned(),
    }
}

/// A moment shown `offset` seconds from UTC, in `language`'s words.
pub fn shown_at(moment: Moment, offset: i64, language: &Locale) -> String {
    let local = moment.shifted(offset);
    let zone = match offset {
        0 => "UTC".to_owned(),
        _ => {
            let sign = if offset < 0 { '−' } else { '+' };
            let (hours, minutes) = (offset.abs() / 3_600, offset.abs() % 3_600 / 60);
            match minutes {
                0 => format!("UTC{sign}{hours}"),
                _ => format!("UTC{sign}{hours}:{minutes:02}"),
            }
        }
    };
    let formatted = formatted(local, language).unwrap_or_else(|| {
        format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            local.year, local.month, local.day, local.hour, local.minute
        )
    });
    format!("{formatted} ({zone})")
}

fn formatted(local: Moment, language: &Locale) -> Option<String> {
    let icu_locale: icu_locale_core::Locale = language.as_str().parse().ok()?;
    let date = Date::try_new_gregorian(local.year, local.month, local.day).ok()?;
    let time = Time::try_new(local.hour, local.minute, local.second, 0).ok()?;
    let fields = fieldsets::YMD::medium().with_time_hm();
    let formatter = FixedCalendarDateTimeFormatter::try_new((&icu_locale).into(), fields).ok()?;
    let formatted = formatter.format(&DateTime { date, time });
    Some(formatted.write_to_string().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_is_shown_in_the_language_and_the_time_zone_it_is_asked_for() {
        let m = Moment::parse("2026-12-31T23:30:00Z").unwrap();
        let en = Locale::new("en").unwrap();
        let later = shown_at(m, 3_600, &en);
        assert!(later.contains("2027") && later.contains("12:30"), "{later}");
        assert!(later.ends_with("(UTC+1)"), "{later}");
        let de = shown_at(m, -5 * 3_600 - 1_800, &Locale::new("de").unwrap());
        assert!(de.contains("31.12.2026") && de.contains("18:00"), "{de}");
        assert!(de.ends_with("(UTC−5:30)"), "{de}");
        let utc = shown_at(m, 0, &Locale::new("ru").unwrap());
        assert!(utc.contains("2026") && utc.ends_with("(UTC)"), "{utc}");
        // Not a recorded moment: shown as it is.
        assert_eq!(shown("9999-99-99 99:99", &en), "9999-99-99 99:99");
    }
}
