//! Finding temporal expressions: word classes, rule matching, and resolving each match
//! against the document date.
//!
//! The matcher walks the sentence once, left to right; at each position every top-level rule
//! is tried and the longest match wins (then the first written), so "June 9, 2021" is one date
//! and not a date plus a year. Rules are data (`data/<lang>.txt`); the code knows only slots,
//! sub-patterns and a fixed set of actions, none of them tied to a language.

use dyad_core::{Date, Sentence, UdRel, Upos};

use crate::data::{Action, Data, Dir, Elem, Element, Rule, Slot, Unit, WordInfo};
use crate::tree::{governing_tense, Tense};
use crate::value::{
    add_months, date, days, days_in_month, from_days, weekday, Precision, TimeValue,
};

/// What a number written in digits can be.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Digits {
    /// All digits (at most 4).
    pub int: Option<u32>,
    pub ndigits: u8,
    /// Digits plus an ordinal suffix ("3rd", "1º").
    pub ord_day: Option<u8>,
    /// Digits plus a decade suffix ("1990s", "'90s").
    decade: Option<i32>,
}

/// One unit the rules match: a word, or a part of a hyphenated word ("mid", "-", "July").
#[derive(Debug, Clone, Copy)]
pub(crate) struct Piece {
    pub word: u32,
    info: WordInfo,
    digits: Digits,
    capitalized: bool,
    upos: Option<Upos>,
    after_propn: bool,
    before_propn: bool,
    /// The word before starts with a capital ("Plácido Domingo", whatever its tag).
    after_capital: bool,
    /// A number that counts the next word (`nummod`: "2900 kilovatios"), so not a year.
    counts_next: bool,
    punct: bool,
}

impl Piece {
    /// No element of any rule can match this piece, so no match starts here (most words).
    fn inert(&self) -> bool {
        let i = &self.info;
        let d = &self.digits;
        i.lit.is_none()
            && i.month.is_none()
            && i.weekday.is_none()
            && i.unit.is_none()
            && i.num.is_none()
            && i.ord.is_none()
            && i.day.is_none()
            && i.decade.is_none()
            && d.int.is_none()
            && d.ord_day.is_none()
            && d.decade.is_none()
    }
}

/// What a rule captured while matching.
#[derive(Debug, Clone, Copy, Default)]
struct Caps {
    day: Option<u8>,
    month: Option<u8>,
    year: Option<i32>,
    weekday: Option<u8>,
    num: Option<u32>,
    unit: Option<Unit>,
    ord: Option<u8>,
    decade: Option<i32>,
    ints: [u32; 3],
    nints: usize,
    sub: Option<TimeValue>,
    /// The second sub-pattern's value, for a range's end.
    sub2: Option<TimeValue>,
}

/// A match: pieces `start..end`, the span part `content..end`, and its value (`None` for a
/// blocking rule).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match {
    pub content: usize,
    pub end: usize,
    pub value: Option<TimeValue>,
}

/// The longest word a keyword can be, in bytes; longer words are never looked up.
const MAX_KEY: usize = 48;

impl Data {
    /// The entry for `form`, lowercased without allocating; a final "." is optional ("Jan.").
    pub(crate) fn lookup(&self, form: &str) -> Option<&WordInfo> {
        let mut buf = [0u8; MAX_KEY];
        let mut n = 0;
        for c in form.chars().flat_map(char::to_lowercase) {
            let l = c.len_utf8();
            if n + l > MAX_KEY {
                return None;
            }
            c.encode_utf8(&mut buf[n..]);
            n += l;
        }
        let key = std::str::from_utf8(&buf[..n]).expect("invariant: built from chars");
        self.words
            .get(key)
            .or_else(|| key.strip_suffix('.').and_then(|k| self.words.get(k)))
    }

    fn is_trigger(&self, part: &str) -> bool {
        part.bytes().any(|b| b.is_ascii_digit()) || self.lookup(part).is_some_and(|i| i.trigger)
    }

