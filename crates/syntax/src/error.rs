//! Errors of the syntax stage.

/// What went wrong reading treebanks or models, or training.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A CoNLL-U line that does not follow the format; `line` is 1-based in the named source.
    #[error("{source_name}:{line}: {message}")]
    Conllu {
        /// File name or other label of the input.
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// What was expected.
        message: String,
    },
    /// A line of a harmonization rules file that does not parse; `line` is 1-based.
    #[error("{source_name}:{line}: {message}")]
    Rules {
        /// File name or other label of the rules.
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// What was expected.
        message: String,
    },
    /// A model file whose format version this build cannot read.
    #[error("incompatible model format version {found} (this build reads {supported})")]
    Incompatible {
        /// Version found in the file.
        found: u32,
        /// Versions this build reads.
        supported: String,
    },
    /// A model file that is truncated or not a dyad model.
    #[error("corrupt model: {0}")]
    CorruptModel(String),
    /// Training was asked for with data it cannot use.
    #[error("training: {0}")]
    Training(String),
    /// Reading or writing failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Result alias for this crate.
pub type Result<T> = std::result::Result<T, Error>;
