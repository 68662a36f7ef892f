//! dyad-format dictionaries compiled: dependency patterns, event nouns, word classes, and the
//! actors and agents of a [`DyadLexicon`] added to the shared indexes.
//!
//! Dependency patterns are new information the PETRARCH model lacks, so they sit beside it:
//! a dyad verb becomes an ordinary [`Block`] keyed by its lemma, with no linear
//! [`Block::patterns`] and its conditions in [`Block::deps`]. A coder that does not read
//! `deps` yet still codes the bare verb with its `code:` (subject → object).

use std::collections::{HashMap, HashSet};

use super::{ActorId, ActorInfo, Agent, Lexicon};
use crate::dyad::actors::{ActorKind, NameRole};
use crate::dyad::pattern::{ArgRel, Pattern, Slot, Test};
use crate::dyad::verbs::PredicateEntry;
use crate::dyad::DyadLexicon;
use crate::petrarch::actors::{CodeSpec, DatedCode, Validity};
use crate::petrarch::agents::AgentCode;
use crate::petrarch::VerbCode;
use crate::{Block, VerbForm};

/// A word class of the compiled lexicon (from [`Lexicon::class`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClassId(pub(crate) u32);

/// What a dependent must be, with classes resolved and lemmas upper-cased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DepTest {
    /// Anything.
    Any,
    /// It names an actor (a dictionary actor, or an agent).
    Actor,
    /// It names a person: an actor of kind [`ActorKind::Person`] or an agent whose
    /// [`Agent::kind`] is a person.
    Person,
    /// Its head lemma is in this class ([`Lexicon::in_class`]); a class unknown when compiled
    /// (already reported by [`DyadLexicon::validate`]) never matches.
    Class(ClassId),
    /// Its head lemma (upper case) is one of these.
    Lemmas(Box<[Box<str>]>),
}

/// One condition on a predicate's dependents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepCond {
    /// The relation, from the predicate; prepositions upper-cased.
    pub rel: ArgRel,
    /// No dependent at `rel` may pass `test`.
    pub negated: bool,
    /// The slot the matching dependent fills.
    pub bind: Option<Slot>,
    /// What the dependent must be.
    pub test: DepTest,
    /// What one of the dependent's modifiers must be (`obj=aid+military`).
    pub modifier: Option<DepTest>,
}

/// A compiled dependency pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct DepPattern {
    /// Every condition must hold.
    pub conds: Box<[DepCond]>,
    /// The code when it does.
    pub code: VerbCode,
    /// How much the pattern constrains: a lemma or class test counts 2, a slot, an actor test
    /// or a negative condition 1. Patterns are kept most specific first.
    pub specificity: u16,
    /// Dictionary line.
    pub line: usize,
}

/// An event noun: its code, patterns and light verbs.
#[derive(Debug, Clone, PartialEq)]
pub struct NounEvent {
    /// The lemma, upper case.
    pub lemma: Box<str>,
    /// The code of the bare noun event ([`VerbCode::Null`] when only patterns code).
    pub code: VerbCode,
    /// Patterns, most specific first.
    pub patterns: Box<[DepPattern]>,
    /// Light-verb lemmas, upper case.
    pub light: Box<[Box<str>]>,
    /// Dictionary line.
    pub line: usize,
}

impl NounEvent {
    /// Whether `verb` (upper-case lemma) is one of this noun's light verbs.
    pub fn has_light_verb(&self, verb: &str) -> bool {
        self.light.iter().any(|l| **l == *verb)
    }
}

#[derive(Debug, Default)]
pub(crate) struct Classes {
    pub ids: HashMap<Box<str>, ClassId>,
    pub members: Vec<HashSet<Box<str>>>,
}

fn upper(s: &str) -> Box<str> {
    s.chars()
        .flat_map(char::to_uppercase)
        .collect::<String>()
        .into()
}

fn compile_test(t: &Test, classes: &Classes) -> DepTest {
    match t {
        Test::Any => DepTest::Any,
        Test::Actor => DepTest::Actor,
        Test::Person => DepTest::Person,
        Test::Class(n) => DepTest::Class(
            classes
                .ids
                .get(n.as_str())
                .copied()
                .unwrap_or(ClassId(u32::MAX)),
        ),
        Test::Lemmas(ls) => DepTest::Lemmas(ls.iter().map(|l| upper(l)).collect()),
    }
}

