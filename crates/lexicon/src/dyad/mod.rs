//! dyad's own dictionary format: plain UTF-8 text per language, one entry per line or small
//! indented block, every value named by its key. The specification, with the reasons for each
//! choice and its mapping to CAMEO and PETRARCH, is `docs/lexicon-format.md`.
//!
//! A lexicon directory holds `*.txt` files, each opening with a header that names its kind:
//!
//! ```text
//! dyad-lexicon version=1 kind=actors lang=es
//! country USA
//!   name: Estados Unidos | EE.UU.
//!   demonym: estadounidense | estadounidenses
//!   seat: Casa Blanca
//! ```
//!
//! [`DyadLexicon`] gathers the typed entries of every file of one language; [`load_dir`] reads
//! a directory. Every line that fits no construct is an [`crate::Error::Syntax`]
//! naming file and line: this format has no generous readings and no warnings, because it is
//! ours to keep clean. [`crate::Lexicon::from_dyad`] compiles a loaded lexicon.
//!
//! ```
//! use std::path::Path;
//! use dyad_lexicon::dyad::DyadLexicon;
//! let mut lex = DyadLexicon::default();
//! lex.add_text("dyad-lexicon version=1 kind=agents lang=es\nagent GOV\n  term: canciller\n",
//!     Path::new("agents.txt")).unwrap();
//! assert_eq!(lex.agents[0].code.as_str(), "GOV");
//! ```

mod block;

pub mod actors;
pub mod agents;
pub mod classes;
pub mod descriptions;
pub mod nouns;
pub mod pattern;
pub mod verbs;

pub use block::{Header, Kind, FORMAT_VERSION, MAGIC, MIN_FORMAT_VERSION};

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use dyad_core::Lang;

use crate::{Error, Result};
use actors::ActorBlock;
use agents::AgentBlock;
use block::At;
use classes::ClassEntry;
use descriptions::DescriptionEntry;
use pattern::Test;
use verbs::PredicateEntry;

/// Every entry of one language's dyad dictionaries, in load order.
#[derive(Debug, Clone, Default)]
pub struct DyadLexicon {
    /// The language, set by the first file added; every file must agree.
    pub lang: Option<Lang>,
    /// The files added, in order (entries refer to them by index).
    pub files: Vec<PathBuf>,
    /// Actor blocks.
    pub actors: Vec<ActorBlock>,
    /// Agent blocks.
    pub agents: Vec<AgentBlock>,
    /// Verb entries.
    pub verbs: Vec<PredicateEntry>,
    /// Event-noun entries.
    pub nouns: Vec<PredicateEntry>,
    /// Word classes.
    pub classes: Vec<ClassEntry>,
    /// Description nouns and modifiers.
    pub descriptions: Vec<DescriptionEntry>,
}

/// Reads every `*.txt` file of `dir` (sorted by name, so the order is the same on every
/// system), whatever kinds exist, and checks cross-file references ([`DyadLexicon::validate`]).
/// Other files are ignored; a `.txt` file without a dyad header is an error.
pub fn load_dir(dir: &Path) -> Result<DyadLexicon> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|e| e.map(|e| e.path()).map_err(io))
        .collect::<Result<Vec<_>>>()?;
    paths.retain(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    let mut lex = DyadLexicon::default();
    for p in &paths {
        lex.load_file(p)?;
    }
    lex.validate()?;
    Ok(lex)
}

