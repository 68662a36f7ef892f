//! Trains the dependency parser on CoNLL-U files and reports accuracy, speed and size.
//!
//! ```text
//! cargo run --release -p dyad-syntax --example train_parser -- \
//!     --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu \
//!     --test en_ewt-ud-test.conllu --test en_pud-ud-test.conllu [--out en.parser]
//! ```
//!
//! `--holdout K` instead of `--dev` tunes on every K-th training sentence (and trains on the rest),
//! for languages without a usable dev split. `--model FILE` skips training and scores a saved
//! parser. `--config FILE` reads a JSON `ParserConfig`; `--epochs`, `--prune`, `--seed`,
//! `--upos-noise`, `--ensemble` override single fields. Scores are on the tags the files carry
//! (gold tags for UD files), or on predicted ones with `--tagger FILE` (a saved `Tagger`), which
//! tags the dev and test sets before parsing them. `--jackknife K` replaces the training tags by
//! K-fold jackknifed predictions of default-config taggers first, as the training pipeline does
//! (one jackknife for every ensemble member: `dyad train syntax` can give each its own).

use std::io::Write;
use std::time::Instant;

use dyad_core::Sentence;
use dyad_syntax::{
    conllu, Parser, ParserConfig, ParserScratch, Tagger, TaggerConfig, TaggerScratch,
};

fn read(path: &str) -> Vec<Sentence> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    conllu::read_str(&text, path).unwrap_or_else(|e| panic!("{e}"))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut train, mut dev, mut tests) = (Vec::new(), Vec::new(), Vec::new());
    let mut holdout = 0usize;
    let mut config = ParserConfig::default();
    let mut out = None;
    let mut load = None;
    let mut tagger = None;
    let mut jackknife = 0usize;
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--train" => train.extend(read(&val())),
            "--dev" => dev.extend(read(&val())),
            "--test" => {
                let p = val();
                tests.push((p.clone(), read(&p)))
            }
            "--holdout" => holdout = val().parse().expect("--holdout K"),
            "--config" => {
                config = serde_json::from_str(&std::fs::read_to_string(val()).unwrap()).unwrap()
            }
            "--epochs" => config.epochs = val().parse().unwrap(),
            "--prune" => config.prune = val().parse().unwrap(),
            "--min-updates" => config.min_updates = val().parse().unwrap(),
            "--seed" => config.seed = val().parse().unwrap(),
            "--upos-noise" => config.upos_noise = val().parse().unwrap(),
            "--ensemble" => config.ensemble = val().parse().unwrap(),
            "--out" => out = Some(val()),
            "--model" => load = Some(val()),
            "--tagger" => tagger = Some(val()),
            "--jackknife" => jackknife = val().parse().expect("--jackknife K"),
            other => panic!("unknown argument {other}"),
        }
    }
    if holdout > 0 {
        let all = std::mem::take(&mut train);
        for (i, s) in all.into_iter().enumerate() {
            if i % holdout == holdout - 1 {
                dev.push(s)
            } else {
                train.push(s)
            }
        }
    }
    if jackknife > 1 {
        jackknife_tags(&mut train, &dev, jackknife);
    }
    if let Some(path) = tagger {
        // Score on predicted tags: tag dev and test sets first (heads and relations stay gold).
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let tagger = Tagger::from_bytes(&bytes).expect("tagger model");
        let mut scratch = TaggerScratch::default();
        for s in dev
            .iter_mut()
            .chain(tests.iter_mut().flat_map(|(_, v)| v.iter_mut()))
        {
            tagger.annotate(s, &mut scratch);
        }
        eprintln!("dev and test sets tagged with {path}");
    }
    let bytes = match load {
        Some(path) => std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        None => train_and_report(&config, &train, &dev),
    };
    report(&bytes, &tests);
    if let Some(path) = out {
        std::fs::write(&path, &bytes).unwrap();
        eprintln!("wrote {path}");
    }
}

