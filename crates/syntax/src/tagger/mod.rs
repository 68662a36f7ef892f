//! The tagger: UPOS, FEATS and lemma for each word of a sentence, from the forms alone.
//!
//! Requires `Word::form` (gold tags, if present, are ignored); assigns `upos`, `feats`, `lemma`.
//!
//! Three stages, each a quantized averaged perceptron (see [`crate::perceptron`]):
//!
//! 1. **UPOS**, greedy left to right. Features: the word, its lowercase form, prefixes (1–3) and
//!    suffixes (1–5), shape and casing, words and suffixes at ±2, the two previous predicted tags,
//!    and *ambiguity classes* (the set of tags a word took in training) for the word and the two
//!    words after it, which give the greedy tagger a view of the tags to its right. Words that
//!    took one tag in ≥ 99.5 % of ≥ 20 training occurrences get it from the tag dictionary without
//!    scoring. No second (right-to-left) pass: it would halve UPOS speed, and on EWT the
//!    ambiguity classes already give 95.0 UPOS on test.
//! 2. **FEATS**, one class per feature bundle seen in training (`Gender=Fem|Number=Sing`), chosen
//!    among the bundles seen with the predicted UPOS; every feature is conjoined with that UPOS, and
//!    the predicted tags on both sides are available (Spanish determiners agree with the noun to
//!    their right).
//! 3. **Lemma**, see [`crate::lemma`]: a (form, UPOS) lexicon, then suffix edit rules.
//!
//! Every UPOS decision also leaves its runner-up tag and margin in the scratch
//! ([`TaggerScratch::alternatives`]); the parser reads them to learn when a tag is doubtful.
//!
//! Prediction hashes each word once per sentence into reusable [`TaggerScratch`] buffers; the only
//! allocations are the output lemma strings and FEATS values. Dev scores and the training config
//! travel in each model's metadata ([`Tagger::meta`]). Measured with the default config (gold
//! tokens): EWT test UPOS 95.0 / UFeats 95.4 / lemma 96.9. Spanish trains on AnCora dev+test and
//! GSD dev relabeled to one convention by `data/harmonize/es.txt` (see [`crate::harmonize`]):
//! GSD test 93.6 / 92.0 / 92.2, es PUD 93.0 / 80.7 / 94.6 (unharmonized: 92.0 and 92.1 UPOS).
//! What is left of the GSD gap is mostly conventions the two test treebanks do not share:
//! relative `que` (GSD SCONJ, PUD PRON), possessive `su` (GSD DET, PUD PRON), and GSD's own
//! mixed PROPN/NOUN for words inside names. A second UPOS pass seeing the first pass's tags to
//! the right (jackknifed) was tried: +0.25 held-out UPOS, but ±0.05 on the test sets and EWT,
//! for a third more model and a third less speed, so it was not kept. Seed ensembles
//! ([`TaggerConfig::ensemble`]: K taggers with seeds `seed`, `seed + 1`, … merged into one by
//! averaging their weights, as the parser does) did not help either: dev UPOS with 1–4 members
//! EWT 94.83, 94.80, 94.89, 94.88, Spanish held-out 96.35, 96.30, 96.32, 96.33 (FEATS and lemma
//! within ±0.1), so the default stays one tagger.

mod eval;
pub(crate) mod features;
pub(crate) mod model;
mod train;

use dyad_core::{Feats, Sentence, Upos};

use crate::lemma::{LemmaInput, Lemmatizer};
use crate::perceptron::{hash_str, Model};
use crate::Result;

use features::{Prepared, NOT_FIXED, START_TAG};
use model::{TagDict, N_UPOS};

pub use eval::TagScores;
pub use model::FORMAT_VERSION;
pub use train::{TaggerConfig, TaggerReport};

/// What the tagger says about one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordAnalysis {
    /// Universal POS.
    pub upos: Upos,
    /// Morphological features (empty for `_`).
    pub feats: Feats,
    /// Lemma.
    pub lemma: String,
}

/// Per-call buffers for [`Tagger::predict`] and [`Tagger::annotate`]; reuse one per thread.
#[derive(Debug, Default)]
pub struct TaggerScratch {
    prep: Prepared,
    feats: Vec<u64>,
    scores: Vec<i32>,
    tags: Vec<u8>,
    feats_cls: Vec<u16>,
    /// Per word: the runner-up UPOS and its margin (see [`TaggerScratch::alternatives`]).
    alts: Vec<Option<UposAlt>>,
}

/// A tag the caller fixes for a word ([`Tagger::annotate_fixed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixedTag {
    /// The word's UPOS.
    pub upos: Upos,
    /// Also a finite verb form: the FEATS bundle is chosen among those with `VerbForm=Fin`.
    /// Why: English past tenses and participles share their form ("surprised"), and a
    /// participle the tree cannot use as one is the finite verb of its clause.
    pub finite: bool,
}

