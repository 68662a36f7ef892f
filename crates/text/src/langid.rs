//! English or Spanish, from as little as a headline.
//!
//! Character n-gram models need dozens of words before they are reliable; a news pipeline has to
//! decide on a five-word headline. So the evidence is what a reader would use: closed-class words
//! (`the`, `of`, `el`, `de`: three points each, they are nearly decisive) and spelling cues with
//! hand-set weights (`ñ`, `¿`, `-ción`, `-mente` for Spanish; `th`, `w`, `-ing`, `-ly` for
//! English), all read from the `[function_words]` and `[langid_cues]` sections of each language's
//! data. A word that is a function word in both languages (`a`, `no`) counts for neither.
//!
//! The confidence is the winner's share of the total score, so `0.5` means a tie and `1.0` means
//! no evidence at all for the other language. Text with no letters gets `None`.

use std::sync::OnceLock;

use dyad_core::Lang;

use crate::data::LangData;

/// Points for one function word: several cue matches' worth, as a closed-class word is far
/// stronger evidence than a letter pattern.
const FUNCTION_WORD: f32 = 3.0;

/// Compiled cues for every language, built once from the embedded data (immutable).
fn models() -> &'static [(Lang, LangData)] {
    static MODELS: OnceLock<Vec<(Lang, LangData)>> = OnceLock::new();
    MODELS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| (l, LangData::embedded(l)))
            .collect()
    })
}

/// Detects whether `text` is English or Spanish.
///
/// Returns the language and a confidence in `(0.5, 1.0]`, or `None` when the text gives no
/// evidence either way (empty, digits only, or an exact tie).
///
/// ```
/// use dyad_core::Lang;
/// assert_eq!(dyad_text::detect_language("El presidente visitó Lima").map(|r| r.0), Some(Lang::Es));
/// assert_eq!(dyad_text::detect_language("Talks resume in Geneva").map(|r| r.0), Some(Lang::En));
/// assert_eq!(dyad_text::detect_language("12345"), None);
/// ```
pub fn detect_language(text: &str) -> Option<(Lang, f32)> {
    let models = models();
    let mut scores = vec![0f32; models.len()];
    let mut padded = String::new();
    let in_word = |c: char| c.is_alphabetic() || c == '\'' || c == '¿' || c == '¡';
    let mut rest = text;
    while !rest.is_empty() {
        let start = rest.find(in_word).unwrap_or(rest.len());
        rest = &rest[start..];
        let end = rest.find(|c: char| !in_word(c)).unwrap_or(rest.len());
        let (raw, after) = rest.split_at(end);
        rest = after;
        let word = raw.trim_matches('\'');
        if !word.chars().any(char::is_alphabetic) {
            continue;
        }
        // An Arabic article joined to a name ("al-Sisi", "el-Baradei") is no Spanish "al".
        let name_article = after.starts_with('-');
        let lower = word.to_lowercase();
        let fw: Vec<bool> = models
            .iter()
            .map(|(_, d)| d.function_words.contains(&lower))
            .collect();
        let shared = fw.iter().filter(|&&b| b).count() > 1;
        padded.clear();
        padded.push('^');
        padded.push_str(&lower);
        padded.push('$');
        for (i, (_, d)) in models.iter().enumerate() {
            if fw[i] && !shared && !name_article {
                scores[i] += FUNCTION_WORD;
            }
            for (cue, w) in &d.langid_cues {
                scores[i] += padded.matches(cue.as_str()).count() as f32 * w;
            }
        }
    }
    let total: f32 = scores.iter().sum();
    let (best, &top) = scores
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))?;
    let tied = scores.iter().filter(|&&s| s == top).count() > 1;
    if total <= 0.0 || tied {
        return None;
    }
    Some((models[best].0, top / total))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &[&str] = &[
        "Talks resume in Geneva",
        "President signs trade deal with Mexico",
        "Rebels seize town after heavy fighting",
        "Stocks fall as oil prices climb",
        "Police arrest protest leaders",
        "Minister resigns over bribery scandal",
        "Floods kill dozens in northern India",
        "Court rejects appeal by former mayor",
        "Troops withdraw from border region",
        "Opposition calls for new elections",
        "UN envoy meets militia chiefs",
        "Government bans rallies ahead of vote",
        "Leaders agree to ceasefire",
        "Thousands march through the capital",
        "Iran threatens to block shipping lanes",
        "Kenya's president visits Nairobi slums",
        "Army says it killed insurgents",
        "Strike halts trains across the country",
        "Japan and China hold security talks",
        "Hackers target election websites",
        "Aid workers kidnapped near Mosul",
        "Senate passes budget bill",
        "Prime minister warns of tough winter",
        "Fighting erupts again",
        "Why the talks failed",
        "Turkish Foreign Minister Hakan Fidan met Egyptian President Abdel Fattah al-Sisi",
        "ELN guerrillas kidnapped two soldiers",
    ];
    const ES: &[&str] = &[
        "El presidente visitó Lima",
        "Se reanudan las negociaciones en Ginebra",
        "Rebeldes toman la ciudad tras intensos combates",
        "La policía detiene a líderes de la protesta",
        "Dimite el ministro por un escándalo de sobornos",
        "Inundaciones dejan decenas de muertos en India",
        "El tribunal rechaza la apelación del exalcalde",
        "Tropas se retiran de la frontera",
        "La oposición pide nuevas elecciones",
        "Gobierno prohíbe marchas antes de la votación",
        "Miles marchan por la capital",
        "Irán amenaza con bloquear rutas marítimas",
        "Huelga paraliza los trenes en todo el país",
        "Japón y China celebran conversaciones",
        "Secuestran a cooperantes cerca de Mosul",
        "El Senado aprueba el presupuesto",
        "¿Por qué fracasaron las negociaciones?",
        "Colombia firma acuerdo con guerrilla",
        "Maduro acusa a Washington",
        "Crece la tensión en Caracas",
        "Petro anuncia reforma agraria",
        "Ejército bombardea posiciones rebeldes",
        "Manifestantes bloquean carreteras",
        "Explosión deja tres heridos",
        "Nicaragua expulsa embajador",
    ];

    #[test]
    fn short_texts_are_identified() {
        let mut right = 0;
        let mut wrong = Vec::new();
        for (texts, lang) in [(EN, Lang::En), (ES, Lang::Es)] {
            for t in texts {
                match detect_language(t) {
                    Some((l, c)) if l == lang && c > 0.5 => right += 1,
                    other => wrong.push((t, other)),
                }
            }
        }
        let total = EN.len() + ES.len();
        let acc = right as f32 / total as f32;
        println!("langid: {right}/{total} = {acc:.3}; wrong: {wrong:?}");
        assert!(acc >= 0.95, "accuracy {acc}, wrong: {wrong:?}");
    }

    #[test]
    fn no_evidence_is_none() {
        assert_eq!(detect_language(""), None);
        assert_eq!(detect_language("12345"), None);
        assert_eq!(detect_language("... !!! 3.5%"), None);
    }
}
