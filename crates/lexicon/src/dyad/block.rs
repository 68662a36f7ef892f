//! The line grammar every dyad dictionary file shares: a header, then entries made of a
//! header line at column 0 and indented `key: value` fields.
//!
//! ```text
//! # comment                                  `#` starts a comment anywhere on a line
//! dyad-lexicon version=1 kind=actors lang=es  the first meaningful line
//! country USA                                 entry: keyword and argument, at column 0
//!   name: Estados Unidos | EE.UU.             field: indented `key: value`; `|` separates items
//! ```
//!
//! Why this shape: one entry is a few lines that a diff shows whole; every value is named by
//! its key, so nothing depends on column or position; `|` lists keep variant spellings of one
//! thing on one line, so adding a spelling is a one-line change.

use std::path::Path;

use dyad_core::Lang;

use crate::{Error, Result};

/// The dictionary format version this crate writes and reads.
///
/// History: 1 — first version (actors, agents, verbs, nouns, classes); the `descriptions`
/// kind was added within version 1 (a file of a new kind is new data, not a changed syntax:
/// older readers name the unknown kind and stop).
pub const FORMAT_VERSION: u32 = 1;

/// The oldest version this crate still reads.
pub const MIN_FORMAT_VERSION: u32 = 1;

/// The magic word that opens every dyad dictionary file.
pub const MAGIC: &str = "dyad-lexicon";

/// What a dictionary file holds (`kind=` in its header).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Countries, regions, organizations, people and other named actors.
    Actors,
    /// Role and sector nouns (agents).
    Agents,
    /// Verb patterns keyed by lemma.
    Verbs,
    /// Event nouns keyed by lemma, with their light verbs.
    Nouns,
    /// Named word classes used by patterns (`@weapon`).
    Classes,
    /// Words that name a state by description ("the Gulf kingdom").
    Descriptions,
}

impl Kind {
    /// The name used in headers.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Actors => "actors",
            Kind::Agents => "agents",
            Kind::Verbs => "verbs",
            Kind::Nouns => "nouns",
            Kind::Classes => "classes",
            Kind::Descriptions => "descriptions",
        }
    }

    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "actors" => Kind::Actors,
            "agents" => Kind::Agents,
            "verbs" => Kind::Verbs,
            "nouns" => Kind::Nouns,
            "classes" => Kind::Classes,
            "descriptions" => Kind::Descriptions,
            _ => return None,
        })
    }
}

/// The header of a dictionary file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// The format version the file declares.
    pub version: u32,
    /// What the file holds.
    pub kind: Kind,
    /// The language of its words.
    pub lang: Lang,
}

/// An indented `key: value` line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Field<'a> {
    pub key: &'a str,
    pub value: &'a str,
    pub line: usize,
}

/// An entry: its header line's keyword and argument, and its fields.
#[derive(Debug, Clone)]
pub(crate) struct Entry<'a> {
    pub keyword: &'a str,
    pub arg: &'a str,
    pub line: usize,
    pub fields: Vec<Field<'a>>,
}

/// Errors of one file, naming it.
#[derive(Clone, Copy)]
pub(crate) struct At<'p> {
    pub path: &'p Path,
}

impl At<'_> {
    pub fn err(&self, line: usize, message: impl Into<String>) -> Error {
        Error::Syntax {
            path: self.path.to_path_buf(),
            line,
            message: message.into(),
        }
    }
}

/// Splits a file into its header and entries.
pub(crate) fn read<'a>(text: &'a str, at: At<'_>) -> Result<(Header, Vec<Entry<'a>>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut header = None;
    let mut entries: Vec<Entry<'a>> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let no = i + 1;
        let s = raw.find('#').map_or(raw, |k| &raw[..k]);
        if s.trim().is_empty() {
            continue;
        }
        if header.is_none() {
            header = Some(parse_header(s.trim(), no, at)?);
            continue;
        }
        if s.starts_with(char::is_whitespace) {
            let t = s.trim();
            let Some(e) = entries.last_mut() else {
                return Err(at.err(no, format!("indented line {t:?} before any entry")));
            };
            let Some((key, value)) = t.split_once(':') else {
                return Err(at.err(no, format!("expected `key: value`, found {t:?}")));
            };
            let key = key.trim();
            if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                return Err(at.err(
                    no,
                    format!("expected a lower-case field name before `:`, found {key:?}"),
                ));
            }
            let value = value.trim();
            if value.is_empty() {
                return Err(at.err(no, format!("field `{key}` has no value")));
            }
            e.fields.push(Field {
                key,
                value,
                line: no,
            });
        } else {
            let t = s.trim();
            let (keyword, arg) = match t.split_once(char::is_whitespace) {
                Some((k, a)) => (k, a.trim()),
                None => (t, ""),
            };
            entries.push(Entry {
                keyword,
                arg,
                line: no,
                fields: Vec::new(),
            });
        }
    }
    let Some(h) = header else {
        return Err(at.err(
            1,
            format!("empty file: expected the header `{MAGIC} version={FORMAT_VERSION} kind=... lang=...`"),
        ));
    };
    Ok((h, entries))
}

