//! The embedded SQLite store of coded documents (issue 6).
#![deny(missing_docs)]
