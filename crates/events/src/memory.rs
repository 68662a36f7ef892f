//! What the coder remembers of a document while it reads it sentence by sentence: the people
//! it has met (names bound to actor codes by a role or an apposition) and who it is about (the
//! last subject that named an actor).
//!
//! News introduces a person once with their office ("Abiy Ahmed, Ethiopia's prime minister",
//! "el canciller colombiano, Álvaro Leyva") and then uses the surname ("Ahmed later
//! criticized Eritrea"), a pronoun ("He said ...") or, in Spanish, no subject at all
//! ("Después acusó a Pakistán"). Coding sentence by sentence, as PETRARCH does, loses every
//! one of those events; this memory carries the binding across sentences.
//!
//! Deliberately simple and local: a name binds to the actor its own phrase resolved to, a
//! surname to the last full name that ends with it, a pronoun or missing subject to the most
//! recent subject actor (a person for `he`/`she`/`él`/`ella` when one is known). No
//! cross-document state: the memory is cleared when a document starts.

use dyad_core::{ActorCode, Span, UdRel, Upos};
use dyad_lexicon::petrarch::actors::DictDate;
use dyad_lexicon::{AgentKind, Lexicon};

use crate::event::{Actor, ActorTag};
use crate::mention::resolve_conj;
use crate::tree::View;

/// A person's name words (normalized, upper case) bound to the actor their phrase named.
#[derive(Debug, Clone)]
struct Binding {
    words: Box<[String]>,
    actor: Remembered,
}

/// An actor remembered from an earlier mention, with the words that named it.
#[derive(Debug, Clone)]
pub(crate) struct Remembered {
    pub codes: Box<[ActorTag]>,
    pub text: Box<str>,
}

/// The document's memory; lives in [`crate::Scratch`] and is cleared per document.
#[derive(Debug, Default)]
pub(crate) struct Memory {
    names: Vec<Binding>,
    last: Option<Remembered>,
    last_person: Option<Remembered>,
    /// The parties of the last subject that named two or more actors ("Petro y Maduro
    /// acordaron ..."), for a later "both leaders", "ambos mandatarios".
    parties: Vec<Remembered>,
    /// States named so far, in the order first met (for descriptions: "the Gulf kingdom").
    states: Vec<Box<str>>,
    /// The state a "Bolivia: ..." headline placed the story in.
    topic: Option<ActorCode>,
}

/// Documents rarely name more people than this; a bound keeps a pathological input linear.
const MAX_NAMES: usize = 256;

impl Memory {
    /// Forgets everything: a new document starts.
    pub fn clear(&mut self) {
        self.names.clear();
        self.last = None;
        self.last_person = None;
        self.parties.clear();
        self.states.clear();
        self.topic = None;
    }

    /// The state the story's headline placed it in ("Bolivia: mineros bloquean ..."), whose
    /// country-less actors (`LAB`, `---`) are that state's.
    pub fn topic(&self) -> Option<&ActorCode> {
        self.topic.as_ref()
    }

    /// The states the document has named so far, in the order first met.
    pub fn states(&self) -> &[Box<str>] {
        &self.states
    }

    /// The actor a person's name stands for: the whole name as bound, else a bound name
    /// ending with the same surname ("Ahmed" for "Abiy Ahmed"), latest binding first.
    pub fn recall_name(&self, words: &[&str]) -> Option<&Remembered> {
        let b = self
            .names
            .iter()
            .rev()
            .find(|b| b.words.iter().map(String::as_str).eq(words.iter().copied()))
            .or_else(|| {
                let last = words.last()?;
                self.names
                    .iter()
                    .rev()
                    .find(|b| b.words.last().is_some_and(|w| w == last))
            })?;
        Some(&b.actor)
    }

    /// The most recent subject actor; a person when `person` asks for one and one is known.
    pub fn recall_subject(&self, person: bool) -> Option<&Remembered> {
        if person {
            self.last_person.as_ref().or(self.last.as_ref())
        } else {
            self.last.as_ref()
        }
    }

    /// The parties of the last subject that named two or more actors (none when no subject
    /// has yet): what "both leaders" and "ambos mandatarios" stand for.
    pub fn recall_parties(&self) -> &[Remembered] {
        &self.parties
    }

    /// Notes that the subject of a clause named `actor` (with `text`); `person` when the
    /// phrase was a person's name or a single person's role.
    fn saw_subject(&mut self, codes: &[ActorTag], text: &str, person: bool) {
        let r = Remembered {
            codes: codes.into(),
            text: text.into(),
        };
        if person {
            self.last_person = Some(r.clone());
        }
        self.last = Some(r);
    }

    /// Binds a name to codes.
    fn bind(&mut self, words: Box<[String]>, codes: Box<[ActorTag]>, text: &str) {
        if self.names.len() >= MAX_NAMES {
            return;
        }
        self.names.retain(|b| b.words != words);
        self.names.push(Binding {
            words,
            actor: Remembered {
                codes,
                text: text.into(),
            },
        });
    }
}

