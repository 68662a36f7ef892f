//! The lexicon issue's dev sets (issue 4, "Bars") as scorers of coded events.
//!
//! Two gold sets, read from the text of their files (they live in `../shared`, never in the
//! repository), and one scorer for both:
//! - [`read_plover_gsr`]: the PLOVER gold-standard records (`PLOVER_GSR_dev.json`, English,
//!   PLOVER 0.5 labels). Each record is one sentence with one gold event: a type, its source
//!   actors and target actors. The 0.5 types are mapped to dyad's PLOVER 2 types as the issue
//!   says: DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT.
//! - [`read_spanish_cameo`]: UniversalPetrarch's Spanish protest validation records
//!   (`spanish_protest_cameo_dev.xml`): a `<Sentence>` with its `<Text>` and one or more
//!   `<EventCoding eventcode="141_Demonstrate_or_rally" sourcecode="ECUCVL" .../>`, scored at
//!   CAMEO root level (`141` → `14`).
//!
//! [`score`] takes the events dyad emitted for each record, as the [`EventRecord`]s of the
//! JSONL contract, so the CLI, tests and the server all score the same thing.
//!
//! # What matches
//! An emitted event *matches* a gold event when both hold:
//! - **type**: for PLOVER, the emitted record's `plover.event` equals the gold type after the
//!   mapping above (an event of CAMEO 01/02, which PLOVER dropped, has no type and matches
//!   nothing); for CAMEO, the emitted `cameo_root` equals the gold code's first two digits.
//! - **source**: some gold source code `g` (blank codes ignored; none at all accepts any
//!   source) agrees with the emitted source. Let `p` be the first three letters of `g`, after
//!   the GSR's pre-ISO state codes are mapped to ISO ([`LEGACY_STATE_CODES`]: `JAP`→`JPN`...).
//!   When `p` is a state code, the emitted source's country must be `p` (its
//!   [`dyad_core::ActorCode::country`]: `USAGOV` and `NGOUSAHRI` are both USA). Otherwise, in
//!   the PLOVER set, the emitted source code must start with `p` (`IGO` accepts `IGOUNO`); in
//!   the Spanish set a gold source with no country (`~LAB`, `HLH`) constrains nothing, as
//!   the issue's bar asks for "the gold source country where the gold has one".
//!
//! Targets are not compared: the bars are about who acted and what they did.
//!
//! A **hit** is, for PLOVER, a record with at least one matching event (the bar: ≥ 75% of
//! records); for CAMEO, a gold coding with at least one matching event in its sentence (≥ 65%
//! of codings). An **unmatched** event is an emitted event that matches no gold event of its
//! record; the bars cap them per record (≤ 0.5, ≤ 0.8).
//!
//! Negated events ("did not attack") are left out of both counts and counted apart: the record
//! says the event did not happen, and the gold sets code only events that did.

use std::collections::BTreeMap;

use dyad_core::{is_state_code, ActorCode, CameoCode, Date, PloverType};
use serde::Serialize;

use crate::suite::{attr, between, unescape};
use crate::{Error, EventRecord, Modality, Result};

/// Which gold set, and so which label and source rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DevSet {
    /// PLOVER gold-standard records (English): PLOVER types, source country or code prefix.
    Plover,
    /// UniversalPetrarch's Spanish protest records: CAMEO roots, source country if any.
    SpanishCameo,
}

/// The event type a gold event asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GoldType {
    /// A PLOVER 2 type (after the 0.5 mapping).
    Plover(PloverType),
    /// A CAMEO cue category (2-digit root).
    CameoRoot(CameoCode),
}

impl std::fmt::Display for GoldType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GoldType::Plover(t) => f.write_str(t.as_str()),
            GoldType::CameoRoot(c) => f.write_str(c.as_str()),
        }
    }
}

/// One gold event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldEvent {
    /// The type to reproduce.
    pub kind: GoldType,
    /// The label as the file writes it (`DEMAND`, `141_Demonstrate_or_rally`).
    pub label: String,
    /// Gold source codes as written, blanks dropped (empty: any source will do).
    pub sources: Vec<String>,
    /// Gold target codes as written, blanks dropped (shown with failures, not scored).
    pub targets: Vec<String>,
}

