//! Verb form → lemma tables that correct the lemmatizer on irregular verbs.
//!
//! The edit-rule lemmatizer ([`super::Lemmatizer`]) knows the irregular forms it saw in training
//! and guesses a suffix rule for the rest, which fails on stem changes: Spanish *dijeron* became
//! *dicir*, English *fled* stayed *fled*. The event coder keys verb patterns on lemmas, so such a
//! miss loses the event ("dijeron que …" is no longer a verb of saying). These tables list every
//! conjugated form of a language's verbs (Spanish: ~1,000 verbs, all persons, tenses, gerund and
//! participle with gender and number; English: the 569 irregular verbs) with its lemma, and
//! [`VerbLemmas::correct`] overrides the model only when its lemma is not one of the form's
//! candidates, so a right guess between homographs (*fue*: ser or ir) is kept.
//!
//! The data (`data/lemmas/<lang>.tsv.gz`, made by `gen/gen_verb_lemmas.py` from the Apache-2.0
//! npm packages `conjugator` and `english-verbs-irregular`; see `data/lemmas/README.md`) is
//! embedded and decompressed once per process on first use (~54,000 Spanish forms, ~15 ms).
//! It is a compiled constant, not configuration, so a `OnceLock` static holds it.

use std::io::Read;
use std::sync::OnceLock;

use dyad_core::Lang;

static ES_GZ: &[u8] = include_bytes!("../../data/lemmas/es.tsv.gz");
static EN_GZ: &[u8] = include_bytes!("../../data/lemmas/en.tsv.gz");

/// Verb forms of one language with their candidate lemmas, most plausible first.
///
/// The decompressed file is kept as one string and indexed by byte spans, sorted by form, so
/// loading is one pass with no per-entry allocation or hashing (~54,000 Spanish lines), and a
/// lookup is a binary search (only VERB and AUX words are looked up).
pub(crate) struct VerbLemmas {
    text: String,
    /// One entry per distinct form, in byte order of the form.
    forms: Vec<Entry>,
    /// Lemma spans in `text`, grouped by form in order of preference.
    lemmas: Vec<Span>,
}

#[derive(Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
}

struct Entry {
    form: Span,
    /// Range into `lemmas`.
    first: u32,
    last: u32,
}

impl VerbLemmas {
    /// The embedded table of `lang`, decompressed on first call.
    pub fn for_lang(lang: Lang) -> &'static VerbLemmas {
        static ES: OnceLock<VerbLemmas> = OnceLock::new();
        static EN: OnceLock<VerbLemmas> = OnceLock::new();
        let (cell, gz) = match lang {
            Lang::Es => (&ES, ES_GZ),
            Lang::En => (&EN, EN_GZ),
        };
        cell.get_or_init(|| {
            let start = std::time::Instant::now();
            let table = VerbLemmas::from_gzip(gz)
                .expect("invariant: the embedded verb lemma tables parse (tested)");
            tracing::debug!(
                lang = lang.code(),
                forms = table.len(),
                ms = start.elapsed().as_secs_f64() * 1e3,
                "verb lemma table loaded"
            );
            table
        })
    }

    /// Decompresses and reads a gzipped table (see [`VerbLemmas::parse`]).
    pub fn from_gzip(gz: &[u8]) -> std::result::Result<VerbLemmas, String> {
        let mut text = String::new();
        flate2::read::GzDecoder::new(gz)
            .read_to_string(&mut text)
            .map_err(|e| format!("not gzip UTF-8 text: {e}"))?;
        VerbLemmas::parse(text)
    }

    /// Reads `form<TAB>lemma` lines (`#` lines are comments), sorted by form in byte order; a
    /// form's lines come in order of preference.
    pub fn parse(text: String) -> std::result::Result<VerbLemmas, String> {
        if text.len() > u32::MAX as usize {
            return Err("table larger than 4 GB".into());
        }
        let mut forms: Vec<Entry> = Vec::new();
        let mut lemmas = Vec::new();
        let mut at = 0usize;
        for (i, line) in text.split_inclusive('\n').enumerate() {
            let start = at;
            at += line.len();
            let line = line.strip_suffix('\n').unwrap_or(line);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (form, lemma) = line
                .split_once('\t')
                .filter(|(f, l)| !f.is_empty() && !l.is_empty() && !l.contains('\t'))
                .ok_or_else(|| format!("line {}: expected form<TAB>lemma", i + 1))?;
            let form_span = Span {
                start: start as u32,
                end: (start + form.len()) as u32,
            };
            let lemma_start = start + form.len() + 1;
            lemmas.push(Span {
                start: lemma_start as u32,
                end: (lemma_start + lemma.len()) as u32,
            });
            let n = lemmas.len() as u32;
            match forms.last_mut() {
                Some(e) if span(&text, e.form) == form => e.last = n,
                Some(e) if span(&text, e.form) > form => {
                    return Err(format!("line {}: forms are not sorted", i + 1))
                }
                _ => forms.push(Entry {
                    form: form_span,
                    first: n - 1,
                    last: n,
                }),
            }
        }
        Ok(VerbLemmas {
            text,
            forms,
            lemmas,
        })
    }

    /// Number of forms.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// The candidate lemmas of a lowercase form, most plausible first.
    pub fn candidates<'a>(&'a self, lower: &str) -> Option<impl Iterator<Item = &'a str> + 'a> {
        let i = self
            .forms
            .binary_search_by(|e| span(&self.text, e.form).cmp(lower))
            .ok()?;
        let e = &self.forms[i];
        Some(
            self.lemmas[e.first as usize..e.last as usize]
                .iter()
                .map(|&l| span(&self.text, l)),
        )
    }

    /// The lemma to use instead of `model` for the lowercase verb form `lower`, or `None` when
    /// the form is unknown or `model` is already one of its candidates.
    pub fn correct(&self, lower: &str, model: &str) -> Option<&str> {
        let mut it = self.candidates(lower)?;
        let first = it.next()?;
        if first == model || it.any(|c| c == model) {
            None
        } else {
            Some(first)
        }
    }
}

