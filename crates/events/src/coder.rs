//! [`Coder`]: predicates and their arguments in a UD tree, matched to verb patterns.

use std::sync::Arc;

use dyad_core::{Sentence, Span, UdRel, Upos};
use dyad_lexicon::petrarch::{EventCode, VerbCode};
use dyad_lexicon::{Lexicon, VerbForm};

use crate::clause::Clause;
use crate::deps::{DepMatcher, Frame};
use crate::event::{Actor, DocContext, Event, Modality, TriggerKind};
use crate::pattern::{Binds, Matcher};
use crate::tree::{Scratch, View};

/// Options of the coder.
#[derive(Debug, Clone)]
pub struct CoderConfig {
    /// Emit an event only when it has a target (PETRARCH's `require_dyad`, default true),
    /// except for the codes of [`CoderConfig::untargeted`].
    pub require_target: bool,
    /// CAMEO event codes (with leading zeros: `14`, `0871`) that are coded without a target
    /// even when [`CoderConfig::require_target`] is set: a code here covers its sub-codes
    /// (`14` covers `141`…`1454`). CAMEO codes protests, strikes and riots with no target
    /// (`---`). Default: empty; a lexicon that defines the reserved class `untargeted`
    /// replaces it ([`Coder::new`]), so which categories stand alone is lexicon data.
    pub untargeted: Vec<String>,
    /// Lemmas that negate a predicate when attached to it as `advmod` (upper case). Default:
    /// English `not`, `n't`, `never` and Spanish `no`, `nunca`, `jamás`. A lexicon that
    /// defines the reserved class `negator` replaces this list ([`Coder::new`]).
    pub negators: Vec<String>,
    /// PETRARCH's `new_actor_length`: a source or target phrase that no dictionary entry
    /// names becomes an actor named by its own words when it has at most this many (0, the
    /// default, turns this off: such phrases name no actor).
    pub new_actor_length: usize,
    /// Personal pronouns (upper case) that, as the subject of an embedded clause, stand for
    /// the subject of the clause embedding it. Default: English `it`, `he`, `she`, `they` and
    /// Spanish `él`, `ella`, `ellos`, `ellas`. A lexicon that defines the reserved class
    /// `pronoun` replaces this list ([`Coder::new`]). A possessive pronoun of a nominal event
    /// ("during her trip") stands for the governing clause's subject the same way.
    pub pronouns: Vec<String>,
    /// Case markers (upper case) whose `nmod` of an event noun names the actor of a nominal
    /// event when no pattern binds the source and no possessor or demonym does: "the visit
    /// by Putin", "la visita del canciller". Default: `by`, `de`.
    pub noun_source_cases: Vec<String>,
}

