//! Feature extraction for the tagger and lemmatizer: the only place features are computed.
//!
//! [`prepare`] hashes every word of a sentence once (form, lowercase, affixes, shape, tag
//! dictionary entry) into reusable scratch; the per-position functions then only mix those
//! hashes with template ids. Training and prediction call exactly these functions.

use dyad_core::Sentence;

use crate::perceptron::{feature, hash_str};

use super::model::TagDict;

/// Longest suffix used (characters, of the lowercased form).
pub(crate) const MAX_SUFFIX: usize = 5;
/// Longest prefix used.
pub(crate) const MAX_PREFIX: usize = 3;
/// `fixed` value for words the tag dictionary does not settle.
pub(crate) const NOT_FIXED: u8 = u8::MAX;
/// Tag value for positions before the sentence start.
pub(crate) const START_TAG: u64 = 17;
/// Tag value for positions after the sentence end.
pub(crate) const END_TAG: u64 = 18;

const FLAG_DIGIT: u64 = 1;
const FLAG_HYPHEN: u64 = 2;
const FLAG_INITIAL_UPPER: u64 = 4;
const FLAG_ALL_UPPER: u64 = 8;
const FLAG_ALPHA: u64 = 16;
const FLAG_PUNCT: u64 = 32;

/// One word's precomputed hashes.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordCtx {
    pub form: u64,
    pub lower: u64,
    /// `pre[k-1]`: first `k` characters of the lowercase form; 0 when the word is shorter.
    pub pre: [u64; MAX_PREFIX],
    /// `suf[k-1]`: last `k` characters of the lowercase form; 0 when the word is shorter.
    pub suf: [u64; MAX_SUFFIX],
    pub shape: u64,
    pub flags: u64,
    /// Tag-dictionary ambiguity class (bit per UPOS; 0 = not in the dictionary).
    pub amb: u64,
    /// The UPOS the dictionary settles for this word, or [`NOT_FIXED`].
    pub fixed: u8,
    /// Byte range of the lowercase form in [`Prepared::lower`].
    pub lower_start: u32,
    pub lower_end: u32,
}

/// Stands for positions outside the sentence; 1 is never the output of the hash mixers in
/// practice, and every template mixes in its own id, so padding cannot collide with a word.
const PAD: WordCtx = WordCtx {
    form: 1,
    lower: 1,
    pre: [1; MAX_PREFIX],
    suf: [1; MAX_SUFFIX],
    shape: 1,
    flags: 1 << 20,
    amb: 1 << 20,
    fixed: NOT_FIXED,
    lower_start: 0,
    lower_end: 0,
};

/// A sentence's words, hashed once.
#[derive(Debug, Default)]
pub(crate) struct Prepared {
    pub words: Vec<WordCtx>,
    /// Lowercase forms, concatenated (ranges in [`WordCtx`]).
    pub lower: String,
}

impl Prepared {
    /// The lowercase form of word `i`.
    pub fn lower_of(&self, i: usize) -> &str {
        let w = &self.words[i];
        &self.lower[w.lower_start as usize..w.lower_end as usize]
    }

    #[inline]
    fn at(&self, i: usize, delta: isize) -> &WordCtx {
        let j = i as isize + delta;
        if j < 0 {
            &PAD
        } else {
            self.words.get(j as usize).unwrap_or(&PAD)
        }
    }
}

/// Hashes every word of `s` into `out`, reusing its buffers.
pub(crate) fn prepare(s: &Sentence, dict: &TagDict, out: &mut Prepared) {
    out.words.clear();
    out.lower.clear();
    for w in &s.words {
        let form = w.form.as_str();
        let start = out.lower.len();
        let mut flags = 0;
        let (mut upper, mut alpha) = (0usize, 0usize);
        // spaCy-style shape: X/x/d for upper/lower/digit, other characters as themselves, runs
        // capped at 3 so that "Xxxx" covers every capitalized word of four letters or more.
        let mut shape_h: u64 = 0xcbf2_9ce4_8422_2325;
        let (mut last, mut run) = ('\0', 0u32);
        for (k, c) in form.chars().enumerate() {
            let cls = if c.is_uppercase() {
                upper += 1;
                alpha += 1;
                if k == 0 {
                    flags |= FLAG_INITIAL_UPPER;
                }
                'X'
            } else if c.is_alphabetic() {
                alpha += 1;
                'x'
            } else if c.is_numeric() {
                flags |= FLAG_DIGIT;
                'd'
            } else {
                if c == '-' {
                    flags |= FLAG_HYPHEN;
                } else if c.is_ascii_punctuation() {
                    flags |= FLAG_PUNCT;
                }
                c
            };
            if cls == last {
                run += 1;
            } else {
                last = cls;
                run = 1;
            }
            if run <= 3 {
                shape_h ^= cls as u64;
                shape_h = shape_h.wrapping_mul(0x0000_0100_0000_01B3);
            }
            out.lower.extend(c.to_lowercase());
        }
        if alpha > 0 {
            flags |= FLAG_ALPHA;
            if upper == alpha {
                flags |= FLAG_ALL_UPPER;
            }
        }
        let end = out.lower.len();
        let lower = &out.lower[start..end];
        let mut suf = [0u64; MAX_SUFFIX];
        for (k, (idx, _)) in lower.char_indices().rev().take(MAX_SUFFIX).enumerate() {
            suf[k] = hash_str(&lower[idx..]);
        }
        let mut pre = [0u64; MAX_PREFIX];
        let mut ends = lower
            .char_indices()
            .map(|(idx, _)| idx)
            .skip(1)
            .chain(std::iter::once(lower.len()));
        for p in pre.iter_mut() {
            match ends.next() {
                Some(e) => *p = hash_str(&lower[..e]),
                None => break,
            }
        }
        let form_h = hash_str(form);
        let lower_h = hash_str(lower);
        let (amb, fixed) = match dict.get(form_h) {
            Some(entry) => entry,
            // A sentence's first word is capitalized whatever it is: one the dictionary does
            // not know so takes the ambiguity class of its lower-case form ("Estudiantes
            // marcharon", "Militants attacked"), and is still left to the classifier.
            None if out.words.is_empty() && flags & FLAG_INITIAL_UPPER != 0 && upper < alpha => {
                dict.get(lower_h)
                    .map_or((0, NOT_FIXED), |(amb, _)| (amb, NOT_FIXED))
            }
            None => (0, NOT_FIXED),
        };
        out.words.push(WordCtx {
            form: form_h,
            lower: lower_h,
            pre,
            suf,
            shape: shape_h,
            flags,
            amb: amb as u64,
            fixed,
            lower_start: start as u32,
            lower_end: end as u32,
        });
    }
}

