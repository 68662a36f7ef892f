//! `kind=actors`: countries, regions, organizations, people and other named actors.
//!
//! ```text
//! country RUS                            a state: its code is the block's code
//!   name: Rusia | Federación de Rusia    names that stand for the state (RUS)
//!   demonym: ruso | rusa | rusos | rusas adjectives and nouns of nationality (RUS)
//!   shared-demonym: congoleño            a demonym another state owns too (see below)
//!   capital: Moscú                       the capital as metonym: the government (RUSGOV)
//!   seat: Kremlin                        seats of government: the government (RUSGOV)
//!   shared-seat: Palacio Nacional        a seat's name another state owns too (see below)
//!   city: San Petersburgo                other places in the state (RUS)
//! region LAM                             a CAMEO region (`name`, `demonym`)
//! org IGOUNO                             an organization or group (`name`, dated `code`)
//!   name: ONU | Naciones Unidas
//! person Vladímir Putin                  a person: the header is a name too
//!   name: Vladimir Putin | Putin
//!   code: RUSGOV 2000-05-07..2008-05-07  dated codes; `..` open at either end
//!   code: RUSELI                         an undated code applies outside every range
//!   office: head of state                what offices the person held (for coverage counts)
//! actor USAMIL                           any other actor with a fixed code
//!   name: Pentágono
//! actor none                             names known not to be actors
//!   name: Georgia Tech
//! ```
//!
//! A `shared-demonym:` is a demonym this state shares with another country block that lists it
//! as its own `demonym:` ("Congolese": both Congos; "Dominican": the Dominican Republic and
//! Dominica). The owner keeps it by default (the larger state, by convention); the coder
//! gives it to the sharing state in a story that has named that state and not the owner.
//! A `shared-seat:` is the same for the name of a seat of government that several states'
//! seats bear ("National Palace": Mexico's, Haiti's, the Dominican Republic's; "Palacio de
//! Gobierno": Peru's, Bolivia's); for a seat the whole sentence counts as the story so far
//! ("gangs attacked the National Palace in Port-au-Prince").
//!
//! Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial start date means its first day and a
//! partial end date its last, so `2012..2018` covers both whole years.

use dyad_core::{is_region_code, is_state_code, ActorCode};

use super::block::{items, unknown_field, words, At, Entry};
use crate::petrarch::actors::{CodeSpec, DatedCode, DictDate, Validity};
use crate::Result;

/// What an actor block describes (its keyword).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActorKind {
    /// `country`: a state or territory.
    Country,
    /// `region`: a CAMEO region or group of states.
    Region,
    /// `org`: an intergovernmental, non-governmental, armed or business organization.
    Org,
    /// `person`: a named person.
    Person,
    /// `actor`: anything else with a fixed code (or `none`).
    Other,
}

/// How a name stands for its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameRole {
    /// A proper name or alias (`name:`, and a person's header).
    Name,
    /// A demonym or nationality adjective (`demonym:`): "ruso", "Russian".
    Demonym,
    /// A capital standing for the government (`capital:`).
    Capital,
    /// A seat of government standing for the government (`seat:`): the Kremlin.
    Seat,
    /// Another place in the state (`city:`), standing for the state.
    City,
}

/// A kind of office a `person` held (`office:`), for coverage counts (`dyad lexicon stats`);
/// coding ignores it (the dated `code:` lines say what the person stands for, and when).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Office {
    /// `head of state`: president, monarch, supreme leader.
    HeadOfState,
    /// `head of government`: prime minister, chancellor, premier.
    HeadOfGovernment,
    /// `foreign minister` (secretary of state, foreign secretary, canciller).
    ForeignMinister,
    /// `defence minister` (also written `defense minister`).
    DefenceMinister,
    /// `organization leader`: the head of an international organization (UN, NATO, EU, AU…).
    OrganizationLeader,
    /// `armed group leader`: the leader of a non-state armed group.
    ArmedGroupLeader,
}

impl Office {
    /// Every office, in display order.
    pub const ALL: [Office; 6] = [
        Office::HeadOfState,
        Office::HeadOfGovernment,
        Office::ForeignMinister,
        Office::DefenceMinister,
        Office::OrganizationLeader,
        Office::ArmedGroupLeader,
    ];

