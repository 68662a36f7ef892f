//! PETRARCH's functional test suite as a scorer for the coder.
//!
//! Reads the UniversalPetrarch edition of the records (`PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml`:
//! each `<Sentence>` has a `<Text>`, a UD `<Parse>` and gold `<EventCoding>`s; `<Config>`
//! elements between records switch `require_dyad`) and scores a coder per record: *exactly
//! right* means the set of (source, target, code), written the PETRARCH way, equals the gold
//! set; a `noevents` or `error` record is right when nothing is coded.
//!
//! The sentences to code come from a caller-supplied function, so the same scorer runs on the
//! parses the file carries ([`SuiteRecord::gold_parse`], UDPipe's UD v1 labels rewritten to
//! UD v2 by [`ud1_to_ud2`]) or on dyad's own parse of [`SuiteRecord::text`].
//! Only the categories named in the file's `<Include>` are scored, as PETRARCH does.

use std::collections::{BTreeMap, BTreeSet};

use dyad_core::Sentence;
use dyad_lexicon::petrarch::actors::DictDate;

use crate::{Coder, CoderConfig, DocContext, Error, Modality, Result};

/// The suite's file names under a PETRARCH data directory (the layout of
/// `external/petrarch2/`: `dictionaries/`, `from_UniversalPetrarch/`).
pub const RECORDS_FILE: &str =
    "from_UniversalPetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml";

/// A coder with the suite's own fictional dictionaries (`PETR.Validate.*`, with the verbs
/// converted to the CAMEO 2.0 format), as the records expect; `dir` is the PETRARCH data
/// directory. Shared by every harness so they all score against the same lexicon.
pub fn validation_coder(dir: &std::path::Path) -> Result<Coder> {
    let dict = |f: &str| dir.join("dictionaries").join(f);
    let actors = dict("PETR.Validate.actors.txt");
    let verbs = dir.join("from_UniversalPetrarch/PETR.Validate.verbs.2.0.txt");
    let (lex, _warnings) = dyad_lexicon::Lexicon::load_petrarch(dyad_lexicon::PetrarchPaths {
        verbs: &verbs,
        actors: &[&actors],
        agents: &dict("PETR.Validate.agents.txt"),
        discards: Some(&dict("PETR.Validate.discards.txt")),
    })?;
    Ok(Coder::new(std::sync::Arc::new(lex), CoderConfig::default()))
}

/// One validation record.
#[derive(Debug, Clone)]
pub struct SuiteRecord {
    /// The record id (`DEMO_00`).
    pub id: String,
    /// Its category (the `source` attribute: DEMO, ACTOR, VERB, ...).
    pub category: String,
    /// The record's date.
    pub date: Option<DictDate>,
    /// The raw text.
    pub text: String,
    /// The carried parse, as CoNLL-U with UD v2 labels.
    pub gold_parse: String,
    /// Expected events as `SOURCE,TARGET,CODE` (PETRARCH's writing: `---GOV`, `---` for none).
    pub gold: BTreeSet<String>,
    /// Whether `require_dyad` was on for this record.
    pub require_dyad: bool,
    /// `new_actor_length` in force for this record (0: off).
    pub new_actor_length: usize,
    /// 1-based line of the record in the file.
    pub line: usize,
}

/// The score of a run.
#[derive(Debug, Clone, Default)]
pub struct SuiteReport {
    /// Records scored.
    pub total: usize,
    /// Records exactly right.
    pub exact: usize,
    /// Per category: (exactly right, total).
    pub by_category: BTreeMap<String, (usize, usize)>,
    /// Wrong records: id, category, expected, coded.
    pub failures: Vec<(String, String, BTreeSet<String>, BTreeSet<String>)>,
}

impl SuiteReport {
    /// Percentage exactly right.
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            100.0 * self.exact as f64 / self.total as f64
        }
    }
}

impl std::fmt::Display for SuiteReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "exactly right: {}/{} = {:.1}%",
            self.exact,
            self.total,
            self.percent()
        )?;
        for (c, (ok, n)) in &self.by_category {
            writeln!(f, "  {c:<10} {ok:>3}/{n:<3}")?;
        }
        Ok(())
    }
}

