//! The tagger's stored parts (tag dictionary, label sets, weights) and their binary format.

use dyad_core::Feats;

use crate::lemma::Lemmatizer;
use crate::perceptron::{FeatureMap, Model, Reader};
use crate::{Error, Result};

use super::features::NOT_FIXED;
use super::Tagger;

const MAGIC: &[u8; 8] = b"DYADTAG\0";

/// Tagger format history (the loader accepts [`SUPPORTED`]):
/// - 1: meta JSON, FEATS classes and per-UPOS allowed sets, tag dictionary, UPOS and FEATS
///   perceptrons, lemmatizer (edit rules, lexicon, perceptron).
pub const FORMAT_VERSION: u32 = 1;
const SUPPORTED: std::ops::RangeInclusive<u32> = 1..=1;

/// Number of UPOS classes.
pub(crate) const N_UPOS: usize = 17;

/// Training-set knowledge about frequent words: which UPOS they took (the ambiguity class, a
/// strong feature for the word and for its left neighbours) and, for words that nearly always
/// take one tag, that tag outright (skipping the classifier: faster, and no worse on such words).
#[derive(Debug, Clone, Default)]
pub(crate) struct TagDict {
    map: FeatureMap<(u32, u8)>,
}

impl TagDict {
    pub fn insert(&mut self, form_hash: u64, amb: u32, fixed: u8) {
        self.map.insert(form_hash, (amb, fixed));
    }

    #[inline]
    pub fn get(&self, form_hash: u64) -> Option<(u32, u8)> {
        self.map.get(&form_hash).copied()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    fn write_to(&self, out: &mut Vec<u8>) {
        let mut keys: Vec<_> = self.map.iter().collect();
        keys.sort_by_key(|(k, _)| **k);
        put_varint(out, keys.len() as u64);
        let mut prev = 0u64;
        for (k, (amb, fixed)) in keys {
            put_varint(out, k.wrapping_sub(prev));
            prev = *k;
            put_varint(out, *amb as u64);
            out.push(*fixed);
        }
    }

    fn read_from(r: &mut Reader) -> Result<TagDict> {
        let n = bounded(r.varint()?, r)?;
        let mut map = FeatureMap::default();
        map.reserve(n);
        let mut prev = 0u64;
        for _ in 0..n {
            prev = prev.wrapping_add(r.varint()?);
            let amb = r.varint()?;
            let fixed = r.take(1)?[0];
            if amb >= 1 << N_UPOS || (fixed != NOT_FIXED && fixed as usize >= N_UPOS) {
                return Err(Error::CorruptModel(
                    "tag dictionary entry out of range".into(),
                ));
            }
            map.insert(prev, (amb as u32, fixed));
        }
        Ok(TagDict { map })
    }
}

pub(super) fn encode(t: &Tagger) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    put_str(&mut out, &t.meta);
    put_varint(&mut out, t.feats_classes.len() as u64);
    for f in &t.feats_classes {
        put_str(&mut out, f.as_str());
    }
    for allowed in &t.allowed {
        put_varint(&mut out, allowed.len() as u64);
        for c in allowed {
            put_varint(&mut out, *c as u64);
        }
    }
    t.dict.write_to(&mut out);
    t.upos.write_to(&mut out);
    t.feats.write_to(&mut out);
    t.lemma.write_to(&mut out);
    out
}

pub(super) fn decode(bytes: &[u8]) -> Result<Tagger> {
    if bytes.len() < 12 || &bytes[..8] != MAGIC {
        return Err(Error::CorruptModel("not a dyad tagger (bad magic)".into()));
    }
    let version = u32::from_le_bytes(bytes[8..12].try_into().expect("invariant: 4 bytes"));
    if !SUPPORTED.contains(&version) {
        return Err(Error::Incompatible {
            found: version,
            supported: format!("{}..={}", SUPPORTED.start(), SUPPORTED.end()),
        });
    }
    let mut r = Reader { bytes, pos: 12 };
    let meta = get_str(&mut r)?;
    let n = bounded(r.varint()?, &r)?;
    let mut feats_classes = Vec::with_capacity(n);
    for _ in 0..n {
        let s = get_str(&mut r)?;
        let f: Feats = s
            .parse()
            .map_err(|_| Error::CorruptModel(format!("bad FEATS class {s:?}")))?;
        feats_classes.push(f);
    }
    let empty_feats = feats_classes
        .iter()
        .position(|f| f.is_empty())
        .ok_or_else(|| Error::CorruptModel("no empty FEATS class".into()))?;
    let mut allowed = Vec::with_capacity(N_UPOS);
    for _ in 0..N_UPOS {
        let k = bounded(r.varint()?, &r)?;
        let mut v = Vec::with_capacity(k);
        for _ in 0..k {
            let c = r.varint()? as usize;
            if c >= feats_classes.len() {
                return Err(Error::CorruptModel("FEATS class id out of range".into()));
            }
            v.push(c as u16);
        }
        allowed.push(v);
    }
    let dict = TagDict::read_from(&mut r)?;
    let upos = read_model(&mut r, N_UPOS, "UPOS")?;
    let feats = read_model(&mut r, feats_classes.len(), "FEATS")?;
    let lemma = Lemmatizer::read_from(&mut r)?;
    if r.pos != bytes.len() {
        return Err(Error::CorruptModel("trailing bytes after tagger".into()));
    }
    Ok(Tagger::assemble(
        meta,
        dict,
        upos,
        feats,
        feats_classes,
        empty_feats as u16,
        allowed,
        lemma,
    ))
}

pub(crate) fn read_model(r: &mut Reader, n_classes: usize, what: &str) -> Result<Model> {
    let (m, used) = Model::read_from(&r.bytes[r.pos..])?;
    r.pos += used;
    if m.n_classes() != n_classes {
        return Err(Error::CorruptModel(format!(
            "{what} weights have {} classes, expected {n_classes}",
            m.n_classes()
        )));
    }
    Ok(m)
}

/// A count read from the file, refused when it exceeds the bytes left (each item takes at least
/// one byte), so garbage cannot make us reserve gigabytes.
pub(crate) fn bounded(n: u64, r: &Reader) -> Result<usize> {
    let left = r.bytes.len().saturating_sub(r.pos) as u64;
    if n > left {
        return Err(Error::CorruptModel(format!(
            "count {n} exceeds the {left} bytes left"
        )));
    }
    Ok(n as usize)
}

pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

pub(crate) fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

pub(crate) fn get_str(r: &mut Reader) -> Result<String> {
    let n = bounded(r.varint()?, r)?;
    String::from_utf8(r.take(n)?.to_vec())
        .map_err(|_| Error::CorruptModel("string is not UTF-8".into()))
}
