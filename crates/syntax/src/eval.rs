//! Scoring against gold treebanks, as the CoNLL 2018 shared task scores.
//!
//! One scorer for tests, for training's dev checks and for `dyad eval syntax`, so the numbers in
//! the README, in model metadata and in CI are computed the same way.
//!
//! - [`score_words`]: on gold tokens (same words in both), UPOS, UFeats, lemma, UAS and LAS over
//!   every word, punctuation included; and UAS/LAS without punctuation, the older (Penn Treebank
//!   era) convention, since treebanks of one language disagree on where punctuation attaches
//!   (English PUD puts a fronted adverbial's comma on the clause head, EWT on the adverbial).
//! - [`score_segmentation`]: from raw text, sentence and token precision/recall/F1, a unit counting
//!   as found when its byte range matches a gold unit exactly.

use std::collections::HashSet;

use dyad_core::{Sentence, Span, Upos};
use serde::Serialize;

/// Word-level accuracies in percent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct WordScores {
    /// Words scored.
    pub words: usize,
    /// Universal POS accuracy.
    pub upos: f64,
    /// Exact match of the whole feature set.
    pub ufeats: f64,
    /// Lemma accuracy (case-sensitive, as the CoNLL 2018 script).
    pub lemma: f64,
    /// Unlabeled attachment score.
    pub uas: f64,
    /// Labeled attachment score: head and universal relation (subtypes ignored, as the CoNLL
    /// 2018 evaluation does, since treebanks of one language disagree on subtypes).
    pub las: f64,
    /// Labeled attachment with subtypes too (`nsubj:pass` ≠ `nsubj`): what the coder relies on.
    pub las_subtypes: f64,
    /// Words scored by the punctuation-free scores (gold UPOS other than `PUNCT`).
    pub words_no_punct: usize,
    /// UAS over words whose gold UPOS is not `PUNCT`: attachment of the words the coder reads,
    /// independent of a treebank's punctuation convention.
    pub uas_no_punct: f64,
    /// LAS (universal relations) over the same words.
    pub las_no_punct: f64,
}

/// Scores predicted against gold sentences holding the same words.
///
/// Sentences are paired in order; a pair whose word counts differ is skipped and counted in the
/// returned `usize` so a caller can report it instead of scoring misaligned words.
pub fn score_words(gold: &[Sentence], pred: &[Sentence]) -> (WordScores, usize) {
    let (mut n, mut upos, mut feats, mut lemma, mut uas, mut las, mut las_sub) =
        (0usize, 0, 0, 0, 0, 0, 0);
    let (mut n_np, mut uas_np, mut las_np) = (0usize, 0, 0);
    let mut skipped = 0;
    for (g, p) in gold.iter().zip(pred) {
        if g.words.len() != p.words.len() {
            skipped += 1;
            continue;
        }
        for (gw, pw) in g.words.iter().zip(&p.words) {
            n += 1;
            let scored = gw.upos != Some(Upos::Punct);
            n_np += scored as usize;
            upos += (gw.upos == pw.upos) as usize;
            feats += (gw.feats == pw.feats) as usize;
            lemma += (gw.lemma == pw.lemma) as usize;
            if gw.head == pw.head {
                let label = (gw.deprel.as_ref().map(|d| d.base())
                    == pw.deprel.as_ref().map(|d| d.base())) as usize;
                uas += 1;
                las += label;
                las_sub += (gw.deprel == pw.deprel) as usize;
                uas_np += scored as usize;
                las_np += label * scored as usize;
            }
        }
    }
    skipped += gold.len().abs_diff(pred.len());
    let share = |x: usize, of: usize| {
        if of == 0 {
            0.0
        } else {
            100.0 * x as f64 / of as f64
        }
    };
    let pct = |x: usize| share(x, n);
    (
        WordScores {
            words: n,
            upos: pct(upos),
            ufeats: pct(feats),
            lemma: pct(lemma),
            uas: pct(uas),
            las: pct(las),
            las_subtypes: pct(las_sub),
            words_no_punct: n_np,
            uas_no_punct: share(uas_np, n_np),
            las_no_punct: share(las_np, n_np),
        },
        skipped,
    )
}

/// Precision, recall and F1 in percent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Gold units.
    pub gold: usize,
    /// Predicted units.
    pub predicted: usize,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    fn from_sets(gold: &HashSet<Span>, pred: &HashSet<Span>) -> Prf {
        let hit = gold.intersection(pred).count();
        let p = if pred.is_empty() {
            0.0
        } else {
            100.0 * hit as f64 / pred.len() as f64
        };
        let r = if gold.is_empty() {
            0.0
        } else {
            100.0 * hit as f64 / gold.len() as f64
        };
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            gold: gold.len(),
            predicted: pred.len(),
            precision: p,
            recall: r,
            f1,
        }
    }
}

/// Sentence and token scores from raw text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct SegmentationScores {
    /// Sentences by exact byte range.
    pub sentences: Prf,
    /// Surface tokens (a multiword token counts once) by exact byte range.
    pub tokens: Prf,
}

