//! A state named only by description ("the Gulf kingdom", "the island nation", "el país
//! andino", "the country"): resolved to the one state the document has already named that
//! fits every word of the description, and to nothing when none or several do. An epithet
//! that fits one state only ("el país azteca") needs no context.
//!
//! Why only from context: a description is ambiguous on its own (Saudi Arabia and Bahrain are
//! both Gulf kingdoms), but news describes a country it has just named, so the states met
//! earlier in the document (and earlier in the sentence) settle it. The words and the states
//! they fit are lexicon data (`kind=descriptions`, [`Lexicon::describe`]).

use dyad_core::{ActorCode, Span, UdRel};
use dyad_lexicon::petrarch::actors::DictDate;
use dyad_lexicon::Lexicon;

use crate::tree::{Hit, View};
use dyad_lexicon::{ActorId, NameRole};

/// Definite articles (lower-case lemmas): a description refers back only when definite
/// ("the country", "el país"), never as "a country".
const DEFINITE: &[&str] = &["the", "el"];

/// The state that the noun phrase headed by `head` describes, with the span of the
/// description's words, when exactly one state met so far fits it.
pub(crate) fn described_state(
    v: &View,
    lex: &Lexicon,
    head: usize,
    date: Option<DictDate>,
) -> Option<(ActorCode, Span)> {
    if !lex.has_descriptions() || v.s.words[head].feats.get("Number") == Some("Plur") {
        return None;
    }
    let definite = v.kids_with(head, UdRel::Det).find(|&k| {
        let l = v.lemmas[k].to_lowercase();
        DEFINITE.contains(&l.as_str())
    })?;
    // Modifier words: adjectives and compounds ("the oil-rich Gulf kingdom", "el país
    // andino"), and an "of"/"de" phrase's own words ("el reino del Golfo").
    let mut words: Vec<usize> = Vec::new();
    let function =
        |r: &dyad_core::DepRel| r.is(UdRel::Punct) || r.is(UdRel::Case) || r.is(UdRel::Det);
    for k in v.kids(head) {
        // (`flat` too: parsers attach an adjective after a capitalized head that way.)
        let modifier = v.is(k, UdRel::Amod) || v.is(k, UdRel::Compound) || v.is(k, UdRel::Flat);
        let of_phrase = v.is(k, UdRel::Nmod)
            && !v.is_sub(k, UdRel::Nmod, "poss")
            && crate::mention::of_phrase(v, lex, k);
        if modifier || of_phrase {
            v.subtree(k, &function, &mut words);
        }
    }
    words.sort_unstable();
    let lower: Vec<String> = words
        .iter()
        .flat_map(|&k| {
            v.lemmas[k]
                .to_lowercase()
                .split('-')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let mods: Vec<&str> = lower.iter().map(String::as_str).collect();
    let noun = v.lemmas[head].to_lowercase();
    let description = lex.describe(&noun, &mods)?;
    let first = words.first().map_or(definite, |&w| w.min(definite));
    let mut found: Option<&str> = None;
    let earlier = states_before(v, lex, first, date);
    for s in v
        .memory
        .states()
        .iter()
        .map(|s| &**s)
        .chain(earlier.iter().map(String::as_str))
    {
        if description.fits(s) {
            match found {
                Some(f) if f != s => return None,
                _ => found = Some(s),
            }
        }
    }
    let code = found.or_else(|| description.sole_state())?.parse().ok()?;
    let last = words.last().map_or(head, |&w| w.max(head));
    let w = &v.s.words;
    Some((code, w[first].span.cover(w[last].span)))
}

/// The states named by dictionary actors in words `..end` of the sentence (a country, its
/// capital, a demonym, a person in office), in order, without repeats.
pub(crate) fn states_before(
    v: &View,
    lex: &Lexicon,
    end: usize,
    date: Option<DictDate>,
) -> Vec<String> {
    let hits = &v.actor_hits[..end.min(v.len())];
    // "serbios étnicos": an ethnic group's demonym names no state of the story.
    named_states_except(lex, hits, date, |k, role| {
        role == dyad_lexicon::NameRole::Demonym && crate::mention::ethnic_word(v, lex, k)
    })
}

/// The states the actor names `hits` (one per word, from [`crate::tree::Scratch`]) name, in
/// order, without repeats; a name inside a longer one is not its own ("the Congo" of "the
/// Republic of the Congo" names no second state).
pub(crate) fn named_states(
    lex: &Lexicon,
    hits: &[Hit<(ActorId, NameRole)>],
    date: Option<DictDate>,
) -> Vec<String> {
    named_states_except(lex, hits, date, |_, _| false)
}

fn named_states_except(
    lex: &Lexicon,
    hits: &[Hit<(ActorId, NameRole)>],
    date: Option<DictDate>,
    skip: impl Fn(usize, NameRole) -> bool,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut inside_until = 0;
    for (k, hit) in hits.iter().enumerate() {
        let Some((n, (id, role))) = hit else {
            continue;
        };
        if k < inside_until {
            continue;
        }
        inside_until = k + *n as usize;
        if skip(k, *role) {
            continue;
        }
        if let Some(s) = crate::tree::state_of(lex, *id, date) {
            if !out.iter().any(|o| o == s) {
                out.push(s.to_string());
            }
        }
    }
    out
}

/// The one state the story has named so far (earlier sentences, and words `..before` of this
/// one), if it has named exactly one: the state a bare role belongs to ("the government",
/// "la policía", "the rebels" in a story about one country). Only with dyad's own lexicon:
/// PETRARCH's dictionaries code a bare role alone, and their users expect that.
pub(crate) fn story_state(
    v: &View,
    lex: &Lexicon,
    before: usize,
    date: Option<DictDate>,
) -> Option<ActorCode> {
    if lex.has_petrarch_verbs() {
        return None;
    }
    let earlier = states_before(v, lex, before, date);
    let mut all = v
        .memory
        .states()
        .iter()
        .map(|s| &**s)
        .chain(earlier.iter().map(String::as_str));
    let first = all.next()?;
    if all.any(|s| s != first) {
        return None;
    }
    first.parse().ok()
}
