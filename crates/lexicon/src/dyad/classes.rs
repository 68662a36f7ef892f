//! `kind=classes`: named word classes that patterns test with `@name`.
//!
//! ```text
//! class weapon
//!   term: missile | rocket | drone | artillery | bomb
//! class negator                  reserved: words that negate a predicate (`advmod`)
//!   term: not | n't | never
//! ```
//!
//! Terms are single lemmas: a pattern tests the head lemma of a dependent ("cluster bomb" is
//! a `bomb`). `@actor` and `@person` are built in and cannot be defined. The coder reads three
//! reserved classes when a lexicon defines them: `negator` and `pronoun` (personal pronouns
//! that, as the subject of an embedded clause, stand for the governing subject), and
//! `untargeted`, whose terms are CAMEO event codes (checked), not lemmas: the codes (and their
//! sub-codes) that may be coded without a target, as CAMEO codes a strike or a riot `---`.

use dyad_core::CameoCode;

use super::block::{items, unknown_field, At, Entry};
use crate::Result;

/// The reserved class whose terms are CAMEO event codes that need no target.
pub const UNTARGETED: &str = "untargeted";

/// The reserved class whose terms are CAMEO event codes that may be coded with an unknown
/// source (`---`).
pub const UNSOURCED: &str = "unsourced";

/// The reserved class whose terms are CAMEO event codes of acts two parties do together.
pub const RECIPROCAL: &str = "reciprocal";

/// A `class NAME` block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassEntry {
    /// The name, without `@`.
    pub name: String,
    /// Member lemmas, as written.
    pub terms: Vec<String>,
    /// Index of the file in [`super::DyadLexicon::files`].
    pub file: usize,
    /// Line of the header.
    pub line: usize,
}

pub(crate) fn parse(entries: &[Entry<'_>], file: usize, at: At<'_>) -> Result<Vec<ClassEntry>> {
    let mut out = Vec::new();
    for e in entries {
        if e.keyword != "class" {
            return Err(at.err(
                e.line,
                format!(
                    "{:?} does not start a class entry; expected `class NAME`",
                    e.keyword
                ),
            ));
        }
        let name = e.arg;
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        {
            return Err(at.err(
                e.line,
                format!("class name {name:?}: letters, digits, `-`, `_`"),
            ));
        }
        if name == "actor" || name == "person" {
            return Err(at.err(
                e.line,
                format!("@{name} is built in and cannot be redefined"),
            ));
        }
        let mut c = ClassEntry {
            name: name.to_string(),
            terms: Vec::new(),
            file,
            line: e.line,
        };
        for f in &e.fields {
            if f.key != "term" {
                return Err(unknown_field(f, "class", "term", at));
            }
            for t in items(f, at)? {
                if t.contains(char::is_whitespace) {
                    return Err(at.err(
                        f.line,
                        format!(
                            "class term {t:?} should be one lemma (patterns test a head lemma)"
                        ),
                    ));
                }
                if (name == UNTARGETED || name == UNSOURCED || name == RECIPROCAL)
                    && t.parse::<CameoCode>().is_err()
                {
                    return Err(at.err(
                        f.line,
                        format!(
                            "class {name}: {t:?} is not a CAMEO event code (write `14`, `145`, `0871`)"
                        ),
                    ));
                }
                c.terms.push(t.to_string());
            }
        }
        if c.terms.is_empty() {
            return Err(at.err(e.line, format!("class {name} has no `term:`")));
        }
        out.push(c);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dyad::block::read;
    use std::path::Path;

    fn parse_text(body: &str) -> Result<Vec<ClassEntry>> {
        let t = format!("dyad-lexicon version=1 kind=classes lang=en\n{body}");
        let at = At {
            path: Path::new("lexicon/en/classes.txt"),
        };
        let (_, e) = read(&t, at)?;
        parse(&e, 0, at)
    }

    #[test]
    fn untargeted_terms_are_cameo_codes() {
        let c = parse_text("class untargeted\n  term: 14 | 0871 | 20\n").unwrap();
        assert_eq!(c[0].terms, ["14", "0871", "20"]);
        // Only the reserved class is checked: elsewhere a term is a lemma.
        assert!(parse_text("class weapon\n  term: 14 | missile\n").is_ok());
    }

    #[test]
    fn untargeted_rejects_a_term_that_is_no_cameo_code() {
        // A lemma, a code without its leading zero, a code not in the table, a bare digit.
        for term in ["protest", "42", "099", "1"] {
            let body = format!("class untargeted\n  term: 14\n  term: 18 | {term}\n");
            let e = parse_text(&body).unwrap_err();
            match &e {
                crate::Error::Syntax { path, line, .. } => {
                    assert_eq!(path, Path::new("lexicon/en/classes.txt"), "{term}");
                    assert_eq!(*line, 4, "{term}");
                }
                other => panic!("{term}: {other:?}"),
            }
            let msg = e.to_string();
            assert!(msg.starts_with("lexicon/en/classes.txt:4: "), "{msg}");
            assert!(
                msg.contains(&format!("{term:?} is not a CAMEO event code")),
                "{msg}"
            );
        }
    }
}
