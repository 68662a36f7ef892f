//! CAMEO event codes.
//!
//! A [`CameoCode`] is an index into the generated table (`cameo_table.rs`, from GDELT's public
//! lookup tables), so it is `Copy`, two bytes, and can only name a code CAMEO defines. Names,
//! Goldstein values and the PLOVER mapping are read from the table, never recomputed from the
//! digits; only the hierarchy (root, parent) follows from the digits, because CAMEO defines it so.

use std::fmt;
use std::str::FromStr;

use crate::cameo_table::{Row, ROWS};
use crate::plover::PloverCoding;
use crate::Error;

/// A known CAMEO event code: `"01"` (cue category) to `"2042"`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CameoCode(u16);

/// GDELT's four-way grouping of CAMEO cue categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum QuadClass {
    /// Roots 01–05.
    VerbalCooperation = 1,
    /// Roots 06–09.
    MaterialCooperation = 2,
    /// Roots 10–14.
    VerbalConflict = 3,
    /// Roots 15–20.
    MaterialConflict = 4,
}

impl QuadClass {
    /// GDELT's number for the class, 1–4.
    pub fn number(self) -> u8 {
        self as u8
    }
}

impl CameoCode {
    fn row(self) -> &'static Row {
        // The index was produced by `from_str` from the same table.
        &ROWS[usize::from(self.0)]
    }

    /// Every CAMEO code, in code order.
    pub fn all() -> impl Iterator<Item = CameoCode> {
        (0..ROWS.len()).filter_map(|i| u16::try_from(i).ok().map(CameoCode))
    }

    /// The code as CAMEO writes it, with its leading zero (`"042"`).
    pub fn as_str(self) -> &'static str {
        self.row().code
    }

    /// GDELT's description (`"Make a visit"`); cue categories are upper case.
    pub fn name(self) -> &'static str {
        self.row().name
    }

    /// The Goldstein (1992) conflict-cooperation value as extended to CAMEO, in -10..=10.
    pub fn goldstein(self) -> f32 {
        self.row().goldstein
    }

    /// The 2-digit cue category this code belongs to (itself for a root).
    pub fn root(self) -> CameoCode {
        let s = self.as_str();
        lookup(&s[..2]).expect("invariant: every CAMEO code's root is in the table")
    }

    /// Whether this is a 2-digit cue category.
    pub fn is_root(self) -> bool {
        self.as_str().len() == 2
    }

    /// The code one level up (`0874` → `087`, `087` → `08`); `None` for a root.
    pub fn parent(self) -> Option<CameoCode> {
        let s = self.as_str();
        if s.len() == 2 {
            return None;
        }
        lookup(&s[..s.len() - 1])
    }

    /// The cue category number, 1–20.
    pub fn root_number(self) -> u8 {
        let s = self.as_str().as_bytes();
        (s[0] - b'0') * 10 + (s[1] - b'0')
    }

    /// GDELT's quad class of the cue category.
    pub fn quad_class(self) -> QuadClass {
        match self.root_number() {
            1..=5 => QuadClass::VerbalCooperation,
            6..=9 => QuadClass::MaterialCooperation,
            10..=14 => QuadClass::VerbalConflict,
            _ => QuadClass::MaterialConflict,
        }
    }

    /// The PLOVER coding of this code, falling back to the nearest ancestor the mapping
    /// covers (a 4-digit code absent from the mapping takes its 3-digit parent's coding).
    ///
    /// `None` for cue categories 01 (statements) and 02 (appeals), which PLOVER dropped.
    /// For root `08` the mapping lists both CONCEDE and RETREAT; the first (CONCEDE, which
    /// `080` also maps to) is kept, so use the 3-digit code when there is one.
    pub fn plover(self) -> Option<PloverCoding> {
        let mut code = Some(self);
        while let Some(c) = code {
            if let Some((event, mode, contexts)) = c.row().plover {
                return Some(PloverCoding {
                    event,
                    mode,
                    contexts,
                });
            }
            code = c.parent();
        }
        None
    }

    /// The PLOVER coding given for exactly this code, without falling back to a parent.
    pub fn plover_exact(self) -> Option<PloverCoding> {
        self.row()
            .plover
            .map(|(event, mode, contexts)| PloverCoding {
                event,
                mode,
                contexts,
            })
    }
}

