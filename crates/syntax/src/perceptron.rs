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
use std::hash::{BuildHasherDefault, Hasher};

use crate::{Error, Result};

/// A hasher for keys that are already well-mixed `u64`s (the output of [`feature`] or
/// [`hash_str`]): it passes the key through instead of running SipHash over it again.
///
/// Training spends most of its time in weight-table lookups; SipHash made up about a third of
/// that. Not for untrusted keys (no HashDoS protection), which is fine for model features.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // Only reached for non-u64 keys; fold the bytes in so the hasher still works.
        for b in bytes {
            self.0 = mix(self.0 ^ *b as u64);
        }
    }
    #[inline]
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// A `HashMap` keyed by pre-mixed `u64` feature keys (see [`IdHasher`]); its iteration order is
/// deterministic, unlike a `RandomState` map.
pub type FeatureMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

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

/// The training shuffles' generator (SplitMix64): tiny, seedable and the same on every
/// platform, so a seed reproduces a model byte for byte; shared by every trainer.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }
    /// Uniform in `[0, 1)`.
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Uniform in `0..n` (`n > 0`).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Fisher–Yates.
    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
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
    weights: FeatureMap<Vec<Cell>>,
    tick: u64,
}

impl Trainer {
    /// A trainer over `n_classes` output classes.
    pub fn new(n_classes: usize) -> Self {
        Trainer {
            n_classes,
            weights: FeatureMap::default(),
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
        self.finish_where(prune, |_| true)
    }

    /// Like [`Trainer::finish`], keeping only the features for which `keep` is true (the parser
    /// drops features that took part in fewer than a few updates: most of the table, little of
    /// the accuracy).
    pub fn finish_where(&self, prune: f32, keep: impl Fn(u64) -> bool) -> Model {
        let tick = self.tick;
        let mut feats: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.weights.len());
        let mut max_abs = 0f32;
        for (k, cells) in self.weights.iter().filter(|(k, _)| keep(**k)) {
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
            packed: Vec::new(),
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
    /// Open-addressing slots holding the key and its row bounds inline, so that a lookup touches
    /// one cache line for the slot and one for the row (`packed`). The first layout (slot → index
    /// → `keys`/`offsets`/`classes`/`weights`) cost five cache misses per feature on models larger
    /// than L2 and held the tagger under 100k tokens/s.
    table: Vec<Slot>,
    /// `class << 16 | weight as u16` per stored weight, row by row.
    packed: Vec<u32>,
    mask: usize,
}

#[derive(Clone, Copy)]
struct Slot {
    key: u64,
    start: u32,
    /// Row end; `u32::MAX` marks an empty slot.
    end: u32,
}

const EMPTY: Slot = Slot {
    key: 0,
    start: 0,
    end: u32::MAX,
};

const MODEL_MAGIC: &[u8; 4] = b"DYPC";

impl Model {
    fn index(&mut self) {
        let cap = (self.keys.len() * 2).next_power_of_two().max(16);
        self.mask = cap - 1;
        self.table = vec![EMPTY; cap];
        for (i, k) in self.keys.iter().enumerate() {
            let mut slot = (*k as usize) & self.mask;
            while self.table[slot].end != u32::MAX {
                slot = (slot + 1) & self.mask;
            }
            self.table[slot] = Slot {
                key: *k,
                start: self.offsets[i],
                end: self.offsets[i + 1],
            };
        }
        self.packed = self
            .classes
            .iter()
            .zip(&self.weights)
            .map(|(c, w)| (*c as u32) << 16 | (*w as u16 as u32))
            .collect();
    }

    #[inline]
    fn row(&self, key: u64) -> Option<&[u32]> {
        let mut slot = (key as usize) & self.mask;
        loop {
            let e = self.table[slot];
            if e.end == u32::MAX {
                return None;
            }
            if e.key == key {
                return Some(&self.packed[e.start as usize..e.end as usize]);
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
        self.add_scores(feats, out);
    }

    /// Same result as [`Model::scores`], with the memory reads issued ahead of use.
    ///
    /// Why: once a model outgrows the L2 cache, each feature costs two dependent cache misses
    /// (slot, then row), and scoring one at a time leaves the CPU waiting on each in turn; perf
    /// put 75% of the parser's time on those two loads. Here all slots are prefetched first, then
    /// all rows, so the misses overlap: 2.5–3× faster on the parser (≈100 features per call).
    pub fn scores_prefetched(&self, feats: &[u64], out: &mut [i32]) {
        const CHUNK: usize = 128;
        out.iter_mut().for_each(|s| *s = 0);
        let mut rows = [(0u32, 0u32); CHUNK];
        for chunk in feats.chunks(CHUNK) {
            for f in chunk {
                prefetch(&self.table, (*f as usize) & self.mask);
            }
            let mut n = 0;
            for f in chunk {
                if let Some((a, b)) = self.row_bounds(*f) {
                    prefetch(&self.packed, a as usize);
                    rows[n] = (a, b);
                    n += 1;
                }
            }
            for (a, b) in &rows[..n] {
                for cw in self.packed.get(*a as usize..*b as usize).unwrap_or(&[]) {
                    if let Some(o) = out.get_mut((cw >> 16) as usize) {
                        *o += (*cw as u16) as i16 as i32;
                    }
                }
            }
        }
    }

    #[inline]
    fn row_bounds(&self, key: u64) -> Option<(u32, u32)> {
        let mut slot = (key as usize) & self.mask;
        loop {
            let e = self.table.get(slot)?;
            if e.end == u32::MAX {
                return None;
            }
            if e.key == key {
                return Some((e.start, e.end));
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Like [`Model::scores`] but adds to `out` instead of overwriting it.
    #[inline]
    pub fn add_scores(&self, feats: &[u64], out: &mut [i32]) {
        for f in feats {
            if let Some(row) = self.row(*f) {
                for cw in row {
                    if let Some(o) = out.get_mut((cw >> 16) as usize) {
                        *o += (*cw as u16) as i16 as i32;
                    }
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
            let last: u32 = *offsets.last().expect("invariant: non-empty");
            let next = u32::try_from(r.varint()?)
                .ok()
                .and_then(|d| last.checked_add(d))
                .ok_or_else(|| Error::CorruptModel("perceptron row length overflows".into()))?;
            offsets.push(next);
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
            packed: vec![],
            mask: 0,
        };
        m.index();
        Ok((m, r.pos))
    }
}

/// Asks the CPU to start loading `v[i]` into cache; a no-op off x86-64 or out of bounds.
#[inline(always)]
fn prefetch<T>(v: &[T], i: usize) {
    #[cfg(target_arch = "x86_64")]
    if let Some(x) = v.get(i) {
        // SAFETY: a prefetch never dereferences or faults, and `x` is a valid reference anyway.
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                x as *const T as *const i8,
            )
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (v, i);
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
