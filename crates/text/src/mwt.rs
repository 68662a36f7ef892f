//! Surface tokens that UD splits into several syntactic words.
//!
//! UD annotates syntax over words, not tokens: English EWT writes `don't` as the multiword token
//! `do` + `n't`, `cannot` as `can` + `not`, `Years'` as `Years` + `'`; Spanish AnCora and GSD write
//! `del` as `de` + `el` and `dárselo` as `dar` + `se` + `lo` (the accent that only marked stress
//! over the pronouns goes). Which tokens split, and how, is all in the language data
//! (`[contractions]`, `[clitic_suffixes]`, `[enclitics]`, `[verb_endings]`, `[imperatives]`); the
//! code here only applies it.
//!
//! Enclitics are the risky part: `perla`, `Carlos`, `muerte` end in what look like pronouns after
//! what looks like an infinitive. The guards, in order: the word is lowercase (or capitalised
//! only because it starts the sentence); it is not in `[enclitic_exceptions]`; after removing one
//! or two pronouns what is left ends in a listed verb ending with enough letters before it (or is
//! a listed short verb such as `ver`); gerunds must carry their written accent.

use crate::data::LangData;

/// The syntactic words of surface token `form`, or `None` when it is a single word.
///
/// `sentence_initial` says whether the token opens its sentence (a capital there says nothing
/// about being a name).
pub(crate) fn split(form: &str, sentence_initial: bool, data: &LangData) -> Option<Vec<String>> {
    if !form.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    let lower = form.to_lowercase();
    if let Some(parts) = data.contractions.get(&lower) {
        return Some(with_case(form, &lower, parts));
    }
    for (suffix, n) in &data.clitic_suffixes {
        if lower.ends_with(suffix.as_str()) && lower.len() > suffix.len() {
            // Split by characters of the surface so the parts keep its case and spelling.
            let total = form.chars().count();
            let cut = form.char_indices().nth(total - n).map(|(i, _)| i)?;
            return Some(vec![form[..cut].to_string(), form[cut..].to_string()]);
        }
    }
    if let Some(parts) = data.imperatives.get(&lower) {
        return Some(with_case(form, &lower, parts));
    }
    if data.enclitics.is_empty() || data.enclitic_exceptions.contains(&lower) {
        return None;
    }
    let mut rest_chars = form.chars().skip(1);
    let cased_ok = rest_chars.all(|c| !c.is_uppercase())
        && (sentence_initial || !form.chars().next().is_some_and(char::is_uppercase));
    if !cased_ok || !lower.chars().all(char::is_alphabetic) {
        return None;
    }
    let mut parts = enclitics(&lower, data)?;
    if form.chars().next().is_some_and(char::is_uppercase) {
        parts[0] = capitalize(&parts[0]);
    }
    Some(parts)
}

/// `verb + 1 or 2 pronouns`, verb written bare, or `None`.
fn enclitics(lower: &str, data: &LangData) -> Option<Vec<String>> {
    for last in &data.enclitics {
        let Some(rest) = lower.strip_suffix(last.as_str()) else {
            continue;
        };
        if let Some(verb) = verb_part(rest, data) {
            return Some(vec![verb, last.clone()]);
        }
        for first in &data.enclitics {
            let Some(rest2) = rest.strip_suffix(first.as_str()) else {
                continue;
            };
            if let Some(verb) = verb_part(rest2, data) {
                return Some(vec![verb, first.clone(), last.clone()]);
            }
        }
    }
    None
}

/// `rest` rewritten as a bare infinitive or gerund, if it is one.
fn verb_part(rest: &str, data: &LangData) -> Option<String> {
    let ending = data
        .verb_endings
        .iter()
        .find(|e| rest.ends_with(e.written.as_str()))?;
    let stem = &rest[..rest.len() - ending.written.len()];
    let verb = format!("{stem}{}", ending.bare);
    (stem.chars().count() >= ending.min_stem || data.short_verbs.contains(&verb)).then_some(verb)
}

