//! Surface tokens, UD style, over normalized text.
//!
//! The text is cut at whitespace into chunks, and each chunk into tokens: punctuation is split
//! off; URLs, e-mail addresses, @handles, #hashtags, numbers with separators (`1,000.5`,
//! `1.000,5`, `10:30`, `1.º`) and dotted abbreviations (`U.S.`, `EE.UU.`, `Mr.`) stay whole. The
//! language data decides which abbreviations keep their period, which hyphenated words stay whole
//! (EWT: `long - term` but `e-mail`) and which letters stay on a number (`3rd`, but `16 bn`).
//!
//! Every step moves forward over the chunk once, so a megabyte with no whitespace is still linear.
//! Splitting a token into syntactic words (`don't`, `del`) is not done here but in `mwt`, after
//! sentence boundaries are known.

use crate::data::{Abbrev, LangData};

/// What a token is, as far as segmentation cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (possibly with digits, apostrophes, joined hyphens).
    Word,
    /// Starts with a digit.
    Number,
    /// An abbreviation that keeps its period.
    Abbrev(Abbrev),
    /// A single letter and a period (`J.`, `W.`).
    Initial,
    /// A URL, e-mail address, @handle or #hashtag.
    Special,
    /// A run of `.`, `!`, `?` (one token: `...`, `?!`).
    Terminal,
    /// Any other punctuation or symbol character.
    Punct,
}

/// One surface token: a byte range of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    /// Line breaks in the whitespace before this token, capped at 2 (2 = a blank line).
    pub(crate) newlines_before: u8,
    /// True when whitespace precedes this token.
    pub(crate) space_before: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

fn is_ordinal_mark(c: char) -> bool {
    matches!(c, 'º' | 'ª' | '°')
}

/// Splits normalized `text` into surface tokens.
pub(crate) fn tokenize(text: &str, data: &LangData) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut chars: Vec<(usize, char)> = Vec::new();
    let mut it = text.char_indices().peekable();
    loop {
        let mut newlines = 0u8;
        let mut space = false;
        while let Some(&(_, c)) = it.peek() {
            if !c.is_whitespace() {
                break;
            }
            space = true;
            if c == '\n' {
                newlines = newlines.saturating_add(1).min(2);
            }
            it.next();
        }
        chars.clear();
        while let Some(&(i, c)) = it.peek() {
            if c.is_whitespace() {
                break;
            }
            chars.push((i, c));
            it.next();
        }
        if chars.is_empty() {
            break;
        }
        let first = toks.len();
        let end = chars.last().map_or(0, |&(i, c)| i + c.len_utf8());
        Chunk {
            text,
            chars: &chars,
            end,
            data,
        }
        .split(&mut toks);
        if let Some(t) = toks.get_mut(first) {
            t.newlines_before = newlines;
            t.space_before = space;
        }
    }
    if data.space_thousands {
        join_space_thousands(text, &mut toks);
    }
    toks
}

/// `5 000` as one number (Spanish PUD): a 1–3 digit group followed by 3-digit groups, one space
/// apart.
fn join_space_thousands(text: &str, toks: &mut Vec<Tok>) {
    let digits = |t: &Tok| text[t.start..t.end].bytes().all(|b| b.is_ascii_digit());
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut group_ok = false;
    for t in toks.drain(..) {
        if let Some(last) = out.last_mut() {
            let gap = &text[last.end..t.start];
            if group_ok && gap == " " && t.end - t.start == 3 && digits(&t) {
                last.end = t.end;
                continue;
            }
        }
        group_ok = t.kind == Kind::Number && (1..=3).contains(&(t.end - t.start)) && digits(&t);
        out.push(t);
    }
    *toks = out;
}

/// One whitespace-free stretch of text.
struct Chunk<'a> {
    text: &'a str,
    chars: &'a [(usize, char)],
    end: usize,
    data: &'a LangData,
}

