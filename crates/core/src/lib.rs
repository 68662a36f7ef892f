//! The data model every dyad stage reads and writes.
//!
//! dyad turns news text into event records in stages (text → syntax → events → time/place →
//! store). Each stage is a crate that takes the layers of this model that the stage before it
//! filled and adds its own. This crate holds only the types: no algorithms, no I/O, so that every
//! stage can depend on it without pulling in any other.
//!
//! - [`Span`]: a byte range into the *original* document text. Spans are set once, by the
//!   tokenizer, and never rewritten, so every event can point back to the words it came from.
//! - [`Lang`]: the languages dyad analyses.
//! - [`Upos`], [`DepRel`], [`Feats`]: Universal Dependencies v2 categories, parsed once where text
//!   enters (CoNLL-U reader, model loader) and printed once where it leaves.
//! - [`Sentence`], [`Word`], [`MultiwordToken`]: one sentence's words with their UD analysis; a
//!   Spanish `del` is one [`MultiwordToken`] over the two syntactic words `de` and `el`.
//!
//! ```
//! use dyad_core::{Span, Upos, DepRel};
//! let s = Span::new(4, 9);
//! assert_eq!(&"The senate voted"[s.range()], "senat");
//! assert_eq!("PROPN".parse::<Upos>().unwrap(), Upos::Propn);
//! let rel: DepRel = "nsubj:pass".parse().unwrap();
//! assert_eq!(rel.subtype(), Some("pass"));
//! ```
//!
//! Not here: how tokens are found, tagged or parsed (see `dyad-text`, `dyad-syntax`).
#![deny(missing_docs)]

mod actor;
mod actor_tables;
mod cameo;
mod cameo_table;
mod deprel;
mod document;
mod error;
mod feats;
mod lang;
mod plover;
mod sentence;
mod span;
mod upos;

pub use actor::{
    is_region_code, is_sector_code, is_state_code, region_name, sector_name, ActorCode, PrimaryKind,
};
pub use cameo::{CameoCode, QuadClass};
pub use deprel::{DepRel, UdRel};
pub use document::{Date, Document};
pub use error::{Error, Result};
pub use feats::Feats;
pub use lang::Lang;
pub use plover::{PloverCoding, PloverContext, PloverMode, PloverType};
pub use sentence::{MultiwordToken, Sentence, Word};
pub use span::Span;
pub use upos::Upos;
