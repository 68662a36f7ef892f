//! Event nouns: light-verb constructions ("paid a visit to Tokyo", "mantuvo conversaciones con
//! Kiev") and nominal events ("during Putin's visit to Tokyo", "the Saudi-led air campaign in
//! Yemen", "la visita del canciller mexicano a Lima"), from a lexicon's `kind=nouns` entries.
//!
//! A light-verb construction is coded as its noun, with the verb's clause giving the source
//! (its subject, or the `obl:agent` of a passive) and the noun's patterns read over both words
//! ([`Frame::Light`]). A nominal event has no verb to give a source: the noun's possessor,
//! then a demonym or name among its adjectives, then an `nmod` with one of
//! [`CoderConfig::noun_source_cases`] (`by`, `de`) names it; the target comes only from the
//! noun's pattern slots, so a bare event noun with no pattern match is targetless.

use dyad_core::{DepRel, UdRel, Upos};
use dyad_lexicon::petrarch::actors::DictDate;
use dyad_lexicon::petrarch::VerbCode;
use dyad_lexicon::{NameRole, NounEvent};

use crate::clause::{is_pronoun, Clause};
use crate::coder::{Coder, CoderConfig, Trigger};
use crate::deps::{DepMatcher, Frame};
use crate::event::{Actor, DocContext, Event, Modality, TriggerKind};
use crate::mention::{new_actor, resolve_conj, resolve_np};
use crate::pattern::Binds;
use crate::tree::View;

impl Coder {
    /// Codes verb `i` as a light verb when its logical object is an event noun listing it
    /// among its `light:` verbs; false (nothing coded) when it is not one, or when neither a
    /// noun pattern nor the noun's own code applies, so that the verb's entry may code it.
    pub(crate) fn code_light_verb(
        &self,
        v: &View,
        i: usize,
        index: u32,
        doc: &DocContext,
        out: &mut Vec<Event>,
    ) -> bool {
        let Some((n, noun)) = self.light_object(v, i) else {
            return false;
        };
        let mut cl = Clause::new(*v, i, self.config());
        cl.open_event_noun(n);
        let m = DepMatcher {
            v: *v,
            lex: self.lexicon(),
            date: doc.date,
            frame: Frame::Light { verb: i, noun: n },
            args: Some(cl.args()),
        };
        let Some((code, binds, line, confidence)) = noun_code(&m, noun) else {
            return false;
        };
        let words = &v.s.words;
        let trigger = Trigger {
            sentence: index,
            word: i,
            span: words[i].span.cover(words[n].span),
            kind: TriggerKind::LightVerb,
            modality: self.modality(v, i),
            line,
            confidence,
            denied: self.denied(v, i),
        };
        self.emit_clause(&cl, code, binds, &trigger, doc, out);
        true
    }

