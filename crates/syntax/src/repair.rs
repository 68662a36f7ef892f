//! Tag repairs the tree shows: a word whose UPOS cannot stand in the tree built on it, and
//! whose runner-up tag (the tagger's second choice) can, is re-tagged, and the sentence is
//! tagged and parsed again with that tag fixed ([`crate::Analyzer`]).
//!
//! Why: the treebanks the tagger learned from are web text and encyclopedia prose; news
//! writes "Germany plans to impose sanctions", "Colombia hosts Venezuelan minister" and
//! "the president's visit to Beijing", where the -s verb or the noun after a possessive is
//! the rarer reading in training. The greedy tagger commits before it sees the sentence; the
//! parser then shows the contradiction (a noun with a subject and no copula, a sentence with
//! no verb, a verb as the head of a possessive phrase), which one re-tag resolves. Each rule
//! fires only when the tagger itself ranked the repaired tag second.

use dyad_core::{Lang, Sentence, UdRel, Upos};

use crate::tagger::{FixedTag, UposAlt};

const NSUBJ: u8 = 1;
const COP_OR_AUX: u8 = 2;
const PROPN_BEFORE: u8 = 4;
const NOMINAL_AFTER: u8 = 8;
const OBJ_OR_MARK: u8 = 16;
const AGENT: u8 = 32;

/// The repair of a participle that is the sentence's finite verb.
const FINITE_VERB: FixedTag = FixedTag {
    upos: Upos::Verb,
    finite: true,
};

