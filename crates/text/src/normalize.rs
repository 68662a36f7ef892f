//! Normalization with a map back to the original bytes.
//!
//! News text arrives with typographic variants that mean the same thing to a parser: curly
//! quotes, en dashes, non-breaking spaces, soft hyphens, decomposed accents. The tokenizer works on
//! one canonical spelling; spans must still point into the bytes the user gave, so every
//! normalized byte remembers the original bytes it came from.
//!
//! What changes, and why:
//! - NFC composition (`e` + U+0301 → `é`): lexicons and models are NFC.
//! - Curly single and double quotes, primes and low-9 quotes → `'` and `"`: one apostrophe for
//!   clitics (`don’t`), one quote character for the tagger. Guillemets `« »` stay: Spanish
//!   treebanks keep them.
//! - Hyphen, non-breaking hyphen, figure dash, en dash and minus sign → `-`. The em dash and the
//!   horizontal bar stay: they are clause punctuation, not joiners, and treebanks keep them.
//! - `…` → `...`, as UD treebanks mostly write it.
//! - No-break, thin, ideographic and other Unicode spaces → ` `; line and paragraph separators and
//!   NEL → `\n` (they end paragraphs).
//! - Soft hyphen, zero-width space/joiners, word joiner and BOM are dropped: they are invisible and
//!   would split or glue words at random.

use dyad_core::Span;
use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// Text in canonical spelling plus, for every byte of it, the original bytes it came from.
///
/// Build with [`normalize`]; convert with [`Normalized::original_span`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    /// `starts[i]`: original offset where the character producing normalized byte `i` begins;
    /// one extra entry for `text.len()` (the original length).
    starts: Vec<u32>,
    /// `ends[i]`: original offset just past that character.
    ends: Vec<u32>,
}

impl Normalized {
    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original span of normalized bytes `start..end` (offsets must be char boundaries of the
    /// normalized text; out-of-range offsets are clamped).
    pub fn original_span(&self, start: usize, end: usize) -> Span {
        let n = self.text.len();
        let (start, end) = (start.min(n), end.min(n));
        if end <= start {
            let at = self.starts[start];
            return Span::new(at, at);
        }
        Span::new(self.starts[start], self.ends[end - 1])
    }

    /// The original offset of normalized byte `i` (the original length for `i >= len`).
    pub fn original_offset(&self, i: usize) -> u32 {
        self.starts[i.min(self.text.len())]
    }
}

/// What one original character becomes.
enum Mapped {
    Keep,
    Drop,
    To(&'static str),
}

fn map_char(c: char) -> Mapped {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => {
            Mapped::To("'")
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => Mapped::To("\""),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => Mapped::To("-"),
        '\u{2026}' => Mapped::To("..."),
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Mapped::To(" "),
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Mapped::To("\n"),
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        | '\u{180E}' => Mapped::Drop,
        _ => Mapped::Keep,
    }
}

/// Marks that NFC may fold into the character before them.
fn continues_cluster(c: char) -> bool {
    canonical_combining_class(c) != 0
        || is_combining_mark(c)
        // Hangul medial vowels and final consonants compose with the syllable before them.
        || ('\u{1161}'..='\u{11C2}').contains(&c)
}

/// Longest run of marks composed as one cluster; beyond it marks are passed through as they are,
/// so a megabyte of combining marks stays linear.
const MAX_CLUSTER: usize = 32;

/// Normalizes `text` (see the module doc for what changes) and keeps the offset map.
///
/// ```
/// let n = dyad_text::normalize("don\u{2019}t\u{00A0}go");
/// assert_eq!(n.as_str(), "don't go");
/// let s = n.original_span(3, 5); // "'t"
/// assert_eq!(&"don\u{2019}t\u{00A0}go"[s.range()], "\u{2019}t");
/// ```
pub fn normalize(text: &str) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(text.len()),
        starts: Vec::with_capacity(text.len() + 1),
        ends: Vec::with_capacity(text.len() + 1),
    };
    let mut chars = text.char_indices().peekable();
    let mut cluster = String::new();
    while let Some((start, c)) = chars.next() {
        let mut end = start + c.len_utf8();
        match map_char(c) {
            Mapped::Drop => continue,
            Mapped::To(s) => {
                out.push(s, start, end);
                continue;
            }
            Mapped::Keep => {}
        }
        cluster.clear();
        cluster.push(c);
        let mut count = 1;
        while let Some(&(i, m)) = chars.peek() {
            if count >= MAX_CLUSTER || !continues_cluster(m) {
                break;
            }
            cluster.push(m);
            end = i + m.len_utf8();
            count += 1;
            chars.next();
        }
        if count == 1 && c.is_ascii() {
            out.push_char(c, start);
            continue;
        }
        let composed: String = cluster.nfc().collect();
        if composed == cluster {
            // Unchanged: keep the exact per-character map.
            let mut o = start;
            for ch in cluster.chars() {
                out.push(ch.encode_utf8(&mut [0; 4]), o, o + ch.len_utf8());
                o += ch.len_utf8();
            }
        } else {
            out.push(&composed, start, end);
        }
    }
    out.starts.push(text.len() as u32);
    out.ends.push(text.len() as u32);
    out
}

impl Normalized {
    fn push(&mut self, s: &str, start: usize, end: usize) {
        self.text.push_str(s);
        for _ in 0..s.len() {
            self.starts.push(start as u32);
            self.ends.push(end as u32);
        }
    }

    fn push_char(&mut self, c: char, start: usize) {
        self.text.push(c);
        self.starts.push(start as u32);
        self.ends.push((start + 1) as u32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_map(orig: &str, n: &Normalized) {
        assert_eq!(n.starts.len(), n.as_str().len() + 1);
        for (i, _) in n.as_str().char_indices() {
            let s = n.original_span(i, i + n.as_str()[i..].chars().next().unwrap().len_utf8());
            assert!(
                orig.is_char_boundary(s.start as usize) && orig.is_char_boundary(s.end as usize)
            );
        }
    }

    #[test]
    fn quotes_dashes_spaces() {
        let orig = "\u{201C}Talks\u{201D} resume \u{2013} it\u{2019}s 10\u{00A0}a.m.\u{2026}";
        let n = normalize(orig);
        assert_eq!(n.as_str(), "\"Talks\" resume - it's 10 a.m....");
        check_map(orig, &n);
        let at = n.as_str().find("it's").unwrap();
        assert_eq!(&orig[n.original_span(at, at + 4).range()], "it\u{2019}s");
    }

    #[test]
    fn composes_and_drops_invisible() {
        let orig = "Bogota\u{0301}\u{00AD} y Espan\u{0303}a\u{200B}!";
        let n = normalize(orig);
        assert_eq!(n.as_str(), "Bogotá y España!");
        check_map(orig, &n);
        // The composed `á` maps to `a` + combining acute.
        let s = n.original_span(0, "Bogotá".len());
        assert_eq!(&orig[s.range()], "Bogota\u{0301}");
        // Dropped characters are outside the word's span.
        let y = n.as_str().find('y').unwrap();
        assert_eq!(n.original_offset(y) as usize, orig.find('y').unwrap());
    }

    #[test]
    fn guillemets_and_em_dash_stay() {
        let n = normalize("«Sí» —dijo");
        assert_eq!(n.as_str(), "«Sí» —dijo");
    }

    #[test]
    fn empty_and_marks_only() {
        assert_eq!(normalize("").as_str(), "");
        let marks = "\u{0301}".repeat(100);
        let n = normalize(&marks);
        check_map(&marks, &n);
        assert_eq!(n.original_offset(usize::MAX) as usize, marks.len());
    }
}
