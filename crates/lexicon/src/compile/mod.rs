//! Dictionaries compiled into the matchers the event coder asks: [`Lexicon`].
//!
//! Every lookup takes tokens already normalized by [`normalize`] (ASCII upper case, as
//! PETRARCH compares), so a caller normalizes a sentence once into a reusable buffer and the
//! lookups themselves allocate nothing.

mod deps;
mod describe;
mod phrases;
mod verbs;

use std::collections::HashMap;
use std::path::Path;

use crate::dyad::actors::{ActorKind, NameRole};
use crate::dyad::agents::AgentKind;
use crate::dyad::DyadLexicon;

use crate::petrarch::actors::{ActorDictionary, CodeSpec, DatedCode, DictDate, Validity};
use crate::petrarch::agents::{AgentCode, AgentDictionary, Placement};
use crate::petrarch::discards::{DiscardList, DiscardScope};
use crate::petrarch::verbs::VerbDictionary;
use crate::petrarch::Warning;
use crate::Result;

pub use deps::{ClassId, DepCond, DepPattern, DepTest, NounEvent};
pub use describe::Description;
pub use phrases::PhraseIndex;
pub use verbs::{regular_verb_forms, Block, PatElem, SynsetWords, VerbForm, VerbPattern};

/// Upper-cases `word` into `out` (cleared first): the one normalization every lookup expects.
/// Unicode upper case, so Spanish `ejército` meets the dictionary's `EJÉRCITO`.
pub fn normalize(word: &str, out: &mut String) {
    out.clear();
    out.extend(word.chars().flat_map(char::to_uppercase));
}

/// An actor entry of the compiled lexicon (index into its dated codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ActorId(u32);

/// An agent entry of the compiled lexicon (index into its agent list), for callers that keep
/// per-sentence match tables without borrowing the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AgentId(u32);

/// An agent (role or sector noun) of the compiled lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// The code to add to an actor's (`GOV`, `GOVFRM`, `NGO`).
    pub code: AgentCode,
    /// Whether it goes after (`~X`) or before (`X~`) the actor's code.
    pub placement: Placement,
    /// Dictionary line.
    pub line: usize,
    /// What the agent's terms denote, when a dyad dictionary says (`None` for PETRARCH).
    pub kind: Option<AgentKind>,
}

/// An actor name found in a sentence: its length, its actor and how it names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActorMatch {
    /// Length in tokens.
    pub len: usize,
    /// The actor.
    pub id: ActorId,
    /// How the name stands for the actor: a demonym gives a country to an unknown person
    /// ("un diplomático ruso"), a capital or seat stands for the government. PETRARCH names
    /// are all [`NameRole::Name`].
    pub role: NameRole,
    /// Which words of the name must keep their capitals in the text ([`CapsMask`]): "US" is
    /// the United States, "us" a pronoun; "WHO", "who"; `=La Paz`, "la paz" (peace).
    pub caps: CapsMask,
}

/// How a name must be written in the text to match ([`ActorMatch::written_as`]). Bit k
/// (k < 8): word k is a two- or three-letter acronym written in capitals in its dyad
/// dictionary, and must be all capitals in the text. Bit 8 + k: word k of a name marked
/// `=` (`=La Paz`) starts with a capital, and must in the text too. PETRARCH names are
/// stored upper case, so their mask is always empty.
pub type CapsMask = u16;

/// The mask of a dyad name as written: its one-word acronyms of two or three capital letters
/// (longer acronyms, "NATO", "FARC", also match as "Nato", "Farc", as some newspapers write
/// them, and are no common lower-case words), and, for a `cased` name, its capitalized words.
pub(crate) fn caps_mask<S: AsRef<str>>(words: &[S], cased: bool) -> CapsMask {
    let mut mask = 0;
    for (k, w) in words.iter().take(8).enumerate() {
        let w = w.as_ref();
        let letters = w.chars().count();
        if (2..=3).contains(&letters) && w.chars().all(|c| c.is_uppercase()) {
            mask |= 1 << k;
        }
        if cased && w.chars().next().is_some_and(char::is_uppercase) {
            mask |= 1 << (8 + k);
        }
    }
    mask
}

