//! Spanish written accents that the edit-rule lemmatizer gets wrong on nouns and adjectives.
//!
//! The lemmatizer learns suffix edits from the treebank, so a plural it never saw is undone by
//! analogy: "rehenes" became *rehen* in one context and *rehén* in another, "drones" became
//! *drón* by analogy with *aviones* → *avión*. The event coder matches lexicon terms against
//! lemmas, so a missing or extra accent loses the actor or the pattern ("liberó a los
//! rehenes"). Spanish spelling decides both cases from the letters alone, so they are rules,
//! not data.

use dyad_core::{Sentence, Upos};

const ACCENTED: [(char, char); 5] = [('á', 'a'), ('é', 'e'), ('í', 'i'), ('ó', 'o'), ('ú', 'u')];

fn vowel(c: char) -> bool {
    "aeiouáéíóúü".contains(c)
}

fn strong(c: char) -> bool {
    "aeoáéó".contains(c) || "íú".contains(c)
}

/// Spanish nouns of one syllable in -n whose plural the edit-rule lemmatizer undid by analogy
/// with *aviones* → *avión* ("drones" → *drón*, "trenes" → *trén*) lose the accent Spanish
/// never writes on a monosyllable: patterns test lemmas, and the lexicon writes *dron*.
pub(crate) fn unaccented_monosyllable_lemmas(s: &mut Sentence) {
    for w in &mut s.words {
        if w.upos != Some(Upos::Noun) {
            continue;
        }
        let Some(lemma) = w.lemma.as_deref() else {
            continue;
        };
        let mut chars = lemma.chars().rev();
        let (Some('n'), Some(v)) = (chars.next(), chars.next()) else {
            continue;
        };
        let Some(&(_, plain)) = ACCENTED.iter().find(|(a, _)| *a == v) else {
            continue;
        };
        // One vowel in all: the accented one ("drón", not "avión").
        if lemma.chars().filter(|c| vowel(*c)).count() != 1 {
            continue;
        }
        let stem: String = lemma.chars().take(lemma.chars().count() - 2).collect();
        w.lemma = Some(format!("{stem}{plain}n"));
    }
}

/// The index (in chars) of the vowel that carries the stress of `word`'s last syllable, and
/// how many syllables it has. Two strong vowels side by side are two syllables ("le-ón"); a
/// weak one (i, u, ü) joins its neighbour ("ca-mión", "bien").
fn last_nucleus(word: &[char]) -> (Option<usize>, usize) {
    let mut syllables = 0;
    let mut nucleus: Option<usize> = None;
    let mut prev: Option<char> = None;
    for (k, &c) in word.iter().enumerate() {
        if !vowel(c) {
            prev = None;
            continue;
        }
        let joins = prev.is_some_and(|p| !(strong(p) && strong(c)));
        if !joins {
            syllables += 1;
            nucleus = Some(k);
        } else if strong(c) {
            nucleus = Some(k);
        }
        prev = Some(c);
    }
    (nucleus, syllables)
}

/// A Spanish plural in -nes or -ses written without an accent is stressed on the syllable
/// before -es, so its singular, which ends in n or s and is stressed on its last syllable,
/// carries an accent there when it has more than one syllable: "rehenes" → *rehén*,
/// "alemanes" → *alemán*, "ingleses" → *inglés* (but "trenes" → *tren*, "bienes" → *bien*,
/// and "exámenes" → *examen*, whose plural has its own accent, are left as they are). Only
/// a lemma that is the form minus -es, as the lemmatizer writes it, is corrected.
pub(crate) fn plural_stress_lemmas(s: &mut Sentence, chars: &mut Vec<char>) {
    for w in &mut s.words {
        if !matches!(w.upos, Some(Upos::Noun | Upos::Adj)) {
            continue;
        }
        let Some(lemma) = w.lemma.as_deref() else {
            continue;
        };
        let form = w.form.as_str();
        if form.chars().any(|c| "áéíóúÁÉÍÓÚ".contains(c))
            || !(lemma.ends_with('n') || lemma.ends_with('s'))
            || form.len() != lemma.len() + 2
            || !form.is_char_boundary(lemma.len())
            || !form[..lemma.len()].eq_ignore_ascii_case(lemma)
            || !form[lemma.len()..].eq_ignore_ascii_case("es")
        {
            continue;
        }
        chars.clear();
        chars.extend(lemma.chars());
        let (Some(k), syllables) = last_nucleus(chars) else {
            continue;
        };
        if syllables < 2 {
            continue;
        }
        if let Some(&(accented, _)) = ACCENTED.iter().find(|(_, p)| *p == chars[k]) {
            chars[k] = accented;
            w.lemma = Some(chars.iter().collect());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_trees::{lemmas, tree as tagged};

    #[test]
    fn spanish_monosyllable_noun_lemmas_lose_their_accent() {
        let mut s = tagged(
            "1\tdrones\tdrón\tNOUN\t_\t_\t0\troot\t_\t_\n\
             2\taviones\tavión\tNOUN\t_\t_\t1\tconj\t_\t_\n\
             3\ttrenes\ttrén\tNOUN\t_\t_\t1\tconj\t_\t_\n\
             4\tSimón\tSimón\tPROPN\t_\t_\t1\tconj\t_\t_\n\n",
        );
        unaccented_monosyllable_lemmas(&mut s);
        assert_eq!(lemmas(&s), ["dron", "avión", "tren", "Simón"]);
    }

    #[test]
    fn an_unaccented_plural_in_nes_or_ses_puts_the_accent_on_its_singular() {
        let mut s = tagged(
            "1\trehenes\trehen\tNOUN\t_\t_\t0\troot\t_\t_\n\
             2\talemanes\taleman\tADJ\t_\t_\t1\tamod\t_\t_\n\
             3\tIngleses\tingles\tADJ\t_\t_\t1\tamod\t_\t_\n\
             4\tcamiones\tcamion\tNOUN\t_\t_\t1\tconj\t_\t_\n\
             5\tleones\tleon\tNOUN\t_\t_\t1\tconj\t_\t_\n\
             6\ttrenes\ttren\tNOUN\t_\t_\t1\tconj\t_\t_\n\
             7\tbienes\tbien\tNOUN\t_\t_\t1\tconj\t_\t_\n\
             8\texámenes\texamen\tNOUN\t_\t_\t1\tconj\t_\t_\n\
             9\tclases\tclase\tNOUN\t_\t_\t1\tconj\t_\t_\n\
             10\tjardines\tjardin\tNOUN\t_\t_\t1\tconj\t_\t_\n\
             11\tguiones\tguion\tNOUN\t_\t_\t1\tconj\t_\t_\n\
             12\tmesas\tmesa\tNOUN\t_\t_\t1\tconj\t_\t_\n\n",
        );
        plural_stress_lemmas(&mut s, &mut Vec::new());
        assert_eq!(
            lemmas(&s),
            [
                "rehén", "alemán", "inglés", "camión", "león", "tren", "bien", "examen", "clase",
                "jardín", "guion", "mesa"
            ]
        );
    }
}
