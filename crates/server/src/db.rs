//! The store's connections: one writer behind a mutex, read-only readers in a pool.
//!
//! SQLite takes one writer at a time whatever we do; serializing writers here, rather than
//! letting connections wait on SQLite's busy timeout, keeps the wait in one visible queue and
//! never fails a request with "database is locked". Readers need no lock: in WAL mode each
//! read-only connection sees the last committed transaction while the writer works.
//! Every call is blocking and runs on tokio's blocking pool.
//!
//! One more thing readers must leave room for: SQLite can only restart its write-ahead log when
//! no reader is using it, and under steady writes with overlapping reads that moment never
//! comes, so the log grows without bound (measured: 1.1 GB of WAL beside a 50 MB database after
//! 10,000 posted documents with two clients querying throughout, and query p99 over 800 ms).
//! So every [`GATED_WRITE_EVERY`]th write runs with readers held back: its commit's automatic
//! checkpoint then copies the whole log into the database, and the next write starts the log
//! afresh. Readers wait at most one ingest transaction, and only that often.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError, RwLock};

use dyad_store::Store;

use crate::error::{Error, Result};

/// Readers kept open between requests; more may be open at a peak and are then closed.
const MAX_IDLE_READERS: usize = 8;

/// Writes between two writes with readers held back. An ingest of a short document adds some
/// ten pages to the log and SQLite checkpoints from 1,000 pages on, so 64 writes keep the log
/// within a few megabytes.
const GATED_WRITE_EVERY: u64 = 64;

pub(crate) struct Db {
    writer: Mutex<Store>,
    /// `None` for an in-memory store, which no second connection can see: reads then go
    /// through the writer.
    path: Option<PathBuf>,
    readers: Mutex<Vec<Store>>,
    /// Readers hold it shared for the length of a query; a gated write holds it alone.
    gate: RwLock<()>,
    writes: AtomicU64,
}

impl Db {
    pub(crate) fn new(store: Store) -> Db {
        let path =
            (store.path() != std::path::Path::new(":memory:")).then(|| store.path().to_path_buf());
        Db {
            writer: Mutex::new(store),
            path,
            readers: Mutex::new(Vec::new()),
            gate: RwLock::new(()),
            writes: AtomicU64::new(0),
        }
    }

    /// Runs `f` with the writer, alone.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let mut writer = lock(&self.writer);
        let n = self.writes.fetch_add(1, Ordering::Relaxed) + 1;
        // In memory there is no log, and readers share the writer's connection anyway.
        if self.path.is_some() && n.is_multiple_of(GATED_WRITE_EVERY) {
            let _alone = self.gate.write().unwrap_or_else(PoisonError::into_inner);
            return f(&mut writer);
        }
        f(&mut writer)
    }

    /// Runs `f` with a reader.
    pub(crate) fn read<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        let Some(path) = &self.path else {
            return f(&lock(&self.writer));
        };
        // Lock order: the gate, then the pool; a writer takes the writer, then the gate, and
        // readers of a file store never take the writer, so the two cannot wait on each other.
        let _shared = self.gate.read().unwrap_or_else(PoisonError::into_inner);
        let reader = lock(&self.readers).pop();
        let reader = match reader {
            Some(r) => r,
            None => Store::open_read_only(path)?,
        };
        let out = f(&reader);
        let mut idle = lock(&self.readers);
        if idle.len() < MAX_IDLE_READERS {
            idle.push(reader);
        }
        out
    }
}

/// A poisoned lock means a panic while holding it; the store's transactions roll back on
/// panic, so the connection itself is still sound and serving goes on.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Runs blocking `f` on tokio's blocking pool.
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::Internal(format!("worker task failed: {e}")))?
}
