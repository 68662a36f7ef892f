//! One predicate's clause: its words, its arguments, and who acts on whom in it.
//!
//! Split from [`crate::coder`] so that the coder reads as the order of steps (verb form,
//! negation, pattern, participants, events) and this module holds the argument rules.

use dyad_core::{ActorCode, DepRel, Span, UdRel, Upos};
use dyad_lexicon::petrarch::actors::DictDate;
use dyad_lexicon::{Lexicon, NameRole};

use crate::coder::{Coder, CoderConfig};
use crate::event::Actor;
use crate::mention::{new_actor, resolve_conj, resolve_deep};
use crate::pattern::Binds;
use crate::tree::View;

/// The arguments of one predicate, as word indices of noun-phrase heads.
#[derive(Debug, Default)]
pub(crate) struct Args {
    /// Subjects of an active predicate (borrowed from its governor when it has none).
    pub subjects: Vec<usize>,
    /// Subjects of a passive predicate (`nsubj:pass`, or `nsubj` beside `aux:pass`).
    pub passive_subjects: Vec<usize>,
    /// `obl:agent` phrases of a passive.
    pub agents: Vec<usize>,
    /// Objects, indirect objects, then obliques.
    objects: Vec<usize>,
    /// The logical direct objects of an active predicate: `obj`, a bare noun the parser
    /// called a postverbal subject, or, when there is no `obj`, an `obl` marked by an object
    /// case (Spanish personal `a`: "expulsa a diplomáticos"). What `obj=` patterns read.
    pub direct: Vec<usize>,
}

impl Args {
    /// Whether the predicate is passive.
    pub fn passive(&self) -> bool {
        !self.passive_subjects.is_empty()
    }
}

/// The words of predicate `i`'s clause and its arguments.
pub(crate) struct Clause<'a> {
    v: View<'a>,
    i: usize,
    /// The clause, text order: the predicate's subtree without coordinated, paratactic and
    /// adverbial clauses.
    toks: Vec<usize>,
    /// The predicate's position in `toks`.
    at: usize,
    /// The words patterns read (see [`Clause::new`]).
    pub pat_toks: Vec<usize>,
    /// The predicate's position in `pat_toks`.
    pub pat_at: usize,
    args: Args,
    /// A light verb's event noun ([`Clause::open_event_noun`]): never the target.
    event_noun: Option<usize>,
}

/// How a predicate's code reads its participants ([`Clause::participants`]).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Reading {
    /// The plain statement code (010), whose target is never inside the reported clause.
    pub statement: bool,
    /// A code that may be coded with the unknown source `---`.
    pub unsourced: bool,
    /// An act two parties do together ([`CoderConfig::reciprocal`]).
    pub reciprocal: bool,
    /// An act that moves, sends, offers or withdraws forces (CAMEO 03, 07, 08, 15, 16): troops
    /// of no country named are what it moves, no target ("send troops to fight the
    /// cartels"), while an act on troops ("kidnapped two soldiers") is aimed at them.
    pub moves: bool,
    /// An act of violence (CAMEO 18, 19, 20), whose place stands for the people in it.
    pub harms: bool,
    /// A meeting or a visit (CAMEO 04), whose place stands for its state.
    pub consults: bool,
    /// A protest (CAMEO 14), whose streets are no one it is aimed at.
    pub protests: bool,
}

impl<'a> Clause<'a> {
    pub fn new(v: View<'a>, i: usize, config: &CoderConfig) -> Clause<'a> {
        let v = &v;
        let mut toks = Vec::with_capacity(16);
        v.subtree(i, &leaves_clause, &mut toks);
        toks.sort_unstable();
        let at = toks
            .iter()
            .position(|t| *t == i)
            .expect("invariant: the verb is in its clause");
        // Patterns read the verb's own phrases, as PETRARCH2 matches them over the verb
        // phrase's noun and prepositional phrases: not an embedded clause ("allowed that Mordor
        // isn't the neatest place": `* {THE NEATEST PLACE}` does not apply), and before the
        // verb only its subject, not its adverbs ("Gollum recently allowed": `RECENTLY *`
        // does not apply).
        let mut pat_toks = Vec::with_capacity(toks.len());
        v.subtree(
            i,
            &|r: &DepRel| leaves_clause(r) || matches!(r.base(), UdRel::Ccomp | UdRel::Csubj),
            &mut pat_toks,
        );
        pat_toks.retain(|t| !(*t < i && v.head(*t) == Some(i) && v.is(*t, UdRel::Advmod)));
        pat_toks.sort_unstable();
        let pat_at = pat_toks
            .iter()
            .position(|t| *t == i)
            .expect("invariant: the verb is in its phrases");
        Clause {
            v: *v,
            i,
            toks,
            at,
            pat_toks,
            pat_at,
            args: args(v, i, config),
            event_noun: None,
        }
    }

    /// The sentence the clause is in.
    /// For a light verb: its event noun `n` is the act, not whom the act is aimed at, so the
    /// phrases the noun governs by a preposition take its place among the objects the target
    /// is looked for in ("celebraron maniobras militares conjuntas": "militares" is nobody;
    /// "launched an attack on Kyiv": Kyiv is).
    pub fn open_event_noun(&mut self, n: usize) {
        self.event_noun = Some(n);
        let v = self.v;
        if let Some(pos) = self.args.objects.iter().position(|&o| o == n) {
            let inner: Vec<usize> = v
                .kids_with(n, UdRel::Nmod)
                .filter(|&k| v.case_of(k).is_some())
                .collect();
            self.args.objects.splice(pos..=pos, inner);
        }
    }

    pub fn view(&self) -> View<'a> {
        self.v
    }

    /// The predicate's arguments.
    pub fn args(&self) -> &Args {
        &self.args
    }

    /// The state of the speaker governing this clause, when its subject is a role with a
    /// possessive pronoun ("their forces", "sus tropas") and names no state of its own.
    fn own_state(&self, coder: &Coder, date: Option<DictDate>) -> Option<ActorCode> {
        let v = &self.v;
        let config = coder.config();
        let owned = |h: &usize| {
            v.kids(*h)
                .any(|k| possessive_pronoun(v, k) && v.s.words[k].feats.get("Person") != Some("2"))
        };
        if self.args.subjects.is_empty() || !self.args.subjects.iter().all(owned) {
            return None;
        }
        let heads = governor_subjects(v, self.i, config)?;
        let mut speakers = Vec::new();
        for h in heads {
            resolve_deep(v, coder.lexicon(), h, date, 1, &mut speakers);
        }
        crate::mention::first_country(&speakers)
    }

