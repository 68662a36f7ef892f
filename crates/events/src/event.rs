//! What the coder produces ([`Event`]) and the JSONL record of issue 3 ([`EventRecord`]).

use std::fmt;

use dyad_core::{ActorCode, PrimaryKind, Sentence, Span};
use dyad_lexicon::petrarch::actors::DictDate;
use dyad_lexicon::petrarch::EventCode;
use serde::{Deserialize, Serialize};

/// One code of an actor: a CAMEO actor code, or a dictionary's own code kept verbatim
/// (validation-suite fictions such as `+++`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ActorTag {
    /// A well-formed CAMEO actor code.
    Code(ActorCode),
    /// Anything else, as the dictionary wrote it.
    Legacy(Box<str>),
    /// An actor the dictionaries do not know, named by the words of its phrase (upper case),
    /// as PETRARCH's `new_actor_length` option does; printed in double quotes.
    New(Box<str>),
}

impl fmt::Display for ActorTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ActorTag::Code(c) => write!(f, "{c}"),
            ActorTag::Legacy(s) => f.write_str(s),
            ActorTag::New(s) => write!(f, "\"{s}\""),
        }
    }
}

/// An actor found in a sentence: its codes and where it was named.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Actor {
    /// The codes (usually one; a dictionary line may give several, `[FRO/BIL]`).
    pub codes: Box<[ActorTag]>,
    /// The head word of the noun phrase, 0-based.
    pub head: u32,
    /// Bytes of the words that named it (the actor or agent phrase).
    pub span: Span,
    /// How an earlier sentence named it, when these words stand for an actor met before (a
    /// surname, a pronoun, a Spanish missing subject): "Abiy Ahmed" for "Ahmed".
    pub name: Option<Box<str>>,
    /// Where the country came from when the phrase gives this actor none: `"place"`, the place
    /// of the event ("gunmen near Samarra" → IRQ), `"counterpart"`, the state of the other
    /// party to a domestic event ("a judge charged Chilean officials" → CHLJUD), or `"story"`,
    /// the one state the document named before ("the police" in a story about Kenya).
    /// Analysts may keep or drop such inferred countries.
    pub country_from: Option<&'static str>,
}

impl Actor {
    /// The codes as one string, `/`-separated as PETRARCH writes them.
    pub fn code_text(&self) -> String {
        let mut s = String::new();
        for (i, c) in self.codes.iter().enumerate() {
            if i > 0 {
                s.push('/');
            }
            s.push_str(&c.to_string());
        }
        s
    }

    /// The code as PETRARCH prints it: a role with no known country gets the `---` prefix
    /// (`---GOV`), the way the validation suite writes it.
    pub fn petrarch_code(&self) -> String {
        let t = self.code_text();
        match self.codes.first() {
            Some(ActorTag::Code(c)) if c.primary_kind() == PrimaryKind::Sector => format!("---{t}"),
            _ => t,
        }
    }

    /// Moves an actor whose country came from the story's earlier sentences to `state`, the
    /// place this sentence gives its event: "Russian forces killed civilians in Kharkiv" in a
    /// story that named only Russia are Ukraine's civilians. Returns whether it changed.
    pub fn replace_story_state(&mut self, state: &ActorCode, from: &'static str) -> bool {
        if self.country_from != Some("story") {
            return false;
        }
        let roles = self.roles_only();
        let before = std::mem::replace(&mut self.codes, roles);
        if self.place_in(state, from) {
            return true;
        }
        self.codes = before;
        false
    }

    /// Whether the text gave this actor only roles, no country, state or organization (`GOV`,
    /// `---`): what an inferred country may be added to.
    pub fn countryless(&self) -> bool {
        !self.codes.is_empty()
            && self.codes.iter().all(|c| match c {
                ActorTag::Code(c) => c.primary_kind() == PrimaryKind::Sector,
                ActorTag::Legacy(s) => &**s == "---",
                ActorTag::New(_) => false,
            })
    }

    /// The codes without their country (`PERGOV` → `GOV`; a bare state or a code with no
    /// country stays as it is): what is left of an actor whose country was only inferred.
    pub fn roles_only(&self) -> Box<[ActorTag]> {
        self.codes
            .iter()
            .map(|c| match c {
                ActorTag::Code(c) if c.country().is_some() && c.as_str().len() > 3 => c.as_str()
                    [3..]
                    .parse()
                    .map_or_else(|_| ActorTag::Code(c.clone()), ActorTag::Code),
                other => other.clone(),
            })
            .collect()
    }

