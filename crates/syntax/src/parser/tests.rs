//! The trained-component tests of style §2.7: overfit, save/load, batch = one-by-one, garbage
//! bytes, and the tree guarantee on random input.

use dyad_core::{Sentence, Upos};

use super::*;
use crate::conllu;

/// Hand-written sentences: passives with agents, relative clauses, coordination, particles,
/// Spanish clitics (`expl:pv`) and `obl:arg`.
const EN: &str = "\
1	The	the	DET	_	Definite=Def|PronType=Art	2	det	_	_
2	senate	senate	NOUN	_	Number=Sing	4	nsubj:pass	_	_
3	was	be	AUX	_	Mood=Ind|Tense=Past|VerbForm=Fin	4	aux:pass	_	_
4	dissolved	dissolve	VERB	_	Tense=Past|VerbForm=Part|Voice=Pass	0	root	_	_
5	by	by	ADP	_	_	7	case	_	_
6	the	the	DET	_	Definite=Def|PronType=Art	7	det	_	_
7	president	president	NOUN	_	Number=Sing	4	obl:agent	_	SpaceAfter=No
8	.	.	PUNCT	_	_	4	punct	_	_

1	Rebels	rebel	NOUN	_	Number=Plur	2	nsubj	_	_
2	attacked	attack	VERB	_	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	the	the	DET	_	Definite=Def|PronType=Art	4	det	_	_
4	town	town	NOUN	_	Number=Sing	2	obj	_	_
5	that	that	PRON	_	PronType=Rel	6	nsubj	_	_
6	hosted	host	VERB	_	Mood=Ind|Tense=Past|VerbForm=Fin	4	acl:relcl	_	_
7	talks	talk	NOUN	_	Number=Plur	6	obj	_	_
8	and	and	CCONJ	_	_	9	cc	_	_
9	burned	burn	VERB	_	Mood=Ind|Tense=Past|VerbForm=Fin	2	conj	_	_
10	it	it	PRON	_	Case=Acc|Number=Sing|Person=3|PronType=Prs	9	obj	_	_
11	down	down	ADP	_	_	9	compound:prt	_	SpaceAfter=No
12	.	.	PUNCT	_	_	2	punct	_	_

";

const ES: &str = "\
1	El	el	DET	_	Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	_
2	gobierno	gobierno	NOUN	_	Gender=Masc|Number=Sing	4	nsubj	_	_
3	se	él	PRON	_	Case=Acc|Person=3|PrepCase=Npr|PronType=Prs|Reflex=Yes	4	expl:pv	_	_
4	negó	negar	VERB	_	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
5	a	a	ADP	_	_	6	mark	_	_
6	negociar	negociar	VERB	_	VerbForm=Inf	4	xcomp	_	_
7	con	con	ADP	_	_	9	case	_	_
8	los	el	DET	_	Definite=Def|Gender=Masc|Number=Plur|PronType=Art	9	det	_	_
9	rebeldes	rebelde	NOUN	_	Gender=Masc|Number=Plur	6	obl:arg	_	SpaceAfter=No
10	.	.	PUNCT	_	_	4	punct	_	_

1	La	el	DET	_	Definite=Def|Gender=Fem|Number=Sing|PronType=Art	2	det	_	_
2	ciudad	ciudad	NOUN	_	Gender=Fem|Number=Sing	3	nsubj:pass	_	_
3	fue	ser	AUX	_	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	4	aux:pass	_	_
4	atacada	atacar	VERB	_	Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass	0	root	_	_
5	por	por	ADP	_	_	6	case	_	_
6	rebeldes	rebelde	NOUN	_	Gender=Masc|Number=Plur	4	obl:agent	_	SpaceAfter=No
7	.	.	PUNCT	_	_	4	punct	_	_

";

fn corpus() -> Vec<Sentence> {
    let mut v = conllu::read_str(EN, "en").unwrap();
    v.extend(conllu::read_str(ES, "es").unwrap());
    v
}

fn overfit() -> Parser {
    let config = ParserConfig {
        epochs: 30,
        prune: 0.0,
        min_updates: 1,
        ..ParserConfig::default()
    };
    let data = corpus();
    let (p, report) = Parser::train(&config, &data, &data).unwrap();
    assert!(report.labels.iter().any(|l| l == "obl:agent"));
    p
}

fn weights(p: &Parser) -> Vec<u8> {
    let mut v = Vec::new();
    p.model.write_to(&mut v);
    v
}