impl FixedTag {
    /// This UPOS, features left to the tagger.
    pub fn upos(upos: Upos) -> FixedTag {
        FixedTag {
            upos,
            finite: false,
        }
    }
}

/// The UPOS the tagger ranked second for a word, and by how much it lost.
///
/// Why: most of the parser's loss on predicted tags is UPOS errors (EWT dev UAS 84.2 with
/// predicted UPOS, 87.2 with gold), and the tagger's errors concentrate where its best and second
/// tags score close together; the parser reads this to learn when not to trust a tag.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UposAlt {
    /// The second-best UPOS.
    pub upos: Upos,
    /// Best score minus this tag's score, in perceptron weight units (≥ 0).
    pub margin: f32,
}

impl TaggerScratch {
    /// For each word of the sentence last tagged with this scratch, the runner-up UPOS (`None` for
    /// words the tag dictionary settles). Deterministic: a function of the model and the sentence.
    pub fn alternatives(&self) -> &[Option<UposAlt>] {
        &self.alts
    }
}

/// UPOS tagger, FEATS classifier and lemmatizer for one language; immutable and `Send + Sync`.
#[derive(Clone)]
pub struct Tagger {
    /// JSON: the training config and report that made this model.
    meta: String,
    dict: TagDict,
    upos: Model,
    feats: Model,
    feats_classes: Vec<Feats>,
    /// `hash_str` of each FEATS class, a lemma-classifier feature.
    feats_keys: Vec<u64>,
    /// Per FEATS class: it has `VerbForm=Fin` (for [`FixedTag::finite`]).
    finite: Vec<bool>,
    empty_feats: u16,
    /// FEATS classes seen with each UPOS.
    allowed: Vec<Vec<u16>>,
    lemma: Lemmatizer,
}

impl Tagger {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn assemble(
        meta: String,
        dict: TagDict,
        upos: Model,
        feats: Model,
        feats_classes: Vec<Feats>,
        empty_feats: u16,
        allowed: Vec<Vec<u16>>,
        lemma: Lemmatizer,
    ) -> Tagger {
        let feats_keys = feats_classes.iter().map(|f| hash_str(f.as_str())).collect();
        let finite = feats_classes
            .iter()
            .map(|f| f.get("VerbForm") == Some("Fin"))
            .collect();
        Tagger {
            meta,
            dict,
            upos,
            feats,
            feats_classes,
            feats_keys,
            finite,
            empty_feats,
            allowed,
            lemma,
        }
    }

    /// Trains on `train` (sentences with gold UPOS on every word; FEATS and lemmas used where
    /// given), choosing for each component the epoch that scores best on `dev` (the last epoch
    /// when `dev` is empty). Deterministic for a given `config.seed`.
    pub fn train(
        config: &TaggerConfig,
        train: &[Sentence],
        dev: &[Sentence],
    ) -> Result<(Tagger, TaggerReport)> {
        train::train(config, train, dev)
    }

    /// The binary model, uncompressed (the model container compresses), starting with its own
    /// magic and [`FORMAT_VERSION`].
    pub fn to_bytes(&self) -> Vec<u8> {
        model::encode(self)
    }

