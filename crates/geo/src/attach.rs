//! Which place mention is the place of an event: the one that modifies its predicate.

use dyad_core::{Sentence, UdRel, Upos};

use crate::finder::{PlaceFinder, PlaceMention};
use crate::rules::Rules;

/// How many relations a mention may climb to reach the predicate ("in a village near Goma":
/// Goma -nmod-> village -obl-> predicate is one climb).
const MAX_CLIMB: usize = 4;

/// How many clauses up a predicate without a place of its own may borrow one ("arrived in
/// Caracas and met Maduro": *met* takes *arrived*'s Caracas).
const MAX_INHERIT: usize = 2;

impl PlaceFinder {
    /// The mention that is the place of the event whose predicate is word `predicate` (0-based):
    /// a dependent of the predicate (`obl`, `nmod`, `advmod`) introduced by a locative or
    /// directional preposition of the language's rules ("in Nairobi", "en Lima", "to Tokyo",
    /// "llegó a Caracas"), or the object of a verb like *visit*, or a name inside such a phrase
    /// ("in a village near Goma"). A name inside a subject or object ("Nairobi's mayor", "the
    /// mayor of Lima", "Kenya said") is an actor's, not the event's place. A predicate with no
    /// place of its own takes the place of the clause it is coordinated with when it shares that
    /// clause's subject, or of the verb it complements, or (an event noun) of the verb it is the
    /// subject of. `None` when there is no such mention; the caller then falls back to the
    /// dateline.
    pub fn attach<'a>(
        &self,
        sentence: &Sentence,
        mentions: &'a [PlaceMention],
        predicate: u32,
    ) -> Option<&'a PlaceMention> {
        let mut p = predicate as usize;
        for _ in 0..=MAX_INHERIT {
            if p >= sentence.words.len() {
                return None;
            }
            let best = mentions
                .iter()
                .filter_map(|m| {
                    let score = self.score(sentence, m, p);
                    let dist = (m.first_word as i64 - p as i64).unsigned_abs();
                    (score > 0).then_some((score, std::cmp::Reverse(dist), m))
                })
                .max_by_key(|(s, d, _)| (*s, *d));
            if let Some((_, _, m)) = best {
                return Some(m);
            }
            p = inherit_from(sentence, p, &self.rules)?;
        }
        None
    }

    /// 3: the mention's phrase depends on the predicate directly; 2: through one or more
    /// `nmod`/`appos`/`flat`/`conj` links; 1: a locative phrase inside the predicate's subject
    /// or object ("police in Santiago arrested", "shelled a camp near Mogadishu": the parser
    /// often hangs the place on the noun, and the event happens there all the same; a
    /// directional one, "the ambassador to Ethiopia", does not count); 0: not the predicate's
    /// place.
    fn score(&self, s: &Sentence, m: &PlaceMention, p: usize) -> u32 {
        let Some(mut cur) = mention_head(s, m) else {
            return 0;
        };
        // "in Zamfara state": the name is a compound of the subdivision word after it, which
        // heads the phrase.
        let next = m.last_word as usize + 1;
        if s.words[cur].head == Some(next as u32 + 1)
            && s.words
                .get(next)
                .is_some_and(|w| self.rules.admin_after.contains(&w.form.to_lowercase()))
        {
            cur = next;
        }
        if (m.first_word as usize..=m.last_word as usize).contains(&p) {
            return 0;
        }
        // "according to Seoul", "según Seúl": whose word it is, not where it happened.
        if self.attributed(s, m.first_word as usize) {
            return 0;
        }
        // "deployed troops to the border with Somalia": the border is where, not Somalia.
        if self.across_border(s, m.first_word as usize) {
            return 0;
        }
        // Some(true): a locative preposition seen on the way up; Some(false): only directional.
        let mut prep = self
            .prep_before(s, m.first_word as usize)
            .or_else(|| self.case_prep(s, cur));
        for climbed in 0..=MAX_CLIMB {
            let w = &s.words[cur];
            let (Some(head), Some(rel)) = (w.head, w.deprel.as_ref()) else {
                return 0;
            };
            if head == 0 || head as usize > s.words.len() {
                return 0; // the root, or a malformed head
            }
            let head = head as usize - 1;
            let direct = if climbed == 0 { 3 } else { 2 };
            if head == p {
                return match rel.base() {
                    // (A destination only under a verb of going, where the language says so.)
                    UdRel::Obl | UdRel::Nmod | UdRel::Advmod | UdRel::Dep
                        if prep == Some(true)
                            || prep == Some(false) && self.goes_to_place(s, p) =>
                    {
                        direct
                    }
                    UdRel::Obj if climbed == 0 && self.takes_place_object(s, p) => direct,
                    // "visitó Tokio": the parser may call a post-verbal object a second subject.
                    UdRel::Nsubj
                        if climbed == 0
                            && cur > p
                            && self.takes_place_object(s, p)
                            && has_other_subject(s, p, cur) =>
                    {
                        direct
                    }
                    UdRel::Nsubj | UdRel::Obj | UdRel::Iobj
                        if climbed > 0 && prep == Some(true) =>
                    {
                        1
                    }
                    // The agent of a passive is its subject: "students kidnapped by bandits in
                    // Kaduna state".
                    UdRel::Obl
                        if climbed > 0 && prep == Some(true) && rel.subtype() == Some("agent") =>
                    {
                        1
                    }
                    _ => 0,
                };
            }
            // "cerca de Mosul", "close to Mosul": UD makes the adverb the head and the place
            // its oblique; the adverb then modifies the predicate.
            let adverb_head = rel.base() == UdRel::Obl && s.words[head].upos == Some(Upos::Adv);
            // "left 12 civilians dead in Kharkiv": the place of a modifier of the subject or
            // object (an adjective or participle on the noun) is inside that phrase too.
            let modifier = |k: usize| {
                s.words[k]
                    .deprel
                    .as_ref()
                    .is_some_and(|r| matches!(r.base(), UdRel::Amod | UdRel::Acl))
            };
            let on_modifier = rel.base() == UdRel::Obl
                && matches!(s.words[head].upos, Some(Upos::Adj | Upos::Verb))
                && modifier(head);
            let climbs = (matches!(
                rel.base(),
                UdRel::Nmod | UdRel::Appos | UdRel::Flat | UdRel::Conj
            ) || adverb_head
                || on_modifier
                || (climbed > 0 && modifier(cur)))
                && rel.subtype() != Some("poss");
            if !climbs {
                return 0;
            }
            // "the ambassador of Mexico", "a deal brokered by China": a preposition that
            // places nothing, before any that does, joins a name to a place noun only, and
            // that noun is in the place: "shelled the outskirts of Kharkiv".
            if prep.is_none() && self.non_place_case(s, cur, m) {
                if !self.place_noun(&s.words[head]) {
                    return 0;
                }
                prep = Some(true);
            }
            cur = head;
            prep = prep.or_else(|| self.case_prep(s, cur));
        }
        0
    }

    /// Whether word `w` has a preposition (`case`) outside mention `m` that is not a place
    /// preposition (one inside is the name's own: "Port-au-Prince").
    fn non_place_case(&self, s: &Sentence, w: usize, m: &PlaceMention) -> bool {
        let inside = m.first_word..=m.last_word;
        s.children(w as u32 + 1).any(|c| {
            let cw = &s.words[c as usize - 1];
            !inside.contains(&(c - 1))
                && cw.upos == Some(Upos::Adp)
                && cw.deprel.as_ref().is_some_and(|r| r.is(UdRel::Case))
                && !self
                    .rules
                    .place_prep_words
                    .contains_key(&cw.form.to_lowercase())
        })
    }

    /// Whether `w` is a noun of places (rules `place_nouns`): "city", "outskirts".
    fn place_noun(&self, w: &dyad_core::Word) -> bool {
        let lemma = w.lemma.as_deref().unwrap_or(&w.form);
        self.rules.place_nouns.contains(&lemma.to_lowercase())
            || self.rules.place_nouns.contains(&w.form.to_lowercase())
    }

    fn takes_place_object(&self, s: &Sentence, p: usize) -> bool {
        let w = &s.words[p];
        let lemma = w.lemma.as_deref().unwrap_or(&w.form);
        self.rules
            .object_place_verbs
            .contains(&lemma.to_lowercase())
    }

    /// Whether a directional phrase of predicate `p` is where its event happens: under any
    /// predicate unless the rules list the verbs of going (`directional_verbs`).
    fn goes_to_place(&self, s: &Sentence, p: usize) -> bool {
        let verbs = &self.rules.directional_verbs;
        let w = &s.words[p];
        verbs.is_empty()
            || w.upos != Some(Upos::Verb)
            || verbs.contains(&w.lemma.as_deref().unwrap_or(&w.form).to_lowercase())
    }

    /// A `case` dependent of word `w` that is a place preposition: is it locative?
    fn case_prep(&self, s: &Sentence, w: usize) -> Option<bool> {
        s.children(w as u32 + 1).find_map(|c| {
            let cw = &s.words[c as usize - 1];
            if !cw.deprel.as_ref().is_some_and(|r| r.is(UdRel::Case)) {
                return None;
            }
            self.rules
                .place_prep_words
                .get(&cw.form.to_lowercase())
                .copied()
        })
    }

    /// A place preposition right before word `first`, determiners skipped ("in the Gaza
    /// Strip", "a las afueras de Kabul", "al" = "a el"): is it locative?
    pub(crate) fn prep_before(&self, s: &Sentence, first: usize) -> Option<bool> {
        let end = skip_determiners(s, first);
        self.rules
            .place_preps
            .iter()
            .find(|(prep, _)| ends_with(s, end, prep))
            .map(|(_, locative)| *locative)
    }

    /// Whether a border's other side ("the border with", "la frontera con") comes right before
    /// word `first`, determiners skipped.
    fn across_border(&self, s: &Sentence, first: usize) -> bool {
        let end = skip_determiners(s, first);
        self.rules
            .across_border
            .iter()
            .any(|a| ends_with(s, end, a))
    }

    /// Whether an attribution ("according to", "según") comes right before word `first`,
    /// determiners skipped.
    fn attributed(&self, s: &Sentence, first: usize) -> bool {
        let end = skip_determiners(s, first);
        self.rules.attribution.iter().any(|a| ends_with(s, end, a))
    }
}