fn parse_header(t: &str, no: usize, at: At<'_>) -> Result<Header> {
    let expected = format!(
        "{MAGIC} version={FORMAT_VERSION} kind=<actors|agents|verbs|nouns|classes> lang=<en|es>"
    );
    let mut parts = t.split_whitespace();
    if parts.next() != Some(MAGIC) {
        return Err(at.err(no, format!("expected the header `{expected}`, found {t:?}")));
    }
    let (mut version, mut kind, mut lang) = (None, None, None);
    for p in parts {
        let Some((k, v)) = p.split_once('=') else {
            return Err(at.err(no, format!("header item {p:?} is not `key=value`")));
        };
        match k {
            "version" => {
                let n: u32 = v
                    .parse()
                    .map_err(|_| at.err(no, format!("version {v:?} is not a number")))?;
                if !(MIN_FORMAT_VERSION..=FORMAT_VERSION).contains(&n) {
                    return Err(Error::Incompatible {
                        path: at.path.to_path_buf(),
                        found: n,
                        supported: MIN_FORMAT_VERSION..=FORMAT_VERSION,
                    });
                }
                version = Some(n);
            }
            "kind" => {
                kind = Some(Kind::parse(v).ok_or_else(|| {
                    at.err(
                        no,
                        format!("kind {v:?} is not one of actors, agents, verbs, nouns, classes, descriptions"),
                    )
                })?);
            }
            "lang" => {
                lang = Some(v.parse::<Lang>().map_err(|_| {
                    at.err(
                        no,
                        format!("lang {v:?} is not a supported language (en, es)"),
                    )
                })?);
            }
            _ => {
                return Err(at.err(
                    no,
                    format!("unknown header key {k:?}; expected version, kind, lang"),
                ))
            }
        }
    }
    match (version, kind, lang) {
        (Some(version), Some(kind), Some(lang)) => Ok(Header {
            version,
            kind,
            lang,
        }),
        _ => Err(at.err(
            no,
            format!("header lacks version, kind or lang: expected `{expected}`"),
        )),
    }
}

/// Splits a `|` list into trimmed items; an empty item is an error.
pub(crate) fn items<'a>(f: &Field<'a>, at: At<'_>) -> Result<Vec<&'a str>> {
    let out: Vec<&str> = f.value.split('|').map(str::trim).collect();
    if out.iter().any(|s| s.is_empty()) {
        return Err(at.err(
            f.line,
            format!("empty item in `{}: {}` (stray `|`?)", f.key, f.value),
        ));
    }
    Ok(out)
}

/// The words of a name or phrase, as written (split on whitespace).
pub(crate) fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

/// The error for a field an entry kind does not take.
pub(crate) fn unknown_field(f: &Field<'_>, entry: &str, expected: &str, at: At<'_>) -> Error {
    at.err(
        f.line,
        format!(
            "`{}` is not a field of `{entry}`; expected one of: {expected}",
            f.key
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> At<'static> {
        At {
            path: Path::new("x.txt"),
        }
    }

    #[test]
    fn header_entries_fields_comments() {
        let t = "\u{feff}# top\n\ndyad-lexicon version=1 kind=actors lang=es # h\ncountry USA # c\n  name: Estados Unidos | EE.UU.\n\n\tdemonym: estadounidense\nperson Ana\n";
        let (h, e) = read(t, at()).unwrap();
        assert_eq!((h.kind, h.lang, h.version), (Kind::Actors, Lang::Es, 1));
        assert_eq!(e.len(), 2);
        assert_eq!((e[0].keyword, e[0].arg, e[0].line), ("country", "USA", 4));
        assert_eq!(e[0].fields.len(), 2);
        assert_eq!(e[0].fields[1].line, 7);
        assert_eq!(
            items(&e[0].fields[0], at()).unwrap(),
            ["Estados Unidos", "EE.UU."]
        );
    }

    #[test]
    fn bad_lines_name_their_line() {
        let cases = [
            ("", 1),
            ("country USA\n", 1),
            ("dyad-lexicon version=1 kind=actors\n", 1),
            ("dyad-lexicon version=1 kind=people lang=en\n", 1),
            ("dyad-lexicon version=1 kind=actors lang=fr\n", 1),
            ("dyad-lexicon version=1 kind=actors lang=en\n  name: X\n", 2),
            (
                "dyad-lexicon version=1 kind=actors lang=en\nactor USA\n  name X\n",
                3,
            ),
            (
                "dyad-lexicon version=1 kind=actors lang=en\nactor USA\n  Name: X\n",
                3,
            ),
            (
                "dyad-lexicon version=1 kind=actors lang=en\nactor USA\n  name:   # none\n",
                3,
            ),
        ];
        for (t, line) in cases {
            match read(t, at()) {
                Err(Error::Syntax { line: l, path, .. }) => {
                    assert_eq!((l, path.as_path()), (line, Path::new("x.txt")), "{t:?}")
                }
                other => panic!("{t:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn newer_version_is_incompatible() {
        match read("dyad-lexicon version=9 kind=verbs lang=en\n", at()) {
            Err(Error::Incompatible {
                found: 9,
                supported,
                ..
            }) => {
                assert_eq!(supported, 1..=1)
            }
            other => panic!("{other:?}"),
        }
    }
}
