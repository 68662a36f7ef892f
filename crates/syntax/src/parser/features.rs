//! Feature extraction: the only place parser features are computed, for training and prediction.
//!
//! Two steps, so the hot loop never touches strings:
//!
//! 1. [`sentence_atoms`], once per sentence: each word's form (normalized), lemma, UPOS and two
//!    morphology bundles are hashed into [`Atoms`].
//! 2. [`extract`], once per transition: Zhang & Nivre's (2011) rich non-local templates over the
//!    stack `s0..s2`, the buffer `b0..b2`, their leftmost/rightmost children, valencies, distance
//!    and child-label sets, combined with [`feature`]. In arc-hybrid `b0` is the head candidate of a
//!    `LEFT`, so it gets the templates the arc-eager set gives `n0`.
//!
//! Morphology: `VerbForm`, `Voice`, `Mood`, `PronType` and `Case` say what a word can head or
//! attach as (a participle with `Voice=Pass` takes `nsubj:pass`; `Case=Acc` pronouns are objects),
//! and `Number`/`Person` agreement separates the subject from other nominals, which matters in
//! Spanish with its free subject position. Everything read here is filled by the tagger; a missing
//! value hashes as "absent", so untagged input still parses (badly) rather than failing.

use dyad_core::{Sentence, Upos};

use super::transition::{State, NONE};
use crate::perceptron::{feature, hash_str};
use crate::tagger::UposAlt;

/// Hashed attributes of one word (or of the "no word" and root positions).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Atoms {
    /// Normalized form (see [`hash_form`]).
    pub w: u64,
    /// UPOS.
    pub p: u64,
    /// Form and UPOS together.
    pub wp: u64,
    /// Lemma.
    pub l: u64,
    /// Syntactic morphology: VerbForm, Voice, Mood, PronType, Case.
    pub m: u64,
    /// Agreement: Number, Person.
    pub a: u64,
    /// The tagger's runner-up UPOS with its margin bucket, or 0 when the tag is confident (or the
    /// caller gave no alternatives); see [`alt_atom`].
    pub q: u64,
    /// Punctuation words up to and including this one (for "is there a comma between").
    pub pc: u32,
}

/// The uncertainty atom of a word: runner-up UPOS and how close it came, bucketed by
/// `margins` (decreasing thresholds: a margin below `margins[k]` is bucket `k + 1`); 0 when the
/// margin is at least `margins[0]`.
///
/// Why buckets: on EWT dev the tagger is wrong on about half the words whose runner-up lost by
/// under 4 weight units, a third under 16, a tenth under 32, and under 3% above that; and when it
/// is wrong, the runner-up is the gold tag three times out of four.
pub(crate) fn alt_atom(alt: Option<UposAlt>, margins: &[f32]) -> u64 {
    let Some(alt) = alt else { return 0 };
    let bucket = margins.iter().take_while(|m| alt.margin < **m).count() as u64;
    if bucket == 0 {
        0
    } else {
        feature(0xA17, alt.upos.index() as u64 + 1, bucket)
    }
}

const SYNTACTIC_FEATS: [&str; 5] = ["VerbForm", "Voice", "Mood", "PronType", "Case"];
const AGREEMENT_FEATS: [&str; 2] = ["Number", "Person"];

/// FNV-1a over the normalized form, without allocating.
///
/// Normalization: lowercase; typographic quotes, apostrophes and dashes to their ASCII forms;
/// every digit to `0`. Why: news (and PUD) writes `“ ” ’ —` where EWT's web text mostly has
/// `" '` and `-`, so unnormalized forms were unknown words exactly at clause and quote
/// boundaries; before this, 40% of en PUD's punctuation got the wrong head (EWT test: 16%).
fn hash_form(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut buf = [0u8; 4];
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => '\'',
            '“' | '”' | '„' | '‟' | '«' | '»' | '″' => '"',
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
            '0'..='9' => '0',
            c => c,
        };
        for b in c.encode_utf8(&mut buf).as_bytes() {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01B3);
        }
    }
    feature(0xF0F0, h, 0)
}

/// Hashes of the syntactic and agreement features of `w`, in one pass over its feature string.
/// Each present feature is mixed in by XOR, so the result does not depend on feature order.
fn hash_feats(w: &dyad_core::Word) -> (u64, u64) {
    let (mut m, mut a) = (0x51u64, 0x52u64);
    for (name, value) in w.feats.iter() {
        if let Some(i) = SYNTACTIC_FEATS.iter().position(|n| *n == name) {
            m ^= feature(0xFEA7 + i as u32, hash_str(value), 0);
        } else if let Some(i) = AGREEMENT_FEATS.iter().position(|n| *n == name) {
            a ^= feature(0xFEB7 + i as u32, hash_str(value), 0);
        }
    }
    (m, a)
}

