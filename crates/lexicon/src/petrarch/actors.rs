//! PETRARCH actor dictionaries (`*.actors.txt`).
//!
//! An entry starts with a name line and may continue with `+` synonym lines and indented code
//! lines; codes may also follow the name on its own line, several to a line:
//!
//! ```text
//! ARNOR_ [ARN]                   name with one code
//! +NORTH_KINGDOM                 synonym of the entry above
//! ELENDIL_                       name whose codes follow
//!     [ARNELI 150101-200101]     code valid between two dates (YYMMDD or YYYYMMDD)
//!     [ARNGOV >200101]           valid from a date; `<` means until a date
//! ANGMAR_ [ANG/WTC] [---]        `/` separates codes; `---` means "recognized, not an actor"
//! ```
//!
//! `_` joins the words of a name; a trailing `_` (TABARI's "whole word, not a stem") is kept as
//! [`ActorName::exact`], which PETRARCH2 itself ignores. Two-digit years follow KEDS/TABARI:
//! 00–30 are 20YY, otherwise 19YY.
//!
//! Generous readings, each reported as a [`Warning`](super::Warning): a date that is not 6 or
//! 8 digits is kept as [`Validity::Malformed`]; a code that is not a well-formed CAMEO actor
//! code (`ITHTV`, lower-case `pse`) is kept as [`CodeSpec::Legacy`]; text after the last `]`
//! and an unclosed `[` are ignored, as is an empty `+` line; an entry left without any code is
//! kept with none.

use std::path::Path;

use dyad_core::ActorCode;

use super::lines::lines;
use super::{read, words, Ctx, Loaded};
use crate::Result;

/// A whole actor dictionary.
#[derive(Debug, Clone, Default)]
pub struct ActorDictionary {
    /// Entries in file order.
    pub entries: Vec<ActorEntry>,
}

/// One actor: its names and its (dated) codes.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorEntry {
    /// The primary name first, then `+` synonyms.
    pub names: Vec<ActorName>,
    /// Codes with their validity, in file order.
    pub codes: Vec<DatedCode>,
    /// Line of the primary name.
    pub line: usize,
}

/// A name or synonym.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorName {
    /// The words, upper case as written.
    pub words: Vec<String>,
    /// The name ended in `_`: match whole words only (TABARI); PETRARCH2 ignores this.
    pub exact: bool,
    /// Line number.
    pub line: usize,
}

/// What a code slot holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeSpec {
    /// A well-formed CAMEO actor code.
    Code(ActorCode),
    /// `---`: the phrase is known and deliberately not coded as an actor.
    Null,
    /// Anything else, verbatim (validation-suite fictions like `+++`, typos like `ITHTV`).
    Legacy(Box<str>),
}

/// A calendar date from a dictionary (no validation beyond ranges: month 1–12, day 1–31).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DictDate {
    /// Four-digit year.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day, 1–31.
    pub day: u8,
}

/// When a code applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Validity {
    /// No date restriction.
    Always,
    /// `>D`: from D on.
    From(DictDate),
    /// `<D`: until D.
    Until(DictDate),
    /// `D1-D2`: from D1 to D2.
    Between(DictDate, DictDate),
    /// A bare date `D` (found a few times in the Phoenix files; meaning unclear, kept as is).
    On(DictDate),
    /// A date restriction that could not be read, verbatim.
    Malformed(Box<str>),
}

/// A code and its validity.
#[derive(Debug, Clone, PartialEq)]
pub struct DatedCode {
    /// The code.
    pub code: CodeSpec,
    /// When it applies.
    pub validity: Validity,
    /// Line number.
    pub line: usize,
}

impl ActorDictionary {
    /// Reads an actor dictionary file.
    pub fn load(path: &Path) -> Result<Loaded<ActorDictionary>> {
        Self::parse(&read(path)?, path)
    }