    /// (source, target) pairs of the predicate given a pattern's bindings, read as `reading`
    /// says.
    pub fn participants(
        &self,
        coder: &Coder,
        date: Option<DictDate>,
        binds: Binds,
        reading: Reading,
    ) -> Vec<(Actor, Option<Actor>)> {
        let Reading {
            statement,
            unsourced,
            reciprocal,
            moves,
            harms,
            consults,
            protests,
        } = reading;
        let v = &self.v;
        let lex = coder.lexicon();
        let max_new = coder.config().new_actor_length;
        let actors = |heads: &[usize]| {
            let mut a = Vec::new();
            for h in heads {
                resolve_conj(v, lex, *h, date, &mut a);
            }
            if a.is_empty() {
                a.extend(heads.iter().find_map(|h| new_actor(v, *h, max_new)));
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
            let passive = self.args.passive();
            let sources = match binds.source {
                Some(s) => actors(&[s]),
                // A passive without a `by` phrase: PETRARCH takes the first actor of the verb
                // phrase as the source ("was criticized over its dispute with Eriador").
                // Not from a complement clause, which has its own actors ("was seen to break
                // into an anti-Gondor parade" is not Gondor seeing).
                // Nor from where it went: "troops have been deployed to Russia" are not
                // Russia's doing.
                None if passive && self.args.agents.is_empty() => {
                    let cases = &coder.config().destination_cases;
                    let destination = |w: usize| {
                        let mut x = w;
                        while let Some(h) = v.head(x).filter(|&h| h != self.i) {
                            x = h;
                        }
                        v.head(x) == Some(self.i) && v.marked_by(x, cases)
                    };
                    let own: Vec<usize> = self.toks[self.at + 1..]
                        .iter()
                        .copied()
                        .filter(|w| !in_complement(v, *w, self.i) && !destination(*w))
                        .collect();
                    first_actor(v, &own, &self.args.passive_subjects, &actors, coder)
                }
                None if passive => actors(&self.args.agents),
                // A subject conjunct that names no actor looks one preposition deep ("sheep
                // and goats of Gondor"), as PETRARCH takes the first actor of the phrase.
                // A pattern that makes the subject the target ("cuatro manifestantes
                // resultaron heridos": `subj=target`) leaves the source unnamed.
                None if binds
                    .target
                    .is_some_and(|t| self.args.subjects.contains(&t)) =>
                {
                    Vec::new()
                }
                None => {
                    let mut a = Vec::new();
                    for h in &self.args.subjects {
                        resolve_deep(v, lex, *h, date, 1, &mut a);
                    }

                    if a.is_empty() {
                        a = actors(&self.args.subjects);
                    }
                    drop_absorbed_demonyms(v, &mut a);
                    drop_split_names(v, &mut a);
                    if a.is_empty() {
                        a.extend(self.recalled_subject(coder.config(), binds.pronominal));
                    }
                    if let Some(both) = self.both_parties(coder, &a) {
                        a = both;
                    }
                    a
                }
            };
            // "Bosnian Serbs said their forces had withdrawn": a role the subject calls its
            // own (a possessive pronoun) is in the governing speaker's state.
            let mut sources = sources;
            if let Some(state) = self.own_state(coder, date) {
                for x in sources
                    .iter_mut()
                    .filter(|x| self.args.subjects.contains(&(x.head as usize)))
                {
                    x.codes = crate::coder::in_state(&x.codes, &state);
                }
            }
            let targets = match binds.target {
                // A bound phrase naming no actor looks into its modifiers as an object does
                // ("recibió a dirigentes de Hamás").
                Some(t) => {
                    let mut a = Vec::new();
                    resolve_deep(v, lex, t, date, 2, &mut a);
                    if a.is_empty() {
                        a = actors(&[t]);
                    }
                    a
                }
                None => {
                    let mut t = Vec::new();
                    if passive && binds.source.is_none() {
                        t = actors(&self.args.passive_subjects);
                    }
                    // "withdrew its troops from Syria": what the actor calls its own (a
                    // possessive pronoun) is not whom it acts on.
                    let own = |h: usize| v.kids(h).any(|k| possessive_pronoun(v, k));
                    let objects = &self.args.objects;
                    let mut from = None;
                    for (n, h) in objects.iter().enumerate() {
                        if !t.is_empty() {
                            break;
                        }
                        if crate::mention::is_manner(v, lex, *h) && v.is(*h, UdRel::Obl) {
                            continue;
                        }
                        if !own(*h) {
                            resolve_deep(v, lex, *h, date, 3, &mut t);
                            from = Some(n);
                        } else if let Some(peer) = foreign_own(v, lex, *h, date, &sources) {
                            // "met his Russian counterpart", "armed its Kurdish allies": what
                            // the actor calls its own names another country.
                            t = peer;
                            from = Some(n);
                        } else {
                            // ... but whom it is handed to may hang from it: "presented their
                            // credentials to Ithilen's president".
                            for k in v.kids_with(*h, UdRel::Nmod) {
                                if t.is_empty() && v.case_of(k).is_some() {
                                    resolve_deep(v, lex, k, date, 2, &mut t);
                                }
                            }
                        }
                    }
                    // "sent troops to Sudan": an object naming only a sector of no country
                    // (the troops) is what is moved; a later oblique naming a state, not a
                    // place where ("in Cairo"), is whom the act is aimed at.
                    let place = |h: usize| v.marked_by(h, &coder.config().place_cases);
                    let mut moved = false;
                    if let Some(n) = from.filter(|n| v.is(objects[*n], UdRel::Obj)) {
                        // (or only the source's own state: "Egypt sent its troops", coded
                        // EGYMIL as the story's state.)
                        let theirs: Vec<String> = sources.iter().filter_map(country_of).collect();
                        let own = |a: &Actor| country_of(a).is_none_or(|c| theirs.contains(&c));
                        if !t.is_empty() && t.iter().all(own) {
                            // (A marked object is one too: "enviar tropas de paz a Gaza" has
                            // "a Gaza" parsed as a second object.)
                            for h in &objects[n + 1..] {
                                let oblique = v.is(*h, UdRel::Obl) || v.case_of(*h).is_some();
                                if !oblique || place(*h) {
                                    continue;
                                }
                                let mut o = Vec::new();
                                resolve_deep(v, lex, *h, date, 3, &mut o);
                                if o.iter().any(|a| country_of(a).is_some()) {
                                    t = o;
                                    break;
                                }
                            }
                        }
                        // With no such oblique, troops of no country are still only what is
                        // moved ("proposed to send troops to fight the cartels"): no target.
                        let troops =
                            moves && crate::mention::lemma_in(v, lex, objects[n], "troops");
                        // (A country only the story gave counts as none: "se ofreció a enviar
                        // tropas de paz". A named force is someone: "accused the Rapid Support
                        // Forces".)
                        let unnamed =
                            |a: &Actor| country_of(a).is_none() || a.country_from == Some("story");
                        if troops && t.iter().all(unnamed) {
                            t.clear();
                            moved = true;
                        }
                    }
                    if t.is_empty() && !moved {
                        t.extend(
                            self.args
                                .objects
                                .first()
                                .and_then(|h| new_actor(v, *h, max_new)),
                        );
                    }
                    // PETRARCH's target is the first actor in the verb phrase: when no
                    // argument head names one, take the first nominal after the verb that
                    // does ("broke relations with Libya").
                    // A plain statement's content is its own event ("said Mordor attacked
                    // Rohan": Mordor is no target of the saying), so code 010 looks for its
                    // target only outside embedded clauses. The other 01 codes (comments,
                    // 012 pessimistic ...) are about someone, and the suite's gold takes that
                    // target from the clause ("rejected claims that Dagolath ...").
                    let after = if statement {
                        &self.pat_toks[self.pat_at + 1..]
                    } else {
                        &self.toks[self.at + 1..]
                    };
                    // (For an act two parties do together, not inside a clause on an
                    // argument, which has its own event: "Paraguay y Bolivia firmaron un
                    // acuerdo para combatir el narcotráfico", "a pact allowing troops to
                    // train" are between the two. A single actor's act keeps PETRARCH's
                    // reading: "abandoned efforts to stop an anti-Gondor parade" is aimed at
                    // Gondor.)
                    let after: Vec<usize> = after
                        .iter()
                        .copied()
                        .filter(|&w| {
                            let described =
                                in_past_participle_clause(v, lex, w, self.i, coder.config());
                            !(described || reciprocal && in_noun_clause(v, w, self.i))
                        })
                        .collect();
                    if t.is_empty() && !moved {
                        let mut skip = self.args.subjects.clone();
                        skip.extend(self.args.objects.iter().copied().filter(|h| own(*h)));
                        skip.extend(self.event_noun);
                        t = first_actor(v, &after, &skip, &actors, coder);
                        // Troops of no country (or only the story's), found further on, are
                        // what a complement moves ("agreed to send troops to Belarus"): no
                        // target.
                        let own_troops = |a: &Actor| {
                            moves
                                && crate::mention::lemma_in(v, lex, a.head as usize, "troops")
                                && (country_of(a).is_none() || a.country_from == Some("story"))
                        };
                        if t.iter().all(own_troops) {
                            t.clear();
                        }
                    }
                    // "urged the two neighbours to resolve the dispute": the parties the story
                    // last named together, less the source.
                    if t.is_empty() {
                        if let Some(pair) = objects.first().and_then(|&h| self.pair_at(coder, h)) {
                            t = pair
                                .into_iter()
                                .filter(|a| !sources.iter().any(|s| s.codes == a.codes))
                                .collect();
                        }
                    }
                    t
                }
            };
            // A protest or a bombing by no one named is still an event ("Dos torres fueron
            // dinamitadas", "la huelga general paralizó el país"): its source is unknown.
            // (Not a bare participle on a noun, which describes the noun: "empresas acusadas
            // de lavar dinero" is no accusation of the story's.)
            let w = &v.s.words[self.i];
            let described = v.is(self.i, UdRel::Acl)
                && w.feats.get("VerbForm") == Some("Part")
                && w.feats.get("Tense") != Some("Pres")
                && self.args.agents.is_empty()
                && v.kids(self.i)
                    .all(|k| !v.is(k, UdRel::Aux) && !v.is(k, UdRel::Mark));
            let sources = match sources.is_empty() && unsourced && !described {
                true => vec![unknown_actor(v, self.i)],
                false => sources,
            };
            // "Chad and Sudan signed an accord": with no one else named, each party of a
            // joint act is the other's target.
            // Parties are coordinated subjects, not one subject's words ("Israel's cabinet").
            // Where they did it is no one else: "Armenia and Azerbaijan met in Washington"
            // (a place after a locative preposition, which CAMEO codes as a single actor's
            // target: "talks in Nairobi").
            let located = |a: &Actor| v.marked_by(a.head as usize, &coder.config().place_cases);
            // Nor is what they did it about: "Morocco and Algeria traded accusations over the
            // Western Sahara conflict" (the phrase's top carries the preposition).
            let about = |a: &Actor| {
                let mut h = a.head as usize;
                for _ in 0..4 {
                    if v.marked_by(h, &coder.config().topic_cases) {
                        return true;
                    }
                    let inside = [UdRel::Compound, UdRel::Amod, UdRel::Nmod, UdRel::Flat];
                    match v.head(h) {
                        Some(up) if inside.iter().any(|r| v.is(h, *r)) => h = up,
                        _ => return false,
                    }
                }
                false
            };
            let only_places = !targets.is_empty() && targets.iter().all(|a| located(a) || about(a));
            // Where an actor acts at home is no one it acts on: "Perú declara estado de
            // emergencia en Lima", "bloquearon carreteras en todo el país", "Putin held
            // talks in Moscow".
            // (A place only: a state's bare code, a capital or a seat of government, not
            // people at it, "fired tear gas at students"; and not a place harmed, which stands for the people in it: "el
            // Ejército sudanés bombardeó un mercado en Darfur" is SDNMIL 195 SDN.)
            let bare = |a: &Actor| {
                let h = a.head as usize;
                crate::mention::is_capital(v, h)
                    || crate::mention::is_seat(v, h)
                    || match a.codes.first() {
                        Some(crate::event::ActorTag::Code(c)) => c.sectors().next().is_none(),
                        _ => false,
                    }
            };
            // Nor where actors of no state act, whose state the place then gives: "Thousands
            // of students marched in Lima" (but a visit or a meeting there is with the
            // place's state: "the UN envoy arrived in Sanaa").
            // (Sector codes only: an IGO keeps its own standing, "NATO troops arrived in
            // Bosnia".)
            // (A state only the story gave counts as none: the place names it better.)
            let stateless = sources.iter().all(|s| match s.codes.first() {
                _ if s.country_from == Some("story") => true,
                Some(crate::event::ActorTag::Code(c)) => {
                    c.primary_kind() == dyad_core::PrimaryKind::Sector
                }
                _ => false,
            });
            let at_home = |a: &Actor| {
                let home = country_of(a)
                    .is_some_and(|c| sources.iter().any(|s| country_of(s) == Some(c.clone())));
                located(a) && bare(a) && !harms && (home || stateless && !consults)
            };
            // A protest's streets and squares are where it is, whoever's city they are in:
            // "marched through the streets of Nairobi", "salieron a las calles de Puerto
            // Príncipe" (reserved class `public_place`).
            let public_place = lex.class("public_place");
            let in_public_place = |a: &Actor| {
                let h = a.head as usize;
                protests
                    && bare(a)
                    && v.is(h, UdRel::Nmod)
                    && v.head(h)
                        .zip(public_place)
                        .is_some_and(|(n, c)| lex.in_class(c, &v.lemmas[n]))
            };
            let home =
                !targets.is_empty() && targets.iter().all(|a| at_home(a) || in_public_place(a));
            let targets = match home {
                true => Vec::new(),
                false => targets,
            };
            let only_places = only_places && !home;
            if (targets.is_empty() || only_places) && reciprocal && !self.args.passive() {
                // (A second subject after a coordinator is a conjunct the parser hung on the
                // verb: "Colombia's government and the ELN signed ...".)
                let subjects = &self.args.subjects;
                let coordinated = |n: usize| {
                    n > 0 && (subjects[n - 1] + 1..subjects[n]).any(|k| v.is(k, UdRel::Cc))
                };
                let mut heads: Vec<usize> = (0..subjects.len())
                    .filter(|&n| n == 0 || coordinated(n))
                    .map(|n| subjects[n])
                    .collect();
                let mut n = 0;
                while n < heads.len() && heads.len() < 16 {
                    let h = heads[n];
                    heads.extend(crate::mention::conjuncts(v, h));
                    n += 1;
                }
                // A party is the actor its head names, else one its words name: its apposition
                // ("el presidente de Colombia, Gustavo Petro, y su homólogo de Ecuador, Daniel
                // Noboa, se reunieron") or its modifier ("su homólogo de Ecuador"). (Not both:
                // "el presidente de Colombia, Gustavo Petro" is one party.)
                let own = |h: usize| sources.iter().any(|a| a.head as usize == h);
                let parties: Vec<Actor> = sources
                    .iter()
                    .filter(|a| {
                        let k = a.head as usize;
                        heads.contains(&k)
                            || heads.iter().any(|&h| !own(h) && k != h && v.descends(k, h))
                    })
                    .cloned()
                    .collect();
                // Two or more states acting where they met are each other's parties even
                // when the parser did not coordinate them ("Los presidentes de Chile, Gabriel
                // Boric, y de Argentina, Javier Milei, firmaron en Santiago un acuerdo").
                let mut states: Vec<String> = sources.iter().filter_map(country_of).collect();
                states.sort();
                states.dedup();
                let placed = only_places || home;
                let parties = match parties.len() < 2 && placed && states.len() >= 2 {
                    true => sources.clone(),
                    false => parties,
                };
                if parties.len() >= 2 || !only_places {
                    pairs.extend(dyads(v, &parties, &parties));
                }
                if !pairs.is_empty() {
                    return pairs;
                }
            }
            pairs.extend(dyads(v, &sources, &targets));
        }
        pairs
    }
}

impl Clause<'_> {
    /// A capital named as a place stands for its country, not its government: after a
    /// locative preposition ("talks in Nairobi", "reunidos en Lima"), or as where a visit
    /// goes ("visited Nairobi", "flew to Addis Ababa", "viajó a Lima": `visit`). Directional
    /// `to`/`a` alone do not count: Spanish `a` also marks objects ("acusó a Moscú"). CAMEO codes
    /// a visit to a capital as a visit to the state (`KENGOV 042 ETH`); a capital acting or
    /// addressed ("Washington accused Moscow") stays the government.
    pub fn capital_as_place(&self, a: &mut Actor, config: &CoderConfig, visit: bool) {
        let v = &self.v;
        let h = a.head as usize;
        let located = v.marked_by(h, &config.place_cases);
        // A seat of government is a place only where something happens in it ("se reunieron
        // en el palacio de Miraflores", "talks at the Kremlin"); visited, it is the government.
        if crate::mention::is_seat(v, h) && located {
            a.codes = a.codes.iter().map(crate::mention::country_only).collect();
            return;
        }
        if !crate::mention::is_capital(v, h) {
            return;
        }
        // Where a visit goes: any argument but the visitor (the parser may have called the
        // place a postverbal subject, see `args`).
        let visited = visit && !self.args.subjects.contains(&h) && !self.args.agents.contains(&h);
        if !(located || visited) {
            return;
        }
        a.codes = a.codes.iter().map(crate::mention::country_only).collect();
    }

