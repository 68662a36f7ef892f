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
    /// One flag per word: a demonym that modifies the capitalized word after it ("Turkish
    /// Foreign Minister", "Ethiopian Prime Minister Abiy Ahmed"), an adjective however the
    /// tagger would read a capitalized word at the head of a title (a verb, a name).
    pub adjectives: Vec<bool>,
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
    sc.adjectives.clear();
    sc.adjectives.resize(n, false);
    let forms = &sc.forms[..n];
    let mut i = 0;
    while i < n {
        match lex.actor_match_at(forms, i) {
            Some(m)
                if m.role != NameRole::Demonym
                    && m.written_as(|k| s.words.get(i + k).map(|w| w.form.as_str())) =>
            {
                let end = (i + m.len).min(n);
                // A name of several words that opens the sentence and is otherwise written in
                // lower case ("El papa se reunió", "el papa" in the lexicon) owes its capital
                // to the sentence, not to a name: its article is not a name's part.
                let sentence_case_only =
                    i == 0 && end > 1 && !s.words[1..end].iter().any(|w| capitalized(&w.form));
                if !sentence_case_only {
                    for k in i..end {
                        sc.flags[k] = capitalized(&s.words[k].form);
                    }
                }
                // A lower-case word that names the actor on its own, after a noun ("gobierno
                // talibán", "los combatientes talibanes"), is its adjective: the tagger read
                // "talibán" as a verb in -án.
                for k in i..end {
                    // (As the text writes it: "au" of "Port-au-Prince" is no AU.)
                    let own_name = || {
                        lex.actor_match_at(forms, k).is_some_and(|o| {
                            o.len == 1
                                && o.written_as(|j| s.words.get(k + j).map(|w| w.form.as_str()))
                        })
                    };
                    // (Inside a longer name, after any word of it but an article or a
                    // preposition: "Gobierno talibán".)
                    let inside = k > i
                        && !capitalized(&s.words[k].form)
                        && !FUNCTION_WORDS
                            .iter()
                            .any(|f| f.eq_ignore_ascii_case(&s.words[k - 1].form));
                    if (inside || m.len == 1 && after_noun(s, k)) && own_name() {
                        sc.adjectives[k] = true;
                    }
                }
                i += m.len.max(1);
            }
            Some(m) if m.role == NameRole::Demonym && m.len == 1 => {
                // Before a title-cased word ("Foreign", "Prime"), not an all-capital one.
                let before_title = s.words.get(i + 1).is_some_and(|w| {
                    capitalized(&w.form) && w.form.chars().any(char::is_lowercase)
                });
                // A lower-case demonym after a lower-case content word modifies it ("su
                // homólogo saudí", which the tagger read as a verb in -í); after an article
                // or a preposition it is a people ("los saudíes", "contra rusos").
                // (The sentence's first word counts as lower case: "Milicianos serbios".)
                sc.adjectives[i] = before_title || after_noun(s, i);
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// Words after which a demonym is a noun, not a modifier (lower case, en and es):
/// articles, prepositions, conjunctions.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "el", "la",
    "los", "las", "un", "una", "unos", "unas", "lo", "al", "del", "de", "en", "con", "por", "para",
    "contra", "entre", "sin", "sobre", "tras", "y", "e", "o", "u", "ni", "que", "ante", "hacia",
    "hasta", "según", "desde", "varios", "varias", "muchos", "muchas", "dos", "tres", "miles",
    "cientos", "decenas",
];

/// Whether lower-case word `i` follows a content word written in lower case (the sentence's
/// first word counts as lower case: "Milicianos serbios"), not an article or a preposition
/// ("los saudíes", "contra rusos" are peoples).
fn after_noun(s: &Sentence, i: usize) -> bool {
    i > 0
        && !capitalized(&s.words[i].form)
        && (i == 1
            || s.words[i - 1]
                .form
                .chars()
                .next()
                .is_some_and(char::is_lowercase))
        && !FUNCTION_WORDS
            .iter()
            .any(|f| f.eq_ignore_ascii_case(&s.words[i - 1].form))
}

fn capitalized(form: &str) -> bool {
    form.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Word;

    fn sentence(text: &str) -> Sentence {
        let mut s = Sentence::default();
        for w in text.split_whitespace() {
            s.words.push(Word {
                form: w.to_string(),
                ..Word::default()
            });
        }
        s
    }

    #[test]
    fn names_are_flagged_and_a_demonym_before_a_title_is_an_adjective() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicon/en");
        let lex = Lexicon::load_dyad_dir(&dir).unwrap();
        let mut sc = NameScratch::default();
        flag_names(
            &lex,
            &sentence("Turkish Foreign Minister visited Egypt"),
            &mut sc,
        );
        assert_eq!(sc.adjectives, [true, false, false, false, false]);
        assert_eq!(sc.flags, [false, false, false, false, true]);
        // Not before a lower-case word or at the end; "us" is no name.
        flag_names(
            &lex,
            &sentence("the Turkish troops told us Turkish"),
            &mut sc,
        );
        assert!(sc.adjectives.iter().all(|a| !a));
        assert!(sc.flags.iter().all(|f| !f));
    }

    #[test]
    fn a_spanish_demonym_after_a_noun_is_an_adjective_but_not_after_an_article() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicon/es");
        let lex = Lexicon::load_dyad_dir(&dir).unwrap();
        let mut sc = NameScratch::default();
        flag_names(&lex, &sentence("con su homólogo saudí en Riad"), &mut sc);
        assert_eq!(sc.adjectives, [false, false, false, true, false, false]);
        flag_names(&lex, &sentence("los saudíes protestaron"), &mut sc);
        assert!(sc.adjectives.iter().all(|a| !a));
        flag_names(&lex, &sentence("Milicianos serbios atacaron"), &mut sc);
        assert_eq!(sc.adjectives, [false, true, false]);
        flag_names(&lex, &sentence("Los serbios atacaron"), &mut sc);
        assert!(sc.adjectives.iter().all(|a| !a));
    }

    #[test]
    fn a_lower_case_one_word_name_after_a_noun_is_an_adjective() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicon/es");
        let lex = Lexicon::load_dyad_dir(&dir).unwrap();
        let mut sc = NameScratch::default();
        flag_names(
            &lex,
            &sentence("advirtió al Gobierno talibán de Afganistán"),
            &mut sc,
        );
        assert_eq!(sc.adjectives, [false, false, false, true, false, false]);
        flag_names(
            &lex,
            &sentence("los combatientes talibanes atacaron"),
            &mut sc,
        );
        assert_eq!(sc.adjectives, [false, false, true, false]);
        // After an article it is a people, a noun.
        flag_names(&lex, &sentence("los talibanes atacaron"), &mut sc);
        assert!(sc.adjectives.iter().all(|a| !a));
        // A lower-case word of a name that would be an acronym in capitals is not one.
        flag_names(
            &lex,
            &sentence("bandas atacaron Port - au - Prince"),
            &mut sc,
        );
        assert!(sc.adjectives.iter().all(|a| !a));
    }

    #[test]
    fn a_lower_case_name_opening_the_sentence_is_not_flagged_but_a_capitalized_one_is() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicon/es");
        let lex = Lexicon::load_dyad_dir(&dir).unwrap();
        let mut sc = NameScratch::default();
        flag_names(&lex, &sentence("El papa se reunió con Zelenski"), &mut sc);
        assert_eq!(sc.flags[..2], [false, false]);
        flag_names(&lex, &sentence("La Habana anunció nuevas medidas"), &mut sc);
        assert_eq!(sc.flags[..2], [true, true]);
    }
}
