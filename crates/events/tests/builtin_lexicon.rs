//! A few sentences per language coded with the built-in lexicon (`lexicon/{en,es}`): the verb
//! and noun patterns of issue 4 (deliverable 6) reach the coder. Hand-written CoNLL-U trees in
//! `tests/fixtures/builtin/`.

mod common;

fn code(lang: &str) -> Vec<String> {
    common::code_fixture(lang, "builtin", &format!("{lang}_builtin.conllu"), false)
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
