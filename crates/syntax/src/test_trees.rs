//! Helpers the crate's unit tests share: hand-written CoNLL-U rows as a sentence, and what a
//! sentence's words hold.

use dyad_core::Sentence;

/// The one sentence of CoNLL-U `rows` (written by hand in a test).
pub(crate) fn tree(rows: &str) -> Sentence {
    crate::conllu::read_str(rows, "test").unwrap().remove(0)
}

/// Each word's lemma, `_` where it has none.
pub(crate) fn lemmas(s: &Sentence) -> Vec<&str> {
    s.words
        .iter()
        .map(|w| w.lemma.as_deref().unwrap_or("_"))
        .collect()
}
