//! One language's full syntax analysis: tagger, lemmatizer and parser loaded from one model file.

use dyad_core::{Lang, Sentence};

use crate::container::Container;
use crate::parser::{Parser, ParserScratch};
use crate::tagger::{Tagger, TaggerScratch};
use crate::{Error, Result};

/// Tags, lemmatizes and parses sentences of one language.
///
/// Requires: words with `form` (from `dyad-text` or CoNLL-U). Assigns: `upos`, `feats`, `lemma`,
/// `head`, `deprel`. Immutable after loading and `Send + Sync`, so one instance serves every
/// thread; each thread brings its own [`AnalyzerScratch`].
pub struct Analyzer {
    lang: Lang,
    tagger: Tagger,
    parser: Parser,
    meta: serde_json::Value,
}

/// Per-thread buffers for [`Analyzer::annotate`].
#[derive(Default)]
pub struct AnalyzerScratch {
    tagger: TaggerScratch,
    parser: ParserScratch,
}

impl Analyzer {
    /// Loads a model file written by [`Analyzer::to_bytes`] (or `dyad train syntax`).
    pub fn from_bytes(bytes: &[u8]) -> Result<Analyzer> {
        let c = Container::from_bytes(bytes)?;
        let lang = c
            .meta
            .get("lang")
            .and_then(|l| l.as_str())
            .and_then(|l| l.parse::<Lang>().ok())
            .ok_or_else(|| Error::CorruptModel("model metadata names no language".into()))?;
        let tagger = Tagger::from_bytes(
            c.block("tagger")
                .ok_or_else(|| Error::CorruptModel("no tagger block".into()))?,
        )?;
        let parser = Parser::from_bytes(
            c.block("parser")
                .ok_or_else(|| Error::CorruptModel("no parser block".into()))?,
        )?;
        Ok(Analyzer {
            lang,
            tagger,
            parser,
            meta: c.meta,
        })
    }

    /// Assembles an analyzer from trained parts.
    pub fn new(lang: Lang, tagger: Tagger, parser: Parser, meta: serde_json::Value) -> Analyzer {
        Analyzer {
            lang,
            tagger,
            parser,
            meta,
        }
    }

    /// Replaces the metadata (training writes it once the dev scores are known).
    pub fn with_meta(mut self, meta: serde_json::Value) -> Analyzer {
        self.meta = meta;
        self
    }

    /// The model file bytes (compressed container).
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let mut meta = self.meta.clone();
        if let Some(m) = meta.as_object_mut() {
            m.insert("lang".into(), self.lang.code().into());
        }
        Container {
            meta,
            blocks: vec![
                ("tagger".into(), self.tagger.to_bytes()),
                ("parser".into(), self.parser.to_bytes()),
            ],
        }
        .to_bytes()
    }

    /// The language this analyzer was trained for.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// What made the model: training config, data, dev scores.
    pub fn meta(&self) -> &serde_json::Value {
        &self.meta
    }

    /// The tagger alone (for tag-only benchmarks and jackknifing).
    pub fn tagger(&self) -> &Tagger {
        &self.tagger
    }

    /// The parser alone.
    pub fn parser(&self) -> &Parser {
        &self.parser
    }

    /// Tags, lemmatizes and parses one sentence in place; gold annotation present is overwritten.
    pub fn annotate(&self, s: &mut Sentence, scratch: &mut AnalyzerScratch) {
        if s.words.is_empty() {
            return;
        }
        self.tagger.annotate(s, &mut scratch.tagger);
        self.parser.annotate_with_alternatives(
            s,
            scratch.tagger.alternatives(),
            &mut scratch.parser,
        );
    }
}
