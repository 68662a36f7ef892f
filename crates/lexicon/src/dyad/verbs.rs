//! `kind=verbs`: verb patterns keyed by lemma.
//!
//! ```text
//! verb visit                                  the lemma, as dyad's lemmatizer gives it
//!   code: 042 reverse 043                     the bare verb: subject visits object; the
//!                                             object hosts the subject (PETRARCH's [042:043])
//! verb pay
//!   pattern: obj=visit|call obl:to=target => 042     "paid a visit to Lima"
//!   pattern: obj=tribute obl:to=target => 057
//! verb call
//!   pattern: prt=off obj=@meeting => 164             "called off the talks"
//! verb fire
//!   pattern: obj=@weapon => 190                      "fired missiles at…"
//!   pattern: obj=@job => none                        "fired the coach": no event
//! ```
//!
//! One `verb` block per lemma in a lexicon (a second one is an error naming both lines), so
//! every pattern of a verb is reviewed together. Without `code:`, the bare verb codes nothing
//! (only its patterns do). Patterns are tried most specific first; see [`super::pattern`].

use super::block::{unknown_field, At, Entry};
use super::pattern::{parse_code, parse_pattern, Pattern};
use crate::petrarch::VerbCode;
use crate::Result;

/// A `verb LEMMA` or `noun LEMMA` block.
#[derive(Debug, Clone, PartialEq)]
pub struct PredicateEntry {
    /// The lemma, as written.
    pub lemma: String,
    /// The code of the bare predicate (`code:`); `None`: only patterns code.
    pub code: Option<VerbCode>,
    /// Patterns in file order.
    pub patterns: Vec<Pattern>,
    /// Nouns only: light verbs that make the noun an event with their subject as source
    /// ("pay a visit", "efectuar una visita", "hold talks").
    pub light: Vec<String>,
    /// Index of the file in [`super::DyadLexicon::files`].
    pub file: usize,
    /// Line of the header.
    pub line: usize,
}

/// Parses `verb` (or, with `noun`, event-noun) blocks.
pub(crate) fn parse(
    entries: &[Entry<'_>],
    keyword: &str,
    file: usize,
    at: At<'_>,
) -> Result<Vec<PredicateEntry>> {
    let fields = if keyword == "noun" {
        "code, pattern, light"
    } else {
        "code, pattern"
    };
    let mut out = Vec::with_capacity(entries.len());
    for e in entries {
        if e.keyword != keyword {
            return Err(at.err(
                e.line,
                format!(
                    "{:?} does not start an entry here; expected `{keyword} LEMMA`",
                    e.keyword
                ),
            ));
        }
        if e.arg.is_empty() || e.arg.contains(char::is_whitespace) {
            return Err(at.err(
                e.line,
                format!("`{keyword}` needs one lemma (particles and prepositions go in patterns: `prt=off`, `obl:with=target`), found {:?}", e.arg),
            ));
        }
        let mut p = PredicateEntry {
            lemma: e.arg.to_string(),
            code: None,
            patterns: Vec::new(),
            light: Vec::new(),
            file,
            line: e.line,
        };
        for f in &e.fields {
            match f.key {
                "code" if p.code.is_some() => {
                    return Err(at.err(f.line, "second `code:` in one entry"))
                }
                "code" => p.code = Some(parse_code(f.value, f.line, at)?),
                "pattern" => p.patterns.push(parse_pattern(f.value, f.line, at)?),
                "light" if keyword == "noun" => {
                    for l in super::block::items(f, at)? {
                        if l.contains(char::is_whitespace) {
                            return Err(
                                at.err(f.line, format!("light verb {l:?} should be one lemma"))
                            );
                        }
                        p.light.push(l.to_string());
                    }
                }
                _ => return Err(unknown_field(f, keyword, fields, at)),
            }
        }
        if p.code.is_none() && p.patterns.is_empty() {
            return Err(at.err(
                e.line,
                format!("`{keyword} {}` has neither `code:` nor `pattern:`", e.arg),
            ));
        }
        out.push(p);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dyad::block::read;
    use std::path::Path;

    fn parse_text(kind: &str, body: &str) -> Result<Vec<PredicateEntry>> {
        let t = format!("dyad-lexicon version=1 kind={kind}s lang=en\n{body}");
        let at = At {
            path: Path::new("v.txt"),
        };
        let (_, e) = read(&t, at)?;
        parse(&e, kind, 0, at)
    }

    #[test]
    fn verbs_and_nouns() {
        let v = parse_text(
            "verb",
            "verb visit\n  code: 042 reverse 043\nverb pay\n  pattern: obj=visit obl:to=target => 042\n",
        )
        .unwrap();
        assert_eq!(v.len(), 2);
        assert!(v[1].code.is_none());
        let n = parse_text("noun", "noun visit\n  code: 042\n  light: pay | make\n").unwrap();
        assert_eq!(n[0].light, ["pay", "make"]);
    }

    #[test]
    fn errors() {
        for (kind, body, line) in [
            ("verb", "verb give up\n  code: 070\n", 2),
            ("verb", "verb visit\n", 2),
            ("verb", "verb visit\n  code: 042\n  code: 043\n", 4),
            ("verb", "verb visit\n  light: pay\n", 3),
            ("verb", "noun visit\n  code: 042\n", 2),
            ("noun", "noun visit\n  code: 042\n  light: pay a\n", 4),
            ("verb", "verb visit\n  pattern: obj=x => 04x\n", 3),
        ] {
            match parse_text(kind, body) {
                Err(crate::Error::Syntax { line: l, .. }) => assert_eq!(l, line, "{body:?}"),
                other => panic!("{body:?}: {other:?}"),
            }
        }
    }
}
