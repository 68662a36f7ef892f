//! Sentence and token F1 on the raw text of English and Spanish PUD.
//!
//! Run with `DYAD_SHARED=/work/shared cargo test -p dyad-text --test pud -- --nocapture`. The
//! treebanks are third-party data and never enter the repository; without `DYAD_SHARED` the test
//! says so and passes.

use std::path::PathBuf;

use dyad_core::Lang;
use dyad_text::{evaluate_conllu, Segmenter};

fn treebank(rel: &str) -> Option<String> {
    let Some(root) = std::env::var_os("DYAD_SHARED") else {
        println!(
            "skipped: DYAD_SHARED is not set (point it at the shared folder with external/ud)"
        );
        return None;
    };
    let path = PathBuf::from(root).join(rel);
    match std::fs::read_to_string(&path) {
        Ok(t) => Some(t),
        Err(e) => {
            println!("skipped: cannot read {}: {e}", path.display());
            None
        }
    }
}

fn check(lang: Lang, rel: &str, min_sentence_f1: f64, min_token_f1: f64) {
    let Some(conllu) = treebank(rel) else { return };
    let s = evaluate_conllu(&Segmenter::new(lang), &conllu);
    println!(
        "{lang} PUD: sentence F1 {:.2} (P {:.2} R {:.2}, {} gold), token F1 {:.2} (P {:.2} R {:.2}, {} gold)",
        s.sentences.f1(),
        100.0 * s.sentences.precision(),
        100.0 * s.sentences.recall(),
        s.sentences.gold,
        s.tokens.f1(),
        100.0 * s.tokens.precision(),
        100.0 * s.tokens.recall(),
        s.tokens.gold,
    );
    assert!(
        s.sentences.f1() >= min_sentence_f1,
        "{lang} sentence F1 {:.2}",
        s.sentences.f1()
    );
    assert!(
        s.tokens.f1() >= min_token_f1,
        "{lang} token F1 {:.2}",
        s.tokens.f1()
    );
}

#[test]
fn english_pud() {
    check(
        Lang::En,
        "external/ud/UD_English-PUD/en_pud-ud-test.conllu",
        98.0,
        98.0,
    );
}

#[test]
fn spanish_pud() {
    check(
        Lang::Es,
        "external/ud/UD_Spanish-PUD/es_pud-ud-test.conllu",
        98.0,
        98.0,
    );
}
