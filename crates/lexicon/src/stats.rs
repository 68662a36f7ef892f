//! Coverage counts of dyad-format lexicons: what `dyad lexicon stats` prints, and the bars of
//! the built-in lexicon (issue 4) that `dyad lexicon stats --check` enforces.
//!
//! [`LexiconStats::new`] takes, per language, the lexicons in precedence order (the user's
//! directories first, then the built-in one, as `dyad code` loads them) and counts:
//!
//! - actors by kind: countries, regions, organizations, armed groups (an `org` whose code is
//!   an `IMG…` code or carries a rebel, insurgent, paramilitary, separatist or unidentified
//!   armed force segment: `REB INS PRM SEP UAF`), people, other actors;
//! - agents, verbs, nouns, word classes and patterns (verb and noun entries count once per
//!   lemma, the first source defining a lemma winning as in the compiled lexicon);
//! - countries: which ISO 3166-1 codes have at least one `name:` and one `demonym:`;
//! - CAMEO: for every 3-digit code, how many patterns code it or one of its 4-digit children.
//!   A *pattern* is a verb's or noun's `code:` line or one of its `pattern:` lines; `A reverse
//!   B` counts once for each distinct 3-digit family it names; `none` counts nowhere;
//! - people: how many, how many with dated codes, the countries whose government a head of
//!   state or government among them stands for (`office:` + a `…GOV` code), and how many hold
//!   each [`Office`].
//!
//! The bars ([`LexiconStats::failures`]): every ISO country named and with a demonym in every
//! language; every 3-digit CAMEO code with [`MIN_PATTERNS`] patterns in every language; every
//! [`Office`] held by at least one person in every language.
//!
//! ```
//! use std::path::Path;
//! use dyad_core::Lang;
//! use dyad_lexicon::{dyad::DyadLexicon, stats::LexiconStats};
//! let mut en = DyadLexicon::default();
//! en.add_text(
//!     "dyad-lexicon version=1 kind=actors lang=en\ncountry PER\n  name: Peru\n  demonym: Peruvian\n",
//!     Path::new("en/countries.txt"),
//! ).unwrap();
//! let stats = LexiconStats::new(&[(Lang::En, vec![&en])]);
//! assert_eq!(stats.langs[0].actors.countries, 1);
//! assert!(stats.langs[0].countries_named.contains(&"PER".to_string()));
//! assert!(!stats.passes());
//! ```

use std::collections::{BTreeMap, BTreeSet, HashSet};

use dyad_core::{is_state_code, ActorCode, CameoCode, Lang, PrimaryKind};

use crate::dyad::actors::{ActorBlock, ActorKind, NameRole, Office};
use crate::dyad::verbs::PredicateEntry;
use crate::dyad::DyadLexicon;
use crate::petrarch::actors::{CodeSpec, Validity};
use crate::petrarch::{EventCode, VerbCode};

/// The fewest patterns a 3-digit CAMEO code needs in each language (issue 4).
pub const MIN_PATTERNS: usize = 3;

/// State codes in CAMEO's table that are not ISO 3166-1: historical states and Kosovo.
const NON_ISO_STATES: &[&str] = &[
    "ANT", "BUR", "CSK", "DDR", "KSV", "RHO", "SCG", "SUN", "TMP", "USR", "VDR", "YMD", "YUG",
    "ZAR",
];

/// Sector segments that make an `org` an armed group.
const ARMED: &[&str] = &["REB", "INS", "PRM", "SEP", "UAF"];

/// Every ISO 3166-1 alpha-3 code (249), read from CAMEO's state table in `dyad_core`.
pub fn iso_countries() -> Vec<String> {
    let mut out = Vec::new();
    for a in b'A'..=b'Z' {
        for b in b'A'..=b'Z' {
            for c in b'A'..=b'Z' {
                let code: String = [a, b, c].iter().map(|&x| char::from(x)).collect();
                if is_state_code(&code) && !NON_ISO_STATES.contains(&code.as_str()) {
                    out.push(code);
                }
            }
        }
    }
    out
}

/// Actor blocks by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorCounts {
    /// `country` blocks.
    pub countries: usize,
    /// `region` blocks.
    pub regions: usize,
    /// `org` blocks that are not armed groups.
    pub organizations: usize,
    /// `org` blocks of armed groups (see the module documentation).
    pub armed_groups: usize,
    /// `person` blocks (one per display name; a name repeated in a later source is not
    /// counted again).
    pub people: usize,
    /// `actor` blocks (fixed-code actors and `actor none`).
    pub other: usize,
}

