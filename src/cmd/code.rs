//! `dyad code`: documents in, event records out (the SQLite store, JSONL or CSV).
//!
//! Inputs stream: documents are read a batch at a time, coded in parallel over all cores, and
//! written in input order, so memory stays bounded whatever the input size. Each batch goes
//! into the store as one transaction (a crash loses at most the batch being written, never
//! leaves half a document). A document that fails (empty, unknown language, too long, malformed
//! JSONL line) is reported on stderr with its id or file and line, counted by reason in the
//! closing summary, and the batch goes on; nothing already stored is touched by a failure.
//!
//! Output: with the store and no `--out`, stdout gets a short table of what was found (the
//! events are in the store; `dyad query` reads them); with `--out` or `--no-db`, JSONL or CSV.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context};
use dyad_core::{Date, Lang};
use dyad_events::EventRecord;
use dyad_lexicon::{Lexicon, PetrarchPaths};
use dyad_pipeline::{Pipeline, Scratch, StageTimes};
use dyad_store::{IngestDoc, IngestSummary, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::args::{CodeArgs, LangArg, OutputFormat};
use crate::documents;

/// Documents handed to the worker threads at a time, and written to the store per
/// transaction: large enough to keep both cores busy and amortize a commit, small enough that
/// memory stays bounded whatever the input size.
const BATCH: usize = 256;

/// Events shown in the closing table; the rest are a `dyad query` away.
const TABLE_ROWS: usize = 20;

/// A document that was not coded, and why (the summary counts by `reason`).
struct Skip {
    reason: &'static str,
    message: String,
}

pub fn run(a: CodeArgs) -> anyhow::Result<ExitCode> {
    let default_date: Option<Date> = match &a.date {
        Some(d) => Some(d.parse().with_context(|| format!("--date {d}"))?),
        None => None,
    };
    let inputs = documents::expand(&a.inputs)?;
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
    let mut store = match a.no_db {
        true => None,
        false => Some(StoreWriter::start(
            Store::open(&a.db).with_context(|| format!("opening store {}", a.db.display()))?,
        )),
    };

    // Records go to --out when given, to stdout without a store, and nowhere else: with a
    // store and no --out, stdout gets the closing table instead.
    let mut out: Option<Box<dyn Write>> = match (a.out.as_deref(), &store) {
        (None, Some(_)) => None,
        (None, None) => Some(Box::new(std::io::BufWriter::new(std::io::stdout().lock()))),
        (Some(p), _) if p == std::path::Path::new("-") => {
            Some(Box::new(std::io::BufWriter::new(std::io::stdout().lock())))
        }
        (Some(p), _) => Some(Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        ))),
    };
    let mut trees: Option<std::io::BufWriter<std::fs::File>> = match a.trees.as_deref() {
        Some(p) => Some(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => None,
    };
    if let (Some(out), OutputFormat::Csv) = (out.as_mut(), a.format) {
        writeln!(out, "{}", csv_header())?;
    }

    let progress = progress_bar(&inputs);
    let (mut docs, mut sentences, mut events) = (0usize, 0usize, 0usize);
    let mut skipped: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut shown: Vec<EventRecord> = Vec::new();
    let mut done_bytes = 0u64;
    let started = std::time::Instant::now();
    let mut stage_times = StageTimes::default();
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    for path in &inputs {
        let mut source = match documents::open(path) {
            Ok(s) => s,
            Err(e) => {
                progress.suspend(|| eprintln!("dyad: skipped {}: {e:#}", path.display()));
                *skipped.entry("unreadable input").or_default() += 1;
                continue;
            }
        };
        loop {
            let chunk: Vec<documents::Record> = source.by_ref().take(BATCH).collect();
            if chunk.is_empty() {
                break;
            }
            let (results, times) = process_parallel(
                &pipeline,
                &chunk,
                default_date,
                a.lang,
                threads,
                trees.is_some(),
            );
            stage_times.merge(&times);
            drop(chunk);
            let mut batch = Vec::with_capacity(results.len());
            for r in results {
                match r {
                    Ok((d, conllu)) => {
                        if let (Some(t), Some(c)) = (trees.as_mut(), conllu) {
                            t.write_all(c.as_bytes()).context("writing trees")?;
                        }
                        docs += 1;
                        sentences += d.sentences.len();
                        events += d.events.len();
                        if let Some(out) = out.as_mut() {
                            write_events(out, &d.events, a.format)?;
                        }
                        let room = TABLE_ROWS.saturating_sub(shown.len());
                        shown.extend(d.events.iter().take(room).cloned());
                        batch.push(d);
                    }
                    Err(e) => {
                        progress.suspend(|| eprintln!("dyad: skipped {}", e.message));
                        *skipped.entry(e.reason).or_default() += 1;
                    }
                }
            }
            if let Some(w) = store.as_mut() {
                if w.send(batch).is_err() {
                    let w = store.take().expect("invariant: checked just above");
                    w.finish()
                        .with_context(|| format!("writing to {}", a.db.display()))?;
                    bail!("the store writer stopped");
                }
            }
            progress.set_position(done_bytes + source.bytes_read());
            let rate = docs as f64 / started.elapsed().as_secs_f64().max(1e-3);
            progress.set_message(format!("{docs} documents ({rate:.0}/s), {events} events"));
        }
        done_bytes += source.bytes_read();
        if source.replaced() > 0 {
            progress.suspend(|| {
                eprintln!(
                    "dyad: warning: {}: {} invalid UTF-8 sequence(s) replaced with U+FFFD",
                    source.name(),
                    source.replaced()
                )
            });
        }
    }
    let stored = match store {
        Some(w) => Some(
            w.finish()
                .with_context(|| format!("writing to {}", a.db.display()))?,
        ),
        None => None,
    };
    progress.finish_and_clear();
    if let Some(mut out) = out {
        out.flush().context("writing events")?;
    }
    if let Some(mut t) = trees {
        t.flush().context("writing trees")?;
    }
    let n_skipped: usize = skipped.values().sum();
    let reasons = match n_skipped {
        0 => String::new(),
        _ => format!(
            " ({})",
            skipped
                .iter()
                .map(|(r, n)| format!("{n} {r}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    eprintln!(
        "dyad: {docs} documents, {sentences} sentences, {events} events; {n_skipped} skipped{reasons}"
    );
    if a.timings {
        eprintln!("dyad: {stage_times}");
    }
    if let Some(stored) = stored {
        eprintln!(
            "dyad: stored in {} ({} document(s) replaced, {} linked to an earlier copy of their story)",
            a.db.display(),
            stored.replaced,
            stored.linked
        );
        if a.out.is_none() {
            let mut stdout = std::io::stdout().lock();
            if shown.is_empty() {
                writeln!(stdout, "no events found")?;
            } else {
                crate::cmd::query::print_table(&mut stdout, &shown)?;
            }
            if events > shown.len() {
                writeln!(
                    stdout,
                    "... {} more: dyad query --db {}",
                    events - shown.len(),
                    a.db.display()
                )?;
            }
            stdout.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The store, written from its own thread: committing one batch overlaps coding the next, and
/// the bounded channel (one batch in flight) keeps memory bounded when the disk is the slower.
struct StoreWriter {
    batches: std::sync::mpsc::SyncSender<Vec<IngestDoc>>,
    thread: std::thread::JoinHandle<dyad_store::Result<IngestSummary>>,
}

impl StoreWriter {
    fn start(mut store: Store) -> StoreWriter {
        let (batches, rx) = std::sync::mpsc::sync_channel::<Vec<IngestDoc>>(1);
        let thread = std::thread::spawn(move || {
            let mut total = IngestSummary::default();
            for batch in rx {
                let s = store.ingest(&batch)?;
                total.documents += s.documents;
                total.replaced += s.replaced;
                total.sentences += s.sentences;
                total.events += s.events;
                total.linked += s.linked;
            }
            Ok(total)
        });
        StoreWriter { batches, thread }
    }

    /// Queues a batch. A refused send means the writer thread ended, which it does only on an
    /// error: `finish` then returns that error.
    fn send(&mut self, batch: Vec<IngestDoc>) -> Result<(), ()> {
        self.batches.send(batch).map_err(|_| ())
    }

    /// Waits for every queued batch to be committed.
    fn finish(self) -> anyhow::Result<IngestSummary> {
        drop(self.batches);
        match self.thread.join() {
            Ok(r) => Ok(r?),
            Err(_) => bail!("internal error: the store writer panicked"),
        }
    }
}

/// A progress bar on stderr over the input bytes (so ETA is known even for one big JSONL
/// file); a spinner when reading stdin; hidden when stderr is not a terminal.
fn progress_bar(inputs: &[std::path::PathBuf]) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let total: Option<u64> = inputs
        .iter()
        .map(|p| std::fs::metadata(p).ok().map(|m| m.len()))
        .sum();
    let pb = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let template = match total {
        Some(_) => "{bar:30} {percent:>3}% {msg}, ETA {eta}",
        None => "{spinner} {msg} ({elapsed})",
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        pb.set_style(style);
    }
    pb.enable_steady_tick(Duration::from_millis(200));
    pb
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
/// A coded document for the store, with its trees as CoNLL-U when `--trees` asked for them.
type Coded = (IngestDoc, Option<String>);

fn process_parallel(
    pipeline: &Pipeline,
    chunk: &[documents::Record],
    default_date: Option<Date>,
    lang: LangArg,
    threads: usize,
    trees: bool,
) -> (Vec<Result<Coded, Skip>>, StageTimes) {
    let per = chunk.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = chunk
            .chunks(per)
            .map(|part| {
                s.spawn(move || {
                    let mut scratch = Scratch::default();
                    let results = part
                        .iter()
                        .map(|r| {
                            let mut doc = r.clone().map_err(|message| Skip {
                                reason: "malformed input",
                                message,
                            })?;
                            doc.date = doc.date.or(default_date);
                            if lang != LangArg::Auto && doc.lang.is_none() {
                                doc.lang = Some(if lang == LangArg::Es {
                                    Lang::Es
                                } else {
                                    Lang::En
                                });
                            }
                            let p = pipeline.process(&doc, &mut scratch).map_err(skip_reason)?;
                            let conllu = trees.then(|| {
                                let mut o = String::new();
                                for (i, s) in p.sentences.iter().enumerate() {
                                    let mut s = s.clone();
                                    s.id = Some(format!("{}-{i}", p.doc_id));
                                    dyad_syntax::conllu::write_sentence(&mut o, &s, &p.doc_id);
                                }
                                o
                            });
                            Ok((IngestDoc::new(&doc, &p), conllu))
                        })
                        .collect::<Vec<_>>();
                    (results, *scratch.times())
                })
            })
            .collect();
        let mut times = StageTimes::default();
        let mut results = Vec::with_capacity(chunk.len());
        for h in handles {
            match h.join() {
                Ok((r, t)) => {
                    results.extend(r);
                    times.merge(&t);
                }
                Err(_) => results.push(Err(Skip {
                    reason: "internal error",
                    message: "internal error: worker panicked".into(),
                })),
            }
        }
        (results, times)
    })
}

fn skip_reason(e: dyad_pipeline::Error) -> Skip {
    let reason = match &e {
        dyad_pipeline::Error::Empty { .. } => "empty",
        dyad_pipeline::Error::UnknownLanguage { .. } => "unknown language",
        dyad_pipeline::Error::TooLong { .. } => "too long",
        dyad_pipeline::Error::NoModels { .. } => "no models for language",
        _ => "other",
    };
    Skip {
        reason,
        message: e.to_string(),
    }
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

fn write_events(
    out: &mut dyn Write,
    records: &[EventRecord],
    format: OutputFormat,
) -> anyhow::Result<()> {
    for rec in records {
        match format {
            // Straight from the record: fields in the contract's order, and `f32`s printed
            // as written (0.8), not widened through a JSON value (0.800000011920929).
            OutputFormat::Jsonl => {
                serde_json::to_writer(&mut *out, rec)?;
                writeln!(out)?;
            }
            OutputFormat::Csv => {
                let v = serde_json::to_value(rec)?;
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
