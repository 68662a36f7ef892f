//! The built-in verb and noun patterns (`lexicon/{en,es}/{verbs,nouns,classes}.txt`, issue 4
//! deliverable 6) load without errors and cover CAMEO's 3-digit codes in both languages.
//! `cargo test -p dyad-lexicon --test builtin_verbs -- --nocapture` prints the coverage.
//!
//! A "pattern" here is one `code:` or `pattern:` line of a `verb` or `noun` entry; it counts
//! for the 3-digit code of each CAMEO code it emits (forward or reverse: `visit`'s
//! `042 reverse 043` covers both; a 4-digit code covers its 3-digit parent).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use dyad_core::CameoCode;
use dyad_lexicon::dyad::{load_dir, DyadLexicon};
use dyad_lexicon::petrarch::VerbCode;
use dyad_lexicon::Lexicon;

fn lexicon_dir(lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../lexicon")
        .join(lang)
}

/// Every 3-digit CAMEO code (`010`..`204`).
fn three_digit_codes() -> Vec<&'static str> {
    CameoCode::all()
        .map(CameoCode::as_str)
        .filter(|c| c.len() == 3)
        .collect()
}

/// 3-digit code → number of pattern lines emitting it (or one of its 4-digit children).
fn coverage(d: &DyadLexicon) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let mut add = |code: &VerbCode| {
        let roots: BTreeSet<String> = code
            .codes()
            .filter_map(|e| e.cameo())
            .map(|c| c.as_str())
            .filter(|s| s.len() >= 3)
            .map(|s| s[..3].to_string())
            .collect();
        for r in roots {
            *out.entry(r).or_insert(0) += 1;
        }
    };
    for e in d.verbs.iter().chain(&d.nouns) {
        if let Some(c) = &e.code {
            add(c);
        }
        for p in &e.patterns {
            add(&p.code);
        }
    }
    out
}

/// 3-digit codes still below three patterns, by language: the gap this test allows. It may
/// only shrink: a code that reaches three must be taken off the list.
const GAP_EN: &[&str] = &[];
const GAP_ES: &[&str] = &[];

#[test]
fn builtin_patterns_load_and_cover_every_three_digit_code() {
    let codes = three_digit_codes();
    assert_eq!(codes.len(), 147);
    let mut failures = Vec::new();
    for (lang, allowed) in [("en", GAP_EN), ("es", GAP_ES)] {
        let d = load_dir(&lexicon_dir(lang)).unwrap_or_else(|e| panic!("{lang}: {e}"));
        // Compiles into the coder's lexicon too.
        Lexicon::load_dyad_dir(&lexicon_dir(lang)).unwrap_or_else(|e| panic!("{lang}: {e}"));
        let cov = coverage(&d);
        let lines: usize = d
            .verbs
            .iter()
            .chain(&d.nouns)
            .map(|e| e.patterns.len() + usize::from(e.code.is_some()))
            .sum();
        let four: BTreeSet<&str> = d
            .verbs
            .iter()
            .chain(&d.nouns)
            .flat_map(|e| e.code.iter().chain(e.patterns.iter().map(|p| &p.code)))
            .flat_map(|c| c.codes().filter_map(|e| e.cameo()).map(|c| c.as_str()))
            .filter(|s| s.len() == 4)
            .collect();
        let at_least = |n: usize| {
            codes
                .iter()
                .filter(|c| cov.get(**c).copied().unwrap_or(0) >= n)
                .count()
        };
        let gap: Vec<String> = codes
            .iter()
            .filter(|c| cov.get(**c).copied().unwrap_or(0) < 3)
            .map(|c| format!("{c}({})", cov.get(*c).copied().unwrap_or(0)))
            .collect();
        println!(
            "{lang}: {} verbs, {} nouns, {} classes, {lines} code/pattern lines; \
             3-digit codes with >= 3 patterns: {}/{}, with >= 1: {}; 4-digit codes used: {}",
            d.verbs.len(),
            d.nouns.len(),
            d.classes.len(),
            at_least(3),
            codes.len(),
            at_least(1),
            four.len()
        );
        println!(
            "{lang}: below 3: {}",
            if gap.is_empty() {
                "none".into()
            } else {
                gap.join(" ")
            }
        );
        for c in &codes {
            let n = cov.get(*c).copied().unwrap_or(0);
            if n < 3 && !allowed.contains(c) {
                failures.push(format!("{lang} {c}: {n} patterns"));
            }
            if n == 0 {
                failures.push(format!("{lang} {c}: no pattern at all"));
            }
            if n >= 3 && allowed.contains(c) {
                failures.push(format!(
                    "{lang} {c}: has {n} patterns; take it off the gap list"
                ));
            }
        }
        for name in ["negator", "pronoun"] {
            if !d.classes.iter().any(|k| k.name == name) {
                failures.push(format!("{lang}: reserved class {name} missing"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