    /// The event noun that is the logical object (`obj`, or the subject of a passive) of verb
    /// `i` and has `i`'s lemma among its light verbs.
    fn light_object<'l>(&'l self, v: &View, i: usize) -> Option<(usize, &'l NounEvent)> {
        let passive = v
            .kids(i)
            .any(|k| v.is_sub(k, UdRel::Nsubj, "pass") || v.is_sub(k, UdRel::Aux, "pass"));
        // "called off the strike": a cancelling particle undoes the light verb.
        let cancels = |k: usize| self.config().cancels(&v.lemmas[k]);
        if v.kids(i)
            .any(|k| v.is_sub(k, UdRel::Compound, "prt") && cancels(k))
        {
            return None;
        }
        let rel = if passive { UdRel::Nsubj } else { UdRel::Obj };
        v.kids_with(i, rel).find_map(|o| {
            let o = self
                .counted(v, o)
                .or_else(|| self.compound_event(v, o))
                .unwrap_or(o);
            let noun = self.lexicon().noun_event(&v.lemmas[o])?;
            (matches!(v.upos(o), Some(Upos::Noun)) && noun.has_light_verb(&v.lemmas[i]))
                .then_some((o, noun))
        })
    }

    /// The event noun compounded with quantity noun `q` ("launched a mediation effort", "an
    /// aid package"): the event the quantity word stands for.
    fn compound_event(&self, v: &View, q: usize) -> Option<usize> {
        let lex = self.lexicon();
        let class = lex.class("quantity")?;
        if !lex.in_class(class, &v.lemmas[q]) {
            return None;
        }
        v.kids_with(q, UdRel::Compound)
            .find(|&k| k < q && lex.noun_event(&v.lemmas[k]).is_some())
    }

    /// What quantity noun `q` counts ("una serie de protestas", "a wave of strikes"): its
    /// first `nmod`, when its lemma is in the reserved class `quantity`.
    fn counted(&self, v: &View, q: usize) -> Option<usize> {
        crate::mention::counted(v, self.lexicon(), q)
    }

    /// Codes noun `n` as a nominal event when it is an event noun that is not the object of
    /// one of its light verbs (those are coded from the verb).
    pub(crate) fn code_nominal(
        &self,
        v: &View,
        n: usize,
        index: u32,
        doc: &DocContext,
        out: &mut Vec<Event>,
    ) {
        let lex = self.lexicon();
        let Some(noun) = lex.noun_event(&v.lemmas[n]) else {
            return;
        };
        // "La oposición venezolana dijo ...": a noun that names a role and acts as the
        // subject of a verb is that actor, not an event (`oposición`, 11).
        let verb_head = v.head(n).is_some_and(|h| v.upos(h) == Some(Upos::Verb));
        if v.agent_hits[n].is_some() && verb_head && v.is(n, UdRel::Nsubj) {
            return;
        }
        // "retiró a su embajador en protesta por ...", "walked out in protest": a bare event
        // noun of reserved class `manner` after "in"/"en" says in what spirit the verb's act
        // was done; it is no event ("en huelga de hambre" is one: not in the class).
        let bare = v
            .kids(n)
            .all(|k| !v.is(k, UdRel::Det) && !v.is_sub(k, UdRel::Nmod, "poss"));
        let manner = v
            .kids_with(n, UdRel::Case)
            .any(|c| matches!(&*v.lemmas[c], "IN" | "EN"));
        // (Singular: "took part in protests" is an event.)
        let singular = v.s.words[n].feats.get("Number") != Some("Plur");
        let listed = lex
            .class("manner")
            .is_some_and(|c| lex.in_class(c, &v.lemmas[n]));
        if verb_head && bare && singular && manner && listed && v.is(n, UdRel::Obl) {
            return;
        }
        // A weapon (reserved class `weapon_event`: "bomb", "bomba") is an event only as what
        // harms ("A roadside bomb killed three soldiers"; under a light verb, "detonated a
        // bomb", it is the verb's): "bombas lacrimógenas", "a nuclear bomb" are things.
        if crate::mention::lemma_in(v, lex, n, "weapon_event") && harmed(v, lex, n).is_none() {
            return;
        }
        // "riot police", "protest leaders", "attack helicopters": an event noun compounded
        // onto another noun names a kind of thing, not an event.
        if v.is(n, UdRel::Compound) && v.head(n).is_some_and(|h| v.is_nominal(h)) {
            return;
        }
        // "cumplirán una serie de protestas": the quantity noun stands in the noun's place.
        let at = v
            .head(n)
            .filter(|q| self.counted(v, *q) == Some(n))
            .unwrap_or(n);
        if let Some(h) = v.head(at) {
            let n = at;
            // (A participle's plain `aux` of the passive counts: "La visita ... fue aplazada".)
            let hw = &v.s.words[h];
            let participle =
                hw.feats.get("VerbForm") == Some("Part") && hw.feats.get("Tense") != Some("Pres");
            let passive_aux = |k: usize| {
                v.is_sub(k, UdRel::Aux, "pass")
                    || participle
                        && v.is(k, UdRel::Aux)
                        && self.config().passive_aux.iter().any(|p| *p == v.lemmas[k])
            };
            let object = v.is(n, UdRel::Obj)
                || v.is_sub(n, UdRel::Nsubj, "pass")
                || (v.is(n, UdRel::Nsubj) && v.kids(h).any(passive_aux));
            if object && matches!(v.upos(h), Some(Upos::Verb)) && noun.has_light_verb(&v.lemmas[h])
            {
                return;
            }
            // "postponed the demonstration": an event called off did not take place.
            let cancels = |k: usize| self.config().cancels(&v.lemmas[k]);
            if object && cancels(h) {
                return;
            }
            // ... and so is one a verb puts an end to: "pusieron fin a los secuestros", "put
            // an end to the strike" (the end, `fin`, is in the class too).
            if v.is(n, UdRel::Obl) && v.kids_with(h, UdRel::Obj).any(cancels) {
                return;
            }
            // "its forces killed a Hezbollah commander in a strike in southern Lebanon": a
            // noun of two families (`ambiguous_event`) that is how a verb of harm was done is
            // that act, which the verb codes; it was no walkout (143) of the place's.
            let in_class = |class: &str, k: usize| crate::mention::lemma_in(v, lex, k, class);
            // (Or hung on the harmed: "killed a commander in a strike", `nmod` of "commander".)
            let verb = match v.is(n, UdRel::Nmod) && v.is(h, UdRel::Obj) {
                true => v.head(h),
                false => v.is(n, UdRel::Obl).then_some(h),
            };
            if verb.is_some_and(|k| in_class("harm", k)) && in_class("ambiguous_event", n) {
                return;
            }
        }
        let m = DepMatcher {
            v: *v,
            lex,
            date: doc.date,
            frame: Frame::Noun(n),
            args: None,
        };
        let Some((code, binds, line, confidence)) = noun_code(&m, noun) else {
            return;
        };
        let actors = |w: usize| {
            let mut a = Vec::new();
            resolve_conj(v, lex, w, doc.date, &mut a);
            if a.is_empty() {
                a.extend(new_actor(v, w, self.config().new_actor_length));
            }
            a
        };
        let mut sources = match binds.source {
            Some(s) => actors(s),
            None => noun_sources(v, self, n, binds.target, doc.date),
        };
        let mut targets = binds.target.map(actors).unwrap_or_default();
        // "clashes between protesters and police", "enfrentamientos entre el Ejército y el
        // ELN": a phrase of reserved class `between_case` names the parties, the first the
        // source and the others its targets (a code with a reverse reading gives both ways).
        if binds.source.is_none() && binds.target.is_none() {
            let between = v
                .kids_with(n, UdRel::Nmod)
                .find(|&k| crate::mention::marked_as(v, lex, k, "between_case"));
            if let Some(b) = between {
                let parties = actors(b);
                if parties.len() >= 2 {
                    sources = vec![parties[0].clone()];
                    targets = parties[1..].to_vec();
                }
            }
        }
        // "A car bomb attack killed seven soldiers", "un atentado mató a siete soldados": an
        // act of force that is the subject of a verb of harm (reserved class `harm`) is aimed
        // at whom that verb's object names.
        if targets.is_empty() && binds.source.is_none() {
            if let Some(o) = harmed(v, lex, n) {
                targets = actors(o);
            }
        }
        // Where a visit goes is a place: a capital there stands for its country ("la visita
        // del presidente ruso a Pekín" is a visit to China), as for verbs (`capital_as_place`).
        let visit = match code {
            dyad_lexicon::petrarch::VerbCode::Event(c)
            | dyad_lexicon::petrarch::VerbCode::Pair {
                forward: Some(c), ..
            } => c
                .cameo()
                .is_some_and(|c| matches!(c.as_str(), "042" | "043" | "044")),
            _ => false,
        };
        if visit {
            for t in &mut targets {
                if crate::mention::is_capital(v, t.head as usize) {
                    t.codes = t.codes.iter().map(crate::mention::country_only).collect();
                }
            }
        }
        // (Any act of force that harms someone is reported, by whoever it was done: "An air
        // strike on a market killed at least 40 people" is `--- 195`, where fighting no one
        // named is not coded.)
        let harms = harmed(v, lex, n).is_some();
        let unsourced = match code {
            dyad_lexicon::petrarch::VerbCode::Event(c) => {
                self.config().may_be_unsourced(c)
                    || (harms
                        && c.cameo()
                            .is_some_and(|x| matches!(x.root_number(), 18..=20)))
            }
            _ => false,
        };
        // "The Kremlin did not comment on the strike": a bare definite noun of reserved class
        // `ambiguous_event` (English "strike": a walkout or an attack) takes up an event the
        // story told; with no one named it is no new event of no one's.
        let bare_definite = v
            .kids(n)
            .all(|k| v.is(k, UdRel::Det) || v.is(k, UdRel::Case) || v.is(k, UdRel::Punct))
            && v.kids_with(n, UdRel::Det)
                .any(|d| v.s.words[d].feats.get("Definite") == Some("Def"));
        let ambiguous = bare_definite
            && lex
                .class("ambiguous_event")
                .is_some_and(|c| lex.in_class(c, &v.lemmas[n]));
        let sources = match sources.is_empty() && unsourced && !ambiguous {
            true => vec![crate::clause::unknown_actor(v, n)],
            false => sources,
        };
        let pairs = crate::clause::dyads(v, &sources, &targets);
        let trigger = Trigger {
            sentence: index,
            word: n,
            span: v.s.words[n].span,
            kind: TriggerKind::Noun,
            modality: self.noun_modality(v, n),
            line,
            confidence,
            denied: false,
        };
        self.emit(&pairs, code, &trigger, out);
    }
}