impl ActorMatch {
    /// Whether the name's words, as written in the text (`written(k)`: the k-th word of the
    /// match), keep the capitals its acronyms need: false for "us" against the name "US".
    pub fn written_as<'a>(&self, written: impl Fn(usize) -> Option<&'a str>) -> bool {
        (0..self.len.min(8)).all(|k| {
            (self.caps & (1 << k) == 0
                || written(k).is_some_and(|f| !f.chars().any(char::is_lowercase)))
                && (self.caps & (1 << (8 + k)) == 0
                    || written(k).is_some_and(|f| f.chars().next().is_some_and(char::is_uppercase)))
        })
    }
}

#[derive(Debug, Clone)]
pub(crate) struct ActorInfo {
    kind: Option<ActorKind>,
    label: Box<str>,
}

/// The PETRARCH paths [`Lexicon::load_petrarch`] reads.
#[derive(Debug, Clone, Copy)]
pub struct PetrarchPaths<'a> {
    /// The verb dictionary.
    pub verbs: &'a Path,
    /// Actor dictionaries, in precedence order.
    pub actors: &'a [&'a Path],
    /// The agent dictionary.
    pub agents: &'a Path,
    /// The discard list, if any.
    pub discards: Option<&'a Path>,
}

/// Compiled dictionaries: actors, agents, verbs with patterns, event nouns, word classes,
/// discards; from PETRARCH files, dyad-format files, or both ([`LexiconBuilder`]).
///
/// Immutable once built and `Send + Sync`; share it behind an `Arc` between coders.
#[derive(Debug, Default)]
pub struct Lexicon {
    actor_names: PhraseIndex<(ActorId, NameRole, CapsMask)>,
    /// Demonyms and seat names other states share with their owner (`shared-demonym:`,
    /// `shared-seat:`): the sharing states (their government, for a seat).
    shared_names: PhraseIndex<Vec<ActorId>>,
    actor_codes: Vec<Box<[DatedCode]>>,
    actor_info: Vec<ActorInfo>,
    agents: PhraseIndex<u32>,
    agent_list: Vec<Agent>,
    discards: PhraseIndex<DiscardScope>,
    verbs: verbs::CompiledVerbs,
    nouns: HashMap<Box<str>, NounEvent>,
    classes: deps::Classes,
    descriptions: describe::Descriptions,
    /// Whether a PETRARCH verb dictionary was added ([`Lexicon::has_petrarch_verbs`]).
    petrarch_verbs: bool,
}

/// Builds a [`Lexicon`] from several sources. **Precedence: the source added first wins** for
/// every key it defines (an actor name, an agent phrase, a verb lemma or form, an event noun);
/// later sources only fill what earlier ones lack. Word classes are the exception: a class
/// defined again gains the later members, so a user file can extend `@weapon`. The intended
/// order is the user's own files, then `--petrarch-*` files, then the built-in lexicon.
///
/// ```
/// use std::path::Path;
/// use dyad_lexicon::{dyad::DyadLexicon, LexiconBuilder};
/// let mut mine = DyadLexicon::default();
/// mine.add_text("dyad-lexicon version=1 kind=actors lang=en\nactor USAMIL\n  name: Pentagon\n",
///     Path::new("mine/actors.txt")).unwrap();
/// let lex = LexiconBuilder::new().dyad(&mine).build();
/// let (n, id) = lex.actor_at(&["PENTAGON"], 0).unwrap();
/// assert_eq!((n, lex.actor_label(id)), (1, "USAMIL"));
/// ```
#[derive(Debug, Default)]
pub struct LexiconBuilder {
    lex: Lexicon,
}