    /// Parses dictionary text; `path` is used in messages only.
    pub fn parse(text: &str, path: &Path) -> Result<Loaded<ActorDictionary>> {
        let mut cx = Ctx::new(path);
        let mut d = ActorDictionary::default();
        for l in lines(text) {
            let t = l.text.trim();
            if t.starts_with('[') {
                let Some(e) = d.entries.last_mut() else {
                    return Err(cx.error(l.no, "code line before any actor name"));
                };
                parse_codes(t, l.no, &mut e.codes, &mut cx);
            } else if let Some(rest) = t.strip_prefix('+') {
                let Some(e) = d.entries.last_mut() else {
                    return Err(cx.error(l.no, "synonym line before any actor name"));
                };
                let (name, codes) = split_name(rest);
                if words(name).is_empty() {
                    cx.warn(l.no, "`+` without a synonym; ignored");
                } else {
                    e.names.push(name_of(name, l.no, &mut cx)?);
                }
                if !codes.is_empty() {
                    parse_codes(codes, l.no, &mut e.codes, &mut cx);
                }
            } else {
                if let Some(prev) = d.entries.last() {
                    if prev.codes.is_empty() {
                        cx.warn(prev.line, "actor entry has no code");
                    }
                }
                let (name, codes) = split_name(t);
                let mut e = ActorEntry {
                    names: vec![name_of(name, l.no, &mut cx)?],
                    codes: Vec::new(),
                    line: l.no,
                };
                if !codes.is_empty() {
                    parse_codes(codes, l.no, &mut e.codes, &mut cx);
                }
                d.entries.push(e);
            }
        }
        if let Some(prev) = d.entries.last() {
            if prev.codes.is_empty() {
                cx.warn(prev.line, "actor entry has no code");
            }
        }
        Ok(cx.finish(d))
    }

    /// Number of names (primary names plus synonyms).
    pub fn name_count(&self) -> usize {
        self.entries.iter().map(|e| e.names.len()).sum()
    }

    /// Number of code slots.
    pub fn code_count(&self) -> usize {
        self.entries.iter().map(|e| e.codes.len()).sum()
    }
}

/// Splits `NAME [codes...]` at the first `[`.
fn split_name(t: &str) -> (&str, &str) {
    match t.find('[') {
        Some(k) => (&t[..k], &t[k..]),
        None => (t, ""),
    }
}

fn name_of(s: &str, no: usize, cx: &mut Ctx) -> Result<ActorName> {
    let s = s.trim();
    if s.contains(']') {
        cx.warn(no, format!("stray `]` in name {s:?} ignored"));
    }
    let w = words(&s.replace(']', " "));
    if w.is_empty() {
        return Err(cx.error(no, "actor line without a name"));
    }
    Ok(ActorName {
        words: w,
        exact: s.ends_with('_'),
        line: no,
    })
}

/// Parses every `[...]` group of `t` into `out`.
fn parse_codes(t: &str, no: usize, out: &mut Vec<DatedCode>, cx: &mut Ctx) {
    let mut rest = t;
    loop {
        let Some(open) = rest.find('[') else {
            if !rest.trim().is_empty() {
                cx.warn(
                    no,
                    format!("text {:?} after the codes ignored", rest.trim()),
                );
            }
            return;
        };
        if !rest[..open].trim().is_empty() {
            cx.warn(
                no,
                format!("text {:?} between codes ignored", rest[..open].trim()),
            );
        }
        let Some(close) = rest[open..].find(']').map(|k| k + open) else {
            cx.warn(
                no,
                format!("unclosed `[` in {:?}; ignored", rest[open..].trim()),
            );
            return;
        };
        parse_group(&rest[open + 1..close], no, out, cx);
        rest = &rest[close + 1..];
    }
}

fn parse_group(g: &str, no: usize, out: &mut Vec<DatedCode>, cx: &mut Ctx) {
    let g = g.trim();
    let (codes, date) = match g.find(char::is_whitespace) {
        Some(k) => (&g[..k], g[k..].trim()),
        None => (g, ""),
    };
    if codes.contains('[') {
        cx.warn(no, format!("nested `[` in code group {g:?}; kept verbatim"));
    }
    let validity = parse_validity(date, no, cx);
    for c in codes.split('/') {
        let code = if c == "---" {
            CodeSpec::Null
        } else {
            match c.parse::<ActorCode>() {
                Ok(a) => CodeSpec::Code(a),
                Err(_) => {
                    cx.warn(
                        no,
                        format!("{c:?} is not a CAMEO actor code; kept verbatim"),
                    );
                    CodeSpec::Legacy(c.into())
                }
            }
        };
        out.push(DatedCode {
            code,
            validity: validity.clone(),
            line: no,
        });
    }
}

