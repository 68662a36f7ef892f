//! The built-in lexicon (`lexicon/en`, `lexicon/es`, issue 4) loads without errors, covers every
//! ISO 3166-1 entry (plus Kosovo) with names and demonyms in both languages, and compiles to the
//! lookups the coder makes. `cargo test -p dyad-lexicon --test builtin_lexicon -- --nocapture`
//! prints the counts.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use dyad_core::is_state_code;
use dyad_lexicon::dyad::actors::{ActorBlock, ActorKind, NameRole};
use dyad_lexicon::dyad::{load_dir, DyadLexicon};
use dyad_lexicon::petrarch::actors::CodeSpec;
use dyad_lexicon::{normalize, Lexicon};

fn lexicon_dir(lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../lexicon")
        .join(lang)
}

/// CAMEO's historical state codes: states that no longer exist, not expected in a current
/// lexicon (KSV, Kosovo, is CAMEO's too but current, so it is required).
const HISTORICAL: &[&str] = &[
    "ANT", "BUR", "CSK", "DDR", "RHO", "SCG", "SUN", "TMP", "USR", "VDR", "YMD", "YUG", "ZAR",
];

/// ISO 3166-1 entries that are not sovereign states (dependencies, special areas, Western
/// Sahara): names and demonyms are required, capitals are not.
const TERRITORIES: &[&str] = &[
    "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK", "CUW",
    "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HKG", "HMD",
    "IMN", "IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN",
    "PRI", "PYF", "REU", "SGS", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "UMI", "VGB", "VIR",
    "WLF",
];

/// Entries without a demonym: territories without a people of their own (no permanent
/// population, or only staff and residents who are the sovereign's nationals), for which no
/// demonym is in use. States sharing one with a neighbour list it as `shared-demonym:`.
fn demonym_exempt(_lang: &str, code: &str) -> bool {
    matches!(code, "ATF" | "BVT" | "HMD" | "SGS" | "SJM" | "UMI")
}

/// Sovereign states without a `capital:` line, by design: Brussels mostly means the EU (left
/// to the organizations file); city-states are named as the state; Victoria (SYC), Sofía (BGR,
/// es) and Asunción (PRY, es: "la asunción del presidente") would match ordinary words or first
/// names, because matching ignores case.
fn capital_exempt(lang: &str, code: &str) -> bool {
    matches!(code, "BEL" | "MCO" | "SGP" | "VAT" | "SYC")
        || (lang == "es" && matches!(code, "BGR" | "PRY"))
}

/// Every current state code of CAMEO's table: ISO 3166-1 alpha-3 plus KSV.
fn current_state_codes() -> Vec<String> {
    let mut out = Vec::new();
    for a in b'A'..=b'Z' {
        for b in b'A'..=b'Z' {
            for c in b'A'..=b'Z' {
                let code = String::from_utf8(vec![a, b, c]).expect("invariant: ASCII");
                if is_state_code(&code) && !HISTORICAL.contains(&code.as_str()) {
                    out.push(code);
                }
            }
        }
    }
    out
}

fn countries(d: &DyadLexicon) -> BTreeMap<&str, &ActorBlock> {
    d.actors
        .iter()
        .filter(|b| b.kind == ActorKind::Country)
        .map(|b| (b.label.as_str(), b))
        .collect()
}

fn count(b: &ActorBlock, role: NameRole) -> usize {
    b.names.iter().filter(|n| n.role == role).count()
}