/// `parts` (lowercase data) in the case of the surface `form`: slices of the surface when the
/// parts spell it (`Can't` = `Ca` + `n't`), else the surface's capitalisation pattern.
fn with_case(form: &str, lower: &str, parts: &[String]) -> Vec<String> {
    if parts.concat() == lower && form.chars().count() == lower.chars().count() {
        let mut out = Vec::with_capacity(parts.len());
        let mut chars = form.chars();
        for p in parts {
            out.push(chars.by_ref().take(p.chars().count()).collect());
        }
        return out;
    }
    let upper = form
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && form.chars().count() > 1;
    let initial = form.chars().next().is_some_and(char::is_uppercase);
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if upper {
                p.to_uppercase()
            } else if initial && i == 0 {
                capitalize(p)
            } else {
                p.clone()
            }
        })
        .collect()
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Lang;

    fn en(f: &str) -> Option<Vec<String>> {
        split(f, false, &LangData::embedded(Lang::En))
    }
    fn es(f: &str, initial: bool) -> Option<Vec<String>> {
        split(f, initial, &LangData::embedded(Lang::Es))
    }
    fn v(parts: &[&str]) -> Option<Vec<String>> {
        Some(parts.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn english_contractions_follow_ewt() {
        assert_eq!(en("don't"), v(&["do", "n't"]));
        assert_eq!(en("Can't"), v(&["Ca", "n't"]));
        assert_eq!(en("won't"), v(&["wo", "n't"]));
        assert_eq!(en("I'm"), v(&["I", "'m"]));
        assert_eq!(en("Kenya's"), v(&["Kenya", "'s"]));
        assert_eq!(en("they're"), v(&["they", "'re"]));
        assert_eq!(en("we've"), v(&["we", "'ve"]));
        assert_eq!(en("she'll"), v(&["she", "'ll"]));
        assert_eq!(en("I'd"), v(&["I", "'d"]));
        assert_eq!(en("cannot"), v(&["can", "not"]));
        assert_eq!(en("gonna"), v(&["gon", "na"]));
        assert_eq!(en("Years'"), v(&["Years", "'"]));
        assert_eq!(en("O'Brien"), None);
        assert_eq!(en("'s"), None);
        assert_eq!(en("cats"), None);
    }

    #[test]
    fn spanish_contractions_any_case() {
        assert_eq!(es("del", false), v(&["de", "el"]));
        assert_eq!(es("Al", true), v(&["A", "el"]));
        assert_eq!(es("DEL", false), v(&["DE", "EL"]));
    }

    #[test]
    fn spanish_enclitics() {
        assert_eq!(es("hacerlo", false), v(&["hacer", "lo"]));
        assert_eq!(es("dárselo", false), v(&["dar", "se", "lo"]));
        assert_eq!(es("diciéndole", false), v(&["diciendo", "le"]));
        assert_eq!(es("verlo", false), v(&["ver", "lo"]));
        assert_eq!(es("reírse", false), v(&["reír", "se"]));
        assert_eq!(es("Convirtiéndose", true), v(&["Convirtiendo", "se"]));
        assert_eq!(es("reunirnos", false), v(&["reunir", "nos"]));
        assert_eq!(es("dime", false), v(&["di", "me"]));
        assert_eq!(es("dámelo", false), v(&["da", "me", "lo"]));
    }

    #[test]
    fn spanish_enclitic_false_friends_stay_whole() {
        for w in [
            "perla",
            "perlas",
            "palabras",
            "charla",
            "muerte",
            "fuerte",
            "gobiernos",
            "internos",
            "parte",
            "caros",
            "claros",
            "extranjeros",
            "escándalo",
            "cárceles",
            "película",
            "artículo",
            "mandos",
            "lugar",
            "hablar",
            "comer",
            "llamarla",
        ] {
            let got = es(w, false);
            if w == "llamarla" {
                assert_eq!(got, v(&["llamar", "la"]));
            } else {
                assert_eq!(got, None, "{w}");
            }
        }
        // A capital mid-sentence is a name.
        assert_eq!(es("Carlos", false), None);
        assert_eq!(es("Carlos", true), None);
        assert_eq!(es("Hacerlo", false), None);
        assert_eq!(es("Hacerlo", true), v(&["Hacer", "lo"]));
    }
}
