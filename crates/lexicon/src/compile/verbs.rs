//! Verb dictionaries compiled for lookup: verbs indexed by inflected head word, patterns with
//! synsets resolved to ids.

use std::collections::HashMap;

use crate::petrarch::verbs::{Elem, VerbDictionary};
use crate::petrarch::VerbCode;

/// One inflected form of a dictionary verb.
#[derive(Debug, Clone)]
pub struct VerbForm {
    /// The verb block (index into [`super::Lexicon::block`]).
    pub block: u32,
    /// Upper-case words of the form, in order (one word for most verbs).
    pub words: Box<[Box<str>]>,
    /// Index of the inflected word in `words`: the word the index is keyed by.
    pub head: usize,
    /// The verb's own code, or the block's when it has none.
    pub code: VerbCode,
    /// Dictionary line of the verb.
    pub line: usize,
}

/// A pattern element with words upper-cased and synsets resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum PatElem {
    /// A word (matched against a token's form or lemma).
    Word(Box<str>),
    /// Any of several words.
    AnyOf(Box<[Box<str>]>),
    /// A synset, by id ([`super::Lexicon::synset`]).
    Synset(u32),
    /// `$`: the source actor goes here.
    Source,
    /// `+`: the target actor goes here.
    Target,
    /// `%`: a conjoined phrase gives source and target.
    Compound,
    /// `^`: skip a noun phrase.
    Skip,
    /// Elements that must be on consecutive tokens.
    Consecutive(Box<[PatElem]>),
    /// A noun phrase; its elements in order.
    NounPhrase(Box<[PatElem]>),
    /// A prepositional phrase: one of the prepositions, then its object's elements.
    Prep {
        /// Upper-case prepositions.
        prep: Box<[Box<str>]>,
        /// The object's elements.
        object: Box<[PatElem]>,
    },
}

impl PatElem {
    /// How much this element constrains a match: literal words count, actor slots and skips
    /// do not. Used to prefer the most specific matching pattern, which is PETRARCH's choice
    /// (its pattern trie is walked as deep as the sentence allows).
    pub fn specificity(&self) -> u16 {
        match self {
            PatElem::Word(_) | PatElem::AnyOf(_) | PatElem::Synset(_) => 2,
            PatElem::Source | PatElem::Target | PatElem::Compound => 1,
            PatElem::Skip => 0,
            PatElem::Consecutive(v) | PatElem::NounPhrase(v) => {
                v.iter().map(Self::specificity).sum()
            }
            PatElem::Prep { object, .. } => 2 + object.iter().map(Self::specificity).sum::<u16>(),
        }
    }
}

/// A compiled pattern of a verb block.
#[derive(Debug, Clone)]
pub struct VerbPattern {
    /// Elements before the verb, in text order.
    pub before: Box<[PatElem]>,
    /// Elements after the verb, in text order.
    pub after: Box<[PatElem]>,
    /// The last `before` element must immediately precede the verb.
    pub joined_before: bool,
    /// The first `after` element must immediately follow the verb.
    pub joined_after: bool,
    /// The pattern's code, or its block's.
    pub code: VerbCode,
    /// Sum of the elements' [`PatElem::specificity`].
    pub specificity: u16,
    /// Dictionary line.
    pub line: usize,
}

/// A verb block: its name, code and patterns.
#[derive(Debug, Clone)]
pub struct Block {
    /// The block name.
    pub name: Box<str>,
    /// The block's code.
    pub code: VerbCode,
    /// Patterns, most specific first (file order among equals).
    pub patterns: Box<[VerbPattern]>,
    /// dyad-format dependency patterns, most specific first (empty for PETRARCH blocks, whose
    /// patterns are the linear [`Block::patterns`]). See [`super::DepPattern`].
    pub deps: Box<[super::DepPattern]>,
}

/// A synset: its members as upper-case word sequences (with generated plurals).
#[derive(Debug, Clone)]
pub struct SynsetWords {
    /// The label, without `&`.
    pub name: Box<str>,
    /// Members; multi-word members must match consecutive tokens.
    pub members: Box<[Box<[Box<str>]>]>,
}

