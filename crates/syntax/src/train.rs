//! Training a language's whole model file: tagger, then parser on jackknifed tags.
//!
//! The parser is trained on tags the tagger *predicts* (k-fold jackknifing), not gold tags, so it
//! learns to live with the tagger's mistakes as it will have to at run time; UDPipe and spaCy do
//! the same. Everything that made the model (config, seed, data files with their sizes, dev scores)
//! goes into its metadata.

use dyad_core::{Lang, Sentence};
use serde::{Deserialize, Serialize};

use crate::analyzer::Analyzer;
use crate::eval::{score_words, WordScores};
use crate::parser::{Parser, ParserConfig};
use crate::perceptron::Rng;
use crate::tagger::{Tagger, TaggerConfig, TaggerScratch, UposAlt};
use crate::Result;

/// Every knob of a language's training run.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TrainConfig {
    /// Folds for jackknifing the parser's training tags (1 = train the parser on gold tags).
    pub jackknife_folds: usize,
    /// Also train the parser on the gold-tagged copy of the data (twice the examples): the
    /// parser sees both clean and realistically noisy tags.
    pub parser_gold_copy: bool,
    /// With a parser ensemble ([`ParserConfig::ensemble`]), jackknife the training tags once per
    /// member (other fold partitions, other tagger seeds), so that each member learns from
    /// different tagging errors; else all members read the same jackknifed tags.
    pub jackknife_per_member: bool,
    /// Tagger settings.
    pub tagger: TaggerConfig,
    /// Parser settings.
    pub parser: ParserConfig,
}

impl Default for TrainConfig {
    fn default() -> Self {
        // A three-parser ensemble, each member on its own 10-fold jackknife: the parser's
        // accuracy depends on which tagging errors it learned from (single models on different
        // jackknifes differ by up to 0.3 dev UAS), and members that learned from different ones
        // combine into a better parser, where members that differ only by seed do not (see
        // `parser/mod.rs`). Each fold's tagger sees 90% of the data, so its errors are close to
        // the final tagger's. Costs 30 extra tagger trainings and three parser trainings: about
        // three times the time of one model.
        TrainConfig {
            jackknife_folds: 10,
            parser_gold_copy: false,
            jackknife_per_member: true,
            tagger: TaggerConfig::default(),
            parser: ParserConfig {
                ensemble: 3,
                ..ParserConfig::default()
            },
        }
    }
}

/// A named training or dev file, recorded in the model's metadata.
#[derive(Debug, Clone, Serialize)]
pub struct DataFile {
    /// Path as given.
    pub path: String,
    /// Sentences read.
    pub sentences: usize,
    /// Words read.
    pub words: usize,
    /// Times its training sentences were used (`--oversample`); 1 for dev files.
    pub repeat: usize,
}

/// Trains tagger and parser for `lang` and returns the analyzer with full metadata.
///
/// `repeat[i]` is how many times training sentence `i` counts (empty: once each). Copies are
/// made after the jackknife, so a sentence and its copies share one fold and the tags a tagger
/// that never saw them predicted.
pub fn train_language(
    lang: Lang,
    config: &TrainConfig,
    train: &[Sentence],
    repeat: &[usize],
    dev: &[Sentence],
    files: Vec<DataFile>,
) -> Result<(Analyzer, WordScores)> {
    let expanded = with_copies(train, repeat);
    tracing::info!(sentences = expanded.len(), "training tagger");
    let (tagger, tagger_report) = Tagger::train(&config.tagger, &expanded, dev)?;

    // Gold-tagged sentences get "no alternative" for every word: the tag is certain.
    let versions = if config.jackknife_folds > 1 {
        let n = if config.jackknife_per_member {
            config.parser.ensemble.max(1)
        } else {
            1
        };
        let mut versions = Vec::with_capacity(n);
        for member in 0..n {
            let (t, alts) = jackknife(config, train, member)?;
            let (mut t, mut alts) = (with_copies(&t, repeat), with_copies(&alts, repeat));
            if config.parser_gold_copy {
                t.extend_from_slice(&expanded);
                alts.extend(expanded.iter().map(|s| vec![None; s.words.len()]));
            }
            versions.push((t, alts));
        }
        versions
    } else {
        vec![(expanded, Vec::new())]
    };
    let mut parser_dev = dev.to_vec();
    let mut dev_alts = Vec::with_capacity(dev.len());
    let mut scratch = TaggerScratch::default();
    for s in &mut parser_dev {
        tagger.annotate(s, &mut scratch);
        dev_alts.push(scratch.alternatives().to_vec());
    }
    tracing::info!("training parser");
    let (parser, parser_report) =
        Parser::train_ensemble(&config.parser, &versions, &parser_dev, &dev_alts)?;

    let analyzer = Analyzer::new(lang, tagger, parser, serde_json::Value::Null);
    let mut predicted = dev.to_vec();
    let mut a_scratch = Default::default();
    for s in &mut predicted {
        analyzer.annotate(s, &mut a_scratch);
    }
    let (dev_scores, _) = score_words(dev, &predicted);
    let meta = serde_json::json!({
        "lang": lang.code(),
        "config": config,
        "data": files,
        "dev_scores": dev_scores,
        "tagger_report": tagger_report,
        "parser_report": parser_report,
        "dyad_version": env!("CARGO_PKG_VERSION"),
    });
    Ok((analyzer.with_meta(meta), dev_scores))
}

