//! [`Coder`]: predicates and their arguments in a UD tree, matched to verb patterns.

use std::sync::Arc;

use dyad_core::{DepRel, Sentence, UdRel, Upos};
use dyad_lexicon::petrarch::{EventCode, VerbCode};
use dyad_lexicon::{Lexicon, VerbForm};

use crate::event::{Actor, DocContext, Event, Modality};
use crate::mention::resolve_conj;
use crate::pattern::{Binds, Matcher};
use crate::tree::{Scratch, View};

/// Options of the coder.
#[derive(Debug, Clone)]
pub struct CoderConfig {
    /// Emit an event only when it has a target (PETRARCH's `require_dyad`, default true).
    pub require_target: bool,
    /// Lemmas that negate a predicate when attached to it as `advmod` (upper case). Default:
    /// English `not`, `n't`, `never` and Spanish `no`, `nunca`, `jamás`. These belong in the
    /// per-language lexicon data once dyad's own format exists.
    pub negators: Vec<String>,
}

impl Default for CoderConfig {
    fn default() -> Self {
        CoderConfig {
            require_target: true,
            negators: ["NOT", "N'T", "NEVER", "NO", "NUNCA", "JAMÁS"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
        }
    }
}

/// The event coder: immutable, `Send + Sync`, cheap to clone (the lexicon is shared).
///
/// Requires words with `upos`, `lemma`, `head` and `deprel`; assigns events.
#[derive(Debug, Clone)]
pub struct Coder {
    lex: Arc<Lexicon>,
    config: CoderConfig,
}

/// The arguments of one predicate, as word indices of noun-phrase heads.
#[derive(Debug, Default)]
struct Args {
    subjects: Vec<usize>,
    passive_subjects: Vec<usize>,
    agents: Vec<usize>,
    objects: Vec<usize>,
}

impl Coder {
    /// A coder over `lexicon` with `config`.
    pub fn new(lexicon: Arc<Lexicon>, config: CoderConfig) -> Coder {
        Coder {
            lex: lexicon,
            config,
        }
    }

    /// The same lexicon with other options.
    pub fn with_config(&self, config: CoderConfig) -> Coder {
        Coder {
            lex: Arc::clone(&self.lex),
            config,
        }
    }

