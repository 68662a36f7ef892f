//! Sentence boundaries over surface tokens.
//!
//! Boundaries fall between tokens, so an abbreviation, a decimal or a URL can never be cut: the
//! tokenizer has already decided that `Mr.`, `3.5` and `U.S.` are single tokens. What is left is
//! deciding, at each `.`, `!`, `?`, `...` or line break, whether a new sentence begins. The rules,
//! in the order applied:
//!
//! 1. A blank line always ends a sentence (paragraphs).
//! 2. Terminal punctuation, plus any closing quotes and brackets glued to it (`he said."`,
//!    `«...».`, `(...).`), ends a sentence when the next token starts a sentence: an uppercase
//!    letter, a digit, an opening quote, bracket, dash or Spanish `¿ ¡`, or anything after a line
//!    break. A lowercase word continues (`"Stop!" she said`).
//! 3. An abbreviation listed as able to end a sentence (`Inc.`, `U.S.`, `etc.`) or an initial
//!    ends one only before a capitalised function word of the language (`Inc. The`), since
//!    `U.S. Army` and `George W. Bush` are far more common; other abbreviations (`Mr.`, `Jan.`)
//!    never do except before a line break.
//! 4. A single line break ends a sentence after a line with no final punctuation (a headline)
//!    unless the line ends in a joiner (`,`, `-`, a lowercase function word: a hard wrap) or the
//!    next line starts in lowercase. A dateline (`NAIROBI, Jan. 3 (Reuters) -`) ends in a dash
//!    and so stays with its first sentence.

use crate::data::{Abbrev, LangData};
use crate::tokenize::{Kind, Tok};

/// Token index ranges `[start, end)`, one per sentence, covering every token in order.
///
/// An abbreviation that ends a sentence gives its period to the sentence (`etc.` → `etc` `.`), as
/// EWT and Spanish PUD write it; `toks` is updated accordingly.
pub(crate) fn sentences(text: &str, toks: &mut Vec<Tok>, data: &LangData) -> Vec<(usize, usize)> {
    let mut ends = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        match boundary_after(text, toks, k, data) {
            Some(e) => {
                ends.push(e);
                k = e;
            }
            None => k += 1,
        }
    }
    ends.push(toks.len());
    let mut out = Vec::with_capacity(ends.len());
    let mut rebuilt: Vec<Tok> = Vec::with_capacity(toks.len() + ends.len());
    let mut start = 0;
    for end in ends {
        if end <= start {
            continue;
        }
        let first = rebuilt.len();
        rebuilt.extend_from_slice(&toks[start..end]);
        split_final_period(text, &mut rebuilt, first);
        out.push((first, rebuilt.len()));
        start = end;
    }
    *toks = rebuilt;
    out
}

/// Splits the period off a sentence's last abbreviation or initial (before any closers).
fn split_final_period(text: &str, toks: &mut Vec<Tok>, first: usize) {
    let mut last = toks.len();
    while last > first + 1 && is_closer(text, &toks[last - 1]) {
        last -= 1;
    }
    let t = toks[last - 1];
    if matches!(t.kind, Kind::Abbrev(_) | Kind::Initial) && text[..t.end].ends_with('.') {
        let dot = t.end - 1;
        toks[last - 1] = Tok {
            end: dot,
            kind: Kind::Word,
            ..t
        };
        let period = Tok {
            start: dot,
            kind: Kind::Terminal,
            newlines_before: 0,
            space_before: false,
            ..t
        };
        toks.insert(last, period);
    }
}

fn form<'a>(text: &'a str, t: &Tok) -> &'a str {
    &text[t.start..t.end]
}

fn is_closer(text: &str, t: &Tok) -> bool {
    match form(text, t) {
        ")" | "]" | "}" | "»" | "›" => true,
        "\"" | "'" => !t.space_before,
        _ => false,
    }
}

fn starts_sentence(text: &str, t: &Tok) -> bool {
    let Some(c) = form(text, t).chars().next() else {
        return false;
    };
    if c.is_alphabetic() {
        return !c.is_lowercase();
    }
    if t.kind == Kind::Terminal && form(text, t).starts_with('.') {
        // `... ...`: an ellipsis does not open a sentence.
        return false;
    }
    !matches!(c, ',' | ';' | ':' | ')' | ']' | '}' | '»' | '%' | '/')
}

