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

mod dateline;
mod error;
mod input;
mod names;
mod resolve;
mod timings;

pub use names::{flag_names, NameScratch};

use std::time::Instant;

use dyad_core::{Date, Document, Lang, Sentence};
use dyad_events::{Coder, DocContext, Event, EventRecord};
use dyad_lexicon::petrarch::actors::DictDate;
use dyad_syntax::{Analyzer, AnalyzerScratch};
use dyad_text::Segmenter;

pub use error::{Error, Result};
pub use input::{content_id, document_from_json};
pub use timings::StageTimes;

/// Documents longer than this are refused rather than risk unbounded memory: 10 MB is far
/// beyond any news story, and a refused document is reported, never silently cut.
pub const MAX_DOCUMENT_BYTES: usize = 10 << 20;

/// One language's stages.
struct Stages {
    lang: Lang,
    segmenter: Segmenter,
    analyzer: Analyzer,
    coder: Option<Coder>,
    resolvers: resolve::Resolvers,
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
    names: names::NameScratch,
    times: StageTimes,
}

impl Scratch {
    /// Time spent in each stage by the documents processed with this scratch: `dyad code
    /// --timings` sums them over threads to show which stage is the slowest.
    pub fn times(&self) -> &StageTimes {
        &self.times
    }
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
    /// The dateline at the head of the body (`NAIROBI, Jan. 3 (Reuters) -`), offsets into
    /// `text`; it is a sentence of its own, never coded.
    pub dateline: Option<dyad_time::Dateline>,
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
            resolvers: resolve::Resolvers::new(lang),
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
        let t0 = Instant::now();
        let mut sentences = st.segmenter.segment(&text);
        let dateline = st
            .resolvers
            .time
            .parse_dateline(&doc.text, doc.date)
            .map(|mut d| {
                let off = doc.body_start() as u32;
                d.span = dyad_core::Span::new(d.span.start + off, d.span.end + off);
                d
            });
        if let Some(d) = &dateline {
            dateline::split_off(&mut sentences, d.span.end);
        }
        let t1 = Instant::now();
        for s in &mut sentences {
            match &st.coder {
                Some(c) => {
                    names::flag_names(c.lexicon(), s, &mut scratch.names);
                    // (An all-capital headline is analysed in sentence case, its names
                    // capitalized: `Analyzer::annotate_with_hints`.)
                    st.analyzer.annotate_with_hints(
                        s,
                        &mut scratch.analyzer,
                        &scratch.names.flags,
                        &scratch.names.adjectives,
                    );
                }
                None => st.analyzer.annotate(s, &mut scratch.analyzer),
            }
        }
        let t2 = Instant::now();
        // Relative dates count from the day the story was filed: its dateline's date when it
        // gives a day (a story filed on Jan. 3 and published later still means Jan. 3 by "on
        // Tuesday"), else the publication date.
        let dateline_day = dateline
            .as_ref()
            .and_then(|d| d.date)
            .filter(|v| v.precision == dyad_time::Precision::Day)
            .map(|v| v.start);
        let anchor = dateline_day.or(doc.date);
        let context = DocContext {
            doc_id: doc.id.clone(),
            date: anchor.map(dict_date),
        };
        let mut events = Vec::new();
        if let Some(coder) = &st.coder {
            scratch.coder.begin_document();
            let skip = dateline_index(&sentences, &dateline);
            for (i, s) in sentences.iter().enumerate() {
                // The dateline is parsed, not coded.
                if i == skip {
                    continue;
                }
                coder.code_into(s, i as u32, &context, &mut scratch.coder, &mut events);
            }
        }
        let t3 = Instant::now();
        st.resolvers
            .resolve(&sentences, &mut events, anchor, dateline.as_ref());
        let t4 = Instant::now();
        scratch.times.add(t1 - t0, t2 - t1, t3 - t2, t4 - t3);
        Ok(Processed {
            doc_id: doc.id.clone(),
            lang,
            text,
            sentences,
            events,
            context,
            dateline,
        })
    }
}

/// Index of the dateline's own sentence (the one ending where the dateline ends).
fn dateline_index(sentences: &[Sentence], dateline: &Option<dyad_time::Dateline>) -> usize {
    dateline
        .as_ref()
        .and_then(|d| sentences.iter().position(|s| s.span.end == d.span.end))
        .unwrap_or(usize::MAX)
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