/// The object of the verb of harm (reserved class `harm`: "killed", "mató") that event noun
/// `n` is the active subject of.
fn harmed(v: &View, lex: &dyad_lexicon::Lexicon, n: usize) -> Option<usize> {
    if !v.is(n, UdRel::Nsubj) || v.is_sub(n, UdRel::Nsubj, "pass") {
        return None;
    }
    let h = v.head(n)?;
    let harm = lex.class("harm")?;
    if !lex.in_class(harm, &v.lemmas[h]) {
        return None;
    }
    // ("mató a siete soldados" with the a-phrase `obl`: the view reads it as `obj`.)
    v.kids_with(h, UdRel::Obj).next()
}

impl Coder {
    /// A bare event noun is asserted unless what governs it says otherwise: a future copula
    /// ("las siguientes medidas serán una huelga"), a noun of intention it complements ("el
    /// llamado a la huelga", "a call for a general strike"; reserved class `intention`), or
    /// the verb it is the object of when that verb is not asserted ("respaldaría nuevas
    /// protestas", "planean una huelga", "no convocaron la huelga") or asks for it ("pidió
    /// la detención": hypothetical).
    fn noun_modality(&self, v: &View, n: usize) -> Modality {
        let intention = |k: usize| self.config().intention.iter().any(|w| *w == v.lemmas[k]);
        let future_cop = v
            .kids_with(n, UdRel::Cop)
            .any(|k| v.s.words[k].feats.get("Tense") == Some("Fut"));
        if future_cop {
            return Modality::Intended;
        }
        let Some(h) = v.head(n) else {
            return Modality::Asserted;
        };
        // (Two steps up a chain of prepositional phrases too: "un llamamiento a los
        // trabajadores a una huelga", where the parser hangs the strike on the workers.)
        let called = |x: usize| v.is(x, UdRel::Nmod) && v.head(x).is_some_and(intention);
        if called(n) || (v.is(n, UdRel::Nmod) && called(h)) {
            return Modality::Intended;
        }
        let object = v.is(n, UdRel::Obj) || v.is_sub(n, UdRel::Nsubj, "pass");
        if object && v.upos(h) == Some(Upos::Verb) {
            if intention(h) {
                return Modality::Intended;
            }
            // What is asked for is not said to happen: "pidió la detención de la
            // expresidenta", "demanded the release of the hostages" (reserved class
            // `appeal`). Not a noun the verb only names ("called the attack cowardly").
            let appeal = self.config().appeal.iter().any(|w| *w == v.lemmas[h]);
            let predicative =
                v.kids(h).any(|k| v.is(k, UdRel::Xcomp)) || v.kids_with(h, UdRel::Obj).count() > 1;
            if appeal && v.is(n, UdRel::Obj) && !predicative {
                return Modality::Hypothetical;
            }
            return match self.modality(v, h) {
                m @ (Modality::Intended | Modality::Hypothetical | Modality::Negated) => m,
                _ => Modality::Asserted,
            };
        }
        Modality::Asserted
    }
}

