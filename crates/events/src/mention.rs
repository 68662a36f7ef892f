//! Noun phrases to actors: dictionary actors, agents (roles and sectors) and their
//! combination ("the Gondor army", "the army of Gondor" → country + MIL), with conjoined
//! phrases expanded and appositions read as naming the same actor.

use dyad_core::{ActorCode, DepRel, Span, UdRel, Upos};
use dyad_lexicon::petrarch::actors::{CodeSpec, DictDate};
use dyad_lexicon::petrarch::agents::{AgentCode, Placement};
use dyad_lexicon::{ActorId, Agent, Lexicon, NameRole};

use crate::event::{Actor, ActorTag};
use crate::tree::View;

/// Relations that leave the noun phrase: clauses, coordination, appositions and punctuation.
/// Case markers stay in, so that a multi-word name or agent may run through a preposition
/// ("Ministry of Silly Walks").
fn leaves_np(r: &DepRel) -> bool {
    matches!(
        r.base(),
        UdRel::Conj
            | UdRel::Cc
            | UdRel::Punct
            | UdRel::Acl
            | UdRel::Appos
            | UdRel::Parataxis
            | UdRel::Advcl
    )
}

/// Relations by which a word belongs to its head's own phrase, as opposed to a phrase nested
/// under it by a preposition: only these modifiers may name the phrase ("Osgiliath soldiers"
/// is OSGMIL, but "an attack by Osgiliath soldiers" is not an Osgiliath attack).
fn tight(v: &View, w: usize) -> bool {
    match v.rel(w).map(DepRel::base) {
        Some(
            UdRel::Compound
            | UdRel::Flat
            | UdRel::Amod
            | UdRel::Det
            | UdRel::Nummod
            | UdRel::Fixed
            | UdRel::Goeswith,
        ) => true,
        // `nmod:poss` ("Gondor's army") and a bare `nmod` without a preposition (UDPipe's
        // "Osgiliath soldiers" readings) are part of the phrase; `nmod` with a case is nested.
        Some(UdRel::Nmod) => v.is_sub(w, UdRel::Nmod, "poss") || v.case_of(w).is_none(),
        Some(UdRel::Case) => v.head(w).is_some_and(|h| v.is_sub(h, UdRel::Nmod, "poss")),
        _ => false,
    }
}

/// Whether `w` is in the head's own phrase: every step up to `head` is a tight relation.
fn in_core(v: &View, head: usize, mut w: usize) -> bool {
    for _ in 0..8 {
        if w == head {
            return true;
        }
        if !tight(v, w) {
            return false;
        }
        match v.head(w) {
            Some(h) => w = h,
            None => return false,
        }
    }
    false
}

/// Words from which a lexicon name is trusted over a parse that cuts it: the parser keeps
/// short names whole ("New York Times"); what it cuts are long ones with prepositions inside
/// ("National Union for the Total Independence of Angola").
const LONG_NAME: u32 = 4;

/// A dictionary match inside a phrase: words `a..b`.
#[derive(Clone, Copy)]
struct Hit<T> {
    a: usize,
    b: usize,
    what: T,
}

