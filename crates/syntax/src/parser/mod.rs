//! The labeled dependency parser: UD basic trees (head + relation for every word).
//!
//! Requires `form`, and reads `upos`, `feats` and `lemma` when the tagger has filled them (missing
//! ones are treated as absent, never as an error). Assigns `head` and `deprel`. Never reads the
//! gold `head`/`deprel` of its input when predicting.
//!
//! # Model
//!
//! A greedy transition parser: the arc-hybrid system with the root at the end of the buffer
//! (`transition.rs`), labeled transitions scored jointly by one averaged perceptron
//! ([`crate::perceptron`]) over Zhang & Nivre's (2011) rich non-local features plus morphology
//! (`features.rs`), trained with a dynamic oracle and error exploration after the first epoch
//! (`oracle.rs`, Goldberg & Nivre 2012/2013).
//!
//! Why these choices:
//! - Greedy and linear: `2n` transitions per sentence, so 300-word sentences cost what 300 short
//!   ones do; a beam would multiply the cost of the memory-bound scoring by its width.
//! - Joint labels: the label decision sees the same rich context as the attachment and costs one
//!   table lookup per feature either way (rows are sparse), where a separate label classifier
//!   would add a second feature pass per arc.
//! - Arc-hybrid rather than arc-eager: its dynamic oracle is arc-decomposable and three lines
//!   long, and its preconditions make a single-rooted, fully attached tree a property of the
//!   transition system rather than of post-processing.
//! - Non-projective arcs (288 of 12,544 EWT and 296 of 4,298 Spanish training sentences have
//!   one) are not predicted; see `oracle.rs` for how training
//!   copes with them.
//!
//! Measured (gold tokens and gold tags, UAS/LAS over all words including punctuation, LAS on
//! universal relations as CoNLL 2018 scores it; default config, `examples/train_parser.rs`):
//! EWT dev 88.65/87.11, EWT test 88.68/87.09, en PUD 84.56/82.61; trained on AnCora dev+test and
//! GSD dev: GSD test 85.06/80.48, es PUD 86.58/79.46. Most of en PUD's gap is punctuation: 40% of
//! its punctuation gets a wrong head (EWT test: 16%); without punctuation its UAS is 87.8 (EWT
//! 89.3). With tags from the tagger the scores are lower, so train on jackknifed tags.
//!
//! Tagger uncertainty: predicted UPOS is nearly all of the gap between gold and predicted tags
//! (EWT dev UAS 87.2 with gold UPOS alone, 84.2 with predicted), so the analyzer passes the
//! tagger's runner-up UPOS and its margin ([`crate::TaggerScratch::alternatives`]), bucketed by
//! `upos_alt_margins`, and six templates pair it with the predicted tag of `s0`, `s1`, `b0`, `b1`
//! (and of `s0`–`b0` across). They fire only for doubtful words (margin under 32: a sixth of
//! EWT dev words, holding four fifths of its tagging errors; `examples/upos_margins.rs`), so
//! they cost about 2% of parsing time; training reads the jackknife taggers' runner-ups, as at
//! run time. Models without them parse exactly as before. End to end (`dyad train syntax`
//! defaults, predicted tags, universal LAS), before → after: EWT dev 84.22/81.00 →
//! 84.57/81.35 (a variant that also gave confident words a constant key: 84.63/81.37, 6%
//! slower), EWT test 84.83/81.90 → 84.82/81.86 (that variant: 85.53/82.55, which shows the
//! run-to-run spread on test), en PUD 81.47 → 81.44 (variant: 81.86).
//! Spanish: held-out dev 84.84/79.40 → 84.85/80.14, GSD test 81.30/74.82 → 81.23/75.01, es PUD
//! 85.59/77.22 → 85.62/77.23. So a steady gain on dev, within run-to-run noise on the test sets.
//! Also tried: four margin buckets (64/32/16/4) plus `s1`→`s0` and `b1`→`b0` uncertainty pairs:
//! EWT dev 84.40, worse.
//!
//! Ensemble ([`ParserConfig::ensemble`]): the shipped parser is three parsers merged into one.
//! Each member is trained on its own 10-fold jackknife of the tags (other fold partition, other
//! tagger seed: `TrainConfig::jackknife_per_member`) with its own seed, and keeps its best dev
//! epoch; their averaged weights are averaged ([`crate::perceptron::Averaged`]) before pruning and
//! quantization. For a linear model that is exactly the mean of the members' scores at every
//! decision, at one model's parsing cost; the table holds the union of their features (English
//! 8.6 → 10.8 MB, Spanish 6.2 → 8.9 MB; tag + parse speed unchanged within this machine's
//! noise). What the members differ in is what matters. Seeds alone (shuffles, exploration)
//! change 4% of the heads but not the accuracy: EWT dev UAS/LAS for 1–4 members was
//! 84.63/81.38, 84.61/81.43, 84.63/81.48, 84.63/81.53 (all on one 4-fold jackknife), and
//! Spanish held-out dev 84.85/80.15 → 84.99/80.32 with four; the averaged perceptron already
//! averages along its own trajectory. The jackknife is the larger source of variance: single
//! models on 4, 10 and 20 folds scored 84.63, 84.87 and 84.55 EWT dev UAS. Members on different
//! jackknifes do combine: EWT dev with 1–4 members 84.87/81.72, 85.11/81.97, 85.20/82.09,
//! 85.07/81.95 (members alone 81.33–81.72 LAS); Spanish 85.26/80.56, 84.87/80.24,
//! 85.30/80.59, 85.15/80.43 (members 80.06–80.56); with 4-fold jackknifes 84.63/81.38 →
//! 84.97/81.86 (English) and 84.85/80.15 → 85.09/80.42 (Spanish) for three. Three members
//! were best on both dev sets; training takes about three times as long. Pruning the merged
//! model at 0, 0.0125 or 0.025 instead of 0.05 moved EWT dev by at most 0.01.
//!
//! Rejected, with the measurement: making punctuation a hard leaf (UD never gives it
//! dependents) cost 0.6 dev UAS when also applied to training guesses and 0.05 at prediction
//! alone; random UPOS noise in training (5%) did not help on predicted tags. Single-model knobs
//! (EWT dev, 4-fold jackknife, against 84.63/81.38): `explore_p` 0.7 84.48/81.27 and 1.0
//! 84.43/81.24; 25 epochs 84.59/81.43; `min_updates` 3 84.74/81.45 for a 25% larger model.

