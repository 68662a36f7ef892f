//! `kind=descriptions`: words that name a state by what it is, not by its name ("the Gulf
//! kingdom", "the island nation", "el país andino"), and which states each word fits.
//!
//! ```text
//! noun *                          the head noun of a description; `*`: any state fits
//!   term: country | nation
//! noun SAU BHR JOR MAR GBR ESP    the states the noun fits
//!   term: kingdom | monarchy
//! modifier SAU ARE QAT KWT BHR OMN
//!   term: Gulf | Gulf Arab        a modifier of the noun (one or more words)
//! ```
//!
//! Why the coder wants this: news names a country once and then describes it, and the actor
//! behind "the Gulf kingdom's foreign minister" is lost without it. A description alone is
//! ambiguous by nature (two Gulf kingdoms), so the coder resolves one only from the document:
//! when exactly one state it has already met fits every word of the description
//! (`dyad_events`). Terms match lower-cased lemmas of the noun and the words of its modifiers.

use dyad_core::is_state_code;

use super::block::{items, unknown_field, At, Entry};
use crate::Result;

/// Whether a term names the description's head noun or a modifier of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DescriptionPart {
    /// `noun`: the head of the phrase ("kingdom", "país").
    Noun,
    /// `modifier`: an adjective or noun modifying it ("Gulf", "andino").
    Modifier,
}

/// One `noun` or `modifier` block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescriptionEntry {
    /// Noun or modifier.
    pub part: DescriptionPart,
    /// The states the terms fit (ISO/CAMEO state codes); `None` for `*`, any state.
    pub states: Option<Vec<String>>,
    /// The terms, lower-cased; a term may have several words.
    pub terms: Vec<String>,
    /// Index of the file in [`super::DyadLexicon::files`].
    pub file: usize,
    /// Line of the header.
    pub line: usize,
}

pub(crate) fn parse(
    entries: &[Entry<'_>],
    file: usize,
    at: At<'_>,
) -> Result<Vec<DescriptionEntry>> {
    let mut out = Vec::new();
    for e in entries {
        let part = match e.keyword {
            "noun" => DescriptionPart::Noun,
            "modifier" => DescriptionPart::Modifier,
            other => {
                return Err(at.err(
                    e.line,
                    format!(
                        "{other:?} does not start a description entry; expected noun or modifier"
                    ),
                ))
            }
        };
        let states = match e.arg.trim() {
            "" => {
                return Err(at.err(
                    e.line,
                    format!("`{}` needs the state codes it fits, or `*`", e.keyword),
                ))
            }
            "*" => None,
            codes => {
                let mut v = Vec::new();
                for c in codes.split_whitespace() {
                    if !is_state_code(c) {
                        return Err(at.err(
                            e.line,
                            format!("{c:?} is not a state code of CAMEO's tables"),
                        ));
                    }
                    v.push(c.to_string());
                }
                Some(v)
            }
        };
        let mut d = DescriptionEntry {
            part,
            states,
            terms: Vec::new(),
            file,
            line: e.line,
        };
        for f in &e.fields {
            if f.key != "term" {
                return Err(unknown_field(f, e.keyword, "term", at));
            }
            for t in items(f, at)? {
                if part == DescriptionPart::Noun && t.contains(char::is_whitespace) {
                    return Err(at.err(
                        f.line,
                        format!("noun term {t:?} should be one lemma (the phrase's head)"),
                    ));
                }
                d.terms.push(t.to_lowercase());
            }
        }
        if d.terms.is_empty() {
            return Err(at.err(e.line, format!("`{}` has no `term:`", e.keyword)));
        }
        out.push(d);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dyad::block::read;
    use std::path::Path;

    fn parse_text(body: &str) -> Result<Vec<DescriptionEntry>> {
        let t = format!("dyad-lexicon version=1 kind=descriptions lang=en\n{body}");
        let at = At {
            path: Path::new("lexicon/en/descriptions.txt"),
        };
        let (_, e) = read(&t, at)?;
        parse(&e, 0, at)
    }

    #[test]
    fn nouns_and_modifiers_with_their_states() {
        let d = parse_text(
            "noun *\n  term: country | Nation\nmodifier SAU BHR\n  term: Gulf | Gulf Arab\n",
        )
        .unwrap();
        assert_eq!(d[0].part, DescriptionPart::Noun);
        assert_eq!(d[0].states, None);
        assert_eq!(d[0].terms, ["country", "nation"]);
        assert_eq!(d[1].part, DescriptionPart::Modifier);
        assert_eq!(
            d[1].states.as_deref(),
            Some(&["SAU".into(), "BHR".into()][..])
        );
        assert_eq!(d[1].terms, ["gulf", "gulf arab"]);
    }

    #[test]
    fn bad_lines_are_named() {
        for (body, line, says) in [
            ("noun XXQ\n  term: kingdom\n", 2, "not a state code"),
            ("noun\n  term: kingdom\n", 2, "needs the state codes"),
            ("noun *\n  term: island nation\n", 3, "one lemma"),
            ("region *\n  term: x\n", 2, "expected noun or modifier"),
            ("noun *\n", 2, "no `term:`"),
        ] {
            let e = parse_text(body).unwrap_err().to_string();
            assert!(
                e.starts_with(&format!("lexicon/en/descriptions.txt:{line}: ")),
                "{body}: {e}"
            );
            assert!(e.contains(says), "{body}: {e}");
        }
    }
}
