//! The JSON API's handlers: HTTP in, pipeline and store calls, JSON out.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{Method, StatusCode, Uri};
use axum::Json;
use dyad_core::Document;
use dyad_pipeline::{Processed, Scratch};
use dyad_store::{Bucket, EventFilter, IngestDoc, Page};
use serde::Serialize;
use serde_json::{json, Value};

use crate::db::blocking;
use crate::error::{Error, Result};
use crate::{documents, AppState};

type AppRef = State<Arc<AppState>>;
type Params = std::result::Result<Query<HashMap<String, String>>, QueryRejection>;

/// Page size when a request gives none, and the most one request may ask for: enough for a
/// map of every event of a small collection, small enough to answer quickly.
const DEFAULT_LIMIT: u64 = 100;
const MAX_LIMIT: u64 = 10_000;

/// Query parameters that select events, shared by `/events`, `/dyads` and `/actors`.
const FILTER_KEYS: [&str; 14] = [
    "actor", "source", "target", "country", "cameo", "root", "quad", "plover", "from", "to",
    "place", "text", "doc", "story",
];

/// Splits query parameters into the event filter and the route's own `extra` parameters; an
/// unknown parameter is a 400 naming it, since a misspelt filter silently ignored would return
/// every event. Empty values count as absent, as an empty form field means "any".
fn filter_and(params: Params, extra: &[&str]) -> Result<(EventFilter, HashMap<String, String>)> {
    let Query(params) = params.map_err(|e| Error::BadRequest(e.body_text()))?;
    let mut f = EventFilter::default();
    let mut rest = HashMap::new();
    for (k, v) in params {
        if v.trim().is_empty() {
            continue;
        }
        let slot = match k.as_str() {
            "actor" => &mut f.actor,
            "source" => &mut f.source,
            "target" => &mut f.target,
            "country" => &mut f.country,
            "cameo" => &mut f.cameo,
            "root" => &mut f.root,
            "plover" => &mut f.plover,
            "from" => &mut f.from,
            "to" => &mut f.to,
            "place" => &mut f.place,
            "text" => &mut f.text,
            "doc" => &mut f.doc,
            "story" => &mut f.story,
            "quad" => {
                f.quad = Some(
                    v.trim()
                        .parse()
                        .ok()
                        .filter(|q| (1..=4).contains(q))
                        .ok_or_else(|| {
                            Error::BadRequest(format!("quad: `{v}`: expected 1, 2, 3 or 4"))
                        })?,
                );
                continue;
            }
            other if extra.contains(&other) => {
                rest.insert(k, v);
                continue;
            }
            other => {
                return Err(Error::BadRequest(format!(
                    "unknown query parameter `{other}`; expected one of {}",
                    FILTER_KEYS
                        .iter()
                        .chain(extra)
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ")
                )))
            }
        };
        *slot = Some(v);
    }
    Ok((f, rest))
}

fn number(rest: &HashMap<String, String>, key: &str, default: u64) -> Result<u64> {
    match rest.get(key) {
        None => Ok(default),
        Some(v) => v
            .trim()
            .parse()
            .map_err(|_| Error::BadRequest(format!("{key}: `{v}`: expected a whole number"))),
    }
}

fn page(rest: &HashMap<String, String>) -> Result<Page> {
    let limit = number(rest, "limit", DEFAULT_LIMIT)?;
    if limit > MAX_LIMIT {
        return Err(Error::BadRequest(format!(
            "limit: {limit} is over the maximum of {MAX_LIMIT}; page with offset"
        )));
    }
    Ok(Page {
        offset: number(rest, "offset", 0)?,
        limit,
    })
}

/// `GET /health`.
pub(crate) async fn health(State(app): AppRef) -> Result<Json<Value>> {
    let languages: Vec<&str> = app.pipeline.languages().map(|l| l.code()).collect();
    let stats = blocking(move || app.db.read(|s| Ok(s.stats()?))).await?;
    Ok(Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "languages": languages,
        "store": stats,
    })))
}

/// `GET /events`.
pub(crate) async fn events(State(app): AppRef, params: Params) -> Result<Json<Value>> {
    let (filter, rest) = filter_and(params, &["limit", "offset"])?;
    let page = page(&rest)?;
    let (total, events) = blocking(move || {
        app.db
            .read(|s| Ok((s.count_events(&filter)?, s.events(&filter, page)?)))
    })
    .await?;
    Ok(Json(json!({
        "total": total,
        "offset": page.offset,
        "limit": page.limit,
        "events": events,
    })))
}

/// `GET /dyads`.
pub(crate) async fn dyads(State(app): AppRef, params: Params) -> Result<Json<Value>> {
    let (filter, rest) = filter_and(params, &["bucket"])?;
    let bucket: Bucket = rest.get("bucket").map_or(Ok(Bucket::Day), |b| b.parse())?;
    let dyads = blocking(move || app.db.read(|s| Ok(s.dyads(&filter, bucket)?))).await?;
    Ok(Json(json!({ "bucket": bucket, "dyads": dyads })))
}

/// `GET /actors`.
pub(crate) async fn actors(State(app): AppRef, params: Params) -> Result<Json<Value>> {
    let (filter, rest) = filter_and(params, &["limit"])?;
    let limit = number(&rest, "limit", DEFAULT_LIMIT)? as usize;
    let mut actors = blocking(move || app.db.read(|s| Ok(s.actors(&filter)?))).await?;
    let total = actors.len();
    actors.truncate(limit);
    Ok(Json(json!({ "total": total, "actors": actors })))
}

