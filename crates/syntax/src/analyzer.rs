//! One language's full syntax analysis: tagger, lemmatizer and parser loaded from one model file.

use dyad_core::{Lang, Sentence, Upos};

use crate::container::Container;
use crate::lemma::accents;
use crate::lemma::verbs::VerbLemmas;
use crate::parser::{Parser, ParserScratch};
use crate::tagger::{FixedTag, Tagger, TaggerScratch};
use crate::{Error, Result};

/// At most this many tag repairs ([`crate::repair`]) per sentence: each costs a second tagging
/// and parse of the sentence, and they are rare (a few per thousand sentences).
const MAX_REPAIRS: usize = 3;

/// Tags, lemmatizes and parses sentences of one language.
///
/// Requires: words with `form` (from `dyad-text` or CoNLL-U). Assigns: `upos`, `feats`, `lemma`,
/// `head`, `deprel`. Immutable after loading and `Send + Sync`, so one instance serves every
/// thread; each thread brings its own [`AnalyzerScratch`].
///
/// The lemmas of words tagged VERB or AUX are checked against the language's built-in table of
/// verb forms (`data/lemmas/`) after parsing: the edit-rule lemmatizer misses irregular forms
/// it never saw in training (*dijeron* → *dicir*, *fled* → *fled*), and the event coder keys its
/// verb patterns on lemmas. A model lemma that is one of the form's candidates is kept.
pub struct Analyzer {
    lang: Lang,
    tagger: Tagger,
    parser: Parser,
    meta: serde_json::Value,
    verbs: &'static VerbLemmas,
}

/// Per-thread buffers for [`Analyzer::annotate`].
#[derive(Default)]
pub struct AnalyzerScratch {
    tagger: TaggerScratch,
    parser: ParserScratch,
    /// Lowercased form for the verb table lookup, reused across words.
    lower: String,
    /// Tags fixed for the tagger: names, then a repair ([`crate::repair`]).
    fixed: Vec<Option<FixedTag>>,
    /// What each word's dependents are, for [`crate::repair::find`].
    repair: Vec<u8>,
    /// A lemma's letters, for the Spanish accent rules ([`accents`]).
    chars: Vec<char>,
    /// The forms of a shouted sentence's capitalized words while they are analysed in lower
    /// case ([`lower_shouting`]), restored afterwards.
    shouted: Vec<(usize, String)>,
}

impl Analyzer {
    /// Loads a model file written by [`Analyzer::to_bytes`] (or `dyad train syntax`).
    pub fn from_bytes(bytes: &[u8]) -> Result<Analyzer> {
        let c = Container::from_bytes(bytes)?;
        let lang = c
            .meta
            .get("lang")
            .and_then(|l| l.as_str())
            .and_then(|l| l.parse::<Lang>().ok())
            .ok_or_else(|| Error::CorruptModel("model metadata names no language".into()))?;
        let tagger = Tagger::from_bytes(
            c.block("tagger")
                .ok_or_else(|| Error::CorruptModel("no tagger block".into()))?,
        )?;
        let parser = Parser::from_bytes(
            c.block("parser")
                .ok_or_else(|| Error::CorruptModel("no parser block".into()))?,
        )?;
        Ok(Analyzer {
            lang,
            tagger,
            parser,
            meta: c.meta,
            verbs: VerbLemmas::for_lang(lang),
        })
    }

    /// Assembles an analyzer from trained parts.
    pub fn new(lang: Lang, tagger: Tagger, parser: Parser, meta: serde_json::Value) -> Analyzer {
        Analyzer {
            lang,
            tagger,
            parser,
            meta,
            verbs: VerbLemmas::for_lang(lang),
        }
    }

    /// Replaces the metadata (training writes it once the dev scores are known).
    pub fn with_meta(mut self, meta: serde_json::Value) -> Analyzer {
        self.meta = meta;
        self
    }

