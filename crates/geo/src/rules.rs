//! A language's place rules: which prepositions introduce an event's place, which verbs take
//! it as their object, which capitalized words do not extend a name. Data, in
//! `data/rules/<lang>.txt`, so that adding a language adds a file and no code.

use std::collections::{HashMap, HashSet};

use dyad_core::Lang;

use crate::error::{Error, Result};

/// One language's place rules.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// Prepositions (one or more lower-cased words) that put the event at (locative: `true`)
    /// or towards (directional: `false`) a place.
    pub(crate) place_preps: Vec<(Vec<String>, bool)>,
    /// The single-word ones, for checking a `case` dependent, with the same flag.
    pub(crate) place_prep_words: HashMap<String, bool>,
    /// Lemmas of verbs whose object is the event's place ("visit").
    pub(crate) object_place_verbs: HashSet<String>,
    /// Lemmas of verbs of going or sending, under which alone a directional-only preposition
    /// says where the event is; empty: under any verb. Spanish needs it: `a` also marks
    /// personal objects and datives ("acusa a Israel", "pidió a Rusia"), which GSD and PUD
    /// annotate `obl` like a destination.
    pub(crate) directional_verbs: HashSet<String>,
    /// Capitalized words that may follow or precede a place name without extending it.
    pub(crate) not_name: HashSet<String>,
    /// Words never taken as a place on their own (months, continents, common nouns that are
    /// also the names of small towns: "March", "Asia", "University").
    pub(crate) not_place: HashSet<String>,
    /// Nouns that, with a demonym, describe a capital ("capital").
    pub(crate) capital_words: HashSet<String>,
    /// Nouns that, with a demonym, are somewhere in that country ("Iranian cities",
    /// "territorio libanés"): the country is the place.
    pub(crate) country_words: HashSet<String>,
    /// Words after a name that make it a first-level subdivision ("Kaduna state").
    pub(crate) admin_after: HashSet<String>,
    /// Word sequences before a name that make it one ("the state of Zulia", "estado Zulia").
    pub(crate) admin_before: Vec<Vec<String>>,
    /// Nouns of bodies of water that a name after them, maybe through `waters_link` words and
    /// capitalized words, only names ("the Sea of Japan", "el golfo de México", "Lake Chad"):
    /// the water is no place in that country.
    pub(crate) waters_before: HashSet<String>,
    /// The same, after the name ("the Taiwan Strait", "the Japan Sea").
    pub(crate) waters_after: HashSet<String>,
    /// Words that join a body of water's noun to the name it carries ("of", "de", "la").
    pub(crate) waters_link: HashSet<String>,
    /// Word sequences before a name that make it the source of the clause, not its place
    /// ("according to Seoul", "según Seúl").
    pub(crate) attribution: Vec<Vec<String>>,
    /// Word sequences before a name that make it the far side of a border ("the border with
    /// Somalia", "la frontera con Somalia"): troops deployed there are not in Somalia.
    pub(crate) across_border: Vec<Vec<String>>,
    /// Capitalized words of direction before a name that narrow it rather than make a longer
    /// unknown name ("North Waziristan", "East Jerusalem"): the mention takes them in and is
    /// the place they narrow.
    pub(crate) compass_before: HashSet<String>,
    /// The same after a name ("Jerusalén Este", "Kivu Norte").
    pub(crate) compass_after: HashSet<String>,
    /// Markers of a purpose infinitive ("to", "para"), which happens where its clause does:
    /// "took to the streets of Tbilisi to protest".
    pub(crate) purpose_marks: HashSet<String>,
    /// Nouns of places ("city", "outskirts", "provincia"): a name joined to one by a
    /// preposition that places nothing ("the city of Kharkiv") takes the place preposition
    /// above it; joined so to any other noun ("the ambassador of Mexico", "a deal brokered by
    /// China") it names whose or by whom, not where.
    pub(crate) place_nouns: HashSet<String>,
}

impl Rules {
    /// The rules built into this crate for `lang`.
    pub fn embedded(lang: Lang) -> Rules {
        let text = match lang {
            Lang::En => include_str!("../data/rules/en.txt"),
            Lang::Es => include_str!("../data/rules/es.txt"),
        };
        Rules::parse(text, lang.code())
            .expect("invariant: the embedded rules parse (checked by a unit test)")
    }

    /// Rules from text in the format of `data/rules/en.txt`; `name` is used in errors.
    pub fn parse(text: &str, name: &str) -> Result<Rules> {
        let mut r = Rules::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, values) = line.split_once(':').ok_or_else(|| Error::Malformed {
                source_name: format!("rules {name}"),
                line: i + 1,
                message: "expected `key: value | value`".into(),
            })?;
            let values = values
                .split('|')
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string);
            match key.trim() {
                k @ ("locative" | "directional") => {
                    let locative = k == "locative";
                    for v in values {
                        let words: Vec<String> =
                            v.split_whitespace().map(str::to_lowercase).collect();
                        if words.len() == 1 {
                            r.place_prep_words.insert(words[0].clone(), locative);
                        }
                        r.place_preps.push((words, locative));
                    }
                }
                "object_place_verbs" => r.object_place_verbs.extend(values),
                "directional_verbs" => r.directional_verbs.extend(values),
                "not_name" => r.not_name.extend(values),
                "not_place" => r.not_place.extend(values),
                "capital_words" => r.capital_words.extend(values.map(|v| v.to_lowercase())),
                "country_words" => r.country_words.extend(values.map(|v| v.to_lowercase())),
                "admin_after" => r.admin_after.extend(values.map(|v| v.to_lowercase())),
                "admin_before" => r.admin_before.extend(
                    values.map(|v| v.split_whitespace().map(str::to_lowercase).collect()),
                ),
                "waters_before" => r.waters_before.extend(values.map(|v| v.to_lowercase())),
                "waters_after" => r.waters_after.extend(values.map(|v| v.to_lowercase())),
                "waters_link" => r.waters_link.extend(values.map(|v| v.to_lowercase())),
                "attribution" => r.attribution.extend(
                    values.map(|v| v.split_whitespace().map(str::to_lowercase).collect()),
                ),
                "across_border" => r.across_border.extend(
                    values.map(|v| v.split_whitespace().map(str::to_lowercase).collect()),
                ),
                "compass_before" => {
                    r.compass_before.extend(values.map(|v| v.to_lowercase()))
                }
                "compass_after" => r.compass_after.extend(values.map(|v| v.to_lowercase())),
                "purpose_marks" => r.purpose_marks.extend(values.map(|v| v.to_lowercase())),
                "place_nouns" => r.place_nouns.extend(values.map(|v| v.to_lowercase())),
                other => {
                    return Err(Error::Malformed {
                        source_name: format!("rules {name}"),
                        line: i + 1,
                        message: format!("unknown key {other:?} (expected locative, directional, object_place_verbs, directional_verbs, not_name, not_place, capital_words, country_words, admin_after, admin_before, waters_before, waters_after, waters_link, attribution, across_border, compass_before, compass_after, purpose_marks or place_nouns)"),
                    })
                }
            }
        }
        // Longest first, so "cerca de" is tried before "cerca".
        r.place_preps
            .sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        r.admin_before.sort_by_key(|p| std::cmp::Reverse(p.len()));
        Ok(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_rules_parse() {
        for lang in Lang::ALL {
            let r = Rules::embedded(lang);
            assert!(!r.place_preps.is_empty() && !r.capital_words.is_empty());
        }
        assert!(Rules::parse("nonsense line", "x").is_err());
        assert!(Rules::parse("colour: red", "x").is_err());
    }
}