/// The word to re-tag and its new UPOS, if the tree shows one (the first found). `kids` is
/// scratch for what each word's dependents are: one pass over the words, so a sentence of
/// any length costs time linear in its words.
pub(crate) fn find(
    lang: Lang,
    s: &Sentence,
    alts: &[Option<UposAlt>],
    kids: &mut Vec<u8>,
) -> Option<(usize, FixedTag)> {
    kids.clear();
    kids.resize(s.words.len(), 0);
    let mut has_verb = false;
    let mut has_finite = false;
    for (k, w) in s.words.iter().enumerate() {
        has_verb |= matches!(w.upos, Some(Upos::Verb | Upos::Aux));
        has_finite |= matches!(w.upos, Some(Upos::Verb | Upos::Aux))
            && w.feats.get("VerbForm") == Some("Fin");
        let Some(h) = w.head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let Some(flags) = kids.get_mut(h) else {
            continue;
        };
        match w.deprel.as_ref().map(|d| d.base()) {
            Some(UdRel::Nsubj) => *flags |= NSUBJ,
            Some(UdRel::Cop | UdRel::Aux) => *flags |= COP_OR_AUX,
            Some(UdRel::Obj | UdRel::Mark) => *flags |= OBJ_OR_MARK,
            Some(UdRel::Obl) if w.deprel.as_ref().and_then(|d| d.subtype()) == Some("agent") => {
                *flags |= AGENT
            }
            _ => {}
        }
        if k < h && w.upos == Some(Upos::Propn) {
            *flags |= PROPN_BEFORE;
        }
        if k > h && matches!(w.upos, Some(Upos::Noun | Upos::Propn)) {
            *flags |= NOMINAL_AFTER;
        }
    }
    for (i, w) in s.words.iter().enumerate() {
        let runner_up = alts.get(i).copied().flatten().map(|a| a.upos);
        let f = kids[i];
        match (w.upos, runner_up) {
            // A noun with a subject and no copula is a verb: "Germany plans to impose ...".
            (Some(Upos::Noun), Some(Upos::Verb)) if f & NSUBJ != 0 && f & COP_OR_AUX == 0 => {
                return Some((i, FixedTag::upos(Upos::Verb)));
            }
            // A headline with no verb, whose root noun has a name before it and a nominal
            // after: "Colombia hosts Venezuelan foreign minister".
            (Some(Upos::Noun), Some(Upos::Verb))
                if !has_verb
                    && w.head == Some(0)
                    && f & PROPN_BEFORE != 0
                    && f & NOMINAL_AFTER != 0 =>
            {
                return Some((i, FixedTag::upos(Upos::Verb)));
            }
            // English: a capitalized word inside a lowercase sentence is a name, not a verb,
            // when the tagger's runner-up says so: "a visit to Moscow", "talks in Kherson"
            // (an unseen city after "to" looks like an infinitive).
            (Some(Upos::Verb), Some(Upos::Propn))
                if lang == Lang::En && i > 0 && capitalized_mid_sentence(s, i) =>
            {
                return Some((i, FixedTag::upos(Upos::Propn)));
            }
            // English: after an article, a possessive pronoun or a possessive 's comes a
            // noun phrase, not a bare verb: "the president's visit to Beijing".
            (Some(Upos::Verb), Some(Upos::Noun))
                if lang == Lang::En
                    && i > 0
                    && !matches!(w.feats.get("VerbForm"), Some("Part" | "Ger"))
                    && determines(&s.words[i - 1]) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // English: a bare verb straight after a verb, with neither an object nor "to",
            // is the first verb's object: "will send aid to Nepal" (not "help fix it", nor
            // the participles and gerunds of "looks browned", "enjoyed working").
            (Some(Upos::Verb), Some(Upos::Noun))
                if lang == Lang::En
                    && i > 0
                    && w.head == Some(i as u32)
                    && s.words[i - 1].upos == Some(Upos::Verb)
                    && w.deprel.as_ref().map(|d| d.base()) == Some(UdRel::Xcomp)
                    && !matches!(w.feats.get("VerbForm"), Some("Part" | "Ger"))
                    && f & OBJ_OR_MARK == 0 =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // A participle modifying the noun after it is the sentence's finite verb when
            // that noun has a subject and is the root, or when the sentence has no finite
            // verb and a nominal ends just before the participle: "The president's visit on
            // Tuesday surprised analysts" (past tense and participle share the form).
            (Some(Upos::Verb), _)
                if w.feats.get("VerbForm") == Some("Part")
                    && w.deprel.as_ref().map(|d| d.base()) == Some(UdRel::Amod)
                    && w.head.is_some_and(|h| h as usize > i + 1)
                    && w.head.is_some_and(|h| {
                        let n = &s.words[h as usize - 1];
                        n.head == Some(0)
                            && matches!(n.upos, Some(Upos::Noun | Upos::Propn))
                            && kids[h as usize - 1] & NSUBJ != 0
                            && kids[h as usize - 1] & COP_OR_AUX == 0
                    }) =>
            {
                return Some((i, FINITE_VERB));
            }
            // ... and so is a participle hung as a reduced relative on the root noun before
            // it in a sentence with no finite verb, when nothing marks it passive ("Thousands
            // of students protested in Seoul").
            (Some(Upos::Verb), _)
                if !has_finite
                    && w.feats.get("VerbForm") == Some("Part")
                    && w.feats.get("Tense") == Some("Past")
                    && w.deprel.as_ref().map(|d| d.base()) == Some(UdRel::Acl)
                    && w.head.is_some_and(|h| {
                        (h as usize) <= i && s.words[h as usize - 1].head == Some(0)
                    })
                    && f & (AGENT | COP_OR_AUX) == 0 =>
            {
                return Some((i, FINITE_VERB));
            }
            (Some(Upos::Verb), _)
                if !has_finite
                    && i > 0
                    && w.feats.get("VerbForm") == Some("Part")
                    && w.feats.get("Tense") == Some("Past")
                    && w.deprel.as_ref().map(|d| d.base()) == Some(UdRel::Amod)
                    && w.head.is_some_and(|h| h as usize > i + 1)
                    && matches!(
                        s.words[i - 1].upos,
                        Some(Upos::Noun | Upos::Propn | Upos::Pron)
                    ) =>
            {
                return Some((i, FINITE_VERB));
            }
            _ => {}
        }
    }
    None
}