    /// The parties of the document's last coordinated subject (or dyad of states), when this
    /// clause's one subject is "both" of something with no country of its own ("Ambos
    /// mandatarios se reunieron", "both leaders agreed", "the two sides agreed"; see
    /// [`Clause::pair_at`]): as actors at the subject's words.
    fn both_parties(&self, coder: &Coder, resolved: &[Actor]) -> Option<Vec<Actor>> {
        let [k] = self.args.subjects.as_slice() else {
            return None;
        };
        let countryless = resolved.iter().all(|a| country_of(a).is_none());
        if !countryless {
            return None;
        }
        self.pair_at(coder, *k)
    }

    /// The parties the document last named together ([`crate::memory`]), as actors at phrase
    /// `k`, when `k` says "both" of them: "both leaders", "ambos mandatarios" (reserved class
    /// `both`), or two of a party noun, "the two neighbours", "los dos países" (reserved
    /// classes `pair` and `pair_noun`).
    fn pair_at(&self, coder: &Coder, k: usize) -> Option<Vec<Actor>> {
        let v = &self.v;
        let lex = coder.lexicon();
        let both = lex.class("both")?;
        let in_class = |name: &str, w: usize| crate::mention::lemma_in(v, lex, w, name);
        let says_both = lex.in_class(both, &v.lemmas[k])
            || v.kids(k).any(|m| lex.in_class(both, &v.lemmas[m]))
            || (in_class("pair_noun", k)
                && (k.saturating_sub(3)..k).any(|m| in_class("pair", m) && v.descends(m, k)));
        let parties = v.memory.recall_parties();
        if !says_both || parties.len() < 2 {
            return None;
        }
        Some(
            parties
                .iter()
                .map(|r| Actor {
                    codes: r.codes.clone(),
                    head: k as u32,
                    span: v.s.words[k].span,
                    name: Some(r.text.clone()),
                    country_from: None,
                })
                .collect(),
        )
    }

