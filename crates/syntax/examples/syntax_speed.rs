//! Tag + parse throughput of one model file on one core, per CPU second, without the `dyad`
//! binary (so the syntax crate can be timed on its own; `dyad bench syntax` is the reference).
//!
//! `syntax_speed MODEL.dyad INPUT.conllu [MIN_TOKENS]`

use std::time::Instant;

use dyad_syntax::{conllu, Analyzer, AnalyzerScratch};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        return Err("usage: syntax_speed MODEL.dyad INPUT.conllu [MIN_TOKENS]".into());
    }
    let bytes = std::fs::read(&args[1])?;
    let t = Instant::now();
    let analyzer = Analyzer::from_bytes(&bytes)?;
    let load_ms = t.elapsed().as_secs_f64() * 1e3;
    let base = conllu::read_str(&std::fs::read_to_string(&args[2])?, &args[2])?;
    let min_tokens: usize = args.get(3).map_or(Ok(1_000_000), |s| s.parse())?;
    let mut scratch = AnalyzerScratch::default();
    let (mut tokens, mut cpu) = (0usize, 0f64);
    while tokens < min_tokens.max(1) {
        let mut batch = base.clone();
        let c0 = cpu_time();
        for s in &mut batch {
            analyzer.annotate(s, &mut scratch);
        }
        cpu += cpu_time() - c0;
        tokens += batch.iter().map(|s| s.words.len()).sum::<usize>();
    }
    println!(
        "load {load_ms:.1} ms; {tokens} tokens, {:.0} tokens per CPU second",
        tokens as f64 / cpu.max(1e-9)
    );
    Ok(())
}

/// CPU seconds this thread has used (Linux; 0 elsewhere).
fn cpu_time() -> f64 {
    std::fs::read_to_string("/proc/thread-self/stat")
        .ok()
        .and_then(|s| {
            let rest = s.rsplit_once(')')?.1;
            let f: Vec<&str> = rest.split_whitespace().collect();
            let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
            Some(ticks / 100.0)
        })
        .unwrap_or(0.0)
}