fn train_and_report(config: &ParserConfig, train: &[Sentence], dev: &[Sentence]) -> Vec<u8> {
    eprintln!(
        "train {} sentences, dev {} sentences, config {}",
        train.len(),
        dev.len(),
        serde_json::to_string(&config).unwrap()
    );
    let t0 = Instant::now();
    let (parser, report) = Parser::train(config, train, dev).expect("training");
    let train_secs = t0.elapsed().as_secs_f64();
    for e in &report.epochs {
        eprintln!(
            "member {} epoch {:2}  dev UAS {:.2} LAS {:.2} (full {:.2})  train err {:.3}  {:.1}s",
            e.member, e.epoch, e.dev.uas, e.dev.las, e.dev.las_full, e.train_error, e.seconds
        );
    }
    for e in &report.ensemble_dev {
        eprintln!(
            "first {} members merged: dev UAS {:.2} LAS {:.2}, {} features, {} weights",
            e.members, e.dev.uas, e.dev.las, e.features_kept, e.weights_kept
        );
    }
    eprintln!(
        "best epoch {}, {} labels, features seen {} kept {}, weights {}, non-projective {} / {}, skipped {}, {:.0}s",
        report.best_epoch,
        report.labels.len(),
        report.features_seen,
        report.features_kept,
        report.weights_kept,
        report.nonprojective_sentences,
        report.train_sentences,
        report.skipped_sentences,
        train_secs
    );
    parser.to_bytes()
}

fn report(bytes: &[u8], tests: &[(String, Vec<Sentence>)]) {
    let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes).unwrap();
    let deflated = enc.finish().unwrap().len();
    println!(
        "size: {:.2} MB raw, {:.2} MB deflated",
        bytes.len() as f64 / 1e6,
        deflated as f64 / 1e6
    );
    let back = Parser::from_bytes(bytes).expect("reload");
    let mut scratch = ParserScratch::default();
    let pred_dir = std::env::var("PARSER_PRED_DIR").ok();
    for (path, sents) in tests {
        if let Some(dir) = &pred_dir {
            let mut text = String::new();
            for (i, s) in sents.iter().enumerate() {
                let mut s = s.clone();
                back.annotate(&mut s, &mut scratch);
                conllu::write_sentence(&mut text, &s, &i.to_string());
            }
            let name = std::path::Path::new(path)
                .file_name()
                .unwrap()
                .to_string_lossy();
            std::fs::write(format!("{dir}/{name}"), text).unwrap();
        }
        let s = back.evaluate(sents, &mut scratch);
        println!(
            "{path}: words {} UAS {:.2} LAS {:.2} LAS-with-subtypes {:.2}",
            s.words, s.uas, s.las, s.las_full
        );
    }
    // Speed: parse every test sentence, three passes after a warm-up, one core.
    let all: Vec<&Sentence> = tests.iter().flat_map(|(_, v)| v.iter()).collect();
    if !all.is_empty() {
        let mut sink = 0usize;
        for s in &all {
            sink += back.predict(s, &mut scratch).len();
        }
        let t = Instant::now();
        let cpu0 = cpu_seconds();
        let mut tokens = 0usize;
        for _ in 0..3 {
            for s in &all {
                sink += back.predict(s, &mut scratch).len();
                tokens += s.words.len();
            }
        }
        let secs = t.elapsed().as_secs_f64();
        // Other processes share the machine: CPU time says what one core does, wall time what
        // this run got.
        let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
        println!(
            "speed: {:.0} tokens/s wall, {} ({} tokens, {:.2}s wall, check {sink})",
            tokens as f64 / secs,
            cpu.map_or("cpu time unavailable".into(), |c| format!(
                "{:.0} tokens/s per CPU second",
                tokens as f64 / c
            )),
            tokens,
            secs
        );
    }
}

/// User + system CPU seconds of this process (Linux `/proc`; `None` elsewhere).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesized command name; utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Replaces the training tags by jackknifed predictions: `k` taggers (default config), each
/// trained without one fold, tag that fold, so the parser trains on tags as wrong as it will see.
fn jackknife_tags(train: &mut [Sentence], dev: &[Sentence], k: usize) {
    let t0 = Instant::now();
    let mut tagged = train.to_vec();
    for fold in 0..k {
        let rest: Vec<Sentence> = train
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k != fold)
            .map(|(_, s)| s.clone())
            .collect();
        let (tagger, _) =
            Tagger::train(&TaggerConfig::default(), &rest, dev).expect("tagger training");
        let mut scratch = TaggerScratch::default();
        for (i, s) in tagged.iter_mut().enumerate() {
            if i % k == fold {
                tagger.annotate(s, &mut scratch);
            }
        }
        eprintln!("jackknife fold {}/{k} tagged", fold + 1);
    }
    let (upos, n) = train
        .iter()
        .zip(&tagged)
        .flat_map(|(g, p)| g.words.iter().zip(&p.words))
        .fold((0, 0), |(c, n), (g, p)| {
            (c + (g.upos == p.upos) as usize, n + 1)
        });
    eprintln!(
        "jackknifed training UPOS accuracy {:.2}% ({:.0}s)",
        100.0 * upos as f64 / n.max(1) as f64,
        t0.elapsed().as_secs_f64()
    );
    train.clone_from_slice(&tagged);
}