/// The run of proper-noun words that is the name at `head`: `head` with its `flat` and
/// `compound` proper-noun dependents, contiguous, as `(first, last + 1)`.
pub(crate) fn name_run(v: &View, head: usize) -> Option<(usize, usize)> {
    if v.upos(head) != Some(Upos::Propn) {
        return None;
    }
    let part = |k: usize| {
        v.upos(k) == Some(Upos::Propn)
            && v.head(k) == Some(head)
            && (v.is(k, UdRel::Flat) || v.is(k, UdRel::Compound))
    };
    let (mut a, mut b) = (head, head + 1);
    while a > 0 && part(a - 1) {
        a -= 1;
    }
    while b < v.len() && part(b) {
        b += 1;
    }
    Some((a, b))
}

/// Whether any word of `a..b` starts or lies in a dictionary actor name: then the run is a
/// place or organization the lexicon knows, not a person to remember.
fn in_dictionary(v: &View, a: usize, b: usize) -> bool {
    (0..b).any(|k| matches!(v.actor_hits[k], Some((n, _)) if k + n as usize > a))
}

fn words_of(v: &View, a: usize, b: usize) -> Box<[String]> {
    v.forms[a..b].to_vec().into_boxed_slice()
}

fn text_of(v: &View, a: usize, b: usize) -> String {
    let w = &v.s.words;
    let sp: Span = w[a].span.cover(w[b - 1].span);
    let start = sp.start.saturating_sub(v.s.span.start) as usize;
    let end = sp.end.saturating_sub(v.s.span.start) as usize;
    v.s.text.get(start..end).unwrap_or_default().to_string()
}

/// Learns the people of one sentence: a proper name whose phrase resolves to exactly one
/// actor through its role or apposition ("Kenyan President William Ruto", "Abiy Ahmed,
/// Ethiopia's prime minister") is bound to it; so is a name in apposition to a role phrase
/// ("el canciller colombiano, Álvaro Leyva").
pub(crate) fn learn_names(
    v: &View,
    lex: &Lexicon,
    date: Option<DictDate>,
    learned: &mut Vec<Learned>,
) {
    let mut found = Vec::new();
    for i in 0..v.len() {
        // Names headed here: a proper noun that is not itself part of a longer name.
        if let Some((a, b)) = name_run(v, i) {
            let inner = v.head(i).is_some_and(|h| {
                v.upos(h) == Some(Upos::Propn) && (v.is(i, UdRel::Flat) || v.is(i, UdRel::Compound))
            });
            if inner || b - a < 1 || in_dictionary(v, a, b) {
                continue;
            }
            found.clear();
            resolve_conj(v, lex, i, date, &mut found);
            if let [one] = found.as_slice() {
                if !from_memory(one) {
                    learned.push(Learned::Name(
                        words_of(v, a, b),
                        one.codes.clone(),
                        text_of(v, a, b),
                    ));
                }
            }
            continue;
        }
        // A role phrase with a name in apposition.
        if !matches!(v.upos(i), Some(Upos::Noun)) {
            continue;
        }
        let names: Vec<(usize, usize)> = v
            .kids_with(i, UdRel::Appos)
            .filter_map(|k| name_run(v, k))
            .filter(|(a, b)| !in_dictionary(v, *a, *b))
            .collect();
        if names.is_empty() {
            continue;
        }
        found.clear();
        crate::mention::resolve_np(v, lex, i, date, &mut found);
        if let [one] = found.as_slice() {
            for (a, b) in names {
                learned.push(Learned::Name(
                    words_of(v, a, b),
                    one.codes.clone(),
                    text_of(v, a, b),
                ));
            }
        }
    }
}

