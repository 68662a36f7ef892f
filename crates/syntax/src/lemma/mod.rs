//! The lemmatizer: a training-set lexicon for known words, edit rules for the rest.
//!
//! Known words are looked up by (exact form, UPOS), then (lowercase form, UPOS), keeping the lemma
//! they took most often in training; this settles irregulars (`met` → `meet`, `fue` → `ser`).
//! Other words get an [`EditRule`] ("lowercase or not, strip suffix X, append Y"), the shape of
//! UDPipe's and spaCy's edit trees restricted to suffixes, which covers Spanish and English
//! inflection (`visitó` → strip `ó` + `ar`; `reunieron` → strip `eron` + `r`). A perceptron over
//! suffix, UPOS and FEATS features picks the rule, among those whose suffix the word has.
//!
//! Rules are counted over word types, not tokens, and trained on types: unknown words at run time
//! are rare types, so frequent tokens must not dominate what the classifier learns.

pub(crate) mod accents;
pub(crate) mod features;
pub(crate) mod train;
pub(crate) mod verbs;

use crate::perceptron::{feature, FeatureMap, Model, Reader};
use crate::tagger::features::WordCtx;
use crate::tagger::model::{bounded, get_str, put_str, put_varint, read_model};
use crate::{Error, Result};

/// How to turn a form into its lemma: optionally lowercase, strip a suffix, append a suffix.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct EditRule {
    /// Apply to the lowercased form (`Visitó` → `visitar`) rather than the form as written.
    pub lower: bool,
    /// Suffix removed; the rule applies only to words ending with it.
    pub strip: String,
    /// Suffix appended.
    pub add: String,
}

impl EditRule {
    /// The rule that maps `form` (lowercase `lower`) to `lemma`, preferring the form as written
    /// when both keep the same prefix.
    pub fn derive(form: &str, lower: &str, lemma: &str) -> EditRule {
        let a = common_prefix(form, lemma);
        let b = common_prefix(lower, lemma);
        let (lower_it, src, n) = if b > a {
            (true, lower, b)
        } else {
            (false, form, a)
        };
        EditRule {
            lower: lower_it,
            strip: src[n..].to_string(),
            add: lemma[n..].to_string(),
        }
    }

    /// True when the word ends with the suffix this rule strips.
    #[inline]
    pub fn applies(&self, form: &str, lower: &str) -> bool {
        let src = if self.lower { lower } else { form };
        src.ends_with(self.strip.as_str())
    }

    /// The lemma, or `None` when the rule does not apply.
    pub fn apply(&self, form: &str, lower: &str) -> Option<String> {
        let src = if self.lower { lower } else { form };
        let stem = src.strip_suffix(self.strip.as_str())?;
        let mut out = String::with_capacity(stem.len() + self.add.len());
        out.push_str(stem);
        out.push_str(&self.add);
        Some(out)
    }
}

/// Bytes of the longest common prefix, on a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .take_while(|((_, x), y)| x == y)
        .last()
        .map_or(0, |((i, c), _)| i + c.len_utf8())
}

/// Index of the best-scoring class satisfying `ok` (first wins ties), checking `ok` only for
/// classes that beat the best so far: few rules have non-zero scores, so this stays cheap.
pub(crate) fn best_allowed<T: PartialOrd + Copy>(
    scores: &[T],
    mut ok: impl FnMut(usize) -> bool,
) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (i, s) in scores.iter().enumerate() {
        if best.is_none_or(|b| *s > scores[b]) && ok(i) {
            best = Some(i);
        }
    }
    best
}

/// Lexicon key for (exact form, UPOS).
#[inline]
pub(crate) fn exact_key(form_hash: u64, upos: u8) -> u64 {
    feature(201, form_hash, upos as u64)
}

/// Lexicon key for (lowercase form, UPOS).
#[inline]
pub(crate) fn lower_key(lower_hash: u64, upos: u8) -> u64 {
    feature(202, lower_hash, upos as u64)
}

/// Lexicon, edit rules and rule classifier; immutable after training or loading.
#[derive(Clone)]
pub(crate) struct Lemmatizer {
    pub rules: Vec<EditRule>,
    pub model: Model,
    /// Lexicon key → index into `lemmas`. Keys are 64-bit hashes and are not verified against
    /// the form: with ~10^5 entries a collision has odds around 10^-9, not worth the strings.
    pub lexicon: FeatureMap<u32>,
    pub lemmas: Vec<String>,
    /// Hashes of `lemmas`, to tell a lemma training saw from a rule's guess.
    pub known: std::collections::HashSet<u64>,
}

/// A guessed infinitive that training never saw as a lemma, when training saw exactly one
/// other conjugation's infinitive of the same stem: Spanish *-ieron* is *-er* or *-ir*, and the
/// rule picked *reuner* for "reunieron", which training knows as *reunir*.
fn known_conjugation(known: &std::collections::HashSet<u64>, lemma: String) -> String {
    let Some(stem) = ["ar", "er", "ir"]
        .iter()
        .find_map(|e| lemma.strip_suffix(e))
        .filter(|s| s.chars().count() >= 2)
    else {
        return lemma;
    };
    if known.contains(&crate::perceptron::hash_str(&lemma)) {
        return lemma;
    }
    let mut seen = ["ar", "er", "ir"]
        .iter()
        .map(|e| format!("{stem}{e}"))
        .filter(|c| *c != lemma && known.contains(&crate::perceptron::hash_str(c)));
    match (seen.next(), seen.next()) {
        (Some(one), None) => one,
        _ => lemma,
    }
}

