//! `dyad code` into the SQLite store (issue 6): re-coding is idempotent, `kill -9` mid-ingest
//! leaves a consistent database that a re-run completes, bad input never loses stored data.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use dyad_store::{Stats, Store};

use crate::cli::{dyad, jsonl, root};

const EN_COUNTRIES: [&str; 12] = [
    "Kenya", "Ethiopia", "Eritrea", "Somalia", "Sudan", "Egypt", "France", "Germany", "Russia",
    "Ukraine", "China", "Japan",
];
const ES_COUNTRIES: [&str; 10] = [
    "Colombia",
    "Venezuela",
    "Ecuador",
    "Perú",
    "Chile",
    "Argentina",
    "México",
    "Bolivia",
    "Cuba",
    "España",
];
const EN_TEMPLATES: [&str; 6] = [
    "{A} accused {B} of violating the ceasefire.",
    "The foreign minister of {A} met the ambassador of {B} in the capital on Monday.",
    "Troops from {A} shelled positions held by {B} near the border.",
    "The president of {A} praised {B} for its help after the floods.",
    "{A} threatened to impose new sanctions on {B}.",
    "Police in {A} arrested dozens of protesters, officials said.",
];
const ES_TEMPLATES: [&str; 5] = [
    "{A} acusó a {B} de violar el alto el fuego.",
    "El canciller de {A} se reunió con el embajador de {B} el lunes.",
    "Tropas de {A} atacaron posiciones de {B} cerca de la frontera.",
    "El presidente de {A} elogió a {B} por su ayuda tras las inundaciones.",
    "{A} amenazó con imponer nuevas sanciones a {B}.",
];

/// `n` small JSONL documents, alternating English and Spanish, each a headline and two
/// sentences filled from the templates above with varied actors: our own text, so the test
/// needs no third-party data.
pub fn corpus(n: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        let es = i % 3 == 2;
        let (countries, templates): (&[&str], &[&str]) = if es {
            (&ES_COUNTRIES, &ES_TEMPLATES)
        } else {
            (&EN_COUNTRIES, &EN_TEMPLATES)
        };
        let pick = |k: usize| countries[(i * 7 + k * 5 + i / 11) % countries.len()];
        let fill = |t: usize, k: usize| {
            templates[(i + t) % templates.len()]
                .replace("{A}", pick(k))
                .replace("{B}", pick(k + 1))
        };
        let doc = serde_json::json!({
            "id": format!("doc-{i:04}"),
            "title": fill(0, 0).trim_end_matches('.'),
            "text": format!("{} {}", fill(1, 2), fill(2, 4)),
            "date": format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
            "lang": if es { "es" } else { "en" },
            "source": if i % 2 == 0 { "Wire A" } else { "Wire B" },
        });
        out.push_str(&doc.to_string());
        out.push('\n');
    }
    out
}