    /// The subject an earlier sentence supplies when this clause's own says nothing the
    /// dictionaries know: a personal pronoun the sentence cannot resolve ("He later criticized
    /// Eritrea"), or no subject at all on a finite verb (Spanish "Después acusó a Pakistán").
    /// Not for impersonal or passive `se` clauses, imperatives or non-finite verbs. A `se`
    /// the matched pattern asked for (`pronominal`: "Se reunió con Zelenski") is the verb's
    /// own, so its clause recalls a subject too; the parser labels every `se` `expl:pv`, so
    /// only the lexicon tells them apart.
    fn recalled_subject(&self, config: &CoderConfig, pronominal: bool) -> Option<Actor> {
        let v = &self.v;
        let (head, span, person) = match self.args.subjects.as_slice() {
            [] => {
                let w = &v.s.words[self.i];
                let finite =
                    w.feats.get("VerbForm") == Some("Fin") && w.feats.get("Mood") != Some("Imp");
                // (A first or second person's dropped subject is the speaker or the one
                // spoken to: "Nos enfrentamos a una gran competición".)
                let third = !matches!(w.feats.get("Person"), Some("1" | "2"));
                // A pronominal verb recalls only in a main clause: "dijo que Klein ... no
                // cooperaba y se negaba" has its subject in the sentence, however parsed.
                let main = || {
                    let mut k = self.i;
                    while v.is(k, UdRel::Conj) {
                        match v.head(k) {
                            Some(h) => k = h,
                            None => break,
                        }
                    }
                    v.head(k).is_none()
                };
                let se = v.kids_with(self.i, UdRel::Expl).next().is_some();
                if !finite || !third || self.args.passive() || se && !(pronominal && main()) {
                    return None;
                }
                (self.i, Span::new(w.span.start, w.span.start), false)
            }
            subjects
                if subjects
                    .iter()
                    .all(|k| is_pronoun(v, *k, config) && !object_pronoun(v, *k)) =>
            {
                let k = subjects[0];
                let person = config
                    .person_pronouns
                    .iter()
                    .any(|p| *p == v.lemmas[k] || *p == v.forms[k]);
                (k, v.s.words[k].span, person)
            }
            _ => return None,
        };
        let r = v.memory.recall_subject(person)?;
        Some(Actor {
            codes: r.codes.clone(),
            head: head as u32,
            span,
            name: Some(r.text.clone()),
            country_from: None,
        })
    }
}

