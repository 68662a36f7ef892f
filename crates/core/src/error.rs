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
    /// A date that is not `YYYY-MM-DD` or not on the calendar.
    #[error("invalid date {0:?} (expected YYYY-MM-DD)")]
    InvalidDate(String),
    /// A language code dyad has no models for.
    #[error("unsupported language {0:?} (expected `en` or `es`)")]
    UnsupportedLang(String),
    /// A string that is not one of the CAMEO event codes (with leading zeros, 2 to 4 digits).
    #[error("unknown CAMEO event code {0:?} (expected a code of the CAMEO table, e.g. \"042\")")]
    UnknownCameoCode(String),
    /// A CAMEO actor code that is not a sequence of 3-character upper-case segments.
    #[error("malformed actor code {0:?} (expected 3-character segments of A-Z and 0-9, e.g. \"RUSGOV\")")]
    MalformedActorCode(String),
    /// A PLOVER event type outside PLOVER 2's sixteen.
    #[error("unknown PLOVER event type {0:?}")]
    UnknownPloverType(String),
    /// A PLOVER mode label PLOVER does not define.
    #[error("unknown PLOVER mode {0:?}")]
    UnknownPloverMode(String),
    /// A PLOVER context label PLOVER does not define.
    #[error("unknown PLOVER context {0:?}")]
    UnknownPloverContext(String),
}

/// Result alias for this crate.
pub type Result<T> = std::result::Result<T, Error>;