/// One gold record: a sentence (or short text) and its gold events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DevRecord {
    /// The record id.
    pub id: String,
    /// The raw text to code.
    pub text: String,
    /// The story's date, when the file gives one (dated actor codes are resolved against it).
    pub date: Option<Date>,
    /// The gold events (at least one).
    pub gold: Vec<GoldEvent>,
}

/// State codes the PLOVER GSR writes the pre-ISO CAMEO way, with their ISO 3166-1 codes.
pub const LEGACY_STATE_CODES: [(&str, &str); 3] = [("ITL", "ITA"), ("JAP", "JPN"), ("VTN", "VNM")];

/// The PLOVER 0.5 types the GSR uses that PLOVER 2 renamed or merged (issue 4's mapping).
const PLOVER_05_TO_2: [(&str, &str); 4] = [
    ("DEMAND", "REQUEST"),
    ("DISAPPROVE", "ACCUSE"),
    ("INVESTIGATE", "ACCUSE"),
    ("FIGHT", "ASSAULT"),
];

fn dev_error(source_name: &str, message: String) -> Error {
    Error::DevSet {
        source_name: source_name.to_string(),
        message,
    }
}

/// Reads the PLOVER GSR JSON (an array of records with `id`, `date`, `text`, `event`, and
/// `source`/`target` as lists of `{actorText, code, sector?}`, or `""`/absent for none).
pub fn read_plover_gsr(json: &str, source_name: &str) -> Result<Vec<DevRecord>> {
    let v: serde_json::Value =
        serde_json::from_str(json).map_err(|e| dev_error(source_name, format!("not JSON: {e}")))?;
    let arr = v
        .as_array()
        .ok_or_else(|| dev_error(source_name, "expected an array of records".into()))?;
    let codes = |v: Option<&serde_json::Value>| -> Vec<String> {
        v.and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.get("code")?.as_str())
                    .map(|c| c.trim().to_uppercase())
                    .filter(|c| !c.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut out = Vec::with_capacity(arr.len());
    for (i, r) in arr.iter().enumerate() {
        let field = |k: &str| r.get(k).and_then(|x| x.as_str());
        let id = field("id").unwrap_or_default().to_string();
        let at = || format!("record {} ({id})", i + 1);
        let text =
            field("text").ok_or_else(|| dev_error(source_name, format!("{}: no text", at())))?;
        let label =
            field("event").ok_or_else(|| dev_error(source_name, format!("{}: no event", at())))?;
        let mapped = PLOVER_05_TO_2
            .iter()
            .find(|(old, _)| *old == label)
            .map_or(label, |(_, new)| new);
        let kind: PloverType = mapped.parse().map_err(|_| {
            dev_error(
                source_name,
                format!("{}: unknown PLOVER event type {label:?}", at()),
            )
        })?;
        out.push(DevRecord {
            id,
            text: text.trim().to_string(),
            date: field("date").and_then(|d| d.parse().ok()),
            gold: vec![GoldEvent {
                kind: GoldType::Plover(kind),
                label: label.to_string(),
                sources: codes(r.get("source")),
                targets: codes(r.get("target")),
            }],
        });
    }
    Ok(out)
}

/// Reads UniversalPetrarch's Spanish validation XML: every `<Sentence>` with its `<Text>`
/// and `<EventCoding>`s (`eventcode` starts with the CAMEO code's digits).
pub fn read_spanish_cameo(xml: &str, source_name: &str) -> Result<Vec<DevRecord>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some((body, next)) = between(xml, "<Sentence ", "</Sentence>", at) {
        at = next;
        let line = xml[..next].matches('\n').count() + 1;
        let head = &body[..body.find('>').unwrap_or(body.len())];
        let head = format!(" {head}");
        let id = attr(&head, "id").unwrap_or_default();
        let date = attr(&head, "date").and_then(|d| {
            let n = |r: std::ops::Range<usize>| d.get(r)?.parse::<u16>().ok();
            Date::new(
                n(0..4)?,
                u8::try_from(n(4..6)?).ok()?,
                u8::try_from(n(6..8)?).ok()?,
            )
        });
        let text = between(body, "<Text>", "</Text>", 0)
            .map(|(t, _)| unescape(t.trim()))
            .ok_or_else(|| dev_error(source_name, format!("line {line}: {id} has no <Text>")))?;
        let mut gold = Vec::new();
        let mut k = 0;
        while let Some((tag, n)) = between(body, "<EventCoding ", ">", k) {
            k = n;
            let tag = format!(" {tag}");
            let label = attr(&tag, "eventcode").unwrap_or_default();
            let digits: String = label.chars().take_while(|c| c.is_ascii_digit()).collect();
            let root = digits
                .get(..2)
                .and_then(|r| r.parse::<CameoCode>().ok())
                .ok_or_else(|| {
                    dev_error(
                        source_name,
                        format!("line {line}: {id}: event code {label:?} has no CAMEO root"),
                    )
                })?;
            let code = |k: &str| -> Vec<String> {
                attr(&tag, k)
                    .map(|c| c.trim().to_uppercase())
                    .filter(|c| !c.is_empty())
                    .into_iter()
                    .collect()
            };
            gold.push(GoldEvent {
                kind: GoldType::CameoRoot(root),
                label,
                sources: code("sourcecode"),
                targets: code("targetcode"),
            });
        }
        if gold.is_empty() {
            return Err(dev_error(
                source_name,
                format!("line {line}: {id} has no <EventCoding>"),
            ));
        }
        out.push(DevRecord {
            id,
            text,
            date,
            gold,
        });
    }
    Ok(out)
}

