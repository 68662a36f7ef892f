//! Speed of the coding stage alone: PETRARCH's suite sentences (their carried parses),
//! coded over and over on one thread, reporting sentences per second.
//!
//! Run: `DYAD_SHARED=/work/shared cargo run --release -p dyad-events --example code_speed`
//! (optional argument: passes over the suite, default 200). Criterion is not a dependency of
//! the workspace yet; this times a fixed corpus the same way and asserts its event count, so
//! it cannot time an empty loop.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use dyad_events::suite::read_records;
use dyad_events::{Coder, CoderConfig, DocContext, Scratch};
use dyad_lexicon::{Lexicon, PetrarchPaths};

fn main() {
    let Some(root) = std::env::var_os("DYAD_SHARED").map(PathBuf::from) else {
        eprintln!("set DYAD_SHARED to the shared data directory");
        return;
    };
    let passes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let p = root.join("external/petrarch2");
    let dict = |f: &str| p.join("dictionaries").join(f);
    let (lex, _) = Lexicon::load_petrarch(PetrarchPaths {
        verbs: &p.join("from_UniversalPetrarch/PETR.Validate.verbs.2.0.txt"),
        actors: &[&dict("PETR.Validate.actors.txt")],
        agents: &dict("PETR.Validate.agents.txt"),
        discards: Some(&dict("PETR.Validate.discards.txt")),
    })
    .expect("validation dictionaries load");
    let coder = Coder::new(Arc::new(lex), CoderConfig::default());
    let xml = std::fs::read_to_string(
        p.join("from_UniversalPetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"),
    )
    .expect("suite file");
    let records = read_records(&xml, "suite").expect("suite parses");
    let sentences: Vec<_> = records
        .iter()
        .flat_map(|r| dyad_syntax::conllu::read_str(&r.gold_parse, &r.id).expect("conllu"))
        .collect();
    let doc = DocContext::default();
    let mut scratch = Scratch::new();
    let mut out = Vec::new();
    let mut once = 0;
    for (i, s) in sentences.iter().enumerate() {
        coder.code_into(s, i as u32, &doc, &mut scratch, &mut out);
        once += out.len();
        out.clear();
    }
    assert!(once > 150, "the suite codes events ({once})");
    let start = Instant::now();
    let mut events = 0;
    for _ in 0..passes {
        for (i, s) in sentences.iter().enumerate() {
            coder.code_into(s, i as u32, &doc, &mut scratch, &mut out);
            events += out.len();
            out.clear();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = sentences.len() * passes;
    assert_eq!(events, once * passes, "coding is deterministic");
    let words: usize = sentences.iter().map(|s| s.words.len()).sum::<usize>() * passes;
    println!(
        "{n} sentences ({words} words, {events} events) in {secs:.3} s: {:.0} sentences/s, {:.0} words/s on one thread",
        n as f64 / secs,
        words as f64 / secs
    );
}
