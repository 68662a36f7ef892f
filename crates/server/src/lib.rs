//! `dyad serve`: the HTTP API and the web page over the store and the pipeline (issue 6).
//!
//! Takes a built [`Pipeline`] (the binary builds it from its flags, as for `dyad code`, so both
//! code a document the same way) and an open [`Store`], and answers HTTP:
//!
//! | route | what |
//! |---|---|
//! | `POST /documents` | JSON document, array or JSONL body → coded, stored, its events returned |
//! | `GET /events` | events matching filters (`actor`, `source`, `target`, `country`, `cameo`, `root`, `quad`, `plover`, `from`, `to`, `place`, `text`, `doc`, `story`), paged (`limit`, `offset`) with the total |
//! | `GET /dyads` | events and mean Goldstein per source–target pair per `bucket` (day, week, month) |
//! | `GET /actors` | how often each actor is source or target |
//! | `GET /documents/{id}` | text, sentence spans and events with actor and trigger spans |
//! | `GET /health` | liveness, languages and store counts |
//! | `GET /openapi.json` | the OpenAPI 3 description of these routes |
//! | `GET /` | the web page (assets embedded in the binary, no network needed) |
//!
//! Entry type: [`Server`]; [`run`] serves it until SIGINT or SIGTERM.
//!
//! Concurrency: coding is CPU-bound, so it runs on tokio's blocking pool, at most
//! [`Config::coding_threads`] documents batches at a time, never on the async workers. SQLite
//! allows one writer: the store given is the writer, behind a mutex, and each ingest is one
//! transaction; reads go to read-only connections of their own (WAL mode lets them read while
//! the writer writes), pooled and opened on demand.
//!
//! ```no_run
//! use std::sync::Arc;
//! let pipeline = Arc::new(dyad_pipeline::Pipeline::default()); // the binary adds languages
//! let store = dyad_store::Store::open("dyad.db")?;
//! let server = dyad_server::Server::new(pipeline, store, dyad_server::Config::default());
//! dyad_server::run("127.0.0.1:8080", server, |addr| println!("listening on {addr}"))?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Not here: coding logic (the pipeline), SQL (the store), building the pipeline from flags (the
//! binary). Handlers translate HTTP to calls of those and back.
#![deny(missing_docs)]

mod api;
mod assets;
mod db;
mod documents;
mod error;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use axum::Router;
use dyad_core::Lang;
use dyad_pipeline::Pipeline;
use dyad_store::Store;

pub use error::{Error, Result};

/// Server settings; every field has a documented default.
#[derive(Debug, Clone)]
pub struct Config {
    /// Largest request body accepted, in bytes; larger ones get 413. Default 10 MiB, the
    /// pipeline's own limit for one document.
    pub max_body_bytes: usize,
    /// Request batches coded at once. Default: the number of cores, since coding is CPU-bound
    /// and more would only queue inside the OS scheduler.
    pub coding_threads: usize,
    /// Language for documents that name none; `None` detects it per document.
    pub default_lang: Option<Lang>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_body_bytes: dyad_pipeline::MAX_DOCUMENT_BYTES,
            coding_threads: std::thread::available_parallelism().map_or(2, |n| n.get()),
            default_lang: None,
        }
    }
}

/// What every handler shares.
pub(crate) struct AppState {
    pub(crate) pipeline: Arc<Pipeline>,
    pub(crate) db: db::Db,
    pub(crate) coding: tokio::sync::Semaphore,
    pub(crate) config: Config,
}

/// The HTTP server: routes over a pipeline and a store.
#[derive(Clone)]
pub struct Server {
    state: Arc<AppState>,
}

impl Server {
    /// A server coding with `pipeline` and storing into `store` (which becomes the one writer
    /// connection; readers are opened on the same file as needed).
    pub fn new(pipeline: Arc<Pipeline>, store: Store, config: Config) -> Server {
        Server {
            state: Arc::new(AppState {
                pipeline,
                db: db::Db::new(store),
                coding: tokio::sync::Semaphore::new(config.coding_threads.max(1)),
                config,
            }),
        }
    }

    /// Every route, for [`serve`](Server::serve) or for calling in tests without a socket.
    pub fn router(&self) -> Router {
        Router::new()
            .route("/", get(assets::index))
            .route("/assets/{file}", get(assets::file))
            .route("/openapi.json", get(assets::openapi))
            .route("/health", get(api::health))
            .route("/documents", axum::routing::post(api::post_documents))
            .route("/documents/{id}", get(api::document))
            .route("/events", get(api::events))
            .route("/dyads", get(api::dyads))
            .route("/actors", get(api::actors))
            .fallback(api::not_found)
            .layer(DefaultBodyLimit::max(self.state.config.max_body_bytes))
            .with_state(self.state.clone())
    }

