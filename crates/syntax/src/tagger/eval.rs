//! The tagger scorer, used by tests, by training's dev checks and by `dyad eval`.

use dyad_core::Sentence;
use serde::{Deserialize, Serialize};

use super::{Tagger, TaggerScratch};

/// Accuracy (percent) on gold-tokenized sentences; FEATS is exact match of the whole bundle
/// (UFeats), lemma exact match. A field absent from the gold data is left out of its count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct TagScores {
    /// Words scored.
    pub words: usize,
    /// UPOS accuracy.
    pub upos: f64,
    /// FEATS accuracy.
    pub feats: f64,
    /// Lemma accuracy.
    pub lemma: f64,
}

pub(super) fn evaluate(t: &Tagger, gold: &[Sentence], sc: &mut TaggerScratch) -> TagScores {
    let (mut n, mut nu, mut nl) = (0usize, 0usize, 0usize);
    let (mut u, mut f, mut l) = (0usize, 0usize, 0usize);
    for s in gold {
        let pred = t.predict(s, sc);
        for (p, g) in pred.iter().zip(&s.words) {
            n += 1;
            if let Some(gu) = g.upos {
                nu += 1;
                u += (p.upos == gu) as usize;
                f += (p.feats == g.feats) as usize;
            }
            if let Some(gl) = g.lemma.as_deref().filter(|l| *l != "_") {
                nl += 1;
                l += (p.lemma == gl) as usize;
            }
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    TagScores {
        words: n,
        upos: pct(u, nu),
        feats: pct(f, nu),
        lemma: pct(l, nl),
    }
}