/// The actors a noun phrase headed by `head` names, appended to `out` (none, one, or one per
/// country when an agent is qualified by conjoined countries).
///
/// Rules, in PETRARCH's spirit but over the tree:
/// - an actor name covering the head wins, combined with agents among the head's own
///   modifiers ("MSF Arnor" → `NGOARN`);
/// - a head that is an agent noun takes the actor named among its own modifiers ("Gondor's
///   army", "the Arnor and Gondor legislators"), else in its first prepositional modifier
///   that names one ("the army of Gondor", "soldiers from Gondor"), and combines with each;
///   with none, it stands alone as a role (`GOV`, printed `---GOV` by PETRARCH);
/// - a description of a state ("the Gulf kingdom", "el país andino") names the one state met
///   so far in the document that fits it ([`crate::description`]);
/// - otherwise an actor among the head's own modifiers names the phrase ("Ithilen villages").
pub(crate) fn resolve_np(
    v: &View,
    lex: &Lexicon,
    head: usize,
    date: Option<DictDate>,
    out: &mut Vec<Actor>,
) -> bool {
    // "thousands of Israelis", "decenas de miles de israelíes": a quantity names what it
    // counts (reserved class `quantity`).
    if let Some(k) = counted(v, lex, head) {
        if resolve_np(v, lex, k, date, out) {
            return true;
        }
    }
    if is_waters(v, lex, head) {
        return false;
    }
    let mut toks = Vec::with_capacity(8);
    v.subtree(head, &leaves_np, &mut toks);
    toks.sort_unstable();
    // A hyphen inside a name is punctuation to the parser but a word of the name to the
    // lexicon ("al - Sisi", "Kim Jong - un"): keep the runs whole.
    let gaps: Vec<usize> = toks
        .windows(2)
        .filter(|p| p[1] == p[0] + 2 && matches!(v.s.words[p[0] + 1].form.as_str(), "-" | "‐"))
        .map(|p| p[0] + 1)
        .collect();
    if !gaps.is_empty() {
        toks.extend(gaps);
        toks.sort_unstable();
    }
    let mut actors: Vec<Hit<ActorId>> = Vec::new();
    let mut agents: Vec<Hit<&Agent>> = Vec::new();
    // A name may run on into an apposition right after the phrase, with no comma between:
    // "el papa Francisco" (the lexicon's "papa Francisco", parsed "Francisco" an `appos`).
    let appos_end = toks.last().and_then(|&l| {
        let k = l + 1;
        (k < v.len() && v.is(k, UdRel::Appos) && v.head(k) == Some(head)).then(|| {
            let mut e = k;
            while e + 1 < v.len() && v.is(e + 1, UdRel::Flat) && v.head(e + 1) == Some(k) {
                e += 1;
            }
            e
        })
    });
    // Contiguous runs only: a name never spans a gap in the phrase.
    let mut j = 0;
    while j < toks.len() {
        let i = toks[j];
        let run = run_end(&toks, j);
        let last = match appos_end {
            Some(e) if run == toks.len() => e,
            _ => toks[run - 1],
        };
        let fits = |n: u32| i + n as usize - 1 <= last;
        let actor = match v.actor_hits[i] {
            Some((n, (id, _))) if fits(n) => Some((n as usize, id)),
            // A long name the parser cut ("the National Union for the Total Independence of
            // Angola", its "for ..." hung elsewhere): the lexicon's whole name, when it covers
            // the head, outweighs the cut.
            Some((n, (id, _))) if n >= LONG_NAME && (i..i + n as usize).contains(&head) => {
                Some((n as usize, id))
            }
            Some(_) => lex.actor_at(&v.forms[..=last], i),
            None => None,
        };
        let mut step = 1;
        if let Some((n, id)) = actor {
            actors.push(Hit {
                a: i,
                b: i + n,
                what: id,
            });
            step = n;
        } else {
            let agent = match v.agent_hits[i] {
                Some((n, id)) if fits(n) => Some((n as usize, lex.agent(id))),
                Some(_) => lex
                    .agent_id_at_either(&v.forms[..=last], &v.lemmas[..=last], i)
                    .map(|(n, id)| (n, lex.agent(id))),
                None => None,
            };
            if let Some((n, a)) = agent {
                agents.push(Hit {
                    a: i,
                    b: i + n,
                    what: a,
                });
                step = n;
            }
        }
        j += step.max(1);
    }
    // "ethnic Albanian guerrillas", "los albaneses étnicos": an ethnic group is not the state
    // its demonym names (reserved class `ethnic`); CAMEO places it where it lives, which the
    // event's place or counterpart then gives.
    // On the head or on one of its own modifiers ("ethnic Albanian guerrillas"), not deeper
    // ("one third of ethnic Albanian guerrillas" is the fraction's phrase).
    let ethnic = ethnic_amod(v, lex, head)
        || v.kids(head)
            .filter(|&m| v.is(m, UdRel::Amod) || v.is(m, UdRel::Compound))
            .any(|m| ethnic_amod(v, lex, m));
    if ethnic {
        actors.retain(|h| !matches!(v.actor_hits[h.a], Some((_, (_, NameRole::Demonym)))));
    }
    let covers = |a: usize, b: usize| (a..b).contains(&head);
    let core = |a: usize, b: usize| !covers(a, b) && (a..b).any(|t| in_core(v, head, t));
    let core_agents: Vec<&Agent> = agents
        .iter()
        .filter(|h| core(h.a, h.b))
        .map(|h| h.what)
        .collect();
    let before = out.len();
    let is_demonym = |a: usize| matches!(v.actor_hits[a], Some((_, (_, NameRole::Demonym))));
    if let Some(h) = actors.iter().find(|h| covers(h.a, h.b)) {
        // "Bosnian Serbs", "Kosovo Albanians": a people named by its demonym and qualified by
        // a state before it are that state's.
        let role = |a: usize| v.actor_hits[a].map(|(_, (_, r))| r);
        let people = h.b == h.a + 1
            && role(h.a) == Some(NameRole::Demonym)
            && v.upos(head) != Some(Upos::Adj);
        let end = h.b;
        let h = actors
            .iter()
            .find(|m| {
                people
                    && m.b <= h.a
                    && core(m.a, m.b)
                    && matches!(role(m.a), Some(NameRole::Demonym | NameRole::Name))
                    && m.what != h.what
            })
            .unwrap_or(h);
        let sp = span(v, h.a, end);
        // "the Albanians of southern Serbia", "los kurdos de Irak": a people of a state lives
        // there, and CAMEO codes it by that state.
        let of_state = if people {
            nested_actors(v, lex, head, date)
                .into_iter()
                .filter(|a| v.case_of(a.head as usize).is_some())
                .collect()
        } else {
            Vec::new()
        };
        if of_state.is_empty() {
            push(out, lex, h.what, date, &core_agents, head, sp);
        } else {
            push_nested(v, &of_state, &core_agents, head, sp, out);
        }
    } else if let Some(g) = agents.iter().find(|h| covers(h.a, h.b)) {
        let sp = span(v, g.a, g.b);
        let mut roles = vec![g.what];
        roles.extend(core_agents.iter().copied());
        if let Some(h) = actors.iter().find(|h| core(h.a, h.b)) {
            push(out, lex, h.what, date, &roles, head, sp);
            conjoined_countries(v, lex, (h.a, h.b), date, &roles, head, sp, out);
        } else {
            // "the army of Gondor", "ambassadors of Arnor, Osgiliath and Gondor": the first
            // prepositional modifier naming actors gives the countries.
            let nested = nested_actors(v, lex, head, date);
            push_nested(v, &nested, &roles, head, sp, out);
            if nested.is_empty() {
                if let Some(d) = demonym_before(v, &toks).filter(|_| !ethnic) {
                    push(out, lex, d.what, date, &roles, head, span(v, d.a, g.b));
                    return out.len() > before;
                }
                // "the emir, Sheikh Hamad bin Khalifa al-Thani": a role the phrase gives no
                // country is the person its apposition names, when the lexicon knows them.
                for k in v.kids_with(head, UdRel::Appos) {
                    let mut named = Vec::new();
                    if resolve_np(v, lex, k, date, &mut named) && first_country(&named).is_some() {
                        // An apposition that only names a state is whose the role is ("el
                        // Tribunal Supremo de Brasil" parsed with "Supremo de Brasil" an
                        // apposition): the role of that state.
                        if named.iter().all(|a| a.codes.iter().all(bare_code)) {
                            push_nested(v, &named, &roles, head, sp, out);
                            return true;
                        }
                        for mut a in named {
                            a.head = head as u32;
                            a.span = sp.cover(a.span);
                            out.push(a);
                        }
                        return true;
                    }
                }
                // "the government", "la policía": the story's one state, if it has one.
                let (state, from) = role_state(v, lex, head, toks[0], date);
                let mut codes = match state {
                    Some(state) => combine(&ActorTag::Code(state), g.what),
                    None => agent_alone(g.what),
                };
                for r in &core_agents {
                    codes = combine(&codes, r);
                }
                out.push(Actor {
                    codes: vec![codes].into(),
                    head: head as u32,
                    span: sp,
                    name: None,
                    country_from: from,
                });
            }
        }
    } else if let Some((state, sp)) = crate::description::described_state(v, lex, head, date) {
        // "the Gulf kingdom", "el país andino": the one state met so far that fits (before a
        // region demonym among the modifiers could name the phrase: "the Caribbean nation").
        let codes = core_agents
            .iter()
            .fold(ActorTag::Code(state), |c, r| combine(&c, r));
        out.push(Actor {
            codes: vec![codes].into(),
            head: head as u32,
            span: sp,
            name: None,
            country_from: None,
        });
    } else if let Some(h) = actors.iter().find(|h| core(h.a, h.b)) {
        // "el líder norcoreano Kim Jong Un": a demonym on a head the lexicon does not know
        // yields to a person its apposition names.
        if is_demonym(h.a) {
            for k in v.kids_with(head, UdRel::Appos) {
                let mut named = Vec::new();
                let person = |a: &Actor| {
                    a.codes
                        .iter()
                        .any(|c| matches!(c, ActorTag::Code(code) if code.country().is_some()))
                        && v.upos(a.head as usize) == Some(Upos::Propn)
                };
                if resolve_np(v, lex, k, date, &mut named) && named.iter().all(person) {
                    let sp = span(v, h.a, h.b);
                    for mut a in named {
                        a.head = head as u32;
                        a.span = sp.cover(a.span);
                        out.push(a);
                    }
                    return true;
                }
            }
        }
        let sp = span(v, h.a, h.b);
        push(out, lex, h.what, date, &core_agents, head, sp);
        conjoined_countries(v, lex, (h.a, h.b), date, &core_agents, head, sp, out);
    } else if let Some(g) = agents
        .iter()
        .find(|h| core(h.a, h.b))
        .filter(|_| !lemma_in(v, lex, head, "goods"))
    {
        // A role among the modifiers names an unknown head by its role, as PETRARCH reads the
        // first agent of a phrase: "the official news agency" → `GOV`; a demonym just before
        // the phrase gives it a country ("Serbian President Vojislav Kostunica"). Not a thing
        // given or used (reserved class `goods`): "military aid" is nobody.
        if let Some(d) = demonym_before(v, &toks).filter(|_| !ethnic) {
            let roles: Vec<&Agent> = agents
                .iter()
                .filter(|h| core(h.a, h.b))
                .map(|h| h.what)
                .collect();
            push(out, lex, d.what, date, &roles, head, span(v, d.a, head + 1));
            return out.len() > before;
        }
        // "King Hassan of Morocco", "President Levy Mwanawasa of Zambia": an unknown person
        // with a role takes the country of the first prepositional modifier naming one.
        let nested = nested_actors(v, lex, head, date);
        if !nested.is_empty() {
            push_nested(v, &nested, &core_agents, head, span(v, g.a, head + 1), out);
            return out.len() > before;
        }
        let (state, from) = role_state(v, lex, head, toks[0], date);
        let alone = match state {
            Some(state) => combine(&ActorTag::Code(state), g.what),
            None => agent_alone(g.what),
        };
        let codes = core_agents[1..].iter().fold(alone, |c, r| combine(&c, r));
        out.push(Actor {
            codes: vec![codes].into(),
            head: head as u32,
            span: span(v, g.a, g.b),
            name: None,
            country_from: from,
        });
    }
    if out.len() == before && ethnic {
        // An ethnic group with no role: someone unnamed, whom the event's place may place.
        out.push(Actor {
            codes: vec![ActorTag::Legacy("---".into())].into(),
            head: head as u32,
            span: span(v, toks[0], toks[toks.len() - 1] + 1),
            name: None,
            country_from: None,
        });
    }
    if out.len() == before {
        // "a camp for Congolese refugees", "las oficinas del partido": what is done to a
        // place someone lives or works in is done to them (reserved class `premises`).
        if let Some(k) = owner(v, lex, head) {
            return resolve_np(v, lex, k, date, out);
        }
        recall_name(v, head, out);
    }
    out.len() > before
}