/// Asserts that `parse` is a tree over `n` words with exactly one root child.
fn assert_tree(parse: &[(u32, DepRel)], n: usize) {
    assert_eq!(parse.len(), n);
    let roots: Vec<usize> = (0..n).filter(|i| parse[*i].0 == 0).collect();
    assert_eq!(roots.len(), 1, "exactly one root child: {parse:?}");
    for (i, (h, rel)) in parse.iter().enumerate() {
        assert!(*h as usize <= n && *h as usize != i + 1);
        assert_eq!(
            *h == 0,
            rel.is(dyad_core::UdRel::Root),
            "root label iff root arc"
        );
        // Every word reaches the root without a cycle.
        let (mut cur, mut steps) = (i + 1, 0);
        while cur != 0 {
            cur = parse[cur - 1].0 as usize;
            steps += 1;
            assert!(steps <= n, "cycle through word {}", i + 1);
        }
    }
}

#[test]
fn overfits_then_saves_and_loads_identically() {
    let p = overfit();
    let data = corpus();
    let mut scratch = ParserScratch::default();
    for s in &data {
        let pred = p.predict(s, &mut scratch);
        let gold: Vec<(u32, DepRel)> = s
            .words
            .iter()
            .map(|w| (w.head.unwrap(), w.deprel.clone().unwrap()))
            .collect();
        assert_eq!(pred, gold, "sentence {:?}", s.text);
    }
    let back = Parser::from_bytes(&p.to_bytes()).unwrap();
    assert_eq!(back.labels(), p.labels());
    assert_eq!(back.config(), p.config());
    assert_eq!(weights(&back), weights(&p));
    let (r, rb) = (p.report().unwrap(), back.report().unwrap());
    assert_eq!(
        (&r.labels, r.best_epoch, r.epochs.len()),
        (&rb.labels, rb.best_epoch, rb.epochs.len())
    );
    for s in &data {
        assert_eq!(back.predict(s, &mut scratch), p.predict(s, &mut scratch));
    }
}

#[test]
fn annotate_matches_predict_and_ignores_gold() {
    let p = overfit();
    let mut scratch = ParserScratch::default();
    for s in corpus() {
        let want = p.predict(&s, &mut scratch);
        let mut blank = s.clone();
        for w in &mut blank.words {
            w.head = Some(1);
            w.deprel = None;
        }
        assert_eq!(
            p.predict(&blank, &mut scratch),
            want,
            "gold must not be read"
        );
        p.annotate(&mut blank, &mut scratch);
        let got: Vec<_> = blank
            .words
            .iter()
            .map(|w| (w.head.unwrap(), w.deprel.clone().unwrap()))
            .collect();
        assert_eq!(got, want);
    }
}

#[test]
fn batch_equals_one_by_one() {
    let p = overfit();
    let data = corpus();
    let mut shared = ParserScratch::default();
    let batch: Vec<_> = data.iter().map(|s| p.predict(s, &mut shared)).collect();
    for (s, b) in data.iter().zip(&batch).rev() {
        assert_eq!(&p.predict(s, &mut ParserScratch::default()), b);
    }
}

#[test]
fn training_is_deterministic() {
    // Everything but the timings in the report is identical.
    assert_eq!(weights(&overfit()), weights(&overfit()));
}

#[test]
fn an_ensemble_of_one_is_the_single_model_and_members_differ_by_seed() {
    let data = corpus();
    let config = ParserConfig {
        epochs: 4,
        prune: 0.0,
        min_updates: 1,
        ..ParserConfig::default()
    };
    let (one, r1) = Parser::train(&config, &data, &data).unwrap();
    assert!(r1.ensemble_dev.is_empty() && r1.member_best_epochs.is_empty());
    let two = ParserConfig {
        ensemble: 2,
        ..config.clone()
    };
    let (p, r) = Parser::train(&two, &data, &data).unwrap();
    assert_eq!(r.member_best_epochs.len(), 2);
    assert_eq!(r.ensemble_dev.len(), 2);
    assert_eq!(r.epochs.len(), 8);
    assert_eq!(r.epochs[4].member, 1);
    // Member 0 is the single model: same epochs, and merged alone it is that model.
    for (a, b) in r1.epochs.iter().zip(&r.epochs) {
        assert_eq!(a.dev, b.dev);
    }
    assert_eq!(r.ensemble_dev[0].dev, r1.epochs[r1.best_epoch - 1].dev);
    assert_eq!(r.ensemble_dev[0].weights_kept, r1.weights_kept);
    assert_eq!(r.ensemble_dev[1].weights_kept, r.weights_kept);
    assert!(r.features_kept >= r1.features_kept);
    assert_ne!(weights(&p), weights(&one));
    // The merged model round-trips like any other and always parses to a tree.
    let back = Parser::from_bytes(&p.to_bytes()).unwrap();
    assert_eq!(weights(&back), weights(&p));
    assert_eq!(back.config().ensemble, 2);
    let mut scratch = ParserScratch::default();
    for s in &data {
        assert_tree(&p.predict(s, &mut scratch), s.words.len());
    }
}