    /// The model file bytes (compressed container).
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let mut meta = self.meta.clone();
        if let Some(m) = meta.as_object_mut() {
            m.insert("lang".into(), self.lang.code().into());
        }
        Container {
            meta,
            blocks: vec![
                ("tagger".into(), self.tagger.to_bytes()),
                ("parser".into(), self.parser.to_bytes()),
            ],
        }
        .to_bytes()
    }

    /// The language this analyzer was trained for.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// What made the model: training config, data, dev scores.
    pub fn meta(&self) -> &serde_json::Value {
        &self.meta
    }

    /// The tagger alone (for tag-only benchmarks and jackknifing).
    pub fn tagger(&self) -> &Tagger {
        &self.tagger
    }

    /// The parser alone.
    pub fn parser(&self) -> &Parser {
        &self.parser
    }

    /// Tags, lemmatizes and parses one sentence in place; gold annotation present is overwritten.
    pub fn annotate(&self, s: &mut Sentence, scratch: &mut AnalyzerScratch) {
        self.annotate_with_names(s, scratch, &[]);
    }

    /// [`Analyzer::annotate`], with the words the caller knows to be parts of proper names
    /// (`names[i]`, one flag per word; empty for none): the tagger takes them as PROPN
    /// ([`Tagger::annotate_fixed`]).
    ///
    /// Why: the tagger has seen few foreign place names, and a name it does not know gets
    /// the tag its suffix suggests ("Beijing" a verb in -ing, "Pekín" anything); the parser
    /// then builds the sentence around the wrong verb. A lexicon of the world's countries,
    /// capitals and organizations is far more reliable for those words than a suffix.
    pub fn annotate_with_names(
        &self,
        s: &mut Sentence,
        scratch: &mut AnalyzerScratch,
        names: &[bool],
    ) {
        self.annotate_with_hints(s, scratch, names, &[]);
    }

    /// [`Analyzer::annotate_with_names`], with the words the caller knows to be adjectives
    /// (`adjectives[i]`): a demonym before a title ("Turkish Foreign Minister ..."), which a
    /// tagger trained on few such openings takes for a verb or a name, and the parser then
    /// makes the root.
    ///
    /// A sentence written in capitals (a wire headline, a shouted comment) is analysed in
    /// sentence case, then given its forms back: in capitals every word looks like an acronym
    /// or a name to the tagger ("EN HUELGA LOS MINEROS RUSOS" parsed as a string of names).
    pub fn annotate_with_hints(
        &self,
        s: &mut Sentence,
        scratch: &mut AnalyzerScratch,
        names: &[bool],
        adjectives: &[bool],
    ) {
        if s.words.is_empty() {
            return;
        }
        let mut shouted = std::mem::take(&mut scratch.shouted);
        lower_shouting(s, names, &mut shouted);
        self.annotate_cased(s, scratch, names, adjectives);
        for (i, form) in shouted.drain(..) {
            s.words[i].form = form;
        }
        scratch.shouted = shouted;
    }

    fn annotate_cased(
        &self,
        s: &mut Sentence,
        scratch: &mut AnalyzerScratch,
        names: &[bool],
        adjectives: &[bool],
    ) {
        scratch.fixed.clear();
        scratch.fixed.resize(s.words.len(), None);
        for (f, _) in scratch.fixed.iter_mut().zip(names).filter(|(_, n)| **n) {
            *f = Some(FixedTag::upos(Upos::Propn));
        }
        for (f, _) in scratch
            .fixed
            .iter_mut()
            .zip(adjectives)
            .filter(|(_, a)| **a)
        {
            *f = Some(FixedTag::upos(Upos::Adj));
        }
        // News prepositions the treebank has barely seen, which the tagger then reads as a
        // noun or an adjective ("resigned amid rising gang violence": "amid" an object).
        if self.lang == Lang::En {
            for (f, w) in scratch.fixed.iter_mut().zip(&s.words) {
                if f.is_none()
                    && RARE_PREPOSITIONS_EN
                        .iter()
                        .any(|p| w.form.eq_ignore_ascii_case(p))
                {
                    *f = Some(FixedTag::upos(Upos::Adp));
                }
            }
        }
        self.tag_and_parse(s, scratch);
        // Repairs: the tree shows a tag the tagger ranked second to be the one that fits
        // ("Germany plans to ..."); tag and parse again with it fixed. A repaired tree can
        // show the next one ("the president's visit [a noun now] ... surprised analysts"),
        // so up to `MAX_REPAIRS`, each on a word not fixed yet.
        for _ in 0..MAX_REPAIRS {
            let Some((i, fix)) = crate::repair::find(
                self.lang,
                s,
                scratch.tagger.alternatives(),
                &mut scratch.repair,
            ) else {
                break;
            };
            // A word is fixed once, unless the fix only makes its verb finite: "Unidentified
            // gunmen shot dead a journalist", with "shot" first made a verb (the tagger said
            // noun) and then, hung on "gunmen" as a reduced relative, its finite verb.
            if scratch.fixed[i]
                .is_some_and(|old| !(old.upos == fix.upos && fix.finite && !old.finite))
            {
                break;
            }
            scratch.fixed[i] = Some(fix);
            self.tag_and_parse(s, scratch);
        }
        if self.lang == Lang::En {
            crate::repair::possessive_determiner(s);
            crate::repair::possessor_made_head(s);
            crate::repair::object_of_predicative_adjective(s);
            crate::repair::phrasal_verb_object(s);
            crate::repair::particle_on_object(s);
            crate::repair::relative_after_comma(s);
            crate::repair::naming_verb_complement(s);
            crate::repair::object_control_infinitive(s);
            crate::repair::destination_of_sending(s);
            crate::repair::up_to_number(s);
            crate::repair::nominal_complement(s);
            crate::repair::adverbial_clause_on_noun(s);
            crate::repair::comma_gerund_on_object(s);
            crate::repair::ing_clause_on_noun(s);
            crate::repair::coordinated_adjectives_on_noun(s);
        }
        if self.lang == Lang::Es {
            crate::repair::second_subject_is_object(s);
            crate::repair::adjacent_subject_modifies_first(s);
            crate::repair::singular_verb_coordinated_subject(s);
            crate::repair::inverted_report_clause(s);
        }
        crate::repair::reroot_subject_name(s);
        crate::repair::adjacent_subjects(s);
        crate::repair::case_under_verb(s);
        crate::repair::against_to_verb(s);
        crate::repair::comitative_to_verb(s);
        crate::repair::between_conjunct(s);
        crate::repair::adjective_under_copula(s);
        crate::repair::attribution_to_verb(s);
        crate::repair::split_flat_coordination(s);
        crate::repair::conjunct_subject_of_clause(s);
        crate::repair::reroot_opening_adjective(s);
        crate::repair::reroot_opening_adverb(s);
        crate::repair::lower_heading_adjective(s);
        crate::repair::time_word_object(s);
        crate::repair::reattach_time_clauses(s);
        // (After the repairs that move subjects: the speaker may be made an object by them.)
        if self.lang == Lang::En {
            crate::repair::quotative_inversion(s);
        }
        // A repair must leave a tree; should one ever not, the parser's own tree stands.
        if !crate::repair::is_tree(s, &mut scratch.repair) {
            self.tag_and_parse(s, scratch);
        }
        // After the parser, which reads lemmas as features: it was trained on the model's own
        // lemmas, so correcting them first would change the trees it was tuned on.
        correct_verb_lemmas(self.verbs, self.lang, s, &mut scratch.lower);
        if self.lang == Lang::En {
            singular_noun_lemmas(s);
        }
        if self.lang == Lang::Es {
            accents::unaccented_monosyllable_lemmas(s);
            accents::plural_stress_lemmas(s, &mut scratch.chars);
        }
    }
}

