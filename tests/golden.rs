//! The coder's golden documents (`tests/golden/<lang>/`): short news texts written for dyad,
//! each exercising one phenomenon (apposition binding, surname coreference, passive,
//! coordination, negation, intent, reported speech, metonymy, nominal event, headline), with
//! the events a careful human coder expects in `<name>.events`, written by hand.
//!
//! Each document `<name>.txt` is a dyad text input (first line the headline, blank for none),
//! coded with `dyad code --date 2024-03-06` (a Wednesday). An `.events` line is
//! `SOURCE CAMEO TARGET MODALITY DATE`: `---` for no target, `doc` for an event whose sentence
//! states no date (the document's date stands in, `date_precision: document`), else the date
//! the sentence gives. A document passes when dyad's events are exactly these (as a multiset).

use std::collections::BTreeMap;
use std::path::Path;

use crate::cli::{dyad, root};

/// One event in the golden line format.
fn line(e: &serde_json::Value) -> String {
    let code = |a: &serde_json::Value| a["code"].as_str().unwrap_or("---").to_string();
    let date = if e["date_precision"] == "document" {
        "doc".to_string()
    } else {
        e["date"].as_str().unwrap_or("?").to_string()
    };
    format!(
        "{} {} {} {} {}",
        code(&e["source"]),
        e["cameo"].as_str().unwrap_or("?"),
        code(&e["target"]),
        e["modality"].as_str().unwrap_or("?"),
        date
    )
}

fn expected(path: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    v.sort();
    v
}

/// Codes one language's folder and compares every document with its `.events`.
fn run(lang: &str) -> (usize, usize, Vec<String>) {
    let dir = root().join("tests/golden").join(lang);
    let r = dyad(
        &[
            "code",
            "--no-db",
            "--lang",
            lang,
            "--date",
            "2024-03-06",
            dir.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let mut got: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for l in r.stdout.lines() {
        let e: serde_json::Value = serde_json::from_str(l).unwrap();
        got.entry(e["doc_id"].as_str().unwrap().to_string())
            .or_default()
            .push(line(&e));
    }
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            let txt = p.extension()? == "txt";
            let stem = p.file_stem()?.to_string_lossy().into_owned();
            txt.then_some(stem)
        })
        .collect();
    names.sort();
    let (mut pass, mut failures) = (0, Vec::new());
    for n in &names {
        let want = expected(&dir.join(format!("{n}.events")));
        let mut have = got.remove(n).unwrap_or_default();
        have.sort();
        if have == want {
            pass += 1;
        } else {
            failures.push(format!("{lang}/{n}:\n  want {want:?}\n  got  {have:?}"));
        }
    }
    (pass, names.len(), failures)
}

#[test]
fn golden_documents_code_as_written() {
    let (mut pass, mut total) = (0, 0);
    for lang in ["en", "es"] {
        let (p, t, failures) = run(lang);
        assert!(
            t >= 30,
            "{lang}: {t} golden documents, the issue asks for 30"
        );
        for f in &failures {
            eprintln!("golden FAIL {f}");
        }
        eprintln!("golden {lang}: {p}/{t} documents exactly right");
        pass += p;
        total += t;
    }
    let verdict = if pass == total { "meets" } else { "BELOW" };
    eprintln!("golden: {pass}/{total} ({verdict} the issue bar: all)");
    assert_eq!(
        pass, total,
        "the issue's bar: every golden document codes as written"
    );
}

#[test]
fn every_golden_document_has_its_events_file() {
    for lang in ["en", "es"] {
        let dir = root().join("tests/golden").join(lang);
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                assert!(
                    p.with_extension("events").exists(),
                    "{} has no .events",
                    p.display()
                );
                // An empty document codes nothing and would pass against an empty .events.
                let text = std::fs::read_to_string(&p).unwrap();
                assert!(!text.trim().is_empty(), "{} is empty", p.display());
            }
        }
    }
}
