//! `dyad lexicon stats`: the built-in lexicon's coverage bars (issue 4), and people's dated
//! codes through `dyad code`.

use crate::cli::dyad;

/// ISO 3166-1 entries without a demonym in the built-in lexicon: territories without a people
/// of their own (ATF, BVT, HMD, SGS, UMI; SJM), for which no demonym is in use
/// (`demonym_exempt` in `crates/lexicon/tests/builtin_lexicon.rs`). Any other gap is a
/// regression; COG and DMA list the demonym they share as `shared-demonym:`.
const NO_DEMONYM_BY_DESIGN: [&str; 6] = ["ATF", "BVT", "HMD", "SGS", "SJM", "UMI"];

/// People in each language's `people.txt` (298 when written): a floor, so that entries can
/// move without touching this test but the file cannot silently shrink.
const PEOPLE_FLOOR: u64 = 280;

fn stats_json(args: &[&str]) -> (i32, serde_json::Value) {
    let mut argv = vec!["lexicon", "stats", "--json"];
    argv.extend_from_slice(args);
    let r = dyad(&argv, b"");
    assert!(r.status == 0 || r.status == 1, "{}", r.stderr);
    let v = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr));
    (r.status, v)
}

#[test]
fn built_in_lexicon_meets_the_country_cameo_and_people_bars() {
    let (status, v) = stats_json(&[]);
    assert_eq!(status, 0, "without --check the status is 0");

    // Countries: every ISO 3166-1 entry named with a demonym in en and es, except the known
    // entries without one.
    let c = &v["countries"];
    assert_eq!(c["iso"], 249);
    let missing: Vec<&str> = c["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["code"].as_str().unwrap())
        .collect();
    for code in &missing {
        assert!(
            NO_DEMONYM_BY_DESIGN.contains(code),
            "{code} lacks a name or demonym: {c}"
        );
    }
    for m in c["missing"].as_array().unwrap() {
        for h in m["have"].as_array().unwrap() {
            assert_eq!(h["name"], true, "{m}: every ISO entry has a name");
        }
    }
    assert_eq!(c["ok"].as_u64().unwrap() + missing.len() as u64, 249, "{c}");

    // CAMEO: every 3-digit code has >= 3 patterns in both languages.
    let k = &v["cameo"];
    assert_eq!(k["min_patterns"], 3);
    assert!(k["codes"].as_u64().unwrap() > 100, "{k}");
    assert_eq!(k["ok"], k["codes"], "codes under the bar: {}", k["under"]);
    assert!(k["under"].as_array().unwrap().is_empty());

    // People: the floor, dated codes, the groups the issue names, heads for the G20 and the
    // countries most in the news.
    for lang in ["en", "es"] {
        let p = &v["langs"][lang]["people"];
        let n = p["people"].as_u64().unwrap();
        assert!(n >= PEOPLE_FLOOR, "{lang}: {n} people");
        assert!(p["dated"].as_u64().unwrap() * 10 >= n * 9, "{lang}: {p}");
        for (office, count) in p["offices"].as_object().unwrap() {
            assert!(count.as_u64().unwrap() >= 5, "{lang}: {office}: {count}");
        }
        let heads: Vec<&str> = p["head_country_codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        for code in [
            "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX",
            "RUS", "SAU", "ZAF", "KOR", "TUR", "GBR", "USA", "UKR", "ISR", "IRN", "PSE", "SYR",
            "LBN", "YEM", "EGY", "SDN", "ETH", "ERI", "SOM", "KEN", "COD", "NGA", "VEN", "COL",
            "CHL", "PER", "ECU", "BOL", "CUB", "NIC", "SLV", "GTM", "HND", "PAK", "AFG", "TWN",
            "PRK", "MMR", "PHL", "ESP", "POL", "HUN",
        ] {
            assert!(
                heads.contains(&code),
                "{lang}: no head of state or government of {code}"
            );
        }
        assert_eq!(
            v["langs"][lang]["actors"]["people"], p["people"],
            "{lang}: actor count and people count agree"
        );
    }
    assert_eq!(
        v["langs"]["en"]["people"]["people"], v["langs"]["es"]["people"]["people"],
        "the same people in both languages"
    );
}

#[test]
fn check_exits_1_exactly_when_a_bar_fails_and_lang_selects() {
    let (status, v) = stats_json(&["--check", "--lang", "es"]);
    let passes = v["passes"].as_bool().unwrap();
    assert_eq!(status, if passes { 0 } else { 1 }, "{}", v["failures"]);
    let langs = v["langs"].as_object().unwrap();
    assert_eq!(langs.keys().collect::<Vec<_>>(), ["es"]);

    let r = dyad(&["lexicon", "stats", "--lang", "en"], b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.contains("CAMEO 3-digit codes"), "{}", r.stdout);
    assert!(r.stdout.contains("people: head of state"), "{}", r.stdout);
}

#[test]
fn a_user_lexicon_is_counted_first() {
    let dir = std::env::temp_dir().join(format!("dyad-lexstats-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("en")).unwrap();
    std::fs::write(
        dir.join("en/people.txt"),
        "dyad-lexicon version=1 kind=actors lang=en\nperson Ana Example\n  code: ARNGOV 2020..\n  code: ARNELI\n  office: head of state\n",
    )
    .unwrap();
    let d = dir.to_string_lossy().into_owned();
    let (_, base) = stats_json(&["--lang", "en"]);
    let (_, with) = stats_json(&["--lang", "en", "--lexicon", &d]);
    let n = |v: &serde_json::Value| v["langs"]["en"]["people"]["people"].as_u64().unwrap();
    assert_eq!(n(&with), n(&base) + 1);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The source code of the first event of `text` coded as `lang` on `date`.
fn first_source(lang: &str, date: &str, text: &str) -> String {
    let input = format!("Headline\n{text}\n");
    let r = dyad(
        &["code", "--no-db", "--lang", lang, "--date", date, "-"],
        input.as_bytes(),
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let e: serde_json::Value = serde_json::from_str(
        r.stdout
            .lines()
            .next()
            .unwrap_or_else(|| panic!("no event for {text:?} on {date}: {}", r.stderr)),
    )
    .unwrap();
    e["source"]["code"].as_str().unwrap().to_string()
}

#[test]
fn a_person_codes_by_the_document_date() {
    // Lula: president 2003-2010 and again from 2023-01-01.
    for (lang, text) in [
        ("en", "Lula praised Argentina."),
        ("es", "Lula elogió a Argentina."),
    ] {
        assert_eq!(first_source(lang, "2005-06-01", text), "BRAGOV", "{text}");
        assert_eq!(first_source(lang, "2015-06-01", text), "BRAELI", "{text}");
        assert_eq!(first_source(lang, "2024-06-01", text), "BRAGOV", "{text}");
    }
    // Obama: president 2009-01-20..2017-01-20, elite after.
    let text = "Obama criticized Russia.";
    assert_eq!(first_source("en", "2012-03-01", text), "USAGOV");
    assert_eq!(first_source("en", "2020-03-01", text), "USAELI");
    // Assad, in Spanish spelling (`al` is `a el` to the coder): in office until 2024-12-08.
    let text = "Bashar al Asad criticó a Israel.";
    assert_eq!(first_source("es", "2020-06-01", text), "SYRGOV");
    assert_eq!(first_source("es", "2025-06-01", text), "SYRELI");
}