#[test]
fn every_current_state_has_names_and_demonyms_in_both_languages() {
    let codes = current_state_codes();
    assert_eq!(codes.len(), 250, "249 ISO 3166-1 codes + KSV");
    let mut missing = Vec::new();
    for lang in ["en", "es"] {
        let d = load_dir(&lexicon_dir(lang)).unwrap_or_else(|e| panic!("{lang}: {e}"));
        let by_code = countries(&d);
        let (mut names, mut demonyms, mut capitals, mut seats, mut cities) = (0, 0, 0, 0, 0);
        for code in &codes {
            let Some(b) = by_code.get(code.as_str()) else {
                missing.push(format!("{lang} {code}: no country block"));
                continue;
            };
            let sovereign = !TERRITORIES.contains(&code.as_str());
            if count(b, NameRole::Name) == 0 {
                missing.push(format!("{lang} {code}: no name"));
            }
            if count(b, NameRole::Demonym) == 0 && !demonym_exempt(lang, code) {
                missing.push(format!("{lang} {code}: no demonym"));
            }
            if sovereign && count(b, NameRole::Capital) == 0 && !capital_exempt(lang, code) {
                missing.push(format!("{lang} {code}: no capital"));
            }
            names += count(b, NameRole::Name);
            demonyms += count(b, NameRole::Demonym);
            capitals += count(b, NameRole::Capital);
            seats += count(b, NameRole::Seat);
            cities += count(b, NameRole::City);
        }
        let others = d.actors.len() - by_code.len();
        println!(
            "{lang}: {} countries, {names} names, {demonyms} demonym forms, {capitals} capitals, \
             {seats} seats, {cities} cities, {others} other actor blocks",
            by_code.len()
        );
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Upper-cases a sentence's words as the coder does (words already split as dyad does).
fn toks(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            let mut o = String::new();
            normalize(w, &mut o);
            o
        })
        .collect()
}

/// The code and role of the actor named at word `i` of `sentence`.
fn lookup(l: &Lexicon, sentence: &str, i: usize) -> (String, NameRole) {
    let m = l
        .actor_match_at(&toks(sentence), i)
        .unwrap_or_else(|| panic!("no actor at word {i} of {sentence:?}"));
    let code = match l.actor_codes(m.id, None).next() {
        Some(CodeSpec::Code(c)) => c.to_string(),
        Some(CodeSpec::Null) => "---".into(),
        other => panic!("{sentence:?}: {other:?}"),
    };
    (code, m.role)
}