fn span(text: &str, s: Span) -> &str {
    &text[s.start as usize..s.end as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_load_fast() {
        for (name, gz) in [("es", ES_GZ), ("en", EN_GZ)] {
            let t = std::time::Instant::now();
            let table = VerbLemmas::from_gzip(gz).unwrap();
            // release build: ~10 ms for Spanish; the bar is well under 100 ms
            eprintln!(
                "verb lemma table {name}: {} forms, loaded in {:?}",
                table.len(),
                t.elapsed()
            );
        }
    }

    #[test]
    fn embedded_tables_cover_irregulars() {
        let es = VerbLemmas::for_lang(Lang::Es);
        let en = VerbLemmas::for_lang(Lang::En);
        assert!(es.len() > 40_000 && en.len() > 2_000);
        for (form, lemma) in [
            ("dijeron", "decir"),
            ("hicieron", "hacer"),
            ("pusieron", "poner"),
            ("condujeron", "conducir"),
            ("tradujeron", "traducir"),
            ("vinieron", "venir"),
            ("supieron", "saber"),
            ("quisieron", "querer"),
            ("anduvieron", "andar"),
            ("huyeron", "huir"),
            ("rigen", "regir"),
            ("eligieron", "elegir"),
            ("diciendo", "decir"),
            ("dichas", "decir"),
        ] {
            assert_eq!(es.correct(form, "xx"), Some(lemma), "{form}");
        }
        for (form, lemma) in [
            ("fled", "flee"),
            ("sought", "seek"),
            ("struck", "strike"),
            ("slew", "slay"),
            ("overran", "overrun"),
            ("undertook", "undertake"),
            ("withdrew", "withdraw"),
            ("foresaw", "foresee"),
            ("forbade", "forbid"),
        ] {
            assert_eq!(en.correct(form, "xx"), Some(lemma), "{form}");
        }
    }

    #[test]
    fn a_candidate_from_the_model_is_kept() {
        let es = VerbLemmas::for_lang(Lang::Es);
        assert_eq!(es.correct("fue", "ir"), None);
        assert_eq!(es.correct("fue", "ser"), None);
        assert_eq!(es.correct("fue", "fuir"), Some("ser"));
        assert_eq!(es.correct("mesa", "mesa"), None);
    }

    #[test]
    fn parse_groups_candidates_and_rejects_unsorted_forms() {
        let t = VerbLemmas::parse("# c\nfue\tser\nfue\tir\nvino\tvenir".into()).unwrap();
        let cands = |f| t.candidates(f).map(|c| c.collect::<Vec<_>>());
        assert_eq!(cands("fue"), Some(vec!["ser", "ir"]));
        assert_eq!(cands("vino"), Some(vec!["venir"]));
        assert_eq!(cands("fu"), None);
        assert_eq!(cands("vinos"), None);
        assert_eq!(t.len(), 2);
        assert!(VerbLemmas::parse("a\tb\nc\td\na\te\n".into()).is_err());
        assert!(VerbLemmas::parse("ab\n".into()).is_err());
    }
}
