//! The syntax stage: UD tagging, lemmatization and dependency parsing.
//!
//! Takes [`dyad_core::Sentence`]s whose words carry forms and spans (from `dyad-text`, or from a
//! CoNLL-U file) and fills `upos`, `feats`, `lemma`, `head` and `deprel`.
#![deny(missing_docs)]

pub mod conllu;
pub mod container;
mod error;
pub mod perceptron;

pub use error::{Error, Result};
