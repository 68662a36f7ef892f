//! The crate's one error type.

/// What can go wrong when building a [`crate::TimeTagger`] from language data.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A line of a language data file could not be read.
    #[error("time data line {line}: {message}: {text:?}")]
    Data {
        /// 1-based line number in the data file.
        line: usize,
        /// What was expected.
        message: String,
        /// The line as written.
        text: String,
    },
}

/// `Result` with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
