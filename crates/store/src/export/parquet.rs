//! The Parquet export: [`FLAT_COLUMNS`] as typed, optional columns.
//!
//! Written with the `parquet` crate's column writers, without `arrow` and without compression
//! codecs: flat rows need neither, and the crate then builds in a fraction of the time (arrow
//! pulls in a dozen `arrow-*` crates). Files are uncompressed; readers (pyarrow, DuckDB, Spark)
//! read them as they are, and users who want smaller files can re-encode.

use std::io::Write;
use std::sync::Arc;

use dyad_events::EventRecord;
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

use super::flat::{cells, Cell, FLAT_COLUMNS};
use crate::Result;

/// Rows buffered per row group: ~64k events are a few tens of MB at most, and row groups of
/// this size are what readers expect.
const ROW_GROUP: usize = 65_536;

/// One column's buffered values and definition levels (1 present, 0 null).
enum Column {
    Str(Vec<ByteArray>, Vec<i16>),
    Int(Vec<i64>, Vec<i16>),
    Real(Vec<f64>, Vec<i16>),
}

/// A Parquet file being written.
pub(crate) struct Writer<W: Write + Send> {
    file: SerializedFileWriter<W>,
    columns: Vec<Column>,
    rows: usize,
}

impl<W: Write + Send> Writer<W> {
    pub(crate) fn new(out: W) -> Result<Writer<W>> {
        // The column types follow the first record's cells; every record has the same kinds.
        let kinds = cells(&placeholder());
        let mut message = String::from("message dyad_event {\n");
        let mut columns = Vec::new();
        for (name, kind) in FLAT_COLUMNS.iter().zip(kinds.iter()) {
            let (ty, col) = match kind {
                Cell::Str(_) => ("BYTE_ARRAY", Column::Str(Vec::new(), Vec::new())),
                Cell::Int(_) => ("INT64", Column::Int(Vec::new(), Vec::new())),
                Cell::Real(_) => ("DOUBLE", Column::Real(Vec::new(), Vec::new())),
            };
            let annotation = if ty == "BYTE_ARRAY" { " (UTF8)" } else { "" };
            message.push_str(&format!("  OPTIONAL {ty} {name}{annotation};\n"));
            columns.push(col);
        }
        message.push('}');
        let schema = Arc::new(parse_message_type(&message)?);
        let props = Arc::new(WriterProperties::builder().build());
        Ok(Writer {
            file: SerializedFileWriter::new(out, schema, props)?,
            columns,
            rows: 0,
        })
    }

    pub(crate) fn push(&mut self, e: &EventRecord) -> Result<()> {
        for (col, cell) in self.columns.iter_mut().zip(cells(e)) {
            match (col, cell) {
                (Column::Str(v, d), Cell::Str(x)) => {
                    d.push(x.is_some() as i16);
                    v.extend(x.map(|s| ByteArray::from(s.into_bytes())));
                }
                (Column::Int(v, d), Cell::Int(x)) => {
                    d.push(x.is_some() as i16);
                    v.extend(x);
                }
                (Column::Real(v, d), Cell::Real(x)) => {
                    d.push(x.is_some() as i16);
                    v.extend(x);
                }
                _ => unreachable!("invariant: cells() gives the same kinds for every record"),
            }
        }
        self.rows += 1;
        if self.rows >= ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let mut rg = self.file.next_row_group()?;
        let mut cols = self.columns.iter_mut();
        while let Some(mut w) = rg.next_column()? {
            let col = cols
                .next()
                .expect("invariant: one buffer per schema column");
            match col {
                Column::Str(v, d) => {
                    w.typed::<ByteArrayType>().write_batch(v, Some(d), None)?;
                    v.clear();
                    d.clear();
                }
                Column::Int(v, d) => {
                    w.typed::<Int64Type>().write_batch(v, Some(d), None)?;
                    v.clear();
                    d.clear();
                }
                Column::Real(v, d) => {
                    w.typed::<DoubleType>().write_batch(v, Some(d), None)?;
                    v.clear();
                    d.clear();
                }
            }
            w.close()?;
        }
        rg.close()?;
        self.rows = 0;
        Ok(())
    }

    pub(crate) fn finish(mut self) -> Result<()> {
        self.flush()?;
        self.file.close()?;
        Ok(())
    }
}

/// A record used only for its cell kinds.
fn placeholder() -> EventRecord {
    EventRecord {
        doc_id: String::new(),
        sentence_index: 0,
        sentence: String::new(),
        date: None,
        date_precision: dyad_events::DatePrecision::Document,
        source: dyad_events::ActorRecord {
            code: String::new(),
            country: None,
            sectors: Vec::new(),
            name: None,
            text: String::new(),
            span: [0, 0],
            country_from: None,
        },
        target: None,
        cameo: String::new(),
        cameo_root: None,
        quad_class: None,
        goldstein: None,
        plover: None,
        modality: dyad_events::Modality::Asserted,
        location: None,
        trigger: String::new(),
        trigger_span: [0, 0],
        trigger_kind: dyad_events::TriggerKind::Verb,
        confidence: 0.0,
    }
}
