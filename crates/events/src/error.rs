//! Errors of the event stage.

/// What can go wrong while coding or evaluating.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A dictionary could not be loaded.
    #[error(transparent)]
    Lexicon(#[from] dyad_lexicon::Error),
    /// The PETRARCH validation file is not shaped as expected.
    #[error("{source_name}:{line}: {message}")]
    Suite {
        /// The file (or the name given to in-memory text).
        source_name: String,
        /// 1-based line.
        line: usize,
        /// What was found and what was expected.
        message: String,
    },
    /// A dev-set file ([`crate::devsets`]) is not shaped as expected.
    #[error("{source_name}: {message}")]
    DevSet {
        /// The file (or the name given to in-memory text).
        source_name: String,
        /// What was found and what was expected, with the record.
        message: String,
    },
}

/// Result alias for this crate.
pub type Result<T> = std::result::Result<T, Error>;