/// The items followed by their extra copies (`repeat[i] - 1` of item `i`), in item order.
fn with_copies<T: Clone>(items: &[T], repeat: &[usize]) -> Vec<T> {
    let mut out = items.to_vec();
    for (item, &n) in items.iter().zip(repeat) {
        for _ in 1..n {
            out.push(item.clone());
        }
    }
    out
}

/// The tagger's runner-up UPOS of every word of one sentence.
type Alternatives = Vec<Option<UposAlt>>;

/// Replaces the tags of each fold with those of a tagger trained on the other folds; also returns
/// that tagger's runner-up UPOS for every word.
///
/// Version 0 puts sentence `i` in fold `i % k` and trains with the tagger's seed; version `v`
/// deals the sentences into folds in a shuffled order and adds `v` to the seed.
fn jackknife(
    config: &TrainConfig,
    train: &[Sentence],
    version: usize,
) -> Result<(Vec<Sentence>, Vec<Alternatives>)> {
    let k = config.jackknife_folds;
    let mut fold_of: Vec<usize> = (0..train.len()).map(|i| i % k).collect();
    if version > 0 {
        Rng(0x0F01_D5EE_D000 ^ version as u64).shuffle(&mut fold_of);
    }
    let tagger_config = TaggerConfig {
        seed: config.tagger.seed.wrapping_add(version as u64),
        ..config.tagger.clone()
    };
    let mut out = train.to_vec();
    let mut alts = vec![Vec::new(); train.len()];
    for fold in 0..k {
        let rest: Vec<Sentence> = train
            .iter()
            .zip(&fold_of)
            .filter(|(_, f)| **f != fold)
            .map(|(s, _)| s.clone())
            .collect();
        tracing::info!(version, fold, "jackknife tagger");
        let (tagger, _) = Tagger::train(&tagger_config, &rest, &[])?;
        let mut scratch = TaggerScratch::default();
        for (i, s) in out.iter_mut().enumerate() {
            if fold_of[i] == fold {
                tagger.annotate(s, &mut scratch);
                alts[i] = scratch.alternatives().to_vec();
            }
        }
    }
    Ok((out, alts))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str = "\
1\tRebels\trebel\tNOUN\t_\tNumber=Plur\t2\tnsubj\t_\t_
2\tattacked\tattack\tVERB\t_\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
3\tthe\tthe\tDET\t_\tDefinite=Def|PronType=Art\t4\tdet\t_\t_
4\ttown\ttown\tNOUN\t_\tNumber=Sing\t2\tobj\t_\t_

1\tThe\tthe\tDET\t_\tDefinite=Def|PronType=Art\t2\tdet\t_\t_
2\tminister\tminister\tNOUN\t_\tNumber=Sing\t3\tnsubj\t_\t_
3\tmet\tmeet\tVERB\t_\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
4\trebels\trebel\tNOUN\t_\tNumber=Plur\t3\tobj\t_\t_

1\tShe\tshe\tPRON\t_\tCase=Nom|Number=Sing|Person=3|PronType=Prs\t2\tnsubj\t_\t_
2\tsaid\tsay\tVERB\t_\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
3\ttalks\ttalk\tNOUN\t_\tNumber=Plur\t4\tnsubj\t_\t_
4\tfailed\tfail\tVERB\t_\tMood=Ind|Tense=Past|VerbForm=Fin\t2\tccomp\t_\t_

";

    fn tiny() -> Vec<Sentence> {
        let one = crate::conllu::read_str(TINY, "tiny").unwrap();
        (0..4).flat_map(|_| one.iter().cloned()).collect()
    }

    #[test]
    fn copies_follow_the_items_in_order() {
        assert_eq!(
            with_copies(&["a", "b", "c"], &[1, 3, 2]),
            ["a", "b", "c", "b", "b", "c"]
        );
        assert_eq!(with_copies(&["a", "b"], &[]), ["a", "b"]);
    }

    #[test]
    fn jackknife_versions_keep_the_trees_and_version_0_is_the_plain_one() {
        let data = tiny();
        let config = TrainConfig {
            jackknife_folds: 3,
            tagger: TaggerConfig {
                epochs: 2,
                dict_min_count: 1,
                ..TaggerConfig::default()
            },
            ..TrainConfig::default()
        };
        for version in 0..3 {
            let (tagged, alts) = jackknife(&config, &data, version).unwrap();
            assert_eq!(alts.len(), data.len());
            for (t, g) in tagged.iter().zip(&data) {
                assert_eq!(alts[0].len(), data[0].words.len());
                let tree = |s: &Sentence| {
                    s.words
                        .iter()
                        .map(|w| (w.form.clone(), w.head, w.deprel.clone()))
                        .collect::<Vec<_>>()
                };
                assert_eq!(tree(t), tree(g));
                assert!(t.words.iter().all(|w| w.upos.is_some()));
            }
        }
        let (a, _) = jackknife(&config, &data, 0).unwrap();
        let (b, _) = jackknife(&config, &data, 0).unwrap();
        assert_eq!(format!("{a:?}"), format!("{b:?}"));
    }

    #[test]
    fn a_per_member_jackknifed_ensemble_trains_end_to_end() {
        let data = tiny();
        let mut config = TrainConfig {
            jackknife_folds: 2,
            jackknife_per_member: true,
            ..TrainConfig::default()
        };
        config.tagger.epochs = 2;
        config.tagger.dict_min_count = 1;
        config.parser.epochs = 2;
        config.parser.min_updates = 1;
        config.parser.ensemble = 3;
        let (analyzer, _) =
            train_language(Lang::En, &config, &data, &[], &data, Vec::new()).unwrap();
        let report = &analyzer.meta()["parser_report"];
        assert_eq!(report["ensemble_dev"].as_array().map(Vec::len), Some(3));
        let back = Analyzer::from_bytes(&analyzer.to_bytes().unwrap()).unwrap();
        let mut s = data[0].clone();
        back.annotate(&mut s, &mut Default::default());
        assert!(s.words.iter().all(|w| w.head.is_some()));
    }

    /// The checked-in defaults (`train-config.default.json`, what `dyad train syntax` uses without
    /// `--config`) must be the code's defaults; regenerate with `DYAD_BLESS=1 cargo test -p
    /// dyad-syntax default_config`.
    #[test]
    fn default_config_file_matches_the_code() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/train-config.default.json");
        let now = serde_json::to_string_pretty(&TrainConfig::default()).unwrap() + "\n";
        if std::env::var_os("DYAD_BLESS").is_some() {
            std::fs::write(path, &now).unwrap();
        }
        let file = std::fs::read_to_string(path).unwrap_or_default();
        assert_eq!(
            file, now,
            "train-config.default.json drifted from TrainConfig::default()"
        );
        let parsed: TrainConfig = serde_json::from_str(&file).unwrap();
        assert_eq!(
            serde_json::to_value(parsed).unwrap(),
            serde_json::to_value(TrainConfig::default()).unwrap()
        );
    }
}
