//! Why a store operation failed.

use std::path::PathBuf;

/// Everything the store can fail with. Callers match on it: the server maps
/// [`Error::Incompatible`] and [`Error::Busy`] to their own statuses, the CLI prints them.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file is a dyad store of a schema version this build cannot read (or not a dyad store
    /// at all: `found` is then 0 with other tables present).
    #[error("{path}: store schema version {found}, this dyad reads version {supported} (re-code into a new --db)")]
    Incompatible {
        /// The database file.
        path: PathBuf,
        /// The version written in the file.
        found: i64,
        /// The version this build writes and reads.
        supported: i64,
    },
    /// Another process held the write lock longer than the busy timeout.
    #[error("database is locked by another writer (waited {waited_ms} ms)")]
    Busy {
        /// How long we waited.
        waited_ms: u64,
    },
    /// A filter value that cannot be used (a malformed date, an unknown bucket).
    #[error("invalid filter {field}: {message}")]
    InvalidFilter {
        /// The filter field.
        field: &'static str,
        /// What was expected.
        message: String,
    },
    /// A stored event record that no longer parses (hand-edited or corrupted database).
    #[error("document {doc_id}: stored event record does not parse: {source}")]
    BadRecord {
        /// The document the record belongs to.
        doc_id: String,
        /// The JSON error.
        source: serde_json::Error,
    },
    /// SQLite itself failed (I/O, corruption, a file that is not a database).
    #[error("sqlite: {0}")]
    Sqlite(#[source] rusqlite::Error),
    /// Writing an export failed.
    #[error("writing export: {0}")]
    Io(#[from] std::io::Error),
    /// The Parquet writer refused the data.
    #[error("writing parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
}

impl From<rusqlite::Error> for Error {
    /// SQLite's "busy"/"locked" become [`Error::Busy`], so callers can tell "try again later"
    /// from a broken database without matching on SQLite's codes.
    fn from(e: rusqlite::Error) -> Error {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                Error::Busy {
                    waited_ms: crate::store::BUSY_TIMEOUT_MS,
                }
            }
            _ => Error::Sqlite(e),
        }
    }
}

/// Result alias for this crate.
pub type Result<T> = std::result::Result<T, Error>;