/// `GET /documents/{id}`.
pub(crate) async fn document(State(app): AppRef, Path(id): Path<String>) -> Result<Json<Value>> {
    let key = id.clone();
    let doc = blocking(move || app.db.read(|s| Ok(s.document(&key)?))).await?;
    match doc {
        Some(d) => Ok(Json(serde_json::to_value(d).map_err(|e| {
            Error::Internal(format!("document {id}: serializing: {e}"))
        })?)),
        None => Err(Error::NotFound(format!("no document `{id}`"))),
    }
}

/// One posted document in the answer.
#[derive(Serialize)]
struct Coded {
    id: String,
    lang: &'static str,
    sentences: usize,
    events: usize,
}

/// A posted document that could not be coded.
#[derive(Serialize)]
struct Failed {
    id: String,
    message: String,
}

/// `POST /documents[?lang=auto|en|es]`.
pub(crate) async fn post_documents(
    State(app): AppRef,
    params: Params,
    body: std::result::Result<Bytes, BytesRejection>,
) -> Result<(StatusCode, Json<Value>)> {
    let body = body.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => Error::PayloadTooLarge {
            limit: app.config.max_body_bytes,
        },
        _ => Error::BadRequest(e.body_text()),
    })?;
    let Query(params) = params.map_err(|e| Error::BadRequest(e.body_text()))?;
    let mut default_lang = app.config.default_lang;
    for (k, v) in &params {
        match (k.as_str(), v.trim()) {
            ("lang", "" | "auto") => default_lang = None,
            ("lang", l) => {
                default_lang = Some(
                    l.parse()
                        .map_err(|e| Error::BadRequest(format!("lang: {e}")))?,
                )
            }
            (other, _) => {
                return Err(Error::BadRequest(format!(
                    "unknown query parameter `{other}`; expected lang"
                )))
            }
        }
    }
    let docs = documents::parse(&body, default_lang)?;
    let results = code(&app, docs).await?;

    let mut coded = Vec::new();
    let mut failed = Vec::new();
    let mut ingest = Vec::new();
    for (doc, r) in results {
        match r {
            Ok(p) => {
                coded.push(Coded {
                    id: p.doc_id.clone(),
                    lang: p.lang.code(),
                    sentences: p.sentences.len(),
                    events: p.events.len(),
                });
                ingest.push(IngestDoc::new(&doc, &p));
            }
            Err(e) => failed.push(Failed {
                id: doc.id,
                message: e.to_string(),
            }),
        }
    }
    if ingest.is_empty() {
        // The first few reasons are enough to act on; a batch of 10,000 failures is not
        // repeated back in full.
        let n = failed.len();
        let reasons: Vec<String> = failed.into_iter().take(5).map(|f| f.message).collect();
        let more = if n > 5 {
            format!("; and {} more", n - 5)
        } else {
            String::new()
        };
        return Err(Error::BadRequest(format!(
            "no document could be coded: {}{more}",
            reasons.join("; ")
        )));
    }
    let events: Vec<_> = ingest.iter().flat_map(|d| d.events.clone()).collect();
    let db_app = app.clone();
    let stored = blocking(move || db_app.db.write(|s| Ok(s.ingest(&ingest)?))).await?;
    Ok((
        StatusCode::OK,
        Json(json!({
            "documents": coded,
            "errors": failed,
            "stored": stored,
            "events": events,
        })),
    ))
}

/// Documents per blocking task: a large JSONL batch is split over the coding threads, a small
/// one stays on one (a task per document would cost more than it saves).
const MIN_CHUNK: usize = 8;

/// Codes `docs` on the blocking pool, at most `coding_threads` chunks at once; results come
/// back in input order.
async fn code(
    app: &Arc<AppState>,
    docs: Vec<Document>,
) -> Result<Vec<(Document, dyad_pipeline::Result<Processed>)>> {
    let per = docs
        .len()
        .div_ceil(app.config.coding_threads.max(1))
        .max(MIN_CHUNK);
    let mut chunks = Vec::new();
    let mut docs = docs.into_iter().peekable();
    while docs.peek().is_some() {
        chunks.push(docs.by_ref().take(per).collect::<Vec<_>>());
    }
    let tasks = chunks.into_iter().map(|chunk| {
        let app = app.clone();
        async move {
            let _permit = app
                .coding
                .acquire()
                .await
                .map_err(|e| Error::Internal(format!("coding queue closed: {e}")))?;
            let pipeline = app.pipeline.clone();
            blocking(move || {
                let mut scratch = Scratch::default();
                Ok(chunk
                    .into_iter()
                    .map(|d| {
                        let r = pipeline.process(&d, &mut scratch);
                        (d, r)
                    })
                    .collect::<Vec<_>>())
            })
            .await
        }
    });
    let mut out = Vec::new();
    for part in join_in_order(tasks).await {
        out.extend(part?);
    }
    Ok(out)
}

/// Awaits futures concurrently, keeping their order (a tiny `join_all`, to avoid a dependency
/// for one call): each is spawned on the runtime, then awaited in turn.
async fn join_in_order<T: Send + 'static>(
    futs: impl Iterator<Item = impl std::future::Future<Output = Result<T>> + Send + 'static>,
) -> Vec<Result<T>> {
    let handles: Vec<_> = futs.map(tokio::spawn).collect();
    let mut out = Vec::with_capacity(handles.len());
    for h in handles {
        out.push(
            h.await
                .map_err(|e| Error::Internal(format!("coding task failed: {e}")))
                .and_then(|r| r),
        );
    }
    out
}

/// Any other path: a JSON 404 rather than an empty body.
pub(crate) async fn not_found(method: Method, uri: Uri) -> Error {
    Error::NotFound(format!("no route {method} {}", uri.path()))
}