/// The type an emitted event has under `set`'s labels, if any.
fn emitted_type(set: DevSet, e: &EventRecord) -> Option<GoldType> {
    match set {
        DevSet::Plover => e
            .plover
            .as_ref()
            .and_then(|p| p.event.parse().ok())
            .map(GoldType::Plover),
        DevSet::SpanishCameo => e
            .cameo_root
            .as_deref()
            .and_then(|r| r.parse().ok())
            .map(GoldType::CameoRoot),
    }
}

/// Whether the emitted source agrees with the gold source code `gold` (see the module doc).
fn source_matches(set: DevSet, gold: &str, e: &EventRecord) -> bool {
    let Some(p) = gold.trim_start_matches('~').get(..3) else {
        return set == DevSet::SpanishCameo;
    };
    let p = LEGACY_STATE_CODES
        .iter()
        .find(|(old, _)| *old == p)
        .map_or(p, |(_, iso)| iso);
    if is_state_code(p) {
        return e.source.country.as_deref() == Some(p)
            || e.source
                .code
                .split('/')
                .filter_map(|c| c.parse::<ActorCode>().ok())
                .any(|c| c.country() == Some(p));
    }
    match set {
        DevSet::Plover => e.source.code.split('/').any(|c| c.starts_with(p)),
        DevSet::SpanishCameo => true,
    }
}

/// Whether `e` matches the gold event `g` under `set`'s rules.
pub fn matches(set: DevSet, g: &GoldEvent, e: &EventRecord) -> bool {
    emitted_type(set, e) == Some(g.kind)
        && (g.sources.is_empty() || g.sources.iter().any(|s| source_matches(set, s, e)))
}

/// Gold and hits of one type.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct TypeRow {
    /// Gold events (PLOVER: records) of this type.
    pub gold: usize,
    /// Of those, reproduced.
    pub hits: usize,
    /// Emitted (non-negated) events of this type.
    pub emitted: usize,
    /// Of those, matching no gold event of their record.
    pub unmatched: usize,
}

/// A record dyad did not fully reproduce, or where it emitted unmatched events.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Failure {
    /// The record id.
    pub id: String,
    /// Its text.
    pub text: String,
    /// Gold events missed, as `TYPE (label) source → target`.
    pub missed: Vec<String>,
    /// Everything dyad emitted, as `TYPE cameo source → target [trigger]`, unmatched ones marked.
    pub emitted: Vec<String>,
}

