//! The pipeline: a [`Document`] through every stage, for the CLI and the server alike.
//!
//! Takes documents (headline, body, date, language if known) and returns them segmented,
//! tokenized, tagged, parsed and, when a coder is loaded for the language, coded into events.
//! Entry type: [`Pipeline`], built once with the stages of each language and then shared by all
//! threads (`Send + Sync`); each thread brings a [`Scratch`].
//!
//! ```no_run
//! # fn models() -> dyad_syntax::Analyzer { unimplemented!() }
//! use dyad_core::{Document, Lang};
//! use dyad_pipeline::{Pipeline, Scratch};
//! let mut p = Pipeline::default();
//! p.add_language(Lang::En, dyad_text::Segmenter::new(Lang::En), models(), None);
//! let doc = Document { id: "d1".into(), text: "Rebels shelled the town.".into(), ..Default::default() };
//! let out = p.process(&doc, &mut Scratch::default()).unwrap();
//! assert_eq!(out.sentences.len(), 1);
//! ```
//!
//! Not here: reading files, output formats, storage (the binary and `dyad-store` do those).
#![deny(missing_docs)]

mod error;

use dyad_core::{Date, Document, Lang, Sentence};
use dyad_events::{Coder, DocContext, Event, EventRecord};
use dyad_lexicon::petrarch::actors::DictDate;
use dyad_syntax::{Analyzer, AnalyzerScratch};
use dyad_text::Segmenter;

pub use error::{Error, Result};

/// Documents longer than this are refused rather than risk unbounded memory: 10 MB is far
/// beyond any news story, and a refused document is reported, never silently cut.
pub const MAX_DOCUMENT_BYTES: usize = 10 << 20;

/// One language's stages.
struct Stages {
    lang: Lang,
    segmenter: Segmenter,
    analyzer: Analyzer,
    coder: Option<Coder>,
}

/// Every loaded language's stages, immutable after building.
#[derive(Default)]
pub struct Pipeline {
    stages: Vec<Stages>,
}

/// Per-thread buffers.
#[derive(Default)]
pub struct Scratch {
    analyzer: AnalyzerScratch,
    coder: dyad_events::Scratch,
}

/// A document after the pipeline: its text, analysed sentences and events.
#[derive(Debug, Clone)]
pub struct Processed {
    /// The document id.
    pub doc_id: String,
    /// The language used.
    pub lang: Lang,
    /// The analysed text ([`Document::full_text`]); every span points into it.
    pub text: String,
    /// Sentences with their UD analysis; the headline, if any, is sentence 0.
    pub sentences: Vec<Sentence>,
    /// Events, in sentence order (empty when no coder is loaded for the language).
    pub events: Vec<Event>,
    /// The context events were coded in.
    pub context: DocContext,
}

impl Pipeline {
    /// Adds (or replaces) a language's stages; `coder` is `None` to analyse without coding.
    pub fn add_language(
        &mut self,
        lang: Lang,
        segmenter: Segmenter,
        analyzer: Analyzer,
        coder: Option<Coder>,
    ) {
        self.stages.retain(|s| s.lang != lang);
        self.stages.push(Stages {
            lang,
            segmenter,
            analyzer,
            coder,
        });
    }

    /// Languages with stages loaded.
    pub fn languages(&self) -> impl Iterator<Item = Lang> + '_ {
        self.stages.iter().map(|s| s.lang)
    }

    /// The document's language: as given, else detected from its text.
    pub fn language_of(&self, doc: &Document) -> Result<Lang> {
        if let Some(l) = doc.lang {
            return Ok(l);
        }
        let sample: String = doc.full_text().chars().take(20_000).collect();
        dyad_text::detect_language(&sample)
            .map(|(l, _)| l)
            .ok_or_else(|| Error::UnknownLanguage {
                doc_id: doc.id.clone(),
            })
    }

    /// Segments, analyses and codes one document.
    pub fn process(&self, doc: &Document, scratch: &mut Scratch) -> Result<Processed> {
        let text = doc.full_text();
        if text.trim().is_empty() {
            return Err(Error::Empty {
                doc_id: doc.id.clone(),
            });
        }
        if text.len() > MAX_DOCUMENT_BYTES {
            return Err(Error::TooLong {
                doc_id: doc.id.clone(),
                bytes: text.len(),
                limit: MAX_DOCUMENT_BYTES,
            });
        }
        let lang = self.language_of(doc)?;
        let st = self
            .stages
            .iter()
            .find(|s| s.lang == lang)
            .ok_or_else(|| Error::NoModels {
                doc_id: doc.id.clone(),
                lang,
            })?;
        let mut sentences = st.segmenter.segment(&text);
        for s in &mut sentences {
            st.analyzer.annotate(s, &mut scratch.analyzer);
        }
        let context = DocContext {
            doc_id: doc.id.clone(),
            date: doc.date.map(dict_date),
        };
        let mut events = Vec::new();
        if let Some(coder) = &st.coder {
            for (i, s) in sentences.iter().enumerate() {
                coder.code_into(s, i as u32, &context, &mut scratch.coder, &mut events);
            }
        }
        Ok(Processed {
            doc_id: doc.id.clone(),
            lang,
            text,
            sentences,
            events,
            context,
        })
    }
}

impl Processed {
    /// The events as records of the `dyad code` JSONL contract, in sentence order: what the
    /// CLI prints, the store keeps and the server returns.
    pub fn event_records(&self) -> Vec<EventRecord> {
        self.events
            .iter()
            .filter_map(|e| {
                let s = self.sentences.get(e.sentence_index as usize)?;
                Some(EventRecord::new(e, s, &self.context))
            })
            .collect()
    }
}

fn dict_date(d: Date) -> DictDate {
    DictDate {
        year: d.year(),
        month: d.month(),
        day: d.day(),
    }
}
