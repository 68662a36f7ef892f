//! Issue 5 bars for places: the hand-written mentions in `tests/data/places.tsv`, analysed with
//! dyad's own segmenter, tagger and parser, found and resolved with the document's countries:
//! ≥ 90% right country and ≥ 80% right gazetteer entry, over ≥ 100 mentions, ≥ 40 per language;
//! plus `attach` on parsed two-clause sentences.
//!
//! Run in release (`cargo test -p dyad-geo --release`): loading and parsing are slow in debug.

use dyad_core::{Lang, Sentence};
use dyad_geo::{Gazetteer, PlaceFinder, PlaceMention};
use dyad_syntax::{Analyzer, AnalyzerScratch};
use dyad_text::Segmenter;

fn analyzer(lang: Lang) -> Analyzer {
    let path = match lang {
        Lang::En => concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/en/syntax.dyad"),
        Lang::Es => concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/es/syntax.dyad"),
    };
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    Analyzer::from_bytes(&bytes).expect("model loads")
}

/// A language's segmenter, analyzer and place finder.
struct Stage {
    seg: Segmenter,
    an: Analyzer,
    finder: PlaceFinder,
    scratch: AnalyzerScratch,
}

impl Stage {
    fn new(lang: Lang) -> Stage {
        Stage {
            seg: Segmenter::new(lang),
            an: analyzer(lang),
            finder: PlaceFinder::new(lang),
            scratch: AnalyzerScratch::default(),
        }
    }

    /// The text's first sentence, analysed (test sentences are one sentence each).
    fn analyse(&mut self, text: &str) -> Sentence {
        let mut sentences = self.seg.segment(text);
        assert_eq!(sentences.len(), 1, "expected one sentence: {text:?}");
        let mut s = sentences.remove(0);
        self.an.annotate(&mut s, &mut self.scratch);
        s
    }
}

fn mention_text<'a>(text: &'a str, m: &PlaceMention) -> &'a str {
    &text[m.span.start as usize..m.span.end as usize]
}

#[derive(Default)]
struct Score {
    total: usize,
    country: usize,
    entry: usize,
}

#[test]
fn place_mentions_resolve_to_the_right_place() {
    let data = include_str!("data/places.tsv");
    let g = Gazetteer::builtin();
    let mut en = Stage::new(Lang::En);
    let mut es = Stage::new(Lang::Es);
    let (mut score_en, mut score_es) = (Score::default(), Score::default());
    let mut misses = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 6, "places.tsv line {}: expected 6 fields", i + 1);
        let (stage, score) = match f[0] {
            "en" => (&mut en, &mut score_en),
            "es" => (&mut es, &mut score_es),
            other => panic!("places.tsv line {}: unknown language {other:?}", i + 1),
        };
        let countries: Vec<&str> = f[1].split(',').filter(|c| *c != "-").collect();
        let (text, expected_text, expected_country) = (f[2], f[3], f[4]);
        let expected_id: u32 = f[5].parse().expect("GeoNames id");
        assert!(
            g.by_geonames_id(expected_id).is_some(),
            "places.tsv line {}: GeoNames id {expected_id} is not in the gazetteer",
            i + 1
        );
        let s = stage.analyse(text);
        let mentions = stage.finder.find(&s);
        let found = mentions
            .iter()
            .find(|m| mention_text(text, m) == expected_text);
        score.total += 1;
        let got = found.and_then(|m| stage.finder.resolve(m, &countries));
        let (country, id, name) = match got {
            Some(id) => {
                let p = g.get(id);
                (p.country_code().to_string(), p.geonames_id, p.name.clone())
            }
            None => ("-".into(), 0, "-".into()),
        };
        score.country += usize::from(country == expected_country);
        score.entry += usize::from(id == expected_id);
        if id != expected_id {
            let seen: Vec<&str> = mentions.iter().map(|m| mention_text(text, m)).collect();
            misses.push(format!(
                "line {}: {:?} in {text:?}: expected {expected_country} {expected_id}, got {country} {id} {name} (mentions found: {seen:?})",
                i + 1,
                expected_text,
            ));
        }
    }
    for m in &misses {
        println!("miss: {m}");
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    for (lang, s) in [("en", &score_en), ("es", &score_es)] {
        println!(
            "{lang}: {} mentions, country {:.1}%, entry {:.1}%",
            s.total,
            pct(s.country, s.total),
            pct(s.entry, s.total)
        );
    }
    let total = score_en.total + score_es.total;
    let country = score_en.country + score_es.country;
    let entry = score_en.entry + score_es.entry;
    println!(
        "all: {total} mentions, country {:.1}%, entry {:.1}%",
        pct(country, total),
        pct(entry, total)
    );
    assert!(total >= 100 && score_en.total >= 40 && score_es.total >= 40);
    assert!(pct(country, total) >= 90.0, "country accuracy below 90%");
    assert!(pct(entry, total) >= 80.0, "entry accuracy below 80%");
    for s in [&score_en, &score_es] {
        assert!(pct(s.country, s.total) >= 90.0 && pct(s.entry, s.total) >= 80.0);
    }
}