/// Whether word `k` (a demonym) belongs to an ethnic group's name: it or the noun it
/// modifies has an adjective of reserved class `ethnic` ("ethnic Albanians", "milicianos
/// serbios étnicos").
pub(crate) fn ethnic_word(v: &View, lex: &Lexicon, k: usize) -> bool {
    ethnic_amod(v, lex, k) || v.head(k).is_some_and(|h| ethnic_amod(v, lex, h))
}

/// Whether word `w` has an adjective of reserved class `ethnic` ("ethnic", "étnico").
fn ethnic_amod(v: &View, lex: &Lexicon, w: usize) -> bool {
    lex.class("ethnic").is_some_and(|class| {
        v.kids_with(w, UdRel::Amod)
            .any(|a| lex.in_class(class, &v.lemmas[a]))
    })
}

/// The state of a role the phrase gives no country: where a participle locates it ("a group
/// based in Lebanon", stated), else the story's one state (inferred: `country_from` is
/// `"story"`, which a domestic counterpart in the same sentence overrides).
fn role_state(
    v: &View,
    lex: &Lexicon,
    head: usize,
    first: usize,
    date: Option<DictDate>,
) -> (Option<dyad_core::ActorCode>, Option<&'static str>) {
    if let Some(s) = located_state(v, lex, head, date) {
        return (Some(s), None);
    }
    // A possessive pronoun names its state as surely as a name ("Russia said its forces had
    // captured a village in eastern Ukraine"): the place does not override it.
    let from = match v
        .kids(head)
        .any(|k| crate::clause::possessive_pronoun(v, k))
    {
        true => None,
        false => Some("story"),
    };
    match crate::description::story_state(v, lex, first, date) {
        Some(s) => (Some(s), from),
        None => (None, None),
    }
}