    pub(crate) fn digits(&self, part: &str) -> Digits {
        let mut d = Digits::default();
        let body = part.strip_prefix('\'').unwrap_or(part);
        let n = body.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 4 {
            return d;
        }
        let v: u32 = body[..n].parse().expect("invariant: ascii digits");
        let rest = &body[n..];
        if rest.is_empty() && body.len() == part.len() {
            d.int = Some(v);
            d.ndigits = n as u8;
        } else if self
            .ordinal_suffixes
            .iter()
            .any(|s| s.eq_ignore_ascii_case(rest))
            && (1..=31).contains(&v)
            && body.len() == part.len()
        {
            d.ord_day = Some(v as u8);
        } else if self
            .decade_suffixes
            .iter()
            .any(|s| s.eq_ignore_ascii_case(rest))
            && v.is_multiple_of(10)
        {
            d.decade = match n {
                4 => Some(v as i32),
                2 => Some(1900 + v as i32),
                _ => None,
            };
        }
        d
    }

    fn piece(&self, s: &Sentence, word: u32, part: &str, whole: bool) -> Piece {
        let i = word as usize;
        let w = &s.words[i];
        let upos_at = |k: usize| s.words.get(k).and_then(|w| w.upos);
        Piece {
            word,
            upos: if whole { w.upos } else { None },
            after_propn: i > 0 && upos_at(i - 1) == Some(Upos::Propn),
            before_propn: upos_at(i + 1) == Some(Upos::Propn),
            after_capital: i > 0
                && s.words[i - 1]
                    .form
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase),
            // "hasta 2900 kilovatios" counts; "the 2012 elections" (a determiner before it)
            // names a year even when the parser calls it nummod.
            counts_next: w.deprel.as_ref().is_some_and(|d| d.is(UdRel::Nummod))
                && w.head == Some(word + 2)
                && (i == 0 || upos_at(i - 1) != Some(Upos::Det)),
            info: self.lookup(part).copied().unwrap_or_default(),
            digits: self.digits(part),
            capitalized: part.chars().next().is_some_and(char::is_uppercase),
            punct: part.chars().all(|c| c.is_ascii_punctuation()),
        }
    }

    /// The sentence as pieces, or `None` when no word can start a temporal expression (the
    /// cheap path most sentences take: one hash lookup per word, no allocation).
    pub(crate) fn pieces(&self, s: &Sentence) -> Option<Vec<Piece>> {
        let worth = s.words.iter().any(|w| {
            self.is_trigger(&w.form)
                || (w.form.len() > 1
                    && w.form.contains('-')
                    && w.form.split('-').any(|p| self.is_trigger(p)))
        });
        if !worth {
            return None;
        }
        let mut out = Vec::with_capacity(s.words.len() + 4);
        for (i, w) in s.words.iter().enumerate() {
            let split = w.form.len() > 1
                && w.form.contains('-')
                && self.lookup(&w.form).is_none()
                && w.form.split('-').any(|p| self.is_trigger(p));
            if split {
                for (k, part) in w.form.split('-').enumerate() {
                    if k > 0 {
                        out.push(self.piece(s, i as u32, "-", false));
                    }
                    if !part.is_empty() {
                        out.push(self.piece(s, i as u32, part, true));
                    }
                }
            } else {
                out.push(self.piece(s, i as u32, &w.form, true));
            }
        }
        Some(out)
    }
}

/// Everything a match needs besides the rule.
pub(crate) struct Ctx<'a> {
    pub data: &'a Data,
    pub sentence: &'a Sentence,
    pub pieces: &'a [Piece],
    pub anchor: Date,
}

