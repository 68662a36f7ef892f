//! dyad's dictionaries.
//!
//! Takes dictionary files (or their text) and returns typed, in-memory dictionaries that the
//! event coder compiles into matchers. Today this crate reads the PETRARCH/TABARI formats as
//! they are ([`petrarch`]): verb dictionaries with synsets, patterns and transformations
//! ([`petrarch::verbs::VerbDictionary`]), actors with dated codes
//! ([`petrarch::actors::ActorDictionary`]), agents ([`petrarch::agents::AgentDictionary`]) and
//! discards ([`petrarch::discards::DiscardList`]). Event codes are parsed into
//! [`dyad_core::CameoCode`] where they are CAMEO codes and kept verbatim otherwise; actor codes
//! into [`dyad_core::ActorCode`].
//!
//! ```
//! use std::path::Path;
//! use dyad_lexicon::petrarch::actors::ActorDictionary;
//! let text = "ARNOR_ [ARN]\n+NORTH_KINGDOM\nELENDIL_\n\t[ARNGOV 200101-201231]\n";
//! let loaded = ActorDictionary::parse(text, Path::new("fiction.actors")).unwrap();
//! assert!(loaded.warnings.is_empty());
//! assert_eq!(loaded.value.entries.len(), 2);
//! assert_eq!(loaded.value.entries[0].names[1].words, ["NORTH", "KINGDOM"]);
//! ```
//!
//! [`Lexicon`] compiles loaded dictionaries into the matchers the event coder uses: actor
//! names and agent phrases as longest-match word-sequence indexes (dated actor codes resolved
//! against a document date), verb forms indexed by their inflected word (regular `-S -ED -ING`
//! forms generated where the file lists none), patterns with synsets resolved.
//!
//! [`dyad`] reads dyad's own format (`docs/lexicon-format.md`): per-language plain-text files
//! of actors (names, demonyms, capitals and seats of government, dated codes), agents, verb
//! and event-noun patterns keyed by lemma over UD relations, and word classes. Every malformed
//! line is an error naming file and line. [`LexiconBuilder`] compiles dyad and PETRARCH
//! sources into one [`Lexicon`], the first source added winning for every key it defines.
//!
//! [`stats::LexiconStats`] counts what loaded dyad lexicons cover (actors by kind, ISO
//! countries with names and demonyms, patterns per CAMEO code, people and their offices):
//! `dyad lexicon stats`.
//!
//! The readers do no matching and keep the file's order so that the compiler can reproduce
//! PETRARCH's precedence.
//! No file is read unless its path is passed in.
#![deny(missing_docs)]

mod compile;
pub mod dyad;
mod error;
pub mod petrarch;
pub mod stats;

pub use compile::{
    normalize, regular_verb_forms, ActorId, ActorMatch, Agent, AgentId, Block, CapsMask, ClassId,
    DepCond, DepPattern, DepTest, Description, Lexicon, LexiconBuilder, NounEvent, PatElem,
    PetrarchPaths, PhraseIndex, SynsetWords, VerbForm, VerbPattern,
};
pub use dyad::actors::{ActorKind, NameRole, Office};
pub use dyad::agents::AgentKind;
pub use dyad::pattern::{ArgRel, Slot};
pub use error::{Error, Result};
