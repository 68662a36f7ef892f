//! A sentence prepared for coding: normalized forms and lemmas, children lists, relation
//! helpers. Built into a reusable [`Scratch`] so coding a sentence allocates little.

use dyad_core::{DepRel, Sentence, UdRel, Upos};
use dyad_lexicon::petrarch::actors::{CodeSpec, DictDate};
use dyad_lexicon::{normalize, ActorId, AgentId, Lexicon, NameRole};

/// A dictionary match starting at a word: its length in words and the entry.
pub(crate) type Hit<T> = Option<(u32, T)>;

/// Per-call buffers, reused across sentences. Not shared between threads; keep one per worker.
#[derive(Debug, Default)]
pub struct Scratch {
    pub(crate) forms: Vec<String>,
    pub(crate) lemmas: Vec<String>,
    pub(crate) kids: Vec<Vec<u32>>,
    /// Longest actor name starting at each word, looked up once per sentence, with how the
    /// name stands for its actor (a demonym, a capital...).
    pub(crate) actor_hits: Vec<Hit<(ActorId, NameRole)>>,
    /// Longest agent phrase starting at each word, every word matching by form or lemma.
    pub(crate) agent_hits: Vec<Hit<AgentId>>,
    /// What the document said before this sentence (names, its last subject).
    pub(crate) memory: crate::memory::Memory,
    /// What the current sentence teaches the memory, applied after it is coded.
    pub(crate) learned: Vec<crate::memory::Learned>,
    /// Words the coder reads as their verb's `obj` whatever the parser labelled them (see
    /// [`Scratch::marked_objects`]).
    pub(crate) read_as_object: Vec<bool>,
    /// The `obj` relation those words are read with.
    object_rel: Option<DepRel>,
}

impl Scratch {
    /// Empty buffers.
    pub fn new() -> Self {
        Scratch::default()
    }

    /// Forgets the previous document's people and subjects. Coding sentence 0 does this too;
    /// call it when a document's sentences are coded from another index.
    pub fn begin_document(&mut self) {
        self.memory.clear();
    }

    /// Prepares the buffers for `s` and looks every word up once in `lex`: the coder asks
    /// about the same words for every predicate and pattern, so this is the only place the
    /// name indexes are consulted for whole-sentence matches.
    pub(crate) fn load(&mut self, s: &Sentence, lex: &Lexicon, date: Option<DictDate>) {
        let n = s.words.len();
        for v in [&mut self.forms, &mut self.lemmas] {
            v.resize_with(n.max(v.len()), String::new);
        }
        self.kids.resize_with(n.max(self.kids.len()), Vec::new);
        for (i, w) in s.words.iter().enumerate() {
            normalize(&w.form, &mut self.forms[i]);
            normalize(w.lemma.as_deref().unwrap_or(&w.form), &mut self.lemmas[i]);
            self.kids[i].clear();
        }
        for (i, w) in s.words.iter().enumerate() {
            if let Some(h) = w.head.filter(|h| *h > 0 && (*h as usize) <= n) {
                self.kids[h as usize - 1].push(i as u32);
            }
        }
        self.actor_hits.clear();
        self.agent_hits.clear();
        let (forms, lemmas) = (&self.forms[..n], &self.lemmas[..n]);
        for i in 0..n {
            self.actor_hits.push(
                lex.actor_match_at(forms, i)
                    .filter(|m| m.written_as(|k| s.words.get(i + k).map(|w| w.form.as_str())))
                    .map(|m| (m.len as u32, (m.id, m.role))),
            );
            // Each word by its form or its lemma ("los ministros de Relaciones Exteriores"
            // meets `ministro de Relaciones Exteriores`); dyad terms are written for this.
            // An adjective matches a one-word agent by its form only: "protestas diarias"
            // (daily) is no newspaper (`diario`), while "fuentes militares" lists its form.
            let adjective = s.words[i].upos == Some(dyad_core::Upos::Adj);
            self.agent_hits.push(
                lex.agent_id_at_either(forms, lemmas, i)
                    .filter(|(k, _)| *k > 1 || !adjective || lex.agent_id_at(forms, i).is_some())
                    .map(|(k, id)| (k as u32, id)),
            );
        }
        self.drop_crossed_names(n);
        self.resolve_shared_names(lex, n, date);
        self.join_hyphenated_predicates(s, lex);
        self.marked_objects(s, lex);
    }

