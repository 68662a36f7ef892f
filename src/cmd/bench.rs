//! `dyad bench syntax`: single-core tag+parse throughput and peak memory.
//!
//! Speed is measured here, never asserted in tests (machines differ). The bench checks that it
//! analysed what it read, so it cannot time an empty loop.

use std::process::ExitCode;
use std::time::Instant;

use anyhow::bail;
use dyad_syntax::{conllu, AnalyzerScratch};
use dyad_text::Segmenter;

use crate::args::{BenchSyntaxArgs, InputFormat};
use crate::{input, models};

pub fn run(a: BenchSyntaxArgs) -> anyhow::Result<ExitCode> {
    let inp = input::read(&a.input)?;
    let sample: String = inp.text.chars().take(20_000).collect();
    let lang = super::resolve_lang(a.lang, &sample, &inp.name);
    let t_load = Instant::now();
    let analyzer = models::analyzer(lang, a.models.models.as_deref())?;
    let load_ms = t_load.elapsed().as_secs_f64() * 1e3;

    let t_seg = Instant::now();
    let base = match a.input_format {
        InputFormat::Conllu => conllu::read_str(&inp.text, &inp.name)?,
        InputFormat::Text => Segmenter::new(lang).segment(&inp.text),
    };
    let seg_s = t_seg.elapsed().as_secs_f64();
    let base_tokens: usize = base.iter().map(|s| s.words.len()).sum();
    if base_tokens == 0 {
        bail!("{}: no tokens to analyse", inp.name);
    }

    let mut scratch = AnalyzerScratch::default();
    let (mut tokens, mut sentences, mut attached) = (0usize, 0usize, 0usize);
    let (mut secs, mut cpu_secs) = (0f64, 0f64);
    while tokens < a.min_tokens.max(1) {
        // the copy is made outside the clock: only analysis is timed
        let mut batch = base.clone();
        let (t0, c0) = (Instant::now(), cpu_time());
        for s in &mut batch {
            analyzer.annotate(s, &mut scratch);
        }
        secs += t0.elapsed().as_secs_f64();
        cpu_secs += cpu_time() - c0;
        for s in &batch {
            tokens += s.words.len();
            sentences += 1;
            attached += s
                .words
                .iter()
                .filter(|w| w.head.is_some() && w.upos.is_some())
                .count();
        }
    }
    if attached != tokens {
        bail!(
            "bench: {} of {tokens} tokens were left without a tag or head",
            tokens - attached
        );
    }
    println!(
        "input        {} ({lang}, {} sentences, {base_tokens} tokens per pass)",
        inp.name,
        base.len()
    );
    println!("model load   {load_ms:.1} ms");
    if a.input_format == InputFormat::Text {
        println!(
            "segment      {:.0} tokens/s",
            base_tokens as f64 / seg_s.max(1e-9)
        );
    }
    println!("tag+parse    {tokens} tokens, {sentences} sentences in {secs:.2} s on one core");
    println!(
        "             {:.0} tokens/s, {:.0} sentences/s (wall clock)",
        tokens as f64 / secs,
        sentences as f64 / secs
    );
    if cpu_secs > 0.0 {
        println!(
            "             {:.0} tokens/s, {:.0} sentences/s per CPU second (a core of its own)",
            tokens as f64 / cpu_secs,
            sentences as f64 / cpu_secs
        );
    }
    println!(
        "peak memory  {}",
        peak_rss()
            .map(|kb| format!("{:.1} MB", kb as f64 / 1024.0))
            .unwrap_or_else(|| "unknown".into())
    );
    Ok(ExitCode::SUCCESS)
}

/// CPU seconds this thread has used (Linux; 0 elsewhere), so a busy machine does not read as a
/// slow analyser.
fn cpu_time() -> f64 {
    std::fs::read_to_string("/proc/thread-self/stat")
        .ok()
        .and_then(|s| {
            // fields after the parenthesized command name; utime and stime are the 12th and 13th
            let rest = s.rsplit_once(')')?.1;
            let f: Vec<&str> = rest.split_whitespace().collect();
            let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
            Some(ticks / 100.0)
        })
        .unwrap_or(0.0)
}

/// Peak resident set size in kB, from the kernel's own accounting (Linux only).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}