fn compile_patterns(ps: &[Pattern], classes: &Classes) -> Box<[DepPattern]> {
    let mut out: Vec<DepPattern> = ps
        .iter()
        .map(|p| {
            let conds: Box<[DepCond]> = p
                .conds
                .iter()
                .map(|c| DepCond {
                    rel: match &c.rel {
                        ArgRel::Obl(Some(w)) => {
                            ArgRel::Obl(Some(w.iter().map(|x| upper(x).into()).collect()))
                        }
                        ArgRel::Nmod(Some(w)) => {
                            ArgRel::Nmod(Some(w.iter().map(|x| upper(x).into()).collect()))
                        }
                        r => r.clone(),
                    },
                    negated: c.negated,
                    bind: c.bind,
                    test: compile_test(&c.test, classes),
                    modifier: c.modifier.as_ref().map(|m| compile_test(m, classes)),
                })
                .collect();
            // (A modifier test narrows its condition: "military aid" before "aid".)
            let specificity = conds
                .iter()
                .map(|c| match (&c.test, c.negated) {
                    (DepTest::Class(_) | DepTest::Lemmas(_), false) => 2,
                    _ => 1,
                } + u16::from(c.modifier.is_some()))
                .sum();
            DepPattern {
                conds,
                code: p.code.clone(),
                specificity,
                line: p.line,
            }
        })
        .collect();
    out.sort_by_key(|p| std::cmp::Reverse(p.specificity));
    out.into()
}

