//! dyad's text stage: from a raw news string to sentences of UD words with exact spans.
//!
//! **Takes** a document's text (any `&str`: headlines, datelines, curly quotes, stray control
//! characters). **Gives** [`Sentence`]s whose words carry a normalized `form`, a [`Span`] of
//! bytes in the *original* text and `space_after`, with UD multiword tokens (`don't` = `do` +
//! `n't`, `del` = `de` + `el`, `dárselo` = `dar` + `se` + `lo`) as the English EWT and Spanish
//! AnCora/GSD treebanks write them, so the tagger and parser see the words they were trained on.
//!
//! The entry type is [`Segmenter`], built per language from that language's data file
//! (`data/en.txt`, `data/es.txt`: abbreviations, clitics, hyphen rules, function words). Inside,
//! four steps run in one direction, each linear in the input:
//!
//! 1. [`normalize`]: NFC, straight quotes, one hyphen, plain spaces, invisible characters dropped,
//!    with a byte map back to the original ([`Normalized`]).
//! 2. tokenize: surface tokens over the normalized text (URLs, numbers, abbreviations whole).
//! 3. segment: sentence boundaries between tokens (abbreviations, quotes, datelines, headlines).
//! 4. multiword tokens: contractions and clitics split into syntactic words.
//!
//! [`detect_language`] picks English or Spanish from as little as a headline.
//!
//! ```
//! use dyad_core::Lang;
//! use dyad_text::Segmenter;
//!
//! let text = "Talks resume in Geneva\nGENEVA (Reuters) - Mr. Smith didn\u{2019}t attend. He left.";
//! let sentences = Segmenter::new(Lang::En).segment(text);
//! assert_eq!(sentences.len(), 3);
//! let s = &sentences[1];
//! assert_eq!(s.text, &text[s.span.range()]);
//! let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
//! assert_eq!(forms[6..10], ["Smith", "did", "n't", "attend"]);
//! assert_eq!(&text[s.words[7].span.range()], "didn\u{2019}t"); // the original bytes
//! ```
//!
//! Not here: tagging, lemmas, parsing (`dyad-syntax`), dateline parsing (`dyad-resolve`). Texts over
//! 4 GiB do not fit [`Span`]'s `u32` and give no sentences.
#![deny(missing_docs)]

mod data;
mod error;
mod eval;
mod langid;
mod mwt;
mod normalize;
mod segment;
mod tokenize;

use dyad_core::{Lang, MultiwordToken, Sentence, Span, Word};

pub use data::LangData;
pub use error::{Error, Result};
pub use eval::{evaluate_conllu, Prf, Scores};
pub use langid::detect_language;
pub use normalize::{normalize, Normalized};

use tokenize::Tok;

/// Splits text into sentences of UD words for one language.
///
/// Immutable once built and `Send + Sync`: one `Segmenter` per language can serve every thread.
/// Requires no layer; assigns `Sentence::{text, span, words (form, span, space_after),
/// multiwords}`.
#[derive(Debug, Clone)]
pub struct Segmenter {
    lang: Lang,
    data: LangData,
}

impl Segmenter {
    /// The segmenter for `lang`, from the data embedded in this crate.
    pub fn new(lang: Lang) -> Segmenter {
        Segmenter {
            lang,
            data: LangData::embedded(lang),
        }
    }

    /// A segmenter from caller-supplied data (see [`LangData::parse`]), for trying a changed
    /// abbreviation or clitic list without rebuilding.
    pub fn with_data(lang: Lang, data: LangData) -> Segmenter {
        Segmenter { lang, data }
    }

    /// The language this segmenter was built for.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Sentences of `text`, in order. `Sentence::text` is exactly `&text[sentence.span.range()]`;
    /// every word's span points into `text`; parts of a multiword token share its span.
    pub fn segment(&self, text: &str) -> Vec<Sentence> {
        if u32::try_from(text.len()).is_err() {
            return Vec::new();
        }
        let norm = normalize(text);
        let ntext = norm.as_str();
        let mut toks = tokenize::tokenize(ntext, &self.data);
        segment::sentences(ntext, &mut toks, &self.data)
            .into_iter()
            .map(|(a, b)| self.sentence(text, &norm, &toks[a..b]))
            .collect()
    }