/// The state a role is located in by a participle of reserved class `located` and a place
/// ("a terror group based in Trinidad", "guerrillas operating in Macedonia", "un grupo
/// radicado en Lima"): the country of the first actor the participle's obliques name.
fn located_state(
    v: &View,
    lex: &Lexicon,
    head: usize,
    date: Option<DictDate>,
) -> Option<dyad_core::ActorCode> {
    let class = lex.class("located")?;
    let participle = v
        .kids_with(head, UdRel::Acl)
        .find(|&k| lex.in_class(class, &v.lemmas[k]))?;
    let mut found = Vec::new();
    for o in v.kids_with(participle, UdRel::Obl) {
        resolve_deep(v, lex, o, date, 1, &mut found);
        if !found.is_empty() {
            break;
        }
    }
    first_country(&found)
}

/// The country of the first of `actors`' codes that has one.
pub(crate) fn first_country(actors: &[Actor]) -> Option<dyad_core::ActorCode> {
    actors
        .iter()
        .flat_map(|a| a.codes.iter())
        .find_map(|c| match c {
            ActorTag::Code(code) => code.country().and_then(|k| k.parse().ok()),
            _ => None,
        })
}

/// Whether nominal `k` is marked by a preposition of reserved class `class`: a phrase of
/// circumstance ("durante la visita de Lula") names when or why, never whom.
pub(crate) fn marked_as(v: &View, lex: &Lexicon, k: usize, class: &str) -> bool {
    lex.class(class)
        .zip(v.case_of(k))
        .is_some_and(|(c, p)| lex.in_class(c, p))
}

/// Whether word `w` is a noun of brokering (reserved class `broker`): "with the mediation of
/// the UAE" names who brokered an act, not whom it is aimed at.
pub(crate) fn is_broker(v: &View, lex: &Lexicon, w: usize) -> bool {
    lemma_in(v, lex, w, "broker")
}

/// Whether word `w` is a noun of the spirit an act was done in (reserved class `manner`):
/// "recalled its ambassador in protest at the bombing of Gaza" is aimed at no one in Gaza.
pub(crate) fn is_manner(v: &View, lex: &Lexicon, w: usize) -> bool {
    lemma_in(v, lex, w, "manner")
}

