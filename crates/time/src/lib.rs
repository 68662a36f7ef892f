//! Temporal expressions in news sentences, resolved to calendar dates (issue 5).
#![deny(missing_docs)]