mod constraints;
mod eval;
mod features;
mod model;
mod oracle;
mod train;
mod transition;

use dyad_core::{DepRel, Sentence};
use serde::{Deserialize, Serialize};

pub use eval::AttachmentScores;

use crate::perceptron::Model;
use crate::tagger::UposAlt;
use crate::Result;
use features::Atoms;
use transition::{class, decode, Kind, State};

/// Every training knob, with its default. Stored in the model file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ParserConfig {
    /// Passes over the training set. Dev LAS on EWT and AnCora flattens after about 12.
    pub epochs: usize,
    /// Seed of the shuffling and exploration random stream: same seed, same data, same model.
    pub seed: u64,
    /// Averaged weights with a smaller magnitude are dropped before quantization. Rare features end
    /// up with tiny averages, so this is what keeps the model inside its size budget.
    pub prune: f32,
    /// Features that took part in fewer updates are dropped from the model. On EWT, 5 keeps
    /// a sixth of the 1.1M features seen (4 MB deflated instead of 14) at the same dev LAS, and the
    /// smaller table is what lets scoring run mostly from cache.
    pub min_updates: u32,
    /// First epoch (0-based) in which training follows the model's own mistakes (error exploration).
    pub explore_from: usize,
    /// Probability of following a wrong predicted transition once exploring (0.9 in Goldberg &
    /// Nivre 2012).
    pub explore_p: f64,
    /// Keep the epoch with the best dev LAS rather than the last (only when a dev set is given).
    pub keep_best: bool,
    /// Probability of replacing a training word's UPOS with a random one, to make the parser
    /// tolerate tagger errors when the training tags are gold. 0 when training on jackknifed tags.
    pub upos_noise: f64,
    /// Margin buckets of the tagger's runner-up UPOS (decreasing, in tagger weight units), read
    /// when the caller passes the tagger's alternatives; empty turns those features off.
    pub upos_alt_margins: Vec<f32>,
    /// Models trained (seeds `seed`, `seed + 1`, …), each keeping its own best epoch, whose
    /// averaged weights are averaged into the one model stored: the same scores as averaging
    /// theirs at every decision, for one model's parsing time ([`crate::perceptron::Averaged`]).
    /// Training time grows K-fold, the table to the union of their features (1 = one model).
    pub ensemble: usize,
}

