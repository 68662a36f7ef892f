//! All-capital sentences ("EN HUELGA LOS MINEROS RUSOS"): wire services shout their
//! headlines, and a tagger trained on mixed case reads every capitalized word as a proper
//! name, so such a sentence parses as a string of names and codes nothing. It is analysed in
//! sentence case instead (names the lexicon knows keep their capital), and its own forms are
//! put back afterwards: spans, forms and output are the text's.

use dyad_core::Sentence;

/// Whether `s` is shouted: at least 90% of its (at least 12) letters are capitals, over at
/// least three words. Acronyms and a capitalized name or two do not make a sentence shouted.
pub(crate) fn is_shouting(s: &Sentence) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    for c in s.words.iter().flat_map(|w| w.form.chars()) {
        if c.is_alphabetic() {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        }
    }
    s.words.len() >= 3 && letters >= 12 && upper * 10 >= letters * 9
}

/// Puts a shouted `s` in sentence case for analysis: every word lower-cased but the first
/// and those `names` flags (parts of names the lexicon knows), which keep an initial capital.
/// Returns the original forms, for [`restore`]; `None` (nothing changed) when `s` is not
/// shouted.
pub(crate) fn lower(s: &mut Sentence, names: &[bool]) -> Option<Vec<String>> {
    if !is_shouting(s) {
        return None;
    }
    let original = s.words.iter().map(|w| w.form.clone()).collect();
    for (i, w) in s.words.iter_mut().enumerate() {
        let lower = w.form.to_lowercase();
        w.form = if i == 0 || names.get(i).copied().unwrap_or(false) {
            let mut cs = lower.chars();
            cs.next()
                .map(|c| c.to_uppercase().chain(cs).collect())
                .unwrap_or_default()
        } else {
            lower
        };
    }
    Some(original)
}

/// Gives `s` back the forms [`lower`] replaced.
pub(crate) fn restore(s: &mut Sentence, original: Vec<String>) {
    for (w, f) in s.words.iter_mut().zip(original) {
        w.form = f;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{Span, Word};

    fn sentence(words: &[&str]) -> Sentence {
        Sentence {
            words: words
                .iter()
                .map(|w| Word::new(*w, Span::new(0, 0)))
                .collect(),
            ..Sentence::default()
        }
    }

    #[test]
    fn shouted_headline_is_analysed_in_sentence_case_and_restored() {
        let mut s = sentence(&["EN", "HUELGA", "LOS", "MINEROS", "DE", "BOLIVIA"]);
        let names = [false, false, false, false, false, true];
        let original = lower(&mut s, &names).expect("shouted");
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(forms, ["En", "huelga", "los", "mineros", "de", "Bolivia"]);
        restore(&mut s, original);
        assert_eq!(s.words[1].form, "HUELGA");
    }

    #[test]
    fn acronyms_and_short_sentences_are_not_shouting() {
        let mut s = sentence(&["La", "ONU", "y", "la", "OTAN", "condenaron", "el", "ataque"]);
        assert!(lower(&mut s, &[]).is_none());
        assert!(!is_shouting(&sentence(&["EE.UU.", "ATACA"])));
    }
}
