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
    /// Tagger settings.
    pub tagger: TaggerConfig,
    /// Parser settings.
    pub parser: ParserConfig,
}

impl Default for TrainConfig {
    fn default() -> Self {
        // 4 folds: each fold's tagger sees 75% of the data, close enough to the final tagger's
        // error rate, at 4 extra tagger trainings (a few minutes in all).
        TrainConfig {
            jackknife_folds: 4,
            parser_gold_copy: false,
            tagger: TaggerConfig::default(),
            parser: ParserConfig::default(),
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
}

/// Trains tagger and parser for `lang` and returns the analyzer with full metadata.
pub fn train_language(
    lang: Lang,
    config: &TrainConfig,
    train: &[Sentence],
    dev: &[Sentence],
    files: Vec<DataFile>,
) -> Result<(Analyzer, WordScores)> {
    tracing::info!(sentences = train.len(), "training tagger");
    let (tagger, tagger_report) = Tagger::train(&config.tagger, train, dev)?;

    // Gold-tagged sentences get "no alternative" for every word: the tag is certain.
    let (parser_train, train_alts) = if config.jackknife_folds > 1 {
        let (mut t, mut alts) = jackknife(config, train)?;
        if config.parser_gold_copy {
            t.extend_from_slice(train);
            alts.extend(train.iter().map(|s| vec![None; s.words.len()]));
        }
        (t, alts)
    } else {
        (train.to_vec(), Vec::new())
    };
    let mut parser_dev = dev.to_vec();
    let mut dev_alts = Vec::with_capacity(dev.len());
    let mut scratch = TaggerScratch::default();
    for s in &mut parser_dev {
        tagger.annotate(s, &mut scratch);
        dev_alts.push(scratch.alternatives().to_vec());
    }
    tracing::info!("training parser");
    let (parser, parser_report) = Parser::train_with_alternatives(
        &config.parser,
        &parser_train,
        &train_alts,
        &parser_dev,
        &dev_alts,
    )?;

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

/// The tagger's runner-up UPOS of every word of one sentence.
type Alternatives = Vec<Option<UposAlt>>;

/// Replaces the tags of each fold with those of a tagger trained on the other folds; also returns
/// that tagger's runner-up UPOS for every word.
fn jackknife(
    config: &TrainConfig,
    train: &[Sentence],
) -> Result<(Vec<Sentence>, Vec<Alternatives>)> {
    let k = config.jackknife_folds;
    let mut out = train.to_vec();
    let mut alts = vec![Vec::new(); train.len()];
    for fold in 0..k {
        let rest: Vec<Sentence> = train
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k != fold)
            .map(|(_, s)| s.clone())
            .collect();
        tracing::info!(fold, "jackknife tagger");
        let (tagger, _) = Tagger::train(&config.tagger, &rest, &[])?;
        let mut scratch = TaggerScratch::default();
        for (i, s) in out.iter_mut().enumerate() {
            if i % k == fold {
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
