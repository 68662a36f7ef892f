//! [`Coder`]: predicates and their arguments in a UD tree, matched to verb patterns.

use std::sync::Arc;

use dyad_core::ActorCode;
use dyad_core::{Sentence, Span, UdRel, Upos};
use dyad_lexicon::petrarch::actors::{CodeSpec, DictDate};
use dyad_lexicon::petrarch::{EventCode, VerbCode};
use dyad_lexicon::{Lexicon, NameRole, VerbForm};

use crate::clause::{is_pronoun, Clause};
use crate::deps::{DepMatcher, Frame};
use crate::event::{Actor, ActorTag, DocContext, Event, Modality, TriggerKind};
use crate::pattern::{Binds, Matcher};
use crate::tree::{Scratch, View};

/// Options of the coder.
#[derive(Debug, Clone)]
pub struct CoderConfig {
    /// Emit an event only when it has a target (PETRARCH's `require_dyad`, default true),
    /// except for the codes of [`CoderConfig::untargeted`].
    pub require_target: bool,
    /// CAMEO event codes (with leading zeros: `14`, `0871`) that are coded without a target
    /// even when [`CoderConfig::require_target`] is set: a code here covers its sub-codes
    /// (`14` covers `141`…`1454`). CAMEO codes protests, strikes and riots with no target
    /// (`---`). Default: empty; a lexicon that defines the reserved class `untargeted`
    /// replaces it ([`Coder::new`]), so which categories stand alone is lexicon data.
    pub untargeted: Vec<String>,
    /// Lemmas that negate a predicate when attached to it as `advmod` (upper case). Default:
    /// English `not`, `n't`, `never` and Spanish `no`, `nunca`, `jamás`. A lexicon that
    /// defines the reserved class `negator` replaces this list ([`Coder::new`]).
    pub negators: Vec<String>,
    /// PETRARCH's `new_actor_length`: a source or target phrase that no dictionary entry
    /// names becomes an actor named by its own words when it has at most this many (0, the
    /// default, turns this off: such phrases name no actor).
    pub new_actor_length: usize,
    /// Personal pronouns (upper case) that, as the subject of an embedded clause, stand for
    /// the subject of the clause embedding it. Default: English `it`, `he`, `she`, `they` and
    /// Spanish `él`, `ella`, `ellos`, `ellas`. A lexicon that defines the reserved class
    /// `pronoun` replaces this list ([`Coder::new`]). A possessive pronoun of a nominal event
    /// ("during her trip") stands for the governing clause's subject the same way.
    pub pronouns: Vec<String>,
    /// Case markers (upper case) whose `nmod` of an event noun names the actor of a nominal
    /// event when no pattern binds the source and no possessor or demonym does: "the visit
    /// by Putin", "la visita del canciller". Default: `by`, `de`.
    pub noun_source_cases: Vec<String>,
    /// Auxiliaries (upper-case lemmas) that put a predicate in the future, so that it is coded
    /// `intended`: English `will`, `shall`; Spanish `ir` ("va a enviar"). A future tense
    /// (`Tense=Fut`) does the same. Reserved lexicon class `future`.
    pub future: Vec<String>,
    /// Verbs (upper-case lemmas) whose complement is an intention, not an act ("plans to
    /// visit", "promised to send", "prevé viajar"): coded `intended`. Reserved class `intention`.
    pub intention: Vec<String>,
    /// Auxiliaries of the conditional or of mere possibility ("would attack", "could
    /// sanction", "podría atacar"): coded `hypothetical`, as is `Mood=Cnd`. Reserved class
    /// `conditional`.
    pub conditional: Vec<String>,
    /// Subordinators of a condition ("if", "unless", "si"): a predicate they introduce is
    /// `hypothetical`. Reserved class `condition`.
    pub condition: Vec<String>,
    /// Verbs of saying (upper-case lemmas): a predicate in their complement clause is
    /// `reported`, as the event is someone's claim ("officials said Iran had threatened
    /// Riyadh"). Reserved class `speech_verb`.
    pub speech_verbs: Vec<String>,
    /// Verbs of alleging (upper-case lemmas): the act they impute to their object through an
    /// [`CoderConfig::object_control`] clause is `reported`, someone's claim ("accused
    /// Eritrean troops of shelling a border town"). Reserved class `allegation`.
    pub allegation: Vec<String>,
    /// Pronouns (upper case) that stand for a person, so that a pronoun subject the sentence
    /// cannot resolve recalls the document's last person rather than its last state or group
    /// ("He later criticized Eritrea"). Reserved class `person_pronoun`.
    pub person_pronouns: Vec<String>,
    /// Auxiliaries (upper-case lemmas) that make a participle passive when the parser did not
    /// say so (`aux` instead of `aux:pass`): English `be`, Spanish `ser`. Reserved class
    /// `passive_aux`.
    pub passive_aux: Vec<String>,
    /// Prepositions (upper case) that introduce the agent of a passive: `by`, `por`.
    /// Reserved class `agent_case`.
    pub agent_cases: Vec<String>,
    /// Prepositions (upper case) of circumstance ("amid gang violence", "pese a las
    /// protestas"): a phrase they introduce is when or why, never whom the act is aimed at,
    /// so the first-actor fallback skips it. Default: empty; reserved class
    /// `circumstance_case`.
    pub circumstance_cases: Vec<String>,
    /// Prepositions (upper case) that say what an act is about ("traded accusations over the
    /// Western Sahara conflict", "intercambiaron acusaciones por el conflicto"): a state named
    /// there is no party to a joint act, whose parties are each other's targets. Reserved class
    /// `topic_case`.
    pub topic_cases: Vec<String>,
    /// Verbs (upper-case lemmas) whose complement is refused, so that it is coded `negated`
    /// ("refused to recognize", "se negó a reconocer"). Reserved class `refusal`.
    pub refusal: Vec<String>,
    /// Verbs (upper-case lemmas) that deny their complement happened ("Iran denied sending
    /// weapons", "Rusia negó que sus fuerzas hubieran atacado"): it is coded `negated`, never
    /// the act, and not as a refusal (12) either. A verb in both this class and `refusal`
    /// refuses only with a reflexive pronoun ("se negó a enviar" refuses, "negó enviar"
    /// denies). Reserved class `denial`.
    pub denial: Vec<String>,
    /// Words (upper case) of a phrase that attributes the whole clause to someone ("according
    /// to officials", "según fuentes"): the clause is `reported`. Reserved class
    /// `attribution`.
    pub attribution: Vec<String>,
    /// Prepositions (upper case) that make a capital a place rather than its government
    /// ("flew to Addis Ababa", "viajó a Lima", "protesters in Caracas"): the place stands for
    /// the country, as CAMEO codes a visit to a capital (`KENGOV 042 ETH`). Reserved class
    /// `place_case`.
    pub place_cases: Vec<String>,
    /// Prepositions (upper case) that mark a direct object, read as `obj` when the parser
    /// made it an oblique: Spanish personal `a` ("expulsa a diplomáticos"). Reserved class
    /// `object_case`.
    pub object_cases: Vec<String>,
    /// Markers (upper case) of a non-finite adverbial clause whose doer is the governing
    /// verb's object, not its subject: "accused Eritrea of shelling", "condemned them for
    /// attacking", "acusó a Eritrea de bombardear". Reserved class `object_control`.
    pub object_control: Vec<String>,
    /// Prepositions (upper case) whose oblique before an open complement does what the
    /// complement says, as an object would: "called on Russia to withdraw" (Russia withdraws).
    /// Spanish marks that person with its object `a` ("instó a Rusia a retirarse"), read
    /// through [`CoderConfig::object_cases`]. Reserved class `controller_case`.
    pub controller_cases: Vec<String>,
    /// Prepositions (upper case) of where something goes ("deployed to Russia", "enviados
    /// hacia la frontera"): a passive with no agent does not take its source from such a
    /// phrase, as it takes the first actor of the verb phrase otherwise. Reserved class
    /// `destination_case`.
    pub destination_cases: Vec<String>,
    /// Verbs (upper-case lemmas) that take no object, so that the relative word of a clause
    /// they head with no object is its subject: "estudiantes que protestaban" (the students
    /// protest), while "los presos que liberaron" keeps "que" the object. Reserved class
    /// `intransitive`.
    pub intransitive: Vec<String>,
    /// Nouns (upper-case lemmas) of days, months and other times: an oblique one is when,
    /// never an argument a pattern reads ("agreed on Friday to extend the ceasefire" is no
    /// agreement on something). Spanish parsers mark most with `AdvType=Tim`; English ones
    /// do not. Reserved class `time_word`.
    pub time_words: Vec<String>,
    /// Nouns (upper case) of documents and statements whose gerund modifier is done by who
    /// issued them: "the PKK issued a declaration demanding that ..." (the PKK demands).
    /// Reserved class `statement`.
    pub statement_nouns: Vec<String>,
    /// CAMEO codes (and their sub-codes) coded even when no source is named, with the unknown
    /// actor `---`: a strike or a bombing by no one named is still news ("la huelga general
    /// paralizó el país"). Default: empty (PETRARCH's behaviour); reserved class `unsourced`.
    pub unsourced: Vec<String>,
    /// CAMEO codes (and their sub-codes) of acts two parties do together ("Chad and Sudan
    /// signed an accord", "agreed on a truce", "held talks"): when the subject names two or
    /// more actors and the clause names no target, each is coded with the others as target.
    /// Default: empty; reserved class `reciprocal`.
    pub reciprocal: Vec<String>,
    /// Modal auxiliaries of obligation (upper case): a complement clause of a verb of saying
    /// with one is a demand on its subject ("said Iran must release the sailors": 100, the
    /// speaker → Iran). Default: English `must`; reserved class `obligation`.
    pub obligation: Vec<String>,
    /// Verbs (upper-case lemmas) of asking someone to act ("urged Israel to accept", "pidió a
    /// Irán liberar"): what they ask is not said to happen, so their complement is coded
    /// `hypothetical` (the appeal itself is the event). Reserved class `appeal`.
    pub appeal: Vec<String>,
    /// Words (upper-case lemmas: verbs and adjectives) whose complement the subject commits
    /// to ("agreed to withdraw", "offered to mediate", "is ready to send troops"): CAMEO codes
    /// the complement as an expression of intent, 03 for cooperation and 13 for force or
    /// sanctions ([`intent_code`]). Reserved class `commitment`.
    pub commitment: Vec<String>,
    /// Verbs (upper-case lemmas) whose complement is threatened ("threatened to impose
    /// sanctions"): coded as the matching threat (13). Reserved class `threat`.
    pub threat: Vec<String>,
    /// CAMEO codes (and sub-codes) whose announced occurrence is a threat: an `intended`
    /// event of one ("protestarán el sábado", "planean bloquear las carreteras") is coded as
    /// the matching threat, asserted (133: a protest announced is a threat of dissent), as
    /// CAMEO codes threats. Default: empty; reserved class `threat_when_intended`.
    pub threat_when_intended: Vec<String>,
    /// CAMEO codes (and sub-codes) of cooperative acts whose negation is a refusal: a
    /// `negated` event of one ("will not accept refugees", "se negó a liberar") is coded as
    /// CAMEO's matching rejection (12), asserted ([`rejection_code`]). Default: empty;
    /// reserved class `reject_when_negated`.
    pub reject_when_negated: Vec<String>,
    /// CAMEO codes (and sub-codes) coded with the unknown source `---` when a *verb* names
    /// no one ("se criticó la medida", "los organizadores culparon a la policía" with the
    /// organizers unknown), but not as a bare event noun, whose participants are too often
    /// unstated ("la oposición", "el rechazo"). Default: empty; reserved class
    /// `unsourced_verb`.
    pub unsourced_verb: Vec<String>,
    /// Subordinators (upper case) of an ultimatum: an announced intent with a clause they
    /// introduce is a threat ("will withdraw unless ..."). Reserved class `ultimatum`.
    pub ultimatum: Vec<String>,
    /// Verbs and particles (upper-case lemmas) that call an event off ("postponed the
    /// demonstration", "prevented the rally", "called off the strike"): an event noun that is
    /// their object did not take place and is not coded; a light verb with such a particle is
    /// no light verb. Reserved class `cancellation`.
    pub cancellation: Vec<String>,
    /// Nouns (upper-case lemmas) for the other party's peer: "met his Paraguayan
    /// counterpart", "su homólogo paraguayo". An actor they head that names only a country
    /// takes the sectors of the event's other party (PRY → PRYGOV opposite a BOLGOV).
    /// Reserved class `counterpart`.
    pub counterpart: Vec<String>,
}

