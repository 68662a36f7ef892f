//! The crate's one error type.

/// What can go wrong when building a [`crate::Segmenter`] from language data.
///
/// Segmenting and normalizing never fail: every `&str` has an answer. Only reading language data
/// can, and then the error says where.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A line of a language data file that does not fit its section's format.
    #[error("{source_name}:{line}: {message}")]
    Data {
        /// Which data file (`en.txt`, or the name the caller gave).
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// What was expected.
        message: String,
    },
}

/// Result alias for this crate.
pub type Result<T> = std::result::Result<T, Error>;