impl Ctx<'_> {
    /// Every top-level match, left to right, without overlaps.
    pub(crate) fn scan(&self) -> Vec<Match> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.pieces.len() {
            if self.pieces[i].inert() {
                i += 1;
                continue;
            }
            match self.best(self.data.expr, i) {
                Some(m) => {
                    // A match led by context words ("on" of "on the 4th") must not hide a
                    // longer one starting at its content ("the 4th of May").
                    let m = match (m.content > i).then(|| self.best(self.data.expr, m.content)) {
                        Some(Some(inner)) if inner.end > m.end => inner,
                        _ => m,
                    };
                    out.push(m);
                    i = m.end;
                }
                None => i += 1,
            }
        }
        out
    }

    /// The longest match of any rule of `category` at piece `pos`.
    fn best(&self, category: u16, pos: usize) -> Option<Match> {
        let mut best: Option<Match> = None;
        for r in self.data.by_category[usize::from(category)]
            .iter()
            .map(|&k| &self.data.rules[k])
        {
            if let Some(m) = self.match_rule(r, pos) {
                match best {
                    Some(b) if b.end >= m.end => {}
                    _ => best = Some(m),
                }
            }
        }
        best
    }

    fn match_rule(&self, rule: &Rule, pos: usize) -> Option<Match> {
        let (end, content, caps) = self.match_elems(&rule.elems, pos, None, Caps::default())?;
        let mut content = content?;
        // Optional commas at either edge ("Sunday, June 27," or ", June 27") are not part of
        // the expression.
        while content + 1 < end && self.pieces[content].punct {
            content += 1;
        }
        let mut last = end;
        while last > content + 1 && self.pieces[last - 1].punct {
            last -= 1;
        }
        let value = if rule.action == Action::None {
            None
        } else {
            Some(self.eval(rule.action, &caps, content, last)?)
        };
        Some(Match {
            content,
            end: last,
            value,
        })
    }

    /// Matches `elems` from `pos`, trying an optional element first and then without it.
    fn match_elems(
        &self,
        elems: &[Element],
        pos: usize,
        content: Option<usize>,
        caps: Caps,
    ) -> Option<(usize, Option<usize>, Caps)> {
        let Some((e, rest)) = elems.split_first() else {
            return Some((pos, content, caps));
        };
        if let Some((next, c2)) = self.match_one(e, pos, caps) {
            let content = if e.context {
                content
            } else {
                content.or(Some(pos))
            };
            if let Some(r) = self.match_elems(rest, next, content, c2) {
                return Some(r);
            }
        }
        if e.optional {
            return self.match_elems(rest, pos, content, caps);
        }
        None
    }

    fn match_one(&self, e: &Element, pos: usize, mut caps: Caps) -> Option<(usize, Caps)> {
        if let Elem::Sub(cat) = e.elem {
            let m = self.best(cat, pos)?;
            if caps.sub.is_none() {
                caps.sub = m.value;
            } else {
                caps.sub2 = m.value;
            }
            return Some((m.end, caps));
        }
        let p = self.pieces.get(pos)?;
        let i = &p.info;
        let d = &p.digits;
        let ok = match &e.elem {
            Elem::Lit(ids) => i.lit.is_some_and(|l| ids.contains(&l)),
            Elem::Sub(_) => unreachable!("handled above"),
            Elem::Slot(slot) => match slot {
                Slot::Month => {
                    caps.month = i.month.filter(|_| word_ok(p));
                    caps.month.is_some()
                }
                Slot::Weekday => {
                    caps.weekday = i.weekday.filter(|_| word_ok(p));
                    caps.weekday.is_some()
                }
                Slot::Unit => {
                    caps.unit = i.unit;
                    i.unit.is_some()
                }
                Slot::Num => {
                    caps.num = i.num.or(d.int.filter(|_| d.ndigits <= 3));
                    caps.num.is_some()
                }
                Slot::Ord => {
                    caps.ord = i.ord;
                    i.ord.is_some()
                }
                Slot::Day => {
                    caps.day = i.day.or(d.ord_day).or(d
                        .int
                        .filter(|v| d.ndigits <= 2 && (1..=31).contains(v))
                        .map(|v| v as u8));
                    caps.day.is_some()
                }
                Slot::Year => match d
                    .int
                    .filter(|v| d.ndigits == 4 && (1000..3000).contains(v) && !p.counts_next)
                {
                    Some(y) => {
                        caps.year = Some(y as i32);
                        push_int(&mut caps, y)
                    }
                    None => false,
                },
                Slot::Int => match d.int.filter(|_| d.ndigits <= 2) {
                    Some(v) => push_int(&mut caps, v),
                    None => false,
                },
                Slot::Decade => {
                    caps.decade = d.decade;
                    d.decade.is_some()
                }
                Slot::OrdDay => {
                    caps.day = d.ord_day;
                    d.ord_day.is_some()
                }
                Slot::DecadeNum => {
                    caps.decade = i.decade.or(match (d.int, d.ndigits) {
                        (Some(v), 4) if v.is_multiple_of(10) => Some(v as i32),
                        (Some(v), 2) if v.is_multiple_of(10) => Some(1900 + v as i32),
                        _ => None,
                    });
                    caps.decade.is_some()
                }
            },
        };
        ok.then_some((pos + 1, caps))
    }

    fn tense(&self, content: usize, end: usize) -> Tense {
        let first = self.pieces[content].word;
        let last = self.pieces[end.max(content + 1) - 1].word;
        governing_tense(self.sentence, first, last, self.data)
    }

    fn eval(&self, action: Action, c: &Caps, content: usize, end: usize) -> Option<TimeValue> {
        let a = self.anchor;
        let (ay, am, ad) = (i32::from(a.year()), a.month(), a.day());
        let year_of = |c: &Caps| {
            c.year.or(c
                .sub
                .filter(|v| v.precision == Precision::Year)
                .map(|v| i32::from(v.start.year())))
        };
        let future = |dir: Dir| match dir {
            Dir::Tense => self.tense(content, end) == Tense::Future,
            Dir::Next => true,
            Dir::Last => false,
        };
        match action {
            Action::Date(dir) => {
                let (m, d) = (c.month?, c.day?);
                let y = match year_of(c) {
                    Some(y) => y,
                    None => {
                        let strict = dir != Dir::Tense;
                        let key = (m, d);
                        let now = (am, ad);
                        if future(dir) {
                            if key > now || (!strict && key == now) {
                                ay
                            } else {
                                ay + 1
                            }
                        } else if key < now || (!strict && key == now) {
                            ay
                        } else {
                            ay - 1
                        }
                    }
                };
                Some(TimeValue::day(date(y, m, d)?))
            }
            Action::Month(dir) => {
                let m = c.month?;
                let y = match year_of(c) {
                    Some(y) => y,
                    None => {
                        let strict = dir != Dir::Tense;
                        if future(dir) {
                            if m > am || (!strict && m == am) {
                                ay
                            } else {
                                ay + 1
                            }
                        } else if m < am || (!strict && m == am) {
                            ay
                        } else {
                            ay - 1
                        }
                    }
                };
                TimeValue::month(y, m)
            }
            Action::Year => TimeValue::year(c.year?),
            Action::Decade => TimeValue::decade(c.decade.or(c.year)?),
            Action::NumDate => {
                if c.nints != 3 {
                    return None;
                }
                let o = self.data.numeric;
                let (d, m) = (c.ints[o.day], c.ints[o.month]);
                Some(TimeValue::day(date(
                    c.ints[o.year] as i32,
                    u8::try_from(m).ok()?,
                    u8::try_from(d).ok()?,
                )?))
            }
            Action::IsoDate => {
                if c.nints != 3 {
                    return None;
                }
                Some(TimeValue::day(date(
                    c.ints[0] as i32,
                    u8::try_from(c.ints[1]).ok()?,
                    u8::try_from(c.ints[2]).ok()?,
                )?))
            }
            Action::Weekday(dir) => {
                let (wd, awd) = (i64::from(c.weekday?), i64::from(weekday(a)));
                let n = days(a);
                let day = match dir {
                    Dir::Last => n - ((awd - wd - 1).rem_euclid(7) + 1),
                    Dir::Next => n + ((wd - awd - 1).rem_euclid(7) + 1),
                    Dir::Tense if future(dir) => n + (wd - awd).rem_euclid(7),
                    Dir::Tense => n - (awd - wd).rem_euclid(7),
                };
                Some(TimeValue::day(from_days(day)))
            }
            Action::Weekend(dir) => {
                let (awd, n) = (i64::from(weekday(a)), days(a));
                let saturday = match dir {
                    Dir::Last => n - ((awd - 6 - 1).rem_euclid(7) + 1),
                    Dir::Next => n + ((6 - awd - 1).rem_euclid(7) + 1),
                    // Said on a Saturday or Sunday, "the weekend" is the one under way.
                    _ if awd >= 6 => n - (awd - 6),
                    Dir::Tense if future(dir) => n + (6 - awd).rem_euclid(7),
                    Dir::Tense => n - (awd - 6).rem_euclid(7),
                };
                Some(TimeValue {
                    start: from_days(saturday),
                    end: from_days(saturday + 1),
                    precision: Precision::Day,
                })
            }
            Action::MonthDay(dir) => {
                let d = c.day?;
                let strict = dir != Dir::Tense;
                let shift = if future(dir) {
                    i32::from(!(d > ad || (!strict && d == ad)))
                } else {
                    -i32::from(!(d < ad || (!strict && d == ad)))
                };
                let m = add_months(date(ay, am, 1)?, shift)?;
                Some(TimeValue::day(date(i32::from(m.year()), m.month(), d)?))
            }
            Action::DayOffset(k) => Some(TimeValue::day(from_days(days(a) + i64::from(k)))),
            Action::Shift(k, unit) => shift(a, k, unit.or(c.unit)?),
            Action::Count(sign) => shift(a, sign * i32::try_from(c.num?).ok()?, c.unit?),
            Action::Part(index, count) => {
                let sub = c.sub?;
                let i = match index.or(c.ord)? {
                    0 => count,
                    i if i <= count => i,
                    _ => return None,
                };
                part(sub, i, count)
            }
            Action::Ref => c.sub,
            Action::Range => {
                // Both ends in the same unit and in order ("from April to June",
                // "entre 2019 y 2021"); anything else falls back to the first end alone.
                let (a, b) = (c.sub?, c.sub2?);
                (a.precision == b.precision && a.start <= b.end).then_some(TimeValue {
                    start: a.start,
                    end: b.end,
                    precision: a.precision,
                })
            }
            Action::None => None,
        }
    }
}

