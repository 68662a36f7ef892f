//! A longest-match index of word sequences (actor names, agent phrases, discards).
//!
//! Names are stored as upper-case word sequences and looked up at a token position with the
//! longest candidate tried first, which is PETRARCH's precedence (`HAMAS MILITARY COMMAND`
//! wins over `HAMAS`). A hash map keyed by the first word keeps a lookup to one hash and a few
//! slice comparisons; an Aho–Corasick automaton over normalized tokens was the alternative, but
//! the dictionaries give at most a handful of candidates per first word, so it would buy
//! nothing measurable and cost a dependency.

use std::collections::HashMap;

/// The words after the first, and the value: one candidate under a first word.
type Tail<T> = (Box<[Box<str>]>, T);

/// A phrase index: upper-case word sequences to values of type `T`.
#[derive(Debug, Clone)]
pub struct PhraseIndex<T> {
    by_first: HashMap<Box<str>, Vec<Tail<T>>>,
}

impl<T> Default for PhraseIndex<T> {
    fn default() -> Self {
        PhraseIndex {
            by_first: HashMap::new(),
        }
    }
}

impl<T> PhraseIndex<T> {
    /// Adds a phrase; an identical phrase already present keeps its value (file order wins,
    /// as in PETRARCH, where the first definition of a name is the one used).
    pub fn insert(&mut self, words: &[String], value: T) {
        let Some(first) = words.first() else {
            return;
        };
        let rest: Box<[Box<str>]> = words[1..].iter().map(|w| w.to_uppercase().into()).collect();
        let list = self
            .by_first
            .entry(first.to_uppercase().into())
            .or_default();
        if list.iter().any(|(r, _)| *r == rest) {
            return;
        }
        // Longest first; stable, so equal lengths keep file order.
        let pos = list
            .iter()
            .position(|(r, _)| r.len() < rest.len())
            .unwrap_or(list.len());
        list.insert(pos, (rest, value));
    }

    /// The longest phrase starting at `tokens[i]`: its length in tokens and its value.
    /// Tokens must already be upper case (see [`crate::normalize`]).
    pub fn longest_at<S: AsRef<str>>(&self, tokens: &[S], i: usize) -> Option<(usize, &T)> {
        let first = tokens.get(i)?.as_ref();
        let list = self.by_first.get(first)?;
        let after = &tokens[i + 1..];
        list.iter().find_map(|(rest, v)| {
            (rest.len() <= after.len() && rest.iter().zip(after).all(|(a, b)| **a == *b.as_ref()))
                .then_some((rest.len() + 1, v))
        })
    }

    /// Like [`PhraseIndex::longest_at`], but each word of a phrase may match the token's form
    /// or its lemma (`forms` and `lemmas` are parallel, upper case). Phrases are indexed by
    /// their first word, so both the form and the lemma at `i` are tried as first words.
    pub fn longest_at_either<S: AsRef<str>>(
        &self,
        forms: &[S],
        lemmas: &[S],
        i: usize,
    ) -> Option<(usize, &T)> {
        let n = forms.len().min(lemmas.len());
        if i >= n {
            return None;
        }
        let firsts = [forms[i].as_ref(), lemmas[i].as_ref()];
        let mut best: Option<(usize, &T)> = None;
        for (k, first) in firsts.iter().enumerate() {
            if k == 1 && firsts[0] == firsts[1] {
                break;
            }
            let Some(list) = self.by_first.get(*first) else {
                continue;
            };
            let hit = list.iter().find_map(|(rest, v)| {
                (i + 1 + rest.len() <= n
                    && rest.iter().enumerate().all(|(j, w)| {
                        let t = i + 1 + j;
                        **w == *forms[t].as_ref() || **w == *lemmas[t].as_ref()
                    }))
                .then_some((rest.len() + 1, v))
            });
            if let Some(h) = hit {
                if best.map_or(0, |b| b.0) < h.0 {
                    best = Some(h);
                }
            }
        }
        best
    }

    /// The value of exactly the phrase `words` (any case), to change it in place: values that
    /// collect several entries for one phrase (a demonym's sharing states) grow this way.
    pub fn get_mut(&mut self, words: &[String]) -> Option<&mut T> {
        let (first, rest) = words.split_first()?;
        let list = self.by_first.get_mut(first.to_uppercase().as_str())?;
        list.iter_mut()
            .find(|(r, _)| {
                r.len() == rest.len() && r.iter().zip(rest).all(|(a, b)| **a == b.to_uppercase())
            })
            .map(|(_, v)| v)
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn get_mut_finds_only_the_exact_phrase() {
        let mut ix = PhraseIndex::default();
        ix.insert(&w("CONGOLESE"), vec![1]);
        ix.insert(&w("CONGOLESE ARMY"), vec![2]);
        ix.get_mut(&w("congolese")).unwrap().push(3);
        assert_eq!(
            ix.longest_at(&["CONGOLESE", "SAID"], 0),
            Some((1, &vec![1, 3]))
        );
        assert!(ix.get_mut(&w("CONGOLESE NAVY")).is_none());
        assert!(ix.get_mut(&w("ARMY")).is_none());
    }

    #[test]
    fn longest_wins_and_first_definition_kept() {
        let mut ix = PhraseIndex::default();
        ix.insert(&w("HAMAS"), 1);
        ix.insert(&w("HAMAS MILITARY COMMAND"), 2);
        ix.insert(&w("hamas"), 3);
        let toks = ["HAMAS", "MILITARY", "COMMAND", "SAID"];
        assert_eq!(ix.longest_at(&toks, 0), Some((3, &2)));
        assert_eq!(ix.longest_at(&toks[..2], 0), Some((1, &1)));
        assert_eq!(ix.longest_at(&toks, 3), None);
        assert_eq!(ix.len(), 2);
    }
}