impl LexiconBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        LexiconBuilder::default()
    }

    /// Adds loaded PETRARCH dictionaries (actor dictionaries in precedence order).
    pub fn petrarch(
        mut self,
        verbs: &VerbDictionary,
        actors: &[&ActorDictionary],
        agents: &AgentDictionary,
        discards: &DiscardList,
    ) -> Self {
        let lex = &mut self.lex;
        lex.petrarch_verbs = true;
        for d in actors {
            for e in &d.entries {
                let id = ActorId(lex.actor_codes.len() as u32);
                lex.actor_codes.push(e.codes.clone().into_boxed_slice());
                let label = e
                    .names
                    .first()
                    .map(|n| n.words.join(" "))
                    .unwrap_or_default();
                lex.actor_info.push(ActorInfo {
                    kind: None,
                    label: label.into(),
                });
                for n in &e.names {
                    lex.actor_names.insert(&n.words, (id, NameRole::Name, 0));
                }
            }
        }
        for e in &agents.entries {
            let id = lex.agent_list.len() as u32;
            lex.agent_list.push(Agent {
                code: e.code.clone(),
                placement: e.placement,
                line: e.line,
                kind: None,
            });
            lex.agents.insert(&e.words, id);
            if let Some(pl) = e.plural_words() {
                lex.agents.insert(&pl, id);
            }
        }
        for d in &discards.entries {
            lex.discards.insert(&d.words, d.scope);
        }
        verbs::add(&mut lex.verbs, verbs);
        self
    }

    /// Adds a dyad-format lexicon (already checked by [`DyadLexicon::validate`] when it came
    /// from [`crate::dyad::load_dir`]).
    pub fn dyad(mut self, d: &DyadLexicon) -> Self {
        deps::add_dyad(&mut self.lex, d);
        describe::add_dyad(&mut self.lex, d);
        self
    }

    /// The compiled lexicon.
    pub fn build(self) -> Lexicon {
        self.lex
    }
}

impl Lexicon {
    /// Compiles loaded PETRARCH dictionaries. Several actor dictionaries may be given; on a
    /// name defined twice, the first definition wins.
    pub fn from_petrarch(
        verbs: &VerbDictionary,
        actors: &[&ActorDictionary],
        agents: &AgentDictionary,
        discards: &DiscardList,
    ) -> Lexicon {
        LexiconBuilder::new()
            .petrarch(verbs, actors, agents, discards)
            .build()
    }

    /// Compiles one dyad-format lexicon.
    pub fn from_dyad(d: &DyadLexicon) -> Lexicon {
        LexiconBuilder::new().dyad(d).build()
    }

    /// Reads a dyad lexicon directory ([`crate::dyad::load_dir`]) and compiles it.
    pub fn load_dyad_dir(dir: &Path) -> Result<Lexicon> {
        Ok(Lexicon::from_dyad(&crate::dyad::load_dir(dir)?))
    }

    /// Reads and compiles PETRARCH files, returning the loaders' warnings alongside.
    pub fn load_petrarch(paths: PetrarchPaths<'_>) -> Result<(Lexicon, Vec<Warning>)> {
        let mut warnings = Vec::new();
        let v = VerbDictionary::load(paths.verbs)?;
        warnings.extend(v.warnings);
        let mut actor_dicts = Vec::new();
        for p in paths.actors {
            let a = ActorDictionary::load(p)?;
            warnings.extend(a.warnings);
            actor_dicts.push(a.value);
        }
        let g = AgentDictionary::load(paths.agents)?;
        warnings.extend(g.warnings);
        let d = match paths.discards {
            Some(p) => {
                let d = DiscardList::load(p)?;
                warnings.extend(d.warnings);
                d.value
            }
            None => DiscardList::default(),
        };
        let refs: Vec<&ActorDictionary> = actor_dicts.iter().collect();
        Ok((
            Lexicon::from_petrarch(&v.value, &refs, &g.value, &d),
            warnings,
        ))
    }

    /// The longest actor name starting at `tokens[i]`: its length and entry.
    pub fn actor_at<S: AsRef<str>>(&self, tokens: &[S], i: usize) -> Option<(usize, ActorId)> {
        self.actor_names
            .longest_at(tokens, i)
            .map(|(n, (id, _, _))| (n, *id))
    }