/// UPOS features of word `i`, given the two previously predicted tags.
///
/// Left context uses predicted tags (greedy decoding); right context uses words, their suffixes
/// and their tag-dictionary ambiguity classes, which stand in for the tags not yet predicted.
pub(crate) fn upos_features(p: &Prepared, i: usize, t1: u64, t2: u64, out: &mut Vec<u64>) {
    let w = p.at(i, 0);
    let (m1, m2, p1, p2) = (p.at(i, -1), p.at(i, -2), p.at(i, 1), p.at(i, 2));
    let first = (i == 0) as u64;
    out.extend_from_slice(&[
        feature(1, 0, 0),
        feature(2, w.lower, 0),
        feature(3, w.form, 0),
        feature(4, w.suf[0], 0),
        feature(5, w.suf[1], 0),
        feature(6, w.suf[2], 0),
        feature(7, w.suf[3], 0),
        feature(8, w.pre[0], 0),
        feature(9, w.pre[1], 0),
        feature(10, w.pre[2], 0),
        feature(11, w.shape, 0),
        feature(12, w.flags, first),
        feature(13, m1.lower, 0),
        feature(14, m2.lower, 0),
        feature(15, p1.lower, 0),
        feature(16, p2.lower, 0),
        feature(17, m1.suf[2], 0),
        feature(18, p1.suf[2], 0),
        feature(19, t1, 0),
        feature(20, t2, 0),
        feature(21, t1, t2),
        feature(22, t1, w.lower),
        feature(23, w.amb, 0),
        feature(24, p1.amb, 0),
        feature(25, p2.amb, 0),
        feature(26, w.amb, t1),
        feature(27, p1.shape, 0),
        feature(28, w.lower, p1.lower),
        feature(29, w.amb, p1.amb),
        feature(30, w.suf[4], 0),
        feature(31, t1, w.suf[2]),
        feature(32, m1.lower, w.suf[2]),
    ]);
}

/// FEATS features of word `i` given every word's UPOS (`tags`), all conjoined with its own UPOS so
/// that each UPOS effectively has its own feature classifier.
pub(crate) fn feats_features(p: &Prepared, i: usize, tags: &[u8], out: &mut Vec<u64>) {
    let tag = |d: isize| -> u64 {
        let j = i as isize + d;
        if j < 0 {
            START_TAG
        } else {
            tags.get(j as usize).map_or(END_TAG, |t| *t as u64)
        }
    };
    let u = tag(0);
    let w = p.at(i, 0);
    let (m1, m2, p1) = (p.at(i, -1), p.at(i, -2), p.at(i, 1));
    let (t_m1, t_p1, t_p2) = (tag(-1), tag(1), tag(2));
    out.extend_from_slice(&[
        feature(101, u, 0),
        feature(102, w.lower, u),
        feature(103, w.suf[0], u),
        feature(104, w.suf[1], u),
        feature(105, w.suf[2], u),
        feature(106, w.suf[3], u),
        feature(107, w.flags, u),
        feature(108, m1.lower, u),
        feature(109, m2.lower, u),
        feature(110, p1.lower, u),
        feature(111, feature(0, t_m1, t_p1), u),
        feature(112, feature(0, t_p1, p1.suf[0]), u),
        feature(113, feature(0, t_p1, p1.suf[1]), u),
        feature(114, feature(0, t_m1, m1.suf[1]), u),
        feature(115, t_p2, u),
        feature(116, w.suf[4], u),
        feature(117, w.form, u),
    ]);
}