/// Reads the records of the validation file; `source_name` labels errors.
pub fn read_records(xml: &str, source_name: &str) -> Result<Vec<SuiteRecord>> {
    let text = strip_comments(xml);
    let line_of = |pos: usize| text[..pos].matches('\n').count() + 1;
    let err = |pos: usize, message: String| Error::Suite {
        source_name: source_name.to_string(),
        line: line_of(pos),
        message,
    };
    let include: Option<BTreeSet<String>> = between(&text, "<Include>", "</Include>", 0)
        .map(|(s, _)| s.split_whitespace().map(str::to_string).collect());
    let mut out = Vec::new();
    let mut require_dyad = true;
    let mut new_actor_length = 0;
    let mut pos = 0;
    loop {
        let next_rec = text[pos..].find("<Sentence ").map(|k| k + pos);
        // Config elements before the next record switch options for all that follow.
        let cfg_end = next_rec.unwrap_or(text.len());
        let mut c = pos;
        while let Some(k) = text[c..cfg_end].find("<Config ") {
            let tag_end = text[c + k..].find('>').map_or(cfg_end, |e| c + k + e);
            let tag = &text[c + k..tag_end];
            if attr(tag, "option").as_deref() == Some("require_dyad") {
                require_dyad = attr(tag, "value").is_some_and(|v| v.eq_ignore_ascii_case("true"));
            }
            if attr(tag, "option").as_deref() == Some("new_actor_length") {
                new_actor_length = attr(tag, "value")
                    .and_then(|v| v.trim().parse().ok())
                    .ok_or_else(|| err(c + k, "new_actor_length is not a number".into()))?;
            }
            c = tag_end;
        }
        let Some(start) = next_rec else { break };
        let end = text[start..]
            .find("</Sentence>")
            .map(|k| start + k)
            .ok_or_else(|| err(start, "<Sentence> without </Sentence>".into()))?;
        let rec = &text[start..end];
        let head = &rec[..rec.find('>').unwrap_or(rec.len())];
        let id = attr(head, "id").ok_or_else(|| err(start, "record without id".into()))?;
        let category = attr(head, "source").unwrap_or_default();
        pos = end + "</Sentence>".len();
        if include.as_ref().is_some_and(|inc| !inc.contains(&category)) {
            continue;
        }
        let date = attr(head, "date").and_then(|d| dyad_lexicon::petrarch::actors::parse_date(&d));
        let mut gold = BTreeSet::new();
        let mut e = 0;
        while let Some(k) = rec[e..].find("<EventCoding") {
            let tag_end = rec[e + k..].find('>').map_or(rec.len(), |x| e + k + x);
            let tag = &rec[e + k..tag_end];
            if let (Some(s), Some(t), Some(c)) = (
                attr(tag, "sourcecode"),
                attr(tag, "targetcode"),
                attr(tag, "eventcode"),
            ) {
                gold.insert(format!("{s},{t},{c}"));
            }
            e = tag_end;
        }
        let text_ = between(rec, "<Text>", "</Text>", 0)
            .map(|(s, _)| unescape(s.split_whitespace().collect::<Vec<_>>().join(" ").as_str()))
            .ok_or_else(|| err(start, format!("record {id} has no <Text>")))?;
        let parse = between(rec, "<Parse>", "</Parse>", 0)
            .map(|(s, _)| s)
            .ok_or_else(|| err(start, format!("record {id} has no <Parse>")))?;
        out.push(SuiteRecord {
            gold_parse: ud1_to_ud2(&unescape(parse), &text_),
            id,
            category,
            date,
            text: text_,
            gold,
            require_dyad,
            new_actor_length,
            line: line_of(start),
        });
    }
    Ok(out)
}

/// Scores `coder` on `records`; `sentences` gives the parsed sentences of a record (the
/// carried parse, or dyad's own). A record whose sentences cannot be had counts as wrong.
pub fn evaluate<E: std::fmt::Display>(
    coder: &Coder,
    records: &[SuiteRecord],
    mut sentences: impl FnMut(&SuiteRecord) -> std::result::Result<Vec<Sentence>, E>,
) -> SuiteReport {
    let mut r = SuiteReport::default();
    for rec in records {
        let got: BTreeSet<String> = match sentences(rec) {
            Ok(ss) => {
                let options = (rec.require_dyad, rec.new_actor_length);
                let own;
                let c = if options
                    == (
                        coder.config().require_target,
                        coder.config().new_actor_length,
                    ) {
                    coder
                } else {
                    own = coder.with_config(CoderConfig {
                        require_target: rec.require_dyad,
                        new_actor_length: rec.new_actor_length,
                        ..coder.config().clone()
                    });
                    &own
                };
                let doc = DocContext {
                    doc_id: rec.id.clone(),
                    date: rec.date,
                };
                ss.iter()
                    .flat_map(|s| c.code_sentence(s, &doc))
                    // PETRARCH codes no event for a negated verb; dyad's negated events are
                    // kept with their modality, and left out of the comparison.
                    .filter(|e| e.modality != Modality::Negated)
                    .map(|e| {
                        let t = e
                            .target
                            .as_ref()
                            .map_or("---".to_string(), |t| t.petrarch_code());
                        format!("{},{},{}", e.source.petrarch_code(), t, e.code)
                    })
                    .collect()
            }
            Err(e) => BTreeSet::from([format!("error: {e}")]),
        };
        r.total += 1;
        let slot = r.by_category.entry(rec.category.clone()).or_default();
        slot.1 += 1;
        if got == rec.gold {
            r.exact += 1;
            slot.0 += 1;
        } else {
            r.failures
                .push((rec.id.clone(), rec.category.clone(), rec.gold.clone(), got));
        }
    }
    r
}

