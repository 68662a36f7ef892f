//! Errors raised when text enters the typed model.

/// A value that does not fit one of the model's closed categories.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A UPOS tag outside the 17 of UD v2.
    #[error("unknown UPOS tag {0:?} (expected one of the 17 UD v2 tags)")]
    UnknownUpos(String),
    /// A dependency relation whose universal part is not one of UD v2's 37.
    #[error(
        "unknown dependency relation {0:?} (expected a UD v2 relation, optionally with :subtype)"
    )]
    UnknownDepRel(String),
    /// A feature string that is not `_` or `Name=Value|...`.
    #[error("malformed features {0:?} (expected `_` or `Name=Value|Name=Value`)")]
    MalformedFeats(String),
    /// A language code dyad has no models for.
    #[error("unsupported language {0:?} (expected `en` or `es`)")]
    UnsupportedLang(String),
}

/// Result alias for this crate.
pub type Result<T> = std::result::Result<T, Error>;
