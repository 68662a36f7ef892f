//! Which words are parts of names the lexicon knows (countries, capitals, cities,
//! organizations), so the analyzer tags them PROPN whatever their suffix suggests
//! (`Analyzer::annotate_with_names`).

use dyad_core::Sentence;
use dyad_lexicon::{normalize, Lexicon, NameRole};

/// Reused buffers: normalized forms and the flags.
#[derive(Debug, Default)]
pub struct NameScratch {
    forms: Vec<String>,
    /// One flag per word of the sentence last flagged: part of a name the lexicon knows.
    pub flags: Vec<bool>,
}

/// Flags every capitalized word inside an actor name of `lex` (not a demonym: "Russian" is an
/// adjective). Lower-case words inside a name ("of", "de") keep their tags, as UD tags them.
pub fn flag_names(lex: &Lexicon, s: &Sentence, sc: &mut NameScratch) {
    let n = s.words.len();
    sc.forms.resize_with(n.max(sc.forms.len()), String::new);
    for (i, w) in s.words.iter().enumerate() {
        normalize(&w.form, &mut sc.forms[i]);
    }
    sc.flags.clear();
    sc.flags.resize(n, false);
    let forms = &sc.forms[..n];
    let mut i = 0;
    while i < n {
        match lex.actor_match_at(forms, i) {
            Some(m) if m.role != NameRole::Demonym => {
                for k in i..(i + m.len).min(n) {
                    let cap = s.words[k]
                        .form
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase);
                    sc.flags[k] = cap;
                }
                i += m.len.max(1);
            }
            _ => i += 1,
        }
    }
}