fn push_int(c: &mut Caps, v: u32) -> bool {
    if c.nints < 3 {
        c.ints[c.nints] = v;
        c.nints += 1;
    }
    true
}

/// A word that is also an ordinary word ("may", "March") counts as a month or weekday only
/// when written capitalized, not tagged as a verb or auxiliary, and not next to a proper
/// noun ("Theresa May", "Jan Egeland"). One the language writes in lower case as a date
/// does not count when capitalized next to a proper noun or after a capitalized word
/// ("Santo Domingo", "Plácido Domingo").
fn word_ok(p: &Piece) -> bool {
    let beside_name = p.after_propn || p.before_propn;
    if p.info.lower_case && p.capitalized && (beside_name || p.after_capital) {
        return false;
    }
    !p.info.ambiguous
        || (p.capitalized && !matches!(p.upos, Some(Upos::Verb | Upos::Aux)) && !beside_name)
}

/// The unit containing `a` moved by `k` units; its precision is the unit.
fn shift(a: Date, k: i32, unit: Unit) -> Option<TimeValue> {
    let y = i32::from(a.year());
    match unit {
        Unit::Day => Some(TimeValue::day(from_days(days(a) + i64::from(k)))),
        Unit::Week => Some(TimeValue::week_of(from_days(days(a) + 7 * i64::from(k)))),
        Unit::Month => {
            let d = add_months(a, k)?;
            TimeValue::month(i32::from(d.year()), d.month())
        }
        Unit::Year => TimeValue::year(y + k),
        Unit::Decade => TimeValue::decade(y + 10 * k),
    }
}