/// Adds a dyad lexicon to `lex`; keys already present (from sources added earlier) win.
pub(crate) fn add_dyad(lex: &mut Lexicon, d: &DyadLexicon) {
    // Classes first, so that this source's patterns resolve them; a class defined again adds
    // its members to the earlier definition (users extend `@weapon` without copying it).
    for c in &d.classes {
        let next = ClassId(lex.classes.members.len() as u32);
        let id = *lex
            .classes
            .ids
            .entry(c.name.as_str().into())
            .or_insert(next);
        if id == next {
            lex.classes.members.push(HashSet::new());
        }
        let set = &mut lex.classes.members[id.0 as usize];
        set.extend(c.terms.iter().map(|t| upper(t)));
    }

    let mut folded_names = Vec::new();
    let mut folded_agents = Vec::new();
    let mut shared = Vec::new();
    for b in &d.actors {
        let label: Box<str> = b.label.as_str().into();
        let main = new_actor(lex, b.codes.clone(), Some(b.kind), label.clone());
        let gov = b.government().and_then(|g| {
            b.names
                .iter()
                .any(|n| matches!(n.role, NameRole::Capital | NameRole::Seat))
                .then(|| {
                    let code = DatedCode {
                        code: CodeSpec::Code(g),
                        validity: Validity::Always,
                        line: b.line,
                    };
                    new_actor(lex, vec![code], Some(ActorKind::Other), label.clone())
                })
        });
        for n in &b.names {
            let id = match (n.role, gov) {
                (NameRole::Capital | NameRole::Seat, Some(g)) => g,
                _ => main,
            };
            let caps = super::caps_mask(&n.words, n.cased);
            if n.shared {
                shared.push((n.words.clone(), (id, n.role, caps)));
                shared.extend(folded(&n.words).map(|f| (f, (id, n.role, caps))));
                continue;
            }
            lex.actor_names.insert(&n.words, (id, n.role, caps));
            if let Some(f) = folded(&n.words) {
                folded_names.push((f, (id, n.role, caps)));
            }
        }
    }

    for b in &d.agents {
        for t in &b.terms {
            let id = lex.agent_list.len() as u32;
            lex.agent_list.push(Agent {
                code: AgentCode::Code(b.code.clone()),
                placement: b.placement,
                line: t.line,
                kind: b.kind,
            });
            lex.agents.insert(&t.words, id);
            if let Some(f) = folded(&t.words) {
                folded_agents.push((f, id));
            }
        }
    }
    // After every real name of this source, so that a real name wins over a folded one.
    for (words, v) in folded_names {
        lex.actor_names.insert(&words, v);
    }
    for (words, v) in folded_agents {
        lex.agents.insert(&words, v);
    }
    add_shared_names(lex, shared);

    let earlier: HashSet<Box<str>> = lex.verbs.forms.keys().cloned().collect();
    let dyad_lemmas: HashSet<Box<str>> = d.verbs.iter().map(|v| upper(&v.lemma)).collect();
    for v in &d.verbs {
        let key = upper(&v.lemma);
        if earlier.contains(&key) {
            continue;
        }
        let code = v.code.clone().unwrap_or(VerbCode::Null);
        let bi = lex.verbs.blocks.len() as u32;
        lex.verbs.blocks.push(Block {
            name: v.lemma.as_str().into(),
            code: code.clone(),
            patterns: Box::new([]),
            deps: compile_patterns(&v.patterns, &lex.classes),
        });
        lex.verbs
            .forms
            .entry(key.clone())
            .or_default()
            .push(VerbForm {
                block: bi,
                words: Box::new([key.clone()]),
                head: 0,
                code: code.clone(),
                line: v.line,
            });
        // English verbs are also found by their regular inflections, as PETRARCH finds its
        // verbs: the tagger's lemma of a verb it never saw can be wrong ("shelled" → "shel",
        // after "travelled" → "travel") while the form is unmistakable. A form that is some
        // verb's lemma, or that an earlier source defines, is left to that verb.
        // Spanish: the lemmatizer cannot tell -er from -ir verbs by the forms they share
        // ("exigiendo", "agredió" → "exiger", "agreder"), so a verb is also found by its twin
        // of the other conjugation, unless that twin is a verb of its own.
        let others: Vec<String> = match d.lang {
            Some(dyad_core::Lang::En) => super::verbs::regular_verb_forms(&v.lemma).into(),
            Some(dyad_core::Lang::Es) => spanish_twin(&key).into_iter().collect(),
            _ => Vec::new(),
        };
        for f in others {
            if earlier.contains(f.as_str()) || dyad_lemmas.contains(f.as_str()) {
                continue;
            }
            let f: Box<str> = f.into();
            lex.verbs
                .forms
                .entry(f.clone())
                .or_default()
                .push(VerbForm {
                    block: bi,
                    words: Box::new([f]),
                    head: 0,
                    code: code.clone(),
                    line: v.line,
                });
        }
    }

    let mut folded_nouns = Vec::new();
    for n in &d.nouns {
        let ev = noun(n, &lex.classes);
        if let Some(f) = folded(&[ev.lemma.to_string()]) {
            folded_nouns.push((f.concat(), ev.clone()));
        }
        lex.nouns.entry(ev.lemma.clone()).or_insert(ev);
    }
    // "MANIFESTACION MULTITUDINARIA CONTRA ...": an all-caps headline's noun, unaccented.
    for (key, ev) in folded_nouns {
        lex.nouns.entry(key.into()).or_insert(ev);
    }
}

/// The -er/-ir twin of an upper-case Spanish infinitive (`EXIGIR` → `EXIGER`), if it has one.
fn spanish_twin(lemma: &str) -> Option<String> {
    let stem = lemma.strip_suffix("IR").map(|s| (s, "ER"));
    let stem = stem.or_else(|| lemma.strip_suffix("ER").map(|s| (s, "IR")));
    stem.filter(|(s, _)| !s.is_empty() && !s.contains(' '))
        .map(|(s, end)| format!("{s}{end}"))
}

fn noun(n: &PredicateEntry, classes: &Classes) -> NounEvent {
    NounEvent {
        lemma: upper(&n.lemma),
        code: n.code.clone().unwrap_or(VerbCode::Null),
        patterns: compile_patterns(&n.patterns, classes),
        light: n.light.iter().map(|l| upper(l)).collect(),
        line: n.line,
    }
}