    /// Like [`Lexicon::actor_at`], with how the name stands for its actor.
    pub fn actor_match_at<S: AsRef<str>>(&self, tokens: &[S], i: usize) -> Option<ActorMatch> {
        self.actor_names
            .longest_at(tokens, i)
            .map(|(len, (id, role, caps))| ActorMatch {
                len,
                id: *id,
                role: *role,
                caps: *caps,
            })
    }

    /// The other states a demonym or seat name matched at `tokens[i..i + len]` may stand for
    /// (`shared-demonym:` lines: "Congolese" is the DR Congo's and the Republic of the
    /// Congo's; `shared-seat:` lines: "National Palace" is Mexico's, Haiti's and others'), in
    /// file order; empty for a name one state owns alone. The match itself
    /// ([`Lexicon::actor_match_at`]) gives the owner; the coder picks a sharer only when the
    /// story has named it.
    pub fn shared_name_states<S: AsRef<str>>(
        &self,
        tokens: &[S],
        i: usize,
        len: usize,
    ) -> &[ActorId] {
        match self.shared_names.longest_at(tokens, i) {
            Some((n, states)) if n == len => states,
            _ => &[],
        }
    }

    /// What kind of actor `id` is, when a dyad dictionary says (`None` for PETRARCH actors).
    pub fn actor_kind(&self, id: ActorId) -> Option<ActorKind> {
        self.actor_info[id.0 as usize].kind
    }

    /// A label for logs and output: a dyad block's header (code or person's name), or a
    /// PETRARCH entry's first name.
    pub fn actor_label(&self, id: ActorId) -> &str {
        &self.actor_info[id.0 as usize].label
    }

    /// The codes of an actor valid on `date`, in file order.
    ///
    /// PETRARCH's rule: a dated code whose range covers the date wins over undated ones, and of
    /// several dated codes covering the date the first in the file wins (the validation actors
    /// mark a narrow range listed before a wider one "should override the next restriction");
    /// otherwise the undated codes apply. Without a date, or when no code applies, the undated
    /// codes are used, and failing those the first code of the entry, so that a dictionary
    /// actor is never silently dropped for want of a date.
    pub fn actor_codes(
        &self,
        id: ActorId,
        date: Option<DictDate>,
    ) -> impl Iterator<Item = &CodeSpec> {
        let codes: &[DatedCode] = &self.actor_codes[id.0 as usize];
        let dated_hit = date.and_then(|d| codes.iter().position(|c| dated_covers(&c.validity, d)));
        let any_undated = codes.iter().any(|c| c.validity == Validity::Always);
        codes
            .iter()
            .enumerate()
            .filter(move |(i, c)| {
                if let Some(first) = dated_hit {
                    // `[A/B 2001-2002]` gives two codes with one range: keep both.
                    c.validity == codes[first].validity
                } else if any_undated {
                    c.validity == Validity::Always
                } else {
                    *i == 0
                }
            })
            .map(|(_, c)| &c.code)
    }

    /// The longest agent phrase starting at `tokens[i]`: its length and the agent.
    pub fn agent_at<S: AsRef<str>>(&self, tokens: &[S], i: usize) -> Option<(usize, &Agent)> {
        self.agents
            .longest_at(tokens, i)
            .map(|(n, id)| (n, &self.agent_list[*id as usize]))
    }

    /// Like [`Lexicon::agent_at`], with the agent's id instead of a reference.
    pub fn agent_id_at<S: AsRef<str>>(&self, tokens: &[S], i: usize) -> Option<(usize, AgentId)> {
        self.agents
            .longest_at(tokens, i)
            .map(|(n, id)| (n, AgentId(*id)))
    }

