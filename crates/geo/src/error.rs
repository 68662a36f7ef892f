//! The crate's one error type.

/// What can go wrong loading a gazetteer or a language's place rules.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The gazetteer bytes are not a gzip stream.
    #[error("gazetteer is not valid gzip: {0}")]
    Gzip(#[from] std::io::Error),
    /// The gazetteer is not UTF-8.
    #[error("gazetteer is not UTF-8 text")]
    NotUtf8,
    /// The gazetteer was written in a format version this build does not read.
    #[error("gazetteer format {found} is not supported (this build reads {supported})")]
    Incompatible {
        /// The version in the file's header (0 when the header is missing).
        found: u32,
        /// The version this build reads.
        supported: u32,
    },
    /// A gazetteer or rules line that cannot be read.
    #[error("{source_name} line {line}: {message}")]
    Malformed {
        /// Which data: `gazetteer`, `rules en`, ...
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// What was expected.
        message: String,
    },
}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;
