//! Training: config, data preparation, the perceptron epochs and the report.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::hash::BuildHasherDefault;

use dyad_core::{Feats, Sentence};
use serde::{Deserialize, Serialize};

use crate::lemma::train::{collect, LemmaData};
use crate::perceptron::{hash_str, Averaged, FeatureMap, IdHasher, Model, Rng, Trainer};
use crate::{Error, Result};

use super::features::{self, Prepared, NOT_FIXED, START_TAG};
use super::model::{TagDict, N_UPOS};
use super::{argmax, eval::TagScores, Tagger, TaggerScratch};

/// Every training knob, with its default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TaggerConfig {
    /// Passes over the training data (default 10); each component keeps its best epoch on dev
    /// (EWT dev UPOS stops improving after 5–8).
    pub epochs: usize,
    /// Seed of the per-epoch shuffle (default 1); training is deterministic for a given seed.
    pub seed: u64,
    /// Averaged weights with a smaller magnitude are dropped before quantization (default 0, in
    /// units of one perceptron update). Unpruned models are 2–2.5 MB deflated, well under the
    /// 8 MB budget, and 0.02 cost 0.15 UPOS on EWT test; raise it if the budget tightens.
    pub prune: f32,
    /// Features seen fewer times in the gold training data are never used (default 1, i.e. all):
    /// 2 shrinks the model by about a third but cost 0.1–0.2 UPOS on EWT.
    pub min_feature_count: u32,
    /// Occurrences a word needs to enter the tag dictionary's ambiguity classes (default 3); rarer
    /// words look unknown in training, as they will at run time.
    pub dict_min_count: u32,
    /// Occurrences a word needs before the dictionary may fix its tag (default 20).
    pub fixed_min_count: u32,
    /// Share of its occurrences the top tag needs for the tag to be fixed (default 0.995).
    pub fixed_min_share: f32,
    /// Word types an edit rule needs to become a lemma-classifier class (default 2); rarer rules
    /// are irregulars, which the lexicon handles.
    pub min_rule_count: u32,
    /// Models trained (seeds `seed`, `seed + 1`, …), each stage keeping its own best epoch,
    /// whose averaged weights are averaged stage by stage into the one model stored: the mean of
    /// their scores at every decision for one model's tagging time
    /// ([`crate::perceptron::Averaged`]). Training time grows K-fold (1 = one model).
    pub ensemble: usize,
}

impl Default for TaggerConfig {
    fn default() -> Self {
        TaggerConfig {
            epochs: 10,
            seed: 1,
            prune: 0.0,
            min_feature_count: 1,
            dict_min_count: 3,
            fixed_min_count: 20,
            fixed_min_share: 0.995,
            min_rule_count: 2,
            ensemble: 1,
        }
    }
}

/// What training did and how well it went on dev.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaggerReport {
    /// Training sentences used (those with UPOS on every word).
    pub train_sentences: usize,
    /// Words in them.
    pub train_words: usize,
    /// Dev scores after each epoch (of each ensemble member in turn).
    pub epochs: Vec<TagScores>,
    /// 1-based epoch whose UPOS weights were kept (of the first member in an ensemble).
    pub best_epoch_upos: usize,
    /// 1-based epoch whose FEATS weights were kept.
    pub best_epoch_feats: usize,
    /// 1-based epoch whose lemma-rule weights were kept.
    pub best_epoch_lemma: usize,
    /// Each ensemble member's kept epochs for UPOS, FEATS and lemma (empty for one model).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub member_best_epochs: Vec<[usize; 3]>,
    /// Dev scores of the model merged from the first 1, 2, … members (empty for one model).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ensemble_dev: Vec<TagScores>,
    /// Dev scores of the final model.
    pub dev: TagScores,
    /// Stored UPOS features and weights.
    pub upos_features: usize,
    /// Stored UPOS weights.
    pub upos_weights: usize,
    /// Stored FEATS features.
    pub feats_features: usize,
    /// Stored FEATS weights.
    pub feats_weights: usize,
    /// Stored lemma-rule features.
    pub lemma_features: usize,
    /// Stored lemma-rule weights.
    pub lemma_weights: usize,
    /// FEATS bundles (classes).
    pub feats_classes: usize,
    /// Lemma edit rules (classes).
    pub lemma_rules: usize,
    /// Lemma lexicon entries.
    pub lexicon_entries: usize,
    /// Tag dictionary entries.
    pub tag_dict_entries: usize,
}

