//! `dyad serve`: the HTTP API and the web page (issue 6).
#![deny(missing_docs)]
