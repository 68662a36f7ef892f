//! The syntax stage: UD tagging, lemmatization and dependency parsing.
//!
//! Takes [`dyad_core::Sentence`]s whose words carry forms and spans (from `dyad-text`, or from a
//! CoNLL-U file) and fills `upos`, `feats`, `lemma`, `head` and `deprel`: the trees the event coder
//! reads subjects, objects, passives and coordination from.
//!
//! The stages, in order: [`tagger`] (UPOS, features, and lemmas through the lemmatizer), then
//! [`parser`] (a greedy arc-hybrid transition parser with a dynamic oracle). Both are averaged
//! perceptrons ([`perceptron`]) with pruned, `i16`-quantized weights, so a language's models fit
//! a few MB and parse tens of thousands of tokens a second on one core. [`Analyzer`] bundles a
//! language's tagger and parser from one versioned model file ([`container`]); [`train`] makes
//! that file (the parser trains on jackknifed tags, as it will see at run time); [`eval`] scores
//! the way the CoNLL 2018 shared task does; [`conllu`] reads and writes treebanks; [`harmonize`]
//! relabels training treebanks to one convention.
//!
//! ```
//! use dyad_syntax::{conllu, Parser, ParserConfig, Tagger, TaggerConfig};
//! let gold = conllu::read_str(
//!     "1\tRebels\trebel\tNOUN\t_\tNumber=Plur\t2\tnsubj\t_\t_\n\
//!      2\tattacked\tattack\tVERB\t_\tTense=Past\t0\troot\t_\t_\n\
//!      3\ttowns\ttown\tNOUN\t_\tNumber=Plur\t2\tobj\t_\t_\n\n",
//!     "inline",
//! )
//! .unwrap();
//! let (tagger, _) = Tagger::train(&TaggerConfig::default(), &gold, &[]).unwrap();
//! // the shipped defaults prune rare features, which on three words is every feature
//! let tiny = ParserConfig { min_updates: 0, prune: 0.0, ..ParserConfig::default() };
//! let (parser, _) = Parser::train(&tiny, &gold, &[]).unwrap();
//! let mut s = gold[0].clone();
//! tagger.annotate(&mut s, &mut Default::default());
//! parser.annotate(&mut s, &mut Default::default());
//! assert_eq!(s.words[1].lemma.as_deref(), Some("attack"));
//! assert_eq!(s.words[0].head, Some(2));
//! ```
//!
//! Not here: finding sentences and tokens in raw text (`dyad-text`).
#![deny(missing_docs)]

pub mod analyzer;
pub mod conllu;
pub mod container;
mod error;
pub mod eval;
pub mod harmonize;
mod lemma;
pub mod parser;
pub mod perceptron;
mod repair;
pub mod tagger;
#[cfg(test)]
mod test_trees;
pub mod train;

pub use analyzer::{Analyzer, AnalyzerScratch};
pub use error::{Error, Result};
pub use parser::{
    EnsembleReport, Parser, ParserConfig, ParserReport, ParserScratch, TrainingVersion,
};
pub use tagger::{
    FixedTag, TagScores, Tagger, TaggerConfig, TaggerReport, TaggerScratch, UposAlt, WordAnalysis,
};