fn new_actor(
    lex: &mut Lexicon,
    codes: Vec<DatedCode>,
    kind: Option<ActorKind>,
    label: Box<str>,
) -> ActorId {
    let id = ActorId(lex.actor_codes.len() as u32);
    lex.actor_codes.push(codes.into_boxed_slice());
    lex.actor_info.push(ActorInfo { kind, label });
    id
}

/// `words` with their accents dropped (á → a, ü → u, ç → c; ñ kept), when that changes them.
///
/// Why: wire headlines in capitals drop Spanish accents ("ISRAELIES MANIFESTARON", "POLICIA
/// PALESTINA"), so a name or role written with its accents would never match them.
/// Registers each `shared-demonym:` (`shared-seat:`) as an alternative state of the demonym
/// (seat name) some country owns with the same role (whichever source defined it first); a
/// shared name nobody owns is an ordinary one.
fn add_shared_names(
    lex: &mut Lexicon,
    shared: Vec<(Vec<String>, (ActorId, NameRole, super::CapsMask))>,
) {
    for (words, (id, role, caps)) in shared {
        let owner = lex
            .actor_names
            .longest_at(
                &words.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>(),
                0,
            )
            .filter(|(n, _)| *n == words.len())
            .map(|(_, (owner, owner_role, _))| (*owner, *owner_role));
        match owner {
            Some((owner, owner_role)) if owner != id && owner_role == role => {
                if lex.shared_names.get_mut(&words).is_none() {
                    lex.shared_names.insert(&words, Vec::new());
                }
                let states = lex
                    .shared_names
                    .get_mut(&words)
                    .expect("invariant: inserted above");
                if !states.contains(&id) {
                    states.push(id);
                }
            }
            Some(_) => {}
            None => lex.actor_names.insert(&words, (id, role, caps)),
        }
    }
}