/// The place attached to word `predicate` (found by its form) in a parsed sentence.
fn attached(stage: &mut Stage, text: &str, predicate: &str) -> Option<String> {
    let s = stage.analyse(text);
    let p = s
        .words
        .iter()
        .position(|w| w.form == predicate)
        .unwrap_or_else(|| panic!("no word {predicate:?} in {text:?}"));
    let mentions = stage.finder.find(&s);
    stage
        .finder
        .attach(&s, &mentions, p as u32)
        .map(|m| mention_text(text, m).to_string())
}

#[test]
fn attach_picks_the_predicates_place_in_two_clause_sentences() {
    let mut en = Stage::new(Lang::En);
    let cases = [
        (
            "Ruto met Abiy in Addis Ababa, and Kenyan troops later shelled a camp near Mogadishu.",
            [("met", Some("Addis Ababa")), ("shelled", Some("Mogadishu"))],
        ),
        (
            "The minister flew to Tokyo on Monday, while protesters marched in Manila.",
            [("flew", Some("Tokyo")), ("marched", Some("Manila"))],
        ),
        (
            "Nairobi's mayor said that police arrested ten people in Mombasa.",
            [("said", None), ("arrested", Some("Mombasa"))],
        ),
        (
            "Kenya accused Ethiopia of shelling a town, and the envoy arrived in Nairobi.",
            [("accused", None), ("arrived", Some("Nairobi"))],
        ),
        (
            "The president visited Tokyo and signed a trade deal.",
            [("visited", Some("Tokyo")), ("signed", Some("Tokyo"))],
        ),
        (
            "Kenya's president flew to Addis Ababa on Monday, while police in Nairobi arrested ten protesters.",
            [("flew", Some("Addis Ababa")), ("arrested", Some("Nairobi"))],
        ),
        (
            "The mayor of Lima said that a blast in Cusco killed two workers.",
            [("said", None), ("killed", Some("Cusco"))],
        ),
        (
            "An attempt to assassinate the governor was thwarted in Mombasa on Monday.",
            [("assassinate", Some("Mombasa")), ("thwarted", Some("Mombasa"))],
        ),
        // A sea named after a state is not in it; whose word it is, is not where.
        (
            "Pyongyang fired two missiles into the Sea of Japan on Thursday, according to Seoul.",
            [("fired", None), ("according", None)],
        ),
        // The place of an adjective on the object ("civilians dead in Kharkiv") and of a
        // direction word's region ("North Waziristan").
        (
            "Russian air strikes left 12 civilians dead in Kharkiv on Sunday, and drones struck targets in North Waziristan.",
            [("left", Some("Kharkiv")), ("struck", Some("North Waziristan"))],
        ),
        (
            "Houthi rebels fired a missile at a ship in the Red Sea, and the crew fled to Aden.",
            [("fired", None), ("fled", Some("Aden"))],
        ),
        (
            "Iran seized a tanker in the Gulf of Oman, and the crew was taken to Bandar Abbas.",
            [("seized", None), ("taken", Some("Bandar Abbas"))],
        ),
        // An event noun that is a verb's subject happens where the verb does.
        (
            "Clashes between protesters and police broke out in Lima, and the president flew to Cusco.",
            [("Clashes", Some("Lima")), ("flew", Some("Cusco"))],
        ),
        // The far side of a border is not where troops are sent.
        (
            "Kenya deployed troops to its border with Somalia, and the minister flew to Garissa.",
            [("deployed", None), ("flew", Some("Garissa"))],
        ),
        // A passive's agent is its subject: its locative phrase places the act.
        (
            "Ten farmers were kidnapped by gunmen in Zamfara state, and the governor flew to Abuja.",
            [("kidnapped", Some("Zamfara")), ("flew", Some("Abuja"))],
        ),
        // A purpose infinitive happens where its clause does; the streets of a city are in it.
        (
            "Thousands took to the streets of Tbilisi to protest, and the president flew to Baku.",
            [("protest", Some("Tbilisi")), ("flew", Some("Baku"))],
        ),
        // A name joined by "of" or "by" to a noun that is no place names whose or by whom;
        // joined so to a place noun it is where.
        (
            "Peru expelled the ambassador of Mexico, and troops shelled the outskirts of Kharkiv.",
            [("expelled", None), ("shelled", Some("Kharkiv"))],
        ),
        (
            "Riyadh and Tehran agreed to restore relations in a deal brokered by China.",
            [("restore", None), ("agreed", None)],
        ),
        // A demonym on a country word names the country.
        (
            "Police arrested dozens of students in several Iranian cities, and the minister flew to Baghdad.",
            [("arrested", Some("Iranian cities")), ("flew", Some("Baghdad"))],
        ),
    ];
    let mut es = Stage::new(Lang::Es);
    let cases_es = [
        (
            "El canciller llegó a Caracas el lunes y los manifestantes marcharon en Bogotá.",
            [("llegó", Some("Caracas")), ("marcharon", Some("Bogotá"))],
        ),
        (
            "El alcalde de Lima dijo que la policía detuvo a diez personas en Cuzco.",
            [("dijo", None), ("detuvo", Some("Cuzco"))],
        ),
        (
            "Colombia acusó a Venezuela de atacar un puesto, y el enviado viajó a Quito.",
            [("acusó", None), ("viajó", Some("Quito"))],
        ),
        (
            "El presidente visitó Tokio y firmó un acuerdo comercial.",
            [("visitó", Some("Tokio")), ("firmó", Some("Tokio"))],
        ),
        (
            "Los soldados llegaron a las afueras de Kabul, pero el Gobierno de Kenia lo negó.",
            [("llegaron", Some("Kabul")), ("negó", None)],
        ),
        (
            "Una bomba cerca de Mosul mató a dos hombres, y un plan para asesinar al gobernador fue frustrado en Mombasa.",
            [("mató", Some("Mosul")), ("asesinar", Some("Mombasa"))],
        ),
        (
            "Pionyang disparó dos misiles al mar de Japón el jueves, según Seúl.",
            [("disparó", None), ("jueves", None)],
        ),
        (
            "Irán incautó un petrolero en el golfo de Omán y detuvo a la tripulación en Teherán.",
            [("incautó", None), ("detuvo", Some("Teherán"))],
        ),
        (
            "Kenia desplegó soldados en la frontera con Somalia y el ministro viajó a Garissa.",
            [("desplegó", None), ("viajó", Some("Garissa"))],
        ),
        (
            "Diez campesinos fueron secuestrados por hombres armados en el Cauca y el gobernador viajó a Bogotá.",
            [("secuestrados", Some("Cauca")), ("viajó", Some("Bogotá"))],
        ),
        (
            "Miles de personas salieron a las calles de Caracas para protestar, y el canciller viajó a Lima.",
            [("protestar", Some("Caracas")), ("viajó", Some("Lima"))],
        ),
        (
            "El Gobierno de Perú expulsó al embajador de México y el canciller llegó a la ciudad de Cusco.",
            [("expulsó", None), ("llegó", Some("Cusco"))],
        ),
        (
            "Estallaron protestas en varias ciudades iraníes y el canciller viajó a Bagdad.",
            [("protestas", Some("ciudades iraníes")), ("viajó", Some("Bagdad"))],
        ),
        (
            "Un atacante suicida mató a doce personas en una mezquita de Peshawar y la policía llegó a Kabul.",
            [("mató", Some("Peshawar")), ("llegó", Some("Kabul"))],
        ),
    ];
    let mut wrong = Vec::new();
    for (stage, cases) in [(&mut en, &cases[..]), (&mut es, &cases_es[..])] {
        for (text, preds) in cases {
            for (pred, want) in preds {
                let got = attached(stage, text, pred);
                if got.as_deref() != *want {
                    wrong.push(format!("{text:?} / {pred}: expected {want:?}, got {got:?}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "wrong attachments:\n{}", wrong.join("\n"));
}