#[derive(Debug, Default)]
pub(crate) struct CompiledVerbs {
    pub forms: HashMap<Box<str>, Vec<VerbForm>>,
    pub blocks: Vec<Block>,
    pub synsets: Vec<SynsetWords>,
}

/// PETRARCH's regular forms of an English verb: 3rd person -S, past -ED, gerund -ING
/// (`PETRreader.make_verb_forms`, with the usual spelling rules for -E, consonant + Y and
/// sibilants). Irregular verbs list their forms in `{...}` and never come here.
pub fn regular_verb_forms(base: &str) -> [String; 3] {
    let b = base.to_uppercase();
    let last = b.chars().last().unwrap_or(' ');
    let before_last = b.chars().rev().nth(1).unwrap_or(' ');
    let vowel = |c: char| "AEIOU".contains(c);
    if last == 'E' {
        let stem = &b[..b.len() - 1];
        [format!("{b}S"), format!("{b}D"), format!("{stem}ING")]
    } else if last == 'Y' && !vowel(before_last) {
        let stem = &b[..b.len() - 1];
        [
            format!("{stem}IES"),
            format!("{stem}IED"),
            format!("{b}ING"),
        ]
    } else if b.ends_with('S')
        || b.ends_with("SH")
        || b.ends_with("CH")
        || b.ends_with('X')
        || b.ends_with('Z')
    {
        [format!("{b}ES"), format!("{b}ED"), format!("{b}ING")]
    } else {
        [format!("{b}S"), format!("{b}ED"), format!("{b}ING")]
    }
}

/// The regular English plural PETRARCH gives nouns (final Y → IES, final S → +ES, else +S).
fn plural(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('Y') {
        format!("{stem}IES")
    } else if word.ends_with('S') {
        format!("{word}ES")
    } else {
        format!("{word}S")
    }
}

fn upper_words(words: &[String]) -> Box<[Box<str>]> {
    words.iter().map(|w| w.to_uppercase().into()).collect()
}

/// Adds a PETRARCH verb dictionary to `cv`. A verb whose base word is already a key of `cv`
/// (from a source added earlier) is left out with all its forms: earlier sources win.
pub(crate) fn add(cv: &mut CompiledVerbs, d: &VerbDictionary) {
    let earlier: std::collections::HashSet<Box<str>> = cv.forms.keys().cloned().collect();
    let synset_base = cv.synsets.len() as u32;
    let block_base = cv.blocks.len() as u32;
    let synset_ids: HashMap<&str, u32> = d
        .synsets
        .iter()
        .enumerate()
        .map(|(i, s)| (s.name.as_str(), synset_base + i as u32))
        .collect();
    let local_ids: HashMap<&str, u32> = d
        .synsets
        .iter()
        .enumerate()
        .map(|(i, s)| (s.name.as_str(), i as u32))
        .collect();
    cv.synsets.extend(d.synsets.iter().map(|s| {
        let mut members = Vec::new();
        flatten_synset(d, &local_ids, s.name.as_str(), 0, &mut members);
        SynsetWords {
            name: s.name.as_str().into(),
            members: members.into(),
        }
    }));

    let forms = &mut cv.forms;
    let blocks = &mut cv.blocks;
    for (bi, b) in d.blocks.iter().enumerate() {
        let bi = block_base as usize + bi;
        for v in &b.verbs {
            let code = v.code.clone().unwrap_or_else(|| b.code.clone());
            let base = &v.phrase;
            if base
                .words
                .get(base.head)
                .is_some_and(|h| earlier.contains(h.to_uppercase().as_str()))
            {
                continue;
            }
            let mut add = |words: Box<[Box<str>]>, head: usize| {
                let Some(key) = words.get(head).cloned() else {
                    return;
                };
                forms.entry(key).or_default().push(VerbForm {
                    block: bi as u32,
                    words,
                    head,
                    code: code.clone(),
                    line: v.line,
                });
            };
            add(upper_words(&base.words), base.head);
            match &v.forms {
                Some(explicit) => {
                    for f in explicit {
                        add(upper_words(&f.words), f.head);
                    }
                }
                None => {
                    if let Some(h) = base.words.get(base.head) {
                        for f in regular_verb_forms(h) {
                            let mut w = base.words.clone();
                            w[base.head] = f;
                            add(upper_words(&w), base.head);
                        }
                    }
                }
            }
        }
        let mut patterns: Vec<VerbPattern> = b
            .patterns
            .iter()
            .map(|p| {
                let before: Box<[PatElem]> =
                    p.before.iter().map(|e| elem(e, &synset_ids)).collect();
                let after: Box<[PatElem]> = p.after.iter().map(|e| elem(e, &synset_ids)).collect();
                let specificity = before
                    .iter()
                    .chain(after.iter())
                    .map(PatElem::specificity)
                    .sum();
                VerbPattern {
                    before,
                    after,
                    joined_before: p.joined_before,
                    joined_after: p.joined_after,
                    code: p.code.clone().unwrap_or_else(|| b.code.clone()),
                    specificity,
                    line: p.line,
                }
            })
            .collect();
        patterns.sort_by_key(|p| std::cmp::Reverse(p.specificity));
        blocks.push(Block {
            name: b.name.as_str().into(),
            code: b.code.clone(),
            patterns: patterns.into(),
            deps: Box::new([]),
        });
    }
}

