//! PLOVER 2 event types, modes and contexts.
//!
//! PLOVER replaces CAMEO's 3- and 4-digit hierarchy with `event` + `mode` + `context`
//! ("what, how, why"). The labels here are those of the PLOVER manual (draft 0.8, 2021) and
//! of the CAMEO→PLOVER mapping (`CAMEO2PLOVER-2021.txt`); where the two disagree the mapping's
//! event names win (`REQUEST`, not the manual's `DEMAND`), and the few mapping mode labels that
//! are not modes of their type are normalized by the generator (`crates/core/gen/gen_cameo.py`,
//! see `MODE_FIXES` there). Modes form one flat enum because several are shared between types
//! (`restrict` is a THREATEN and a COERCE mode); [`PloverType::modes`] says which belong where.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// Declares a fieldless enum whose variants print and parse as fixed labels.
macro_rules! label_enum {
    ($(#[$m:meta])* $name:ident, $err:ident, { $($(#[$vm:meta])* $var:ident => $label:literal,)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vm])* $var,)*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$var,)*];

            /// The label as PLOVER writes it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$var => $label,)*
                }
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self, Error> {
                match s {
                    $($label => Ok($name::$var),)*
                    _ => Err(Error::$err(s.to_string())),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

label_enum!(
    /// The 16 PLOVER 2 event types.
    PloverType, UnknownPloverType, {
        /// Agree to, offer or promise cooperation (CAMEO 03).
        Agree => "AGREE",
        /// Meetings, visits, calls (CAMEO 04).
        Consult => "CONSULT",
        /// Verbal, diplomatic support (CAMEO 05).
        Support => "SUPPORT",
        /// Verbal concessions (CAMEO 081–083).
        Concede => "CONCEDE",
        /// Mutual material cooperation (CAMEO 06).
        Cooperate => "COOPERATE",
        /// Material aid to the recipient (CAMEO 07).
        Aid => "AID",
        /// Material concessions: release, withdraw, disarm (CAMEO 084–087).
        Retreat => "RETREAT",
        /// Requests and demands (CAMEO 10; the 0.8 manual calls it DEMAND).
        Request => "REQUEST",
        /// Disapprove, accuse, investigate (CAMEO 09, 11).
        Accuse => "ACCUSE",
        /// Rejections and refusals (CAMEO 12).
        Reject => "REJECT",
        /// Threats (CAMEO 13).
        Threaten => "THREATEN",
        /// Civilian collective protest (CAMEO 14).
        Protest => "PROTEST",
        /// Reduction of relations (CAMEO 16).
        Sanction => "SANCTION",
        /// Force posture short of use (CAMEO 15).
        Mobilize => "MOBILIZE",
        /// Repression, restriction of rights (CAMEO 17).
        Coerce => "COERCE",
        /// Use of force (CAMEO 18–20).
        Assault => "ASSAULT",
    }
);

label_enum!(
    /// A PLOVER mode: how an event was carried out (or, for THREATEN, what was threatened).
    PloverMode, UnknownPloverMode, {
        /// CONSULT: source visits recipient.
        Visit => "visit",
        /// CONSULT: meeting hosted by a third party.
        ThirdParty => "third-party",
        /// CONSULT: meeting in an alliance or IGO.
        Multilateral => "multilateral",
        /// CONSULT: by phone or other remote medium.
        Phone => "phone",
        /// RETREAT: withdraw forces; SANCTION: withdraw resources.
        Withdraw => "withdraw",
        /// RETREAT: release captives.
        Release => "release",
        /// RETREAT: return property.
        Return => "return",
        /// RETREAT: disarm.
        Disarm => "disarm",
        /// RETREAT: implement a ceasefire.
        Ceasefire => "ceasefire",
        /// RETREAT: allow third-party access.
        Access => "access",
        /// RETREAT: official resignation.
        Resign => "resign",
        /// REQUEST/REJECT: exchange, relations or assistance.
        Assist => "assist",
        /// REQUEST/REJECT: change of policy, government or institutions.
        Change => "change",
        /// REQUEST/REJECT: release, easing, ceasefire.
        Yield => "yield",
        /// REQUEST/REJECT: meetings and negotiations.
        Meet => "meet",
        /// ACCUSE: disapprove, condemn, complain.
        Disapprove => "disapprove",
        /// ACCUSE: any investigation.
        Investigate => "investigate",
        /// ACCUSE: accuse, sue, charge.
        Allege => "allege",
        /// THREATEN/COERCE: restrict movement or freedoms.
        Restrict => "restrict",
        /// THREATEN/COERCE: ban parties or individuals.
        Ban => "ban",
        /// THREATEN/COERCE: arrest, detain.
        Arrest => "arrest",
        /// THREATEN: suspend relations or talks.
        Relations => "relations",
        /// THREATEN/SANCTION: expel.
        Expel => "expel",
        /// THREATEN: occupy territory.
        Territory => "territory",
        /// THREATEN: violence.
        Violence => "violence",
        /// PROTEST: organized demonstration.
        Demo => "demo",
        /// PROTEST: violent riot.
        Riot => "riot",
        /// PROTEST: general strike.
        General => "general",
        /// PROTEST: limited strike.
        Strike => "strike",
        /// PROTEST: hunger strike.
        Hunger => "hunger",
        /// PROTEST: boycott.
        Boycott => "boycott",
        /// PROTEST: obstruct passage.
        Obstruct => "obstruct",
        /// SANCTION: find guilty or liable.
        Convict => "convict",
        /// SANCTION: curtail or break exchanges.
        Discontinue => "discontinue",
        /// MOBILIZE: armed personnel.
        Troops => "troops",
        /// MOBILIZE: weapons readiness.
        Weapons => "weapons",
        /// MOBILIZE: police or security units.
        Police => "police",
        /// MOBILIZE: non-state armed groups.
        Militia => "militia",
        /// COERCE: confiscate property.
        Confiscate => "confiscate",
        /// COERCE: censor.
        Censor => "censor",
        /// COERCE: curfew.
        Curfew => "curfew",
        /// COERCE: state of emergency or martial law.
        MartialLaw => "martial-law",
        /// COERCE: expel or deport individuals.
        Deport => "deport",
        /// COERCE: withhold public goods or services.
        Withhold => "withhold",
        /// ASSAULT: abduct, kidnap, hijack.
        Abduct => "abduct",
        /// ASSAULT: physical assault.
        Beat => "beat",
        /// ASSAULT: torture.
        Torture => "torture",
        /// ASSAULT: judicial execution.
        Execute => "execute",
        /// ASSAULT: sexual violence.
        Sexual => "sexual",
        /// ASSAULT: targeted assassination.
        Assassinate => "assassinate",
        /// ASSAULT: destroy property.
        Destroy => "destroy",
        /// ASSAULT: primitive weapons.
        Primitive => "primitive",
        /// ASSAULT: small arms.
        Firearms => "firearms",
        /// ASSAULT: explosives outside heavy weapons.
        Explosives => "explosives",
        /// ASSAULT: suicide attack.
        SuicideAttack => "suicide-attack",
        /// ASSAULT: crew-served weapons.
        HeavyWeapons => "heavy-weapons",
        /// ASSAULT: mass expulsion, ethnic cleansing.
        Cleansing => "cleansing",
        /// ASSAULT: mass killing.
        Massacre => "massacre",
        /// ASSAULT: CBRN weapons.
        Unconventional => "unconventional",
        /// ASSAULT: two-sided violence (Side A / Side B).
        SideAb => "sideAB",
    }
);

label_enum!(
    /// A PLOVER context: what an event is about. The manual's general contexts, plus
    /// `democracy` and `pro_autocracy`, which the 2021 mapping uses.
    PloverContext, UnknownPloverContext, {
        /// Military matters.
        Military => "military",
        /// Intelligence or information.
        Intelligence => "intelligence",
        /// Peacekeeping.
        Peacekeeping => "peacekeeping",
        /// Trade, finance, development.
        Economic => "economic",
        /// Diplomacy.
        Diplomatic => "diplomatic",
        /// Territory and natural resources.
        Resource => "resource",
        /// Disease outbreaks.
        Disease => "disease",
        /// Environment and disasters.
        EnviroDisaster => "enviro_disaster",
        /// Migration and refugees.
        Migration => "migration",
        /// Humanitarian assistance.
        Humanitarian => "humanitarian",
        /// Asylum.
        Asylum => "asylum",
        /// Courts and law.
        Legal => "legal",
        /// Human rights, named as such.
        HumanRights => "human_rights",
        /// Political rights and freedoms.
        RightsFreedoms => "rights_freedoms",
        /// Gender.
        Gender => "gender",
        /// LGBTQ.
        Lgbt => "lgbt",
        /// Terrorism.
        Terrorism => "terrorism",
        /// Water, food, housing, energy.
        HumanSecurity => "human_security",
        /// Religion and ethnicity.
        ReligionEthnicity => "religion_ethnicity",
        /// Executive and bureaucracy.
        Executive => "executive",
        /// Elections.
        Election => "election",
        /// Legislatures.
        Legislative => "legislative",
        /// Chemical, biological, radiological, nuclear.
        Cbrn => "cbrn",
        /// Cyber attacks and crime.
        Cyber => "cyber",
        /// Norms and political institutions.
        PoliticalInstitutions => "political_institutions",
        /// Corruption.
        Corruption => "corruption",
        /// Crime.
        Crime => "crime",
        /// Illegal drugs.
        IllegalDrugs => "illegal_drugs",
        /// Democracy (mapping only).
        Democracy => "democracy",
        /// Autocratic repression (mapping only).
        ProAutocracy => "pro_autocracy",
    }
);

impl PloverType {
    /// The modes PLOVER defines for this type (empty for the purely verbal types and for
    /// COOPERATE and AID, which have none).
    pub fn modes(self) -> &'static [PloverMode] {
        use PloverMode::*;
        match self {
            PloverType::Consult => &[Visit, ThirdParty, Multilateral, Phone],
            PloverType::Retreat => &[Withdraw, Release, Return, Disarm, Ceasefire, Access, Resign],
            PloverType::Request | PloverType::Reject => &[Assist, Change, Yield, Meet],
            PloverType::Accuse => &[Disapprove, Investigate, Allege],
            PloverType::Threaten => &[Restrict, Ban, Arrest, Relations, Expel, Territory, Violence],
            PloverType::Protest => &[Demo, Riot, General, Strike, Hunger, Boycott, Obstruct],
            PloverType::Sanction => &[Convict, Expel, Withdraw, Discontinue],
            PloverType::Mobilize => &[Troops, Weapons, Police, Militia],
            PloverType::Coerce => &[
                Confiscate, Restrict, Ban, Censor, Curfew, MartialLaw, Arrest, Deport, Withhold,
            ],
            PloverType::Assault => &[
                Abduct,
                Beat,
                Torture,
                Execute,
                Sexual,
                Assassinate,
                Destroy,
                Primitive,
                Firearms,
                Explosives,
                SuicideAttack,
                HeavyWeapons,
                Cleansing,
                Massacre,
                Unconventional,
                SideAb,
            ],
            PloverType::Agree
            | PloverType::Support
            | PloverType::Concede
            | PloverType::Cooperate
            | PloverType::Aid => &[],
        }
    }

    /// Whether `mode` is one of this type's modes.
    pub fn allows(self, mode: PloverMode) -> bool {
        self.modes().contains(&mode)
    }
}

/// The PLOVER coding of one CAMEO code: event type, optional mode, and contexts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PloverCoding {
    /// The event type.
    pub event: PloverType,
    /// The mode, when the mapping gives one that PLOVER defines for `event`.
    pub mode: Option<PloverMode>,
    /// Contexts the mapping attaches to this code (often empty, sometimes two).
    pub contexts: &'static [PloverContext],
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cameo_table::{MODE_LABELS, ROWS};

    #[test]
    fn labels_round_trip() {
        for t in PloverType::ALL {
            assert_eq!(t.as_str().parse::<PloverType>().unwrap(), *t);
        }
        for m in PloverMode::ALL {
            assert_eq!(m.as_str().parse::<PloverMode>().unwrap(), *m);
        }
        for c in PloverContext::ALL {
            assert_eq!(c.as_str().parse::<PloverContext>().unwrap(), *c);
        }
        assert_eq!(PloverType::ALL.len(), 16);
        assert!("DEMAND".parse::<PloverType>().is_err());
        assert!("ease".parse::<PloverMode>().is_err());
    }

    #[test]
    fn modes_agree_with_generator() {
        for (ty, labels) in MODE_LABELS {
            let t: PloverType = ty.parse().unwrap();
            let ours: Vec<&str> = t.modes().iter().map(|m| m.as_str()).collect();
            assert_eq!(&ours, labels, "{ty}");
        }
    }

    #[test]
    fn every_mapped_mode_belongs_to_its_type() {
        for row in &ROWS {
            if let Some((t, Some(m), _)) = row.plover {
                assert!(t.allows(m), "{} {t} {m}", row.code);
            }
        }
    }
}
