//! Attachment scores, as the CoNLL 2018 shared task computes them on gold tokenization.
//!
//! Every word counts, punctuation included. LAS compares the universal part of the relation only
//! (`nsubj:pass` = `nsubj`), as `conll18_ud_eval.py` does; `las_full` also compares subtypes, which
//! is what the event coder sees (`nsubj:pass`, `obl:agent`).

use dyad_core::{DepRel, Sentence};
use serde::{Deserialize, Serialize};

/// UAS and LAS over a set of sentences, in percent.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct AttachmentScores {
    /// Words scored (those with a gold head).
    pub words: usize,
    /// Correct heads, in percent.
    pub uas: f64,
    /// Correct heads and universal relations, in percent.
    pub las: f64,
    /// Correct heads and full relations (with subtypes), in percent.
    pub las_full: f64,
}

#[derive(Default)]
pub(crate) struct Accumulator {
    words: usize,
    heads: usize,
    labeled: usize,
    full: usize,
}

impl Accumulator {
    /// Adds one sentence's prediction; words without a gold head are not scored.
    pub fn add(&mut self, gold: &Sentence, pred: &[(u32, DepRel)]) {
        for (w, (h, rel)) in gold.words.iter().zip(pred) {
            let Some(gh) = w.head else { continue };
            self.words += 1;
            if gh != *h {
                continue;
            }
            self.heads += 1;
            if let Some(g) = &w.deprel {
                self.labeled += (g.base() == rel.base()) as usize;
                self.full += (g == rel) as usize;
            }
        }
    }

    pub fn finish(&self) -> AttachmentScores {
        let pct = |x: usize| 100.0 * x as f64 / self.words.max(1) as f64;
        AttachmentScores {
            words: self.words,
            uas: pct(self.heads),
            las: pct(self.labeled),
            las_full: pct(self.full),
        }
    }
}
