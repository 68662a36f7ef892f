//! `dyad code`: documents in, event records out (JSONL or CSV).
//!
//! Documents are coded in parallel over all cores, in batches, and written in input order. A
//! document that fails (empty, unknown language, too long, malformed JSONL line) is reported on
//! stderr with its id or file and line, counted in the closing summary, and the batch goes on.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{bail, Context};
use dyad_core::{Date, Lang};
use dyad_lexicon::{Lexicon, PetrarchPaths};
use dyad_pipeline::{Pipeline, Processed, Scratch};

use crate::args::{CodeArgs, LangArg, OutputFormat};
use crate::documents;

/// Documents handed to the worker threads at a time: large enough to keep both cores busy,
/// small enough that memory stays bounded whatever the input size.
const BATCH: usize = 256;

pub fn run(a: CodeArgs) -> anyhow::Result<ExitCode> {
    let default_date: Option<Date> = match &a.date {
        Some(d) => Some(d.parse().with_context(|| format!("--date {d}"))?),
        None => None,
    };
    let petrarch = match uses_petrarch(&a)? {
        true => Some(Arc::new(load_petrarch(&a)?)),
        false => None,
    };
    let langs: Vec<Lang> = match a.lang {
        LangArg::Auto => Lang::ALL.to_vec(),
        LangArg::En => vec![Lang::En],
        LangArg::Es => vec![Lang::Es],
    };
    let pipeline =
        crate::setup::pipeline(&langs, &a.lexicon, a.models.models.as_deref(), petrarch)?;
    if !a.no_db {
        eprintln!("dyad: note: the SQLite store is not built yet; events go to --out only");
    }

    let mut out: Box<dyn Write> = match a.out.as_deref() {
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        Some(p) if p == std::path::Path::new("-") => {
            Box::new(std::io::BufWriter::new(std::io::stdout().lock()))
        }
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
    };
    if a.format == OutputFormat::Csv {
        writeln!(out, "{}", csv_header())?;
    }

    let (mut docs, mut sentences, mut events, mut skipped) = (0usize, 0usize, 0usize, 0usize);
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    for path in documents::expand(&a.inputs)? {
        let records = match documents::read(&path) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("dyad: skipped {}: {e:#}", path.display());
                skipped += 1;
                continue;
            }
        };
        for chunk in records.chunks(BATCH) {
            let results = process_parallel(&pipeline, chunk, default_date, a.lang, threads);
            for r in results {
                match r {
                    Ok(p) => {
                        docs += 1;
                        sentences += p.sentences.len();
                        events += p.events.len();
                        write_events(&mut out, &p, a.format)?;
                    }
                    Err(e) => {
                        eprintln!("dyad: skipped {e}");
                        skipped += 1;
                    }
                }
            }
        }
    }
    out.flush().context("writing events")?;
    eprintln!("dyad: {docs} documents, {sentences} sentences, {events} events; {skipped} skipped");
    Ok(ExitCode::SUCCESS)
}

/// True when PETRARCH dictionaries replace the built-in lexicon; a partial set is an error,
/// since a PETRARCH coder needs verbs, actors and agents together.
fn uses_petrarch(a: &CodeArgs) -> anyhow::Result<bool> {
    let given = [
        a.petrarch_verbs.is_some(),
        !a.petrarch_actors.is_empty(),
        a.petrarch_agents.is_some(),
    ];
    match given.iter().filter(|g| **g).count() {
        0 if a.petrarch_discards.is_none() => Ok(false),
        3 => Ok(true),
        _ => bail!("PETRARCH dictionaries replace the built-in lexicon as a set: pass --petrarch-verbs, --petrarch-actors and --petrarch-agents together"),
    }
}

fn load_petrarch(a: &CodeArgs) -> anyhow::Result<Lexicon> {
    let (Some(verbs), Some(agents)) = (&a.petrarch_verbs, &a.petrarch_agents) else {
        bail!("--petrarch-verbs and --petrarch-agents are required");
    };
    let actors: Vec<&std::path::Path> = a.petrarch_actors.iter().map(|p| p.as_path()).collect();
    let (lex, warnings) = Lexicon::load_petrarch(PetrarchPaths {
        verbs,
        actors: &actors,
        agents,
        discards: a.petrarch_discards.as_deref(),
    })?;
    if a.dict_warnings {
        for w in &warnings {
            eprintln!("dyad: warning: {w}");
        }
    } else if !warnings.is_empty() {
        eprintln!(
            "dyad: {} dictionary line(s) read with a warning (PETRARCH would have guessed silently); --dict-warnings lists them",
            warnings.len()
        );
    }
    Ok(lex)
}

/// Runs the pipeline over `chunk` on `threads` threads, returning results in input order.
fn process_parallel(
    pipeline: &Pipeline,
    chunk: &[documents::Record],
    default_date: Option<Date>,
    lang: LangArg,
    threads: usize,
) -> Vec<Result<Processed, String>> {
    let per = chunk.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = chunk
            .chunks(per)
            .map(|part| {
                s.spawn(move || {
                    let mut scratch = Scratch::default();
                    part.iter()
                        .map(|r| {
                            let mut doc = r.clone()?;
                            doc.date = doc.date.or(default_date);
                            if lang != LangArg::Auto && doc.lang.is_none() {
                                doc.lang = Some(if lang == LangArg::Es {
                                    Lang::Es
                                } else {
                                    Lang::En
                                });
                            }
                            pipeline
                                .process(&doc, &mut scratch)
                                .map_err(|e| e.to_string())
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| vec![Err("internal error: worker panicked".into())])
            })
            .collect()
    })
}

const CSV_COLUMNS: [&str; 24] = [
    "doc_id",
    "sentence_index",
    "date",
    "date_precision",
    "source.code",
    "source.country",
    "source.sectors",
    "source.name",
    "source.text",
    "target.code",
    "target.country",
    "target.sectors",
    "target.name",
    "target.text",
    "cameo",
    "cameo_root",
    "quad_class",
    "goldstein",
    "plover.event",
    "plover.mode",
    "modality",
    "trigger",
    "confidence",
    "sentence",
];

fn csv_header() -> String {
    CSV_COLUMNS
        .iter()
        .map(|c| c.replace('.', "_"))
        .collect::<Vec<_>>()
        .join(",")
}

fn write_events(out: &mut dyn Write, p: &Processed, format: OutputFormat) -> anyhow::Result<()> {
    for rec in p.event_records() {
        let v = serde_json::to_value(&rec)?;
        match format {
            OutputFormat::Jsonl => writeln!(out, "{v}")?,
            OutputFormat::Csv => {
                let row: Vec<String> = CSV_COLUMNS
                    .iter()
                    .map(|c| csv_field(lookup(&v, c)))
                    .collect();
                writeln!(out, "{}", row.join(","))?;
            }
        }
    }
    Ok(())
}

fn lookup<'a>(v: &'a serde_json::Value, path: &str) -> &'a serde_json::Value {
    path.split('.')
        .fold(v, |v, k| v.get(k).unwrap_or(&serde_json::Value::Null))
}

/// RFC 4180 quoting; lists are joined with `;`.
fn csv_field(v: &serde_json::Value) -> String {
    let s = match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(a) => a
            .iter()
            .map(|x| {
                x.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| x.to_string())
            })
            .collect::<Vec<_>>()
            .join(";"),
        other => other.to_string(),
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}
