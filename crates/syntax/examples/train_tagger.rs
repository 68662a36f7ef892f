//! Trains and measures a tagger on UD treebanks (accuracy, speed, compressed size).
//!
//! ```text
//! cargo run --release -p dyad-syntax --example train_tagger -- \
//!     --train A.conllu,B.conllu [--dev D.conllu | --holdout 10] --test T1.conllu,T2.conllu \
//!     [--config '{"epochs": 10}'] [--out model.bin] [--harmonize data/harmonize/es.txt]
//! ```
//! `--harmonize` applies a rules file (see `dyad_syntax::harmonize`) to the training and dev
//! data, never to the test sets.
//! `--holdout N` moves every N-th training sentence to dev (for languages without a dev split);
//! a training path written `PATH*K` is used K times (after the holdout), to weight a treebank whose
//! conventions the test sets share.

use std::io::Write;
use std::time::Instant;

use dyad_syntax::{conllu, harmonize, Tagger, TaggerConfig, TaggerScratch};

fn read(paths: &str) -> Vec<dyad_core::Sentence> {
    paths
        .split(',')
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            conllu::read_str(&text, p).unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let rules = arg("--harmonize").map(|p| {
        let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
        harmonize::Rules::parse(&p, &text).unwrap_or_else(|e| panic!("{e}"))
    });
    let harmonized = |mut v: Vec<dyad_core::Sentence>| {
        if let Some(r) = &rules {
            let counts = r.apply(&mut v);
            eprintln!("harmonize: words changed by rule (line: count) {counts:?}");
        }
        v
    };
    let holdout = arg("--holdout").and_then(|n| n.parse::<usize>().ok());
    let mut dev = arg("--dev")
        .map(|p| harmonized(read(&p)))
        .unwrap_or_default();
    let mut train = Vec::new();
    for spec in arg("--train").expect("--train is required").split(',') {
        let (path, times) = match spec.split_once('*') {
            Some((p, k)) => (p, k.parse::<usize>().expect("bad *K")),
            None => (spec, 1),
        };
        let mut part = Vec::new();
        for (i, s) in harmonized(read(path)).into_iter().enumerate() {
            match holdout {
                Some(n) if i % n == n - 1 => dev.push(s),
                _ => part.push(s),
            }
        }
        for _ in 0..times {
            train.extend(part.iter().cloned());
        }
    }
    let config: TaggerConfig = arg("--config")
        .map(|c| serde_json::from_str(&c).expect("bad --config"))
        .unwrap_or_default();
    eprintln!(
        "train {} sentences, dev {} sentences; config {config:?}",
        train.len(),
        dev.len()
    );
    let t0 = Instant::now();
    let (tagger, report) = Tagger::train(&config, &train, &dev).expect("training failed");
    let secs = t0.elapsed().as_secs_f64();
    for (i, e) in report.epochs.iter().enumerate() {
        eprintln!(
            "epoch {:2}: dev UPOS {:.2} FEATS {:.2} lemma {:.2}",
            i + 1,
            e.upos,
            e.feats,
            e.lemma
        );
    }
    println!("training time: {secs:.1} s");
    println!(
        "report: {}",
        serde_json::to_string(&report).unwrap_or_default()
    );

    let bytes = tagger.to_bytes();
    let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(&bytes).expect("deflate");
    let packed = enc.finish().expect("deflate");
    println!(
        "size: {:.2} MB raw, {:.2} MB deflated",
        bytes.len() as f64 / 1e6,
        packed.len() as f64 / 1e6
    );
    let tagger = Tagger::from_bytes(&bytes).expect("reload");
    if let Some(out) = arg("--out") {
        std::fs::write(&out, &bytes).expect("write model");
    }

    let mut sc = TaggerScratch::default();
    println!("dev: {:?}", tagger.evaluate(&dev, &mut sc));
    let mut all_test = Vec::new();
    for p in arg("--test")
        .unwrap_or_default()
        .split(',')
        .filter(|p| !p.is_empty())
    {
        let test = read(p);
        println!("test {p}: {:?}", tagger.evaluate(&test, &mut sc));
        all_test.extend(test);
    }
    let bench = if all_test.is_empty() { &dev } else { &all_test };
    let words: usize = bench.iter().map(|s| s.words.len()).sum();
    let (mut n, t0) = (0usize, Instant::now());
    while t0.elapsed().as_secs_f64() < 3.0 {
        for s in bench {
            n += tagger.predict(s, &mut sc).len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "speed: {:.0} tokens/s (predict incl. lemmas, {} passes over {words} words, one thread)",
        n as f64 / secs,
        n / words.max(1)
    );
}
