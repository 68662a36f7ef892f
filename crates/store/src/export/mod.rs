//! Exports of selected events: CSV, JSONL, Parquet and GDELT 2.0.
//!
//! All four stream from the database ([`Store::for_each_event`]-style), so an export of any size
//! runs in bounded memory (Parquet buffers one row group).

mod flat;
mod gdelt;
mod parquet;

use std::io::Write;

use rusqlite::params_from_iter;
use serde::{Deserialize, Serialize};

pub use flat::FLAT_COLUMNS;
pub use gdelt::GDELT_COLUMNS;

use crate::query::parse_record;
use crate::{EventFilter, Result, Store};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// Flat columns ([`FLAT_COLUMNS`]) with a header row, RFC 4180 quoting, lists `;`-joined.
    Csv,
    /// One `dyad code` JSON record a line, as coded.
    Jsonl,
    /// The flat columns as a Parquet file (typed: integers, doubles, UTF-8 strings).
    Parquet,
    /// GDELT 2.0's 61-column event layout ([`GDELT_COLUMNS`]), tab-separated, no header.
    Gdelt,
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ExportSummary {
    /// Events written.
    pub events: u64,
}

/// One event with what the exports need from its document.
pub(crate) struct Row {
    pub(crate) record: dyad_events::EventRecord,
    pub(crate) url: Option<String>,
}

impl Store {
    /// Writes the events `filter` selects to `out` in `format`, in [`Store::events`]' order.
    pub fn export<W: Write + Send>(
        &self,
        filter: &EventFilter,
        format: ExportFormat,
        out: W,
    ) -> Result<ExportSummary> {
        self.export_limited(filter, format, None, out)
    }

    /// [`Store::export`] stopping after `limit` events (all when `None`): for a first look.
    pub fn export_limited<W: Write + Send>(
        &self,
        filter: &EventFilter,
        format: ExportFormat,
        limit: Option<u64>,
        out: W,
    ) -> Result<ExportSummary> {
        let added: String =
            self.conn
                .query_row("SELECT strftime('%Y%m%d%H%M%S', 'now')", [], |r| r.get(0))?;
        let mut out = out;
        let events = match format {
            ExportFormat::Jsonl => {
                let mut out = std::io::BufWriter::new(&mut out);
                let n = self.for_each_row(filter, limit, |row| {
                    serde_json::to_writer(&mut out, &row.record).map_err(std::io::Error::from)?;
                    out.write_all(b"\n")?;
                    Ok(())
                })?;
                out.flush()?;
                n
            }
            ExportFormat::Csv => {
                let mut out = std::io::BufWriter::new(&mut out);
                writeln!(out, "{}", FLAT_COLUMNS.join(","))?;
                let n =
                    self.for_each_row(filter, limit, |row| flat::write_csv(&mut out, &row.record))?;
                out.flush()?;
                n
            }
            ExportFormat::Gdelt => {
                let mut out = std::io::BufWriter::new(&mut out);
                let mut id = 0u64;
                let n = self.for_each_row(filter, limit, |row| {
                    id += 1;
                    gdelt::write_row(&mut out, id, &row, &added)
                })?;
                out.flush()?;
                n
            }
            ExportFormat::Parquet => {
                let mut w = parquet::Writer::new(&mut out)?;
                let n = self.for_each_row(filter, limit, |row| w.push(&row.record))?;
                w.finish()?;
                n
            }
        };
        Ok(ExportSummary { events })
    }

    fn for_each_row(
        &self,
        filter: &EventFilter,
        limit: Option<u64>,
        mut f: impl FnMut(Row) -> Result<()>,
    ) -> Result<u64> {
        let sql = filter.to_sql()?;
        let mut st = self.conn.prepare(&format!(
            "SELECT e.doc_id, e.record, d.url FROM events e JOIN documents d ON d.id = e.doc_id
             WHERE {} ORDER BY e.date IS NULL, e.date, e.doc_id, e.ord LIMIT ?",
            sql.clause
        ))?;
        let mut params = sql.params;
        params.push(rusqlite::types::Value::Integer(
            limit.map_or(-1, |l| l.min(i64::MAX as u64) as i64),
        ));
        let mut rows = st.query(params_from_iter(params))?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let doc: String = r.get(0)?;
            let json: String = r.get(1)?;
            let url: Option<String> = r.get(2)?;
            f(Row {
                record: parse_record(doc, &json)?,
                url,
            })?;
            n += 1;
        }
        Ok(n)
    }
}