/// Whether word `w` is a body of water (reserved class `waters`): "the Sea of Japan", "el
/// golfo de Omán", "the Taiwan Strait" are places named after a state, not the state.
pub(crate) fn is_waters(v: &View, lex: &Lexicon, w: usize) -> bool {
    lemma_in(v, lex, w, "waters")
}

/// Whether word `w`'s lemma is in the lexicon's reserved class `class` (false when the
/// lexicon defines no such class, as PETRARCH's do not).
pub(crate) fn lemma_in(v: &View, lex: &Lexicon, w: usize, class: &str) -> bool {
    lex.class(class)
        .is_some_and(|c| lex.in_class(c, &v.lemmas[w]))
}

/// Who owns or uses premises word `p` (reserved class `premises`): its first modifier marked
/// by a preposition of reserved class `owner_case` (of/for, de/para).
fn owner(v: &View, lex: &Lexicon, p: usize) -> Option<usize> {
    if !lemma_in(v, lex, p, "premises") {
        return None;
    }
    let cases = lex.class("owner_case")?;
    let of = |k: &usize| v.is_nominal(*k) && v.case_of(*k).is_some_and(|c| lex.in_class(cases, c));
    v.kids_with(p, UdRel::Nmod).find(of)
}

/// Each actor a role's prepositional modifier names, with the role's sectors, as the phrase
/// headed by `head` (span `sp` plus the modifier's). A role of a capital is a role in its
/// country ("protesters in Caracas" are VENOPP, not a government's opposition).
fn push_nested(
    v: &View,
    nested: &[Actor],
    roles: &[&Agent],
    head: usize,
    sp: Span,
    out: &mut Vec<Actor>,
) {
    for a in nested {
        // Of coordinated modifiers, only states and regions take the roles: "el Gobierno de
        // Colombia y el ELN" (the parser hangs the ELN inside the de-phrase) is the government
        // and the ELN (COLREB), while "the armies of Russia and Ukraine" are both armies.
        if nested.len() > 1 && !a.codes.iter().any(bare_code) {
            out.push(Actor {
                head: head as u32,
                ..a.clone()
            });
            continue;
        }
        let capital = is_capital(v, a.head as usize);
        let codes: Vec<ActorTag> = a
            .codes
            .iter()
            .map(|c| if capital { country_only(c) } else { c.clone() })
            .map(|c| roles.iter().fold(c, |c, r| combine(&c, r)))
            .collect();
        out.push(Actor {
            codes: codes.into(),
            head: head as u32,
            span: sp.cover(a.span),
            name: None,
            country_from: None,
        });
    }
}

/// The actors named by the first prepositional modifier of `head` that names any ("the army
/// of Gondor", "King Hassan of Morocco"), or by a possessor describing a state ("the Gulf
/// kingdom's foreign minister").
fn nested_actors(v: &View, lex: &Lexicon, head: usize, date: Option<DictDate>) -> Vec<Actor> {
    let mut nested = Vec::new();
    // The parser may hang the modifier on the last word of a flat name ("Levy Mwanawasa of
    // Zambia").
    // So may it on an adjective of the role's own words ("la Corte Suprema de Justicia de
    // Colombia" with "de Justicia" under "Suprema").
    let flat = v.kids_with(head, UdRel::Flat);
    let amod = v.kids_with(head, UdRel::Amod);
    let owners = std::iter::once(head).chain(flat).chain(amod);
    for k in owners.flat_map(|o| v.kids_with(o, UdRel::Nmod)) {
        if !v.is_nominal(k) {
            continue;
        }
        if in_core(v, head, k) {
            // A possessor that describes a state: "the Gulf kingdom's foreign
            // minister".
            if let Some((state, sp)) = crate::description::described_state(v, lex, k, date) {
                nested.push(Actor {
                    codes: vec![ActorTag::Code(state)].into(),
                    head: k as u32,
                    span: sp,
                    name: None,
                    country_from: None,
                });
                break;
            }
            continue;
        }
        // One level deeper for a role whose own words run through a preposition:
        // "la ministra de Defensa de Perú", "the minister of defence of Peru".
        resolve_deep(v, lex, k, date, 1, &mut nested);
        // "protesters outside parliament", "arrested protesters near the presidential
        // palace": an institution of no named state after a preposition other than of/de is
        // where the role stands, not whose it is.
        // (A country the story lent the institution is not named by it.)
        let stateless = nested.iter().all(|a| {
            a.country_from.is_some()
                || a.codes.iter().all(|c| {
                    matches!(c, ActorTag::Code(k) if k.primary_kind() == dyad_core::PrimaryKind::Sector)
                })
        });
        // "militants in a shootout near the Afghan border": a phrase headed by an event
        // says when or how, not where the role is from (the sentence's place still may).
        if !of_phrase(v, lex, k) && lex.noun_event(&v.lemmas[k]).is_some() {
            nested.clear();
            continue;
        }
        if !of_phrase(v, lex, k) {
            // (Only a phrase of place or origin places it, "soldiers from Gondor": "prisoners
            // with the mediation of the UAE" are not the UAE's.)
            // (A lexicon without these classes, PETRARCH's, keeps every preposition.)
            let known = lex.class("place_case").is_some() || lex.class("origin_case").is_some();
            let placed =
                !known || marked_as(v, lex, k, "place_case") || marked_as(v, lex, k, "origin_case");
            if stateless || !placed {
                nested.clear();
                continue;
            }
            // ... and one of a named state places the role in that state without making it
            // the institution's: "manifestantes frente al Congreso en Lima" are PEROPP.
            for a in &mut nested {
                a.codes = a.codes.iter().map(country_only).collect();
            }
        }
        if !nested.is_empty() {
            break;
        }
    }
    nested
}

