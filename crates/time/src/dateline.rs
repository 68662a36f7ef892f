//! Datelines: `WASHINGTON, March 4 (AP) —`, `BOGOTÁ, 12 feb (EFE) -`, `TOKYO (Reuters) -`.
//!
//! A dateline is recognised by shape, not by a list of cities: an upper-case place (a few words
//! with no lower-case letter) at the very start of the body, then any of a date, an agency in
//! parentheses and a dash, at least one of them. Ordinary first sentences ("Kenya's president
//! flew ...", "El Gobierno de Colombia ...") have lower-case letters before their first comma
//! and never match.

use dyad_core::{Date, Span};

use crate::data::Data;
use crate::value::{date, days, TimeValue};

/// The place, agency and date at the head of a news story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// Bytes of the dateline in the text given (place through the dash or agency).
    pub span: Span,
    /// The place as written (`BOGOTÁ`, `SAN JOSÉ`); a region after it (`NAIROBI, Kenya`) is
    /// included.
    pub place: String,
    /// The agency in parentheses (`Reuters`, `EFE`), if any.
    pub agency: Option<String>,
    /// The dateline's date; a date without a year takes the publication year (the year
    /// before when that would put it more than two days after publication).
    pub date: Option<TimeValue>,
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

fn skip_spaces(s: &str, i: usize) -> usize {
    i + (s[i..].len() - s[i..].trim_start_matches([' ', '\t']).len())
}

/// The next word at or after `i` (ending at a space, comma or parenthesis): its byte range.
fn word_at(s: &str, i: usize) -> Option<(usize, usize)> {
    let start = skip_spaces(s, i);
    let len = s[start..]
        .find(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .unwrap_or(s.len() - start);
    (len > 0).then_some((start, start + len))
}

fn is_place(p: &str) -> bool {
    let letters = p.chars().filter(|c| c.is_alphabetic()).count();
    (2..=40).contains(&p.len())
        && letters >= 2
        && p.split_whitespace().count() <= 4
        && p.chars().all(|c| {
            (c.is_alphabetic() && !c.is_lowercase()) || matches!(c, ' ' | '.' | '\'' | '’' | '/')
        })
}

/// A region after the place (`Kenya` in `NAIROBI, Kenya (Reuters)`): one to three
/// capitalized words.
fn is_region(r: &str) -> bool {
    let words: Vec<&str> = r.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '.')
        })
}

impl Data {
    /// A date at `i`: `MONTH DAY [, YEAR]` or `DAY [de] MONTH [[de] YEAR]`. Returns the end byte,
    /// day, month and year.
    fn dateline_date(&self, s: &str, i: usize) -> Option<(usize, u8, u8, Option<i32>)> {
        let month = |w: &str| self.lookup(w).and_then(|x| x.month.or(x.dateline_month));
        let day = |w: &str| {
            let d = self.digits(w);
            d.ord_day.or(d
                .int
                .filter(|v| d.ndigits <= 2 && (1..=31).contains(v))
                .map(|v| v as u8))
        };
        let year = |w: &str| {
            let d = self.digits(w);
            d.int.filter(|_| d.ndigits == 4).map(|v| v as i32)
        };
        let connector = |w: &str| {
            self.lookup(w)
                .is_some_and(|x| x.lit.is_some() && x.month.is_none() && x.num.is_none())
                && w.len() <= 3
        };
        let (a0, a1) = word_at(s, i)?;
        let (b0, b1) = word_at(s, a1)?;
        let (mut end, d, m) = if let (Some(m), Some(d)) = (month(&s[a0..a1]), day(&s[b0..b1])) {
            (b1, d, m)
        } else if let Some(d) = day(&s[a0..a1]) {
            let (b0, b1) = if connector(&s[b0..b1]) {
                word_at(s, b1)?
            } else {
                (b0, b1)
            };
            (b1, d, month(&s[b0..b1])?)
        } else {
            return None;
        };
        let mut y = None;
        let mut j = skip_spaces(s, end);
        if s[j..].starts_with(',') {
            j += 1;
        }
        if let Some((c0, c1)) = word_at(s, j) {
            let (c0, c1) = if connector(&s[c0..c1]) {
                word_at(s, c1).unwrap_or((c0, c1))
            } else {
                (c0, c1)
            };
            if let Some(v) = year(&s[c0..c1]) {
                y = Some(v);
                end = c1;
            }
        }
        Some((end, d, m, y))
    }

    pub(crate) fn dateline(&self, text: &str, published: Option<Date>) -> Option<Dateline> {
        let start = text.len() - text.trim_start().len();
        let s = &text[start..];
        let stop = s.find(|c: char| c == ',' || c == '(' || c == '\n' || is_dash(c))?;
        let place = s[..stop].trim();
        if !is_place(place) {
            return None;
        }
        let mut place = place.to_string();
        let mut i = stop;
        let mut end = stop - (s[..stop].len() - s[..stop].trim_end().len());
        let mut found = None;
        if s[i..].starts_with(',') {
            i += 1;
            if let Some(x) = self.dateline_date(s, i) {
                found = Some(x);
            } else {
                let r_end = s[i..]
                    .find(|c: char| c == ',' || c == '(' || c == '\n' || is_dash(c))
                    .map(|k| i + k)?;
                let region = s[i..r_end].trim();
                if !is_region(region) {
                    return None;
                }
                place = format!("{place}, {region}");
                end = r_end - (s[i..r_end].len() - s[i..r_end].trim_end().len());
                i = r_end;
                if s[i..].starts_with(',') {
                    found = Some(self.dateline_date(s, i + 1)?);
                }
            }
            if let Some((e, ..)) = found {
                end = e;
                i = e;
            }
        }
        let mut agency = None;
        let j = skip_spaces(s, i);
        if s[j..].starts_with('(') {
            let close = s[j..].find(')').filter(|&k| (2..=40).contains(&k))?;
            let a = s[j + 1..j + close].trim();
            if a.is_empty() || a.contains('\n') {
                return None;
            }
            agency = Some(a.to_string());
            i = j + close + 1;
            end = i;
        }
        let j = skip_spaces(s, i);
        let dash = s[j..].chars().next().filter(|c| is_dash(*c));
        if let Some(c) = dash {
            end = j + c.len_utf8();
        }
        if dash.is_none() && agency.is_none() && found.is_none() {
            return None;
        }
        let date = found.and_then(|(_, d, m, y)| match (y, published) {
            (Some(y), _) => date(y, m, d).map(TimeValue::day),
            (None, Some(p)) => {
                let py = i32::from(p.year());
                let this = date(py, m, d);
                match this {
                    Some(t) if days(t) <= days(p) + 2 => Some(TimeValue::day(t)),
                    _ => date(py - 1, m, d).map(TimeValue::day),
                }
            }
            (None, None) => None,
        });
        Some(Dateline {
            span: Span::new(start as u32, (start + end) as u32),
            place,
            agency,
            date,
        })
    }
}
