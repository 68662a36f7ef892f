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
//! Ensembles merge the floating-point averages of several trainers ([`Averaged`]) before that
//! last step, so K models cost one at run time.

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
        self.averaged_where(keep).finish(prune)
    }

    /// The averaged weights of the features for which `keep` is true, in floating point: what
    /// [`Trainer::finish_where`] prunes and quantizes, and what seed ensembles are merged from
    /// ([`Averaged::add`]).
    pub fn averaged_where(&self, keep: impl Fn(u64) -> bool) -> Averaged {
        let tick = self.tick;
        let mut rows: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.weights.len());
        for (k, cells) in self.weights.iter().filter(|(k, _)| keep(**k)) {
            let mut row = Vec::new();
            for c in cells {
                let total = c.total + c.w as f64 * (tick - c.last) as f64;
                let avg = (total / tick as f64) as f32;
                if avg != 0.0 {
                    row.push((c.class, avg));
                }
            }
            if !row.is_empty() {
                row.sort_by_key(|r| r.0);
                rows.push((*k, row));
            }
        }
        rows.sort_by_key(|f| f.0);
        Averaged {
            n_classes: self.n_classes,
            rows,
            members: 1,
        }
    }
}

/// Averaged perceptron weights in floating point, before pruning and quantization; the sum of
/// several when seed ensembles are merged.
///
/// Why merge: a linear model scores `w·f`, so the mean of K models' weight vectors scores every
/// decision with exactly the mean of their K scores. Averaging models trained with different
/// seeds (shuffles, exploration) is therefore a K-model score ensemble at the run-time cost of
/// one model, whose table holds the union of their features.
#[derive(Clone, Debug, Default)]
pub struct Averaged {
    n_classes: usize,
    /// Sorted by key; each row sorted by class, zeros left out. Sums over `members` models.
    rows: Vec<(u64, Vec<(u16, f32)>)>,
    members: usize,
}

impl Averaged {
    /// Number of models summed in.
    pub fn members(&self) -> usize {
        self.members
    }

    /// Number of features with a non-zero weight.
    pub fn n_features(&self) -> usize {
        self.rows.len()
    }

    /// Adds another model's weights (over the same classes) into this sum.
    pub fn add(&mut self, other: &Averaged) {
        if self.members == 0 {
            *self = other.clone();
            return;
        }
        assert_eq!(
            self.n_classes, other.n_classes,
            "invariant: merged models share their classes"
        );
        let mut rows = Vec::with_capacity(self.rows.len().max(other.rows.len()));
        let (mut a, mut b) = (
            std::mem::take(&mut self.rows).into_iter().peekable(),
            other.rows.iter().peekable(),
        );
        loop {
            let next = match (a.peek(), b.peek()) {
                (None, None) => break,
                (Some(_), None) => a.next().expect("invariant: peeked"),
                (None, Some(_)) => b.next().cloned().expect("invariant: peeked"),
                (Some(x), Some(y)) if x.0 < y.0 => a.next().expect("invariant: peeked"),
                (Some(x), Some(y)) if x.0 > y.0 => b.next().cloned().expect("invariant: peeked"),
                _ => {
                    let (k, x) = a.next().expect("invariant: peeked");
                    let (_, y) = b.next().expect("invariant: peeked");
                    (k, add_rows(&x, y))
                }
            };
            if !next.1.is_empty() {
                rows.push(next);
            }
        }
        self.rows = rows;
        self.members += other.members;
    }