/// The score of one gold set.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DevReport {
    /// Which set.
    pub set: DevSet,
    /// Records (sentences) scored.
    pub records: usize,
    /// Gold events (equal to `records` for PLOVER).
    pub gold_events: usize,
    /// Hits: records with a matching event (PLOVER) or gold codings reproduced (CAMEO).
    pub hits: usize,
    /// What the hits are counted out of: `records` (PLOVER) or `gold_events` (CAMEO).
    pub hit_base: usize,
    /// Hit rate in percent.
    pub hit_rate: f64,
    /// Emitted, non-negated events.
    pub emitted: usize,
    /// Emitted events matching no gold event of their record.
    pub unmatched: usize,
    /// `unmatched / records`.
    pub unmatched_per_record: f64,
    /// Negated events, left out of the counts above.
    pub negated: usize,
    /// Per type (PLOVER type or CAMEO root); emitted events with no type under `(none)`.
    pub by_type: BTreeMap<String, TypeRow>,
    /// Records with a missed gold event or an unmatched emitted event.
    pub failures: Vec<Failure>,
}

fn describe_emitted(set: DevSet, e: &EventRecord) -> String {
    let ty = emitted_type(set, e).map_or("(none)".to_string(), |t| t.to_string());
    let target = e.target.as_ref().map_or("-", |t| t.code.as_str());
    format!(
        "{ty} {} {} → {target} [{}]",
        e.cameo, e.source.code, e.trigger
    )
}

fn describe_gold(g: &GoldEvent) -> String {
    let list = |v: &[String]| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.join("/")
        }
    };
    format!(
        "{} ({}) {} → {}",
        g.kind,
        g.label,
        list(&g.sources),
        list(&g.targets)
    )
}

/// Scores `emitted[i]`, the events dyad coded from `records[i].text`, against the gold.
///
/// `emitted` shorter than `records` counts the missing records as coding nothing.
pub fn score(set: DevSet, records: &[DevRecord], emitted: &[Vec<EventRecord>]) -> DevReport {
    let mut r = DevReport {
        set,
        records: records.len(),
        gold_events: 0,
        hits: 0,
        hit_base: 0,
        hit_rate: 0.0,
        emitted: 0,
        unmatched: 0,
        unmatched_per_record: 0.0,
        negated: 0,
        by_type: BTreeMap::new(),
        failures: Vec::new(),
    };
    let none: Vec<EventRecord> = Vec::new();
    for (i, rec) in records.iter().enumerate() {
        let events: Vec<&EventRecord> = emitted.get(i).unwrap_or(&none).iter().collect();
        let (negated, events): (Vec<&EventRecord>, Vec<&EventRecord>) = events
            .into_iter()
            .partition(|e| e.modality == Modality::Negated);
        r.negated += negated.len();
        r.gold_events += rec.gold.len();
        let mut missed = Vec::new();
        for g in &rec.gold {
            let hit = events.iter().any(|e| matches(set, g, e));
            let row = r.by_type.entry(g.kind.to_string()).or_default();
            row.gold += 1;
            if hit {
                row.hits += 1;
            } else {
                missed.push(describe_gold(g));
            }
        }
        match set {
            DevSet::Plover => r.hits += usize::from(missed.len() < rec.gold.len()),
            DevSet::SpanishCameo => r.hits += rec.gold.len() - missed.len(),
        }
        let mut shown = Vec::new();
        let mut any_unmatched = false;
        for e in &events {
            let ty = emitted_type(set, e).map_or("(none)".to_string(), |t| t.to_string());
            let row = r.by_type.entry(ty).or_default();
            row.emitted += 1;
            r.emitted += 1;
            let d = describe_emitted(set, e);
            if rec.gold.iter().any(|g| matches(set, g, e)) {
                shown.push(d);
            } else {
                row.unmatched += 1;
                r.unmatched += 1;
                any_unmatched = true;
                shown.push(format!("{d} (unmatched)"));
            }
        }
        shown.extend(
            negated
                .iter()
                .map(|e| format!("{} (negated)", describe_emitted(set, e))),
        );
        let record_hit = match set {
            DevSet::Plover => missed.len() < rec.gold.len(),
            DevSet::SpanishCameo => missed.is_empty(),
        };
        if !record_hit || any_unmatched {
            r.failures.push(Failure {
                id: rec.id.clone(),
                text: rec.text.clone(),
                missed: if record_hit { Vec::new() } else { missed },
                emitted: shown,
            });
        }
    }
    r.hit_base = match set {
        DevSet::Plover => r.records,
        DevSet::SpanishCameo => r.gold_events,
    };
    r.hit_rate = percent(r.hits, r.hit_base);
    r.unmatched_per_record = if r.records == 0 {
        0.0
    } else {
        r.unmatched as f64 / r.records as f64
    };
    r
}