impl Default for CoderConfig {
    fn default() -> Self {
        CoderConfig {
            require_target: true,
            untargeted: Vec::new(),
            negators: ["NOT", "N'T", "NEVER", "NO", "NUNCA", "JAMÁS"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            new_actor_length: 0,
            pronouns: ["IT", "HE", "SHE", "THEY", "ÉL", "ELLA", "ELLOS", "ELLAS"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            noun_source_cases: vec!["BY".into(), "DE".into()],
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

impl CoderConfig {
    /// This configuration with the language lists a lexicon defines: the reserved classes
    /// `negator`, `pronoun` and `untargeted` (`docs/lexicon-format.md`, `kind=classes`)
    /// replace [`CoderConfig::negators`], [`CoderConfig::pronouns`] and
    /// [`CoderConfig::untargeted`] when present and non-empty, so that language knowledge
    /// lives in the lexicon, not in code.
    pub fn with_lexicon_classes(mut self, lex: &Lexicon) -> CoderConfig {
        for (class, list) in [
            ("negator", &mut self.negators),
            ("pronoun", &mut self.pronouns),
            ("untargeted", &mut self.untargeted),
        ] {
            let members: Vec<String> = lex.class_members(class).map(str::to_string).collect();
            if !members.is_empty() {
                *list = members;
            }
        }
        self
    }
}

impl CoderConfig {
    /// Whether `code` may be coded without a target under `require_target`: it, or a
    /// CAMEO ancestor of it, is listed in [`CoderConfig::untargeted`].
    pub fn stands_alone(&self, code: &EventCode) -> bool {
        let Some(c) = code.cameo() else { return false };
        let c = c.as_str();
        self.untargeted.iter().any(|u| c.starts_with(u.as_str()))
    }
}

impl Coder {
    /// A coder over `lexicon` with `config`, whose negators and pronouns come from the
    /// lexicon's `negator` and `pronoun` classes when it defines them
    /// ([`CoderConfig::with_lexicon_classes`]).
    pub fn new(lexicon: Arc<Lexicon>, config: CoderConfig) -> Coder {
        Coder {
            config: config.with_lexicon_classes(&lexicon),
            lex: lexicon,
        }
    }

    /// The same lexicon with other options (lexicon classes applied as in [`Coder::new`]).
    pub fn with_config(&self, config: CoderConfig) -> Coder {
        Coder::new(Arc::clone(&self.lex), config)
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
            match v.upos(i) {
                Some(Upos::Verb) if !v.is(i, UdRel::Aux) && !v.is(i, UdRel::Cop) => {
                    self.code_predicate(&v, i, index, doc, out);
                }
                Some(Upos::Noun) => self.code_nominal(&v, i, index, doc, out),
                _ => {}
            }
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
        // "paid a visit to Tokyo": the event is the noun's, not the light verb's.
        if self.code_light_verb(v, i, index, doc, out) {
            return;
        }
        let Some(form) = self.verb_form(v, i) else {
            return;
        };
        let block = self.lex.block(form.block);
        let cl = Clause::new(*v, i, &self.config);
        let found = if block.deps.is_empty() {
            let m = Matcher {
                v: *v,
                lex: &self.lex,
                date: doc.date,
                toks: &cl.pat_toks,
            };
            block
                .patterns
                .iter()
                .find_map(|p| m.matches(p, cl.pat_at).map(|b| (&p.code, b, p.line)))
        } else {
            // dyad-format patterns: over the verb's dependents, in the compiled order (most
            // specific first); the first that matches gives the code.
            let m = DepMatcher {
                v: *v,
                lex: &self.lex,
                date: doc.date,
                frame: Frame::Verb(i),
                args: Some(cl.args()),
            };
            m.first(&block.deps).map(|(p, b)| (&p.code, b, p.line))
        };
        let (code, binds, line, confidence) = match found {
            Some((c, b, l)) => (c, b, l, 0.8),
            None => (&form.code, Binds::default(), form.line, 0.5),
        };
        let trigger = Trigger {
            sentence: index,
            word: i,
            span: v.s.words[i].span,
            kind: TriggerKind::Verb,
            modality: self.modality(v, i),
            line,
            confidence,
        };
        self.emit_clause(&cl, code, binds, &trigger, doc, out);
    }

    /// Codes predicate `cl` with `code`: its participants given the pattern's bindings, one
    /// event per (source, target) pair and direction.
    pub(crate) fn emit_clause(
        &self,
        cl: &Clause,
        code: &VerbCode,
        binds: Binds,
        trigger: &Trigger,
        doc: &DocContext,
        out: &mut Vec<Event>,
    ) {
        let Some((forward, _)) = directions(code) else {
            return;
        };
        // The plain statement code takes no target from the clause it reports (see
        // `Clause::participants`); the reported clause is coded as its own event.
        let statement = forward
            .and_then(EventCode::cameo)
            .is_some_and(|c| c.as_str() == "010");
        let pairs = cl.participants(self, doc.date, binds, statement);
        self.emit(&pairs, code, trigger, out);
    }

    /// One event per pair and direction of `code`; a pair without a target only when the
    /// configuration does not require one.
    pub(crate) fn emit(
        &self,
        pairs: &[(Actor, Option<Actor>)],
        code: &VerbCode,
        t: &Trigger,
        out: &mut Vec<Event>,
    ) {
        let Some((forward, reverse)) = directions(code) else {
            return;
        };
        let mut push = |source: &Actor, target: Option<&Actor>, code: &EventCode| {
            if target.is_none() && self.config.require_target && !self.config.stands_alone(code) {
                return;
            }
            out.push(Event {
                sentence_index: t.sentence,
                source: source.clone(),
                target: target.cloned(),
                code: code.clone(),
                modality: t.modality,
                trigger_word: t.word as u32,
                trigger_kind: t.kind,
                trigger: t.span,
                dictionary_line: t.line,
                confidence: t.confidence,
                date: None,
                place: None,
            });
        };
        for (s, tg) in pairs {
            if let Some(c) = forward {
                push(s, tg.as_ref(), c);
            }
            if let (Some(c), Some(tg)) = (reverse, tg) {
                push(tg, Some(s), c);
            }
        }
    }

    /// A negated predicate is coded with modality `negated`: never the positive event, but
    /// kept, so that users can count denials and refusals apart.
    pub(crate) fn modality(&self, v: &View, i: usize) -> Modality {
        if self.negated(v, i) {
            Modality::Negated
        } else {
            Modality::Asserted
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

/// What an event is triggered by, and how it was coded.
pub(crate) struct Trigger {
    /// Index of the sentence in its document.
    pub sentence: u32,
    /// The trigger word.
    pub word: usize,
    /// Its bytes (a light verb and its noun: both, and what lies between).
    pub span: Span,
    pub kind: TriggerKind,
    pub modality: Modality,
    /// Dictionary line of the pattern or entry that gave the code.
    pub line: usize,
    pub confidence: f32,
}

/// The forward (source → target) and reverse (target → source) codes; `None` for a code
/// that is deliberately no event (`none`, PETRARCH's `---`).
fn directions(code: &VerbCode) -> Option<(Option<&EventCode>, Option<&EventCode>)> {
    match code {
        VerbCode::Null => None,
        VerbCode::Event(e) => Some((Some(e), None)),
        VerbCode::Pair { forward, reverse } => Some((forward.as_ref(), reverse.as_ref())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untargeted_code_covers_its_sub_codes_only() {
        let c = CoderConfig {
            untargeted: vec!["14".into(), "0871".into()],
            ..CoderConfig::default()
        };
        let alone = |s: &str| c.stands_alone(&EventCode::parse(s));
        assert!(alone("14") && alone("143") && alone("1454") && alone("0871"));
        // Not the parent of a listed code, not a sibling, not a code that is no CAMEO code.
        assert!(!alone("087") && !alone("04") && !alone("040") && !alone("15"));
        assert!(!alone("14X"));
        assert!(!CoderConfig::default().stands_alone(&EventCode::parse("143")));
    }
}
