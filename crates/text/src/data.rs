//! Per-language data: abbreviations, clitics, hyphen rules, function words.
//!
//! Every fact about a language that the tokenizer, segmenter or language identifier uses is read
//! from a plain-text file (`data/en.txt`, `data/es.txt`) so that adding a language, or fixing an
//! abbreviation, is a data change reviewable in a diff, never an `if lang == es` in an algorithm.

use std::collections::{HashMap, HashSet};

use dyad_core::Lang;

use crate::error::{Error, Result};

const EN: &str = include_str!("../data/en.txt");
const ES: &str = include_str!("../data/es.txt");

/// How an abbreviation behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Never ends a sentence by itself (`Mr.`, `Gen.`, `Jan.`).
    Inner,
    /// Ends a sentence when a typical sentence starter follows (`Inc. The`).
    MayEnd,
}

/// One verb ending that may carry enclitic pronouns (see `[verb_endings]` in `data/es.txt`).
#[derive(Debug, Clone)]
pub(crate) struct VerbEnding {
    pub(crate) written: String,
    pub(crate) bare: String,
    pub(crate) min_stem: usize,
}

/// The parsed language data one [`crate::Segmenter`] works from.
///
/// Built from the embedded files with [`LangData::embedded`], or from a caller's own file with
/// [`LangData::parse`] (to try a new abbreviation list without rebuilding).
#[derive(Debug, Clone, Default)]
pub struct LangData {
    pub(crate) split_hyphens: bool,
    pub(crate) space_thousands: bool,
    pub(crate) split_number_ranges: bool,
    abbrev_exact: HashMap<String, Abbrev>,
    abbrev_lower: HashMap<String, Abbrev>,
    pub(crate) hyphen_prefixes: HashSet<String>,
    pub(crate) number_suffixes: HashSet<String>,
    pub(crate) contractions: HashMap<String, Vec<String>>,
    pub(crate) clitic_suffixes: Vec<(String, usize)>,
    pub(crate) enclitics: Vec<String>,
    pub(crate) verb_endings: Vec<VerbEnding>,
    pub(crate) short_verbs: HashSet<String>,
    pub(crate) imperatives: HashMap<String, Vec<String>>,
    pub(crate) enclitic_exceptions: HashSet<String>,
    pub(crate) function_words: HashSet<String>,
    pub(crate) langid_cues: Vec<(String, f32)>,
}

impl LangData {
    /// The data shipped inside the crate for `lang`.
    pub fn embedded(lang: Lang) -> LangData {
        let (name, text) = match lang {
            Lang::En => ("en.txt", EN),
            Lang::Es => ("es.txt", ES),
        };
        // The embedded files are checked by `embedded_data_parses` below.
        LangData::parse(name, text).expect("invariant: embedded language data parses")
    }

