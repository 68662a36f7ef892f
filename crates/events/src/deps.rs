//! dyad-format dependency patterns ([`DepPattern`]) matched over a predicate's UD dependents.
//!
//! A pattern's relations are *logical* (`docs/lexicon-format.md`, *Conditions*): `subj` is the
//! `nsubj` of an active verb and the `obl:agent` of a passive, `obj` the `obj` of an active
//! verb and the `nsubj:pass` of a passive; `obl:P` is an `obl` whose `case` child (with its
//! `fixed` words, joined by `_` in the dictionary) has lemma `P`; `prt` is `compound:prt`,
//! `expl` any `expl` subtype, `poss` is `nmod:poss`. Parsers attach a preposition phrase after
//! an object to either word ("signed an agreement with Kyiv": EWT's `nmod` of *agreement*,
//! UDPipe often `obl` of *signed*), so a verb's `obl:P` also matches `nmod:P` of its object.

use dyad_core::UdRel;
use dyad_lexicon::petrarch::actors::DictDate;
use dyad_lexicon::{ActorKind, AgentKind, ArgRel, DepPattern, DepTest, Lexicon, Slot};

use crate::clause::Args;
use crate::mention::resolve_deep;
use crate::pattern::Binds;
use crate::tree::View;

/// Whose dependents a pattern reads.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Frame {
    /// A verb with its own patterns.
    Verb(usize),
    /// An event noun on its own (a nominal event).
    Noun(usize),
    /// An event noun as the object of one of its light verbs: `subj`, `iobj`, `prt`, `expl`,
    /// `xcomp` and `ccomp` are the verb's; `nmod:P` is the noun's or the verb's `obl:P`
    /// ("paid a visit to Tokyo" attaches "to Tokyo" to either word); the rest the noun's.
    Light {
        /// The light verb.
        verb: usize,
        /// The event noun, its object.
        noun: usize,
    },
}

/// Matches dependency patterns in one frame.
pub(crate) struct DepMatcher<'a> {
    pub v: View<'a>,
    pub lex: &'a Lexicon,
    pub date: Option<DictDate>,
    pub frame: Frame,
    /// The verb's arguments (subjects borrowed from a governor, passive mapping); `None` for
    /// a nominal event.
    pub args: Option<&'a Args>,
}

