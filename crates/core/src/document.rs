//! A news document as it enters dyad, and calendar dates.

use std::fmt;
use std::str::FromStr;

use crate::{Error, Lang};

/// A calendar date (proleptic Gregorian), as news gives it.
///
/// Its own small type rather than a date-time crate's: core stays dependency-free, and every
/// stage needs only a valid year–month–day that orders correctly and prints as ISO 8601.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A date, when it exists on the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(())?;
        (1..=days_in_month(year, month))
            .contains(&day)
            .then_some(())?;
        Some(Date { year, month, day })
    }

    /// Year.
    pub fn year(&self) -> u16 {
        self.year
    }

    /// Month, 1–12.
    pub fn month(&self) -> u8 {
        self.month
    }

    /// Day of the month.
    pub fn day(&self) -> u8 {
        self.day
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for Date {
    type Err = Error;
    /// `YYYY-MM-DD`; a longer ISO timestamp (`2024-03-05T10:00:00Z`) is cut to its date.
    fn from_str(s: &str) -> Result<Date, Error> {
        let bad = || Error::InvalidDate(s.to_string());
        let d = s.trim().get(..10).ok_or_else(bad)?;
        let mut parts = d.split('-');
        let (y, m, dd) = (parts.next(), parts.next(), parts.next());
        let num = |p: Option<&str>, len: usize| -> Result<u16, Error> {
            p.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|p| p.parse().ok())
                .ok_or_else(bad)
        };
        let (y, m, dd) = (num(y, 4)?, num(m, 2)?, num(dd, 2)?);
        Date::new(y, m as u8, dd as u8).ok_or_else(bad)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One news document: what `dyad code` reads from a text file or a JSONL line.
///
/// The title is kept apart from the body because headlines carry events too, in a telegraphic
/// style the segmenter must treat as a sentence of its own.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// Identifier (given, or derived from the file name or content).
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Body text.
    pub text: String,
    /// Publication date.
    pub date: Option<Date>,
    /// Language, when the input says; detected otherwise.
    pub lang: Option<Lang>,
    /// Outlet or agency.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
}

impl Document {
    /// The text dyad analyses: the headline, a blank line, then the body.
    ///
    /// Spans of sentences and words point into this string; the blank line makes the headline a
    /// sentence of its own even when it has no final punctuation.
    pub fn full_text(&self) -> String {
        match self
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            Some(t) => format!("{t}\n\n{}", self.text),
            None => self.text.clone(),
        }
    }

    /// Where the body starts in [`Document::full_text`]: a dateline is found at the head of
    /// the body, and its offsets must be moved into the analysed text.
    pub fn body_start(&self) -> usize {
        match self
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            Some(t) => t.len() + 2,
            None => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_validate_and_print() {
        let d: Date = "2024-02-29".parse().unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2024, 2, 29));
        assert_eq!(d.to_string(), "2024-02-29");
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("2023-13-01".parse::<Date>().is_err());
        assert!("23-1-1".parse::<Date>().is_err());
        assert_eq!(
            "2021-06-09T08:00:00Z".parse::<Date>().unwrap().to_string(),
            "2021-06-09"
        );
        assert!("2021-06-09" < "2021-06-10" && d > "2024-01-31".parse().unwrap());
    }

    #[test]
    fn full_text_puts_the_headline_first() {
        let d = Document {
            title: Some("Talks resume".into()),
            text: "Envoys met.".into(),
            ..Default::default()
        };
        assert_eq!(d.full_text(), "Talks resume\n\nEnvoys met.");
        assert_eq!(&d.full_text()[d.body_start()..], "Envoys met.");
        let d = Document {
            title: Some("  ".into()),
            text: "Envoys met.".into(),
            ..Default::default()
        };
        assert_eq!(d.full_text(), "Envoys met.");
    }
}
