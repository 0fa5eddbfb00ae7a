//! Dates as news stories give them: a year, a month, a day, a range of those,
//! or any of them marked approximate ("~1974"). Pure, so the validator, the
//! build script and the timeline scale share one definition.

use std::fmt;

/// Days since 1970-01-01 (proleptic Gregorian). Signed, so pre-1970 dates work.
pub type Day = i32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// One end of a date: the calendar fields that were written, nothing more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StoryDate {
    pub from: Point,
    /// `None` for a single point.
    pub to: Option<Point>,
    pub approximate: bool,
}

/// Why a story date cannot be read; worded for editors by `Display`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Nothing where a date belongs.
    Empty,
    /// Not one of the notations (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `~`, `A/B`).
    Syntax(String),
    /// A month that is not 1 to 12.
    MonthOutOfRange(u32),
    /// A day the month does not have (30 February, 29 February 2025).
    DayOutOfRange { year: i32, month: u32, day: u32 },
    /// A year outside the range dates are computed for.
    YearOutOfRange(i32),
    /// A range whose end comes before its start.
    EndsBeforeStart,
}

impl std::error::Error for DateError {}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Empty => write!(f, "date is empty"),
            DateError::Syntax(s) => write!(
                f,
                "cannot read date \"{s}\": use YYYY, YYYY-MM or YYYY-MM-DD, optionally a range A/B, optionally prefixed with ~ for approximate"
            ),
            DateError::MonthOutOfRange(m) => write!(f, "month {m} does not exist"),
            DateError::DayOutOfRange { year, month, day } => {
                write!(f, "{year}-{month:02}-{day:02} does not exist")
            }
            DateError::YearOutOfRange(y) => write!(f, "year {y} is outside 1000..=9999"),
            DateError::EndsBeforeStart => write!(f, "date range ends before it starts"),
        }
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Howard Hinnant's `days_from_civil`: exact for every Gregorian date.
pub fn days_from_civil(year: i32, month: u32, day: u32) -> Day {
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Inverse of [`days_from_civil`].
pub fn civil_from_days(days: Day) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

impl Point {
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// First day the point covers.
    pub fn first_day(&self) -> Day {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Last day the point covers ("2025-05" runs to 31 May).
    pub fn last_day(&self) -> Day {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        days_from_civil(self.year, month, day)
    }

    fn parse(text: &str) -> Result<Point, DateError> {
        let syntax = || DateError::Syntax(text.to_string());
        let mut parts = text.split('-');
        let year_text = parts.next().ok_or_else(syntax)?;
        let number = |s: &str, len: usize| -> Result<u32, DateError> {
            if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| syntax())
            } else {
                Err(syntax())
            }
        };
        let year = number(year_text, 4)? as i32;
        if year < 1000 {
            return Err(DateError::YearOutOfRange(year));
        }
        let month = parts.next().map(|m| number(m, 2)).transpose()?;
        let day = parts.next().map(|d| number(d, 2)).transpose()?;
        if parts.next().is_some() {
            return Err(syntax());
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::MonthOutOfRange(m));
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return Err(DateError::DayOutOfRange {
                        year,
                        month: m,
                        day: d,
                    });
                }
            }
        }
        Ok(Point { year, month, day })
    }
}

