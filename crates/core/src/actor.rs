//! CAMEO actor codes.
//!
//! CAMEO writes an actor as a sequence of 3-character segments: a primary code (a state, a
//! region, or a non-state kind such as `IGO`/`NGO`/`MNC`), then roles or sectors and, for
//! organizations, their own codes: `RUSGOV` (Russian government), `USAGOVMIL`, `IGOUNO` (the UN),
//! `NGOUSAHRI`, `IGOUNOREFHCR` (UNHCR). Religion codes in the CAMEO religious coding system
//! carry digit segments (`NGOCHRPRO360`), so segments are upper-case letters *or* digits.
//! The same segment can mean different things by position: `MUS` first is Mauritius (ISO),
//! later it is the religion code "Muslim"; the methods here read segments by position for that reason.

use std::fmt;
use std::str::FromStr;

use crate::actor_tables::{CAMEO_STATES, ISO_COUNTRIES, NON_STATE, REGIONS, SECTORS};
use crate::Error;

/// A well-formed CAMEO actor code: one or more 3-character segments of `A–Z` and `0–9`.
///
/// Segments are not required to be in the tables (organization codes like `UNO`, `ALQ` and
/// `WHO` are open-ended); what is checked is the shape, so a typo such as `ITHTV` or a
/// lower-case `pse` is rejected where it enters.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ActorCode(Box<str>);

/// What the primary segment of an actor code names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrimaryKind {
    /// An ISO 3166-1 state or territory, or a historical state CAMEO keeps (`USR`, `YUG`).
    State,
    /// A CAMEO region (`MEA`, `WST`).
    Region,
    /// A non-state kind (`IGO`, `NGO`, `IMG`, `MNC`, ...).
    NonState,
    /// A role or sector code used on its own (`GOV`, `REB`: an actor whose country is unknown).
    Sector,
    /// None of the above (a religion or ethnicity code, or an unlisted organization code).
    Other,
}

fn contains(table: &[&str], seg: &str) -> bool {
    table.binary_search(&seg).is_ok()
}

fn contains_pair(table: &[(&str, &str)], seg: &str) -> bool {
    table.binary_search_by(|(c, _)| (*c).cmp(seg)).is_ok()
}

/// Whether `seg` is a state code (ISO 3166-1 alpha-3 or a CAMEO historical state).
pub fn is_state_code(seg: &str) -> bool {
    contains(ISO_COUNTRIES, seg) || contains(CAMEO_STATES, seg)
}

/// Whether `seg` is a CAMEO region code.
pub fn is_region_code(seg: &str) -> bool {
    contains_pair(REGIONS, seg)
}

/// Whether `seg` is a known role/sector code (`GOV`, `MIL`, `REB`, ...).
pub fn is_sector_code(seg: &str) -> bool {
    contains_pair(SECTORS, seg)
}

/// A short English description of a role/sector code, if it is one.
pub fn sector_name(seg: &str) -> Option<&'static str> {
    SECTORS
        .binary_search_by(|(c, _)| (*c).cmp(seg))
        .ok()
        .map(|i| SECTORS[i].1)
}

/// The name of a CAMEO region code, if it is one.
pub fn region_name(seg: &str) -> Option<&'static str> {
    REGIONS
        .binary_search_by(|(c, _)| (*c).cmp(seg))
        .ok()
        .map(|i| REGIONS[i].1)
}

