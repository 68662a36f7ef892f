//! `dyad query`: filtered events from the store, as a table (default), CSV or JSON lines.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use dyad_events::EventRecord;
use dyad_store::{EventFilter, ExportFormat, Page, Store};

use crate::args::{FilterArgs, QueryArgs, QueryFormat};

pub fn run(a: QueryArgs) -> anyhow::Result<ExitCode> {
    let store = open_existing(&a.db)?;
    let filter = filter(&a.filter);
    let total = store.count_events(&filter)?;
    // `Stdout`, not its lock: exports need a `Send` writer (the Parquet writer's bound).
    let mut out = std::io::BufWriter::new(std::io::stdout());
    match a.format {
        QueryFormat::Table => {
            let events = store.events(
                &filter,
                Page {
                    offset: 0,
                    limit: a.limit,
                },
            )?;
            print_table(&mut out, &events)?;
            out.flush()?;
            eprintln!("dyad: {} of {total} event(s) shown", events.len());
        }
        QueryFormat::Csv | QueryFormat::Json => {
            let format = match a.format {
                QueryFormat::Csv => ExportFormat::Csv,
                _ => ExportFormat::Jsonl,
            };
            let n = store
                .export_limited(&filter, format, Some(a.limit), &mut out)?
                .events;
            out.flush()?;
            eprintln!("dyad: {n} of {total} event(s) written");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Opens a store that must already exist: reading a path with a typo would otherwise create an
/// empty database and report zero events.
pub fn open_existing(db: &Path) -> anyhow::Result<Store> {
    if !db.exists() {
        anyhow::bail!(
            "no store at {} (code documents first: dyad code --db {} INPUT...)",
            db.display(),
            db.display()
        );
    }
    Store::open_read_only(db).with_context(|| format!("opening {}", db.display()))
}

/// The library filter of the command-line flags.
pub fn filter(f: &FilterArgs) -> EventFilter {
    EventFilter {
        actor: f.actor.clone(),
        source: f.source.clone(),
        target: f.target.clone(),
        country: f.country.clone(),
        cameo: f.cameo.clone(),
        root: f.root.clone(),
        quad: f.quad,
        plover: f.plover.clone(),
        from: f.from.clone(),
        to: f.to.clone(),
        place: f.place.clone(),
        text: f.text.clone(),
        doc: f.doc.clone(),
        ..Default::default()
    }
}

/// Events as an aligned table: date, source, CAMEO code and name, target, trigger, document.
pub fn print_table(out: &mut dyn Write, events: &[EventRecord]) -> std::io::Result<()> {
    const HEAD: [&str; 6] = ["DATE", "SOURCE", "EVENT", "TARGET", "TRIGGER", "DOC"];
    // Caps keep one event a line on a 120-column terminal; longer cells end in `…`.
    const MAX: [usize; 6] = [10, 14, 40, 14, 16, 24];
    let rows: Vec<[String; 6]> = events
        .iter()
        .map(|e| {
            let name = e
                .cameo
                .parse::<dyad_core::CameoCode>()
                .map(|c| c.name().to_string())
                .unwrap_or_default();
            [
                e.date.clone().unwrap_or_else(|| "-".into()),
                e.source.code.clone(),
                format!("{} {name}", e.cameo).trim_end().to_string(),
                e.target
                    .as_ref()
                    .map_or_else(|| "-".into(), |t| t.code.clone()),
                e.trigger.clone(),
                e.doc_id.clone(),
            ]
        })
        .collect();
    let mut width = HEAD.map(|h| h.chars().count());
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            width[i] = width[i].max(c.chars().count().min(MAX[i]));
        }
    }
    let line = |out: &mut dyn Write, cells: [&str; 6]| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            let c = if c.chars().count() > width[i] {
                let mut t: String = c.chars().take(width[i] - 1).collect();
                t.push('…');
                t
            } else {
                c.to_string()
            };
            s.push_str(&c);
            if i + 1 < cells.len() {
                let pad = width[i] - c.chars().count() + 2;
                s.extend(std::iter::repeat_n(' ', pad));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, HEAD)?;
    for r in &rows {
        line(
            out,
            [&r[0], &r[1], &r[2], &r[3], &r[4], &r[5]].map(|s| s.as_str()),
        )?;
    }
    Ok(())
}