fn upper_list(words: &[&str]) -> Vec<String> {
    words.iter().map(|s| s.to_uppercase()).collect()
}

impl Default for CoderConfig {
    fn default() -> Self {
        CoderConfig {
            require_target: true,
            untargeted: Vec::new(),
            negators: ["NOT", "N'T", "NEVER", "NO", "NUNCA", "JAMÁS"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            new_actor_length: 0,
            pronouns: ["IT", "HE", "SHE", "THEY", "ÉL", "ELLA", "ELLOS", "ELLAS"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            noun_source_cases: vec!["BY".into(), "DE".into()],
            future: upper_list(&["will", "shall", "'ll", "ir"]),
            intention: upper_list(&[
                "plan",
                "intend",
                "vow",
                "pledge",
                "promise",
                "aim",
                "prepare",
                "planear",
                "pretender",
                "prometer",
                "prever",
                "proponer",
            ]),
            conditional: upper_list(&["would", "could", "might", "may", "poder"]),
            condition: upper_list(&["if", "unless", "si"]),
            speech_verbs: upper_list(&[
                "say",
                "tell",
                "claim",
                "report",
                "allege",
                "state",
                "decir",
                "afirmar",
                "asegurar",
                "declarar",
                "informar",
                "denunciar",
            ]),
            person_pronouns: upper_list(&["he", "she", "él", "ella"]),
            passive_aux: upper_list(&["be", "ser"]),
            agent_cases: upper_list(&["by", "por"]),
            circumstance_cases: Vec::new(),
            topic_cases: Vec::new(),
            refusal: upper_list(&["refuse", "decline", "negar", "rehusar"]),
            denial: Vec::new(),
            attribution: upper_list(&["according", "según"]),
            place_cases: upper_list(&["in", "at", "en"]),
            object_cases: upper_list(&["a"]),
            object_control: upper_list(&["of", "for", "from", "de"]),
            controller_cases: upper_list(&["on", "upon"]),
            destination_cases: upper_list(&["to", "into", "hacia"]),
            intransitive: Vec::new(),
            time_words: Vec::new(),
            statement_nouns: Vec::new(),
            allegation: upper_list(&["accuse", "blame", "suspect", "acusar", "culpar"]),
            unsourced: Vec::new(),
            reciprocal: Vec::new(),
            obligation: upper_list(&["must"]),
            appeal: upper_list(&["urge", "ask", "instar", "pedir"]),
            commitment: Vec::new(),
            threat: Vec::new(),
            threat_when_intended: Vec::new(),
            reject_when_negated: Vec::new(),
            unsourced_verb: Vec::new(),
            ultimatum: upper_list(&["unless"]),
            cancellation: Vec::new(),
            counterpart: upper_list(&["counterpart", "homólogo", "homóloga"]),
        }
    }
}

/// The event coder: immutable, `Send + Sync`, cheap to clone (the lexicon is shared).
///
/// Requires words with `upos`, `lemma`, `head` and `deprel`; assigns events.
#[derive(Debug, Clone)]
pub struct Coder {
    lex: Arc<Lexicon>,
    config: CoderConfig,
}

impl CoderConfig {
    /// This configuration with the language lists a lexicon defines: the reserved classes
    /// `negator`, `pronoun` and `untargeted` (`docs/lexicon-format.md`, `kind=classes`)
    /// replace [`CoderConfig::negators`], [`CoderConfig::pronouns`] and
    /// [`CoderConfig::untargeted`] when present and non-empty, so that language knowledge
    /// lives in the lexicon, not in code.
    pub fn with_lexicon_classes(mut self, lex: &Lexicon) -> CoderConfig {
        for (class, list) in [
            ("negator", &mut self.negators),
            ("pronoun", &mut self.pronouns),
            ("untargeted", &mut self.untargeted),
            ("future", &mut self.future),
            ("intention", &mut self.intention),
            ("conditional", &mut self.conditional),
            ("condition", &mut self.condition),
            ("speech_verb", &mut self.speech_verbs),
            ("person_pronoun", &mut self.person_pronouns),
            ("passive_aux", &mut self.passive_aux),
            ("agent_case", &mut self.agent_cases),
            ("circumstance_case", &mut self.circumstance_cases),
            ("topic_case", &mut self.topic_cases),
            ("refusal", &mut self.refusal),
            ("denial", &mut self.denial),
            ("attribution", &mut self.attribution),
            ("place_case", &mut self.place_cases),
            ("object_case", &mut self.object_cases),
            ("object_control", &mut self.object_control),
            ("controller_case", &mut self.controller_cases),
            ("destination_case", &mut self.destination_cases),
            ("intransitive", &mut self.intransitive),
            ("time_word", &mut self.time_words),
            ("statement", &mut self.statement_nouns),
            ("allegation", &mut self.allegation),
            ("unsourced", &mut self.unsourced),
            ("reciprocal", &mut self.reciprocal),
            ("obligation", &mut self.obligation),
            ("appeal", &mut self.appeal),
            ("commitment", &mut self.commitment),
            ("threat", &mut self.threat),
            ("threat_when_intended", &mut self.threat_when_intended),
            ("reject_when_negated", &mut self.reject_when_negated),
            ("unsourced_verb", &mut self.unsourced_verb),
            ("ultimatum", &mut self.ultimatum),
            ("cancellation", &mut self.cancellation),
            ("counterpart", &mut self.counterpart),
        ] {
            let members: Vec<String> = lex.class_members(class).map(str::to_string).collect();
            if !members.is_empty() {
                *list = members;
            }
        }
        self
    }
}

impl CoderConfig {
    /// Whether `code` may be coded with an unknown source: it, or a CAMEO ancestor of it, is
    /// listed in [`CoderConfig::unsourced`].
    pub fn may_be_unsourced(&self, code: &EventCode) -> bool {
        let Some(c) = code.cameo() else { return false };
        let c = c.as_str();
        self.unsourced.iter().any(|u| c.starts_with(u.as_str()))
    }

    /// Whether a word of this lemma (upper case) stops or calls off the act it governs:
    /// [`CoderConfig::cancellation`] ("postpone", "off", "fin").
    pub fn cancels(&self, lemma: &str) -> bool {
        self.cancellation.iter().any(|c| c == lemma)
    }

    /// Whether `code` is an act two parties do together: it, or a CAMEO ancestor of it, is
    /// listed in [`CoderConfig::reciprocal`].
    pub fn is_reciprocal(&self, code: &EventCode) -> bool {
        let Some(c) = code.cameo() else { return false };
        let c = c.as_str();
        self.reciprocal.iter().any(|u| c.starts_with(u.as_str()))
    }

    /// Whether `code` may be coded without a target under `require_target`: it, or a
    /// CAMEO ancestor of it, is listed in [`CoderConfig::untargeted`].
    pub fn stands_alone(&self, code: &EventCode) -> bool {
        let Some(c) = code.cameo() else { return false };
        let c = c.as_str();
        self.untargeted.iter().any(|u| c.starts_with(u.as_str()))
    }
}

impl Coder {
    /// A coder over `lexicon` with `config`, whose negators and pronouns come from the
    /// lexicon's `negator` and `pronoun` classes when it defines them
    /// ([`CoderConfig::with_lexicon_classes`]).
    pub fn new(lexicon: Arc<Lexicon>, config: CoderConfig) -> Coder {
        Coder {
            config: config.with_lexicon_classes(&lexicon),
            lex: lexicon,
        }
    }

    /// The same lexicon with other options (lexicon classes applied as in [`Coder::new`]).
    pub fn with_config(&self, config: CoderConfig) -> Coder {
        Coder::new(Arc::clone(&self.lex), config)
    }

    /// The options.
    pub fn config(&self) -> &CoderConfig {
        &self.config
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// Codes one sentence (as sentence 0 of its document), with fresh buffers.
    pub fn code_sentence(&self, s: &Sentence, doc: &DocContext) -> Vec<Event> {
        let mut out = Vec::new();
        self.code_into(s, 0, doc, &mut Scratch::new(), &mut out);
        out
    }

    /// Codes sentence number `index`, appending to `out` and reusing `scratch`: the hot path.
    pub fn code_into(
        &self,
        s: &Sentence,
        index: u32,
        doc: &DocContext,
        scratch: &mut Scratch,
        out: &mut Vec<Event>,
    ) {
        if index == 0 {
            scratch.begin_document();
        }
        scratch.load(s, &self.lex, doc.date);
        let mut learned = std::mem::take(&mut scratch.learned);
        let v = View::new(s, scratch);
        if self.lex.discard_in(v.forms).is_some() {
            return;
        }
        let start = out.len();
        for i in 0..v.len() {
            match v.upos(i) {
                Some(Upos::Verb) if !v.is(i, UdRel::Aux) && !v.is(i, UdRel::Cop) => {
                    self.code_predicate(&v, i, index, doc, out);
                    self.code_obligation(&v, i, index, doc, out);
                }
                Some(Upos::Noun) => self.code_nominal(&v, i, index, doc, out),
                _ => {}
            }
        }
        // An event noun that a verb's pattern read as its object is part of that verb's event
        // ("convocó una huelga": 133, "levantaron el paro": 082, "dispersó la marcha": 175),
        // not an event of its own; so is an oblique one the verb's event restates ("went on
        // strike", "se declararon en huelga": both 143), while "attacked during protests"
        // keeps the protest.
        let root = |e: &Event| e.code.cameo().map(|c| c.root());
        // ... or the threat of it: "called for mass protests" (133) is no protest yet.
        let threatens = |x: &Event, e: &Event| {
            let (Some(cx), Some(ce)) = (x.code.cameo(), e.code.cameo()) else {
                return false;
            };
            intent_code(ce.as_str(), true).is_some_and(|t| cx.as_str().starts_with(t))
        };
        let read_by_pattern = |e: &Event| {
            e.trigger_kind == TriggerKind::Noun && {
                let n = e.trigger_word as usize;
                let object = v.is(n, UdRel::Obj) || v.is_sub(n, UdRel::Nsubj, "pass");
                let oblique = v.is(n, UdRel::Obl);
                (object || oblique)
                    && v.head(n).is_some_and(|h| {
                        out[start..].iter().any(|x| {
                            x.trigger_kind == TriggerKind::Verb
                                && x.trigger_word as usize == h
                                && x.confidence >= 0.8
                                && (object
                                    || (root(x).is_some() && root(x) == root(e))
                                    || threatens(x, e))
                        })
                    })
            }
        };
        // ... and so is one inside that object or that event noun, of the same family:
        // "emitió una orden de arresto" (173 from "emitió una orden", not another 173 from
        // "arresto").
        let inside_object = |e: &Event| {
            let n = e.trigger_word as usize;
            let same = |x: &Event, w: usize| {
                x.trigger_word as usize == w && root(x).is_some() && root(x) == root(e)
            };
            e.trigger_kind == TriggerKind::Noun
                && v.is(n, UdRel::Nmod)
                && v.head(n).is_some_and(|o| {
                    let verb = v.head(o).filter(|_| v.is(o, UdRel::Obj));
                    out[start..].iter().any(|x| {
                        x.trigger_word as usize != n
                            && (same(x, o) || verb.is_some_and(|h| same(x, h)))
                    })
                })
        };
        let drop: Vec<bool> = out[start..]
            .iter()
            .map(|e| read_by_pattern(e) || inside_object(e))
            .collect();
        drop_marked(out, start, &drop);
        if self.lex.has_petrarch_verbs() {
            crate::negation::apply_petrarch(&mut out[start..]);
        }
        // A headline "Bolivia: ..." places the whole story; another sentence may open so too.
        let topic = topic_state(&v, &self.lex, doc.date);
        if index == 0 {
            learned.push(crate::memory::Learned::Topic(topic.clone()));
        }
        let topic = topic.or_else(|| v.memory.topic().cloned());
        let own_lexicon = !self.lex.has_petrarch_verbs();
        for e in &mut out[start..] {
            self.give_counterpart_sectors(&v, e);
            if own_lexicon {
                official_protest(e);
            }
            if let Some(state) = &topic {
                e.source.codes = in_state(&e.source.codes, state);
                if let Some(t) = e.target.as_mut() {
                    t.codes = in_state(&t.codes, state);
                }
            }
        }
        purpose_targets(&v, &mut out[start..]);
        let restated = restated_protests(&v, &mut out[start..]);
        drop_marked(out, start, &restated);
        for e in &mut out[start..] {
            domestic_counterpart(e);
            foreign_party(e);
        }
        // A threat verb's complement recoded as the threat it states ("threatened to attack
        // Ukrainian ports": 138 from *threatened*, 1384 from *attack*) is one threat: the
        // more specific code stands for both. The complement read with its own arguments
        // knows better than the threat verb's pattern ("threatened to strike Hezbollah
        // targets" is 1384, not the strike of 133).
        let refined = |i: usize, out: &[Event]| {
            let a = &out[i];
            out[start..].iter().any(|b| {
                let (Some(ca), Some(cb)) = (a.code.cameo(), b.code.cameo()) else {
                    return false;
                };
                let finer = cb.as_str().len() > ca.as_str().len()
                    && (cb.as_str().starts_with(ca.as_str()) || ca.root() == cb.root())
                    && (a.target.is_none()
                        || b.target.as_ref().map(|t| &t.codes)
                            == a.target.as_ref().map(|t| &t.codes));
                // ... and of a code as close with a target of its own: "agreed to withdraw
                // troops from Ukraine" is 0356 from *agreed* (aimed at the troops) and from
                // *withdraw* (aimed at Ukraine), one intent; "threatened to cut ties" is 1311
                // from the threat verb's "cut" and 1313 from "cut ties".
                // (Only a commitment's, threat's or refusal's complement: "viajó a Washington
                // para reunirse" is a visit and a meeting.)
                let committed = |w: usize| {
                    listed(&v, &self.config.commitment, w)
                        || listed(&v, &self.config.threat, w)
                        || listed(&v, &self.config.refusal, w)
                };
                let same = cb.as_str().len() == ca.as_str().len()
                    && ca.root() == cb.root()
                    && b.target.is_some()
                    && !std::ptr::eq(a, b)
                    && (v.is(b.trigger_word as usize, UdRel::Xcomp)
                        || v.complement_advcl(b.trigger_word as usize))
                    && committed(a.trigger_word as usize);
                // A commitment to harm ("vowed to keep fighting", "prometió vengarse") is a
                // threat: the complement recoded as one (13) stands for the verb's own pattern
                // of cooperative intent (03).
                let vowed_harm = ca.root_number() == 3
                    && cb.root_number() == 13
                    && listed(&v, &self.config.commitment, a.trigger_word as usize);
                let up = v.head(b.trigger_word as usize);
                // (Through one more open complement: "vowed to keep fighting".)
                let under = up == Some(a.trigger_word as usize)
                    || (vowed_harm
                        && up.is_some_and(|h| {
                            (v.is(h, UdRel::Xcomp) || v.infinitive_advcl(h))
                                && v.head(h) == Some(a.trigger_word as usize)
                        }));
                (finer || same || vowed_harm)
                    && b.source.codes == a.source.codes
                    && b.modality == a.modality
                    && under
            })
        };
        let coarse: Vec<bool> = (start..out.len()).map(|i| refined(i, out)).collect();
        drop_marked(out, start, &coarse);
        let harmed = self.harm_restated(&v, &mut out[start..]);
        drop_marked(out, start, &harmed);
        // A saying that is a demand ("dijo que Maduro debe renunciar": 100) is not also a
        // plain statement (010) by the same speaker.
        let demand = |i: usize, out: &[Event]| {
            let a = &out[i];
            a.code.cameo().is_some_and(|c| c.as_str() == "010")
                && out[start..].iter().any(|b| {
                    b.code.cameo().is_some_and(|c| c.as_str() == "100")
                        && b.trigger_word == a.trigger_word
                        && b.source.codes == a.source.codes
                })
        };
        let stated: Vec<bool> = (start..out.len()).map(|i| demand(i, out)).collect();
        drop_marked(out, start, &stated);
        // Saying something to a news outlet ("rebel commanders told AFP", "dijo a la BBC") is
        // how the news learned it, not an act toward the outlet.
        let to_press: Vec<bool> = out[start..]
            .iter()
            .map(|e| {
                e.code.cameo().is_some_and(|c| c.as_str() == "010")
                    && e.target.as_ref().is_some_and(|t| {
                        t.codes.iter().all(
                            |c| matches!(c, ActorTag::Code(c) if c.sectors().any(|s| s == "MED")),
                        )
                    })
            })
            .collect();
        drop_marked(out, start, &to_press);
        // ... and one without a target adds nothing to the same act with one: "Gunmen
        // attacked a police station, killing six officers" is one 190 at the police.
        let subsumed: Vec<bool> = out[start..]
            .iter()
            .map(|e| {
                e.target.is_none()
                    && out[start..].iter().any(|x| {
                        x.target.is_some()
                            && x.source.codes == e.source.codes
                            && x.code == e.code
                            && x.modality == e.modality
                    })
            })
            .collect();
        drop_marked(out, start, &subsumed);
        // Set semantics: the same (source, target, code) from two predicates is one event.
        let mut k = start;
        while k < out.len() {
            let dup = out[start..k].iter().any(|e| {
                e.source.codes == out[k].source.codes
                    && e.target.as_ref().map(|t| &t.codes)
                        == out[k].target.as_ref().map(|t| &t.codes)
                    && e.code == out[k].code
                    && e.modality == out[k].modality
            });
            if dup {
                out.remove(k);
            } else {
                k += 1;
            }
        }
        crate::memory::learn_names(&v, &self.lex, doc.date, &mut learned);
        let first = out[start..].first().map(|e| &e.source);
        let first_target = out[start..].first().and_then(|e| e.target.as_ref());
        crate::memory::learn_subject(&v, &self.lex, doc.date, first, first_target, &mut learned);
        crate::memory::learn_states(&v, &self.lex, doc.date, &mut learned);
        scratch.memory.learn(&mut learned);
        scratch.learned = learned;
    }

    fn code_predicate(
        &self,
        v: &View,
        i: usize,
        index: u32,
        doc: &DocContext,
        out: &mut Vec<Event>,
    ) {
        // "paid a visit to Tokyo": the event is the noun's, not the light verb's.
        if self.code_light_verb(v, i, index, doc, out) {
            return;
        }
        let Some(form) = self.verb_form(v, i) else {
            return;
        };
        // "promised to stop kidnapping", "prometieron dejar de secuestrar": an act a verb of
        // the reserved class `cancellation` stops is not done (that verb may code its own).
        if v.is(i, UdRel::Xcomp) && v.head(i).is_some_and(|h| self.config.cancels(&v.lemmas[h])) {
            return;
        }
        let block = self.lex.block(form.block);
        let cl = Clause::new(*v, i, &self.config);
        let found = if block.deps.is_empty() {
            let m = Matcher {
                v: *v,
                lex: &self.lex,
                date: doc.date,
                toks: &cl.pat_toks,
            };
            block
                .patterns
                .iter()
                .find_map(|p| m.matches(p, cl.pat_at).map(|b| (&p.code, b, p.line)))
        } else {
            // dyad-format patterns: over the verb's dependents, in the compiled order (most
            // specific first); the first that matches gives the code.
            let m = DepMatcher {
                v: *v,
                lex: &self.lex,
                date: doc.date,
                frame: Frame::Verb(i),
                args: Some(cl.args()),
            };
            m.first(&block.deps).map(|(p, b)| (&p.code, b, p.line))
        };
        let (code, binds, line, confidence) = match found {
            Some((c, b, l)) => (c, b, l, 0.8),
            None => (&form.code, Binds::default(), form.line, 0.5),
        };
        let trigger = Trigger {
            sentence: index,
            word: i,
            span: v.s.words[i].span,
            kind: TriggerKind::Verb,
            modality: self.modality(v, i),
            line,
            confidence,
            denied: self.denied(v, i),
        };
        self.emit_clause(&cl, code, binds, &trigger, doc, out);
    }

    /// Codes predicate `cl` with `code`: its participants given the pattern's bindings, one
    /// event per (source, target) pair and direction.
    pub(crate) fn emit_clause(
        &self,
        cl: &Clause,
        code: &VerbCode,
        binds: Binds,
        trigger: &Trigger,
        doc: &DocContext,
        out: &mut Vec<Event>,
    ) {
        // An act that moves, sends, offers or withdraws forces, read before any recoding of
        // it as an intent ("will deploy troops" is 130 with the troops moved, not targeted).
        let moves = directions(code)
            .and_then(|(f, _)| f)
            .and_then(EventCode::cameo)
            .is_some_and(|c| matches!(c.root_number(), 3 | 7 | 8 | 15 | 16));
        // "agreed to withdraw", "threatened to impose sanctions": an expression of intent.
        let recoded = self.intent_recode(&cl.view(), trigger.word, code);
        let code = recoded.as_ref().unwrap_or(code);
        // The expression of intent took place: "China will send aid" states China's intent
        // now (033, asserted), as a threat or an announced protest is asserted (133).
        // Someone else's report of it stays reported: "the WFP said the UN will provide".
        let asserted;
        let trigger = if recoded.is_some() && trigger.modality == Modality::Intended {
            let modality = if self.reported_by_another(&cl.view(), trigger.word, doc.date) {
                Modality::Reported
            } else {
                Modality::Asserted
            };
            asserted = Trigger {
                modality,
                ..*trigger
            };
            &asserted
        } else {
            trigger
        };
        let Some((forward, _)) = directions(code) else {
            return;
        };
        // The plain statement code takes no target from the clause it reports (see
        // `Clause::participants`); the reported clause is coded as its own event.
        let statement = forward
            .and_then(EventCode::cameo)
            .is_some_and(|c| c.as_str() == "010");
        let unsourced = forward.is_some_and(|c| {
            self.config.may_be_unsourced(c)
                || (trigger.kind == TriggerKind::Verb
                    && c.cameo().is_some_and(|x| {
                        let x = x.as_str();
                        self.config
                            .unsourced_verb
                            .iter()
                            .any(|u| x.starts_with(u.as_str()))
                    }))
        });
        // A code that is its own reverse ("clashed with", "exchanged fire": 190 reverse 190)
        // is joint by its pattern's own say, whatever its family.
        let symmetric =
            matches!(code, VerbCode::Pair { forward: Some(f), reverse: Some(r) } if f == r);
        let reciprocal = symmetric
            || forward.is_some_and(|c| self.config.is_reciprocal(c))
            || self.said_mutual(&cl.view(), trigger.word);
        let root = forward.and_then(EventCode::cameo).map(|c| c.root_number());
        let reading = crate::clause::Reading {
            statement,
            unsourced,
            reciprocal,
            moves,
            harms: matches!(root, Some(18..=20)),
            consults: root == Some(4),
            protests: root == Some(14),
        };
        let mut pairs = cl.participants(self, doc.date, binds, reading);
        let visit = forward
            .and_then(EventCode::cameo)
            .is_some_and(|c| matches!(c.as_str(), "042" | "043" | "044"));
        for (s, t) in &mut pairs {
            cl.capital_as_place(s, &self.config, visit);
            if let Some(t) = t {
                cl.capital_as_place(t, &self.config, visit);
            }
        }
        drop_self_targets(&cl.view(), &mut pairs);
        self.emit(&pairs, code, trigger, out);
    }

    /// One event per pair and direction of `code`; a pair without a target only when the
    /// configuration does not require one.
    pub(crate) fn emit(
        &self,
        pairs: &[(Actor, Option<Actor>)],
        code: &VerbCode,
        t: &Trigger,
        out: &mut Vec<Event>,
    ) {
        let Some((forward, reverse)) = directions(code) else {
            return;
        };
        let mut push = |source: &Actor, target: Option<&Actor>, code: &EventCode| {
            if target.is_none() && self.config.require_target && !self.config.stands_alone(code) {
                return;
            }
            // "Los maestros marcharán el lunes": an announced protest is a threat (133).
            let threat = recoded(
                code,
                t.modality == Modality::Intended,
                &self.config.threat_when_intended,
                |c| intent_code(c, true),
            );
            // "Syria will not accept refugees": a cooperative act refused is a rejection (12).
            // (Not one denied: "Iran denied sending weapons" refuses nothing.)
            let rejection = recoded(
                code,
                t.modality == Modality::Negated && !t.denied,
                &self.config.reject_when_negated,
                rejection_code,
            );
            let (code, modality) = match (&threat, &rejection) {
                (Some(th), _) => (th, Modality::Asserted),
                (None, Some(r)) => (r, Modality::Asserted),
                (None, None) => (code, t.modality),
            };
            out.push(Event {
                sentence_index: t.sentence,
                source: source.clone(),
                target: target.cloned(),
                code: code.clone(),
                modality,
                trigger_word: t.word as u32,
                trigger_kind: t.kind,
                trigger: t.span,
                dictionary_line: t.line,
                confidence: t.confidence,
                date: None,
                place: None,
            });
        };
        for (s, tg) in pairs {
            if let Some(c) = forward {
                push(s, tg.as_ref(), c);
            }
            if let (Some(c), Some(tg)) = (reverse, tg) {
                push(tg, Some(s), c);
            }
        }
    }

    /// "Bolivia's president met his Paraguayan counterpart": the counterpart holds the other
    /// party's office, so a party headed by a [`CoderConfig::counterpart`] noun that names
    /// only a country takes the other party's sectors.
    fn give_counterpart_sectors(&self, v: &View, e: &mut Event) {
        let Some(target) = e.target.as_mut() else {
            return;
        };
        // (Or the country of one: "su homólogo de Ecuador" named by its `nmod`.)
        let counterpart_noun = |h: usize| self.config.counterpart.iter().any(|c| *c == v.lemmas[h]);
        let is_counterpart = |a: &Actor| {
            let h = a.head as usize;
            h < v.len()
                && (counterpart_noun(h)
                    || v.is(h, UdRel::Nmod) && v.head(h).is_some_and(counterpart_noun))
        };
        if is_counterpart(target) {
            target.codes = with_sectors_of(&target.codes, &e.source.codes);
        } else if is_counterpart(&e.source) {
            e.source.codes = with_sectors_of(&e.source.codes, &target.codes);
        }
    }

    /// "The minister said Iran must release the sailors": a verb of saying whose complement
    /// clause has an auxiliary of obligation ([`CoderConfig::obligation`]) is a demand (100)
    /// from the speaker on the complement's subject, when that subject names an actor.
    fn code_obligation(
        &self,
        v: &View,
        i: usize,
        index: u32,
        doc: &DocContext,
        out: &mut Vec<Event>,
    ) {
        let c = &self.config;
        let listed = |list: &[String], k: usize| listed(v, list, k);
        if !listed(&c.speech_verbs, i) {
            return;
        }
        // A complement with its own subject and subordinator is a clause even when the
        // parser called it `xcomp` ("dijo que Israel debe liberar"); so is one quoted before
        // the verb, which has no subordinator ("Irán debe liberar a los marineros, afirmó el
        // canciller").
        let clause = |k: &usize| {
            v.is(*k, UdRel::Ccomp)
                || (v.is(*k, UdRel::Xcomp)
                    && (v.kids_with(*k, UdRel::Mark).next().is_some() || *k < i)
                    && v.kids_with(*k, UdRel::Nsubj).next().is_some())
        };
        for k in v.kids(i).filter(clause) {
            if !v.kids_with(k, UdRel::Aux).any(|a| listed(&c.obligation, a)) {
                continue;
            }
            // The one obliged acts: not the subject of a passive ("must be punished").
            let Some(subj) = v
                .kids_with(k, UdRel::Nsubj)
                .find(|s| !v.is_sub(*s, UdRel::Nsubj, "pass") && !is_pronoun(v, *s, c))
            else {
                continue;
            };
            let cl = Clause::new(*v, i, c);
            let binds = Binds {
                target: Some(subj),
                ..Binds::default()
            };
            let reading = crate::clause::Reading::default();
            let mut pairs = cl.participants(self, doc.date, binds, reading);
            pairs.retain(|(_, t)| t.is_some());
            let trigger = Trigger {
                sentence: index,
                word: i,
                span: v.s.words[i].span,
                kind: TriggerKind::Verb,
                modality: self.modality(v, i),
                line: 0,
                confidence: 0.5,
                denied: self.denied(v, i),
            };
            self.emit(
                &pairs,
                &VerbCode::Event(EventCode::parse("100")),
                &trigger,
                out,
            );
        }
    }

    /// Whether predicate `i` (or the clause it is the complement of) is what a verb of saying
    /// reports of someone other than its speaker: a non-pronoun subject of its own, and a
    /// speaker who is not that subject's own state ("Germany will send tanks, Chancellor Olaf
    /// Scholz announced" is Germany stating its intent; "the WFP said the UN will provide" is
    /// a report).
    fn reported_by_another(&self, v: &View, i: usize, date: Option<DictDate>) -> bool {
        let c = &self.config;
        let top = complement_top(v, i, |_| true);
        // (Not the object the parser made a dropped subject's stand-in: "dijo que visitará
        // China" is the speaker's own intent.)
        let misread = crate::clause::object_read_as_subject(v, top);
        let subjects: Vec<usize> = v
            .kids_with(top, UdRel::Nsubj)
            .filter(|&k| !is_pronoun(v, k, c) && Some(k) != misread)
            .collect();
        if subjects.is_empty() || !(self.attributed_clause(v, top) || self.said_clause(v, top)) {
            return false;
        }
        let speech = |q: usize| listed(v, &c.speech_verbs, q);
        let mut speakers: Vec<usize> = self.trailing_speakers(v, top).collect();
        if let Some(h) = v
            .head(top)
            .filter(|&h| (v.is(top, UdRel::Ccomp) || v.is(top, UdRel::Parataxis)) && speech(h))
        {
            speakers.extend(v.kids_with(h, UdRel::Nsubj));
        }
        let states = |heads: &[usize]| {
            let mut actors = Vec::new();
            for &k in heads {
                crate::mention::resolve_conj(v, &self.lex, k, date, &mut actors);
            }
            actors
                .iter()
                .filter_map(|a| crate::mention::first_country(std::slice::from_ref(a)))
                .collect::<Vec<_>>()
        };
        let theirs = states(&subjects);
        let own = states(&speakers).iter().any(|s| theirs.contains(s));
        !own
    }

    /// Whether clause `p` is the complement of a verb of saying, or hangs from one as
    /// parataxis ("Iran, officials said, had threatened ...").
    fn said_clause(&self, v: &View, p: usize) -> bool {
        v.head(p).is_some_and(|h| {
            (v.is(p, UdRel::Ccomp) || v.is(p, UdRel::Parataxis))
                && listed(v, &self.config.speech_verbs, h)
        })
    }

    /// Whether clause `p` has a verb of saying with a subject hung after it as parataxis, as
    /// UD hangs a trailing attribution ("The UN sent aid to Liberia, the WFP said"). Parsers
    /// also make a Spanish one an unmarked finite adverbial clause, its postverbal subject an
    /// object ("bombardeó un mercado, informó la fuente").
    fn attributed_clause(&self, v: &View, p: usize) -> bool {
        self.trailing_speakers(v, p).next().is_some()
    }

    /// The speakers of the trailing attributions of clause `p` (see
    /// [`Coder::attributed_clause`]): the subjects of the verbs of saying hung after it.
    fn trailing_speakers<'a>(&'a self, v: &View<'a>, p: usize) -> impl Iterator<Item = usize> + 'a {
        let v = *v;
        v.kids(p).filter(move |&q| q > p).flat_map(move |q| {
            let advcl = v.is(q, UdRel::Advcl)
                && v.s.words[q].feats.get("VerbForm") == Some("Fin")
                && v.kids_with(q, UdRel::Mark).next().is_none()
                && v.s.words[q - 1].form == ",";
            let attribution =
                (v.is(q, UdRel::Parataxis) || advcl) && listed(&v, &self.config.speech_verbs, q);
            v.kids(q).filter(move |&k| {
                attribution && (v.is(k, UdRel::Nsubj) || (advcl && v.is(k, UdRel::Obj)))
            })
        })
    }

    /// The code of predicate `i` as an expression of intent, when it is the complement of a
    /// commitment ("agreed to withdraw": 0356) or a threat ("threatened to impose sanctions":
    /// 1312), a word of [`CoderConfig::commitment`] or [`CoderConfig::threat`] up to two
    /// `xcomp` steps up; `None` when it is neither or CAMEO has no such intent code.
    fn intent_recode(&self, v: &View, i: usize, code: &VerbCode) -> Option<VerbCode> {
        let c = &self.config;
        let listed = |list: &[String], k: usize| listed(v, list, k);
        let mut cur = i;
        let mut threat = None;
        let mut offered = false;
        for _ in 0..2 {
            // The complement, or an infinitive the parser attached as an adverbial clause
            // ("threatened on Monday to break relations").
            let infinitive = (v.is(cur, UdRel::Advcl)
                && v.kids_with(cur, UdRel::Mark)
                    .any(|m| v.upos(m) == Some(Upos::Part))
                && v.kids_with(cur, UdRel::Nsubj).next().is_none())
                || v.complement_advcl(cur);
            if !(v.is(cur, UdRel::Xcomp) || infinitive) {
                break;
            }
            let h = v.head(cur)?;
            if listed(&c.commitment, h) {
                threat = Some(false);
                offered = true;
                break;
            }
            if listed(&c.threat, h) {
                threat = Some(true);
                break;
            }
            cur = h;
        }
        // An actor's own future act stated outright ("Israel will evacuate the settlements",
        // "Greece plans to impose restrictions"), or as a verb of saying reports it ("The UN
        // will provide food aid, the WFP said"; "Nigeria announced that it will withdraw its
        // force", where a pronoun or missing subject stands for the speaker), expresses an
        // intent to do it; "... unless Chad holds elections" makes it an ultimatum, a threat.
        // A language opts in by listing its commitment words.
        let stated = || {
            if c.commitment.is_empty() || self.modality(v, i) != Modality::Intended {
                return None;
            }
            let mut chain_ok = true;
            let top = complement_top(v, i, |h| {
                chain_ok &= listed(&c.intention, h);
                chain_ok
            });
            if !chain_ok {
                return None;
            }
            let active = v
                .kids_with(top, UdRel::Nsubj)
                .any(|s| !v.is_sub(s, UdRel::Nsubj, "pass"));
            let speakers_own = top == i
                && v.is(i, UdRel::Ccomp)
                && v.kids_with(i, UdRel::Nsubj).all(|k| is_pronoun(v, k, c));
            let ok = match v.head(top) {
                None => active,
                Some(_) => self.said_clause(v, top) && (active || speakers_own),
            };
            ok.then(|| {
                v.kids_with(i, UdRel::Advcl)
                    .any(|a| v.kids_with(a, UdRel::Mark).any(|m| listed(&c.ultimatum, m)))
            })
        };
        let threat = match threat {
            Some(t) => t,
            None => stated()?,
        };
        // Troops offered or agreed to ("offered to send troops to Gaza", "se ofreció a enviar
        // tropas") are protection promised (0334), not the threat a force posture announced
        // on its own is ("will deploy troops to the border": 130).
        let map = |e: &EventCode| {
            e.cameo()
                .and_then(|x| match offered && x.root_number() == 15 {
                    true => Some("0334"),
                    false => intent_code(x.as_str(), threat),
                })
                .map(EventCode::parse)
        };
        // An intent is one-sided: the reverse reading ("visit" 042/043) is not expressed.
        match code {
            VerbCode::Event(e) => map(e).map(VerbCode::Event),
            VerbCode::Pair {
                forward: Some(f), ..
            } => map(f).map(VerbCode::Event),
            _ => None,
        }
    }

    /// Whether word `w` is a verb of denial here: in [`CoderConfig::denial`], and, if it is
    /// also a refusal verb, without a reflexive pronoun ("negó enviar", not "se negó a").
    fn denies(&self, v: &View, w: usize) -> bool {
        let c = &self.config;
        listed(v, &c.denial, w)
            && !(listed(v, &c.refusal, w)
                && v.kids(w)
                    .any(|k| v.is(k, UdRel::Expl) || v.upos(k) == Some(Upos::Pron)))
    }

    /// Whether predicate `i` is what a verb of denial says did not happen: its complement,
    /// finite or not, up to three steps ("denied sending weapons", "denied that its forces
    /// had targeted civilians", "negó haber enviado armas").
    pub(crate) fn denied(&self, v: &View, i: usize) -> bool {
        let mut cur = i;
        for _ in 0..3 {
            let complement =
                v.is(cur, UdRel::Xcomp) || v.is(cur, UdRel::Ccomp) || v.infinitive_advcl(cur);
            let Some(h) = v.head(cur).filter(|_| complement) else {
                return false;
            };
            if self.denies(v, h) {
                return true;
            }
            cur = h;
        }
        false
    }

    /// How the text asserts predicate `i`, strongest reading first: a negated predicate is
    /// `negated` (never the positive event, but kept, so users can count denials); one in the
    /// future or governed by an intention verb is `intended`; one in the conditional, or in an
    /// `if` clause, is `hypothetical`; one inside what someone said is `reported`; the rest
    /// `asserted`. Every word list is a lexicon class (see [`CoderConfig`]).
    pub(crate) fn modality(&self, v: &View, i: usize) -> Modality {
        // A condition is not a refusal: "threatened to resume the war if Hamas does not
        // release all hostages" says nothing Hamas did or refused.
        let condition = v.is(i, UdRel::Advcl)
            && v.kids_with(i, UdRel::Mark)
                .any(|m| listed(v, &self.config.condition, m));
        if condition {
            return Modality::Hypothetical;
        }
        if self.negated(v, i) || self.denied(v, i) {
            return Modality::Negated;
        }
        // The content of a plan, decision, call or proposal ("blocked an EU decision to
        // provide aid", "rejected calls to send troops", "la propuesta de enviar tropas") is
        // not said to happen: an infinitive hung on a noun that is no event of its own. (On an
        // event noun it is a purpose: "a march to demand reforms" demands.)
        // (Not one on an actor: "acusó a las tropas de bombardear" hands it to the troops.)
        // (The head word itself: "an EU decision" names the EU only through its modifier.)
        // (Checked for the clauses the predicate completes too: "rejected a proposal to send
        // troops to fight the cartels" does not say anyone fights.)
        let names_actor = |n: usize| v.agent_hits[n].is_some() || v.actor_hits[n].is_some();
        // (Nor on an event noun of asking, demanding, promising or threatening, whose content
        // it is: "rechazó una solicitud para retirar la inmunidad" does not say anyone did.)
        let asks = |n: usize| {
            let code = self.lex.noun_event(&v.lemmas[n]).map(|e| &e.code);
            let forward = match code {
                Some(VerbCode::Event(c)) => c.cameo(),
                Some(VerbCode::Pair {
                    forward: Some(c), ..
                }) => c.cameo(),
                _ => None,
            };
            forward.is_some_and(|c| matches!(c.root_number(), 2 | 3 | 10 | 13))
        };
        let content_of_plan = |p: usize| {
            v.is(p, UdRel::Acl)
                && v.s.words[p].feats.get("VerbForm") == Some("Inf")
                && v.head(p).is_some_and(|n| {
                    matches!(v.upos(n), Some(Upos::Noun))
                        && (self.lex.noun_event(&v.lemmas[n]).is_none() || asks(n))
                        && !names_actor(n)
                })
        };
        let c = &self.config;
        let listed = |list: &[String], k: usize| listed(v, list, k);
        let aux_in = |p: usize, list: &[String]| {
            v.kids(p)
                .any(|k| (v.is(k, UdRel::Aux) || v.is(k, UdRel::Mark)) && listed(list, k))
        };
        let feat = |p: usize, name: &str, value: &str| v.s.words[p].feats.get(name) == Some(value);
        let mut cur = i;
        // The predicate and the verbs it is the complement of ("plans to visit": `visit` is the
        // `xcomp` of `plans`), up to a few steps.
        for _ in 0..4 {
            if content_of_plan(cur) {
                return Modality::Hypothetical;
            }
            if aux_in(cur, &c.future) || feat(cur, "Tense", "Fut") {
                return Modality::Intended;
            }
            // What someone must do is not said to be done ("said Maduro must resign", "dijo
            // que Irán debe liberar": the saying is the demand, 100).
            if aux_in(cur, &c.obligation) || cur != i && listed(&c.obligation, cur) {
                return Modality::Hypothetical;
            }
            if cur != i && listed(&c.appeal, cur) {
                return Modality::Hypothetical;
            }
            if cur != i && listed(&c.refusal, cur) && !self.denies(v, cur) {
                return Modality::Negated;
            }
            if cur != i && (listed(&c.intention, cur) || listed(&c.future, cur)) {
                return Modality::Intended;
            }
            if aux_in(cur, &c.conditional) || feat(cur, "Mood", "Cnd") {
                // In indirect speech the conditional is the future of the past ("indicated
                // it would attack", "dijo que atacaría"): an intention, not a hypothesis.
                if v.is(cur, UdRel::Ccomp) {
                    return Modality::Intended;
                }
                return Modality::Hypothetical;
            }
            if v.is(cur, UdRel::Advcl) && aux_in(cur, &c.condition) {
                return Modality::Hypothetical;
            }
            // An infinitive the parser made an adverbial clause is a complement too
            // ("amenazó con arrestar", "threatened on Monday to attack").
            match v.head(cur) {
                Some(h) if v.is(cur, UdRel::Xcomp) || v.infinitive_advcl(cur) => cur = h,
                _ => break,
            }
        }
        // Reported: the clause names whom it is according to ("according to officials",
        // "según fuentes": the attribution word is the phrase's case marker or its head) ...
        let attributed = |p: usize| {
            v.kids(p).any(|k| {
                (v.is(k, UdRel::Obl) || v.is(k, UdRel::Advcl) || v.is(k, UdRel::Advmod))
                    && (listed(&c.attribution, k)
                        || v.kids(k).any(|m| {
                            (v.is(m, UdRel::Case) || v.is(m, UdRel::Mark))
                                && listed(&c.attribution, m)
                        }))
            })
        };
        if attributed(i) {
            return Modality::Reported;
        }
        // ... or is what a verb of alleging imputes to its object ("accused Eritrean troops
        // of shelling"; the parser hangs the clause on the verb or on its object).
        let governor = crate::clause::object_control(v, i, c).map(|(g, _)| g);
        if governor.is_some_and(|g| listed(&c.allegation, g)) {
            return Modality::Reported;
        }
        // ... or what a noun is said to have done by an allegation word on it ("un exsenador
        // acusado de atacar", parsed with "acusado" an adjective and "de atacar" on the noun).
        if v.is(i, UdRel::Acl) {
            if let Some(n) = v.head(i) {
                let alleged = v.kids(n).any(|k| {
                    (v.is(k, UdRel::Amod) || v.is(k, UdRel::Acl))
                        && k < i
                        && listed(&c.allegation, k)
                });
                if alleged {
                    return Modality::Reported;
                }
            }
        }
        // ... or is the complement of a verb of saying, or hangs from one as parataxis
        // ("Iran, officials said, had threatened ..."), or has one hung on it as UD hangs a
        // trailing attribution ("The UN sent aid to Liberia, the WFP said").
        let mut cur = i;
        for _ in 0..4 {
            if self.attributed_clause(v, cur) || self.said_clause(v, cur) {
                return Modality::Reported;
            }
            let Some(h) = v.head(cur) else { break };
            let embeds = v.is(cur, UdRel::Ccomp) || v.is(cur, UdRel::Parataxis);
            // (An adverbial of a reported clause is reported with it: "missiles struck a
            // building, killing four people, officials said".)
            if !(v.is(cur, UdRel::Xcomp)
                || v.is(cur, UdRel::Conj)
                || v.is(cur, UdRel::Advcl)
                || embeds)
            {
                break;
            }
            cur = h;
        }
        Modality::Asserted
    }

    /// The dictionary form this verb instantiates: by inflected form first, then by lemma;
    /// multi-word verbs need their other words next to the inflected one, and win over
    /// single-word verbs when they match.
    fn verb_form(&self, v: &View, i: usize) -> Option<&VerbForm> {
        let fits = |f: &VerbForm| {
            f.words.iter().enumerate().all(|(j, x)| {
                let pos = i as isize + j as isize - f.head as isize;
                pos >= 0
                    && (pos as usize) < v.len()
                    && (j == f.head
                        || v.forms[pos as usize] == **x
                        || v.lemmas[pos as usize] == **x)
            })
        };
        // An entry listing the inflected form itself wins over one reached by the lemma:
        // the validation verbs give `LEFT [040:040]` its own block apart from `LEAVE [012]`.
        let by_form = self.lex.verb_forms(&v.forms[i]).iter().map(|f| (f, true));
        let by_lemma = self.lex.verb_forms(&v.lemmas[i]).iter().map(|f| (f, false));
        by_form
            .chain(by_lemma)
            .filter(|(f, _)| fits(f))
            .max_by_key(|(f, exact)| (f.words.len(), *exact, std::cmp::Reverse(f.line)))
            .map(|(f, _)| f)
    }

    /// Whether the predicate, or a predicate it is the complement of, carries a negator.
    fn negated(&self, v: &View, i: usize) -> bool {
        let mut cur = Some(i);
        for _ in 0..4 {
            let Some(c) = cur else { break };
            if v.kids(c).any(|k| {
                v.is(k, UdRel::Advmod)
                    && self
                        .config
                        .negators
                        .iter()
                        .any(|n| *n == v.lemmas[k] || *n == v.forms[k])
            }) {
                return true;
            }
            cur = if v.is(c, UdRel::Xcomp) {
                v.head(c)
            } else {
                None
            };
        }
        false
    }
}

/// What an event is triggered by, and how it was coded.
pub(crate) struct Trigger {
    /// Index of the sentence in its document.
    pub sentence: u32,
    /// The trigger word.
    pub word: usize,
    /// Its bytes (a light verb and its noun: both, and what lies between).
    pub span: Span,
    pub kind: TriggerKind,
    pub modality: Modality,
    /// Dictionary line of the pattern or entry that gave the code.
    pub line: usize,
    pub confidence: f32,
    /// What a denial says did not happen ([`CoderConfig::denial`]): negated, but no refusal.
    pub denied: bool,
}

/// Whether word `k`'s lemma or form (upper case) is in `list`, a lexicon class.
fn listed(v: &View, list: &[String], k: usize) -> bool {
    list.iter().any(|w| *w == v.lemmas[k] || *w == v.forms[k])
}

/// The clause predicate `i` is the complement of: up its `xcomp` chain while `step(head)`
/// allows.
fn complement_top(v: &View, i: usize, mut step: impl FnMut(usize) -> bool) -> usize {
    let mut top = i;
    while v.is(top, UdRel::Xcomp) {
        match v.head(top) {
            Some(h) if step(h) => top = h,
            _ => break,
        }
    }
    top
}

/// CAMEO's expression-of-intent code for an act `code` (with leading zeros) that is promised
/// (`threat` false: cooperation and concessions → 03, force and sanctions → 13) or threatened
/// (`threat` true: everything → 13, 130 when CAMEO names no closer threat). `None` for codes
/// whose intent CAMEO does not code (statements, appeals, demands, intents, threats).
pub fn intent_code(code: &str, threat: bool) -> Option<&'static str> {
    const COOPERATION: &[(&str, &str)] = &[
        ("04", "036"),
        ("045", "039"),
        ("05", "032"),
        ("06", "031"),
        ("061", "0311"),
        ("062", "0312"),
        ("063", "0313"),
        ("064", "0314"),
        ("07", "033"),
        ("071", "0331"),
        ("072", "0332"),
        ("073", "0333"),
        ("074", "0334"),
        ("08", "035"),
        ("081", "0351"),
        ("082", "0352"),
        ("083", "034"),
        ("0831", "0341"),
        ("0832", "0342"),
        ("0833", "0343"),
        ("0834", "0344"),
        ("084", "0353"),
        ("085", "0354"),
        ("086", "0355"),
        ("087", "0356"),
    ];
    const FORCE: &[(&str, &str)] = &[
        ("14", "133"),
        ("15", "130"),
        ("16", "131"),
        ("161", "1313"),
        ("162", "1311"),
        ("163", "1312"),
        ("164", "134"),
        ("165", "135"),
        ("166", "136"),
        ("17", "130"),
        ("172", "132"),
        ("1721", "1321"),
        ("1722", "1322"),
        ("1723", "1323"),
        ("1724", "1324"),
        ("173", "137"),
        ("174", "137"),
        ("175", "137"),
        ("18", "1383"),
        ("19", "138"),
        ("190", "1384"),
        ("191", "1381"),
        ("192", "1382"),
        ("193", "1384"),
        ("194", "1384"),
        ("195", "1384"),
        ("20", "1385"),
    ];
    let longest = |table: &[(&str, &'static str)]| longest_prefix(table, code);
    if threat {
        let root = code.get(..2)?;
        if matches!(root, "01" | "02" | "03" | "10" | "13") {
            return None;
        }
        return longest(FORCE).or(Some("130"));
    }
    longest(COOPERATION).or_else(|| longest(FORCE))
}

impl Coder {
    /// Whether verb `i` says its subjects act on each other: an object or adverbial of
    /// reserved class `mutual` ("mutuamente", "one another"), or one whose fixed second word is
    /// ("each other"). Why: "Serbia y Kosovo se acusaron mutuamente" is each party's accusation
    /// of the other, as a joint act's code is.
    fn said_mutual(&self, v: &View, i: usize) -> bool {
        let Some(mutual) = self.lex.class("mutual") else {
            return false;
        };
        let says = |k: usize| self.lex.in_class(mutual, &v.lemmas[k]);
        v.kids(i).any(|k| {
            [UdRel::Obj, UdRel::Iobj, UdRel::Obl, UdRel::Advmod]
                .iter()
                .any(|r| v.is(k, *r))
                && (says(k) || v.kids_with(k, UdRel::Fixed).any(says))
        })
    }

    /// "Israeli air strikes killed 20 people", "los bombardeos israelíes mataron a 20
    /// personas": an act of force that is the active subject of a verb of harm (reserved class
    /// `harm`) and that verb's event by the same source are one act. The closer code stands for
    /// both (an air strike, 195, over the killing's 190; the verb's on a tie), with the other's
    /// target when it has none and the verb's modality. Returns the events to drop.
    fn harm_restated(&self, v: &View, events: &mut [Event]) -> Vec<bool> {
        let mut drop = vec![false; events.len()];
        let Some(harm) = self.lex.class("harm") else {
            return drop;
        };
        let force = |e: &Event| {
            e.code
                .cameo()
                .is_some_and(|c| matches!(c.root_number(), 18..=20))
        };
        // How closely a code names the act: the bare "use force" of a verb of harm least.
        // (Also the killing of 180: "Los bombardeos rusos dejaron 15 muertos" is 195.)
        let closeness = |e: &Event| match e.code.cameo() {
            Some(c) if matches!(c.as_str(), "190" | "180") => 0,
            Some(c) => c.as_str().len(),
            None => 0,
        };
        for n in 0..events.len() {
            let e = &events[n];
            let w = e.trigger_word as usize;
            if e.trigger_kind != TriggerKind::Noun
                || !force(e)
                || !v.is(w, UdRel::Nsubj)
                || v.is_sub(w, UdRel::Nsubj, "pass")
            {
                continue;
            }
            let Some(h) = v.head(w).filter(|&h| self.lex.in_class(harm, &v.lemmas[h])) else {
                continue;
            };
            // (A weapon no one is named for is the verb's act whatever its subject phrase
            // names: "A roadside bomb near Mosul killed two policemen", the verb's source
            // read from "near Mosul".)
            let unknown = |e: &Event| matches!(e.source.codes.first(), Some(crate::event::ActorTag::Legacy(c)) if &**c == "---");
            let Some(x) = (0..events.len()).find(|&x| {
                !drop[x]
                    && events[x].trigger_kind == TriggerKind::Verb
                    && events[x].trigger_word as usize == h
                    && (events[x].source.codes == e.source.codes || unknown(e))
                    && force(&events[x])
            }) else {
                continue;
            };
            let (keep, gone) = match closeness(e) > closeness(&events[x]) {
                true => (n, x),
                false => (x, n),
            };
            if events[keep].target.is_none() {
                events[keep].target = events[gone].target.clone();
            }
            if unknown(&events[keep]) {
                events[keep].source = events[gone].source.clone();
            }
            // The clause says how the act is asserted ("..., informaron las autoridades").
            events[keep].modality = events[x].modality;
            drop[gone] = true;
        }
        drop
    }
}

/// Removes the events of `out[start..]` whose flag in `marked` is set (this sentence's events;
/// earlier sentences' are kept whatever the flags).
fn drop_marked(out: &mut Vec<Event>, start: usize, marked: &[bool]) {
    let mut idx = 0;
    out.retain(|_| {
        let keep = idx < start || !marked.get(idx - start).copied().unwrap_or(false);
        idx += 1;
        keep
    });
}

/// Drops pairs whose target is their source once capitals became places ("Argentina signed
/// ... in Buenos Aires": the capital was ARGGOV when paired, ARG after): a state is not its own
/// target. A source left with no pair keeps one without a target, as `dyads` does.
fn drop_self_targets(v: &View, pairs: &mut Vec<(Actor, Option<Actor>)>) {
    let own = |s: &Actor, t: &Option<Actor>| {
        t.as_ref()
            .is_some_and(|t| t.codes == s.codes && !crate::clause::two_named(v, s, t))
    };
    if !pairs.iter().any(|(s, t)| own(s, t)) {
        return;
    }
    let mut kept: Vec<(Actor, Option<Actor>)> = Vec::with_capacity(pairs.len());
    for (s, t) in pairs.drain(..) {
        if own(&s, &t) {
            if !kept.iter().any(|(k, _)| k.head == s.head) {
                kept.push((s, None));
            }
        } else {
            kept.retain(|(k, kt)| !(k.head == s.head && kt.is_none()));
            kept.push((s, t));
        }
    }
    *pairs = kept;
}

/// `code` as `map` recodes it, when `applies` and the code falls under one of `codes` (CAMEO
/// prefixes of a reserved class such as `threat_when_intended`).
fn recoded(
    code: &EventCode,
    applies: bool,
    codes: &[String],
    map: impl Fn(&str) -> Option<&'static str>,
) -> Option<EventCode> {
    let c = code.cameo().filter(|_| applies)?;
    let c = c.as_str();
    if !codes.iter().any(|u| c.starts_with(u.as_str())) {
        return None;
    }
    map(c).map(EventCode::parse)
}

/// CAMEO's rejection code for a cooperative act `code` (with leading zeros) that an actor
/// refuses or says it will not do ("Syria will not accept any more refugees", "refused to
/// release the prisoners"): material cooperation → 121, aid → 122, reform → 123, yielding →
/// 124, each to its closest sub-code. `None` for codes CAMEO has no rejection of.
pub fn rejection_code(code: &str) -> Option<&'static str> {
    const REJECTION: &[(&str, &str)] = &[
        ("06", "121"),
        ("061", "1211"),
        ("062", "1212"),
        ("07", "122"),
        ("071", "1221"),
        ("072", "1222"),
        ("073", "1223"),
        ("074", "1224"),
        ("08", "124"),
        ("081", "1241"),
        ("082", "1242"),
        ("083", "123"),
        ("0831", "1231"),
        ("0832", "1232"),
        ("0833", "1233"),
        ("0834", "1234"),
        ("084", "1243"),
        ("085", "1244"),
        ("086", "1245"),
        ("087", "1246"),
    ];
    longest_prefix(REJECTION, code)
}

/// The value of the longest key of `table` that `code` starts with: CAMEO's tables map a code
/// family and refine it by sub-code.
fn longest_prefix(table: &[(&str, &'static str)], code: &str) -> Option<&'static str> {
    table
        .iter()
        .filter(|(p, _)| code.starts_with(p))
        .max_by_key(|(p, _)| p.len())
        .map(|(_, c)| *c)
}

/// The forward (source → target) and reverse (target → source) codes; `None` for a code
/// that is deliberately no event (`none`, PETRARCH's `---`).
/// A government or an army does not demonstrate: its protest is an official complaint
/// (CAMEO 114), as in "Bogotá protested over the vice-president's remarks" or "el ejército
/// haitiano protestó contra los actos". A generic protest (140, 141) whose source is a
/// state's government or military (`COLGOV`, `HTIMIL`) is recoded so.
fn official_protest(e: &mut Event) {
    let generic = e
        .code
        .cameo()
        .is_some_and(|c| matches!(c.as_str(), "140" | "141"));
    let official = match e.source.codes.first() {
        Some(ActorTag::Code(c)) => {
            c.country().is_some() && {
                let mut sectors = c.sectors().peekable();
                sectors.peek().is_some() && sectors.all(|s| matches!(s, "GOV" | "MIL"))
            }
        }
        _ => false,
    };
    if generic && official {
        e.code = EventCode::parse("114");
    }
}

/// A protest with no target takes the target of the demand or protest its purpose clause
/// states: "continued their hunger strike to demand the resignation of the Algerian
/// president" is a strike against that president (CAMEO codes the protest at whom it aims).
fn purpose_targets(v: &View, events: &mut [Event]) {
    for i in 0..events.len() {
        let e = &events[i];
        let protest = e.code.cameo().is_some_and(|c| c.as_str().starts_with("14"));
        if !protest || e.target.is_some() {
            continue;
        }
        let t = e.trigger_word as usize;
        // The purpose clause hangs on the trigger or, for a light verb's noun, on its verb.
        let anchors = [Some(t), v.head(t)];
        let aims = |f: &Event| {
            let w = f.trigger_word as usize;
            let stated = f
                .code
                .cameo()
                .is_some_and(|c| matches!(&c.as_str()[..2], "10" | "11" | "14"));
            // (The parser may hang "to demand" on the strike noun itself.)
            stated
                && f.target.is_some()
                && ((v.is(w, UdRel::Advcl) && anchors.contains(&v.head(w)))
                    || (v.is(w, UdRel::Acl) && v.head(w) == Some(t)))
        };
        if let Some(target) = events
            .iter()
            .find(|f| aims(f))
            .and_then(|f| f.target.clone())
        {
            events[i].target = Some(target);
        }
    }
}

/// A protest stated again by its own purpose clause is one protest: "went on strike to
/// protest pension reforms", "marcharon para protestar contra la reforma". Marks the purpose
/// clause's protest for dropping; the protest it restates takes its code when that is a more
/// specific code of the same family (141 → 1412).
fn restated_protests(v: &View, events: &mut [Event]) -> Vec<bool> {
    let protest = |e: &Event| e.code.cameo().filter(|c| c.as_str().starts_with("14"));
    let mut drop = vec![false; events.len()];
    for i in 0..events.len() {
        let Some(code) = protest(&events[i]) else {
            continue;
        };
        let w = events[i].trigger_word as usize;
        if !v.is(w, UdRel::Advcl) || v.kids_with(w, UdRel::Mark).next().is_none() {
            continue;
        }
        let Some(h) = v.head(w) else { continue };
        let main = (0..events.len()).find(|&j| {
            j != i && !drop[j] && protest(&events[j]).is_some() && {
                let t = events[j].trigger_word as usize;
                t == h || v.head(t) == Some(h)
            }
        });
        if let Some(j) = main {
            drop[i] = true;
            let main_code = protest(&events[j]).expect("invariant: found as a protest");
            let (m, p) = (main_code.as_str(), code.as_str());
            if m.len() < p.len() && p.starts_with(m) {
                events[j].code = events[i].code.clone();
            }
        }
    }
    drop
}

/// Sectors that act inside one state: a judge, police, students or an opposition party
/// facing a state's own institutions are that state's.
const DOMESTIC_SECTORS: &[&str] = &[
    "GOV", "ELI", "JUD", "LEG", "COP", "OPP", "PTY", "EDU", "LAB", "CVL", "REB", "RAD", "MED",
    "REL", "BUS", "CRM", "HLH", "AGR",
];

/// Sectors placed by the state they face but saying nothing of the other side's state:
/// refugees protesting "the Russian government's refusal" are in Russia (as the PLOVER gold
/// records place them), while police evicting "Syrian refugees" are not Syria's.
const PLACED_BY_COUNTERPART: &[&str] = &["REF"];

/// A source the text gives only a domestic role ("a judge", "protesters", "rebels") facing
/// another state's domestic actors ("28 Chilean government officials", "the Algerian
/// president") is placed in that state (`JUD` → `CHLJUD`): news name the country once, on one
/// side. Armed forces, intelligence and foreign states on the other side say nothing of the
/// source's country ("insurgents killed U.S. soldiers"), and an unnamed `---` source stays
/// unnamed.
/// Reducing relations (16: recalling or expelling an ambassador, declaring someone persona
/// non grata) is done to another state: a target whose country came only from the story's
/// earlier sentences, and is the source's own, is no country's ("Peru declared the ambassador
/// persona non grata" in a story about Peru was PER → PERGOV).
fn foreign_party(e: &mut Event) {
    let relations = e.code.cameo().is_some_and(|c| c.root().as_str() == "16");
    let Some(t) = e
        .target
        .as_mut()
        .filter(|t| relations && t.country_from == Some("story"))
    else {
        return;
    };
    let country = |c: Option<&ActorTag>| match c {
        Some(ActorTag::Code(c)) => c.country().map(str::to_string),
        _ => None,
    };
    let own = country(e.source.codes.first());
    if own.is_none() || country(t.codes.first()) != own {
        return;
    }
    t.codes = t.roles_only();
    t.country_from = None;
}

fn domestic_counterpart(e: &mut Event) {
    // Codes with at least one sector, all of them in `lists`.
    let sectors_in = |c: &ActorCode, lists: &[&[&str]]| {
        let mut sectors = c.sectors().peekable();
        sectors.peek().is_some() && sectors.all(|s| lists.iter().any(|l| l.contains(&s)))
    };
    // The mirror: a state's civil institutions (government, police, courts, legislature)
    // coercing people the text gives only a role ("the Nicaraguan government stripped
    // opponents of their citizenship", 17) act at home; recognizing "the opposition
    // candidate" may be abroad. Not armed forces, which act abroad
    // ("Russian forces killed civilians" are not Russian civilians).
    if let (Some(ActorTag::Code(s)), Some(t)) = (e.source.codes.first(), e.target.as_mut()) {
        let coercion = e.code.cameo().is_some_and(|c| c.root().as_str() == "17");
        let civil = coercion && sectors_in(s, &[&["GOV", "COP", "JUD", "LEG"]]);
        let state = s
            .country()
            .filter(|c| dyad_core::is_state_code(c))
            .and_then(|c| c.parse::<ActorCode>().ok());
        let roles_only = t.codes.iter().all(|c| {
            matches!(c, ActorTag::Code(c) if c.primary_kind() == dyad_core::PrimaryKind::Sector
                && sectors_in(c, &[DOMESTIC_SECTORS]))
        });
        if let Some(state) = state.filter(|_| civil && roles_only) {
            t.place_in(&state, "counterpart");
            return;
        }
    }
    let domestic = |c: &ActorCode| sectors_in(c, &[DOMESTIC_SECTORS]);
    let Some(ActorTag::Code(t)) = e.target.as_ref().and_then(|t| t.codes.first()) else {
        return;
    };
    let Some(state) = t.country().and_then(|c| c.parse::<ActorCode>().ok()) else {
        return;
    };
    // (A news outlet faces every state: "the minister told Reuters" is not Britain's.)
    let outlet = t.sectors().all(|s| s == "MED");
    if !domestic(t) || outlet || !dyad_core::is_state_code(state.as_str()) {
        return;
    }
    // A country taken from the story's earlier sentences yields to the counterpart this
    // sentence names ("A judge opened an investigation against three Peruvian ministers" in a
    // story that began in Iraq).
    let roles: Box<[ActorTag]> = if e.source.country_from == Some("story") {
        e.source.roles_only()
    } else {
        e.source.codes.clone()
    };
    let placeable = |c: &ActorCode| sectors_in(c, &[DOMESTIC_SECTORS, PLACED_BY_COUNTERPART]);
    // A government official facing another state's government is as likely a foreign
    // counterpart ("the Mexican foreign minister met the secretary of state").
    let governments = t.sectors().any(|s| s == "GOV")
        && roles
            .iter()
            .any(|c| matches!(c, ActorTag::Code(c) if c.sectors().any(|s| s == "GOV")));
    let all_domestic = !governments
        && roles.iter().all(|c| {
            matches!(c, ActorTag::Code(c) if c.primary_kind() == dyad_core::PrimaryKind::Sector
                && placeable(c))
        });
    if all_domestic {
        let before = std::mem::replace(&mut e.source.codes, roles);
        if !e.source.place_in(&state, "counterpart") {
            e.source.codes = before;
        }
    }
}

/// The state a sentence opens with as its topic, "Cuba: dos presos mantienen huelga de
/// hambre", "Nigeria: gunmen kidnap 20 pupils": a state's name followed by a colon, the
/// wire-service headline form that places the whole story in that state.
fn topic_state(v: &View, lex: &Lexicon, date: Option<DictDate>) -> Option<ActorCode> {
    let (n, (id, role)) = (*v.actor_hits.first()?)?;
    if role != NameRole::Name || v.s.words.get(n as usize)?.form != ":" {
        return None;
    }
    lex.actor_codes(id, date).find_map(|c| match c {
        CodeSpec::Code(c) if c.as_str().len() == 3 && dyad_core::is_state_code(c.as_str()) => {
            Some(c.clone())
        }
        _ => None,
    })
}

/// `codes` placed in `state`: a code with no country (`CRM`, `LAB`) gets it (`CUBCRM`), and
/// an unnamed actor (`---`) becomes the state; codes with a country are unchanged.
pub(crate) fn in_state(codes: &[ActorTag], state: &ActorCode) -> Box<[ActorTag]> {
    codes
        .iter()
        .map(|c| match c {
            ActorTag::Code(c) if c.primary_kind() == dyad_core::PrimaryKind::Sector => {
                match format!("{}{}", state.as_str(), c.as_str()).parse() {
                    Ok(code) => ActorTag::Code(code),
                    Err(_) => ActorTag::Code(c.clone()),
                }
            }
            ActorTag::Legacy(s) if &**s == "---" => ActorTag::Code(state.clone()),
            other => other.clone(),
        })
        .collect()
}

/// `codes` with the sectors of `other`'s first code added to each code that is a bare
/// country (`PRY` + `BOLGOV` → `PRYGOV`); other codes unchanged.
fn with_sectors_of(codes: &[ActorTag], other: &[ActorTag]) -> Box<[ActorTag]> {
    let Some(ActorTag::Code(o)) = other.first() else {
        return codes.into();
    };
    let sectors: String = o.sectors().collect();
    codes
        .iter()
        .map(|c| match c {
            ActorTag::Code(c) if c.sectors().next().is_none() && !sectors.is_empty() => {
                match (c.country(), format!("{}{sectors}", c.as_str()).parse()) {
                    (Some(_), Ok(code)) => ActorTag::Code(code),
                    _ => ActorTag::Code(c.clone()),
                }
            }
            other => other.clone(),
        })
        .collect()
}

fn directions(code: &VerbCode) -> Option<(Option<&EventCode>, Option<&EventCode>)> {
    match code {
        VerbCode::Null => None,
        VerbCode::Event(e) => Some((Some(e), None)),
        VerbCode::Pair { forward, reverse } => Some((forward.as_ref(), reverse.as_ref())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offer_to_mediate_is_an_intent_to_mediate() {
        assert_eq!(intent_code("045", false), Some("039"));
        assert_eq!(intent_code("042", false), Some("036"));
        assert_eq!(intent_code("190", false), Some("1384"));
        assert_eq!(intent_code("045", true), Some("130"));
    }

    fn tags(codes: &[&str]) -> Vec<ActorTag> {
        codes
            .iter()
            .map(|c| match c.parse::<ActorCode>() {
                Ok(code) => ActorTag::Code(code),
                Err(_) => ActorTag::Legacy((*c).into()),
            })
            .collect()
    }

    fn strings(codes: &[ActorTag]) -> Vec<String> {
        codes.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn a_domestic_role_facing_a_states_own_actors_is_that_states() {
        let with_target = |source: &str, target: &str| {
            let mut e = event(source, "173");
            let mut t = e.source.clone();
            t.codes = tags(&[target]).into();
            e.target = Some(t);
            domestic_counterpart(&mut e);
            (strings(&e.source.codes), e.source.country_from)
        };
        assert_eq!(
            with_target("JUD", "CHLGOV"),
            (vec!["CHLJUD".to_string()], Some("counterpart"))
        );
        // Armed forces and bare states on the other side, unnamed or named sources: unchanged.
        assert_eq!(with_target("REB", "USAMIL").0, ["REB"]);
        assert_eq!(with_target("EDU", "USA").0, ["EDU"]);
        assert_eq!(with_target("---", "CHLGOV").0, ["---"]);
        assert_eq!(with_target("PERGOV", "CHLGOV").0, ["PERGOV"]);
        assert_eq!(with_target("MIL", "CHLOPP").0, ["MIL"]);
        // Refugees facing a government are where it governs; refugees named by their own
        // demonym on the other side say nothing of who evicts them.
        assert_eq!(with_target("REF", "RUSGOV").0, ["RUSREF"]);
        assert_eq!(with_target("COP", "SYRREF").0, ["COP"]);
        // A country from the story's earlier sentences yields; one the phrase names does not.
        let mut e = event("IRQJUD", "173");
        e.source.country_from = Some("story");
        let mut t = e.source.clone();
        t.codes = tags(&["CHLGOV"]).into();
        e.target = Some(t);
        let mut named = e.clone();
        named.source.country_from = None;
        domestic_counterpart(&mut e);
        domestic_counterpart(&mut named);
        assert_eq!(strings(&e.source.codes), ["CHLJUD"]);
        assert_eq!(strings(&named.source.codes), ["IRQJUD"]);
        // Facing an army, the story's country stays.
        let mut army = e.clone();
        army.source.codes = tags(&["IRQJUD"]).into();
        army.source.country_from = Some("story");
        army.target.as_mut().unwrap().codes = tags(&["USAMIL"]).into();
        domestic_counterpart(&mut army);
        assert_eq!(strings(&army.source.codes), ["IRQJUD"]);
    }

    #[test]
    fn an_actor_without_a_country_is_placed_once() {
        let irq: ActorCode = "IRQ".parse().unwrap();
        let mut a = event("---", "190").source;
        assert!(a.place_in(&irq, "place"));
        assert_eq!(
            (a.code_text(), a.country_from),
            ("IRQ".into(), Some("place"))
        );
        assert!(!a.place_in(&"SYR".parse().unwrap(), "place"));
        let mut named = event("USAMIL", "190").source;
        assert!(!named.place_in(&irq, "place"));
        let mut igo = event("IGOUNO", "190").source;
        assert!(!igo.place_in(&irq, "place"));
    }

    #[test]
    fn a_headline_state_takes_in_sectors_and_unnamed_actors_only() {
        let bol: ActorCode = "BOL".parse().unwrap();
        let placed = in_state(&tags(&["LAB", "---", "PERGOV", "IGOUNO"]), &bol);
        assert_eq!(strings(&placed), ["BOLLAB", "BOL", "PERGOV", "IGOUNO"]);
    }

    #[test]
    fn a_counterpart_takes_the_other_partys_sectors() {
        let peer = with_sectors_of(&tags(&["PRY", "PRYGOV"]), &tags(&["BOLGOVMIL"]));
        assert_eq!(strings(&peer), ["PRYGOVMIL", "PRYGOV"]);
        // Nothing to give: an other party with no sector, or not a code.
        assert_eq!(
            strings(&with_sectors_of(&tags(&["PRY"]), &tags(&["BOL"]))),
            ["PRY"]
        );
        assert_eq!(
            strings(&with_sectors_of(&tags(&["PRY"]), &tags(&["---"]))),
            ["PRY"]
        );
    }

    fn event(source: &str, code: &str) -> Event {
        Event {
            sentence_index: 0,
            source: Actor {
                codes: tags(&[source]).into(),
                head: 0,
                span: Span::new(0, 0),
                name: None,
                country_from: None,
            },
            target: None,
            code: EventCode::parse(code),
            modality: Modality::Asserted,
            trigger_word: 0,
            trigger_kind: TriggerKind::Verb,
            trigger: Span::new(0, 0),
            dictionary_line: 0,
            confidence: 1.0,
            date: None,
            place: None,
        }
    }

    #[test]
    fn a_governments_protest_is_an_official_complaint() {
        for (source, code, want) in [
            ("CHNGOV", "141", "114"),
            ("HTIMIL", "140", "114"),
            ("KOREDU", "141", "141"),
            // A bare state may be its people ("miles de israelíes manifestaron").
            ("ISR", "141", "141"),
            // Riots and strikes stay what they are.
            ("CHNGOV", "145", "145"),
        ] {
            let mut e = event(source, code);
            official_protest(&mut e);
            assert_eq!(e.code.to_string(), want, "{source} {code}");
        }
    }

    #[test]
    fn every_rejection_is_a_cameo_reject_code() {
        for code in dyad_core::CameoCode::all() {
            if let Some(r) = rejection_code(code.as_str()) {
                let r: dyad_core::CameoCode = r.parse().unwrap();
                assert_eq!(r.root_number(), 12, "{code:?} -> {r:?}");
            }
        }
        assert_eq!(rejection_code("075"), Some("122"));
        assert_eq!(rejection_code("0841"), Some("1243"));
        assert_eq!(rejection_code("0832"), Some("1232"));
        assert_eq!(rejection_code("190"), None);
    }

    #[test]
    fn untargeted_code_covers_its_sub_codes_only() {
        let c = CoderConfig {
            untargeted: vec!["14".into(), "0871".into()],
            ..CoderConfig::default()
        };
        let alone = |s: &str| c.stands_alone(&EventCode::parse(s));
        assert!(alone("14") && alone("143") && alone("1454") && alone("0871"));
        // Not the parent of a listed code, not a sibling, not a code that is no CAMEO code.
        assert!(!alone("087") && !alone("04") && !alone("040") && !alone("15"));
        assert!(!alone("14X"));
        assert!(!CoderConfig::default().stands_alone(&EventCode::parse("143")));
    }
}
