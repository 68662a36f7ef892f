//! The built-in lexicon's bars (issue 4) on the PLOVER and Spanish CAMEO dev sets in
//! `../shared` (skipped without it), through `dyad eval events`.
//!
//! As in `shared_bars.rs`, two kinds of numbers are kept apart: `floor`/`ceiling` guard what
//! the shipped lexicon and models measured (less a margin of about a point), so a change that
//! loses ground fails CI; the bars are printed with every run, met or not, so nobody
//! mistakes the floor for the goal. Raise a floor when a lexicon change raises the measurement.

use crate::cli::{dyad, shared};

/// One dev set's guard and goal.
struct Check {
    flag: &'static str,
    file: &'static str,
    /// Hit rate (percent) measured, less a point.
    hit_floor: f64,
    /// The hit-rate bar.
    hit_bar: f64,
    /// Unmatched events per record measured, plus a margin.
    unmatched_ceiling: f64,
    /// The cap on unmatched events per record.
    unmatched_bar: f64,
}

// Measured: PLOVER 135/179 = 75.42% hits, 0.318 unmatched/record; Spanish 311/468 = 66.45%,
// 0.441 unmatched/sentence (session 6: countries inferred from the event's place and a domestic
// counterpart, ethnic and located groups, refusals as rejections, purpose targets, historical
// armed groups, news tree repairs). Session 5: PLOVER 107/179 = 59.78%, 0.408; Spanish 66.45%,
// 0.432 (parser ensemble and news tree repairs, acronyms in capitals, intents stated outright,
// people of a state, premises, 589 more people).
// Session 4: PLOVER 49.72%, 0.436; Spanish 65.60%, 0.441 (self-targets kept untargeted,
// headline and story states, announced and official protests, quantities, unaccented
// headlines, English verb families). Session 3: PLOVER 41.34%, 0.408; Spanish 61.54%, 0.449. Before: PLOVER 52/179 = 29.05%, 0.413;
// Spanish 208/468 = 44.44%, 0.295. The `unsourced` class (protests and assaults by no one named coded
// with source `---`) raised Spanish hits from 13.7% and cost unmatched events on both sets
// (PLOVER 0.324 → 0.413, Spanish 0.114 → 0.295), both still well under the caps; the
// ceilings moved with it, deliberately.
// Session 17: PLOVER 135/179, 0.352 (63 of 217): the one unmatched event more is a true
// bombing the one-event gold record leaves out ("exploded a series of bombs in the capital
// Kabul", now coded through the event noun `bomb`); ceiling 0.35 → 0.36, margin as before.
const PLOVER: Check = Check {
    flag: "--plover",
    file: "external/plover/PLOVER_GSR_dev.json",
    hit_floor: 75.4,
    hit_bar: 75.0,
    unmatched_ceiling: 0.36,
    unmatched_bar: 0.5,
};

const SPANISH: Check = Check {
    flag: "--spanish-cameo",
    file: "external/universalpetrarch/spanish_protest_cameo_dev.xml",
    hit_floor: 65.9,
    hit_bar: 65.0,
    unmatched_ceiling: 0.47,
    unmatched_bar: 0.8,
};

fn verdict(met: bool) -> &'static str {
    if met {
        "meets the issue bar"
    } else {
        "BELOW the issue bar"
    }
}

fn check(c: &Check) {
    let Some(root) = shared() else { return };
    let path = root.join(c.file);
    let r = dyad(
        &["eval", "events", "--json", c.flag, path.to_str().unwrap()],
        b"",
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let j: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let hit = j["hit_rate"].as_f64().unwrap();
    let unmatched = j["unmatched_per_record"].as_f64().unwrap();
    eprintln!(
        "{} hit rate: {hit:.2}% (floor {}, issue bar {}: {})",
        c.file,
        c.hit_floor,
        c.hit_bar,
        verdict(hit >= c.hit_bar)
    );
    eprintln!(
        "{} unmatched per record: {unmatched:.3} (ceiling {}, issue bar {}: {})",
        c.file,
        c.unmatched_ceiling,
        c.unmatched_bar,
        verdict(unmatched <= c.unmatched_bar)
    );
    assert!(
        hit >= c.hit_floor,
        "{}: hit rate {hit:.2}% < floor {}%",
        c.file,
        c.hit_floor
    );
    assert!(
        unmatched <= c.unmatched_ceiling,
        "{}: {unmatched:.3} unmatched events per record > ceiling {}",
        c.file,
        c.unmatched_ceiling
    );
}

#[test]
fn plover_dev_set() {
    check(&PLOVER);
}

#[test]
fn spanish_cameo_dev_set() {
    check(&SPANISH);
}
