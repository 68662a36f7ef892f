//! The embedded SQLite store of coded documents (issue 6).
//!
//! Takes documents after the pipeline ([`IngestDoc`], built from a `Document` and its
//! `Processed` with [`IngestDoc::new`]) and keeps them in one SQLite file: the document text,
//! its sentences with byte spans, every actor mention, and every event of the `dyad code` JSONL
//! contract flattened into columns (plus the record itself, so what is read back is exactly what
//! was coded). On top: filtered event pages, dyad counts per day/week/month, actor counts, a
//! document view with spans, and exports (CSV, JSONL, Parquet, GDELT 2.0).
//!
//! Entry type: [`Store`]. One file may be opened by several `Store`s at once, in this process or
//! others: SQLite's WAL mode lets one writer and many readers work side by side, and a writer
//! waits (up to a busy timeout) for another. Each [`Store::ingest`] call is one transaction, so a
//! crash (`kill -9` included) leaves every document either fully stored or not at all.
//!
//! ```
//! use dyad_store::{EventFilter, IngestDoc, Page, Store};
//! let mut store = Store::open_in_memory()?;
//! let doc = IngestDoc::from_text("d1", "Rebels shelled the town.");
//! let summary = store.ingest(&[doc.clone()])?;
//! assert_eq!(summary.documents, 1);
//! store.ingest(&[doc])?; // coding a document again replaces it
//! assert_eq!(store.stats()?.documents, 1);
//! let events = store.events(&EventFilter::default(), Page::default())?;
//! assert!(events.is_empty()); // no coder ran: a document without events
//! # Ok::<(), dyad_store::Error>(())
//! ```
//!
//! Wire copies of one story (the same agency text in several outlets) are linked on ingest:
//! MinHash signatures over word shingles, banded into an LSH table, give every document a
//! `story_id` (the id of the first stored document whose text is ~80% the same), so counts can
//! be taken per story rather than per copy ([`DyadCount::stories`]).
//!
//! Not here: coding (the pipeline), reading input files and terminal output (the binary), HTTP
//! (the server).
#![deny(missing_docs)]

mod error;
mod export;
mod ingest;
mod query;
mod schema;
mod store;
mod story;

pub use error::{Error, Result};
pub use export::{ExportFormat, ExportSummary, FLAT_COLUMNS, GDELT_COLUMNS};
pub use ingest::{IngestDoc, IngestSummary, SentenceRow};
pub use query::{
    ActorCount, Bucket, DocumentSummary, DyadCount, EventFilter, Page, Stats, StoredDocument,
};
pub use schema::SCHEMA_VERSION;
pub use store::{Problem, Store};
pub use story::STORY_JACCARD;