/// The people of one language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeopleStats {
    /// People (distinct display names).
    pub people: usize,
    /// People with at least one dated `code:`.
    pub dated: usize,
    /// State codes whose government (`…GOV`) a head of state or government stands for.
    pub head_countries: BTreeSet<String>,
    /// How many people hold each office (every [`Office`] is a key, possibly with 0).
    pub offices: BTreeMap<Office, usize>,
}

/// Everything counted for one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangStats {
    /// The language.
    pub lang: Lang,
    /// Actor blocks by kind.
    pub actors: ActorCounts,
    /// Agent blocks.
    pub agents: usize,
    /// Agent terms.
    pub agent_terms: usize,
    /// Verb entries (distinct lemmas).
    pub verbs: usize,
    /// Event-noun entries (distinct lemmas).
    pub nouns: usize,
    /// Word classes (distinct names).
    pub classes: usize,
    /// Description terms (`kind=descriptions`: nouns and modifiers that name a state by
    /// what it is, "the Gulf kingdom").
    pub description_terms: usize,
    /// Patterns: `code:` and `pattern:` lines of the verbs and nouns counted, `none` included.
    pub patterns: usize,
    /// ISO 3166-1 codes with at least one name and one demonym.
    pub countries_named: BTreeSet<String>,
    /// Patterns per 3-digit CAMEO code (every 3-digit code is a key, possibly with 0).
    pub cameo: BTreeMap<CameoCode, usize>,
    /// The people.
    pub people: PeopleStats,
}

/// A country that misses the bar: what it lacks in which language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryGap {
    /// The ISO code.
    pub code: String,
    /// Per language: (has a name, has a demonym).
    pub have: Vec<(Lang, bool, bool)>,
}

/// A 3-digit CAMEO code with fewer than [`MIN_PATTERNS`] patterns in some language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CameoGap {
    /// The code.
    pub code: CameoCode,
    /// Patterns per language.
    pub counts: Vec<(Lang, usize)>,
}

/// Coverage of one or more languages' lexicons ([module documentation](self)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconStats {
    /// Per language, in the order given.
    pub langs: Vec<LangStats>,
    /// The ISO 3166-1 codes checked (249).
    pub iso_countries: Vec<String>,
    /// ISO countries with a name and a demonym in every language given.
    pub countries_ok: usize,
    /// The others.
    pub country_gaps: Vec<CountryGap>,
    /// 3-digit CAMEO codes with at least [`MIN_PATTERNS`] patterns in every language.
    pub cameo_ok: usize,
    /// 3-digit CAMEO codes in all.
    pub cameo_total: usize,
    /// The others.
    pub cameo_gaps: Vec<CameoGap>,
}

impl LexiconStats {
    /// Counts the lexicons of each language, each given in precedence order (the first
    /// source defining a verb, noun, class or person wins, as in [`crate::LexiconBuilder`]).
    pub fn new(sources: &[(Lang, Vec<&DyadLexicon>)]) -> LexiconStats {
        let langs: Vec<LangStats> = sources
            .iter()
            .map(|(lang, lexs)| lang_stats(*lang, lexs))
            .collect();
        let iso = iso_countries();
        let mut country_gaps = Vec::new();
        for code in &iso {
            let have: Vec<(Lang, bool, bool)> = sources
                .iter()
                .map(|(lang, lexs)| {
                    let (n, d) = name_and_demonym(lexs, code);
                    (*lang, n, d)
                })
                .collect();
            if have.is_empty() || have.iter().any(|(_, n, d)| !(n & d)) {
                country_gaps.push(CountryGap {
                    code: code.clone(),
                    have,
                });
            }
        }
        let three: Vec<CameoCode> = CameoCode::all().filter(|c| c.as_str().len() == 3).collect();
        let mut cameo_gaps = Vec::new();
        for &code in &three {
            let counts: Vec<(Lang, usize)> = langs
                .iter()
                .map(|l| (l.lang, l.cameo.get(&code).copied().unwrap_or(0)))
                .collect();
            if counts.is_empty() || counts.iter().any(|(_, n)| *n < MIN_PATTERNS) {
                cameo_gaps.push(CameoGap { code, counts });
            }
        }
        LexiconStats {
            countries_ok: iso.len() - country_gaps.len(),
            iso_countries: iso,
            country_gaps,
            cameo_ok: three.len() - cameo_gaps.len(),
            cameo_total: three.len(),
            cameo_gaps,
            langs,
        }
    }