/// A training sentence with its gold labels as class ids.
struct Gold<'a> {
    s: &'a Sentence,
    tags: Vec<u8>,
    feats: Vec<u16>,
}

type KeepSet = HashSet<u64, BuildHasherDefault<IdHasher>>;

/// Averaged weights of the UPOS, FEATS and lemma-rule stages.
type Weights = (Averaged, Averaged, Averaged);

pub(super) fn train(
    config: &TaggerConfig,
    train: &[Sentence],
    dev: &[Sentence],
) -> Result<(Tagger, TaggerReport)> {
    let usable: Vec<&Sentence> = train
        .iter()
        .filter(|s| !s.words.is_empty() && s.words.iter().all(|w| w.upos.is_some()))
        .collect();
    if usable.is_empty() {
        return Err(Error::Training(
            "no training sentence has a UPOS on every word".into(),
        ));
    }

    // FEATS classes, sorted so ids do not depend on data order; the empty bundle always exists.
    let mut bundles: BTreeSet<Feats> = usable
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.feats.clone()))
        .collect();
    bundles.insert(Feats::empty());
    let feats_classes: Vec<Feats> = bundles.into_iter().collect();
    let class_of: BTreeMap<&str, u16> = feats_classes
        .iter()
        .enumerate()
        .map(|(i, f)| (f.as_str(), i as u16))
        .collect();
    let empty_feats = class_of[""];
    let mut allowed_sets = vec![BTreeSet::new(); N_UPOS];
    let gold: Vec<Gold> = usable
        .iter()
        .map(|s| {
            let tags: Vec<u8> = s
                .words
                .iter()
                .map(|w| w.upos.map_or(0, |u| u.index() as u8))
                .collect();
            let feats: Vec<u16> = s.words.iter().map(|w| class_of[w.feats.as_str()]).collect();
            for (t, f) in tags.iter().zip(&feats) {
                allowed_sets[*t as usize].insert(*f);
            }
            Gold { s, tags, feats }
        })
        .collect();
    let allowed: Vec<Vec<u16>> = allowed_sets
        .into_iter()
        .map(|s| s.into_iter().collect())
        .collect();

    let dict = build_dict(config, &gold);
    let lemma = collect(&usable, &dict, &hash_str, config.min_rule_count);
    let keep = count_features(config, &gold, &dict, &allowed, &lemma);
    let keep_fn = |f: u64| keep.as_ref().is_none_or(|k| k.contains(&f));

    let mut report = TaggerReport {
        train_sentences: gold.len(),
        train_words: gold.iter().map(|g| g.tags.len()).sum(),
        feats_classes: feats_classes.len(),
        lemma_rules: lemma.rules.len(),
        lexicon_entries: lemma.lexicon.len(),
        tag_dict_entries: dict.len(),
        ..TaggerReport::default()
    };

    let build = |models: &(Model, Model, Model)| {
        assemble(&dict, &feats_classes, empty_feats, &allowed, &lemma, models)
    };
    let finish = |w: &Weights| {
        (
            w.0.finish(config.prune),
            w.1.finish(config.prune),
            w.2.finish(config.prune),
        )
    };
    let members = config.ensemble.max(1);
    let mut sum = Weights::default();
    let mut scratch = TaggerScratch::default();
    for member in 0..members {
        let seed = config.seed.wrapping_add(member as u64);
        let mut t_upos = Trainer::new(N_UPOS);
        let mut t_feats = Trainer::new(feats_classes.len());
        let mut t_lemma = lemma.trainer();
        let mut rng = Rng(seed);
        let mut order: Vec<usize> = (0..gold.len()).collect();
        let mut type_order: Vec<usize> = (0..lemma.n_types()).collect();
        let mut prep = Prepared::default();
        let mut best: Option<Weights> = None;
        let mut best_scores = [f64::MIN; 3];
        let mut best_epochs = [0; 3];
        for epoch in 1..=config.epochs.max(1) {
            rng.shuffle(&mut order);
            rng.shuffle(&mut type_order);
            for &k in &order {
                let g = &gold[k];
                features::prepare(g.s, &dict, &mut prep);
                upos_epoch(&mut t_upos, &prep, g, &keep_fn);
                feats_epoch(&mut t_feats, &prep, g, &allowed, &keep_fn);
            }
            lemma.epoch(&mut t_lemma, &type_order, &keep_fn);

            let all = |_: u64| true;
            let weights = (
                t_upos.averaged_where(all),
                t_feats.averaged_where(all),
                t_lemma.averaged_where(all),
            );
            let scores = build(&finish(&weights)).evaluate(dev, &mut scratch);
            tracing::info!(member, epoch, ?scores, "tagger epoch");
            report.epochs.push(scores);
            let b = best.get_or_insert_with(|| weights.clone());
            if dev.is_empty() || scores.upos > best_scores[0] {
                (best_scores[0], b.0, best_epochs[0]) = (scores.upos, weights.0, epoch);
            }
            if dev.is_empty() || scores.feats > best_scores[1] {
                (best_scores[1], b.1, best_epochs[1]) = (scores.feats, weights.1, epoch);
            }
            if dev.is_empty() || scores.lemma > best_scores[2] {
                (best_scores[2], b.2, best_epochs[2]) = (scores.lemma, weights.2, epoch);
            }
        }
        let b = best.expect("invariant: at least one epoch ran");
        sum.0.add(&b.0);
        sum.1.add(&b.1);
        sum.2.add(&b.2);
        if member == 0 {
            [
                report.best_epoch_upos,
                report.best_epoch_feats,
                report.best_epoch_lemma,
            ] = best_epochs;
        }
        if members > 1 {
            report.member_best_epochs.push(best_epochs);
            let scores = build(&finish(&sum)).evaluate(dev, &mut scratch);
            tracing::info!(members = member + 1, ?scores, "tagger ensemble");
            report.ensemble_dev.push(scores);
        }
    }
    let models = finish(&sum);
    let mut tagger = build(&models);
    report.dev = tagger.evaluate(dev, &mut scratch);
    report.upos_features = models.0.n_features();
    report.upos_weights = models.0.n_weights();
    report.feats_features = models.1.n_features();
    report.feats_weights = models.1.n_weights();
    report.lemma_features = models.2.n_features();
    report.lemma_weights = models.2.n_weights();
    tagger.meta = serde_json::json!({ "config": config, "report": &report }).to_string();
    Ok((tagger, report))
}

