//! The model file: one compressed, versioned container per language.
//!
//! A language's syntax models (tagger, lemmatizer, parser) travel as one file so they cannot get
//! out of step. Layout: magic `DYADSYN\0`, format version (u32 LE), then a deflate stream holding
//! a JSON metadata block (training config, label sets, data ids, dev scores: what made the model)
//! and named binary blocks. Deflate through `flate2`'s pure-Rust backend keeps the build free of C.

use std::io::{Read, Write};

use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;

use crate::perceptron::Reader;
use crate::{Error, Result};

const MAGIC: &[u8; 8] = b"DYADSYN\0";

/// Format history (keep old versions loadable while a fixture of each exists):
/// - 1: first release — JSON meta + named blocks, deflate-compressed.
pub const FORMAT_VERSION: u32 = 1;
const SUPPORTED: std::ops::RangeInclusive<u32> = 1..=1;

/// Metadata plus named binary blocks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Container {
    /// What made the model: config, seed, labels, data ids, dev scores.
    pub meta: serde_json::Value,
    /// Named component blocks (`tagger`, `lemmatizer`, `parser`).
    pub blocks: Vec<(String, Vec<u8>)>,
}

impl Container {
    /// The block with this name.
    pub fn block(&self, name: &str) -> Option<&[u8]> {
        self.blocks
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| b.as_slice())
    }

    /// Serializes and compresses.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let mut payload = Vec::new();
        let meta =
            serde_json::to_vec(&self.meta).map_err(|e| Error::CorruptModel(e.to_string()))?;
        payload.extend_from_slice(&(meta.len() as u32).to_le_bytes());
        payload.extend_from_slice(&meta);
        payload.extend_from_slice(&(self.blocks.len() as u32).to_le_bytes());
        for (name, data) in &self.blocks {
            payload.extend_from_slice(&(name.len() as u32).to_le_bytes());
            payload.extend_from_slice(name.as_bytes());
            payload.extend_from_slice(&(data.len() as u32).to_le_bytes());
            payload.extend_from_slice(data);
        }
        let mut out = Vec::with_capacity(payload.len() / 2);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        let mut enc = DeflateEncoder::new(out, Compression::best());
        enc.write_all(&payload)?;
        Ok(enc.finish()?)
    }

    /// Checks magic and version, decompresses and splits into blocks.
    pub fn from_bytes(bytes: &[u8]) -> Result<Container> {
        if bytes.len() < 12 || &bytes[..8] != MAGIC {
            return Err(Error::CorruptModel(
                "not a dyad syntax model (bad magic)".into(),
            ));
        }
        let version = u32::from_le_bytes(bytes[8..12].try_into().expect("invariant: 4 bytes"));
        if !SUPPORTED.contains(&version) {
            return Err(Error::Incompatible {
                found: version,
                supported: format!("{}..={}", SUPPORTED.start(), SUPPORTED.end()),
            });
        }
        let mut payload = Vec::new();
        DeflateDecoder::new(&bytes[12..])
            .read_to_end(&mut payload)
            .map_err(|e| Error::CorruptModel(format!("decompression failed: {e}")))?;
        let mut r = Reader {
            bytes: &payload,
            pos: 0,
        };
        let n = r.u32()? as usize;
        let meta = serde_json::from_slice(r.take(n)?)
            .map_err(|e| Error::CorruptModel(format!("metadata: {e}")))?;
        let count = r.u32()? as usize;
        let mut blocks = Vec::new();
        for _ in 0..count {
            let n = r.u32()? as usize;
            let name = String::from_utf8(r.take(n)?.to_vec())
                .map_err(|_| Error::CorruptModel("block name is not UTF-8".into()))?;
            let n = r.u32()? as usize;
            blocks.push((name, r.take(n)?.to_vec()));
        }
        Ok(Container { meta, blocks })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_checks_version() {
        let c = Container {
            meta: serde_json::json!({"lang": "en", "seed": 7}),
            blocks: vec![("tagger".into(), vec![1, 2, 3]), ("parser".into(), vec![])],
        };
        let bytes = c.to_bytes().unwrap();
        assert_eq!(Container::from_bytes(&bytes).unwrap(), c);
        let mut future = bytes.clone();
        future[8..12].copy_from_slice(&99u32.to_le_bytes());
        assert!(matches!(
            Container::from_bytes(&future),
            Err(Error::Incompatible { found: 99, .. })
        ));
        assert!(Container::from_bytes(&bytes[..bytes.len() / 2]).is_err());
        assert!(Container::from_bytes(b"garbage").is_err());
    }
}
