//! Noun phrases to actors: dictionary actors, agents (roles and sectors) and their
//! combination ("the Gondor army", "the army of Gondor" → country + MIL), with conjoined
//! phrases expanded.

use dyad_core::{ActorCode, DepRel, Span, UdRel};
use dyad_lexicon::petrarch::actors::{CodeSpec, DictDate};
use dyad_lexicon::petrarch::agents::{AgentCode, Placement};
use dyad_lexicon::{Agent, Lexicon};

use crate::event::{Actor, ActorTag};
use crate::tree::View;

/// Relations that leave the noun phrase: clauses, coordination, appositions and punctuation.
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
            | UdRel::Case
    )
}

/// The actor a noun phrase headed by `head` names, if any.
///
/// Rules, in PETRARCH's spirit but over the tree: an actor name covering the head wins; a head
/// that is an agent noun takes the first actor named inside its phrase ("Gondor's army",
/// "the army of Gondor") and combines with it, or stands alone as a role without a country
/// (`GOV`, printed `---GOV` by PETRARCH); otherwise an actor in a modifier that is not a
/// prepositional phrase ("Gondor forces") names the phrase.
pub(crate) fn resolve_np(
    v: &View,
    lex: &Lexicon,
    head: usize,
    date: Option<DictDate>,
) -> Option<Actor> {
    let mut toks = Vec::with_capacity(8);
    v.subtree(head, &leaves_np, &mut toks);
    toks.sort_unstable();
    // Contiguous runs only: a name never spans a gap in the phrase.
    let mut actor_cover: Option<(usize, usize, dyad_lexicon::ActorId)> = None;
    let mut first_actor: Option<(usize, usize, dyad_lexicon::ActorId)> = None;
    let mut modifier_actor: Option<(usize, usize, dyad_lexicon::ActorId)> = None;
    let mut agent_cover: Option<(usize, usize, &Agent)> = None;
    let mut j = 0;
    while j < toks.len() {
        let i = toks[j];
        let run_end = run_end(&toks, j);
        let forms = &v.forms[..=toks[run_end - 1]];
        let mut step = 1;
        if let Some((n, id)) = lex.actor_at(forms, i) {
            let m = (i, i + n, id);
            if (i..i + n).contains(&head) {
                actor_cover.get_or_insert(m);
            }
            first_actor.get_or_insert(m);
            let via_prep = (i..i + n).any(|t| {
                v.is(t, UdRel::Nmod) && !v.is_sub(t, UdRel::Nmod, "poss") && v.case_of(t).is_some()
            });
            if !via_prep {
                modifier_actor.get_or_insert(m);
            }
            step = n;
        } else if let Some((n, a)) = lex
            .agent_at(forms, i)
            .or_else(|| lex.agent_at(&v.lemmas[..=toks[run_end - 1]], i))
        {
            if (i..i + n).contains(&head) {
                agent_cover.get_or_insert((i, i + n, a));
            }
            step = n;
        }
        j += step.max(1);
    }
    let span = |a: usize, b: usize| -> Span {
        let w = &v.s.words;
        w[a].span.cover(w[b - 1].span)
    };
    let actor =
        |(a, b, id): (usize, usize, dyad_lexicon::ActorId)| -> Option<(Vec<ActorTag>, Span)> {
            let codes: Vec<ActorTag> = lex
                .actor_codes(id, date)
                .filter_map(|c| match c {
                    CodeSpec::Code(c) => Some(ActorTag::Code(c.clone())),
                    CodeSpec::Legacy(s) => Some(ActorTag::Legacy(s.clone())),
                    CodeSpec::Null => None,
                })
                .collect();
            (!codes.is_empty()).then(|| (codes, span(a, b)))
        };
    let (codes, sp) = if let Some(m) = actor_cover {
        actor(m)?
    } else if let Some((a, b, agent)) = agent_cover {
        match first_actor.and_then(actor) {
            Some((codes, sp)) => (
                codes.iter().map(|c| combine(c, agent)).collect(),
                sp.cover(span(a, b)),
            ),
            None => (vec![agent_alone(agent)], span(a, b)),
        }
    } else {
        actor(modifier_actor?)?
    };
    Some(Actor {
        codes: codes.into(),
        head: head as u32,
        span: sp,
    })
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

/// `~X` appends the agent code to the actor's, `X~` prepends it; an actor that already ends
/// with the agent's code is not given it twice.
fn combine(actor: &ActorTag, agent: &Agent) -> ActorTag {
    let a = actor.to_string();
    let g = agent_text(agent);
    let joined = match agent.placement {
        Placement::Suffix if a.ends_with(g) => a,
        Placement::Suffix => format!("{a}{g}"),
        Placement::Prefix => format!("{g}{a}"),
    };
    match joined.parse::<ActorCode>() {
        Ok(c) => ActorTag::Code(c),
        Err(_) => ActorTag::Legacy(joined.into()),
    }
}

/// The actors of a nominal argument and of every nominal conjoined with it
/// ("Arnor and Gondor", "Arnor, Gondor and Eriador").
pub(crate) fn resolve_conj(
    v: &View,
    lex: &Lexicon,
    head: usize,
    date: Option<DictDate>,
    out: &mut Vec<Actor>,
) {
    if let Some(a) = resolve_np(v, lex, head, date) {
        if !out.contains(&a) {
            out.push(a);
        }
    }
    for k in v.kids_with(head, UdRel::Conj) {
        if v.is_nominal(k) {
            resolve_conj(v, lex, k, date, out);
        }
    }
}
