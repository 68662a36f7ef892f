//! PETRARCH's functional suite, coded from the UD parses the records carry.
//!
//! Needs `DYAD_SHARED` (the shared data directory); skipped with a message otherwise.
//! Run: `DYAD_SHARED=/work/shared cargo test -p dyad-events --test petr_suite -- --nocapture`

use std::path::PathBuf;

use dyad_events::suite::{evaluate, read_records, validation_coder, RECORDS_FILE};

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("DYAD_SHARED")?);
    dir.join("external/petrarch2").is_dir().then_some(dir)
}

/// PETRARCH2's share of exactly right records on the same gold (baseline_results/).
const PETRARCH2_PERCENT: f64 = 45.3;

/// Records exactly right from the carried parses when last raised (237/281 = 84.3%).
const MIN_EXACT: usize = 237;

#[test]
fn petr_unit_test_records_from_carried_parses() {
    let Some(root) = shared() else {
        eprintln!(
            "skipped: set DYAD_SHARED to the shared data directory to run the PETRARCH suite"
        );
        return;
    };
    let p = root.join("external/petrarch2");
    let coder = validation_coder(&p).unwrap();
    let xml_path = p.join(RECORDS_FILE);
    let xml = std::fs::read_to_string(&xml_path).unwrap();
    let records = read_records(&xml, &xml_path.display().to_string()).unwrap();
    let report = evaluate(&coder, &records, |r| {
        dyad_syntax::conllu::read_str(&r.gold_parse, &r.id)
    });
    print!("{report}");
    if std::env::var_os("DYAD_SUITE_FAILURES").is_some() {
        for (id, cat, want, got) in &report.failures {
            println!("FAIL {id} [{cat}] want {want:?} got {got:?}");
        }
    }
    assert_eq!(report.total, records.len());
    if report.percent() > PETRARCH2_PERCENT {
        println!("better than PETRARCH2 ({PETRARCH2_PERCENT}%)");
    }
    // A floor just under the current score, so that a change that loses records fails here;
    // raise it as the coder improves (issue 3's bar is 80% from dyad's own parse).
    assert!(
        report.exact >= MIN_EXACT,
        "{} records exactly right, fewer than {MIN_EXACT}",
        report.exact
    );
}