pub(crate) fn folded(words: &[String]) -> Option<Vec<String>> {
    let fold = |c: char| match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'A',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'O',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
        'ç' => 'c',
        'Ç' => 'C',
        other => other,
    };
    let out: Vec<String> = words
        .iter()
        .map(|w| w.chars().map(fold).collect())
        .collect();
    (out != words).then_some(out)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::dyad::DyadLexicon;
    use crate::LexiconBuilder;

    fn verbs(text: &str) -> crate::Lexicon {
        let mut d = DyadLexicon::default();
        d.add_text(text, Path::new("verbs.txt")).unwrap();
        LexiconBuilder::new().dyad(&d).build()
    }

    #[test]
    fn a_shared_demonym_stays_its_owners_and_lists_the_sharer() {
        let mut d = DyadLexicon::default();
        // The sharer comes first in the file: the owner still keeps the match.
        d.add_text(
            "dyad-lexicon version=1 kind=actors lang=es\n\
             country COG\n  name: Brazzaville\n  shared-demonym: congoleño | congolés | congoleños\n\
             country COD\n  name: Kinshasa\n  demonym: congoleño | congolés\n\
             country DMA\n  name: Dominica\n  shared-demonym: dominiqués\n",
            Path::new("actors.txt"),
        )
        .unwrap();
        let lex = LexiconBuilder::new().dyad(&d).build();
        let toks = ["LOS", "CONGOLEÑO", "CONGOLES", "DOMINIQUÉS", "CONGOLEÑOS"];
        let owner = lex.actor_match_at(&toks, 1).unwrap();
        assert_eq!(lex.actor_label(owner.id), "COD");
        let sharers = lex.shared_name_states(&toks, 1, 1);
        assert_eq!(sharers.len(), 1);
        assert_eq!(lex.actor_label(sharers[0]), "COG");
        // The accent-folded spelling ("congoles") is shared too.
        assert_eq!(lex.shared_name_states(&toks, 2, 1), sharers);
        // Nobody owns "dominiqués" or "congoleños": the sharer is their only holder.
        let own = lex.actor_match_at(&toks, 3).unwrap();
        assert_eq!(lex.actor_label(own.id), "DMA");
        assert!(lex.shared_name_states(&toks, 3, 1).is_empty());
        assert_eq!(
            lex.actor_label(lex.actor_match_at(&toks, 4).unwrap().id),
            "COG"
        );
        // A name, not a demonym, has no sharers.
        assert!(lex.shared_name_states(&toks, 0, 1).is_empty());
    }

    #[test]
    fn a_shared_seat_stays_its_owners_and_lists_the_sharers_government() {
        let mut d = DyadLexicon::default();
        d.add_text(
            "dyad-lexicon version=1 kind=actors lang=en\n\
             country HTI\n  name: Haiti\n  shared-seat: National Palace\n\
             country MEX\n  name: Mexico\n  seat: National Palace\n\
             country BOL\n  name: Bolivia\n  shared-demonym: National Palace\n",
            Path::new("actors.txt"),
        )
        .unwrap();
        let lex = LexiconBuilder::new().dyad(&d).build();
        let toks = ["THE", "NATIONAL", "PALACE"];
        let owner = lex.actor_match_at(&toks, 1).unwrap();
        assert_eq!((owner.len, owner.role), (2, crate::NameRole::Seat));
        let code = |id| lex.actor_codes(id, None).next().map(|c| format!("{c:?}"));
        assert!(code(owner.id).unwrap().contains("MEXGOV"));
        // Haiti's government shares it; Bolivia's demonym of the same words does not (a seat
        // is shared with seats only).
        let sharers = lex.shared_name_states(&toks, 1, 2);
        assert_eq!(sharers.len(), 1);
        assert!(code(sharers[0]).unwrap().contains("HTIGOV"));
    }

    #[test]
    fn unaccented_capitals_match_accented_names_but_real_names_win() {
        assert_eq!(
            super::folded(&["Perú".into()]),
            Some(vec!["Peru".to_string()])
        );
        assert_eq!(super::folded(&["España".into()]), None);
        let mut d = DyadLexicon::default();
        d.add_text(
            "dyad-lexicon version=1 kind=actors lang=es\n\
             country ISR\n  name: Israel\n  demonym: israelíes\n\
             country PER\n  name: Perú\n\
             actor USAGOV\n  name: Peru\n",
            Path::new("actors.txt"),
        )
        .unwrap();
        let lex = LexiconBuilder::new().dyad(&d).build();
        let (_, id) = lex.actor_at(&["ISRAELIES"], 0).unwrap();
        assert_eq!(lex.actor_label(id), "ISR");
        // "Peru" is a name in its own right here: the folded "Perú" does not shadow it.
        let (_, id) = lex.actor_at(&["PERU"], 0).unwrap();
        assert_eq!(lex.actor_label(id), "USAGOV");
    }

    #[test]
    fn english_verbs_are_found_by_their_regular_forms() {
        let lex = verbs(
            "dyad-lexicon version=1 kind=verbs lang=en\nverb shell\n  code: 194\n\
             verb attack\n  code: 190\nverb attacking\n  code: 010\n",
        );
        assert_eq!(lex.verb_forms("SHELLED").len(), 1);
        assert_eq!(lex.verb_forms("SHELLING").len(), 1);
        assert_eq!(lex.verb_forms("SHELL").len(), 1);
        // A lemma is never shadowed by another verb's inflection.
        let attacking = lex.verb_forms("ATTACKING");
        assert_eq!(attacking.len(), 1);
        assert_eq!(lex.block(attacking[0].block).name.as_ref(), "attacking");
    }

    #[test]
    fn spanish_verbs_are_found_by_lemma_and_their_er_ir_twin() {
        let lex = verbs(
            "dyad-lexicon version=1 kind=verbs lang=es\nverb atacar\n  code: 190\n\
             verb exigir\n  code: 100\nverb meter\n  code: 010\nverb metir\n  code: 190\n",
        );
        assert!(lex.verb_forms("ATACARED").is_empty());
        assert_eq!(lex.verb_forms("ATACAR").len(), 1);
        // "exigiendo" lemmatized "exiger" still finds exigir.
        assert_eq!(lex.verb_forms("EXIGER").len(), 1);
        // A twin that is a verb of its own keeps its own entry only.
        assert_eq!(lex.verb_forms("METIR").len(), 1);
        assert_eq!(lex.verb_forms("METER").len(), 1);
    }
}