/// What quantity word `q` counts: its first `nmod`, when its lemma is in the reserved class
/// `quantity` ("thousands of Israelis"), or what a quantity compounded with it counts
/// ("decenas de miles de israelíes" parsed with "miles" as a compound of "decenas").
pub(crate) fn counted(v: &View, lex: &Lexicon, q: usize) -> Option<usize> {
    let class = lex.class("quantity")?;
    let quantity = |w: usize| lex.in_class(class, &v.lemmas[w]);
    if !quantity(q) {
        return None;
    }
    // Only an of/de phrase (reserved class `of_case`) is what is counted: "the UN mission in
    // Mali" counts no Malians.
    let of = |k: &usize| of_phrase(v, lex, *k);
    v.kids_with(q, UdRel::Nmod).find(of).or_else(|| {
        v.kids_with(q, UdRel::Compound)
            .filter(|k| quantity(*k))
            .find_map(|k| v.kids_with(k, UdRel::Nmod).find(of))
    })
}

/// Whether nominal `k` is marked by a preposition of reserved class `of_case` ("of", "de").
pub(crate) fn of_phrase(v: &View, lex: &Lexicon, k: usize) -> bool {
    marked_as(v, lex, k, "of_case")
}

/// Whether word `h` lies in a capital's name (a capital stands for the government).
pub(crate) fn is_capital(v: &View, h: usize) -> bool {
    named_as(v, h, NameRole::Capital)
}

/// Whether word `h` is inside a seat of government's name ("the Kremlin", "el palacio de
/// Miraflores").
pub(crate) fn is_seat(v: &View, h: usize) -> bool {
    named_as(v, h, NameRole::Seat)
}

fn named_as(v: &View, h: usize, role: NameRole) -> bool {
    (0..=h).any(|k| matches!(v.actor_hits[k], Some((n, (_, r))) if r == role && k + n as usize > h))
}

/// The country of a code (`KENGOV` → `KEN`); codes without a country stay as they are.
pub(crate) fn country_only(c: &ActorTag) -> ActorTag {
    match c {
        ActorTag::Code(code) => code
            .country()
            .and_then(|k| k.parse().ok())
            .map_or_else(|| c.clone(), ActorTag::Code),
        other => other.clone(),
    }
}

/// A proper name the dictionaries do not know, bound earlier in the document to an actor
/// ("Ahmed" after "Abiy Ahmed, Ethiopia's prime minister"): see [`crate::memory`].
fn recall_name(v: &View, head: usize, out: &mut Vec<Actor>) {
    let Some((a, b)) = crate::memory::name_run(v, head) else {
        return;
    };
    let words: Vec<&str> = v.forms[a..b].iter().map(String::as_str).collect();
    if let Some(r) = v.memory.recall_name(&words) {
        out.push(Actor {
            codes: r.codes.clone(),
            head: head as u32,
            span: span(v, a, b),
            name: Some(r.text.clone()),
            country_from: None,
        });
    }
}

/// A demonym ending right where the phrase `toks` (sorted) begins, outside it: the country of
/// a role title whose adjective the parser attached elsewhere ("Serbian President Vojislav
/// Kostunica", "Russian Foreign Minister Sergei Lavrov", where taggers often make the
/// demonym a separate head). Only a demonym: a country name there is its own phrase.
fn demonym_before(v: &View, toks: &[usize]) -> Option<Hit<ActorId>> {
    let first = *toks.first()?;
    (first.saturating_sub(3)..first).find_map(|k| match v.actor_hits[k] {
        Some((n, (id, NameRole::Demonym))) if k + n as usize == first => Some(Hit {
            a: k,
            b: first,
            what: id,
        }),
        _ => None,
    })
}

/// Actors conjoined with a modifier actor ("the Arnor and Gondor legislators"): each is
/// combined with the same roles. The conjunct hangs off one of the name's words.
#[allow(clippy::too_many_arguments)]
fn conjoined_countries(
    v: &View,
    lex: &Lexicon,
    name: (usize, usize),
    date: Option<DictDate>,
    roles: &[&Agent],
    head: usize,
    sp: Span,
    out: &mut Vec<Actor>,
) {
    let mut found = Vec::new();
    for t in name.0..name.1 {
        for k in v.kids_with(t, UdRel::Conj) {
            if v.is_nominal(k) {
                resolve_conj(v, lex, k, date, &mut found);
            }
        }
    }
    for a in found {
        // Only a state or region takes the roles ("the Arnor and Gondor legislators"); an
        // organization conjoined there keeps its own code.
        let codes: Vec<ActorTag> = a
            .codes
            .iter()
            .map(|c| match bare_code(c) {
                true => roles.iter().fold(c.clone(), |c, r| combine(&c, r)),
                false => c.clone(),
            })
            .collect();
        let a = Actor {
            codes: codes.into(),
            head: head as u32,
            span: sp,
            name: None,
            country_from: None,
        };
        if !out.contains(&a) {
            out.push(a);
        }
    }
}

