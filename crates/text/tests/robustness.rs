//! No input panics, every span is valid, and pathological inputs stay linear.
//!
//! The large-input test checks output sanity only; run it with `--release` to see that a megabyte
//! takes well under a second (no timing assertion: CI machines vary).

use dyad_core::{Lang, Sentence};
use dyad_text::{detect_language, normalize, Segmenter};

/// Every sentence is the original slice; every word's span is a non-empty slice of `text` inside
/// its sentence, in order.
fn check(text: &str, sentences: &[Sentence]) {
    let mut last_end = 0;
    for s in sentences {
        assert_eq!(s.text, &text[s.span.range()]);
        assert!(s.span.start as usize >= last_end, "sentences overlap");
        last_end = s.span.end as usize;
        assert!(!s.words.is_empty());
        for w in &s.words {
            assert!(w.span.start >= s.span.start && w.span.end <= s.span.end);
            assert!(text.get(w.span.range()).is_some_and(|t| !t.is_empty()));
            assert!(!w.form.is_empty());
        }
        for m in &s.multiwords {
            assert!(m.first < m.last && m.last as usize <= s.words.len());
        }
    }
}

/// A small deterministic generator (xorshift), so failures reproduce without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "a",
    "Mr.",
    "U.S.",
    "EE.UU.",
    ".",
    "...",
    "!",
    "?",
    "¿",
    "¡",
    "\"",
    "'",
    "«",
    "»",
    "(",
    ")",
    "-",
    "\u{2014}",
    "\u{2013}",
    "\u{2019}",
    "\u{201C}",
    "\u{201D}",
    "\u{00A0}",
    "\u{00AD}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{0301}",
    "\u{0303}",
    "\u{0308}",
    "e\u{0301}",
    "\u{1100}\u{1161}",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    "3.5",
    "1.000,5",
    "1,000.5",
    "10:30",
    "1.º",
    "n.°",
    "%",
    "don't",
    "can't",
    "del",
    "al",
    "dárselo",
    "hacerlo",
    "Carlos",
    "http://x.org/a.",
    "a@b.co",
    "@h",
    "#t",
    "J.",
    "e.g.",
    "a.m.",
    "Ω",
    "日本",
    "🙂",
    "👩\u{200D}💻",
    "\u{0000}",
    "\u{FFFD}",
    "'s",
    "s'",
    "n't",
    "5 000",
    "B-29",
    "long-term",
    "\u{2026}",
    "\u{2028}",
    "x",
];

#[test]
fn random_strings_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let segs = [Segmenter::new(Lang::En), Segmenter::new(Lang::Es)];
    for round in 0..3000 {
        let mut text = String::new();
        let len = rng.next() % 40;
        for _ in 0..len {
            if rng.next() & 3 == 0 {
                // Any scalar value, not just the curated pieces.
                let c = char::from_u32((rng.next() % 0x11_0000) as u32).unwrap_or('?');
                text.push(c);
            } else {
                text.push_str(rng.pick(PIECES));
            }
        }
        let seg = &segs[round % 2];
        let out = seg.segment(&text);
        check(&text, &out);
        let _ = detect_language(&text);
        let n = normalize(&text);
        assert!(n.original_span(0, n.as_str().len()).end as usize <= text.len());
    }
}

#[test]
fn empty_input_gives_empty_output() {
    for lang in Lang::ALL {
        assert!(Segmenter::new(lang).segment("").is_empty());
    }
    assert_eq!(detect_language(""), None);
    assert_eq!(normalize("").as_str(), "");
}

#[test]
fn a_megabyte_of_pathological_text_is_linear() {
    const MB: usize = 1 << 20;
    let seg = Segmenter::new(Lang::En);
    let words = "the talks went on without any pause ".repeat(MB / 36);
    let out = seg.segment(&words);
    check(&words, &out);
    assert_eq!(out.len(), 1);
    assert!(out[0].words.len() > 200_000);

    let one_char = "a".repeat(MB);
    let out = seg.segment(&one_char);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].words.len(), 1);

    let dots = ".".repeat(MB);
    let out = seg.segment(&dots);
    check(&dots, &out);
    assert_eq!(out.len(), 1);

    for unit in [
        "a.",
        ". ",
        "\u{0301}",
        "!\"",
        "e\u{0301}",
        "'s",
        "-",
        "(",
        "a-",
    ] {
        let text = unit.repeat(MB / unit.len());
        let out = Segmenter::new(Lang::Es).segment(&text);
        check(&text, &out);
        assert!(!out.is_empty(), "{unit:?}");
    }
}