fn assemble(
    dict: &TagDict,
    feats_classes: &[Feats],
    empty_feats: u16,
    allowed: &[Vec<u16>],
    lemma: &LemmaData,
    models: &(Model, Model, Model),
) -> Tagger {
    Tagger::assemble(
        String::new(),
        dict.clone(),
        models.0.clone(),
        models.1.clone(),
        feats_classes.to_vec(),
        empty_feats,
        allowed.to_vec(),
        lemma.build(models.2.clone()),
    )
}

fn build_dict(config: &TaggerConfig, gold: &[Gold]) -> TagDict {
    let mut counts: FeatureMap<[u32; N_UPOS]> = FeatureMap::default();
    for g in gold {
        for (w, t) in g.s.words.iter().zip(&g.tags) {
            counts.entry(hash_str(&w.form)).or_insert([0; N_UPOS])[*t as usize] += 1;
        }
    }
    let mut dict = TagDict::default();
    for (k, c) in counts {
        let total: u32 = c.iter().sum();
        if total < config.dict_min_count.max(1) {
            continue;
        }
        // Tags under 5 % of a word's occurrences are mostly annotation noise; leaving them out
        // keeps the ambiguity classes few and sharp.
        let amb = c
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0 && **n * 20 >= total)
            .fold(0u32, |a, (t, _)| a | 1 << t);
        let top = argmax(&c);
        let fixed = if total >= config.fixed_min_count
            && c[top] as f32 >= config.fixed_min_share * total as f32
        {
            top as u8
        } else {
            NOT_FIXED
        };
        dict.insert(k, amb, fixed);
    }
    dict
}