/// Subject, passive subject, agent and object heads of predicate `i`. A predicate without
/// its own subject takes the subject of the clause it completes or is coordinated with
/// ("Arnor agreed to restore ties", "Arnor met Gondor and signed a treaty").
fn args(v: &View, i: usize, config: &CoderConfig) -> Args {
    let mut a = Args::default();
    // A participle with a passive auxiliary ("fue expulsado", "was expelled") is passive even
    // when the parser labelled the auxiliary plain `aux`.
    // A past participle: English tags "is acting" `VerbForm=Part|Tense=Pres` too.
    let w = &v.s.words[i];
    let participle =
        w.feats.get("VerbForm") == Some("Part") && w.feats.get("Tense") != Some("Pres");
    let passive_aux = v.kids(i).any(|k| {
        v.is_sub(k, UdRel::Aux, "pass")
            || (participle
                && v.is(k, UdRel::Aux)
                && config.passive_aux.iter().any(|p| *p == v.lemmas[k]))
    });
    // A participle modifying a noun is a reduced passive relative: "la marcha convocada por
    // los sindicatos", "protesters detained by the police" (the noun is its logical object).
    // Only with its `by`/`por` phrase: taggers give intransitive past tenses the participle's
    // features too ("Thousands of people marched in Quito", parsed as a noun with an `acl`),
    // and those nouns are the actors, not the acted upon.
    let by_phrase = v.kids(i).any(|k| v.marked_by(k, &config.agent_cases));
    let reduced = participle
        && by_phrase
        && v.is(i, UdRel::Acl)
        && v.kids_with(i, UdRel::Nsubj).next().is_none()
        && v.head(i).is_some_and(|n| v.is_nominal(n));
    // Its `by`/`por` phrase is the agent, whatever relation the parser gave it.
    let agent_case = |k: usize| (passive_aux || reduced) && v.marked_by(k, &config.agent_cases);
    for k in v.kids(i) {
        let Some(r) = v.rel(k) else { continue };
        match (r.base(), r.subtype()) {
            (UdRel::Nsubj, Some("pass")) => a.passive_subjects.push(k),
            (UdRel::Nsubj, _) if passive_aux => a.passive_subjects.push(k),
            (UdRel::Nsubj, _) => a.subjects.push(k),
            (UdRel::Obl, Some("agent")) => a.agents.push(k),
            (UdRel::Obj | UdRel::Obl | UdRel::Nmod, _) if agent_case(k) => a.agents.push(k),
            (UdRel::Obj, _) | (UdRel::Iobj, _) => a.objects.push(k),
            (UdRel::Obl, Some("tmod" | "npmod")) => {}
            // A day or a month is when, and what hangs on it ("el martes en Asunción") is
            // no one the act is aimed at.
            (UdRel::Obl, _) if is_time_word(v, k, config) => {}
            // "resigned amid gang violence": a circumstance is nobody the act is aimed at; nor
            // is whom the clause is according to ("disparó dos misiles, según Seúl").
            (UdRel::Obl | UdRel::Nmod, _)
                if v.marked_by(k, &config.circumstance_cases)
                    || v.marked_by(k, &config.attribution) => {}
            (UdRel::Obl | UdRel::Nmod, _) => a.objects.push(k),
            _ => {}
        }
    }
    // Two subjects on either side of an active verb are a misparse: Spanish parsers read a
    // bare proper noun after the verb as a postverbal subject ("Petro visitó Quito", "las
    // fuerzas rusas bombardearon Járkov"); a verb has one subject, so the one after it is
    // the object.
    if reduced {
        a.passive_subjects.extend(v.head(i));
    }
    // A relative pronoun subject stands for the noun its clause modifies ("indígenas que
    // exigían su destitución", "protesters who blocked the road").
    if v.is(i, UdRel::Acl) {
        if let Some(n) = v
            .head(i)
            .filter(|n| v.is_nominal(*n))
            .map(|n| antecedent(v, i, n))
        {
            // What a statement says is said by whoever issued or adopted it: "aprobó una
            // resolución que condena la represión", "adopted a resolution that condemns".
            // (Not one that names its own author: "una declaración de la UE que criticaba".)
            let authored = v.kids(n).any(|k| {
                matches!(
                    v.rel(k).map(DepRel::base),
                    Some(UdRel::Nmod | UdRel::Compound | UdRel::Amod)
                ) && (k.saturating_sub(3)..=k)
                    .any(|j| v.actor_hits[j].is_some_and(|(len, _)| j + len as usize > k))
            });
            let issuers: Vec<usize> = if v.is(n, UdRel::Obj)
                && !authored
                && config.statement_nouns.iter().any(|s| *s == v.lemmas[n])
            {
                v.head(n)
                    .map(|h| v.kids_with(h, UdRel::Nsubj).collect())
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
            let relative = |k: usize| v.s.words[k].feats.get("PronType") == Some("Rel");
            if !issuers.is_empty() && a.subjects.iter().any(|&k| relative(k)) {
                a.subjects = issuers.clone();
            }
            for k in a.subjects.iter_mut().chain(a.passive_subjects.iter_mut()) {
                if relative(*k) {
                    *k = n;
                }
            }
            // The parser may leave the relative word a mere `mark` ("campesinos, que reclaman
            // mejores condiciones"): a clause with an object of its own and no subject then
            // has the noun as its subject (without the object, "que" may be the object: "los
            // presos que liberaron").
            let marked = v.kids_with(i, UdRel::Mark).next().is_some();
            let finite = v.s.words[i].feats.get("VerbForm") == Some("Fin");
            // A finite verb with no subject and no relative word at all is no relative
            // clause but the sentence's verb, hung on its subject: "Miles de israelíes
            // marchan contra el gobierno".
            // (An oblique relative word is one: "la Corte en la que acusa a Israel" does not
            // make the court the accuser.)
            let oblique_relative = v.kids(i).any(|k| {
                v.s.words[k]
                    .feats
                    .get("PronType")
                    .is_some_and(|t| t.split(',').any(|x| x == "Rel"))
            });
            let bare =
                !marked && !oblique_relative && v.s.words[i].feats.get("Mood") == Some("Ind");
            // (Spanish marks a person or a state object with `a`, which parsers often make an
            // oblique: "una declaración que criticaba a China".)
            let object = v.kids_with(i, UdRel::Obj).next().is_some()
                || v.kids_with(i, UdRel::Obl)
                    .any(|k| v.marked_by(k, &config.object_cases));
            let intransitive = config.intransitive.iter().any(|x| *x == v.lemmas[i]);
            if a.subjects.is_empty()
                && a.passive_subjects.is_empty()
                && finite
                && ((marked && (object || intransitive)) || bare)
            {
                if issuers.is_empty() || !marked {
                    a.subjects.push(n);
                } else {
                    a.subjects = issuers;
                }
            }
            // An -ing clause on an actor's noun is that actor's doing: "fired tear gas at
            // students demanding the resignation of ..." (the students demand).
            let ing = (w.feats.get("VerbForm") == Some("Part")
                && w.feats.get("Tense") == Some("Pres"))
                || (w.feats.get("VerbForm") == Some("Ger") && w.form.ends_with("ing"));
            let names_actor = v.agent_hits[n].is_some_and(|(k, _)| k == 1)
                || (n.saturating_sub(3)..=n)
                    .any(|j| v.actor_hits[j].is_some_and(|(k, _)| j + k as usize > n));
            if a.subjects.is_empty()
                && a.passive_subjects.is_empty()
                && ing
                && !marked
                && names_actor
            {
                a.subjects.push(n);
            }
        }
    }
    a.direct = v.kids_with(i, UdRel::Obj).collect();
    if a.subjects.iter().any(|k| *k < i) && a.subjects.iter().any(|k| *k > i) {
        let after: Vec<usize> = a.subjects.iter().copied().filter(|k| *k > i).collect();
        a.subjects.retain(|k| *k < i);
        for (n, k) in after.into_iter().enumerate() {
            a.objects.insert(n, k);
            a.direct.push(k);
        }
    }
    if a.direct.is_empty() {
        a.direct.extend(
            v.kids_with(i, UdRel::Obl)
                .filter(|k| v.marked_by(*k, &config.object_cases)),
        );
    }
    // Objects first, then indirect objects, then obliques: a direct object is the
    // PETRARCH target; an oblique only when nothing closer names an actor.
    a.objects
        .sort_by_key(|k| match v.rel(*k).map(DepRel::base) {
            Some(UdRel::Obj) => 0,
            Some(UdRel::Iobj) => 1,
            _ => 2,
        });
    // The content of a noun its owner names is the owner's to do: "an EU decision to provide
    // aid", "Russia's offer to mediate" (a dictionary name in a compound or possessive).
    if a.subjects.is_empty() && a.passive_subjects.is_empty() {
        if let Some(owner) = plan_owner(v, i) {
            a.subjects = vec![owner];
        }
    }
    // A reported clause whose only "subject" is a bare name after its verb, with no object,
    // dropped its subject (Spanish) and has that name for object: "Trump dijo que visitará
    // China", parsed with China the subject. (Not a name with an article, "que llegará el
    // presidente", nor a passive or reflexive clause.)
    let mut dropped = false;
    if !passive_aux && a.objects.is_empty() && a.passive_subjects.is_empty() {
        if let Some(k) = object_read_as_subject(v, i) {
            a.subjects.clear();
            a.objects.push(k);
            dropped = true;
        }
    }
    if a.subjects.is_empty() && a.passive_subjects.is_empty() {
        let mut cur = i;
        let mut via_advcl = false;
        for _ in 0..4 {
            // After an object, "of"/"for"/"de" hand a non-finite clause to that object
            // ("accused Eritrean troops of shelling a border town").
            if non_finite(v, cur) {
                if let Some((_, Some(o))) = object_control(v, cur, config) {
                    a.subjects = vec![o];
                    break;
                }
            }
            // ... and through a clause that is the content of an owned noun ("a U.S. proposal
            // to send troops to fight the cartels": the U.S. would fight).
            if cur != i {
                if let Some(owner) = plan_owner(v, cur) {
                    a.subjects = vec![owner];
                    break;
                }
            }
            let up = match v.rel(cur).map(DepRel::base) {
                Some(UdRel::Xcomp | UdRel::Conj) => v.head(cur),
                // A finite complement with no subject at all (Spanish drops it: "el ejército
                // dijo que había recuperado el palacio") is the speaker's own act; not a
                // passive or impersonal one ("dijo que fue atacada", "que se atacó").
                Some(UdRel::Ccomp) if cur == i && (dropped || pro_drop(v, cur)) && !passive_aux => {
                    v.head(cur)
                }
                // A non-finite adverbial clause is done by the subject of the clause it
                // modifies: a purpose ("marcharon para exigir", "gathered to demand") or a
                // gerund ("replicaron disparando gases").
                Some(UdRel::Advcl) if non_finite(v, cur) => v.head(cur),
                // A purpose clause of the object ("iniciaron una huelga para exigir ..."):
                // done by the subject of the verb whose object it modifies.
                // ... and so is a gerund on a statement the verb issued ("issued a
                // declaration demanding that ...", "emitió un comunicado exigiendo ...").
                Some(UdRel::Acl)
                    if non_finite(v, cur)
                        && (v.kids_with(cur, UdRel::Mark).next().is_some()
                            || (v.s.words[cur].feats.get("VerbForm") == Some("Ger")
                                && v.head(cur).is_some_and(|n| {
                                    config.statement_nouns.iter().any(|s| *s == v.lemmas[n])
                                }))) =>
                {
                    v.head(cur)
                        .filter(|n| v.is(*n, UdRel::Obj))
                        .and_then(|n| v.head(n))
                }
                _ => None,
            };
            let Some(h) = up else { break };
            // What a passive clause's adverbial does is its agent's doing ("a camp was attacked
            // by militiamen, killing 156 people": the militiamen kill), and nobody's when no
            // agent is named.
            via_advcl |= v.is(cur, UdRel::Advcl);
            if via_advcl {
                let passive = v
                    .kids(h)
                    .any(|k| v.is_sub(k, UdRel::Nsubj, "pass") || v.is_sub(k, UdRel::Aux, "pass"));
                if passive {
                    a.subjects = v
                        .kids(h)
                        .filter(|&k| {
                            v.is_sub(k, UdRel::Obl, "agent")
                                || (v.is(k, UdRel::Obl) && v.marked_by(k, &config.agent_cases))
                        })
                        .collect();
                    break;
                }
            }
            // An open complement after an object is the object's to do (object control:
            // "urged Israel and Hamas to accept", "pidió a Irán cesar").
            // So is one after an oblique that names whom it is asked of ("called on Russia to
            // withdraw", "instó a Rusia a retirarse").
            // The parser may read the complement after "on X" as a purpose clause ("called on
            // the ELN to release all hostages" with "release" an `advcl`): after an oblique
            // marked by a controller case it is still that oblique's to do.
            let complement = v.is(cur, UdRel::Xcomp) || v.complement_advcl(cur);
            let purpose = !complement && v.infinitive_advcl(cur);
            if complement || purpose {
                // (A bare indirect object too: the parser reads "urged the government to
                // release" with "government" an `iobj`.)
                let controls = |o: usize| {
                    ((v.is(o, UdRel::Obj) || (v.is(o, UdRel::Iobj) && v.case_of(o).is_none()))
                        && !purpose)
                        || (matches!(v.rel(o).map(DepRel::base), Some(UdRel::Obl | UdRel::Iobj))
                            && (v.marked_by(o, &config.controller_cases)
                                || (v.marked_by(o, &config.object_cases) && !purpose)))
                };
                let objects: Vec<usize> = v
                    .kids(h)
                    .filter(|&o| {
                        o < cur && controls(o) && v.is_nominal(o) && !is_time_word(v, o, config)
                    })
                    .collect();
                if !objects.is_empty() {
                    a.subjects = objects;
                    break;
                }
            }
            // A raising complement of a passive shares its subject ("Gollum was seen to
            // break into ..."); a coordinated active verb does not take a passive subject.
            let raising = v.is(cur, UdRel::Xcomp);
            let mut subj: Vec<usize> = v
                .kids(h)
                .filter(|k| {
                    (v.is(*k, UdRel::Nsubj) && (raising || !v.is_sub(*k, UdRel::Nsubj, "pass")))
                        // "it is willing to withdraw": parsers call the pronoun `expl`.
                        || (raising && v.is(*k, UdRel::Expl) && is_pronoun(v, *k, config))
                })
                .collect();
            // (As for the predicate's own subjects: of two on either side of the verb, the
            // one after it is a misparsed object, "visitará Argentina ... para reunirse".)
            if subj.iter().any(|&k| k < h) {
                subj.retain(|&k| k < h);
            }
            if !subj.is_empty() {
                a.subjects = subj;
                break;
            }
            cur = h;
        }
    }
    // (An object pronoun that controls an infinitive is whom the governor spoke of, not the
    // governor: "la acusó de participar en un complot", "accused them of attacking".)
    if !a.subjects.is_empty()
        && a.subjects
            .iter()
            .all(|k| is_pronoun(v, *k, config) && !object_pronoun(v, *k))
    {
        // "he" is not "activists": a singular pronoun does not stand for a plural subject
        // ("activists rallied against Abbas, saying he must resign").
        let number = |k: usize| v.s.words[k].feats.get("Number");
        let singular = a.subjects.iter().all(|&k| number(k) == Some("Sing"));
        if let Some(subj) = governor_subjects(v, i, config)
            .filter(|subj| !(singular && subj.iter().all(|&k| number(k) == Some("Plur"))))
        {
            a.subjects = subj;
        }
    }
    a
}

/// The noun relative clause `i` is about: its head `n`, or, when `n` names no one and the
/// noun right before the clause (inside `n`'s phrase) names an actor or a role, that noun:
/// parsers hang a relative clause on the wrong noun of "lanzó gases contra estudiantes que
/// protestaban" (the students protest, not the gas).
fn antecedent(v: &View, i: usize, n: usize) -> usize {
    let names = |k: usize| v.agent_hits[k].is_some() || v.actor_hits[k].is_some();
    let first = (0..i)
        .rev()
        .take_while(|&k| v.descends(k, i))
        .last()
        .unwrap_or(i);
    match first.checked_sub(1) {
        Some(k) if k > n && !names(n) && names(k) && v.is_nominal(k) && v.descends(k, n) => k,
        _ => n,
    }
}

/// The actor that owns the noun non-finite clause `i` is the content of: a dictionary name in
/// a compound or possessive on that noun ("an EU decision to provide aid", "Russia's offer to
/// mediate"), whose act the clause is.
fn plan_owner(v: &View, i: usize) -> Option<usize> {
    if !(non_finite(v, i) && v.is(i, UdRel::Acl)) {
        return None;
    }
    // (A name that runs on into the noun itself is the noun's own name, not an owner:
    // "the Rapid Support Forces of killing" has no owner in "Rapid".)
    let named = |k: usize, noun: usize| {
        (k.saturating_sub(3)..=k).any(|j| {
            v.actor_hits[j].is_some_and(|(n, _)| j + n as usize > k && j + n as usize <= noun)
        })
    };
    let n = v.head(i)?;
    v.kids(n)
        .find(|&k| (v.is(k, UdRel::Compound) || v.is_sub(k, UdRel::Nmod, "poss")) && named(k, n))
}

/// Whether finite verb `k` has dropped a third-person subject: no subject, no passive or
/// impersonal marker (`expl`, `aux:pass`) on it.
fn pro_drop(v: &View, k: usize) -> bool {
    // The finite word is the verb or its auxiliary ("había recuperado").
    let finite = std::iter::once(k)
        .chain(v.kids_with(k, UdRel::Aux))
        .find(|&x| v.s.words[x].feats.get("VerbForm") == Some("Fin"));
    // A nominal before the verb is more likely its subject misparsed ("que al menos 50
    // civiles murieron", "civiles" an oblique) than a sign of a dropped one; a day is not.
    let preverbal = v.kids(k).any(|c| {
        c < k
            && v.is_nominal(c)
            && !v.is(c, UdRel::Mark)
            && v.s.words[c].feats.get("AdvType") != Some("Tim")
    });
    !preverbal
        && finite.is_some_and(|x| v.s.words[x].feats.get("Person") == Some("3"))
        && v.kids(k).all(|c| {
            !v.is(c, UdRel::Nsubj)
                && !v.is(c, UdRel::Csubj)
                && !v.is(c, UdRel::Expl)
                && !v.is_sub(c, UdRel::Aux, "pass")
        })
}

/// The bare name after the verb of complement clause `i` that the parser made its only subject
/// when it is the object of a clause that dropped its subject (Spanish: "Trump dijo que visitará
/// China"): a proper noun the lexicon knows, with no article, in a clause with no object and no
/// reflexive. (Whether the clause is passive is the caller's to check.)
pub(crate) fn object_read_as_subject(v: &View, i: usize) -> Option<usize> {
    if !v.is(i, UdRel::Ccomp)
        || v.kids(i).any(|k| {
            v.is(k, UdRel::Expl) || v.is(k, UdRel::Obj) || v.is_sub(k, UdRel::Nsubj, "pass")
        })
    {
        return None;
    }
    let mut subjects = v.kids_with(i, UdRel::Nsubj);
    let k = subjects.next()?;
    let bare_name = subjects.next().is_none()
        && k > i
        && v.upos(k) == Some(Upos::Propn)
        && v.actor_hits[k].is_some()
        && v.kids(k).all(|d| !v.is(d, UdRel::Det));
    bare_name.then_some(k)
}

/// Whether predicate `k` is an infinitive or a gerund (no subject of its own to expect).
/// For a clause `k` marked by a word of [`CoderConfig::object_control`]: the verb it depends
/// on and the object that verb hands it to. The parser hangs such a clause on the verb
/// (`advcl`: the object is the verb's first `obj`, if any) or on its object (`acl` of an
/// `obj`; `xcomp` is read as `advcl`). Shared by argument finding (the object does the act) and modality (a verb of
/// alleging makes it `reported`).
pub(crate) fn object_control(
    v: &View,
    k: usize,
    config: &CoderConfig,
) -> Option<(usize, Option<usize>)> {
    let marked = v.kids_with(k, UdRel::Mark).any(|m| {
        config
            .object_control
            .iter()
            .any(|p| *p == v.forms[m] || *p == v.lemmas[m])
    });
    if !marked {
        return None;
    }
    // The object: the verb's `obj`, else its `iobj` (Spanish parses "acusó a la India de
    // violar" with the a-phrase as `iobj`; as `obl`, the view reads it as `obj`).
    let object_of = |g: usize| {
        v.kids_with(g, UdRel::Obj)
            .next()
            .or_else(|| v.kids_with(g, UdRel::Iobj).next())
    };
    match v.rel(k).map(DepRel::base) {
        // (`xcomp`: the parser's other reading of the marked infinitive.)
        Some(UdRel::Advcl | UdRel::Xcomp) => v.head(k).map(|g| (g, object_of(g))),
        Some(UdRel::Acl) => {
            let o = v.head(k).filter(|n| v.is(*n, UdRel::Obj))?;
            Some((v.head(o)?, Some(o)))
        }
        _ => None,
    }
}

fn non_finite(v: &View, k: usize) -> bool {
    let f = &v.s.words[k].feats;
    // (English tags its -ing forms `VerbForm=Part|Tense=Pres`: "accusing them of spying".)
    matches!(f.get("VerbForm"), Some("Inf" | "Ger"))
        || (f.get("VerbForm") == Some("Part") && f.get("Tense") == Some("Pres"))
}

/// Whether pronoun `k` is in an object case ("la acusó de ...", "accused them of ..."): whom
/// a clause speaks of, which neither the governing subject nor the story's subject stands for.
/// ("it" and "you" are spelled alike as subjects, so their case is the tagger's guess.)
fn object_pronoun(v: &View, k: usize) -> bool {
    matches!(v.s.words[k].feats.get("Case"), Some("Acc" | "Dat"))
        && !["it", "you"]
            .iter()
            .any(|f| v.forms[k].eq_ignore_ascii_case(f))
}

pub(crate) fn is_pronoun(v: &View, k: usize, config: &CoderConfig) -> bool {
    matches!(v.upos(k), Some(Upos::Pron))
        && config
            .pronouns
            .iter()
            .any(|p| *p == v.lemmas[k] || *p == v.forms[k])
}

/// The nearest governing clause's non-pronoun subjects: TABARI's pronoun rule, in which a
/// pronoun subject of an embedded clause refers to the subject of the clause embedding it
/// ("Ethiopia indicated it would act with Libya": Ethiopia acts).
fn governor_subjects(v: &View, i: usize, config: &CoderConfig) -> Option<Vec<usize>> {
    let mut cur = i;
    for _ in 0..4 {
        let up = match v.rel(cur).map(DepRel::base) {
            Some(UdRel::Ccomp | UdRel::Xcomp | UdRel::Conj | UdRel::Advcl) => v.head(cur),
            _ => None,
        };
        let h = up?;
        let subj: Vec<usize> = v
            .kids(h)
            .filter(|k| v.is(*k, UdRel::Nsubj) && !is_pronoun(v, *k, config))
            .collect();
        if !subj.is_empty() {
            return Some(subj);
        }
        cur = h;
    }
    None
}

/// Drops a subject that is a bare demonym another subject took as its country, or whose
/// country another subject already has: parsed with
/// "Russian" a second `nsubj`, "Russian Foreign Minister Igor Ivanov met ..." is RUSGOV (by
/// the demonym before its role, `mention::demonym_before`), and the adjective is no second
/// source `RUS`.
fn drop_absorbed_demonyms(v: &View, a: &mut Vec<Actor>) {
    let spans: Vec<Span> = a.iter().map(|x| x.span).collect();
    let countries: Vec<(Span, Option<String>)> =
        a.iter().map(|x| (x.span, country_of(x))).collect();
    a.retain(|x| {
        let h = x.head as usize;
        let bare = matches!(v.actor_hits[h], Some((n, (_, NameRole::Demonym)))
            if x.span == v.s.words[h].span.cover(v.s.words[h + n as usize - 1].span));
        if !bare {
            return true;
        }
        // Inside another subject's words, or the country of another subject ("Kenyan" beside
        // "President William Ruto", who the people list says is KENGOV).
        let inside = spans
            .iter()
            .any(|s| *s != x.span && s.start <= x.span.start && x.span.end <= s.end);
        let mine = country_of(x);
        let same_country =
            mine.is_some() && countries.iter().any(|(s, c)| *s != x.span && *c == mine);
        !(inside || same_country)
    });
}

/// Drops a subject that is the first half of the next one, split off by the parser: "Bree
/// Prime Minister Romendacil met ..." parsed with "Bree" and "Romendacil" as two `nsubj`
/// gives `BRE` and `BREGOV`, but a predicate has one subject, and words that run straight
/// into the next subject whose code extends theirs (`BRE` → `BREGOV`) are that subject's
/// country, not a second actor. Subjects apart in the sentence, or with unrelated codes
/// ("Russia and Ukraine"), are kept.
fn drop_split_names(v: &View, a: &mut Vec<Actor>) {
    if a.len() < 2 {
        return;
    }
    let info: Vec<(Span, usize, String)> = a
        .iter()
        .map(|x| (x.span, x.head as usize, x.code_text()))
        .collect();
    // Only words of the right one's own phrase ("Prime Minister") may stand between.
    // Whether subject `l` is the first half of subject `r`.
    let split_off = |l: usize, r: usize| {
        let ((ls, _, lc), (rs, rh, rc)) = (&info[l], &info[r]);
        l != r
            && rc.len() > lc.len()
            && rc.starts_with(lc.as_str())
            && ls.end <= rs.start
            && v.s.words.iter().enumerate().all(|(w, word)| {
                let between = word.span.start >= ls.end && word.span.end <= rs.start;
                // A coordinator between makes two actors: "Colombia and the ELN".
                !between || (v.descends(w, *rh) && !v.is(w, UdRel::Cc))
            })
    };
    let mut k = 0;
    a.retain(|_| {
        let me = k;
        k += 1;
        !(0..info.len()).any(|r| split_off(me, r))
    });
}

/// The actors an object with a possessive pronoun names when its own words name a country
/// other than every source's ("his Russian counterpart"); `None` for the actor's own things
/// ("its troops", "his Russian troops" when the source is Russian), and for things with a
/// phrase marked by reserved class `origin_case` (from/de), which says where they are
/// ("retirará sus tropas de Gaza": the caller reads that phrase as the target).
fn foreign_own(
    v: &View,
    lex: &Lexicon,
    h: usize,
    date: Option<DictDate>,
    sources: &[Actor],
) -> Option<Vec<Actor>> {
    let origin = lex.class("origin_case");
    if v.kids_with(h, UdRel::Nmod).any(|k| {
        origin
            .zip(v.case_of(k))
            .is_some_and(|(c, p)| lex.in_class(c, p))
    }) {
        return None;
    }
    let mut t = Vec::new();
    crate::mention::resolve_np(v, lex, h, date, &mut t);
    let theirs: Vec<String> = sources.iter().filter_map(country_of).collect();
    let foreign = !t.is_empty()
        && t.iter()
            .all(|a| country_of(a).is_some_and(|c| !theirs.contains(&c)));
    foreign.then_some(t)
}

/// Whether `k` is a possessive pronoun of its head: English `nmod:poss` PRON ("their"),
/// Spanish `det` with `Poss=Yes` ("sus").
pub(crate) fn possessive_pronoun(v: &View, k: usize) -> bool {
    (v.is_sub(k, UdRel::Nmod, "poss") && v.upos(k) == Some(Upos::Pron))
        || (v.is(k, UdRel::Det) && v.s.words[k].feats.get("Poss") == Some("Yes"))
}

/// The country of an actor's first code, if it names one.
fn country_of(a: &Actor) -> Option<String> {
    match a.codes.first() {
        Some(crate::event::ActorTag::Code(c)) => c.country().map(str::to_string),
        _ => None,
    }
}

/// An actor the text does not name, CAMEO's `---`, standing at the trigger (an empty span).
pub(crate) fn unknown_actor(v: &View, trigger: usize) -> Actor {
    let at = v.s.words[trigger].span.start;
    Actor {
        codes: vec![crate::event::ActorTag::Legacy("---".into())].into(),
        head: trigger as u32,
        span: Span::new(at, at),
        name: None,
        country_from: None,
    }
}

/// Every source with every target naming another actor (an actor does nothing to itself), or
/// each source alone when there is no other target: the event pairs of one predicate, verbal
/// or nominal. ("Health workers protested outside the hospitals": the hospitals are the
/// workers' own sector, so the protest has no target, not no event.) Two people named by
/// name are two actors even when their codes are the same ("Arce accused Evo Morales":
/// BOLELI → BOLELI, a party's quarrel analysts follow).
pub(crate) fn dyads(v: &View, sources: &[Actor], targets: &[Actor]) -> Vec<(Actor, Option<Actor>)> {
    let other = |s: &Actor, t: &Actor| s.codes != t.codes || two_named(v, s, t);
    let mut pairs = Vec::new();
    for s in sources {
        if targets.iter().all(|t| !other(s, t)) {
            pairs.push((s.clone(), None));
        }
        for t in targets {
            if other(s, t) {
                pairs.push((s.clone(), Some(t.clone())));
            }
        }
    }
    pairs
}

/// Whether `a` and `b` are two actors the text names by name, in words of their own ("Arce",
/// "Evo Morales"): two people even when their codes are the same.
pub(crate) fn two_named(v: &View, a: &Actor, b: &Actor) -> bool {
    let named = |x: &Actor| v.upos(x.head as usize) == Some(Upos::Propn);
    named(a)
        && named(b)
        && (a.span.end <= b.span.start || b.span.end <= a.span.start)
        && v.s.words[a.head as usize].form != v.s.words[b.head as usize].form
}

/// The actors of the first phrase head in `words` (text order) that names any, skipping the
/// heads in `exclude`: PETRARCH's "first actor in the verb phrase". Phrase heads only: a
/// compound or possessive modifier is read as part of its head's phrase ("Osgiliath soldiers"
/// → OSGMIL, not OSG).
fn first_actor(
    v: &View,
    words: &[usize],
    exclude: &[usize],
    actors: &dyn Fn(&[usize]) -> Vec<Actor>,
    coder: &Coder,
) -> Vec<Actor> {
    let config = coder.config();
    // A word under a circumstance phrase ("amid rising gang violence"), in the name of a body
    // of water ("into the Sea of Japan") or in whom the clause is according to ("según
    // Seúl"), up to its clause.
    let circumstance = |w: usize| {
        let mut x = w;
        for _ in 0..6 {
            if v.marked_by(x, &config.circumstance_cases)
                || v.marked_by(x, &config.attribution)
                || crate::mention::is_waters(v, coder.lexicon(), x)
                || crate::mention::is_broker(v, coder.lexicon(), x)
                || (crate::mention::is_manner(v, coder.lexicon(), x) && v.is(x, UdRel::Obl))
            {
                return true;
            }
            match v.head(x) {
                Some(h) if v.upos(h) != Some(Upos::Verb) => x = h,
                _ => return false,
            }
        }
        false
    };
    for &w in words {
        // (A title before a name, `nmod:desc` in EWT, is that name's: "said President Isaac
        // Herzog" has no target "President".)
        let modifier = v.is(w, UdRel::Compound)
            || v.is(w, UdRel::Flat)
            || v.is_sub(w, UdRel::Nmod, "poss")
            || v.is_sub(w, UdRel::Nmod, "desc")
            || v.is(w, UdRel::Amod);
        // The agent of a reduced relative inside an oblique is its own verb's source, not this
        // verb's target: "released prisoners under a deal brokered by the Vatican". (On the
        // object it is whose the object is: "welcomed memos sent by Bree" targets Bree.)
        // (Spanish parses often leave "mediado por China" a plain `obl` of the participle.)
        let by = v.is(w, UdRel::Obl)
            && v.marked_by(w, &config.agent_cases)
            && v.head(w)
                .is_some_and(|p| v.s.words[p].feats.get("VerbForm") == Some("Part"));
        let agent = (v.is_sub(w, UdRel::Obl, "agent") || by)
            && v.head(w)
                .and_then(|p| v.head(p).filter(|_| v.is(p, UdRel::Acl)))
                .is_some_and(|host| !v.is(host, UdRel::Obj));
        if v.is_nominal(w) && !modifier && !agent && !exclude.contains(&w) && !circumstance(w) {
            let a = actors(&[w]);
            if !a.is_empty() {
                return a;
            }
        }
    }
    Vec::new()
}

/// Whether `w` lies inside a clausal complement (`xcomp`, `ccomp`, `csubj`) of predicate `i`.
fn in_complement(v: &View, mut w: usize, i: usize) -> bool {
    for _ in 0..16 {
        let Some(h) = v.head(w) else { return false };
        if h == i {
            return matches!(
                v.rel(w).map(DepRel::base),
                Some(UdRel::Xcomp | UdRel::Ccomp | UdRel::Csubj)
            );
        }
        w = h;
    }
    false
}

/// A day or a month ("el martes", "on Friday"): when, never whom an act is aimed at or who is
/// asked to act (reserved class `time_word`, or the tagger's `AdvType=Tim`).
fn is_time_word(v: &View, k: usize, config: &CoderConfig) -> bool {
    v.s.words[k].feats.get("AdvType") == Some("Tim")
        || config.time_words.iter().any(|t| *t == v.lemmas[k])
}

/// The first word that `is_clause` accepts on the way up from word `w` to predicate `i` (not
/// `i` itself), with the word below it on that path (`None` when it is `w`).
fn clause_above(
    v: &View,
    mut w: usize,
    i: usize,
    is_clause: impl Fn(usize) -> bool,
) -> Option<(usize, Option<usize>)> {
    let mut below = None;
    for _ in 0..16 {
        if w == i {
            return None;
        }
        if is_clause(w) {
            return Some((w, below));
        }
        below = Some(w);
        w = v.head(w)?;
    }
    None
}

/// Whether word `w` lies in a clause on a noun below predicate `i`, up to `i`: a purpose ("un
/// acuerdo para combatir el narcotráfico", "a plan to fight the cartels"), a participle or a
/// relative clause ("a pact allowing troops to train", "un pacto que permite a sus tropas").
fn in_noun_clause(v: &View, w: usize, i: usize) -> bool {
    clause_above(v, w, i, |k| v.is(k, UdRel::Acl)).is_some()
}

/// Whether word `w` lies in a past participle clause on a noun below predicate `i`: what the
/// noun is said to be or have done ("arrested 40 people suspected of kidnapping
/// schoolchildren", "detuvo a personas acusadas de atacar a Colombia") describes it and names
/// no one the act is aimed at. Its agent, or where it came from, is still the thing's author
/// ("welcomed memos sent by Bree", "assurances sent from Bree": Bree is welcomed).
fn in_past_participle_clause(
    v: &View,
    lex: &Lexicon,
    w: usize,
    i: usize,
    config: &CoderConfig,
) -> bool {
    let participle = |k: usize| {
        let f = &v.s.words[k].feats;
        v.is(k, UdRel::Acl) && f.get("VerbForm") == Some("Part") && f.get("Tense") != Some("Pres")
    };
    let Some((_, below)) = clause_above(v, w, i, participle) else {
        return false;
    };
    let origin = lex.class("origin_case");
    let agent = below.is_some_and(|b| {
        // (A lexicon without the class, PETRARCH's, keeps every preposition.)
        let from = v.is_nominal(b)
            && v.case_of(b)
                .is_some_and(|p| origin.is_none_or(|c| lex.in_class(c, p)));
        v.is_sub(b, UdRel::Obl, "agent") || v.marked_by(b, &config.agent_cases) || from
    });
    !agent
}

/// Relations that leave a predicate's clause for patterns: coordinated and paratactic
/// clauses, adverbial clauses and punctuation.
fn leaves_clause(r: &DepRel) -> bool {
    matches!(
        r.base(),
        UdRel::Conj | UdRel::Parataxis | UdRel::Punct | UdRel::Advcl | UdRel::Cc
    )
}
