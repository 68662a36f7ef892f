//! Lemma-rule features: suffixes, FEATS and casing, each conjoined with the UPOS.
//!
//! The word itself is deliberately not a feature: the classifier only runs on words the lexicon
//! does not know, so it must learn from what unknown words share with known ones.

use crate::perceptron::feature;
use crate::tagger::features::WordCtx;

pub(crate) fn lemma_features(
    w: &WordCtx,
    first: bool,
    upos: u8,
    feats_key: u64,
    out: &mut Vec<u64>,
) {
    let u = upos as u64;
    out.extend_from_slice(&[
        feature(301, u, 0),
        feature(302, w.suf[0], u),
        feature(303, w.suf[1], u),
        feature(304, w.suf[2], u),
        feature(305, w.suf[3], u),
        feature(306, w.suf[4], u),
        feature(307, feats_key, u),
        feature(308, feature(0, feats_key, w.suf[1]), u),
        feature(309, feature(0, feats_key, w.suf[2]), u),
        feature(310, feature(0, w.flags, first as u64), u),
        feature(311, w.shape, u),
    ]);
}