impl ActorCode {
    /// The code as written (`"RUSGOV"`).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The 3-character segments in order.
    pub fn segments(&self) -> impl Iterator<Item = &str> + '_ {
        // Construction guarantees ASCII and a length that is a multiple of 3.
        (0..self.0.len() / 3).map(move |i| &self.0[i * 3..i * 3 + 3])
    }

    /// The primary (first) segment.
    pub fn primary(&self) -> &str {
        &self.0[..3]
    }

    /// What the primary segment names.
    pub fn primary_kind(&self) -> PrimaryKind {
        let p = self.primary();
        if is_state_code(p) {
            PrimaryKind::State
        } else if is_region_code(p) {
            PrimaryKind::Region
        } else if contains_pair(NON_STATE, p) {
            PrimaryKind::NonState
        } else if is_sector_code(p) {
            PrimaryKind::Sector
        } else {
            PrimaryKind::Other
        }
    }

    /// The state the actor belongs to: the primary segment when it is a state, or the second
    /// segment of a non-state code located in a state (`NGOUSA…`, `MNCGBR…`). `None` for IGOs,
    /// regions and codes without a state.
    pub fn country(&self) -> Option<&str> {
        match self.primary_kind() {
            PrimaryKind::State => Some(self.primary()),
            PrimaryKind::NonState => self.segments().nth(1).filter(|s| is_state_code(s)),
            _ => None,
        }
    }

    /// The role/sector segments after the primary code (and after the state, for a
    /// non-state code located in one), in order: `USAGOVMIL` → `GOV`, `MIL`.
    /// A code that is itself a bare sector (`REB`) yields that sector.
    pub fn sectors(&self) -> impl Iterator<Item = &str> + '_ {
        let skip = match self.primary_kind() {
            PrimaryKind::Sector => 0,
            PrimaryKind::NonState if self.country().is_some() => 2,
            _ => 1,
        };
        self.segments().skip(skip).filter(|s| is_sector_code(s))
    }
}

impl FromStr for ActorCode {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let ok = !s.is_empty()
            && s.len() / 3 * 3 == s.len() // `is_multiple_of` needs Rust 1.87; the workspace MSRV is 1.80
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if ok {
            Ok(ActorCode(s.into()))
        } else {
            Err(Error::MalformedActorCode(s.to_string()))
        }
    }
}

impl fmt::Display for ActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for ActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ActorCode({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(s: &str) -> ActorCode {
        s.parse().unwrap()
    }

    #[test]
    fn tables_are_sorted_and_three_letters() {
        for t in [ISO_COUNTRIES, CAMEO_STATES] {
            assert!(t.windows(2).all(|w| w[0] < w[1]));
            assert!(t.iter().all(|c| c.len() == 3));
        }
        for t in [REGIONS, NON_STATE, SECTORS] {
            assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
            assert!(t.iter().all(|(c, _)| c.len() == 3));
        }
        assert_eq!(ISO_COUNTRIES.len(), 249);
        // A historical state must not shadow a current ISO code.
        assert!(CAMEO_STATES.iter().all(|c| !contains(ISO_COUNTRIES, c)));
    }

    #[test]
    fn facts_from_the_issue() {
        let r = a("RUSGOV");
        assert_eq!(r.country(), Some("RUS"));
        assert_eq!(r.sectors().collect::<Vec<_>>(), ["GOV"]);
        let u = a("USAGOVMIL");
        assert_eq!(u.sectors().collect::<Vec<_>>(), ["GOV", "MIL"]);
        assert_eq!(u.segments().count(), 3);
    }

    #[test]
    fn non_state_and_regions() {
        let un = a("IGOUNO");
        assert_eq!(un.primary_kind(), PrimaryKind::NonState);
        assert_eq!(un.country(), None);
        assert_eq!(a("IGOUNOREFHCR").sectors().collect::<Vec<_>>(), ["REF"]);
        let ngo = a("NGOUSAHRI");
        assert_eq!(ngo.country(), Some("USA"));
        assert_eq!(ngo.sectors().collect::<Vec<_>>(), ["HRI"]);
        assert_eq!(a("MEA").primary_kind(), PrimaryKind::Region);
        assert_eq!(a("MEA").country(), None);
        assert_eq!(region_name("WST"), Some("the West"));
        assert_eq!(a("REB").sectors().collect::<Vec<_>>(), ["REB"]);
        assert_eq!(a("USR").country(), Some("USR"));
        assert_eq!(a("NGOCHRPRO360").segments().last(), Some("360"));
        assert_eq!(sector_name("COP"), Some("police"));
    }

    #[test]
    fn malformed_rejected() {
        for bad in [
            "",
            "RU",
            "RUSG",
            "pse",
            "ITHTV",
            "RUS GOV",
            "---",
            "ELR/GAL",
            "RUSGO\u{e9}",
        ] {
            assert!(bad.parse::<ActorCode>().is_err(), "{bad:?}");
        }
    }
}