    /// Reads what [`Tagger::to_bytes`] wrote; any malformed input is an error, never a panic.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger> {
        model::decode(bytes)
    }

    /// JSON metadata: the config and training report that made this model.
    pub fn meta(&self) -> &str {
        &self.meta
    }

    /// The analysis of every word of `s`; changes nothing.
    pub fn predict(&self, s: &Sentence, scratch: &mut TaggerScratch) -> Vec<WordAnalysis> {
        self.tag(s, scratch, &[]);
        (0..s.words.len())
            .map(|i| WordAnalysis {
                upos: self.upos_at(scratch, i),
                feats: self.feats_classes[scratch.feats_cls[i] as usize].clone(),
                lemma: self.lemma_at(s, i, scratch),
            })
            .collect()
    }

    /// Writes `upos`, `feats` and `lemma` of every word of `s`.
    pub fn annotate(&self, s: &mut Sentence, scratch: &mut TaggerScratch) {
        self.annotate_fixed(s, scratch, &[]);
    }

    /// [`Tagger::annotate`], with the UPOS of some words given by the caller (`fixed[i]`, one
    /// per word; shorter or empty: the rest are the tagger's to choose).
    ///
    /// Why in the decoder and not after it: a fixed word enters the greedy decoder like a
    /// word the tag dictionary settles (tag fixed, ambiguity class that tag), so the words
    /// around it are tagged in the right context ("in" before the name "Beijing" is ADP, not
    /// the SCONJ of "in making"), and its FEATS and lemma are those of its tag. Callers fix
    /// the words a lexicon knows to be names, and the tags the tree shows to be wrong
    /// ([`crate::Analyzer`]).
    pub fn annotate_fixed(
        &self,
        s: &mut Sentence,
        scratch: &mut TaggerScratch,
        fixed: &[Option<FixedTag>],
    ) {
        self.tag(s, scratch, fixed);
        for i in 0..s.words.len() {
            let lemma = self.lemma_at(s, i, scratch);
            let w = &mut s.words[i];
            w.upos = Some(self.upos_at(scratch, i));
            w.feats = self.feats_classes[scratch.feats_cls[i] as usize].clone();
            w.lemma = Some(lemma);
        }
    }

    /// UPOS, FEATS and lemma accuracy against gold sentences.
    pub fn evaluate(&self, gold: &[Sentence], scratch: &mut TaggerScratch) -> TagScores {
        eval::evaluate(self, gold, scratch)
    }

    fn upos_at(&self, sc: &TaggerScratch, i: usize) -> Upos {
        Upos::from_index(sc.tags[i] as usize).expect("invariant: tags are < 17")
    }

    /// Fills `sc.tags` and `sc.feats_cls` for every word; `fixed` as in
    /// [`Tagger::annotate_fixed`].
    fn tag(&self, s: &Sentence, sc: &mut TaggerScratch, fixed: &[Option<FixedTag>]) {
        features::prepare(s, &self.dict, &mut sc.prep);
        for (w, f) in sc.prep.words.iter_mut().zip(fixed) {
            if let Some(f) = f {
                let t = f.upos.index() as u8;
                w.fixed = t;
                w.amb = 1 << t;
            }
        }
        let n = s.words.len();
        sc.tags.clear();
        sc.alts.clear();
        sc.scores.resize(N_UPOS.max(self.feats_classes.len()), 0);
        for i in 0..n {
            let fixed = sc.prep.words[i].fixed;
            let t = if fixed != NOT_FIXED {
                sc.alts.push(None);
                fixed
            } else {
                let t1 = if i >= 1 {
                    sc.tags[i - 1] as u64
                } else {
                    START_TAG
                };
                let t2 = if i >= 2 {
                    sc.tags[i - 2] as u64
                } else {
                    START_TAG
                };
                sc.feats.clear();
                features::upos_features(&sc.prep, i, t1, t2, &mut sc.feats);
                let scores = &mut sc.scores[..N_UPOS];
                self.upos.scores(&sc.feats, scores);
                let best = argmax(scores);
                let mut second = if best == 0 { 1 } else { 0 };
                for (k, v) in scores.iter().enumerate() {
                    if k != best && *v > scores[second] {
                        second = k;
                    }
                }
                sc.alts.push(Upos::from_index(second).map(|upos| UposAlt {
                    upos,
                    margin: (scores[best] - scores[second]) as f32 * self.upos.scale(),
                }));
                best as u8
            };
            sc.tags.push(t);
        }
        sc.feats_cls.clear();
        for i in 0..n {
            let allowed = &self.allowed[sc.tags[i] as usize];
            let c = match allowed.as_slice() {
                [] => self.empty_feats,
                [only] => *only,
                _ => {
                    sc.feats.clear();
                    features::feats_features(&sc.prep, i, &sc.tags, &mut sc.feats);
                    let scores = &mut sc.scores[..self.feats_classes.len()];
                    self.feats.scores(&sc.feats, scores);
                    // A word fixed finite takes the best finite bundle, if its tag has one.
                    let finite = fixed.get(i).copied().flatten().is_some_and(|f| f.finite)
                        && allowed.iter().any(|c| self.finite[*c as usize]);
                    let mut best: Option<u16> = None;
                    for c in allowed {
                        if finite && !self.finite[*c as usize] {
                            continue;
                        }
                        if best.is_none_or(|b| scores[*c as usize] > scores[b as usize]) {
                            best = Some(*c);
                        }
                    }
                    best.unwrap_or(allowed[0])
                }
            };
            sc.feats_cls.push(c);
        }
    }

    fn lemma_at(&self, s: &Sentence, i: usize, sc: &mut TaggerScratch) -> String {
        let x = LemmaInput {
            form: &s.words[i].form,
            lower: sc.prep.lower_of(i),
            ctx: &sc.prep.words[i],
            first: i == 0,
            upos: sc.tags[i],
            feats_key: self.feats_keys[sc.feats_cls[i] as usize],
        };
        self.lemma.lemmatize(&x, &mut sc.feats, &mut sc.scores)
    }
}

/// Index of the highest score (the first one on ties, so results are deterministic).
#[inline]
pub(crate) fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for (i, s) in scores.iter().enumerate() {
        if *s > scores[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests;
