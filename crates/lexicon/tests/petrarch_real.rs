//! Loads every published PETRARCH/UniversalPetrarch dictionary from `$DYAD_SHARED/external`.
//!
//! The dictionaries are MIT-licensed but stay out of the repository; set `DYAD_SHARED` (CI sets
//! it) to run these. Counts are exact so that a reader change that drops or adds entries shows
//! up here; warnings are counted too (see each loader's doc for what they mean).

use std::path::PathBuf;

use dyad_lexicon::petrarch::actors::ActorDictionary;
use dyad_lexicon::petrarch::agents::AgentDictionary;
use dyad_lexicon::petrarch::discards::DiscardList;
use dyad_lexicon::petrarch::verbs::VerbDictionary;
use dyad_lexicon::petrarch::{EventCode, Loaded};

fn shared(rel: &str) -> Option<PathBuf> {
    let Some(base) = std::env::var_os("DYAD_SHARED") else {
        eprintln!("skipped: DYAD_SHARED is not set (it should point at the shared data directory)");
        return None;
    };
    let p = PathBuf::from(base).join("external").join(rel);
    if !p.exists() {
        eprintln!("skipped: {} is missing", p.display());
        return None;
    }
    Some(p)
}

fn report<T>(name: &str, l: &Loaded<T>) {
    eprintln!("{name}: {} warnings", l.warnings.len());
    for w in l.warnings.iter().take(8) {
        eprintln!("  {w}");
    }
}

fn verbs(
    rel: &str,
    synsets: usize,
    blocks: usize,
    verbs: usize,
    patterns: usize,
    transf: usize,
    warnings: usize,
) {
    let Some(p) = shared(rel) else { return };
    let l = VerbDictionary::load(&p).unwrap();
    report(rel, &l);
    let d = &l.value;
    let legacy: usize = d
        .codes()
        .flat_map(|c| c.codes())
        .filter(|c| matches!(c, EventCode::Legacy(_)))
        .count();
    eprintln!(
        "{rel}: {} synsets, {} blocks, {} verbs, {} patterns, {} transformations, {legacy} legacy codes",
        d.synsets.len(), d.blocks.len(), d.verb_count(), d.pattern_count(), d.transformations.len()
    );
    assert_eq!(
        (
            d.synsets.len(),
            d.blocks.len(),
            d.verb_count(),
            d.pattern_count(),
            d.transformations.len(),
            l.warnings.len()
        ),
        (synsets, blocks, verbs, patterns, transf, warnings)
    );
}

fn actors(rel: &str, entries: usize, names: usize, codes: usize, warnings: usize) {
    let Some(p) = shared(rel) else { return };
    let t = std::time::Instant::now();
    let l = ActorDictionary::load(&p).unwrap();
    let took = t.elapsed();
    // Printed for reading, never asserted (speed belongs in benchmarks): the largest file
    // (2.8 MB) loads in ~0.2 s at the test profile's opt-level 1.
    eprintln!("{rel}: loaded in {took:?}");
    report(rel, &l);
    let d = &l.value;
    eprintln!(
        "{rel}: {} entries, {} names, {} codes",
        d.entries.len(),
        d.name_count(),
        d.code_count()
    );
    assert_eq!(
        (
            d.entries.len(),
            d.name_count(),
            d.code_count(),
            l.warnings.len()
        ),
        (entries, names, codes, warnings)
    );
}

fn agents(rel: &str, sets: usize, entries: usize, warnings: usize) {
    let Some(p) = shared(rel) else { return };
    let l = AgentDictionary::load(&p).unwrap();
    report(rel, &l);
    let d = &l.value;
    eprintln!(
        "{rel}: {} sets, {} entries",
        d.substitutions.len(),
        d.entries.len()
    );
    assert_eq!(
        (d.substitutions.len(), d.entries.len(), l.warnings.len()),
        (sets, entries, warnings)
    );
}

fn discards(rel: &str, entries: usize) {
    let Some(p) = shared(rel) else { return };
    let l = DiscardList::load(&p).unwrap();
    report(rel, &l);
    eprintln!("{rel}: {} entries", l.value.entries.len());
    assert_eq!((l.value.entries.len(), l.warnings.len()), (entries, 0));
}

#[test]
fn cameo_2_0_verbs() {
    verbs(
        "petrarch2/dictionaries/CAMEO.2.0.txt",
        40,
        397,
        1817,
        4666,
        8,
        6,
    );
}

#[test]
fn validate_verbs_petrarch1() {
    verbs(
        "petrarch2/dictionaries/PETR.Validate.verbs.txt",
        17,
        261,
        269,
        474,
        0,
        3,
    );
}

#[test]
fn validate_verbs_2_0() {
    verbs(
        "petrarch2/from_UniversalPetrarch/PETR.Validate.verbs.2.0.txt",
        31,
        69,
        126,
        452,
        0,
        2,
    );
}

#[test]
fn spanish_verbs() {
    verbs(
        "universalpetrarch/dictionaries/verbpatterns_es_190128.txt",
        56,
        753,
        4859,
        17873,
        0,
        72,
    );
}

#[test]
fn phoenix_countries_actors() {
    actors(
        "petrarch2/dictionaries/Phoenix.Countries.actors.txt",
        18390,
        25917,
        28389,
        43,
    );
}

#[test]
fn phoenix_international_actors() {
    actors(
        "petrarch2/dictionaries/Phoenix.International.actors.txt",
        7841,
        7907,
        7896,
        9,
    );
}

#[test]
fn phoenix_milnonstate_actors() {
    actors(
        "petrarch2/dictionaries/Phoenix.MilNonState.actors.txt",
        1021,
        1793,
        1021,
        0,
    );
}

#[test]
fn validate_actors() {
    actors(
        "petrarch2/dictionaries/PETR.Validate.actors.txt",
        128,
        161,
        141,
        5,
    );
}

#[test]
fn spanish_actors() {
    actors(
        "universalpetrarch/dictionaries/actors_unified_181220.txt",
        33950,
        49478,
        44158,
        191,
    );
}

#[test]
fn phoenix_agents() {
    agents("petrarch2/dictionaries/Phoenix.agents.txt", 2, 3374, 3);
}

#[test]
fn validate_agents() {
    agents("petrarch2/dictionaries/PETR.Validate.agents.txt", 2, 95, 0);
}

#[test]
fn spanish_agents() {
    agents(
        "universalpetrarch/dictionaries/agents_181220.txt",
        2,
        12152,
        80,
    );
}

#[test]
fn phoenix_discards() {
    discards("petrarch2/dictionaries/Phoenix.discards.txt", 506);
}

#[test]
fn validate_discards() {
    discards("petrarch2/dictionaries/PETR.Validate.discards.txt", 9);
}
