//! Overfit, save, load, compare; one-by-one equals batch; garbage is an error.

use super::*;
use crate::conllu;

/// Hand-written sentences (ours, not from a treebank).
const EN: &str = "\
1\tThe\tthe\tDET\t_\tDefinite=Def|PronType=Art\t2\tdet\t_\t_
2\tminister\tminister\tNOUN\t_\tNumber=Sing\t3\tnsubj\t_\t_
3\tmet\tmeet\tVERB\t_\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
4\trebels\trebel\tNOUN\t_\tNumber=Plur\t3\tobj\t_\t_
5\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

1\tShe\tshe\tPRON\t_\tCase=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs\t2\tnsubj\t_\t_
2\tsaid\tsay\tVERB\t_\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
3\ttalks\ttalk\tNOUN\t_\tNumber=Plur\t4\tnsubj\t_\t_
4\tfailed\tfail\tVERB\t_\tMood=Ind|Tense=Past|VerbForm=Fin\t2\tccomp\t_\t_
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

";

const ES: &str = "\
1\tEl\tel\tDET\t_\tDefinite=Def|Gender=Masc|Number=Sing|PronType=Art\t2\tdet\t_\t_
2\tpresidente\tpresidente\tNOUN\t_\tGender=Masc|Number=Sing\t3\tnsubj\t_\t_
3\tvisitó\tvisitar\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
4\tCuba\tCuba\tPROPN\t_\t_\t3\tobj\t_\t_
5\t.\t.\tPUNCT\t_\tPunctType=Peri\t3\tpunct\t_\t_

1\tLos\tel\tDET\t_\tDefinite=Def|Gender=Masc|Number=Plur|PronType=Art\t2\tdet\t_\t_
2\tministros\tministro\tNOUN\t_\tGender=Masc|Number=Plur\t3\tnsubj\t_\t_
3\tse\tél\tPRON\t_\tCase=Acc|Person=3|PrepCase=Npr|PronType=Prs|Reflex=Yes\t4\texpl:pv\t_\t_
4\treunieron\treunir\tVERB\t_\tMood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
5\ty\ty\tCCONJ\t_\t_\t6\tcc\t_\t_
6\tacusó\tacusar\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t4\tconj\t_\t_
7\ta\ta\tADP\t_\t_\t8\tcase\t_\t_
8\tRusia\tRusia\tPROPN\t_\t_\t6\tobj\t_\t_
9\t.\t.\tPUNCT\t_\tPunctType=Peri\t4\tpunct\t_\t_

";

fn overfit(text: &str) -> (Tagger, Vec<Sentence>) {
    let sents = conllu::read_str(text, "fixture").unwrap();
    let config = TaggerConfig {
        epochs: 20,
        min_feature_count: 1,
        dict_min_count: 1,
        min_rule_count: 1,
        prune: 0.0,
        ..TaggerConfig::default()
    };
    let (t, report) = Tagger::train(&config, &sents, &sents).unwrap();
    assert_eq!(report.dev.upos, 100.0, "{report:?}");
    assert_eq!(report.dev.feats, 100.0, "{report:?}");
    assert_eq!(report.dev.lemma, 100.0, "{report:?}");
    (t, sents)
}

fn strip(s: &Sentence) -> Sentence {
    let mut s = s.clone();
    for w in &mut s.words {
        w.upos = None;
        w.lemma = None;
        w.feats = Feats::empty();
    }
    s
}

#[test]
fn overfits_then_round_trips() {
    for text in [EN, ES] {
        let (t, sents) = overfit(text);
        let back = Tagger::from_bytes(&t.to_bytes()).unwrap();
        assert_eq!(back.to_bytes(), t.to_bytes());
        let mut sc = TaggerScratch::default();
        for s in &sents {
            let a = t.predict(&strip(s), &mut sc);
            assert_eq!(a, back.predict(&strip(s), &mut sc));
            let mut annotated = strip(s);
            back.annotate(&mut annotated, &mut sc);
            for (w, g) in annotated.words.iter().zip(&s.words) {
                assert_eq!((w.upos, &w.feats, &w.lemma), (g.upos, &g.feats, &g.lemma));
            }
        }
    }
}

#[test]
fn prediction_ignores_gold_and_changes_nothing() {
    let (t, sents) = overfit(EN);
    let mut sc = TaggerScratch::default();
    let mut wrong = sents[0].clone();
    for w in &mut wrong.words {
        w.upos = Some(Upos::X);
        w.lemma = Some("zzz".into());
    }
    let before = wrong.clone();
    assert_eq!(
        t.predict(&wrong, &mut sc),
        t.predict(&strip(&sents[0]), &mut sc)
    );
    assert_eq!(wrong, before);
}

#[test]
fn batch_equals_one_by_one() {
    let (t, _) = overfit(ES);
    let mut all = conllu::read_str(ES, "fixture").unwrap();
    all.extend(conllu::read_str(EN, "fixture").unwrap());
    // One scratch reused over the batch, in order and reversed, against a fresh scratch each.
    let mut sc = TaggerScratch::default();
    let batch: Vec<_> = all.iter().map(|s| t.predict(s, &mut sc)).collect();
    let mut rev: Vec<_> = all.iter().rev().map(|s| t.predict(s, &mut sc)).collect();
    rev.reverse();
    let single: Vec<_> = all
        .iter()
        .map(|s| t.predict(s, &mut TaggerScratch::default()))
        .collect();
    assert_eq!(batch, single);
    assert_eq!(rev, single);
}

