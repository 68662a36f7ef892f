//! `dyad parse`: CoNLL-U out, spans back into the original text, valid trees.

use crate::cli::{dyad, root};

/// (id, form, head, deprel, misc) of one CoNLL-U line.
type Line = (String, String, u32, String, String);

/// Every word line, grouped by sentence.
fn sentences(conllu: &str) -> Vec<Vec<Line>> {
    conllu
        .split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .map(|b| {
            b.lines()
                .filter(|l| !l.starts_with('#'))
                .map(|l| {
                    let c: Vec<&str> = l.split('\t').collect();
                    assert_eq!(c.len(), 10, "bad line {l:?}");
                    (
                        c[0].into(),
                        c[1].into(),
                        c[6].parse().unwrap_or(u32::MAX),
                        c[7].into(),
                        c[9].into(),
                    )
                })
                .collect()
        })
        .collect()
}

fn token_range(misc: &str) -> Option<(usize, usize)> {
    let r = misc
        .split('|')
        .find_map(|m| m.strip_prefix("TokenRange="))?;
    let (a, b) = r.split_once(':')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

fn check_trees(out: &str) -> usize {
    let sents = sentences(out);
    for s in &sents {
        let words: Vec<_> = s.iter().filter(|w| !w.0.contains('-')).collect();
        let n = words.len() as u32;
        assert!(n > 0);
        let roots = words.iter().filter(|w| w.2 == 0).count();
        assert_eq!(roots, 1, "one root per sentence: {s:?}");
        for w in &words {
            assert!(w.2 <= n, "head in range: {w:?}");
            assert!(w.3 != "_", "labelled: {w:?}");
        }
        // no cycles: every word reaches the root
        for start in 1..=n {
            let (mut cur, mut steps) = (start, 0);
            while cur != 0 {
                cur = words[cur as usize - 1].2;
                steps += 1;
                assert!(steps <= n, "cycle through word {start}");
            }
        }
    }
    sents.len()
}

#[test]
fn english_text_gives_valid_trees_and_true_spans() {
    let path = "examples/news/en-horn-of-africa.txt";
    let original = std::fs::read_to_string(root().join(path)).unwrap();
    let r = dyad(&["parse", "--lang", "en", path], b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(check_trees(&r.stdout) >= 4);
    for s in sentences(&r.stdout) {
        for (id, form, _, _, misc) in s {
            if let Some((a, b)) = token_range(&misc) {
                assert!(!id.contains('.'));
                // MWT parts carry no range; every surface token's range is its text
                assert_eq!(&original[a..b], form, "TokenRange of {form}");
            }
        }
    }
    // contractions are UD multiword tokens, as EWT writes them
    assert!(r
        .stdout
        .lines()
        .any(|l| l.contains("\tdon't\t") && l.split('\t').next().unwrap().contains('-')));
}

#[test]
fn names_flag_tags_the_lexicons_names_as_the_coder_sees_them() {
    // "Beijing" shares its prefix and suffix with "being": the model alone may not read it
    // as a name; with --names the built-in lexicon's capital is PROPN, as `dyad code` tags it.
    let text = b"Beijing said on Monday that it would respond.";
    let r = dyad(&["parse", "--lang", "en", "--names", "-"], text);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(check_trees(&r.stdout), 1);
    let upos = r
        .stdout
        .lines()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .find(|c| c.len() == 10 && c[1] == "Beijing")
        .map(|c| c[3].to_string());
    assert_eq!(upos.as_deref(), Some("PROPN"));
}

#[test]
fn spanish_is_detected_and_contractions_split() {
    let r = dyad(&["parse", "examples/news/es-colombia-venezuela.txt"], b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
    check_trees(&r.stdout);
    let del = r
        .stdout
        .lines()
        .position(|l| l.split('\t').nth(1) == Some("del"))
        .expect("a del token");
    let next: Vec<&str> = r
        .stdout
        .lines()
        .skip(del + 1)
        .take(2)
        .map(|l| l.split('\t').nth(1).unwrap())
        .collect();
    assert_eq!(next, ["de", "el"]);
    // an enclitic pronoun is split off the infinitive, as AnCora writes it
    let darle = r
        .stdout
        .lines()
        .position(|l| l.split('\t').nth(1) == Some("darle"))
        .expect("darle");
    let next: Vec<&str> = r
        .stdout
        .lines()
        .skip(darle + 1)
        .take(2)
        .map(|l| l.split('\t').nth(1).unwrap())
        .collect();
    assert_eq!(next, ["dar", "le"]);
}

/// (form, upos, head, deprel) of every word line.
fn analyses(conllu: &str) -> Vec<(String, String, String, String)> {
    conllu
        .lines()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c.len() == 10 && !c[0].contains('-'))
        .map(|c| (c[1].into(), c[3].into(), c[6].into(), c[7].into()))
        .collect()
}

#[test]
fn a_sentence_in_capitals_is_analysed_as_in_lower_case_and_keeps_its_forms() {
    for (lang, caps) in [
        (
            "en",
            "POLICE ARRESTED TWO PROTESTERS NEAR THE PARLIAMENT ON MONDAY.",
        ),
        (
            "es",
            "LA POLICÍA DETUVO A DOS MANIFESTANTES CERCA DEL CONGRESO.",
        ),
    ] {
        let lower = caps.to_lowercase();
        let upper = dyad(&["parse", "--lang", lang, "-"], caps.as_bytes());
        let small = dyad(&["parse", "--lang", lang, "-"], lower.as_bytes());
        assert_eq!(upper.status, 0, "{}", upper.stderr);
        let (a, b) = (analyses(&upper.stdout), analyses(&small.stdout));
        assert!(
            a.iter().all(|w| w.0 == w.0.to_uppercase()),
            "forms kept: {a:?}"
        );
        // The subject is a common noun, not a name.
        assert_eq!(a[usize::from(lang == "es")].1, "NOUN", "{lang}: {a:?}");
        let strip = |v: &[(String, String, String, String)]| -> Vec<(String, String, String)> {
            v.iter()
                .map(|w| (w.1.clone(), w.2.clone(), w.3.clone()))
                .collect()
        };
        assert_eq!(strip(&a), strip(&b), "{lang}");
    }
}

#[test]
fn conllu_input_keeps_tokens_and_predicts_the_rest() {
    let r = dyad(
        &[
            "parse",
            "--lang",
            "en",
            "--input-format",
            "conllu",
            "tests/fixtures/en_blank.conllu",
        ],
        b"",
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let gold = std::fs::read_to_string(root().join("tests/fixtures/en_blank.conllu")).unwrap();
    let forms =
        |t: &str| -> Vec<String> { sentences(t).into_iter().flatten().map(|w| w.1).collect() };
    assert_eq!(forms(&r.stdout), forms(&gold));
    check_trees(&r.stdout);
    assert!(r.stdout.contains("\tNOUN\t") && r.stdout.contains("\tVERB\t"));
}

#[test]
fn empty_input_gives_empty_output() {
    let r = dyad(&["parse", "--lang", "es", "-"], b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    let r = dyad(&["parse", "-"], b"   \n\n ");
    assert_eq!((r.status, r.stdout.as_str()), (0, ""));
}

#[test]
fn invalid_utf8_is_decoded_with_a_counted_warning() {
    let r = dyad(
        &["parse", "--lang", "en", "-"],
        b"The army \xff shelled the town.",
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stderr.contains("1 invalid UTF-8"), "{}", r.stderr);
    assert!(r.stdout.contains("shelled"));
}

#[test]
fn missing_file_is_a_clear_error() {
    let r = dyad(&["parse", "no/such/file.txt"], b"");
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("no/such/file.txt"), "{}", r.stderr);
}

#[test]
fn eval_scores_a_gold_file() {
    let r = dyad(
        &[
            "eval",
            "syntax",
            "--lang",
            "en",
            "--json",
            "--gold",
            "tests/fixtures/en_gold.conllu",
        ],
        b"",
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let j: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    // short, plain news sentences: a working model gets nearly all of it
    let upos = j["gold_tokens"]["upos"].as_f64().unwrap();
    assert!((80.0..=100.0).contains(&upos), "{upos}");
    let uas = j["gold_tokens"]["uas"].as_f64().unwrap();
    assert!(uas >= 70.0, "{uas}");
    // the punctuation-free score covers fewer words than the full one
    let words = j["gold_tokens"]["words"].as_u64().unwrap();
    let no_punct = j["gold_tokens"]["words_no_punct"].as_u64().unwrap();
    assert!(0 < no_punct && no_punct < words, "{no_punct} of {words}");
    let uas_np = j["gold_tokens"]["uas_no_punct"].as_f64().unwrap();
    assert!((70.0..=100.0).contains(&uas_np), "{uas_np}");
    assert_eq!(j["raw_text"]["sentences"]["gold"].as_u64(), Some(3));
}