impl Chunk<'_> {
    fn offset(&self, k: usize) -> usize {
        self.chars.get(k).map_or(self.end, |&(i, _)| i)
    }

    fn ch(&self, k: usize) -> Option<char> {
        self.chars.get(k).map(|&(_, c)| c)
    }

    fn push(&self, toks: &mut Vec<Tok>, a: usize, b: usize, kind: Kind) {
        toks.push(Tok {
            start: self.offset(a),
            end: self.offset(b),
            kind,
            newlines_before: 0,
            space_before: false,
        });
    }

    fn split(&self, toks: &mut Vec<Tok>) {
        let n = self.chars.len();
        let mut k = 0;
        while k < n {
            let c = self.chars[k].1;
            if let Some(e) = self.special(k) {
                self.push(toks, k, e, Kind::Special);
                k = e;
            } else if is_word_char(c) {
                k = self.word(k, toks);
            } else if matches!(c, '.' | '!' | '?') {
                let mut e = k + 1;
                while e < n && matches!(self.chars[e].1, '.' | '!' | '?') {
                    e += 1;
                }
                self.push(toks, k, e, Kind::Terminal);
                k = e;
            } else if c == '-' {
                let mut e = k + 1;
                while e < n && self.chars[e].1 == '-' {
                    e += 1;
                }
                self.push(toks, k, e, Kind::Punct);
                k = e;
            } else {
                self.push(toks, k, k + 1, Kind::Punct);
                k += 1;
            }
        }
    }

    /// A URL, e-mail, @handle or #hashtag starting at `k`; returns its end.
    fn special(&self, k: usize) -> Option<usize> {
        let rest = &self.text[self.offset(k)..self.end];
        let c = self.chars[k].1;
        let lower_starts = |p: &str| {
            rest.len() > p.len() && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
        };
        if lower_starts("http://") || lower_starts("https://") || lower_starts("www.") {
            return Some(self.trim_trailing(k, self.chars.len()));
        }
        if (c == '@' || c == '#')
            && self
                .ch(k + 1)
                .is_some_and(|d| d.is_alphanumeric() || d == '_')
        {
            let mut e = k + 1;
            while e < self.chars.len()
                && (self.chars[e].1.is_alphanumeric() || self.chars[e].1 == '_')
            {
                e += 1;
            }
            return Some(e);
        }
        if is_word_char(c) {
            // e-mail: local part, `@`, a domain with at least one dot.
            let mut e = k;
            while e < self.chars.len()
                && (is_word_char(self.chars[e].1)
                    || matches!(self.chars[e].1, '.' | '_' | '+' | '-'))
            {
                e += 1;
            }
            if self.ch(e) == Some('@') {
                let mut f = e + 1;
                let mut dot = false;
                while f < self.chars.len()
                    && (is_word_char(self.chars[f].1) || matches!(self.chars[f].1, '.' | '-'))
                {
                    dot |= self.chars[f].1 == '.';
                    f += 1;
                }
                let f = self.trim_trailing(k, f);
                if dot && f > e + 1 && self.chars[f - 1].1 != '.' {
                    return Some(f);
                }
            }
        }
        None
    }

    /// Drops sentence punctuation and closing brackets glued to the end of a URL or e-mail.
    fn trim_trailing(&self, k: usize, mut e: usize) -> usize {
        while e > k + 1
            && matches!(
                self.chars[e - 1].1,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '"' | '\'' | '»'
            )
        {
            e -= 1;
        }
        e
    }

    /// A word or number starting at `k`; pushes it (with a kept period, if any) and returns the
    /// index after it.
    fn word(&self, k: usize, toks: &mut Vec<Tok>) -> usize {
        let n = self.chars.len();
        let numeric = self.chars[k].1.is_ascii_digit();
        let mut e = k + 1;
        let mut seg_start = k; // start of the current hyphen/period segment
        let mut has_dot = false;
        while e < n {
            let c = self.chars[e].1;
            if is_word_char(c) {
                e += 1;
                continue;
            }
            let prev = self.chars[e - 1].1;
            let next = self.ch(e + 1);
            let next_word = next.is_some_and(is_word_char);
            let joins = match c {
                '\'' => next.is_some_and(char::is_alphabetic) && prev.is_alphabetic(),
                '-' => next_word && self.hyphen_joins(seg_start, e),
                '.' => next_word && self.period_joins(seg_start, e),
                ',' | ':' => prev.is_ascii_digit() && next.is_some_and(|d| d.is_ascii_digit()),
                '&' => prev.is_uppercase() && next.is_some_and(char::is_uppercase),
                _ if is_ordinal_mark(c) => prev.is_ascii_digit() || (prev == '.' && e >= 2),
                _ => false,
            };
            if !joins {
                break;
            }
            if matches!(c, '-' | '.') {
                seg_start = e + 1;
            }
            has_dot |= c == '.';
            e += 1;
        }
        // A period after the word: keep it when the word is an abbreviation, an initial, a
        // dotted acronym, or an ordinal (`1.º`, `n.°`).
        if self.ch(e) == Some('.') {
            if self.ch(e + 1).is_some_and(is_ordinal_mark) {
                self.push(
                    toks,
                    k,
                    e + 2,
                    if numeric { Kind::Number } else { Kind::Word },
                );
                return e + 2;
            }
            let with_dot = &self.text[self.offset(k)..self.offset(e + 1)];
            let letters = with_dot.chars().filter(|c| c.is_alphabetic()).count();
            let kind = if let Some(a) = self.data.abbreviation(with_dot) {
                Some(Kind::Abbrev(a))
            } else if letters == 1 && with_dot.chars().count() == 2 {
                Some(Kind::Initial)
            } else if has_dot && !numeric && self.short_segments(k, e) {
                Some(Kind::Abbrev(Abbrev::MayEnd))
            } else {
                None
            };
            if let Some(kind) = kind {
                self.push(toks, k, e + 1, kind);
                return e + 1;
            }
        }
        // Plural possessive (`Years'`): the apostrophe stays on the word when a clitic rule of the
        // data splits it off later (in `mwt`), unless the chunk opened with a quote it closes.
        if self.ch(e) == Some('\'')
            && !self.ch(e + 1).is_some_and(is_word_char)
            && !self.chars[..k].iter().any(|&(_, c)| c == '\'')
        {
            let lower = self.text[self.offset(k)..self.offset(e + 1)].to_lowercase();
            let rule = |(s, n): &(String, usize)| {
                *n == 1 && s.ends_with('\'') && lower.len() > s.len() && lower.ends_with(s.as_str())
            };
            if self.data.clitic_suffixes.iter().any(rule) {
                self.push(toks, k, e + 1, Kind::Word);
                return e + 1;
            }
        }
        if numeric {
            if let Some(cut) = self.unit_suffix(k, e) {
                self.push(toks, k, cut, Kind::Number);
                self.push(toks, cut, e, Kind::Word);
                return e;
            }
        }
        self.push(toks, k, e, if numeric { Kind::Number } else { Kind::Word });
        e
    }

    /// Where letters glued to a number start, when they are a unit to split off (`16bn`, `10am`)
    /// rather than an ordinal or plural ending the data keeps (`3rd`, `1960s`, `5to`).
    fn unit_suffix(&self, k: usize, e: usize) -> Option<usize> {
        let cut = (k..e).find(|&i| self.chars[i].1.is_alphabetic())?;
        let tail = &self.text[self.offset(cut)..self.offset(e)];
        let letters_only = tail.chars().all(char::is_alphabetic);
        (letters_only
            && !self
                .data
                .number_suffixes
                .contains(tail.to_lowercase().as_str()))
        .then_some(cut)
    }

    /// Whether `-` at `at` joins the segment `seg..at` to what follows.
    fn hyphen_joins(&self, seg: usize, at: usize) -> bool {
        if !self.data.split_hyphens {
            return true;
        }
        let left = &self.text[self.offset(seg)..self.offset(at)];
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let next_digit = self.ch(at + 1).is_some_and(|c| c.is_ascii_digit());
        // EWT keeps `e-mail`, `non-human`, `B-29` whole; PUD splits `2013 - 2014` in English only.
        left.chars().count() == 1
            || (digits(left) && next_digit && !self.data.split_number_ranges)
            || self
                .data
                .hyphen_prefixes
                .contains(left.to_lowercase().as_str())
    }

    /// Whether `.` at `at` is inside a token: a decimal, an acronym (`U.S`, `EE.UU`), or a domain
    /// (`Amazon.com`); not a missing space after a sentence (`ended.The`).
    fn period_joins(&self, seg: usize, at: usize) -> bool {
        let prev = self.chars[at - 1].1;
        let next = self.chars[at + 1].1;
        if prev.is_ascii_digit() && next.is_ascii_digit() {
            return true;
        }
        let left_len = at - seg;
        let mut right_len = 0;
        while self.ch(at + 1 + right_len).is_some_and(char::is_alphabetic) {
            right_len += 1;
        }
        (left_len <= 3 && right_len <= 3 && right_len > 0)
            || (next.is_lowercase() && right_len >= 2)
    }

    /// All period-separated segments of `k..e` are 1–3 characters (`U.S`, `EE.UU`, `a.m`).
    fn short_segments(&self, k: usize, e: usize) -> bool {
        self.text[self.offset(k)..self.offset(e)]
            .split('.')
            .all(|s| (1..=3).contains(&s.chars().count()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Lang;

    fn toks(text: &str, lang: Lang) -> Vec<&str> {
        let d = LangData::embedded(lang);
        tokenize(text, &d)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn english_punctuation_and_hyphens() {
        assert_eq!(
            toks(
                "\"Stop,\" said Mr. Smith (the long-term e-mail non-human plan)...",
                Lang::En
            ),
            vec![
                "\"",
                "Stop",
                ",",
                "\"",
                "said",
                "Mr.",
                "Smith",
                "(",
                "the",
                "long",
                "-",
                "term",
                "e-mail",
                "non-human",
                "plan",
                ")",
                "..."
            ]
        );
    }

    #[test]
    fn numbers_times_acronyms() {
        assert_eq!(
            toks(
                "On 3.5% of 1,000.5 votes at 10:30 a.m. the U.S. said no.",
                Lang::En
            ),
            vec![
                "On", "3.5", "%", "of", "1,000.5", "votes", "at", "10:30", "a.m.", "the", "U.S.",
                "said", "no", "."
            ]
        );
        assert_eq!(
            toks(
                "El 1.º de mayo, 1.000,5 pesos y 5 000 votos en EE.UU.",
                Lang::Es
            ),
            vec![
                "El", "1.º", "de", "mayo", ",", "1.000,5", "pesos", "y", "5 000", "votos", "en",
                "EE.UU."
            ]
        );
    }

    #[test]
    fn urls_emails_handles() {
        assert_eq!(
            toks("See https://example.org/a?b=1, mail ana.p@news.example.com; @dyad_bot #Elecciones2024.", Lang::En),
            vec!["See", "https://example.org/a?b=1", ",", "mail", "ana.p@news.example.com", ";",
                 "@dyad_bot", "#Elecciones2024", "."]
        );
    }

    #[test]
    fn spanish_hyphens_and_inverted_marks() {
        assert_eq!(
            toks("¿Viste el castillo-palacio? ¡Sí!", Lang::Es),
            vec!["¿", "Viste", "el", "castillo", "-", "palacio", "?", "¡", "Sí", "!"]
        );
    }

    #[test]
    fn initials_and_possessives() {
        assert_eq!(
            toks("J. R. R. Tolkien", Lang::En),
            vec!["J.", "R.", "R.", "Tolkien"]
        );
        assert_eq!(
            toks("the Years' end", Lang::En),
            vec!["the", "Years'", "end"]
        );
        assert_eq!(
            toks("16bn 3rd 1960s 10am", Lang::En),
            vec!["16", "bn", "3rd", "1960s", "10", "am"]
        );
        assert_eq!(
            toks("5to 1ero 4º 2013-2014", Lang::Es),
            vec!["5to", "1ero", "4º", "2013-2014"]
        );
        assert_eq!(
            toks("2013-2014 B-29", Lang::En),
            vec!["2013", "-", "2014", "B-29"]
        );
        assert_eq!(toks("'Years'", Lang::En), vec!["'", "Years", "'"]);
        assert_eq!(
            toks("it ended.Then", Lang::En),
            vec!["it", "ended", ".", "Then"]
        );
    }

    #[test]
    fn newlines_are_counted() {
        let d = LangData::embedded(Lang::En);
        let t = tokenize("a\nb\n\n\nc d", &d);
        let nl: Vec<u8> = t.iter().map(|t| t.newlines_before).collect();
        assert_eq!(nl, vec![0, 1, 2, 0]);
    }
}