    /// Parses a data file in the format of `data/en.txt`; `name` is used in error messages.
    pub fn parse(name: &str, text: &str) -> Result<LangData> {
        let mut d = LangData::default();
        let mut section = String::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let err = |message: &str| Error::Data {
                source_name: name.to_string(),
                line: i + 1,
                message: message.to_string(),
            };
            if let Some(s) = line.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
                section = s.to_string();
                continue;
            }
            let fields: Vec<&str> = line.split_whitespace().collect();
            match section.as_str() {
                "options" => {
                    let (key, value) = line
                        .split_once('=')
                        .map(|(k, v)| (k.trim(), v.trim()))
                        .ok_or_else(|| err("expected `name = true|false`"))?;
                    let value = match value {
                        "true" => true,
                        "false" => false,
                        _ => return Err(err("expected `true` or `false`")),
                    };
                    match key {
                        "split_hyphens" => d.split_hyphens = value,
                        "space_thousands" => d.space_thousands = value,
                        "split_number_ranges" => d.split_number_ranges = value,
                        _ => return Err(err("unknown option")),
                    }
                }
                "abbreviations" | "final_abbreviations" => {
                    let kind = if section == "abbreviations" {
                        Abbrev::Inner
                    } else {
                        Abbrev::MayEnd
                    };
                    let a = fields[0];
                    if fields.len() != 1 || !a.ends_with('.') {
                        return Err(err("expected one abbreviation ending in `.`"));
                    }
                    if a.chars().any(char::is_uppercase) {
                        d.abbrev_exact.insert(a.to_string(), kind);
                    } else {
                        d.abbrev_lower.insert(a.to_string(), kind);
                    }
                }
                "hyphen_prefixes" => {
                    d.hyphen_prefixes.insert(fields[0].to_lowercase());
                }
                "number_suffixes" => {
                    d.number_suffixes.insert(fields[0].to_lowercase());
                }
                "contractions" | "imperatives" => {
                    if fields.len() < 3 {
                        return Err(err("expected `surface part part...`"));
                    }
                    let parts = fields[1..].iter().map(|s| s.to_string()).collect();
                    let map = if section == "contractions" {
                        &mut d.contractions
                    } else {
                        &mut d.imperatives
                    };
                    map.insert(fields[0].to_lowercase(), parts);
                }
                "clitic_suffixes" => {
                    let split = fields.get(1).and_then(|s| s.parse::<usize>().ok());
                    match (fields.len(), split) {
                        (2, Some(n)) if n >= 1 && n <= fields[0].chars().count() => {
                            d.clitic_suffixes.push((fields[0].to_string(), n))
                        }
                        _ => return Err(err("expected `suffix chars_to_split`")),
                    }
                }
                "enclitics" => d.enclitics.push(fields[0].to_string()),
                "verb_endings" => {
                    let min = fields.get(2).and_then(|s| s.parse::<usize>().ok());
                    match (fields.len(), min) {
                        (3, Some(min_stem)) => d.verb_endings.push(VerbEnding {
                            written: fields[0].to_string(),
                            bare: fields[1].to_string(),
                            min_stem,
                        }),
                        _ => return Err(err("expected `written bare min_stem`")),
                    }
                }
                "short_verbs" => {
                    d.short_verbs.insert(fields[0].to_string());
                }
                "enclitic_exceptions" => {
                    d.enclitic_exceptions.insert(fields[0].to_lowercase());
                }
                "function_words" => {
                    d.function_words.insert(fields[0].to_lowercase());
                }
                "langid_cues" => {
                    let w = fields.get(1).and_then(|s| s.parse::<f32>().ok());
                    match (fields.len(), w) {
                        (2, Some(w)) => d.langid_cues.push((fields[0].to_string(), w)),
                        _ => return Err(err("expected `pattern weight`")),
                    }
                }
                "" => return Err(err("entry before any [section]")),
                _ => return Err(err("unknown section")),
            }
        }
        // Longest first, so `iéndo` wins over `ndo`-like shorter endings and `'ll` over `'l`.
        d.verb_endings
            .sort_by_key(|e| std::cmp::Reverse(e.written.chars().count()));
        d.clitic_suffixes
            .sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
        d.enclitics
            .sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        Ok(d)
    }

    /// How `token` (ending in `.`) behaves as an abbreviation, if it is one.
    pub(crate) fn abbreviation(&self, token: &str) -> Option<Abbrev> {
        if let Some(a) = self.abbrev_exact.get(token) {
            return Some(*a);
        }
        self.abbrev_lower
            .get(token.to_lowercase().as_str())
            .copied()
    }

    /// True for a closed-class word of this language (any case).
    pub(crate) fn is_function_word(&self, word: &str) -> bool {
        self.function_words.contains(word.to_lowercase().as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_parses() {
        for lang in Lang::ALL {
            let name = format!("{lang}.txt");
            let text = if lang == Lang::En { EN } else { ES };
            let d = LangData::parse(&name, text).unwrap();
            assert!(!d.function_words.is_empty());
            assert!(!d.langid_cues.is_empty());
        }
    }

    #[test]
    fn abbreviations_respect_case_rules() {
        let en = LangData::embedded(Lang::En);
        assert_eq!(en.abbreviation("Mr."), Some(Abbrev::Inner));
        assert_eq!(en.abbreviation("mr."), None);
        assert_eq!(en.abbreviation("ETC."), Some(Abbrev::MayEnd));
        assert_eq!(en.abbreviation("no."), None);
        let es = LangData::embedded(Lang::Es);
        assert_eq!(es.abbreviation("EE.UU."), Some(Abbrev::MayEnd));
        assert_eq!(es.abbreviation("pág."), Some(Abbrev::Inner));
    }

    #[test]
    fn bad_lines_say_where() {
        let e = LangData::parse("x.txt", "[options]\nsplit_hyphens = maybe\n").unwrap_err();
        assert_eq!(e.to_string(), "x.txt:2: expected `true` or `false`");
        assert!(LangData::parse("x.txt", "Mr.\n").is_err());
        assert!(LangData::parse("x.txt", "[nope]\nx\n").is_err());
    }
}
