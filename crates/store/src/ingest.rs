//! Writing coded documents: [`IngestDoc`] and [`Store::ingest`].

use dyad_core::Document;
use dyad_events::{EventRecord, Modality, TriggerKind};
use dyad_pipeline::Processed;
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};

use crate::{story, Result, Store};

/// One coded document as the store keeps it: metadata, the analysed text, its sentences and its
/// events. Built from the pipeline's output by [`IngestDoc::new`]; plain data, so a server can
/// also receive it already made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IngestDoc {
    /// Document id: given by the input, or derived from its content by the reader. Ingesting an
    /// id again replaces that document.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// The analysed text (headline, blank line, body): every span points into it.
    pub text: String,
    /// Publication date, ISO.
    pub date: Option<String>,
    /// Language code (`en`, `es`).
    pub lang: String,
    /// Outlet or agency.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Sentences in order.
    pub sentences: Vec<SentenceRow>,
    /// Events in order, as `dyad code` prints them.
    pub events: Vec<EventRecord>,
}

/// One sentence of a document: where it is in the text, and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRow {
    /// Index in the document (the headline, if any, is 0).
    pub index: u32,
    /// First byte in the document text.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// The sentence.
    pub text: String,
}

/// What one [`Store::ingest`] call wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct IngestSummary {
    /// Documents written.
    pub documents: u64,
    /// Of those, documents that were already stored and were replaced.
    pub replaced: u64,
    /// Sentences written.
    pub sentences: u64,
    /// Events written.
    pub events: u64,
    /// Documents linked to an earlier document's story (near-duplicates).
    pub linked: u64,
}

impl IngestDoc {
    /// The store's view of `doc` after the pipeline: the one conversion `dyad code` and the
    /// server share, so both store the same thing.
    pub fn new(doc: &Document, processed: &Processed) -> IngestDoc {
        IngestDoc {
            id: processed.doc_id.clone(),
            title: doc.title.clone(),
            text: processed.text.clone(),
            date: doc.date.map(|d| d.to_string()),
            lang: processed.lang.code().to_string(),
            source: doc.source.clone(),
            url: doc.url.clone(),
            sentences: processed
                .sentences
                .iter()
                .enumerate()
                .map(|(i, s)| SentenceRow {
                    index: i as u32,
                    start: s.span.start,
                    end: s.span.end,
                    text: s.text.clone(),
                })
                .collect(),
            events: processed.event_records(),
        }
    }

    /// A document of one sentence and no events, in English: for tests and examples that need
    /// stored documents without running the pipeline.
    pub fn from_text(id: &str, text: &str) -> IngestDoc {
        IngestDoc {
            id: id.to_string(),
            title: None,
            text: text.to_string(),
            date: None,
            lang: "en".to_string(),
            source: None,
            url: None,
            sentences: vec![SentenceRow {
                index: 0,
                start: 0,
                end: text.len() as u32,
                text: text.to_string(),
            }],
            events: Vec::new(),
        }
    }
}

/// Candidates compared per document at most: a bound on work for texts that share bands with
/// very many others (boilerplate); comparing one is 128 integer compares.
const MAX_CANDIDATES: usize = 4096;

impl Store {
    /// Writes `docs` in one transaction: all of them or, on error, none.
    ///
    /// A document whose id is already stored is replaced (its sentences, actors, events and
    /// LSH bands deleted and written anew, its first-ingest order kept), so coding the same input
    /// twice leaves the same rows. Documents not in `docs` are never touched.
    pub fn ingest(&mut self, docs: &[IngestDoc]) -> Result<IngestSummary> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut sum = IngestSummary::default();
        for d in docs {
            ingest_one(&tx, d, &mut sum)?;
        }
        tx.commit()?;
        Ok(sum)
    }
}

