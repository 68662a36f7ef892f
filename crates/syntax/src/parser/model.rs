//! The parser's binary form.
//!
//! Layout: magic `DYADPARS`, format version (u32 LE), length-prefixed JSON metadata (labels in
//! class order, training config, training report), then the perceptron block
//! ([`crate::perceptron::Model::write_to`]). Uncompressed: the language's model container deflates
//! everything together.

use dyad_core::DepRel;
use serde::{Deserialize, Serialize};

use super::{Parser, ParserConfig, ParserReport, ROOT_LABEL};
use crate::perceptron::{Model, Reader};
use crate::{Error, Result};

const MAGIC: &[u8; 8] = b"DYADPARS";

/// Format history (keep old versions loadable while a fixture of each exists):
/// - 1: first release — JSON meta (labels, config, report) + one perceptron block over
///   `1 + 2 × labels` arc-hybrid classes and the feature set of `features.rs` as first written.
pub const FORMAT_VERSION: u32 = 1;
const SUPPORTED: std::ops::RangeInclusive<u32> = 1..=1;

#[derive(Serialize, Deserialize)]
struct Meta {
    labels: Vec<String>,
    config: ParserConfig,
    report: Option<ParserReport>,
}

pub(crate) fn to_bytes(p: &Parser) -> Vec<u8> {
    let meta = Meta {
        labels: p.labels.iter().map(|l| l.to_string()).collect(),
        config: p.config.clone(),
        report: p.report.clone(),
    };
    let json = serde_json::to_vec(&meta).expect("invariant: parser metadata serializes");
    let mut out = Vec::with_capacity(json.len() + 16 * p.model.n_weights());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(json.len() as u32).to_le_bytes());
    out.extend_from_slice(&json);
    p.model.write_to(&mut out);
    out
}

pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Parser> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(8).ok() != Some(MAGIC.as_slice()) {
        return Err(Error::CorruptModel("not a dyad parser (bad magic)".into()));
    }
    let version = r.u32()?;
    if !SUPPORTED.contains(&version) {
        return Err(Error::Incompatible {
            found: version,
            supported: format!("{}..={}", SUPPORTED.start(), SUPPORTED.end()),
        });
    }
    let n = r.u32()? as usize;
    let meta: Meta = serde_json::from_slice(r.take(n)?)
        .map_err(|e| Error::CorruptModel(format!("parser metadata: {e}")))?;
    let labels = meta
        .labels
        .iter()
        .map(|l| l.parse::<DepRel>())
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| Error::CorruptModel(format!("parser labels: {e}")))?;
    check_labels(&labels)?;
    let (model, used) = Model::read_from(&bytes[r.pos..])?;
    if r.pos + used != bytes.len() {
        return Err(Error::CorruptModel(
            "trailing bytes after the parser weights".into(),
        ));
    }
    if model.n_classes() != 1 + 2 * labels.len() {
        return Err(Error::CorruptModel(format!(
            "parser weights have {} classes, {} labels need {}",
            model.n_classes(),
            labels.len(),
            1 + 2 * labels.len()
        )));
    }
    Ok(Parser {
        constraints: super::constraints::Constraints::new(&labels),
        labels,
        model,
        config: meta.config,
        report: meta.report,
    })
}

/// The label list must start with `root` and fit the class and bit-set encodings.
pub(crate) fn check_labels(labels: &[DepRel]) -> Result<()> {
    let first_is_root = labels
        .get(ROOT_LABEL as usize)
        .is_some_and(|l| l.is(dyad_core::UdRel::Root) && l.subtype().is_none());
    if !first_is_root {
        return Err(Error::CorruptModel(
            "parser labels must start with `root`".into(),
        ));
    }
    if labels.len() > 2000 {
        return Err(Error::CorruptModel(format!(
            "{} parser labels (at most 2000)",
            labels.len()
        )));
    }
    Ok(())
}