/// Pushes the actor `id` combined with `roles`, unless it has no usable code.
fn push(
    out: &mut Vec<Actor>,
    lex: &Lexicon,
    id: ActorId,
    date: Option<DictDate>,
    roles: &[&Agent],
    head: usize,
    sp: Span,
) {
    let codes: Vec<ActorTag> = lex
        .actor_codes(id, date)
        .filter_map(|c| match c {
            CodeSpec::Code(c) => Some(ActorTag::Code(c.clone())),
            CodeSpec::Legacy(s) => Some(ActorTag::Legacy(s.clone())),
            CodeSpec::Null => None,
        })
        .map(|c| roles.iter().fold(c, |c, r| combine(&c, r)))
        .collect();
    if codes.is_empty() {
        return;
    }
    let a = Actor {
        codes: codes.into(),
        head: head as u32,
        span: sp,
        name: None,
        country_from: None,
    };
    if !out.contains(&a) {
        out.push(a);
    }
}

fn span(v: &View, a: usize, b: usize) -> Span {
    let w = &v.s.words;
    w[a].span.cover(w[b - 1].span)
}

/// The last index (exclusive) of the run of consecutive word indices starting at `toks[j]`.
fn run_end(toks: &[usize], j: usize) -> usize {
    let mut k = j + 1;
    while k < toks.len() && toks[k] == toks[k - 1] + 1 {
        k += 1;
    }
    k
}

fn agent_text(a: &Agent) -> &str {
    match &a.code {
        AgentCode::Code(c) => c.as_str(),
        AgentCode::Legacy(s) => s,
    }
}

fn agent_alone(a: &Agent) -> ActorTag {
    match &a.code {
        AgentCode::Code(c) => ActorTag::Code(c.clone()),
        AgentCode::Legacy(s) => ActorTag::Legacy(s.clone()),
    }
}

/// A bare state or region code (`COL`, `LAM`): what a role can be combined with when
/// coordinated actors share it.
fn bare_code(c: &ActorTag) -> bool {
    matches!(c, ActorTag::Code(k) if k.as_str().len() == 3)
}

/// CAMEO's codes of armed non-state groups (and of the armed forces): a role of this kind adds
/// nothing to an actor whose code already holds one.
const ARMED_ROLES: [&str; 6] = ["REB", "INS", "UAF", "SEP", "PRM", "MIL"];

/// `~X` appends the agent code to the actor's, `X~` prepends it; an actor that already has
/// the agent's code at that end is not given it twice.
fn combine(actor: &ActorTag, agent: &Agent) -> ActorTag {
    let a = actor.to_string();
    let g = agent_text(agent);
    // An armed group's code already says what its "militants" or "fighters" are: "Hamas
    // militants" are PSEREBHMS, not PSEREBHMSUAF.
    let armed = |c: &str| ARMED_ROLES.contains(&c);
    let segments = || (3..a.len()).step_by(3).filter_map(|k| a.get(k..k + 3));
    if armed(g) && segments().any(armed) {
        return actor.clone();
    }
    let joined = match agent.placement {
        Placement::Suffix if a.ends_with(g) => a,
        Placement::Suffix => format!("{a}{g}"),
        Placement::Prefix if a.starts_with(g) => a,
        Placement::Prefix => format!("{g}{a}"),
    };
    match joined.parse::<ActorCode>() {
        Ok(c) => ActorTag::Code(c),
        Err(_) => ActorTag::Legacy(joined.into()),
    }
}

/// The actors of a nominal argument and of every nominal conjoined with it
/// ("Arnor and Gondor", "Arnor, Gondor and Eriador"). A phrase that names no actor itself
/// takes its apposition's ("Hardang, the Gondor envoy"; "el canciller mexicano, Marcelo
/// Ebrard"): an apposition names the same referent.
pub(crate) fn resolve_conj(
    v: &View,
    lex: &Lexicon,
    head: usize,
    date: Option<DictDate>,
    out: &mut Vec<Actor>,
) {
    resolve_deep(v, lex, head, date, 0, out);
}