    /// Places an actor the text gives no country in `state`, inferred as `from` says (the
    /// place of the event, `---` → `IRQ`, `REB` → `IRQREB`, the way event datasets code
    /// unidentified attackers and local groups). Named states, organizations and actors with
    /// a country of their own are unchanged; returns whether the actor changed.
    pub fn place_in(&mut self, state: &ActorCode, from: &'static str) -> bool {
        if !self.countryless() {
            return false;
        }
        let placed = crate::coder::in_state(&self.codes, state);
        if placed == self.codes {
            return false;
        }
        self.codes = placed;
        self.country_from = Some(from);
        true
    }

    fn cameo(&self) -> Option<&ActorCode> {
        match self.codes.first() {
            Some(ActorTag::Code(c)) => Some(c),
            _ => None,
        }
    }
}

/// How the event is asserted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Said to have happened.
    Asserted,
    /// Said not to have happened (`did not attack`).
    Negated,
    /// Planned or future.
    Intended,
    /// Embedded in someone's statement.
    Reported,
    /// Conditional or hypothetical.
    Hypothetical,
}

/// What kind of word triggered an event, so that users can tell nominal events apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TriggerKind {
    /// A verb ("Russia attacked Ukraine").
    Verb,
    /// An event noun on its own ("during Putin's visit to Tokyo", "la visita del canciller a
    /// Lima"): participants from the noun's possessor, demonym or `by`/`de` phrase.
    Noun,
    /// An event noun as the object of one of its light verbs ("paid a visit to Tokyo",
    /// "mantuvo conversaciones con Kiev"): coded as the noun, the verb's subject acting.
    LightVerb,
}

/// One coded event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Index of the sentence in its document.
    pub sentence_index: u32,
    /// Who acts.
    pub source: Actor,
    /// Who is acted upon, if anyone.
    pub target: Option<Actor>,
    /// The event code: CAMEO, or the dictionary's legacy code as written.
    pub code: EventCode,
    /// Asserted, negated, ...
    pub modality: Modality,
    /// The trigger (the verb, or the event noun of a nominal event), 0-based word index.
    pub trigger_word: u32,
    /// Verb, event noun, or light verb with its event noun.
    pub trigger_kind: TriggerKind,
    /// Bytes of the trigger.
    pub trigger: Span,
    /// Verb-dictionary line of the pattern (or verb) that gave the code: the evidence.
    pub dictionary_line: usize,
    /// How sure the coder is, 0–1 (a matched pattern scores above a bare verb code).
    pub confidence: f32,
    /// When it happened, as the text says; `None` until the time stage has run, or when the
    /// sentence gives no date (the record then falls back to the document's date).
    pub date: Option<EventDate>,
    /// Where it happened, as the text or the dateline says; `None` when nothing says.
    pub place: Option<LocationRecord>,
}

/// How precise an event's date is, and where it came from: analysts must be able to tell a
/// date the sentence states from the publication date standing in for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// A day the text gives.
    Day,
    /// A week the text gives.
    Week,
    /// A month the text gives.
    Month,
    /// A year the text gives.
    Year,
    /// A decade the text gives ("in the 1990s").
    Decade,
    /// The text says nothing: the document's date stands in.
    Document,
}

impl DatePrecision {
    /// The word used in the JSONL contract.
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Week => "week",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Decade => "decade",
            DatePrecision::Document => "document",
        }
    }
}

/// The date of an event as the sentence states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDate {
    /// ISO 8601 with reduced precision (`2021-06-09`, `2021-06`, `2021`), or an interval
    /// `start/end` for parts of periods ("the first half of June").
    pub value: String,
    /// Its precision.
    pub precision: DatePrecision,
    /// Bytes of the temporal expression in the document text.
    pub span: Span,
}

/// What the coder knows about the document a sentence comes from.
#[derive(Debug, Clone, Default)]
pub struct DocContext {
    /// The document id.
    pub doc_id: String,
    /// Publication date: dated actor codes are resolved against it.
    pub date: Option<DictDate>,
}

/// An actor in the JSONL contract.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ActorRecord {
    /// The code (`/`-joined if several).
    pub code: String,
    /// The state, when the code names one.
    pub country: Option<String>,
    /// Role/sector segments.
    pub sectors: Vec<String>,
    /// A name for display (the words that named it, until a gazetteer of names exists).
    pub name: Option<String>,
    /// The words in the sentence.
    pub text: String,
    /// Bytes of those words in the document text (`[start, end)`), so that a viewer can mark
    /// them; an extra field beyond issue 3's contract.
    #[serde(default)]
    pub span: [u32; 2],
    /// Where the country came from when the text names none for this actor: `"place"`, the
    /// place of the event ("a roadside bomb near Samarra" → IRQ), `"counterpart"`, the other
    /// party's state in a domestic event, or `"story"`, the document's one state named
    /// before; absent when the phrase names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_from: Option<String>,
}

/// `plover` in the JSONL contract.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PloverRecord {
    /// PLOVER event type.
    pub event: String,
    /// PLOVER mode, if any.
    pub mode: Option<String>,
}