    /// The bars that fail, one line each; empty when all hold.
    pub fn failures(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !self.country_gaps.is_empty() {
            out.push(format!(
                "countries: {} of {} ISO 3166-1 codes lack a name or a demonym in some language: {}",
                self.country_gaps.len(),
                self.iso_countries.len(),
                self.country_gaps
                    .iter()
                    .map(|g| g.code.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
        }
        if !self.cameo_gaps.is_empty() {
            out.push(format!(
                "cameo: {} of {} 3-digit codes have fewer than {MIN_PATTERNS} patterns in some language: {}",
                self.cameo_gaps.len(),
                self.cameo_total,
                self.cameo_gaps
                    .iter()
                    .map(|g| g.code.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
        }
        for l in &self.langs {
            let missing: Vec<&str> = l
                .people
                .offices
                .iter()
                .filter(|(_, n)| **n == 0)
                .map(|(o, _)| o.as_str())
                .collect();
            if !missing.is_empty() {
                out.push(format!(
                    "people ({}): no person holds: {}",
                    l.lang,
                    missing.join(", ")
                ));
            }
        }
        out
    }

    /// Whether every bar holds.
    pub fn passes(&self) -> bool {
        self.failures().is_empty()
    }
}

fn name_and_demonym(lexs: &[&DyadLexicon], code: &str) -> (bool, bool) {
    let mut name = false;
    let mut demonym = false;
    for b in lexs.iter().flat_map(|l| &l.actors) {
        if b.kind == ActorKind::Country && first_code(b).is_some_and(|c| c.as_str() == code) {
            name |= b.names.iter().any(|n| n.role == NameRole::Name);
            demonym |= b.names.iter().any(|n| n.role == NameRole::Demonym);
        }
    }
    (name, demonym)
}

fn first_code(b: &ActorBlock) -> Option<&ActorCode> {
    b.codes.iter().find_map(|c| match &c.code {
        CodeSpec::Code(a) => Some(a),
        _ => None,
    })
}

fn is_armed(code: &ActorCode) -> bool {
    code.primary() == "IMG"
        || code.segments().skip(1).any(|s| ARMED.contains(&s))
        || ARMED.contains(&code.primary())
}

fn lang_stats(lang: Lang, lexs: &[&DyadLexicon]) -> LangStats {
    let mut actors = ActorCounts::default();
    let mut people = PeopleStats {
        offices: Office::ALL.into_iter().map(|o| (o, 0)).collect(),
        ..PeopleStats::default()
    };
    let mut seen_people: HashSet<&str> = HashSet::new();
    let mut named: BTreeMap<&str, (bool, bool)> = BTreeMap::new();
    for b in lexs.iter().flat_map(|l| &l.actors) {
        match b.kind {
            ActorKind::Country => {
                actors.countries += 1;
                if let Some(c) = first_code(b) {
                    let e = named.entry(c.as_str()).or_default();
                    e.0 |= b.names.iter().any(|n| n.role == NameRole::Name);
                    e.1 |= b.names.iter().any(|n| n.role == NameRole::Demonym);
                }
            }
            ActorKind::Region => actors.regions += 1,
            ActorKind::Org => {
                if first_code(b).is_some_and(is_armed) {
                    actors.armed_groups += 1;
                } else {
                    actors.organizations += 1;
                }
            }
            ActorKind::Other => actors.other += 1,
            ActorKind::Person => {
                if !seen_people.insert(&b.label) {
                    continue;
                }
                actors.people += 1;
                people.people += 1;
                if b.codes.iter().any(|c| c.validity != Validity::Always) {
                    people.dated += 1;
                }
                for o in &b.offices {
                    *people.offices.entry(*o).or_default() += 1;
                }
                if b.offices
                    .iter()
                    .any(|o| matches!(o, Office::HeadOfState | Office::HeadOfGovernment))
                {
                    for c in &b.codes {
                        if let CodeSpec::Code(a) = &c.code {
                            if a.primary_kind() == PrimaryKind::State
                                && a.sectors().next() == Some("GOV")
                            {
                                people.head_countries.insert(a.primary().to_string());
                            }
                        }
                    }
                }
            }
        }
    }
    let iso: BTreeSet<String> = iso_countries().into_iter().collect();
    let countries_named = named
        .into_iter()
        .filter(|(c, (n, d))| *n && *d && iso.contains(*c))
        .map(|(c, _)| c.to_string())
        .collect();

    let verbs = first_by_lemma(lexs.iter().flat_map(|l| &l.verbs));
    let nouns = first_by_lemma(lexs.iter().flat_map(|l| &l.nouns));
    let mut cameo: BTreeMap<CameoCode, usize> = CameoCode::all()
        .filter(|c| c.as_str().len() == 3)
        .map(|c| (c, 0))
        .collect();
    let mut patterns = 0;
    for e in verbs.iter().chain(&nouns) {
        let codes = e.code.iter().chain(e.patterns.iter().map(|p| &p.code));
        for code in codes {
            patterns += 1;
            for family in families(code) {
                *cameo.entry(family).or_default() += 1;
            }
        }
    }
    let classes: BTreeSet<&str> = lexs
        .iter()
        .flat_map(|l| &l.classes)
        .map(|c| c.name.as_str())
        .collect();
    LangStats {
        lang,
        actors,
        agents: lexs.iter().map(|l| l.agents.len()).sum(),
        agent_terms: lexs
            .iter()
            .flat_map(|l| &l.agents)
            .map(|a| a.terms.len())
            .sum(),
        verbs: verbs.len(),
        nouns: nouns.len(),
        classes: classes.len(),
        description_terms: lexs
            .iter()
            .flat_map(|l| &l.descriptions)
            .map(|d| d.terms.len())
            .sum(),
        patterns,
        countries_named,
        cameo,
        people,
    }
}

fn first_by_lemma<'a>(
    entries: impl Iterator<Item = &'a PredicateEntry>,
) -> Vec<&'a PredicateEntry> {
    let mut seen = HashSet::new();
    entries.filter(|e| seen.insert(e.lemma.as_str())).collect()
}

/// The distinct 3-digit CAMEO codes a verb code names (a 4-digit code counts for its parent;
/// 2-digit roots and non-CAMEO codes count nowhere).
fn families(code: &VerbCode) -> BTreeSet<CameoCode> {
    let three = |e: &EventCode| {
        e.cameo().and_then(|c| match c.as_str().len() {
            3 => Some(c),
            4 => c.parent(),
            _ => None,
        })
    };
    match code {
        VerbCode::Null => BTreeSet::new(),
        VerbCode::Event(e) => three(e).into_iter().collect(),
        VerbCode::Pair { forward, reverse } => {
            forward.iter().chain(reverse).filter_map(three).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn lex(lang: &str, files: &[(&str, &str)]) -> DyadLexicon {
        let mut d = DyadLexicon::default();
        for (kind, body) in files {
            let text = format!("dyad-lexicon version=1 kind={kind} lang={lang}\n{body}");
            d.add_text(&text, Path::new(&format!("{lang}/{kind}.txt")))
                .unwrap();
        }
        d
    }

    fn cameo(s: &str) -> CameoCode {
        s.parse().unwrap()
    }

    #[test]
    fn iso_list_is_iso_3166_1() {
        let iso = iso_countries();
        assert_eq!(iso.len(), 249);
        assert!(iso.iter().any(|c| c == "PSE") && !iso.iter().any(|c| c == "KSV"));
    }

    #[test]
    fn actors_by_kind_and_countries_named() {
        let en = lex(
            "en",
            &[(
                "actors",
                "country PER\n  name: Peru\n  demonym: Peruvian\ncountry CHL\n  name: Chile\ncountry KSV\n  name: Kosovo\n  demonym: Kosovar\nregion LAM\n  name: Latin America\norg IGOUNO\n  name: UN\norg PSEREBHMS\n  name: Hamas\norg IMGMUSALQ\n  name: al - Qaeda\norg COLCRM\n  name: Clan del Golfo\nactor none\n  name: Georgia Tech\n",
            )],
        );
        let s = LexiconStats::new(&[(Lang::En, vec![&en])]);
        let l = &s.langs[0];
        assert_eq!(
            l.actors,
            ActorCounts {
                countries: 3,
                regions: 1,
                organizations: 2,
                armed_groups: 2,
                people: 0,
                other: 1
            }
        );
        // Chile has no demonym; Kosovo is not ISO.
        assert_eq!(l.countries_named.iter().collect::<Vec<_>>(), ["PER"]);
        assert_eq!(s.countries_ok, 1);
        assert_eq!(s.country_gaps.len(), 248);
        let chl = s.country_gaps.iter().find(|g| g.code == "CHL").unwrap();
        assert_eq!(chl.have, [(Lang::En, true, false)]);
    }

    #[test]
    fn a_country_needs_both_languages() {
        let en = lex(
            "en",
            &[("actors", "country PER\n  name: Peru\n  demonym: Peruvian\n")],
        );
        let es = lex("es", &[("actors", "country PER\n  name: Perú\n")]);
        let s = LexiconStats::new(&[(Lang::En, vec![&en]), (Lang::Es, vec![&es])]);
        assert_eq!(s.countries_ok, 0);
        let per = s.country_gaps.iter().find(|g| g.code == "PER").unwrap();
        assert_eq!(per.have, [(Lang::En, true, true), (Lang::Es, true, false)]);
        // The demonym may come from another source of the same language.
        let es2 = lex("es", &[("actors", "country PER\n  demonym: peruano\n")]);
        let s = LexiconStats::new(&[(Lang::En, vec![&en]), (Lang::Es, vec![&es2, &es])]);
        assert_eq!(s.countries_ok, 1);
    }

    #[test]
    fn patterns_count_per_three_digit_family() {
        let en = lex(
            "en",
            &[
                (
                    "verbs",
                    "verb visit\n  code: 042 reverse 043\nverb meet\n  code: 040\n  pattern: obl:with=target => 0311 reverse 042\n  pattern: obj=deadline => none\nverb fire\n  pattern: obj=target => 19\n",
                ),
                (
                    "nouns",
                    "noun visit\n  code: 042\n  pattern: nmod:to=target => 043\n",
                ),
            ],
        );
        let s = LexiconStats::new(&[(Lang::En, vec![&en])]);
        let l = &s.langs[0];
        assert_eq!((l.verbs, l.nouns, l.patterns), (3, 1, 7));
        // verb visit (042, 043), meet's 0311/042 pattern, noun visit code and pattern.
        assert_eq!(l.cameo[&cameo("042")], 3);
        assert_eq!(l.cameo[&cameo("043")], 2);
        // Roots and `none` count for no 3-digit code; 040 is one.
        assert_eq!(l.cameo[&cameo("040")], 1);
        assert_eq!(l.cameo[&cameo("031")], 1);
        assert_eq!(l.cameo[&cameo("190")], 0);
        assert_eq!(s.cameo_total, l.cameo.len());
        assert!(s.cameo_gaps.iter().any(|g| g.code == cameo("043")));
        assert!(!s.cameo_gaps.iter().any(|g| g.code == cameo("042")));
        assert_eq!(s.cameo_ok, 1);
    }

    #[test]
    fn the_first_source_of_a_lemma_wins() {
        let mine = lex("en", &[("verbs", "verb visit\n  code: 040\n")]);
        let builtin = lex(
            "en",
            &[(
                "verbs",
                "verb visit\n  code: 042\n  pattern: obj=target => 042\n",
            )],
        );
        let s = LexiconStats::new(&[(Lang::En, vec![&mine, &builtin])]);
        let l = &s.langs[0];
        assert_eq!((l.verbs, l.patterns), (1, 1));
        assert_eq!(l.cameo[&cameo("040")], 1);
        assert_eq!(l.cameo[&cameo("042")], 0);
    }

    #[test]
    fn people_dated_heads_and_offices() {
        let en = lex(
            "en",
            &[(
                "actors",
                "person Luiz Inácio Lula da Silva\n  name: Lula\n  code: BRAGOV 2003-01-01..2010-12-31\n  code: BRAGOV 2023-01-01..\n  code: BRAELI\n  office: head of state | head of government\n\
person Mauro Vieira\n  code: BRAGOV 2023-01-01..\n  office: foreign minister\n\
person António Guterres\n  code: IGOUNO 2017-01-01..\n  office: organization leader\n\
person Someone Undated\n  code: BRAELI\n\
person Mauro Vieira\n  code: BRAGOV\n",
            )],
        );
        let s = LexiconStats::new(&[(Lang::En, vec![&en])]);
        let p = &s.langs[0].people;
        assert_eq!((p.people, p.dated), (4, 3));
        assert_eq!(p.head_countries.iter().collect::<Vec<_>>(), ["BRA"]);
        assert_eq!(p.offices[&Office::HeadOfState], 1);
        assert_eq!(p.offices[&Office::ForeignMinister], 1);
        assert_eq!(p.offices[&Office::ArmedGroupLeader], 0);
        let f = s.failures();
        assert!(
            f.iter()
                .any(|l| l.starts_with("people (en)") && l.contains("armed group leader")),
            "{f:?}"
        );
        assert!(!s.passes());
    }
}