/// The code of an event noun: its first matching pattern (confidence 0.8), else its own code
/// (0.5); `None` when neither applies.
fn noun_code<'n>(m: &DepMatcher, noun: &'n NounEvent) -> Option<(&'n VerbCode, Binds, usize, f32)> {
    match m.first(&noun.patterns) {
        Some((p, b)) => Some((&p.code, b, p.line, 0.8)),
        None if !matches!(noun.code, VerbCode::Null) => {
            Some((&noun.code, Binds::default(), noun.line, 0.5))
        }
        None => None,
    }
}

/// The actor of a nominal event that no pattern names: the first of
/// - its possessor ("Putin's visit"); a possessive pronoun ("her trip", "su visita") stands
///   for the subject of the nearest clause governing the noun, as TABARI reads pronouns
///   ("During her trip to Tokyo, Merkel signed ...");
/// - a demonym or name among its adjectives, or inside one ("the Russian visit", "the
///   Saudi-led campaign"); not a capital, seat or city, which name where, not who;
/// - an `nmod` whose case is one of [`CoderConfig::noun_source_cases`] ("the visit by Putin",
///   "la visita del canciller"), other than the pattern's target.
fn noun_sources(
    v: &View,
    coder: &Coder,
    n: usize,
    target: Option<usize>,
    date: Option<DictDate>,
) -> Vec<Actor> {
    let lex = coder.lexicon();
    let config = coder.config();
    let mut out = Vec::new();
    let possessors = v.kids(n).filter(|k| {
        v.is_sub(*k, UdRel::Nmod, "poss")
            || (v.is(*k, UdRel::Det) && v.s.words[*k].feats.get("Poss") == Some("Yes"))
    });
    for k in possessors {
        if is_pronoun(v, k, config) || matches!(v.upos(k), Some(Upos::Det | Upos::Pron)) {
            for s in governing_subjects(v, n, config) {
                resolve_conj(v, lex, s, date, &mut out);
            }
        } else {
            resolve_conj(v, lex, k, date, &mut out);
        }
        if !out.is_empty() {
            return out;
        }
    }
    for a in v.kids_with(n, UdRel::Amod) {
        let mut words = Vec::new();
        v.subtree(a, &|_: &DepRel| false, &mut words);
        words.sort_unstable();
        for w in words {
            let by_name = v.actor_hits[w]
                .is_some_and(|(_, (_, role))| matches!(role, NameRole::Demonym | NameRole::Name));
            if by_name && resolve_np(v, lex, w, date, &mut out) {
                return out;
            }
        }
    }
    let cases = &config.noun_source_cases;
    for k in v.kids_with(n, UdRel::Nmod) {
        if Some(k) == target || v.is_sub(k, UdRel::Nmod, "poss") {
            continue;
        }
        let by = v
            .kids_with(k, UdRel::Case)
            .next()
            .is_some_and(|c| cases.iter().any(|x| *x == v.lemmas[c] || *x == v.forms[c]));
        if by {
            resolve_conj(v, lex, k, date, &mut out);
            if !out.is_empty() {
                return out;
            }
        }
    }
    // "Israel responded with air strikes on Gaza", "Hezbolá respondió con el lanzamiento de
    // cohetes": an act named as an oblique of a verb of responding (reserved class
    // `response`) is that verb's subject's.
    // Only through how it responded (reserved class `instrument_case`: "with", "by"; "con"),
    // not what it responded to ("refused to respond to a demand from the US President").
    let in_class = |class: &str, k: usize| crate::mention::lemma_in(v, lex, k, class);
    let verb = v.head(n).filter(|&h| {
        v.is(n, UdRel::Obl)
            && in_class("response", h)
            && v.kids_with(n, UdRel::Case)
                .any(|c| in_class("instrument_case", c))
    });
    if let Some(h) = verb {
        for s in v.kids_with(h, UdRel::Nsubj) {
            // A relative's subject is the noun the clause is on: "las fuerzas del orden, que
            // replicaron con ...".
            let relative = v.s.words[s].feats.get("PronType") == Some("Rel");
            let s = match relative {
                true => match v
                    .head(s)
                    .and_then(|c| v.is(c, UdRel::Acl).then(|| v.head(c)))
                {
                    Some(Some(noun)) => noun,
                    _ => continue,
                },
                false if is_pronoun(v, s, config) => continue,
                false => s,
            };
            resolve_conj(v, lex, s, date, &mut out);
        }
    }
    out
}

/// The non-pronoun subjects of the nearest verb governing `n`.
fn governing_subjects(v: &View, n: usize, config: &CoderConfig) -> Vec<usize> {
    let mut cur = n;
    for _ in 0..8 {
        let Some(h) = v.head(cur) else { break };
        if matches!(v.upos(h), Some(Upos::Verb)) {
            let subj: Vec<usize> = v
                .kids_with(h, UdRel::Nsubj)
                .filter(|k| !is_pronoun(v, *k, config))
                .collect();
            if !subj.is_empty() {
                return subj;
            }
        }
        cur = h;
    }
    Vec::new()
}