/// Like [`resolve_conj`], but a conjunct naming no actor passes the question to the phrases
/// nested in it by prepositions, first to last, up to `depth` levels: PETRARCH's actor is the
/// first actor in the phrase ("condemned an attack by Osgiliath soldiers" → OSGMIL; "Ithilen's
/// sheep and goats of Gondor" → ITH and GON).
pub(crate) fn resolve_deep(
    v: &View,
    lex: &Lexicon,
    head: usize,
    date: Option<DictDate>,
    depth: u8,
    out: &mut Vec<Actor>,
) {
    let before = out.len();
    let named = resolve_np(v, lex, head, date, out);
    // In a coordination, a comma-set "apposition" naming another actor is a list member the
    // parser misread ("Evil Mordor, the awful Arnor, and good Gondor").
    let listed = v.kids_with(head, UdRel::Conj).next().is_some();
    if !named || listed {
        for k in v.kids_with(head, UdRel::Appos) {
            if v.is_nominal(k) && resolve_np(v, lex, k, date, out) && !listed {
                break;
            }
        }
    }
    if out.len() == before && depth > 0 && !is_waters(v, lex, head) && !is_broker(v, lex, head) {
        for k in v.kids(head) {
            if v.is(k, UdRel::Nmod)
                && !in_core(v, head, k)
                && v.is_nominal(k)
                && !is_broker(v, lex, k)
                && !marked_as(v, lex, k, "circumstance_case")
            {
                resolve_deep(v, lex, k, date, depth - 1, out);
                if out.len() > before {
                    break;
                }
            }
        }
    }
    for k in conjuncts(v, head) {
        if v.is_nominal(k) {
            let from = out.len();
            resolve_deep(v, lex, k, date, depth, out);
            if let Some(role) = elided_role(v, lex, head, k) {
                for a in &mut out[from..] {
                    let codes: Vec<ActorTag> = a
                        .codes
                        .iter()
                        .map(|c| match bare_code(c) {
                            true => combine(c, role),
                            false => c.clone(),
                        })
                        .collect();
                    a.codes = codes.into();
                }
            }
        }
    }
}

/// The conjuncts of nominal `head`: its own `conj` dependents, and those the parser hung on a
/// word of its name: the last word of a flat name ("Saudi Arabia and Iran" with "Iran" under
/// "Arabia"), or any word inside a name the lexicon knows ("Corea del Sur y Japón" with
/// "Japón" under "Sur").
pub(crate) fn conjuncts<'a>(v: &View<'a>, head: usize) -> impl Iterator<Item = usize> + 'a {
    let v = *v;
    let name_end = match v.actor_hits[head] {
        Some((n, _)) => (head + n as usize).min(v.len()),
        None => head + 1,
    };
    // (A flat dependent of `head` inside the name is visited once, as `head`'s.)
    let inside = (head + 1..name_end).filter(move |&x| {
        v.is(x, UdRel::Nmod) || (v.is(x, UdRel::Flat) && v.head(x) != Some(head))
    });
    std::iter::once(head)
        .chain(v.kids_with(head, UdRel::Flat))
        .chain(inside)
        .flat_map(move |x| v.kids_with(x, UdRel::Conj))
        .filter(move |&k| k >= name_end || k < head)
        // A conjunct with a preposition the first one lacks is another kind of phrase: "meet
        // Zelensky but only in Moscow" names where, not whom.
        .filter(move |&k| v.case_of(k).is_none() || v.case_of(head).is_some())
}

/// The role a lone demonym conjoined to a role noun shares with it: "tropas indias y
/// paquistaníes" parsed as "Indian troops and Pakistanis" are Indian and Pakistani troops.
/// Only when the role noun is itself qualified by a demonym, and the conjunct is that one
/// word with nothing of its own ("troops and Pakistanis" stays a people).
fn elided_role<'l>(v: &View, lex: &'l Lexicon, head: usize, k: usize) -> Option<&'l Agent> {
    let demonym = |w: usize| matches!(v.actor_hits[w], Some((1, (_, NameRole::Demonym))));
    let bare = v
        .kids(k)
        .all(|m| v.is(m, UdRel::Cc) || v.is(m, UdRel::Punct));
    let qualified = v.kids(head).any(|m| v.is(m, UdRel::Amod) && demonym(m));
    if !(demonym(k) && bare && qualified) {
        return None;
    }
    match v.agent_hits[head] {
        Some((1, id)) => Some(lex.agent(id)),
        _ => None,
    }
}

/// A new actor named by the words of the phrase headed by `head` (appositions included, the
/// phrase's own preposition and possessive `'s` left out), when it has at most `max` words:
/// PETRARCH's `new_actor_length` for phrases no dictionary entry names.
pub(crate) fn new_actor(v: &View, head: usize, max: usize) -> Option<Actor> {
    if max == 0 || !v.is_nominal(head) {
        return None;
    }
    let mut toks = Vec::with_capacity(8);
    let stop = |r: &DepRel| r.base() != UdRel::Appos && leaves_np(r);
    v.subtree(head, &stop, &mut toks);
    toks.sort_unstable();
    let own_case = |t: usize| v.is(t, UdRel::Case) && v.head(t) == Some(head);
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| !own_case(**t) && v.forms[**t] != "'S")
        .map(|t| v.forms[*t].as_str())
        .collect();
    if words.is_empty() || words.len() > max {
        return None;
    }
    let (a, b) = (toks[0], toks[toks.len() - 1] + 1);
    Some(Actor {
        codes: vec![ActorTag::New(words.join(" ").into())].into(),
        head: head as u32,
        span: span(v, a, b),
        name: None,
        country_from: None,
    })
}