    /// The name as written in `office:` lines (`head of state`).
    pub fn as_str(self) -> &'static str {
        match self {
            Office::HeadOfState => "head of state",
            Office::HeadOfGovernment => "head of government",
            Office::ForeignMinister => "foreign minister",
            Office::DefenceMinister => "defence minister",
            Office::OrganizationLeader => "organization leader",
            Office::ArmedGroupLeader => "armed group leader",
        }
    }

    fn parse(s: &str) -> Option<Office> {
        if s == "defense minister" {
            return Some(Office::DefenceMinister);
        }
        Office::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// One name of an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DyadName {
    /// The words as written (case and accents kept; matching upper-cases them).
    pub words: Vec<String>,
    /// How the name stands for the actor.
    pub role: NameRole,
    /// Written `=La Paz`: the name matches only where the text writes its capitalized words
    /// with their capitals, because in lower case it is an ordinary phrase ("la paz").
    pub cased: bool,
    /// Written as `shared-demonym:` or `shared-seat:`: another country owns this demonym or
    /// seat name too, and keeps it unless the story has named this country instead (see the
    /// module docs).
    pub shared: bool,
    /// Line number.
    pub line: usize,
}

/// One actor block.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorBlock {
    /// The keyword.
    pub kind: ActorKind,
    /// The header's argument: a code, `none`, or a person's display name.
    pub label: String,
    /// Every name, in file order.
    pub names: Vec<DyadName>,
    /// Codes with their validity: the header code (undated) first, then `code:` lines.
    /// `actor none` gives one [`CodeSpec::Null`].
    pub codes: Vec<DatedCode>,
    /// A person's offices (`office:` lines), in file order; empty for other kinds.
    pub offices: Vec<Office>,
    /// Index of the file in [`super::DyadLexicon::files`].
    pub file: usize,
    /// Line of the header.
    pub line: usize,
}

impl ActorBlock {
    /// The code that capitals and seats of government stand for: the state's code + `GOV`.
    pub fn government(&self) -> Option<ActorCode> {
        match (self.kind, self.codes.first().map(|c| &c.code)) {
            (ActorKind::Country, Some(CodeSpec::Code(c))) => format!("{c}GOV").parse().ok(),
            _ => None,
        }
    }
}

const FIELDS: &[(&str, &[&str])] = &[
    (
        "country",
        &[
            "name",
            "demonym",
            "shared-demonym",
            "capital",
            "seat",
            "shared-seat",
            "city",
        ],
    ),
    ("region", &["name", "demonym"]),
    ("org", &["name", "code"]),
    ("person", &["name", "code", "office"]),
    ("actor", &["name", "code"]),
];