    /// The mean of the summed models: drops weights whose magnitude is below `prune` (in units
    /// of one model's weights, so a feature only one of K members has must weigh `K × prune`
    /// there to stay), and quantizes to `i16`.
    pub fn finish(&self, prune: f32) -> Model {
        let k = self.members.max(1) as f32;
        let mut feats: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.rows.len());
        let mut max_abs = 0f32;
        for (key, cells) in &self.rows {
            let row: Vec<(u16, f32)> = cells
                .iter()
                .map(|(c, w)| (*c, *w / k))
                .filter(|(_, w)| w.abs() >= prune && *w != 0.0)
                .collect();
            for (_, w) in &row {
                max_abs = max_abs.max(w.abs());
            }
            if !row.is_empty() {
                feats.push((*key, row));
            }
        }
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

/// The class-wise sum of two rows sorted by class; exact zeros are left out.
fn add_rows(x: &[(u16, f32)], y: &[(u16, f32)]) -> Vec<(u16, f32)> {
    let mut out = Vec::with_capacity(x.len().max(y.len()));
    let (mut i, mut j) = (0, 0);
    while i < x.len() || j < y.len() {
        let (c, w) = if j == y.len() || (i < x.len() && x[i].0 < y[j].0) {
            i += 1;
            x[i - 1]
        } else if i == x.len() || y[j].0 < x[i].0 {
            j += 1;
            y[j - 1]
        } else {
            i += 1;
            j += 1;
            (x[i - 1].0, x[i - 1].1 + y[j - 1].1)
        };
        if w != 0.0 {
            out.push((c, w));
        }
    }
    out
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
        Model::assemble(
            self.n_classes,
            self.scale,
            self.keys,
            self.offsets,
            self.classes,
            self.weights,
        )
    }
}

/// Averaged, pruned, quantized perceptron weights: immutable, `Send + Sync`, scored by lookup.
///
/// Stored sparse (only classes a feature has weight for), so a 50-label parser model file costs
/// what its non-zero weights cost; scored through an index built at load time.
#[derive(Clone)]
pub struct Model {
    n_classes: usize,
    scale: f32,
    keys: Vec<u64>,
    offsets: Vec<u32>,
    classes: Vec<u16>,
    weights: Vec<i16>,
    /// The lookup structure, built at load time from the four vectors above (which stay the
    /// stored form): see [`Index`].
    index: Index,
}

/// The in-memory form the scorers read: an open-addressing table of [`Slot`]s, each holding its
/// key and where its row lies in `data`, and the rows themselves.
///
/// A row is stored either sparse, as `(class, weight)` pairs of `i16`, or dense, as the weights of
/// all `n_classes` classes in class order (zeros included), whichever is cheaper to add up. Why:
/// the features that fire most are the frequent ones, and those have weight for most classes (on
/// the English parser a feature that is found carries 46 of 103 classes on average, the UPOS
/// tagger's 13 of 17), so scoring was a long scattered add (`out[class] += w`, one entry at a
/// time, a store-to-load chain through `out`) over rows spanning several cache lines of which only
/// the first was prefetched. A dense row (at most 4× the bytes of its sparse form, see
/// [`DENSE_MIN_FILL`]) adds up as a straight vector loop, 16 classes per AVX2 instruction pair,
/// and every line of every row is now prefetched. Integer addition is exact and order-free, so
/// the scores are bit-for-bit those of the sparse rows: the zeros add nothing. Measured with
/// `dyad bench syntax` (tag + parse, tokens per CPU second, best of 3 on a busy 2-core machine):
/// English 47k → 97k, Spanish 50k → 90k, for 5 MB more peak memory.
///
/// History: the first layout (slot → index → `keys`/`offsets`/`classes`/`weights`) cost five
/// cache misses per feature on models larger than L2 and held the tagger under 100k tokens/s;
/// the second held the key and row bounds in the slot, with rows of packed `class << 16 |
/// weight` (two misses, but only the row's first line prefetched and every entry a scattered
/// add).
#[derive(Clone, Default)]
struct Index {
    table: Vec<Slot>,
    data: Vec<i16>,
    mask: usize,
}

#[derive(Clone, Copy)]
struct Slot {
    key: u64,
    start: u32,
    /// Row shape: `u32::MAX` for an empty slot, `DENSE | n_classes` for a dense row, else the
    /// number of `(class, weight)` pairs.
    len: u32,
}