impl DyadLexicon {
    /// Reads one file and adds its entries.
    pub fn load_file(&mut self, path: &Path) -> Result<Kind> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        self.add_text(&text, path)
    }

    /// Parses one file's text (`path` is used in messages) and adds its entries; returns its
    /// kind. A duplicate verb, noun or class is an error naming both places; unknown class
    /// references are checked by [`DyadLexicon::validate`] once every file is in.
    pub fn add_text(&mut self, text: &str, path: &Path) -> Result<Kind> {
        let at = At { path };
        let (h, entries) = block::read(text, at)?;
        match self.lang {
            Some(l) if l != h.lang => {
                return Err(at.err(
                    1,
                    format!("file is lang={} but this lexicon is lang={}", h.lang, l),
                ))
            }
            _ => self.lang = Some(h.lang),
        }
        let file = self.files.len();
        match h.kind {
            Kind::Actors => self.actors.extend(actors::parse(&entries, file, at)?),
            Kind::Agents => self.agents.extend(agents::parse(&entries, file, at)?),
            Kind::Verbs => {
                let v = verbs::parse(&entries, "verb", file, at)?;
                self.check_unique(&v, |l| &l.verbs, path)?;
                self.verbs.extend(v);
            }
            Kind::Nouns => {
                let v = nouns::parse(&entries, file, at)?;
                self.check_unique(&v, |l| &l.nouns, path)?;
                self.nouns.extend(v);
            }
            Kind::Descriptions => self
                .descriptions
                .extend(descriptions::parse(&entries, file, at)?),
            Kind::Classes => {
                let c = classes::parse(&entries, file, at)?;
                let mut seen: HashMap<&str, (usize, usize)> = self
                    .classes
                    .iter()
                    .map(|c| (c.name.as_str(), (c.file, c.line)))
                    .collect();
                for x in &c {
                    if let Some((f, l)) = seen.insert(&x.name, (file, x.line)) {
                        return Err(at.err(
                            x.line,
                            format!(
                                "class {} already defined at {}",
                                x.name,
                                self.place(f, l, path)
                            ),
                        ));
                    }
                }
                self.classes.extend(c);
            }
        }
        self.files.push(path.to_path_buf());
        Ok(h.kind)
    }

    fn place(&self, file: usize, line: usize, current: &Path) -> String {
        let p = self.files.get(file).map_or(current, PathBuf::as_path);
        format!("{}:{line}", p.display())
    }

    fn check_unique(
        &self,
        new: &[PredicateEntry],
        old: impl Fn(&DyadLexicon) -> &Vec<PredicateEntry>,
        path: &Path,
    ) -> Result<()> {
        let file = self.files.len();
        let mut seen: HashMap<&str, (usize, usize)> = old(self)
            .iter()
            .map(|e| (e.lemma.as_str(), (e.file, e.line)))
            .collect();
        for e in new {
            if let Some((f, l)) = seen.insert(&e.lemma, (file, e.line)) {
                return Err(Error::Syntax {
                    path: path.to_path_buf(),
                    line: e.line,
                    message: format!(
                        "{} is already defined at {}; keep all of a lemma's patterns in one entry",
                        e.lemma,
                        self.place(f, l, path)
                    ),
                });
            }
        }
        Ok(())
    }

    /// Checks what no single file can: every `@class` a pattern uses is defined.
    pub fn validate(&self) -> Result<()> {
        for e in self.verbs.iter().chain(&self.nouns) {
            for p in &e.patterns {
                for c in &p.conds {
                    for t in std::iter::once(&c.test).chain(&c.modifier) {
                        if let Test::Class(name) = t {
                            if !self.classes.iter().any(|k| k.name == *name) {
                                return Err(Error::Syntax {
                                path: self.files.get(e.file).cloned().unwrap_or_default(),
                                line: p.line,
                                message: format!(
                                    "@{name} is not a class of this lexicon (define it in a kind=classes file)"
                                ),
                            });
                            }
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_must_agree_and_duplicates_are_named() {
        let mut l = DyadLexicon::default();
        l.add_text(
            "dyad-lexicon version=1 kind=verbs lang=en\nverb visit\n  code: 042\n",
            Path::new("a.txt"),
        )
        .unwrap();
        let e = l
            .add_text(
                "dyad-lexicon version=1 kind=verbs lang=en\n\nverb visit\n  code: 043\n",
                Path::new("b.txt"),
            )
            .unwrap_err();
        assert_eq!(e.to_string(), "b.txt:3: visit is already defined at a.txt:2; keep all of a lemma's patterns in one entry");
        let e = l
            .add_text(
                "dyad-lexicon version=1 kind=agents lang=es\nagent GOV\n  term: canciller\n",
                Path::new("c.txt"),
            )
            .unwrap_err();
        assert!(e.to_string().starts_with("c.txt:1: file is lang=es"), "{e}");
    }

    #[test]
    fn unknown_class_found_by_validate() {
        let mut l = DyadLexicon::default();
        l.add_text(
            "dyad-lexicon version=1 kind=verbs lang=en\nverb fire\n  pattern: obj=@weapon => 190\n",
            Path::new("verbs.txt"),
        )
        .unwrap();
        let e = l.validate().unwrap_err();
        assert!(e.to_string().starts_with("verbs.txt:3: @weapon"), "{e}");
        l.add_text(
            "dyad-lexicon version=1 kind=classes lang=en\nclass weapon\n  term: missile\n",
            Path::new("classes.txt"),
        )
        .unwrap();
        l.validate().unwrap();
    }
}
