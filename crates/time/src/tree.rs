//! What the dependency tree says about a temporal expression: the tense of the verb it
//! modifies (past or future reading of "on Thursday") and which predicate it belongs to.

use dyad_core::{Sentence, UdRel, Upos, Word};

use crate::data::Data;

/// The time reference of the clause an expression sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    /// No verb, or one that says nothing (gerund). Read as past: news mostly reports what
    /// happened, and a bare "June 9" in a report is the last one far more often than the next.
    Unknown,
}

/// The word of `first..=last` (0-based) whose head lies outside the range.
pub(crate) fn top_word(s: &Sentence, first: u32, last: u32) -> u32 {
    (first..=last)
        .find(|&i| match head(&s.words[i as usize]) {
            None => true,
            Some(h) => h < first || h > last,
        })
        .unwrap_or(first)
}

/// 0-based head, `None` at the root or before parsing.
fn head(w: &Word) -> Option<u32> {
    match w.head {
        Some(h) if h > 0 => Some(h - 1),
        _ => None,
    }
}

fn rel(w: &Word) -> Option<UdRel> {
    w.deprel.as_ref().map(|d| d.base())
}

fn children(s: &Sentence, x: u32) -> impl Iterator<Item = &Word> + '_ {
    s.words.iter().filter(move |w| w.head == Some(x + 1))
}

fn has_aux_or_cop(s: &Sentence, x: u32) -> bool {
    children(s, x).any(|c| matches!(rel(c), Some(UdRel::Aux | UdRel::Cop)))
}

/// A word that heads a clause: an expression below it belongs to it, not to a verb higher up.
///
/// The relation outranks the tag: a word attached as a nominal modifier (`nmod`, `compound`)
/// heads no clause even when tagged VERB, as in a misparse of "the visit on Tuesday surprised
/// analysts" that hangs "surprised" from "visit"; the expression then still belongs to the
/// noun it sits under. (A participle as `amod`, "the attack committed in March", keeps its
/// own date.)
fn heads_clause(s: &Sentence, x: u32) -> bool {
    let w = &s.words[x as usize];
    if matches!(rel(w), Some(UdRel::Nmod | UdRel::Compound)) {
        return false;
    }
    w.upos == Some(Upos::Verb)
        || children(s, x).any(|c| matches!(rel(c), Some(UdRel::Cop)))
        || matches!(
            rel(w),
            Some(
                UdRel::Root
                    | UdRel::Advcl
                    | UdRel::Ccomp
                    | UdRel::Xcomp
                    | UdRel::Acl
                    | UdRel::Parataxis
                    | UdRel::Csubj
            )
        )
}

/// The tense of the predicate governing words `first..=last`: the first verb (or word with
/// an auxiliary or copula, "was on Thursday") at or above the expression.
pub(crate) fn governing_tense(s: &Sentence, first: u32, last: u32, data: &Data) -> Tense {
    if s.words.is_empty() {
        return Tense::Unknown;
    }
    let mut x = top_word(s, first, last);
    // "mantienen la huelga desde el lunes", "have been held since Monday": looking back.
    if children(s, x).any(|c| rel(c) == Some(UdRel::Case) && lemma_in(c, &data.since))
        || (first > 0 && lemma_in(&s.words[first as usize - 1], &data.since))
    {
        return Tense::Past;
    }
    if has_aux_or_cop(s, x) {
        return tense_of(s, x, data);
    }
    for _ in 0..s.words.len() {
        match head(&s.words[x as usize]) {
            None => return Tense::Unknown,
            Some(h) => x = h,
        }
        let w = &s.words[x as usize];
        if w.upos == Some(Upos::Verb) || has_aux_or_cop(s, x) {
            return tense_of(s, x, data);
        }
    }
    Tense::Unknown
}

fn lemma_in(w: &Word, list: &[Box<str>]) -> bool {
    let l = w.lemma.as_deref().unwrap_or(&w.form);
    list.iter()
        .any(|x| x.eq_ignore_ascii_case(l) || x.eq_ignore_ascii_case(&w.form))
}