    /// Of two names that cross, the one that reaches further wins: in "the West Bank" the
    /// region's "the West" starts first, but the territory's "West Bank" runs on past it, and a
    /// name is never cut in two. Readers scan hits left to right and skip the words a hit
    /// covers, so the earlier one is dropped.
    fn drop_crossed_names(&mut self, n: usize) {
        for i in 0..n {
            let Some((len, _)) = self.actor_hits[i] else {
                continue;
            };
            let end = i + len as usize;
            let crossed = (i + 1..end.min(n))
                .any(|k| self.actor_hits[k].is_some_and(|(l, _)| k + l as usize > end));
            if crossed {
                self.actor_hits[i] = None;
            }
        }
    }

    /// A verb's argument oblique marked as an object (Spanish personal `a`, reserved class
    /// `object_case`) is its direct object when the verb has none: "mató a siete soldados",
    /// "acusó a las tropas eritreas de bombardear". Current UD Spanish (GSD, PUD) writes datives
    /// and many a-phrases `obl:arg`/`obl`, and a parser trained on it does so for personal
    /// objects too; the coder reads them as the old AnCora trees did, as `obj`. Only an `obl`
    /// or `obl:arg` (not a time or agent oblique), only one (the first, or the first naming an
    /// actor or a role when an earlier one names none), and only beside no other object; under
    /// a verb of going it stays a destination for the patterns that ask for one (`obl:a=...`
    /// also matches an object marked `a`).
    fn marked_objects(&mut self, s: &Sentence, lex: &Lexicon) {
        let n = s.words.len();
        self.read_as_object.clear();
        self.read_as_object.resize(n, false);
        let Some(class) = lex.class("object_case") else {
            return;
        };
        if self.object_rel.is_none() {
            self.object_rel = "obj".parse().ok();
        }
        for (k, w) in s.words.iter().enumerate() {
            let argument = w.deprel.as_ref().is_some_and(|d| {
                d.base() == UdRel::Obl && matches!(d.subtype(), None | Some("arg"))
            });
            let Some(h) = w.head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
                continue;
            };
            if !argument || s.words[h].upos != Some(Upos::Verb) {
                continue;
            }
            let marked = self.kids[k].iter().any(|&c| {
                let c = c as usize;
                s.words[c]
                    .deprel
                    .as_ref()
                    .is_some_and(|d| d.is(UdRel::Case))
                    && lex.in_class(class, &self.forms[c])
            });
            let has_object = self.kids[h].iter().any(|&c| {
                let c = c as usize;
                c != k && s.words[c].deprel.as_ref().is_some_and(|d| d.is(UdRel::Obj))
            });
            if !marked || has_object {
                continue;
            }
            // Of two such obliques, one that names an actor or a role wins over an earlier
            // one that names none: "llamó a consultas a su embajador" recalls the
            // ambassador ("consultas" is where he is called to).
            let names = |k: usize| {
                let hit = |i: usize| self.actor_hits[i].is_some() || self.agent_hits[i].is_some();
                hit(k) || self.kids[k].iter().any(|&c| hit(c as usize))
            };
            let earlier = self.kids[h]
                .iter()
                .map(|&c| c as usize)
                .find(|&c| c < k && self.read_as_object[c]);
            match earlier {
                None => self.read_as_object[k] = true,
                Some(e) if !names(e) && names(k) => {
                    self.read_as_object[e] = false;
                    self.read_as_object[k] = true;
                }
                Some(_) => {}
            }
        }
    }

    /// A word written hyphenated to the one before it takes the joined lemma when the lexicon
    /// has a verb or event noun of that name: UD tokenization splits "test-fired" and
    /// "hunger-strike" into three words, so `verb test-fire` and `noun hunger-strike` were
    /// never reached and "fired" coded a use of force. Only touching spans join ("test - fired"
    /// written with spaces is two words). Runs after the name lookups, which join hyphenated
    /// names themselves.
    fn join_hyphenated_predicates(&mut self, s: &Sentence, lex: &Lexicon) {
        let mut joined = String::new();
        for i in 2..s.words.len() {
            let (a, h, b) = (&s.words[i - 2], &s.words[i - 1], &s.words[i]);
            if !matches!(h.form.as_str(), "-" | "‐")
                || a.span.end != h.span.start
                || h.span.end != b.span.start
                || !self.forms[i - 2].chars().all(char::is_alphabetic)
            {
                continue;
            }
            joined.clear();
            joined.push_str(&self.forms[i - 2]);
            joined.push('-');
            joined.push_str(&self.lemmas[i]);
            if lex.verb_forms(&joined).is_empty() && lex.noun_event(&joined).is_none() {
                continue;
            }
            std::mem::swap(&mut self.lemmas[i], &mut joined);
            // The form too, or the verb index's own entry for "FIRED" would win over the
            // joined lemma (an entry reached by the inflected form is preferred).
            joined.clear();
            joined.push_str(&self.forms[i - 2]);
            joined.push('-');
            joined.push_str(&self.forms[i]);
            std::mem::swap(&mut self.forms[i], &mut joined);
        }
    }

    /// A demonym two states share ("Congolese", "Dominican") stands for the one that shares it
    /// rather than its owner when the story so far (earlier sentences, earlier words of this
    /// one) has named the sharer and not the owner: in a story from Brazzaville, "Congolese
    /// troops" are the Republic of the Congo's. Otherwise the owner keeps it. So does a seat
    /// of government's name several states' seats bear ("National Palace"), where the whole
    /// sentence counts: "gangs attacked the National Palace in Port-au-Prince" is Haiti's.
    fn resolve_shared_names(&mut self, lex: &Lexicon, n: usize, date: Option<DictDate>) {
        for i in 0..n {
            let Some((len, (owner, role @ (NameRole::Demonym | NameRole::Seat)))) =
                self.actor_hits[i]
            else {
                continue;
            };
            let sharers = lex.shared_name_states(&self.forms[..n], i, len as usize);
            if sharers.is_empty() {
                continue;
            }
            let mut earlier = crate::description::named_states(lex, &self.actor_hits[..i], date);
            if role == NameRole::Seat {
                // (The hits after the seat's own words, read as a sentence of their own.)
                let after = (i + len as usize).min(n);
                for st in crate::description::named_states(lex, &self.actor_hits[after..n], date) {
                    if !earlier.contains(&st) {
                        earlier.push(st);
                    }
                }
            }
            // This sentence first, then the story before it: "... en Santo Domingo" names the
            // Dominican Republic's palace in a story that began in Haiti.
            let here = |id: ActorId| {
                state_of(lex, id, date).is_some_and(|st| earlier.iter().any(|e| *e == st))
            };
            let before = |id: ActorId| {
                state_of(lex, id, date)
                    .is_some_and(|st| self.memory.states().iter().any(|m| **m == *st))
            };
            let only = |named: &dyn Fn(ActorId) -> bool| {
                let mut found = sharers.iter().copied().filter(|&id| named(id));
                match (found.next(), found.next()) {
                    (Some(one), None) => Some(one),
                    _ => None,
                }
            };
            let pick = if here(owner) {
                None
            } else if sharers.iter().any(|&id| here(id)) {
                only(&here)
            } else if before(owner) {
                None
            } else {
                only(&before)
            };
            if let Some(one) = pick {
                self.actor_hits[i] = Some((len, (one, role)));
            }
        }
    }
}