/// Scores predicted segmentation against gold, both with spans into the same raw text.
///
/// Sentence spans are compared after trimming whitespace, so a segmenter that keeps or drops a
/// trailing space is not penalized for it.
pub fn score_segmentation(
    gold: &[Sentence],
    gold_text: &str,
    pred: &[Sentence],
    pred_text: &str,
) -> SegmentationScores {
    let sents = |ss: &[Sentence], text: &str| -> HashSet<Span> {
        ss.iter().map(|s| trim(s.span, text)).collect()
    };
    let toks = |ss: &[Sentence]| -> HashSet<Span> {
        let mut out = HashSet::new();
        for s in ss {
            for (i, w) in s.words.iter().enumerate() {
                let id = i as u32 + 1;
                let inside = s.multiwords.iter().any(|m| m.first <= id && id <= m.last);
                if !inside {
                    out.insert(w.span);
                }
            }
            out.extend(s.multiwords.iter().map(|m| m.span));
        }
        out
    };
    SegmentationScores {
        sentences: Prf::from_sets(&sents(gold, gold_text), &sents(pred, pred_text)),
        tokens: Prf::from_sets(&toks(gold), &toks(pred)),
    }
}

fn trim(span: Span, text: &str) -> Span {
    let s = text.get(span.range()).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let tail = s.len() - s.trim_end().len();
    Span::new(
        span.start + lead as u32,
        span.end.saturating_sub(tail as u32),
    )
}

/// Joins gold sentences into one raw text (single spaces between sentences, a blank line where
/// `# newdoc` or `# newpar` comments start a document or paragraph, as the CoNLL 2018 raw texts
/// have them) and shifts every span into it.
///
/// The result is the input a raw-text evaluation feeds to the segmenter.
pub fn gold_raw_text(gold: &[Sentence]) -> (String, Vec<Sentence>) {
    let mut text = String::new();
    let mut out = Vec::with_capacity(gold.len());
    for s in gold {
        let newdoc = s
            .comments
            .iter()
            .any(|c| c.starts_with("newdoc") || c.starts_with("newpar"));
        if !text.is_empty() {
            text.push_str(if newdoc { "\n\n" } else { " " });
        }
        let base = text.len() as u32;
        text.push_str(&s.text);
        let mut s = s.clone();
        let shift = |sp: Span| Span::new(sp.start + base, sp.end + base);
        s.span = shift(s.span);
        for w in &mut s.words {
            w.span = shift(w.span);
        }
        for m in &mut s.multiwords {
            m.span = shift(m.span);
        }
        out.push(s);
    }
    (text, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::read_str;

    const GOLD: &str = "# text = It rained.\n1\tIt\tit\tPRON\t_\t_\t2\texpl\t_\t_\n2\trained\train\tVERB\t_\tTense=Past\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n# text = Stop.\n1\tStop\tstop\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n";

    #[test]
    fn perfect_prediction_scores_100() {
        let g = read_str(GOLD, "g").unwrap();
        let (s, skipped) = score_words(&g, &g);
        assert_eq!(skipped, 0);
        assert_eq!(s.words, 5);
        assert_eq!((s.upos, s.las), (100.0, 100.0));
    }

    #[test]
    fn wrong_label_costs_las_not_uas() {
        let g = read_str(GOLD, "g").unwrap();
        let mut p = g.clone();
        p[0].words[0].deprel = Some("nsubj".parse().unwrap());
        let (s, _) = score_words(&g, &p);
        assert_eq!(s.uas, 100.0);
        assert!((s.las - 80.0).abs() < 1e-9);
        // a wrong subtype costs only the subtype-aware score
        let mut p = g.clone();
        p[0].words[0].deprel = Some("expl:pv".parse().unwrap());
        let (s, _) = score_words(&g, &p);
        assert_eq!(s.las, 100.0);
        assert!((s.las_subtypes - 80.0).abs() < 1e-9);
    }

    #[test]
    fn punctuation_free_scores_ignore_punctuation_heads() {
        let g = read_str(GOLD, "g").unwrap();
        let mut p = g.clone();
        // the first sentence's full stop on the subject: counts against UAS, not the other score
        p[0].words[2].head = Some(1);
        let (s, _) = score_words(&g, &p);
        assert_eq!(s.words_no_punct, 3);
        assert!((s.uas - 80.0).abs() < 1e-9);
        assert_eq!((s.uas_no_punct, s.las_no_punct), (100.0, 100.0));
        // a word's wrong head counts in both
        p[0].words[0].head = Some(3);
        let (s, _) = score_words(&g, &p);
        assert!((s.uas_no_punct - 200.0 / 3.0).abs() < 1e-9);
        assert!((s.las_no_punct - 200.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn segmentation_counts_exact_ranges() {
        let g = read_str(GOLD, "g").unwrap();
        let (text, g) = gold_raw_text(&g);
        assert_eq!(text, "It rained. Stop.");
        assert_eq!(&text[g[1].words[0].span.range()], "Stop");
        let s = score_segmentation(&g, &text, &g, &text);
        assert_eq!(s.sentences.f1, 100.0);
        assert_eq!(s.tokens.f1, 100.0);
        // one merged sentence: 0 of 2 sentences found
        let mut merged = g[0].clone();
        merged.span = Span::new(0, text.len() as u32);
        let s = score_segmentation(&g, &text, &[merged], &text);
        assert_eq!(s.sentences.f1, 0.0);
    }
}