/// Whether a word is written in capitals: letters, none of them lower case.
fn is_capitals(form: &str) -> bool {
    form.chars().any(char::is_alphabetic) && !form.chars().any(char::is_lowercase)
}

/// When most of a sentence's words are written in capitals (at least 3 words of two or more
/// letters, and 60% of the words with letters: a wire headline, a shouted comment; acronyms
/// and a capitalized name or two do not count), puts it in sentence case for analysis: every
/// word in capitals lower-cased but the first and those `names` flags (parts of names the
/// lexicon knows), which keep an initial capital. The forms replaced go to `shouted`.
/// Allocates only for such sentences.
fn lower_shouting(s: &mut Sentence, names: &[bool], shouted: &mut Vec<(usize, String)>) {
    shouted.clear();
    let (mut lettered, mut capitals) = (0, 0);
    for w in &s.words {
        if w.form.chars().any(char::is_alphabetic) {
            lettered += 1;
            if is_capitals(&w.form) && w.form.chars().filter(|c| c.is_alphabetic()).count() > 1 {
                capitals += 1;
            }
        }
    }
    if capitals < 3 || capitals * 10 < lettered * 6 {
        return;
    }
    for (i, w) in s.words.iter_mut().enumerate() {
        if is_capitals(&w.form) {
            let lower = w.form.to_lowercase();
            let cased = if i == 0 || names.get(i).copied().unwrap_or(false) {
                let mut cs = lower.chars();
                cs.next()
                    .map(|c| c.to_uppercase().chain(cs).collect())
                    .unwrap_or_default()
            } else {
                lower
            };
            shouted.push((i, std::mem::replace(&mut w.form, cased)));
        }
    }
}

