//! [`Coder`]: predicates and their arguments in a UD tree, matched to verb patterns.

use std::sync::Arc;

use dyad_core::{Sentence, UdRel, Upos};
use dyad_lexicon::petrarch::{EventCode, VerbCode};
use dyad_lexicon::{Lexicon, VerbForm};

use crate::clause::Clause;
use crate::event::{Actor, DocContext, Event, Modality};
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
    /// PETRARCH's `new_actor_length`: a source or target phrase that no dictionary entry
    /// names becomes an actor named by its own words when it has at most this many (0, the
    /// default, turns this off: such phrases name no actor).
    pub new_actor_length: usize,
    /// Personal pronouns (upper case) that, as the subject of an embedded clause, stand for
    /// the subject of the clause embedding it. Default: English `it`, `he`, `she`, `they` and
    /// Spanish `él`, `ella`, `ellos`, `ellas`; per-language lexicon data once it exists.
    pub pronouns: Vec<String>,
}

impl Default for CoderConfig {
    fn default() -> Self {
        CoderConfig {
            require_target: true,
            negators: ["NOT", "N'T", "NEVER", "NO", "NUNCA", "JAMÁS"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            new_actor_length: 0,
            pronouns: ["IT", "HE", "SHE", "THEY", "ÉL", "ELLA", "ELLOS", "ELLAS"]
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
        scratch.load(s, &self.lex);
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
                    && e.modality == out[k].modality
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
        // A negated predicate is coded with modality `negated`: never the positive event, but
        // kept, so that users can count denials and refusals apart.
        let modality = if self.negated(v, i) {
            Modality::Negated
        } else {
            Modality::Asserted
        };
        let block = self.lex.block(form.block);
        let cl = Clause::new(*v, i, &self.config);
        let m = Matcher {
            v: *v,
            lex: &self.lex,
            date: doc.date,
            toks: &cl.pat_toks,
        };
        let (code, binds, line, conf) = block
            .patterns
            .iter()
            .find_map(|p| m.matches(p, cl.pat_at).map(|b| (&p.code, b, p.line, 0.8)))
            .unwrap_or((&form.code, Binds::default(), form.line, 0.5));
        let (forward, reverse) = match code {
            VerbCode::Null => return,
            VerbCode::Event(e) => (Some(e), None),
            VerbCode::Pair { forward, reverse } => (forward.as_ref(), reverse.as_ref()),
        };
        // The plain statement code takes no target from the clause it reports (see
        // `Clause::participants`); the reported clause is coded as its own event.
        let statement = forward
            .and_then(EventCode::cameo)
            .is_some_and(|c| c.as_str() == "010");
        let pairs = cl.participants(self, doc.date, binds, statement);
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
                modality,
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
        // An entry listing the inflected form itself wins over one reached by the lemma:
        // the validation verbs give `LEFT [040:040]` its own block apart from `LEAVE [012]`.
        let by_form = self.lex.verb_forms(&v.forms[i]).iter().map(|f| (f, true));
        let by_lemma = self.lex.verb_forms(&v.lemmas[i]).iter().map(|f| (f, false));
        by_form
            .chain(by_lemma)
            .filter(|(f, _)| fits(f))
            .max_by_key(|(f, exact)| (f.words.len(), *exact, std::cmp::Reverse(f.line)))
            .map(|(f, _)| f)
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
}