#[test]
fn ensemble_members_read_their_version_of_the_training_data() {
    let data = corpus();
    let mut noisy = data.clone();
    for s in &mut noisy {
        for w in &mut s.words {
            w.upos = Some(Upos::Noun);
        }
    }
    let config = ParserConfig {
        epochs: 3,
        prune: 0.0,
        min_updates: 1,
        ensemble: 2,
        ..ParserConfig::default()
    };
    let one = vec![(data.clone(), Vec::new())];
    let two = vec![(data.clone(), Vec::new()), (noisy.clone(), Vec::new())];
    let (a, _) = Parser::train(&config, &data, &data).unwrap();
    let (b, _) = Parser::train_ensemble(&config, &one, &data, &[]).unwrap();
    let (c, rc) = Parser::train_ensemble(&config, &two, &data, &[]).unwrap();
    assert_eq!(weights(&a), weights(&b));
    assert_ne!(weights(&a), weights(&c));
    assert_eq!(rc.ensemble_dev.len(), 2);
    // Versions must hold the same trees, and alternatives must cover every sentence.
    let mut other = data.clone();
    other[0].words[0].head = Some(3);
    let bad = vec![(data.clone(), Vec::new()), (other, Vec::new())];
    assert!(Parser::train_ensemble(&config, &bad, &data, &[]).is_err());
    let short = vec![(data.clone(), vec![Vec::new()])];
    assert!(Parser::train_ensemble(&config, &short, &data, &[]).is_err());
    assert!(Parser::train_ensemble(&config, &[], &data, &[]).is_err());
}

#[test]
fn garbage_bytes_are_errors_not_panics() {
    let good = overfit().to_bytes();
    assert!(Parser::from_bytes(b"").is_err());
    assert!(Parser::from_bytes(b"DYADPARS").is_err());
    assert!(Parser::from_bytes(&[0xff; 100]).is_err());
    for cut in (0..good.len()).step_by(good.len() / 97 + 1) {
        assert!(Parser::from_bytes(&good[..cut]).is_err(), "cut at {cut}");
    }
    let mut future = good.clone();
    future[8..12].copy_from_slice(&7u32.to_le_bytes());
    assert!(matches!(
        Parser::from_bytes(&future),
        Err(crate::Error::Incompatible { found: 7, .. })
    ));
    // Flipped bytes may still load (a changed weight is a valid model), but must not panic, and
    // whatever loads must still produce trees.
    let mut rng = 0x1234_5678u64;
    let s = &corpus()[0];
    for _ in 0..300 {
        rng = rng
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let mut bad = good.clone();
        let i = (rng >> 33) as usize % bad.len();
        bad[i] ^= 1 << ((rng >> 20) % 8);
        if let Ok(p) = Parser::from_bytes(&bad) {
            assert_tree(&p.predict(s, &mut ParserScratch::default()), s.words.len());
        }
    }
}

#[test]
fn output_is_always_a_single_rooted_tree() {
    let p = overfit();
    let mut scratch = ParserScratch::default();
    let vocab = [
        "the", "el", ".", ",", "attacked", "rebeldes", "and", "(", "by", "se", "x",
    ];
    let mut rng = 42u64;
    let mut next = |m: usize| {
        rng = rng
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (rng >> 33) as usize % m
    };
    let mut lengths: Vec<usize> = vec![1, 2, 3, 500, 300];
    lengths.extend((0..200).map(|_| 1 + next(60)));
    for n in lengths {
        let mut s = Sentence::default();
        for _ in 0..n {
            let mut w = dyad_core::Word::new(vocab[next(vocab.len())], dyad_core::Span::default());
            // Some words untagged, some tagged at random: tags are never guaranteed.
            w.upos = Upos::from_index(next(20));
            s.words.push(w);
        }
        assert_tree(&p.predict(&s, &mut scratch), n);
    }
    // Only punctuation.
    let mut s = Sentence::default();
    for f in [".", "!", "?", "..."] {
        let mut w = dyad_core::Word::new(f, dyad_core::Span::default());
        w.upos = Some(Upos::Punct);
        s.words.push(w);
    }
    assert_tree(&p.predict(&s, &mut scratch), 4);
    // An empty sentence has an empty parse.
    assert!(p.predict(&Sentence::default(), &mut scratch).is_empty());
}