    fn sentence(&self, original: &str, norm: &Normalized, toks: &[Tok]) -> Sentence {
        let ntext = norm.as_str();
        let first = toks.first().map_or(0, |t| t.start);
        let last = toks.last().map_or(0, |t| t.end);
        let span = norm.original_span(first, last);
        let mut s = Sentence {
            text: original[span.range()].to_string(),
            span,
            words: Vec::with_capacity(toks.len()),
            ..Sentence::default()
        };
        for (i, t) in toks.iter().enumerate() {
            let form = &ntext[t.start..t.end];
            let tspan = norm.original_span(t.start, t.end);
            let space_after =
                !matches!(ntext[t.end..].chars().next(), Some(c) if !c.is_whitespace());
            match mwt::split(
                form,
                i == 0 || self.opens_sentence(ntext, &toks[..i]),
                &self.data,
            ) {
                Some(parts) if parts.len() > 1 => {
                    let first_id = s.words.len() as u32 + 1;
                    let n = parts.len();
                    for (j, p) in parts.into_iter().enumerate() {
                        let mut w = Word::new(p, tspan);
                        // UD puts SpaceAfter on the multiword token line, not on its words.
                        w.space_after = j + 1 < n || space_after;
                        s.words.push(w);
                    }
                    s.multiwords.push(MultiwordToken {
                        first: first_id,
                        last: s.words.len() as u32,
                        form: form.to_string(),
                        span: tspan,
                        space_after,
                    });
                }
                _ => {
                    let mut w = Word::new(form, tspan);
                    w.space_after = space_after;
                    s.words.push(w);
                }
            }
        }
        s
    }

    /// True when every token before this one is opening punctuation (`«Hacerlo`, `¿Dárselo`).
    fn opens_sentence(&self, ntext: &str, before: &[Tok]) -> bool {
        before.len() <= 3
            && before.iter().all(|t| {
                matches!(
                    &ntext[t.start..t.end],
                    "\"" | "'" | "«" | "¿" | "¡" | "(" | "[" | "-" | "—"
                )
            })
    }
}

/// Spans of `sentences`' surface tokens (multiword tokens once, other words one each), for
/// evaluation against a treebank's tokenization.
pub fn surface_tokens(sentence: &Sentence) -> Vec<Span> {
    let mut out = Vec::with_capacity(sentence.words.len());
    let mut id = 1u32;
    for mw in &sentence.multiwords {
        while id < mw.first {
            if let Some(w) = sentence.words.get(id as usize - 1) {
                out.push(w.span);
            }
            id += 1;
        }
        out.push(mw.span);
        id = mw.last + 1;
    }
    while let Some(w) = sentence.words.get(id as usize - 1) {
        out.push(w.span);
        id += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_spans(text: &str, sentences: &[Sentence]) {
        for s in sentences {
            assert_eq!(s.text, &text[s.span.range()]);
            for w in &s.words {
                let orig = &text[w.span.range()];
                assert!(!orig.is_empty(), "empty span for {:?}", w.form);
            }
        }
    }

    #[test]
    fn english_words_point_into_the_original() {
        let text =
            "\u{201C}We won\u{2019}t go,\u{201D} Mr.\u{00A0}Smith said\u{2026} The U.S. didn't.";
        let seg = Segmenter::new(Lang::En);
        let s = seg.segment(text);
        assert_spans(text, &s);
        assert_eq!(s.len(), 2, "{s:#?}");
        let forms: Vec<&str> = s[0].words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(
            forms,
            ["\"", "We", "wo", "n't", "go", ",", "\"", "Mr.", "Smith", "said", "..."]
        );
        assert_eq!(&text[s[0].words[2].span.range()], "won\u{2019}t");
        assert_eq!(&text[s[0].words[0].span.range()], "\u{201C}");
        assert_eq!(s[0].multiwords.len(), 1);
        assert_eq!((s[0].multiwords[0].first, s[0].multiwords[0].last), (3, 4));
        let sa: Vec<bool> = s[0].words.iter().map(|w| w.space_after).collect();
        assert_eq!(
            sa,
            [false, true, true, true, false, false, true, true, true, false, true]
        );
        assert_eq!(surface_tokens(&s[0]).len(), 10);
    }

    #[test]
    fn spanish_words_and_multiwords() {
        let text = "Al llegar, el presidente del Gobierno quiso dárselo. ¿Hacerlo ahora?";
        let s = Segmenter::new(Lang::Es).segment(text);
        assert_spans(text, &s);
        assert_eq!(s.len(), 2);
        let forms: Vec<&str> = s[0].words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(
            forms,
            [
                "A",
                "el",
                "llegar",
                ",",
                "el",
                "presidente",
                "de",
                "el",
                "Gobierno",
                "quiso",
                "dar",
                "se",
                "lo",
                "."
            ]
        );
        assert_eq!(&text[s[0].words[11].span.range()], "dárselo");
        let forms: Vec<&str> = s[1].words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(forms, ["¿", "Hacer", "lo", "ahora", "?"]);
    }

    #[test]
    fn segmenter_is_send_sync_and_empty_input_is_empty() {
        fn check<T: Send + Sync>() {}
        check::<Segmenter>();
        assert!(Segmenter::new(Lang::En).segment("").is_empty());
        assert!(Segmenter::new(Lang::Es).segment(" \n\t ").is_empty());
    }
}
