//! Universal part-of-speech tags.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// The 17 UD v2 universal POS tags.
///
/// An enum rather than a string so that the coder can `match` on categories and the tagger can use
/// the discriminant as a class index.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

const NAMES: [&str; 17] = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
];

impl Upos {
    /// All tags in index order.
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The tag as UD writes it (`PROPN`).
    pub fn as_str(self) -> &'static str {
        NAMES[self as usize]
    }

    /// Dense index `0..17`, for classifier classes and tables.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tag at a dense index.
    pub fn from_index(i: usize) -> Option<Upos> {
        Upos::ALL.get(i).copied()
    }

    /// Open-class words carry content (the ones a lexicon cannot list exhaustively).
    pub fn is_open_class(self) -> bool {
        matches!(
            self,
            Upos::Adj | Upos::Adv | Upos::Intj | Upos::Noun | Upos::Propn | Upos::Verb
        )
    }
}

impl FromStr for Upos {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        NAMES
            .iter()
            .position(|n| *n == s)
            .map(|i| Upos::ALL[i])
            .ok_or_else(|| Error::UnknownUpos(s.to_string()))
    }
}

impl fmt::Display for Upos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tag_round_trips() {
        for (i, t) in Upos::ALL.iter().enumerate() {
            assert_eq!(t.index(), i);
            assert_eq!(t.as_str().parse::<Upos>().unwrap(), *t);
        }
        assert!("NN".parse::<Upos>().is_err());
    }
}