fn parse_validity(s: &str, no: usize, cx: &mut Ctx) -> Validity {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() {
        return Validity::Always;
    }
    let v = if let Some(d) = compact.strip_prefix('>') {
        parse_date(d).map(Validity::From)
    } else if let Some(d) = compact.strip_prefix('<') {
        parse_date(d).map(Validity::Until)
    } else if let Some((a, b)) = compact.split_once('-') {
        parse_date(a)
            .zip(parse_date(b))
            .map(|(a, b)| Validity::Between(a, b))
    } else {
        parse_date(&compact).map(Validity::On)
    };
    v.unwrap_or_else(|| {
        cx.warn(
            no,
            format!("date restriction {s:?} is not YYMMDD or YYYYMMDD; kept verbatim"),
        );
        Validity::Malformed(s.into())
    })
}

/// `YYMMDD` (00–30 → 20YY) or `YYYYMMDD`.
pub fn parse_date(s: &str) -> Option<DictDate> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u16>().ok());
    let (year, m, d) = match s.len() {
        6 => {
            let yy = num(0..2)?;
            (
                if yy <= 30 { 2000 + yy } else { 1900 + yy },
                num(2..4)?,
                num(4..6)?,
            )
        }
        8 => (num(0..4)?, num(4..6)?, num(6..8)?),
        _ => return None,
    };
    let (month, day) = (u8::try_from(m).ok()?, u8::try_from(d).ok()?);
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(DictDate { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(t: &str) -> Loaded<ActorDictionary> {
        ActorDictionary::parse(t, Path::new("t.actors")).unwrap()
    }

    #[test]
    fn entries_synonyms_and_dates() {
        let t = "\
# header
GONDOR_  [GON]
+SOUTH_KINGDOM
+MINAS_TIRITH # the capital
DENETHOR_  # steward
\t[GONGOV 19500101-190315]
\t[GONELI >190316]
\t[GON <500101]
ROHAN_ [ROH/EOR] [---]
THE_RIDERS [ROHMIL > 020304] [ROHGOV 020101]
";
        let l = parse(t);
        assert!(l.warnings.is_empty(), "{:?}", l.warnings);
        let d = l.value;
        assert_eq!(d.entries.len(), 4);
        let g = &d.entries[0];
        assert_eq!(g.names.len(), 3);
        assert!(g.names[0].exact);
        assert_eq!(g.names[2].words, ["MINAS", "TIRITH"]);
        assert_eq!(g.names[2].line, 4);
        let den = &d.entries[1];
        assert_eq!(den.codes.len(), 3);
        let y = |year, month, day| DictDate { year, month, day };
        assert_eq!(
            den.codes[0].validity,
            Validity::Between(y(1950, 1, 1), y(2019, 3, 15))
        );
        assert_eq!(den.codes[1].validity, Validity::From(y(2019, 3, 16)));
        assert_eq!(den.codes[2].validity, Validity::Until(y(1950, 1, 1)));
        match &den.codes[0].code {
            CodeSpec::Code(c) => assert_eq!(c.as_str(), "GONGOV"),
            other => panic!("{other:?}"),
        }
        let r = &d.entries[2];
        assert_eq!(r.codes.len(), 3);
        assert_eq!(r.codes[2].code, CodeSpec::Null);
        assert_eq!(
            d.entries[3].codes[0].validity,
            Validity::From(y(2002, 3, 4))
        );
        assert_eq!(d.entries[3].codes[1].validity, Validity::On(y(2002, 1, 1)));
        assert_eq!(d.name_count(), 6);
        assert_eq!(d.code_count(), 9);
    }

    #[test]
    fn oddities_warned() {
        let t = "A_ [AAA 9912311]\nB_ [bbb] trailing words\nC_\nD_ [DDD\n+E]_\n";
        let l = parse(t);
        let lines: Vec<usize> = l.warnings.iter().map(|w| w.line).collect();
        assert_eq!(lines, vec![1, 2, 2, 3, 4, 5, 4], "{:?}", l.warnings);
        assert!(matches!(
            l.value.entries[0].codes[0].validity,
            Validity::Malformed(_)
        ));
        assert_eq!(
            l.value.entries[1].codes[0].code,
            CodeSpec::Legacy("bbb".into())
        );
    }

    #[test]
    fn errors_name_the_line() {
        for t in ["\t[AAA]\n", "+SYN\n"] {
            match ActorDictionary::parse(t, Path::new("x")) {
                Err(crate::Error::Syntax { line: 1, .. }) => {}
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("300101").unwrap().year, 2030);
        assert_eq!(parse_date("310101").unwrap().year, 1931);
        assert!(parse_date("19991301").is_none());
        assert!(parse_date("9008223").is_none());
        assert!(parse_date("").is_none());
    }
}
