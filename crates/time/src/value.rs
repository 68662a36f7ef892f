//! Resolved time values and the calendar arithmetic behind them.
//!
//! Dates are counted as days since 1970-01-01 (Howard Hinnant's `days_from_civil`), which makes
//! "two days ago", weekdays and ISO weeks one line each; a date-time crate would bring time zones
//! and clocks that news dates never need.

use std::fmt;

use dyad_core::Date;

/// How fine a resolved value is: the unit its start and end are counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// A calendar day, or a run of days ("the first half of June" = days 1–15).
    Day,
    /// An ISO week (Monday to Sunday): "last week", "esta semana".
    Week,
    /// A calendar month, or a run of months ("early next year" = January–April).
    Month,
    /// A calendar year.
    Year,
    /// A decade ("in the 1990s", "los años noventa").
    Decade,
    /// Never produced here: the precision a caller gives the document date when no expression
    /// is attached to an event, so stored records say how their date was obtained.
    Document,
}

impl Precision {
    /// The lowercase name used in test data and output (`day`, `week`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Decade => "decade",
            Precision::Document => "document",
        }
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A resolved temporal value: an inclusive range of days, with the unit it is known to.
///
/// Every value is a range so that callers compare and store one shape: "June 9" is
/// 2021-06-09..2021-06-09 (day), "June" 2021-06-01..2021-06-30 (month). `Display` prints
/// ISO 8601 at the value's precision: `2021-06-09`, `2021-W23` (ISO week), `2021-06`, `2021`,
/// `199X` (a decade, as ISO 8601-2 / EDTF writes it). A part of a period that is not one whole
/// unit prints as an ISO interval of that unit: "a mediados de mayo" is
/// `2021-05-11/2021-05-20` (day), "early next year" `2022-01/2022-04` (month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeValue {
    /// First day of the range.
    pub start: Date,
    /// Last day of the range (inclusive).
    pub end: Date,
    /// The unit the range is counted in.
    pub precision: Precision,
}

impl TimeValue {
    /// One day.
    pub fn day(d: Date) -> TimeValue {
        TimeValue {
            start: d,
            end: d,
            precision: Precision::Day,
        }
    }

    /// The ISO week (Monday–Sunday) that contains `d`.
    pub fn week_of(d: Date) -> TimeValue {
        let n = days(d);
        let monday = n - i64::from(weekday(d)) + 1;
        TimeValue {
            start: from_days(monday),
            end: from_days(monday + 6),
            precision: Precision::Week,
        }
    }

    /// A calendar month, when `year` is on the calendar dyad handles (1–9999).
    pub fn month(year: i32, month: u8) -> Option<TimeValue> {
        Some(TimeValue {
            start: date(year, month, 1)?,
            end: date(year, month, days_in_month(year, month))?,
            precision: Precision::Month,
        })
    }

    /// A calendar year.
    pub fn year(year: i32) -> Option<TimeValue> {
        Some(TimeValue {
            start: date(year, 1, 1)?,
            end: date(year, 12, 31)?,
            precision: Precision::Year,
        })
    }

    /// The decade that starts with `year` (a multiple of ten).
    pub fn decade(year: i32) -> Option<TimeValue> {
        let y = year - year.rem_euclid(10);
        Some(TimeValue {
            start: date(y, 1, 1)?,
            end: date(y + 9, 12, 31)?,
            precision: Precision::Decade,
        })
    }

    /// The document date as an event's fallback date (precision [`Precision::Document`]).
    pub fn document(d: Date) -> TimeValue {
        TimeValue {
            start: d,
            end: d,
            precision: Precision::Document,
        }
    }

    /// True when the range is exactly one unit of its precision, so it prints without `/`.
    fn is_one_unit(&self) -> bool {
        match self.precision {
            Precision::Day | Precision::Document => self.start == self.end,
            Precision::Week => days(self.end) - days(self.start) == 6 && weekday(self.start) == 1,
            Precision::Month => {
                self.start.day() == 1
                    && (self.start.year(), self.start.month())
                        == (self.end.year(), self.end.month())
                    && self.end.day() == days_in_month(self.end.year().into(), self.end.month())
            }
            Precision::Year => self.start.year() == self.end.year(),
            Precision::Decade => true,
        }
    }
}

