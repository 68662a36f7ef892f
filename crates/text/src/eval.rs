//! Scoring segmentation and tokenization against a UD treebank.
//!
//! The raw text of each document is rebuilt from its `# text` lines joined by one space (UD keeps
//! no original paragraphs), segmented, and compared by exact byte ranges: a sentence or token
//! counts only when both its ends match a gold one. Gold surface tokens are the multiword-token
//! lines plus the words outside them, located in the text by their forms.

use std::collections::HashSet;

use crate::{surface_tokens, Segmenter};

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    /// Items in the gold standard.
    pub gold: usize,
    /// Items predicted.
    pub predicted: usize,
    /// Predicted items that match a gold one exactly.
    pub correct: usize,
}

impl Prf {
    /// Correct over predicted (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.correct as f64 / self.predicted as f64
        }
    }

    /// Correct over gold (1 when there is no gold).
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }

    /// Harmonic mean of precision and recall, in percent.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            200.0 * p * r / (p + r)
        }
    }
}

/// Sentence and surface-token scores of one evaluation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    /// Sentences, by exact range.
    pub sentences: Prf,
    /// Surface tokens, by exact range.
    pub tokens: Prf,
}

#[derive(Default)]
struct Doc {
    text: String,
    sentences: Vec<(usize, usize)>,
    tokens: Vec<(usize, usize)>,
    /// Where the current sentence's next token may start.
    cursor: usize,
    /// Last id of the multiword token being read; its words are not surface tokens.
    mwt_last: u32,
}

impl Doc {
    fn add_sentence(&mut self, text: &str) {
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        let start = self.text.len();
        self.text.push_str(text);
        self.sentences.push((start, self.text.len()));
        self.cursor = start;
        self.mwt_last = 0;
    }

    fn add_token(&mut self, form: &str) {
        let end = self.sentences.last().map_or(0, |s| s.1);
        let hay = &self.text[self.cursor.min(end)..end];
        if let Some(at) = hay.find(form) {
            let start = self.cursor + at;
            self.tokens.push((start, start + form.len()));
            self.cursor = start + form.len();
        }
    }
}

/// Segments the raw text of a CoNLL-U treebank (documents split at `# newdoc`) with `segmenter`
/// and scores it against the gold sentences and surface tokens.
pub fn evaluate_conllu(segmenter: &Segmenter, conllu: &str) -> Scores {
    let mut docs: Vec<Doc> = vec![Doc::default()];
    for line in conllu.lines() {
        if line.starts_with("# newdoc") {
            docs.push(Doc::default());
        } else if let Some(t) = line.strip_prefix("# text = ") {
            if let Some(d) = docs.last_mut() {
                d.add_sentence(t);
            }
        } else if let Some(d) = docs.last_mut() {
            let mut cols = line.split('\t');
            let (Some(id), Some(form)) = (cols.next(), cols.next()) else {
                continue;
            };
            if let Some((_, last)) = id.split_once('-') {
                d.mwt_last = last.parse().unwrap_or(0);
                d.add_token(form);
            } else if let Ok(n) = id.parse::<u32>() {
                if n > d.mwt_last {
                    d.add_token(form);
                }
            }
        }
    }
    let mut scores = Scores::default();
    for d in docs.iter().filter(|d| !d.text.is_empty()) {
        let predicted = segmenter.segment(&d.text);
        let gold_s: HashSet<_> = d.sentences.iter().copied().collect();
        let gold_t: HashSet<_> = d.tokens.iter().copied().collect();
        scores.sentences.gold += gold_s.len();
        scores.tokens.gold += gold_t.len();
        for s in &predicted {
            scores.sentences.predicted += 1;
            let r = (s.span.start as usize, s.span.end as usize);
            scores.sentences.correct += usize::from(gold_s.contains(&r));
            for t in surface_tokens(s) {
                scores.tokens.predicted += 1;
                let r = (t.start as usize, t.end as usize);
                scores.tokens.correct += usize::from(gold_t.contains(&r));
            }
        }
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Lang;

    const FIXTURE: &str = "# newdoc id = d1\n# text = It's over. \n\
        1-2\tIt's\t_\t_\t_\t_\t_\t_\t_\t_\n1\tIt\t_\t_\t_\t_\t_\t_\t_\t_\n2\t's\t_\t_\t_\t_\t_\t_\t_\t_\n\
        3\tover\t_\t_\t_\t_\t_\t_\t_\t_\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n\
        # text = Mr. Lee left.\n1\tMr.\t_\t_\t_\t_\t_\t_\t_\t_\n2\tLee\t_\t_\t_\t_\t_\t_\t_\t_\n\
        3\tleft\t_\t_\t_\t_\t_\t_\t_\t_\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";

    #[test]
    fn a_perfect_segmentation_scores_100() {
        let s = evaluate_conllu(
            &Segmenter::new(Lang::En),
            &FIXTURE.replace("over. \n", "over.\n"),
        );
        assert_eq!(
            s.sentences,
            Prf {
                gold: 2,
                predicted: 2,
                correct: 2
            }
        );
        assert_eq!(
            s.tokens,
            Prf {
                gold: 7,
                predicted: 7,
                correct: 7
            }
        );
        assert!((s.tokens.f1() - 100.0).abs() < 1e-9);
    }

    #[test]
    fn prf_edges() {
        let p = Prf {
            gold: 4,
            predicted: 2,
            correct: 1,
        };
        assert!((p.f1() - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(Prf::default().f1(), 100.0);
    }
}