fn percent(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ActorRecord, PloverRecord};

    fn event(code: &str, country: Option<&str>, cameo: &str, plover: Option<&str>) -> EventRecord {
        let actor = |c: &str, k: Option<&str>| ActorRecord {
            code: c.into(),
            country: k.map(str::to_string),
            sectors: Vec::new(),
            name: None,
            text: String::new(),
            span: [0, 0],
            country_from: None,
        };
        EventRecord {
            doc_id: "d".into(),
            sentence_index: 0,
            sentence: String::new(),
            date: None,
            date_precision: crate::DatePrecision::Document,
            source: actor(code, country),
            target: None,
            cameo: cameo.into(),
            cameo_root: Some(cameo[..2].into()),
            quad_class: None,
            goldstein: None,
            plover: plover.map(|p| PloverRecord {
                event: p.into(),
                mode: None,
            }),
            modality: Modality::Asserted,
            location: None,
            trigger: String::new(),
            trigger_span: [0, 0],
            trigger_kind: crate::TriggerKind::Verb,
            confidence: 1.0,
        }
    }

    const GSR: &str = r#"[
      {"id": "a", "date": "2000-01-01", "event": "DEMAND", "text": "Japan demanded X.",
       "source": [{"actorText": "Japan", "code": "JAP"}], "target": ""},
      {"id": "b", "date": "2000-01-01", "event": "AGREE", "text": "The UN agreed.",
       "source": [{"actorText": "UN", "code": "IGO", "sector": "GOV"}]}
    ]"#;

    #[test]
    fn plover_mapping_legacy_codes_and_prefixes() {
        let recs = read_plover_gsr(GSR, "gsr").unwrap();
        assert_eq!(recs[0].gold[0].kind, GoldType::Plover(PloverType::Request));
        assert!(recs[0].gold[0].targets.is_empty());
        let emitted = vec![
            vec![
                event("JPNGOV", Some("JPN"), "100", Some("REQUEST")),
                event("JPN", Some("JPN"), "010", None),
            ],
            vec![event("IGOUNO", None, "030", Some("AGREE"))],
        ];
        let r = score(DevSet::Plover, &recs, &emitted);
        assert_eq!((r.hits, r.unmatched, r.records), (2, 1, 2));
        assert_eq!(r.by_type["(none)"].unmatched, 1);
        // A wrong country is no hit, and the event is unmatched.
        let r = score(
            DevSet::Plover,
            &recs[..1],
            &[vec![event("CHN", Some("CHN"), "100", Some("REQUEST"))]],
        );
        assert_eq!((r.hits, r.unmatched), (0, 1));
    }

    const XML: &str = r#"<Validation><Sentences>
<Sentence category="protest" date="19940614" evaluate="true" id="s1">
<EventCoding eid="0" eventcode="141_Demonstrate_or_rally" plover="" sourcecode="~LAB" targetcode=""/>
<EventCoding eid="1" eventcode="173_Arrest" plover="" sourcecode="ECUCOP" targetcode=""/>
<Text>Obreros marcharon &amp; la policía detuvo a diez.
</Text>
</Sentence>
</Sentences></Validation>"#;

    #[test]
    fn spanish_roots_and_source_country() {
        let recs = read_spanish_cameo(XML, "es").unwrap();
        assert_eq!(recs.len(), 1);
        assert_eq!(
            recs[0].text,
            "Obreros marcharon & la policía detuvo a diez."
        );
        assert_eq!(recs[0].date, Date::new(1994, 6, 14));
        let emitted = vec![vec![
            event("COP", None, "173", None),
            event("LAB", None, "145", None),
        ]];
        let r = score(DevSet::SpanishCameo, &recs, &emitted);
        // 14 matches (no gold country); 17 needs ECU.
        assert_eq!((r.hits, r.hit_base, r.unmatched), (1, 2, 1));
        let emitted = vec![vec![event("ECUCOP", Some("ECU"), "1731", None)]];
        let r = score(DevSet::SpanishCameo, &recs, &emitted);
        assert_eq!((r.hits, r.unmatched), (1, 0));
    }
}
