//! The server's one error type, and the one place errors become HTTP statuses.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

/// What can go wrong while answering a request, or while starting the server.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request cannot be read: malformed JSON, an unknown filter value, a document without
    /// text. The message says which part and why.
    #[error("{0}")]
    BadRequest(String),
    /// No such document (or other resource).
    #[error("{0}")]
    NotFound(String),
    /// The body is larger than the server accepts.
    #[error("request body over the limit of {limit} bytes")]
    PayloadTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The store failed.
    #[error("store: {0}")]
    Store(#[from] dyad_store::Error),
    /// Binding the address or serving connections failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A worker task died (a panic in coding or in the store): a bug, reported as a 500.
    #[error("internal error: {0}")]
    Internal(String),
}

/// `Result` with the server's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The HTTP status the error is answered with.
    pub fn status(&self) -> StatusCode {
        match self {
            Error::BadRequest(_) | Error::Store(dyad_store::Error::InvalidFilter { .. }) => {
                StatusCode::BAD_REQUEST
            }
            // Another process holds the database's write lock: worth retrying later.
            Error::Store(dyad_store::Error::Busy { .. }) => StatusCode::SERVICE_UNAVAILABLE,
            Error::NotFound(_) => StatusCode::NOT_FOUND,
            Error::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Error::Store(_) | Error::Io { .. } | Error::Internal(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }
}

/// Every error answers with its status and `{"error": message, "status": code}`, so that a
/// client always gets JSON it can show. Server-side failures are logged, since the client
/// cannot act on them.
impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!("{self}");
        }
        let body = serde_json::json!({ "error": self.to_string(), "status": status.as_u16() });
        (status, Json(body)).into_response()
    }
}