fn ingest_one(tx: &Transaction<'_>, d: &IngestDoc, sum: &mut IngestSummary) -> Result<()> {
    let existing: Option<i64> = tx
        .prepare_cached("SELECT seq FROM documents WHERE id = ?1")?
        .query_row([&d.id], |r| r.get(0))
        .optional()?;
    if existing.is_some() {
        for table in ["sentences", "events", "actors", "story_bands"] {
            tx.prepare_cached(&format!("DELETE FROM {table} WHERE doc_id = ?1"))?
                .execute([&d.id])?;
        }
        sum.replaced += 1;
    }

    let sig = story::signature(&d.text);
    let keys = sig.as_deref().map(story::band_keys).unwrap_or_default();
    let story_id = match &sig {
        Some(sig) => find_story(tx, &d.id, sig, &keys)?,
        None => None,
    };
    if story_id.is_some() {
        sum.linked += 1;
    }
    let story_id = story_id.unwrap_or_else(|| d.id.clone());
    let blob = sig.as_deref().map(story::to_blob).unwrap_or_default();

    tx.prepare_cached(
        "INSERT INTO documents (id, title, text, date, lang, source, url, content_hash, story_id,
                                minhash, n_sentences, n_events, coded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,
                 strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
         ON CONFLICT(id) DO UPDATE SET
             title = excluded.title, text = excluded.text, date = excluded.date,
             lang = excluded.lang, source = excluded.source, url = excluded.url,
             content_hash = excluded.content_hash, story_id = excluded.story_id,
             minhash = excluded.minhash, n_sentences = excluded.n_sentences,
             n_events = excluded.n_events, coded_at = excluded.coded_at",
    )?
    .execute(params![
        d.id,
        d.title,
        d.text,
        d.date,
        d.lang,
        d.source,
        d.url,
        story::content_hash(&d.text),
        story_id,
        blob,
        d.sentences.len() as i64,
        d.events.len() as i64,
    ])?;

    let mut st = tx.prepare_cached(
        "INSERT INTO sentences (doc_id, idx, start, end, text) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for s in &d.sentences {
        st.execute(params![d.id, s.index, s.start, s.end, s.text])?;
    }
    sum.sentences += d.sentences.len() as u64;

    let mut st =
        tx.prepare_cached("INSERT INTO story_bands (band, key, doc_id) VALUES (?1, ?2, ?3)")?;
    for (band, key) in keys.iter().enumerate() {
        st.execute(params![band as i64, key, d.id])?;
    }

    insert_actors(tx, d)?;
    let mut st = tx.prepare_cached(INSERT_EVENT)?;
    for (ord, e) in d.events.iter().enumerate() {
        let json = serde_json::to_string(e).map_err(|source| crate::Error::BadRecord {
            doc_id: d.id.clone(),
            source,
        })?;
        let t = e.target.as_ref();
        let loc = e.location.as_ref();
        st.execute(params![
            d.id,
            ord as i64,
            e.sentence_index,
            e.date,
            e.date_precision.as_str(),
            e.source.code,
            e.source.country,
            e.source.sectors.join(";"),
            e.source.name,
            e.source.text,
            e.source.span[0],
            e.source.span[1],
            t.map(|t| &t.code),
            t.and_then(|t| t.country.as_ref()),
            t.map(|t| t.sectors.join(";")),
            t.and_then(|t| t.name.as_ref()),
            t.map(|t| &t.text),
            t.map(|t| t.span[0]),
            t.map(|t| t.span[1]),
            e.cameo,
            e.cameo_root,
            e.quad_class,
            e.goldstein.map(f64::from),
            e.plover.as_ref().map(|p| &p.event),
            e.plover.as_ref().and_then(|p| p.mode.as_ref()),
            modality_str(e.modality),
            loc.map(|l| &l.name),
            loc.and_then(|l| l.country.as_ref()),
            loc.and_then(|l| l.lat),
            loc.and_then(|l| l.lon),
            loc.and_then(|l| l.geonames_id),
            loc.and_then(|l| l.from.as_ref()),
            loc.and_then(|l| l.span).map(|s| s[0]),
            loc.and_then(|l| l.span).map(|s| s[1]),
            e.trigger,
            e.trigger_span[0],
            e.trigger_span[1],
            trigger_kind_str(e.trigger_kind),
            f64::from(e.confidence),
            json,
        ])?;
    }
    sum.events += d.events.len() as u64;
    sum.documents += 1;
    Ok(())
}

