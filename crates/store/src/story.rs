//! Near-duplicate detection: wire copies of one story get one `story_id`.
//!
//! The same agency text runs in many outlets with small edits (a headline, a dateline, a
//! trimmed last paragraph). Counting each copy would multiply one event by the number of
//! outlets, so documents are linked by the Jaccard similarity of their word 3-shingles,
//! estimated with MinHash ([`SIGNATURE_LEN`] hash functions) and found without comparing every
//! pair by locality-sensitive hashing: the signature is cut into [`BANDS`] bands of
//! [`ROWS`] values and documents sharing any band are candidates. With 16 bands of 8 rows the
//! S-curve's threshold is (1/16)^(1/8) ≈ 0.71, so a pair at Jaccard 0.8 becomes a candidate with
//! probability 1 − (1 − 0.8⁸)¹⁶ ≈ 0.95, and one at 0.5 with probability ≈ 0.06. Candidates are
//! then kept only when the estimated similarity reaches [`STORY_JACCARD`].
//!
//! Rejected: exact content hashes (one changed word breaks them) and SimHash (its Hamming
//! threshold is harder to explain in terms of shared text).

/// Estimated Jaccard similarity of word 3-shingles at or above which two documents are the same
/// story.
pub const STORY_JACCARD: f64 = 0.8;

/// Hash functions in a signature.
pub(crate) const SIGNATURE_LEN: usize = BANDS * ROWS;
/// LSH bands.
pub(crate) const BANDS: usize = 16;
/// Signature values per band.
pub(crate) const ROWS: usize = 8;
/// Words per shingle: 3 keeps a reworded phrase from matching while tolerating single edits.
const SHINGLE: usize = 3;

/// A MinHash signature.
pub(crate) type Signature = Vec<u32>;

/// The MinHash signature of `text`; `None` when it has no words.
pub(crate) fn signature(text: &str) -> Option<Signature> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    if words.is_empty() {
        return None;
    }
    let k = SHINGLE.min(words.len());
    let mut sig = vec![u32::MAX; SIGNATURE_LEN];
    for shingle in words.windows(k) {
        let mut h = FNV_OFFSET;
        for w in shingle {
            h = fnv(h, w.as_bytes());
            h = fnv(h, b" ");
        }
        for (i, slot) in sig.iter_mut().enumerate() {
            let v = (splitmix(h ^ SEEDS.wrapping_mul(i as u64 + 1)) >> 32) as u32;
            if v < *slot {
                *slot = v;
            }
        }
    }
    Some(sig)
}

/// The LSH key of each band of `sig`.
pub(crate) fn band_keys(sig: &[u32]) -> Vec<i64> {
    sig.chunks(ROWS)
        .map(|band| {
            let mut h = FNV_OFFSET;
            for v in band {
                h = fnv(h, &v.to_le_bytes());
            }
            h as i64
        })
        .collect()
}

/// The share of equal positions: MinHash's estimate of the Jaccard similarity.
pub(crate) fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.len() != b.len() || a.is_empty() {
        return 0.0;
    }
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / a.len() as f64
}

/// Signature as stored (little-endian u32s).
pub(crate) fn to_blob(sig: &[u32]) -> Vec<u8> {
    sig.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// Signature from its stored form.
pub(crate) fn from_blob(b: &[u8]) -> Signature {
    b.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const SEEDS: u64 = 0x9e37_79b9_7f4a_7c15;

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    h
}

/// SplitMix64's finalizer: a cheap, well-mixed family of hash functions when seeded apart.
fn splitmix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// FNV-1a of the text, hex: the content hash kept beside each document.
pub(crate) fn content_hash(text: &str) -> String {
    format!("{:016x}", fnv(FNV_OFFSET, text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "NAIROBI (Reuters) - Kenya's president flew to Addis Ababa on Tuesday for \
        talks with Ethiopia's prime minister on the border dispute, officials said. Ethiopia's army \
        later accused Eritrean troops of shelling a border town, killing three civilians. The \
        African Union called for restraint and offered to mediate between the two neighbours.";

    #[test]
    fn wire_copies_are_the_same_story() {
        // Another outlet's copy: a different dateline and one word changed.
        let copy = WIRE
            .replace("NAIROBI (Reuters) -", "ADDIS ABABA, Jan 3 -")
            .replace("neighbours", "neighbors");
        let a = signature(WIRE).unwrap();
        let b = signature(&copy).unwrap();
        let s = similarity(&a, &b);
        assert!(s >= STORY_JACCARD, "near-identical copies scored {s}");
        let shared_band = band_keys(&a)
            .iter()
            .zip(band_keys(&b))
            .any(|(x, y)| *x == y);
        assert!(shared_band, "copies share no LSH band");
    }

    #[test]
    fn different_stories_are_not() {
        let other = "BOGOTA - Colombia's foreign minister met his Venezuelan counterpart in \
            Caracas on Monday to reopen border crossings closed since 2019, both governments said. \
            Trade groups welcomed the talks and asked for a timetable for trucks to cross again.";
        let a = signature(WIRE).unwrap();
        let b = signature(other).unwrap();
        let s = similarity(&a, &b);
        assert!(s < 0.2, "different stories scored {s}");
        assert!(signature(" ,. ").is_none());
        assert_eq!(from_blob(&to_blob(&a)), a);
    }
}
