//! A moment as Chorus records it in review files: a day of the proleptic Gregorian calendar and a
//! time of day, UTC, written `YYYY-MM-DDTHH:MM:SSZ`. Reading, writing and the calendar arithmetic
//! behind them; how a person reads a moment (their language, their time zone) is `locale::time`.

use std::fmt;

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
        // Years start at 0001, as statement dates do.
        let valid = moment.year >= 1
            && (1..=12).contains(&moment.month)
            && moment.day >= 1
            && moment.day <= days_in_month(moment.year, moment.month)
            && moment.hour < 24
            && moment.minute < 60
            && moment.second < 60;
        valid.then_some(moment)
    }

    /// The moment `seconds` after 1970-01-01T00:00:00Z.
    pub fn from_timestamp(seconds: u64) -> Self {
        let epoch = Self {
            year: 1970,
            month: 1,
            day: 1,
            hour: 0,
            minute: 0,
            second: 0,
        };
        epoch.shifted(i64::try_from(seconds).unwrap_or(i64::MAX / 2))
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

impl fmt::Display for Moment {
    /// `YYYY-MM-DDTHH:MM:SSZ`, as review files hold it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
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
        assert_eq!(
            Moment::parse("0000-01-01T00:00:00Z"),
            None,
            "years start at 0001"
        );
        // Written back as read.
        for raw in [
            "2026-12-01T18:21:54Z",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
        ] {
            assert_eq!(Moment::parse(raw).unwrap().to_string(), raw);
        }
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
}