impl StoryDate {
    pub fn parse(text: &str) -> Result<StoryDate, DateError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(DateError::Empty);
        }
        let (approximate, rest) = match trimmed.strip_prefix('~') {
            Some(rest) => (true, rest),
            None => (false, trimmed),
        };
        let (from, to) = match rest.split_once('/') {
            Some((a, b)) => (Point::parse(a)?, Some(Point::parse(b)?)),
            None => (Point::parse(rest)?, None),
        };
        let date = StoryDate {
            from,
            to,
            approximate,
        };
        if date.last_day() < date.first_day() {
            return Err(DateError::EndsBeforeStart);
        }
        Ok(date)
    }

    pub fn first_day(&self) -> Day {
        self.from.first_day()
    }

    pub fn last_day(&self) -> Day {
        self.to.unwrap_or(self.from).last_day()
    }

    /// The middle of the covered span: where a marker for the date belongs.
    pub fn mid_day(&self) -> Day {
        self.first_day() + (self.last_day() - self.first_day()) / 2
    }

    /// The date in the story file's own notation, canonical ("~1980/1989",
    /// "2025-05-25"): for `datetime` attributes and messages, which name the
    /// date as the file does.
    pub fn notation(&self) -> String {
        let point = |p: Point| match (p.month, p.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", p.year),
            (Some(m), None) => format!("{:04}-{m:02}", p.year),
            _ => format!("{:04}", p.year),
        };
        let approximate = if self.approximate { "~" } else { "" };
        match self.to {
            None => format!("{approximate}{}", point(self.from)),
            Some(to) => format!("{approximate}{}/{}", point(self.from), point(to)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_over_four_centuries() {
        let start = days_from_civil(1800, 1, 1);
        let end = days_from_civil(2200, 12, 31);
        let mut expected = civil_from_days(start);
        for day in start..=end {
            let (y, m, d) = civil_from_days(day);
            assert_eq!((y, m, d), expected, "day {day}");
            assert_eq!(days_from_civil(y, m, d), day);
            expected = if d < days_in_month(y, m) {
                (y, m, d + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
        }
    }

    #[test]
    fn epoch_and_known_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        // 1970-01-01 was a Thursday; sources.md: 25 May 2025 was a Sunday.
        let weekday = |d: Day| (d + 3).rem_euclid(7); // 0 = Monday
        assert_eq!(weekday(days_from_civil(2025, 5, 25)), 6);
        assert_eq!(weekday(days_from_civil(2021, 1, 13)), 2);
    }

    #[test]
    fn leap_years() {
        assert!(is_leap(2000) && is_leap(2024) && !is_leap(1900) && !is_leap(2025));
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2025, 2), 28);
    }

    #[test]
    fn parses_every_precision() {
        let year = StoryDate::parse("1947").unwrap();
        assert_eq!(year.from.precision(), Precision::Year);
        assert_eq!(year.first_day(), days_from_civil(1947, 1, 1));
        assert_eq!(year.last_day(), days_from_civil(1947, 12, 31));

        let month = StoryDate::parse("2024-02").unwrap();
        assert_eq!(month.last_day(), days_from_civil(2024, 2, 29));

        let range = StoryDate::parse("2025-05-08/2025-05-10").unwrap();
        assert_eq!(range.last_day() - range.first_day(), 2);
        assert_eq!(range.mid_day(), days_from_civil(2025, 5, 9));

        let approx = StoryDate::parse("~1991/1993").unwrap();
        assert!(approx.approximate);
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        assert_eq!(
            StoryDate::parse("2025-02-30"),
            Err(DateError::DayOutOfRange {
                year: 2025,
                month: 2,
                day: 30
            })
        );
        assert_eq!(
            StoryDate::parse("2025-13"),
            Err(DateError::MonthOutOfRange(13))
        );
        assert_eq!(
            StoryDate::parse("2025-05-10/2025-05-08"),
            Err(DateError::EndsBeforeStart)
        );
        assert_eq!(StoryDate::parse("  "), Err(DateError::Empty));
        for bad in [
            "May 2025",
            "25-05-2025",
            "2025-5-1",
            "2025-05-01/",
            "~",
            "2025--01",
            "+2025",
            "2025-05-01-01",
            "٢٠٢٥",
        ] {
            assert!(
                matches!(StoryDate::parse(bad), Err(DateError::Syntax(_))),
                "{bad}"
            );
        }
        assert_eq!(
            StoryDate::parse("0999"),
            Err(DateError::YearOutOfRange(999))
        );
    }

    #[test]
    fn the_notation_reads_back_as_the_same_date() {
        for text in [
            "1947",
            "2025-02",
            "2025-05-25",
            "~1980/1989",
            "2025-05-08/2025-05-10",
            "~2018",
            "1955/1959-06",
        ] {
            let date = StoryDate::parse(text).unwrap();
            assert_eq!(date.notation(), text);
            assert_eq!(StoryDate::parse(&date.notation()), Ok(date));
        }
        assert_eq!(StoryDate::parse(" 1947 ").unwrap().notation(), "1947");
    }
}
