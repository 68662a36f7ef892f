//! Morphological features (`Number=Plur|Tense=Past`).

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// A word's UD features, kept in the canonical `Name=Value|...` text form.
///
/// Features are open-ended per language, so they stay text; the tagger treats the whole string
/// as one class, and the coder asks for single values with [`Feats::get`]. Empty means `_`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Feats(String);

impl Feats {
    /// No features (`_`).
    pub fn empty() -> Self {
        Feats(String::new())
    }

    /// The value of one feature (`get("Voice") == Some("Pass")`).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Name–value pairs in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .split('|')
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.split_once('='))
    }

    /// True when there are no features.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The canonical text without `_` for empty.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Feats {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        if s == "_" || s.is_empty() {
            return Ok(Feats::empty());
        }
        let ok = s.split('|').all(|p| {
            p.split_once('=').is_some_and(|(n, v)| {
                !n.is_empty() && !v.is_empty() && !n.contains(char::is_whitespace)
            })
        });
        if ok {
            Ok(Feats(s.to_string()))
        } else {
            Err(Error::MalformedFeats(s.to_string()))
        }
    }
}

impl fmt::Display for Feats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("_")
        } else {
            f.write_str(&self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_finds_values() {
        let f: Feats = "Mood=Ind|Tense=Past|VerbForm=Fin".parse().unwrap();
        assert_eq!(f.get("Tense"), Some("Past"));
        assert_eq!(f.get("Voice"), None);
        assert_eq!(f.to_string(), "Mood=Ind|Tense=Past|VerbForm=Fin");
    }

    #[test]
    fn underscore_is_empty_and_garbage_fails() {
        assert!("_".parse::<Feats>().unwrap().is_empty());
        assert!("Tense".parse::<Feats>().is_err());
    }
}
