//! `kind=nouns`: event nouns keyed by lemma, with the light verbs that make them events.
//!
//! ```text
//! noun visita
//!   code: 042 reverse 043                    "la visita de Lula a Pekín"
//!   light: efectuar | realizar | hacer       "Lula efectuó una visita a Pekín"
//!   pattern: nmod:a=target => 042
//! noun talk
//!   code: 046 reverse 046
//!   light: hold | have                       "held talks with Kyiv"
//!   pattern: nmod:with=target => 046 reverse 046
//! ```
//!
//! The grammar is the verbs' (see [`super::verbs`] and [`super::pattern`]) plus `light:`.
//! Relations are named from the noun: its `nmod:P`, `poss` ("her trip"), `amod` ("the
//! Saudi-led campaign"). Under a light verb the coder reads the verb's subject as the noun's
//! source and the verb's `obl:P` as the noun's `nmod:P`, because parsers attach "to X" in
//! "paid a visit to X" to either word.

use super::block::{At, Entry};
use super::verbs::PredicateEntry;
use crate::Result;

pub(crate) fn parse(entries: &[Entry<'_>], file: usize, at: At<'_>) -> Result<Vec<PredicateEntry>> {
    super::verbs::parse(entries, "noun", file, at)
}
