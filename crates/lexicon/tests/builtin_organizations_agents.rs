//! The built-in lexicon's organizations (`lexicon/*/organizations.txt`) and roles and sectors
//! (`lexicon/*/agents.txt`), issue 4 deliverables 3 and 4: both languages load without errors,
//! and lookups through the compiled `Lexicon` give the documented CAMEO codes.
//! `cargo test -p dyad-lexicon --test builtin_organizations_agents -- --nocapture` prints the
//! counts.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use dyad_lexicon::dyad::actors::ActorKind;
use dyad_lexicon::dyad::agents::AgentKind;
use dyad_lexicon::dyad::load_dir;
use dyad_lexicon::petrarch::actors::{CodeSpec, DictDate};
use dyad_lexicon::petrarch::agents::AgentCode;
use dyad_lexicon::{normalize, Lexicon};

fn lexicon_dir(lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../lexicon")
        .join(lang)
}

fn upper(w: &str) -> String {
    let mut o = String::new();
    normalize(w, &mut o);
    o
}

/// Words of a sentence already split as dyad splits them; `form/lemma` gives a lemma that
/// differs from the form (the tests have no lemmatizer).
fn words(s: &str) -> (Vec<String>, Vec<String>) {
    s.split_whitespace()
        .map(|w| match w.split_once('/') {
            Some((f, l)) => (upper(f), upper(l)),
            None => (upper(w), upper(w)),
        })
        .unzip()
}

fn first_code<'a>(mut codes: impl Iterator<Item = &'a CodeSpec>) -> String {
    match codes.next() {
        Some(CodeSpec::Code(c)) => c.to_string(),
        Some(CodeSpec::Null) => "---".into(),
        other => panic!("{other:?}"),
    }
}

/// The code of the actor named at word `i`, on `date` if given.
fn actor(l: &Lexicon, s: &str, i: usize, date: Option<DictDate>) -> String {
    let (forms, _) = words(s);
    let m = l
        .actor_match_at(&forms, i)
        .unwrap_or_else(|| panic!("no actor at word {i} of {s:?}"));
    first_code(l.actor_codes(m.id, date))
}

/// The code and length of the agent at word `i`, matched by form or lemma as the coder does.
fn agent(l: &Lexicon, s: &str, i: usize) -> (String, usize, Option<AgentKind>) {
    let (forms, lemmas) = words(s);
    assert!(
        l.actor_match_at(&forms, i).is_none(),
        "{s:?}: word {i} is an actor name, which the coder tries before agents"
    );
    let (n, id) = l
        .agent_id_at_either(&forms, &lemmas, i)
        .unwrap_or_else(|| panic!("no agent at word {i} of {s:?}"));
    let a = l.agent(id);
    let code = match &a.code {
        AgentCode::Code(c) => c.to_string(),
        AgentCode::Legacy(s) => s.to_string(),
    };
    (code, n, a.kind)
}

fn date(year: u16, month: u8, day: u8) -> Option<DictDate> {
    Some(DictDate { year, month, day })
}

#[test]
fn both_languages_load_and_print_counts() {
    for lang in ["en", "es"] {
        let d = load_dir(&lexicon_dir(lang)).unwrap_or_else(|e| panic!("{lang}: {e}"));
        d.validate().unwrap_or_else(|e| panic!("{lang}: {e}"));
        let orgs: Vec<_> = d
            .actors
            .iter()
            .filter(|b| b.kind == ActorKind::Org)
            .collect();
        let org_names: usize = orgs.iter().map(|b| b.names.len()).sum();
        let mut by_primary: BTreeMap<&str, usize> = BTreeMap::new();
        for b in &orgs {
            *by_primary.entry(&b.label[..3]).or_default() += 1;
        }
        let mut by_code: BTreeMap<String, usize> = BTreeMap::new();
        for b in &d.agents {
            *by_code.entry(b.code.to_string()).or_default() += b.terms.len();
        }
        let terms: usize = by_code.values().sum();
        println!(
            "{lang}: {} org blocks, {org_names} org names, by primary code {by_primary:?}",
            orgs.len()
        );
        println!(
            "{lang}: {} agent blocks, {terms} agent terms, by code {by_code:?}",
            d.agents.len()
        );
        assert!(orgs.len() >= 60, "{lang}: {} org blocks", orgs.len());
        assert!(terms >= 250, "{lang}: {terms} agent terms");
    }
}

