//! Reading a language's time data file (`data/<lang>.txt`): word classes and rules.
//!
//! The format is documented at the top of `data/en.txt`. Everything a language contributes
//! (month names, relative words, the order of numeric dates, the patterns news writes dates
//! in) is here, so the matcher in `matcher.rs` never asks which language it is reading.

use std::collections::HashMap;

use crate::error::{Error, Result};

/// A calendar unit a relative expression counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            _ => return None,
        })
    }
}

/// What one lowercased word can be. A word can be several things ("may": a month and a
/// literal), so every field is independent.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordInfo {
    /// Interned literal id, when some rule names the word.
    pub lit: Option<u16>,
    pub month: Option<u8>,
    pub weekday: Option<u8>,
    pub unit: Option<Unit>,
    pub num: Option<u32>,
    /// Ordinal word: 1 = first ..., 0 = last.
    pub ord: Option<u8>,
    /// A day of the month written as a word (Spanish "primero").
    pub day: Option<u8>,
    pub decade: Option<i32>,
    /// A month only in a dateline (Spanish "mar", "feb": in running text "Mar" is a sea).
    pub dateline_month: Option<u8>,
    /// Also an ordinary word ("may", "march", Spanish "mar"): see `matcher::month_ok`.
    pub ambiguous: bool,
    /// Written in lower case as a date, so a capitalized one beside a proper noun is part of
    /// a name (Spanish "Santo Domingo", "Plácido Domingo"): see `matcher::word_ok`.
    pub lower_case: bool,
    /// Worth looking at: the sentence prefilter skips sentences with no trigger and no digit.
    pub trigger: bool,
}

/// A typed slot of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    Month,
    Weekday,
    Unit,
    Num,
    Ord,
    Day,
    Year,
    Int,
    Decade,
    DecadeNum,
    /// A day written as an ordinal number only ("5th", "1º"): "on the 5th".
    OrdDay,
}

impl Slot {
    fn parse(s: &str) -> Option<Slot> {
        Some(match s {
            "MONTH" => Slot::Month,
            "WEEKDAY" => Slot::Weekday,
            "UNIT" => Slot::Unit,
            "NUM" => Slot::Num,
            "ORD" => Slot::Ord,
            "DAY" => Slot::Day,
            "YEAR" => Slot::Year,
            "INT" => Slot::Int,
            "DECADE" => Slot::Decade,
            "DECADENUM" => Slot::DecadeNum,
            "ORDDAY" => Slot::OrdDay,
            _ => return None,
        })
    }

    /// Slots whose words make a sentence worth analysing; numbers and ordinals alone do not.
    fn anchors(self) -> bool {
        !matches!(self, Slot::Num | Slot::Ord)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Elem {
    /// One of these literal ids.
    Lit(Vec<u16>),
    Slot(Slot),
    /// Any rule of this category (`<period>`).
    Sub(u16),
}

#[derive(Debug, Clone)]
pub(crate) struct Element {
    pub elem: Elem,
    pub optional: bool,
    /// Written `[...]`: must match, but stays outside the expression's span ("in" of "in 2019").
    pub context: bool,
}

/// Which occurrence of a day, weekday or month a rule means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    /// Chosen from the governing verb's tense.
    Tense,
    /// Strictly before the anchor ("last Friday", "el pasado martes").
    Last,
    /// Strictly after the anchor ("next Monday", "el próximo lunes").
    Next,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Action {
    Date(Dir),
    Month(Dir),
    Year,
    Decade,
    NumDate,
    IsoDate,
    Weekday(Dir),
    /// Saturday and Sunday of the weekend the direction picks.
    Weekend(Dir),
    /// A day of the month without its month ("el día 5", "on the 5th").
    MonthDay(Dir),
    DayOffset(i32),
    Shift(i32, Option<Unit>),
    /// `n` units before (-1) or after (+1) the anchor.
    Count(i32),
    /// Part `index` (None: the ORD slot; 0: the last) of `count` equal parts of the sub-value.
    Part(Option<u8>, u8),
    Ref,
    /// From the first sub-pattern's start to the second's end.
    Range,
    None,
}

#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub category: u16,
    pub action: Action,
    pub elems: Vec<Element>,
}

/// A numeric date's field order (`09/06/2021`): positions of day, month and year.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NumericOrder {
    pub day: usize,
    pub month: usize,
    pub year: usize,
}