fn strip_comments(s: &str) -> String {
    // Comments are replaced by as many newlines as they held, so line numbers stay right.
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find("<!--") {
        out.push_str(&rest[..k]);
        let end = rest[k..].find("-->").map_or(rest.len(), |e| k + e + 3);
        out.extend(rest[k..end].matches('\n').map(|_| '\n'));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

pub(crate) fn between<'a>(
    s: &'a str,
    open: &str,
    close: &str,
    from: usize,
) -> Option<(&'a str, usize)> {
    let a = s[from..].find(open)? + from + open.len();
    let b = s[a..].find(close)? + a;
    Some((&s[a..b], b + close.len()))
}

pub(crate) fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let a = tag.find(&key)? + key.len();
    let b = tag[a..].find('"')? + a;
    Some(unescape(&tag[a..b]))
}

pub(crate) fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Rewrites a UD v1 CoNLL-U parse (UDPipe 1 models, as the suite carries) to UD v2 labels and
/// adds a `# text` line so the reader can align word spans.
///
/// v1 → v2: UPOS `CONJ`→`CCONJ`; `dobj`→`obj`, `nsubjpass`→`nsubj:pass`, `csubjpass`→`csubj:pass`,
/// `auxpass`→`aux:pass`, `neg`→`advmod`, `name`→`flat`, `mwe`→`fixed`, `remnant`→`orphan`;
/// `nmod` (and its subtypes but `poss`) under a predicate becomes `obl`, and a passive's
/// `by`-phrase `obl:agent`, as v2 distinguishes them.
pub fn ud1_to_ud2(conllu: &str, text: &str) -> String {
    let mut rows: Vec<Vec<String>> = conllu
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::to_string).collect())
        .filter(|c: &Vec<String>| c.len() >= 8)
        .collect();
    for r in rows.iter_mut() {
        r.resize(10, "_".to_string());
        if r[3] == "CONJ" {
            r[3] = "CCONJ".to_string();
        }
        let rel = match r[7].as_str() {
            "dobj" => "obj",
            "nsubjpass" => "nsubj:pass",
            "csubjpass" => "csubj:pass",
            "auxpass" => "aux:pass",
            "neg" => "advmod",
            "name" => "flat",
            "mwe" => "fixed",
            "remnant" => "orphan",
            "foreign" => "flat:foreign",
            other => other,
        };
        r[7] = rel.to_string();
        for c in r.iter_mut() {
            if c.is_empty() {
                *c = "_".to_string();
            }
        }
    }
    let upos: BTreeMap<String, String> =
        rows.iter().map(|r| (r[0].clone(), r[3].clone())).collect();
    let passive: BTreeSet<String> = rows
        .iter()
        .filter(|r| r[7] == "aux:pass" || r[7] == "nsubj:pass")
        .map(|r| r[6].clone())
        .collect();
    let case_by: BTreeSet<String> = rows
        .iter()
        .filter(|r| r[7] == "case" && r[1].eq_ignore_ascii_case("by"))
        .map(|r| r[6].clone())
        .collect();
    for r in rows.iter_mut() {
        let is_nmod = r[7] == "nmod" || (r[7].starts_with("nmod:") && r[7] != "nmod:poss");
        let head_pos = upos.get(&r[6]).map(String::as_str);
        if is_nmod && matches!(head_pos, Some("VERB" | "ADJ" | "AUX" | "ADV")) {
            r[7] = if passive.contains(&r[6]) && case_by.contains(&r[0]) {
                "obl:agent".to_string()
            } else {
                r[7].replacen("nmod", "obl", 1)
            };
        }
    }
    let mut out = format!("# text = {text}\n");
    for r in rows {
        out.push_str(&r.join("\t"));
        out.push('\n');
    }
    out.push('\n');
    out
}