/// Members of a synset with nested `&SYNSET` members expanded (depth-limited against
/// cycles) and, where the synset allows it, a regular plural for each single-word member.
fn flatten_synset(
    d: &VerbDictionary,
    ids: &HashMap<&str, u32>,
    name: &str,
    depth: usize,
    out: &mut Vec<Box<[Box<str>]>>,
) {
    let Some(&id) = ids.get(name) else {
        return;
    };
    let s = &d.synsets[id as usize];
    for m in &s.members {
        if let [only] = m.words.as_slice() {
            if let Some(inner) = only.strip_prefix('&') {
                if depth < 4 {
                    flatten_synset(d, ids, inner.trim_end_matches('_'), depth + 1, out);
                }
                continue;
            }
        }
        let words = upper_words(&m.words);
        if s.plurals && m.plural {
            if let Some(last) = words.last() {
                let mut pl = words.to_vec();
                *pl.last_mut().expect("invariant: non-empty") = plural(last).into();
                out.push(pl.into());
            }
        }
        out.push(words);
    }
}

fn elem(e: &Elem, ids: &HashMap<&str, u32>) -> PatElem {
    let all = |v: &[Elem]| -> Box<[PatElem]> { v.iter().map(|x| elem(x, ids)).collect() };
    match e {
        Elem::Word(w) => PatElem::Word(w.to_uppercase().into()),
        Elem::AnyOf(ws) => PatElem::AnyOf(upper_words(ws)),
        // An unknown synset was already reported by the loader; it can never match.
        Elem::Synset(n) => PatElem::Synset(ids.get(n.as_str()).copied().unwrap_or(u32::MAX)),
        Elem::Source => PatElem::Source,
        Elem::Target => PatElem::Target,
        Elem::Compound => PatElem::Compound,
        Elem::Skip => PatElem::Skip,
        Elem::Consecutive(v) => PatElem::Consecutive(all(v)),
        Elem::NounPhrase(v) => PatElem::NounPhrase(all(v)),
        Elem::Prep { prep, object } => PatElem::Prep {
            prep: upper_words(prep),
            object: all(object),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_forms_follow_spelling_rules() {
        assert_eq!(
            regular_verb_forms("restore"),
            ["RESTORES", "RESTORED", "RESTORING"]
        );
        assert_eq!(regular_verb_forms("deny"), ["DENIES", "DENIED", "DENYING"]);
        assert_eq!(regular_verb_forms("obey"), ["OBEYS", "OBEYED", "OBEYING"]);
        assert_eq!(
            regular_verb_forms("reach"),
            ["REACHES", "REACHED", "REACHING"]
        );
        assert_eq!(
            regular_verb_forms("attack"),
            ["ATTACKS", "ATTACKED", "ATTACKING"]
        );
    }
}
