//! Training: averaged perceptron, dynamic oracle, error exploration.
//!
//! Per transition: score every legal labeled move, ask the oracle what each costs, and if the
//! model's best move costs more than the cheapest, move weight from it to the best-scoring cheapest
//! move. From epoch `explore_from` on, training then follows the model's move with probability
//! `explore_p` even when it was wrong (Goldberg & Nivre 2012), so it sees the configurations its
//! own mistakes lead to. Sentences are shuffled every epoch by a seeded generator, so a seed and a
//! data set give the same model bit for bit.

use std::collections::BTreeSet;
use std::time::Instant;

use dyad_core::{DepRel, Sentence, Upos};

use super::eval::AttachmentScores;
use super::features::{self, Atoms};
use super::model::check_labels;
use super::oracle::{self, Gold};
use super::transition::{decode, State};
use super::{
    best_legal, visit_legal, EnsembleReport, EpochReport, Parser, ParserConfig, ParserReport,
    ParserScratch, ROOT_LABEL,
};
use crate::perceptron::{Averaged, FeatureMap, Model, Rng, Trainer};
use crate::tagger::UposAlt;
use crate::{Error, Result};

/// A training sentence in oracle form.
struct Example {
    index: usize,
    heads: Vec<u32>,
    labels: Vec<u16>,
}

/// The label set: `root` first, then every other relation in the data, sorted.
fn collect_labels(train: &[Sentence]) -> Vec<DepRel> {
    let root: DepRel = DepRel::new(dyad_core::UdRel::Root);
    let set: BTreeSet<String> = train
        .iter()
        .flat_map(|s| s.words.iter().filter_map(|w| w.deprel.as_ref()))
        .filter(|r| **r != root)
        .map(|r| r.to_string())
        .collect();
    let mut labels = vec![root];
    labels.extend(set.iter().filter_map(|l| l.parse().ok()));
    labels
}

/// Oracle form of a sentence, or `None` when some word lacks a usable head or relation.
fn example(index: usize, s: &Sentence, labels: &[DepRel]) -> Option<Example> {
    let n = s.words.len() as u32;
    if n == 0 {
        return None;
    }
    let mut heads = Vec::with_capacity(n as usize);
    let mut ls = Vec::with_capacity(n as usize);
    for (i, w) in s.words.iter().enumerate() {
        let h = w.head?;
        if h > n || h == i as u32 + 1 {
            return None;
        }
        let rel = w.deprel.as_ref()?;
        ls.push(labels.iter().position(|l| l == rel)? as u16);
        heads.push(h);
    }
    Some(Example {
        index,
        heads,
        labels: ls,
    })
}

/// True when two arcs cross (heads with 0 = root, 1-based).
fn is_nonprojective(heads: &[u32]) -> bool {
    let arcs: Vec<(u32, u32)> = heads
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let d = i as u32 + 1;
            (d.min(*h), d.max(*h))
        })
        .collect();
    arcs.iter().any(|(a, b)| {
        arcs.iter()
            .any(|(c, d)| (a < c && c < b && b < d) || (c < a && a < d && d < b))
    })
}

/// One version of the training data: sentences (tags as the tagger gives them) and their UPOS
/// alternatives (parallel, or empty for none).
pub(crate) type TrainSet<'a> = (&'a [Sentence], &'a [Vec<Option<UposAlt>>]);

pub(crate) fn train(
    config: &ParserConfig,
    train: &[Sentence],
    train_alts: &[Vec<Option<UposAlt>>],
    dev: &[Sentence],
    dev_alts: &[Vec<Option<UposAlt>>],
) -> Result<(Parser, ParserReport)> {
    train_members(config, &[(train, train_alts)], dev, dev_alts)
}