const DENSE: u32 = 1 << 31;

const EMPTY: Slot = Slot {
    key: 0,
    start: 0,
    len: u32::MAX,
};

/// Rows whose sparse form (4 bytes per entry) is at least this fraction of the dense form (2
/// bytes per class) are stored dense, so a dense row is at most 4× the bytes of its sparse form
/// (a parser row of 13 of 103 classes or more, a UPOS row of 3 of 17). Measured on the English
/// and Spanish models (tag + parse, tokens per CPU second, best of 3): 1/8 and 1/2 were both
/// slower than 1/4, and sparse rows only (every line prefetched) a third slower.
const DENSE_MIN_FILL: (usize, usize) = (1, 4);

const MODEL_MAGIC: &[u8; 4] = b"DYPC";

/// Features looked up per round of prefetching (and the size of the stack buffer of rows found).
const CHUNK: usize = 128;

impl Index {
    fn build(
        n_classes: usize,
        keys: &[u64],
        offsets: &[u32],
        classes: &[u16],
        weights: &[i16],
    ) -> Index {
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut table = vec![EMPTY; cap];
        // `n_classes` itself must not look like an empty slot once flagged dense.
        let dense_ok = n_classes > 0 && n_classes < (DENSE - 1) as usize;
        let is_dense = |a: usize, b: usize| {
            // A repeated class (which no trainer writes) could overflow an `i16` once merged,
            // so such a row stays sparse.
            let increasing = classes[a..b].windows(2).all(|w| w[0] < w[1]);
            let fill = (b - a) * 4 * DENSE_MIN_FILL.1 >= n_classes * 2 * DENSE_MIN_FILL.0;
            dense_ok && increasing && fill
        };
        let size: usize = offsets
            .windows(2)
            .map(|w| {
                let (a, b) = (w[0] as usize, w[1] as usize);
                if is_dense(a, b) {
                    n_classes
                } else {
                    2 * (b - a)
                }
            })
            .sum();
        let mut data = Vec::with_capacity(size);
        for (i, k) in keys.iter().enumerate() {
            let (a, b) = (offsets[i] as usize, offsets[i + 1] as usize);
            let start = data.len() as u32;
            let len = if is_dense(a, b) {
                let base = data.len();
                data.resize(base + n_classes, 0);
                for j in a..b {
                    // Classes are checked against `n_classes` on load.
                    data[base + classes[j] as usize] = weights[j];
                }
                DENSE | n_classes as u32
            } else {
                for j in a..b {
                    data.push(classes[j] as i16);
                    data.push(weights[j]);
                }
                (b - a) as u32
            };
            let mut slot = (*k as usize) & mask;
            while table[slot].len != u32::MAX {
                slot = (slot + 1) & mask;
            }
            table[slot] = Slot {
                key: *k,
                start,
                len,
            };
        }
        Index { table, data, mask }
    }