impl fmt::Display for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let one = |f: &mut fmt::Formatter<'_>, d: Date| match self.precision {
            Precision::Day | Precision::Document => write!(f, "{d}"),
            Precision::Week => {
                let (y, w) = iso_week(d);
                write!(f, "{y:04}-W{w:02}")
            }
            Precision::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
            Precision::Year => write!(f, "{:04}", d.year()),
            Precision::Decade => write!(f, "{:03}X", d.year() / 10),
        };
        one(f, self.start)?;
        if !self.is_one_unit() {
            f.write_str("/")?;
            one(f, self.end)?;
        }
        Ok(())
    }
}

/// A `Date` from signed parts, when it exists and fits `Date`'s `u16` year.
pub(crate) fn date(year: i32, month: u8, day: u8) -> Option<Date> {
    Date::new(u16::try_from(year).ok()?, month, day)
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01.
pub(crate) fn days(d: Date) -> i64 {
    let (y, m, dd) = (
        i64::from(d.year()),
        i64::from(d.month()),
        i64::from(d.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + dd - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `n` days after 1970-01-01 (clamped into `Date`'s range by construction of callers).
pub(crate) fn from_days(n: i64) -> Date {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    let y = y.clamp(1, 9999) as u16;
    Date::new(y, m, d).expect("invariant: civil_from_days gives a valid date")
}

/// ISO weekday, Monday = 1 … Sunday = 7.
pub(crate) fn weekday(d: Date) -> u8 {
    ((days(d) + 3).rem_euclid(7) + 1) as u8
}

/// ISO week-numbering year and week.
pub(crate) fn iso_week(d: Date) -> (i32, u32) {
    let thursday = days(d) - i64::from(weekday(d)) + 4;
    let t = from_days(thursday);
    let jan1 = days(Date::new(t.year(), 1, 1).expect("invariant: January 1 exists"));
    (i32::from(t.year()), ((thursday - jan1) / 7 + 1) as u32)
}

/// `d` moved by `n` months, the day clamped to the target month's length.
pub(crate) fn add_months(d: Date, n: i32) -> Option<Date> {
    let total = i32::from(d.year()) * 12 + i32::from(d.month()) - 1 + n;
    let (y, m) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
    date(y, m, d.day().min(days_in_month(y, m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn days_round_trip_and_weekdays() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2021-06-09",
            "1999-12-31",
            "2024-03-01",
        ] {
            assert_eq!(from_days(days(d(s))), d(s));
        }
        assert_eq!(days(d("1970-01-01")), 0);
        assert_eq!(weekday(d("2021-06-09")), 3); // a Wednesday
        assert_eq!(weekday(d("2024-01-07")), 7);
    }

    #[test]
    fn iso_weeks_cross_years() {
        assert_eq!(iso_week(d("2021-01-03")), (2020, 53));
        assert_eq!(iso_week(d("2021-06-09")), (2021, 23));
        assert_eq!(iso_week(d("2024-12-30")), (2025, 1));
    }

    #[test]
    fn display_reduces_precision() {
        assert_eq!(TimeValue::day(d("2021-06-09")).to_string(), "2021-06-09");
        assert_eq!(TimeValue::week_of(d("2021-06-09")).to_string(), "2021-W23");
        assert_eq!(TimeValue::month(2021, 6).unwrap().to_string(), "2021-06");
        assert_eq!(TimeValue::year(2021).unwrap().to_string(), "2021");
        assert_eq!(TimeValue::decade(1994).unwrap().to_string(), "199X");
        let doc = TimeValue::document(d("2021-06-09"));
        assert_eq!(
            (doc.to_string(), doc.precision.as_str()),
            ("2021-06-09".into(), "document")
        );
        let part = TimeValue {
            start: d("2021-06-01"),
            end: d("2021-06-15"),
            precision: Precision::Day,
        };
        assert_eq!(part.to_string(), "2021-06-01/2021-06-15");
    }

    #[test]
    fn months_add_with_clamping() {
        assert_eq!(add_months(d("2021-01-31"), 1), Some(d("2021-02-28")));
        assert_eq!(add_months(d("2021-01-15"), -1), Some(d("2020-12-15")));
    }
}
