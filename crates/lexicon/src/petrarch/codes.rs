//! Event codes as PETRARCH verb dictionaries write them inside `[...]`.

use std::fmt;

use dyad_core::CameoCode;

/// One event code from a verb dictionary.
///
/// Most codes are CAMEO codes and become a [`CameoCode`]. The rest are kept verbatim as
/// [`EventCode::Legacy`]: the validation suite is KEDS/WEIS-coded (`345`, `903`, `174K`, `+++`,
/// `###`), and the production files carry a few codes CAMEO does not define (`1952`, `080!`, and
/// the Spanish `90`). A coder can refuse, map or pass these through; it never sees them as CAMEO.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EventCode {
    /// A code of the CAMEO table.
    Cameo(CameoCode),
    /// Anything else, exactly as written.
    Legacy(Box<str>),
}

impl EventCode {
    /// Parses one code; never fails (unknown codes are [`EventCode::Legacy`]).
    pub fn parse(s: &str) -> EventCode {
        match s.parse::<CameoCode>() {
            Ok(c) => EventCode::Cameo(c),
            Err(_) => EventCode::Legacy(s.into()),
        }
    }

    /// The CAMEO code, if this is one.
    pub fn cameo(&self) -> Option<CameoCode> {
        match self {
            EventCode::Cameo(c) => Some(*c),
            EventCode::Legacy(_) => None,
        }
    }
}

impl fmt::Display for EventCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventCode::Cameo(c) => write!(f, "{c}"),
            EventCode::Legacy(s) => f.write_str(s),
        }
    }
}

/// The code of a verb block, verb or pattern: `[---]`, `[042]` or `[a:b]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VerbCode {
    /// `---`: matching this produces no event (PETRARCH's "null code").
    Null,
    /// One event, source to target.
    Event(EventCode),
    /// `[a:b]`: `a` for source→target and `b` for the reciprocal target→source event, as in
    /// `[042:043]` (the visitor makes a visit, the host hosts one). Either side may be empty
    /// (`[:110]`), meaning no event in that direction.
    Pair {
        /// Source → target.
        forward: Option<EventCode>,
        /// Target → source.
        reverse: Option<EventCode>,
    },
}

impl VerbCode {
    /// Parses the text between `[` and `]`. `None` when it is empty.
    pub fn parse(s: &str) -> Option<VerbCode> {
        let s = s.trim();
        if s.is_empty() {
            return None;
        }
        if s == "---" {
            return Some(VerbCode::Null);
        }
        if let Some((a, b)) = s.split_once(':') {
            let side = |x: &str| {
                let x = x.trim();
                (!x.is_empty() && x != "---").then(|| EventCode::parse(x))
            };
            return Some(VerbCode::Pair {
                forward: side(a),
                reverse: side(b),
            });
        }
        Some(VerbCode::Event(EventCode::parse(s)))
    }

    /// Every code mentioned, for audits (e.g. listing legacy codes).
    pub fn codes(&self) -> impl Iterator<Item = &EventCode> {
        let (a, b) = match self {
            VerbCode::Null => (None, None),
            VerbCode::Event(e) => (Some(e), None),
            VerbCode::Pair { forward, reverse } => (forward.as_ref(), reverse.as_ref()),
        };
        a.into_iter().chain(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(VerbCode::parse("---"), Some(VerbCode::Null));
        assert_eq!(VerbCode::parse(""), None);
        let c = VerbCode::parse("042").unwrap();
        assert_eq!(
            c.codes()
                .next()
                .and_then(EventCode::cameo)
                .unwrap()
                .as_str(),
            "042"
        );
        match VerbCode::parse(":110").unwrap() {
            VerbCode::Pair { forward, reverse } => {
                assert!(forward.is_none());
                assert_eq!(reverse.unwrap().to_string(), "110");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            VerbCode::parse("174K"),
            Some(VerbCode::Event(EventCode::Legacy("174K".into())))
        );
        assert_eq!(VerbCode::parse("042:043").unwrap().codes().count(), 2);
    }
}