/// [`train`] where ensemble member `m` reads `sets[m % sets.len()]`: the same sentences and
/// trees, with tags from another jackknife (see `TrainConfig::jackknife_per_member`).
pub(crate) fn train_members(
    config: &ParserConfig,
    sets: &[TrainSet],
    dev: &[Sentence],
    dev_alts: &[Vec<Option<UposAlt>>],
) -> Result<(Parser, ParserReport)> {
    let start = Instant::now();
    let Some(&(train, _)) = sets.first() else {
        return Err(Error::Training("no training data".into()));
    };
    for (t, a) in sets {
        let same_trees = t.len() == train.len()
            && t.iter().zip(train).all(|(x, y)| {
                x.words.len() == y.words.len()
                    && x.words
                        .iter()
                        .zip(&y.words)
                        .all(|(v, w)| v.head == w.head && v.deprel == w.deprel)
            });
        if !same_trees {
            return Err(Error::Training(
                "every version of the training data must hold the same trees".into(),
            ));
        }
        if !a.is_empty() && a.len() != t.len() {
            return Err(Error::Training(
                "UPOS alternatives must be given for every sentence or for none".into(),
            ));
        }
    }
    if !(0.0..=1.0).contains(&config.explore_p) || !(0.0..=1.0).contains(&config.upos_noise) {
        return Err(Error::Training(
            "explore_p and upos_noise must be probabilities in 0..=1".into(),
        ));
    }
    if !dev_alts.is_empty() && dev_alts.len() != dev.len() {
        return Err(Error::Training(
            "UPOS alternatives must be given for every sentence or for none".into(),
        ));
    }
    let labels = collect_labels(train);
    check_labels(&labels).map_err(|e| Error::Training(e.to_string()))?;
    let mut examples: Vec<Example> = train
        .iter()
        .enumerate()
        .filter_map(|(i, s)| example(i, s, &labels))
        .collect();
    if examples.is_empty() {
        return Err(Error::Training(
            "no training sentence has a complete gold tree".into(),
        ));
    }
    let skipped = train.len() - examples.len();
    let nonprojective = examples
        .iter()
        .filter(|e| e.heads.len() < 400 && is_nonprojective(&e.heads))
        .count();
    let data = Data {
        config,
        labels: &labels,
        dev,
        dev_alts,
    };
    let parser_of = |model: Model| Parser {
        constraints: super::constraints::Constraints::new(&labels),
        labels: labels.clone(),
        model,
        config: config.clone(),
        report: None,
    };
    let members = config.ensemble.max(1);
    let mut sum = Averaged::default();
    let mut epochs = Vec::new();
    let mut member_best_epochs = Vec::new();
    let mut ensemble_dev = Vec::new();
    let mut features_seen = 0;
    let mut scratch = ParserScratch::default();
    for member in 0..members {
        // Every member starts from the data's order, so member 0 is the single model of `seed`.
        examples.sort_by_key(|e| e.index);
        let seed = config.seed.wrapping_add(member as u64);
        let set = sets[member % sets.len()];
        let m = train_member(&data, set, member, seed, &mut examples, &parser_of);
        epochs.extend(m.epochs);
        member_best_epochs.push(m.best_epoch);
        features_seen = features_seen.max(m.features_seen);
        sum.add(&m.weights);
        if members > 1 {
            let merged = parser_of(sum.finish(config.prune));
            let dev_scores = if dev.is_empty() {
                AttachmentScores::default()
            } else {
                merged.evaluate_with_alternatives(dev, dev_alts, &mut scratch)
            };
            tracing::info!(
                members = member + 1,
                uas = dev_scores.uas,
                las = dev_scores.las,
                features = merged.model.n_features(),
                weights = merged.model.n_weights(),
                "parser ensemble"
            );
            ensemble_dev.push(EnsembleReport {
                members: member + 1,
                dev: dev_scores,
                features_kept: merged.model.n_features(),
                weights_kept: merged.model.n_weights(),
            });
        }
    }
    let mut parser = parser_of(sum.finish(config.prune));
    let report = ParserReport {
        labels: labels.iter().map(|l| l.to_string()).collect(),
        epochs,
        best_epoch: member_best_epochs[0],
        member_best_epochs: if members > 1 {
            member_best_epochs
        } else {
            Vec::new()
        },
        ensemble_dev,
        train_sentences: examples.len(),
        skipped_sentences: skipped,
        nonprojective_sentences: nonprojective,
        features_seen,
        features_kept: parser.model.n_features(),
        weights_kept: parser.model.n_weights(),
        seconds: start.elapsed().as_secs_f64(),
    };
    parser.report = Some(report.clone());
    Ok((parser, report))
}

/// What every ensemble member trains on.
struct Data<'a> {
    config: &'a ParserConfig,
    labels: &'a [DepRel],
    dev: &'a [Sentence],
    dev_alts: &'a [Vec<Option<UposAlt>>],
}

/// One trained model of a seed ensemble.
struct Member {
    /// Averaged weights of the kept epoch, features under `min_updates` left out, not pruned.
    weights: Averaged,
    epochs: Vec<EpochReport>,
    best_epoch: usize,
    features_seen: usize,
}