const INSERT_EVENT: &str = "INSERT INTO events (
    doc_id, ord, sentence_index, date, date_precision,
    source_code, source_country, source_sectors, source_name, source_text, source_start, source_end,
    target_code, target_country, target_sectors, target_name, target_text, target_start, target_end,
    cameo, cameo_root, quad_class, goldstein, plover_event, plover_mode, modality,
    location_name, location_country, location_lat, location_lon, location_geonames_id,
    location_from, location_start, location_end,
    trigger, trigger_start, trigger_end, trigger_kind, confidence, record)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
            ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36,
            ?37, ?38, ?39, ?40)";

/// Actor mentions: each distinct (sentence, span, code) among the events' sources and targets.
/// The coder finds actors as event arguments, so these are the mentions it resolved.
fn insert_actors(tx: &Transaction<'_>, d: &IngestDoc) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    let mut st = tx.prepare_cached(
        "INSERT INTO actors (doc_id, sentence, code, country, sectors, name, text, start, end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for e in &d.events {
        for a in std::iter::once(&e.source).chain(e.target.as_ref()) {
            if !seen.insert((e.sentence_index, a.span, a.code.clone())) {
                continue;
            }
            st.execute(params![
                d.id,
                e.sentence_index,
                a.code,
                a.country,
                a.sectors.join(";"),
                a.name,
                a.text,
                a.span[0],
                a.span[1],
            ])?;
        }
    }
    Ok(())
}

/// The story of the earliest stored document (other than `id`) whose estimated similarity to
/// `sig` reaches [`story::STORY_JACCARD`].
fn find_story(tx: &Transaction<'_>, id: &str, sig: &[u32], keys: &[i64]) -> Result<Option<String>> {
    let mut st = tx.prepare_cached(
        "SELECT DISTINCT d.seq, d.story_id, d.minhash
         FROM story_bands b JOIN documents d ON d.id = b.doc_id
         WHERE b.band = ?1 AND b.key = ?2 AND b.doc_id != ?3",
    )?;
    let mut seen = std::collections::HashSet::new();
    // The earliest (lowest first-ingest order) similar document wins, so every copy of a story
    // points to the same first copy whatever order the bands are read in.
    let mut best: Option<(i64, String)> = None;
    'bands: for (band, key) in keys.iter().enumerate() {
        let mut rows = st.query(params![band as i64, key, id])?;
        while let Some(r) = rows.next()? {
            let seq: i64 = r.get(0)?;
            if !seen.insert(seq) {
                continue;
            }
            if seen.len() > MAX_CANDIDATES {
                break 'bands;
            }
            if best.as_ref().is_some_and(|(b, _)| *b < seq) {
                continue;
            }
            let blob: Vec<u8> = r.get(2)?;
            if story::similarity(sig, &story::from_blob(&blob)) >= story::STORY_JACCARD {
                best = Some((seq, r.get(1)?));
            }
        }
    }
    Ok(best.map(|(_, story)| story))
}

pub(crate) fn modality_str(m: Modality) -> &'static str {
    match m {
        Modality::Asserted => "asserted",
        Modality::Negated => "negated",
        Modality::Intended => "intended",
        Modality::Reported => "reported",
        Modality::Hypothetical => "hypothetical",
    }
}

pub(crate) fn trigger_kind_str(k: TriggerKind) -> &'static str {
    match k {
        TriggerKind::Verb => "verb",
        TriggerKind::Noun => "noun",
        TriggerKind::LightVerb => "light_verb",
    }
}