    /// The longest agent phrase starting at word `i` whose every word matches the token's
    /// form or its lemma (both upper case, same length): "ministros de Relaciones Exteriores"
    /// meets the term "ministro de Relaciones Exteriores" through the lemma of its first word
    /// and the forms of the others. dyad-format agents are written for this lookup.
    pub fn agent_id_at_either<S: AsRef<str>>(
        &self,
        forms: &[S],
        lemmas: &[S],
        i: usize,
    ) -> Option<(usize, AgentId)> {
        self.agents
            .longest_at_either(forms, lemmas, i)
            .map(|(n, id)| (n, AgentId(*id)))
    }

    /// The agent with id `id` (from [`Lexicon::agent_id_at`]).
    pub fn agent(&self, id: AgentId) -> &Agent {
        &self.agent_list[id.0 as usize]
    }

    /// The first discard phrase in `tokens`, if any, and its scope.
    pub fn discard_in<S: AsRef<str>>(&self, tokens: &[S]) -> Option<DiscardScope> {
        (0..tokens.len()).find_map(|i| self.discards.longest_at(tokens, i).map(|(_, s)| *s))
    }

    /// Dictionary verb forms whose inflected word is `word` (upper case).
    pub fn verb_forms(&self, word: &str) -> &[VerbForm] {
        self.verbs.forms.get(word).map_or(&[], Vec::as_slice)
    }

    /// A verb block by index (from [`VerbForm::block`]).
    pub fn block(&self, i: u32) -> &Block {
        &self.verbs.blocks[i as usize]
    }

    /// A synset by id (from [`PatElem::Synset`]); `None` for an unknown synset.
    pub fn synset(&self, id: u32) -> Option<&SynsetWords> {
        self.verbs.synsets.get(id as usize)
    }

    /// The event noun with upper-case lemma `lemma`, if any.
    pub fn noun_event(&self, lemma: &str) -> Option<&NounEvent> {
        self.nouns.get(lemma)
    }

    /// The word class named `name` (without `@`), if any.
    pub fn class(&self, name: &str) -> Option<ClassId> {
        self.classes.ids.get(name).copied()
    }

    /// Whether upper-case `lemma` is in class `id`.
    pub fn in_class(&self, id: ClassId, lemma: &str) -> bool {
        self.classes
            .members
            .get(id.0 as usize)
            .is_some_and(|m| m.contains(lemma))
    }

    /// Whether PETRARCH verb dictionaries are among this lexicon's sources. Why: the coder
    /// then follows PETRARCH's reading of their codes where it differs from dyad's own (the
    /// negation algebra, `dyad_events::negation`), so that users who bring these files get
    /// the events PETRARCH gives them.
    pub fn has_petrarch_verbs(&self) -> bool {
        self.petrarch_verbs
    }

    /// The members (upper case) of the class named `name`; empty when there is none. The
    /// reserved classes `negator` and `pronoun` are what the coder's `CoderConfig` lists
    /// should come from when a lexicon defines them.
    pub fn class_members(&self, name: &str) -> impl Iterator<Item = &str> {
        self.class(name)
            .and_then(|id| self.classes.members.get(id.0 as usize))
            .into_iter()
            .flatten()
            .map(|m| &**m)
    }

    /// Sizes, for logs and tests: (actor names, agent phrases, verb forms, blocks).
    pub fn sizes(&self) -> (usize, usize, usize, usize) {
        (
            self.actor_names.len(),
            self.agents.len(),
            self.verbs.forms.values().map(Vec::len).sum(),
            self.verbs.blocks.len(),
        )
    }
}

