//! The gazetteer and place resolution for news sentences (issue 5).
//!
//! **Takes** sentences analysed by `dyad-syntax` (words with `upos`, and `head`/`deprel` for
//! attachment), the index of an event's predicate, and the countries the document mentions
//! (ISO 3166-1 alpha-3 codes, which are also CAMEO country codes: `KEN`, `COL`, `USA`).
//! **Gives** the place names in each sentence ([`PlaceMention`]: words, span, candidate
//! places), the one that is the event's place ([`PlaceFinder::attach`]) and which place it is
//! ([`PlaceFinder::resolve`]: a [`Place`] with GeoNames id, English and Spanish names, kind,
//! country, first-level subdivision, coordinates, population).
//!
//! Entry types: [`Gazetteer`] (the built-in one: every country, 2,700 first-level subdivisions
//! and 34,000 cities of 15,000 people or more, from GeoNames, CC BY 4.0; see the crate README)
//! and [`PlaceFinder`], one per language, `Send + Sync`.
//!
//! Ambiguous names ("Santiago", "Georgia", "Paris") are settled by the sentence ("Paris,
//! Texas"; "Kaduna state"), then by the document's countries, then by prominence (country,
//! capital, population; see [`Place::prominence`]). Descriptions with a demonym ("the
//! Colombian capital", "la capital peruana") name that country's capital. What prepositions
//! introduce a place, which verbs take a place as object and which words mark a subdivision is
//! data per language (`data/rules/<lang>.txt`). Measured: 178 hand-written mentions (91 en, 87
//! es) in `tests/data/places.tsv`, 98.9% right country and entry; loading takes 55–85 ms of CPU;
//! finding runs at 1.7–1.9 million tokens a second (see the crate README).
//!
//! ```
//! use dyad_core::{Lang, Sentence, Span, Upos, Word};
//! use dyad_geo::{Gazetteer, PlaceFinder};
//!
//! // "Ruto flew to Santiago": a tagged sentence (the parser would also give heads).
//! let mut s = Sentence::default();
//! for (form, upos) in [("Ruto", Upos::Propn), ("flew", Upos::Verb), ("to", Upos::Adp),
//!                      ("Santiago", Upos::Propn)] {
//!     let mut w = Word::new(form, Span::default());
//!     w.upos = Some(upos);
//!     s.words.push(w);
//! }
//! let finder = PlaceFinder::new(Lang::En);
//! let mentions = finder.find(&s);
//! let g = Gazetteer::builtin();
//! let chile = finder.resolve(&mentions[0], &[]).unwrap();
//! assert_eq!(g.get(chile).country_code(), "CHL");
//! let dominican = finder.resolve(&mentions[0], &["DOM"]).unwrap();
//! assert_eq!(g.get(dominican).country_code(), "DOM");
//! ```
//!
//! **Does not**: fall back to the dateline (the caller does, when `attach` gives nothing);
//! collect the document's countries (the caller passes them); know villages, rivers, regions
//! below the first level, or places under 15,000 people; read descriptions other than a capital
//! word next to a demonym ("the kingdom", "the Kenyan port city" are not resolved); resolve
//! "the capital" alone.
#![deny(missing_docs)]

mod attach;
mod error;
mod finder;
mod gazetteer;
mod rules;

pub use error::{Error, Result};
pub use finder::{PlaceFinder, PlaceMention};
pub use gazetteer::{normalize_name, Gazetteer, Place, PlaceId, PlaceKind, FORMAT_VERSION};
pub use rules::Rules;