/// English prepositions that are never anything else and that EWT shows once or never
/// (`amid`: 1 token in 16,622 sentences), so that the tagger guesses from their suffix.
const RARE_PREPOSITIONS_EN: &[&str] = &["amid", "amidst"];

impl Analyzer {
    fn tag_and_parse(&self, s: &mut Sentence, scratch: &mut AnalyzerScratch) {
        self.tagger
            .annotate_fixed(s, &mut scratch.tagger, &scratch.fixed);
        self.parser.annotate_with_alternatives(
            s,
            scratch.tagger.alternatives(),
            &mut scratch.parser,
        );
    }
}

/// Replaces the lemma of each VERB or AUX word whose form is in the verb table and whose
/// lemma is none of the form's candidates. Other UPOS are never touched (Spanish *vino* the
/// noun, English *saw* the noun). Allocates only when it replaces a lemma.
/// English plural nouns that the edit-rule lemmatizer left as their own lemma ("supplies",
/// "militias") get the singular the spelling gives: `-ies` → `-y`, a sibilant's `-es` dropped,
/// else the `-s`. Patterns test lemmas, so "reduced supplies" must read *supply*. A noun
/// ending in `-ss`/`-us`/`-is`/`-ics`/`-oes`, *series*, *species* and acronyms are left alone
/// ("glass", "status", "crisis", "economics", "heroes"); case is kept as written.
fn singular_noun_lemmas(s: &mut Sentence) {
    for w in &mut s.words {
        if w.upos != Some(Upos::Noun)
            || w.feats.get("Number") != Some("Plur")
            || !w.form.is_ascii()
            || w.lemma.as_deref() != Some(w.form.as_str())
            || !w.form.bytes().any(|b| b.is_ascii_lowercase())
        {
            continue;
        }
        let f = w.form.as_str();
        let lower = f.to_ascii_lowercase();
        let keep = ["ss", "us", "is", "ics", "oes", "series", "species"];
        if f.len() < 4 || !lower.ends_with('s') || keep.iter().any(|e| lower.ends_with(e)) {
            continue;
        }
        let singular = if let Some(stem) = f.strip_suffix("ies") {
            format!("{stem}y")
        } else if ["ches", "shes", "sses", "xes", "zes"]
            .iter()
            .any(|e| lower.ends_with(e))
        {
            f[..f.len() - 2].to_string()
        } else {
            f[..f.len() - 1].to_string()
        };
        w.lemma = Some(singular);
    }
}

fn correct_verb_lemmas(verbs: &VerbLemmas, lang: Lang, s: &mut Sentence, lower: &mut String) {
    for w in &mut s.words {
        if !matches!(w.upos, Some(Upos::Verb | Upos::Aux)) {
            continue;
        }
        lower.clear();
        if w.form.is_ascii() {
            lower.push_str(&w.form);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(w.form.chars().flat_map(char::to_lowercase));
        }
        // English: a form of the irregular-verb table that is neither the lemma nor its -s
        // form is an irregular past ("retook", "struck", which the tagger called present from
        // its shape or its context), so a date after it reads backwards ("struck an apartment
        // building on Tuesday" was the next Tuesday).
        if lang == Lang::En {
            let table = verbs.candidates(lower).and_then(|mut c| c.next());
            let present =
                w.feats.get("Tense") == Some("Pres") && w.feats.get("VerbForm") == Some("Fin");
            // (Not be/have/do, whose present forms "is", "are", "has" the table also lists.)
            let irregular = table.is_some_and(|lemma| {
                !matches!(lemma, "be" | "have" | "do")
                    && lower.as_str() != lemma
                    && lower.strip_suffix('s') != Some(lemma)
                    && lower.strip_suffix("es") != Some(lemma)
                    && !lower.ends_with("ing")
            });
            if present && irregular {
                let past = w.feats.as_str().replace("Tense=Pres", "Tense=Past");
                w.feats = past.parse().unwrap_or_default();
            }
        }
        let model = w.lemma.as_deref().unwrap_or("");
        if let Some(lemma) = verbs.correct(lower, model) {
            let l = w.lemma.get_or_insert_with(String::new);
            l.clear();
            l.push_str(lemma);
        } else if lang == Lang::Es && w.feats.get("VerbForm") == Some("Part") {
            if let Some(lemma) = first_conjugation_infinitive(lower, model) {
                w.lemma = Some(lemma);
            }
        }
    }
}