/// Hashes of the lemmas training saw ([`Lemmatizer::known`]).
pub(crate) fn known_lemmas(lemmas: &[String]) -> std::collections::HashSet<u64> {
    lemmas
        .iter()
        .map(|l| crate::perceptron::hash_str(l))
        .collect()
}

/// Per-word inputs the lemmatizer needs from the tagger.
pub(crate) struct LemmaInput<'a> {
    pub form: &'a str,
    pub lower: &'a str,
    pub ctx: &'a WordCtx,
    pub first: bool,
    pub upos: u8,
    pub feats_key: u64,
}

impl Lemmatizer {
    /// The lemma of one word; `feats` and `scores` are scratch.
    pub fn lemmatize(&self, x: &LemmaInput, feats: &mut Vec<u64>, scores: &mut Vec<i32>) -> String {
        let hit = self
            .lexicon
            .get(&exact_key(x.ctx.form, x.upos))
            .or_else(|| self.lexicon.get(&lower_key(x.ctx.lower, x.upos)));
        if let Some(id) = hit {
            return self.lemmas[*id as usize].clone();
        }
        if let Some(r) = self.best_rule(x, feats, scores) {
            if let Some(l) = self.rules[r].apply(x.form, x.lower) {
                return known_conjugation(&self.known, l);
            }
        }
        // No rule applies (an empty rule set, from a tiny training set): the lowercase form is
        // the lemma of most words in UD English and Spanish.
        x.lower.to_string()
    }

    fn best_rule(
        &self,
        x: &LemmaInput,
        feats: &mut Vec<u64>,
        scores: &mut Vec<i32>,
    ) -> Option<usize> {
        feats.clear();
        features::lemma_features(x.ctx, x.first, x.upos, x.feats_key, feats);
        scores.resize(self.rules.len(), 0);
        self.model.scores(feats, scores);
        best_allowed(scores, |r| self.rules[r].applies(x.form, x.lower))
    }

    pub fn write_to(&self, out: &mut Vec<u8>) {
        put_varint(out, self.rules.len() as u64);
        for r in &self.rules {
            out.push(r.lower as u8);
            put_str(out, &r.strip);
            put_str(out, &r.add);
        }
        put_varint(out, self.lemmas.len() as u64);
        for l in &self.lemmas {
            put_str(out, l);
        }
        let mut entries: Vec<_> = self.lexicon.iter().collect();
        entries.sort_by_key(|(k, _)| **k);
        put_varint(out, entries.len() as u64);
        let mut prev = 0u64;
        for (k, v) in entries {
            put_varint(out, k.wrapping_sub(prev));
            prev = *k;
            put_varint(out, *v as u64);
        }
        self.model.write_to(out);
    }

    pub fn read_from(r: &mut Reader) -> Result<Lemmatizer> {
        let n = bounded(r.varint()?, r)?;
        let mut rules = Vec::with_capacity(n);
        for _ in 0..n {
            let lower = match r.take(1)?[0] {
                0 => false,
                1 => true,
                b => return Err(Error::CorruptModel(format!("bad edit-rule flag {b}"))),
            };
            let strip = get_str(r)?;
            let add = get_str(r)?;
            rules.push(EditRule { lower, strip, add });
        }
        let n = bounded(r.varint()?, r)?;
        let mut lemmas = Vec::with_capacity(n);
        for _ in 0..n {
            lemmas.push(get_str(r)?);
        }
        let n = bounded(r.varint()?, r)?;
        let mut lexicon = FeatureMap::default();
        lexicon.reserve(n);
        let mut prev = 0u64;
        for _ in 0..n {
            prev = prev.wrapping_add(r.varint()?);
            let id = r.varint()?;
            if id >= lemmas.len() as u64 {
                return Err(Error::CorruptModel("lexicon lemma id out of range".into()));
            }
            lexicon.insert(prev, id as u32);
        }
        let model = read_model(r, rules.len(), "lemma rule")?;
        Ok(Lemmatizer {
            rules,
            model,
            lexicon,
            known: known_lemmas(&lemmas),
            lemmas,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_round_trip_spanish_and_english() {
        for (form, lemma) in [
            ("visitó", "visitar"),
            ("Visitó", "visitar"),
            ("reunieron", "reunir"),
            ("met", "meet"),
            ("said", "say"),
            ("Obama", "Obama"),
            ("was", "be"),
        ] {
            let lower = form.to_lowercase();
            let r = EditRule::derive(form, &lower, lemma);
            assert_eq!(r.apply(form, &lower).as_deref(), Some(lemma), "{form}");
        }
        let r = EditRule::derive("visitó", "visitó", "visitar");
        assert_eq!(r.apply("acusó", "acusó").as_deref(), Some("acusar"));
        assert_eq!(r.apply("dijo", "dijo"), None);
    }

    #[test]
    fn an_unseen_infinitive_takes_the_one_seen_conjugation() {
        let known = known_lemmas(&["reunir".into(), "temer".into(), "temir".into()]);
        assert_eq!(known_conjugation(&known, "reuner".into()), "reunir");
        // seen as it is, or two other readings seen: left alone
        assert_eq!(known_conjugation(&known, "reunir".into()), "reunir");
        assert_eq!(known_conjugation(&known, "temar".into()), "temar");
        // nothing seen, or no infinitive
        assert_eq!(known_conjugation(&known, "partir".into()), "partir");
        assert_eq!(known_conjugation(&known, "casa".into()), "casa");
    }

    #[test]
    fn best_allowed_skips_disallowed() {
        assert_eq!(best_allowed(&[5, 9, 7], |i| i != 1), Some(2));
        assert_eq!(best_allowed(&[5, 9, 7], |_| false), None);
    }
}
