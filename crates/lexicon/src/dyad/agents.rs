//! `kind=agents`: role and sector nouns, grouped under the code they add to an actor.
//!
//! ```text
//! agent GOV                                  the code the terms add (`USA` + `GOV` = `USAGOV`)
//!   term: canciller | mandatario | ministro de Relaciones Exteriores
//!   kind: person                             optional: the terms name people (or `body`)
//! agent NGO                                  a non-state kind goes before the actor's code…
//!   term: organización humanitaria
//!   placement: prefix                        …by default; `placement:` says so explicitly
//! ```
//!
//! Terms are written in their dictionary form (singular; for Spanish, the masculine and the
//! feminine where both are used). Each word of a term matches a token by its form or by its
//! lemma, so plurals need no entry of their own ("cancilleres", "foreign ministers").

use dyad_core::{ActorCode, PrimaryKind};

use super::block::{items, unknown_field, words, At, Entry};
use crate::petrarch::agents::Placement;
use crate::Result;

/// What an agent's terms denote, when the dictionary says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgentKind {
    /// People: "minister", "soldado"; the `@person` class includes them.
    Person,
    /// Bodies and institutions: "army", "ministerio".
    Body,
}

/// One term of an agent block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The words, as written.
    pub words: Vec<String>,
    /// Line number.
    pub line: usize,
}

/// An `agent CODE` block.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentBlock {
    /// The code the terms add.
    pub code: ActorCode,
    /// Before or after the actor's code.
    pub placement: Placement,
    /// What the terms denote, if stated.
    pub kind: Option<AgentKind>,
    /// The terms, in file order.
    pub terms: Vec<Term>,
    /// Index of the file in [`super::DyadLexicon::files`].
    pub file: usize,
    /// Line of the header.
    pub line: usize,
}

/// CAMEO writes non-state kinds first (`NGO` + `USA` = `NGOUSA`) and roles after the state
/// (`USA` + `GOV`): the default placement follows the code's primary segment.
pub fn default_placement(code: &ActorCode) -> Placement {
    match code.primary_kind() {
        PrimaryKind::NonState => Placement::Prefix,
        _ => Placement::Suffix,
    }
}

pub(crate) fn parse(entries: &[Entry<'_>], file: usize, at: At<'_>) -> Result<Vec<AgentBlock>> {
    entries.iter().map(|e| block(e, file, at)).collect()
}

fn block(e: &Entry<'_>, file: usize, at: At<'_>) -> Result<AgentBlock> {
    if e.keyword != "agent" {
        return Err(at.err(
            e.line,
            format!(
                "{:?} does not start an agent entry; expected `agent CODE`",
                e.keyword
            ),
        ));
    }
    let code: ActorCode = e.arg.parse().map_err(|_| {
        at.err(
            e.line,
            format!(
                "{:?} is not a CAMEO actor code (GOV, MIL, GOVFRM, NGO)",
                e.arg
            ),
        )
    })?;
    let mut b = AgentBlock {
        placement: default_placement(&code),
        code,
        kind: None,
        terms: Vec::new(),
        file,
        line: e.line,
    };
    for f in &e.fields {
        match f.key {
            "term" => {
                for t in items(f, at)? {
                    b.terms.push(Term {
                        words: words(t),
                        line: f.line,
                    });
                }
            }
            "placement" => {
                b.placement = match f.value {
                    "prefix" => Placement::Prefix,
                    "suffix" => Placement::Suffix,
                    v => {
                        return Err(at.err(
                            f.line,
                            format!("placement {v:?}: expected `prefix` or `suffix`"),
                        ))
                    }
                }
            }
            "kind" => {
                b.kind = Some(match f.value {
                    "person" => AgentKind::Person,
                    "body" => AgentKind::Body,
                    v => {
                        return Err(
                            at.err(f.line, format!("kind {v:?}: expected `person` or `body`"))
                        )
                    }
                })
            }
            _ => return Err(unknown_field(f, "agent", "term, placement, kind", at)),
        }
    }
    if b.terms.is_empty() {
        return Err(at.err(e.line, format!("`agent {}` has no `term:`", e.arg)));
    }
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dyad::block::read;
    use std::path::Path;

    fn parse_text(body: &str) -> Result<Vec<AgentBlock>> {
        let t = format!("dyad-lexicon version=1 kind=agents lang=es\n{body}");
        let at = At {
            path: Path::new("agents.txt"),
        };
        let (_, e) = read(&t, at)?;
        parse(&e, 0, at)
    }

    #[test]
    fn terms_placement_kind() {
        let b = parse_text(
            "agent GOV\n  term: canciller | ministro de Relaciones Exteriores\n  kind: person\nagent NGO\n  term: organización humanitaria\nagent MIL\n  term: ejército\n  placement: prefix\n",
        )
        .unwrap();
        assert_eq!(
            b[0].terms[1].words,
            ["ministro", "de", "Relaciones", "Exteriores"]
        );
        assert_eq!(b[0].placement, Placement::Suffix);
        assert_eq!(b[0].kind, Some(AgentKind::Person));
        assert_eq!(b[1].placement, Placement::Prefix);
        assert_eq!(b[2].placement, Placement::Prefix);
    }

    #[test]
    fn errors() {
        for (body, line) in [
            ("agent gov\n  term: x\n", 2),
            ("agent GOV\n", 2),
            ("agent GOV\n  term: a || b\n", 3),
            ("agent GOV\n  term: a\n  placement: after\n", 4),
            ("agent GOV\n  term: a\n  kind: people\n", 4),
            ("agent GOV\n  word: a\n", 3),
            ("role GOV\n  term: a\n", 2),
        ] {
            match parse_text(body) {
                Err(crate::Error::Syntax { line: l, .. }) => assert_eq!(l, line, "{body:?}"),
                other => panic!("{body:?}: {other:?}"),
            }
        }
    }
}