/// A fresh scratch folder for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn code_into(db: &Path, input: &Path) {
    let r = dyad(&["code", "--db", path(db), path(input)], b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The counts and the consistency check of a store file.
fn verified_stats(db: &Path) -> Stats {
    let s = Store::open_read_only(db).unwrap();
    let problems = s.check().unwrap();
    assert!(problems.is_empty(), "inconsistent store: {problems:#?}");
    s.stats().unwrap()
}

#[test]
fn recoding_the_same_1000_documents_keeps_the_counts() {
    let dir = scratch("store-recode");
    let input = dir.join("news.jsonl");
    std::fs::write(&input, corpus(1000)).unwrap();
    let db = dir.join("x.db");
    let t = Instant::now();
    code_into(&db, &input);
    let first_run = t.elapsed();
    let first = verified_stats(&db);
    assert_eq!(first.documents, 1000);
    assert!(first.sentences >= 3000, "{first:?}");
    assert!(
        first.events >= 500,
        "too few events to mean anything: {first:?}"
    );
    code_into(&db, &input);
    let second = verified_stats(&db);
    assert_eq!(
        (
            second.documents,
            second.sentences,
            second.events,
            second.actors,
            second.stories
        ),
        (
            first.documents,
            first.sentences,
            first.events,
            first.actors,
            first.stories
        ),
        "re-coding changed the store"
    );
    eprintln!("1000 documents coded in {first_run:?}: {first:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn kill_9_mid_ingest_leaves_a_consistent_store_that_a_rerun_completes() {
    let dir = scratch("store-kill");
    let input = dir.join("big.jsonl");
    // Large enough that the first batch commits well before the last (a batch is 256 docs).
    std::fs::write(&input, corpus(2000)).unwrap();
    let db = dir.join("killed.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["code", "--db", path(&db), path(&input)])
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(300);
    let stored_before_kill = loop {
        assert!(Instant::now() < deadline, "no document stored within 300 s");
        assert!(
            child.try_wait().unwrap().is_none(),
            "dyad finished before it could be killed: make the input larger"
        );
        let n = Store::open_read_only(&db)
            .and_then(|s| s.stats())
            .map(|s| s.documents)
            .unwrap_or(0);
        if n > 0 {
            break n;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    child.kill().unwrap(); // SIGKILL on Unix: no destructor, no rollback, no checkpoint.
    child.wait().unwrap();
    let after_kill = verified_stats(&db);
    assert!(after_kill.documents >= stored_before_kill);
    assert!(
        after_kill.documents < 2000,
        "the kill came too late to test anything: {after_kill:?}"
    );
    assert_eq!(
        after_kill.documents % 256,
        0,
        "only whole batches are committed: {after_kill:?}"
    );

    code_into(&db, &input);
    let rerun = verified_stats(&db);
    let clean_db = dir.join("clean.db");
    code_into(&clean_db, &input);
    let clean = verified_stats(&clean_db);
    assert_eq!(
        (
            rerun.documents,
            rerun.sentences,
            rerun.events,
            rerun.actors,
            rerun.stories
        ),
        (
            clean.documents,
            clean.sentences,
            clean.events,
            clean.actors,
            clean.stories
        ),
        "a killed-then-rerun store differs from a clean run"
    );
    eprintln!(
        "killed at {} documents; rerun and clean run: {clean:?}",
        after_kill.documents
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_input_is_skipped_with_reasons_and_loses_nothing_stored() {
    let dir = scratch("store-bad");
    let db = dir.join("x.db");
    let good = dir.join("good.jsonl");
    std::fs::write(&good, corpus(4)).unwrap();
    code_into(&db, &good);
    let before = verified_stats(&db);

    let mut bad: Vec<u8> = Vec::new();
    bad.extend_from_slice(b"{\"id\": \"doc-0001\", \"text\": \"broken\n"); // malformed, reuses an id
    bad.extend_from_slice(b"{\"id\": \"doc-0002\", \"text\": \"   \", \"lang\": \"en\"}\n"); // empty
    bad.extend_from_slice(b"{\"id\": \"fr\", \"text\": \"Bonjour.\", \"lang\": \"fr\"}\n");
    bad.extend_from_slice(b"\x00\x01\x02\xff\xfe binary junk \x89PNG\r\n");
    bad.extend_from_slice(b"{\"id\": \"nolang\", \"text\": \"12345 67890 !!!\"}\n");
    bad.extend_from_slice(
        b"{\"id\": \"latin1\", \"text\": \"Kenya accused Somalia of shelling the border town \xe9.\", \"lang\": \"en\"}\n",
    );
    let badf = dir.join("bad.jsonl");
    std::fs::write(&badf, bad).unwrap();
    let r = dyad(&["code", "--db", path(&db), path(&badf)], b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("bad.jsonl:1: malformed JSON"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("bad.jsonl:4: malformed JSON"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("document doc-0002: empty text"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("unsupported language"), "{}", r.stderr);
    assert!(r.stderr.contains("invalid UTF-8"), "{}", r.stderr);
    assert!(
        r.stderr.contains("1 documents") && r.stderr.contains("5 skipped"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("1 empty"), "{}", r.stderr);
    assert!(r.stderr.contains("1 unknown language"), "{}", r.stderr);
    assert!(r.stderr.contains("3 malformed input"), "{}", r.stderr);

    let after = verified_stats(&db);
    assert_eq!(
        after.documents,
        before.documents + 1,
        "only `latin1` is new"
    );
    let s = Store::open_read_only(&db).unwrap();
    for id in ["doc-0001", "doc-0002"] {
        let d = s
            .document(id)
            .unwrap()
            .expect("a failing re-code deleted the stored document");
        assert!(!d.sentences.is_empty());
    }
    let latin1 = s.document("latin1").unwrap().unwrap();
    assert!(latin1.text.contains('\u{FFFD}'));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn with_a_store_stdout_gets_a_table_and_globs_expand() {
    let dir = scratch("store-table");
    let db = dir.join("x.db");
    // Quoted, so no shell expands it: dyad must.
    let r = dyad(&["code", "--db", path(&db), "examples/news/*.txt"], b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stderr.contains("2 documents"), "{}", r.stderr);
    let first = r.stdout.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("DATE") && first.contains("EVENT"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("112 Accuse"), "{}", r.stdout);
    assert!(
        !r.stdout.contains("\"doc_id\""),
        "JSONL on stdout: {}",
        r.stdout
    );

    let q = dyad(
        &[
            "query",
            "--db",
            path(&db),
            "--actor",
            "ETH",
            "--root",
            "11",
            "--format",
            "json",
        ],
        b"",
    );
    assert_eq!(q.status, 0, "{}", q.stderr);
    let recs = jsonl(&q.stdout);
    assert!(
        !recs.is_empty() && recs.iter().all(|e| e["cameo_root"] == "11"),
        "{}",
        q.stdout
    );

    let r = dyad(&["code", "--db", path(&db), "examples/news/*.nothing"], b"");
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("no files match"), "{}", r.stderr);
    let r = dyad(&["query", "--db", path(&dir.join("typo.db"))], b"");
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("no store at"), "{}", r.stderr);
    std::fs::remove_dir_all(&dir).ok();
}
