//! `dyad code`: the JSONL contract, bad input reported and skipped, the batch going on.

use crate::cli::{dyad, jsonl, shared};

const CONTRACT: [&str; 16] = [
    "doc_id",
    "sentence_index",
    "sentence",
    "date",
    "date_precision",
    "source",
    "target",
    "cameo",
    "cameo_root",
    "quad_class",
    "goldstein",
    "plover",
    "modality",
    "location",
    "trigger",
    "confidence",
];

fn phoenix_args(shared: &std::path::Path) -> Vec<String> {
    let d = shared.join("external/petrarch2/dictionaries");
    let p = |f: &str| d.join(f).to_string_lossy().into_owned();
    vec![
        "--petrarch-verbs".into(),
        p("CAMEO.2.0.txt"),
        "--petrarch-actors".into(),
        p("Phoenix.Countries.actors.txt"),
        "--petrarch-actors".into(),
        p("Phoenix.International.actors.txt"),
        "--petrarch-actors".into(),
        p("Phoenix.MilNonState.actors.txt"),
        "--petrarch-agents".into(),
        p("Phoenix.agents.txt"),
        "--petrarch-discards".into(),
        p("Phoenix.discards.txt"),
    ]
}

#[test]
fn a_partial_petrarch_set_is_refused_with_what_to_pass() {
    let r = dyad(
        &[
            "code",
            "--no-db",
            "--petrarch-verbs",
            "x.txt",
            "examples/news/en-horn-of-africa.txt",
        ],
        b"",
    );
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("--petrarch-actors"), "{}", r.stderr);
}

#[test]
fn the_built_in_lexicon_codes_without_flags() {
    let r = dyad(&["code", "--no-db", "examples/news/"], b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stderr.contains("2 documents"), "{}", r.stderr);
    let events = jsonl(&r.stdout);
    // "Ethiopia's army later accused Eritrean troops of shelling a border town"
    assert!(
        events.iter().any(|e| e["source"]["country"] == "ETH"
            && e["cameo_root"] == "11"
            && e["target"]["country"] == "ERI"),
        "no ETH accuses ERI event in {events:#?}"
    );
    // "El canciller colombiano se reunió el lunes en Caracas con su homólogo venezolano"
    assert!(
        events.iter().any(|e| e["source"]["country"] == "COL"
            && e["cameo_root"] == "04"
            && e["doc_id"] == "es-colombia-venezuela"),
        "no Colombian consult event in {events:#?}"
    );
}