    /// The options.
    pub fn config(&self) -> &CoderConfig {
        &self.config
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// Codes one sentence (as sentence 0 of its document), with fresh buffers.
    pub fn code_sentence(&self, s: &Sentence, doc: &DocContext) -> Vec<Event> {
        let mut out = Vec::new();
        self.code_into(s, 0, doc, &mut Scratch::new(), &mut out);
        out
    }

    /// Codes sentence number `index`, appending to `out` and reusing `scratch`: the hot path.
    pub fn code_into(
        &self,
        s: &Sentence,
        index: u32,
        doc: &DocContext,
        scratch: &mut Scratch,
        out: &mut Vec<Event>,
    ) {
        scratch.load(s);
        let v = View::new(s, scratch);
        if self.lex.discard_in(v.forms).is_some() {
            return;
        }
        let start = out.len();
        for i in 0..v.len() {
            if !matches!(v.upos(i), Some(Upos::Verb)) || v.is(i, UdRel::Aux) || v.is(i, UdRel::Cop)
            {
                continue;
            }
            self.code_predicate(&v, i, index, doc, out);
        }
        // Set semantics: the same (source, target, code) from two predicates is one event.
        let mut k = start;
        while k < out.len() {
            let dup = out[start..k].iter().any(|e| {
                e.source.codes == out[k].source.codes
                    && e.target.as_ref().map(|t| &t.codes)
                        == out[k].target.as_ref().map(|t| &t.codes)
                    && e.code == out[k].code
            });
            if dup {
                out.remove(k);
            } else {
                k += 1;
            }
        }
    }

    fn code_predicate(
        &self,
        v: &View,
        i: usize,
        index: u32,
        doc: &DocContext,
        out: &mut Vec<Event>,
    ) {
        let Some(form) = self.verb_form(v, i) else {
            return;
        };
        if self.negated(v, i) {
            // Not coded as the positive event; negated events get their own codes later.
            return;
        }
        let block = self.lex.block(form.block);
        let mut toks = Vec::with_capacity(16);
        v.subtree(i, &leaves_clause, &mut toks);
        toks.sort_unstable();
        let at = toks
            .iter()
            .position(|t| *t == i)
            .expect("invariant: the verb is in its clause");
        let m = Matcher {
            v: *v,
            lex: &self.lex,
            date: doc.date,
            toks: &toks,
        };
        let (code, binds, line, conf) = block
            .patterns
            .iter()
            .find_map(|p| m.matches(p, at).map(|b| (&p.code, b, p.line, 0.8)))
            .unwrap_or((&form.code, Binds::default(), form.line, 0.5));
        let (forward, reverse) = match code {
            VerbCode::Null => return,
            VerbCode::Event(e) => (Some(e), None),
            VerbCode::Pair { forward, reverse } => (forward.as_ref(), reverse.as_ref()),
        };
        let args = self.args(v, i);
        let date = doc.date;
        let actors = |heads: &[usize]| {
            let mut a = Vec::new();
            for h in heads {
                resolve_conj(v, &self.lex, *h, date, &mut a);
            }
            a
        };
        let mut pairs: Vec<(Actor, Option<Actor>)> = Vec::new();
        if let Some(c) = binds.compound {
            let all = actors(&[c]);
            for a in &all {
                for b in &all {
                    if a.codes != b.codes {
                        pairs.push((a.clone(), Some(b.clone())));
                    }
                }
            }
        } else {
            let passive = !args.passive_subjects.is_empty();
            let sources = match binds.source {
                Some(s) => actors(&[s]),
                None if passive => actors(&args.agents),
                None => actors(&args.subjects),
            };
            let targets = match binds.target {
                Some(t) => actors(&[t]),
                None => {
                    let mut t = Vec::new();
                    if passive && binds.source.is_none() {
                        t = actors(&args.passive_subjects);
                    }
                    for h in &args.objects {
                        if !t.is_empty() {
                            break;
                        }
                        t = actors(&[*h]);
                    }
                    // PETRARCH's target is the first actor in the verb phrase: when no
                    // argument head names one, take the first nominal after the verb that
                    // does ("broke relations with Libya").
                    for &w in &toks[at + 1..] {
                        if !t.is_empty() {
                            break;
                        }
                        // Phrase heads only: a compound or possessive modifier is read as part of
                        // its head's phrase ("Osgiliath soldiers" → OSGMIL, not OSG).
                        let modifier = v.is(w, UdRel::Compound)
                            || v.is(w, UdRel::Flat)
                            || v.is_sub(w, UdRel::Nmod, "poss")
                            || v.is(w, UdRel::Amod);
                        if v.is_nominal(w) && !modifier && !args.subjects.contains(&w) {
                            t = actors(&[w]);
                        }
                    }
                    t
                }
            };
            for s in &sources {
                if targets.is_empty() {
                    pairs.push((s.clone(), None));
                }
                for t in &targets {
                    if s.codes != t.codes {
                        pairs.push((s.clone(), Some(t.clone())));
                    }
                }
            }
        }
        let w = &v.s.words[i];
        let mut emit = |source: &Actor, target: Option<&Actor>, code: &EventCode| {
            if target.is_none() && self.config.require_target {
                return;
            }
            out.push(Event {
                sentence_index: index,
                source: source.clone(),
                target: target.cloned(),
                code: code.clone(),
                modality: Modality::Asserted,
                trigger_word: i as u32,
                trigger: w.span,
                dictionary_line: line,
                confidence: conf,
            });
        };
        for (s, t) in &pairs {
            if let Some(c) = forward {
                emit(s, t.as_ref(), c);
            }
            if let (Some(c), Some(t)) = (reverse, t) {
                emit(t, Some(s), c);
            }
        }
    }

    /// The dictionary form this verb instantiates: by inflected form first, then by lemma;
    /// multi-word verbs need their other words next to the inflected one, and win over
    /// single-word verbs when they match.
    fn verb_form(&self, v: &View, i: usize) -> Option<&VerbForm> {
        let fits = |f: &VerbForm| {
            f.words.iter().enumerate().all(|(j, x)| {
                let pos = i as isize + j as isize - f.head as isize;
                pos >= 0
                    && (pos as usize) < v.len()
                    && (j == f.head
                        || v.forms[pos as usize] == **x
                        || v.lemmas[pos as usize] == **x)
            })
        };
        let by_form = self.lex.verb_forms(&v.forms[i]).iter();
        let by_lemma = self.lex.verb_forms(&v.lemmas[i]).iter();
        by_form
            .chain(by_lemma)
            .filter(|f| fits(f))
            .max_by_key(|f| (f.words.len(), std::cmp::Reverse(f.line)))
    }

    /// Whether the predicate, or a predicate it is the complement of, carries a negator.
    fn negated(&self, v: &View, i: usize) -> bool {
        let mut cur = Some(i);
        for _ in 0..4 {
            let Some(c) = cur else { break };
            if v.kids(c).any(|k| {
                v.is(k, UdRel::Advmod)
                    && self
                        .config
                        .negators
                        .iter()
                        .any(|n| *n == v.lemmas[k] || *n == v.forms[k])
            }) {
                return true;
            }
            cur = if v.is(c, UdRel::Xcomp) {
                v.head(c)
            } else {
                None
            };
        }
        false
    }

    /// Subject, passive subject, agent and object heads of predicate `i`. A predicate without
    /// its own subject takes the subject of the clause it completes or is coordinated with
    /// ("Arnor agreed to restore ties", "Arnor met Gondor and signed a treaty").
    fn args(&self, v: &View, i: usize) -> Args {
        let mut a = Args::default();
        let passive_aux = v.kids(i).any(|k| v.is_sub(k, UdRel::Aux, "pass"));
        for k in v.kids(i) {
            let Some(r) = v.rel(k) else { continue };
            match (r.base(), r.subtype()) {
                (UdRel::Nsubj, Some("pass")) => a.passive_subjects.push(k),
                (UdRel::Nsubj, _) if passive_aux => a.passive_subjects.push(k),
                (UdRel::Nsubj, _) => a.subjects.push(k),
                (UdRel::Obl, Some("agent")) => a.agents.push(k),
                (UdRel::Obj, _) | (UdRel::Iobj, _) => a.objects.push(k),
                (UdRel::Obl, Some("tmod" | "npmod")) => {}
                (UdRel::Obl | UdRel::Nmod, _) => a.objects.push(k),
                _ => {}
            }
        }
        // Objects first, then indirect objects, then obliques: a direct object is the
        // PETRARCH target; an oblique only when nothing closer names an actor.
        a.objects
            .sort_by_key(|k| match v.rel(*k).map(DepRel::base) {
                Some(UdRel::Obj) => 0,
                Some(UdRel::Iobj) => 1,
                _ => 2,
            });
        if a.subjects.is_empty() && a.passive_subjects.is_empty() {
            let mut cur = i;
            for _ in 0..4 {
                let up = match v.rel(cur).map(DepRel::base) {
                    Some(UdRel::Xcomp | UdRel::Conj) => v.head(cur),
                    _ => None,
                };
                let Some(h) = up else { break };
                let subj: Vec<usize> = v
                    .kids(h)
                    .filter(|k| v.is(*k, UdRel::Nsubj) && !v.is_sub(*k, UdRel::Nsubj, "pass"))
                    .collect();
                if !subj.is_empty() {
                    a.subjects = subj;
                    break;
                }
                cur = h;
            }
        }
        a
    }
}

/// Relations that leave a predicate's clause for patterns: coordinated and paratactic
/// clauses, adverbial clauses and punctuation.
fn leaves_clause(r: &DepRel) -> bool {
    matches!(
        r.base(),
        UdRel::Conj | UdRel::Parataxis | UdRel::Punct | UdRel::Advcl | UdRel::Cc
    )
}
