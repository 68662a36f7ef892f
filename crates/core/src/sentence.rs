//! A sentence's words and their UD analysis.

use crate::{DepRel, Feats, Span, Upos};

/// One syntactic word (a CoNLL-U line with an integer id).
///
/// Analysis fields are `Option` because each stage fills its own: the tokenizer gives `form` and
/// `span`, the tagger `upos`/`feats`/`lemma`, the parser `head`/`deprel`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Word {
    /// The word as it appears (for a part of a multiword token, its syntactic form: `de`, `el`).
    pub form: String,
    /// Bytes in the original text. Parts of a multiword token share the whole token's span.
    pub span: Span,
    /// Lemma, once lemmatized.
    pub lemma: Option<String>,
    /// Universal POS, once tagged.
    pub upos: Option<Upos>,
    /// Language-specific POS, when a treebank gives one (kept for round trips, never predicted).
    pub xpos: Option<String>,
    /// Morphological features.
    pub feats: Feats,
    /// Head as a 1-based word index; `Some(0)` is the root.
    pub head: Option<u32>,
    /// Relation to the head.
    pub deprel: Option<DepRel>,
    /// False when the next token follows with no space (`SpaceAfter=No`).
    pub space_after: bool,
    /// Other MISC entries, verbatim, for round trips (never `TokenRange` or `SpaceAfter`).
    pub misc: Vec<String>,
}

impl Word {
    /// A word as the tokenizer finds it.
    pub fn new(form: impl Into<String>, span: Span) -> Self {
        Word {
            form: form.into(),
            span,
            space_after: true,
            ..Word::default()
        }
    }
}

/// A surface token that UD splits into several syntactic words (Spanish `del` = `de el`,
/// `dárselo` = `dar se lo`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiwordToken {
    /// First word, 1-based, inclusive.
    pub first: u32,
    /// Last word, 1-based, inclusive.
    pub last: u32,
    /// The surface form.
    pub form: String,
    /// Bytes in the original text.
    pub span: Span,
    /// False when the next token follows with no space.
    pub space_after: bool,
}

/// One sentence: its text, words and multiword tokens.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// An identifier, when the input gave one (`# sent_id`).
    pub id: Option<String>,
    /// The sentence text as it appears in the original (`# text`).
    pub text: String,
    /// Bytes of the sentence in the original text.
    pub span: Span,
    /// Syntactic words, in order; word `i` (0-based here) has CoNLL-U id `i + 1`.
    pub words: Vec<Word>,
    /// Multiword tokens, in order.
    pub multiwords: Vec<MultiwordToken>,
    /// Other comment lines (without `# `), verbatim, for round trips.
    pub comments: Vec<String>,
}

impl Sentence {
    /// The multiword token that starts at 1-based word id `id`, if any.
    pub fn multiword_starting_at(&self, id: u32) -> Option<&MultiwordToken> {
        self.multiwords.iter().find(|m| m.first == id)
    }

    /// Dependents of 1-based word `head` (0 for the root), in order.
    pub fn children(&self, head: u32) -> impl Iterator<Item = u32> + '_ {
        self.words
            .iter()
            .enumerate()
            .filter(move |(_, w)| w.head == Some(head))
            .map(|(i, _)| i as u32 + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_follow_heads() {
        let mut s = Sentence::default();
        for (f, h) in [("Rain", 2), ("fell", 0), ("hard", 2)] {
            let mut w = Word::new(f, Span::default());
            w.head = Some(h);
            s.words.push(w);
        }
        assert_eq!(s.children(2).collect::<Vec<_>>(), vec![1, 3]);
        assert_eq!(s.children(0).collect::<Vec<_>>(), vec![2]);
    }
}
