//! Loads the built-in gazetteer and prints how long it took and what it holds.
//!
//! `cargo run --release -p dyad-geo --example geo_load`
//!
//! Prints wall time and, on Linux, the time the process spent on a CPU (from
//! `/proc/self/schedstat`): on a shared, busy machine the wall time mostly measures waiting for
//! a core, and the CPU time is what loading costs.

use std::time::Instant;

use dyad_core::Lang;
use dyad_geo::{Gazetteer, PlaceFinder, PlaceKind};

/// Nanoseconds this process has run on a CPU, where Linux tells.
fn on_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn main() {
    let cpu0 = on_cpu_ns();
    let t = Instant::now();
    let g = Gazetteer::builtin();
    let wall = t.elapsed();
    let cpu = cpu0.zip(on_cpu_ns()).map(|(a, b)| (b - a) as f64 / 1e6);
    let count = |k| g.iter().filter(|(_, p)| p.kind == k).count();
    let cpu = cpu.map_or("not measured".to_string(), |ms| format!("{ms:.1} ms"));
    println!(
        "gazetteer loaded in {:.1} ms wall, {cpu} on CPU: {} places ({} countries, {} first-level subdivisions, {} cities), {} names",
        wall.as_secs_f64() * 1000.0,
        g.len(),
        count(PlaceKind::Country),
        count(PlaceKind::Admin1),
        count(PlaceKind::City),
        g.name_count()
    );
    let t = Instant::now();
    let finders = Lang::ALL.map(PlaceFinder::new);
    println!(
        "place finders for en and es built in {:.2} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );

    // Matching speed over the test sentences, untagged (every capitalized word may start a
    // name, so this is slower than on tagged text), repeated to about a million tokens.
    let data = include_str!("../tests/data/places.tsv");
    let mut sentences = Vec::new();
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        let lang: Lang = f[0].parse().expect("en or es");
        let seg = dyad_text::Segmenter::new(lang);
        sentences.extend(seg.segment(f[2]).into_iter().map(|s| (lang, s)));
    }
    let tokens: usize = sentences.iter().map(|(_, s)| s.words.len()).sum();
    let reps = 1_000_000 / tokens.max(1) + 1;
    let t = Instant::now();
    let mut found = 0;
    for _ in 0..reps {
        for (lang, s) in &sentences {
            let f = &finders[Lang::ALL
                .iter()
                .position(|l| l == lang)
                .expect("a language")];
            found += f.find(s).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "find: {} tokens in {:.2} s = {:.0} tokens/s ({} mentions)",
        tokens * reps,
        secs,
        (tokens * reps) as f64 / secs,
        found
    );
    assert!(
        found >= reps * 100,
        "the test sentences hold over 100 places"
    );
    assert!(
        g.len() > 30_000,
        "the gazetteer should hold every city of 15,000 or more"
    );
}
