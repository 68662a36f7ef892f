//! Why a document could not go through the pipeline.

use dyad_core::Lang;

/// A document-level failure: the batch records it (doc id, reason) and goes on.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The document's language has no models loaded.
    #[error("document {doc_id}: no models for language {lang}")]
    NoModels {
        /// The document.
        doc_id: String,
        /// Its language.
        lang: Lang,
    },
    /// The language could not be detected and none was given.
    #[error("document {doc_id}: language not detected (give `lang` or --lang)")]
    UnknownLanguage {
        /// The document.
        doc_id: String,
    },
    /// Nothing to analyse.
    #[error("document {doc_id}: empty text")]
    Empty {
        /// The document.
        doc_id: String,
    },
    /// Longer than the pipeline accepts.
    #[error("document {doc_id}: {bytes} bytes is over the {limit}-byte limit")]
    TooLong {
        /// The document.
        doc_id: String,
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
}

/// Result alias for this crate.
pub type Result<T> = std::result::Result<T, Error>;
