//! Description words compiled: which states "the Gulf kingdom" or "el país andino" can name
//! ([`Lexicon::describe`]).

use std::collections::HashMap;

use super::Lexicon;
use crate::dyad::descriptions::DescriptionPart;
use crate::dyad::DyadLexicon;

/// The states a description word fits: any, or a list.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Fit {
    Any,
    States(Box<[Box<str>]>),
}

impl Fit {
    fn fits(&self, state: &str) -> bool {
        match self {
            Fit::Any => true,
            Fit::States(s) => s.iter().any(|x| &**x == state),
        }
    }
}

/// Description nouns and modifiers, keyed by their lower-cased words (one space between).
#[derive(Debug, Default)]
pub(crate) struct Descriptions {
    nouns: HashMap<Box<str>, Fit>,
    modifiers: HashMap<Box<str>, Fit>,
    /// Words in the longest modifier term.
    max_words: usize,
}

/// What a description phrase says: the states that fit all its words
/// ([`Description::fits`]). Borrowed from the lexicon; costs nothing to make.
#[derive(Debug, Clone)]
pub struct Description<'a> {
    parts: Vec<&'a Fit>,
}

impl Description<'_> {
    /// Whether `state` (a state code, `SAU`) fits every word of the description.
    pub fn fits(&self, state: &str) -> bool {
        self.parts.iter().all(|f| f.fits(state))
    }

    /// The state the description names by itself, when one of its words fits a single
    /// state and every other word fits it too: an epithet such as "el país azteca" needs no
    /// context.
    pub fn sole_state(&self) -> Option<&str> {
        self.parts.iter().find_map(|f| match f {
            Fit::States(s) if s.len() == 1 && self.fits(&s[0]) => Some(&*s[0]),
            _ => None,
        })
    }
}

/// Adds a dyad lexicon's descriptions; a term defined earlier keeps its states.
pub(crate) fn add_dyad(lex: &mut Lexicon, d: &DyadLexicon) {
    for e in &d.descriptions {
        let fit = match &e.states {
            None => Fit::Any,
            Some(v) => Fit::States(v.iter().map(|s| s.as_str().into()).collect()),
        };
        let map = match e.part {
            DescriptionPart::Noun => &mut lex.descriptions.nouns,
            DescriptionPart::Modifier => &mut lex.descriptions.modifiers,
        };
        for t in &e.terms {
            // "oil-rich" is matched as the words "oil rich" (tokenizers split hyphens).
            let key = t
                .split(|c: char| c.is_whitespace() || c == '-')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            if e.part == DescriptionPart::Modifier {
                let n = key.split(' ').count();
                lex.descriptions.max_words = lex.descriptions.max_words.max(n);
            }
            map.entry(key.into()).or_insert_with(|| fit.clone());
        }
    }
}

impl Lexicon {
    /// The description a phrase makes when its head noun's lemma is `noun` and its modifier
    /// words, in text order, are `modifiers` (lower case, hyphenated words split at the
    /// hyphens): `None` unless the noun is a
    /// description noun and every modifier word belongs to a modifier term (longest terms
    /// first: "gulf arab" before "gulf"). Used to resolve "the Gulf kingdom" against the
    /// states a document has named.
    pub fn describe(&self, noun: &str, modifiers: &[&str]) -> Option<Description<'_>> {
        let d = &self.descriptions;
        let mut parts = vec![d.nouns.get(noun)?];
        let mut i = 0;
        let mut key = String::new();
        while i < modifiers.len() {
            let longest = (1..=d.max_words.min(modifiers.len() - i))
                .rev()
                .find_map(|n| {
                    key.clear();
                    for (k, w) in modifiers[i..i + n].iter().enumerate() {
                        if k > 0 {
                            key.push(' ');
                        }
                        key.push_str(w);
                    }
                    d.modifiers.get(key.as_str()).map(|f| (n, f))
                });
            let (n, fit) = longest?;
            parts.push(fit);
            i += n;
        }
        Some(Description { parts })
    }

    /// Whether the lexicon has description words at all (a PETRARCH-only lexicon has none).
    pub fn has_descriptions(&self) -> bool {
        !self.descriptions.nouns.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::dyad::DyadLexicon;
    use crate::Lexicon;

    fn lexicon() -> Lexicon {
        let mut d = DyadLexicon::default();
        d.add_text(
            "dyad-lexicon version=1 kind=descriptions lang=en\n\
             noun *\n  term: country | nation\n\
             noun SAU BHR GBR\n  term: kingdom\n\
             modifier SAU BHR QAT\n  term: Gulf\n\
             modifier SAU QAT\n  term: Gulf Arab\n\
             modifier MEX\n  term: Aztec\n\
             modifier *\n  term: oil-rich\n",
            Path::new("descriptions.txt"),
        )
        .unwrap();
        Lexicon::from_dyad(&d)
    }

    #[test]
    fn every_word_of_a_description_narrows_the_states() {
        let lex = lexicon();
        let d = lex.describe("kingdom", &["gulf"]).unwrap();
        assert!(d.fits("SAU") && d.fits("BHR"));
        assert!(!d.fits("QAT") && !d.fits("GBR"));
        let d = lex.describe("country", &[]).unwrap();
        assert!(d.fits("VEN"));
        // The longest modifier term wins: "Gulf Arab" is not "Gulf" + "Arab".
        let d = lex.describe("kingdom", &["gulf", "arab"]).unwrap();
        assert!(d.fits("SAU") && !d.fits("BHR"));
        assert_eq!(d.sole_state(), None);
        // An epithet with one state names it by itself; hyphenated terms match split words.
        let d = lex.describe("country", &["oil", "rich", "aztec"]).unwrap();
        assert_eq!(d.sole_state(), Some("MEX"));
    }

    #[test]
    fn an_unknown_word_is_no_description() {
        let lex = lexicon();
        assert!(lex.describe("kingdom", &["magic"]).is_none());
        assert!(lex.describe("village", &[]).is_none());
        assert!(!Lexicon::default().has_descriptions());
        assert!(lex.has_descriptions());
    }
}
