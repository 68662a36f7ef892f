//! Readers for PETRARCH/TABARI dictionaries, taken as they are.
//!
//! Users have years of work in these files, so every construct that occurs in the published
//! dictionaries (PETRARCH2's Phoenix set and validation suite, UniversalPetrarch's Spanish set)
//! is read into a typed structure. Lines that fit no construct fall in two groups:
//!
//! - a line this reader cannot interpret at all is an [`Error::Syntax`](crate::Error::Syntax)
//!   naming file and line; loading stops there;
//! - a line PETRARCH itself would read with a silent guess (a date with seven digits, text
//!   after the last code, a pattern with no `*`) is kept or dropped as documented on each loader
//!   and reported as a [`Warning`] with file and line. Nothing is skipped without a warning;
//!   callers that want strictness call [`Loaded::into_strict`].
//!
//! Shared lexical rules (from `PETRreader.read_FIN_line`): lines starting with `#` or `<!`
//! and blank lines are skipped; `#` starts a comment anywhere else (except inside `[...]`,
//! so the validation suite's `[###]` code survives); `<!-- ... -->` comments may span lines.

mod codes;
mod lines;

pub mod actors;
pub mod agents;
pub mod discards;
pub mod verbs;

pub use codes::{EventCode, VerbCode};

use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// Something in a dictionary that PETRARCH would have guessed about silently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file.
    pub path: PathBuf,
    /// 1-based line number.
    pub line: usize,
    /// What was found and what the loader did with it.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
    }
}

/// A loaded dictionary with the warnings raised while reading it.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    /// The dictionary.
    pub value: T,
    /// Every line the loader had to interpret generously, in file order.
    pub warnings: Vec<Warning>,
}

impl<T> Loaded<T> {
    /// The dictionary, or the first warning as an error.
    pub fn into_strict(self) -> Result<T> {
        match self.warnings.into_iter().next() {
            None => Ok(self.value),
            Some(w) => Err(Error::Syntax {
                path: w.path,
                line: w.line,
                message: w.message,
            }),
        }
    }
}

/// Per-file state shared by the loaders: the path for messages and the warnings so far.
pub(crate) struct Ctx {
    path: PathBuf,
    warnings: Vec<Warning>,
}

impl Ctx {
    pub(crate) fn new(path: &Path) -> Ctx {
        Ctx {
            path: path.to_path_buf(),
            warnings: Vec::new(),
        }
    }

    pub(crate) fn warn(&mut self, line: usize, message: impl Into<String>) {
        self.warnings.push(Warning {
            path: self.path.clone(),
            line,
            message: message.into(),
        });
    }

    pub(crate) fn error(&self, line: usize, message: impl Into<String>) -> Error {
        Error::Syntax {
            path: self.path.clone(),
            line,
            message: message.into(),
        }
    }

    pub(crate) fn finish<T>(self, value: T) -> Loaded<T> {
        Loaded {
            value,
            warnings: self.warnings,
        }
    }
}

/// Reads a whole dictionary file as UTF-8.
pub(crate) fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Splits a name written with `_` and spaces into its words, dropping empty pieces
/// (`ABDULLAH_ANSHORI__` → `ABDULLAH`, `ANSHORI`).
pub(crate) fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}
