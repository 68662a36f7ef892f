//! The on-disk schema and its version.
//!
//! Version history (the number is SQLite's `PRAGMA user_version`, also kept in `meta`):
//! - 1: documents, sentences, actors, events, story_bands, meta.
//!
//! A file with another version is refused with [`Error::Incompatible`] rather than migrated
//! silently: re-coding is cheap next to a half-understood table.

use std::path::Path;

use rusqlite::Connection;

use crate::{Error, Result};

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: i64 = 1;

/// Tables and indexes. Every child row carries its `doc_id`, so one document's rows can be
/// replaced without touching another's; `documents.n_sentences`/`n_events` record how many
/// child rows a complete document has, which [`crate::Store::check`] verifies.
const DDL: &str = r#"
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    seq          INTEGER PRIMARY KEY,   -- first-ingest order; kept when a document is re-coded
    id           TEXT NOT NULL UNIQUE,
    title        TEXT,
    text         TEXT NOT NULL,         -- the analysed text (headline, blank line, body): spans point into it
    date         TEXT,
    lang         TEXT NOT NULL,
    source       TEXT,
    url          TEXT,
    content_hash TEXT NOT NULL,
    story_id     TEXT NOT NULL,
    minhash      BLOB NOT NULL,
    n_sentences  INTEGER NOT NULL,
    n_events     INTEGER NOT NULL,
    coded_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_story ON documents(story_id);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id TEXT NOT NULL,
    idx    INTEGER NOT NULL,
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    text   TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS actors (
    id       INTEGER PRIMARY KEY,
    doc_id   TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    code     TEXT NOT NULL,
    country  TEXT,
    sectors  TEXT NOT NULL,             -- ';'-joined
    name     TEXT,
    text     TEXT NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS actors_doc ON actors(doc_id);
CREATE INDEX IF NOT EXISTS actors_code ON actors(code);
CREATE TABLE IF NOT EXISTS events (
    id                    INTEGER PRIMARY KEY,
    doc_id                TEXT NOT NULL,
    ord                   INTEGER NOT NULL,  -- order within the document
    sentence_index        INTEGER NOT NULL,
    date                  TEXT,
    date_precision        TEXT NOT NULL,
    source_code           TEXT NOT NULL,
    source_country        TEXT,
    source_sectors        TEXT NOT NULL,
    source_name           TEXT,
    source_text           TEXT NOT NULL,
    source_start          INTEGER NOT NULL,
    source_end            INTEGER NOT NULL,
    target_code           TEXT,
    target_country        TEXT,
    target_sectors        TEXT,
    target_name           TEXT,
    target_text           TEXT,
    target_start          INTEGER,
    target_end            INTEGER,
    cameo                 TEXT NOT NULL,
    cameo_root            TEXT,
    quad_class            INTEGER,
    goldstein             REAL,
    plover_event          TEXT,
    plover_mode           TEXT,
    modality              TEXT NOT NULL,
    location_name         TEXT,
    location_country      TEXT,
    location_lat          REAL,
    location_lon          REAL,
    location_geonames_id  INTEGER,
    location_from         TEXT,
    location_start        INTEGER,
    location_end          INTEGER,
    trigger               TEXT NOT NULL,
    trigger_start         INTEGER NOT NULL,
    trigger_end           INTEGER NOT NULL,
    trigger_kind          TEXT NOT NULL,
    confidence            REAL NOT NULL,
    record                TEXT NOT NULL      -- the EventRecord as JSON: lossless read-back
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id, ord);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_source ON events(source_code);
CREATE INDEX IF NOT EXISTS events_target ON events(target_code);
CREATE INDEX IF NOT EXISTS events_source_country ON events(source_country);
CREATE INDEX IF NOT EXISTS events_target_country ON events(target_country);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);
CREATE TABLE IF NOT EXISTS story_bands (
    band   INTEGER NOT NULL,
    key    INTEGER NOT NULL,
    doc_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_bands_key ON story_bands(band, key);
CREATE INDEX IF NOT EXISTS story_bands_doc ON story_bands(doc_id);
"#;

/// Sets connection options and creates or checks the schema.
///
/// WAL lets readers go on while one writer writes; `synchronous = NORMAL` is WAL's documented
/// safe setting (a power cut may lose the last transactions, never corrupt the file); the busy
/// timeout makes a second writer wait instead of failing at once.
pub(crate) fn prepare(conn: &Connection, path: &Path, writable: bool) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_millis(
        crate::store::BUSY_TIMEOUT_MS,
    ))?;
    conn.pragma_update(None, "foreign_keys", false)?;
    if writable {
        // An in-memory database answers "memory"; a file answers "wal".
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
    }
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    match version {
        SCHEMA_VERSION => Ok(()),
        0 if writable => create(conn, path),
        // A reader cannot create the schema: an empty or foreign file is refused.
        found => Err(Error::Incompatible {
            path: path.to_path_buf(),
            found,
            supported: SCHEMA_VERSION,
        }),
    }
}

/// Creates the schema in one immediate transaction, so two processes opening a new file at
/// once cannot both create it; the loser sees the version and returns.
fn create(conn: &Connection, path: &Path) -> Result<()> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| -> Result<()> {
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        let tables: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )?;
        if version != 0 || tables != 0 {
            // Some other database: refuse rather than add our tables to it.
            return Err(Error::Incompatible {
                path: path.to_path_buf(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        conn.execute_batch(DDL)?;
        conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?1)",
            [SCHEMA_VERSION.to_string()],
        )?;
        conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        Ok(())
    })();
    match result {
        Ok(()) => conn.execute_batch("COMMIT")?,
        Err(_) => {
            let _ = conn.execute_batch("ROLLBACK");
        }
    }
    result
}
