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
const NOMINAL_BEFORE: u8 = 64;
const MARK: u8 = 128;

/// The repair of a participle that is the sentence's finite verb.
const FINITE_VERB: FixedTag = FixedTag {
    upos: Upos::Verb,
    finite: true,
};

/// Whether an infinitive comes right after word `i`, or after one preposition or
/// subordinator ("amenaza con revisar", "decidió no ...": `no` too).
fn infinitive_follows(s: &Sentence, i: usize) -> bool {
    let infinitive =
        |w: &dyad_core::Word| w.upos == Some(Upos::Verb) && w.feats.get("VerbForm") == Some("Inf");
    match (s.words.get(i + 1), s.words.get(i + 2)) {
        (Some(a), _) if infinitive(a) => true,
        (Some(a), Some(b)) => {
            matches!(
                a.upos,
                Some(Upos::Adp | Upos::Sconj | Upos::Part | Upos::Adv)
            ) && infinitive(b)
        }
        _ => false,
    }
}

/// Lemmas UD Spanish tags AUX (GSD, PUD, AnCora): any other verb the tagger made an auxiliary
/// is a full verb.
const SPANISH_AUXILIARIES: &[&str] = &["ser", "estar", "haber", "poder", "deber", "ir", "soler"];

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
    let mut finite_verbs = 0;
    for (k, w) in s.words.iter().enumerate() {
        has_verb |= matches!(w.upos, Some(Upos::Verb | Upos::Aux));
        finite_verbs += finite(w) as usize;
        let Some(h) = w.head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let Some(flags) = kids.get_mut(h) else {
            continue;
        };
        match rel(w) {
            Some(UdRel::Nsubj) => *flags |= NSUBJ,
            Some(UdRel::Cop | UdRel::Aux) => *flags |= COP_OR_AUX,
            Some(UdRel::Obj) => *flags |= OBJ_OR_MARK,
            Some(UdRel::Mark) => *flags |= OBJ_OR_MARK | MARK,
            _ => {}
        }
        if k < h && w.upos == Some(Upos::Propn) {
            *flags |= PROPN_BEFORE;
        }
        // A nominal before its head that the parser could only attach as an unmarked
        // oblique or a bare dependent: a subject it missed.
        let stray = match w.deprel.as_ref() {
            Some(d) if d.base() == UdRel::Dep => true,
            Some(d) => d.base() == UdRel::Obl && d.subtype() == Some("unmarked"),
            None => false,
        };
        if k < h && stray && matches!(w.upos, Some(Upos::Noun | Upos::Propn | Upos::Pron)) {
            *flags |= NOMINAL_BEFORE;
        }
        if k > h && matches!(w.upos, Some(Upos::Noun | Upos::Propn)) {
            *flags |= NOMINAL_AFTER;
        }
        // A passive's agent is an `obl:agent` marked by "by"/"por": the parser also hangs
        // a name it cannot place there ("The Saudi crown prince hosted Syrian President
        // Ahmed al-Sharaa", with "Ahmed" an agent of "hosted"), which shows no passive.
        let by = ["by", "por"].iter().any(|b| w.form.eq_ignore_ascii_case(b));
        if by && rel_is(w, UdRel::Case) {
            let agent = &s.words[h];
            if agent.deprel.as_ref().and_then(|d| d.subtype()) == Some("agent") {
                if let Some(verb) = agent.head.filter(|v| *v > 0).map(|v| v as usize - 1) {
                    if let Some(flags) = kids.get_mut(verb) {
                        *flags |= AGENT;
                    }
                }
            }
        }
    }
    for (i, w) in s.words.iter().enumerate() {
        // Spanish: a lower-case word ending in a third-person plural preterite ("bloquearon",
        // "exigieron", "huyeron") is a verb: no other word of the Spanish treebanks ends so
        // (594 of 594), yet the tagger can read one as an adjective between two nouns
        // ("Miles de estudiantes bloquearon carreteras").
        if lang == Lang::Es
            && !matches!(w.upos, Some(Upos::Verb | Upos::Aux))
            && preterite_plural(&w.form)
        {
            return Some((i, FixedTag::upos(Upos::Verb)));
        }
        // English: an -ing word between a possessive 's and the noun the parser made its
        // object modifies that noun: "Niger's ruling junta revoked ...", "Sudan's warring
        // parties" (a gerund after a possessive takes "of": "Russia's bombing of Kyiv").
        if lang == Lang::En
            && w.upos == Some(Upos::Verb)
            && w.form.ends_with("ing")
            && i > 0
            && i + 1 < s.words.len()
            && matches!(s.words[i - 1].form.as_str(), "'s" | "’s")
            && rel_is(&s.words[i - 1], UdRel::Case)
            && s.words[i + 1].head == Some(i as u32 + 1)
            && rel_is(&s.words[i + 1], UdRel::Obj)
            && s.words[i + 1].upos == Some(Upos::Noun)
        {
            return Some((i, FixedTag::upos(Upos::Adj)));
        }
        // English: a noun no verb is spelled like stays one ("aid deliveries").
        if lang == Lang::En && w.upos == Some(Upos::Noun) && noun_only_lemma(w) {
            continue;
        }
        let runner_up = alts.get(i).copied().flatten().map(|a| a.upos);
        let f = kids[i];
        match (w.upos, runner_up) {
            // Spanish: a participle right after its own article, with no noun or adjective
            // after it for it to modify, is a noun: "convocó al encargado de negocios", "los
            // detenidos fueron liberados" (the Spanish treebanks write 630 of 660 such words
            // NOUN, most of the rest names; read as a verb, its lemma was the infinitive and
            // the lexicon's role "encargado" was never met).
            (Some(Upos::Verb | Upos::Adj), _)
                if lang == Lang::Es
                    && i > 0
                    && w.feats.get("VerbForm") == Some("Part")
                    && w.form.chars().all(char::is_lowercase)
                    && spanish_participle_spelling(&w.form)
                    && f & (COP_OR_AUX | OBJ_OR_MARK) == 0
                    && s.words[i - 1].head == Some(i as u32 + 1)
                    && s.words[i - 1].upos == Some(Upos::Det)
                    && s.words[i - 1].feats.get("PronType") == Some("Art")
                    && !s.words[i - 1].form.eq_ignore_ascii_case("lo")
                    && s.words.get(i + 1).is_none_or(|n| {
                        !matches!(n.upos, Some(Upos::Noun | Upos::Propn | Upos::Adj))
                    })
                    && matches!(
                        rel(w),
                        Some(
                            UdRel::Nsubj
                                | UdRel::Obj
                                | UdRel::Obl
                                | UdRel::Nmod
                                | UdRel::Iobj
                                | UdRel::Conj
                                | UdRel::Appos
                        )
                    ) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // English: a past form tagged an adjective that took a direct object is the verb
            // it was ranked second: "Turkey's parliament ratified Finland's bid" (read as a
            // noun phrase "parliament ratified", its "bid" an object an adjective cannot have;
            // "worth" takes one in UD, but is no -ed word). Only a noun's modifier: a
            // predicate "remain devoted full-time" is left to the parser.
            (Some(Upos::Adj), Some(Upos::Verb))
                if lang == Lang::En
                    && w.form.ends_with("ed")
                    && rel_is(w, UdRel::Amod)
                    && s.words.iter().any(|d| {
                        d.head == Some(i as u32 + 1)
                            && d.deprel
                                .as_ref()
                                .is_some_and(|r| r.base() == UdRel::Obj && r.subtype().is_none())
                    }) =>
            {
                return Some((i, FINITE_VERB));
            }
            // Spanish: a lower-case noun the parser could only hang as a bare apposition, with no
            // comma or article of its own, right after an adjective of the same noun, is an
            // adjective: "maniobras militares conjuntas" ("conjuntas" a noun in apposition; the
            // tagger may rank no adjective second for a form it saw as a noun). Right after its
            // noun it may be one ("generadores diésel", "la parte noreste", as es PUD writes
            // them). Not in a sentence with no verb, where the adjective before may be the verb
            // misread: "La derecha italiana organiza marcha masiva".
            (Some(Upos::Noun), _)
                if lang == Lang::Es
                    && has_verb
                    && i > 0
                    && rel_is(w, UdRel::Appos)
                    && w.form.chars().all(char::is_lowercase)
                    && w.head.is_some_and(|h| {
                        (h as usize) < i + 1 && s.words[h as usize - 1].upos == Some(Upos::Noun)
                    })
                    && s.words[i - 1].upos == Some(Upos::Adj)
                    && rel_is(&s.words[i - 1], UdRel::Amod)
                    && s.words[i - 1].head == w.head
                    && !s.words.iter().any(|d| {
                        d.head == Some(i as u32 + 1)
                            && matches!(rel(d), Some(UdRel::Det | UdRel::Punct | UdRel::Case))
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Adj)));
            }
            // English: a name the tagger ranked an adjective second, made an object of a verb
            // that has the noun right after it for a second object, modifies that noun:
            // "ordered French troops to leave" (the parser read "French" as the object and
            // "troops" as another; a verb's two bare objects are iobj + obj, and "Kyiv" in
            // "sent Kyiv missiles" has no adjective reading).
            (Some(Upos::Propn), Some(Upos::Adj))
                if lang == Lang::En
                    && rel_is(w, UdRel::Obj)
                    && s.words.get(i + 1).is_some_and(|n| {
                        n.upos == Some(Upos::Noun) && rel_is(n, UdRel::Obj) && n.head == w.head
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Adj)));
            }
            // Spanish: in a headline with no verb, an adjective the tagger ranked a verb second,
            // between a name and a noun it modifies, is the verb: "Turquía bombardea posiciones
            // kurdas en el norte de Siria" (the present tense of headlines, rare in training).
            (Some(Upos::Adj), Some(Upos::Verb))
                if lang == Lang::Es
                    && !has_verb
                    && i > 0
                    && s.words[i - 1].upos == Some(Upos::Propn)
                    && w.head.is_some_and(|h| {
                        h as usize == i + 2
                            && matches!(s.words[i + 1].upos, Some(Upos::Noun | Upos::Propn))
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Verb)));
            }
            // A noun with a subject and no copula is a verb: "Germany plans to impose ...".
            (Some(Upos::Noun), Some(Upos::Verb)) if f & NSUBJ != 0 && f & COP_OR_AUX == 0 => {
                return Some((i, FixedTag::upos(Upos::Verb)));
            }
            // A noun cannot take a direct object: in a sentence with no verb, a noun the
            // parser made another noun's object is the verb ("Gunmen shot dead a judge").
            (Some(Upos::Noun), Some(Upos::Verb))
                if !has_verb
                    && rel_is(w, UdRel::Obj)
                    && w.head.is_some_and(|h| {
                        h > 0
                            && matches!(
                                s.words[h as usize - 1].upos,
                                Some(Upos::Noun | Upos::Propn | Upos::Pron)
                            )
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Verb)));
            }
            // A headline with no verb, whose root noun has a name before it and a nominal
            // after: "Colombia hosts Venezuelan foreign minister".
            // The parser may instead make the name the root and hang the noun on it.
            (Some(Upos::Noun), Some(Upos::Verb))
                if !has_verb
                    && f & NOMINAL_AFTER != 0
                    && (w.head == Some(0) && f & PROPN_BEFORE != 0
                        || i > 0
                            && w.head == Some(i as u32)
                            && s.words[i - 1].head == Some(0)
                            && s.words[i - 1].upos == Some(Upos::Propn)) =>
            {
                return Some((i, FixedTag::upos(Upos::Verb)));
            }
            // An adjective at the root with an article and a verb clause after it is the
            // noun that verb's subject is: "A top U.S. official today praised ..." ("official"
            // both an adjective and a noun).
            (Some(Upos::Adj), Some(Upos::Noun))
                if w.head == Some(0)
                    && f & COP_OR_AUX == 0
                    && s.words.iter().enumerate().any(|(k, d)| {
                        k < i
                            && d.head == Some(i as u32 + 1)
                            && d.upos == Some(Upos::Det)
                            && d.feats.get("PronType") == Some("Art")
                    })
                    && s.words.iter().enumerate().any(|(k, v)| {
                        k > i
                            && v.head == Some(i as u32 + 1)
                            && v.upos == Some(Upos::Verb)
                            && matches!(
                                rel(v),
                                Some(UdRel::Xcomp | UdRel::Acl | UdRel::Advcl | UdRel::Ccomp)
                            )
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // A sentence's first word taken for its verb, with the real finite verb hung on
            // it as a clause without a subject, is that verb's subject when the tagger's
            // runner-up says it is a name and a name goes on after it: "Corea del Norte
            // disparó dos misiles" ("corea" is also a form of "corear"). (Not a first-person
            // or plural verb: "Fui ...", "Tienen ...".)
            (Some(Upos::Verb), Some(Upos::Propn))
                if i == 0
                    && w.head == Some(0)
                    && w.form.chars().next().is_some_and(char::is_uppercase)
                    && w.feats.get("Person") != Some("1")
                    && w.feats.get("Number") != Some("Plur")
                    && name_continues(s)
                    && s.words.iter().enumerate().any(|(k, d)| {
                        d.head == Some(1)
                            && d.upos == Some(Upos::Verb)
                            && d.feats.get("VerbForm") == Some("Fin")
                            && kids[k] & NSUBJ == 0
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Propn)));
            }
            // English: "after"/"before"/"since"/"until" taken for a preposition of a name
            // that a finite verb right after it has for subject opens that clause: "expelled
            // the ambassador after Madrid recognized the candidate" (parsed with "after
            // Madrid" a modifier of "ambassador" and "recognized" the verb's complement).
            // The subject may be a short noun phrase, and the verb a past form the tagger
            // took for a participle when it has an object, which a passive one has not
            // ("after Belarusian border guards detained two Polish journalists").
            (Some(Upos::Adp), _)
                if lang == Lang::En
                    && CLAUSE_PREPOSITIONS
                        .iter()
                        .any(|x| w.form.eq_ignore_ascii_case(x))
                    && clause_after_preposition(s, i).is_some() =>
            {
                return Some((i, FixedTag::upos(Upos::Sconj)));
            }
            // ... and once it is a subordinator, that participle is the clause's finite verb.
            (Some(Upos::Sconj), _)
                if lang == Lang::En
                    && CLAUSE_PREPOSITIONS
                        .iter()
                        .any(|x| w.form.eq_ignore_ascii_case(x))
                    && clause_after_preposition(s, i).is_some_and(|(_, part)| part) =>
            {
                let (j, _) = clause_after_preposition(s, i)?;
                return Some((j, FINITE_VERB));
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
            // A participle tagged an adjective with an agent phrase ("by"/"por") is a passive
            // verb: "se hallan detenidas por delitos" (UD makes a participle with its own
            // arguments a verb; an adjective takes no agent).
            (Some(Upos::Adj), _) if w.feats.get("VerbForm") == Some("Part") && f & AGENT != 0 => {
                return Some((i, FixedTag::upos(Upos::Verb)));
            }
            // Spanish: a capitalized first word read as a name, with the word after it a second
            // subject of the same verb, is the common noun that word modifies: "Milicianos
            // serbios étnicos atacaron" (a plural the tag dictionary does not know, guessed a
            // name for its capital letter; the tagger ranks no noun second, as it never saw
            // the word). Two bare subjects side by side are no Spanish clause.
            (Some(Upos::Propn), _)
                if lang == Lang::Es
                    && i == 0
                    && w.form.chars().skip(1).all(char::is_lowercase)
                    && rel_is(w, UdRel::Nsubj)
                    && s.words.get(1).is_some_and(|n| {
                        rel_is(n, UdRel::Nsubj)
                            && n.head == w.head
                            && matches!(n.upos, Some(Upos::Noun | Upos::Adj))
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // Spanish: a capitalized first word read as a name, alone (no name words, no
            // conjunct with it) and plural in form, subject of a plural finite verb, is a
            // bare plural noun: "Guerrilleros atacaron una base", "Investigadores hallaron"
            // (the tagger guessed a name for the capital letter of a plural it never saw; a
            // one-word name in -s is singular: "Carlos llegó").
            (Some(Upos::Propn), _)
                if lang == Lang::Es
                    && i == 0
                    && w.form.chars().count() > 4
                    && w.form.ends_with('s')
                    && w.form.chars().skip(1).all(char::is_lowercase)
                    && rel_is(w, UdRel::Nsubj)
                    && !s.words.iter().any(|d| {
                        d.head == Some(1)
                            && matches!(rel(d), Some(UdRel::Flat | UdRel::Compound | UdRel::Conj))
                    })
                    && w.head.filter(|h| *h > 0).is_some_and(|h| {
                        let v = &s.words[h as usize - 1];
                        v.upos == Some(Upos::Verb)
                            && v.feats.get("VerbForm") == Some("Fin")
                            && v.feats.get("Number") == Some("Plur")
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // Spanish: a sentence with no finite verb whose infinitive follows a word the
            // tagger ranked second as a verb has that word for its finite verb: "Alemania
            // planea imponer sanciones", "Austria estudia protestar", "Bolivia amenaza con
            // revisar" ("planea" read as a noun, "estudia" as an auxiliary, and the infinitive
            // made the root).
            (Some(Upos::Noun | Upos::Aux | Upos::Adj), Some(Upos::Verb))
                if lang == Lang::Es
                    && (finite_verbs == 0
                        || w.upos == Some(Upos::Aux)
                            && !SPANISH_AUXILIARIES
                                .contains(&w.lemma.as_deref().unwrap_or(""))
                            && finite(w)
                            && finite_verbs == 1)
                    && i > 0
                    && infinitive_follows(s, i) =>
            {
                return Some((i, FixedTag::upos(Upos::Verb)));
            }
            // Spanish: a finite verb is no verb's open complement (an xcomp is an infinitive,
            // a gerund or a predicate), nor its complement clause without "que" right after
            // it: one the parser hung there with no subject or subordinator of its own is the
            // noun the tagger ranked second: "envió ayuda a Nepal", "enviará ayuda a Nepal"
            // ("ayuda" also "helps", read as "sent [helps Nepal]").
            (Some(Upos::Verb), Some(Upos::Noun))
                if lang == Lang::Es
                    && (rel_is(w, UdRel::Xcomp)
                        || rel_is(w, UdRel::Ccomp) && w.head == Some(i as u32))
                    && w.feats.get("VerbForm") == Some("Fin")
                    && f & (NSUBJ | MARK | COP_OR_AUX) == 0
                    && w.head.is_some_and(|h| {
                        h > 0 && s.words[h as usize - 1].upos == Some(Upos::Verb)
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // A finite verb the parser could only read as a nominal argument, with no subject,
            // object or auxiliary of its own and a noun's modifier before it, is the noun the
            // tagger ranked second: "struck Hezbollah weapons depots" ("depots" a third-person
            // verb, yet the object of "struck" with "weapons" its compound).
            // (With a number or a determiner of its own, whatever the parser made it: "shot
            // dead three protesters", with "protesters" a verb hung on "shot" as a clause.)
            (Some(Upos::Verb), Some(Upos::Noun))
                if w.feats.get("VerbForm") == Some("Fin")
                    && f & (NSUBJ | OBJ_OR_MARK | COP_OR_AUX) == 0
                    && s.words[..i].iter().any(|d| {
                        d.head == Some(i as u32 + 1)
                            && match rel(d) {
                                // (Not Spanish: "El terminó" is a misspelt "Él".)
                                Some(UdRel::Det | UdRel::Nummod) if lang == Lang::En => true,
                                Some(
                                    UdRel::Compound | UdRel::Amod | UdRel::Det | UdRel::Nummod,
                                ) => {
                                    matches!(
                                        rel(w),
                                        Some(
                                            UdRel::Obj
                                                | UdRel::Nsubj
                                                | UdRel::Iobj
                                                | UdRel::Obl
                                                | UdRel::Nmod
                                        )
                                    )
                                }
                                _ => false,
                            }
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // A noun with a direct object, in a sentence with no verb, is the verb: "Kenyan
            // police shot dead three men" ("shot" a noun with "men" its object).
            // So is a common noun the parser joined to the noun before it as one name
            // ("Gunmen shot dead a judge", "shot" a `flat` of "Gunmen" and "judge" the object of
            // "dead").
            // (Or whose adjective took the object: "In Mombasa, gunmen shot dead a judge".)
            (Some(Upos::Noun), Some(Upos::Verb))
                if !has_verb
                    && (f & OBJ_OR_MARK != 0 && f & MARK == 0
                        || s.words.iter().enumerate().any(|(k, a)| {
                            a.head == Some(i as u32 + 1)
                                && a.upos == Some(Upos::Adj)
                                && kids[k] & OBJ_OR_MARK != 0
                                && kids[k] & MARK == 0
                        })
                        || rel_is(w, UdRel::Flat)
                            && w.head.is_some_and(|h| {
                                h > 0 && s.words[h as usize - 1].upos == Some(Upos::Noun)
                            })) =>
            {
                return Some((i, FixedTag::upos(Upos::Verb)));
            }
            // ... and a gerund after a possessive 's is an adjective when the tagger thought
            // so: "Algeria's leading human rights activist" (after an article it is as often
            // a verbal noun: "the sinking of").
            (Some(Upos::Verb), Some(Upos::Adj))
                if lang == Lang::En
                    && i > 0
                    && w.feats.get("VerbForm") == Some("Ger")
                    && s.words[i - 1].upos == Some(Upos::Part)
                    && determines(&s.words[i - 1]) =>
            {
                return Some((i, FixedTag::upos(Upos::Adj)));
            }
            // English: a "participle" spelled like its lemma is a noun when the tagger
            // thought so, unless the verb's participle is its bare form ("put", "cut",
            // "come"): "Rebels blocked transport into Abidjan".
            // (Not with an auxiliary or "to": "will not ever clash" is a bare infinitive
            // the tagger gave participle features.)
            (Some(Upos::Verb), Some(Upos::Noun))
                if lang == Lang::En
                    && i > 0
                    && w.feats.get("VerbForm") == Some("Part")
                    && f & (COP_OR_AUX | MARK) == 0
                    && w.lemma.as_deref().is_some_and(|l| {
                        l.eq_ignore_ascii_case(&w.form)
                            && !BARE_PARTICIPLES.iter().any(|b| l.eq_ignore_ascii_case(b))
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // English: a gerund ends in -ing; anything else the tagger called one is its
            // runner-up adjective or name, else a noun ("Human rights watchdog Amnesty
            // International accused"). Spelling rules the tag out, so no runner-up is needed.
            (Some(Upos::Verb), alt)
                if lang == Lang::En
                    && w.feats.get("VerbForm") == Some("Ger")
                    && !ends_with_ci(&w.form, "ing") =>
            {
                let upos = match alt {
                    Some(u @ (Upos::Adj | Upos::Propn)) => u,
                    _ => Upos::Noun,
                };
                return Some((i, FixedTag::upos(upos)));
            }
            // English: a participle straight after a verb, taken as that verb's complement yet
            // with an object of its own, is an adjective of that object when the tagger thought
            // so: "Zambia extradited suspected British militant X" (a passive participle takes
            // no object).
            (Some(Upos::Verb), Some(Upos::Adj))
                if lang == Lang::En
                    && i > 0
                    && w.feats.get("VerbForm") == Some("Part")
                    && rel_is(w, UdRel::Xcomp)
                    && w.head == Some(i as u32)
                    && ((f & OBJ_OR_MARK != 0 && f & MARK == 0)
                        || (f == 0
                            && s.words.get(i + 1).is_some_and(|n| {
                                matches!(n.upos, Some(Upos::Adj | Upos::Noun | Upos::Propn))
                            }))) =>
            {
                return Some((i, FixedTag::upos(Upos::Adj)));
            }
            // Spanish: a participle ends in -ado/-ido, -to, -so or -cho ("atacado", "muerto",
            // "preso", "dicho"); anything else the tagger called one is its runner-up
            // adjective or noun ("milicianos kurdos"). (Not a first-person plural the tagger
            // gave participle features: "pasamos", "escuchemos" are verbs; nor one with an
            // auxiliary: "han ledo" is a misspelt participle.)
            (Some(Upos::Verb), Some(u @ (Upos::Adj | Upos::Noun | Upos::Propn)))
                if lang == Lang::Es
                    && w.feats.get("VerbForm") == Some("Part")
                    && !ends_with_ci(&w.form, "mos")
                    && f & COP_OR_AUX == 0
                    && !spanish_participle_spelling(&w.form) =>
            {
                return Some((i, FixedTag::upos(u)));
            }
            // English: an -ing word right after a name the article before it belongs to is
            // that phrase's head noun, when it has no object and the tagger thought so: "the
            // Rafah crossing", "the Kerem Shalom crossing" (not "saw the Taliban crossing the
            // border", which has an object).
            (Some(Upos::Verb), Some(Upos::Noun))
                if lang == Lang::En
                    && i > 0
                    && ends_with_ci(&w.form, "ing")
                    && f & OBJ_OR_MARK == 0
                    && s.words[i - 1].upos == Some(Upos::Propn)
                    && s.words.iter().enumerate().any(|(k, d)| {
                        k + 1 < i
                            && d.head == Some(i as u32)
                            && d.upos == Some(Upos::Det)
                            && d.feats.get("PronType") == Some("Art")
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // English: an -ing compound that names an activity and has no verb in use
            // ("peacekeeping", "policymaking") modifies the noun after it, whatever the tagger
            // ranked second: "offered to send peacekeeping troops" (parsed as a gerund with
            // "troops" its object).
            (Some(Upos::Verb), _)
                if lang == Lang::En
                    && w.feats.get("VerbForm") == Some("Ger")
                    && MODIFIER_GERUNDS
                        .iter()
                        .any(|g| w.form.eq_ignore_ascii_case(g)) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // English: after infinitival "to" comes the bare form; an -s form there is a noun
            // after the preposition "to" ("conceded at last to demands from UNITA"): spelling
            // rules the verb out, so no runner-up is needed.
            (Some(Upos::Verb), _)
                if lang == Lang::En
                    && i > 0
                    && s.words[i - 1].form.eq_ignore_ascii_case("to")
                    && s.words[i - 1].head == Some(i as u32 + 1)
                    && {
                        // (Base forms end in -ss, -us, -is, -as too: "to discuss", "to focus".)
                        let f = w.form.to_ascii_lowercase();
                        f.ends_with('s') && !["ss", "us", "is", "as"].iter().any(|e| f.ends_with(e))
                    } =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // A noun right after infinitival "to" or Spanish "que" that the parser made a
            // clause of the word before, with that word its marker ("ready to resume talks",
            // "una resolución que condena la represión"), is that clause's verb when the
            // tagger ranked the verb second ("resume", "condena" are mostly nouns).
            (Some(Upos::Noun), Some(Upos::Verb))
                if i > 0
                    && s.words[i - 1].form.eq_ignore_ascii_case(match lang {
                        Lang::Es => "que",
                        _ => "to",
                    })
                    && s.words[i - 1].head == Some(i as u32 + 1)
                    && matches!(rel(w), Some(UdRel::Xcomp | UdRel::Advcl | UdRel::Acl)) =>
            {
                return Some((i, FixedTag::upos(Upos::Verb)));
            }
            // Spanish: an infinitive-shaped word after a preposition that the tagger made a
            // modifier of the word after it is the infinitive with its object when the tagger
            // ranked the verb second: "amenazó con romper relaciones" ("romper" was read as a
            // comparative like "mayor"). Adjectives mostly follow their noun; "de particular
            // importancia" has no verb ranked second.
            (Some(Upos::Adj | Upos::Noun), Some(Upos::Verb))
                if lang == Lang::Es
                    && i > 0
                    && s.words[i - 1].upos == Some(Upos::Adp)
                    && w.head.is_some_and(|h| h as usize > i + 1)
                    && {
                        let f = w.form.as_str();
                        ["ar", "er", "ir"].iter().any(|e| f.ends_with(e))
                    } =>
            {
                return Some((i, FixedTag::upos(Upos::Verb)));
            }
            // English: a "verb" whose lemma has a suffix no English verb has ("deliveries",
            // "authorities", "weaknesses") is a noun: spelling rules the verb out ("The World
            // Food Programme suspended aid deliveries" had "deliveries" for its verb).
            (Some(Upos::Verb), _) if lang == Lang::En && noun_only_lemma(w) => {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // English: a modal auxiliary takes a bare verb, never a noun; a noun right after
            // one (or after "not"/an adverb after one) is that verb when the tagger ranked the
            // verb second: "his government would resume peace talks".
            (Some(Upos::Noun), Some(Upos::Verb)) if lang == Lang::En && after_modal(s, i) => {
                return Some((i, FixedTag::upos(Upos::Verb)));
            }
            // English: an -s verb straight after a noun the parser made another word's object
            // or modifier, with nothing after it that a verb would take (an object, a clause),
            // is that noun phrase's head when the tagger thought it a noun: "reduced food
            // supplies to the camp", "fire against guerrilla camps near the border".
            (Some(Upos::Verb), Some(Upos::Noun))
                if lang == Lang::En
                    && i > 0
                    && w.feats.get("VerbForm") == Some("Fin")
                    && w.feats.get("Person") == Some("3")
                    && w.form.ends_with('s')
                    && f & (COP_OR_AUX | OBJ_OR_MARK) == 0
                    && s.words[i - 1].upos == Some(Upos::Noun)
                    && s.words[i - 1].head != Some(i as u32 + 1)
                    && matches!(rel(&s.words[i - 1]), Some(UdRel::Obj | UdRel::Nmod))
                    && s.words
                        .get(i + 1)
                        .is_some_and(|n| n.upos == Some(Upos::Adp)) =>
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
                    && rel_is(w, UdRel::Xcomp)
                    && !matches!(w.feats.get("VerbForm"), Some("Part" | "Ger"))
                    && f & OBJ_OR_MARK == 0 =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // Spanish: a plural "adjective" heading a phrase of its own that a preposition
            // marks is a noun, a people named by what they are: "secuestrado por
            // indígenas", "enfrentamientos entre manifestantes y policías".
            (Some(Upos::Adj), Some(Upos::Noun))
                if lang == Lang::Es
                    && w.feats.get("Number") == Some("Plur")
                    && matches!(rel(w), Some(UdRel::Obl | UdRel::Nmod))
                    && child_near(s, i, 3, 0, |c| rel_is(c, UdRel::Case))
                    && !child_near(s, i, 0, 2, |c| {
                        matches!(c.upos, Some(Upos::Noun | Upos::Propn))
                    }) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // Spanish: a plural "adjective" that opens its phrase (the sentence, a headline
            // after its colon, or after an article) right before a plural finite verb is
            // that verb's subject: "Bolivia: mineros bloquean carreteras".
            (Some(Upos::Adj), Some(Upos::Noun))
                if lang == Lang::Es
                    && w.feats.get("Number") == Some("Plur")
                    && (i == 0 || matches!(s.words[i - 1].upos, Some(Upos::Punct | Upos::Det)))
                    && s.words
                        .get(i + 1)
                        .is_some_and(|v| finite(v) && v.feats.get("Number") == Some("Plur")) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // Spanish puts the adjective after its noun: a bare phrase opening the sentence
            // or right after its verb, whose first word was read as an adjective of the noun
            // after it when the tagger ranked the two the other way round, has that first
            // word for its head: "dispararon gases lacrimógenos", "Milicianos serbios
            // atacaron".
            (Some(Upos::Adj), Some(Upos::Noun))
                if lang == Lang::Es
                    && rel_is(w, UdRel::Amod)
                    && w.head == Some(i as u32 + 2)
                    && s.words[i + 1].upos == Some(Upos::Noun)
                    && alts.get(i + 1).copied().flatten().map(|a| a.upos) == Some(Upos::Adj)
                    && w.feats.get("Number") == s.words[i + 1].feats.get("Number")
                    && (i == 0 || finite(&s.words[i - 1])) =>
            {
                return Some((i, FixedTag::upos(Upos::Noun)));
            }
            // A participle modifying the noun after it is the sentence's finite verb when
            // that noun has a subject and is the root, or when the sentence has no finite
            // verb and a nominal ends just before the participle: "The president's visit on
            // Tuesday surprised analysts" (past tense and participle share the form).
            (Some(Upos::Verb), _)
                if w.feats.get("VerbForm") == Some("Part")
                    && rel_is(w, UdRel::Amod)
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
                if w.feats.get("VerbForm") == Some("Part")
                    && w.feats.get("Tense") == Some("Past")
                    && rel_is(w, UdRel::Acl)
                    && w.head
                        .is_some_and(|h| (h as usize) <= i && in_root_nominal(s, h as usize))
                    && f & (AGENT | COP_OR_AUX) == 0
                    && (finite_verbs == 0 || finite_only_below(s, i)) =>
            {
                return Some((i, FINITE_VERB));
            }
            // A past participle at the root with a nominal before it left as an unmarked
            // oblique, and neither subject, auxiliary nor agent, is the finite verb whose
            // subject the parser missed: "A French minister threatened today to impose ...".
            (Some(Upos::Verb), _)
                if w.head == Some(0)
                    && w.feats.get("VerbForm") == Some("Part")
                    && w.feats.get("Tense") == Some("Past")
                    && f & NOMINAL_BEFORE != 0
                    && f & (NSUBJ | COP_OR_AUX | AGENT) == 0 =>
            {
                return Some((i, FINITE_VERB));
            }
            // ... and so is one hung as a reduced relative on a subject of a later verb, when
            // the tree shows that verb cannot be its clause's: the later verb is a subordinate
            // clause made root ("The parliament threatened on Monday to break relations unless
            // the Kremlin closed its base"), the participle has a direct object, which a
            // passive one never has ("A top official today praised Haiti's efforts and said
            // ..."), or the later verb has a second subject ("Thousands of Iraqi Kurds
            // demonstrated in Kirkuk, witnesses said").
            (Some(Upos::Verb), _)
                if w.feats.get("VerbForm") == Some("Part")
                    && w.feats.get("Tense") == Some("Past")
                    && rel_is(w, UdRel::Acl)
                    && f & (AGENT | COP_OR_AUX) == 0
                    && later_verb_of_subject(s, i).is_some_and(|r| {
                        let (before, after) = (&s.words[..i], &s.words[i + 1..]);
                        let root = s.words[r - 1].head == Some(0);
                        let own_object = s
                            .words
                            .iter()
                            .any(|o| o.head == Some(i as u32 + 1) && rel_is(o, UdRel::Obj));
                        (root
                            && kids[r - 1] & MARK != 0
                            && has_dependent(after, r, UdRel::Mark)
                            && !has_dependent(before, r, UdRel::Mark))
                            || (root && own_object)
                            || has_dependent(after, r, UdRel::Nsubj)
                    }) =>
            {
                return Some((i, FINITE_VERB));
            }
            // ... and a participle hung on the noun after it, after a nominal, when the
            // sentence has no other finite verb, or when that nominal is a time word and a
            // verb has two subjects ("The United Nations on Tuesday reduced food supplies ...,
            // officials said"), or after the comma closing an apposition ("Kenzo Oshima, the
            // UN relief coordinator, demanded parties ...").
            (Some(Upos::Verb), _)
                if i > 0
                    && w.feats.get("VerbForm") == Some("Part")
                    && w.feats.get("Tense") == Some("Past")
                    && rel_is(w, UdRel::Amod)
                    && w.head.is_some_and(|h| h as usize > i + 1)
                    && {
                        let nominal = |k: usize| {
                            matches!(s.words[k].upos, Some(Upos::Noun | Upos::Propn | Upos::Pron))
                        };
                        let prev = &s.words[i - 1];
                        (finite_verbs == 0 && nominal(i - 1))
                            || (nominal(i - 1) && time_word(prev) && two_subjects(s))
                            || (finite_verbs == 0 && prev.form == "," && i > 1 && nominal(i - 2))
                    } =>
            {
                return Some((i, FINITE_VERB));
            }
            _ => {}
        }
    }
    None
}

/// A day or month is no verb's direct object, and holds no phrase but its own date: "mataron
/// el miércoles a un juez" parsed with "miércoles" the object and "a un juez" its modifier,
/// "se reunió el martes en Asunción con su homólogo" with both phrases on "martes". The time
/// word becomes an oblique, and a phrase hung on it by any preposition but of/de goes to the
/// verb: one marked by Spanish personal "a" as its object, any other as an oblique.
pub(crate) fn time_word_object(s: &mut Sentence) {
    for t in 0..s.words.len() {
        let w = &s.words[t];
        let Some(v) = w.head.filter(|h| *h > 0) else {
            continue;
        };
        let argument = rel_is(w, UdRel::Obj) || rel_is(w, UdRel::Obl);
        if !argument || !time_word(w) || s.words[v as usize - 1].upos != Some(Upos::Verb) {
            continue;
        }
        // (A bare time word: "con sólo una semana a la venta" is no date.)
        if child_near(s, t, 4, 0, |c| rel_is(c, UdRel::Case)) {
            continue;
        }
        if rel_is(w, UdRel::Obj) {
            s.words[t].deprel = Some(dyad_core::DepRel::new(UdRel::Obl));
        }
        // Its phrases follow it closely ("el martes en Asunción con su homólogo").
        for k in t + 1..(t + 16).min(s.words.len()) {
            if s.words[k].head != Some(t as u32 + 1) || !rel_is(&s.words[k], UdRel::Nmod) {
                continue;
            }
            let case = |form: &str| {
                child_near(s, k, 4, 0, |c| {
                    rel_is(c, UdRel::Case) && c.form.eq_ignore_ascii_case(form)
                })
            };
            let marked = child_near(s, k, 4, 0, |c| rel_is(c, UdRel::Case));
            if !marked || case("de") || case("of") || case("del") {
                continue;
            }
            let to = if case("a") { UdRel::Obj } else { UdRel::Obl };
            s.words[k].head = Some(v);
            s.words[k].deprel = Some(dyad_core::DepRel::new(to));
        }
    }
}

/// Re-attaches a finite clause the parser hung on a time word as the complement of that time
/// word's verb: "dijo el martes que Irán debe liberar ...", "said on Tuesday that ...", where
/// the parser reads the clause as a relative of "martes"/"Tuesday". A day or month
/// (`AdvType=Tim`, or a PROPN/NOUN time word listed in [`TIME_WORDS`]) takes no relative
/// clause introduced by a subordinator, and that clause has a subject of its own. A marked
/// infinitive hung there is the verb's purpose clause (`advcl`).
pub(crate) fn reattach_time_clauses(s: &mut Sentence) {
    for c in 0..s.words.len() {
        let w = &s.words[c];
        let Some(t) = w.head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        if !rel_is(w, UdRel::Acl)
            || !matches!(w.upos, Some(Upos::Verb | Upos::Aux))
            || !time_word(&s.words[t])
        {
            continue;
        }
        let Some(v) = s.words[t].head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let timed = matches!(rel(&s.words[t]), Some(UdRel::Obl | UdRel::Nmod));
        let kid = |rel: UdRel| {
            s.words
                .iter()
                .any(|k| k.head == Some(c as u32 + 1) && rel_is(k, rel))
        };
        let marked = s.words.iter().enumerate().any(|(k, m)| {
            k < c
                && m.head == Some(c as u32 + 1)
                && m.upos == Some(Upos::Sconj)
                && rel_is(m, UdRel::Mark)
        });
        // (Or no subject at all, as Spanish drops it, when the clause is finite: "afirmó el
        // martes que había recuperado el palacio".)
        let finite = w.feats.get("VerbForm") == Some("Fin")
            || s.words.iter().any(|k| {
                k.head == Some(c as u32 + 1)
                    && rel_is(k, UdRel::Aux)
                    && k.feats.get("VerbForm") == Some("Fin")
            });
        let subject = kid(UdRel::Nsubj) || finite && !kid(UdRel::Expl);
        if timed && s.words[v].upos == Some(Upos::Verb) && marked && subject {
            s.words[c].head = Some(v as u32 + 1);
            s.words[c].deprel = Some(dyad_core::DepRel::new(UdRel::Ccomp));
            continue;
        }
        // ... and a marked infinitive there is the verb's purpose: "se declararon en huelga el
        // martes para protestar", "struck on Tuesday to protest".
        let purpose = w.feats.get("VerbForm") == Some("Inf")
            && s.words
                .iter()
                .enumerate()
                .any(|(k, m)| k < c && m.head == Some(c as u32 + 1) && rel_is(m, UdRel::Mark));
        if timed && s.words[v].upos == Some(Upos::Verb) && purpose {
            s.words[c].head = Some(v as u32 + 1);
            s.words[c].deprel = Some(dyad_core::DepRel::new(UdRel::Advcl));
        }
    }
}

/// English subordinators that open an adverbial clause, never a noun's relative or content
/// clause.
const ADVERBIAL_MARKS: &[&str] = &[
    "after", "before", "until", "while", "because", "although", "though", "whereas", "unless",
];

/// Re-attaches to its verb a finite clause opened by an adverbial subordinator that the parser
/// hung on a noun as `acl`: "called for mass protests after the electoral council declared
/// Maduro the winner" (the clause said when the call came, not which protests). The verb is
/// the first one above the noun through nominal links.
pub(crate) fn adverbial_clause_on_noun(s: &mut Sentence) {
    for c in 0..s.words.len() {
        let w = &s.words[c];
        // (A past participle with a subject of its own is a finite past: "after the council
        // declared", tagged as the participle.)
        let finite = w.feats.get("VerbForm") == Some("Fin")
            || (w.feats.get("Tense") == Some("Past")
                && child_near(s, c, 8, 0, |k| rel_is(k, UdRel::Nsubj)));
        if !rel_is(w, UdRel::Acl) || w.upos != Some(Upos::Verb) || !finite {
            continue;
        }
        let marked = child_near(s, c, 8, 0, |m| {
            m.upos == Some(Upos::Sconj)
                && rel_is(m, UdRel::Mark)
                && ADVERBIAL_MARKS
                    .iter()
                    .any(|x| m.form.eq_ignore_ascii_case(x))
        });
        if !marked {
            continue;
        }
        let mut n = w.head.map_or(0, |h| h as usize);
        let mut verb = None;
        for _ in 0..3 {
            let Some(x) = s.words.get(n.wrapping_sub(1)) else {
                break;
            };
            if x.upos == Some(Upos::Verb) {
                verb = Some(n);
                break;
            }
            if !matches!(x.upos, Some(Upos::Noun | Upos::Propn))
                || !matches!(rel(x), Some(UdRel::Obj | UdRel::Obl | UdRel::Nmod))
            {
                break;
            }
            n = x.head.map_or(0, |h| h as usize);
        }
        if let Some(v) = verb {
            s.words[c].head = Some(v as u32);
            s.words[c].deprel = Some(dyad_core::DepRel::new(UdRel::Advcl));
        }
    }
}

/// Spanish: re-attaches to the sentence's root, as `parataxis`, a finite verb after a comma
/// that the parser hung on a word before it as `acl` or `advcl` although nothing relates it (no
/// relative word, no subordinator) and its own subject follows it: the inverted reporting
/// clause of news, "mataron a 20 personas en el sur del Líbano, informaron autoridades
/// sanitarias" (the sources speak of the whole sentence, not of the south).
pub(crate) fn inverted_report_clause(s: &mut Sentence) {
    let Some(root) = s.words.iter().position(|w| w.head == Some(0)) else {
        return;
    };
    for c in root + 2..s.words.len() {
        let w = &s.words[c];
        if !(rel_is(w, UdRel::Acl) || rel_is(w, UdRel::Advcl))
            || w.upos != Some(Upos::Verb)
            || w.feats.get("VerbForm") != Some("Fin")
            || s.words[c - 1].form != ","
            || w.head.is_none_or(|h| h as usize > c)
        {
            continue;
        }
        let related = child_near(s, c, 3, 0, |k| {
            rel_is(k, UdRel::Mark)
                || rel_is(k, UdRel::Nsubj)
                || k.feats.get("PronType").is_some_and(|p| p.contains("Rel"))
        });
        let number = w.feats.get("Number");
        let end = (c + 5).min(s.words.len());
        let subject = (c + 1..end).find(|&k| {
            let n = &s.words[k];
            n.head == Some(c as u32 + 1)
                && matches!(n.upos, Some(Upos::Noun | Upos::Propn))
                && matches!(rel(n), Some(UdRel::Obj | UdRel::Nsubj))
                && (n.upos == Some(Upos::Propn) || n.feats.get("Number") == number)
        });
        let Some(subject) = subject else { continue };
        if related {
            continue;
        }
        s.words[c].head = Some(root as u32 + 1);
        s.words[c].deprel = Some(dyad_core::DepRel::new(UdRel::Parataxis));
        // The nominal after it is its subject, read as an object before.
        s.words[subject].deprel = Some(dyad_core::DepRel::new(UdRel::Nsubj));
    }
}

/// English quotative inversion: after the quote, a verb of saying with no subject takes the
/// nominal after it for its object ("'We will respond,' said the minister", "Israel will
/// retaliate, said the prime minister"); that nominal is the speaker, its subject. Only when the
/// quote (a `ccomp` or `parataxis`) comes before the verb, which then has no object of its own.
pub(crate) fn quotative_inversion(s: &mut Sentence) {
    const QUOTATIVE: &[&str] = &[
        "say",
        "add",
        "ask",
        "write",
        "state",
        "explain",
        "insist",
        "warn",
        "note",
        "continue",
        "declare",
        "argue",
        "claim",
        "reply",
        "respond",
        "answer",
        "conclude",
        "acknowledge",
        "admit",
        "tell",
    ];
    for v in 0..s.words.len() {
        let w = &s.words[v];
        if w.upos != Some(Upos::Verb) || !w.lemma.as_deref().is_some_and(|l| QUOTATIVE.contains(&l))
        {
            continue;
        }
        let me = v as u32 + 1;
        // (One pass over its dependents, no allocation: the repairs run on every sentence.)
        let (mut quote_before, mut has_subject, mut objects, mut object) = (false, false, 0, 0);
        for (k, d) in s
            .words
            .iter()
            .enumerate()
            .filter(|(_, d)| d.head == Some(me))
        {
            quote_before |= k < v && (rel_is(d, UdRel::Ccomp) || rel_is(d, UdRel::Parataxis));
            has_subject |=
                rel_is(d, UdRel::Nsubj) || rel_is(d, UdRel::Csubj) || rel_is(d, UdRel::Expl);
            if rel_is(d, UdRel::Obj) {
                objects += 1;
                object = k;
            }
        }
        // The quote is its complement before it, or the clause it hangs on after a comma
        // ("Israel will retaliate, said the minister", parsed with "said" an `advcl`).
        quote_before |= v > 0
            && matches!(s.words[v - 1].form.as_str(), "," | "\"" | "”" | "'" | "’")
            && w.head.is_some_and(|h| h > 0 && (h as usize) < v + 1);
        if !quote_before || has_subject || objects != 1 {
            continue;
        }
        let o = object;
        if o > v && matches!(s.words[o].upos, Some(Upos::Noun | Upos::Propn)) {
            s.words[o].deprel = Some(dyad_core::DepRel::new(UdRel::Nsubj));
        }
    }
}

/// Re-attaches to the verb a gerund clause after a comma that the parser hung on that verb's
/// object: "expelled three diplomats, accusing them of spying" (the expelling state accuses,
/// not the diplomats). Only a gerund with an argument of its own (an object, a clause), which
/// is how news appends what the subject did with the act.
pub(crate) fn comma_gerund_on_object(s: &mut Sentence) {
    for g in 1..s.words.len() {
        let w = &s.words[g];
        if !rel_is(w, UdRel::Acl)
            || w.upos != Some(Upos::Verb)
            || !(w.feats.get("VerbForm") == Some("Ger")
                || (w.feats.get("VerbForm") == Some("Part")
                    && w.feats.get("Tense") == Some("Pres")))
            || s.words[g - 1].form != ","
        {
            continue;
        }
        let Some(n) = w.head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let noun = &s.words[n];
        let Some(v) = noun.head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let argument = child_near(s, g, 0, 8, |k| {
            matches!(rel(k), Some(UdRel::Obj | UdRel::Ccomp | UdRel::Xcomp))
        });
        if n < g
            && v < n
            && matches!(noun.upos, Some(Upos::Noun | Upos::Propn))
            && matches!(rel(noun), Some(UdRel::Obj | UdRel::Obl))
            && s.words[v].upos == Some(Upos::Verb)
            && argument
        {
            s.words[g].head = Some(v as u32 + 1);
            s.words[g].deprel = Some(dyad_core::DepRel::new(UdRel::Advcl));
        }
    }
}

/// Hangs on the noun right before it an -ing clause the parser made the verb's adverbial,
/// when no comma separates them: "fired tear gas at students demanding the resignation of
/// ..." (the students demand; with a comma the clause would be the verb's). A plural common
/// noun only, not one of time ("spent hours visiting"), and a clause with an object or
/// complement: "concur with Jeff making the call" and "after his death using the name"
/// are the verb's in EWT and PUD.
pub(crate) fn ing_clause_on_noun(s: &mut Sentence) {
    const TIME: &[&str] = &[
        "time", "hour", "day", "week", "month", "year", "minute", "night", "morning", "weekend",
        "decade", "while", "moment",
    ];
    for g in 1..s.words.len() {
        let w = &s.words[g];
        let n = g - 1;
        let noun = &s.words[n];
        if !rel_is(w, UdRel::Advcl)
            || w.upos != Some(Upos::Verb)
            || w.feats.get("VerbForm") != Some("Part")
            || w.feats.get("Tense") != Some("Pres")
            || noun.upos != Some(Upos::Noun)
            || noun.feats.get("Number") != Some("Plur")
            || !matches!(rel(noun), Some(UdRel::Obj | UdRel::Obl | UdRel::Nmod))
            || TIME.iter().any(|t| noun.lemma.as_deref() == Some(*t))
        {
            continue;
        }
        let Some(v) = w.head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let argument = child_near(s, g, 0, 8, |k| {
            matches!(rel(k), Some(UdRel::Obj | UdRel::Ccomp))
        });
        // The noun belongs to the verb's own phrase (within two links).
        let mut h = noun.head.map_or(0, |x| x as usize);
        let mut under_verb = false;
        for _ in 0..3 {
            if h == v + 1 {
                under_verb = true;
                break;
            }
            match s.words.get(h.wrapping_sub(1)).and_then(|x| x.head) {
                Some(x) => h = x as usize,
                None => break,
            }
        }
        if v < n && argument && under_verb {
            s.words[g].head = Some(n as u32 + 1);
            s.words[g].deprel = Some(dyad_core::DepRel::new(UdRel::Acl));
        }
    }
}

/// Puts the verb back at the root of a sentence the parser rooted in an opening adverb set
/// off by a comma, with the subject hung on the adverb and the finite verb a clause of the
/// subject: "Meanwhile, thousands of people marched in Lima", "Later, thousands of
/// protesters marched on the palace". The verb becomes the root, the nominal its subject and
/// the adverb its `advmod` (the comma stays with the adverb, as EWT writes it); the adverb's
/// other dependents, and punctuation after the verb, move to the verb. An adverb with a
/// copula, subject or auxiliary of its own is left alone.
pub(crate) fn reroot_opening_adverb(s: &mut Sentence) {
    let n = s.words.len();
    if n < 4
        || s.words[0].head != Some(0)
        || s.words[0].upos != Some(Upos::Adv)
        || s.words[1].upos != Some(Upos::Punct)
    {
        return;
    }
    let under_root = |w: &dyad_core::Word| w.head == Some(1);
    if s.words
        .iter()
        .any(|w| under_root(w) && matches!(rel(w), Some(UdRel::Cop | UdRel::Nsubj | UdRel::Aux)))
    {
        return;
    }
    let Some(c) = (2..n).find(|&c| {
        under_root(&s.words[c]) && matches!(s.words[c].upos, Some(Upos::Noun | Upos::Propn))
    }) else {
        return;
    };
    if !(2..c).all(|k| descends(s, k, c)) {
        return;
    }
    let cid = c as u32 + 1;
    let clause = |w: &dyad_core::Word| {
        w.upos == Some(Upos::Verb)
            && matches!(w.feats.get("VerbForm"), Some("Fin") | Some("Part"))
            && w.deprel
                .as_ref()
                .is_some_and(|d| d.is(UdRel::Acl) && d.subtype().is_none())
    };
    let Some(v) = (c + 1..n).find(|&v| s.words[v].head == Some(cid) && clause(&s.words[v])) else {
        return;
    };
    let vid = v as u32 + 1;
    if s.words
        .iter()
        .any(|w| w.head == Some(vid) && matches!(rel(w), Some(UdRel::Nsubj | UdRel::Mark)))
    {
        return;
    }
    for k in 2..n {
        let w = &mut s.words[k];
        if k != c && w.head == Some(1)
            || k > v && w.head == Some(cid) && w.upos == Some(Upos::Punct)
        {
            w.head = Some(vid);
        }
    }
    s.words[v].head = Some(0);
    s.words[v].deprel = Some(dyad_core::DepRel::new(UdRel::Root));
    s.words[c].head = Some(vid);
    s.words[c].deprel = Some(dyad_core::DepRel::new(UdRel::Nsubj));
    s.words[0].head = Some(vid);
    s.words[0].deprel = Some(dyad_core::DepRel::new(UdRel::Advmod));
}

/// Puts the verb back at the root of a sentence the parser rooted in its first word, an
/// adjective before a nominal, with the finite verb hung under it as a clause: "Russian
/// President Vladimir Putin met ...", "Turkish Foreign Minister Hakan Fidan visited ...",
/// where the parser shifted the demonym and never attached it. The adjective becomes an
/// `amod` of the word after it, and its other dependents move to the verb. An adjective
/// with a copula or a subject of its own is a real predicate and is left alone.
///
/// The adjective may open a coordination of adjectives ("Indian and Pakistani troops
/// exchanged fire", parsed with "exchanged" a conjunct of "Indian"): its conjuncts stay with
/// it, and a finite verb with a subject of its own hung on it as a conjunct is the clause.
pub(crate) fn reroot_opening_adjective(s: &mut Sentence) {
    let n = s.words.len();
    if n < 3 || s.words[0].head != Some(0) || s.words[0].upos != Some(Upos::Adj) {
        return;
    }
    let opening = opening_adjectives(s);
    if opening + 1 >= n
        || !matches!(
            s.words[opening].upos,
            Some(Upos::Noun | Upos::Propn | Upos::Adj)
        )
    {
        return;
    }
    let under_root = |w: &dyad_core::Word| w.head == Some(1);
    if s.words
        .iter()
        .any(|w| under_root(w) && matches!(rel(w), Some(UdRel::Cop | UdRel::Nsubj | UdRel::Aux)))
    {
        return;
    }
    let finite =
        |w: &dyad_core::Word| w.upos == Some(Upos::Verb) && w.feats.get("VerbForm") == Some("Fin");
    let direct = s.words.iter().enumerate().position(|(i, w)| {
        under_root(w)
            && finite(w)
            && match rel(w) {
                Some(UdRel::Advcl | UdRel::Parataxis | UdRel::Ccomp | UdRel::Csubj) => true,
                Some(UdRel::Conj) => opening > 1 && has_dependent(&s.words, i + 1, UdRel::Nsubj),
                _ => false,
            }
    });
    let Some(v) = direct else {
        if opening > 1 {
            return;
        }
        // Or one level down, hung on the name the adjective opens: "Zimbabwean Prime
        // Minister Robert Mugabe today accused ..." with "Robert" under the adjective and
        // "accused" a clause of "Robert". The name becomes the verb's subject.
        let Some(c) = (1..n).find(|&c| {
            under_root(&s.words[c]) && matches!(s.words[c].upos, Some(Upos::Noun | Upos::Propn))
        }) else {
            return;
        };
        let Some(v) = (c + 1..n).find(|&v| {
            let w = &s.words[v];
            w.head == Some(c as u32 + 1)
                && (finite(w)
                    || w.upos == Some(Upos::Verb)
                        && w.feats.get("VerbForm") == Some("Part")
                        && w.feats.get("Tense") == Some("Past"))
                && matches!(rel(w), Some(UdRel::Acl | UdRel::Parataxis))
        }) else {
            return;
        };
        if !(1..c).all(|k| descends(s, k, c)) {
            return;
        }
        for w in s.words.iter_mut().skip(1) {
            if w.head == Some(1) {
                w.head = Some(v as u32 + 1);
            }
        }
        s.words[v].head = Some(0);
        s.words[v].deprel = Some(dyad_core::DepRel::new(UdRel::Root));
        s.words[c].head = Some(v as u32 + 1);
        s.words[c].deprel = Some(dyad_core::DepRel::new(UdRel::Nsubj));
        let noun = (1..=c)
            .find(|k| matches!(s.words[*k].upos, Some(Upos::Noun | Upos::Propn)))
            .unwrap_or(c);
        s.words[0].head = Some(noun as u32 + 1);
        s.words[0].deprel = Some(dyad_core::DepRel::new(UdRel::Amod));
        return;
    };
    // The word after the adjective (and its conjuncts) must be inside the verb's subject or
    // be it, so the adjective lands in the phrase it opens.
    let mut h = opening;
    for _ in 0..n {
        match s.words[h].head {
            Some(x) if x as usize == v + 1 => break,
            Some(x) if x > 0 && x as usize != 1 => h = x as usize - 1,
            _ => return,
        }
    }
    if s.words[h].head != Some(v as u32 + 1) {
        return;
    }
    for w in s.words.iter_mut().skip(opening) {
        if w.head == Some(1) {
            w.head = Some(v as u32 + 1);
        }
    }
    s.words[v].head = Some(0);
    s.words[v].deprel = Some(dyad_core::DepRel::new(UdRel::Root));
    // On the first nominal of the phrase: "Turkish Foreign Minister" → Minister.
    let noun = (opening..=h)
        .find(|k| matches!(s.words[*k].upos, Some(Upos::Noun | Upos::Propn)))
        .unwrap_or(opening);
    s.words[0].head = Some(noun as u32 + 1);
    s.words[0].deprel = Some(dyad_core::DepRel::new(UdRel::Amod));
}

/// The index of the first word after the sentence's opening adjective and the adjectives
/// conjoined to it ("Indian and Pakistani", "Russian, Belarusian and Chinese"): 1 when it
/// has none.
fn opening_adjectives(s: &Sentence) -> usize {
    let conjunct = |k: usize| {
        s.words.get(k).is_some_and(|w| {
            w.upos == Some(Upos::Adj) && w.head == Some(1) && rel_is(w, UdRel::Conj)
        })
    };
    let mut k = 1;
    while k < s.words.len() {
        let w = &s.words[k];
        let link = w.upos == Some(Upos::Cconj) || w.form == ",";
        if conjunct(k) || link && conjunct(k + 1) {
            k += 1;
        } else {
            break;
        }
    }
    k
}

/// Gives a capitalized adjective's place back to the nominal it opens, when the parser made
/// the adjective head that nominal: "met Ethiopian Prime Minister Abiy Ahmed" parsed with
/// "Ethiopian" as the verb's `xcomp` and "Abiy" its `obl`. The nominal takes the adjective's
/// head and relation (an `xcomp` of a verb becomes its `obj`), the adjective becomes an `amod`
/// of the phrase's first noun, and its other dependents move to the nominal.
pub(crate) fn lower_heading_adjective(s: &mut Sentence) {
    let n = s.words.len();
    for i in 1..n.saturating_sub(1) {
        let w = &s.words[i];
        if w.upos != Some(Upos::Adj)
            || !w.form.chars().next().is_some_and(char::is_uppercase)
            || !matches!(rel(w), Some(UdRel::Xcomp | UdRel::Obj | UdRel::Obl))
        {
            continue;
        }
        let me = i as u32 + 1;
        // The nominal child whose phrase starts right after the adjective.
        let Some(c) = (i + 1..n).find(|&c| {
            let k = &s.words[c];
            k.head == Some(me)
                && matches!(k.upos, Some(Upos::Noun | Upos::Propn))
                && matches!(rel(k), Some(UdRel::Obl | UdRel::Obj | UdRel::Nmod))
                && descends(s, i + 1, c)
        }) else {
            continue;
        };
        let (head, r) = (s.words[i].head, rel(&s.words[i]));
        let verb_head = head
            .filter(|h| *h > 0)
            .is_some_and(|h| s.words[h as usize - 1].upos == Some(Upos::Verb));
        let new_rel = match r {
            Some(UdRel::Xcomp) if verb_head => UdRel::Obj,
            Some(x) => x,
            None => continue,
        };
        for k in 0..n {
            if k != c && s.words[k].head == Some(me) {
                s.words[k].head = Some(c as u32 + 1);
            }
        }
        s.words[c].head = head;
        s.words[c].deprel = Some(dyad_core::DepRel::new(new_rel));
        let noun = (i + 1..=c)
            .find(|k| matches!(s.words[*k].upos, Some(Upos::Noun | Upos::Propn)))
            .unwrap_or(c);
        s.words[i].head = Some(noun as u32 + 1);
        s.words[i].deprel = Some(dyad_core::DepRel::new(UdRel::Amod));
    }
}

/// A verb takes no case marker: when the parser gives a verb a preposition and, after it, a
/// nominal `compound` ("visit to Moscow on Tuesday surprised analysts" with "on" and
/// "Tuesday" both under "surprised"), the preposition marks that nominal, which is the verb's
/// `obl`.
/// English possessive determiners: always the possessor of the noun phrase after them.
const POSSESSIVE_DETERMINERS: &[&str] = &["its", "their", "our", "my", "your", "his"];

/// Makes an English possessive determiner the possessor of the noun right after it when the
/// parser inverted the two ("reiterated its demand today that ...": *its* the object and
/// *demand* its subject): the noun takes the determiner's place in the tree.
pub(crate) fn possessive_determiner(s: &mut Sentence) {
    for i in 0..s.words.len().saturating_sub(1) {
        let w = &s.words[i];
        if w.upos != Some(Upos::Pron)
            || !POSSESSIVE_DETERMINERS.contains(&w.form.to_ascii_lowercase().as_str())
            || w.deprel.as_ref().is_some_and(|d| d.base() == UdRel::Nmod)
        {
            continue;
        }
        let n = i + 1;
        let noun = &s.words[n];
        if !matches!(noun.upos, Some(Upos::Noun)) || noun.head != Some(i as u32 + 1) {
            continue;
        }
        let (head, deprel) = (w.head, w.deprel.clone());
        for k in 0..s.words.len() {
            if k != n && s.words[k].head == Some(i as u32 + 1) {
                s.words[k].head = Some(n as u32 + 1);
            }
        }
        s.words[n].head = head;
        s.words[n].deprel = deprel;
        s.words[i].head = Some(n as u32 + 1);
        s.words[i].deprel = "nmod:poss".parse().ok();
    }
}

/// Makes the second of two subjects on either side of a Spanish verb its object: "un tribunal
/// ordenó la captura de tres exfuncionarios", "Petro visitó Quito" parsed with both nominals
/// `nsubj` (Spanish allows a subject after its verb, so the parser reads a bare object there
/// as one). A verb has one subject; the one before it is the subject.
pub(crate) fn second_subject_is_object(s: &mut Sentence) {
    for v in 0..s.words.len() {
        if s.words[v].upos != Some(Upos::Verb) {
            continue;
        }
        let vid = v as u32 + 1;
        let plain_subject = |w: &dyad_core::Word| {
            w.head == Some(vid)
                && w.deprel
                    .as_ref()
                    .is_some_and(|d| d.base() == UdRel::Nsubj && d.subtype().is_none())
        };
        let before = s.words[..v].iter().any(&plain_subject);
        if !before {
            continue;
        }
        let after: Vec<usize> = (v + 1..s.words.len())
            .filter(|&k| plain_subject(&s.words[k]))
            .collect();
        if let [k] = after[..] {
            if matches!(s.words[k].upos, Some(Upos::Noun | Upos::Propn)) {
                s.words[k].deprel = "obj".parse().ok();
            }
        }
    }
}

/// Makes the second of two Spanish subjects standing side by side before their verb a
/// modifier of the first, when the two do not disagree in gender or number: "Tropas
/// tailandesas y camboyanas se enfrentaron" parsed with "tailandesas" (a demonym, noun or
/// adjective) tagged a noun and a second subject; "La central obrera argentina convocó" with
/// both adjectives subjects. The first is a common noun or adjective, or the capitalized
/// first word of the sentence ("Milicianos serbios"). A Spanish adjective follows its noun and agrees with
/// it; two bare subjects in a row with nothing between do not occur. The modifier becomes an
/// `amod` ADJ and keeps its conjuncts ("y camboyanas").
pub(crate) fn adjacent_subject_modifies_first(s: &mut Sentence) {
    for b in 1..s.words.len() {
        let a = b - 1;
        let (wa, wb) = (&s.words[a], &s.words[b]);
        let Some(v) = wa.head.filter(|h| *h > 0) else {
            continue;
        };
        let plain_subject = |w: &dyad_core::Word| {
            w.deprel
                .as_ref()
                .is_some_and(|d| d.base() == UdRel::Nsubj && d.subtype().is_none())
        };
        // (A feature only one of them has does not disagree: a capitalized first word read
        // as a name has none, "Milicianos serbios étnicos atacaron".)
        let agree = |name: &str| match (wa.feats.get(name), wb.feats.get(name)) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        };
        let first = match wa.upos {
            Some(Upos::Noun | Upos::Adj) => true,
            Some(Upos::Propn) => a == 0,
            _ => false,
        };
        // (The first word may have been left an unmarked oblique once re-tagged a noun.)
        let unmarked_first =
            a == 0 && rel_is(wa, UdRel::Obl) && !has_dependent(&s.words, 1, UdRel::Case);
        if wb.head == Some(v)
            && (v as usize) > b + 1
            && (plain_subject(wa) || unmarked_first)
            && plain_subject(wb)
            && first
            && matches!(wb.upos, Some(Upos::Noun | Upos::Adj))
            && agree("Gender")
            && agree("Number")
        {
            s.words[b].head = Some(a as u32 + 1);
            s.words[b].deprel = "amod".parse().ok();
            s.words[b].upos = Some(Upos::Adj);
            s.words[a].deprel = "nsubj".parse().ok();
        }
    }
}

/// English transitive phrasal verbs whose particle is also a preposition, as news use them
/// with the object right after the particle: "handed over the bodies", "shut down the
/// newspaper", "took over the city".
const PHRASAL_VERBS: &[(&str, &str)] = &[
    ("hand", "over"),
    ("turn", "over"),
    ("take", "over"),
    ("shut", "down"),
    ("shoot", "down"),
    ("bring", "down"),
    ("tear", "down"),
    ("call", "off"),
    ("break", "off"),
    ("cut", "off"),
    ("seal", "off"),
    ("carry", "out"),
    ("wipe", "out"),
    ("rule", "out"),
    ("pull", "out"),
    ("set", "up"),
    ("give", "up"),
    ("blow", "up"),
    ("round", "up"),
    ("step", "up"),
    ("beef", "up"),
    ("hand", "back"),
    ("give", "back"),
    ("send", "back"),
    ("turn", "back"),
    ("take", "in"),
];

/// Hangs an English clause that opens with the relative "who" or "which" right after a comma
/// on the noun before that comma, as the relative clause it is: "backing the M23 rebels, who
/// seized Goma" parsed with "seized" a `parataxis` of the main verb (the coder then finds no
/// one for "who" to stand for).
pub(crate) fn relative_after_comma(s: &mut Sentence) {
    for k in 0..s.words.len() {
        let wk = &s.words[k];
        if wk.upos != Some(Upos::Verb)
            || !matches!(
                rel(wk),
                Some(UdRel::Parataxis | UdRel::Ccomp | UdRel::Conj | UdRel::Advcl)
            )
        {
            continue;
        }
        let kid = k as u32 + 1;
        let Some(r) =
            (0..k).find(|&j| s.words[j].head == Some(kid) && rel_is(&s.words[j], UdRel::Nsubj))
        else {
            continue;
        };
        let relative = ["who", "which"]
            .iter()
            .any(|x| s.words[r].form.eq_ignore_ascii_case(x));
        if !relative
            || r < 2
            || s.words[r - 1].form != ","
            || !matches!(s.words[r - 2].upos, Some(Upos::Noun | Upos::Propn))
            || (0..r).any(|j| s.words[j].head == Some(kid) && j != r - 1)
            || descends(s, r - 2, k)
        {
            continue;
        }
        s.words[k].head = Some(r as u32 - 1);
        s.words[k].deprel = "acl:relcl".parse().ok();
        s.words[r - 1].head = Some(kid);
    }
}

/// English particle adverbs that follow a verb ("pulled back troops", "moved away").
const PARTICLE_ADVERBS: &[&str] = &["back", "away", "out", "off", "up", "down"];

/// Hangs a particle adverb right after a verb, that the parser made a modifier of the verb's
/// object after it, on the verb: "Armenia and Azerbaijan pulled back troops" (with "back" an
/// `amod` of "troops"). UD English writes such a "back" an `advmod` of the verb; as a
/// modifier of the noun it never comes before the noun's own object role.
pub(crate) fn particle_on_object(s: &mut Sentence) {
    for p in 1..s.words.len().saturating_sub(1) {
        let (v, n) = (p - 1, p + 1);
        let (verb, prt, noun) = (&s.words[v], &s.words[p], &s.words[n]);
        if verb.upos == Some(Upos::Verb)
            && prt.upos == Some(Upos::Adv)
            && PARTICLE_ADVERBS
                .iter()
                .any(|x| prt.form.eq_ignore_ascii_case(x))
            && prt.head == Some(n as u32 + 1)
            && noun.head == Some(v as u32 + 1)
            && rel_is(noun, UdRel::Obj)
        {
            reattach(s, p, v, UdRel::Advmod);
        }
    }
}

/// Makes the object of a phrasal verb ([`PHRASAL_VERBS`]) the parser read as a prepositional
/// phrase: "Hamas handed over the bodies", with "over" the case of "bodies" and "bodies" an
/// oblique. The particle becomes the verb's `compound:prt` and the noun its `obj`, when the
/// verb has no object and the particle comes right after it.
pub(crate) fn phrasal_verb_object(s: &mut Sentence) {
    for p in 1..s.words.len() {
        let v = p - 1;
        let (verb, prt) = (&s.words[v], &s.words[p]);
        if verb.upos != Some(Upos::Verb) || !rel_is(prt, UdRel::Case) {
            continue;
        }
        let lemma = verb.lemma.as_deref().unwrap_or("");
        if !PHRASAL_VERBS
            .iter()
            .any(|(l, x)| lemma.eq_ignore_ascii_case(l) && prt.form.eq_ignore_ascii_case(x))
        {
            continue;
        }
        let Some(n) = prt.head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let vid = v as u32 + 1;
        let has_obj = s
            .words
            .iter()
            .any(|w| w.head == Some(vid) && rel_is(w, UdRel::Obj));
        if n <= p || s.words[n].head != Some(vid) || !rel_is(&s.words[n], UdRel::Obl) || has_obj {
            continue;
        }
        s.words[p].head = Some(vid);
        s.words[p].deprel = "compound:prt".parse().ok();
        s.words[n].deprel = "obj".parse().ok();
    }
}

/// How far after a verb its object and that object's complements are looked for by the
/// lexical repairs below: they stand right after it, and a bounded window keeps each repair
/// linear in a sentence's words.
const ARGUMENT_WINDOW: usize = 12;

/// Whether `w` is a verb whose lemma is one of `lemmas` (any case).
fn verb_in(w: &dyad_core::Word, lemmas: &[&str]) -> bool {
    let lemma = w.lemma.as_deref().unwrap_or("");
    w.upos == Some(Upos::Verb) && lemmas.iter().any(|l| lemma.eq_ignore_ascii_case(l))
}

/// The first word in `from..end` that depends on word `head` (0-based) and passes `pred`.
fn dependent_in(
    s: &Sentence,
    head: usize,
    from: usize,
    end: usize,
    pred: impl Fn(usize, &dyad_core::Word) -> bool,
) -> Option<usize> {
    (from..end).find(|&k| s.words[k].head == Some(head as u32 + 1) && pred(k, &s.words[k]))
}

/// Hangs word `k` on word `head` (0-based) by `rel`.
fn reattach(s: &mut Sentence, k: usize, head: usize, rel: UdRel) {
    s.words[k].head = Some(head as u32 + 1);
    s.words[k].deprel = Some(dyad_core::DepRel::new(rel));
}

/// English verbs of sending or giving: where or to whom the object goes ("sent aid to Gaza")
/// is the verb's `obl`, not a modifier of the object.
const SENDING_VERBS: &[&str] = &[
    "send",
    "deliver",
    "deploy",
    "dispatch",
    "ship",
    "supply",
    "provide",
    "give",
    "transfer",
    "sell",
    "export",
    "airlift",
    "fly",
    "move",
    "return",
    "extradite",
    "deport",
    "hand",
    "bring",
    "donate",
    "lend",
    "offer",
    "pledge",
    "smuggle",
    "transport",
    "channel",
    "funnel",
    "redeploy",
];

/// Hangs the destination of a verb of sending ([`SENDING_VERBS`]) on the verb where the parser
/// made it a modifier of the object ("Kenya sent 1,000 police officers to Haiti", "the EU
/// sent humanitarian aid to Gaza": "to Haiti" an `nmod` of "officers"). EWT writes such a
/// phrase as the verb's `obl`; the coder reads the recipient there.
pub(crate) fn destination_of_sending(s: &mut Sentence) {
    let n = s.words.len();
    let to = |c: &dyad_core::Word| {
        rel_is(c, UdRel::Case)
            && ["to", "into", "toward", "towards"]
                .iter()
                .any(|p| c.form.eq_ignore_ascii_case(p))
    };
    for v in 0..n {
        if !verb_in(&s.words[v], SENDING_VERBS) {
            continue;
        }
        let end = (v + ARGUMENT_WINDOW + 1).min(n);
        let Some(o) = dependent_in(s, v, v + 1, end, |_, x| rel_is(x, UdRel::Obj)) else {
            continue;
        };
        let dest = dependent_in(s, o, o + 1, end, |k, x| {
            rel_is(x, UdRel::Nmod) && child_near(s, k, 3, 0, to)
        });
        if let Some(k) = dest {
            reattach(s, k, v, UdRel::Obl);
        }
    }
}

/// English verbs whose object does what their infinitive says: "urged the rebels to release
/// the hostages", "called on Israel to halt". UD makes the infinitive the verb's `xcomp`.
const OBJECT_CONTROL_VERBS: &[&str] = &[
    "urge",
    "ask",
    "tell",
    "order",
    "force",
    "allow",
    "encourage",
    "invite",
    "persuade",
    "warn",
    "advise",
    "instruct",
    "press",
    "pressure",
    "request",
    "require",
    "permit",
    "authorize",
    "authorise",
    "compel",
    "convince",
    "call",
    "appeal",
    "challenge",
    "push",
    "enable",
    "forbid",
    "oblige",
    "implore",
    "beg",
    "direct",
    "empower",
    "prompt",
];

/// Gives an object-control verb ([`OBJECT_CONTROL_VERBS`]) its infinitive back where the
/// parser hung "to V" on the object as a relative-like `acl` ("urged the rebels to release
/// all hostages"): the coder then reads the object as the one who is to act, and the act as
/// asked for, not done by the subject. Also through "on" ("called on Israel to halt"), and
/// where the parser made it the verb's purpose clause right after the object.
pub(crate) fn object_control_infinitive(s: &mut Sentence) {
    let n = s.words.len();
    for v in 0..n {
        if !verb_in(&s.words[v], OBJECT_CONTROL_VERBS) {
            continue;
        }
        let end = (v + ARGUMENT_WINDOW + 1).min(n);
        let object = dependent_in(s, v, v + 1, end, |d, x| {
            rel_is(x, UdRel::Obj)
                || rel_is(x, UdRel::Obl)
                    && child_near(s, d, 4, 0, |c| {
                        rel_is(c, UdRel::Case) && c.form.eq_ignore_ascii_case("on")
                    })
        });
        let Some(d) = object else {
            continue;
        };
        let inf = dependent_in(s, d, d + 1, end, |k, x| {
            rel_is(x, UdRel::Acl)
                && x.upos == Some(Upos::Verb)
                && x.feats.get("VerbForm") == Some("Inf")
                && child_near(s, k, 2, 0, |c| {
                    rel_is(c, UdRel::Mark) && c.form.eq_ignore_ascii_case("to")
                })
        });
        if let Some(k) = inf {
            reattach(s, k, v, UdRel::Xcomp);
            continue;
        }
        // Or hung on the verb as a purpose clause right after the object's phrase: "ordered
        // the government to release the journalists" (an `advcl` of "ordered"). Not "call",
        // whose object is often a thing called for a purpose ("called a summit to discuss").
        if verb_in(&s.words[v], &["call"]) {
            continue;
        }
        let phrase_end = (d..n)
            .take_while(|&k| k == d || descends(s, k, d))
            .last()
            .unwrap_or(d);
        let to = phrase_end + 1;
        let purpose = s.words.get(to).and_then(|m| {
            if !(rel_is(m, UdRel::Mark) && m.form.eq_ignore_ascii_case("to")) {
                return None;
            }
            let k = m.head.filter(|h| *h > 0)? as usize - 1;
            let x = &s.words[k];
            let bare = !s
                .words
                .iter()
                .any(|c| c.head == Some(k as u32 + 1) && rel_is(c, UdRel::Nsubj));
            (rel_is(x, UdRel::Advcl)
                && x.head == Some(v as u32 + 1)
                && x.upos == Some(Upos::Verb)
                && x.feats.get("VerbForm") == Some("Inf")
                && bare)
                .then_some(k)
        });
        if let Some(k) = purpose {
            s.words[k].deprel = "xcomp".parse().ok();
        }
    }
}

/// English verbs that give their object a name or a rank: "called Maduro a dictator",
/// "elected her president". UD writes the object `obj` and the name `xcomp`.
const NAMING_VERBS: &[&str] = &[
    "call", "name", "label", "brand", "dub", "term", "deem", "consider", "elect", "appoint",
];

/// Gives a verb of naming ([`NAMING_VERBS`]) its UD shape, an object and the name given as
/// `xcomp`, where the parser read the two nominals as two objects, as an indirect object and
/// an object or `xcomp`, or the name as a modifier of the object ("called the prime minister
/// a war criminal", "a war criminal" an `nmod` of "minister" with no preposition, or an
/// `appos` with no comma). The coder
/// tells whom a name is given to (the target) from the name (an insult is criticism, 111).
pub(crate) fn naming_verb_complement(s: &mut Sentence) {
    let n = s.words.len();
    let nominal =
        |w: &dyad_core::Word| matches!(w.upos, Some(Upos::Noun | Upos::Propn | Upos::Pron));
    for v in 0..n {
        if !verb_in(&s.words[v], NAMING_VERBS) {
            continue;
        }
        let vid = v as u32 + 1;
        let end = (v + ARGUMENT_WINDOW + 1).min(n);
        let mut comps = [0usize; 2];
        let mut count = 0;
        for k in v + 1..end {
            let c = &s.words[k];
            if c.head == Some(vid)
                && nominal(c)
                && matches!(rel(c), Some(UdRel::Obj | UdRel::Iobj | UdRel::Xcomp))
            {
                if count < 2 {
                    comps[count] = k;
                }
                count += 1;
            }
        }
        if count == 2 {
            s.words[comps[0]].deprel = Some(dyad_core::DepRel::new(UdRel::Obj));
            s.words[comps[1]].deprel = Some(dyad_core::DepRel::new(UdRel::Xcomp));
        } else if count == 1 && rel_is(&s.words[comps[0]], UdRel::Obj) {
            let a = comps[0];
            let name = (a + 1..end).find(|&k| {
                let c = &s.words[k];
                // (An apposition set off by no comma is no apposition: "called Nicolas
                // Maduro a dictator".)
                let bare_appos = rel_is(c, UdRel::Appos) && {
                    let mut first = k;
                    while first > a + 1
                        && s.words[first - 1].head == Some(k as u32 + 1)
                        && s.words[first - 1].upos != Some(Upos::Punct)
                    {
                        first -= 1;
                    }
                    s.words[first - 1].upos != Some(Upos::Punct)
                };
                c.head == Some(a as u32 + 1)
                    && (rel_is(c, UdRel::Nmod) || bare_appos)
                    && c.upos == Some(Upos::Noun)
                    && !child_near(s, k, 4, 0, |m| rel_is(m, UdRel::Case))
                    && child_near(s, k, 4, 0, |m| {
                        rel_is(m, UdRel::Det)
                            && (m.form.eq_ignore_ascii_case("a")
                                || m.form.eq_ignore_ascii_case("an"))
                    })
            });
            if let Some(k) = name {
                reattach(s, k, v, UdRel::Xcomp);
                // "called Maduro a dictator on Tuesday": the day was hung on the name too.
                for t in k + 1..end {
                    if s.words[t].head == Some(k as u32 + 1)
                        && time_word(&s.words[t])
                        && matches!(rel(&s.words[t]), Some(UdRel::Nmod | UdRel::Obl))
                    {
                        reattach(s, t, v, UdRel::Obl);
                    }
                }
            }
        }
    }
}

/// English adjectives of the state an act leaves its object in, which news put between the
/// verb and the object: "shot dead a judge", "set free two hostages", "forced open the gate".
const RESULT_ADJECTIVES: &[&str] = &[
    "dead",
    "alive",
    "unconscious",
    "free",
    "loose",
    "open",
    "shut",
    "homeless",
    "wounded",
    "injured",
];

/// Hangs on the verb the object the parser gave that verb's predicative adjective of result
/// ([`RESULT_ADJECTIVES`]): an adjective takes no object. (Any other adjective with an object
/// is as often a verb the tagger missed, "help secure new investment", and is left alone.)
pub(crate) fn object_of_predicative_adjective(s: &mut Sentence) {
    for o in 0..s.words.len() {
        if !rel_is(&s.words[o], UdRel::Obj) {
            continue;
        }
        let Some(a) = s.words[o].head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let adj = &s.words[a];
        if adj.upos != Some(Upos::Adj)
            || !rel_is(adj, UdRel::Xcomp)
            || !RESULT_ADJECTIVES
                .iter()
                .any(|r| adj.form.eq_ignore_ascii_case(r))
            || a > o
        {
            continue;
        }
        let Some(v) = adj.head.filter(|h| *h > 0) else {
            continue;
        };
        if s.words[v as usize - 1].upos == Some(Upos::Verb) {
            s.words[o].head = Some(v);
        }
    }
}

/// Makes the name after an English possessive 's the head of the phrase when the parser hung
/// it on its possessor as part of one name ("Venezuela's PDVSA signed ...", "Russia's
/// Gazprom cut ..." with *PDVSA* a `flat` of *Venezuela*): a name marked by 's possesses what
/// follows and is never one name with it. The possessor becomes the `nmod:poss` of the name
/// after it, which takes the possessor's place in the tree and its dependents after the 's.
pub(crate) fn possessor_made_head(s: &mut Sentence) {
    for p in 0..s.words.len().saturating_sub(2) {
        let (case, n) = (p + 1, p + 2);
        let owner = p as u32 + 1;
        if !rel_is(&s.words[case], UdRel::Case)
            || s.words[case].head != Some(owner)
            || !matches!(s.words[case].form.as_str(), "'s" | "’s" | "'" | "’")
            || s.words[n].head != Some(owner)
            || !matches!(s.words[n].upos, Some(Upos::Propn | Upos::Noun))
            || !matches!(
                rel(&s.words[n]),
                Some(UdRel::Flat | UdRel::Compound | UdRel::Appos)
            )
        {
            continue;
        }
        let (head, deprel) = (s.words[p].head, s.words[p].deprel.clone());
        for k in case + 1..s.words.len() {
            if k != n && s.words[k].head == Some(owner) {
                s.words[k].head = Some(n as u32 + 1);
            }
        }
        s.words[n].head = head;
        s.words[n].deprel = deprel;
        s.words[p].head = Some(n as u32 + 1);
        s.words[p].deprel = "nmod:poss".parse().ok();
    }
}

/// Makes a finite verb the root when the parser made the name before it the root and hung
/// the verb on it as parataxis ("Kenzo Oshima, the UN relief coordinator, demanded parties
/// to ..."): a name with a verb after it and no subject on that verb is the verb's subject.
/// So is a coordination whose last conjunct the parser gave the finite verb as a plain `acl`
/// ("The government and the rebels agreed to a ceasefire": a finite verb is no reduced
/// relative), or on any noun of the root's phrase ("Representatives of Sudan's army and the
/// Rapid Support Forces resumed talks", with "resumed" an `acl` of "Forces").
pub(crate) fn reroot_subject_name(s: &mut Sentence) {
    let Some(r) = s.words.iter().position(|w| w.head == Some(0)) else {
        return;
    };
    if !matches!(s.words[r].upos, Some(Upos::Propn | Upos::Noun | Upos::Num)) {
        return;
    }
    let conjunct_of_root = |h: u32| {
        s.words
            .get((h as usize).wrapping_sub(1))
            .is_some_and(|c| c.head == Some(r as u32 + 1) && rel_is(c, UdRel::Conj))
    };
    // A verb with a finite auxiliary of its own is no reduced relative: "Miles de
    // venezolanos fueron deportados" parsed with "deportados" an `acl` of "venezolanos".
    let finite_aux = |k: usize| {
        child_near(s, k, 4, 0, |a| {
            rel_is(a, UdRel::Aux) && a.feats.get("VerbForm") == Some("Fin")
        })
    };
    // ... unless a relative word opens it ("el mejor pollo que he probado").
    let relative = |k: usize| {
        child_near(s, k, 8, 0, |a| {
            a.feats.get("PronType") == Some("Rel")
                || ["que", "that", "which", "who", "quien", "cual"]
                    .iter()
                    .any(|x| a.form.eq_ignore_ascii_case(x))
        })
    };
    let Some(v) = (r + 1..s.words.len()).find(|&k| {
        let w = &s.words[k];
        let plain_acl = w
            .deprel
            .as_ref()
            .is_some_and(|d| d.base() == UdRel::Acl && d.subtype().is_none());
        let finite = w.feats.get("VerbForm") == Some("Fin");
        w.upos == Some(Upos::Verb)
            && ((finite && w.head == Some(r as u32 + 1) && rel_is(w, UdRel::Parataxis))
                || (finite
                    && plain_acl
                    && !relative(k)
                    && w.head
                        .is_some_and(|h| conjunct_of_root(h) || in_root_nominal(s, h as usize)))
                || (plain_acl
                    && finite_aux(k)
                    && !relative(k)
                    && w.head.is_some_and(|h| in_root_nominal(s, h as usize))))
    }) else {
        return;
    };
    let passive = s.words.iter().any(|a| {
        a.head == Some(v as u32 + 1)
            && a.deprel
                .as_ref()
                .is_some_and(|d| d.base() == UdRel::Aux && d.subtype() == Some("pass"))
    });
    let old_head = s.words[v].head.map_or(0, |h| h as usize);
    if old_head != r + 1 {
        // The conjunct's own dependents after the verb (final punctuation) move to it too.
        for k in v + 1..s.words.len() {
            if s.words[k].head == Some(old_head as u32) {
                s.words[k].head = Some(v as u32 + 1);
            }
        }
    }
    let has_subject = s
        .words
        .iter()
        .any(|w| w.head == Some(v as u32 + 1) && rel_is(w, UdRel::Nsubj));
    let has_cop = s
        .words
        .iter()
        .any(|w| w.head == Some(r as u32 + 1) && rel_is(w, UdRel::Cop));
    if has_subject || has_cop {
        return;
    }
    // The root's dependents after the verb (final punctuation) move to the verb.
    for k in v + 1..s.words.len() {
        if s.words[k].head == Some(r as u32 + 1) {
            s.words[k].head = Some(v as u32 + 1);
        }
    }
    s.words[v].head = Some(0);
    s.words[v].deprel = Some(dyad_core::DepRel::new(UdRel::Root));
    s.words[r].head = Some(v as u32 + 1);
    s.words[r].deprel = match passive {
        true => "nsubj:pass".parse().ok(),
        false => Some(dyad_core::DepRel::new(UdRel::Nsubj)),
    };
}

/// Reads English "up to" before a number as a modifier of that number ("contribute up to
/// 4,000 troops"), where the parser took *up* for a particle and *to* for the case of the
/// counted noun, which then was an oblique instead of the verb's object.
pub(crate) fn up_to_number(s: &mut Sentence) {
    for u in 0..s.words.len().saturating_sub(2) {
        let (t, num) = (u + 1, u + 2);
        if !s.words[u].form.eq_ignore_ascii_case("up")
            || !s.words[t].form.eq_ignore_ascii_case("to")
            || s.words[num].upos != Some(Upos::Num)
            || rel_is(&s.words[t], UdRel::Fixed)
        {
            continue;
        }
        let Some(noun) = s.words[num].head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        if s.words[t].head != Some(noun as u32 + 1) || !rel_is(&s.words[noun], UdRel::Obl) {
            continue;
        }
        s.words[u].head = Some(num as u32 + 1);
        s.words[u].deprel = Some(dyad_core::DepRel::new(UdRel::Advmod));
        s.words[t].head = Some(u as u32 + 1);
        s.words[t].deprel = Some(dyad_core::DepRel::new(UdRel::Fixed));
        let verb = s.words[noun]
            .head
            .filter(|h| *h > 0)
            .map(|h| h as usize - 1);
        let has_obj = |v: usize| {
            s.words
                .iter()
                .any(|w| w.head == Some(v as u32 + 1) && rel_is(w, UdRel::Obj))
        };
        let other_case = s
            .words
            .iter()
            .enumerate()
            .any(|(k, w)| k != t && w.head == Some(noun as u32 + 1) && rel_is(w, UdRel::Case));
        if let Some(v) = verb.filter(|&v| s.words[v].upos == Some(Upos::Verb)) {
            if !has_obj(v) && !other_case {
                s.words[noun].deprel = Some(dyad_core::DepRel::new(UdRel::Obj));
            }
        }
    }
}

/// Makes a noun that the parser hung as a clausal complement (`ccomp`) with neither subject
/// nor copula the object of the nearest verb before it that has none: a clause needs a
/// predicate, and a bare noun phrase there is the object the parser lost ("forced out on
/// Wednesday more than 1,000 refugees", the quantity misread). "more"/"fewer" + "than" before
/// a number becomes that number's modifier.
pub(crate) fn nominal_complement(s: &mut Sentence) {
    let n = s.words.len();
    for m in 0..n.saturating_sub(2) {
        let more = s.words[m].form.to_ascii_lowercase();
        if matches!(more.as_str(), "more" | "fewer" | "less")
            && s.words[m + 1].form.eq_ignore_ascii_case("than")
            && s.words[m + 2].upos == Some(Upos::Num)
            && !rel_is(&s.words[m], UdRel::Advmod)
            && !descends(s, m + 2, m)
        {
            s.words[m].head = Some(m as u32 + 3);
            s.words[m].deprel = Some(dyad_core::DepRel::new(UdRel::Advmod));
            s.words[m + 1].head = Some(m as u32 + 1);
            s.words[m + 1].deprel = Some(dyad_core::DepRel::new(UdRel::Fixed));
        }
    }
    for i in 0..n {
        let w = &s.words[i];
        if !matches!(w.upos, Some(Upos::Noun)) || !rel_is(w, UdRel::Ccomp) {
            continue;
        }
        let own = |r: UdRel| {
            s.words
                .iter()
                .any(|k| k.head == Some(i as u32 + 1) && rel_is(k, r))
        };
        if own(UdRel::Nsubj) || own(UdRel::Cop) {
            continue;
        }
        let object_less_verb = (0..i).rev().find(|&v| {
            s.words[v].upos == Some(Upos::Verb)
                && !s
                    .words
                    .iter()
                    .any(|k| k.head == Some(v as u32 + 1) && rel_is(k, UdRel::Obj))
        });
        if let Some(v) = object_less_verb.filter(|&v| !descends(s, v, i)) {
            s.words[i].head = Some(v as u32 + 1);
            s.words[i].deprel = Some(dyad_core::DepRel::new(UdRel::Obj));
        }
    }
}

/// Joins two subjects of one verb that stand side by side, a title and the name after it,
/// into one phrase: "Iran's Supreme Leader Ali Khamenei ruled out ..." parsed with both
/// "Leader" and "Ali" subjects of "ruled". The first becomes an `nmod:desc` of the second,
/// as UD (EWT, PUD) writes "President Obama". Nothing may stand between them (a comma or "and" makes two).
pub(crate) fn adjacent_subjects(s: &mut Sentence) {
    let n = s.words.len();
    for b in 1..n {
        let wb = &s.words[b];
        if !rel_is(wb, UdRel::Nsubj) || wb.upos != Some(Upos::Propn) {
            continue;
        }
        let Some(v) = wb.head.filter(|h| *h > 0) else {
            continue;
        };
        // The nearest word before `b` in another phrase of the same verb: its top.
        let Some(a) = (b.saturating_sub(12)..b)
            .rev()
            .find(|&k| s.words[k].head == Some(v))
        else {
            continue;
        };
        let wa = &s.words[a];
        // (A title is a name: "the band Queen" keeps its common noun the subject.)
        if !rel_is(wa, UdRel::Nsubj) || wa.upos != Some(Upos::Propn) {
            continue;
        }
        // Every word from `a` to `b` is in `a`'s phrase or is `b`'s own left part.
        let contiguous = (a + 1..b).all(|k| descends(s, k, a) || descends(s, k, b));
        let punct_between =
            (a + 1..b).any(|k| matches!(s.words[k].upos, Some(Upos::Punct | Upos::Cconj)));
        if contiguous && !punct_between && !descends(s, b, a) {
            s.words[a].head = Some(b as u32 + 1);
            s.words[a].deprel = "nmod:desc".parse().ok();
        }
    }
}

/// Prepositions of opposition: what they introduce is aimed at, and a name of a place never
/// is ("rallied in Belgrade against President Vucic").
const AGAINST: &[&str] = &["against", "contra"];

/// Re-attaches an "against"/"contra" phrase the parser hung on a proper name that is itself
/// an oblique of a verb ("rallied in Belgrade against the president", "marcharon en Lima
/// contra el gobierno") to that verb: a place is not what a protest is against. Against a
/// common noun it stays ("protests against the government").
pub(crate) fn against_to_verb(s: &mut Sentence) {
    lift_to_verb(s, AGAINST, true, &[]);
}

/// Re-attaches a coordination of adjectives right before a noun to that noun ("Indian and
/// Pakistani troops exchanged fire", with "Indian" made a clause and "Pakistani" its conjunct):
/// the first adjective, hung anywhere but on the noun, with no copula of its own, modifies it.
pub(crate) fn coordinated_adjectives_on_noun(s: &mut Sentence) {
    for i in 0..s.words.len().saturating_sub(3) {
        let (cc, j, n) = (i + 1, i + 2, i + 3);
        let w = &s.words[i];
        if w.upos != Some(Upos::Adj)
            || s.words[j].upos != Some(Upos::Adj)
            || s.words[cc].upos != Some(Upos::Cconj)
            || !matches!(s.words[n].upos, Some(Upos::Noun | Upos::Propn))
            || s.words[j].head != Some(i as u32 + 1)
            || !rel_is(&s.words[j], UdRel::Conj)
            || w.head == Some(n as u32 + 1)
            || has_dependent(&s.words, i + 1, UdRel::Cop)
            || descends(s, n, i)
        {
            continue;
        }
        // The adjective's other dependents (punctuation, a stray word) stay with the tree
        // through the noun.
        let old = w.head;
        for k in 0..s.words.len() {
            if k != j && k != cc && s.words[k].head == Some(i as u32 + 1) && k > n {
                s.words[k].head = old;
            }
        }
        s.words[i].head = Some(n as u32 + 1);
        s.words[i].deprel = Some(dyad_core::DepRel::new(UdRel::Amod));
    }
}

/// Whom an act is done with, and where it is done.
const WITH: &[&str] = &["with", "con"];
const LOCATIVE: &[&str] = &["in", "at", "en"];

/// Re-attaches a "with"/"con" phrase the parser hung on a place name that is the verb's
/// locative oblique ("se reunió en Moscú con Vladímir Putin", "met in Geneva with Lavrov")
/// to that verb: a city has no one with it; the meeting does. The place must be a proper name
/// marked by "in"/"at"/"en" ("a deal with Russia" and "en la frontera con Colombia" stay).
pub(crate) fn comitative_to_verb(s: &mut Sentence) {
    lift_to_verb(s, WITH, true, LOCATIVE);
}

/// Attributions: a phrase they introduce says whose word the whole clause is.
const ACCORDING: &[&str] = &["according", "según"];

/// Re-attaches an "according to"/"según" phrase the parser hung on an oblique of a verb
/// ("fired two missiles on Thursday, according to Seoul" under "Thursday") to that verb: it
/// qualifies the clause, not the day, and is no part of the day's phrase.
pub(crate) fn attribution_to_verb(s: &mut Sentence) {
    lift_to_verb(s, ACCORDING, false, &[]);
}

/// Moves each `nmod` marked by one of `preps`, on an oblique of a verb (a proper name only,
/// when `names_only`; one marked by one of `host_cases`, unless that is empty) that comes
/// before it, up to that verb as its `obl`.
fn lift_to_verb(s: &mut Sentence, preps: &[&str], names_only: bool, host_cases: &[&str]) {
    for k in 0..s.words.len() {
        let w = &s.words[k];
        if !rel_is(w, UdRel::Nmod) {
            continue;
        }
        let Some(h) = w.head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let host = &s.words[h];
        if names_only && host.upos != Some(Upos::Propn) || !rel_is(host, UdRel::Obl) || h > k {
            continue;
        }
        let Some(v) = host.head.filter(|x| *x > 0) else {
            continue;
        };
        if s.words[v as usize - 1].upos != Some(Upos::Verb) {
            continue;
        }
        let host_marked = host_cases.is_empty()
            || child_near(s, h, 3, 0, |c| {
                rel_is(c, UdRel::Case) && host_cases.iter().any(|a| c.form.eq_ignore_ascii_case(a))
            });
        if !host_marked {
            continue;
        }
        let marked = child_near(s, k, 4, 0, |c| {
            rel_is(c, UdRel::Case) && preps.iter().any(|a| c.form.eq_ignore_ascii_case(a))
        });
        if marked {
            s.words[k].head = Some(v);
            s.words[k].deprel = Some(dyad_core::DepRel::new(UdRel::Obl));
        }
    }
}

pub(crate) fn case_under_verb(s: &mut Sentence) {
    let n = s.words.len();
    for c in 0..n.saturating_sub(1) {
        let Some(v) = s.words[c].head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        if s.words[c].upos != Some(Upos::Adp)
            || rel(&s.words[c]) != Some(UdRel::Case)
            || s.words[v].upos != Some(Upos::Verb)
        {
            continue;
        }
        let t = c + 1;
        let w = &s.words[t];
        if w.head == Some(v as u32 + 1)
            && rel(w) == Some(UdRel::Compound)
            && matches!(w.upos, Some(Upos::Noun | Upos::Propn | Upos::Num))
        {
            s.words[c].head = Some(t as u32 + 1);
            s.words[t].deprel = Some(dyad_core::DepRel::new(UdRel::Obl));
        }
    }
}

/// A name the parser joined to the name before it as `flat` across a coordinator is that
/// name's conjunct: "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov
/// signed ..." with "Todor" a `flat` of "Muammar" and "and" inside Todor's phrase. A flat name
/// never spans "and"; the coordinator moves to the conjunct it opens.
pub(crate) fn split_flat_coordination(s: &mut Sentence) {
    for w in 0..s.words.len() {
        if !rel_is(&s.words[w], UdRel::Flat) {
            continue;
        }
        let Some(h) = s.words[w].head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        if h >= w {
            continue;
        }
        let cc = (h + 1..w).find(|&k| {
            rel_is(&s.words[k], UdRel::Cc)
                && s.words[k].upos == Some(Upos::Cconj)
                && descends(s, k, w)
        });
        if let Some(k) = cc {
            s.words[w].deprel = Some(dyad_core::DepRel::new(UdRel::Conj));
            s.words[k].head = Some(w as u32 + 1);
            continue;
        }
        // "Japan and South Korea": "South" is the conjunct and "Korea" was left a flat of
        // "Japan"; a flat continues the name right before it.
        let conj = (h + 1..w)
            .rev()
            .find(|&k| rel_is(&s.words[k], UdRel::Conj) && s.words[k].head == Some(h as u32 + 1));
        if let Some(k) = conj {
            if (k..w).all(|j| s.words[j].upos == Some(Upos::Propn))
                && (k + 1..w).all(|j| s.words[j].head == Some(k as u32 + 1))
            {
                s.words[w].head = Some(k as u32 + 1);
            }
        }
    }
}

/// Gives a finite clause (a finite verb, or a finite auxiliary) with no subject the nominal the
/// parser coordinated with the verb's object instead: "mató a dos hombres, y un plan para
/// asesinar al gobernador fue frustrado en Mombasa", parsed with "plan" a conjunct of "hombres"
/// and "frustrado" an adverbial clause of "mató"; "lanzaron una ofensiva en Nagorno Karabaj y
/// Armenia pidió ayuda a Rusia", with "Armenia" a conjunct of the place. A finite clause needs
/// a subject (Spanish drops one only when the verb's own subject carries on), and a conjunct introduced
/// by "y"/"and" right before such a clause, with nothing between but its own modifiers, is
/// that subject: it becomes the clause's `nsubj` (`nsubj:pass` under a passive auxiliary),
/// and the clause the second conjunct of the verb, taking the conjunction and its comma.
pub(crate) fn conjunct_subject_of_clause(s: &mut Sentence) {
    for c in 0..s.words.len() {
        let wc = &s.words[c];
        if wc.upos != Some(Upos::Verb)
            || !matches!(
                rel(wc),
                Some(UdRel::Advcl | UdRel::Parataxis | UdRel::Ccomp)
            )
        {
            continue;
        }
        let Some(h) = wc.head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let cid = c as u32 + 1;
        let finite_aux = s
            .words
            .iter()
            .any(|w| w.head == Some(cid) && rel_is(w, UdRel::Aux) && finite(w));
        if !(finite_aux || finite(wc))
            || has_dependent(&s.words, c + 1, UdRel::Nsubj)
            || has_dependent(&s.words, c + 1, UdRel::Mark)
            || h > c
        {
            continue;
        }
        // The nearest word before the clause's first word that is not the clause's own.
        let first = (0..c).find(|&k| descends(s, k, c)).unwrap_or(c);
        let Some(n) = (h + 1..first)
            .rev()
            .find(|&k| !descends(s, k, c))
            .and_then(|k| {
                // ... climbing to the conjunct whose phrase it ends.
                (h + 1..=k).find(|&j| {
                    rel_is(&s.words[j], UdRel::Conj)
                        && matches!(s.words[j].upos, Some(Upos::Noun | Upos::Propn | Upos::Pron))
                        && (j..=k).all(|x| descends(s, x, j))
                })
            })
        else {
            continue;
        };
        let nid = n as u32 + 1;
        if !has_dependent(&s.words, n + 1, UdRel::Cc) || descends(s, h, n) {
            continue;
        }
        // With no auxiliary, only a name, or a noun with its article that agrees with the verb
        // in number ("y la policía marroquí los repelió"), right before its verb: "... y Petro,
        // y afirmó que" is the first subject's second act, its subject dropped.
        let agrees = match (s.words[n].feats.get("Number"), wc.feats.get("Number")) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        };
        let subject_like = match s.words[n].upos {
            Some(Upos::Propn) => true,
            Some(Upos::Noun) => agrees && has_dependent(&s.words, n + 1, UdRel::Det),
            _ => false,
        };
        if !finite_aux
            && (!subject_like
                || s.words[n + 1..c]
                    .iter()
                    .any(|w| matches!(w.upos, Some(Upos::Punct | Upos::Cconj))))
        {
            continue;
        }
        let passive = s.words.iter().any(|w| {
            w.head == Some(cid)
                && w.deprel
                    .as_ref()
                    .is_some_and(|d| d.base() == UdRel::Aux && d.subtype() == Some("pass"))
        });
        // The conjunction and the comma before the subject go to the clause.
        for k in 0..n {
            let w = &s.words[k];
            if w.head == Some(nid) && matches!(rel(w), Some(UdRel::Cc | UdRel::Punct)) {
                s.words[k].head = Some(cid);
            }
        }
        s.words[n].head = Some(cid);
        s.words[n].deprel = if passive { "nsubj:pass" } else { "nsubj" }.parse().ok();
        s.words[c].deprel = Some(dyad_core::DepRel::new(UdRel::Conj));
    }
}

/// Splits a coordinated subject off a Spanish singular verb: "bombardearon Járkov y Ucrania
/// pidió ayuda", parsed with "Járkov y Ucrania" the subject of "pidió" and "pidió" a clause of
/// "bombardearon" with no object. A singular finite verb takes no coordinated subject, so the
/// last conjunct, right before it, is its subject, the first the object the verb before went
/// without, and the clause that verb's second conjunct.
pub(crate) fn singular_verb_coordinated_subject(s: &mut Sentence) {
    for c in 0..s.words.len() {
        let wc = &s.words[c];
        if wc.upos != Some(Upos::Verb)
            || !finite(wc)
            || wc.feats.get("Number") != Some("Sing")
            || !matches!(
                rel(wc),
                Some(UdRel::Ccomp | UdRel::Advcl | UdRel::Parataxis)
            )
        {
            continue;
        }
        let Some(h) = wc.head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let cid = c as u32 + 1;
        let Some(x) =
            (h + 1..c).find(|&k| s.words[k].head == Some(cid) && rel_is(&s.words[k], UdRel::Nsubj))
        else {
            continue;
        };
        let xid = x as u32 + 1;
        let Some(y) = (x + 1..c)
            .rev()
            .find(|&k| s.words[k].head == Some(xid) && rel_is(&s.words[k], UdRel::Conj))
        else {
            continue;
        };
        let yid = y as u32 + 1;
        if s.words[h].upos != Some(Upos::Verb)
            || has_dependent(&s.words, h + 1, UdRel::Obj)
            || has_dependent(&s.words, c + 1, UdRel::Mark)
            || !matches!(s.words[x].upos, Some(Upos::Noun | Upos::Propn))
            || s.words[y].upos != Some(Upos::Propn)
            || !(y + 1..c).all(|k| descends(s, k, y))
        {
            continue;
        }
        // The conjunction and any comma before the second conjunct go to the clause.
        for k in x + 1..y {
            if s.words[k].head == Some(yid)
                && matches!(rel(&s.words[k]), Some(UdRel::Cc | UdRel::Punct))
            {
                s.words[k].head = Some(cid);
            }
        }
        reattach(s, x, h, UdRel::Obj);
        reattach(s, y, c, UdRel::Nsubj);
        s.words[c].deprel = Some(dyad_core::DepRel::new(UdRel::Conj));
    }
}

/// Makes an adjective the parser hung on a copula the predicate it is: "The president is due
/// to visit Kenya" parsed with "president" the root, "is" its copula and "due" a modifier of
/// "is" (a copula heads nothing). The adjective takes the subject's place in the tree, the
/// subject becomes its `nsubj`, the copula its `cop`, and whatever the subject had after the
/// adjective (the clause's obliques, punctuation) moves to it. The copula may come under any
/// relation (`goeswith`, `cc`: "Zelensky is due to meet Rutte", "He is due to meet"), and an
/// infinitive the adjective governs as a clausal subject is its complement.
pub(crate) fn adjective_under_copula(s: &mut Sentence) {
    let n = s.words.len();
    for c in 0..n {
        let copula = rel_is(&s.words[c], UdRel::Cop)
            || s.words[c]
                .lemma
                .as_deref()
                .is_some_and(|l| ["be", "ser", "estar"].contains(&l));
        if !copula || s.words[c].upos != Some(Upos::Aux) {
            continue;
        }
        let Some(h) = s.words[c].head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let a = c + 1;
        let subject = matches!(s.words[h].upos, Some(Upos::Noun | Upos::Propn | Upos::Pron));
        if h >= c
            || !subject
            || a >= n
            || s.words[a].upos != Some(Upos::Adj)
            || s.words[a].head != Some(c as u32 + 1)
        {
            continue;
        }
        let (head, deprel) = (s.words[h].head, s.words[h].deprel.clone());
        s.words[a].head = head;
        s.words[a].deprel = deprel;
        s.words[h].head = Some(a as u32 + 1);
        s.words[h].deprel = Some(dyad_core::DepRel::new(UdRel::Nsubj));
        s.words[c].head = Some(a as u32 + 1);
        s.words[c].deprel = Some(dyad_core::DepRel::new(UdRel::Cop));
        for k in 0..n {
            let from_subject = s.words[k].head == Some(h as u32 + 1) && k > a;
            let from_copula = s.words[k].head == Some(c as u32 + 1);
            if from_subject || from_copula {
                s.words[k].head = Some(a as u32 + 1);
            }
            let infinitive = s.words[k].head == Some(a as u32 + 1)
                && rel_is(&s.words[k], UdRel::Csubj)
                && s.words[k].feats.get("VerbForm") == Some("Inf");
            if infinitive {
                s.words[k].deprel = Some(dyad_core::DepRel::new(UdRel::Xcomp));
            }
        }
    }
}

/// Prepositions that take two parties at once: "between X and Y" coordinates Y with X.
const BETWEEN: &[&str] = &["between", "entre"];

/// Re-attaches the second party of "between X and Y" / "entre X y Y" to X as its conjunct
/// when the parser hung it elsewhere: on the noun the phrase modifies ("enfrentamientos entre
/// manifestantes y la policía"), or as the verb's subject ("los combates entre el Ejército y
/// el ELN dejaron diez muertos"). "Between" always joins its parties: the coordinator right
/// after X's phrase joins X to the next nominal.
pub(crate) fn between_conjunct(s: &mut Sentence) {
    let n = s.words.len();
    for x in 0..n {
        if !matches!(s.words[x].upos, Some(Upos::Noun | Upos::Propn | Upos::Pron)) {
            continue;
        }
        let marked = child_near(s, x, 4, 0, |c| {
            rel_is(c, UdRel::Case) && BETWEEN.iter().any(|b| c.form.eq_ignore_ascii_case(b))
        });
        if !marked || has_dependent(&s.words, x, UdRel::Conj) {
            continue;
        }
        // The first word after X's own phrase.
        let mut c = x + 1;
        while c < n && descends(s, c, x) {
            c += 1;
        }
        if c >= n || s.words[c].upos != Some(Upos::Cconj) {
            continue;
        }
        let Some(y) = s.words[c].head.filter(|h| *h > 0).map(|h| h as usize - 1) else {
            continue;
        };
        let nominal = matches!(s.words[y].upos, Some(Upos::Noun | Upos::Propn | Upos::Pron));
        if y <= c || !nominal || descends(s, x, y) {
            continue;
        }
        s.words[y].head = Some(x as u32 + 1);
        s.words[y].deprel = Some(dyad_core::DepRel::new(UdRel::Conj));
    }
}

/// English words that are prepositions before a noun and subordinators before a clause,
/// read by the "after Madrid recognized ..." repairs of [`find`].
const CLAUSE_PREPOSITIONS: [&str; 4] = ["after", "before", "since", "until"];

/// Whether preposition `i` is followed by a short noun phrase it marks and then that
/// phrase's verb: a finite one, or a past participle with a direct object hung on the
/// phrase's last noun (see [`find`]). "after Madrid recognized", "after Belarusian border
/// guards detained two journalists".
fn clause_after_preposition(s: &Sentence, i: usize) -> Option<(usize, bool)> {
    let j = (i + 1..s.words.len().min(i + 7)).find(|&k| {
        !matches!(
            s.words[k].upos,
            Some(Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num | Upos::Pron)
        )
    })?;
    let v = &s.words[j];
    let noun = j - 1;
    if j < i + 2
        || v.upos != Some(Upos::Verb)
        || !matches!(
            s.words[noun].upos,
            Some(Upos::Noun | Upos::Propn | Upos::Pron)
        )
    {
        return None;
    }
    // As a preposition, the word marks a noun of the phrase: its last, or a title before a
    // name ("after U.S. envoy Keith Kellogg met Zelensky", "after" on "envoy").
    if s.words[i].upos == Some(Upos::Adp)
        && !s.words[i]
            .head
            .is_some_and(|h| (i + 2..=noun + 1).contains(&(h as usize)))
    {
        return None;
    }
    let finite = v.feats.get("VerbForm") == Some("Fin");
    // (Wherever the parser hung it: a passive participle has no object.)
    let past_with_object = v.feats.get("VerbForm") == Some("Part")
        && v.feats.get("Tense") == Some("Past")
        && s.words
            .iter()
            .any(|o| o.head == Some(j as u32 + 1) && rel_is(o, UdRel::Obj));
    (finite || past_with_object).then_some((j, past_with_object))
}

/// Whether an English word's lemma ends in a suffix only nouns have: -ity, -ness, -ism, and
/// -ery/-ary/-ory past four letters ("delivery", "secretary", "territory"; not "vary",
/// "query").
/// Whether `form` is spelled as a Spanish third-person plural preterite: lower case, a stem
/// and "-aron", "-ieron" or "-yeron".
fn preterite_plural(form: &str) -> bool {
    form.chars().count() >= 6
        && form.chars().all(|c| c.is_lowercase())
        && ["aron", "ieron", "yeron"].iter().any(|e| form.ends_with(e))
}

fn noun_only_lemma(w: &dyad_core::Word) -> bool {
    let Some(l) = w.lemma.as_deref() else {
        return false;
    };
    ["ity", "ness", "ism"].iter().any(|e| ends_with_ci(l, e))
        || (l.len() > 5 && ["ery", "ary", "ory"].iter().any(|e| ends_with_ci(l, e)))
}

/// Whether `s` ends with ASCII `suffix`, ignoring ASCII case (no allocation: the repairs run
/// on every word of every sentence).
fn ends_with_ci(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// English -ing compounds with no verb in use, which the tagger may take for gerunds (lower
/// case; UD tags them NOUN, as EWT does "peacekeeping").
const MODIFIER_GERUNDS: &[&str] = &[
    "peacekeeping",
    "peacemaking",
    "peacebuilding",
    "policymaking",
    "lawmaking",
    "decisionmaking",
    "firefighting",
    "housekeeping",
    "wrongdoing",
    "warmaking",
];

/// Whether a Spanish word is spelled as a participle can be: -ado/-ido, -to, -so, -cho, in
/// any gender and number ("atacados", "muerta", "presos", "dicho").
fn spanish_participle_spelling(form: &str) -> bool {
    let f = form.to_lowercase();
    let f = f.strip_suffix('s').unwrap_or(&f);
    let Some(stem) = f.strip_suffix('o').or_else(|| f.strip_suffix('a')) else {
        return false;
    };
    ["ad", "id", "íd", "t", "s", "ch"]
        .iter()
        .any(|e| stem.ends_with(e))
}

/// English modal auxiliaries, which take a bare verb (lower case).
const MODALS: &[&str] = &[
    "will", "would", "could", "should", "can", "may", "might", "must", "shall", "'ll", "'d",
];

/// Whether word `i` comes right after an English modal tagged AUX, or after one and adverbs
/// ("would not resume", "will soon resume"), in a statement: a question puts its subject
/// there ("But will diplomacy work?", "Can police trace a phone?").
fn after_modal(s: &Sentence, i: usize) -> bool {
    let Some(m) = s.words[..i]
        .iter()
        .rposition(|w| !matches!(w.upos, Some(Upos::Adv | Upos::Part)))
    else {
        return false;
    };
    let modal = &s.words[m];
    modal.upos == Some(Upos::Aux)
        && MODALS.iter().any(|m| modal.form.eq_ignore_ascii_case(m))
        && s.words[..m]
            .iter()
            .any(|w| matches!(w.upos, Some(Upos::Noun | Upos::Propn | Upos::Pron)))
        && s.words.last().is_none_or(|w| w.form != "?")
}

/// Days and months, for [`reattach_time_clauses`] (lower case).
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "week",
    "semana",
    "today",
    "hoy",
    "yesterday",
    "ayer",
];

fn time_word(w: &dyad_core::Word) -> bool {
    w.feats.get("AdvType") == Some("Tim")
        || (matches!(w.upos, Some(Upos::Noun | Upos::Propn))
            && TIME_WORDS.contains(&w.form.to_lowercase().as_str()))
}

/// For participle `i` hung on a noun before it: the 1-based verb after it that the noun is the
/// subject of.
fn later_verb_of_subject(s: &Sentence, i: usize) -> Option<usize> {
    let h = s.words[i].head.filter(|h| *h > 0)? as usize;
    let n = &s.words[h - 1];
    let r = n.head.filter(|r| *r > 0)? as usize;
    // (Or the noun the parser, having no verb for it, made the later verb's complement:
    // "Armed gangs stormed two prisons, the government said" with "gangs" a `ccomp`.)
    let subject = rel_is(n, UdRel::Nsubj)
        || (rel_is(n, UdRel::Ccomp) && matches!(n.upos, Some(Upos::Noun | Upos::Propn)));
    (h <= i && subject && r > i + 1).then_some(r)
}

/// The universal relation of `w`, without subtype.
/// English verbs whose past participle is their bare form: the only ones a participle tag
/// may sit on when the word is spelled like its lemma.
const BARE_PARTICIPLES: &[&str] = &[
    "become",
    "bet",
    "bid",
    "broadcast",
    "burst",
    "cast",
    "come",
    "cost",
    "cut",
    "fit",
    "forecast",
    "hit",
    "hurt",
    "input",
    "knit",
    "let",
    "offset",
    "outbid",
    "output",
    "overcome",
    "overrun",
    "put",
    "quit",
    "read",
    "recast",
    "reset",
    "rid",
    "run",
    "set",
    "shed",
    "shut",
    "slit",
    "split",
    "spread",
    "sublet",
    "telecast",
    "thrust",
    "undercut",
    "upset",
    "wed",
];

/// Whether some word has two subjects: the parser gave a later verb ("..., officials said")
/// the subject of a verb it did not recognize.
fn two_subjects(s: &Sentence) -> bool {
    s.words.iter().enumerate().any(|(h, _)| {
        s.words
            .iter()
            .filter(|w| w.head == Some(h as u32 + 1) && rel_is(w, UdRel::Nsubj))
            .count()
            >= 2
    })
}

/// Whether every finite verb of the sentence lies below word `i`: its own conjuncts ("Doctors
/// from two aid groups donated and personally delivered goods") or clauses it governs ("A
/// witness told police that the victim had attacked ..."). Then the main clause has no finite
/// verb, and `i` is the one it lacks. Linear: each word's answer is remembered.
fn finite_only_below(s: &Sentence, i: usize) -> bool {
    const UNKNOWN: u8 = 0;
    const BELOW: u8 = 1;
    const NOT: u8 = 2;
    let n = s.words.len();
    let mut memo = vec![UNKNOWN; n];
    memo[i] = BELOW;
    let mut path = Vec::new();
    for (k, v) in s.words.iter().enumerate() {
        if !matches!(v.upos, Some(Upos::Verb | Upos::Aux)) || v.feats.get("VerbForm") != Some("Fin")
        {
            continue;
        }
        // Walk up to a word already known (or the root), then mark the path with the answer.
        path.clear();
        let mut h = k;
        let answer = loop {
            if memo[h] != UNKNOWN {
                break memo[h];
            }
            if path.len() > n {
                break NOT; // a cycle: no tree to read
            }
            path.push(h);
            match s.words[h].head {
                Some(x) if x > 0 && (x as usize) <= n => h = x as usize - 1,
                _ => break NOT,
            }
        };
        for &p in &path {
            memo[p] = answer;
        }
        if answer == NOT {
            return false;
        }
    }
    true
}

/// Whether the 1-based word `h` is the root or a noun nested in the root's noun phrase by
/// `nmod` or `conj` links ("Leaders of the opposition coalition", "The government and the
/// rebels agreed ..."): a clause hung there hangs on the sentence's only nominal. The phrase
/// may pass through a reduced passive relative's oblique ("Somali forces backed by U.S.
/// airstrikes recaptured ...", parsed with "recaptured" on "airstrikes").
fn in_root_nominal(s: &Sentence, mut h: usize) -> bool {
    for _ in 0..6 {
        let Some(w) = s.words.get(h.wrapping_sub(1)) else {
            return false;
        };
        if w.head == Some(0) {
            return true;
        }
        let reduced_relative = |p: &dyad_core::Word| {
            p.upos == Some(Upos::Verb)
                && p.feats.get("VerbForm") == Some("Part")
                && rel_is(p, UdRel::Acl)
        };
        if rel_is(w, UdRel::Obl) && matches!(w.upos, Some(Upos::Noun | Upos::Propn)) {
            match w
                .head
                .and_then(|x| s.words.get((x as usize).wrapping_sub(1)))
            {
                Some(p) if reduced_relative(p) => {
                    h = p.head.map_or(0, |x| x as usize);
                    continue;
                }
                _ => return false,
            }
        }
        if !(rel_is(w, UdRel::Nmod) || rel_is(w, UdRel::Conj))
            || !matches!(w.upos, Some(Upos::Noun | Upos::Propn))
        {
            return false;
        }
        h = w.head.map_or(0, |x| x as usize);
    }
    false
}

/// Whether 0-based word `k` lies in the subtree of word `anc` (or is it): moving `anc` under
/// `k` would then make a cycle. Bounded by the sentence length, so a cycle cannot hang it.
fn descends(s: &Sentence, k: usize, anc: usize) -> bool {
    let mut h = k;
    for _ in 0..=s.words.len() {
        if h == anc {
            return true;
        }
        match s.words.get(h).and_then(|w| w.head) {
            Some(x) if x > 0 => h = x as usize - 1,
            _ => return false,
        }
    }
    false
}

/// Whether the sentence's heads form one tree: exactly one root, every head in range, no
/// cycle. Linear (each word's way to the root is walked at most twice) and, with `state`
/// reused, allocation-free.
pub(crate) fn is_tree(s: &Sentence, state: &mut Vec<u8>) -> bool {
    const UNKNOWN: u8 = 0;
    const ON_PATH: u8 = 1;
    const ROOTED: u8 = 2;
    let n = s.words.len();
    if s.words.iter().filter(|w| w.head == Some(0)).count() != 1 {
        return n == 0;
    }
    let up = |h: usize| match s.words[h].head {
        Some(0) => None,
        Some(x) if (x as usize) <= n => Some(x as usize - 1),
        _ => Some(usize::MAX),
    };
    state.clear();
    state.resize(n, UNKNOWN);
    for k in 0..n {
        // Up to the root or a word known to reach it; meeting this walk's own path is a cycle.
        let mut h = k;
        loop {
            match state[h] {
                ROOTED => break,
                ON_PATH => return false,
                _ => state[h] = ON_PATH,
            }
            match up(h) {
                None => break,
                Some(usize::MAX) => return false,
                Some(x) => h = x,
            }
        }
        let mut h = k;
        while state[h] == ON_PATH {
            state[h] = ROOTED;
            match up(h) {
                Some(x) if x != usize::MAX => h = x,
                _ => break,
            }
        }
    }
    true
}

fn rel(w: &dyad_core::Word) -> Option<UdRel> {
    w.deprel.as_ref().map(|d| d.base())
}

fn rel_is(w: &dyad_core::Word, r: UdRel) -> bool {
    rel(w) == Some(r)
}

/// Whether one of `words` depends on 1-based word `head` by `rel`.
/// A finite verb or auxiliary.
fn finite(w: &dyad_core::Word) -> bool {
    matches!(w.upos, Some(Upos::Verb | Upos::Aux)) && w.feats.get("VerbForm") == Some("Fin")
}

fn has_dependent(words: &[dyad_core::Word], head: usize, rel: UdRel) -> bool {
    words
        .iter()
        .any(|m| m.head == Some(head as u32) && rel_is(m, rel))
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

/// Whether the sentence's first word goes on as a name: a name right after it ("Costa Rica")
/// or after a preposition and maybe an article ("Corea del Norte", split "de el Norte").
fn name_continues(s: &Sentence) -> bool {
    let upos = |k: usize| s.words.get(k).and_then(|w| w.upos);
    match upos(1) {
        Some(Upos::Propn) => true,
        Some(Upos::Adp) => {
            upos(2) == Some(Upos::Propn)
                || upos(2) == Some(Upos::Det) && upos(3) == Some(Upos::Propn)
        }
        _ => false,
    }
}

/// Whether word `k` (0-based) has a dependent within `before` words before it or `after`
/// words after it that passes `pred`. Function words (case markers, auxiliaries, relative
/// words) sit next to their head, so the repairs look only there: a sentence of any length
/// then costs each repair time linear in its words (a megabyte with no full stop is one
/// sentence).
fn child_near(
    s: &Sentence,
    k: usize,
    before: usize,
    after: usize,
    pred: impl Fn(&dyad_core::Word) -> bool,
) -> bool {
    let end = (k + after + 1).min(s.words.len());
    s.words[k.saturating_sub(before)..end]
        .iter()
        .any(|c| c.head == Some(k as u32 + 1) && pred(c))
}

/// Whether `w` opens a noun phrase: an article, a possessive pronoun, or possessive 's.
fn determines(w: &dyad_core::Word) -> bool {
    match w.upos {
        Some(Upos::Det) => w.feats.get("PronType") == Some("Art"),
        Some(Upos::Pron) => w.feats.get("Poss") == Some("Yes"),
        Some(Upos::Part) => {
            rel_is(w, UdRel::Case) && matches!(w.form.as_str(), "'s" | "’s" | "'" | "’")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_trees::tree;

    fn alt(upos: Upos) -> Option<UposAlt> {
        Some(UposAlt { upos, margin: 1.0 })
    }

    /// The repair `find` gives for tree `s` with the tagger's runner-ups `alts`.
    fn fix(lang: Lang, s: &Sentence, alts: &[Option<UposAlt>]) -> Option<(usize, FixedTag)> {
        find(lang, s, alts, &mut Vec::new())
    }

    /// The English repair `find` gives for a tree whose tagger had no runner-up tags.
    fn found_en(s: &Sentence) -> Option<(usize, FixedTag)> {
        fix(Lang::En, s, &vec![None; s.words.len()])
    }

    #[test]
    fn after_on_a_title_before_the_subject_name_opens_a_clause() {
        // "came a day after U.S. envoy Keith Kellogg met Zelensky", "after" on "envoy".
        let s = tree(
            "1\tcame\tcome\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             2\tday\tday\tNOUN\t_\t_\t1\tobl\t_\t_\n\
             3\tafter\tafter\tADP\t_\t_\t5\tcase\t_\t_\n\
             4\tU.S.\tU.S.\tPROPN\t_\t_\t5\tcompound\t_\t_\n\
             5\tenvoy\tenvoy\tNOUN\t_\t_\t2\tnmod\t_\t_\n\
             6\tKeith\tKeith\tPROPN\t_\t_\t8\tnsubj\t_\t_\n\
             7\tKellogg\tKellogg\tPROPN\t_\t_\t6\tflat\t_\t_\n\
             8\tmet\tmeet\tVERB\t_\tVerbForm=Fin\t1\tparataxis\t_\t_\n\
             9\tZelensky\tZelensky\tPROPN\t_\t_\t8\tobj\t_\t_\n\n",
        );
        assert_eq!(found_en(&s), Some((2, FixedTag::upos(Upos::Sconj))));
        // On a word outside the phrase before the verb, it stays a preposition.
        let mut far = s.clone();
        far.words[2].head = Some(2);
        assert_eq!(found_en(&far), None);
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
            fix(Lang::En, &s, &alts),
            Some((1, FixedTag::upos(Upos::Verb)))
        );
        // The tagger never considered a verb: nothing to repair.
        let alts = [None, alt(Upos::Propn), None, None];
        assert_eq!(fix(Lang::En, &s, &alts), None);
    }

    #[test]
    fn a_finite_verb_read_as_an_object_with_a_compound_is_a_noun() {
        let depots = |obj: &str| {
            tree(&format!(
                "1\tIsrael\tIsrael\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\tstruck\tstrike\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
                 3\tweapons\tweapon\tNOUN\t_\t_\t4\tcompound\t_\t_\n\
                 4\tdepots\tdepot\tVERB\t_\tVerbForm=Fin\t2\t{obj}\t_\t_\n\n"
            ))
        };
        let alts = [None, None, None, alt(Upos::Noun)];
        assert_eq!(
            fix(Lang::En, &depots("obj"), &alts),
            Some((3, FixedTag::upos(Upos::Noun)))
        );
        // As a clause of its own it may be a verb.
        assert_eq!(fix(Lang::En, &depots("ccomp"), &alts), None);
    }

    #[test]
    fn a_conjunct_before_a_subjectless_clause_is_its_subject() {
        let mut s = tree(
            "1\tbomba\tbomba\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tmató\tmatar\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             3\ta\ta\tADP\t_\t_\t4\tcase\t_\t_\n\
             4\thombres\thombre\tNOUN\t_\t_\t2\tobj\t_\t_\n\
             5\t,\t,\tPUNCT\t_\t_\t7\tpunct\t_\t_\n\
             6\ty\ty\tCCONJ\t_\t_\t7\tcc\t_\t_\n\
             7\tplan\tplan\tNOUN\t_\t_\t4\tconj\t_\t_\n\
             8\tpara\tpara\tADP\t_\t_\t9\tmark\t_\t_\n\
             9\tasesinar\tasesinar\tVERB\t_\tVerbForm=Inf\t7\tacl\t_\t_\n\
             10\tfue\tser\tAUX\t_\tVerbForm=Fin\t11\taux:pass\t_\t_\n\
             11\tfrustrado\tfrustrar\tVERB\t_\tVerbForm=Part\t2\tadvcl\t_\t_\n\n",
        );
        conjunct_subject_of_clause(&mut s);
        assert_eq!(s.words[6].head, Some(11));
        assert_eq!(
            s.words[6].deprel.as_ref().unwrap().to_string(),
            "nsubj:pass"
        );
        assert_eq!(rel(&s.words[10]), Some(UdRel::Conj));
        assert_eq!(s.words[5].head, Some(11));
        assert_eq!(s.words[4].head, Some(11));
        assert!(is_tree(&s, &mut Vec::new()));
        // A clause with a subject of its own ("bomba" made the clause's) keeps the conjunct
        // where the parser put it.
        let mut t = s.clone();
        t.words[6].head = Some(4);
        t.words[6].deprel = "conj".parse().ok();
        t.words[10].deprel = "advcl".parse().ok();
        t.words[0].head = Some(11);
        let before: Vec<_> = t.words.iter().map(|w| w.head).collect();
        conjunct_subject_of_clause(&mut t);
        let after: Vec<_> = t.words.iter().map(|w| w.head).collect();
        assert_eq!(before, after);
    }

    #[test]
    fn a_name_conjunct_right_before_a_subjectless_finite_verb_is_its_subject() {
        let rows = |comma: &str| {
            format!(
                "1\tTropas\ttropa\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\tlanzaron\tlanzar\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
                 3\tofensiva\tofensiva\tNOUN\t_\t_\t2\tobj\t_\t_\n\
                 4\ten\ten\tADP\t_\t_\t5\tcase\t_\t_\n\
                 5\tKarabaj\tKarabaj\tPROPN\t_\t_\t2\tobl\t_\t_\n\
                 6\ty\ty\tCCONJ\t_\t_\t7\tcc\t_\t_\n\
                 7\tArmenia\tArmenia\tPROPN\t_\t_\t5\tconj\t_\t_\n\
                 {comma}\
                 8\tpidió\tpedir\tVERB\t_\tVerbForm=Fin\t2\tadvcl\t_\t_\n\
                 9\tayuda\tayuda\tNOUN\t_\t_\t8\tobj\t_\t_\n\n"
            )
        };
        let mut s = tree(&rows(""));
        conjunct_subject_of_clause(&mut s);
        assert_eq!(
            (s.words[6].head, rel(&s.words[6])),
            (Some(8), Some(UdRel::Nsubj))
        );
        assert_eq!(rel(&s.words[7]), Some(UdRel::Conj));
        assert!(is_tree(&s, &mut Vec::new()));
        // "... y Armenia, pidió": a comma between, the first subject's act: left alone.
        let text = rows("8\t,\t,\tPUNCT\t_\t_\t9\tpunct\t_\t_\n")
            .replace(
                "8\tpidió\tpedir\tVERB\t_\tVerbForm=Fin\t2",
                "9\tpidió\tpedir\tVERB\t_\tVerbForm=Fin\t2",
            )
            .replace(
                "9\tayuda\tayuda\tNOUN\t_\t_\t8",
                "10\tayuda\tayuda\tNOUN\t_\t_\t9",
            );
        let mut s = tree(&text);
        conjunct_subject_of_clause(&mut s);
        assert_eq!(
            (s.words[6].head, rel(&s.words[6])),
            (Some(5), Some(UdRel::Conj))
        );
    }

    #[test]
    fn a_singular_verb_takes_only_the_last_of_a_coordinated_subject() {
        let rows = |number: &str| {
            format!(
                "1\ttropas\ttropa\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\tbombardearon\tbombardear\tVERB\t_\tNumber=Plur|VerbForm=Fin\t0\troot\t_\t_\n\
                 3\tJárkov\tJárkov\tPROPN\t_\t_\t6\tnsubj\t_\t_\n\
                 4\ty\ty\tCCONJ\t_\t_\t5\tcc\t_\t_\n\
                 5\tUcrania\tUcrania\tPROPN\t_\t_\t3\tconj\t_\t_\n\
                 6\tpidió\tpedir\tVERB\t_\tNumber={number}|VerbForm=Fin\t2\tccomp\t_\t_\n\
                 7\tayuda\tayuda\tNOUN\t_\t_\t6\tobj\t_\t_\n\n"
            )
        };
        let mut s = tree(&rows("Sing"));
        singular_verb_coordinated_subject(&mut s);
        assert_eq!(arcs(&s)[2], "2:obj");
        assert_eq!(arcs(&s)[4], "6:nsubj");
        assert_eq!(arcs(&s)[3], "6:cc");
        assert_eq!(arcs(&s)[5], "2:conj");
        assert!(is_tree(&s, &mut Vec::new()));
        // A plural verb may have two subjects: "Járkov y Ucrania pidieron".
        let mut s = tree(&rows("Plur"));
        singular_verb_coordinated_subject(&mut s);
        assert_eq!(arcs(&s)[2], "6:nsubj");
    }

    #[test]
    fn an_adjective_participle_with_an_agent_is_a_verb() {
        let s = |agent: &str| {
            tree(&format!(
                "1\tpresos\tpreso\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\tdetenidos\tdetenido\tADJ\t_\tVerbForm=Part\t0\troot\t_\t_\n\
                 3\tpor\tpor\tADP\t_\t_\t4\tcase\t_\t_\n\
                 4\tpolicía\tpolicía\tNOUN\t_\t_\t2\t{agent}\t_\t_\n\n"
            ))
        };
        let alts = [None, None, None, None];
        assert_eq!(
            fix(Lang::Es, &s("obl:agent"), &alts),
            Some((1, FixedTag::upos(Upos::Verb)))
        );
        assert_eq!(fix(Lang::Es, &s("obl"), &alts), None);
    }

    #[test]
    fn a_spanish_plural_adjective_heading_its_own_phrase_is_a_noun() {
        // "secuestrado por indígenas": marked by a preposition, modifying no noun.
        let s = |plural: &str| {
            tree(&format!(
                "1\tsecuestrado\tsecuestrar\tVERB\t_\tVerbForm=Part\t0\troot\t_\t_\n\
                 2\tpor\tpor\tADP\t_\t_\t3\tcase\t_\t_\n\
                 3\tindígenas\tindígena\tADJ\t_\tNumber={plural}\t1\tobl:agent\t_\t_\n\n"
            ))
        };
        let alts = [None, None, alt(Upos::Noun)];
        assert_eq!(
            fix(Lang::Es, &s("Plur"), &alts),
            Some((2, FixedTag::upos(Upos::Noun)))
        );
        // A singular one is often an adverbial ("por completo").
        assert_eq!(fix(Lang::Es, &s("Sing"), &alts), None);
        // "Bolivia: mineros bloquean carreteras": before a plural finite verb.
        let s = tree(
            "1\tBolivia\tBolivia\tPROPN\t_\t_\t0\troot\t_\t_\n\
             2\t:\t:\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\
             3\tmineros\tminero\tADJ\t_\tNumber=Plur\t1\tamod\t_\t_\n\
             4\tbloquean\tbloquear\tVERB\t_\tNumber=Plur|VerbForm=Fin\t3\tcsubj\t_\t_\n\n",
        );
        let alts = [None, None, alt(Upos::Noun), None];
        assert_eq!(
            fix(Lang::Es, &s, &alts),
            Some((2, FixedTag::upos(Upos::Noun)))
        );
    }

    #[test]
    fn a_spanish_adjective_before_its_noun_after_the_verb_swaps_when_the_tagger_hesitated() {
        // "dispararon gases lacrimógenos", read "ADJ NOUN".
        let s = |verb: &str| {
            tree(&format!(
                "1\t{verb}\tdisparar\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
                 2\tgases\tgas\tADJ\t_\tNumber=Plur\t3\tamod\t_\t_\n\
                 3\tlacrimógenos\tlacrimógeno\tNOUN\t_\tNumber=Plur\t1\tobj\t_\t_\n\n"
            ))
        };
        let alts = [None, alt(Upos::Noun), alt(Upos::Adj)];
        assert_eq!(
            fix(Lang::Es, &s("dispararon"), &alts),
            Some((1, FixedTag::upos(Upos::Noun)))
        );
        // Without the tagger's doubt on the noun, a prenominal adjective stays.
        assert_eq!(
            fix(Lang::Es, &s("dispararon"), &[None, alt(Upos::Noun), None]),
            None
        );
    }

    #[test]
    fn an_english_quotative_inversion_makes_the_speaker_the_subject() {
        let mut s = tree(concat!(
            "1\tIsrael\tIsrael\tPROPN\t_\t_\t3\tnsubj\t_\t_\n",
            "2\twill\twill\tAUX\t_\t_\t3\taux\t_\t_\n",
            "3\tretaliate\tretaliate\tVERB\t_\t_\t5\tccomp\t_\t_\n",
            "4\t,\t,\tPUNCT\t_\t_\t3\tpunct\t_\t_\n",
            "5\tsaid\tsay\tVERB\t_\t_\t0\troot\t_\t_\n",
            "6\tthe\tthe\tDET\t_\t_\t7\tdet\t_\t_\n",
            "7\tminister\tminister\tNOUN\t_\t_\t5\tobj\t_\t_\n\n",
        ));
        let plain = s.clone();
        quotative_inversion(&mut s);
        assert_eq!(rel(&s.words[6]), Some(UdRel::Nsubj));
        // With a subject of its own ("Israel will retaliate, he told the minister") the
        // object stays.
        let mut t = plain.clone();
        t.words[5].form = "he".into();
        t.words[5].upos = Some(Upos::Pron);
        t.words[5].head = Some(5);
        t.words[5].deprel = "nsubj".parse().ok();
        quotative_inversion(&mut t);
        assert_eq!(rel(&t.words[6]), Some(UdRel::Obj));
        // Without a quote before it ("said the words") the object stays too.
        let mut u = plain.clone();
        u.words[2].deprel = "advcl".parse().ok();
        u.words[3].form = "and".into();
        quotative_inversion(&mut u);
        assert_eq!(rel(&u.words[6]), Some(UdRel::Obj));
        // Hung on the quoted clause after a comma, the verb of saying still has the speaker
        // after it.
        let mut a = plain;
        a.words[2].head = Some(0);
        a.words[2].deprel = "root".parse().ok();
        a.words[4].head = Some(3);
        a.words[4].deprel = "advcl".parse().ok();
        a.words[3].head = Some(5);
        quotative_inversion(&mut a);
        assert_eq!(rel(&a.words[6]), Some(UdRel::Nsubj));
    }

    #[test]
    fn a_spanish_inverted_reporting_clause_hangs_on_the_root() {
        let mut s = tree(
            "1\tmataron\tmatar\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             2\ta\ta\tADP\t_\t_\t3\tcase\t_\t_\n\
             3\tpersonas\tpersona\tNOUN\t_\tNumber=Plur\t1\tobj\t_\t_\n\
             4\t,\t,\tPUNCT\t_\t_\t5\tpunct\t_\t_\n\
             5\tinformaron\tinformar\tVERB\t_\tNumber=Plur|VerbForm=Fin\t3\tacl\t_\t_\n\
             6\tautoridades\tautoridad\tNOUN\t_\tNumber=Plur\t5\tobj\t_\t_\n\n",
        );
        let relative = s.clone();
        inverted_report_clause(&mut s);
        assert_eq!(s.words[4].head, Some(1));
        assert_eq!(rel(&s.words[4]), Some(UdRel::Parataxis));
        assert_eq!(rel(&s.words[5]), Some(UdRel::Nsubj));
        // A relative clause ("personas, que informaron ...") keeps its noun.
        let mut r = relative;
        r.words[3].form = "que".into();
        r.words[3].upos = Some(Upos::Pron);
        r.words[3].feats = "PronType=Rel".parse().unwrap();
        r.words[3].deprel = "nsubj".parse().ok();
        r.words[3].head = Some(5);
        // (no comma right before the verb either)
        inverted_report_clause(&mut r);
        assert_eq!(r.words[4].head, Some(3));
        // Hung on the root as an adverbial clause, it is the root's reporting clause too.
        let mut a = tree(
            "1\tmataron\tmatar\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             2\ta\ta\tADP\t_\t_\t3\tcase\t_\t_\n\
             3\tpersonas\tpersona\tNOUN\t_\tNumber=Plur\t1\tobj\t_\t_\n\
             4\t,\t,\tPUNCT\t_\t_\t5\tpunct\t_\t_\n\
             5\tdijeron\tdecir\tVERB\t_\tNumber=Plur|VerbForm=Fin\t1\tadvcl\t_\t_\n\
             6\tautoridades\tautoridad\tNOUN\t_\tNumber=Plur\t5\tobj\t_\t_\n\n",
        );
        inverted_report_clause(&mut a);
        assert_eq!(rel(&a.words[4]), Some(UdRel::Parataxis));
        assert_eq!(rel(&a.words[5]), Some(UdRel::Nsubj));
    }

    #[test]
    fn a_spanish_first_word_read_as_a_name_before_a_second_subject_is_a_noun() {
        let s = tree(
            "1\tMilicianos\tMilicianos\tPROPN\t_\t_\t3\tnsubj\t_\t_\n\
             2\tserbios\tserbio\tNOUN\t_\tGender=Masc|Number=Plur\t3\tnsubj\t_\t_\n\
             3\tatacaron\tatacar\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\n",
        );
        let alts = [alt(Upos::Noun), None, None];
        assert_eq!(
            fix(Lang::Es, &s, &alts),
            Some((0, FixedTag::upos(Upos::Noun)))
        );
        // One subject alone may well be a name ("Petro visitó Quito").
        let mut one = s.clone();
        one.words[1].deprel = "obj".parse().ok();
        assert_eq!(fix(Lang::Es, &one, &alts), None);
    }

    #[test]
    fn a_spanish_plural_first_word_read_as_a_name_before_a_plural_verb_is_a_noun() {
        let s = tree(
            "1\tGuerrilleros\tGuerrilleros\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tatacaron\tatacar\tVERB\t_\tNumber=Plur|VerbForm=Fin\t0\troot\t_\t_\n\
             3\tMocoa\tMocoa\tPROPN\t_\t_\t2\tobj\t_\t_\n\n",
        );
        let alts = [None, None, None];
        assert_eq!(
            fix(Lang::Es, &s, &alts),
            Some((0, FixedTag::upos(Upos::Noun)))
        );
        // A singular verb: a name in -s ("Carlos atacó").
        let mut one = s.clone();
        one.words[1].feats = "Number=Sing|VerbForm=Fin".parse().unwrap();
        assert_eq!(fix(Lang::Es, &one, &alts), None);
        // A name of two words ("Estados Unidos atacaron") stays a name.
        let two = tree(
            "1\tEstados\tEstados\tPROPN\t_\t_\t3\tnsubj\t_\t_\n\
             2\tUnidos\tUnidos\tPROPN\t_\t_\t1\tflat\t_\t_\n\
             3\tatacaron\tatacar\tVERB\t_\tNumber=Plur|VerbForm=Fin\t0\troot\t_\t_\n\n",
        );
        assert_eq!(fix(Lang::Es, &two, &[None, None, None]), None);
    }

    #[test]
    fn a_spanish_word_before_the_infinitive_of_a_verbless_sentence_is_its_verb() {
        let sent = |planea: &str| {
            tree(&format!(
                "1\tAlemania\tAlemania\tPROPN\t_\t_\t3\tnsubj\t_\t_\n\
                 2\tplanea\tplanea\t{planea}\t_\t_\t1\tflat\t_\t_\n\
                 3\timponer\timponer\tVERB\t_\tVerbForm=Inf\t0\troot\t_\t_\n\
                 4\tsanciones\tsanción\tNOUN\t_\t_\t3\tobj\t_\t_\n\n"
            ))
        };
        let alts = [None, alt(Upos::Verb), None, None];
        assert_eq!(
            fix(Lang::Es, &sent("NOUN"), &alts),
            Some((1, FixedTag::upos(Upos::Verb)))
        );
        // A verb read as the infinitive's auxiliary is that verb too ("Austria estudia
        // protestar"), but a real auxiliary stays one ("puede protestar").
        let mut s = sent("AUX");
        s.words[1].lemma = Some("estudiar".into());
        s.words[1].feats = "VerbForm=Fin".parse().unwrap();
        assert_eq!(
            fix(Lang::Es, &s, &alts),
            Some((1, FixedTag::upos(Upos::Verb)))
        );
        s.words[1].lemma = Some("poder".into());
        assert_eq!(fix(Lang::Es, &s, &alts), None);
        // With a finite verb elsewhere the infinitive has its governor.
        let mut s = sent("NOUN");
        s.words[3].upos = Some(Upos::Verb);
        s.words[3].feats = "VerbForm=Fin".parse().unwrap();
        assert_eq!(fix(Lang::Es, &s, &alts), None);
    }

    #[test]
    fn a_spanish_finite_verb_hung_as_an_open_complement_is_a_noun() {
        let sent = |form: &str, feats: &str| {
            tree(&format!(
                "1\tChina\tChina\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\tenvió\tenviar\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
                 3\t{form}\tayudar\tVERB\t_\t{feats}\t2\txcomp\t_\t_\n\
                 4\ta\ta\tADP\t_\t_\t5\tcase\t_\t_\n\
                 5\tNepal\tNepal\tPROPN\t_\t_\t3\tobj\t_\t_\n\n"
            ))
        };
        let alts = [None, None, alt(Upos::Noun), None, None];
        assert_eq!(
            find(
                Lang::Es,
                &sent("ayuda", "VerbForm=Fin"),
                &alts,
                &mut Vec::new()
            ),
            Some((2, FixedTag::upos(Upos::Noun)))
        );
        // Nor, right after the verb, its complement clause.
        let mut ccomp = sent("ayuda", "VerbForm=Fin");
        ccomp.words[2].deprel = "ccomp".parse().ok();
        assert_eq!(
            fix(Lang::Es, &ccomp, &alts),
            Some((2, FixedTag::upos(Upos::Noun)))
        );
        // An infinitive is what an open complement is ("decidió ayudar a Nepal").
        assert_eq!(
            find(
                Lang::Es,
                &sent("ayudar", "VerbForm=Inf"),
                &alts,
                &mut Vec::new()
            ),
            None
        );
    }

    #[test]
    fn a_number_before_a_finite_verb_makes_it_a_noun_and_a_noun_with_an_object_a_verb() {
        // "Police shot dead three protesters": "shot" a noun, "protesters" a verb clause.
        let s = tree(
            "1\tPolice\tpolice\tNOUN\t_\t_\t2\tcompound\t_\t_\n\
             2\tshot\tshot\tNOUN\t_\t_\t0\troot\t_\t_\n\
             3\tdead\tdead\tADJ\t_\t_\t2\tamod\t_\t_\n\
             4\tthree\tthree\tNUM\t_\t_\t5\tnummod\t_\t_\n\
             5\tprotesters\tprotester\tVERB\t_\tVerbForm=Fin\t2\tadvcl\t_\t_\n\n",
        );
        let alts = [None, alt(Upos::Verb), None, None, alt(Upos::Noun)];
        assert_eq!(
            fix(Lang::En, &s, &alts),
            Some((4, FixedTag::upos(Upos::Noun)))
        );
        // Not Spanish, where "El terminó" is a misspelt pronoun before a verb.
        assert_eq!(fix(Lang::Es, &s, &alts), None);
        // Once "protesters" is a noun and the object: the noun with an object is the verb.
        let s = tree(
            "1\tPolice\tpolice\tNOUN\t_\t_\t2\tcompound\t_\t_\n\
             2\tshot\tshot\tNOUN\t_\t_\t0\troot\t_\t_\n\
             3\tdead\tdead\tADJ\t_\t_\t2\tamod\t_\t_\n\
             4\tthree\tthree\tNUM\t_\t_\t5\tnummod\t_\t_\n\
             5\tprotesters\tprotester\tNOUN\t_\t_\t2\tobj\t_\t_\n\n",
        );
        assert_eq!(
            fix(Lang::En, &s, &alts),
            Some((1, FixedTag::upos(Upos::Verb)))
        );
    }

    #[test]
    fn a_sending_verbs_destination_hung_on_the_object_is_the_verbs() {
        let rows = |verb: &str, lemma: &str| {
            format!(
                "1\tEU\tEU\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\t{verb}\t{lemma}\tVERB\t_\t_\t0\troot\t_\t_\n\
                 3\taid\taid\tNOUN\t_\t_\t2\tobj\t_\t_\n\
                 4\tto\tto\tADP\t_\t_\t5\tcase\t_\t_\n\
                 5\tGaza\tGaza\tPROPN\t_\t_\t3\tnmod\t_\t_\n\n"
            )
        };
        let mut s = tree(&rows("sent", "send"));
        destination_of_sending(&mut s);
        assert_eq!(
            (s.words[4].head, rel(&s.words[4])),
            (Some(2), Some(UdRel::Obl))
        );
        // "praised the aid to Gaza": no verb of sending, left alone.
        let mut s = tree(&rows("praised", "praise"));
        destination_of_sending(&mut s);
        assert_eq!(
            (s.words[4].head, rel(&s.words[4])),
            (Some(3), Some(UdRel::Nmod))
        );
    }

    #[test]
    fn an_object_control_verbs_infinitive_hung_on_the_object_is_its_xcomp() {
        let rows = |verb: &str, lemma: &str| {
            format!(
                "1\tPetro\tPetro\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\t{verb}\t{lemma}\tVERB\t_\t_\t0\troot\t_\t_\n\
                 3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_\n\
                 4\trebels\trebel\tNOUN\t_\t_\t2\tobj\t_\t_\n\
                 5\tto\tto\tPART\t_\t_\t6\tmark\t_\t_\n\
                 6\trelease\trelease\tVERB\t_\tVerbForm=Inf\t4\tacl\t_\t_\n\
                 7\thostages\thostage\tNOUN\t_\t_\t6\tobj\t_\t_\n\n"
            )
        };
        let mut s = tree(&rows("urged", "urge"));
        object_control_infinitive(&mut s);
        assert_eq!(
            (s.words[5].head, rel(&s.words[5])),
            (Some(2), Some(UdRel::Xcomp))
        );
        // "found the rebels to release" is no object control: left alone.
        let mut s = tree(&rows("found", "find"));
        object_control_infinitive(&mut s);
        assert_eq!(
            (s.words[5].head, rel(&s.words[5])),
            (Some(4), Some(UdRel::Acl))
        );
        // Hung on the verb as its purpose right after the object: the verb's xcomp.
        let rows = |verb: &str, lemma: &str, obj: &str| {
            format!(
                "1\tcourt\tcourt\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\t{verb}\t{lemma}\tVERB\t_\t_\t0\troot\t_\t_\n\
                 3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_\n\
                 4\t{obj}\t{obj}\tNOUN\t_\t_\t2\tobj\t_\t_\n\
                 5\tto\tto\tPART\t_\t_\t6\tmark\t_\t_\n\
                 6\trelease\trelease\tVERB\t_\tVerbForm=Inf\t2\tadvcl\t_\t_\n\
                 7\thostages\thostage\tNOUN\t_\t_\t6\tobj\t_\t_\n\n"
            )
        };
        let mut s = tree(&rows("ordered", "order", "government"));
        object_control_infinitive(&mut s);
        assert_eq!(
            (s.words[5].head, rel(&s.words[5])),
            (Some(2), Some(UdRel::Xcomp))
        );
        // "sold the house to pay debts" is a purpose: left alone.
        let mut s = tree(&rows("sold", "sell", "house"));
        object_control_infinitive(&mut s);
        assert_eq!(rel(&s.words[5]), Some(UdRel::Advcl));
    }

    #[test]
    fn an_opening_adverb_made_the_root_gives_it_back_to_the_verb() {
        let rows = |rel3: &str| {
            format!(
                "1\tMeanwhile\tmeanwhile\tADV\t_\t_\t0\troot\t_\t_\n\
                 2\t,\t,\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\
                 3\tthousands\tthousand\tNOUN\t_\t_\t1\t{rel3}\t_\t_\n\
                 4\tof\tof\tADP\t_\t_\t5\tcase\t_\t_\n\
                 5\tpeople\tpeople\tNOUN\t_\t_\t3\tnmod\t_\t_\n\
                 6\tmarched\tmarch\tVERB\t_\tVerbForm=Fin\t3\tacl\t_\t_\n\
                 7\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n"
            )
        };
        let mut s = tree(&rows("vocative"));
        reroot_opening_adverb(&mut s);
        assert_eq!(
            (s.words[5].head, rel(&s.words[5])),
            (Some(0), Some(UdRel::Root))
        );
        assert_eq!(
            (s.words[2].head, rel(&s.words[2])),
            (Some(6), Some(UdRel::Nsubj))
        );
        assert_eq!(
            (s.words[0].head, rel(&s.words[0])),
            (Some(6), Some(UdRel::Advmod))
        );
        assert_eq!(s.words[6].head, Some(6));
        assert_eq!(s.words[1].head, Some(1));
        // An adverb with a subject of its own is a predicate: left alone.
        let mut s = tree(&rows("nsubj"));
        reroot_opening_adverb(&mut s);
        assert_eq!(s.words[0].head, Some(0));
    }

    #[test]
    fn a_verb_of_naming_takes_an_object_and_the_name_as_xcomp() {
        // "called the minister a criminal": the name read as a bare nmod of the object.
        let mut s = tree(
            "1\tPetro\tPetro\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tcalled\tcall\tVERB\t_\t_\t0\troot\t_\t_\n\
             3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_\n\
             4\tminister\tminister\tNOUN\t_\t_\t2\tobj\t_\t_\n\
             5\ta\ta\tDET\t_\t_\t6\tdet\t_\t_\n\
             6\tcriminal\tcriminal\tNOUN\t_\t_\t4\tnmod\t_\t_\n\n",
        );
        naming_verb_complement(&mut s);
        assert_eq!(
            (s.words[5].head, rel(&s.words[5])),
            (Some(2), Some(UdRel::Xcomp))
        );
        assert_eq!(rel(&s.words[3]), Some(UdRel::Obj));
        // ... or as an apposition with no comma; with one it stays an apposition.
        let appos = |comma: &str| {
            format!(
                "1\tThey\tthey\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
                 2\tcalled\tcall\tVERB\t_\t_\t0\troot\t_\t_\n\
                 3\tMaduro\tMaduro\tPROPN\t_\t_\t2\tobj\t_\t_\n\
                 {comma}\
                 5\ta\ta\tDET\t_\t_\t6\tdet\t_\t_\n\
                 6\tdictator\tdictator\tNOUN\t_\t_\t3\tappos\t_\t_\n\n"
            )
        };
        let mut s = tree(&appos("4\t,\t,\tPUNCT\t_\t_\t6\tpunct\t_\t_\n"));
        naming_verb_complement(&mut s);
        assert_eq!(rel(&s.words[5]), Some(UdRel::Appos));
        let mut s = tree(&appos("4\tsimply\tsimply\tADV\t_\t_\t2\tadvmod\t_\t_\n"));
        naming_verb_complement(&mut s);
        assert_eq!(rel(&s.words[5]), Some(UdRel::Xcomp));
        // A day hung on the name is the verb's.
        let mut s = tree(
            "1\tThey\tthey\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
             2\tcalled\tcall\tVERB\t_\t_\t0\troot\t_\t_\n\
             3\tMaduro\tMaduro\tPROPN\t_\t_\t2\tobj\t_\t_\n\
             4\ta\ta\tDET\t_\t_\t5\tdet\t_\t_\n\
             5\tdictator\tdictator\tNOUN\t_\t_\t3\tappos\t_\t_\n\
             6\ton\ton\tADP\t_\t_\t7\tcase\t_\t_\n\
             7\tTuesday\tTuesday\tPROPN\t_\t_\t5\tnmod\t_\t_\n\n",
        );
        naming_verb_complement(&mut s);
        assert_eq!(
            (s.words[6].head, rel(&s.words[6])),
            (Some(2), Some(UdRel::Obl))
        );
        // An indirect object and an object: the first is the object, the second the name.
        let mut s = tree(
            "1\tMoscow\tMoscow\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tlabelled\tlabel\tVERB\t_\t_\t0\troot\t_\t_\n\
             3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_\n\
             4\tgovernment\tgovernment\tNOUN\t_\t_\t2\tiobj\t_\t_\n\
             5\ta\ta\tDET\t_\t_\t6\tdet\t_\t_\n\
             6\tregime\tregime\tNOUN\t_\t_\t2\tobj\t_\t_\n\n",
        );
        naming_verb_complement(&mut s);
        assert_eq!(rel(&s.words[3]), Some(UdRel::Obj));
        assert_eq!(rel(&s.words[5]), Some(UdRel::Xcomp));
        // Another verb, or a modifier with a preposition, is left alone.
        let rows = |verb: &str, lemma: &str, case: &str| {
            format!(
                "1\tThey\tthey\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
                 2\t{verb}\t{lemma}\tVERB\t_\t_\t0\troot\t_\t_\n\
                 3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_\n\
                 4\tleader\tleader\tNOUN\t_\t_\t2\tobj\t_\t_\n\
                 5\t{case}\t{case}\t{}\t_\t_\t6\t{}\t_\t_\n\
                 6\tparty\tparty\tNOUN\t_\t_\t4\tnmod\t_\t_\n\n",
                if case == "a" { "DET" } else { "ADP" },
                if case == "a" { "det" } else { "case" },
            )
        };
        let mut s = tree(&rows("met", "meet", "a"));
        naming_verb_complement(&mut s);
        assert_eq!(s.words[5].head, Some(4));
        let mut s = tree(&rows("called", "call", "of"));
        naming_verb_complement(&mut s);
        assert_eq!(s.words[5].head, Some(4));
    }

    #[test]
    fn a_phrasal_verbs_particle_read_as_a_preposition_gives_back_the_object() {
        let rows = |verb: &str, lemma: &str| {
            format!(
                "1\tHamas\tHamas\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\t{verb}\t{lemma}\tVERB\t_\t_\t0\troot\t_\t_\n\
                 3\tover\tover\tADP\t_\t_\t5\tcase\t_\t_\n\
                 4\tthe\tthe\tDET\t_\t_\t5\tdet\t_\t_\n\
                 5\tbodies\tbody\tNOUN\t_\t_\t2\tobl\t_\t_\n\n"
            )
        };
        let mut s = tree(&rows("handed", "hand"));
        phrasal_verb_object(&mut s);
        assert_eq!(
            (s.words[2].head, rel(&s.words[2])),
            (Some(2), Some(UdRel::Compound))
        );
        assert_eq!(rel(&s.words[4]), Some(UdRel::Obj));
        // "walked over the bridge": a preposition.
        let mut s = tree(&rows("walked", "walk"));
        phrasal_verb_object(&mut s);
        assert_eq!(rel(&s.words[4]), Some(UdRel::Obl));
    }

    #[test]
    fn the_second_of_two_subjects_around_a_spanish_verb_is_its_object() {
        let mut s = tree(
            "1\ttribunal\ttribunal\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tordenó\tordenar\tVERB\t_\t_\t0\troot\t_\t_\n\
             3\tla\tel\tDET\t_\t_\t4\tdet\t_\t_\n\
             4\tcaptura\tcaptura\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\n",
        );
        second_subject_is_object(&mut s);
        assert_eq!(rel(&s.words[3]), Some(UdRel::Obj));
        assert_eq!(rel(&s.words[0]), Some(UdRel::Nsubj));
        // A subject after the verb alone stays one ("dijo el ministro").
        let mut s = tree(
            "1\tdijo\tdecir\tVERB\t_\t_\t0\troot\t_\t_\n\
             2\tel\tel\tDET\t_\t_\t3\tdet\t_\t_\n\
             3\tministro\tministro\tNOUN\t_\t_\t1\tnsubj\t_\t_\n\n",
        );
        second_subject_is_object(&mut s);
        assert_eq!(rel(&s.words[2]), Some(UdRel::Nsubj));
    }

    #[test]
    fn a_spanish_noun_read_as_a_second_subject_modifies_the_first() {
        let mut s = tree(
            "1\tTropas\ttropa\tNOUN\t_\tGender=Fem|Number=Plur\t6\tnsubj\t_\t_\n\
             2\ttailandesas\ttailandesa\tNOUN\t_\tGender=Fem|Number=Plur\t6\tnsubj\t_\t_\n\
             3\ty\ty\tCCONJ\t_\t_\t4\tcc\t_\t_\n\
             4\tcamboyanas\tcamboyana\tNOUN\t_\tGender=Fem|Number=Plur\t2\tconj\t_\t_\n\
             5\tse\tél\tPRON\t_\t_\t6\texpl:pv\t_\t_\n\
             6\tenfrentaron\tenfrentar\tVERB\t_\t_\t0\troot\t_\t_\n\n",
        );
        adjacent_subject_modifies_first(&mut s);
        assert_eq!(rel(&s.words[1]), Some(UdRel::Amod));
        assert_eq!(s.words[1].head, Some(1));
        assert_eq!(s.words[1].upos, Some(Upos::Adj));
        assert_eq!(s.words[3].head, Some(2));
        assert_eq!(rel(&s.words[0]), Some(UdRel::Nsubj));
        // A capitalized first noun left an unmarked oblique heads the phrase too.
        let mut s = tree(
            "1\tMilicianos\tmiliciano\tNOUN\t_\t_\t4\tobl\t_\t_\n\
             2\tserbios\tserbio\tNOUN\t_\tGender=Masc|Number=Plur\t4\tnsubj\t_\t_\n\
             3\tétnicos\tétnico\tADJ\t_\tGender=Masc|Number=Plur\t2\tamod\t_\t_\n\
             4\tatacaron\tatacar\tVERB\t_\t_\t0\troot\t_\t_\n\n",
        );
        adjacent_subject_modifies_first(&mut s);
        assert_eq!(rel(&s.words[0]), Some(UdRel::Nsubj));
        assert_eq!(s.words[1].head, Some(1));
        // Two nouns that do not agree are two phrases, and stay as parsed.
        let mut s = tree(
            "1\tTropas\ttropa\tNOUN\t_\tGender=Fem|Number=Plur\t3\tnsubj\t_\t_\n\
             2\tministro\tministro\tNOUN\t_\tGender=Masc|Number=Sing\t3\tnsubj\t_\t_\n\
             3\tllegaron\tllegar\tVERB\t_\t_\t0\troot\t_\t_\n\n",
        );
        adjacent_subject_modifies_first(&mut s);
        assert_eq!(rel(&s.words[1]), Some(UdRel::Nsubj));
    }

    #[test]
    fn the_object_of_a_result_adjective_is_the_verbs() {
        let rows = |adj: &str| {
            format!(
                "1\tgunmen\tgunman\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\tshot\tshoot\tVERB\t_\t_\t0\troot\t_\t_\n\
                 3\t{adj}\t{adj}\tADJ\t_\t_\t2\txcomp\t_\t_\n\
                 4\ta\ta\tDET\t_\t_\t5\tdet\t_\t_\n\
                 5\tjudge\tjudge\tNOUN\t_\t_\t3\tobj\t_\t_\n\n"
            )
        };
        let mut s = tree(&rows("dead"));
        object_of_predicative_adjective(&mut s);
        assert_eq!(s.words[4].head, Some(2));
        // Another adjective with an object may be a verb the tagger missed: left alone.
        let mut s = tree(&rows("secure"));
        object_of_predicative_adjective(&mut s);
        assert_eq!(s.words[4].head, Some(3));
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
        // The noun as root, or hung on the name the parser made the root.
        for (name, noun) in [("2\tcompound", "0\troot"), ("0\troot", "1\tparataxis")] {
            let s = tree(&format!(
                "1\tColombia\tColombia\tPROPN\t_\t_\t{name}\t_\t_\n\
                 2\thosts\thost\tNOUN\t_\t_\t{noun}\t_\t_\n\
                 3\tVenezuelan\tVenezuelan\tADJ\t_\t_\t4\tamod\t_\t_\n\
                 4\tminister\tminister\tNOUN\t_\t_\t2\tnmod\t_\t_\n\n"
            ));
            let alts = [None, alt(Upos::Verb), None, None];
            assert_eq!(
                fix(Lang::En, &s, &alts),
                Some((1, FixedTag::upos(Upos::Verb)))
            );
        }
    }

    #[test]
    fn a_spanish_infinitive_read_as_a_modifier_after_a_preposition_is_a_verb() {
        let rows = |form: &str| {
            format!(
                "1\tamenazó\tamenazar\tVERB\t_\t_\t0\troot\t_\t_\n\
                 2\tcon\tcon\tADP\t_\t_\t4\tcase\t_\t_\n\
                 3\t{form}\t{form}\tADJ\t_\tDegree=Cmp\t4\tdet\t_\t_\n\
                 4\trelaciones\trelación\tNOUN\t_\t_\t1\tobl\t_\t_\n\n"
            )
        };
        let alts = [None, None, alt(Upos::Verb), None];
        assert_eq!(
            fix(Lang::Es, &tree(&rows("romper")), &alts),
            Some((2, FixedTag::upos(Upos::Verb)))
        );
        // Not a word no infinitive is spelled like ("con mayor fuerza").
        assert_eq!(fix(Lang::Es, &tree(&rows("mayor")), &alts), None);
        // Nor one the tagger never thought a verb.
        let alts = [None, None, alt(Upos::Noun), None];
        assert_eq!(fix(Lang::Es, &tree(&rows("romper")), &alts), None);
    }

    #[test]
    fn a_verb_spelled_like_no_verb_is_a_noun_and_such_a_noun_stays_one() {
        let rows = |form: &str, lemma: &str, upos: &str| {
            format!(
                "1\taid\taid\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\t{form}\t{lemma}\t{upos}\t_\t_\t0\troot\t_\t_\n\n"
            )
        };
        let alts = [None, alt(Upos::Verb)];
        assert_eq!(
            found_en(&tree(&rows("deliveries", "delivery", "VERB"))),
            Some((1, FixedTag::upos(Upos::Noun)))
        );
        // "varies", "queries" are verbs.
        assert_eq!(found_en(&tree(&rows("varies", "vary", "VERB"))), None);
        // A noun with a subject is made a verb only when a verb could be spelled so.
        let s = tree(&rows("deliveries", "delivery", "NOUN"));
        assert_eq!(fix(Lang::En, &s, &alts), None);
        let s = tree(&rows("plans", "plan", "NOUN"));
        assert_eq!(
            fix(Lang::En, &s, &alts),
            Some((1, FixedTag::upos(Upos::Verb)))
        );
    }

    #[test]
    fn an_ing_word_after_an_articled_name_is_its_head_noun() {
        let rows = |obj: &str| {
            format!(
                "1\topened\topen\tVERB\t_\t_\t0\troot\t_\t_\n\
                 2\tthe\tthe\tDET\t_\tPronType=Art\t3\tdet\t_\t_\n\
                 3\tRafah\tRafah\tPROPN\t_\t_\t1\tobj\t_\t_\n\
                 4\tcrossing\tcross\tVERB\t_\tVerbForm=Ger\t1\txcomp\t_\t_\n\
                 5\tborder\tborder\tNOUN\t_\t_\t4\t{obj}\t_\t_\n\n"
            )
        };
        let alts = [None, None, None, alt(Upos::Noun), None];
        assert_eq!(
            fix(Lang::En, &tree(&rows("nmod")), &alts),
            Some((3, FixedTag::upos(Upos::Noun)))
        );
        // With an object of its own it is a verb: "saw the Taliban crossing the border".
        assert_eq!(fix(Lang::En, &tree(&rows("obj")), &alts), None);
    }

    #[test]
    fn a_spanish_participle_must_be_spelled_as_one() {
        for (form, is) in [
            ("atacados", true),
            ("muerta", true),
            ("presos", true),
            ("dicho", true),
            ("reído", true),
            ("kurdos", false),
            ("dedos", false),
        ] {
            assert_eq!(spanish_participle_spelling(form), is, "{form}");
        }
        let rows = |form: &str| {
            format!(
                "1\tmilicianos\tmiliciano\tNOUN\t_\t_\t0\troot\t_\t_\n\
                 2\t{form}\t{form}\tVERB\t_\tVerbForm=Part\t1\tacl\t_\t_\n\n"
            )
        };
        let alts = [None, alt(Upos::Adj)];
        assert_eq!(
            fix(Lang::Es, &tree(&rows("kurdos")), &alts),
            Some((1, FixedTag::upos(Upos::Adj)))
        );
        assert_eq!(fix(Lang::Es, &tree(&rows("armados")), &alts), None);
        // A first-person plural with participle features stays a verb.
        assert_eq!(fix(Lang::Es, &tree(&rows("pasamos")), &alts), None);
    }

    #[test]
    fn an_ing_compound_with_no_verb_is_a_noun() {
        let rows = |form: &str| {
            format!(
                "1\tsend\tsend\tVERB\t_\t_\t0\troot\t_\t_\n\
                 2\t{form}\t{form}\tVERB\t_\tVerbForm=Ger\t1\txcomp\t_\t_\n\
                 3\ttroops\ttroops\tNOUN\t_\t_\t2\tobj\t_\t_\n\n"
            )
        };
        assert_eq!(
            found_en(&tree(&rows("peacekeeping"))),
            Some((1, FixedTag::upos(Upos::Noun)))
        );
        // A gerund of a verb in use stays one ("began fighting rebels").
        assert_eq!(found_en(&tree(&rows("fighting"))), None);
    }

    #[test]
    fn a_noun_after_a_modal_is_a_verb_when_ranked_so() {
        let rows = |adverb: &str| {
            format!(
                "1\tgovernment\tgovernment\tNOUN\t_\t_\t4\tnsubj\t_\t_\n\
                 2\twould\twould\tAUX\t_\t_\t4\taux\t_\t_\n\
                 3\t{adverb}\t{adverb}\tADV\t_\t_\t4\tadvmod\t_\t_\n\
                 4\tresume\tresume\tNOUN\t_\t_\t5\tcompound\t_\t_\n\
                 5\ttalks\ttalk\tNOUN\t_\t_\t0\troot\t_\t_\n\n"
            )
        };
        let alts = [None, None, None, alt(Upos::Verb), None];
        assert_eq!(
            fix(Lang::En, &tree(&rows("soon")), &alts),
            Some((3, FixedTag::upos(Upos::Verb)))
        );
        // Not after a modal's homograph the tagger made a noun ("the will of the people").
        let s = tree(&rows("soon").replace("would\tAUX", "would\tNOUN"));
        assert_eq!(fix(Lang::En, &s, &alts), None);
        // Nor in a question, where the subject follows the modal ("But will diplomacy work?").
        let s = tree(&rows("soon").replace(
            "root\t_\t_\n\n",
            "root\t_\t_\n6\t?\t?\tPUNCT\t_\t_\t5\tpunct\t_\t_\n\n",
        ));
        assert_eq!(
            find(
                Lang::En,
                &s,
                &[alts.as_slice(), &[None]].concat(),
                &mut Vec::new()
            ),
            None
        );
        // Nor when the tagger never thought of a verb.
        let alts = [None, None, None, alt(Upos::Adj), None];
        assert_eq!(fix(Lang::En, &tree(&rows("soon")), &alts), None);
    }

    #[test]
    fn a_noun_after_to_made_a_clause_is_a_verb_when_ranked_so() {
        let rows = |rel: &str| {
            format!(
                "1\tready\tready\tADJ\t_\t_\t0\troot\t_\t_\n\
                 2\tto\tto\tPART\t_\t_\t3\tmark\t_\t_\n\
                 3\tresume\tresume\tNOUN\t_\t_\t1\t{rel}\t_\t_\n\
                 4\ttalks\ttalk\tNOUN\t_\t_\t3\tobj\t_\t_\n\n"
            )
        };
        let alts = [None, None, alt(Upos::Verb), None];
        assert_eq!(
            fix(Lang::En, &tree(&rows("xcomp")), &alts),
            Some((2, FixedTag::upos(Upos::Verb)))
        );
        // A noun the parser left a nominal ("sent to prison") stays one.
        assert_eq!(fix(Lang::En, &tree(&rows("obl")), &alts), None);
        // ... and so does one the tagger never thought a verb.
        let alts = [None, None, alt(Upos::Propn), None];
        assert_eq!(fix(Lang::En, &tree(&rows("xcomp")), &alts), None);
        // Spanish "que" (a relative clause on a noun).
        let s = tree(
            "1\tresolución\tresolución\tNOUN\t_\t_\t0\troot\t_\t_\n\
             2\tque\tque\tSCONJ\t_\t_\t3\tmark\t_\t_\n\
             3\tcondena\tcondena\tNOUN\t_\t_\t1\tacl\t_\t_\n\
             4\trepresión\trepresión\tNOUN\t_\t_\t3\tobj\t_\t_\n\n",
        );
        let alts = [None, None, alt(Upos::Verb), None];
        assert_eq!(
            fix(Lang::Es, &s, &alts),
            Some((2, FixedTag::upos(Upos::Verb)))
        );
    }

    #[test]
    fn an_adjective_hung_on_a_copula_becomes_the_predicate() {
        let mut s = tree(
            "1\tpresident\tpresident\tNOUN\t_\t_\t0\troot\t_\t_\n\
             2\tis\tbe\tAUX\t_\t_\t1\tcop\t_\t_\n\
             3\tdue\tdue\tADJ\t_\t_\t2\tamod\t_\t_\n\
             4\tto\tto\tPART\t_\t_\t5\tmark\t_\t_\n\
             5\tvisit\tvisit\tVERB\t_\t_\t3\txcomp\t_\t_\n\
             6\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n",
        );
        adjective_under_copula(&mut s);
        assert_eq!(s.words[2].head, Some(0));
        assert!(rel_is(&s.words[2], UdRel::Root));
        assert_eq!(s.words[0].head, Some(3));
        assert!(rel_is(&s.words[0], UdRel::Nsubj));
        assert_eq!(s.words[1].head, Some(3));
        assert_eq!(s.words[5].head, Some(3));
        assert!(is_tree(&s, &mut Vec::new()));
        // A copula with nothing under it is left alone.
        let mut s = tree(
            "1\tpresident\tpresident\tNOUN\t_\t_\t3\tnsubj\t_\t_\n\
             2\tis\tbe\tAUX\t_\t_\t3\tcop\t_\t_\n\
             3\tdue\tdue\tADJ\t_\t_\t0\troot\t_\t_\n\n",
        );
        adjective_under_copula(&mut s);
        assert_eq!(s.words[2].head, Some(0));
        // The copula as a `goeswith` of the subject, the infinitive a clausal subject.
        let mut s = tree(
            "1\tZelensky\tZelensky\tPROPN\t_\t_\t0\troot\t_\t_\n\
             2\tis\tbe\tAUX\t_\t_\t1\tgoeswith\t_\t_\n\
             3\tdue\tdue\tADJ\t_\t_\t2\txcomp\t_\t_\n\
             4\tto\tto\tPART\t_\t_\t5\tmark\t_\t_\n\
             5\tmeet\tmeet\tVERB\t_\tVerbForm=Inf\t3\tcsubj\t_\t_\n\n",
        );
        adjective_under_copula(&mut s);
        assert_eq!(s.words[2].head, Some(0));
        assert!(rel_is(&s.words[1], UdRel::Cop));
        assert!(rel_is(&s.words[4], UdRel::Xcomp));
        assert!(is_tree(&s, &mut Vec::new()));
        // An auxiliary that is no form of "be" is left alone.
        let mut s = tree(
            "1\tZelensky\tZelensky\tPROPN\t_\t_\t0\troot\t_\t_\n\
             2\thas\thave\tAUX\t_\t_\t1\tgoeswith\t_\t_\n\
             3\tdue\tdue\tADJ\t_\t_\t2\txcomp\t_\t_\n\n",
        );
        adjective_under_copula(&mut s);
        assert_eq!(s.words[0].head, Some(0));
    }

    #[test]
    fn the_second_party_after_between_is_the_first_ones_conjunct() {
        // "los combates entre el Ejército y el ELN dejaron ...", "el ELN" made the subject.
        let mut s = tree(
            "1\tcombates\tcombate\tNOUN\t_\t_\t6\tnsubj\t_\t_\n\
             2\tentre\tentre\tADP\t_\t_\t3\tcase\t_\t_\n\
             3\tEjército\tejército\tNOUN\t_\t_\t1\tnmod\t_\t_\n\
             4\ty\ty\tCCONJ\t_\t_\t5\tcc\t_\t_\n\
             5\tELN\tELN\tPROPN\t_\t_\t6\tnsubj\t_\t_\n\
             6\tdejaron\tdejar\tVERB\t_\t_\t0\troot\t_\t_\n\n",
        );
        between_conjunct(&mut s);
        assert_eq!(s.words[4].head, Some(3));
        assert!(rel_is(&s.words[4], UdRel::Conj));
        // Without "between" the parser's reading stands.
        let mut s = tree(
            "1\tcombates\tcombate\tNOUN\t_\t_\t6\tnsubj\t_\t_\n\
             2\tcon\tcon\tADP\t_\t_\t3\tcase\t_\t_\n\
             3\tEjército\tejército\tNOUN\t_\t_\t1\tnmod\t_\t_\n\
             4\ty\ty\tCCONJ\t_\t_\t5\tcc\t_\t_\n\
             5\tELN\tELN\tPROPN\t_\t_\t6\tnsubj\t_\t_\n\
             6\tdejaron\tdejar\tVERB\t_\t_\t0\troot\t_\t_\n\n",
        );
        between_conjunct(&mut s);
        assert_eq!(s.words[4].head, Some(6));
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
            fix(Lang::En, &s, &alts),
            Some((2, FixedTag::upos(Upos::Noun)))
        );
        // With an object of its own it is a verb ("help fix roads").
        let s = tree(&rows("food"));
        assert_eq!(fix(Lang::En, &s, &alts), None);
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
        let found = found_en(&s);
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
        assert_eq!(found_en(&s), None);
        let mut s = tree(&rows("was"));
        s.words[6].feats = Default::default();
        assert_eq!(found_en(&s), Some((4, finite)));
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
            fix(Lang::En, &s, &alts),
            Some((3, FixedTag::upos(Upos::Noun)))
        );
        // Spanish nominalizes infinitives after articles ("al llegar"): no such repair.
        assert_eq!(fix(Lang::Es, &s, &alts), None);
    }

    /// HEAD and DEPREL of every word, as "head:rel" strings.
    fn arcs(s: &Sentence) -> Vec<String> {
        s.words
            .iter()
            .map(|w| {
                format!(
                    "{}:{}",
                    w.head.unwrap_or(0),
                    w.deprel.as_ref().map(|d| d.to_string()).unwrap_or_default()
                )
            })
            .collect()
    }

    #[test]
    fn a_que_clause_on_a_weekday_is_the_complement_of_its_verb() {
        let text = "1\tdijo\tdecir\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             2\tel\tel\tDET\t_\t_\t3\tdet\t_\t_\n\
             3\tmartes\tmartes\tNOUN\t_\t_\t1\tobl\t_\t_\n\
             4\tque\tque\tSCONJ\t_\t_\t6\tmark\t_\t_\n\
             5\tIrán\tIrán\tPROPN\t_\t_\t6\tnsubj\t_\t_\n\
             6\tpaga\tpagar\tVERB\t_\tVerbForm=Fin\t3\tacl\t_\t_\n\n";
        let mut s = tree(text);
        reattach_time_clauses(&mut s);
        assert_eq!(arcs(&s)[5], "1:ccomp");
        // A relative clause of an ordinary noun stays.
        let mut s = tree(&text.replace("martes\tmartes", "acuerdo\tacuerdo"));
        reattach_time_clauses(&mut s);
        assert_eq!(arcs(&s)[5], "3:acl");
    }

    #[test]
    fn an_against_phrase_on_a_place_name_goes_to_the_verb() {
        let text = "1\trallied\trally\tVERB\t_\t_\t0\troot\t_\t_\n\
             2\tin\tin\tADP\t_\t_\t3\tcase\t_\t_\n\
             3\tBelgrade\tBelgrade\tPROPN\t_\t_\t1\tobl\t_\t_\n\
             4\tagainst\tagainst\tADP\t_\t_\t5\tcase\t_\t_\n\
             5\tVucic\tVucic\tPROPN\t_\t_\t3\tnmod\t_\t_\n\n";
        let mut s = tree(text);
        against_to_verb(&mut s);
        assert_eq!(arcs(&s)[4], "1:obl");
        // On a common noun it stays: "protests against the government".
        let mut s = tree(&text.replace("Belgrade\tBelgrade\tPROPN", "protests\tprotest\tNOUN"));
        against_to_verb(&mut s);
        assert_eq!(arcs(&s)[4], "3:nmod");
    }

    #[test]
    fn coordinated_adjectives_before_a_noun_modify_it() {
        let text = "1\tIndian\tIndian\tADJ\t_\t_\t6\tccomp\t_\t_\n\
             2\tand\tand\tCCONJ\t_\t_\t3\tcc\t_\t_\n\
             3\tPakistani\tPakistani\tADJ\t_\t_\t1\tconj\t_\t_\n\
             4\ttroops\ttroops\tNOUN\t_\t_\t5\tnsubj\t_\t_\n\
             5\tclashed\tclash\tVERB\t_\t_\t6\tccomp\t_\t_\n\
             6\tsaid\tsay\tVERB\t_\t_\t0\troot\t_\t_\n\n";
        let mut s = tree(text);
        coordinated_adjectives_on_noun(&mut s);
        assert_eq!(arcs(&s)[0], "4:amod");
        assert_eq!(arcs(&s)[2], "1:conj");
        // An adjective with a copula of its own is a predicate: "Safe and calm streets were
        // ..." misparsed with "were" on "Safe" stays as parsed.
        let cop = "1\tSafe\tsafe\tADJ\t_\t_\t0\troot\t_\t_\n\
             2\tand\tand\tCCONJ\t_\t_\t3\tcc\t_\t_\n\
             3\tcalm\tcalm\tADJ\t_\t_\t1\tconj\t_\t_\n\
             4\tstreets\tstreet\tNOUN\t_\t_\t1\tnsubj\t_\t_\n\
             5\twere\tbe\tAUX\t_\t_\t1\tcop\t_\t_\n\n";
        let mut p = tree(cop);
        let before = arcs(&p);
        coordinated_adjectives_on_noun(&mut p);
        assert_eq!(arcs(&p), before);
    }

    #[test]
    fn a_with_phrase_on_a_located_place_name_goes_to_the_verb() {
        let text = "1\treunió\treunir\tVERB\t_\t_\t0\troot\t_\t_\n\
             2\ten\ten\tADP\t_\t_\t3\tcase\t_\t_\n\
             3\tMoscú\tMoscú\tPROPN\t_\t_\t1\tobl\t_\t_\n\
             4\tcon\tcon\tADP\t_\t_\t5\tcase\t_\t_\n\
             5\tPutin\tPutin\tPROPN\t_\t_\t3\tnmod\t_\t_\n\n";
        let mut s = tree(text);
        comitative_to_verb(&mut s);
        assert_eq!(arcs(&s)[4], "1:obl");
        // A name that is not where the act happens keeps its phrase: "llegó a un acuerdo
        // con Rusia" has no locative, nor has "acusó a Irán con pruebas".
        let mut s = tree(&text.replace("\ten\ten\t", "\ta\ta\t"));
        comitative_to_verb(&mut s);
        assert_eq!(arcs(&s)[4], "3:nmod");
    }

    #[test]
    fn an_attribution_on_an_oblique_goes_to_the_verb() {
        let text = "1\tfired\tfire\tVERB\t_\t_\t0\troot\t_\t_\n\
             2\ton\ton\tADP\t_\t_\t3\tcase\t_\t_\n\
             3\tThursday\tThursday\tPROPN\t_\t_\t1\tobl\t_\t_\n\
             4\taccording\taccord\tVERB\t_\t_\t6\tcase\t_\t_\n\
             5\tto\tto\tADP\t_\t_\t4\tfixed\t_\t_\n\
             6\tSeoul\tSeoul\tPROPN\t_\t_\t3\tnmod\t_\t_\n\n";
        let mut s = tree(text);
        attribution_to_verb(&mut s);
        assert_eq!(arcs(&s)[5], "1:obl");
        // Other prepositions stay: "on Thursday in Seoul" may be the day's place.
        let mut s = tree(&text.replace("according\taccord", "in\tin"));
        attribution_to_verb(&mut s);
        assert_eq!(arcs(&s)[5], "3:nmod");
    }

    #[test]
    fn a_weekday_object_is_an_oblique_and_its_personal_a_phrase_the_object() {
        let text = "1\tmataron\tmatar\tVERB\t_\t_\t0\troot\t_\t_\n\
             2\tel\tel\tDET\t_\t_\t3\tdet\t_\t_\n\
             3\tmiércoles\tmiércoles\tNOUN\t_\t_\t1\tobj\t_\t_\n\
             4\ta\ta\tADP\t_\t_\t6\tcase\t_\t_\n\
             5\tun\tuno\tDET\t_\t_\t6\tdet\t_\t_\n\
             6\tjuez\tjuez\tNOUN\t_\t_\t3\tnmod\t_\t_\n\n";
        let mut s = tree(text);
        time_word_object(&mut s);
        assert_eq!(arcs(&s)[2], "1:obl");
        assert_eq!(arcs(&s)[5], "1:obj");
        // Any other noun stays the object: "mataron al jefe de un juez".
        let mut s = tree(&text.replace("miércoles\tmiércoles", "jefe\tjefe"));
        time_word_object(&mut s);
        assert_eq!(arcs(&s)[2], "1:obj");
        // Another preposition makes an oblique of the verb; "de" stays the date's own.
        let mut s = tree(&text.replace("4\ta\ta\tADP", "4\ten\ten\tADP"));
        time_word_object(&mut s);
        assert_eq!(arcs(&s)[5], "1:obl");
        let mut s = tree(&text.replace("4\ta\ta\tADP", "4\tde\tde\tADP"));
        time_word_object(&mut s);
        assert_eq!(arcs(&s)[5], "3:nmod");
    }

    #[test]
    fn a_title_and_the_name_after_it_are_one_subject() {
        let text = "1\tLeader\tLeader\tPROPN\t_\t_\t3\tnsubj\t_\t_\n\
             2\tKhamenei\tKhamenei\tPROPN\t_\t_\t3\tnsubj\t_\t_\n\
             3\truled\trule\tVERB\t_\t_\t0\troot\t_\t_\n\n";
        let mut s = tree(text);
        adjacent_subjects(&mut s);
        assert_eq!(arcs(&s), ["2:nmod:desc", "3:nsubj", "0:root"]);
        // A common noun keeps its place ("the band Queen"), and so do two names with "and".
        let mut s = tree(&text.replace("Leader\tLeader\tPROPN", "band\tband\tNOUN"));
        adjacent_subjects(&mut s);
        assert_eq!(arcs(&s)[0], "3:nsubj");
    }

    #[test]
    fn a_purpose_infinitive_on_a_weekday_is_its_verbs_purpose() {
        let text = "1\tparan\tparar\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             2\tel\tel\tDET\t_\t_\t3\tdet\t_\t_\n\
             3\tmartes\tmartes\tNOUN\t_\t_\t1\tobl\t_\t_\n\
             4\tpara\tpara\tADP\t_\t_\t5\tmark\t_\t_\n\
             5\tprotestar\tprotestar\tVERB\t_\tVerbForm=Inf\t3\tacl\t_\t_\n\n";
        let mut s = tree(text);
        reattach_time_clauses(&mut s);
        assert_eq!(arcs(&s)[4], "1:advcl");
        // Unmarked ("el día de protestar" has its own marker): a bare infinitive stays.
        let mut s = tree(&text.replace(
            "4\tpara\tpara\tADP\t_\t_\t5\tmark",
            "4\tpara\tpara\tADP\t_\t_\t1\tcase",
        ));
        reattach_time_clauses(&mut s);
        assert_eq!(arcs(&s)[4], "3:acl");
    }

    #[test]
    fn an_opening_demonym_left_as_root_goes_back_under_the_title() {
        let text = "1\tTurkish\tTurkish\tADJ\t_\t_\t0\troot\t_\t_\n\
             2\tForeign\tforeign\tADJ\t_\t_\t3\tamod\t_\t_\n\
             3\tMinister\tMinister\tPROPN\t_\t_\t4\tcompound\t_\t_\n\
             4\tFidan\tFidan\tPROPN\t_\t_\t5\tnsubj\t_\t_\n\
             5\tvisited\tvisit\tVERB\t_\tVerbForm=Fin\t1\tadvcl\t_\t_\n\
             6\tCairo\tCairo\tPROPN\t_\t_\t5\tobj\t_\t_\n\
             7\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n";
        let mut s = tree(text);
        reroot_opening_adjective(&mut s);
        assert_eq!(arcs(&s)[0], "3:amod");
        assert_eq!(arcs(&s)[4], "0:root");
        assert_eq!(arcs(&s)[6], "5:punct");
        // An adjective with a copula is the predicate: "Turkish is hard".
        let mut s = tree(
            "1\tHard\thard\tADJ\t_\t_\t0\troot\t_\t_\n\
             2\tis\tbe\tAUX\t_\t_\t1\tcop\t_\t_\n\
             3\tit\tit\tPRON\t_\t_\t4\tnsubj\t_\t_\n\
             4\tseems\tseem\tVERB\t_\tVerbForm=Fin\t1\tparataxis\t_\t_\n\n",
        );
        reroot_opening_adjective(&mut s);
        assert_eq!(arcs(&s)[0], "0:root");
    }

    #[test]
    fn an_opening_coordination_of_demonyms_goes_back_under_its_noun() {
        let text = "1\tIndian\tIndian\tADJ\t_\t_\t0\troot\t_\t_\n\
             2\tand\tand\tCCONJ\t_\t_\t3\tcc\t_\t_\n\
             3\tPakistani\tPakistani\tADJ\t_\t_\t1\tconj\t_\t_\n\
             4\ttroops\ttroops\tNOUN\t_\t_\t5\tnsubj\t_\t_\n\
             5\tclashed\tclash\tVERB\t_\tVerbForm=Fin\t1\tconj\t_\t_\n\
             6\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n";
        let mut s = tree(text);
        reroot_opening_adjective(&mut s);
        assert_eq!(
            arcs(&s),
            ["4:amod", "3:cc", "1:conj", "5:nsubj", "0:root", "5:punct"]
        );
        // A conjoined verb without its own subject shares the adjective's: left alone.
        let mut s = tree(&text.replace("5\tnsubj", "5\tobj"));
        reroot_opening_adjective(&mut s);
        assert_eq!(arcs(&s)[0], "0:root");
    }

    #[test]
    fn a_demonym_made_head_of_the_name_after_it_becomes_its_modifier() {
        let mut s = tree(
            "1\tRuto\tRuto\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tmet\tmeet\tVERB\t_\t_\t0\troot\t_\t_\n\
             3\tEthiopian\tEthiopian\tADJ\t_\t_\t2\txcomp\t_\t_\n\
             4\tMinister\tMinister\tPROPN\t_\t_\t5\tcompound\t_\t_\n\
             5\tAbiy\tAbiy\tPROPN\t_\t_\t3\tobl\t_\t_\n\
             6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n",
        );
        lower_heading_adjective(&mut s);
        assert_eq!(arcs(&s)[2], "4:amod");
        assert_eq!(arcs(&s)[4], "2:obj");
    }

    #[test]
    fn a_preposition_under_a_verb_marks_the_nominal_after_it() {
        let mut s = tree(
            "1\tvisit\tvisit\tNOUN\t_\t_\t4\tnsubj\t_\t_\n\
             2\ton\ton\tADP\t_\t_\t4\tcase\t_\t_\n\
             3\tTuesday\tTuesday\tPROPN\t_\t_\t4\tcompound\t_\t_\n\
             4\tsurprised\tsurprise\tVERB\t_\t_\t0\troot\t_\t_\n\n",
        );
        case_under_verb(&mut s);
        assert_eq!(arcs(&s)[1], "3:case");
        assert_eq!(arcs(&s)[2], "4:obl");
    }

    #[test]
    fn a_spanish_preterite_plural_read_as_an_adjective_is_a_verb() {
        let text = "1\tMiles\tmil\tNUM\t_\t_\t5\tnummod\t_\t_\n\
             2\tde\tde\tADP\t_\t_\t3\tcase\t_\t_\n\
             3\testudiantes\testudiante\tNOUN\t_\t_\t1\tnmod\t_\t_\n\
             4\tbloquearon\tbloquearon\tADJ\t_\t_\t5\tamod\t_\t_\n\
             5\tcarreteras\tcarretera\tNOUN\t_\t_\t0\troot\t_\t_\n\n";
        let none = vec![None; 5];
        assert_eq!(
            fix(Lang::Es, &tree(text), &none),
            Some((3, FixedTag::upos(Upos::Verb)))
        );
        // Only the spelling: a name ("Aarón") or a short word ("varón") is none.
        assert!(!preterite_plural("Aarón") && !preterite_plural("varón"));
        assert!(preterite_plural("exigieron") && preterite_plural("huyeron"));
    }

    #[test]
    fn a_spanish_participle_after_its_own_article_is_a_noun() {
        let text = "1\tPolonia\tPolonia\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tconvocó\tconvocar\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             3\ta\ta\tADP\t_\t_\t5\tcase\t_\t_\n\
             4\tel\tel\tDET\t_\tPronType=Art\t5\tdet\t_\t_\n\
             5\tencargado\tencargar\tVERB\t_\tVerbForm=Part\t2\tobl:arg\t_\t_\n\
             6\tde\tde\tADP\t_\t_\t7\tcase\t_\t_\n\
             7\tnegocios\tnegocio\tNOUN\t_\t_\t5\tnmod\t_\t_\n\n";
        let none = vec![None; 7];
        assert_eq!(
            fix(Lang::Es, &tree(text), &none),
            Some((4, FixedTag::upos(Upos::Noun)))
        );
        // Before a noun it modifies that noun: "los llamados cascos azules".
        let text = "1\tlos\tel\tDET\t_\tPronType=Art\t2\tdet\t_\t_\n\
             2\tllamados\tllamar\tVERB\t_\tVerbForm=Part\t3\tamod\t_\t_\n\
             3\tcascos\tcasco\tNOUN\t_\t_\t0\troot\t_\t_\n\n";
        assert_eq!(fix(Lang::Es, &tree(text), &[None, None, None]), None);
        // "lo ocurrido" is no person.
        let text = "1\tcondenó\tcondenar\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             2\tlo\tel\tDET\t_\tPronType=Art\t3\tdet\t_\t_\n\
             3\tocurrido\tocurrir\tVERB\t_\tVerbForm=Part\t1\tobj\t_\t_\n\n";
        assert_eq!(fix(Lang::Es, &tree(text), &[None, None, None]), None);
    }

    #[test]
    fn a_spanish_bare_apposition_ranked_an_adjective_second_is_the_adjective() {
        let text = "1\tiniciaron\tiniciar\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             2\tmaniobras\tmaniobra\tNOUN\t_\t_\t1\tobj\t_\t_\n\
             3\tmilitares\tmilitar\tADJ\t_\t_\t2\tamod\t_\t_\n\
             4\tconjuntas\tconjunta\tNOUN\t_\t_\t2\tappos\t_\t_\n\n";
        let alts = [None, None, None, alt(Upos::Adj)];
        assert_eq!(
            fix(Lang::Es, &tree(text), &alts),
            Some((3, FixedTag::upos(Upos::Adj)))
        );
        // In a headline with no verb the adjective before may be the verb: left alone.
        let headline = text
            .replace("VERB\t_\tVerbForm=Fin", "NOUN\t_\t_")
            .replace("\t1\tobj", "\t1\tnmod");
        assert_ne!(
            fix(Lang::Es, &tree(&headline), &alts),
            Some((3, FixedTag::upos(Upos::Adj)))
        );
        // Right after its noun it may be one: "generadores diésel".
        let text = "1\tgeneradores\tgenerador\tNOUN\t_\t_\t0\troot\t_\t_\n\
             2\tdiésel\tdiésel\tNOUN\t_\t_\t1\tappos\t_\t_\n\n";
        assert_eq!(fix(Lang::Es, &tree(text), &[None, alt(Upos::Adj)]), None);
        // With its comma it is an apposition: "Ramaphosa, presidente".
        let text = "1\tRamaphosa\tRamaphosa\tPROPN\t_\t_\t0\troot\t_\t_\n\
             2\t,\t,\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\
             3\tpresidente\tpresidente\tNOUN\t_\t_\t1\tappos\t_\t_\n\n";
        assert_eq!(fix(Lang::Es, &tree(text), &alts), None);
    }

    #[test]
    fn an_english_name_ranked_an_adjective_second_before_a_second_object_modifies_it() {
        let text = "1\tNiger\tNiger\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tordered\torder\tVERB\t_\t_\t0\troot\t_\t_\n\
             3\tFrench\tFrench\tPROPN\t_\t_\t2\tobj\t_\t_\n\
             4\ttroops\ttroop\tNOUN\t_\t_\t2\tobj\t_\t_\n\n";
        let alts = [None, None, alt(Upos::Adj), None];
        assert_eq!(
            fix(Lang::En, &tree(text), &alts),
            Some((2, FixedTag::upos(Upos::Adj)))
        );
        // "sent Kyiv missiles": no adjective reading, the name stays.
        let alts = [None, None, alt(Upos::Noun), None];
        assert_eq!(fix(Lang::En, &tree(text), &alts), None);
    }

    #[test]
    fn an_english_ed_adjective_with_an_object_is_the_finite_verb() {
        let text = "1\tparliament\tparliament\tNOUN\t_\t_\t0\troot\t_\t_\n\
             2\tratified\tratified\tADJ\t_\t_\t1\tamod\t_\t_\n\
             3\tbid\tbid\tNOUN\t_\t_\t2\tobj\t_\t_\n\n";
        let alts = [None, alt(Upos::Verb), None];
        assert_eq!(fix(Lang::En, &tree(text), &alts), Some((1, FINITE_VERB)));
        // Without a verb ranked second, nothing is known.
        assert_eq!(fix(Lang::En, &tree(text), &[None, None, None]), None);
    }

    #[test]
    fn a_who_clause_after_a_comma_is_the_nouns_relative_clause() {
        let rows = |who: &str| {
            format!(
                "1\tRwanda\tRwanda\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\tdenied\tdeny\tVERB\t_\t_\t0\troot\t_\t_\n\
                 3\tbacking\tback\tVERB\t_\t_\t2\txcomp\t_\t_\n\
                 4\trebels\trebel\tNOUN\t_\t_\t3\tobj\t_\t_\n\
                 5\t,\t,\tPUNCT\t_\t_\t7\tpunct\t_\t_\n\
                 6\t{who}\t{who}\tPRON\t_\t_\t7\tnsubj\t_\t_\n\
                 7\tseized\tseize\tVERB\t_\t_\t2\tparataxis\t_\t_\n\
                 8\tGoma\tGoma\tPROPN\t_\t_\t7\tobj\t_\t_\n\n"
            )
        };
        let mut s = tree(&rows("who"));
        relative_after_comma(&mut s);
        assert_eq!(arcs(&s)[6], "4:acl:relcl");
        assert!(is_tree(&s, &mut Vec::new()));
        // "..., they seized Goma": a clause of its own.
        let mut s = tree(&rows("they"));
        relative_after_comma(&mut s);
        assert_eq!(arcs(&s)[6], "2:parataxis");
    }

    #[test]
    fn a_particle_hung_on_the_object_goes_to_its_verb() {
        let mut s = tree(
            "1\tArmenia\tArmenia\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tpulled\tpull\tVERB\t_\t_\t0\troot\t_\t_\n\
             3\tback\tback\tADV\t_\t_\t4\tamod\t_\t_\n\
             4\ttroops\ttroop\tNOUN\t_\t_\t2\tobj\t_\t_\n\n",
        );
        particle_on_object(&mut s);
        assert_eq!(arcs(&s)[2], "2:advmod");
        // Not an adverb that modifies the noun's number: "sent nearly 300 troops" has none of
        // the particles.
        let mut s = tree(
            "1\tsent\tsend\tVERB\t_\t_\t0\troot\t_\t_\n\
             2\tnearly\tnearly\tADV\t_\t_\t3\tadvmod\t_\t_\n\
             3\ttroops\ttroop\tNOUN\t_\t_\t1\tobj\t_\t_\n\n",
        );
        particle_on_object(&mut s);
        assert_eq!(arcs(&s)[1], "3:advmod");
    }

    #[test]
    fn a_spanish_headline_adjective_ranked_a_verb_second_between_name_and_noun_is_the_verb() {
        let text = "1\tTurquía\tTurquía\tPROPN\t_\t_\t3\tnsubj\t_\t_\n\
             2\tbombardea\tbombardeo\tADJ\t_\t_\t3\tamod\t_\t_\n\
             3\tposiciones\tposición\tNOUN\t_\t_\t0\troot\t_\t_\n\
             4\tkurdas\tkurdo\tADJ\t_\t_\t3\tamod\t_\t_\n\n";
        let alts = [None, alt(Upos::Verb), None, None];
        assert_eq!(
            fix(Lang::Es, &tree(text), &alts),
            Some((1, FixedTag::upos(Upos::Verb)))
        );
        // With a verb elsewhere it is the adjective it was tagged ("Turquía nueva gana ...").
        let verb = text.replace(
            "4\tkurdas\tkurdo\tADJ\t_\t_\t3\tamod",
            "4\tganan\tganar\tVERB\t_\t_\t3\tacl",
        );
        assert_eq!(fix(Lang::Es, &tree(&verb), &alts), None);
    }

    #[test]
    fn an_ing_word_after_a_possessive_taking_the_next_noun_as_object_is_an_adjective() {
        let text = "1\tNiger\tNiger\tPROPN\t_\t_\t0\troot\t_\t_\n\
             2\t's\t's\tPART\t_\t_\t1\tcase\t_\t_\n\
             3\truling\trule\tVERB\t_\tVerbForm=Ger\t1\tparataxis\t_\t_\n\
             4\tjunta\tjunta\tNOUN\t_\t_\t3\tobj\t_\t_\n\
             5\trevoked\trevoke\tVERB\t_\tVerbForm=Fin\t3\txcomp\t_\t_\n\n";
        assert_eq!(found_en(&tree(text)), Some((2, FixedTag::upos(Upos::Adj))));
        // With "of" the gerund is a noun's and names its object otherwise.
        let of = text.replace(
            "4\tjunta\tjunta\tNOUN\t_\t_\t3\tobj",
            "4\tjunta\tjunta\tNOUN\t_\t_\t3\tobl",
        );
        assert_eq!(found_en(&tree(&of)), None);
    }

    #[test]
    fn a_participle_with_an_object_on_a_noun_made_a_complement_is_the_finite_verb() {
        // "Armed gangs stormed two prisons, the government said", "gangs" a `ccomp`.
        let s = tree(
            "1\tgangs\tgang\tNOUN\t_\t_\t6\tccomp\t_\t_\n\
             2\tstormed\tstorm\tVERB\t_\tTense=Past|VerbForm=Part\t1\tacl\t_\t_\n\
             3\tprisons\tprison\tNOUN\t_\t_\t2\tobj\t_\t_\n\
             4\t,\t,\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\
             5\tgovernment\tgovernment\tNOUN\t_\t_\t6\tnsubj\t_\t_\n\
             6\tsaid\tsay\tVERB\t_\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n\n",
        );
        assert_eq!(found_en(&s), Some((1, FINITE_VERB)));
    }

    #[test]
    fn a_root_participle_with_a_stray_nominal_before_it_is_the_finite_verb() {
        let s = tree(
            "1\tA\ta\tDET\t_\t_\t2\tdet\t_\t_\n\
             2\tminister\tminister\tNOUN\t_\t_\t3\tobl:unmarked\t_\t_\n\
             3\tthreatened\tthreaten\tVERB\t_\tTense=Past|VerbForm=Part\t0\troot\t_\t_\n\
             4\tto\tto\tPART\t_\t_\t5\tmark\t_\t_\n\
             5\tleave\tleave\tVERB\t_\tVerbForm=Inf\t3\tadvcl\t_\t_\n\n",
        );
        assert_eq!(found_en(&s), Some((2, FINITE_VERB)));
    }

    #[test]
    fn a_participle_on_the_subject_of_a_subordinate_root_is_the_finite_verb() {
        let text = "1\tParliament\tparliament\tNOUN\t_\t_\t6\tnsubj\t_\t_\n\
             2\tthreatened\tthreaten\tVERB\t_\tTense=Past|VerbForm=Part\t1\tacl\t_\t_\n\
             3\tto\tto\tPART\t_\t_\t4\tmark\t_\t_\n\
             4\tleave\tleave\tVERB\t_\tVerbForm=Inf\t2\tadvcl\t_\t_\n\
             5\tunless\tunless\tSCONJ\t_\t_\t6\tmark\t_\t_\n\
             6\tclosed\tclose\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\n";
        let s = tree(text);
        assert_eq!(found_en(&s), Some((1, FINITE_VERB)));
        // Not when the subordinator opens the sentence ("If those affected agree, ...").
        let s = tree(&text.replace(
            "5\tunless\tunless\tSCONJ\t_\t_\t6",
            "5\tunless\tunless\tSCONJ\t_\t_\t4",
        ));
        assert_eq!(found_en(&s), None);
    }

    #[test]
    fn an_adjective_root_with_an_article_and_a_clause_is_a_noun() {
        let s = tree(
            "1\tA\ta\tDET\t_\tPronType=Art\t3\tdet\t_\t_\n\
             2\ttop\ttop\tADJ\t_\t_\t3\tamod\t_\t_\n\
             3\tofficial\tofficial\tADJ\t_\t_\t0\troot\t_\t_\n\
             4\tpraised\tpraise\tVERB\t_\tTense=Past|VerbForm=Part\t3\txcomp\t_\t_\n\
             5\tHaiti\tHaiti\tPROPN\t_\t_\t4\tobj\t_\t_\n\n",
        );
        let alts = [None, None, alt(Upos::Noun), None, None];
        assert_eq!(
            fix(Lang::En, &s, &alts),
            Some((2, FixedTag::upos(Upos::Noun)))
        );
    }

    #[test]
    fn a_participle_with_an_object_on_the_subject_of_the_root_is_the_finite_verb() {
        let text = "1\tofficial\tofficial\tNOUN\t_\t_\t5\tnsubj\t_\t_\n\
             2\tpraised\tpraise\tVERB\t_\tTense=Past|VerbForm=Part\t1\tacl\t_\t_\n\
             3\tHaiti\tHaiti\tPROPN\t_\t_\t2\tobj\t_\t_\n\
             4\tand\tand\tCCONJ\t_\t_\t5\tcc\t_\t_\n\
             5\tsaid\tsay\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\n";
        let s = tree(text);
        assert_eq!(found_en(&s), Some((1, FINITE_VERB)));
        // Without an object it may be a reduced relative ("officials questioned said").
        let s = tree(&text.replace("2\tobj", "2\tobl"));
        assert_eq!(found_en(&s), None);
    }

    #[test]
    fn an_opening_demonym_over_a_name_with_a_clause_gives_the_verb_the_root() {
        let mut s = tree(
            "1\tZimbabwean\tzimbabwean\tADJ\t_\t_\t0\troot\t_\t_\n\
             2\tMinister\tMinister\tPROPN\t_\t_\t3\tcompound\t_\t_\n\
             3\tMugabe\tMugabe\tPROPN\t_\t_\t1\tobl\t_\t_\n\
             4\taccused\taccuse\tVERB\t_\tTense=Past|VerbForm=Part\t3\tacl\t_\t_\n\
             5\tBritain\tBritain\tPROPN\t_\t_\t4\tobj\t_\t_\n\
             6\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n",
        );
        reroot_opening_adjective(&mut s);
        assert_eq!(
            arcs(&s),
            [
                "2:amod",
                "3:compound",
                "4:nsubj",
                "0:root",
                "4:obj",
                "4:punct"
            ]
        );
    }

    #[test]
    fn a_participle_on_one_of_two_subjects_of_a_verb_is_the_finite_verb() {
        let s = tree(
            "1\tThousands\tthousand\tNOUN\t_\t_\t5\tnsubj\t_\t_\n\
             2\tdemonstrated\tdemonstrate\tVERB\t_\tTense=Past|VerbForm=Part\t1\tacl\t_\t_\n\
             3\t,\t,\tPUNCT\t_\t_\t5\tpunct\t_\t_\n\
             4\twitnesses\twitness\tNOUN\t_\t_\t5\tnsubj\t_\t_\n\
             5\tsaid\tsay\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\n",
        );
        assert_eq!(found_en(&s), Some((1, FINITE_VERB)));
    }

    #[test]
    fn a_gerund_after_a_possessive_is_an_adjective_when_ranked_so() {
        let s = tree(
            "1\tAlgeria\tAlgeria\tPROPN\t_\t_\t4\tnmod:poss\t_\t_\n\
             2\t's\t's\tPART\t_\t_\t1\tcase\t_\t_\n\
             3\tleading\tlead\tVERB\t_\tVerbForm=Ger\t4\tamod\t_\t_\n\
             4\tactivist\tactivist\tNOUN\t_\t_\t0\troot\t_\t_\n\n",
        );
        let alts = [None, None, alt(Upos::Adj), None];
        assert_eq!(
            fix(Lang::En, &s, &alts),
            Some((2, FixedTag::upos(Upos::Adj)))
        );
    }

    #[test]
    fn a_flat_name_across_and_is_a_conjunct() {
        let mut s = tree(
            "1\tMuammar\tMuammar\tPROPN\t_\t_\t6\tnsubj\t_\t_\n\
             2\tGaddafi\tGaddafi\tPROPN\t_\t_\t1\tflat\t_\t_\n\
             3\tand\tand\tCCONJ\t_\t_\t4\tcc\t_\t_\n\
             4\tPresident\tPresident\tPROPN\t_\t_\t5\tcompound\t_\t_\n\
             5\tZhivkov\tZhivkov\tPROPN\t_\t_\t1\tflat\t_\t_\n\
             6\tsigned\tsign\tVERB\t_\t_\t0\troot\t_\t_\n\n",
        );
        split_flat_coordination(&mut s);
        assert_eq!(arcs(&s)[4], "1:conj");
        assert_eq!(arcs(&s)[2], "5:cc");
        assert_eq!(arcs(&s)[1], "1:flat");
    }

    #[test]
    fn an_after_clause_hung_on_a_noun_is_its_verbs_adverbial() {
        let mut s = tree(
            "1\tLeaders\tleader\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tcalled\tcall\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             3\tfor\tfor\tADP\t_\t_\t4\tcase\t_\t_\n\
             4\tprotests\tprotest\tNOUN\t_\t_\t2\tobl\t_\t_\n\
             5\tafter\tafter\tSCONJ\t_\t_\t7\tmark\t_\t_\n\
             6\tMaduro\tMaduro\tPROPN\t_\t_\t7\tnsubj\t_\t_\n\
             7\twon\twin\tVERB\t_\tVerbForm=Fin\t4\tacl\t_\t_\n\n",
        );
        adverbial_clause_on_noun(&mut s);
        assert_eq!(arcs(&s)[6], "2:advcl");
        // A relative clause stays on its noun.
        let mut s = tree(
            "1\tprotests\tprotest\tNOUN\t_\t_\t0\troot\t_\t_\n\
             2\tthat\tthat\tPRON\t_\t_\t3\tnsubj\t_\t_\n\
             3\tspread\tspread\tVERB\t_\tVerbForm=Fin\t1\tacl\t_\t_\n\n",
        );
        adverbial_clause_on_noun(&mut s);
        assert_eq!(arcs(&s)[2], "1:acl");
    }

    #[test]
    fn a_gerund_after_a_comma_on_the_object_is_the_verbs_adverbial() {
        let mut s = tree(
            "1\tColombia\tColombia\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
             2\texpelled\texpel\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             3\tdiplomats\tdiplomat\tNOUN\t_\t_\t2\tobj\t_\t_\n\
             4\t,\t,\tPUNCT\t_\t_\t5\tpunct\t_\t_\n\
             5\taccusing\taccuse\tVERB\t_\tTense=Pres|VerbForm=Part\t3\tacl\t_\t_\n\
             6\tthem\tthey\tPRON\t_\t_\t5\tobj\t_\t_\n\n",
        );
        comma_gerund_on_object(&mut s);
        assert_eq!(arcs(&s)[4], "2:advcl");
        // Without an argument of its own it may describe the noun: left alone.
        let mut s = tree(
            "1\tthey\tthey\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
             2\tsaw\tsee\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             3\tcrowds\tcrowd\tNOUN\t_\t_\t2\tobj\t_\t_\n\
             4\t,\t,\tPUNCT\t_\t_\t5\tpunct\t_\t_\n\
             5\tcheering\tcheer\tVERB\t_\tTense=Pres|VerbForm=Part\t3\tacl\t_\t_\n\n",
        );
        comma_gerund_on_object(&mut s);
        assert_eq!(arcs(&s)[4], "3:acl");
    }

    #[test]
    fn an_ing_clause_right_after_a_plural_noun_is_that_nouns() {
        let mut s = tree(
            "1\tPolice\tpolice\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tfired\tfire\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             3\tgas\tgas\tNOUN\t_\t_\t2\tobj\t_\t_\n\
             4\tat\tat\tADP\t_\t_\t5\tcase\t_\t_\n\
             5\tstudents\tstudent\tNOUN\t_\tNumber=Plur\t3\tnmod\t_\t_\n\
             6\tdemanding\tdemand\tVERB\t_\tTense=Pres|VerbForm=Part\t2\tadvcl\t_\t_\n\
             7\treforms\treform\tNOUN\t_\tNumber=Plur\t6\tobj\t_\t_\n\n",
        );
        ing_clause_on_noun(&mut s);
        assert_eq!(arcs(&s)[5], "5:acl");
        // Not after a noun of time: "spent hours visiting schools".
        let mut s = tree(
            "1\tHe\the\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
             2\tspent\tspend\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             3\thours\thour\tNOUN\t_\tNumber=Plur\t2\tobj\t_\t_\n\
             4\tvisiting\tvisit\tVERB\t_\tTense=Pres|VerbForm=Part\t2\tadvcl\t_\t_\n\
             5\tschools\tschool\tNOUN\t_\tNumber=Plur\t4\tobj\t_\t_\n\n",
        );
        ing_clause_on_noun(&mut s);
        assert_eq!(arcs(&s)[3], "2:advcl");
    }

    #[test]
    fn a_flat_after_a_name_conjunct_continues_that_conjunct() {
        let mut s = tree(
            "1\tJapan\tJapan\tPROPN\t_\t_\t5\tnsubj\t_\t_\n\
             2\tand\tand\tCCONJ\t_\t_\t3\tcc\t_\t_\n\
             3\tSouth\tSouth\tPROPN\t_\t_\t1\tconj\t_\t_\n\
             4\tKorea\tKorea\tPROPN\t_\t_\t1\tflat\t_\t_\n\
             5\tagreed\tagree\tVERB\t_\t_\t0\troot\t_\t_\n\n",
        );
        split_flat_coordination(&mut s);
        assert_eq!(arcs(&s)[3], "3:flat");
        assert_eq!(arcs(&s)[2], "1:conj");
    }

    #[test]
    fn a_participle_spelled_like_its_lemma_is_a_noun_unless_the_verb_allows_it() {
        let blocked = |form: &str| {
            tree(&format!(
                "1\tRebels\trebel\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
                 2\tblocked\tblock\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
                 3\t{form}\t{form}\tVERB\t_\tVerbForm=Part\t2\txcomp\t_\t_\n\n"
            ))
        };
        let alts = [None, None, alt(Upos::Noun)];
        assert_eq!(
            fix(Lang::En, &blocked("transport"), &alts),
            Some((2, FixedTag::upos(Upos::Noun)))
        );
        // "put" is its own participle: the tag may stand.
        assert_eq!(fix(Lang::En, &blocked("put"), &alts), None);
    }

    #[test]
    fn a_reduced_relative_on_the_root_noun_phrase_is_the_finite_verb() {
        // "Leaders of the coalition agreed to postpone ...": no finite verb, the participle
        // hung on a noun nested in the root's phrase.
        let s = tree(
            "1\tLeaders\tleader\tNOUN\t_\t_\t0\troot\t_\t_\n\
             2\tof\tof\tADP\t_\t_\t4\tcase\t_\t_\n\
             3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_\n\
             4\tcoalition\tcoalition\tNOUN\t_\t_\t1\tnmod\t_\t_\n\
             5\tagreed\tagree\tVERB\t_\tTense=Past|VerbForm=Part\t4\tacl\t_\t_\n\
             6\tto\tto\tPART\t_\t_\t7\tmark\t_\t_\n\
             7\tpostpone\tpostpone\tVERB\t_\tVerbForm=Inf\t5\txcomp\t_\t_\n\n",
        );
        assert_eq!(found_en(&s), Some((4, FINITE_VERB)));
        assert!(in_root_nominal(&s, 4) && in_root_nominal(&s, 1));
        assert!(!in_root_nominal(&s, 7));
    }

    #[test]
    fn a_reduced_relative_governing_the_only_finite_clause_is_the_finite_verb() {
        // "A witness told police that the victim had attacked": the only finite words are in
        // the participle's own complement clause, so the main clause lacks its verb.
        let s = tree(
            "1\tA\ta\tDET\t_\t_\t2\tdet\t_\t_\n\
             2\twitness\twitness\tNOUN\t_\t_\t0\troot\t_\t_\n\
             3\ttold\ttell\tVERB\t_\tTense=Past|VerbForm=Part\t2\tacl\t_\t_\n\
             4\tpolice\tpolice\tNOUN\t_\t_\t3\tiobj\t_\t_\n\
             5\tthat\tthat\tSCONJ\t_\t_\t8\tmark\t_\t_\n\
             6\tvictim\tvictim\tNOUN\t_\t_\t8\tnsubj\t_\t_\n\
             7\thad\thave\tAUX\t_\tVerbForm=Fin\t8\taux\t_\t_\n\
             8\tattacked\tattack\tVERB\t_\tTense=Past|VerbForm=Part\t3\tccomp\t_\t_\n\n",
        );
        assert!(finite_only_below(&s, 2));
        assert_eq!(found_en(&s), Some((2, FINITE_VERB)));
        // A finite verb outside the participle's subtree is the main clause's: no repair
        // ("A witness questioned by police said ..." hangs "said" at the root).
        let s = tree(
            "1\tA\ta\tDET\t_\t_\t2\tdet\t_\t_\n\
             2\twitness\twitness\tNOUN\t_\t_\t5\tnsubj\t_\t_\n\
             3\tquestioned\tquestion\tVERB\t_\tTense=Past|VerbForm=Part\t2\tacl\t_\t_\n\
             4\tyesterday\tyesterday\tNOUN\t_\t_\t3\tobl:tmod\t_\t_\n\
             5\tsaid\tsay\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\n",
        );
        assert!(!finite_only_below(&s, 2));
        assert_eq!(found_en(&s), None);
    }

    #[test]
    fn an_inverted_possessive_determiner_is_the_nouns_possessor() {
        let mut s = tree(
            "1\tILO\tILO\tPROPN\t_\t_\t2\tnsubj\t_\t_\n\
             2\treiterated\treiterate\tVERB\t_\t_\t0\troot\t_\t_\n\
             3\tits\tits\tPRON\t_\tPoss=Yes\t2\tobj\t_\t_\n\
             4\tdemand\tdemand\tNOUN\t_\t_\t3\tnsubj\t_\t_\n\
             5\ttoday\ttoday\tNOUN\t_\t_\t3\tobl:unmarked\t_\t_\n\n",
        );
        possessive_determiner(&mut s);
        assert_eq!(arcs(&s)[2..], ["4:nmod:poss", "2:obj", "4:obl:unmarked"]);
        // Already right: unchanged.
        let before = arcs(&s);
        possessive_determiner(&mut s);
        assert_eq!(arcs(&s), before);
    }

    #[test]
    fn a_finite_verb_hung_on_the_last_conjunct_of_the_root_is_the_root() {
        let mut s = tree(
            "1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_\n\
             2\tgovernment\tgovernment\tNOUN\t_\t_\t0\troot\t_\t_\n\
             3\tand\tand\tCCONJ\t_\t_\t4\tcc\t_\t_\n\
             4\trebels\trebel\tNOUN\t_\t_\t2\tconj\t_\t_\n\
             5\tagreed\tagree\tVERB\t_\tTense=Past|VerbForm=Fin\t4\tacl\t_\t_\n\
             6\ttruce\ttruce\tNOUN\t_\t_\t5\tobl\t_\t_\n\
             7\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n\n",
        );
        reroot_subject_name(&mut s);
        assert_eq!(
            arcs(&s),
            ["2:det", "5:nsubj", "4:cc", "2:conj", "0:root", "5:obl", "5:punct"]
        );
        // A relative clause (acl:relcl) is left alone.
        let mut r = tree(
            "1\tgovernment\tgovernment\tNOUN\t_\t_\t0\troot\t_\t_\n\
             2\tand\tand\tCCONJ\t_\t_\t3\tcc\t_\t_\n\
             3\trebels\trebel\tNOUN\t_\t_\t1\tconj\t_\t_\n\
             4\tagreed\tagree\tVERB\t_\tVerbForm=Fin\t3\tacl:relcl\t_\t_\n\n",
        );
        let before = arcs(&r);
        reroot_subject_name(&mut r);
        assert_eq!(arcs(&r), before);
    }

    #[test]
    fn a_name_root_with_a_subjectless_verb_after_it_is_that_verbs_subject() {
        let mut s = tree(
            "1\tOshima\tOshima\tPROPN\t_\t_\t0\troot\t_\t_\n\
             2\t,\t,\tPUNCT\t_\t_\t4\tpunct\t_\t_\n\
             3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_\n\
             4\tcoordinator\tcoordinator\tNOUN\t_\t_\t1\tappos\t_\t_\n\
             5\tdemanded\tdemand\tVERB\t_\tVerbForm=Fin\t1\tparataxis\t_\t_\n\
             6\ttalks\ttalk\tNOUN\t_\t_\t5\tobj\t_\t_\n\
             7\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n",
        );
        reroot_subject_name(&mut s);
        assert_eq!(arcs(&s)[0], "5:nsubj");
        assert_eq!(arcs(&s)[4], "0:root");
        assert_eq!(arcs(&s)[6], "5:punct");
        assert_eq!(arcs(&s)[3], "1:appos");
    }

    #[test]
    fn a_finite_verb_on_a_noun_inside_the_root_phrase_is_the_root() {
        // "Representatives of the army and the militia resumed talks".
        let text = "1\tRepresentatives\trepresentative\tNOUN\t_\t_\t0\troot\t_\t_\n\
             2\tof\tof\tADP\t_\t_\t3\tcase\t_\t_\n\
             3\tarmy\tarmy\tNOUN\t_\t_\t1\tnmod\t_\t_\n\
             4\tand\tand\tCCONJ\t_\t_\t5\tcc\t_\t_\n\
             5\tmilitia\tmilitia\tNOUN\t_\t_\t3\tconj\t_\t_\n\
             6\tresumed\tresume\tVERB\t_\tMood=Ind|Tense=Past|VerbForm=Fin\t5\tacl\t_\t_\n\
             7\ttalks\ttalk\tNOUN\t_\t_\t6\tobj\t_\t_\n\n";
        let mut s = tree(text);
        reroot_subject_name(&mut s);
        assert_eq!(arcs(&s)[0], "6:nsubj");
        assert_eq!(arcs(&s)[5], "0:root");
        // A relative clause stays one: "the militia that resumed talks".
        let mut r = tree(&text.replace(
            "4\tand\tand\tCCONJ\t_\t_\t5\tcc",
            "4\tthat\tthat\tPRON\t_\tPronType=Rel\t6\tnsubj",
        ));
        let before = arcs(&r);
        reroot_subject_name(&mut r);
        assert_eq!(arcs(&r), before);
    }

    #[test]
    fn up_to_a_number_modifies_the_number_and_the_noun_is_the_object() {
        let mut s = tree(
            "1\tcontribute\tcontribute\tVERB\t_\t_\t0\troot\t_\t_\n\
             2\tup\tup\tADP\t_\t_\t1\tcompound:prt\t_\t_\n\
             3\tto\tto\tADP\t_\t_\t5\tcase\t_\t_\n\
             4\t4,000\t4,000\tNUM\t_\t_\t5\tnummod\t_\t_\n\
             5\ttroops\ttroop\tNOUN\t_\t_\t1\tobl\t_\t_\n\n",
        );
        up_to_number(&mut s);
        assert_eq!(arcs(&s)[1..], ["4:advmod", "2:fixed", "5:nummod", "1:obj"]);
    }

    #[test]
    fn a_nouns_object_in_a_sentence_without_a_verb_is_the_verb() {
        let s = tree(
            "1\tGunmen\tgunman\tNOUN\t_\t_\t0\troot\t_\t_\n\
             2\tshot\tshot\tNOUN\t_\t_\t1\tobj\t_\t_\n\
             3\tdead\tdead\tADJ\t_\t_\t2\tamod\t_\t_\n\
             4\ta\ta\tDET\t_\t_\t5\tdet\t_\t_\n\
             5\tjudge\tjudge\tNOUN\t_\t_\t3\tobj\t_\t_\n\n",
        );
        let alts = [None, alt(Upos::Verb), None, None, None];
        assert_eq!(
            fix(Lang::En, &s, &alts),
            Some((1, FixedTag::upos(Upos::Verb)))
        );
    }

    #[test]
    fn a_participle_with_an_auxiliary_keeps_its_tag() {
        // "will not ever clash": the tagger's participle features on a bare infinitive.
        let s = tree(
            "1\tBree\tBree\tPROPN\t_\t_\t3\tnsubj\t_\t_\n\
             2\twill\twill\tAUX\t_\t_\t3\taux\t_\t_\n\
             3\tclash\tclash\tVERB\t_\tVerbForm=Part\t0\troot\t_\t_\n\n",
        );
        assert_eq!(
            find(
                Lang::En,
                &s,
                &[None, None, alt(Upos::Noun)],
                &mut Vec::new()
            ),
            None
        );
    }

    #[test]
    fn an_s_form_after_to_is_a_noun_but_a_base_form_in_s_is_not() {
        let to = |form: &str| {
            tree(&format!(
                "1\tconceded\tconcede\tVERB\t_\t_\t0\troot\t_\t_\n\
                 2\tto\tto\tPART\t_\t_\t3\tmark\t_\t_\n\
                 3\t{form}\t{form}\tVERB\t_\t_\t1\txcomp\t_\t_\n\n"
            ))
        };
        assert_eq!(
            found_en(&to("demands")),
            Some((2, FixedTag::upos(Upos::Noun)))
        );
        assert_eq!(found_en(&to("discuss")), None);
        assert_eq!(found_en(&to("focus")), None);
    }

    #[test]
    fn an_s_verb_after_an_object_noun_and_before_a_preposition_heads_that_noun() {
        let s = tree(
            "1\treduced\treduce\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\
             2\tfood\tfood\tNOUN\t_\t_\t1\tobj\t_\t_\n\
             3\tsupplies\tsupply\tVERB\t_\tNumber=Sing|Person=3|VerbForm=Fin\t1\tccomp\t_\t_\n\
             4\tto\tto\tADP\t_\t_\t5\tcase\t_\t_\n\
             5\tcamps\tcamp\tNOUN\t_\t_\t3\tobl\t_\t_\n\n",
        );
        let alts = [None, None, alt(Upos::Noun), None, None];
        assert_eq!(
            fix(Lang::En, &s, &alts),
            Some((2, FixedTag::upos(Upos::Noun)))
        );
        // "drop" is no -s form: "do compact system cameras drop on boxing day".
        let mut bare = s.clone();
        bare.words[2].form = "drop".into();
        assert_eq!(fix(Lang::En, &bare, &alts), None);
    }

    #[test]
    fn a_bare_noun_left_as_a_clause_is_the_object_of_the_verb_before_it() {
        let mut s = tree(
            "1\tforced\tforce\tVERB\t_\t_\t8\tccomp\t_\t_\n\
             2\tout\tout\tADP\t_\t_\t1\tcompound:prt\t_\t_\n\
             3\tmore\tmore\tADV\t_\t_\t6\tcc\t_\t_\n\
             4\tthan\tthan\tADP\t_\t_\t3\tfixed\t_\t_\n\
             5\t1,000\t1,000\tNUM\t_\t_\t6\tnummod\t_\t_\n\
             6\trefugees\trefugee\tNOUN\t_\t_\t8\tccomp\t_\t_\n\
             7\tresidents\tresident\tNOUN\t_\t_\t8\tnsubj\t_\t_\n\
             8\tsaid\tsay\tVERB\t_\t_\t0\troot\t_\t_\n\n",
        );
        nominal_complement(&mut s);
        assert_eq!(arcs(&s)[2..6], ["5:advmod", "3:fixed", "6:nummod", "1:obj"]);
        // A noun with its own subject or copula is a clause: unchanged.
        let mut c = tree(
            "1\tsaid\tsay\tVERB\t_\t_\t0\troot\t_\t_\n\
             2\tit\tit\tPRON\t_\t_\t4\tnsubj\t_\t_\n\
             3\twas\tbe\tAUX\t_\t_\t4\tcop\t_\t_\n\
             4\tdisaster\tdisaster\tNOUN\t_\t_\t1\tccomp\t_\t_\n\n",
        );
        nominal_complement(&mut c);
        assert_eq!(arcs(&c)[3], "1:ccomp");
    }

    #[test]
    fn more_than_a_number_inside_mores_own_subtree_is_left_a_tree() {
        // "Now more than 1100 pictures .": "more" is the root and the number below it;
        // moving "more" under the number would leave a cycle and no root.
        let mut s = tree(
            "1\tNow\tnow\tADV\t_\t_\t2\tadvmod\t_\t_\n\
             2\tmore\tmore\tADJ\t_\t_\t0\troot\t_\t_\n\
             3\tthan\tthan\tADP\t_\t_\t2\tfixed\t_\t_\n\
             4\t1100\t1100\tNUM\t_\t_\t5\tnummod\t_\t_\n\
             5\tpictures\tpicture\tNOUN\t_\t_\t2\tobl\t_\t_\n\
             6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n",
        );
        let before = arcs(&s);
        nominal_complement(&mut s);
        assert_eq!(arcs(&s), before);
        assert!(is_tree(&s, &mut Vec::new()));
    }

    #[test]
    fn is_tree_needs_one_root_and_no_cycle() {
        let ok = tree(
            "1\ta\ta\tX\t_\t_\t2\tdep\t_\t_\n\
             2\tb\tb\tX\t_\t_\t0\troot\t_\t_\n\
             3\tc\tc\tX\t_\t_\t1\tdep\t_\t_\n\n",
        );
        let mut state = Vec::new();
        assert!(is_tree(&ok, &mut state));
        let mut cycle = ok.clone();
        cycle.words[1].head = Some(3); // b -> c -> a -> b, no root
        assert!(!is_tree(&cycle, &mut state));
        let mut cycle_beside_root = ok.clone();
        cycle_beside_root.words[0].head = Some(3); // a <-> c, b the root
        assert!(!is_tree(&cycle_beside_root, &mut state));
        let mut two_roots = ok.clone();
        two_roots.words[0].head = Some(0);
        assert!(!is_tree(&two_roots, &mut state));
        let mut out_of_range = ok;
        out_of_range.words[2].head = Some(9);
        assert!(!is_tree(&out_of_range, &mut state));
    }
}