/// Where the words before `first` end once up to two determiners are skipped.
fn skip_determiners(s: &Sentence, first: usize) -> usize {
    let mut end = first;
    for _ in 0..2 {
        if end > 0 && s.words[end - 1].upos == Some(Upos::Det) {
            end -= 1;
        }
    }
    end
}

/// Whether the words before `end` are `seq` (lower-cased words).
fn ends_with(s: &Sentence, end: usize, seq: &[String]) -> bool {
    seq.len() <= end
        && seq
            .iter()
            .zip(&s.words[end - seq.len()..end])
            .all(|(p, w)| w.form.to_lowercase() == *p)
}

/// The word of the mention whose head lies outside it.
fn mention_head(s: &Sentence, m: &PlaceMention) -> Option<usize> {
    let range = m.first_word as usize..=m.last_word as usize;
    range
        .clone()
        .find(|&w| match s.words.get(w).and_then(|w| w.head) {
            Some(0) | None => true,
            Some(h) => !range.contains(&(h as usize - 1)),
        })
}

/// Whether predicate `p` has a subject other than word `not`.
fn has_other_subject(s: &Sentence, p: usize, not: usize) -> bool {
    s.children(p as u32 + 1).any(|c| {
        c as usize - 1 != not
            && s.words[c as usize - 1]
                .deprel
                .as_ref()
                .is_some_and(|r| r.is(UdRel::Nsubj))
    })
}