#[test]
fn english_lookups() {
    let l = Lexicon::load_dyad_dir(&lexicon_dir("en")).unwrap();
    for (s, i, code) in [
        ("the UN said", 1, "IGOUNO"),
        ("the U.N. Security Council voted", 1, "IGOUNO"),
        ("the Security Council voted", 1, "IGOUNO"),
        ("the General Assembly", 1, "IGOUNO"),
        ("UNHCR said", 0, "IGOUNOREFHCR"),
        ("the UN refugee agency said", 1, "IGOUNOREFHCR"),
        ("UNICEF warned", 0, "IGOUNOKID"),
        ("the World Food Programme", 1, "IGOUNOWFP"),
        ("the World Health Organization", 1, "IGOUNOHLHWHO"),
        ("the IAEA said", 1, "IGOUNOIAE"),
        ("the International Court of Justice", 1, "IGOUNOJUDICJ"),
        ("the ICC issued a warrant", 1, "IGOJUDICC"),
        ("the European Commission", 1, "IGOEUREEC"),
        ("Brussels said", 0, "IGOEUREEC"),
        ("NATO allies", 0, "IGOWSTNAT"),
        ("the African Union", 1, "IGOAFRAFU"),
        ("the OAS", 1, "IGOOAS"),
        ("CELAC leaders", 0, "IGOLAM"),
        ("Mercosur", 0, "IGOSAM"),
        ("the G-7", 1, "IGOGOS"),
        ("the G20 summit", 1, "IGOBUS"),
        ("the IMF", 1, "IGOBUSIMF"),
        ("the World Bank", 1, "IGOUNODEVWBK"),
        ("OPEC + members", 0, "IGOBUSOPC"),
        ("the Gulf Cooperation Council", 1, "IGOPGSGCC"),
        ("ECOWAS", 0, "IGOWAFWAS"),
        ("the Red Cross", 1, "NGOHLHIRC"),
        ("Amnesty International said", 0, "NGOHRIAMN"),
        ("Human Rights Watch", 0, "NGOHRI"),
        ("Doctors Without Borders", 0, "NGOHLHMSF"),
        ("FARC dissidents attacked", 0, "COLREB"),
        ("the ELN", 1, "COLREB"),
        ("Hamas fighters", 0, "PSEREBHMS"),
        ("Hezbollah fired", 0, "LBNREB"),
        ("the Houthis", 1, "YEMREB"),
        ("al - Qaeda", 0, "IMGMUSALQ"),
        ("Islamic State militants", 0, "IMGMUSISI"),
        ("ISIS - K claimed", 0, "AFGREB"),
        ("al - Shabaab", 0, "SOMREB"),
        ("Boko Haram", 0, "NGAREB"),
        ("the Wagner Group", 1, "RUSPRM"),
        ("the PKK", 1, "TURREB"),
        ("Kurdistan Workers ' Party", 0, "TURREB"),
        ("the M23 rebels", 1, "CODREB"),
        ("the Sinaloa cartel", 1, "MEXCRM"),
        ("Tren de Aragua", 0, "VENCRM"),
        ("the CJNG", 1, "MEXCRM"),
        ("the Pentagon said", 1, "USAMIL"),
        ("Iran 's Supreme National Security Council", 2, "IRNGOV"),
        ("the IDF said", 1, "ISRMIL"),
    ] {
        assert_eq!(actor(&l, s, i, None), code, "{s}");
    }
    // Dated codes: who governs.
    for (s, d, code) in [
        ("the Taliban", date(2010, 6, 1), "AFGREB"),
        ("the Taliban", date(2023, 6, 1), "AFGGOV"),
        ("the Taliban", date(1999, 6, 1), "AFGGOV"),
        ("the Taliban", None, "AFGGOV"),
        ("the RSF", date(2020, 1, 1), "SDNPRM"),
        ("the RSF", date(2024, 1, 1), "SDNREB"),
        ("the FARC", date(2019, 1, 1), "COLPTY"),
        ("the FARC", date(2010, 1, 1), "COLREB"),
        ("the HTS", date(2025, 1, 1), "SYRGOV"),
    ] {
        assert_eq!(actor(&l, s, 1, d), code, "{s} {d:?}");
    }
    for (s, i, code, n) in [
        ("the foreign/foreign ministers/minister", 1, "GOV", 2),
        ("the president", 1, "GOV", 1),
        ("the prime minister", 1, "GOV", 2),
        ("the secretary of state", 1, "GOV", 3),
        ("the ambassador", 1, "GOV", 1),
        ("lawmakers/lawmaker", 0, "LEG", 1),
        ("the senate", 1, "LEG", 1),
        ("a judge", 1, "JUD", 1),
        ("the supreme court", 1, "JUD", 2),
        ("police", 0, "COP", 1),
        ("security forces/force", 0, "COP", 2),
        ("troops/troop", 0, "MIL", 1),
        ("soldiers/soldier", 0, "MIL", 1),
        ("the army", 1, "MIL", 1),
        ("the air force", 1, "MIL", 2),
        ("rebels/rebel", 0, "REB", 1),
        ("insurgents/insurgent", 0, "INS", 1),
        ("militants/militant", 0, "UAF", 1),
        ("the opposition leader", 1, "OPP", 2),
        ("protesters/protester", 0, "OPP", 1),
        ("civilians/civilian", 0, "CVL", 1),
        ("refugees/refugee", 0, "REF", 1),
        ("the company", 1, "BUS", 1),
        ("the state oil company", 1, "BUS", 3),
        ("the chief executive", 1, "BUS", 2),
        ("journalists/journalist", 0, "MED", 1),
        ("state media", 0, "GOVMED", 2),
        ("students/student", 0, "EDU", 1),
        ("doctors/doctor", 0, "HLH", 1),
        ("a cleric", 1, "REL", 1),
        ("the union", 1, "LAB", 1),
        ("the central bank", 1, "GOVBUS", 2),
        ("rights groups/group", 0, "HRI", 2),
        ("aid groups/group", 0, "NGO", 2),
        ("cartels/cartel", 0, "CRM", 1),
        ("the secretary of", 1, "GOV", 1),
    ] {
        let (c, len, _) = agent(&l, s, i);
        assert_eq!((c.as_str(), len), (code, n), "{s}");
    }
    assert_eq!(agent(&l, "the minister", 1).2, Some(AgentKind::Person));
    assert_eq!(agent(&l, "the army", 1).2, Some(AgentKind::Body));
    // Left out on purpose: ordinary words that must not name an organization or a role.
    // ("who" and "is" reach the index as WHO and IS; written in lower case they are no
    // acronyms.)
    let text = "who is the general strike amnesty";
    let (forms, lemmas) = words(text);
    let written: Vec<&str> = text.split_whitespace().collect();
    for i in 0..forms.len() {
        let m = l
            .actor_match_at(&forms, i)
            .filter(|m| m.written_as(|k| written.get(i + k).copied()));
        assert!(m.is_none(), "{}", forms[i]);
    }
    assert!(l.agent_id_at_either(&forms, &lemmas, 3).is_none());
}

