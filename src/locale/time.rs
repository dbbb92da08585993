//! The moments reviews and sign-offs record, always UTC and written `YYYY-MM-DDTHH:MM:SSZ`, as a
//! person reads them: in the window's language (ICU4X) and the computer's time zone. The recorded
//! text stays what files and the command line show; this is only for the eye.

use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets;
use icu_datetime::input::{Date, DateTime, Time};
use writeable::Writeable;

use crate::base::ids::Locale;

/// A moment as recorded: a day and a time of day, UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

impl Moment {
    /// Reads `YYYY-MM-DDTHH:MM:SSZ`; `None` for anything else, or a day that does not exist.
    pub fn parse(raw: &str) -> Option<Self> {
        let b = raw.as_bytes();
        let shape = b.len() == 20
            && b[4] == b'-'
            && b[7] == b'-'
            && b[10] == b'T'
            && b[13] == b':'
            && b[16] == b':'
            && b[19] == b'Z';
        if !shape {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let digits = raw.get(range)?;
            digits
                .bytes()
                .all(|d| d.is_ascii_digit())
                .then(|| digits.parse().ok())?
        };
        let moment = Self {
            year: i32::try_from(number(0..4)?).ok()?,
            month: u8::try_from(number(5..7)?).ok()?,
            day: u8::try_from(number(8..10)?).ok()?,
            hour: u8::try_from(number(11..13)?).ok()?,
            minute: u8::try_from(number(14..16)?).ok()?,
            second: u8::try_from(number(17..19)?).ok()?,
        };
        let valid = (1..=12).contains(&moment.month)
            && moment.day >= 1
            && moment.day <= days_in_month(moment.year, moment.month)
            && moment.hour < 24
            && moment.minute < 60
            && moment.second < 60;
        valid.then_some(moment)
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    pub fn timestamp(self) -> i64 {
        let days = days_from_civil(self.year, self.month, self.day);
        days * 86_400
            + i64::from(self.hour) * 3_600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
    }

    /// The moment `seconds` later (earlier when negative), still as a calendar day and time.
    pub fn shifted(self, seconds: i64) -> Self {
        let t = self.timestamp() + seconds;
        let (days, rest) = (t.div_euclid(86_400), t.rem_euclid(86_400));
        let (year, month, day) = civil_from_days(days);
        Self {
            year,
            month,
            day,
            hour: (rest / 3_600) as u8,
            minute: (rest % 3_600 / 60) as u8,
            second: (rest % 60) as u8,
        }
    }
}

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to a day of the proleptic Gregorian calendar.
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    // Counted in eras of 400 years from March, so that February's extra day ends a year.
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (i64::from(month) + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The day of the proleptic Gregorian calendar `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u8;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    } as u8;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as i32, month, day)
}

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
    fn recorded_moments_are_read_and_anything_else_is_refused() {
        let m = Moment::parse("2026-12-01T18:21:54Z").unwrap();
        assert_eq!(
            (m.year, m.month, m.day, m.hour, m.minute),
            (2026, 12, 1, 18, 21)
        );
        for bad in [
            "2026-12-01 18:21:54",
            "2026-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-12-01T24:00:00Z",
            "2026-12-01T18:21:54+01:00",
            "+026-12-01T18:21:54Z",
            "",
        ] {
            assert_eq!(Moment::parse(bad), None, "{bad}");
        }
        assert!(Moment::parse("2024-02-29T23:59:59Z").is_some());
    }

    #[test]
    fn the_calendar_arithmetic_agrees_with_known_timestamps() {
        let at = |raw| Moment::parse(raw).unwrap().timestamp();
        assert_eq!(at("1970-01-01T00:00:00Z"), 0);
        assert_eq!(at("2000-03-01T00:00:00Z"), 951_868_800);
        assert_eq!(at("2026-12-01T18:21:54Z"), 1_796_149_314);
        // Every day for 1,000 years there and back.
        let start = Moment::parse("1600-01-01T12:00:00Z").unwrap();
        for day in 0..365_250 {
            let moment = start.shifted(day * 86_400);
            assert_eq!(moment.timestamp(), start.timestamp() + day * 86_400);
            assert_eq!(moment.hour, 12);
        }
    }

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