/// Part `i` of `k` equal parts of a month (counted in days, on a 30-day grid so thirds are
/// 1–10, 11–20, 21–end and halves 1–15, 16–end, as "a mediados de" and "quincena" mean) or
/// of a year (counted in months: thirds January–April, May–August, September–December).
fn part(sub: TimeValue, i: u8, k: u8) -> Option<TimeValue> {
    let (y, m) = (i32::from(sub.start.year()), sub.start.month());
    match sub.precision {
        Precision::Month if (sub.start.year(), m) == (sub.end.year(), sub.end.month()) => {
            let first = |i: u8| 1 + ((u32::from(i) - 1) * 30 / u32::from(k)) as u8;
            let last = if i == k {
                days_in_month(y, m)
            } else {
                first(i + 1) - 1
            };
            Some(TimeValue {
                start: date(y, m, first(i))?,
                end: date(y, m, last)?,
                precision: Precision::Day,
            })
        }
        Precision::Year if sub.start.year() == sub.end.year() => {
            let (m1, m2) = (
                1 + (u32::from(i) - 1) * 12 / u32::from(k),
                u32::from(i) * 12 / u32::from(k),
            );
            let (m1, m2) = (m1 as u8, m2 as u8);
            Some(TimeValue {
                start: date(y, m1, 1)?,
                end: date(y, m2, days_in_month(y, m2))?,
                precision: Precision::Month,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{Span, Word};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// A sentence built by hand from space-separated tokens, untagged: rules that need no tree
    /// still work.
    fn sentence(text: &str) -> Sentence {
        let mut s = Sentence::default();
        let mut at = 0u32;
        for f in text.split(' ') {
            s.words
                .push(Word::new(f, Span::new(at, at + f.len() as u32)));
            at += f.len() as u32 + 1;
        }
        s.text = text.to_string();
        s
    }

    fn values(data: &str, text: &str, anchor: &str) -> Vec<String> {
        let t = crate::TimeTagger::from_data(data).unwrap();
        t.find(&sentence(text), d(anchor))
            .iter()
            .map(|e| format!("{} {}", &text[e.span.range()], e.value))
            .collect()
    }

    #[test]
    fn a_language_is_data_only() {
        // A made-up language: the matcher needs nothing but these lines.
        let data = "unit day dag\nnumber 2 twee\nrule expr day 0 : vandaag\nrule expr ago : NUM UNIT geleden\n";
        assert_eq!(
            values(
                data,
                "het gebeurde vandaag en twee dag geleden",
                "2021-06-09"
            ),
            ["vandaag 2021-06-09", "twee dag geleden 2021-06-07"]
        );
    }

    #[test]
    fn sentences_without_triggers_take_the_early_return() {
        let data = Data::parse(include_str!("../data/en.txt")).unwrap();
        assert!(data
            .pieces(&sentence("Ethiopia's army accused Eritrean troops"))
            .is_none());
        assert!(data.pieces(&sentence("troops left in mid-July")).is_some());
        assert!(data.pieces(&sentence("about 40 troops")).is_some());
    }

    #[test]
    fn longest_match_wins_and_commas_stay_out() {
        let en = include_str!("../data/en.txt");
        assert_eq!(
            values(en, "signed on June 9 , 2021 , in Nairobi", "2022-01-01"),
            ["June 9 , 2021 2021-06-09"]
        );
        assert_eq!(
            values(en, "Talks began in mid-July", "2021-08-01"),
            ["mid-July 2021-07-11/2021-07-20"]
        );
    }

    #[test]
    fn parts_split_months_in_days_and_years_in_months() {
        let june = TimeValue::month(2021, 6).unwrap();
        assert_eq!(
            part(june, 1, 2).unwrap().to_string(),
            "2021-06-01/2021-06-15"
        );
        assert_eq!(
            part(june, 2, 2).unwrap().to_string(),
            "2021-06-16/2021-06-30"
        );
        assert_eq!(
            part(june, 3, 3).unwrap().to_string(),
            "2021-06-21/2021-06-30"
        );
        let feb = TimeValue::month(2024, 2).unwrap();
        assert_eq!(
            part(feb, 3, 3).unwrap().to_string(),
            "2024-02-21/2024-02-29"
        );
        let y = TimeValue::year(2022).unwrap();
        assert_eq!(part(y, 1, 3).unwrap().to_string(), "2022-01/2022-04");
        assert_eq!(part(y, 4, 4).unwrap().to_string(), "2022-10/2022-12");
        assert_eq!(part(TimeValue::week_of(d("2021-06-09")), 1, 2), None);
    }

    #[test]
    fn shifts_cross_year_ends() {
        let a = d("2024-12-27");
        assert_eq!(shift(a, 1, Unit::Week).unwrap().to_string(), "2025-W01");
        assert_eq!(shift(a, 1, Unit::Month).unwrap().to_string(), "2025-01");
        assert_eq!(
            shift(d("2021-03-31"), -1, Unit::Month).unwrap().to_string(),
            "2021-02"
        );
        assert_eq!(shift(a, -1, Unit::Decade).unwrap().to_string(), "201X");
    }
}