#[test]
fn spanish_lookups() {
    let l = Lexicon::load_dyad_dir(&lexicon_dir("es")).unwrap();
    for (s, i, code) in [
        ("la ONU", 1, "IGOUNO"),
        ("las Naciones Unidas", 1, "IGOUNO"),
        ("el Consejo de Seguridad", 1, "IGOUNO"),
        ("el Consejo de Seguridad de la ONU", 1, "IGOUNO"),
        ("la Asamblea General", 1, "IGOUNO"),
        ("el ACNUR", 1, "IGOUNOREFHCR"),
        ("el PMA", 1, "IGOUNOWFP"),
        ("la OMS", 1, "IGOUNOHLHWHO"),
        ("el OIEA", 1, "IGOUNOIAE"),
        ("la Corte Penal Internacional", 1, "IGOJUDICC"),
        ("la CPI", 1, "IGOJUDICC"),
        ("la CIJ", 1, "IGOUNOJUDICJ"),
        ("la Unión Europea", 1, "IGOEUREEC"),
        ("la UE", 1, "IGOEUREEC"),
        ("la Comisión Europea", 1, "IGOEUREEC"),
        ("la OTAN", 1, "IGOWSTNAT"),
        ("la Unión Africana", 1, "IGOAFRAFU"),
        ("la OEA", 1, "IGOOAS"),
        ("la CELAC", 1, "IGOLAM"),
        ("el ALBA - TCP", 1, "IGOLAM"),
        ("el Mercosur", 1, "IGOSAM"),
        ("los BRICS", 1, "IGOBUS"),
        ("el FMI", 1, "IGOBUSIMF"),
        ("el Banco Mundial", 1, "IGOUNODEVWBK"),
        ("la OMC", 1, "IGOBUSWTO"),
        ("la OPEP", 1, "IGOBUSOPC"),
        ("la Liga Árabe", 1, "IGOMEAARL"),
        ("la CEDEAO", 1, "IGOWAFWAS"),
        ("la Cruz Roja", 1, "NGOHLHIRC"),
        ("Amnistía Internacional", 0, "NGOHRIAMN"),
        ("Médicos Sin Fronteras", 0, "NGOHLHMSF"),
        ("Reporteros Sin Fronteras", 0, "NGOHRIMED"),
        ("las FARC", 1, "COLREB"),
        ("las disidencias de las FARC", 1, "COLREB"),
        ("el ELN", 1, "COLREB"),
        ("Hamás", 0, "PSEREBHMS"),
        ("Hezbolá", 0, "LBNREB"),
        ("los hutíes", 1, "YEMREB"),
        ("el Estado Islámico", 1, "IMGMUSISI"),
        ("A el Qaeda", 0, "IMGMUSALQ"),
        ("a el - Qaeda", 0, "IMGMUSALQ"),
        ("los yihadistas de a el Shabab", 3, "SOMREB"),
        ("los talibanes paquistaníes", 1, "PAKREB"),
        ("el Grupo Wagner", 1, "RUSPRM"),
        ("las Fuerzas de Apoyo Rápido", 1, "SDNREB"),
        ("el M23", 1, "CODREB"),
        ("el cártel de Sinaloa", 1, "MEXCRM"),
        ("el Cártel de Jalisco Nueva Generación", 1, "MEXCRM"),
        ("el CJNG", 1, "MEXCRM"),
        ("el Tren de Aragua", 1, "VENCRM"),
        ("el PKK", 1, "TURREB"),
        ("el Pentágono", 1, "USAMIL"),
        ("la Guardia Civil", 1, "ESPCOP"),
        ("el Consejo Supremo de Seguridad Nacional", 1, "IRNGOV"),
    ] {
        assert_eq!(actor(&l, s, i, None), code, "{s}");
    }
    for (s, d, code) in [
        ("los talibanes", date(2015, 1, 1), "AFGREB"),
        ("los talibanes", date(2022, 1, 1), "AFGGOV"),
        ("las FAR", date(2023, 5, 1), "SDNREB"),
        ("las FAR", date(2019, 5, 1), "SDNPRM"),
    ] {
        assert_eq!(actor(&l, s, 1, d), code, "{s} {d:?}");
    }
    for (s, i, code, n) in [
        ("la canciller", 1, "GOV", 1),
        ("los cancilleres/canciller", 1, "GOV", 1),
        ("el mandatario", 1, "GOV", 1),
        ("el presidente", 1, "GOV", 1),
        ("la presidenta", 1, "GOV", 1),
        ("el jefe de Estado", 1, "GOV", 3),
        ("el jefe de el Gobierno", 1, "GOV", 4),
        ("el primer ministro", 1, "GOV", 2),
        (
            "los ministros/ministro de Relaciones/relación Exteriores/exterior",
            1,
            "GOV",
            4,
        ),
        ("la ministra de Defensa", 1, "GOV", 3),
        ("el ministro de el Interior", 1, "GOV", 4),
        ("el embajador", 1, "GOV", 1),
        ("los diputados/diputado", 1, "LEG", 1),
        ("el Senado", 1, "LEG", 1),
        ("la jueza", 1, "JUD", 1),
        ("la Corte Suprema", 1, "JUD", 2),
        ("los carabineros/carabinero", 1, "COP", 1),
        ("la policía", 1, "COP", 1),
        ("la gendarmería", 1, "COP", 1),
        ("el Ejército", 1, "MIL", 1),
        ("las tropas/tropa", 1, "MIL", 1),
        ("los soldados/soldado", 1, "MIL", 1),
        ("los militares/militar", 1, "MIL", 1),
        ("las Fuerzas/fuerza Armadas/armado", 1, "MIL", 2),
        ("los guerrilleros/guerrillero", 1, "REB", 1),
        ("los rebeldes/rebelde", 1, "REB", 1),
        ("los insurgentes/insurgente", 1, "INS", 1),
        ("los manifestantes/manifestante", 1, "OPP", 1),
        ("la oposición", 1, "OPP", 1),
        ("la petrolera estatal", 1, "BUS", 2),
        ("la empresa", 1, "BUS", 1),
        ("los periodistas/periodista", 1, "MED", 1),
        ("los estudiantes/estudiante", 1, "EDU", 1),
        ("los médicos/médico", 1, "HLH", 1),
        ("el obispo", 1, "REL", 1),
        ("el sindicato", 1, "LAB", 1),
        ("los refugiados/refugiado", 1, "REF", 1),
        ("los civiles/civil", 1, "CVL", 1),
        ("los vecinos/vecino", 1, "CVL", 1),
        ("los narcotraficantes/narcotraficante", 1, "CRM", 1),
        ("el banco central", 1, "GOVBUS", 2),
    ] {
        let (c, len, _) = agent(&l, s, i);
        assert_eq!((c.as_str(), len), (code, n), "{s}");
    }
    // Ordinary words that must not code: the article `un`, "al alba", a signature, a cut.
    let (forms, lemmas) = words("un alba la firma de el corte la guerra civil/civil");
    for i in 0..forms.len() {
        assert!(l.actor_match_at(&forms, i).is_none(), "{}", forms[i]);
    }
    for i in [1, 3, 6, 9] {
        assert!(
            l.agent_id_at_either(&forms, &lemmas, i).is_none(),
            "{}",
            forms[i]
        );
    }
}
