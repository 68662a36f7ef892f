//! The averaged perceptron shared by the tagger, lemmatizer and parser.
//!
//! Why a perceptron: it trains in minutes on a laptop, predicts with a few hundred integer adds
//! per word, and its pruned, quantized weights fit the 25 MB-per-language budget; UDPipe 1 and
//! spaCy 1 showed that greedy perceptron taggers and parsers reach useful accuracy on UD.
//!
//! Features are `u64` hashes made with [`feature`]; each stage computes them in its own
//! `features.rs` so training and prediction share one function. Training keeps sparse per-feature
//! class weights with lazy averaging ([`Trainer`]); [`Trainer::finish`] averages, prunes near-zero
//! weights and quantizes to `i16`, giving an immutable [`Model`] that scores by table lookup.

use std::collections::HashMap;

use crate::{Error, Result};

/// Mixes a template id and up to two values into one feature key.
///
/// A fixed, platform-independent mixer (splitmix64 finalizer) so that models trained on one
/// machine score the same everywhere; `std`'s hasher is randomly seeded and would not do.
#[inline]
pub fn feature(template: u32, a: u64, b: u64) -> u64 {
    let mut x = (template as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ a;
    x = mix(x);
    x ^= b.wrapping_add(0x632B_E59B_D9B4_E019);
    mix(x)
}

/// Hashes a string for use as a feature value (FNV-1a then a mixer: fast on short words).
#[inline]
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    mix(h)
}

#[inline]
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[derive(Clone, Copy, Default)]
struct Cell {
    class: u16,
    w: f32,
    total: f64,
    last: u64,
}

/// Sparse, lazily averaged perceptron weights during training.
pub struct Trainer {
    n_classes: usize,
    weights: HashMap<u64, Vec<Cell>>,
    tick: u64,
}

impl Trainer {
    /// A trainer over `n_classes` output classes.
    pub fn new(n_classes: usize) -> Self {
        Trainer {
            n_classes,
            weights: HashMap::new(),
            tick: 1,
        }
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Adds the current (not averaged) weights of `feats` into `out` (length `n_classes`).
    pub fn scores(&self, feats: &[u64], out: &mut [f32]) {
        out.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(cells) = self.weights.get(f) {
                for c in cells {
                    out[c.class as usize] += c.w;
                }
            }
        }
    }

    /// Moves weight `amount` from `guess` to `truth` for every feature (a no-op when equal).
    pub fn update(&mut self, feats: &[u64], truth: usize, guess: usize, amount: f32) {
        if truth == guess {
            return;
        }
        let tick = self.tick;
        for f in feats {
            let cells = self.weights.entry(*f).or_default();
            for (class, delta) in [(truth, amount), (guess, -amount)] {
                let c = match cells.iter_mut().position(|c| c.class as usize == class) {
                    Some(i) => &mut cells[i],
                    None => {
                        cells.push(Cell {
                            class: class as u16,
                            w: 0.0,
                            total: 0.0,
                            last: tick,
                        });
                        cells.last_mut().expect("invariant: just pushed")
                    }
                };
                c.total += c.w as f64 * (tick - c.last) as f64;
                c.last = tick;
                c.w += delta;
            }
        }
    }

    /// Marks the end of one training instance (the unit of averaging).
    pub fn tick(&mut self) {
        self.tick += 1;
    }

    /// Number of distinct features seen so far.
    pub fn n_features(&self) -> usize {
        self.weights.len()
    }

    /// Averages, drops weights whose magnitude is below `prune`, and quantizes to `i16`.
    pub fn finish(&self, prune: f32) -> Model {
        let tick = self.tick;
        let mut feats: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.weights.len());
        let mut max_abs = 0f32;
        for (k, cells) in &self.weights {
            let mut row = Vec::new();
            for c in cells {
                let total = c.total + c.w as f64 * (tick - c.last) as f64;
                let avg = (total / tick as f64) as f32;
                if avg.abs() >= prune && avg != 0.0 {
                    max_abs = max_abs.max(avg.abs());
                    row.push((c.class, avg));
                }
            }
            if !row.is_empty() {
                row.sort_by_key(|r| r.0);
                feats.push((*k, row));
            }
        }
        feats.sort_by_key(|f| f.0);
        let scale = if max_abs > 0.0 {
            max_abs / i16::MAX as f32
        } else {
            1.0
        };
        let mut b = ModelBuilder::new(self.n_classes, scale);
        for (k, row) in feats {
            let q: Vec<(u16, i16)> = row
                .into_iter()
                .map(|(c, w)| (c, (w / scale).round() as i16))
                .filter(|(_, w)| *w != 0)
                .collect();
            b.push(k, &q);
        }
        b.build()
    }
}

