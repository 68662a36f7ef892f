//! `dyad eval events`: the whole pipeline, from each gold record's raw text, scored by
//! `dyad_events::devsets` against the lexicon issue's PLOVER or Spanish CAMEO dev set.

use std::io::Write;
use std::process::ExitCode;

use dyad_core::{Document, Lang};
use dyad_events::devsets::{self, DevReport, DevSet};
use dyad_events::{Coder, CoderConfig, EventRecord};
use dyad_pipeline::{Pipeline, Scratch};
use dyad_text::Segmenter;

use crate::args::EvalEventsArgs;
use crate::{input, models};

pub fn run(a: EvalEventsArgs) -> anyhow::Result<ExitCode> {
    let (set, lang, path) = match (&a.plover, &a.spanish_cameo) {
        (Some(p), _) => (DevSet::Plover, Lang::En, p),
        (None, Some(p)) => (DevSet::SpanishCameo, Lang::Es, p),
        (None, None) => anyhow::bail!("name a dev set: --plover FILE or --spanish-cameo FILE"),
    };
    let inp = input::read(path)?;
    let records = match set {
        DevSet::Plover => devsets::read_plover_gsr(&inp.text, &inp.name)?,
        DevSet::SpanishCameo => devsets::read_spanish_cameo(&inp.text, &inp.name)?,
    };

    let coder = Coder::new(
        std::sync::Arc::new(crate::lexicon::for_language(lang, &a.lexicon)?),
        CoderConfig::default(),
    );
    let mut pipeline = Pipeline::default();
    pipeline.add_language(
        lang,
        Segmenter::new(lang),
        models::analyzer(lang, a.models.models.as_deref())?,
        Some(coder),
    );
    let mut scratch = Scratch::default();
    let mut emitted: Vec<Vec<EventRecord>> = Vec::with_capacity(records.len());
    for r in &records {
        let doc = Document {
            id: r.id.clone(),
            text: r.text.clone(),
            date: r.date,
            lang: Some(lang),
            ..Default::default()
        };
        // A record the pipeline refuses (empty text) codes nothing, and so counts as missed.
        let events = match pipeline.process(&doc, &mut scratch) {
            Ok(p) => p
                .events
                .iter()
                .filter_map(|e| {
                    let s = p.sentences.get(e.sentence_index as usize)?;
                    Some(EventRecord::new(e, s, &p.context))
                })
                .collect(),
            Err(e) => {
                eprintln!("dyad: {}: {e}", r.id);
                Vec::new()
            }
        };
        emitted.push(events);
    }
    let mut report = devsets::score(set, &records, &emitted);

    if a.json {
        if !a.failures {
            report.failures.clear();
        }
        let mut j = serde_json::to_value(&report)?;
        j["file"] = inp.name.clone().into();
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", serde_json::to_string_pretty(&j)?)?;
    } else {
        // Written, not `println!`ed, so a closed pipe (`| head`) is an error main() forgives.
        print_table(
            &mut std::io::BufWriter::new(std::io::stdout().lock()),
            &inp.name,
            &report,
            a.failures,
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print_table(
    out: &mut impl Write,
    name: &str,
    r: &DevReport,
    failures: bool,
) -> std::io::Result<()> {
    let (unit, what) = match r.set {
        DevSet::Plover => ("records", "PLOVER type"),
        DevSet::SpanishCameo => ("gold codings", "CAMEO root"),
    };
    writeln!(
        out,
        "{name}: {} records, {} gold events",
        r.records, r.gold_events
    )?;
    writeln!(
        out,
        "hit rate            {:6.2}%  ({} of {} {unit})",
        r.hit_rate, r.hits, r.hit_base
    )?;
    writeln!(
        out,
        "unmatched/record    {:6.3}   ({} of {} events emitted; {} negated not counted)",
        r.unmatched_per_record, r.unmatched, r.emitted, r.negated
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{what:<12} {:>5} {:>5} {:>7} {:>8} {:>10}",
        "gold", "hits", "hit%", "emitted", "unmatched"
    )?;
    for (t, row) in &r.by_type {
        let pct = if row.gold == 0 {
            "-".to_string()
        } else {
            format!("{:.1}", 100.0 * row.hits as f64 / row.gold as f64)
        };
        writeln!(
            out,
            "{t:<12} {:>5} {:>5} {pct:>7} {:>8} {:>10}",
            row.gold, row.hits, row.emitted, row.unmatched
        )?;
    }
    if failures {
        for f in &r.failures {
            writeln!(out)?;
            writeln!(out, "{}  {}", f.id, f.text)?;
            for m in &f.missed {
                writeln!(out, "  missed   {m}")?;
            }
            for e in &f.emitted {
                writeln!(out, "  emitted  {e}")?;
            }
        }
    }
    out.flush()
}