/// The clause a predicate borrows its place from: the head of a `conj` without its own subject,
/// of an `xcomp`, or of the clause whose subject or object an infinitive `acl` modifies.
fn inherit_from(s: &Sentence, p: usize, rules: &Rules) -> Option<usize> {
    let w = &s.words[p];
    let rel = w.deprel.as_ref()?;
    let head = (w.head? as usize).checked_sub(1)?;
    let own_subject = s.children(p as u32 + 1).any(|c| {
        s.words[c as usize - 1]
            .deprel
            .as_ref()
            .is_some_and(|r| r.is(UdRel::Nsubj) || r.is(UdRel::Csubj))
    });
    match rel.base() {
        UdRel::Conj if !own_subject => Some(head),
        UdRel::Xcomp => Some(head),
        // "An attempt to assassinate the governor was thwarted in Khanty-Mansiysk": an
        // infinitive on the subject or object of a clause happens where that clause does.
        UdRel::Acl if w.feats.get("VerbForm") == Some("Inf") => {
            let noun = &s.words[head];
            let argument = noun
                .deprel
                .as_ref()
                .is_some_and(|r| r.is(UdRel::Nsubj) || r.is(UdRel::Obj));
            (argument && !own_subject)
                .then(|| noun.head.and_then(|h| (h as usize).checked_sub(1)))
                .flatten()
        }
        // "took to the streets of Tbilisi to protest", "viajó a Lima para reunirse": a purpose
        // infinitive happens where its clause does (not any infinitive: "tras reunirse con
        // Petro, viajó a Lima" met before leaving).
        UdRel::Advcl
            if w.feats.get("VerbForm") == Some("Inf")
                && !own_subject
                && s.children(p as u32 + 1).any(|c| {
                    let k = &s.words[c as usize - 1];
                    k.deprel.as_ref().is_some_and(|r| r.is(UdRel::Mark))
                        && rules.purpose_marks.contains(&k.form.to_lowercase())
                }) =>
        {
            Some(head)
        }
        // "Clashes between protesters and police broke out in Lima": an event noun that is a
        // verb's subject happens where that verb says.
        UdRel::Nsubj if w.upos == Some(Upos::Noun) => Some(head),
        // "Estallaron protestas en varias ciudades": a subject after its verb that the parser
        // made the object of a verb with no subject.
        UdRel::Obj
            if w.upos == Some(Upos::Noun)
                && p > head
                && !s.children(head as u32 + 1).any(|c| {
                    s.words[c as usize - 1]
                        .deprel
                        .as_ref()
                        .is_some_and(|r| r.is(UdRel::Nsubj) || r.is(UdRel::Csubj))
                }) =>
        {
            Some(head)
        }
        _ => None,
    }
}
