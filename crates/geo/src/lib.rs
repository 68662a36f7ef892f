//! The gazetteer and place resolution for news sentences (issue 5).
#![deny(missing_docs)]
