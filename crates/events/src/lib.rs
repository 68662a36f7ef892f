//! dyad's event coder: who did what to whom, from UD trees and dictionaries.
//!
//! Takes parsed sentences (words with `upos`, `lemma`, `head`, `deprel`) and a compiled
//! [`dyad_lexicon::Lexicon`]; returns [`Event`]s with CAMEO codes (or the dictionary's legacy
//! codes) between actors. The entry type is [`Coder`]; [`EventRecord`] is the JSONL line of
//! `dyad code`. [`suite`] scores the coder on PETRARCH's functional test records, [`devsets`] the
//! events of the whole pipeline on the lexicon issue's PLOVER and Spanish CAMEO dev sets.
//!
//! How a sentence is coded:
//! 1. every word is looked up once in the actor and agent indexes (per-sentence tables reused
//!    by every predicate and pattern);
//! 2. every `VERB` that is not an auxiliary or copula and whose form (preferred) or lemma is a
//!    dictionary verb is a predicate;
//! 3. a predicate negated by `advmod` *not*/*never*/*no* is coded with modality `negated`,
//!    never as the positive event;
//! 4. a verb whose logical object is an event noun listing it as a light verb ("paid a visit
//!    to Tokyo", "mantuvo conversaciones con Kiev") is coded as that noun instead: the noun's
//!    patterns, with the verb's `obl:P` read as the noun's `nmod:P`, else the noun's code;
//! 5. a dyad-format verb's dependency patterns ([`dyad_lexicon::DepPattern`]) are tried most
//!    specific first over its logical relations (`nsubj:pass` is `obj` and `obl:agent` is `subj`
//!    in a passive; `obl:P` by the lemma of the `case` child, also as `nmod:P` of the object;
//!    `!REL=TEST` fails the pattern when any dependent there passes); else the verb's code;
//! 6. a PETRARCH block's patterns are tried, most specific first, over the verb's own phrases
//!    in text order (not embedded clauses; before the verb, not its adverbs); `{...}` admits
//!    only adjectives between its words and must end on a phrase head; `^` passes over one
//!    noun phrase; the first match gives the code and may place the source (`$`), target (`+`)
//!    or a conjoined pair (`%`); otherwise the verb's own code applies;
//! 7. the source is the subject (a pronoun subject of an embedded clause stands for the
//!    governing subject; a controlled, raised or coordinated predicate borrows its governor's
//!    subject), the `obl:agent` of a passive, or for a passive without one the first actor of
//!    the verb phrase; the target is the passive subject, direct or indirect object, or an
//!    oblique, else the first actor after the verb (never inside the clause a plain statement
//!    reports);
//! 8. each argument phrase becomes actors: a name covering the head, combined with agents among
//!    the head's own modifiers (`NGO~` prefixes, `~GOV` suffixes); an agent head combined with
//!    the country among its own modifiers or, failing that, in its first prepositional phrase
//!    ("ambassadors of Arnor, Osgiliath and Gondor" → three actors); an actor among the head's
//!    own modifiers; appositions for a head naming nothing; conjuncts each; a phrase naming
//!    nothing may pass to the phrases nested in it ("an attack by Osgiliath soldiers" →
//!    OSGMIL); optionally ([`CoderConfig::new_actor_length`]) the phrase's own words.
//!    Dated codes are resolved against the document date, the first covering range winning.
//!    Agent terms match word by word by form or lemma; a demonym among a head's modifiers
//!    gives it a country ("un diplomático ruso" → RUS, "Russian troops" → RUSMIL);
//! 9. an event noun that is not a light verb's object is a nominal event ("during Putin's
//!    visit to Tokyo", "the Saudi-led air campaign in Yemen", "la visita del canciller a
//!    Lima"): the source is the noun's possessor, a demonym or name in its adjectives, or an
//!    `nmod` by `by`/`de`; the target comes from the noun's pattern slots. Such events carry
//!    [`TriggerKind::Noun`] (light verbs [`TriggerKind::LightVerb`]).
//!
//! The negators and pronouns of [`CoderConfig`] come from the lexicon's `negator` and
//! `pronoun` classes when it defines them, so that language knowledge stays data.
//!
//! ```
//! use std::{path::Path, sync::Arc};
//! use dyad_core::{Sentence, Span, Upos, Word};
//! use dyad_events::{Coder, CoderConfig, DocContext};
//! use dyad_lexicon::Lexicon;
//! use dyad_lexicon::petrarch::{actors::ActorDictionary, agents::AgentDictionary,
//!     discards::DiscardList, verbs::VerbDictionary};
//! let p = Path::new("inline");
//! let verbs = VerbDictionary::parse("--- ACCUSE [112] ---\nACCUSE\n", p).unwrap().value;
//! let actors = ActorDictionary::parse("ARNOR [ARN]\nGONDOR [GON]\n", p).unwrap().value;
//! let agents = AgentDictionary::parse("ARMY [~MIL]\n", p).unwrap().value;
//! let lex = Lexicon::from_petrarch(&verbs, &[&actors], &agents, &DiscardList::default());
//! let coder = Coder::new(Arc::new(lex), CoderConfig::default());
//! // Arnor accused Gondor
//! let mut s = Sentence::default();
//! for (form, lemma, upos, head, rel) in [("Arnor", "Arnor", Upos::Propn, 2, "nsubj"),
//!     ("accused", "accuse", Upos::Verb, 0, "root"), ("Gondor", "Gondor", Upos::Propn, 2, "obj")] {
//!     let mut w = Word::new(form, Span::default());
//!     w.lemma = Some(lemma.into());
//!     w.upos = Some(upos);
//!     w.head = Some(head);
//!     w.deprel = Some(rel.parse().unwrap());
//!     s.words.push(w);
//! }
//! let events = coder.code_sentence(&s, &DocContext::default());
//! assert_eq!(events.len(), 1);
//! assert_eq!(events[0].source.code_text(), "ARN");
//! assert_eq!(events[0].target.as_ref().unwrap().code_text(), "GON");
//! assert_eq!(events[0].code.to_string(), "112");
//! ```
//!
//! Not here (yet): actors bound across sentences (coreference beyond the embedded-pronoun
//! rule), modality other than negation, PETRARCH transformations (`~` lines), dates and
//! places.
#![deny(missing_docs)]

mod clause;
mod coder;
mod deps;
mod description;
pub mod devsets;
mod error;
mod event;
mod memory;
mod mention;
mod negation;
mod nominal;
mod pattern;
pub mod suite;
mod tree;

pub use coder::{Coder, CoderConfig};
pub use error::{Error, Result};
pub use event::{
    Actor, ActorRecord, ActorTag, DatePrecision, DocContext, Event, EventDate, EventRecord,
    LocationRecord, Modality, PloverRecord, TriggerKind,
};
pub use tree::Scratch;