#[test]
fn spot_checks_through_the_compiled_lexicon() {
    use NameRole::*;
    let en = Lexicon::load_dyad_dir(&lexicon_dir("en")).unwrap();
    let es = Lexicon::load_dyad_dir(&lexicon_dir("es")).unwrap();
    for (l, s, i, code, role) in [
        (&en, "the U.S. said", 1, "USA", Name),
        (&en, "United States officials", 0, "USA", Name),
        (&en, "American troops", 0, "USA", Demonym),
        (&en, "the White House said", 1, "USAGOV", Seat),
        (&en, "the Pentagon said", 1, "USAMIL", Name),
        (&en, "Foggy Bottom said", 0, "USAGOV", Seat),
        (&en, "the Kremlin said", 1, "RUSGOV", Seat),
        (&en, "Moscow said", 0, "RUSGOV", Capital),
        (&en, "Russians protested", 0, "RUS", Demonym),
        (&en, "Ivorian officials", 0, "CIV", Demonym),
        (&en, "in Ivory Coast", 1, "CIV", Name),
        (&en, "in Côte d'Ivoire", 1, "CIV", Name),
        (&en, "in Cote d'Ivoire", 1, "CIV", Name),
        (&en, "the UK government", 1, "GBR", Name),
        (&en, "Britain said", 0, "GBR", Name),
        (&en, "Downing Street said", 0, "GBRGOV", Seat),
        (&en, "the Élysée said", 1, "FRAGOV", Seat),
        (&en, "the Elysee said", 1, "FRAGOV", Seat),
        (&en, "Zhongnanhai", 0, "CHNGOV", Seat),
        (&en, "the People 's Republic of China", 1, "CHN", Name),
        (&en, "Czechia and the Czech Republic", 3, "CZE", Name),
        (&en, "in Guinea - Bissau", 1, "GNB", Name),
        (&en, "North Korean missiles", 0, "PRK", Demonym),
        (&en, "Kosovar police", 0, "KSV", Demonym),
        (&en, "Palestinian officials", 0, "PSE", Demonym),
        (&en, "Taiwan said", 0, "TWN", Name),
        (&en, "Sahrawi refugees", 0, "ESH", Demonym),
        (&en, "Bogota said", 0, "COLGOV", Capital),
        (&en, "in New Jersey", 1, "---", Name),
        (&es, "EE.UU. condenó", 0, "USA", Name),
        (&es, "según EE. UU.", 1, "USA", Name),
        (&es, "los estadounidenses", 1, "USA", Demonym),
        (&es, "la Casa Blanca", 1, "USAGOV", Seat),
        (&es, "el Pentágono", 1, "USAMIL", Name),
        (&es, "el Kremlin dijo", 1, "RUSGOV", Seat),
        (&es, "las tropas rusas", 2, "RUS", Demonym),
        (&es, "la Casa Rosada", 1, "ARGGOV", Seat),
        (&es, "el Palacio de Miraflores", 1, "VENGOV", Seat),
        (&es, "desde Planalto", 1, "BRAGOV", Seat),
        (&es, "el Palacio de La Moneda", 1, "CHLGOV", Seat),
        (&es, "La Moncloa", 0, "ESPGOV", Seat),
        (&es, "la Casa de Nariño", 1, "COLGOV", Seat),
        (&es, "Carondelet", 0, "ECUGOV", Seat),
        (&es, "el Palacio Quemado", 1, "BOLGOV", Seat),
        (&es, "Los Pinos", 0, "MEXGOV", Seat),
        (&es, "el Reino Unido", 1, "GBR", Name),
        (&es, "Gran Bretaña", 0, "GBR", Name),
        (&es, "Costa de Marfil", 0, "CIV", Name),
        (&es, "Chequia y la República Checa", 3, "CZE", Name),
        (&es, "la República Democrática de el Congo", 1, "COD", Name),
        (&es, "las autoridades marfileñas", 2, "CIV", Demonym),
        (&es, "norteamericanas", 0, "USA", Demonym),
        (&es, "Moscú respondió", 0, "RUSGOV", Capital),
        (&es, "el Sáhara Occidental", 1, "ESH", Name),
        (&es, "Taiwán", 0, "TWN", Name),
        (&es, "Kosovo", 0, "KSV", Name),
        (&es, "los kosovares", 1, "KSV", Demonym),
        (&en, "across Latin America", 1, "LAM", Name),
        (&en, "in the Balkans", 1, "BLK", Name),
        (&en, "Sub-Saharan Africa", 0, "AFR", Name),
        (&en, "Gulf Arab states", 0, "PGS", Name),
        (&en, "Western powers", 0, "WST", Name),
        (&es, "en América Latina", 1, "LAM", Name),
        (&es, "en Oriente Medio", 1, "MEA", Name),
        (&es, "los países de el Golfo", 1, "PGS", Name),
        (&es, "los gobiernos latinoamericanos", 2, "LAM", Demonym),
    ] {
        assert_eq!(lookup(l, s, i), (code.to_string(), role), "{s}");
    }
    // Ordinary words that must not code as a country (matching ignores case).
    for (l, s, i) in [
        (&es, "una reunión", 1),
        (&es, "la paz", 1),
        (&es, "una granada", 1),
        (&es, "la moneda", 1),
    ] {
        assert!(l.actor_match_at(&toks(s), i).is_none(), "{s}");
    }
    // Two- and three-letter acronyms match only where written in capitals.
    let written = |s: &str, i: usize| {
        let words: Vec<&str> = s.split_whitespace().collect();
        en.actor_match_at(&toks(s), i)
            .filter(|m| m.written_as(|k| words.get(i + k).copied()))
            .map(|m| en.actor_label(m.id).to_string())
    };
    assert_eq!(written("told us", 1), None);
    assert_eq!(written("the US said", 1).as_deref(), Some("USA"));
    assert_eq!(written("those who left", 1), None);
    assert!(written("the WHO said", 1).is_some());
    assert_eq!(written("it is over", 1), None);
    assert!(written("IS fighters", 0).is_some());
    // Names marked `=` match only with their capitals.
    let written_es = |s: &str, i: usize| {
        let words: Vec<&str> = s.split_whitespace().collect();
        es.actor_match_at(&toks(s), i)
            .filter(|m| m.written_as(|k| words.get(i + k).copied()))
            .map(|m| es.actor_label(m.id).to_string())
    };
    assert_eq!(written_es("llegó a La Paz", 2).as_deref(), Some("BOL"));
    assert_eq!(written_es("la paz es posible", 0), None);
    assert_eq!(written_es("La paz es posible", 0), None);
    assert_eq!(written_es("La Moneda rechazó", 0).as_deref(), Some("CHL"));
    assert_eq!(written_es("la moneda nacional", 0), None);
}