/// One language's compiled time data.
#[derive(Debug)]
pub(crate) struct Data {
    pub words: HashMap<Box<str>, WordInfo>,
    pub rules: Vec<Rule>,
    /// Rule indexes per category id, in file order (the matcher's tie-break).
    pub by_category: Vec<Vec<usize>>,
    /// Category id of top-level rules (`expr`).
    pub expr: u16,
    pub ordinal_suffixes: Vec<Box<str>>,
    pub decade_suffixes: Vec<Box<str>>,
    pub numeric: NumericOrder,
    pub future_aux: Vec<Box<str>>,
    pub go_future: Vec<Box<str>>,
    pub perfect_aux: Vec<Box<str>>,
    /// Prepositions that look back from now ("since Monday", "desde el lunes"): an
    /// expression they introduce is read as past whatever the verb's tense.
    pub since: Vec<Box<str>>,
}

impl Data {
    /// Parses a data file.
    pub fn parse(text: &str) -> Result<Data> {
        let mut d = Data {
            words: HashMap::new(),
            rules: Vec::new(),
            by_category: Vec::new(),
            expr: 0,
            ordinal_suffixes: Vec::new(),
            decade_suffixes: Vec::new(),
            numeric: NumericOrder {
                day: 0,
                month: 1,
                year: 2,
            },
            future_aux: Vec::new(),
            go_future: Vec::new(),
            perfect_aux: Vec::new(),
            since: Vec::new(),
        };
        let mut categories: Vec<String> = vec!["expr".into()];
        let mut lits: Vec<String> = Vec::new();
        let mut uses: Vec<(usize, String)> = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split_once(" #").map_or(raw, |(a, _)| a).trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |m: &str| Error::Data {
                line: i + 1,
                message: m.to_string(),
                text: raw.to_string(),
            };
            let mut it = line.split_whitespace();
            let kind = it.next().expect("invariant: non-empty line has a word");
            let rest: Vec<&str> = it.collect();
            let num_then_words = |rest: &[&str]| -> Result<(i64, Vec<String>)> {
                let (n, ws) = rest.split_first().ok_or_else(|| err("expected a number"))?;
                let n: i64 = n.parse().map_err(|_| err("expected a number"))?;
                if ws.is_empty() {
                    return Err(err("expected words after the number"));
                }
                Ok((n, ws.iter().map(|w| w.to_lowercase()).collect()))
            };
            match kind {
                "month" | "weekday" | "number" | "ordinal" | "day" | "decade"
                | "dateline-month" => {
                    let (n, ws) = num_then_words(&rest)?;
                    for w in ws {
                        let e = d.words.entry(w.into()).or_default();
                        match kind {
                            "month" => {
                                e.month = u8::try_from(n).ok().filter(|m| (1..=12).contains(m))
                            }
                            "weekday" => {
                                e.weekday = u8::try_from(n).ok().filter(|m| (1..=7).contains(m))
                            }
                            "number" => e.num = u32::try_from(n).ok(),
                            "ordinal" => e.ord = u8::try_from(n).ok(),
                            "day" => e.day = u8::try_from(n).ok().filter(|m| (1..=31).contains(m)),
                            "dateline-month" => {
                                e.dateline_month =
                                    u8::try_from(n).ok().filter(|m| (1..=12).contains(m))
                            }
                            _ => e.decade = i32::try_from(n).ok(),
                        }
                        let ok = e.month.is_some()
                            || e.weekday.is_some()
                            || e.num.is_some()
                            || e.ord.is_some()
                            || e.day.is_some()
                            || e.decade.is_some()
                            || e.dateline_month.is_some();
                        if !ok {
                            return Err(err("number out of range"));
                        }
                        e.trigger |= matches!(kind, "month" | "weekday" | "day" | "decade");
                    }
                }
                "unit" => {
                    let (u, ws) = rest.split_first().ok_or_else(|| err("expected a unit"))?;
                    let u = Unit::parse(u).ok_or_else(|| err("unknown unit"))?;
                    for w in ws {
                        let e = d.words.entry(w.to_lowercase().into()).or_default();
                        e.unit = Some(u);
                        e.trigger = true;
                    }
                }
                "ambiguous" => flag(&mut d.words, &rest, |i| i.ambiguous = true),
                "lower-case" => flag(&mut d.words, &rest, |i| i.lower_case = true),
                "ordinal-suffix" => d.ordinal_suffixes = boxed(&rest),
                "decade-suffix" => d.decade_suffixes = boxed(&rest),
                "future-aux" => d.future_aux = boxed(&rest),
                "go-future" => d.go_future = boxed(&rest),
                "perfect-aux" => d.perfect_aux = boxed(&rest),
                "since" => d.since = boxed(&rest),
                "numeric-date" => {
                    let o = rest.first().copied().unwrap_or("");
                    let pos = |c: char| o.find(c).filter(|_| o.len() == 3);
                    d.numeric = match (pos('d'), pos('m'), pos('y')) {
                        (Some(day), Some(month), Some(year)) => NumericOrder { day, month, year },
                        _ => return Err(err("expected dmy, mdy or ymd")),
                    };
                }
                "rule" => {
                    let colon = rest
                        .iter()
                        .position(|w| *w == ":")
                        .ok_or_else(|| err("a rule needs ' : ' before its pattern"))?;
                    let (head, pattern) = (&rest[..colon], &rest[colon + 1..]);
                    let (cat, action) = head
                        .split_first()
                        .ok_or_else(|| err("expected a category"))?;
                    let category = intern(&mut categories, cat);
                    let action = parse_action(action).ok_or_else(|| err("unknown action"))?;
                    let mut elems = Vec::new();
                    for tok in pattern {
                        let (tok, context) =
                            match tok.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
                                Some(t) => (t, true),
                                None => (*tok, false),
                            };
                        let (tok, optional) = match tok.strip_suffix('?') {
                            Some(t) if !t.is_empty() => (t, true),
                            _ => (tok, false),
                        };
                        let elem = if let Some(s) = Slot::parse(tok) {
                            Elem::Slot(s)
                        } else if let Some(c) =
                            tok.strip_prefix('<').and_then(|t| t.strip_suffix('>'))
                        {
                            Elem::Sub(intern(&mut categories, c))
                        } else {
                            let ids = tok
                                .split('|')
                                .map(|w| {
                                    let w = w.to_lowercase();
                                    uses.push((i + 1, w.clone()));
                                    intern(&mut lits, &w)
                                })
                                .collect();
                            Elem::Lit(ids)
                        };
                        elems.push(Element {
                            elem,
                            optional,
                            context,
                        });
                    }
                    if elems.iter().all(|e| e.optional) {
                        return Err(err("a rule needs at least one required element"));
                    }
                    // A rule may use its own category (a range of two expressions), but not
                    // first: the matcher would recurse without consuming a word.
                    let first = elems.iter().find(|e| !e.optional);
                    if first.is_some_and(|e| e.elem == Elem::Sub(category))
                        || elems.first().is_some_and(|e| e.elem == Elem::Sub(category))
                    {
                        return Err(err("a rule cannot start with its own category"));
                    }
                    d.rules.push(Rule {
                        category,
                        action,
                        elems,
                    });
                }
                _ => return Err(err("unknown entry kind")),
            }
        }
        for (id, w) in lits.iter().enumerate() {
            d.words.entry(w.as_str().into()).or_default().lit = Some(id as u16);
        }
        // Rules anchored by no class slot and no sub-rule need one of their literals to count
        // as a trigger ("today", "ayer"); the last required one is the content word in practice.
        for r in &d.rules {
            let anchored = r.elems.iter().any(|e| {
                !e.optional
                    && match &e.elem {
                        Elem::Slot(s) => s.anchors(),
                        Elem::Sub(_) => true,
                        Elem::Lit(_) => false,
                    }
            });
            if anchored {
                continue;
            }
            if let Some(Elem::Lit(ids)) =
                r.elems.iter().rev().find(|e| !e.optional).map(|e| &e.elem)
            {
                for id in ids {
                    d.words
                        .get_mut(lits[*id as usize].as_str())
                        .expect("invariant: literals were just inserted")
                        .trigger = true;
                }
            }
        }
        for (c, name) in categories.iter().enumerate().skip(1) {
            if !d.rules.iter().any(|r| usize::from(r.category) == c) {
                let line = uses.first().map_or(0, |u| u.0);
                return Err(Error::Data {
                    line,
                    message: format!("category <{name}> has no rules"),
                    text: String::new(),
                });
            }
        }
        d.by_category = (0..categories.len())
            .map(|c| {
                (0..d.rules.len())
                    .filter(|&k| usize::from(d.rules[k].category) == c)
                    .collect()
            })
            .collect();
        Ok(d)
    }
}