pub(crate) fn parse(entries: &[Entry<'_>], file: usize, at: At<'_>) -> Result<Vec<ActorBlock>> {
    entries.iter().map(|e| block(e, file, at)).collect()
}

fn block(e: &Entry<'_>, file: usize, at: At<'_>) -> Result<ActorBlock> {
    let Some((_, allowed)) = FIELDS.iter().find(|(k, _)| *k == e.keyword) else {
        return Err(at.err(
            e.line,
            format!(
                "{:?} does not start an actor entry; expected country, region, org, person or actor",
                e.keyword
            ),
        ));
    };
    let kind = match e.keyword {
        "country" => ActorKind::Country,
        "region" => ActorKind::Region,
        "org" => ActorKind::Org,
        "person" => ActorKind::Person,
        _ => ActorKind::Other,
    };
    if e.arg.is_empty() {
        let what = if kind == ActorKind::Person {
            "a name"
        } else {
            "a code"
        };
        return Err(at.err(e.line, format!("`{}` needs {what}", e.keyword)));
    }
    let mut b = ActorBlock {
        kind,
        label: e.arg.to_string(),
        names: Vec::new(),
        codes: Vec::new(),
        offices: Vec::new(),
        file,
        line: e.line,
    };
    if kind == ActorKind::Person {
        b.names.push(DyadName {
            words: words(e.arg),
            role: NameRole::Name,
            cased: false,
            shared: false,
            line: e.line,
        });
    } else if kind == ActorKind::Other && e.arg == "none" {
        b.codes.push(DatedCode {
            code: CodeSpec::Null,
            validity: Validity::Always,
            line: e.line,
        });
    } else {
        let code = actor_code(e.arg, e.line, at)?;
        let ok = match kind {
            ActorKind::Country => code.as_str().len() == 3 && is_state_code(code.as_str()),
            ActorKind::Region => code.as_str().len() == 3 && is_region_code(code.as_str()),
            _ => true,
        };
        if !ok {
            return Err(at.err(
                e.line,
                format!(
                    "{code} is not a {} code of CAMEO's tables",
                    if kind == ActorKind::Country {
                        "state"
                    } else {
                        "region"
                    }
                ),
            ));
        }
        b.codes.push(DatedCode {
            code: CodeSpec::Code(code),
            validity: Validity::Always,
            line: e.line,
        });
    }
    for f in &e.fields {
        if !allowed.contains(&f.key) {
            return Err(unknown_field(f, e.keyword, &allowed.join(", "), at));
        }
        if f.key == "code" {
            b.codes.push(dated_code(f.value, f.line, at)?);
            continue;
        }
        if f.key == "office" {
            for o in items(f, at)? {
                let office = Office::parse(o).ok_or_else(|| {
                    at.err(
                        f.line,
                        format!(
                            "unknown office {o:?}; expected one of: {}",
                            Office::ALL.map(Office::as_str).join(", ")
                        ),
                    )
                })?;
                if !b.offices.contains(&office) {
                    b.offices.push(office);
                }
            }
            continue;
        }
        let role = match f.key {
            "demonym" | "shared-demonym" => NameRole::Demonym,
            "capital" => NameRole::Capital,
            "seat" | "shared-seat" => NameRole::Seat,
            "city" => NameRole::City,
            _ => NameRole::Name,
        };
        for n in items(f, at)? {
            let (n, cased) = match n.strip_prefix('=') {
                Some(rest) => (rest.trim(), true),
                None => (n, false),
            };
            if n.is_empty() {
                return Err(at.err(f.line, "`=` must be followed by a name".to_string()));
            }
            b.names.push(DyadName {
                words: words(n),
                role,
                cased,
                shared: matches!(f.key, "shared-demonym" | "shared-seat"),
                line: f.line,
            });
        }
    }
    if b.codes.is_empty() {
        return Err(at.err(e.line, format!("person {:?} has no `code:` line", e.arg)));
    }
    if b.names.is_empty() {
        return Err(at.err(
            e.line,
            format!("`{} {}` has no name to match", e.keyword, e.arg),
        ));
    }
    Ok(b)
}

fn actor_code(s: &str, line: usize, at: At<'_>) -> Result<ActorCode> {
    s.parse::<ActorCode>().map_err(|_| {
        at.err(
            line,
            format!("{s:?} is not a CAMEO actor code (3-character upper-case segments: RUS, RUSGOV, IGOUNO)"),
        )
    })
}

/// `CODE` or `CODE FROM..TO` (either end may be empty).
fn dated_code(v: &str, line: usize, at: At<'_>) -> Result<DatedCode> {
    let mut parts = v.split_whitespace();
    let code = actor_code(parts.next().unwrap_or(""), line, at)?;
    let validity = match (parts.next(), parts.next()) {
        (None, _) => Validity::Always,
        (Some(r), None) => range(r, line, at)?,
        (Some(_), Some(extra)) => {
            return Err(at.err(
                line,
                format!("unexpected {extra:?}: expected `CODE` or `CODE FROM..TO`"),
            ))
        }
    };
    Ok(DatedCode {
        code: CodeSpec::Code(code),
        validity,
        line,
    })
}

fn range(r: &str, line: usize, at: At<'_>) -> Result<Validity> {
    let Some((a, b)) = r.split_once("..") else {
        return Err(at.err(
            line,
            format!("date range {r:?} should be FROM..TO, FROM.. or ..TO (dates YYYY[-MM[-DD]])"),
        ));
    };
    let bad = |d: &str| {
        at.err(
            line,
            format!("{d:?} is not a date YYYY, YYYY-MM or YYYY-MM-DD"),
        )
    };
    let from = (!a.is_empty())
        .then(|| date(a, false).ok_or_else(|| bad(a)))
        .transpose()?;
    let to = (!b.is_empty())
        .then(|| date(b, true).ok_or_else(|| bad(b)))
        .transpose()?;
    Ok(match (from, to) {
        (Some(a), Some(b)) if a <= b => Validity::Between(a, b),
        (Some(_), Some(_)) => {
            return Err(at.err(line, format!("date range {r:?} ends before it starts")))
        }
        (Some(a), None) => Validity::From(a),
        (None, Some(b)) => Validity::Until(b),
        (None, None) => return Err(at.err(line, "empty date range `..`")),
    })
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial date is its first day, or its last when `end`.
fn date(s: &str, end: bool) -> Option<DictDate> {
    let mut p = s.split('-');
    let year_s = p.next()?;
    if year_s.len() != 4 {
        return None;
    }
    let year: u16 = year_s.parse().ok()?;
    let num = |x: Option<&str>| -> Option<Option<u8>> {
        match x {
            None => Some(None),
            Some(t) if t.len() == 2 => t.parse().ok().map(Some),
            Some(_) => None,
        }
    };
    let month = num(p.next())?;
    let day = num(p.next())?;
    if p.next().is_some() || (month.is_none() && day.is_some()) {
        return None;
    }
    let month_v = month.unwrap_or(if end { 12 } else { 1 });
    let day_v = day.unwrap_or(if end { 31 } else { 1 });
    ((1..=12).contains(&month_v) && (1..=31).contains(&day_v)).then_some(DictDate {
        year,
        month: month_v,
        day: day_v,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dyad::block::read;
    use std::path::Path;

    fn parse_text(body: &str) -> Result<Vec<ActorBlock>> {
        let t = format!("dyad-lexicon version=1 kind=actors lang=es\n{body}");
        let at = At {
            path: Path::new("actors.txt"),
        };
        let (_, e) = read(&t, at)?;
        parse(&e, 0, at)
    }

    fn d(year: u16, month: u8, day: u8) -> DictDate {
        DictDate { year, month, day }
    }

    #[test]
    fn a_name_marked_equals_is_cased() {
        let b = parse_text("country BOL\n  name: Bolivia\n  capital: =La Paz | Sucre\n")
            .unwrap()
            .remove(0);
        assert!(!b.names[0].cased);
        assert_eq!(b.names[1].words, ["La", "Paz"]);
        assert!(b.names[1].cased);
        assert!(!b.names[2].cased);
    }

    #[test]
    fn country_with_names_demonyms_and_metonyms() {
        let b = parse_text(
            "country USA\n  name: Estados Unidos | EE.UU. | EE. UU.\n  demonym: estadounidense | estadounidenses\n  capital: Washington\n  seat: Casa Blanca\n",
        )
        .unwrap();
        let b = &b[0];
        assert_eq!(b.kind, ActorKind::Country);
        assert_eq!(b.names.len(), 7);
        assert_eq!(b.names[2].words, ["EE.", "UU."]);
        assert_eq!(b.names[3].role, NameRole::Demonym);
        assert_eq!(b.names[6].role, NameRole::Seat);
        assert_eq!(b.government().unwrap().as_str(), "USAGOV");
    }

    #[test]
    fn person_with_dated_codes() {
        let b = parse_text(
            "person Vladímir Putin\n  name: Putin\n  code: RUSGOV 2000-05-07..2008-05-07\n  code: RUSGOV 2012..\n  code: RUSELI ..1999-12\n  code: RUSELI\n",
        )
        .unwrap();
        let p = &b[0];
        assert_eq!(p.names[0].words, ["Vladímir", "Putin"]);
        assert_eq!(p.codes.len(), 4);
        assert_eq!(
            p.codes[0].validity,
            Validity::Between(d(2000, 5, 7), d(2008, 5, 7))
        );
        assert_eq!(p.codes[1].validity, Validity::From(d(2012, 1, 1)));
        assert_eq!(p.codes[2].validity, Validity::Until(d(1999, 12, 31)));
        assert_eq!(p.codes[3].validity, Validity::Always);
        assert!(p.offices.is_empty());
    }

    #[test]
    fn person_offices() {
        let b = parse_text(
            "person Ana Pérez\n  code: ESPGOV 2020..\n  office: head of government | defense minister\n  office: head of government\n",
        )
        .unwrap();
        assert_eq!(
            b[0].offices,
            [Office::HeadOfGovernment, Office::DefenceMinister]
        );
    }

    #[test]
    fn malformed_lines_are_errors_with_their_line() {
        let cases = [
            ("country XYZ\n  name: X\n", 2),
            ("country RUSGOV\n  name: X\n", 2),
            ("region RUS\n  name: X\n", 2),
            ("country RUS\n  seat: Kremlin |\n", 3),
            ("country RUS\n  code: RUSGOV\n", 3),
            ("person Ana Pérez\n  name: Ana\n", 2),
            ("person Ana Pérez\n  code: rusgov\n", 3),
            ("person Ana Pérez\n  code: RUSGOV 2000-13-01..\n", 3),
            ("person Ana Pérez\n  code: RUSGOV 2010..2000\n", 3),
            ("person Ana Pérez\n  code: RUSGOV 2000\n", 3),
            ("person Ana Pérez\n  code: RUSGOV 2000.. extra\n", 3),
            ("person Ana Pérez\n  code: RUSGOV\n  office: king\n", 4),
            ("org IGOUNO\n  name: ONU\n  office: head of state\n", 4),
            ("actor IGOUNO\n", 2),
            ("state RUS\n", 2),
            ("org\n", 2),
        ];
        for (body, line) in cases {
            match parse_text(body) {
                Err(crate::Error::Syntax { line: l, path, .. }) => {
                    assert_eq!(
                        (l, path.as_path()),
                        (line, Path::new("actors.txt")),
                        "{body:?}"
                    )
                }
                other => panic!("{body:?}: {other:?}"),
            }
        }
    }
}