impl Default for ParserConfig {
    fn default() -> Self {
        ParserConfig {
            epochs: 15,
            seed: 1,
            prune: 0.05,
            min_updates: 5,
            explore_from: 1,
            explore_p: 0.9,
            keep_best: true,
            upos_noise: 0.0,
            upos_alt_margins: vec![32.0, 16.0, 4.0],
            ensemble: 1,
        }
    }
}

/// Dev scores after one epoch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EpochReport {
    /// Ensemble member (0-based; see [`ParserConfig::ensemble`]).
    #[serde(default)]
    pub member: usize,
    /// 1-based epoch.
    pub epoch: usize,
    /// Dev scores of the pruned, quantized model of this epoch.
    pub dev: AttachmentScores,
    /// Fraction of training transitions where the model's best move was not a best move.
    pub train_error: f64,
    /// Wall-clock seconds of the epoch (training and dev scoring).
    pub seconds: f64,
}

/// What training did: per-epoch dev scores, labels, feature counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParserReport {
    /// Dependency labels, in class order (`root` first).
    pub labels: Vec<String>,
    /// One entry per epoch.
    pub epochs: Vec<EpochReport>,
    /// The epoch whose weights were kept (1-based; of the first member in an ensemble).
    pub best_epoch: usize,
    /// Each ensemble member's kept epoch (empty for a single model).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub member_best_epochs: Vec<usize>,
    /// The model merged from the first 1, 2, … members, scored on dev (empty for a single model).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ensemble_dev: Vec<EnsembleReport>,
    /// Training sentences used.
    pub train_sentences: usize,
    /// Training sentences skipped because a word had no head or relation, or an impossible head.
    pub skipped_sentences: usize,
    /// Training sentences whose gold tree is non-projective.
    pub nonprojective_sentences: usize,
    /// Distinct features that ever received an update (in the member that saw the most).
    pub features_seen: usize,
    /// Features kept after pruning.
    pub features_kept: usize,
    /// Non-zero weights kept after pruning.
    pub weights_kept: usize,
    /// Total training time in seconds.
    pub seconds: f64,
}

/// One version of the parser's training data: the sentences with tags as a tagger gave them,
/// and that tagger's runner-up UPOS for every word (parallel; empty for none).
pub type TrainingVersion = (Vec<Sentence>, Vec<Vec<Option<UposAlt>>>);

/// The model merged from the first `members` models of an ensemble.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnsembleReport {
    /// Members merged.
    pub members: usize,
    /// Dev scores of the merged, pruned, quantized model.
    pub dev: AttachmentScores,
    /// Features it keeps.
    pub features_kept: usize,
    /// Non-zero weights it keeps.
    pub weights_kept: usize,
}

/// A trained parser: immutable, `Send + Sync`, shareable across threads.
#[derive(Clone)]
pub struct Parser {
    labels: Vec<DepRel>,
    /// Arcs refused at prediction ([`constraints`]), derived from `labels`.
    constraints: constraints::Constraints,
    model: Model,
    config: ParserConfig,
    report: Option<ParserReport>,
}

impl std::fmt::Debug for Parser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Parser")
            .field("labels", &self.labels.len())
            .field("features", &self.model.n_features())
            .field("weights", &self.model.n_weights())
            .field("config", &self.config)
            .finish()
    }
}

/// Per-call buffers, reused across sentences so that parsing does not allocate.
#[derive(Debug, Default)]
pub struct ParserScratch {
    atoms: Vec<Atoms>,
    state: State,
    feats: Vec<u64>,
    scores: Vec<i32>,
}