/// `location` in the JSONL contract: where the event happened.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LocationRecord {
    /// Place name (the gazetteer's English name when resolved, else the words of the text).
    pub name: String,
    /// Its country (ISO 3166 alpha-3, which is also the CAMEO country code).
    pub country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// GeoNames id of the gazetteer entry, when resolved; an extra field beyond issue 3's
    /// contract, so that places can be joined with other GeoNames-keyed data.
    #[serde(default)]
    pub geonames_id: Option<u32>,
    /// `text` (the sentence names it) or `dateline` (the document's dateline stands in).
    #[serde(default)]
    pub from: Option<String>,
    /// Bytes of the place words in the document text, when the sentence names it.
    #[serde(default)]
    pub span: Option<[u32; 2]>,
}

/// One line of `dyad code --format jsonl` (issue 3's contract; other tools depend on it).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EventRecord {
    /// Document id.
    pub doc_id: String,
    /// Sentence index in the document.
    pub sentence_index: u32,
    /// The sentence text.
    pub sentence: String,
    /// ISO date of the event.
    pub date: Option<String>,
    /// `day`, `week`, `month`, `year`, `decade` or `document` (the document's date stands in).
    pub date_precision: DatePrecision,
    /// The source actor.
    pub source: ActorRecord,
    /// The target actor.
    pub target: Option<ActorRecord>,
    /// CAMEO code; a legacy dictionary code is passed through as written.
    pub cameo: String,
    /// CAMEO cue category.
    pub cameo_root: Option<String>,
    /// GDELT quad class, 1–4.
    pub quad_class: Option<u8>,
    /// Goldstein value.
    pub goldstein: Option<f32>,
    /// PLOVER coding.
    pub plover: Option<PloverRecord>,
    /// Modality.
    pub modality: Modality,
    /// Place.
    pub location: Option<LocationRecord>,
    /// The trigger words.
    pub trigger: String,
    /// Bytes of the trigger in the document text (`[start, end)`); an extra field beyond
    /// issue 3's contract, so that a viewer can mark it.
    #[serde(default)]
    pub trigger_span: [u32; 2],
    /// `verb`, `noun` or `light_verb`: an extra field beyond issue 3's contract, so that
    /// nominal events can be told apart (`trigger` alone cannot say).
    pub trigger_kind: TriggerKind,
    /// Confidence, 0–1.
    pub confidence: f32,
}

fn actor_record(a: &Actor, s: &Sentence) -> ActorRecord {
    let text = slice(s, a.span);
    ActorRecord {
        code: a.code_text(),
        country: a.cameo().and_then(|c| c.country()).map(str::to_string),
        sectors: a
            .cameo()
            .map(|c| c.sectors().map(str::to_string).collect())
            .unwrap_or_default(),
        name: match &a.name {
            Some(n) => Some(n.to_string()),
            None => (!text.is_empty()).then(|| text.clone()),
        },
        text,
        span: [a.span.start, a.span.end],
        country_from: a.country_from.map(str::to_string),
    }
}

/// Text of `span` within the sentence (spans are document offsets; the sentence knows its own).
fn slice(s: &Sentence, span: Span) -> String {
    let start = span.start.saturating_sub(s.span.start) as usize;
    let end = span.end.saturating_sub(s.span.start) as usize;
    s.text.get(start..end).unwrap_or_default().to_string()
}

impl EventRecord {
    /// The record of `e`, found in `sentence` of the document `doc`.
    pub fn new(e: &Event, sentence: &Sentence, doc: &DocContext) -> EventRecord {
        let cameo = e.code.cameo();
        EventRecord {
            doc_id: doc.doc_id.clone(),
            sentence_index: e.sentence_index,
            sentence: sentence.text.clone(),
            date: match &e.date {
                Some(d) => Some(d.value.clone()),
                None => doc
                    .date
                    .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
            },
            date_precision: e
                .date
                .as_ref()
                .map_or(DatePrecision::Document, |d| d.precision),
            source: actor_record(&e.source, sentence),
            target: e.target.as_ref().map(|t| actor_record(t, sentence)),
            cameo: e.code.to_string(),
            cameo_root: cameo.map(|c| c.root().as_str().to_string()),
            quad_class: cameo.map(|c| c.quad_class().number()),
            goldstein: cameo.map(|c| c.goldstein()),
            plover: cameo.and_then(|c| c.plover()).map(|p| PloverRecord {
                event: p.event.as_str().to_string(),
                mode: p.mode.map(|m| m.as_str().to_string()),
            }),
            modality: e.modality,
            location: e.place.clone(),
            trigger: slice(sentence, e.trigger),
            trigger_span: [e.trigger.start, e.trigger.end],
            trigger_kind: e.trigger_kind,
            confidence: e.confidence,
        }
    }
}
