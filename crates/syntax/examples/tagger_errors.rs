//! Prints a tagger's most frequent UPOS and lemma errors on a treebank (for error analysis).
//!
//! `cargo run --release -p dyad-syntax --example tagger_errors -- model.bin test.conllu`

use std::collections::HashMap;

use dyad_syntax::{conllu, Tagger, TaggerScratch};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model = std::fs::read(&args[0]).expect("model");
    let tagger = Tagger::from_bytes(&model).expect("load");
    let text = std::fs::read_to_string(&args[1]).expect("test");
    let gold = conllu::read_str(&text, &args[1]).expect("parse");
    let mut sc = TaggerScratch::default();
    let mut pairs: HashMap<String, usize> = HashMap::new();
    let mut words: HashMap<String, usize> = HashMap::new();
    let mut lemmas: HashMap<String, usize> = HashMap::new();
    for s in &gold {
        for (p, g) in tagger.predict(s, &mut sc).iter().zip(&s.words) {
            let gu = g.upos.map(|u| u.as_str()).unwrap_or("_");
            if Some(p.upos) != g.upos {
                *pairs.entry(format!("{gu}->{}", p.upos)).or_default() += 1;
                *words
                    .entry(format!("{} {gu}->{}", g.form, p.upos))
                    .or_default() += 1;
            } else if g.lemma.as_deref() != Some(p.lemma.as_str()) {
                let gl = g.lemma.as_deref().unwrap_or("_");
                *lemmas
                    .entry(format!("{} {gu} {gl}->{}", g.form, p.lemma))
                    .or_default() += 1;
            }
        }
    }
    for (name, m) in [("upos", pairs), ("words", words), ("lemmas", lemmas)] {
        let mut v: Vec<_> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        println!("== {name}");
        for (k, n) in v.iter().take(25) {
            println!("{n:5} {k}");
        }
    }
}