/// Trains one model with `seed`, keeping (with `keep_best`) its epoch of best dev LAS.
fn train_member(
    data: &Data,
    (train, train_alts): TrainSet,
    member: usize,
    seed: u64,
    examples: &mut [Example],
    parser_of: &dyn Fn(Model) -> Parser,
) -> Member {
    let Data {
        config,
        labels,
        dev,
        dev_alts,
        ..
    } = *data;
    let n_classes = 1 + 2 * labels.len();
    let mut trainer = Trainer::new(n_classes);
    // How many updates each feature took part in: the pruning criterion of `min_updates`.
    let mut updates: FeatureMap<u32> = FeatureMap::default();
    let mut rng = Rng(seed ^ 0x5EED_F00D);
    let mut atoms: Vec<Atoms> = Vec::new();
    let mut state = State::default();
    let mut gold = Gold::default();
    let mut feats = Vec::new();
    let mut scores = vec![0f32; n_classes];
    let mut costs = vec![u32::MAX; n_classes];
    let mut epochs = Vec::new();
    let mut best: Option<(f64, Averaged)> = None;
    let mut best_epoch = 0;
    let mut scratch = ParserScratch::default();

    for epoch in 0..config.epochs.max(1) {
        let t0 = Instant::now();
        rng.shuffle(examples);
        let explore = epoch >= config.explore_from;
        let (mut wrong, mut total) = (0u64, 0u64);
        for ex in examples.iter() {
            let s = &train[ex.index];
            let alts = train_alts.get(ex.index).map_or(&[][..], |a| a.as_slice());
            features::sentence_atoms(s, alts, &config.upos_alt_margins, &mut atoms);
            if config.upos_noise > 0.0 {
                add_upos_noise(&mut atoms, config.upos_noise, &mut rng);
            }
            gold.set(&ex.heads, &ex.labels);
            state.reset(ex.heads.len() as u32);
            while !state.is_terminal() {
                if let Some((kind, label)) = state.forced(ROOT_LABEL) {
                    state.apply(kind, label);
                    continue;
                }
                features::extract(&state, &atoms, &mut feats);
                trainer.scores(&feats, &mut scores);
                let c = oracle::costs(&state, &gold);
                let mut min_cost = u32::MAX;
                visit_legal(&state, n_classes, &mut |k| {
                    let (kind, label) = decode(k);
                    costs[k] = c.of(kind, label);
                    min_cost = min_cost.min(costs[k]);
                });
                let guess = best_legal(&state, &scores, |_| true);
                let target = best_legal(&state, &scores, |k| costs[k] == min_cost);
                total += 1;
                let next = if costs[guess] > min_cost {
                    wrong += 1;
                    trainer.update(&feats, target, guess, 1.0);
                    for f in &feats {
                        *updates.entry(*f).or_default() += 1;
                    }
                    if explore && rng.unit() < config.explore_p {
                        guess
                    } else {
                        target
                    }
                } else {
                    guess
                };
                trainer.tick();
                let (kind, label) = decode(next);
                state.apply(kind, label);
            }
        }
        let weights =
            trainer.averaged_where(|k| updates.get(&k).is_some_and(|n| *n >= config.min_updates));
        let parser = parser_of(weights.finish(config.prune));
        let dev_scores = if dev.is_empty() {
            AttachmentScores::default()
        } else {
            parser.evaluate_with_alternatives(dev, dev_alts, &mut scratch)
        };
        let report = EpochReport {
            member,
            epoch: epoch + 1,
            dev: dev_scores,
            train_error: wrong as f64 / total.max(1) as f64,
            seconds: t0.elapsed().as_secs_f64(),
        };
        tracing::info!(
            member,
            epoch = report.epoch,
            uas = dev_scores.uas,
            las = dev_scores.las,
            train_error = report.train_error,
            seconds = report.seconds,
            "parser epoch"
        );
        epochs.push(report);
        let better = !matches!(&best, Some((las, _)) if dev_scores.las <= *las);
        if !config.keep_best || dev.is_empty() || better {
            best = Some((dev_scores.las, weights));
            best_epoch = epoch + 1;
        }
    }
    let (_, weights) = best.expect("invariant: at least one epoch ran");
    Member {
        weights,
        epochs,
        best_epoch,
        features_seen: trainer.n_features(),
    }
}

/// Replaces each word's UPOS by a random one with probability `p` (words only, not the
/// "no word" and root positions at both ends).
fn add_upos_noise(atoms: &mut [Atoms], p: f64, rng: &mut Rng) {
    let n = atoms.len().saturating_sub(1);
    for a in atoms.iter_mut().take(n).skip(1) {
        if rng.unit() < p {
            features::set_upos(a, Upos::from_index(rng.below(17)));
        }
    }
}
