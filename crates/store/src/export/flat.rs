//! The flat columns shared by the CSV and Parquet exports.

use std::io::Write;

use dyad_events::EventRecord;

use crate::ingest::{modality_str, trigger_kind_str};
use crate::Result;

/// Columns of the CSV and Parquet exports, in order: the `dyad code` record with nested fields
/// joined by `_` and lists joined by `;`. Columns added later go at the end, so that readers
/// by position keep working (`*_country_from`: `place` or `counterpart` when dyad inferred
/// the actor's country).
pub const FLAT_COLUMNS: [&str; 34] = [
    "doc_id",
    "sentence_index",
    "date",
    "date_precision",
    "source_code",
    "source_country",
    "source_sectors",
    "source_name",
    "source_text",
    "target_code",
    "target_country",
    "target_sectors",
    "target_name",
    "target_text",
    "cameo",
    "cameo_root",
    "quad_class",
    "goldstein",
    "plover_event",
    "plover_mode",
    "modality",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "location_geonames_id",
    "trigger",
    "trigger_start",
    "trigger_end",
    "trigger_kind",
    "confidence",
    "sentence",
    "source_country_from",
    "target_country_from",
];

/// One cell.
pub(crate) enum Cell {
    /// Text (absent: `None`).
    Str(Option<String>),
    /// An integer.
    Int(Option<i64>),
    /// A real number.
    Real(Option<f64>),
}

/// The record as cells in [`FLAT_COLUMNS`] order.
pub(crate) fn cells(e: &EventRecord) -> [Cell; 34] {
    use Cell::{Int, Real, Str};
    let t = e.target.as_ref();
    let loc = e.location.as_ref();
    let s = |v: &str| Str(Some(v.to_string()));
    [
        s(&e.doc_id),
        Int(Some(e.sentence_index.into())),
        Str(e.date.clone()),
        s(e.date_precision.as_str()),
        s(&e.source.code),
        Str(e.source.country.clone()),
        s(&e.source.sectors.join(";")),
        Str(e.source.name.clone()),
        s(&e.source.text),
        Str(t.map(|t| t.code.clone())),
        Str(t.and_then(|t| t.country.clone())),
        Str(t.map(|t| t.sectors.join(";"))),
        Str(t.and_then(|t| t.name.clone())),
        Str(t.map(|t| t.text.clone())),
        s(&e.cameo),
        Str(e.cameo_root.clone()),
        Int(e.quad_class.map(i64::from)),
        Real(e.goldstein.map(f32_to_f64)),
        Str(e.plover.as_ref().map(|p| p.event.clone())),
        Str(e.plover.as_ref().and_then(|p| p.mode.clone())),
        s(modality_str(e.modality)),
        Str(loc.map(|l| l.name.clone())),
        Str(loc.and_then(|l| l.country.clone())),
        Real(loc.and_then(|l| l.lat)),
        Real(loc.and_then(|l| l.lon)),
        Int(loc.and_then(|l| l.geonames_id).map(i64::from)),
        s(&e.trigger),
        Int(Some(e.trigger_span[0].into())),
        Int(Some(e.trigger_span[1].into())),
        s(trigger_kind_str(e.trigger_kind)),
        // Through the shortest decimal of the f32, so 0.7 prints as 0.7, not 0.699999988.
        Real(Some(f32_to_f64(e.confidence))),
        s(&e.sentence),
        Str(e.source.country_from.clone()),
        Str(t.and_then(|t| t.country_from.clone())),
    ]
}

/// An `f32` as the `f64` with the same shortest decimal form.
pub(crate) fn f32_to_f64(v: f32) -> f64 {
    v.to_string().parse().unwrap_or(v as f64)
}

/// One CSV row.
pub(crate) fn write_csv(out: &mut impl Write, e: &EventRecord) -> Result<()> {
    let mut first = true;
    for c in cells(e) {
        if !first {
            out.write_all(b",")?;
        }
        first = false;
        let s = match c {
            Cell::Str(v) => v.unwrap_or_default(),
            Cell::Int(v) => v.map(|v| v.to_string()).unwrap_or_default(),
            Cell::Real(v) => v.map(|v| v.to_string()).unwrap_or_default(),
        };
        if s.contains([',', '"', '\n', '\r']) {
            write!(out, "\"{}\"", s.replace('"', "\"\""))?;
        } else {
            out.write_all(s.as_bytes())?;
        }
    }
    out.write_all(b"\n")?;
    Ok(())
}