#[test]
fn empty_sentence_and_unknown_words_do_not_panic() {
    let (t, _) = overfit(EN);
    let mut sc = TaggerScratch::default();
    assert!(t.predict(&Sentence::default(), &mut sc).is_empty());
    let mut s = Sentence::default();
    for f in ["", "ÉCOLE", "x-ray", "1,000", "🙂", "İstanbul"] {
        s.words
            .push(dyad_core::Word::new(f, dyad_core::Span::default()));
    }
    assert_eq!(t.predict(&s, &mut sc).len(), 6);
}

#[test]
fn garbage_is_an_error_not_a_panic() {
    let (t, _) = overfit(ES);
    let bytes = t.to_bytes();
    assert!(Tagger::from_bytes(b"").is_err());
    assert!(Tagger::from_bytes(b"not a model at all").is_err());
    for cut in (0..bytes.len()).step_by(7) {
        assert!(Tagger::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    // Flip bytes one at a time: must never panic (it may still load if the byte is a weight).
    let mut x = 0x1234_5678u32;
    for i in 12..bytes.len() {
        let mut b = bytes.clone();
        x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        b[i] ^= (x >> 24) as u8 | 1;
        let _ = Tagger::from_bytes(&b);
    }
    let mut future = bytes.clone();
    future[8..12].copy_from_slice(&99u32.to_le_bytes());
    assert!(matches!(
        Tagger::from_bytes(&future),
        Err(crate::Error::Incompatible { found: 99, .. })
    ));
}

#[test]
fn training_is_deterministic() {
    let (a, _) = overfit(ES);
    let (b, _) = overfit(ES);
    assert_eq!(a.to_bytes(), b.to_bytes());
}

#[test]
fn an_ensemble_of_one_is_the_single_model() {
    let sents = conllu::read_str(ES, "fixture").unwrap();
    let config = TaggerConfig {
        epochs: 3,
        dict_min_count: 1,
        min_rule_count: 1,
        ..TaggerConfig::default()
    };
    let (one, r1) = Tagger::train(&config, &sents, &sents).unwrap();
    assert!(r1.ensemble_dev.is_empty() && r1.member_best_epochs.is_empty());
    let three = TaggerConfig {
        ensemble: 3,
        ..config.clone()
    };
    let (t, r) = Tagger::train(&three, &sents, &sents).unwrap();
    assert_eq!(r.epochs.len(), 9);
    assert_eq!(&r.epochs[..3], &r1.epochs[..]);
    assert_eq!(r.ensemble_dev.len(), 3);
    assert_eq!(r.member_best_epochs.len(), 3);
    assert_eq!(r.ensemble_dev[0], r1.dev);
    assert_eq!(r.ensemble_dev[2], r.dev);
    assert_eq!(
        [r.best_epoch_upos, r.best_epoch_feats, r.best_epoch_lemma],
        r.member_best_epochs[0]
    );
    // Different models (the metadata differs anyway), and the merged one round-trips.
    assert_ne!(t.upos.n_weights(), 0);
    assert_ne!(t.to_bytes(), one.to_bytes());
    let back = Tagger::from_bytes(&t.to_bytes()).unwrap();
    let mut sc = TaggerScratch::default();
    for s in &sents {
        assert_eq!(back.predict(s, &mut sc), t.predict(s, &mut sc));
    }
}

#[test]
fn training_without_tags_is_an_error() {
    let mut s = conllu::read_str(EN, "fixture").unwrap();
    for x in &mut s {
        x.words[0].upos = None;
    }
    assert!(Tagger::train(&TaggerConfig::default(), &s, &[]).is_err());
}

#[test]
fn config_rejects_unknown_fields_and_fills_defaults() {
    let c: TaggerConfig = serde_json::from_str(r#"{"epochs": 3}"#).unwrap();
    assert_eq!(c.epochs, 3);
    assert_eq!(c.seed, TaggerConfig::default().seed);
    assert!(serde_json::from_str::<TaggerConfig>(r#"{"epoch": 3}"#).is_err());
}

#[test]
fn tagger_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Tagger>();
    check::<TaggerScratch>();
}

#[test]
fn alternatives_are_one_per_word_deterministic_and_never_the_chosen_tag() {
    let (t, _) = overfit(EN);
    let all = conllu::read_str(EN, "fixture").unwrap();
    let mut sc = TaggerScratch::default();
    let mut first = Vec::new();
    for s in &all {
        let tags = t.predict(s, &mut sc);
        let alts = sc.alternatives().to_vec();
        assert_eq!(alts.len(), s.words.len());
        for (a, w) in alts.iter().zip(&tags) {
            if let Some(a) = a {
                assert_ne!(a.upos, w.upos);
                assert!(a.margin >= 0.0 && a.margin.is_finite());
            }
        }
        first.push(alts);
    }
    // Same answer from a fresh scratch and after other sentences went through this one.
    for (s, want) in all.iter().zip(&first).rev() {
        t.predict(s, &mut sc);
        assert_eq!(sc.alternatives(), want.as_slice());
        let mut fresh = TaggerScratch::default();
        t.predict(s, &mut fresh);
        assert_eq!(fresh.alternatives(), want.as_slice());
    }
    t.predict(&Sentence::default(), &mut sc);
    assert!(sc.alternatives().is_empty());
}