struct ModelBuilder {
    n_classes: usize,
    scale: f32,
    keys: Vec<u64>,
    offsets: Vec<u32>,
    classes: Vec<u16>,
    weights: Vec<i16>,
}

impl ModelBuilder {
    fn new(n_classes: usize, scale: f32) -> Self {
        ModelBuilder {
            n_classes,
            scale,
            keys: vec![],
            offsets: vec![0],
            classes: vec![],
            weights: vec![],
        }
    }
    fn push(&mut self, key: u64, row: &[(u16, i16)]) {
        if row.is_empty() {
            return;
        }
        self.keys.push(key);
        for (c, w) in row {
            self.classes.push(*c);
            self.weights.push(*w);
        }
        self.offsets.push(self.classes.len() as u32);
    }
    fn build(self) -> Model {
        let mut m = Model {
            n_classes: self.n_classes,
            scale: self.scale,
            keys: self.keys,
            offsets: self.offsets,
            classes: self.classes,
            weights: self.weights,
            table: Vec::new(),
            mask: 0,
        };
        m.index();
        m
    }
}

/// Averaged, pruned, quantized perceptron weights: immutable, `Send + Sync`, scored by lookup.
///
/// Storage is sparse (only classes a feature has weight for), so a 50-label parser model costs
/// what its non-zero weights cost. Lookups go through an open-addressing table over the keys.
#[derive(Clone)]
pub struct Model {
    n_classes: usize,
    scale: f32,
    keys: Vec<u64>,
    offsets: Vec<u32>,
    classes: Vec<u16>,
    weights: Vec<i16>,
    /// Slot → 1 + index into `keys` (0 = empty).
    table: Vec<u32>,
    mask: usize,
}

const MODEL_MAGIC: &[u8; 4] = b"DYPC";

impl Model {
    fn index(&mut self) {
        let cap = (self.keys.len() * 2).next_power_of_two().max(16);
        self.mask = cap - 1;
        self.table = vec![0; cap];
        for (i, k) in self.keys.iter().enumerate() {
            let mut slot = (*k as usize) & self.mask;
            while self.table[slot] != 0 {
                slot = (slot + 1) & self.mask;
            }
            self.table[slot] = i as u32 + 1;
        }
    }