fn lookup(s: &str) -> Option<CameoCode> {
    ROWS.binary_search_by(|r| r.code.cmp(s))
        .ok()
        .and_then(|i| u16::try_from(i).ok())
        .map(CameoCode)
}

impl FromStr for CameoCode {
    type Err = Error;
    /// Accepts exactly the codes of the CAMEO table, with their leading zeros (`"042"`, not `"42"`).
    fn from_str(s: &str) -> Result<Self, Error> {
        lookup(s).ok_or_else(|| Error::UnknownCameoCode(s.to_string()))
    }
}

impl fmt::Display for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CameoCode({})", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plover::{PloverMode, PloverType};

    fn c(s: &str) -> CameoCode {
        s.parse().unwrap()
    }

    #[test]
    fn every_row_parses_and_round_trips() {
        assert_eq!(ROWS.len(), 311);
        for (i, row) in ROWS.iter().enumerate() {
            let code = c(row.code);
            assert_eq!(usize::from(code.0), i);
            assert_eq!(code.as_str(), row.code);
            assert_eq!(code.to_string(), row.code);
            assert!((2..=4).contains(&row.code.len()));
            assert!((-10.0..=10.0).contains(&code.goldstein()));
            assert!(!code.name().is_empty());
            assert_eq!(code.root().as_str(), &row.code[..2]);
            if !code.is_root() {
                assert!(code.parent().is_some(), "{} has no parent", row.code);
            }
        }
        // Sorted, so binary search is valid.
        assert!(ROWS.windows(2).all(|w| w[0].code < w[1].code));
        assert_eq!(CameoCode::all().count(), 311);
    }

    #[test]
    fn facts_from_the_issue() {
        assert_eq!(c("042").quad_class(), QuadClass::VerbalCooperation);
        assert_eq!(c("042").quad_class().number(), 1);
        assert_eq!(c("190").quad_class().number(), 4);
        assert_eq!(c("0874").parent(), Some(c("087")));
        assert_eq!(c("087").parent(), Some(c("08")));
        assert_eq!(c("08").parent(), None);
        assert_eq!(c("190").goldstein(), -10.0);
        assert_eq!(c("1123").root(), c("11"));
        assert_eq!(c("1123").root_number(), 11);
        assert_eq!(c("06").quad_class(), QuadClass::MaterialCooperation);
        assert_eq!(c("14").quad_class(), QuadClass::VerbalConflict);
        assert_eq!(c("20").quad_class(), QuadClass::MaterialConflict);
        assert_eq!(c("044").name(), "Meet at a 'third' location");
    }

    #[test]
    fn unknown_codes_rejected() {
        for bad in [
            "", "0", "42", "000", "21", "099", "1952", "0425", "04a", "01234", "---",
        ] {
            assert!(bad.parse::<CameoCode>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn plover_mapping_with_fallback() {
        let p = c("042").plover().unwrap();
        assert_eq!(p.event, PloverType::Consult);
        assert_eq!(p.mode, Some(PloverMode::Visit));
        let p = c("0874").plover().unwrap();
        assert_eq!(
            (p.event, p.mode),
            (PloverType::Retreat, Some(PloverMode::Disarm))
        );
        assert_eq!(c("190").plover().unwrap().event, PloverType::Assault);
        assert_eq!(c("1123").plover().unwrap().mode, Some(PloverMode::Allege));
        // PLOVER dropped CAMEO 01 and 02.
        assert!(c("010").plover().is_none());
        assert!(c("0214").plover().is_none());
        // 163 (impose embargo) is COERCE in the mapping although it sits under SANCTION.
        assert_eq!(c("163").plover().unwrap().event, PloverType::Coerce);
        // Every code from 03 on has a coding, directly or through a parent.
        for code in CameoCode::all().filter(|c| c.root_number() >= 3) {
            assert!(code.plover().is_some(), "{code}");
        }
    }
}