    /// Serves connections on `listener` until `shutdown` completes, then stops accepting and
    /// lets requests in flight finish (an ingest in progress commits or rolls back whole).
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<()> {
        axum::serve(listener, self.router())
            .with_graceful_shutdown(shutdown)
            .await
            .map_err(|source| Error::Io {
                context: "serving".into(),
                source,
            })
    }
}

/// Binds `addr`, calls `on_ready` with the bound address (port 0 picks a free port), and serves
/// until SIGINT or SIGTERM; blocks, running its own tokio runtime.
pub fn run(addr: &str, server: Server, on_ready: impl FnOnce(SocketAddr)) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|source| Error::Io {
            context: "starting the runtime".into(),
            source,
        })?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| Error::Io {
                context: format!("binding {addr}"),
                source,
            })?;
        let local = listener.local_addr().map_err(|source| Error::Io {
            context: format!("binding {addr}"),
            source,
        })?;
        on_ready(local);
        server.serve(listener, shutdown_signal()).await
    })
}

/// Completes on SIGINT (Ctrl-C) or, on Unix, SIGTERM (what `kill` and service managers send).
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => tracing::info!("SIGINT: shutting down"),
        _ = term => tracing::info!("SIGTERM: shutting down"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// A server with no languages loaded (models live in the binary) on an in-memory store:
    /// enough for routing, errors and limits.
    async fn start(max_body_bytes: usize) -> SocketAddr {
        let store = Store::open_in_memory().unwrap();
        let config = Config {
            max_body_bytes,
            ..Config::default()
        };
        let server = Server::new(Arc::new(Pipeline::default()), store, config);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(server.serve(listener, std::future::pending()));
        addr
    }

    async fn call(addr: SocketAddr, method: &str, path: &str, body: &str) -> (u16, String) {
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        let req = format!(
            "{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        let _ = s.write_all(req.as_bytes()).await;
        let mut raw = String::new();
        s.read_to_string(&mut raw).await.unwrap();
        let status = raw.split_whitespace().nth(1).unwrap().parse().unwrap();
        let body = raw
            .split_once("\r\n\r\n")
            .map_or("", |(_, b)| b)
            .to_string();
        (status, body)
    }

    #[tokio::test]
    async fn the_openapi_paths_are_the_routes() {
        let addr = start(1 << 20).await;
        let spec: serde_json::Value = serde_json::from_str(assets::OPENAPI).unwrap();
        for (path, ops) in spec["paths"].as_object().unwrap() {
            for method in ops.as_object().unwrap().keys() {
                let url = path.replace("{id}", "absent");
                let (status, body) = call(addr, &method.to_uppercase(), &url, "{}").await;
                // Routed: anything but the fallback's "no route" (a missing document is a 404
                // of its own, an empty pipeline a 400).
                assert!(
                    !body.contains("no route"),
                    "{method} {path}: {status} {body}"
                );
            }
        }
        let (status, body) = call(addr, "GET", "/no/such/route", "").await;
        assert_eq!(status, 404);
        assert!(body.contains("no route"), "{body}");
    }

    #[tokio::test]
    async fn errors_answer_json_with_their_status() {
        let addr = start(1000).await;
        let (status, body) = call(addr, "GET", "/health", "").await;
        assert_eq!(status, 200, "{body}");
        let (status, body) = call(addr, "GET", "/documents/absent", "").await;
        assert_eq!(
            (status, body.contains("no document `absent`")),
            (404, true),
            "{body}"
        );
        let (status, body) =
            call(addr, "POST", "/documents", r#"{"text": "x", "lang": "en"}"#).await;
        assert_eq!(status, 400, "{body}");
        assert!(body.contains("no models for language en"), "{body}");
        let big = format!(r#"{{"text": "{}"}}"#, "x".repeat(2000));
        let (status, body) = call(addr, "POST", "/documents", &big).await;
        assert_eq!(status, 413, "{body}");
        assert!(body.contains("\"status\":413"), "{body}");
        let (status, body) = call(addr, "GET", "/events?from=soon", "").await;
        assert_eq!(status, 400, "{body}");
        assert!(body.contains("from"), "{body}");
    }
}