    /// The slot of `key`, if the model has it.
    #[inline(always)]
    fn find(&self, key: u64) -> Option<Slot> {
        let mut slot = (key as usize) & self.mask;
        loop {
            let e = *self.table.get(slot)?;
            if e.len == u32::MAX {
                return None;
            }
            if e.key == key {
                return Some(e);
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// The row of a slot as `i16`s, and whether it is dense.
    #[inline(always)]
    fn row(&self, start: u32, len: u32) -> (&[i16], bool) {
        let dense = len & DENSE != 0;
        let n = if dense {
            (len & !DENSE) as usize
        } else {
            2 * len as usize
        };
        let start = start as usize;
        (self.data.get(start..start + n).unwrap_or(&[]), dense)
    }

    /// Adds one row into `out`.
    #[inline(always)]
    fn add_row(&self, start: u32, len: u32, out: &mut [i32]) {
        let (row, dense) = self.row(start, len);
        if dense {
            for (o, w) in out.iter_mut().zip(row) {
                *o += *w as i32;
            }
        } else {
            for cw in row.chunks_exact(2) {
                if let Some(o) = out.get_mut(cw[0] as u16 as usize) {
                    *o += cw[1] as i32;
                }
            }
        }
    }

    /// Starts loading every cache line of a row.
    #[inline(always)]
    fn prefetch_row(&self, start: u32, len: u32) {
        let (row, _) = self.row(start, len);
        let a = row.as_ptr() as usize;
        let bytes = std::mem::size_of_val(row);
        if bytes == 0 {
            return;
        }
        let mut line = a & !63;
        let last = (a + bytes - 1) & !63;
        while line <= last {
            prefetch_addr(line);
            line += 64;
        }
    }

    /// Adds the rows of `feats` into `out`, the memory reads issued ahead of use: every slot of
    /// a chunk first, then every line of every row found, then the sums.
    #[inline(always)]
    fn add_all(&self, feats: &[u64], out: &mut [i32]) {
        let mut rows = [(0u32, 0u32); CHUNK];
        for chunk in feats.chunks(CHUNK) {
            for f in chunk {
                if let Some(s) = self.table.get((*f as usize) & self.mask) {
                    prefetch_addr(s as *const Slot as usize);
                }
            }
            let mut n = 0;
            for f in chunk {
                if let Some(s) = self.find(*f) {
                    self.prefetch_row(s.start, s.len);
                    rows[n] = (s.start, s.len);
                    n += 1;
                }
            }
            for (start, len) in &rows[..n] {
                self.add_row(*start, *len, out);
            }
        }
    }

    /// [`Index::add_all`] compiled for AVX2, where the dense rows add up 16 classes at a time.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn add_all_avx2(&self, feats: &[u64], out: &mut [i32]) {
        self.add_all(feats, out)
    }

    /// [`Index::add_all`] with the fastest code this CPU runs.
    #[inline]
    fn add(&self, feats: &[u64], out: &mut [i32]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has just been seen to support AVX2.
            unsafe { self.add_all_avx2(feats, out) };
            return;
        }
        self.add_all(feats, out)
    }
}

impl Model {
    fn assemble(
        n_classes: usize,
        scale: f32,
        keys: Vec<u64>,
        offsets: Vec<u32>,
        classes: Vec<u16>,
        weights: Vec<i16>,
    ) -> Model {
        let index = Index::build(n_classes, &keys, &offsets, &classes, &weights);
        Model {
            n_classes,
            scale,
            keys,
            offsets,
            classes,
            weights,
            index,
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
    ///
    /// Memory reads are issued ahead of use. Why: once a model outgrows the L2 cache, each
    /// feature costs two dependent cache misses (slot, then row), and scoring one at a time
    /// leaves the CPU waiting on each in turn; perf put 75% of the parser's time on those two
    /// loads. Here all slots of up to 128 features are prefetched first, then all rows, so the
    /// misses overlap: 2.5–3× faster on the parser (≈100 features per call). The tagger and
    /// lemmatizer score through here too.
    #[inline]
    pub fn scores(&self, feats: &[u64], out: &mut [i32]) {
        out.iter_mut().for_each(|s| *s = 0);
        self.index.add(feats, out);
    }

    /// Same as [`Model::scores`] (which now always prefetches); kept for callers of the old name.
    #[inline]
    pub fn scores_prefetched(&self, feats: &[u64], out: &mut [i32]) {
        self.scores(feats, out)
    }

    /// Like [`Model::scores`] but adds to `out` instead of overwriting it.
    #[inline]
    pub fn add_scores(&self, feats: &[u64], out: &mut [i32]) {
        self.index.add(feats, out);
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
        let m = Model::assemble(n_classes, scale, keys, offsets, classes, weights);
        Ok((m, r.pos))
    }
}

/// Asks the CPU to start loading the cache line at `addr`; a no-op off x86-64.
#[inline(always)]
fn prefetch_addr(addr: usize) {
    // SAFETY: a prefetch is a hint: it never faults, whatever the address.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(addr as *const i8)
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = addr;
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

    fn rows(m: &Model) -> (Vec<u64>, Vec<u32>, Vec<u16>, Vec<i16>, f32) {
        (
            m.keys.clone(),
            m.offsets.clone(),
            m.classes.clone(),
            m.weights.clone(),
            m.scale,
        )
    }

    #[test]
    fn one_member_finishes_like_the_trainer() {
        let t = toy();
        for prune in [0.0, 0.3] {
            let want = rows(&t.finish(prune));
            assert_eq!(rows(&t.averaged_where(|_| true).finish(prune)), want);
            let mut sum = Averaged::default();
            sum.add(&t.averaged_where(|_| true));
            assert_eq!(sum.members(), 1);
            assert_eq!(rows(&sum.finish(prune)), want);
        }
    }

    #[test]
    fn merged_models_score_the_mean_of_their_scores() {
        // Two members: the toy, and a model over partly different features and data order.
        let a = toy();
        let mut b = Trainer::new(2);
        let mut s = [0f32; 2];
        for _ in 0..7 {
            for x in (0..30u64).rev() {
                let feats = [feature(1, x, 0), feature(3, x % 3, 0)];
                b.scores(&feats, &mut s);
                let guess = if s[1] > s[0] { 1 } else { 0 };
                b.update(&feats, (x % 2) as usize, guess, 1.0);
                b.tick();
            }
        }
        let (wa, wb) = (a.averaged_where(|_| true), b.averaged_where(|_| true));
        let mut sum = wa.clone();
        sum.add(&wb);
        assert_eq!(sum.members(), 2);
        let merged = sum.finish(0.0);
        let (ma, mb) = (wa.finish(0.0), wb.finish(0.0));
        let mut out = [0i32; 2];
        for x in 0..40u64 {
            let f = [feature(1, x, 0), feature(2, 0, 0), feature(3, x % 3, 0)];
            let real = |m: &Model| {
                let mut o = [0i32; 2];
                m.scores(&f, &mut o);
                o.map(|v| v as f32 * m.scale())
            };
            let (sa, sb) = (real(&ma), real(&mb));
            merged.scores(&f, &mut out);
            for c in 0..2 {
                let mean = (sa[c] + sb[c]) / 2.0;
                let got = out[c] as f32 * merged.scale();
                // Each of the three features is off by at most half a quantization step per model.
                let tol = 3.0 * (ma.scale() + mb.scale() + merged.scale());
                assert!(
                    (got - mean).abs() <= tol,
                    "x={x} class {c}: {got} vs {mean}"
                );
            }
        }
        // A model merged with itself is itself; union of features, members counted.
        let mut twice = wa.clone();
        twice.add(&wa);
        assert_eq!(rows(&twice.finish(0.1)), rows(&wa.finish(0.1)));
        assert!(sum.n_features() > wa.n_features().max(wb.n_features()));
    }

    #[test]
    fn merged_pruning_is_in_units_of_one_model() {
        // A feature only one of two members has counts half: pruned at `prune` unless its
        // weight there is at least twice that. Averaged weights: feature 1 ±0.5 in `a`,
        // feature 2 ±1 in `b`, so ±0.25 and ±0.5 merged.
        let mut a = Trainer::new(2);
        a.update(&[1], 1, 0, 1.0);
        a.tick();
        let mut b = Trainer::new(2);
        b.update(&[2], 1, 0, 1.0);
        b.tick();
        b.update(&[2], 1, 0, 1.0);
        b.tick();
        let (wa, wb) = (a.averaged_where(|_| true), b.averaged_where(|_| true));
        let mut sum = wa.clone();
        sum.add(&wb);
        assert_eq!(wa.finish(0.3).keys, vec![1]);
        assert_eq!(sum.finish(0.3).keys, vec![2]);
        assert_eq!(sum.finish(0.0).keys, vec![1, 2]);
    }

    /// A model with rows of every fill (so both dense and sparse rows), extreme weights, and
    /// keys that share table slots.
    fn random_model(n_classes: usize, n_keys: usize, seed: u64) -> Model {
        let mut rng = Rng(seed);
        let mut keys: Vec<u64> = (0..n_keys).map(|_| rng.next()).collect();
        // Keys equal in their low bits collide in the table and must probe.
        keys.extend((0..n_keys as u64 / 4).map(|i| (i << 40) | 7));
        keys.sort_unstable();
        keys.dedup();
        let mut b = ModelBuilder::new(n_classes, 1.0);
        for k in keys {
            let fill = rng.unit();
            let mut row: Vec<(u16, i16)> = Vec::new();
            for c in 0..n_classes as u16 {
                if rng.unit() < fill {
                    let w = match rng.below(8) {
                        0 => i16::MAX,
                        1 => i16::MIN,
                        _ => rng.next() as i16,
                    };
                    row.push((c, if w == 0 { 1 } else { w }));
                }
            }
            b.push(k, &row);
        }
        b.build()
    }

    /// Scores straight from the stored rows (binary search over the sorted keys).
    fn reference_scores(m: &Model, feats: &[u64], out: &mut [i32]) {
        out.iter_mut().for_each(|s| *s = 0);
        for f in feats {
            if let Ok(i) = m.keys.binary_search(f) {
                for j in m.offsets[i] as usize..m.offsets[i + 1] as usize {
                    out[m.classes[j] as usize] += m.weights[j] as i32;
                }
            }
        }
    }

    #[test]
    fn index_scores_exactly_like_the_stored_rows() {
        for (n_classes, seed) in [(1, 1), (2, 2), (17, 3), (103, 4), (300, 5)] {
            let m = random_model(n_classes, 600, seed);
            let dense = m
                .index
                .table
                .iter()
                .filter(|s| s.len != u32::MAX && s.len & DENSE != 0);
            assert!(dense.count() > 0, "{n_classes} classes: no dense row");
            if n_classes > 8 {
                let sparse = m.index.table.iter().filter(|s| s.len < DENSE);
                assert!(sparse.count() > 0, "{n_classes} classes: no sparse row");
            }
            let mut rng = Rng(seed + 100);
            let (mut want, mut got) = (vec![0i32; n_classes], vec![0i32; n_classes]);
            let mut portable = vec![0i32; n_classes];
            for round in 0..300 {
                // Present and absent keys, repeats, and more than one chunk's worth.
                let n = if round % 50 == 0 {
                    3 * CHUNK + 5
                } else {
                    rng.below(120)
                };
                let feats: Vec<u64> = (0..n)
                    .map(|_| match rng.below(3) {
                        0 => rng.next(),
                        _ => m.keys[rng.below(m.keys.len())],
                    })
                    .collect();
                reference_scores(&m, &feats, &mut want);
                m.scores(&feats, &mut got);
                assert_eq!(got, want);
                m.scores_prefetched(&feats, &mut got);
                assert_eq!(got, want);
                portable.iter_mut().for_each(|s| *s = 0);
                m.index.add_all(&feats, &mut portable);
                assert_eq!(portable, want);
            }
        }
    }

    #[test]
    fn loaded_index_matches_built_index() {
        let m = random_model(50, 300, 9);
        let mut bytes = Vec::new();
        m.write_to(&mut bytes);
        let (back, _) = Model::read_from(&bytes).unwrap();
        assert_eq!(back.index.data, m.index.data);
        let feats: Vec<u64> = m.keys.iter().step_by(3).copied().collect();
        let (mut a, mut b) = (vec![0i32; 50], vec![0i32; 50]);
        m.scores(&feats, &mut a);
        back.scores(&feats, &mut b);
        assert_eq!(a, b);
    }
}
