//! PETRARCH discard lists (`*.discards.txt`): phrases that mark a sentence or a whole story as
//! not to be coded (sports, entertainment).
//!
//! ```text
//! BASEBALL            sentence-level: a sentence containing it is not coded
//! +WORLD_CUP_FINAL    story-level (`+`): the whole story is not coded
//! GROUP A_            trailing `_`: the last word must end there (otherwise it is a stem)
//! ```
//!
//! PETRARCH matches case-insensitively; words are stored upper-cased here. PETRARCH splits only
//! on spaces; `_` inside a phrase is read here as a space too, as in every other PETRARCH file.

use std::path::Path;

use super::lines::lines;
use super::{read, words, Ctx, Loaded};
use crate::Result;

/// How much text a discard phrase removes from coding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiscardScope {
    /// The sentence containing the phrase.
    Sentence,
    /// The whole story (`+` prefix).
    Story,
}

/// One discard phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Discard {
    /// Upper-cased words.
    pub words: Vec<String>,
    /// Sentence or story.
    pub scope: DiscardScope,
    /// The phrase ended in `_`: the last word must be whole, not a stem.
    pub exact: bool,
    /// Line number.
    pub line: usize,
}

/// A whole discard list.
#[derive(Debug, Clone, Default)]
pub struct DiscardList {
    /// Phrases in file order.
    pub entries: Vec<Discard>,
}

impl DiscardList {
    /// Reads a discard file.
    pub fn load(path: &Path) -> Result<Loaded<DiscardList>> {
        Self::parse(&read(path)?, path)
    }

    /// Parses discard text; `path` is used in messages only.
    pub fn parse(text: &str, path: &Path) -> Result<Loaded<DiscardList>> {
        let cx = Ctx::new(path);
        let mut d = DiscardList::default();
        for l in lines(text) {
            let t = l.text.trim();
            let (scope, body) = match t.strip_prefix('+') {
                Some(rest) => (DiscardScope::Story, rest.trim()),
                None => (DiscardScope::Sentence, t),
            };
            let w: Vec<String> = words(body).iter().map(|w| w.to_uppercase()).collect();
            if w.is_empty() {
                return Err(cx.error(l.no, "`+` without a phrase"));
            }
            d.entries.push(Discard {
                words: w,
                scope,
                exact: body.ends_with('_'),
                line: l.no,
            });
        }
        Ok(cx.finish(d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_and_exactness() {
        let t = "# sports\nCRICKET\n+Grand Prix   # story\nTEAM B_\n";
        let l = DiscardList::parse(t, Path::new("d")).unwrap();
        assert!(l.warnings.is_empty());
        let e = &l.value.entries;
        assert_eq!(e.len(), 3);
        assert_eq!(e[1].words, ["GRAND", "PRIX"]);
        assert_eq!(e[1].scope, DiscardScope::Story);
        assert!(e[2].exact && !e[0].exact);
        assert_eq!(e[2].line, 4);
        assert!(matches!(
            DiscardList::parse("A\n+\n", Path::new("d")),
            Err(crate::Error::Syntax { line: 2, .. })
        ));
    }
}