/// Learns who the sentence is about: the subject of its main predicate when it names one
/// actor (a person when the phrase is a proper name the dictionaries do not know), else the
/// source of its first event; and the parties a later "both" means: those of a coordinated
/// subject, else the two states of its first event (`first_source`, `first_target`).
pub(crate) fn learn_subject(
    v: &View,
    lex: &Lexicon,
    date: Option<DictDate>,
    first_source: Option<&Actor>,
    first_target: Option<&Actor>,
    learned: &mut Vec<Learned>,
) {
    // The first event's source went through every argument rule (demonyms absorbed by a
    // role, coordination, appositions), so it is the better reading of who acts.
    if let Some(a) = first_source {
        learned.push(Learned::Subject(
            a.codes.clone(),
            actor_text(v, a),
            is_person(v, lex, a),
        ));
    }
    let mut found = Vec::new();
    // Two or more parties of the main clause's subject are who a later "both" means.
    for root in (0..v.len()).filter(|i| v.is(*i, UdRel::Root)) {
        for k in v.kids_with(root, UdRel::Nsubj) {
            resolve_conj(v, lex, k, date, &mut found);
        }
    }
    let mut distinct: Vec<&Actor> = Vec::new();
    for a in &found {
        if !distinct.iter().any(|d| d.codes == a.codes) {
            distinct.push(a);
        }
    }
    // ... or the two states of its first event: "Somalia recalled its ambassador to
    // Ethiopia. The African Union urged the two neighbours ...".
    if distinct.len() < 2 {
        if let Some((s, t)) = first_source.zip(first_target) {
            let state = |a: &Actor| match a.codes.first() {
                Some(crate::event::ActorTag::Code(c)) => c.country().map(str::to_string),
                _ => None,
            };
            if state(s).is_some() && state(t).is_some() && state(s) != state(t) {
                distinct = vec![s, t];
            }
        }
    }
    if distinct.len() >= 2 {
        learned.push(Learned::Parties(
            distinct
                .iter()
                .map(|a| Remembered {
                    codes: a.codes.clone(),
                    text: actor_text(v, a).into(),
                })
                .collect(),
        ));
    }
    found.clear();
    if first_source.is_some() {
        return;
    }
    for root in (0..v.len()).filter(|i| v.is(*i, UdRel::Root)) {
        found.clear();
        for k in v.kids_with(root, UdRel::Nsubj) {
            resolve_conj(v, lex, k, date, &mut found);
        }
        if let [one] = found.as_slice() {
            learned.push(Learned::Subject(
                one.codes.clone(),
                actor_text(v, one),
                is_person(v, lex, one),
            ));
        }
    }
}

/// Learns the states the sentence names (see [`crate::description`]).
pub(crate) fn learn_states(
    v: &View,
    lex: &Lexicon,
    date: Option<DictDate>,
    learned: &mut Vec<Learned>,
) {
    for s in crate::description::states_before(v, lex, v.len(), date) {
        learned.push(Learned::State(s));
    }
}

/// A person: named by a proper name the dictionaries do not know (or remembered as one), or
/// by one person's role ("Venezuela's foreign minister, Yvan Gil": the "he" of the next
/// sentence is the minister, not a person named earlier).
fn is_person(v: &View, lex: &Lexicon, a: &Actor) -> bool {
    let h = a.head as usize;
    if a.name.is_some() {
        // Remembered: a person when it was recalled by a name.
        return h < v.len() && v.upos(h) == Some(Upos::Propn);
    }
    let role = h < v.len()
        && v.s.words[h].feats.get("Number") != Some("Plur")
        && (h.saturating_sub(4)..=h).any(|j| {
            v.agent_hits[j].is_some_and(|(n, id)| {
                j + n as usize > h && lex.agent(id).kind == Some(AgentKind::Person)
            })
        });
    if role {
        return true;
    }
    // The phrase's own words include a proper name the dictionaries do not know.
    let first = v.s.words.iter().position(|w| w.span.start >= a.span.start);
    let last = v.s.words.iter().rposition(|w| w.span.end <= a.span.end);
    match (first, last) {
        (Some(x), Some(y)) if x <= y => {
            (x..=y).any(|k| v.upos(k) == Some(Upos::Propn) && !in_dictionary(v, k, k + 1))
        }
        _ => false,
    }
}

fn actor_text(v: &View, a: &Actor) -> String {
    if let Some(n) = &a.name {
        return n.to_string();
    }
    let start = a.span.start.saturating_sub(v.s.span.start) as usize;
    let end = a.span.end.saturating_sub(v.s.span.start) as usize;
    v.s.text.get(start..end).unwrap_or_default().to_string()
}

/// What one sentence taught the memory, applied once the sentence's view is released.
#[derive(Debug)]
pub(crate) enum Learned {
    /// A name's words, the codes they stand for, and its text.
    Name(Box<[String]>, Box<[ActorTag]>, String),
    /// The parties a coordinated subject named.
    Parties(Vec<Remembered>),
    /// A subject's codes, its text, and whether it is a person.
    Subject(Box<[ActorTag]>, String, bool),
    /// A state the sentence named.
    State(String),
    /// The headline's topic state, if it has one.
    Topic(Option<ActorCode>),
}

impl Memory {
    /// Applies what a sentence taught.
    pub fn learn(&mut self, learned: &mut Vec<Learned>) {
        for l in learned.drain(..) {
            match l {
                Learned::Name(w, c, t) => self.bind(w, c, &t),
                Learned::Subject(c, t, p) => self.saw_subject(&c, &t, p),
                Learned::Topic(t) => self.topic = t,
                Learned::Parties(p) => self.parties = p,
                Learned::State(s) => {
                    if self.states.len() < MAX_NAMES && !self.states.iter().any(|x| **x == *s) {
                        self.states.push(s.into());
                    }
                }
            }
        }
    }
}

/// Whether an actor came from the memory itself (then it teaches nothing new).
fn from_memory(a: &Actor) -> bool {
    a.name.is_some()
}
