//! Errors raised while loading dictionaries.

use std::path::PathBuf;

/// A dictionary that could not be read or understood.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be read (missing, unreadable, or not UTF-8).
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file being read.
        path: PathBuf,
        /// What the operating system reported.
        source: std::io::Error,
    },
    /// A line that fits none of the constructs of its format.
    #[error("{path}:{line}: {message}")]
    Syntax {
        /// The file (or the name a caller gave to in-memory text).
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What was found and what was expected.
        message: String,
    },
    /// A dyad dictionary file declaring a format version this build does not read.
    #[error("{path}: format version {found} is not supported (this build reads {supported:?})")]
    Incompatible {
        /// The file.
        path: PathBuf,
        /// The version its header declares.
        found: u32,
        /// The versions this build reads.
        supported: std::ops::RangeInclusive<u32>,
    },
}

/// Result alias for this crate.
pub type Result<T> = std::result::Result<T, Error>;