#[test]
fn trees_are_written_for_every_sentence_the_events_point_into() {
    let dir = std::env::temp_dir().join(format!("dyad-trees-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let trees = dir.join("trees.conllu");
    let r = dyad(
        &[
            "code",
            "--no-db",
            "--trees",
            trees.to_str().unwrap(),
            "examples/news/",
        ],
        b"",
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&trees).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    let blocks: Vec<&str> = text
        .split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .collect();
    // one block per sentence the summary counts, each a tree with one root
    let counted = r
        .stderr
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .find(|w| w[1].starts_with("sentences"))
        .and_then(|w| w[0].parse::<usize>().ok())
        .expect("a sentence count in the summary");
    assert_eq!(blocks.len(), counted, "{}", r.stderr);
    for b in &blocks {
        let roots = b
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter(|l| l.split('\t').nth(6) == Some("0"))
            .count();
        assert_eq!(roots, 1, "{b}");
    }
    // every event's sentence is there by its id, with the trigger among its words
    for e in jsonl(&r.stdout) {
        let id = format!(
            "# sent_id = {}-{}",
            e["doc_id"].as_str().unwrap(),
            e["sentence_index"]
        );
        let block = blocks
            .iter()
            .find(|b| b.lines().any(|l| l == id))
            .unwrap_or_else(|| panic!("no tree {id}"));
        let trigger = e["trigger"].as_str().unwrap();
        let first = trigger.split_whitespace().next().unwrap();
        assert!(
            block.lines().any(|l| l.split('\t').nth(1) == Some(first)),
            "{first} not in {block}"
        );
    }
}

#[test]
fn english_news_gives_contract_records() {
    let Some(sh) = shared() else { return };
    let mut args: Vec<String> = vec![
        "code".into(),
        "--no-db".into(),
        "--date".into(),
        "2024-01-03".into(),
    ];
    args.extend(phoenix_args(&sh));
    args.push("examples/news/en-horn-of-africa.txt".into());
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = dyad(&argv, b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
    let events = jsonl(&r.stdout);
    assert!(!events.is_empty(), "no events; stderr: {}", r.stderr);
    for e in &events {
        for f in CONTRACT {
            assert!(e.get(f).is_some(), "field {f} missing in {e}");
        }
        assert_eq!(e["doc_id"], "en-horn-of-africa");
        // The document's date stands in only where the sentence gives none ("flew to Addis
        // Ababa on Tuesday" is the Tuesday before the document's Wednesday).
        match e["date_precision"].as_str() {
            Some("document") => assert_eq!(e["date"], "2024-01-03"),
            Some("day") => assert!(e["date"].as_str().is_some_and(|d| d <= "2024-01-03"), "{e}"),
            other => panic!("unexpected date_precision {other:?} in {e}"),
        }
        assert!(e["source"]["code"].is_string());
    }
    assert!(r.stderr.contains("1 documents"), "{}", r.stderr);
}

#[test]
fn a_malformed_jsonl_line_is_reported_and_the_rest_coded() {
    let Some(sh) = shared() else { return };
    let dir = std::env::temp_dir().join(format!("dyad-code-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("batch.jsonl");
    std::fs::write(
        &f,
        concat!(
            r#"{"id": "a", "title": "Police arrest protesters", "text": "Police arrested protesters in Nairobi on Monday.", "lang": "en"}"#,
            "\n{\"id\": \"b\", \"text\": \"broken\n",
            r#"{"id": "c", "text": "", "lang": "en"}"#,
            "\n",
            r#"{"id": "d", "text": "El ejército de Colombia atacó a los rebeldes.", "date": "2024-02-30"}"#,
            "\n",
            r#"{"id": "e", "text": "Iran accused Israel of attacking its embassy.", "date": "2024-04-02"}"#,
            "\n"
        ),
    )
    .unwrap();
    let mut args: Vec<String> = vec![
        "code".into(),
        "--no-db".into(),
        "--format".into(),
        "csv".into(),
    ];
    args.extend(phoenix_args(&sh));
    args.push(f.to_string_lossy().into_owned());
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = dyad(&argv, b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("batch.jsonl:2: malformed JSON"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("document c: empty text"), "{}", r.stderr);
    assert!(r.stderr.contains("invalid date"), "{}", r.stderr);
    assert!(
        r.stderr.contains("2 documents") && r.stderr.contains("3 skipped"),
        "{}",
        r.stderr
    );
    assert!(
        r.stdout.starts_with("doc_id,sentence_index,"),
        "{}",
        r.stdout
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// Issue 5 end to end: the example story's dateline (`NAIROBI, Jan. 3rd (Reuters) -`) is split
/// off and anchors "on Tuesday"; the visit is placed where the text says, the accusation (no
/// place in its sentence) at the dateline.
#[test]
fn events_carry_the_date_and_place_their_text_gives() {
    let r = dyad(
        &[
            "code",
            "--no-db",
            "--date",
            "2025-02-12",
            "examples/news/en-horn-of-africa.txt",
        ],
        b"",
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let events = jsonl(&r.stdout);
    let find = |code: &str, src: &str| {
        events
            .iter()
            .find(|e| e["cameo"] == code && e["source"]["code"] == src)
            .unwrap_or_else(|| panic!("no {src} {code} in {events:?}"))
    };
    // The headline ("Kenya's president visits Addis Ababa ...") codes the visit too, dated by
    // the document; the body's sentence states the day.
    assert!(events.iter().any(|e| e["cameo"] == "042"
        && e["sentence_index"] == 0
        && e["date_precision"] == "document"));
    let visit = events
        .iter()
        .find(|e| e["cameo"] == "042" && e["source"]["code"] == "KENGOV" && e["trigger"] == "flew")
        .unwrap_or_else(|| panic!("no KENGOV 042 flew in {events:?}"));
    assert_eq!(
        visit["target"]["code"], "ETH",
        "a visit to a capital is to its country"
    );
    assert_eq!(
        (&visit["date"], &visit["date_precision"]),
        (&"2024-12-31".into(), &"day".into())
    );
    assert_eq!(visit["location"]["name"], "Addis Ababa");
    assert_eq!(visit["location"]["from"], "text");
    let accuse = find("112", "ETHMIL");
    assert_eq!(accuse["date_precision"], "document");
    assert_eq!(accuse["date"], "2025-01-03", "the dateline's day stands in");
    assert_eq!(accuse["location"]["name"], "Nairobi");
    assert_eq!(accuse["location"]["from"], "dateline");
    // The dateline is never an actor.
    assert!(events.iter().all(|e| e["source"]["text"] != "NAIROBI"));
}

#[test]
fn an_inferred_country_says_where_it_came_from() {
    let dir = std::env::temp_dir().join(format!("dyad-inferred-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let doc = dir.join("inferred.txt");
    std::fs::write(
        &doc,
        "\nGunmen killed two policemen in Basra on Tuesday. A judge opened an investigation \
         against three Peruvian ministers.\n",
    )
    .unwrap();
    let r = dyad(
        &[
            "code",
            "--no-db",
            "--date",
            "2024-03-06",
            doc.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let events = jsonl(&r.stdout);
    let killed = events
        .iter()
        .find(|e| e["trigger"] == "killed")
        .unwrap_or_else(|| panic!("no killing in {events:?}"));
    assert_eq!(killed["source"]["country"], "IRQ");
    assert_eq!(killed["source"]["country_from"], "place");
    // "policemen in Basra": the phrase itself names the place, so nothing was inferred.
    assert_eq!(killed["target"]["country"], "IRQ");
    assert!(killed["target"].get("country_from").is_none());
    // The judge facing Peru's ministers is Peru's, not the story's earlier Iraq.
    let judge = events
        .iter()
        .find(|e| e["source"]["code"] == "PERJUD")
        .unwrap_or_else(|| panic!("no PERJUD in {events:?}"));
    assert_eq!(judge["source"]["country_from"], "counterpart");
    assert!(judge["target"].get("country_from").is_none(), "{judge}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_shared_demonym_takes_the_state_the_story_named() {
    let dir = std::env::temp_dir().join(format!("dyad-shared-demonym-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let docs = dir.join("docs.jsonl");
    let lines = [
        ("brazzaville", "Fighting broke out near Brazzaville on Monday. Congolese soldiers attacked rebels in the south."),
        ("goma", "Congolese soldiers attacked rebels near Goma on Monday."),
        ("roseau", "Dominica's prime minister spoke in Roseau on Friday. Dominican police arrested two protesters."),
        ("santo-domingo", "Dominican police arrested two protesters on Friday."),
        ("es-brazzaville", "El gobierno de Brazzaville denunció el ataque. Soldados congoleños atacaron a los rebeldes."),
        ("es-kinshasa", "Soldados congoleños atacaron a los rebeldes cerca de Kinshasa."),
    ];
    let jsonl_in: String = lines
        .iter()
        .map(|(id, text)| {
            format!(
                "{}\n",
                serde_json::json!({"id": id, "text": text, "date": "2024-03-06"})
            )
        })
        .collect();
    std::fs::write(&docs, jsonl_in).unwrap();
    let r = dyad(&["code", "--no-db", docs.to_str().unwrap()], b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
    let events = jsonl(&r.stdout);
    let source_of = |doc: &str, trigger: &str| {
        events
            .iter()
            .find(|e| e["doc_id"] == doc && e["trigger"] == trigger)
            .map(|e| e["source"]["code"].as_str().unwrap_or_default().to_string())
            .unwrap_or_else(|| panic!("no {trigger:?} event in {doc}: {events:?}"))
    };
    // The owner (the larger state) keeps the demonym unless the story named the sharer.
    assert_eq!(source_of("brazzaville", "attacked"), "COGMIL");
    assert_eq!(source_of("goma", "attacked"), "CODMIL");
    assert_eq!(source_of("roseau", "arrested"), "DMACOP");
    assert_eq!(source_of("santo-domingo", "arrested"), "DOMCOP");
    assert_eq!(source_of("es-brazzaville", "atacaron"), "COGMIL");
    assert_eq!(source_of("es-kinshasa", "atacaron"), "CODMIL");
    let _ = std::fs::remove_dir_all(&dir);
}
