//! `dyad export`: filtered events from the store to a CSV, JSONL, Parquet or GDELT 2.0 file.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{bail, Context};
use dyad_store::ExportFormat;

use crate::args::{ExportArgs, ExportFormatArg};
use crate::cmd::query::{filter, open_existing};

pub fn run(a: ExportArgs) -> anyhow::Result<ExitCode> {
    let store = open_existing(&a.db)?;
    let filter = filter(&a.filter);
    let format = match a.format {
        ExportFormatArg::Csv => ExportFormat::Csv,
        ExportFormatArg::Jsonl => ExportFormat::Jsonl,
        ExportFormatArg::Parquet => ExportFormat::Parquet,
        ExportFormatArg::Gdelt => ExportFormat::Gdelt,
    };
    let summary = if a.out == std::path::Path::new("-") {
        if format == ExportFormat::Parquet {
            bail!("parquet needs a file (--out PATH), not standard output");
        }
        let mut out = std::io::BufWriter::new(std::io::stdout());
        let s = store.export(&filter, format, &mut out)?;
        out.flush()?;
        s
    } else {
        // Written beside the target and renamed at the end, so a failed export never leaves a
        // truncated file where a good one was.
        let tmp = a.out.with_extension("partial");
        let file =
            std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        let mut out = std::io::BufWriter::new(file);
        let s = store
            .export(&filter, format, &mut out)
            .with_context(|| format!("writing {}", tmp.display()))?;
        out.flush()?;
        drop(out);
        std::fs::rename(&tmp, &a.out)
            .with_context(|| format!("renaming {} to {}", tmp.display(), a.out.display()))?;
        s
    };
    eprintln!("dyad: {} event(s) exported", summary.events);
    Ok(ExitCode::SUCCESS)
}
