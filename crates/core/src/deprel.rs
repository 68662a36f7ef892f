//! Universal dependency relations, with language-specific subtypes.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// The 37 universal relations of UD v2 (the part before any `:`).
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum UdRel {
    Acl,
    Advcl,
    Advmod,
    Amod,
    Appos,
    Aux,
    Case,
    Cc,
    Ccomp,
    Clf,
    Compound,
    Conj,
    Cop,
    Csubj,
    Dep,
    Det,
    Discourse,
    Dislocated,
    Expl,
    Fixed,
    Flat,
    Goeswith,
    Iobj,
    List,
    Mark,
    Nmod,
    Nsubj,
    Nummod,
    Obj,
    Obl,
    Orphan,
    Parataxis,
    Punct,
    Reparandum,
    Root,
    Vocative,
    Xcomp,
}

const NAMES: [&str; 37] = [
    "acl",
    "advcl",
    "advmod",
    "amod",
    "appos",
    "aux",
    "case",
    "cc",
    "ccomp",
    "clf",
    "compound",
    "conj",
    "cop",
    "csubj",
    "dep",
    "det",
    "discourse",
    "dislocated",
    "expl",
    "fixed",
    "flat",
    "goeswith",
    "iobj",
    "list",
    "mark",
    "nmod",
    "nsubj",
    "nummod",
    "obj",
    "obl",
    "orphan",
    "parataxis",
    "punct",
    "reparandum",
    "root",
    "vocative",
    "xcomp",
];

impl UdRel {
    /// The relation as UD writes it.
    pub fn as_str(self) -> &'static str {
        NAMES[self as usize]
    }
}

impl FromStr for UdRel {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        NAMES
            .iter()
            .position(|n| *n == s)
            // SAFETY-free: index is < 37 and the enum is dense repr(u8).
            .map(|i| ALL_RELS[i])
            .ok_or_else(|| Error::UnknownDepRel(s.to_string()))
    }
}

const ALL_RELS: [UdRel; 37] = [
    UdRel::Acl,
    UdRel::Advcl,
    UdRel::Advmod,
    UdRel::Amod,
    UdRel::Appos,
    UdRel::Aux,
    UdRel::Case,
    UdRel::Cc,
    UdRel::Ccomp,
    UdRel::Clf,
    UdRel::Compound,
    UdRel::Conj,
    UdRel::Cop,
    UdRel::Csubj,
    UdRel::Dep,
    UdRel::Det,
    UdRel::Discourse,
    UdRel::Dislocated,
    UdRel::Expl,
    UdRel::Fixed,
    UdRel::Flat,
    UdRel::Goeswith,
    UdRel::Iobj,
    UdRel::List,
    UdRel::Mark,
    UdRel::Nmod,
    UdRel::Nsubj,
    UdRel::Nummod,
    UdRel::Obj,
    UdRel::Obl,
    UdRel::Orphan,
    UdRel::Parataxis,
    UdRel::Punct,
    UdRel::Reparandum,
    UdRel::Root,
    UdRel::Vocative,
    UdRel::Xcomp,
];

/// A full dependency label: a universal relation plus an optional subtype (`nsubj:pass`,
/// `obl:agent`, `acl:relcl`).
///
/// The subtype is kept as text because treebanks define their own (`expl:pv` in Spanish,
/// `obl:tmod` in English); the universal part is an enum so the event coder can match on it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DepRel {
    base: UdRel,
    subtype: Option<Box<str>>,
}

impl DepRel {
    /// A relation without subtype.
    pub fn new(base: UdRel) -> Self {
        DepRel {
            base,
            subtype: None,
        }
    }

    /// The universal part.
    pub fn base(&self) -> UdRel {
        self.base
    }

    /// The subtype after `:`, if any.
    pub fn subtype(&self) -> Option<&str> {
        self.subtype.as_deref()
    }

    /// True for `base` with any or no subtype.
    pub fn is(&self, base: UdRel) -> bool {
        self.base == base
    }
}

impl FromStr for DepRel {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let (base, sub) = match s.split_once(':') {
            Some((b, sub)) => (b, Some(sub)),
            None => (s, None),
        };
        let base: UdRel = base
            .parse()
            .map_err(|_| Error::UnknownDepRel(s.to_string()))?;
        let subtype = match sub {
            Some(t) if !t.is_empty() && t.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') => {
                Some(t.into())
            }
            Some(_) => return Err(Error::UnknownDepRel(s.to_string())),
            None => None,
        };
        Ok(DepRel { base, subtype })
    }
}

impl fmt::Display for DepRel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.base.as_str())?;
        if let Some(t) = &self.subtype {
            write!(f, ":{t}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_enum_agree() {
        for (i, r) in ALL_RELS.iter().enumerate() {
            assert_eq!(*r as usize, i);
            assert_eq!(r.as_str().parse::<UdRel>().unwrap(), *r);
        }
    }

    #[test]
    fn subtypes_parse_and_print() {
        let r: DepRel = "obl:agent".parse().unwrap();
        assert!(r.is(UdRel::Obl));
        assert_eq!(r.to_string(), "obl:agent");
        assert!("nsubj:".parse::<DepRel>().is_err());
        assert!("subj".parse::<DepRel>().is_err());
    }
}
