//! `dyad train syntax`: reproduce a language's model file from named treebank files.

use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context};
use dyad_core::Sentence;
use dyad_syntax::conllu;
use dyad_syntax::train::{train_language, DataFile, TrainConfig};

use crate::args::{LangArg, TrainSyntaxArgs};

pub fn run(a: TrainSyntaxArgs) -> anyhow::Result<ExitCode> {
    let lang = match a.lang {
        LangArg::Auto => bail!("--lang must be en or es for training"),
        other => super::resolve_lang(other, "", "train"),
    };
    let config: TrainConfig = match &a.config {
        Some(p) => serde_json::from_str(
            &std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?,
        )
        .with_context(|| format!("parsing training config {}", p.display()))?,
        None => TrainConfig::default(),
    };
    let mut files = Vec::new();
    let mut origin = Vec::new();
    let mut train = read_all(&a.train, &mut files, &mut origin)?;
    let repeats = repeats_per_file(&a.train, &a.oversample)?;
    for (f, &r) in files.iter_mut().zip(&repeats) {
        f.repeat = r;
    }
    let mut repeat = Vec::new();
    let mut dev = if a.dev.is_empty() {
        let n = a.holdout_every.max(2);
        let (mut dev, mut rest) = (Vec::new(), Vec::new());
        for (i, s) in train.into_iter().enumerate() {
            if i % n == n - 1 {
                dev.push(s)
            } else {
                rest.push(s);
                repeat.push(repeats[origin[i]]);
            }
        }
        train = rest;
        eprintln!(
            "dyad: holding out every {n}th training sentence as dev ({} sentences)",
            dev.len()
        );
        dev
    } else {
        repeat = origin.iter().map(|&f| repeats[f]).collect();
        read_all(&a.dev, &mut files, &mut Vec::new())?
    };
    if let Some(p) = &a.harmonize {
        let text =
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        let rules = dyad_syntax::harmonize::Rules::parse(&p.display().to_string(), &text)?;
        let (ct, cd) = (rules.apply(&mut train), rules.apply(&mut dev));
        let words = |c: &dyad_syntax::harmonize::Counts| c.values().sum::<usize>();
        eprintln!(
            "dyad: harmonized with {} rules from {}: {} train words and {} dev words changed",
            rules.len(),
            p.display(),
            words(&ct),
            words(&cd)
        );
    }
    let t0 = Instant::now();
    let (analyzer, dev_scores) = train_language(lang, &config, &train, &repeat, &dev, files)?;
    let bytes = analyzer.to_bytes()?;
    if let Some(parent) = a.out.parent() {
        std::fs::create_dir_all(parent).ok();
    }
    std::fs::write(&a.out, &bytes).with_context(|| format!("writing {}", a.out.display()))?;
    eprintln!(
        "dyad: wrote {} ({:.1} MB) in {:.0}s; dev UPOS {:.2} UFeats {:.2} Lemma {:.2} UAS {:.2} LAS {:.2}",
        a.out.display(),
        bytes.len() as f64 / 1e6,
        t0.elapsed().as_secs_f64(),
        dev_scores.upos,
        dev_scores.ufeats,
        dev_scores.lemma,
        dev_scores.uas,
        dev_scores.las
    );
    Ok(ExitCode::SUCCESS)
}

/// How many times each --train file's sentences are used; every --oversample file must be one
/// of them, so a typo cannot silently train an unweighted model.
fn repeats_per_file(
    train: &[std::path::PathBuf],
    oversample: &[(std::path::PathBuf, usize)],
) -> anyhow::Result<Vec<usize>> {
    let mut repeats = vec![1; train.len()];
    for (file, n) in oversample {
        let Some(i) = train.iter().position(|t| t == file) else {
            bail!(
                "--oversample {}: not one of the --train files",
                file.display()
            );
        };
        repeats[i] = *n;
    }
    Ok(repeats)
}

fn read_all(
    paths: &[std::path::PathBuf],
    files: &mut Vec<DataFile>,
    origin: &mut Vec<usize>,
) -> anyhow::Result<Vec<Sentence>> {
    let mut out = Vec::new();
    for p in paths {
        let text =
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        let s = conllu::read_str(&text, &p.display().to_string())?;
        files.push(DataFile {
            path: p
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default(),
            sentences: s.len(),
            words: s.iter().map(|s| s.words.len()).sum(),
            repeat: 1,
        });
        origin.extend(std::iter::repeat_n(files.len() - 1, s.len()));
        out.extend(s);
    }
    Ok(out)
}