/// Label index of `root`: training always puts it first.
const ROOT_LABEL: u16 = 0;

impl Parser {
    /// Trains on `train` (gold heads and relations; tags as the tagger will give them) and scores
    /// every epoch on `dev` (may be empty).
    pub fn train(
        config: &ParserConfig,
        train: &[Sentence],
        dev: &[Sentence],
    ) -> Result<(Parser, ParserReport)> {
        train::train(config, train, &[], dev, &[])
    }

    /// Like [`Parser::train`], with the tagger's runner-up UPOS for every word
    /// ([`crate::TaggerScratch::alternatives`]) of `train` and `dev` (parallel to the sentences;
    /// an empty slice means none known).
    pub fn train_with_alternatives(
        config: &ParserConfig,
        train: &[Sentence],
        train_alts: &[Vec<Option<UposAlt>>],
        dev: &[Sentence],
        dev_alts: &[Vec<Option<UposAlt>>],
    ) -> Result<(Parser, ParserReport)> {
        train::train(config, train, train_alts, dev, dev_alts)
    }

    /// Like [`Parser::train_with_alternatives`], with several versions of the training data
    /// (the same sentences and trees, tags from different jackknifes, each with its
    /// alternatives): ensemble member `m` ([`ParserConfig::ensemble`]) trains on version
    /// `m % versions.len()`, so the members learn from different tagging errors.
    pub fn train_ensemble(
        config: &ParserConfig,
        versions: &[TrainingVersion],
        dev: &[Sentence],
        dev_alts: &[Vec<Option<UposAlt>>],
    ) -> Result<(Parser, ParserReport)> {
        let sets: Vec<train::TrainSet> = versions
            .iter()
            .map(|(t, a)| (t.as_slice(), a.as_slice()))
            .collect();
        train::train_members(config, &sets, dev, dev_alts)
    }

    /// Serializes (uncompressed: the model container compresses).
    pub fn to_bytes(&self) -> Vec<u8> {
        model::to_bytes(self)
    }

    /// Reads what [`Parser::to_bytes`] wrote; a typed error, never a panic, on anything else.
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser> {
        model::from_bytes(bytes)
    }

    /// The relation labels this parser predicts.
    pub fn labels(&self) -> &[DepRel] {
        &self.labels
    }

    /// The configuration the parser was trained with.
    pub fn config(&self) -> &ParserConfig {
        &self.config
    }

    /// The training report, when the model carries one.
    pub fn report(&self) -> Option<&ParserReport> {
        self.report.as_ref()
    }

    /// Head (1-based, `0` = root) and relation of every word of `s`; changes nothing.
    ///
    /// The result is always a tree over all words with exactly one root child.
    pub fn predict(&self, s: &Sentence, scratch: &mut ParserScratch) -> Vec<(u32, DepRel)> {
        self.predict_with_alternatives(s, &[], scratch)
    }

    /// [`Parser::predict`] with the tagger's runner-up UPOS of every word (see
    /// [`crate::TaggerScratch::alternatives`]; empty = none known).
    pub fn predict_with_alternatives(
        &self,
        s: &Sentence,
        alts: &[Option<UposAlt>],
        scratch: &mut ParserScratch,
    ) -> Vec<(u32, DepRel)> {
        self.parse(s, alts, scratch);
        let st = &scratch.state;
        (1..=st.n as usize)
            .map(|i| {
                let h = st.heads[i];
                let h = if h == st.root() { 0 } else { h };
                (h, self.labels[st.labels[i] as usize].clone())
            })
            .collect()
    }

    /// Writes `head` and `deprel` of every word of `s`.
    pub fn annotate(&self, s: &mut Sentence, scratch: &mut ParserScratch) {
        self.annotate_with_alternatives(s, &[], scratch)
    }