/// The infinitive of a Spanish participle of the first conjugation that the tables do not
/// list, when the model left it a participle ("secuestrados" → *secuestrado*, since training
/// saw the word as an adjective; the coder keys patterns on the infinitive, *secuestrar*).
/// Only `-ado`: `-ido` belongs to `-er` and `-ir` verbs alike.
fn first_conjugation_infinitive(lower: &str, model: &str) -> Option<String> {
    if model.ends_with("ar") || model.ends_with("er") || model.ends_with("ir") {
        return None;
    }
    let stem = ["ados", "adas", "ado", "ada"]
        .iter()
        .find_map(|e| lower.strip_suffix(e))?;
    (stem.chars().count() >= 2).then(|| format!("{stem}ar"))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Tagged words as the tagger leaves them, with the lemmas an untrained-on form gets.
    use crate::test_trees::{lemmas, tree as tagged};

    #[test]
    fn spanish_participles_missing_from_the_tables_get_their_infinitive() {
        assert_eq!(
            first_conjugation_infinitive("secuestrados", "secuestrado").as_deref(),
            Some("secuestrar")
        );
        assert_eq!(
            first_conjugation_infinitive("bombardeada", "bombardeada").as_deref(),
            Some("bombardear")
        );
        // a lemma that is already an infinitive stays; -ido is left alone (-er or -ir)
        assert_eq!(first_conjugation_infinitive("armados", "armar"), None);
        assert_eq!(first_conjugation_infinitive("heridos", "herido"), None);
        assert_eq!(first_conjugation_infinitive("dado", "dado"), None);
    }

    #[test]
    fn only_a_sentence_mostly_in_capitals_is_lowered() {
        let mut shouted = Vec::new();
        let mut s = tagged(
            "1\tTROPAS\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tENTRAN\t_\tVERB\t_\t_\t0\troot\t_\t_\n\
             3\tEN\t_\tADP\t_\t_\t4\tcase\t_\t_\n\
             4\tKiev\t_\tPROPN\t_\t_\t2\tobl\t_\t_\n\n",
        );
        lower_shouting(&mut s, &[], &mut shouted);
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(forms, ["Tropas", "entran", "en", "Kiev"]);
        assert_eq!(shouted.len(), 3);
        assert_eq!(shouted[0], (0, "TROPAS".to_string()));
        // Two acronyms in an ordinary sentence are left as they are.
        let mut s = tagged(
            "1\tThe\t_\tDET\t_\t_\t2\tdet\t_\t_\n\
             2\tUN\t_\tPROPN\t_\t_\t3\tnsubj\t_\t_\n\
             3\tmet\t_\tVERB\t_\t_\t0\troot\t_\t_\n\
             4\tNATO\t_\tPROPN\t_\t_\t3\tobj\t_\t_\n\n",
        );
        lower_shouting(&mut s, &[], &mut shouted);
        assert!(shouted.is_empty());
        assert_eq!(s.words[1].form, "UN");
        // A name the lexicon knows keeps its capital.
        let mut s = tagged(
            "1\tEN\t_\tADP\t_\t_\t2\tcase\t_\t_\n\
             2\tHUELGA\t_\tNOUN\t_\t_\t0\troot\t_\t_\n\
             3\tLOS\t_\tDET\t_\t_\t4\tdet\t_\t_\n\
             4\tMINEROS\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
             5\tDE\t_\tADP\t_\t_\t6\tcase\t_\t_\n\
             6\tBOLIVIA\t_\tPROPN\t_\t_\t4\tnmod\t_\t_\n\n",
        );
        lower_shouting(
            &mut s,
            &[false, false, false, false, false, true],
            &mut shouted,
        );
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(forms, ["En", "huelga", "los", "mineros", "de", "Bolivia"]);
    }

    #[test]
    fn irregular_verb_lemmas_are_corrected() {
        let mut lower = String::new();
        let mut s = tagged(
            "1\tDijeron\tdicir\tVERB\t_\t_\t0\troot\t_\t_\n\
             2\tque\tque\tSCONJ\t_\t_\t4\tmark\t_\t_\n\
             3\tlo\tél\tPRON\t_\t_\t4\tobj\t_\t_\n\
             4\thicieron\thicer\tVERB\t_\t_\t1\tccomp\t_\t_\n\
             5\tfue\tir\tAUX\t_\t_\t4\tcop\t_\t_\n\n",
        );
        correct_verb_lemmas(VerbLemmas::for_lang(Lang::Es), Lang::Es, &mut s, &mut lower);
        assert_eq!(lemmas(&s), ["decir", "que", "él", "hacer", "ir"]);

        let mut s = tagged(
            "1\tThey\tthey\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
             2\tfled\tfled\tVERB\t_\t_\t0\troot\t_\t_\n\n",
        );
        correct_verb_lemmas(VerbLemmas::for_lang(Lang::En), Lang::En, &mut s, &mut lower);
        assert_eq!(lemmas(&s), ["they", "flee"]);
        // An irregular past the tagger took for a present is a past.
        let mut s = tagged(
            "1\tThey\tthey\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
             2\tretook\tretook\tVERB\t_\tTense=Pres|VerbForm=Fin\t0\troot\t_\t_\n\n",
        );
        correct_verb_lemmas(VerbLemmas::for_lang(Lang::En), Lang::En, &mut s, &mut lower);
        assert_eq!(lemmas(&s), ["they", "retake"]);
        assert_eq!(s.words[1].feats.get("Tense"), Some("Past"));
        // ... also when the model's lemma was right ("struck": strike), but not a present
        // form of be/have or an -s form.
        let mut s = tagged(
            "1\tMissiles\tmissile\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
             2\tstruck\tstrike\tVERB\t_\tTense=Pres|VerbForm=Fin\t0\troot\t_\t_\n\
             3\thas\thave\tVERB\t_\tTense=Pres|VerbForm=Fin\t2\tconj\t_\t_\n\
             4\tstrikes\tstrike\tVERB\t_\tTense=Pres|VerbForm=Fin\t2\tconj\t_\t_\n\n",
        );
        correct_verb_lemmas(VerbLemmas::for_lang(Lang::En), Lang::En, &mut s, &mut lower);
        assert_eq!(s.words[1].feats.get("Tense"), Some("Past"));
        assert_eq!(s.words[2].feats.get("Tense"), Some("Pres"));
        assert_eq!(s.words[3].feats.get("Tense"), Some("Pres"));
    }

    #[test]
    fn plural_nouns_left_as_their_own_lemma_get_the_singular() {
        let mut s = tagged(
            "1\tmilitias\tmilitias\tNOUN\t_\tNumber=Plur\t0\troot\t_\t_\n\
             2\tCrosses\tCrosses\tNOUN\t_\tNumber=Plur\t1\tconj\t_\t_\n\
             3\tComets\tComets\tNOUN\t_\tNumber=Plur\t1\tconj\t_\t_\n\
             4\tcrisis\tcrisis\tNOUN\t_\tNumber=Plur\t1\tconj\t_\t_\n\
             5\tspecies\tspecies\tNOUN\t_\tNumber=Plur\t1\tconj\t_\t_\n\
             6\tNGOs\tNGOs\tNOUN\t_\tNumber=Plur\t1\tconj\t_\t_\n\
             7\tAMS\tAMS\tNOUN\t_\tNumber=Plur\t1\tconj\t_\t_\n\
             8\tsupplies\tsupplies\tNOUN\t_\tNumber=Ptan\t1\tconj\t_\t_\n\
             9\ttroops\ttroop\tNOUN\t_\tNumber=Plur\t1\tconj\t_\t_\n\n",
        );
        singular_noun_lemmas(&mut s);
        assert_eq!(
            lemmas(&s),
            ["militia", "Cross", "Comet", "crisis", "species", "NGO", "AMS", "supplies", "troop"]
        );
    }

    #[test]
    fn other_upos_are_untouched() {
        let mut lower = String::new();
        // "vino" the noun (wine), "saw" the noun: forms in the tables, but not verbs here
        let mut s = tagged(
            "1\tel\tel\tDET\t_\t_\t2\tdet\t_\t_\n\
             2\tvino\tvino\tNOUN\t_\t_\t0\troot\t_\t_\n\n",
        );
        correct_verb_lemmas(VerbLemmas::for_lang(Lang::Es), Lang::Es, &mut s, &mut lower);
        assert_eq!(lemmas(&s), ["el", "vino"]);
        let mut s = tagged(
            "1\tthe\tthe\tDET\t_\t_\t2\tdet\t_\t_\n\
             2\tsaw\tsaw\tNOUN\t_\t_\t0\troot\t_\t_\n\n",
        );
        correct_verb_lemmas(VerbLemmas::for_lang(Lang::En), Lang::En, &mut s, &mut lower);
        assert_eq!(lemmas(&s), ["the", "saw"]);
    }

    /// End to end with the shipped model, when the checkout has it.
    #[test]
    fn shipped_spanish_model_lemmatizes_dijeron() {
        let Some(a) = shipped("es") else { return };
        let mut s = tagged(
            "1\tLos\t_\t_\t_\t_\t_\t_\t_\t_\n\
             2\tministros\t_\t_\t_\t_\t_\t_\t_\t_\n\
             3\tdijeron\t_\t_\t_\t_\t_\t_\t_\t_\n\
             4\tque\t_\t_\t_\t_\t_\t_\t_\t_\n\
             5\thuyeron\t_\t_\t_\t_\t_\t_\t_\t_\n\
             6\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n",
        );
        a.annotate(&mut s, &mut AnalyzerScratch::default());
        assert_eq!(s.words[2].upos, Some(Upos::Verb));
        assert_eq!(s.words[2].lemma.as_deref(), Some("decir"));
        assert_eq!(s.words[4].lemma.as_deref(), Some("huir"));
    }

    /// Tokens as CoNLL-U rows with nothing but the form.
    fn tokens(words: &[&str]) -> Sentence {
        let rows: String = words
            .iter()
            .enumerate()
            .map(|(i, w)| format!("{}\t{w}\t_\t_\t_\t_\t_\t_\t_\t_\n", i + 1))
            .collect();
        tagged(&format!("{rows}\n"))
    }

    /// The model shipped for `lang`, if the checkout has it (a test skips, saying so, if not).
    fn shipped(lang: &str) -> Option<Analyzer> {
        let path = format!(
            "{}/../../models/{lang}/syntax.dyad",
            env!("CARGO_MANIFEST_DIR")
        );
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("skipping: no model at {path}");
            return None;
        };
        Some(Analyzer::from_bytes(&bytes).unwrap())
    }

    #[test]
    fn shipped_english_model_repairs_news_tags_from_the_tree() {
        let Some(a) = shipped("en") else { return };
        let mut sc = AnalyzerScratch::default();
        for (words, at, want) in [
            (
                &[
                    "Germany",
                    "plans",
                    "to",
                    "impose",
                    "sanctions",
                    "on",
                    "Iran",
                    ".",
                ][..],
                1,
                Upos::Verb,
            ),
            (
                &["Colombia", "hosts", "Venezuelan", "foreign", "minister"][..],
                1,
                Upos::Verb,
            ),
            (
                &[
                    "The",
                    "president",
                    "'s",
                    "visit",
                    "to",
                    "Paris",
                    "surprised",
                    "analysts",
                    ".",
                ][..],
                3,
                Upos::Noun,
            ),
            (
                &[
                    "Venezuela",
                    "expelled",
                    "the",
                    "ambassador",
                    "after",
                    "Madrid",
                    "recognized",
                    "the",
                    "candidate",
                    ".",
                ][..],
                4,
                Upos::Sconj,
            ),
        ] {
            let mut s = tokens(words);
            a.annotate(&mut s, &mut sc);
            assert_eq!(s.words[at].upos, Some(want), "{words:?}");
        }
    }

    #[test]
    fn shipped_spanish_model_reads_an_opening_name_as_the_subject() {
        let Some(a) = shipped("es") else { return };
        let mut sc = AnalyzerScratch::default();
        // "corea" is also a form of "corear": the tagger took the name for the verb.
        let words = [
            "Corea", "de", "el", "Norte", "disparó", "dos", "misiles", ".",
        ];
        let mut s = tokens(&words);
        a.annotate(&mut s, &mut sc);
        assert_eq!(s.words[0].upos, Some(Upos::Propn));
        assert_eq!(s.words[4].head, Some(0));
        // A sentence-initial plural noun the dictionary knows in lower case is a noun.
        let words = ["Estudiantes", "marcharon", "en", "Lima", "."];
        let mut s = tokens(&words);
        a.annotate(&mut s, &mut sc);
        assert_eq!(s.words[0].upos, Some(Upos::Noun));
    }
}