/// Fills `out` with atoms indexed by word id: `0` is "no word", `1..=n` the words, `n + 1` the root.
/// `alts` is the tagger's runner-up per word (empty: none known), bucketed by `margins`.
pub(crate) fn sentence_atoms(
    s: &Sentence,
    alts: &[Option<UposAlt>],
    margins: &[f32],
    out: &mut Vec<Atoms>,
) {
    out.clear();
    out.push(special(1));
    let mut pc = 0;
    for (i, w) in s.words.iter().enumerate() {
        pc += (w.upos == Some(Upos::Punct)) as u32;
        let (m, agreement) = hash_feats(w);
        let mut a = Atoms {
            w: hash_form(&w.form),
            l: w.lemma.as_deref().map_or(3, hash_str),
            m,
            a: agreement,
            q: alt_atom(alts.get(i).copied().flatten(), margins),
            pc,
            ..Atoms::default()
        };
        set_upos(&mut a, w.upos);
        out.push(a);
    }
    out.push(Atoms { pc, ..special(2) });
}

/// Sets the UPOS atoms of a word (training uses this to simulate tagger errors).
pub(crate) fn set_upos(a: &mut Atoms, upos: Option<Upos>) {
    a.p = upos.map_or(2, |u| u.index() as u64 + 16);
    a.wp = feature(0xAB, a.w, a.p);
}

fn special(v: u64) -> Atoms {
    Atoms {
        pc: 0,
        w: v,
        p: v,
        wp: v,
        l: v,
        m: v,
        a: v,
        q: 0,
    }
}

/// Buckets a distance so that rare long distances share weights.
#[inline]
fn dist(a: u32, b: u32) -> u64 {
    if a == NONE || b == NONE {
        return 0;
    }
    let d = a.abs_diff(b);
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=9 => 6,
        10..=14 => 7,
        _ => 8,
    }
}

/// Punctuation strictly between words `a < b`, bucketed to none, one, more (0 when either is
/// missing). Why: whether a comma separates two words decides many clause-level attachments
/// (`advcl`, `conj`, `parataxis`, the comma itself), and the words between `s1` and `s0`, or `s0`
/// and `b0`, are already attached, so no other feature sees them.
#[inline]
fn punct_between(at: &[Atoms], a: u32, b: u32) -> u64 {
    if a == NONE || b == NONE || b <= a + 1 {
        return 0;
    }
    let n = at[b as usize - 1].pc - at[a as usize].pc;
    1 + n.min(2) as u64
}