    /// [`Parser::annotate`] with the tagger's runner-up UPOS of every word (see
    /// [`crate::TaggerScratch::alternatives`]; empty = none known). The analyzer calls this.
    pub fn annotate_with_alternatives(
        &self,
        s: &mut Sentence,
        alts: &[Option<UposAlt>],
        scratch: &mut ParserScratch,
    ) {
        self.parse(s, alts, scratch);
        let st = &scratch.state;
        let root = st.root();
        for (i, w) in s.words.iter_mut().enumerate() {
            let h = st.heads[i + 1];
            w.head = Some(if h == root { 0 } else { h });
            w.deprel = Some(self.labels[st.labels[i + 1] as usize].clone());
        }
    }

    /// Scores parses of `gold` against its own heads and relations.
    pub fn evaluate(&self, gold: &[Sentence], scratch: &mut ParserScratch) -> AttachmentScores {
        self.evaluate_with_alternatives(gold, &[], scratch)
    }

    /// [`Parser::evaluate`] with the tagger's runner-up UPOS (parallel to `gold`; empty = none).
    pub fn evaluate_with_alternatives(
        &self,
        gold: &[Sentence],
        alts: &[Vec<Option<UposAlt>>],
        scratch: &mut ParserScratch,
    ) -> AttachmentScores {
        let mut acc = eval::Accumulator::default();
        for (i, s) in gold.iter().enumerate() {
            let a = alts.get(i).map_or(&[][..], |a| a.as_slice());
            let pred = self.predict_with_alternatives(s, a, scratch);
            acc.add(s, &pred);
        }
        acc.finish()
    }

    /// Runs the transition system to the end; the tree is left in `scratch.state`.
    fn parse(&self, s: &Sentence, alts: &[Option<UposAlt>], scratch: &mut ParserScratch) {
        let ParserScratch {
            atoms,
            state,
            feats,
            scores,
        } = scratch;
        features::sentence_atoms(s, alts, &self.config.upos_alt_margins, atoms);
        state.reset(s.words.len() as u32);
        scores.resize(self.model.n_classes(), 0);
        while !state.is_terminal() {
            let (kind, label) = state.forced(ROOT_LABEL).unwrap_or_else(|| {
                features::extract(state, atoms, feats);
                self.model.scores_prefetched(feats, scores);
                decode(best_legal(state, scores, |c| {
                    self.constraints.allow(state, c)
                }))
            });
            state.apply(kind, label);
        }
    }
}

/// The highest-scoring legal labeled transition among those `allow`ed (ties go to the lower class,
/// so results are deterministic). Falls back to the best legal one if `allow` rejects them all.
pub(crate) fn best_legal<S: PartialOrd + Copy>(
    st: &State,
    scores: &[S],
    allow: impl Fn(usize) -> bool,
) -> usize {
    let mut best: Option<(usize, S)> = None;
    let mut consider = |c: usize| {
        if allow(c) && !matches!(best, Some((_, s)) if scores[c] <= s) {
            best = Some((c, scores[c]));
        }
    };
    visit_legal(st, scores.len(), &mut consider);
    match best {
        Some((c, _)) => c,
        None => {
            let mut first = None;
            visit_legal(st, scores.len(), &mut |c| {
                if first.is_none() {
                    first = Some(c)
                }
            });
            first.expect("invariant: a non-terminal state has a legal transition")
        }
    }
}

/// Calls `f` with every legal class of `st`, in increasing class order.
pub(crate) fn visit_legal(st: &State, n_classes: usize, f: &mut impl FnMut(usize)) {
    if st.legal(Kind::Shift) {
        f(0);
    }
    let left = st.legal(Kind::Left);
    let right = st.legal(Kind::Right);
    if left && st.left_is_root() {
        // Legal only with a single stacked word, so no RIGHT competes.
        f(class(Kind::Left, ROOT_LABEL));
        return;
    }
    let n_labels = (n_classes - 1) / 2;
    for l in 0..n_labels as u16 {
        // `root` is only for the root arc (a model with no other label uses it everywhere).
        if l == ROOT_LABEL && n_labels > 1 {
            continue;
        }
        if left {
            f(class(Kind::Left, l));
        }
        if right {
            f(class(Kind::Right, l));
        }
    }
}

#[cfg(test)]
mod tests;