/// Whether word `i` starts with a capital after a word that is lowercase: a title-cased
/// headline ("Russia Sends Troops") or a quotation's first word does not count.
fn capitalized_mid_sentence(s: &Sentence, i: usize) -> bool {
    let starts_upper = |w: &dyad_core::Word| w.form.chars().next().is_some_and(char::is_uppercase);
    let is_lower = |w: &dyad_core::Word| w.form.chars().next().is_some_and(char::is_lowercase);
    starts_upper(&s.words[i])
        && !s.words[i].form.chars().all(|c| !c.is_lowercase())
        && is_lower(&s.words[i - 1])
}

/// Whether `w` opens a noun phrase: an article, a possessive pronoun, or possessive 's.
fn determines(w: &dyad_core::Word) -> bool {
    match w.upos {
        Some(Upos::Det) => w.feats.get("PronType") == Some("Art"),
        Some(Upos::Pron) => w.feats.get("Poss") == Some("Yes"),
        Some(Upos::Part) => {
            w.deprel.as_ref().map(|d| d.base()) == Some(UdRel::Case)
                && matches!(w.form.as_str(), "'s" | "’s" | "'" | "’")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(conllu: &str) -> Sentence {
        crate::conllu::read_str(conllu, "test").unwrap().remove(0)
    }

    fn alt(upos: Upos) -> Option<UposAlt> {
        Some(UposAlt { upos, margin: 1.0 })
    }

    const PLANS: &str = "1\tGermany\tGermany\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
        2\tplans\tplan\tNOUN\t_\t_\t0\troot\t_\t_\n\
        3\tto\tto\tPART\t_\t_\t4\tmark\t_\t_\n\
        4\timpose\timpose\tVERB\t_\t_\t2\tacl\t_\t_\n\n";

    #[test]
    fn a_noun_with_a_subject_and_no_copula_is_a_verb_when_the_tagger_thought_so() {
        let s = tree(PLANS);
        let alts = [None, alt(Upos::Verb), None, None];
        assert_eq!(
            find(Lang::En, &s, &alts, &mut Vec::new()),
            Some((1, FixedTag::upos(Upos::Verb)))
        );
        // The tagger never considered a verb: nothing to repair.
        let alts = [None, alt(Upos::Propn), None, None];
        assert_eq!(find(Lang::En, &s, &alts, &mut Vec::new()), None);
    }

    #[test]
    fn a_copula_licenses_a_noun_with_a_subject() {
        let s = tree(
            "1\tThese\tthis\tPRON\t_\t_\t3\tnsubj\t_\t_\n\
             2\tare\tbe\tAUX\t_\t_\t3\tcop\t_\t_\n\
             3\tplans\tplan\tNOUN\t_\t_\t0\troot\t_\t_\n\n",
        );
        assert_eq!(
            find(
                Lang::En,
                &s,
                &[None, None, alt(Upos::Verb)],
                &mut Vec::new()
            ),
            None
        );
    }

    #[test]
    fn a_verbless_headline_takes_its_root_noun_as_the_verb() {
        let s = tree(
            "1\tColombia\tColombia\tPROPN\t_\t_\t2\tcompound\t_\t_\n\
             2\thosts\thost\tNOUN\t_\t_\t0\troot\t_\t_\n\
             3\tVenezuelan\tVenezuelan\tADJ\t_\t_\t4\tamod\t_\t_\n\
             4\tminister\tminister\tNOUN\t_\t_\t2\tnmod\t_\t_\n\n",
        );
        let alts = [None, alt(Upos::Verb), None, None];
        assert_eq!(
            find(Lang::En, &s, &alts, &mut Vec::new()),
            Some((1, FixedTag::upos(Upos::Verb)))
        );
    }

    #[test]
    fn a_bare_verb_object_of_the_verb_before_it_is_a_noun() {
        let rows = |third: &str| {
            format!(
                "1\tChina\tChina\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\tsent\tsend\tVERB\t_\t_\t0\troot\t_\t_\n\
                 3\taid\taid\tVERB\t_\t_\t2\txcomp\t_\t_\n\
                 4\t{third}\t{third}\tNOUN\t_\t_\t3\t{}\t_\t_\n\n",
                if third == "food" { "obj" } else { "obl" }
            )
        };
        let alts = [None, None, alt(Upos::Noun), None];
        let s = tree(&rows("Nepal"));
        assert_eq!(
            find(Lang::En, &s, &alts, &mut Vec::new()),
            Some((2, FixedTag::upos(Upos::Noun)))
        );
        // With an object of its own it is a verb ("help fix roads").
        let s = tree(&rows("food"));
        assert_eq!(find(Lang::En, &s, &alts, &mut Vec::new()), None);
    }

    #[test]
    fn a_participle_before_the_root_noun_with_a_subject_is_the_finite_verb() {
        let s = tree(
            "1\tThe\tthe\tDET\t_\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n\
             2\tvisit\tvisit\tNOUN\t_\tNumber=Sing\t6\tnsubj\t_\t_\n\
             3\ton\ton\tADP\t_\t_\t4\tcase\t_\t_\n\
             4\tTuesday\tTuesday\tPROPN\t_\tNumber=Sing\t5\tcompound\t_\t_\n\
             5\tsurprised\tsurprise\tVERB\t_\tTense=Past|VerbForm=Part|Voice=Pass\t6\tamod\t_\t_\n\
             6\tanalysts\tanalyst\tNOUN\t_\tNumber=Plur\t0\troot\t_\t_\n\n",
        );
        let found = find(Lang::En, &s, &[None; 6], &mut Vec::new());
        assert_eq!(
            found,
            Some((
                4,
                FixedTag {
                    upos: Upos::Verb,
                    finite: true
                }
            ))
        );
    }

    #[test]
    fn a_participle_after_a_nominal_in_a_sentence_with_no_finite_verb_is_the_verb() {
        let rows = |aux: &str| {
            format!(
                "1\tThe\tthe\tDET\t_\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n\
                 2\tvisit\tvisit\tNOUN\t_\tNumber=Sing\t0\troot\t_\t_\n\
                 3\ton\ton\tADP\t_\t_\t6\tcase\t_\t_\n\
                 4\tTuesday\tTuesday\tPROPN\t_\tNumber=Sing\t6\tcompound\t_\t_\n\
                 5\tsurprised\tsurprise\tVERB\t_\tTense=Past|VerbForm=Part\t6\tamod\t_\t_\n\
                 6\tanalysts\tanalyst\tNOUN\t_\tNumber=Plur\t2\tnmod\t_\t_\n\
                 7\t{aux}\tbe\tAUX\t_\tMood=Ind|Tense=Past|VerbForm=Fin\t2\tacl\t_\t_\n\n"
            )
        };
        let finite = FixedTag {
            upos: Upos::Verb,
            finite: true,
        };
        let s = tree(&rows("was"));
        // A finite verb elsewhere: the participle stays one.
        assert_eq!(find(Lang::En, &s, &[None; 7], &mut Vec::new()), None);
        let mut s = tree(&rows("was"));
        s.words[6].feats = Default::default();
        assert_eq!(
            find(Lang::En, &s, &[None; 7], &mut Vec::new()),
            Some((4, finite))
        );
    }

    #[test]
    fn a_bare_verb_after_a_possessive_is_a_noun_in_english() {
        let s = tree(
            "1\tthe\tthe\tDET\t_\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n\
             2\tpresident\tpresident\tNOUN\t_\t_\t4\tnmod:poss\t_\t_\n\
             3\t's\t's\tPART\t_\t_\t2\tcase\t_\t_\n\
             4\tvisit\tvisit\tVERB\t_\tVerbForm=Inf\t0\troot\t_\t_\n\n",
        );
        let alts = [None, None, None, alt(Upos::Noun)];
        assert_eq!(
            find(Lang::En, &s, &alts, &mut Vec::new()),
            Some((3, FixedTag::upos(Upos::Noun)))
        );
        // Spanish nominalizes infinitives after articles ("al llegar"): no such repair.
        assert_eq!(find(Lang::Es, &s, &alts, &mut Vec::new()), None);
    }
}