#[test]
fn parser_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Parser>();
}

#[test]
fn config_rejects_unknown_fields() {
    assert!(serde_json::from_str::<ParserConfig>(r#"{"epochs": 3, "beam": 8}"#).is_err());
    let c: ParserConfig = serde_json::from_str(r#"{"epochs": 3}"#).unwrap();
    assert_eq!(c.epochs, 3);
    assert_eq!(c.seed, ParserConfig::default().seed);
}

#[test]
fn prefetched_scores_equal_plain_scores() {
    let p = overfit();
    let mut st = State::default();
    let (mut atoms, mut feats) = (Vec::new(), Vec::new());
    let n = p.model.n_classes();
    let (mut a, mut b) = (vec![0i32; n], vec![0i32; n]);
    for s in corpus() {
        features::sentence_atoms(&s, &[], &[], &mut atoms);
        st.reset(s.words.len() as u32);
        while !st.is_terminal() {
            features::extract(&st, &atoms, &mut feats);
            p.model.scores(&feats, &mut a);
            p.model.scores_prefetched(&feats, &mut b);
            assert_eq!(a, b);
            let legal = [Kind::Shift, Kind::Right, Kind::Left];
            let k = legal.into_iter().find(|k| st.legal(*k)).unwrap();
            st.apply(k, 1);
        }
    }
}

/// Runner-up tags as a tagger would give them: every third word unsure between its tag and X.
fn fake_alternatives(data: &[Sentence]) -> Vec<Vec<Option<crate::tagger::UposAlt>>> {
    data.iter()
        .map(|s| {
            (0..s.words.len())
                .map(|i| {
                    (i % 3 == 0).then_some(crate::tagger::UposAlt {
                        upos: Upos::X,
                        margin: [1.0, 10.0, 20.0, 100.0][i % 4],
                    })
                })
                .collect()
        })
        .collect()
}

#[test]
fn alternatives_train_round_trip_and_are_checked() {
    let config = ParserConfig {
        epochs: 30,
        prune: 0.0,
        min_updates: 1,
        ..ParserConfig::default()
    };
    let data = corpus();
    let alts = fake_alternatives(&data);
    let (p, report) = Parser::train_with_alternatives(&config, &data, &alts, &data, &alts).unwrap();
    assert_eq!(report.epochs.last().unwrap().dev.uas, 100.0);
    let back = Parser::from_bytes(&p.to_bytes()).unwrap();
    assert_eq!(back.config().upos_alt_margins, config.upos_alt_margins);
    let mut scratch = ParserScratch::default();
    for (s, a) in data.iter().zip(&alts) {
        let want = p.predict_with_alternatives(s, a, &mut scratch);
        assert_eq!(back.predict_with_alternatives(s, a, &mut scratch), want);
        let mut blank = s.clone();
        back.annotate_with_alternatives(&mut blank, a, &mut scratch);
        let got: Vec<_> = blank
            .words
            .iter()
            .map(|w| (w.head.unwrap(), w.deprel.clone().unwrap()))
            .collect();
        assert_eq!(got, want);
        // Without alternatives it still parses to a tree.
        assert_tree(&p.predict(s, &mut scratch), s.words.len());
    }
    assert!(Parser::train_with_alternatives(&config, &data, &alts[1..], &[], &[]).is_err());
}

#[test]
fn alternative_atoms_bucket_by_margin() {
    use crate::tagger::UposAlt;
    let m = [32.0, 16.0, 4.0];
    let alt = |margin| {
        features::alt_atom(
            Some(UposAlt {
                upos: Upos::Noun,
                margin,
            }),
            &m,
        )
    };
    assert_eq!(features::alt_atom(None, &m), 0);
    assert_eq!(alt(40.0), 0);
    assert_eq!(alt(32.0), 0);
    let (b1, b2, b3) = (alt(20.0), alt(10.0), alt(0.5));
    assert!(b1 != 0 && b1 != b2 && b2 != b3 && b1 != b3);
    assert_eq!(alt(31.0), b1);
    // No margins: the feature is off.
    assert_eq!(
        features::alt_atom(
            Some(UposAlt {
                upos: Upos::Noun,
                margin: 0.0
            }),
            &[]
        ),
        0
    );
}
