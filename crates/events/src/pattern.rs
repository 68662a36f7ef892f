//! Matching a verb block's patterns over the words of the verb's clause.
//!
//! PETRARCH matches patterns against the flat words of a verb phrase, skipping words freely
//! between elements unless `_` joins them. Here the words are those of the verb's clause in
//! the tree (the verb's subtree without coordinated or paratactic clauses), in text order, so
//! a pattern still reads left to right but cannot reach into a neighbouring clause.

use dyad_core::{UdRel, Upos};
use dyad_lexicon::petrarch::actors::DictDate;
use dyad_lexicon::{Lexicon, PatElem, VerbPattern};

use crate::mention::resolve_conj;
use crate::tree::View;

/// Which clause words the pattern's actor slots landed on.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Binds {
    pub source: Option<usize>,
    pub target: Option<usize>,
    pub compound: Option<usize>,
    /// The pattern asked for the verb's pronominal `se` ("se reunió con"): the `se` is the
    /// verb's own, not an impersonal or passive one, so a dropped subject is the story's.
    pub pronominal: bool,
}

pub(crate) struct Matcher<'a> {
    pub v: View<'a>,
    pub lex: &'a Lexicon,
    pub date: Option<DictDate>,
    /// Clause words in text order.
    pub toks: &'a [usize],
}

impl Matcher<'_> {
    /// Whether `p` matches around the verb at clause position `at`; the actor bindings if so.
    pub fn matches(&self, p: &VerbPattern, at: usize) -> Option<Binds> {
        let mut b = Binds::default();
        if !p.before.is_empty() {
            let end = self.seq(&p.before, 0, at, None, &mut b)?;
            if p.joined_before && end != at {
                return None;
            }
        }
        if !p.after.is_empty() {
            let anchor = p.joined_after.then_some(at + 1);
            self.seq(&p.after, at + 1, self.toks.len(), anchor, &mut b)?;
        }
        Some(b)
    }

    /// Matches `elems` in order within `toks[from..to]`, gaps allowed between elements; the
    /// first element must start at `anchor` when given. Returns the position after the match
    /// (trying the last possible start of the final element first is not needed: any match
    /// will do, and the earliest keeps bindings closest to the verb's left).
    fn seq(
        &self,
        elems: &[PatElem],
        from: usize,
        to: usize,
        anchor: Option<usize>,
        b: &mut Binds,
    ) -> Option<usize> {
        let Some((first, rest)) = elems.split_first() else {
            return Some(from);
        };
        let starts = match anchor {
            Some(a) => a..(a + 1).min(to.max(a)),
            None => from..to,
        };
        for k in starts {
            let mut trial = *b;
            if let Some(next) = self.elem(first, k, to, &mut trial) {
                if let Some(end) = self.seq(rest, next, to, None, &mut trial) {
                    *b = trial;
                    return Some(end);
                }
            }
        }
        None
    }

    /// Matches one element starting exactly at clause position `k`.
    fn elem(&self, e: &PatElem, k: usize, to: usize, b: &mut Binds) -> Option<usize> {
        if k >= to {
            // Only zero-width elements fit past the end.
            return matches!(e, PatElem::Skip).then_some(k);
        }
        let w = self.toks[k];
        match e {
            PatElem::Word(x) => self.word_is(w, x).then_some(k + 1),
            PatElem::AnyOf(xs) => xs.iter().any(|x| self.word_is(w, x)).then_some(k + 1),
            PatElem::Synset(id) => {
                let syn = self.lex.synset(*id)?;
                syn.members.iter().find_map(|m| self.words_at(m, k, to))
            }
            PatElem::Source | PatElem::Target | PatElem::Compound => {
                let n = self.actor_count(w);
                let ok = if matches!(e, PatElem::Compound) {
                    n >= 2
                } else {
                    n >= 1
                };
                if !ok {
                    return None;
                }
                match e {
                    PatElem::Source => b.source = Some(w),
                    PatElem::Target => b.target = Some(w),
                    _ => b.compound = Some(w),
                }
                Some(k + 1)
            }
            // `^` passes over one noun phrase ("IFTAR (IN ^) +": the place is skipped, the
            // target follows it); a word that is no nominal is passed over alone.
            PatElem::Skip => {
                if !self.v.is_nominal(w) {
                    return Some(k + 1);
                }
                let mut end = k + 1;
                while end < to
                    && self.v.head(self.toks[end]).is_some_and(|h| {
                        let mut h = h;
                        for _ in 0..4 {
                            if h == w {
                                return true;
                            }
                            match self.v.head(h) {
                                Some(x) => h = x,
                                None => return false,
                            }
                        }
                        false
                    })
                {
                    end += 1;
                }
                Some(end)
            }
            PatElem::Consecutive(v) => {
                let mut at = k;
                for x in v.iter() {
                    if at < to && at > k && self.toks[at] != self.toks[at - 1] + 1 {
                        return None;
                    }
                    at = self.elem(x, at, to, b)?;
                }
                Some(at)
            }
            // `{...}` is a noun phrase: between its words only adjectives may intervene
            // ("{NEW &TIETYPES RELATIONS}" is "new global economic relations", not "new global
            // economic trade relations"), and its last word is the phrase's head
            // (`{FXLL DIPLOMATIC}` is not "fxll diplomatic ties").
            PatElem::NounPhrase(v) => {
                let mut end = k;
                for (j, x) in v.iter().enumerate() {
                    let mut hit = None;
                    while end < to {
                        let mut trial = *b;
                        if let Some(e) = self.elem(x, end, to, &mut trial) {
                            *b = trial;
                            hit = Some(e);
                            break;
                        }
                        if j == 0 || !matches!(self.v.upos(self.toks[end]), Some(Upos::Adj)) {
                            break;
                        }
                        end += 1;
                    }
                    end = hit?;
                }
                let last = self.toks[end.max(k + 1) - 1];
                let modifier = matches!(
                    self.v.rel(last).map(dyad_core::DepRel::base),
                    Some(UdRel::Compound | UdRel::Amod | UdRel::Flat | UdRel::Det | UdRel::Nummod)
                ) || self.v.is_sub(last, UdRel::Nmod, "poss");
                (!modifier).then_some(end)
            }
            PatElem::Prep { prep, object } => {
                if !prep.iter().any(|x| self.word_is(w, x)) {
                    return None;
                }
                self.seq(object, k + 1, to, None, b)
            }
        }
    }

    fn word_is(&self, w: usize, x: &str) -> bool {
        self.v.forms[w] == x || self.v.lemmas[w] == x
    }

    /// A multi-word member on consecutive words of the sentence, starting at clause position `k`.
    fn words_at(&self, m: &[Box<str>], k: usize, to: usize) -> Option<usize> {
        if k + m.len() > to {
            return None;
        }
        for (j, x) in m.iter().enumerate() {
            let w = self.toks[k + j];
            if (j > 0 && w != self.toks[k + j - 1] + 1) || !self.word_is(w, x) {
                return None;
            }
        }
        Some(k + m.len())
    }

    fn actor_count(&self, w: usize) -> usize {
        if !self.v.is_nominal(w) {
            return 0;
        }
        let mut out = Vec::new();
        resolve_conj(&self.v, self.lex, w, self.date, &mut out);
        out.len()
    }
}
