//! [`Store`]: opening a database file and checking its consistency.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::{schema, Result};

/// How long a writer waits for another writer's transaction before giving up: long enough for
/// a batch of a few hundred documents on a slow disk.
pub(crate) const BUSY_TIMEOUT_MS: u64 = 30_000;

/// A connection to one dyad database file.
///
/// Open as many as you need on one file: each `Store` is one SQLite connection (`Send`, not
/// `Sync`). The server keeps one writer behind a mutex and opens readers per request or per
/// thread; the CLI opens one. Reads see the last committed transaction, never a half-written
/// document.
pub struct Store {
    pub(crate) conn: Connection,
    path: PathBuf,
}

/// One inconsistency found by [`Store::check`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The document concerned, if the problem is about one.
    pub doc_id: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl Store {
    /// Opens (creating when missing) the store at `path`, read-write.
    ///
    /// Fails with [`crate::Error::Incompatible`] when the file holds another schema version or
    /// is some other SQLite database.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let conn = Connection::open(&path)?;
        schema::prepare(&conn, &path, true)?;
        Ok(Store { conn, path })
    }

    /// Opens an existing store read-only: for readers beside a writer (the server's request
    /// handlers, `dyad query`), which then cannot take the write lock by mistake.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )?;
        schema::prepare(&conn, &path, false)?;
        Ok(Store { conn, path })
    }

    /// A private store in memory, gone when dropped: for tests and one-off runs.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let path = PathBuf::from(":memory:");
        schema::prepare(&conn, &path, true)?;
        Ok(Store { conn, path })
    }

    /// The file this store was opened on (`:memory:` for an in-memory store).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Checks the database: SQLite's `integrity_check`, and dyad's invariant that a document row
    /// exists exactly when all its rows do (its sentences and events number what the document row
    /// says, and no sentence, event, actor or band row belongs to a missing document). An empty
    /// list means consistent.
    pub fn check(&self) -> Result<Vec<Problem>> {
        let mut problems = Vec::new();
        let mut st = self.conn.prepare("PRAGMA integrity_check")?;
        let lines: Vec<String> = st
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<_>>()?;
        if lines != ["ok"] {
            for l in lines {
                problems.push(Problem {
                    doc_id: None,
                    message: format!("integrity_check: {l}"),
                });
            }
        }
        let mut st = self.conn.prepare(
            "SELECT d.id, d.n_sentences, d.n_events,
                    (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id),
                    (SELECT count(*) FROM events e WHERE e.doc_id = d.id)
             FROM documents d
             WHERE d.n_sentences != (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id)
                OR d.n_events != (SELECT count(*) FROM events e WHERE e.doc_id = d.id)",
        )?;
        let rows = st.query_map([], |r| {
            Ok(Problem {
                doc_id: Some(r.get(0)?),
                message: format!(
                    "expected {} sentences and {} events, found {} and {}",
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, i64>(4)?
                ),
            })
        })?;
        for p in rows {
            problems.push(p?);
        }
        for table in ["sentences", "events", "actors", "story_bands"] {
            let mut st = self.conn.prepare(&format!(
                "SELECT DISTINCT t.doc_id FROM {table} t
                 WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.doc_id)"
            ))?;
            let rows = st.query_map([], |r| r.get::<_, String>(0))?;
            for id in rows {
                problems.push(Problem {
                    doc_id: Some(id?),
                    message: format!("{table} rows without their document"),
                });
            }
        }
        Ok(problems)
    }
}