/// The state an actor entry stands for on `date` (a country, a person in office), if any.
pub(crate) fn state_of(lex: &Lexicon, id: ActorId, date: Option<DictDate>) -> Option<&str> {
    // (A news outlet reports on every state: "told Reuters" puts no story in Britain.)
    lex.actor_codes(id, date).find_map(|c| match c {
        CodeSpec::Code(c) if c.sectors().any(|s| s == "MED") => None,
        CodeSpec::Code(c) => c.country().filter(|s| dyad_core::is_state_code(s)),
        _ => None,
    })
}

/// Read-only view over a sentence and its prepared buffers; word indices are 0-based.
#[derive(Clone, Copy)]
pub(crate) struct View<'a> {
    pub s: &'a Sentence,
    pub forms: &'a [String],
    pub lemmas: &'a [String],
    kids: &'a [Vec<u32>],
    pub actor_hits: &'a [Hit<(ActorId, NameRole)>],
    pub agent_hits: &'a [Hit<AgentId>],
    pub memory: &'a crate::memory::Memory,
    read_as_object: &'a [bool],
    object_rel: Option<&'a DepRel>,
}

impl<'a> View<'a> {
    pub fn new(s: &'a Sentence, sc: &'a Scratch) -> View<'a> {
        let n = s.words.len();
        View {
            s,
            forms: &sc.forms[..n],
            lemmas: &sc.lemmas[..n],
            kids: &sc.kids[..n],
            actor_hits: &sc.actor_hits[..n],
            agent_hits: &sc.agent_hits[..n],
            memory: &sc.memory,
            read_as_object: &sc.read_as_object[..n.min(sc.read_as_object.len())],
            object_rel: sc.object_rel.as_ref(),
        }
    }

    pub fn len(&self) -> usize {
        self.s.words.len()
    }

    pub fn kids(&self, i: usize) -> impl Iterator<Item = usize> + 'a {
        self.kids[i].iter().map(|k| *k as usize)
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        self.s.words[i]
            .head
            .filter(|h| *h > 0)
            .map(|h| h as usize - 1)
    }

    /// Whether word `k` is `top` or lies below it (a bounded walk up the heads).
    pub fn descends(&self, k: usize, top: usize) -> bool {
        let mut x = k;
        for _ in 0..self.len() {
            if x == top {
                return true;
            }
            match self.head(x) {
                Some(h) => x = h,
                None => return false,
            }
        }
        false
    }

    pub fn rel(&self, i: usize) -> Option<&'a DepRel> {
        if self.read_as_object.get(i).copied().unwrap_or(false) {
            if let Some(obj) = self.object_rel {
                return Some(obj);
            }
        }
        self.s.words[i].deprel.as_ref()
    }

    pub fn is(&self, i: usize, base: UdRel) -> bool {
        self.rel(i).is_some_and(|r| r.is(base))
    }

    pub fn is_sub(&self, i: usize, base: UdRel, sub: &str) -> bool {
        self.rel(i)
            .is_some_and(|r| r.is(base) && r.subtype() == Some(sub))
    }

    pub fn upos(&self, i: usize) -> Option<Upos> {
        self.s.words[i].upos
    }

    /// Whether `i` is an infinitive the parser made an adverbial clause: often a complement it
    /// misread ("threatened on Monday to attack", "amenazó con arrestar", "called on the ELN
    /// to release").
    pub fn infinitive_advcl(&self, i: usize) -> bool {
        self.is(i, UdRel::Advcl) && self.s.words[i].feats.get("VerbForm") == Some("Inf")
    }

    /// Whether `i` is a Spanish infinitive complement written as an adverbial clause:
    /// introduced by a, con, de or en and without a subject of its own ("amenazó con romper",
    /// "instó a Israel a permitir"). GSD writes these `advcl`, AnCora and PUD `xcomp`, and the
    /// Spanish model learns from both; "para" (purpose) is not one.
    pub fn complement_advcl(&self, i: usize) -> bool {
        self.infinitive_advcl(i)
            && self.kids_with(i, UdRel::Nsubj).next().is_none()
            && self.kids_with(i, UdRel::Mark).any(|m| {
                self.upos(m) == Some(Upos::Adp)
                    && ["a", "con", "de", "en"]
                        .iter()
                        .any(|p| self.forms[m].eq_ignore_ascii_case(p))
            })
    }

    pub fn is_nominal(&self, i: usize) -> bool {
        matches!(
            self.upos(i),
            Some(Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num | Upos::X | Upos::Adj)
        )
    }

    /// Children with relation `base` (any subtype).
    pub fn kids_with(&self, i: usize, base: UdRel) -> impl Iterator<Item = usize> + 'a {
        let v = *self;
        self.kids(i).filter(move |k| v.is(*k, base))
    }

    /// The `case` marker of a nominal (its preposition), upper case.
    pub fn case_of(&self, i: usize) -> Option<&'a str> {
        self.kids_with(i, UdRel::Case)
            .next()
            .map(|k| self.forms[k].as_str())
    }

    /// Whether word `i` has a case marker (a preposition) among `list` (upper-case forms, a
    /// reserved class of the coder's configuration: `place_case`, `agent_case`...).
    pub fn marked_by(&self, i: usize, list: &[String]) -> bool {
        self.kids_with(i, UdRel::Case)
            .any(|c| list.iter().any(|p| *p == self.forms[c]))
    }

    /// Adds `i` and its descendants to `out`, not descending through children whose relation
    /// `stop` rejects.
    pub fn subtree(&self, i: usize, stop: &dyn Fn(&DepRel) -> bool, out: &mut Vec<usize>) {
        out.push(i);
        for k in self.kids(i) {
            if self.rel(k).is_some_and(stop) {
                continue;
            }
            self.subtree(k, stop, out);
        }
    }
}