    #[inline]
    fn find(&self, key: u64) -> Option<usize> {
        let mut slot = (key as usize) & self.mask;
        loop {
            let e = self.table[slot];
            if e == 0 {
                return None;
            }
            let i = (e - 1) as usize;
            if self.keys[i] == key {
                return Some(i);
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of stored features.
    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// Number of stored non-zero weights.
    pub fn n_weights(&self) -> usize {
        self.weights.len()
    }

    /// Integer scores of every class for `feats`, written into `out` (length `n_classes`).
    #[inline]
    pub fn scores(&self, feats: &[u64], out: &mut [i32]) {
        out.iter_mut().for_each(|s| *s = 0);
        for f in feats {
            if let Some(i) = self.find(*f) {
                let (a, b) = (self.offsets[i] as usize, self.offsets[i + 1] as usize);
                for j in a..b {
                    out[self.classes[j] as usize] += self.weights[j] as i32;
                }
            }
        }
    }

    /// The weight scale: real weight = stored `i16` × scale.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Appends the binary form (uncompressed; the model container compresses).
    pub fn write_to(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(MODEL_MAGIC);
        out.extend_from_slice(&(self.n_classes as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        out.extend_from_slice(&(self.weights.len() as u32).to_le_bytes());
        // Keys are sorted: store deltas as varints (they compress far better than raw u64s).
        let mut prev = 0u64;
        for k in &self.keys {
            write_varint(out, k - prev);
            prev = *k;
        }
        for w in self.offsets.windows(2) {
            write_varint(out, (w[1] - w[0]) as u64);
        }
        for c in &self.classes {
            write_varint(out, *c as u64);
        }
        for w in &self.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }

    /// Reads what [`Model::write_to`] wrote; returns the model and the bytes consumed.
    pub fn read_from(bytes: &[u8]) -> Result<(Model, usize)> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(4)? != MODEL_MAGIC {
            return Err(Error::CorruptModel(
                "perceptron block has the wrong magic".into(),
            ));
        }
        let n_classes = r.u32()? as usize;
        let scale = f32::from_le_bytes(r.take(4)?.try_into().expect("invariant: 4 bytes"));
        let n_keys = r.u32()? as usize;
        let n_weights = r.u32()? as usize;
        if n_keys > bytes.len() || n_weights > bytes.len() {
            return Err(Error::CorruptModel(
                "perceptron block sizes exceed the data".into(),
            ));
        }
        let mut keys = Vec::with_capacity(n_keys);
        let mut prev = 0u64;
        for _ in 0..n_keys {
            prev = prev.wrapping_add(r.varint()?);
            keys.push(prev);
        }
        let mut offsets = Vec::with_capacity(n_keys + 1);
        offsets.push(0u32);
        for _ in 0..n_keys {
            let last = *offsets.last().expect("invariant: non-empty");
            offsets.push(last + r.varint()? as u32);
        }
        if *offsets.last().expect("invariant: non-empty") as usize != n_weights {
            return Err(Error::CorruptModel(
                "perceptron row lengths do not add up".into(),
            ));
        }
        let mut classes = Vec::with_capacity(n_weights);
        for _ in 0..n_weights {
            let c = r.varint()? as usize;
            if c >= n_classes {
                return Err(Error::CorruptModel(format!("class {c} out of range")));
            }
            classes.push(c as u16);
        }
        let raw = r.take(n_weights * 2)?;
        let weights = raw
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        let mut m = Model {
            n_classes,
            scale,
            keys,
            offsets,
            classes,
            weights,
            table: vec![],
            mask: 0,
        };
        m.index();
        Ok((m, r.pos))
    }
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// A bounds-checked cursor over model bytes.
pub(crate) struct Reader<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|e| *e <= self.bytes.len());
        match end {
            Some(e) => {
                let s = &self.bytes[self.pos..e];
                self.pos = e;
                Ok(s)
            }
            None => Err(Error::CorruptModel("unexpected end of model data".into())),
        }
    }
    pub(crate) fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("invariant: 4 bytes"),
        ))
    }
    pub(crate) fn varint(&mut self) -> Result<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Error::CorruptModel("varint too long".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> Trainer {
        // class = parity of the single informative feature
        let mut t = Trainer::new(2);
        let mut s = [0f32; 2];
        for _ in 0..10 {
            for x in 0..20u64 {
                let feats = [feature(1, x, 0), feature(2, 0, 0)];
                t.scores(&feats, &mut s);
                let guess = if s[1] > s[0] { 1 } else { 0 };
                t.update(&feats, (x % 2) as usize, guess, 1.0);
                t.tick();
            }
        }
        t
    }

    #[test]
    fn learns_a_separable_toy() {
        let m = toy().finish(0.0);
        let mut s = [0i32; 2];
        for x in 0..20u64 {
            m.scores(&[feature(1, x, 0), feature(2, 0, 0)], &mut s);
            let guess = if s[1] > s[0] { 1 } else { 0 };
            assert_eq!(guess, (x % 2) as usize);
        }
    }

    #[test]
    fn save_load_scores_identically() {
        let m = toy().finish(0.0);
        let mut bytes = Vec::new();
        m.write_to(&mut bytes);
        let (back, used) = Model::read_from(&bytes).unwrap();
        assert_eq!(used, bytes.len());
        let (mut a, mut b) = ([0i32; 2], [0i32; 2]);
        for x in 0..25u64 {
            let f = [feature(1, x, 0), feature(2, 0, 0)];
            m.scores(&f, &mut a);
            back.scores(&f, &mut b);
            assert_eq!(a, b);
        }
    }

    #[test]
    fn truncated_model_is_an_error_not_a_panic() {
        let m = toy().finish(0.0);
        let mut bytes = Vec::new();
        m.write_to(&mut bytes);
        for cut in [0, 3, 10, bytes.len() / 2, bytes.len() - 1] {
            assert!(Model::read_from(&bytes[..cut]).is_err());
        }
    }
}
