//! Dates as the sources give them: a day, or only a month, or only a year.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date whose day (or month) may be unknown. Ordered by year, then month, then day,
/// with an unknown part sorting before any known one: a sort key, not a statement that a month
/// came before its days (`surely_before` says what the dates allow).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form YYYY, YYYY-MM or YYYY-MM-DD.
    Form,
    /// Well formed, but no such day or month exists.
    Impossible(String),
}

/// Why a well-formed date does not exist, as data, so that each language can say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Impossible {
    /// Before 1900: no dialogue of the record is that old.
    YearOutOfRange(u16),
    NoMonth(u8),
    /// The day is past the month's last (or is 0): the month has `days` days.
    DaysInMonth {
        year: u16,
        month: u8,
        days: u8,
    },
}

impl fmt::Display for Impossible {
    /// In English, as `DateError::Impossible` carries it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Impossible::YearOutOfRange(year) => write!(f, "the year {year} is out of range"),
            Impossible::NoMonth(month) => write!(f, "there is no month {month}"),
            Impossible::DaysInMonth { year, month, days } => {
                write!(
                    f,
                    "{} {year} has {days} days",
                    MONTH_NAMES[month as usize - 1]
                )
            }
        }
    }
}

impl PartialDate {
    pub fn day(year: u16, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    pub fn parse(text: &str) -> Result<Self, DateError> {
        PartialDate::parse_checked(text).map_err(|e| match e {
            None => DateError::Form,
            Some(why) => DateError::Impossible(why.to_string()),
        })
    }

    /// [`PartialDate::parse`], saying why a date is impossible as data (`Some`), or that the
    /// text is not of the form YYYY, YYYY-MM or YYYY-MM-DD (`None`).
    pub fn parse_checked(text: &str) -> Result<Self, Option<Impossible>> {
        let parts: Vec<&str> = text.split('-').collect();
        let widths_ok = match parts.as_slice() {
            [y] => y.len() == 4,
            [y, m] => y.len() == 4 && m.len() == 2,
            [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
            _ => false,
        };
        if !widths_ok || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            return Err(None);
        }
        let number = |i: usize| parts.get(i).map(|p| p.parse::<u16>().unwrap_or(0));
        let year = number(0).unwrap_or(0);
        let month = number(1).map(|m| m as u8);
        let day = number(2).map(|d| d as u8);
        if year < 1900 {
            return Err(Some(Impossible::YearOutOfRange(year)));
        }
        if let Some(month) = month {
            if !(1..=12).contains(&month) {
                return Err(Some(Impossible::NoMonth(month)));
            }
            if let Some(day) = day {
                let last = days_in_month(year, month);
                if day == 0 || day > last {
                    return Err(Some(Impossible::DaysInMonth {
                        year,
                        month,
                        days: last,
                    }));
                }
            }
        }
        Ok(PartialDate { year, month, day })
    }

    /// The first and the last day the date may stand for, as (year, month, day): "2025-10" is
    /// any day from 1 to 31 October 2025.
    pub fn span(&self) -> ((u16, u8, u8), (u16, u8, u8)) {
        let first_month = self.month.unwrap_or(1);
        let last_month = self.month.unwrap_or(12);
        (
            (self.year, first_month, self.day.unwrap_or(1)),
            (
                self.year,
                last_month,
                self.day
                    .unwrap_or_else(|| days_in_month(self.year, last_month)),
            ),
        )
    }

    /// Whether this date came before `other` whatever their unknown parts turn out to be.
    /// "2025-10" is surely before "2025-11-02" but neither before nor after "2025-10-08", nor
    /// is a day before itself.
    pub fn surely_before(&self, other: &PartialDate) -> bool {
        self.span().1 < other.span().0
    }

    /// Day of the week, 0 = Monday … 6 = Sunday, when the day is known.
    pub fn weekday(&self) -> Option<u8> {
        let days = self.days_since_epoch()?;
        // 1970-01-01 was a Thursday (3).
        Some(((days + 3).rem_euclid(7)) as u8)
    }

    /// Days since 1970-01-01, when the day is known (Howard Hinnant's civil-date algorithm).
    pub fn days_since_epoch(&self) -> Option<i64> {
        let (m, d) = (self.month? as i64, self.day? as i64);
        let y = self.year as i64 - if m <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(era * 146_097 + doe - 719_468)
    }
}

pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    /// The ISO form the dataset uses.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        let day = PartialDate::parse("2023-10-04").unwrap();
        assert_eq!(day, PartialDate::day(2023, 10, 4));
        assert_eq!(day.precision(), Precision::Day);
        assert_eq!(
            PartialDate::parse("2025-10").unwrap().precision(),
            Precision::Month
        );
        assert_eq!(
            PartialDate::parse("2025").unwrap().precision(),
            Precision::Year
        );
        assert_eq!(
            PartialDate::parse("2025-10").unwrap().to_string(),
            "2025-10"
        );
    }

    #[test]
    fn refuses_malformed_and_impossible_dates() {
        for bad in [
            "2023/10/04",
            "23-10-04",
            "2023-1-4",
            "2023-10-04T10:00",
            "",
            "2023-10-",
        ] {
            assert_eq!(PartialDate::parse(bad), Err(DateError::Form), "{bad}");
        }
        assert_eq!(
            PartialDate::parse("2023-02-29"),
            Err(DateError::Impossible("February 2023 has 28 days".into()))
        );
        assert!(PartialDate::parse("2024-02-29").is_ok());
        assert_eq!(
            PartialDate::parse("2023-13"),
            Err(DateError::Impossible("there is no month 13".into()))
        );
        assert_eq!(
            PartialDate::parse("2023-04-00"),
            Err(DateError::Impossible("April 2023 has 30 days".into()))
        );
    }

    #[test]
    fn orders_unknown_days_first_within_their_month() {
        let month = PartialDate::parse("2025-10").unwrap();
        let day = PartialDate::parse("2025-10-08").unwrap();
        assert!(month < day);
        assert!(day < PartialDate::parse("2025-11").unwrap());
    }

    #[test]
    fn a_month_is_neither_before_nor_after_its_own_days() {
        let p = |s: &str| PartialDate::parse(s).unwrap();
        let (month, day) = (p("2025-10"), p("2025-10-08"));
        assert!(!month.surely_before(&day));
        assert!(!day.surely_before(&month));
        assert!(!day.surely_before(&day));
        assert!(p("2025-09-30").surely_before(&month));
        assert!(month.surely_before(&p("2025-11-01")));
        assert!(!p("2025").surely_before(&month));
        assert!(p("2024").surely_before(&month));
        assert_eq!(p("2024-02").span().1, (2024, 2, 29));
    }

    #[test]
    fn knows_weekdays() {
        // The founding article: Friday 1 July 2022, Wednesday 4 October 2023.
        assert_eq!(PartialDate::day(2022, 7, 1).weekday(), Some(4));
        assert_eq!(PartialDate::day(2023, 10, 4).weekday(), Some(2));
        assert_eq!(PartialDate::day(1970, 1, 1).days_since_epoch(), Some(0));
        assert_eq!(PartialDate::parse("2025-10").unwrap().weekday(), None);
    }
}