#[inline]
fn join(a: u64, b: u64) -> u64 {
    a.rotate_left(23) ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Number of features [`extract`] emits for every configuration (plus up to six for doubtful tags).
pub(crate) const N_FEATURES: usize = 91;

/// Writes the feature keys of configuration `st` into `out` (cleared first).
pub(crate) fn extract(st: &State, at: &[Atoms], out: &mut Vec<u64>) {
    out.clear();
    let s0 = st.s(0);
    let s1 = st.s(1);
    let s2 = st.s(2);
    let b0 = st.buf(0);
    let b1 = st.buf(1);
    let b2 = st.buf(2);
    let child = |v: &[u32], i: u32| if i == NONE { NONE } else { v[i as usize] };
    let s0l1 = child(&st.lc1, s0);
    let s0l2 = child(&st.lc2, s0);
    let s0r1 = child(&st.rc1, s0);
    let s0r2 = child(&st.rc2, s0);
    let s1l1 = child(&st.lc1, s1);
    let s1r1 = child(&st.rc1, s1);
    let b0l1 = child(&st.lc1, b0);
    let b0l2 = child(&st.lc2, b0);
    // Label of an attached child (+1 so that "none" differs from label 0).
    let lab = |i: u32| {
        if i == NONE {
            0
        } else {
            st.labels[i as usize] as u64 + 1
        }
    };
    let a = |i: u32| &at[i as usize];
    let (as0, as1, as2, ab0, ab1, ab2) = (a(s0), a(s1), a(s2), a(b0), a(b1), a(b2));
    let (pl1, pl2, pr1, pr2) = (a(s0l1).p, a(s0l2).p, a(s0r1).p, a(s0r2).p);
    let (bl1, bl2) = (a(b0l1).p, a(b0l2).p);
    let d = dist(s0, b0);
    let d1 = dist(s1, s0);
    let pb10 = punct_between(at, s1, s0);
    let pb0b = punct_between(at, s0, b0);
    let (vl0, vr0, vlb) = if s0 == NONE {
        (99, 99, 99)
    } else {
        (
            st.nl[s0 as usize] as u64,
            st.nr[s0 as usize] as u64,
            st.nl[b0 as usize] as u64,
        )
    };
    let vlb = if b0 == NONE { 99 } else { vlb };
    let (ls0, rs0, lsb) = (
        if s0 == NONE { 0 } else { st.lset[s0 as usize] },
        if s0 == NONE { 0 } else { st.rset[s0 as usize] },
        if b0 == NONE { 0 } else { st.lset[b0 as usize] },
    );
    let f: [(u64, u64); N_FEATURES] = [
        (0, 0),
        // Unigrams.
        (as0.w, 0),
        (as0.p, 0),
        (as0.wp, 0),
        (as0.l, 0),
        (as0.m, as0.p),
        (as1.w, 0),
        (as1.p, 0),
        (as1.wp, 0),
        (as1.m, as1.p),
        (as2.p, 0),
        (ab0.w, 0),
        (ab0.p, 0),
        (ab0.wp, 0),
        (ab0.l, 0),
        (ab0.m, ab0.p),
        (ab1.w, 0),
        (ab1.p, 0),
        (ab1.wp, 0),
        (ab2.p, 0),
        // Pairs. Bilexical pairs (s0 and b0 forms together, s1 and s0 forms) are left out: on
        // EWT dev they fired in under a tenth of configurations and carried under 1% of the
        // weight mass, yet each costs a cache miss per transition.
        (as0.wp, ab0.p),
        (as0.p, ab0.wp),
        (as0.p, ab0.p),
        (ab0.p, ab1.p),
        (as0.p, as1.p),
        (as1.wp, as0.p),
        (as1.p, as0.wp),
        (as1.p, ab0.p),
        // Triples of tags.
        (ab0.p, join(ab1.p, ab2.p)),
        (as0.p, join(ab0.p, ab1.p)),
        (as1.p, join(as0.p, ab0.p)),
        (as0.p, join(pl1, ab0.p)),
        (as0.p, join(pr1, ab0.p)),
        (as0.p, join(ab0.p, bl1)),
        (as1.p, join(as0.p, pr1)),
        (as2.p, join(as1.p, as0.p)),
        (as1.p, join(a(s1r1).p, as0.p)),
        (as1.p, join(a(s1l1).p, as0.p)),
        (as1.p, join(as0.p, ab1.p)),
        // Distance.
        (as0.w, d),
        (as0.p, d),
        (ab0.w, d),
        (ab0.p, d),
        (join(as0.p, ab0.p), d),
        (join(as1.p, as0.p), d1),
        (join(as1.w, as0.p), d1),
        // Valency.
        (as0.w, vr0),
        (as0.p, vr0),
        (as0.w, vl0),
        (as0.p, vl0),
        (ab0.w, vlb),
        (ab0.p, vlb),
        (join(as0.p, ab0.p), join(vl0, vr0)),
        // Children.
        (a(s0l1).w, 0),
        (pl1, 0),
        (lab(s0l1), 0),
        (a(s0r1).w, 0),
        (pr1, 0),
        (lab(s0r1), 0),
        (a(b0l1).w, 0),
        (bl1, 0),
        (lab(b0l1), 0),
        (pl2, 0),
        (lab(s0l2), 0),
        (pr2, 0),
        (lab(s0r2), 0),
        (bl2, 0),
        (lab(b0l2), 0),
        (a(s1r1).p, lab(s1r1)),
        (as0.p, join(lab(s0l1), lab(s0r1))),
        (as0.p, join(pl1, pl2)),
        (as0.p, join(pr1, pr2)),
        (ab0.p, join(bl1, bl2)),
        // Child label sets.
        (as0.w, ls0),
        (as0.p, ls0),
        (as0.w, rs0),
        (as0.p, rs0),
        (ab0.w, lsb),
        (ab0.p, lsb),
        // Morphology.
        (as0.m, ab0.m),
        (join(as0.p, as0.m), ab0.p),
        (as0.p, join(ab0.p, ab0.m)),
        (join(as0.p, as0.a), join(ab0.p, ab0.a)),
        (as1.m, as0.m),
        (join(as1.p, as1.a), join(as0.p, as0.a)),
        // Punctuation between.
        (join(as1.p, as0.p), pb10),
        (join(as0.p, ab0.p), pb0b),
        (join(as0.w, ab0.p), pb0b),
        (join(as1.p, as0.w), pb10),
        // Lemmas.
        (as0.l, ab0.p),
        (as0.p, ab0.l),
    ];
    out.extend(
        f.iter()
            .enumerate()
            .map(|(t, (x, y))| feature(t as u32, *x, *y)),
    );
    // Tagger uncertainty: the runner-up tag of a word where it came close, with the predicted
    // tag (and across `s0`–`b0`). Emitted only for doubtful words, so confident configurations
    // cost nothing more; template ids continue after the fixed set, so models trained before
    // these existed keep theirs.
    let unc = [
        (as0.q, as0.p, 0),
        (ab0.q, ab0.p, 0),
        (as1.q, as1.p, 0),
        (ab1.q, ab1.p, 0),
        (as0.q, as0.p, ab0.p),
        (ab0.q, ab0.p, as0.p),
    ];
    for (t, (q, p, x)) in unc.into_iter().enumerate() {
        if q != 0 {
            out.push(feature((N_FEATURES + t) as u32, join(q, p), x));
        }
    }
}