/// Sets a flag (`set`) on each of `ws`, lower-cased, adding the words not met yet.
fn flag(words: &mut HashMap<Box<str>, WordInfo>, ws: &[&str], set: fn(&mut WordInfo)) {
    for w in ws {
        set(words.entry(w.to_lowercase().into()).or_default());
    }
}

fn boxed(ws: &[&str]) -> Vec<Box<str>> {
    ws.iter().map(|w| w.to_lowercase().into()).collect()
}

fn intern(v: &mut Vec<String>, s: &str) -> u16 {
    match v.iter().position(|x| x == s) {
        Some(i) => i as u16,
        None => {
            v.push(s.to_string());
            (v.len() - 1) as u16
        }
    }
}

fn parse_action(a: &[&str]) -> Option<Action> {
    let dir = |a: Option<&&str>| match a.copied() {
        None => Some(Dir::Tense),
        Some("last") => Some(Dir::Last),
        Some("next") => Some(Dir::Next),
        _ => None,
    };
    let (name, args) = a.split_first()?;
    Some(match *name {
        "date" => Action::Date(dir(args.first())?),
        "month" => Action::Month(dir(args.first())?),
        "weekday" => Action::Weekday(dir(args.first())?),
        "weekend" => Action::Weekend(dir(args.first())?),
        "monthday" => Action::MonthDay(dir(args.first())?),
        "year" => Action::Year,
        "decade" => Action::Decade,
        "numdate" => Action::NumDate,
        "isodate" => Action::IsoDate,
        "day" => Action::DayOffset(args.first()?.parse().ok()?),
        "shift" => Action::Shift(
            args.first()?.parse().ok()?,
            match args.get(1) {
                Some(u) => Some(Unit::parse(u)?),
                None => None,
            },
        ),
        "ago" => Action::Count(-1),
        "later" => Action::Count(1),
        "part" => {
            let index = match *args.first()? {
                "ORD" => None,
                n => Some(n.parse().ok()?),
            };
            Action::Part(index, args.get(1)?.parse().ok()?)
        }
        "ref" => Action::Ref,
        "range" => Action::Range,
        "none" => Action::None,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_data_parses() {
        for t in [
            include_str!("../data/en.txt"),
            include_str!("../data/es.txt"),
        ] {
            let d = Data::parse(t).unwrap();
            assert!(d.rules.len() > 20);
            assert!(d.words.values().any(|w| w.month == Some(12)));
        }
    }

    #[test]
    fn bad_lines_name_their_line() {
        let e = Data::parse("month 1 january\nrule expr frobnicate : MONTH\n").unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
        assert!(Data::parse("rule expr ref : <nowhere>\n").is_err());
        assert!(Data::parse("weekday 9 funday\n").is_err());
        assert!(Data::parse("rule expr range : <expr> to <expr>\n").is_err());
    }
}