/// If a sentence ends after token `k` (possibly extended over closers), the index of the first
/// token of the next sentence.
fn boundary_after(text: &str, toks: &[Tok], k: usize, data: &LangData) -> Option<usize> {
    let next = k + 1;
    let nt = toks.get(next)?;
    if nt.newlines_before >= 2 {
        return Some(next);
    }
    let t = &toks[k];
    match t.kind {
        Kind::Terminal => {
            let mut j = next;
            while toks
                .get(j)
                .is_some_and(|c| is_closer(text, c) && c.newlines_before == 0)
            {
                j += 1;
            }
            let n = toks.get(j)?;
            if n.newlines_before > 0 {
                return Some(j);
            }
            // Spanish dialogue: `¡No lo sé! —dijo él` goes on after the dash.
            let dash_then_lower = matches!(form(text, n), "—" | "-" | "--")
                && toks.get(j + 1).is_some_and(|w| {
                    !w.space_before && form(text, w).chars().next().is_some_and(char::is_lowercase)
                });
            (starts_sentence(text, n) && !dash_then_lower).then_some(j)
        }
        Kind::Abbrev(_) | Kind::Initial => {
            let may_end = t.kind != Kind::Abbrev(Abbrev::Inner);
            // `300 a. C.`, `2º C.`: a capital initial after a number or a lowercase abbreviation
            // is a unit or era, not part of a name, so any sentence start may follow.
            // Likewise the second half of a spaced abbreviation (`EE. UU.`).
            let prev = k.checked_sub(1).map(|p| &toks[p]);
            let prev_abbrev =
                prev.is_some_and(|p| matches!(p.kind, Kind::Initial | Kind::Abbrev(_)));
            let unit = match t.kind {
                Kind::Initial => {
                    form(text, t).starts_with(char::is_uppercase)
                        && prev.is_some_and(|p| {
                            p.kind == Kind::Number
                                || prev_abbrev && form(text, p).starts_with(char::is_lowercase)
                        })
                }
                Kind::Abbrev(Abbrev::MayEnd) => prev_abbrev,
                _ => false,
            };
            let mut j = next;
            while toks
                .get(j)
                .is_some_and(|c| is_closer(text, c) && c.newlines_before == 0)
            {
                j += 1;
            }
            let n = toks.get(j)?;
            if n.newlines_before > 0 && starts_sentence(text, n) {
                return Some(j);
            }
            let starter = n.kind == Kind::Word
                && form(text, n).chars().next().is_some_and(char::is_uppercase)
                && data.is_function_word(form(text, n));
            let closed = j > next || unit;
            (may_end && (starter || closed && starts_sentence(text, n))).then_some(j)
        }
        _ if nt.newlines_before == 1 => {
            let joiner = match t.kind {
                Kind::Punct => matches!(
                    form(text, t),
                    "," | "-"
                        | "--"
                        | "—"
                        | "–"
                        | "("
                        | "["
                        | "«"
                        | "\""
                        | "'"
                        | ":"
                        | ";"
                        | "&"
                        | "/"
                ),
                Kind::Word => {
                    let f = form(text, t);
                    f.chars().next().is_some_and(char::is_lowercase) && data.is_function_word(f)
                }
                _ => false,
            };
            (!joiner && starts_sentence(text, nt)).then_some(next)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;
    use dyad_core::Lang;

    fn split(text: &str, lang: Lang) -> Vec<String> {
        let d = LangData::embedded(lang);
        let mut toks = tokenize(text, &d);
        sentences(text, &mut toks, &d)
            .into_iter()
            .map(|(a, b)| text[toks[a].start..toks[b - 1].end].to_string())
            .collect()
    }

    #[test]
    fn english_abbreviations_do_not_split() {
        let s = split(
            "Mr. Smith met Gen. Lee and Sen. Warren on Jan. 5 at 10 a.m. in St. Louis. \
             They talked.",
            Lang::En,
        );
        assert_eq!(s.len(), 2, "{s:?}");
        let s = split(
            "He works for Apple Inc. The company grew. It is in the U.S. Army.",
            Lang::En,
        );
        assert_eq!(
            s,
            vec![
                "He works for Apple Inc.",
                "The company grew.",
                "It is in the U.S. Army."
            ]
        );
        let s = split("J. R. R. Tolkien met George W. Bush. No. 5 won.", Lang::En);
        assert_eq!(
            s,
            vec!["J. R. R. Tolkien met George W. Bush.", "No. 5 won."]
        );
    }

    #[test]
    fn quotes_and_brackets_close_sentences() {
        let s = split(
            "\"We will win,\" he said. \"Stop!\" she cried. (It rained.) Then dusk.",
            Lang::En,
        );
        assert_eq!(
            s,
            vec![
                "\"We will win,\" he said.",
                "\"Stop!\" she cried.",
                "(It rained.)",
                "Then dusk."
            ]
        );
        let s = split(
            "Dijo: «Nos vamos». ¿Por qué? ¡No lo sé! —dijo él. Fin.",
            Lang::Es,
        );
        assert_eq!(
            s,
            vec![
                "Dijo: «Nos vamos».",
                "¿Por qué?",
                "¡No lo sé! —dijo él.",
                "Fin."
            ]
        );
    }

    #[test]
    fn spanish_abbreviations_and_numbers() {
        let s = split(
            "El Sr. Pérez y la Dra. Gómez llegaron a EE.UU. el 1.º de mayo. Pagó 1.000,5 pesos, \
             p. ej. en la pág. 3 del art. 5. Después se fue.",
            Lang::Es,
        );
        assert_eq!(s.len(), 3, "{s:?}");
    }

    #[test]
    fn datelines_and_headlines() {
        let s = split(
            "Talks resume in Geneva\nNAIROBI, Jan. 3rd (Reuters) - Kenya's president said on \
             Monday. He left.",
            Lang::En,
        );
        assert_eq!(
            s,
            vec![
                "Talks resume in Geneva",
                "NAIROBI, Jan. 3rd (Reuters) - Kenya's president said on Monday.",
                "He left."
            ]
        );
        let s = split(
            "BOGOTÁ, 12 feb (EFE) -\nEl presidente viajó. Luego volvió.",
            Lang::Es,
        );
        assert_eq!(
            s,
            vec![
                "BOGOTÁ, 12 feb (EFE) -\nEl presidente viajó.",
                "Luego volvió."
            ]
        );
        let s = split(
            "TOKYO (Reuters) - Stocks fell...\n\nSecond paragraph here",
            Lang::En,
        );
        assert_eq!(
            s,
            vec!["TOKYO (Reuters) - Stocks fell...", "Second paragraph here"]
        );
    }

    #[test]
    fn ellipsis_and_lowercase_continuations() {
        let s = split("Well... maybe. I waited... Then it came!", Lang::En);
        assert_eq!(s, vec!["Well... maybe.", "I waited...", "Then it came!"]);
    }

    #[test]
    fn hard_wrapped_lines_stay_together() {
        let s = split(
            "The minister said that the\nGovernment would act, and\nit did.",
            Lang::En,
        );
        assert_eq!(s.len(), 1, "{s:?}");
    }
}