/// Past or future from the verb, its auxiliaries and copula.
///
/// Order matters: a future auxiliary ("will", "would") or "going to" / "ir a" decides before
/// the tense features, because "va a reunirse" carries Tense=Pres on "va"; a perfect
/// ("has met", "ha dicho") is past although its auxiliary is present; a bare present
/// ("the council meets on Thursday", "el presidente viaja el jueves") and an infinitive
/// ("agreed to meet on Thursday") point ahead in news.
fn tense_of(s: &Sentence, v: u32, data: &Data) -> Tense {
    let verb = &s.words[v as usize];
    let auxes: Vec<&Word> = children(s, v)
        .filter(|c| matches!(rel(c), Some(UdRel::Aux | UdRel::Cop)))
        .collect();
    let past = |w: &Word| matches!(w.feats.get("Tense"), Some("Past" | "Imp" | "Pqp"));
    for a in &auxes {
        if lemma_in(a, &data.future_aux) {
            return Tense::Future;
        }
        if lemma_in(a, &data.go_future) {
            return if past(a) { Tense::Past } else { Tense::Future };
        }
    }
    if rel(verb) == Some(UdRel::Xcomp) {
        if let Some(h) = head(verb) {
            if lemma_in(&s.words[h as usize], &data.go_future) {
                return Tense::Future;
            }
        }
    }
    // A schedule stated in the past: "was due to arrive on Monday", "were scheduled to meet
    // on Tuesday" (the copula or auxiliary of the adjective or participle the infinitive
    // completes is past) is the Monday before, not the next one.
    if matches!(rel(verb), Some(UdRel::Xcomp | UdRel::Advcl))
        && verb.feats.get("VerbForm") == Some("Inf")
    {
        if let Some(h) = head(verb) {
            let scheduled_in_past =
                matches!(s.words[h as usize].upos, Some(Upos::Adj | Upos::Verb))
                    && children(s, h).any(|c| {
                        matches!(rel(c), Some(UdRel::Aux | UdRel::Cop))
                            && matches!(c.feats.get("Tense"), Some("Past" | "Imp" | "Pqp"))
                    });
            if scheduled_in_past {
                return Tense::Past;
            }
        }
    }
    let all = || std::iter::once(verb).chain(auxes.iter().copied());
    if all().any(|w| w.feats.get("Tense") == Some("Fut") || w.feats.get("Mood") == Some("Cnd")) {
        return Tense::Future;
    }
    if auxes.iter().any(|a| lemma_in(a, &data.perfect_aux)) {
        return Tense::Past;
    }
    let present =
        |w: &Word| w.feats.get("Tense") == Some("Pres") || w.feats.get("Mood") == Some("Imp");
    if !auxes.is_empty() {
        // With an auxiliary or copula the participle's own Tense=Past says nothing:
        // "is scheduled for February", "están previstas para febrero" look ahead.
        return if auxes.iter().any(|a| past(a)) {
            Tense::Past
        } else if auxes.iter().any(|a| present(a)) {
            Tense::Future
        } else {
            Tense::Unknown
        };
    }
    if past(verb) {
        return Tense::Past;
    }
    // A purpose or manner clause shares its verb's time: "used tear gas to disperse the
    // protesters on Tuesday", "respondieron disparando el martes" (a complement does not:
    // "agreed to meet on Thursday" looks ahead).
    if rel(verb) == Some(UdRel::Advcl) && matches!(verb.feats.get("VerbForm"), Some("Inf" | "Ger"))
    {
        if let Some(h) = head(verb).filter(|&h| h != v) {
            if s.words[h as usize].upos == Some(Upos::Verb) {
                return tense_of(s, h, data);
            }
        }
    }
    match verb.feats.get("VerbForm") {
        Some("Part") => Tense::Past,
        Some("Inf") => Tense::Future,
        _ if present(verb) => Tense::Future,
        _ => Tense::Unknown,
    }
}

/// The verb a non-finite clause `p` serves: its head when `p` is an infinitive, gerund or
/// bare participle attached as `xcomp` or `advcl` to a verb.
pub(crate) fn non_finite_governor(s: &Sentence, p: u32) -> Option<u32> {
    let w = s.words.get(p as usize)?;
    let non_finite =
        matches!(w.feats.get("VerbForm"), Some("Inf" | "Ger" | "Part")) && !has_aux_or_cop(s, p);
    if !non_finite || !matches!(rel(w), Some(UdRel::Xcomp | UdRel::Advcl)) {
        return None;
    }
    let h = head(w)?;
    matches!(s.words.get(h as usize)?.upos, Some(Upos::Verb)).then_some(h)
}

/// How many steps up from the expression `predicate` is, when the expression belongs to it:
/// the walk from the expression's top word passes through nouns and modifiers but stops at
/// the first other clause head, so "on Thursday" in "said they met on Thursday" belongs to
/// "met", not "said".
pub(crate) fn distance_to(s: &Sentence, first: u32, last: u32, predicate: u32) -> Option<usize> {
    let top = top_word(s, first, last);
    if (first..=last).contains(&predicate) {
        return None;
    }
    let mut x = head(s.words.get(top as usize)?)?;
    // "The president's visit to Moscow on Tuesday surprised analysts", parsed with "on
    // Tuesday" under the verb: an expression between a nominal subject and its verb belongs
    // to the subject.
    let p = s.words.get(predicate as usize)?;
    if matches!(p.upos, Some(Upos::Noun))
        && rel(p) == Some(UdRel::Nsubj)
        && head(p) == Some(x)
        && rel(&s.words[top as usize]) == Some(UdRel::Obl)
        && predicate < first
        && last < x
    {
        return Some(1);
    }
    for steps in 0..s.words.len() {
        if x == predicate {
            return Some(steps);
        }
        if heads_clause(s, x) {
            return None;
        }
        x = head(&s.words[x as usize])?;
    }
    None
}