fn dated_covers(v: &Validity, d: DictDate) -> bool {
    match v {
        Validity::From(a) => d >= *a,
        Validity::Until(b) => d <= *b,
        Validity::Between(a, b) => *a <= d && d <= *b,
        Validity::On(a) => d == *a,
        Validity::Always | Validity::Malformed(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    const ACTORS: &str = "GONDOR [GON]\n+MINAS_TIRITH\nGOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\nTHE_SHIRE [FRO/BIL]\n";
    const AGENTS: &str = "PRESIDENT [~GOV]\nHUMAN_RIGHTS_BODY [NGO~]\nPOLICE {} [~COP]\n";
    const VERBS: &str = "--- RESTORE [050] ---\nRESTORE\n- * TIES [051]\n--- MEET [040:040] ---\nMEET {MEETS MET MEETING}\n";

    fn lex() -> Lexicon {
        let p = Path::new("t");
        let v = VerbDictionary::parse(VERBS, p).unwrap().value;
        let a = ActorDictionary::parse(ACTORS, p).unwrap().value;
        let g = AgentDictionary::parse(AGENTS, p).unwrap().value;
        Lexicon::from_petrarch(&v, &[&a], &g, &DiscardList::default())
    }

    fn date(year: u16, month: u8, day: u8) -> Option<DictDate> {
        Some(DictDate { year, month, day })
    }

    fn codes(l: &Lexicon, id: ActorId, d: Option<DictDate>) -> Vec<String> {
        l.actor_codes(id, d)
            .map(|c| match c {
                CodeSpec::Code(a) => a.to_string(),
                CodeSpec::Null => "---".into(),
                CodeSpec::Legacy(s) => s.to_string(),
            })
            .collect()
    }

    #[test]
    fn actors_longest_match_and_dates() {
        let l = lex();
        let toks = ["IN", "MINAS", "TIRITH", "SMEAGOL"];
        let (n, gon) = l.actor_at(&toks, 1).unwrap();
        assert_eq!((n, codes(&l, gon, None)), (2, vec!["GON".to_string()]));
        let (_, g) = l.actor_at(&toks, 3).unwrap();
        assert_eq!(codes(&l, g, date(1994, 1, 1)), ["HOB"]);
        assert_eq!(codes(&l, g, date(1997, 1, 1)), ["HOBGOV"]);
        assert_eq!(codes(&l, g, date(2001, 1, 1)), ["HOBREB"]);
        assert_eq!(codes(&l, g, None), ["HOB"]);
        let (_, s) = l.actor_at(&["THE", "SHIRE"], 0).unwrap();
        assert_eq!(codes(&l, s, None), ["FRO", "BIL"]);
    }

    #[test]
    fn first_covering_dated_code_wins() {
        let p = Path::new("t");
        let a = ActorDictionary::parse(
            "SAM_GAMGEE [HOB]\n\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\n",
            p,
        )
        .unwrap()
        .value;
        let v = VerbDictionary::parse(VERBS, p).unwrap().value;
        let g = AgentDictionary::parse(AGENTS, p).unwrap().value;
        let l = Lexicon::from_petrarch(&v, &[&a], &g, &DiscardList::default());
        let (_, s) = l.actor_at(&["SAM", "GAMGEE"], 0).unwrap();
        assert_eq!(codes(&l, s, date(2010, 1, 10)), ["ORCHOB"]);
        assert_eq!(codes(&l, s, date(2011, 1, 10)), ["HOBMIL"]);
        assert_eq!(codes(&l, s, date(2015, 1, 10)), ["HOB"]);
    }

    #[test]
    fn agents_with_plurals_and_placement() {
        let l = lex();
        let (n, a) = l.agent_at(&["PRESIDENTS"], 0).unwrap();
        assert_eq!((n, a.placement), (1, Placement::Suffix));
        let (n, a) = l.agent_at(&["HUMAN", "RIGHTS", "BODY"], 0).unwrap();
        assert_eq!((n, a.placement), (3, Placement::Prefix));
        assert!(l.agent_at(&["POLICES"], 0).is_none());
    }

    #[test]
    fn verbs_by_generated_and_listed_forms() {
        let l = lex();
        let f = &l.verb_forms("RESTORED")[0];
        assert_eq!(&*l.block(f.block).name, "RESTORE");
        assert_eq!(l.block(f.block).patterns[0].specificity, 2);
        assert_eq!(l.verb_forms("MET").len(), 1);
        assert!(l.verb_forms("MEETED").is_empty());
    }
}
