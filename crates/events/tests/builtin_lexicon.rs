//! A few sentences per language coded with the built-in lexicon (`lexicon/{en,es}`): the verb
//! and noun patterns of issue 4 (deliverable 6) reach the coder. Hand-written CoNLL-U trees in
//! `tests/fixtures/builtin/`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use dyad_events::{Coder, CoderConfig, DocContext};
use dyad_lexicon::Lexicon;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn code(lang: &str) -> Vec<String> {
    let lex = Lexicon::load_dyad_dir(&root().join("lexicon").join(lang)).unwrap();
    let c = Coder::new(Arc::new(lex), CoderConfig::default());
    let name = format!("{lang}_builtin.conllu");
    let path = root()
        .join("crates/events/tests/fixtures/builtin")
        .join(&name);
    let text = std::fs::read_to_string(path).unwrap();
    let mut out: Vec<String> = dyad_syntax::conllu::read_str(&text, &name)
        .unwrap()
        .iter()
        .flat_map(|s| c.code_sentence(s, &DocContext::default()))
        .map(|e| {
            let t = e.target.as_ref().map_or("---".into(), |t| t.code_text());
            format!("{},{},{}", e.source.code_text(), t, e.code)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn english_sentences_code_with_the_builtin_lexicon() {
    // light verb + noun pattern (163), light verb with `obl:with` (046 both ways), `accuse`
    // with `obl:of` narrowing to 1125.
    assert_eq!(
        code("en"),
        ["CHL,JPN,046", "FRA,IRN,1125", "JPN,CHL,046", "RUS,UKR,163"]
    );
}

#[test]
fn spanish_sentences_code_with_the_builtin_lexicon() {
    // "efectuó una visita a" (042/043), "abrió fuego contra" (190), "se reunió con" (040 both
    // ways), "acusó a X de espionaje" (1125).
    assert_eq!(
        code("es"),
        [
            "ARG,CHL,040",
            "CHL,ARG,040",
            "MEX,PER,042",
            "PER,CHL,1125",
            "PER,MEX,043",
            "RUS,UKR,190",
        ]
    );
}
