//! Building the lemmatizer from a treebank: lexicon, edit rules, and rule-classifier instances.

use std::collections::{BTreeMap, HashMap};

use dyad_core::Sentence;

use crate::perceptron::{FeatureMap, Model, Trainer};
use crate::tagger::features::{prepare, Prepared, WordCtx};
use crate::tagger::model::TagDict;

use super::{best_allowed, exact_key, features, lower_key, EditRule, Lemmatizer};

/// One word type the rule classifier trains on.
pub(crate) struct LemmaType {
    form: String,
    lower: String,
    ctx: WordCtx,
    first: bool,
    upos: u8,
    feats_key: u64,
    rule: u32,
}

/// (form, sentence-initial, UPOS, FEATS key): what makes a word type for the rule classifier.
type TypeKey = (String, bool, u8, u64);

/// Lexicon, rule set and training instances collected from the training sentences.
pub(crate) struct LemmaData {
    pub rules: Vec<EditRule>,
    pub lexicon: FeatureMap<u32>,
    pub lemmas: Vec<String>,
    pub types: Vec<LemmaType>,
}

/// Most frequent value; ties go to the smallest, so the result does not depend on map order.
fn majority(counts: &HashMap<String, u32>) -> Option<&String> {
    counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(l, _)| l)
}

/// Collects the lexicon and the classifier's word types. `feats_key` maps a gold FEATS string
/// to the key the tagger will pass at prediction time.
pub(crate) fn collect(
    train: &[&Sentence],
    dict: &TagDict,
    feats_key: &dyn Fn(&str) -> u64,
    min_rule_count: u32,
) -> LemmaData {
    // Exact key → (its lowercase key, lemma counts).
    let mut exact: FeatureMap<(u64, HashMap<String, u32>)> = FeatureMap::default();
    let mut lower: FeatureMap<HashMap<String, u32>> = FeatureMap::default();
    // BTreeMap: deterministic order of types and hence of rule ids.
    let mut types: BTreeMap<TypeKey, (String, WordCtx, String)> = BTreeMap::new();
    let mut prep = Prepared::default();
    for s in train {
        prepare(s, dict, &mut prep);
        for (i, w) in s.words.iter().enumerate() {
            let (Some(upos), Some(lemma)) = (w.upos, w.lemma.as_ref()) else {
                continue;
            };
            if lemma.is_empty() || lemma == "_" {
                continue;
            }
            let u = upos.index() as u8;
            let ctx = prep.words[i];
            let lk = lower_key(ctx.lower, u);
            *exact
                .entry(exact_key(ctx.form, u))
                .or_insert_with(|| (lk, HashMap::new()))
                .1
                .entry(lemma.clone())
                .or_default() += 1;
            *lower
                .entry(lk)
                .or_default()
                .entry(lemma.clone())
                .or_default() += 1;
            let fk = feats_key(w.feats.as_str());
            types
                .entry((w.form.clone(), i == 0, u, fk))
                .or_insert_with(|| (prep.lower_of(i).to_string(), ctx, lemma.clone()));
        }
    }

    // Lexicon: every (lowercase, UPOS) entry, plus exact-form entries only where they disagree
    // with it (about a tenth of the size of storing both).
    let mut lemma_ids: HashMap<String, u32> = HashMap::new();
    let mut lemmas: Vec<String> = Vec::new();
    let mut lexicon = FeatureMap::default();
    let mut intern = |l: &String, lemmas: &mut Vec<String>| -> u32 {
        *lemma_ids.entry(l.clone()).or_insert_with(|| {
            lemmas.push(l.clone());
            lemmas.len() as u32 - 1
        })
    };
    let mut lower_keys: Vec<_> = lower.keys().copied().collect();
    lower_keys.sort_unstable();
    for k in lower_keys {
        if let Some(l) = majority(&lower[&k]) {
            let id = intern(l, &mut lemmas);
            lexicon.insert(k, id);
        }
    }
    // An exact entry is needed when its majority differs from what the lowercase entry gives.
    let mut exact_keys: Vec<_> = exact.keys().copied().collect();
    exact_keys.sort_unstable();
    let mut exact_entries: Vec<(u64, String)> = Vec::new();
    for ek in exact_keys {
        let (lk, counts) = &exact[&ek];
        let Some(l) = majority(counts) else { continue };
        let via_lower = lexicon.get(lk).map(|id| &lemmas[*id as usize]);
        if via_lower != Some(l) {
            exact_entries.push((ek, l.clone()));
        }
    }
    for (k, l) in exact_entries {
        let id = intern(&l, &mut lemmas);
        lexicon.insert(k, id);
    }

    // Rules, counted over types.
    let mut rule_count: BTreeMap<EditRule, u32> = BTreeMap::new();
    let derived: Vec<EditRule> = types
        .iter()
        .map(|((form, ..), (low, _, lemma))| EditRule::derive(form, low, lemma))
        .collect();
    for r in &derived {
        *rule_count.entry(r.clone()).or_default() += 1;
    }
    let rules: Vec<EditRule> = rule_count
        .into_iter()
        .filter(|(_, c)| *c >= min_rule_count.max(1))
        .map(|(r, _)| r)
        .collect();
    let rule_id: HashMap<&EditRule, u32> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r, i as u32))
        .collect();
    let types = types
        .into_iter()
        .zip(&derived)
        .filter_map(|(((form, first, upos, feats_key), (lower, ctx, _)), r)| {
            Some(LemmaType {
                rule: *rule_id.get(r)?,
                form,
                lower,
                ctx,
                first,
                upos,
                feats_key,
            })
        })
        .collect();
    LemmaData {
        rules,
        lexicon,
        lemmas,
        types,
    }
}

impl LemmaData {
    /// A trainer sized for this rule set.
    pub fn trainer(&self) -> Trainer {
        Trainer::new(self.rules.len())
    }

    /// Feature lists of every type, for the feature-count pre-pass.
    pub fn for_each_features(&self, mut f: impl FnMut(&[u64])) {
        let mut buf = Vec::new();
        for t in &self.types {
            buf.clear();
            features::lemma_features(&t.ctx, t.first, t.upos, t.feats_key, &mut buf);
            f(&buf);
        }
    }

    /// One perceptron epoch over the types in `order`; `keep` filters rare features.
    pub fn epoch(&self, t: &mut Trainer, order: &[usize], keep: &dyn Fn(u64) -> bool) {
        let mut feats = Vec::new();
        let mut scores = vec![0f32; self.rules.len()];
        for &i in order {
            let ty = &self.types[i];
            feats.clear();
            features::lemma_features(&ty.ctx, ty.first, ty.upos, ty.feats_key, &mut feats);
            feats.retain(|f| keep(*f));
            t.scores(&feats, &mut scores);
            let guess = best_allowed(&scores, |r| self.rules[r].applies(&ty.form, &ty.lower))
                .unwrap_or(ty.rule as usize);
            t.update(&feats, ty.rule as usize, guess, 1.0);
            t.tick();
        }
    }

    pub fn n_types(&self) -> usize {
        self.types.len()
    }

    /// The lemmatizer with the given classifier weights.
    pub fn build(&self, model: Model) -> Lemmatizer {
        Lemmatizer {
            rules: self.rules.clone(),
            model,
            lexicon: self.lexicon.clone(),
            known: super::known_lemmas(&self.lemmas),
            lemmas: self.lemmas.clone(),
        }
    }
}