impl DepMatcher<'_> {
    /// The first pattern of `patterns` (kept most specific first) that matches, with its
    /// bindings.
    pub fn first<'p>(&self, patterns: &'p [DepPattern]) -> Option<(&'p DepPattern, Binds)> {
        patterns
            .iter()
            .find_map(|p| self.matches(p).map(|b| (p, b)))
    }

    /// Whether every condition of `p` holds; the slots it binds if so. A positive condition
    /// needs a dependent at its relation that passes its test (the first such binds the
    /// slot); a negative one fails the pattern when any dependent there passes.
    pub fn matches(&self, p: &DepPattern) -> Option<Binds> {
        let mut b = Binds::default();
        for c in p.conds.iter() {
            let mut hit = None;
            self.each(&c.rel, &mut |w| {
                let ok = self.passes(w, &c.test)
                    && c.modifier.as_ref().is_none_or(|m| self.modified(w, m));
                if ok {
                    hit = Some(w);
                }
                ok
            });
            match (c.negated, hit) {
                (true, Some(_)) | (false, None) => return None,
                (true, None) => {}
                (false, Some(w)) => {
                    b.pronominal |= matches!(c.rel, ArgRel::Expl);
                    match c.bind {
                        Some(Slot::Source) => b.source = Some(w),
                        Some(Slot::Target) => b.target = Some(w),
                        None => {}
                    }
                }
            }
        }
        Some(b)
    }

    /// Calls `f` on each dependent at `rel` in the frame until it returns true; whether one
    /// did.
    fn each(&self, rel: &ArgRel, f: &mut dyn FnMut(usize) -> bool) -> bool {
        match self.frame {
            Frame::Verb(verb) => self.verb_rel(verb, rel, true, f),
            Frame::Noun(noun) => self.noun_rel(noun, rel, f),
            Frame::Light { verb, noun } => match rel {
                ArgRel::Nmod(p) | ArgRel::Obl(p) => {
                    let p = p.as_deref();
                    self.with_case(noun, UdRel::Nmod, p, f)
                        || self.with_case(verb, UdRel::Obl, p, f)
                }
                ArgRel::Subj
                | ArgRel::Iobj
                | ArgRel::Prt
                | ArgRel::Expl
                | ArgRel::Xcomp
                | ArgRel::Ccomp => self.verb_rel(verb, rel, false, f),
                // The noun is the verb's object; it has none of its own.
                ArgRel::Obj => false,
                ArgRel::Poss | ArgRel::Amod | ArgRel::Compound => self.noun_rel(noun, rel, f),
            },
        }
    }

    fn verb_rel(
        &self,
        verb: usize,
        rel: &ArgRel,
        obj_nmod: bool,
        f: &mut dyn FnMut(usize) -> bool,
    ) -> bool {
        let v = self.v;
        let passive = self.args.is_some_and(Args::passive);
        match rel {
            ArgRel::Subj => match self.args {
                Some(a) if passive => a.agents.iter().any(|k| f(*k)),
                Some(a) => a.subjects.iter().any(|k| f(*k)),
                None => v.kids_with(verb, UdRel::Nsubj).any(f),
            },
            ArgRel::Obj => self.objects(verb, f),
            ArgRel::Obl(p) => {
                let p = p.as_deref();
                self.with_case(verb, UdRel::Obl, p, f)
                    // A marked phrase the parser called an object: "llegó a La Paz" with
                    // "a La Paz" as `obj` (Spanish marks animate objects with `a` too).
                    || (p.is_some() && self.with_case(verb, UdRel::Obj, p, f))
                    || (obj_nmod
                        && self.objects(verb, &mut |o| self.with_case(o, UdRel::Nmod, p, f)))
            }
            ArgRel::Nmod(p) => self.with_case(verb, UdRel::Nmod, p.as_deref(), f),
            // ... or one the parser hung on the object itself: "ordered French troops to
            // leave" with "to leave" an `acl` of "troops".
            ArgRel::Xcomp => {
                self.simple(verb, rel, f)
                    || v.kids_with(verb, UdRel::Obj).any(|o| {
                        v.kids_with(o, UdRel::Acl)
                            .filter(|&k| {
                                k > o
                                    && v.s.words[k].feats.get("VerbForm") == Some("Inf")
                                    && v.kids_with(k, UdRel::Mark)
                                        .any(|m| v.upos(m) == Some(dyad_core::Upos::Part))
                            })
                            .any(&mut *f)
                    })
            }
            _ => self.simple(verb, rel, f),
        }
    }

    /// The logical objects of `verb`: `obj`, or the passive subjects.
    fn objects(&self, verb: usize, f: &mut dyn FnMut(usize) -> bool) -> bool {
        match self.args {
            Some(a) if a.passive() => a.passive_subjects.iter().any(|k| f(*k)),
            Some(a) => a.direct.iter().any(|k| f(*k)),
            _ => self.v.kids_with(verb, UdRel::Obj).any(f),
        }
    }

    fn noun_rel(&self, noun: usize, rel: &ArgRel, f: &mut dyn FnMut(usize) -> bool) -> bool {
        match rel {
            // An event noun has modifiers, not obliques: `obl:P` in a noun pattern reads as
            // `nmod:P`.
            ArgRel::Nmod(p) | ArgRel::Obl(p) => {
                let p = p.as_deref();
                // A named preposition may also sit one level down, where parsers hang it on
                // the noun's own modifier: "the visit of the Russian president to Beijing",
                // "la visita del presidente ruso a Pekín" attach `to`/`a` to the president.
                self.with_case(noun, UdRel::Nmod, p, f)
                    || (p.is_some()
                        && self
                            .v
                            .kids_with(noun, UdRel::Nmod)
                            .any(|k| self.with_case(k, UdRel::Nmod, p, f)))
            }
            ArgRel::Subj | ArgRel::Obj | ArgRel::Iobj => false,
            _ => self.simple(noun, rel, f),
        }
    }

    /// Relations read straight off the children.
    fn simple(&self, w: usize, rel: &ArgRel, f: &mut dyn FnMut(usize) -> bool) -> bool {
        let v = self.v;
        let particle = match rel {
            ArgRel::Prt => self.lex.class("particle"),
            _ => None,
        };
        v.kids(w)
            .filter(|k| match rel {
                ArgRel::Iobj => v.is(*k, UdRel::Iobj),
                ArgRel::Poss => v.is_sub(*k, UdRel::Nmod, "poss"),
                // An adjective with phrases of its own heads a reduced relative `acl`:
                // "maniobras conjuntas en el mar de Japón".
                ArgRel::Amod => {
                    v.is(*k, UdRel::Amod)
                        || (v.is(*k, UdRel::Acl) && v.upos(*k) == Some(dyad_core::Upos::Adj))
                }
                ArgRel::Compound => {
                    v.is(*k, UdRel::Compound) && !v.is_sub(*k, UdRel::Compound, "prt")
                }
                // An infinitive after the object that the parser made an adverbial clause
                // is the object's complement all the same: "pressured workers of the bus
                // company of Tehran to cancel the strike".
                ArgRel::Xcomp => {
                    v.is(*k, UdRel::Xcomp)
                        || v.complement_advcl(*k)
                        || (v.is(*k, UdRel::Advcl)
                            && v.kids_with(*k, UdRel::Mark)
                                .any(|m| v.upos(m) == Some(dyad_core::Upos::Part))
                            && v.kids_with(w, UdRel::Obj).any(|o| o < *k))
                }
                ArgRel::Ccomp => v.is(*k, UdRel::Ccomp),
                // UD English writes most "back"/"away" after a verb `advmod` ("pulled back
                // troops"): a word of the reserved class `particle` there is one too.
                ArgRel::Prt => {
                    v.is_sub(*k, UdRel::Compound, "prt")
                        || (*k > w
                            && v.is(*k, UdRel::Advmod)
                            && particle.is_some_and(|c| self.lex.in_class(c, &v.lemmas[*k])))
                }
                ArgRel::Expl => v.is(*k, UdRel::Expl),
                _ => false,
            })
            .any(f)
    }

    /// Children of `w` at `base` (not `obl:agent`, not `nmod:poss`) whose case marker is `p`
    /// (any, or none, when `p` is `None`).
    fn with_case(
        &self,
        w: usize,
        base: UdRel,
        p: Option<&[String]>,
        f: &mut dyn FnMut(usize) -> bool,
    ) -> bool {
        let v = self.v;
        // An oblique naming a time is when, not what the pattern reads: "agreed on Friday to
        // extend the ceasefire" is no agreement on something (reserved class `time_word`).
        let when = |k: usize| {
            base == UdRel::Obl
                && (v.s.words[k].feats.get("AdvType") == Some("Tim")
                    || self
                        .lex
                        .class("time_word")
                        .is_some_and(|t| self.lex.in_class(t, &v.lemmas[k])))
        };
        v.kids_with(w, base)
            .filter(|k| !v.is_sub(*k, UdRel::Obl, "agent") && !v.is_sub(*k, UdRel::Nmod, "poss"))
            .filter(|k| !when(*k))
            .filter(|k| match p {
                Some(p) => self.case_is(*k, p),
                None => true,
            })
            .any(f)
    }

    /// Whether the case marker of `w` (its `case` children and their `fixed` words, in order)
    /// is `words` (upper case), word by word by lemma or form.
    fn case_is(&self, w: usize, words: &[String]) -> bool {
        let v = self.v;
        let mut n = 0;
        let mut ok = true;
        for c in v.kids_with(w, UdRel::Case) {
            for m in std::iter::once(c).chain(v.kids_with(c, UdRel::Fixed)) {
                ok &= words
                    .get(n)
                    .is_some_and(|x| *x == v.lemmas[m] || *x == v.forms[m]);
                n += 1;
            }
        }
        ok && n == words.len()
    }

    fn passes(&self, w: usize, test: &DepTest) -> bool {
        match test {
            DepTest::Any => true,
            // As deep as a bound target is resolved (`Clause::participants`): "recibió a
            // dirigentes de Hamás" names Hamas.
            DepTest::Actor => {
                let mut a = Vec::new();
                resolve_deep(&self.v, self.lex, w, self.date, 2, &mut a);
                !a.is_empty()
            }
            DepTest::Person => is_person(&self.v, self.lex, w),
            DepTest::Class(_) | DepTest::Lemmas(_) => {
                // Two steps: "part of a military aid program".
                self.lemma_passes(w, test)
                    || self.measured(w).any(|m| {
                        self.lemma_passes(m, test)
                            || self.measured(m).any(|m| self.lemma_passes(m, test))
                    })
            }
        }
    }

    /// Whether a modifier of `w` (or of what it measures: "tons of military aid") passes
    /// `test`: an `amod`, `compound` or `nmod` ("military aid", "ayuda militar", "ayuda de
    /// emergencia").
    fn modified(&self, w: usize, test: &DepTest) -> bool {
        let v = &self.v;
        std::iter::once(w).chain(self.measured(w)).any(|h| {
            v.kids(h).any(|k| {
                matches!(
                    v.rel(k).map(|r| r.base()),
                    Some(UdRel::Amod | UdRel::Compound | UdRel::Nmod)
                ) && !v.is_sub(k, UdRel::Nmod, "poss")
                    && self.passes(k, test)
            })
        })
    }

    fn lemma_passes(&self, w: usize, test: &DepTest) -> bool {
        match test {
            DepTest::Class(id) => self.lex.in_class(*id, &self.v.lemmas[w]),
            DepTest::Lemmas(ls) => ls.iter().any(|l| **l == *self.v.lemmas[w]),
            _ => false,
        }
    }

    /// What a measure or quantity word counts ("25,000 tons of food aid", "$50,000 worth of
    /// goods", "thousands of troops"): its first `nmod`, when its lemma is in the reserved
    /// class `quantity`, so that a pattern's lemma test reads the thing measured; and the
    /// noun compounded before it ("aid deliveries", "a military aid program for Bosnia",
    /// also when the tagger made "aid" an adjective).
    fn measured(&self, w: usize) -> impl Iterator<Item = usize> + '_ {
        let v = self.v;
        let quantity = self
            .lex
            .class("quantity")
            .is_some_and(|q| self.lex.in_class(q, &v.lemmas[w]));
        let nmod = v.kids_with(w, UdRel::Nmod).take(1);
        let before = v
            .kids(w)
            .filter(move |k| *k < w && (v.is(*k, UdRel::Compound) || v.is(*k, UdRel::Amod)));
        // What a sum is in: "$300 million in military aid", "20 millones de euros en ayuda
        // humanitaria" (reserved class `measure_case`), on the sum or, when the sum is the
        // verb's object, on the verb, where the parser hangs it as often.
        let lex = self.lex;
        let measure = lex.class("measure_case").filter(|_| quantity);
        let marked = move |k: usize| {
            measure.is_some_and(|m| {
                v.kids_with(k, UdRel::Case)
                    .any(|c| lex.in_class(m, &v.lemmas[c]))
            })
        };
        let verb = v.head(w).filter(|_| v.is(w, UdRel::Obj));
        let within = v
            .kids_with(w, UdRel::Nmod)
            .skip(1)
            .chain(
                verb.into_iter()
                    .flat_map(move |h| v.kids_with(h, UdRel::Obl)),
            )
            .filter(move |k| marked(*k));
        nmod.chain(before).chain(within).filter(move |_| quantity)
    }
}

/// Whether the phrase headed by `w` names a person: a `person` actor or an agent of kind
/// `person` covering its head ("the foreign minister", "Vladimir Putin"), or an apposition
/// that does ("Smith, the minister").
pub(crate) fn is_person(v: &View, lex: &Lexicon, w: usize) -> bool {
    let covers = |w: usize| {
        (w.saturating_sub(8)..=w).any(|j| {
            let over = |n: u32| w < j + n as usize;
            v.actor_hits[j].is_some_and(|(n, (id, _))| {
                over(n) && lex.actor_kind(id) == Some(ActorKind::Person)
            }) || v.agent_hits[j]
                .is_some_and(|(n, id)| over(n) && lex.agent(id).kind == Some(AgentKind::Person))
        })
    };
    covers(w) || v.kids_with(w, UdRel::Appos).any(covers)
}