/// The features seen at least `min_feature_count` times with gold context, or `None` to keep all.
fn count_features(
    config: &TaggerConfig,
    gold: &[Gold],
    dict: &TagDict,
    allowed: &[Vec<u16>],
    lemma: &LemmaData,
) -> Option<KeepSet> {
    if config.min_feature_count <= 1 {
        return None;
    }
    let mut counts: FeatureMap<u32> = FeatureMap::default();
    let mut prep = Prepared::default();
    let mut buf = Vec::new();
    for g in gold {
        features::prepare(g.s, dict, &mut prep);
        for i in 0..g.tags.len() {
            buf.clear();
            if prep.words[i].fixed == NOT_FIXED {
                let t1 = history(&g.tags, i, 1);
                let t2 = history(&g.tags, i, 2);
                features::upos_features(&prep, i, t1, t2, &mut buf);
            }
            if allowed[g.tags[i] as usize].len() > 1 {
                features::feats_features(&prep, i, &g.tags, &mut buf);
            }
            for f in &buf {
                *counts.entry(*f).or_default() += 1;
            }
        }
    }
    lemma.for_each_features(|fs| {
        for f in fs {
            *counts.entry(*f).or_default() += 1;
        }
    });
    Some(
        counts
            .into_iter()
            .filter(|(_, c)| *c >= config.min_feature_count)
            .map(|(f, _)| f)
            .collect(),
    )
}

fn history(tags: &[u8], i: usize, back: usize) -> u64 {
    if i >= back {
        tags[i - back] as u64
    } else {
        START_TAG
    }
}

/// One sentence of UPOS training, decoding greedily with the current weights so that the
/// history features see the model's own mistakes, as they will at run time.
fn upos_epoch(t: &mut Trainer, prep: &Prepared, g: &Gold, keep: &dyn Fn(u64) -> bool) {
    let mut tags: Vec<u8> = Vec::with_capacity(g.tags.len());
    let mut feats = Vec::new();
    let mut scores = [0f32; N_UPOS];
    for i in 0..g.tags.len() {
        let fixed = prep.words[i].fixed;
        if fixed != NOT_FIXED {
            tags.push(fixed);
            continue;
        }
        feats.clear();
        features::upos_features(
            prep,
            i,
            history(&tags, i, 1),
            history(&tags, i, 2),
            &mut feats,
        );
        feats.retain(|f| keep(*f));
        t.scores(&feats, &mut scores);
        let guess = argmax(&scores);
        t.update(&feats, g.tags[i] as usize, guess, 1.0);
        t.tick();
        tags.push(guess as u8);
    }
}

/// One sentence of FEATS training, with gold UPOS as context.
fn feats_epoch(
    t: &mut Trainer,
    prep: &Prepared,
    g: &Gold,
    allowed: &[Vec<u16>],
    keep: &dyn Fn(u64) -> bool,
) {
    let mut feats = Vec::new();
    let mut scores = vec![0f32; t.n_classes()];
    for i in 0..g.tags.len() {
        let allowed = &allowed[g.tags[i] as usize];
        if allowed.len() <= 1 {
            continue;
        }
        feats.clear();
        features::feats_features(prep, i, &g.tags, &mut feats);
        feats.retain(|f| keep(*f));
        t.scores(&feats, &mut scores);
        let mut guess = allowed[0];
        for c in &allowed[1..] {
            if scores[*c as usize] > scores[guess as usize] {
                guess = *c;
            }
        }
        t.update(&feats, g.feats[i] as usize, guess as usize, 1.0);
        t.tick();
    }
}
